/* test-session.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "core/upright-session.h"

#include "upright-test-dir.h"
#include "upright-test-store.h"

/* A session without a display: what a page would show of it, driven by a
 * clock the test moves, with results that land in a real journal. */

static UprightCatalog *catalog;

typedef struct {
  char           *dir;
  UprightJournal *journal;
  UprightPlan    *plan;
  gint64          now;
  GArray         *cues;
  GPtrArray      *texts;
} Fixture;

static gint64
fake_clock (gpointer user_data)
{
  return ((Fixture *) user_data)->now;
}

static void
cue_cb (UprightSession *session,
        guint           cue,
        Fixture        *fixture)
{
  g_array_append_val (fixture->cues, cue);
}

static void
cue_text_cb (UprightSession *session,
             GParamSpec     *pspec,
             Fixture        *fixture)
{
  const char *text = upright_session_get_cue_text (session);

  if (text != NULL)
    g_ptr_array_add (fixture->texts, g_strdup (text));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *journal_path = NULL;
  g_autofree char *plan_path = NULL;
  g_autoptr(GFile) journal_file = NULL;
  g_autoptr(GFile) plan_file = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GAsyncResult) plan_result = NULL;

  fixture->dir = upright_test_make_dir ();
  journal_path = g_build_filename (fixture->dir, "journal.json", NULL);
  plan_path = g_build_filename (fixture->dir, "plan.json", NULL);
  journal_file = g_file_new_for_path (journal_path);
  plan_file = g_file_new_for_path (plan_path);

  fixture->journal = upright_journal_new (journal_file);
  upright_journal_load_async (fixture->journal, NULL, upright_test_result_cb, &result);
  upright_test_wait_for_result (&result);
  g_assert_true (upright_journal_load_finish (fixture->journal, result, NULL));

  fixture->plan = upright_plan_new (plan_file);
  upright_plan_load_async (fixture->plan, NULL, upright_test_result_cb, &plan_result);
  upright_test_wait_for_result (&plan_result);
  g_assert_true (upright_plan_load_finish (fixture->plan, plan_result, NULL));

  fixture->now = 1000 * G_TIME_SPAN_SECOND;
  fixture->cues = g_array_new (FALSE, FALSE, sizeof (guint));
  fixture->texts = g_ptr_array_new_with_free_func (g_free);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  upright_test_wait_until_saved (upright_journal_get_store (fixture->journal));
  upright_test_run_pending ();
  g_assert_finalize_object (fixture->journal);
  g_assert_finalize_object (fixture->plan);
  g_array_unref (fixture->cues);
  g_ptr_array_unref (fixture->texts);
  upright_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static UprightSession *
new_session (Fixture         *fixture,
             UprightSession  *session)
{
  upright_session_set_journal (session, fixture->journal);
  upright_session_set_plan (session, fixture->plan);
  upright_session_set_defaults (session, 3, 20);
  upright_session_set_clock (session, fake_clock, fixture, FALSE);
  g_signal_connect (session, "cue", G_CALLBACK (cue_cb), fixture);
  g_signal_connect (session, "notify::cue-text", G_CALLBACK (cue_text_cb), fixture);

  return session;
}

/* Moves the clock on, a tenth of a second at a time, as the timer's ticks
 * would. */
static void
advance (Fixture        *fixture,
         UprightSession *session,
         guint           ms)
{
  for (guint t = 0; t < ms && upright_session_get_timer (session) != NULL; t += 100)
    {
      fixture->now += 100 * G_TIME_SPAN_MILLISECOND;
      upright_interval_timer_update (upright_session_get_timer (session));
    }
}

static gboolean
has_cue (Fixture    *fixture,
         UprightCue  cue)
{
  for (guint i = 0; i < fixture->cues->len; i++)
    {
      if (g_array_index (fixture->cues, guint, i) == cue)
        return TRUE;
    }

  return FALSE;
}

static void
test_whole_exercise (Fixture       *fixture,
                     gconstpointer  data)
{
  UprightExercise *exercise = upright_catalog_lookup (catalog, "sit-to-stand");
  g_autoptr(UprightSession) session = new_session (fixture, upright_session_new (exercise));
  UprightRecord *record;
  guint n_texts;

  g_assert_cmpint (upright_session_get_stage (session), ==, UPRIGHT_SESSION_STAGE_SETUP);
  g_assert_true (upright_session_get_exercise (session) == exercise);
  g_assert_null (upright_session_get_routine_name (session));
  g_assert_null (upright_session_get_next_exercise (session));
  g_assert_cmpuint (upright_session_get_dose (session)->reps, ==, 10);
  /* No guideline gives this rest: hers is used. */
  g_assert_cmpuint (upright_session_get_dose (session)->rest_seconds, ==, 20);

  /* She does two sets of three today. */
  upright_session_set_dose (session, 2, 3, 0, 5);
  upright_session_begin (session);
  g_assert_cmpint (upright_session_get_stage (session), ==, UPRIGHT_SESSION_STAGE_RUNNING);
  g_assert_true (has_cue (fixture, UPRIGHT_CUE_GET_READY));

  /* The count-in names where she starts from, the work what to do. */
  g_assert_nonnull (upright_session_get_cue_text (session));
  advance (fixture, session, 3000);
  g_assert_true (has_cue (fixture, UPRIGHT_CUE_GO));
  n_texts = fixture->texts->len;
  advance (fixture, session, 4000);
  g_assert_cmpuint (fixture->texts->len, >, n_texts);

  /* Paused, nothing moves; resumed, it goes on. */
  upright_session_toggle_pause (session);
  g_assert_true (upright_session_get_paused (session));
  advance (fixture, session, 60000);
  g_assert_cmpint (upright_session_get_stage (session), ==, UPRIGHT_SESSION_STAGE_RUNNING);
  upright_session_toggle_pause (session);
  g_assert_false (upright_session_get_paused (session));

  advance (fixture, session, 120000);
  g_assert_cmpint (upright_session_get_stage (session), ==, UPRIGHT_SESSION_STAGE_REVIEW);
  g_assert_true (upright_session_get_completed (session));
  g_assert_true (has_cue (fixture, UPRIGHT_CUE_REST));
  g_assert_true (has_cue (fixture, UPRIGHT_CUE_DONE));

  /* Saved, it is in the journal as she said, and on its way to disk. */
  record = upright_session_save (session, TRUE, 6, 1, "Steady");
  g_assert_nonnull (record);
  g_assert_cmpuint (upright_record_get_reps_done (record), ==, 6);
  g_assert_cmpuint (upright_record_get_sets_done (record), ==, 2);
  g_assert_cmpuint (upright_record_get_effort (record), ==, 6);
  g_assert_cmpstr (upright_record_get_note (record), ==, "Steady");
  g_assert_true (upright_journal_lookup (fixture->journal, upright_record_get_id (record)) == record);
  g_assert_true (upright_store_has_unsaved_changes (upright_journal_get_store (fixture->journal)));
  g_assert_cmpuint (upright_session_get_n_saved (session), ==, 1);
  g_assert_cmpint (upright_session_get_stage (session), ==, UPRIGHT_SESSION_STAGE_DONE);
}

static void
say_cb (UprightSession *session,
        const char     *text,
        GPtrArray      *said)
{
  g_ptr_array_add (said, g_strdup (text));
}

static guint
find_said (GPtrArray  *said,
           guint       from,
           const char *text)
{
  for (guint i = from; i < said->len; i++)
    {
      if (g_str_equal (g_ptr_array_index (said, i), text))
        return i;
    }

  g_error ("“%s” was not said after %u", text, from);
}

/* Spoken guidance: what the screen shows, said in the order the timer's
 * phases come, from the name and first words to the end. */
static void
test_spoken (Fixture       *fixture,
             gconstpointer  data)
{
  UprightExercise *exercise = upright_catalog_lookup (catalog, "heel-raise");
  g_autoptr(UprightSession) session = new_session (fixture, upright_session_new (exercise));
  g_autoptr(GPtrArray) said = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *first = NULL;
  guint at;

  g_signal_connect (session, "say", G_CALLBACK (say_cb), said);

  /* Two sets of two, with a rest of five seconds between them. */
  upright_session_set_dose (session, 2, 2, 0, 5);
  upright_session_begin (session);
  first = g_strdup_printf ("%s. %s", upright_exercise_get_title (exercise), upright_session_get_cue_text (session));
  g_assert_cmpuint (said->len, >=, 1);
  g_assert_cmpstr (g_ptr_array_index (said, 0), ==, first);

  advance (fixture, session, 300000);
  g_assert_cmpint (upright_session_get_stage (session), ==, UPRIGHT_SESSION_STAGE_REVIEW);

  /* The count-in's last seconds, then the movement's own words; the rest
   * and its last seconds; the end. */
  at = find_said (said, 1, "3");
  at = find_said (said, at + 1, "2");
  at = find_said (said, at + 1, "1");
  g_assert_cmpuint (at + 1, <, said->len);
  at = find_said (said, at + 1, "Rest, and breathe easily");
  at = find_said (said, at + 1, "1");
  at = find_said (said, at + 1, "Well done");
  g_assert_cmpuint (at, ==, said->len - 1);

  /* Nothing said twice in a row. */
  for (guint i = 1; i < said->len; i++)
    g_assert_cmpstr (g_ptr_array_index (said, i), !=, g_ptr_array_index (said, i - 1));
}

/* In a routine, the end of an exercise says what comes next, so that a
 * whole routine can be followed by ear; the last one ends on "Well done". */
static void
test_spoken_routine (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(UprightRoutine) routine = upright_routine_new ("morning", "Morning");
  g_autoptr(UprightSession) session = NULL;
  g_autoptr(GPtrArray) said = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *next = NULL;
  UprightExercise *second;
  guint at;

  upright_routine_append_item (routine, "chin-tuck", 1, 2, 1);
  upright_routine_append_item (routine, "heel-raise", 1, 2, 0);
  session = new_session (fixture, upright_session_new_for_routine (routine, catalog));
  second = upright_catalog_lookup (catalog, "heel-raise");
  g_signal_connect (session, "say", G_CALLBACK (say_cb), said);

  upright_session_begin (session);
  advance (fixture, session, 120000);
  g_assert_cmpint (upright_session_get_stage (session), ==, UPRIGHT_SESSION_STAGE_REVIEW);
  next = g_strdup_printf ("Next: %s", upright_exercise_get_title (second));
  at = find_said (said, 0, "Well done");
  g_assert_cmpuint (at + 1, ==, said->len - 1);
  g_assert_cmpstr (g_ptr_array_index (said, at + 1), ==, next);

  /* The second one, the last, ends the routine without a "next". */
  upright_session_next (session);
  g_assert_cmpuint (upright_session_get_position (session), ==, 1);
  g_ptr_array_set_size (said, 0);
  upright_session_begin (session);
  g_assert_cmpuint (said->len, >=, 1);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (said, 0), upright_exercise_get_title (second)));
  advance (fixture, session, 120000);
  g_assert_cmpint (upright_session_get_stage (session), ==, UPRIGHT_SESSION_STAGE_REVIEW);
  g_assert_cmpstr (g_ptr_array_index (said, said->len - 1), ==, "Well done");
  for (guint i = 0; i < said->len; i++)
    g_assert_false (g_str_has_prefix (g_ptr_array_index (said, i), "Next:"));
}

static void
test_stop (Fixture       *fixture,
           gconstpointer  data)
{
  UprightExercise *exercise = upright_catalog_lookup (catalog, "sit-to-stand");
  g_autoptr(UprightSession) session = NULL;

  /* Stopped before anything was done, there is nothing to record. */
  session = new_session (fixture, upright_session_new (exercise));
  upright_session_begin (session);
  upright_session_stop (session);
  g_assert_cmpint (upright_session_get_stage (session), ==, UPRIGHT_SESSION_STAGE_DONE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->journal)), ==, 0);
  g_clear_object (&session);

  /* Stopped after some, what was done can be saved, as done in part. */
  session = new_session (fixture, upright_session_new (exercise));
  upright_session_set_dose (session, 1, 10, 0, 0);
  upright_session_begin (session);
  advance (fixture, session, 3000 + 3 * 4000 + 500);
  upright_session_stop (session);
  g_assert_cmpint (upright_session_get_stage (session), ==, UPRIGHT_SESSION_STAGE_REVIEW);
  g_assert_false (upright_session_get_completed (session));
  upright_session_discard (session);
  g_assert_cmpint (upright_session_get_stage (session), ==, UPRIGHT_SESSION_STAGE_DONE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->journal)), ==, 0);
}

static void
test_routine (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(UprightRoutine) routine = upright_routine_new ("morning", "Morning");
  g_autoptr(UprightSession) session = NULL;

  upright_routine_append_item (routine, "chin-tuck", 0, 0, 0);
  upright_routine_append_item (routine, "no-such-exercise", 0, 0, 0);
  upright_routine_append_item (routine, "heel-raise", 2, 4, 0);
  session = new_session (fixture, upright_session_new_for_routine (routine, catalog));

  /* What the catalogue does not have is left out; each keeps its dose. */
  g_assert_cmpuint (upright_session_get_n_items (session), ==, 2);
  g_assert_cmpstr (upright_session_get_routine_name (session), ==, "Morning");
  g_assert_cmpstr (upright_exercise_get_id (upright_session_get_next_exercise (session)), ==, "heel-raise");

  /* She passes over the first; stopping the second with nothing done ends
   * the routine. */
  upright_session_next (session);
  g_assert_cmpuint (upright_session_get_position (session), ==, 1);
  g_assert_cmpint (upright_session_get_stage (session), ==, UPRIGHT_SESSION_STAGE_SETUP);
  g_assert_cmpuint (upright_session_get_dose (session)->sets, ==, 2);
  g_assert_cmpuint (upright_session_get_dose (session)->reps, ==, 4);
  upright_session_next (session);
  g_assert_cmpuint (upright_session_get_position (session), ==, 1);
  upright_session_begin (session);
  upright_session_stop (session);
  g_assert_cmpint (upright_session_get_stage (session), ==, UPRIGHT_SESSION_STAGE_DONE);
  g_assert_null (upright_session_get_timer (session));
}

static void
test_own_video (Fixture       *fixture,
                gconstpointer  data)
{
  UprightExercise *exercise = upright_catalog_lookup (catalog, "heel-raise");
  g_autoptr(UprightSession) session = NULL;
  UprightVideoChoice *video;

  /* Her own video of the exercise plays in the session too, without the
   * demonstration's captions. */
  upright_plan_set_video (fixture->plan, "heel-raise", "file:///home/her/heel%20raise.webm");
  session = new_session (fixture, upright_session_new (exercise));
  video = upright_session_get_video (session);
  g_assert_cmpstr (video->uri, ==, "file:///home/her/heel%20raise.webm");
  g_assert_cmpstr (video->own_name, ==, "heel raise.webm");
  g_assert_null (video->captions);
  g_clear_object (&session);

  /* A file name that is not UTF-8, from an old memory stick say, still
   * plays, and is shown in letters that can be. */
  upright_plan_set_video (fixture->plan, "heel-raise", "file:///home/her/Fu%DF%FCbung.webm");
  session = new_session (fixture, upright_session_new (exercise));
  video = upright_session_get_video (session);
  g_assert_cmpstr (video->uri, ==, "file:///home/her/Fu%DF%FCbung.webm");
  g_assert_true (g_utf8_validate (video->own_name, -1, NULL));
  g_assert_nonnull (strstr (video->own_name, "Fu"));
  g_assert_nonnull (strstr (video->own_name, "bung.webm"));

  /* The exercise's own words still come from its demonstration. */
  upright_session_begin (session);
  g_assert_nonnull (upright_session_get_cue_text (session));
  upright_session_cancel (session);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  catalog = upright_catalog_new_from_resource (RESOURCE_PREFIX "/catalog/exercises.json", &error);
  g_assert_no_error (error);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/session/whole-exercise", test_whole_exercise);
  ADD ("/session/spoken", test_spoken);
  ADD ("/session/stop", test_stop);
  ADD ("/session/routine", test_routine);
  ADD ("/session/spoken-routine", test_spoken_routine);
  ADD ("/session/own-video", test_own_video);

#undef ADD

  status = g_test_run ();
  g_object_unref (catalog);

  return status;
}
