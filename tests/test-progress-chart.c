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
static GListModel *
make_records (void)
{
  GListStore *store = g_list_store_new (UPRIGHT_TYPE_RECORD);

  for (guint w = 0; w < 8; w++)
    {
      for (guint d = 0; d < w % 4; d++)
        {
          g_autofree char *when = upright_test_day (w * 7 + d * 2, 10);
          g_autoptr(UprightRecord) record = upright_test_record ("sit-to-stand", UPRIGHT_CATEGORY_STRENGTH,
                                                                 when, 300, 5 + w % 3, w == 6 ? 6 : 0);

          g_list_store_append (store, record);
        }

      if (w > 0)
        {
          g_autofree char *when = upright_test_day (w * 7 + 1, 16);
          g_autoptr(UprightRecord) record = upright_test_record ("weight-shift", UPRIGHT_CATEGORY_BALANCE,
                                                                 when, w * 15 * 60, 4, 0);

          g_list_store_append (store, record);
        }
    }

  return G_LIST_MODEL (store);
}

static GArray *
make_weeks (guint n_weeks)
{
  g_autoptr(GListModel) records = make_records ();
  GDate first;

  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 5, G_DATE_OCTOBER, 2026);
  /* The longer ranges end with the same week. */
  g_date_subtract_days (&first, 7 * (n_weeks - 8));

  return upright_stats_weeks (records, &first, n_weeks);
}

static void
get_today (GDate *today)
{
  g_date_clear (today, 1);
  g_date_set_dmy (today, 25, G_DATE_NOVEMBER, 2026);
}

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
  g_autoptr(GArray) weeks = make_weeks (8);
  GtkWidget *chart = g_object_ref_sink (upright_progress_chart_new (UPRIGHT_CHART_STRENGTH));
  UprightProgressChart *self = UPRIGHT_PROGRESS_CHART (chart);
  g_autofree char *week2 = NULL;
  g_autofree char *week7 = NULL;
  g_autofree char *balance = NULL;
  g_autofree char *effort = NULL;
  g_autofree char *pain = NULL;
  GDate today;

  get_today (&today);
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
  g_autoptr(GArray) weeks = make_weeks (8);
  GtkWidget *chart = upright_progress_chart_new (UPRIGHT_CHART_STRENGTH);
  UprightProgressChart *self = UPRIGHT_PROGRESS_CHART (chart);
  GtkWidget *window;
  g_autofree char *expected = NULL;
  GDate today;

  get_today (&today);
  upright_progress_chart_set_weeks (self, weeks, 2, &today);

  /* The summary is there for a screen reader before anything is chosen. */
  gtk_test_accessible_assert_property (chart, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "The goal was met in 4 of 8 weeks.");
  g_assert_cmpint (upright_progress_chart_get_selected (self), ==, -1);
  window = show_chart (chart, 600);

  /* Focus lands on the newest week; Left and Home move back. */
  g_assert_true (gtk_widget_grab_focus (chart));
  upright_test_flush (10);
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
  g_autoptr(GArray) weeks = make_weeks (52);
  GtkWidget *chart = upright_progress_chart_new (UPRIGHT_CHART_BALANCE);
  UprightProgressChart *self = UPRIGHT_PROGRESS_CHART (chart);
  GtkWidget *window;
  GDate today;

  get_today (&today);
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
  weeks = make_weeks (8);
  upright_progress_chart_set_weeks (self, weeks, 120, &today);
  g_assert_cmpint (upright_progress_chart_get_selected (self), ==, 7);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_draw_on_paper (void)
{
  g_autoptr(GArray) weeks = make_weeks (8);
  const UprightChartStyle style = {
    { 0, 0, 0, 1 }, { 0, 0, 1, 1 }, { 0, 1, 0, 1 }, { 1, 0.5, 0, 1 }, FALSE,
  };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 160);
  cairo_t *cr = cairo_create (surface);
  PangoContext *context = pango_cairo_create_context (cr);
  guint blue = 0;
  guint8 *data;
  int stride;
  GDate today;

  get_today (&today);
  upright_progress_chart_draw (cr, context, &style, UPRIGHT_CHART_STRENGTH, weeks, 2, &today, 400, 160);
  cairo_surface_flush (surface);

  /* The bars are drawn in the accent colour: the week with 3 days is tall. */
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < 160; y++)
    for (int x = 0; x < 400; x++)
      {
        guint32 pixel = *(guint32 *) (data + y * stride + x * 4);

        if (pixel == 0xff0000ff)
          blue++;
      }
  g_assert_cmpuint (blue, >, 1000);

  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  upright_test_init (&argc, &argv);

  g_test_add_func ("/progress-chart/values", test_values);
  g_test_add_func ("/progress-chart/keyboard", test_keyboard);
  g_test_add_func ("/progress-chart/year", test_year);
  g_test_add_func ("/progress-chart/draw-on-paper", test_draw_on_paper);

  return g_test_run ();
}
