/* test-self-test.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pages/upright-self-test-dialog.h"

#include "upright-test-dir.h"
#include "upright-test-utils.h"

typedef struct {
  char           *dir;
  UprightJournal *journal;
} Fixture;

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
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  gboolean loaded = FALSE;

  fixture->dir = upright_test_make_dir ();
  path = g_build_filename (fixture->dir, "journal.json", NULL);
  file = g_file_new_for_path (path);
  fixture->journal = upright_journal_new (file);
  upright_journal_load_async (fixture->journal, NULL, loaded_cb, &loaded);
  upright_test_wait_until (flag_is_set, &loaded, 5000);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->journal);
  upright_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static gboolean
is_gone (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/* Closes @dialog and waits until it has let go of the journal, which the
 * fixture then checks is freed: on a busy machine that takes a while. */
static void
destroy_dialog (UprightSelfTestDialog *dialog)
{
  gpointer pointer = dialog;

  g_object_add_weak_pointer (G_OBJECT (dialog), &pointer);
  gtk_window_destroy (GTK_WINDOW (dialog));
  upright_test_wait_until (is_gone, &pointer, 5000);
  g_assert_null (pointer);
}

static gpointer
child (UprightSelfTestDialog *dialog,
       const char            *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (dialog), UPRIGHT_TYPE_SELF_TEST_DIALOG, name);

  g_assert_nonnull (object);

  return object;
}

static void
activate (UprightSelfTestDialog *dialog,
          const char            *action,
          GVariant              *parameter)
{
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (dialog), action, parameter));
  upright_test_settle ();
}

static UprightSelfTestDialog *
open_dialog (Fixture               *fixture,
             UprightAssessmentKind  kind)
{
  UprightSelfTestDialog *dialog = upright_self_test_dialog_new (kind, fixture->journal, NULL);

  gtk_window_present (GTK_WINDOW (dialog));
  upright_test_wait_until (upright_test_widget_is_drawn, dialog, 5000);
  g_assert_cmpstr (upright_self_test_dialog_get_stage (dialog), ==, "intro");

  return dialog;
}

/* Runs the timer to its end, phase by phase. */
static void
skip_timer (UprightSelfTestDialog *dialog)
{
  UprightIntervalTimer *timer = upright_self_test_dialog_get_timer (dialog);

  g_assert_nonnull (timer);
  while (upright_self_test_dialog_get_timer (dialog) == timer &&
         upright_interval_timer_get_phase (timer) != UPRIGHT_TIMER_PHASE_DONE)
    upright_interval_timer_skip (timer);
  upright_test_settle ();
}

static void
test_chair_stand (Fixture       *fixture,
                  gconstpointer  data)
{
  UprightSelfTestDialog *dialog = open_dialog (fixture, UPRIGHT_ASSESSMENT_CHAIR_STAND);
  g_autoptr(UprightAssessment) assessment = NULL;
  GListModel *assessments = upright_journal_get_assessments (fixture->journal);
  UprightIntervalTimer *timer;

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "30-Second Chair Stand");
  g_assert_cmpuint (upright_test_render_widget (GTK_WIDGET (dialog), "self-test-intro.png"), >, 16);

  /* A count-in, then 30 seconds. */
  activate (dialog, "selftest.begin", NULL);
  g_assert_cmpstr (upright_self_test_dialog_get_stage (dialog), ==, "timing");
  timer = upright_self_test_dialog_get_timer (dialog);
  g_assert_cmpint (upright_interval_timer_get_phase (timer), ==, UPRIGHT_TIMER_PHASE_COUNT_IN);
  g_assert_cmpstr (gtk_label_get_label (child (dialog, "phase_label")), ==, "Get ready");
  upright_interval_timer_skip (timer);
  upright_test_settle ();
  g_assert_cmpint (upright_interval_timer_get_phase (timer), ==, UPRIGHT_TIMER_PHASE_WORK);
  g_assert_cmpint (upright_interval_timer_get_phase_duration_ms (timer), ==, 30000);
  g_assert_cmpstr (gtk_label_get_label (child (dialog, "phase_label")), ==, "Go");
  g_assert_cmpstr (gtk_label_get_label (child (dialog, "seconds_label")), ==, "30");
  g_assert_cmpuint (upright_test_render_widget (GTK_WIDGET (dialog), "self-test-timing.png"), >, 8);

  /* Then how many. */
  skip_timer (dialog);
  g_assert_cmpstr (upright_self_test_dialog_get_stage (dialog), ==, "stands");
  g_assert_null (upright_self_test_dialog_get_timer (dialog));
  gtk_spin_button_set_value (child (dialog, "stands_spin"), 12);
  activate (dialog, "selftest.save", NULL);

  g_assert_cmpstr (upright_self_test_dialog_get_stage (dialog), ==, "done");
  g_assert_cmpstr (gtk_label_get_label (child (dialog, "result_label")), ==, "12 full stands in 30 seconds");
  /* The published table, with its source. */
  g_assert_nonnull (gtk_grid_get_child_at (child (dialog, "norms_grid"), 1, 7));
  g_assert_null (gtk_grid_get_child_at (child (dialog, "norms_grid"), 1, 8));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (gtk_grid_get_child_at (child (dialog, "norms_grid"), 0, 1))), ==, "60–64");
  g_assert_nonnull (strstr (gtk_label_get_label (child (dialog, "norms_source_label")), "Rikli and Jones"));
  g_assert_cmpuint (upright_test_render_widget (GTK_WIDGET (dialog), "self-test-done.png"), >, 16);

  g_assert_cmpuint (g_list_model_get_n_items (assessments), ==, 1);
  assessment = g_list_model_get_item (assessments, 0);
  g_assert_cmpint (upright_assessment_get_kind (assessment), ==, UPRIGHT_ASSESSMENT_CHAIR_STAND);
  g_assert_cmpuint (upright_assessment_get_stands (assessment), ==, 12);

  gtk_window_destroy (GTK_WINDOW (dialog));
  upright_test_settle ();
}

static gboolean
row_marked (UprightSelfTestDialog *dialog,
            int                    row)
{
  GtkWidget *cell = gtk_grid_get_child_at (child (dialog, "norms_grid"), 0, row);

  return gtk_widget_has_css_class (cell, "accent");
}

/* Her age, remembered as the year she was born, finds her row of the table
 * and says what it means; changing it is remembered. */
static void
test_age (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  guint year = (guint) g_date_time_get_year (now);
  UprightSelfTestDialog *dialog = open_dialog (fixture, UPRIGHT_ASSESSMENT_CHAIR_STAND);
  GtkLabel *age_label = child (dialog, "age_label");

  g_settings_set_uint (settings, "birth-year", year - 67);
  upright_self_test_dialog_set_settings (dialog, settings);

  activate (dialog, "selftest.begin", NULL);
  skip_timer (dialog);
  gtk_spin_button_set_value (child (dialog, "stands_spin"), 10);
  activate (dialog, "selftest.save", NULL);
  g_assert_cmpstr (upright_self_test_dialog_get_stage (dialog), ==, "done");

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (age_label)));
  g_assert_cmpstr (gtk_label_get_label (age_label), ==,
                   "At 67, fewer than 11 stands is below average for women, and fewer than 12 for men.");
  g_assert_false (row_marked (dialog, 1));
  g_assert_true (row_marked (dialog, 2));
  g_assert_cmpuint (upright_test_render_widget (GTK_WIDGET (dialog), "self-test-age.png"), >, 16);

  gtk_spin_button_set_value (child (dialog, "age_spin"), 72);
  g_assert_cmpuint (g_settings_get_uint (settings, "birth-year"), ==, year - 72);
  g_assert_true (g_str_has_prefix (gtk_label_get_label (age_label), "At 72, fewer than 10 stands"));
  g_assert_false (row_marked (dialog, 2));
  g_assert_true (row_marked (dialog, 3));

  /* Too young for the table: she is told so, and no row is marked. */
  gtk_spin_button_set_value (child (dialog, "age_spin"), 55);
  g_assert_cmpstr (gtk_label_get_label (age_label), ==, "The table has no row for your age.");
  for (int row = 1; row <= 7; row++)
    g_assert_false (row_marked (dialog, row));

  /* Taken back: nothing is kept, and the field is empty rather than 0. */
  gtk_spin_button_set_value (child (dialog, "age_spin"), 0);
  g_assert_cmpuint (g_settings_get_uint (settings, "birth-year"), ==, 0);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (age_label)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (dialog, "age_spin"))), ==, "");

  gtk_window_destroy (GTK_WINDOW (dialog));
  upright_test_settle ();
}

static void
test_balance (Fixture       *fixture,
              gconstpointer  data)
{
  UprightSelfTestDialog *dialog = open_dialog (fixture, UPRIGHT_ASSESSMENT_FOUR_STAGE_BALANCE);
  g_autoptr(UprightAssessment) assessment = NULL;
  GListModel *assessments = upright_journal_get_assessments (fixture->journal);
  UprightIntervalTimer *timer;

  activate (dialog, "selftest.begin", NULL);

  /* The first two stances, held. */
  for (guint stance = 0; stance < 2; stance++)
    {
      g_assert_cmpstr (upright_self_test_dialog_get_stage (dialog), ==, "timing");
      g_assert_cmpuint (upright_self_test_dialog_get_stance (dialog), ==, stance);
      skip_timer (dialog);
      g_assert_cmpstr (upright_self_test_dialog_get_stage (dialog), ==, "held");
      g_assert_true (gtk_widget_get_visible (child (dialog, "held_yes_button")));
      activate (dialog, "selftest.held", g_variant_new_boolean (TRUE));
    }

  /* The third, given up during the hold. A picture shows where the feet
   * go, named for the stance. */
  g_assert_cmpuint (upright_self_test_dialog_get_stance (dialog), ==, 2);
  g_assert_cmpstr (gtk_label_get_label (child (dialog, "stance_label")), ==, "Stance 3 of 4: One Foot in Front");
  g_assert_true (gtk_widget_get_visible (child (dialog, "stance_picture")));
  gtk_test_accessible_assert_property (child (dialog, "stance_picture"), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "One Foot in Front");
  g_assert_cmpuint (upright_test_render_widget (GTK_WIDGET (dialog), "self-test-stance.png"), >, 16);
  timer = upright_self_test_dialog_get_timer (dialog);
  upright_interval_timer_skip (timer);
  upright_test_settle ();
  g_assert_cmpint (upright_interval_timer_get_phase (timer), ==, UPRIGHT_TIMER_PHASE_WORK);
  activate (dialog, "selftest.stop", NULL);
  g_assert_cmpstr (upright_self_test_dialog_get_stage (dialog), ==, "held");
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_parent (child (dialog, "held_yes_button"))));
  g_assert_true (gtk_revealer_get_reveal_child (child (dialog, "seconds_revealer")));
  gtk_spin_button_set_value (child (dialog, "held_spin"), 6);
  activate (dialog, "selftest.save", NULL);

  g_assert_cmpstr (upright_self_test_dialog_get_stage (dialog), ==, "done");
  g_assert_cmpstr (gtk_label_get_label (child (dialog, "result_label")), ==, "2 of 4 stances held for 10 seconds");
  /* Not holding the third stance is the sign of a risk of falling. */
  g_assert_nonnull (strstr (gtk_label_get_label (child (dialog, "meaning_label")), "third stance"));

  g_assert_cmpuint (g_list_model_get_n_items (assessments), ==, 1);
  assessment = g_list_model_get_item (assessments, 0);
  g_assert_cmpuint (upright_assessment_get_stage (assessment, 0), ==, 10);
  g_assert_cmpuint (upright_assessment_get_stage (assessment, 1), ==, 10);
  g_assert_cmpuint (upright_assessment_get_stage (assessment, 2), ==, 6);
  g_assert_cmpuint (upright_assessment_get_stage (assessment, 3), ==, 0);
  g_assert_cmpuint (upright_assessment_get_stages_passed (assessment), ==, 2);

  gtk_window_destroy (GTK_WINDOW (dialog));
  upright_test_settle ();
}

static void
test_all_stances (Fixture       *fixture,
                  gconstpointer  data)
{
  UprightSelfTestDialog *dialog = open_dialog (fixture, UPRIGHT_ASSESSMENT_FOUR_STAGE_BALANCE);
  g_autoptr(UprightAssessment) assessment = NULL;

  activate (dialog, "selftest.begin", NULL);
  for (guint stance = 0; stance < 4; stance++)
    {
      skip_timer (dialog);
      activate (dialog, "selftest.held", g_variant_new_boolean (TRUE));
    }

  g_assert_cmpstr (upright_self_test_dialog_get_stage (dialog), ==, "done");
  assessment = g_list_model_get_item (upright_journal_get_assessments (fixture->journal), 0);
  g_assert_cmpuint (upright_assessment_get_stages_passed (assessment), ==, 4);

  gtk_window_destroy (GTK_WINDOW (dialog));
  upright_test_settle ();
}

static void
test_escape (Fixture       *fixture,
             gconstpointer  data)
{
  UprightSelfTestDialog *dialog = open_dialog (fixture, UPRIGHT_ASSESSMENT_CHAIR_STAND);
  GtkWidget *weak = GTK_WIDGET (dialog);

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &weak);

  /* During the timing, Escape stops it and asks for the count… */
  activate (dialog, "selftest.begin", NULL);
  activate (dialog, "selftest.stop", NULL);
  g_assert_cmpstr (upright_self_test_dialog_get_stage (dialog), ==, "stands");

  /* …and otherwise closes the window, saving nothing. */
  activate (dialog, "selftest.stop", NULL);
  upright_test_settle ();
  g_assert_null (weak);
  g_assert_cmpuint (g_list_model_get_n_items (upright_journal_get_assessments (fixture->journal)), ==, 0);
}

static void
test_balance_helper (Fixture       *fixture,
                     gconstpointer  data)
{
  UprightSelfTestDialog *dialog = open_dialog (fixture, UPRIGHT_ASSESSMENT_FOUR_STAGE_BALANCE);
  g_autofree char *plain = g_strdup (gtk_label_get_label (child (dialog, "safety_label")));
  const char *with_aid;

  /* A helper for the last two stances, always; with a walking aid, for
   * every stance. */
  g_assert_nonnull (strstr (plain, "helper"));
  upright_self_test_dialog_set_walking_aid (dialog, TRUE);
  with_aid = gtk_label_get_label (child (dialog, "safety_label"));
  g_assert_cmpstr (with_aid, !=, plain);
  g_assert_nonnull (strstr (with_aid, "walking aid"));
  g_assert_nonnull (strstr (with_aid, "every stance"));

  destroy_dialog (dialog);
}

/* The Timed Up and Go times her from Go to Stop, asks for the time to
 * keep, and compares it with the STEADI mark of 12 seconds. */
static void
test_timed_up_and_go (Fixture       *fixture,
                      gconstpointer  data)
{
  UprightSelfTestDialog *dialog = open_dialog (fixture, UPRIGHT_ASSESSMENT_TIMED_UP_AND_GO);
  UprightIntervalTimer *timer;
  GListModel *tests = upright_journal_get_assessments (fixture->journal);
  g_autoptr(UprightAssessment) kept = NULL;

  activate (dialog, "selftest.begin", NULL);
  g_assert_cmpstr (upright_self_test_dialog_get_stage (dialog), ==, "timing");
  timer = upright_self_test_dialog_get_timer (dialog);
  g_assert_nonnull (timer);
  /* Past the count-in, she walks; Stop (Escape) ends the timing. */
  upright_interval_timer_skip (timer);
  g_assert_cmpint (upright_interval_timer_get_phase (timer), ==, UPRIGHT_TIMER_PHASE_WORK);
  activate (dialog, "selftest.stop", NULL);
  g_assert_cmpstr (upright_self_test_dialog_get_stage (dialog), ==, "tug");

  /* Her helper's watch said 13.2 seconds. */
  gtk_spin_button_set_value (child (dialog, "tug_spin"), 13.2);
  activate (dialog, "selftest.save", NULL);
  g_assert_cmpstr (upright_self_test_dialog_get_stage (dialog), ==, "done");

  g_assert_cmpuint (g_list_model_get_n_items (tests), ==, 1);
  kept = g_list_model_get_item (tests, 0);
  g_assert_cmpint (upright_assessment_get_kind (kept), ==, UPRIGHT_ASSESSMENT_TIMED_UP_AND_GO);
  g_assert_cmpuint (upright_assessment_get_tenths (kept), ==, 132);
  g_assert_nonnull (strstr (gtk_label_get_label (child (dialog, "meaning_label")), "12 seconds or longer"));
  g_assert_nonnull (strstr (gtk_label_get_label (child (dialog, "norms_source_label")), "Bohannon"));

  destroy_dialog (dialog);
}

int
main (int   argc,
      char *argv[])
{
  upright_test_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/self-test/age", test_age);
  ADD ("/self-test/chair-stand", test_chair_stand);
  ADD ("/self-test/balance", test_balance);
  ADD ("/self-test/all-stances", test_all_stances);
  ADD ("/self-test/escape", test_escape);
  ADD ("/self-test/balance-helper", test_balance_helper);
  ADD ("/self-test/timed-up-and-go", test_timed_up_and_go);
#undef ADD

  return g_test_run ();
}
