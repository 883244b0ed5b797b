/* test-progress-page.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pages/upright-walk-dialog.h"

#include <string.h>

#include "pages/upright-goal-card.h"
#include "pages/upright-progress-page.h"
#include "widgets/upright-progress-chart.h"

#include "upright-test-dir.h"
#include "upright-test-records.h"
#include "upright-test-store.h"
#include "upright-test-utils.h"

static UprightCatalog *catalog;

typedef struct {
  char                *dir;
  GSettings           *settings;
  UprightJournal      *journal;
  GtkWindow           *window;
  AdwToastOverlay     *overlay;
  UprightProgressPage *page;
} Fixture;

static gpointer
child (Fixture    *fixture,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (fixture->page), UPRIGHT_TYPE_PROGRESS_PAGE, name);

  g_assert_nonnull (object);

  return object;
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_assert_true (upright_journal_load_finish (UPRIGHT_JOURNAL (object), result, NULL));
  *(gboolean *) user_data = TRUE;
}

static gboolean
flag_is_set (gpointer data)
{
  return *(gboolean *) data;
}

static void
fixture_open (Fixture *fixture,
              int      width)
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  gboolean loaded = FALSE;
  GDate today;

  fixture->dir = upright_test_make_dir ();
  path = g_build_filename (fixture->dir, "journal.json", NULL);
  file = g_file_new_for_path (path);
  fixture->journal = upright_journal_new (file);
  upright_journal_load_async (fixture->journal, NULL, loaded_cb, &loaded);
  upright_test_wait_until (flag_is_set, &loaded, 5000);

  fixture->settings = g_settings_new (APP_ID);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  fixture->page = g_object_ref_sink (g_object_new (UPRIGHT_TYPE_PROGRESS_PAGE, NULL));

  /* Wednesday 25 November 2026. */
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 25, G_DATE_NOVEMBER, 2026);
  upright_progress_page_set_today (fixture->page, &today);
  upright_progress_page_setup (fixture->page, fixture->journal, catalog, fixture->settings, NULL);

  adw_toast_overlay_set_child (fixture->overlay, GTK_WIDGET (fixture->page));
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->overlay));
  gtk_window_set_default_size (fixture->window, width, 900);
  gtk_window_present (fixture->window);
  upright_test_wait_until (upright_test_widget_is_drawn, fixture->page, 5000);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture_open (fixture, 1000);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  GList *toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  g_list_free (toplevels);
  upright_test_settle ();

  /* What she confirmed is written at once; the journal goes once it is. */
  upright_test_wait_until_saved (upright_journal_get_store (fixture->journal));
  upright_test_run_pending ();

  g_assert_finalize_object (fixture->page);
  g_assert_finalize_object (fixture->journal);
  g_settings_reset (fixture->settings, "goal-posture-days");
  g_settings_reset (fixture->settings, "goal-impact-days");
  g_clear_object (&fixture->settings);
  upright_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static void
add (Fixture         *fixture,
     const char      *exercise_id,
     UprightCategory  category,
     guint            day,
     guint            hour,
     guint            minutes,
     guint            pain)
{
  g_autofree char *when = upright_test_day (day, hour);
  g_autoptr(UprightRecord) record = upright_test_record (exercise_id, category, when, minutes * 60, 5, pain);

  upright_journal_add (fixture->journal, record);
}

/* Four weeks before this one meet the goals of strength on two days and
 * 120 minutes of balance; this week, from Monday 23 November, has
 * strength on Monday and Tuesday and 30 minutes of balance today. Days
 * count from Monday 5 October. */
static void
add_weeks (Fixture *fixture)
{
  for (guint w = 3; w < 7; w++)
    {
      add (fixture, "sit-to-stand", UPRIGHT_CATEGORY_STRENGTH, w * 7, 10, 10, 0);
      add (fixture, "heel-raise", UPRIGHT_CATEGORY_STRENGTH, w * 7 + 3, 10, 10, 0);
      add (fixture, "weight-shift", UPRIGHT_CATEGORY_BALANCE, w * 7 + 4, 16, 120, 0);
    }

  add (fixture, "sit-to-stand", UPRIGHT_CATEGORY_STRENGTH, 49, 9, 10, 0);
  add (fixture, "wall-push-up", UPRIGHT_CATEGORY_STRENGTH, 50, 9, 10, 3);
  add (fixture, "weight-shift", UPRIGHT_CATEGORY_BALANCE, 51, 11, 30, 0);
  upright_progress_page_refresh (fixture->page);
}

static const char *
card_text (Fixture    *fixture,
           guint       position,
           const char *what)
{
  GtkFlowBoxChild *flow_child = gtk_flow_box_get_child_at_index (child (fixture, "goals_box"), (int) position);

  g_assert_nonnull (flow_child);

  GtkWidget *card = gtk_flow_box_child_get_child (flow_child);

  g_assert_true (UPRIGHT_IS_GOAL_CARD (card));
  g_assert_cmpuint (upright_goal_card_get_goal (UPRIGHT_GOAL_CARD (card)), ==, position);

  return g_str_equal (what, "value") ? upright_goal_card_get_value (UPRIGHT_GOAL_CARD (card))
                                     : upright_goal_card_get_status (UPRIGHT_GOAL_CARD (card));
}

static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_named (c, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static char *
history_headings (Fixture *fixture)
{
  GString *text = g_string_new (NULL);

  for (GtkWidget *day = gtk_widget_get_first_child (child (fixture, "history_box"));
       day != NULL;
       day = gtk_widget_get_next_sibling (day))
    {
      GtkWidget *label = gtk_widget_get_first_child (day);
      guint n_rows = 0;

      while (gtk_list_box_get_row_at_index (GTK_LIST_BOX (gtk_widget_get_next_sibling (label)), (int) n_rows) != NULL)
        n_rows++;

      g_string_append_printf (text, "%s%s (%u)", text->len > 0 ? "; " : "",
                              gtk_label_get_label (GTK_LABEL (label)), n_rows);
    }

  return g_string_free (text, FALSE);
}

static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (fixture, "stack")), ==, "empty");

  /* The first record brings the page. */
  add (fixture, "chin-tuck", UPRIGHT_CATEGORY_POSTURE, 51, 8, 5, 0);
  upright_progress_page_refresh (fixture->page);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (fixture, "stack")), ==, "progress");
}

static void
test_this_week (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *headings = NULL;

  g_settings_set_uint (fixture->settings, "goal-posture-days", 0);
  add_weeks (fixture);

  g_assert_cmpstr (gtk_label_get_label (child (fixture, "week_label")), ==, "23 November to 29 November");
  g_assert_cmpstr (card_text (fixture, UPRIGHT_GOAL_STRENGTH, "value"), ==, "2 of 2 days");
  g_assert_cmpstr (card_text (fixture, UPRIGHT_GOAL_STRENGTH, "status"), ==, "Goal met this week");
  g_assert_cmpstr (card_text (fixture, UPRIGHT_GOAL_BALANCE, "value"), ==, "30 of 120 minutes");
  g_assert_cmpstr (card_text (fixture, UPRIGHT_GOAL_BALANCE, "status"), ==, "90 more minutes to go");
  g_assert_cmpstr (card_text (fixture, UPRIGHT_GOAL_POSTURE, "status"), ==, "No goal set");
  /* Met goals are marked, as a full bar in the success colour. */
  g_assert_true (upright_goal_card_get_met (UPRIGHT_GOAL_CARD (gtk_flow_box_child_get_child (
    gtk_flow_box_get_child_at_index (child (fixture, "goals_box"), UPRIGHT_GOAL_STRENGTH)))));
  g_assert_false (upright_goal_card_get_met (UPRIGHT_GOAL_CARD (gtk_flow_box_child_get_child (
    gtk_flow_box_get_child_at_index (child (fixture, "goals_box"), UPRIGHT_GOAL_BALANCE)))));
  /* The optional goal is off, so it has no card. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (gtk_flow_box_get_child_at_index (child (fixture, "goals_box"),
                                                                                       UPRIGHT_GOAL_IMPACT))));

  /* Four weeks met every goal; this one is not over yet. */
  g_assert_cmpstr (gtk_label_get_label (child (fixture, "streak_label")), ==,
                   "Every goal met for 4 weeks in a row.");

  /* The days, newest first, each with its exercises. */
  headings = history_headings (fixture);
  g_assert_true (g_str_has_prefix (headings, "Today (1); Yesterday (1); Monday 23 November 2026 (1); "
                                             "Friday 20 November 2026 (1); Thursday 19 November 2026 (1); "));

  g_assert_cmpuint (upright_test_render_widget (GTK_WIDGET (fixture->window), "progress-page.png"), >, 16);

  /* A change of goal shows at once. */
  g_settings_set_uint (fixture->settings, "goal-impact-days", 1);
  upright_progress_page_refresh (fixture->page);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (gtk_flow_box_get_child_at_index (child (fixture, "goals_box"),
                                                                                      UPRIGHT_GOAL_IMPACT))));
  g_assert_cmpstr (card_text (fixture, UPRIGHT_GOAL_IMPACT, "value"), ==, "0 of 1 day");
  g_assert_cmpstr (gtk_label_get_label (child (fixture, "streak_label")), ==, "");
}

static void
test_ranges (Fixture       *fixture,
             gconstpointer  data)
{
  UprightProgressChart *chart;
  GtkWidget *charts = child (fixture, "charts_box");

  add_weeks (fixture);

  /* The first chart is strength. */
  chart = UPRIGHT_PROGRESS_CHART (gtk_widget_get_last_child (gtk_widget_get_first_child (charts)));
  g_assert_cmpuint (upright_progress_chart_get_n_weeks (chart), ==, 8);
  g_assert_cmpfloat (upright_progress_chart_get_value (chart, 7), ==, 2);

  gtk_toggle_button_set_active (child (fixture, "range_52_button"), TRUE);
  upright_progress_page_refresh (fixture->page);
  g_assert_cmpuint (upright_progress_chart_get_n_weeks (chart), ==, 52);
  g_assert_cmpfloat (upright_progress_chart_get_value (chart, 51), ==, 2);

  gtk_toggle_button_set_active (child (fixture, "range_26_button"), TRUE);
  upright_progress_page_refresh (fixture->page);
  g_assert_cmpuint (upright_progress_chart_get_n_weeks (chart), ==, 26);
}

static void
test_delete_and_edit (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(UprightRecord) first = NULL;
  UprightRecord *edited;
  GList *toplevels;
  GtkWidget *editor = NULL;
  g_autofree char *id = NULL;

  add_weeks (fixture);
  first = g_list_model_get_item (G_LIST_MODEL (fixture->journal), 0);
  id = g_strdup (upright_record_get_id (first));

  /* Deleted with Undo. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "progress.delete-record", "s", id));
  g_assert_null (upright_journal_lookup (fixture->journal, id));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->journal)), ==, 14);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "progress.undo-delete", NULL));
  g_assert_nonnull (upright_journal_lookup (fixture->journal, id));

  /* Edited: how it felt, in a window of its own. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "progress.edit-record", "s", id));
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (g_strcmp0 (gtk_widget_get_name (l->data), "edit-record") == 0)
      editor = l->data;
  g_list_free (toplevels);
  g_assert_nonnull (editor);
  upright_test_wait_until (upright_test_widget_is_drawn, editor, 5000);
  g_assert_cmpuint (upright_test_render_widget (editor, "progress-edit.png"), >, 16);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (find_named (editor, "pain")), 2);
  gtk_editable_set_text (GTK_EDITABLE (find_named (editor, "note")), "  Knee twinged  ");
  g_signal_emit_by_name (find_named (editor, "save"), "clicked");
  upright_test_settle ();

  edited = upright_journal_lookup (fixture->journal, id);
  g_assert_true (edited != first);
  g_assert_cmpuint (upright_record_get_pain (edited), ==, 2);
  g_assert_cmpuint (upright_record_get_effort (edited), ==, 5);
  g_assert_cmpstr (upright_record_get_note (edited), ==, "Knee twinged");
  g_assert_true (g_date_time_equal (upright_record_get_start (edited), upright_record_get_start (first)));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->journal)), ==, 15);
}

static void
test_restore_and_report (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) bad = g_bytes_new_static ("{\"format\": \"upright-journal\"", 28);
  g_autoptr(GBytes) other = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GError) error = NULL;
  const char *empty = "{\"format\": \"upright-journal\", \"version\": 1, \"records\": []}";

  add_weeks (fixture);
  before = upright_journal_to_bytes (fixture->journal);

  /* A bad backup is refused and changes nothing. */
  g_assert_false (upright_progress_page_restore (fixture->page, bad, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->journal)), ==, 15);

  /* A good one replaces the journal, and Undo brings it back. */
  other = g_bytes_new_static (empty, strlen (empty));
  g_assert_true (upright_progress_page_restore (fixture->page, other, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->journal)), ==, 0);
  upright_progress_page_refresh (fixture->page);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (fixture, "stack")), ==, "empty");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "progress.undo-restore", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->journal)), ==, 15);

  /* The report for a clinician covers the weeks asked for. */
  pdf = upright_progress_page_make_report (fixture->page, 4, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (g_bytes_get_data (pdf, NULL), "%PDF-"));
}

static void
test_narrow (Fixture       *fixture,
             gconstpointer  data)
{
  fixture_teardown (fixture, data);
  memset (fixture, 0, sizeof *fixture);
  fixture_open (fixture, 360);

  add_weeks (fixture);
  upright_test_settle ();
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->page)), <=, 360);
  g_assert_cmpuint (upright_test_render_widget (GTK_WIDGET (fixture->window), "progress-page-narrow.png"), >, 16);
}

/* A walk logged in minutes goes into the journal as a walk, and the week
 * shows how long she walked. */
static void
test_log_walk (Fixture       *fixture,
               gconstpointer  data)
{
  UprightWalkDialog *dialog = upright_walk_dialog_new (fixture->journal);
  GtkSpinButton *minutes = GTK_SPIN_BUTTON (gtk_widget_get_template_child (GTK_WIDGET (dialog),
                                                                           UPRIGHT_TYPE_WALK_DIALOG,
                                                                           "minutes_spin"));
  g_autofree char *when = upright_test_day (51, 8);
  g_autoptr(GDateTime) start = g_date_time_new_from_iso8601 (when, NULL);
  g_autoptr(UprightRecord) earlier = NULL;
  g_autoptr(UprightRecord) logged = NULL;
  const char *week;

  gtk_window_present (GTK_WINDOW (dialog));
  upright_test_wait_until (upright_test_widget_is_drawn, dialog, 5000);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (minutes)) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (dialog)), GTK_WIDGET (minutes)));

  gtk_spin_button_set_value (minutes, 35);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "walk.log", NULL));
  upright_test_settle ();

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->journal)), ==, 1);
  logged = g_list_model_get_item (G_LIST_MODEL (fixture->journal), 0);
  g_assert_true (upright_record_is_walk (logged));
  g_assert_cmpuint (upright_record_get_duration_seconds (logged), ==, 35 * 60);
  g_assert_cmpint (upright_record_get_category (logged), ==, UPRIGHT_CATEGORY_IMPACT);

  /* A walk in the page's week shows in the week's summary. */
  earlier = upright_record_new_walk (start, 25);
  upright_journal_add (fixture->journal, earlier);
  upright_progress_page_refresh (fixture->page);
  upright_test_settle ();
  week = gtk_label_get_label (child (fixture, "week_label"));
  g_assert_nonnull (strstr (week, "25 minutes of walking"));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  upright_test_init (&argc, &argv);

  catalog = upright_catalog_new_from_resource (RESOURCE_PREFIX "/catalog/exercises.json", &error);
  g_assert_no_error (error);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/progress/empty", test_empty);
  ADD ("/progress/this-week", test_this_week);
  ADD ("/progress/ranges", test_ranges);
  ADD ("/progress/delete-and-edit", test_delete_and_edit);
  ADD ("/progress/restore-and-report", test_restore_and_report);
  ADD ("/progress/narrow", test_narrow);
  ADD ("/progress/log-walk", test_log_walk);
#undef ADD

  status = g_test_run ();
  g_clear_object (&catalog);

  return status;
}
