/* test-session-page.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "core/upright-catalog.h"
#include "media/upright-video-paintable.h"
#include "pages/upright-session-page.h"
#include "widgets/upright-mirror-view.h"
#include "widgets/upright-video-view.h"

#include "upright-test-utils.h"

static UprightCatalog *catalog;

typedef struct {
  char               *dir;
  GSettings          *settings;
  UprightJournal     *journal;
  GtkWindow          *window;
  UprightSessionPage *page;
  guint               n_closed;
  gboolean            saved;
} Fixture;

static gpointer
child (Fixture    *fixture,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (fixture->page),
                                                   UPRIGHT_TYPE_SESSION_PAGE, name);

  g_assert_nonnull (object);

  return object;
}

static void
closed_cb (UprightSessionPage *page,
           gboolean            saved,
           Fixture            *fixture)
{
  fixture->n_closed++;
  fixture->saved = saved;
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
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  gboolean loaded = FALSE;

  fixture->dir = g_dir_make_tmp ("upright-session-XXXXXX", NULL);
  path = g_build_filename (fixture->dir, "journal.json", NULL);
  file = g_file_new_for_path (path);
  fixture->journal = upright_journal_new (file);
  upright_journal_load_async (fixture->journal, NULL, loaded_cb, &loaded);
  upright_test_wait_until (flag_is_set, &loaded, 5000);

  fixture->settings = g_settings_new (APP_ID);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->page = g_object_ref_sink (g_object_new (UPRIGHT_TYPE_SESSION_PAGE, NULL));
  g_signal_connect (fixture->page, "closed", G_CALLBACK (closed_cb), fixture);
  upright_session_page_setup (fixture->page, fixture->settings, fixture->journal, NULL, NULL);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  gtk_window_set_default_size (fixture->window, 800, 700);
  gtk_window_present (fixture->window);
  upright_test_wait_until (upright_test_widget_is_drawn, fixture->page, 5000);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  gtk_window_destroy (fixture->window);
  upright_test_settle ();
  g_assert_finalize_object (fixture->page);
  g_assert_finalize_object (fixture->journal);
  g_clear_object (&fixture->settings);

  dir = g_dir_open (fixture->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_remove (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

static void
activate (Fixture    *fixture,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), action, NULL));
  upright_test_settle ();
}

/* What a click on a button does, at once. */
static void
click (Fixture    *fixture,
       const char *name)
{
  g_signal_emit_by_name (child (fixture, name), "clicked");
  upright_test_settle ();
}

static void
test_setup_shows_dose (Fixture       *fixture,
                       gconstpointer  data)
{
  UprightExercise *bird_dog = upright_catalog_lookup (catalog, "bird-dog");
  UprightExercise *stance = upright_catalog_lookup (catalog, "stance-progression");
  const UprightDose *dose = upright_exercise_get_dose (bird_dog);

  upright_session_page_start (fixture->page, bird_dog);
  g_assert_cmpstr (upright_session_page_get_stage (fixture->page), ==, "setup");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (child (fixture, "sets_spin")), ==, dose->sets);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (child (fixture, "reps_spin")), ==, dose->reps);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (child (fixture, "hold_spin")), ==, dose->hold_seconds);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (child (fixture, "count_in_spin")), ==,
                   g_settings_get_uint (fixture->settings, "count-in-seconds"));
  g_assert_cmpuint (upright_test_render_widget (GTK_WIDGET (fixture->window), "session-setup.png"), >, 16);

  /* A hold-only exercise has no repetitions to set. */
  upright_session_page_start (fixture->page, stance);
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_ancestor (child (fixture, "reps_spin"),
                                                                   GTK_TYPE_LIST_BOX_ROW)));
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_ancestor (child (fixture, "hold_spin"),
                                                                  GTK_TYPE_LIST_BOX_ROW)));

  activate (fixture, "session.cancel");
  g_assert_cmpuint (fixture->n_closed, ==, 1);
  g_assert_false (fixture->saved);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->journal)), ==, 0);
}

static void
test_full_session (Fixture       *fixture,
                   gconstpointer  data)
{
  UprightExercise *sit = upright_catalog_lookup (catalog, "sit-to-stand");
  g_autoptr(UprightRecord) record = NULL;
  UprightIntervalTimer *timer;
  guint skips = 0;

  upright_session_page_start (fixture->page, sit);
  gtk_spin_button_set_value (child (fixture, "sets_spin"), 1);
  gtk_spin_button_set_value (child (fixture, "reps_spin"), 2);
  activate (fixture, "session.begin");

  g_assert_cmpstr (upright_session_page_get_stage (fixture->page), ==, "running");
  timer = upright_session_page_get_timer (fixture->page);
  g_assert_nonnull (timer);
  g_assert_cmpuint (upright_interval_timer_get_n_reps (timer), ==, 2);
  g_assert_true (upright_interval_timer_get_running (timer));
  g_assert_cmpuint (upright_test_render_widget (GTK_WIDGET (fixture->window), "session-running.png"), >, 16);

  /* Pause and resume, as Space does… */
  activate (fixture, "session.pause");
  g_assert_true (upright_interval_timer_get_paused (timer));
  activate (fixture, "session.pause");
  g_assert_false (upright_interval_timer_get_paused (timer));

  /* …and as the big button does. */
  click (fixture, "pause_button");
  g_assert_true (upright_interval_timer_get_paused (timer));
  click (fixture, "pause_button");
  g_assert_false (upright_interval_timer_get_paused (timer));

  /* The Skip button moves on from the count-in. */
  g_assert_cmpint (upright_interval_timer_get_phase (timer), ==, UPRIGHT_TIMER_PHASE_COUNT_IN);
  click (fixture, "skip_button");
  g_assert_cmpint (upright_interval_timer_get_phase (timer), ==, UPRIGHT_TIMER_PHASE_WORK);

  /* Skip to the end: count-in, then both repetitions. */
  while (g_strcmp0 (upright_session_page_get_stage (fixture->page), "running") == 0 && skips < 20)
    {
      activate (fixture, "session.skip");
      skips++;
    }
  g_assert_cmpstr (upright_session_page_get_stage (fixture->page), ==, "review");
  g_assert_true (gtk_toggle_button_get_active (child (fixture, "fully_button")));

  /* High pain brings the notice to stop and ask. */
  gtk_spin_button_set_value (child (fixture, "pain_spin"), 6);
  g_assert_true (gtk_revealer_get_reveal_child (child (fixture, "pain_revealer")));
  gtk_spin_button_set_value (child (fixture, "pain_spin"), 1);
  g_assert_false (gtk_revealer_get_reveal_child (child (fixture, "pain_revealer")));
  gtk_spin_button_set_value (child (fixture, "effort_spin"), 6);
  gtk_editable_set_text (child (fixture, "note_entry"), "Felt steady");
  g_assert_cmpuint (upright_test_render_widget (GTK_WIDGET (fixture->window), "session-review.png"), >, 16);

  activate (fixture, "session.save");
  g_assert_cmpuint (fixture->n_closed, ==, 1);
  g_assert_true (fixture->saved);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->journal)), ==, 1);
  record = g_list_model_get_item (G_LIST_MODEL (fixture->journal), 0);
  g_assert_cmpstr (upright_record_get_exercise_id (record), ==, "sit-to-stand");
  g_assert_cmpint (upright_record_get_category (record), ==, UPRIGHT_CATEGORY_STRENGTH);
  g_assert_cmpuint (upright_record_get_effort (record), ==, 6);
  g_assert_cmpuint (upright_record_get_pain (record), ==, 1);
  g_assert_true (upright_record_get_completed (record));
  g_assert_cmpstr (upright_record_get_note (record), ==, "Felt steady");
  g_assert_true (upright_record_has_region (record, UPRIGHT_REGION_HIP));
}

static void
test_stop_early (Fixture       *fixture,
                 gconstpointer  data)
{
  upright_session_page_start (fixture->page, upright_catalog_lookup (catalog, "heel-raise"));
  activate (fixture, "session.begin");
  g_assert_nonnull (upright_session_page_get_timer (fixture->page));

  /* Stopped before a single repetition, with the Stop button: nothing to
   * record. */
  click (fixture, "stop_button");
  g_assert_cmpuint (fixture->n_closed, ==, 1);
  g_assert_false (fixture->saved);
  g_assert_null (upright_session_page_get_timer (fixture->page));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->journal)), ==, 0);
}

static GtkToggleButton *
find_toggle (GtkWidget *widget)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkToggleButton *found = NULL;

      /* The mirror's button, not the small demonstration's own toggles. */
      if (UPRIGHT_IS_MIRROR_VIEW (c))
        found = GTK_TOGGLE_BUTTON (gtk_widget_get_first_child (c));
      else if (!UPRIGHT_IS_VIDEO_VIEW (c))
        found = find_toggle (c);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
camera_shows_frames (gpointer data)
{
  UprightCamera *camera = upright_session_page_get_camera (data);

  return upright_video_paintable_get_n_frames_shown (UPRIGHT_VIDEO_PAINTABLE (upright_camera_get_paintable (camera))) >= 3;
}

/* Herself beside the demonstration during a session, from a test source in
 * place of the camera; the camera is let go when the page goes. */
static void
test_mirror (Fixture       *fixture,
             gconstpointer  data)
{
  GtkToggleButton *mirror = find_toggle (child (fixture, "demo_box"));

  g_assert_nonnull (mirror);
  g_setenv ("UPRIGHT_CAMERA_SOURCE",
            "videotestsrc is-live=true pattern=ball ! capsfilter caps=\"video/x-raw,width=320,height=240\"", TRUE);
  upright_session_page_start (fixture->page, upright_catalog_lookup (catalog, "heel-raise"));
  activate (fixture, "session.begin");

  gtk_toggle_button_set_active (mirror, TRUE);
  g_assert_true (upright_camera_get_running (upright_session_page_get_camera (fixture->page)));
  upright_test_wait_until (camera_shows_frames, fixture->page, 15000);

  gtk_widget_set_visible (GTK_WIDGET (fixture->page), FALSE);
  g_assert_false (upright_camera_get_running (upright_session_page_get_camera (fixture->page)));
  g_assert_false (gtk_toggle_button_get_active (mirror));
  gtk_widget_set_visible (GTK_WIDGET (fixture->page), TRUE);
  click (fixture, "stop_button");
  g_unsetenv ("UPRIGHT_CAMERA_SOURCE");
}

/* Spoken guidance, when chosen, speaks from the first words of a session;
 * with no voice to speak with, the session goes on all the same. */
static void
test_spoken (Fixture       *fixture,
             gconstpointer  data)
{
  g_setenv ("SPEECHD_ADDRESS", "unix_socket:/nonexistent/upright-test/speechd.sock", TRUE);

  upright_session_page_start (fixture->page, upright_catalog_lookup (catalog, "heel-raise"));
  activate (fixture, "session.begin");
  g_assert_null (upright_session_page_get_speech (fixture->page));
  click (fixture, "stop_button");

  g_settings_set_boolean (fixture->settings, "spoken-guidance", TRUE);
  upright_session_page_start (fixture->page, upright_catalog_lookup (catalog, "heel-raise"));
  activate (fixture, "session.begin");
  g_assert_nonnull (upright_session_page_get_speech (fixture->page));
  g_assert_nonnull (upright_speech_get_problem (upright_session_page_get_speech (fixture->page)));
  g_assert_nonnull (upright_session_page_get_timer (fixture->page));
  click (fixture, "stop_button");

  g_settings_reset (fixture->settings, "spoken-guidance");
  g_unsetenv ("SPEECHD_ADDRESS");
}

static gboolean
rep_completed (gpointer data)
{
  return upright_interval_timer_get_completed_reps (data) > 0;
}

static void
test_stop_partly (Fixture       *fixture,
                  gconstpointer  data)
{
  UprightIntervalTimer *timer;

  /* Short holds and no count-in, so that a repetition ends quickly. */
  upright_session_page_start (fixture->page, upright_catalog_lookup (catalog, "chin-tuck"));
  gtk_spin_button_set_value (child (fixture, "count_in_spin"), 0);
  gtk_spin_button_set_value (child (fixture, "hold_spin"), 1);
  activate (fixture, "session.begin");
  timer = upright_session_page_get_timer (fixture->page);

  /* One whole repetition, held to its end… */
  upright_test_wait_until (rep_completed, timer, 10000);

  /* …then stopped: it asks how it went, marked as done in part. */
  activate (fixture, "session.stop");
  g_assert_cmpstr (upright_session_page_get_stage (fixture->page), ==, "review");
  g_assert_true (gtk_toggle_button_get_active (child (fixture, "partly_button")));

  activate (fixture, "session.discard");
  g_assert_cmpuint (fixture->n_closed, ==, 1);
  g_assert_false (fixture->saved);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->journal)), ==, 0);
}

static void
skip_to_review (Fixture *fixture)
{
  guint skips = 0;

  activate (fixture, "session.begin");
  while (g_strcmp0 (upright_session_page_get_stage (fixture->page), "running") == 0 && skips < 100)
    {
      activate (fixture, "session.skip");
      skips++;
    }
  g_assert_cmpstr (upright_session_page_get_stage (fixture->page), ==, "review");
}

static void
test_routine (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(UprightRoutine) routine = upright_routine_new (NULL, "Morning");
  g_autoptr(UprightRecord) record = NULL;
  guint n_exercises = 0;

  upright_routine_append_item (routine, "chin-tuck", 1, 2, 0);
  upright_routine_append_item (routine, "no-such-exercise", 0, 0, 0);
  upright_routine_append_item (routine, "wall-angel", 0, 0, 0);
  upright_routine_append_item (routine, "sit-to-stand", 0, 3, 0);

  /* An exercise the catalogue lacks is left out. */
  g_assert_true (upright_session_page_start_routine (fixture->page, routine, catalog));
  g_assert_cmpuint (upright_session_page_get_position (fixture->page, &n_exercises), ==, 0);
  g_assert_cmpuint (n_exercises, ==, 3);
  g_assert_cmpstr (upright_exercise_get_id (upright_session_page_get_exercise (fixture->page)), ==, "chin-tuck");

  /* The routine's dose, where it is and what comes next. */
  g_assert_cmpint (gtk_spin_button_get_value_as_int (child (fixture, "sets_spin")), ==, 1);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (child (fixture, "reps_spin")), ==, 2);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (child (fixture, "hold_spin")), ==,
                   upright_exercise_get_dose (upright_catalog_lookup (catalog, "chin-tuck"))->hold_seconds);
  g_assert_true (gtk_widget_get_visible (child (fixture, "setup_progress")));
  g_assert_cmpstr (gtk_label_get_label (child (fixture, "setup_progress")), ==, "Morning · Exercise 1 of 3");
  g_assert_cmpstr (gtk_label_get_label (child (fixture, "next_label")), ==, "Exercise 1 of 3 · Next up: Wall Angel");
  g_assert_cmpstr (gtk_button_get_label (child (fixture, "cancel_button")), ==, "_End Routine");
  g_assert_true (gtk_widget_get_visible (child (fixture, "skip_exercise_button")));
  g_assert_cmpuint (upright_test_render_widget (GTK_WIDGET (fixture->window), "session-routine-setup.png"), >, 16);

  /* She passes over the first one. */
  activate (fixture, "session.next");
  g_assert_cmpuint (upright_session_page_get_position (fixture->page, NULL), ==, 1);
  g_assert_cmpstr (upright_exercise_get_id (upright_session_page_get_exercise (fixture->page)), ==, "wall-angel");
  g_assert_cmpstr (upright_session_page_get_stage (fixture->page), ==, "setup");
  g_assert_cmpstr (gtk_label_get_label (child (fixture, "next_label")), ==, "Exercise 2 of 3 · Next up: Sit to Stand");

  /* Does the second, and saving it leads on to the third. */
  skip_to_review (fixture);
  g_assert_cmpstr (gtk_button_get_label (child (fixture, "save_button")), ==, "_Save and Go On");
  activate (fixture, "session.save");
  g_assert_cmpuint (fixture->n_closed, ==, 0);
  g_assert_cmpuint (upright_session_page_get_position (fixture->page, NULL), ==, 2);
  g_assert_cmpstr (upright_session_page_get_stage (fixture->page), ==, "setup");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (child (fixture, "reps_spin")), ==, 3);
  g_assert_cmpstr (gtk_label_get_label (child (fixture, "next_label")), ==, "Exercise 3 of 3 · The last exercise of this routine");
  g_assert_false (gtk_widget_is_sensitive (child (fixture, "skip_exercise_button")));

  skip_to_review (fixture);
  g_assert_cmpstr (gtk_button_get_label (child (fixture, "save_button")), ==, "_Save");

  /* The last one is not kept, but the routine had a result. */
  activate (fixture, "session.discard");
  g_assert_cmpuint (fixture->n_closed, ==, 1);
  g_assert_true (fixture->saved);
  g_assert_null (upright_session_page_get_exercise (fixture->page));

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->journal)), ==, 1);
  record = g_list_model_get_item (G_LIST_MODEL (fixture->journal), 0);
  g_assert_cmpstr (upright_record_get_exercise_id (record), ==, "wall-angel");
}

static void
test_routine_end_early (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(UprightRoutine) empty = upright_routine_new (NULL, "Nothing known");
  g_autoptr(UprightRoutine) routine = upright_routine_new_posture_break ();

  /* A routine with nothing to do does not start. */
  upright_routine_append_item (empty, "no-such-exercise", 0, 0, 0);
  g_assert_false (upright_session_page_start_routine (fixture->page, empty, catalog));
  g_assert_null (upright_session_page_get_exercise (fixture->page));

  g_assert_true (upright_session_page_start_routine (fixture->page, routine, catalog));

  /* Stopping an exercise before any repetition moves on to the next one. */
  activate (fixture, "session.begin");
  activate (fixture, "session.stop");
  g_assert_cmpuint (fixture->n_closed, ==, 0);
  g_assert_cmpuint (upright_session_page_get_position (fixture->page, NULL), ==, 1);
  g_assert_cmpstr (upright_session_page_get_stage (fixture->page), ==, "setup");

  /* Ending the routine there keeps nothing. */
  activate (fixture, "session.cancel");
  g_assert_cmpuint (fixture->n_closed, ==, 1);
  g_assert_false (fixture->saved);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->journal)), ==, 0);

  /* A single exercise after a routine has none of the routine's parts. */
  upright_session_page_start (fixture->page, upright_catalog_lookup (catalog, "heel-raise"));
  g_assert_false (gtk_widget_get_visible (child (fixture, "setup_progress")));
  g_assert_false (gtk_widget_get_visible (child (fixture, "skip_exercise_button")));
  g_assert_cmpstr (gtk_button_get_label (child (fixture, "cancel_button")), ==, "_Cancel");
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
  ADD ("/session-page/mirror", test_mirror);
  ADD ("/session-page/spoken", test_spoken);
  ADD ("/session/setup", test_setup_shows_dose);
  ADD ("/session/full", test_full_session);
  ADD ("/session/stop-early", test_stop_early);
  ADD ("/session/stop-partly", test_stop_partly);
  ADD ("/session/routine", test_routine);
  ADD ("/session/routine-end-early", test_routine_end_early);
#undef ADD

  status = g_test_run ();
  g_clear_object (&catalog);

  return status;
}
