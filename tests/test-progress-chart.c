/* test-progress-chart.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "widgets/upright-progress-chart.h"

#include "upright-test-records.h"
#include "upright-test-utils.h"

/* Eight weeks from Monday 5 October 2026: week w has strength on w % 4
 * days, a balance session of 15 × w minutes (none in the first week), and
 * a worst pain of 6 in week 6 only. */
static GtkWidget *
show_chart (GtkWidget *chart,
            int        width)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_child (GTK_WINDOW (window), chart);
  gtk_window_set_default_size (GTK_WINDOW (window), width, 240);
  gtk_window_present (GTK_WINDOW (window));
  upright_test_wait_until (upright_test_widget_is_drawn, chart, 5000);

  return window;
}

static gboolean
press_key (GtkWidget *widget,
           guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
    }

  return handled;
}

static void
test_values (void)
{
  g_autoptr(GArray) weeks = upright_test_chart_weeks (8);
  GtkWidget *chart = g_object_ref_sink (upright_progress_chart_new (UPRIGHT_CHART_STRENGTH));
  UprightProgressChart *self = UPRIGHT_PROGRESS_CHART (chart);
  g_autofree char *week2 = NULL;
  g_autofree char *week7 = NULL;
  g_autofree char *balance = NULL;
  g_autofree char *effort = NULL;
  g_autofree char *pain = NULL;
  GDate today;

  upright_test_chart_today (&today);
  upright_progress_chart_set_weeks (self, weeks, 2, &today);
  g_assert_cmpuint (upright_progress_chart_get_n_weeks (self), ==, 8);

  for (guint w = 0; w < 8; w++)
    g_assert_cmpfloat (upright_progress_chart_get_value (self, w), ==, w % 4);

  week2 = upright_progress_chart_describe_week (self, 2);
  g_assert_cmpstr (week2, ==, "Week of 19 October: strength exercise on 2 of 2 days");
  week7 = upright_progress_chart_describe_week (self, 7);
  g_assert_cmpstr (week7, ==, "Week of 23 November (this week): strength exercise on 3 of 2 days");
  g_assert_cmpstr (upright_progress_chart_get_summary (self), ==, "The goal was met in 4 of 8 weeks.");

  /* Balance in minutes, against its own goal. */
  upright_progress_chart_set_metric (self, UPRIGHT_CHART_BALANCE);
  upright_progress_chart_set_weeks (self, weeks, 60, &today);
  g_assert_cmpfloat (upright_progress_chart_get_value (self, 3), ==, 45);
  balance = upright_progress_chart_describe_week (self, 3);
  g_assert_cmpstr (balance, ==, "Week of 26 October: 45 of 60 minutes of balance exercise");
  g_assert_cmpstr (upright_progress_chart_get_summary (self), ==, "The goal was met in 4 of 8 weeks.");

  /* A week without exercise has no effort to show. */
  upright_progress_chart_set_metric (self, UPRIGHT_CHART_EFFORT);
  upright_progress_chart_set_weeks (self, weeks, 0, &today);
  g_assert_true (isnan (upright_progress_chart_get_value (self, 0)));
  effort = upright_progress_chart_describe_week (self, 0);
  g_assert_cmpstr (effort, ==, "Week of 5 October: no exercise recorded");
  g_assert_cmpfloat_with_epsilon (upright_progress_chart_get_value (self, 6), (2 * 5 + 4) / 3.0, 1e-9);

  upright_progress_chart_set_metric (self, UPRIGHT_CHART_PAIN);
  pain = upright_progress_chart_describe_week (self, 6);
  g_assert_cmpstr (pain, ==, "Week of 16 November: worst pain 6 of 10");
  g_assert_cmpstr (upright_progress_chart_get_summary (self), ==, "The worst pain in these weeks: 6 of 10.");

  g_assert_finalize_object (chart);
}

static void
test_keyboard (void)
{
  g_autoptr(GArray) weeks = upright_test_chart_weeks (8);
  GtkWidget *chart = upright_progress_chart_new (UPRIGHT_CHART_STRENGTH);
  UprightProgressChart *self = UPRIGHT_PROGRESS_CHART (chart);
  GtkWidget *window;
  g_autofree char *expected = NULL;
  GDate today;

  upright_test_chart_today (&today);
  upright_progress_chart_set_weeks (self, weeks, 2, &today);

  /* The summary is there for a screen reader before anything is chosen. */
  gtk_test_accessible_assert_property (chart, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "The goal was met in 4 of 8 weeks.");
  g_assert_cmpint (upright_progress_chart_get_selected (self), ==, -1);
  window = show_chart (chart, 600);

  /* Focus lands on the newest week; Left and Home move back. */
  g_assert_true (gtk_widget_grab_focus (chart));
  upright_test_settle ();
  g_assert_cmpint (upright_progress_chart_get_selected (self), ==, 7);
  g_assert_true (press_key (chart, GDK_KEY_Left));
  g_assert_cmpint (upright_progress_chart_get_selected (self), ==, 6);
  g_assert_true (press_key (chart, GDK_KEY_Home));
  g_assert_cmpint (upright_progress_chart_get_selected (self), ==, 0);
  g_assert_true (press_key (chart, GDK_KEY_Left));
  g_assert_cmpint (upright_progress_chart_get_selected (self), ==, 0);
  g_assert_true (press_key (chart, GDK_KEY_Right));
  g_assert_true (press_key (chart, GDK_KEY_Right));
  g_assert_cmpint (upright_progress_chart_get_selected (self), ==, 2);
  g_assert_false (press_key (chart, GDK_KEY_a));

  /* The chosen week is read out after the summary. */
  expected = g_strdup ("The goal was met in 4 of 8 weeks. Week of 19 October: strength exercise on 2 of 2 days");
  gtk_test_accessible_assert_property (chart, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, expected);

  g_assert_cmpuint (upright_test_render_widget (window, "chart-8-weeks.png"), >, 16);
  g_assert_true (press_key (chart, GDK_KEY_End));
  g_assert_cmpint (upright_progress_chart_get_selected (self), ==, 7);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_year (void)
{
  g_autoptr(GArray) weeks = upright_test_chart_weeks (52);
  GtkWidget *chart = upright_progress_chart_new (UPRIGHT_CHART_BALANCE);
  UprightProgressChart *self = UPRIGHT_PROGRESS_CHART (chart);
  GtkWidget *window;
  GDate today;

  upright_test_chart_today (&today);
  upright_progress_chart_set_weeks (self, weeks, 120, &today);
  window = show_chart (chart, 800);

  /* The weeks before the records are there, empty. */
  g_assert_cmpuint (upright_progress_chart_get_n_weeks (self), ==, 52);
  g_assert_cmpfloat (upright_progress_chart_get_value (self, 0), ==, 0);
  g_assert_cmpfloat (upright_progress_chart_get_value (self, 51), ==, 7 * 15);
  g_assert_cmpstr (upright_progress_chart_get_summary (self), ==, "The goal was met in 0 of 52 weeks.");
  g_assert_cmpuint (upright_test_render_widget (window, "chart-year.png"), >, 16);

  /* Fewer weeks keep the selection within them. */
  upright_progress_chart_set_selected (self, 40);
  g_clear_pointer (&weeks, g_array_unref);
  weeks = upright_test_chart_weeks (8);
  upright_progress_chart_set_weeks (self, weeks, 120, &today);
  g_assert_cmpint (upright_progress_chart_get_selected (self), ==, 7);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  upright_test_init (&argc, &argv);

  g_test_add_func ("/progress-chart/values", test_values);
  g_test_add_func ("/progress-chart/keyboard", test_keyboard);
  g_test_add_func ("/progress-chart/year", test_year);

  return g_test_run ();
}
