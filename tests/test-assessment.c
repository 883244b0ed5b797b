/* test-assessment.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "core/upright-assessment.h"
#include "core/upright-journal.h"
#include "upright-test-dir.h"

typedef struct {
  char  *dir;
  char  *path;
  GFile *file;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = upright_test_make_dir ();
  fixture->path = g_build_filename (fixture->dir, "journal.json", NULL);
  fixture->file = g_file_new_for_path (fixture->path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  upright_test_remove_tree (fixture->dir);
  g_clear_object (&fixture->file);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static void
store_result_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static UprightJournal *
load_journal (GFile *file)
{
  g_autoptr(UprightJournal) journal = upright_journal_new (file);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  upright_journal_load_async (journal, NULL, store_result_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (upright_journal_load_finish (journal, result, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&journal);
}

static void
flush_journal (UprightJournal *journal)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  upright_journal_flush_async (journal, NULL, store_result_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (upright_journal_flush_finish (journal, result, &error));
  g_assert_no_error (error);
}

static GDateTime *
parse_time (const char *text)
{
  GDateTime *time = g_date_time_new_from_iso8601 (text, NULL);

  g_assert_nonnull (time);

  return time;
}

static UprightAssessment *
make_chair_stand (const char *when,
                  guint       stands)
{
  g_autoptr(GDateTime) time = parse_time (when);
  UprightAssessment *assessment = upright_assessment_new (UPRIGHT_ASSESSMENT_CHAIR_STAND, time);

  upright_assessment_set_stands (assessment, stands);

  return assessment;
}

static UprightAssessment *
make_balance (const char *when,
              guint       a,
              guint       b,
              guint       c,
              guint       d)
{
  g_autoptr(GDateTime) time = parse_time (when);
  UprightAssessment *assessment = upright_assessment_new (UPRIGHT_ASSESSMENT_FOUR_STAGE_BALANCE, time);

  upright_assessment_set_stage (assessment, 0, a);
  upright_assessment_set_stage (assessment, 1, b);
  upright_assessment_set_stage (assessment, 2, c);
  upright_assessment_set_stage (assessment, 3, d);

  return assessment;
}

static char *
describe_assessments (UprightJournal *journal)
{
  GListModel *model = upright_journal_get_assessments (journal);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(UprightAssessment) assessment = g_list_model_get_item (model, i);
      g_autofree char *time = g_date_time_format_iso8601 (upright_assessment_get_time (assessment));

      if (upright_assessment_get_kind (assessment) == UPRIGHT_ASSESSMENT_CHAIR_STAND)
        g_string_append_printf (text, "%s%s chair %u", i > 0 ? "; " : "", time,
                                upright_assessment_get_stands (assessment));
      else if (upright_assessment_get_kind (assessment) == UPRIGHT_ASSESSMENT_TIMED_UP_AND_GO)
        g_string_append_printf (text, "%s%s tug %u", i > 0 ? "; " : "", time,
                                upright_assessment_get_tenths (assessment));
      else
        g_string_append_printf (text, "%s%s balance %u %u %u %u", i > 0 ? "; " : "", time,
                                upright_assessment_get_stage (assessment, 0),
                                upright_assessment_get_stage (assessment, 1),
                                upright_assessment_get_stage (assessment, 2),
                                upright_assessment_get_stage (assessment, 3));
    }

  return g_string_free (text, FALSE);
}

static void
test_stages_passed (void)
{
  const struct {
    guint stages[4];
    guint passed;
  } cases[] = {
    { { 10, 10, 10, 10 }, 4 },
    { { 10, 10, 10, 3 }, 3 },
    { { 10, 10, 9, 0 }, 2 },
    { { 10, 2, 0, 0 }, 1 },
    { { 4, 0, 0, 0 }, 0 },
    /* The test stops at the first stance not held: a later one held does
     * not count. */
    { { 10, 5, 10, 0 }, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(UprightAssessment) test = make_balance ("2026-03-01T10:00:00+01:00",
                                                        cases[i].stages[0], cases[i].stages[1],
                                                        cases[i].stages[2], cases[i].stages[3]);

      g_assert_cmpuint (upright_assessment_get_stages_passed (test), ==, cases[i].passed);
    }
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(UprightJournal) journal = load_journal (fixture->file);
  g_autoptr(UprightAssessment) late = make_chair_stand ("2026-06-01T09:15:30+02:00", 13);
  g_autoptr(UprightAssessment) early = make_balance ("2026-02-01T18:00:00-05:00", 10, 10, 7, 0);
  g_autoptr(GDateTime) tug_time = parse_time ("2026-04-10T11:00:00+02:00");
  g_autoptr(UprightAssessment) tug = upright_assessment_new (UPRIGHT_ASSESSMENT_TIMED_UP_AND_GO, tug_time);
  g_autoptr(UprightAssessment) removed = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  /* A Timed Up and Go of 9.4 seconds, kept in tenths. */
  upright_assessment_set_tenths (tug, 94);
  g_assert_cmpstr (upright_assessment_kind_get_title (UPRIGHT_ASSESSMENT_TIMED_UP_AND_GO), ==, "Timed Up and Go");

  upright_journal_add_assessment (journal, late);
  upright_journal_add_assessment (journal, early);
  upright_journal_add_assessment (journal, tug);
  g_assert_true (upright_assessment_is_sealed (late));

  /* In time order, whatever order they came in. */
  before = describe_assessments (journal);
  g_assert_cmpstr (before, ==,
                   "2026-02-01T18:00:00-05 balance 10 10 7 0; 2026-04-10T11:00:00+02 tug 94; "
                   "2026-06-01T09:15:30+02 chair 13");
  g_assert_true (upright_journal_lookup_assessment (journal, upright_assessment_get_id (late)) == late);

  /* Written and read back as they were, offsets and all. */
  flush_journal (journal);
  g_assert_finalize_object (g_steal_pointer (&journal));
  journal = load_journal (fixture->file);
  after = describe_assessments (journal);
  g_assert_cmpstr (after, ==, before);

  /* Removed, and put back. */
  removed = upright_journal_remove_assessment (journal, upright_assessment_get_id (early));
  g_assert_nonnull (removed);
  g_free (after);
  after = describe_assessments (journal);
  g_assert_cmpstr (after, ==, "2026-04-10T11:00:00+02 tug 94; 2026-06-01T09:15:30+02 chair 13");
  g_assert_null (upright_journal_remove_assessment (journal, upright_assessment_get_id (early)));
  upright_journal_add_assessment (journal, removed);
  g_free (after);
  after = describe_assessments (journal);
  g_assert_cmpstr (after, ==, before);
}

static void
test_replace (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(UprightJournal) journal = load_journal (fixture->file);
  g_autoptr(GDateTime) start = parse_time ("2026-04-02T08:00:00+02:00");
  g_autoptr(UprightRecord) record = upright_record_new ("heel-raise", UPRIGHT_CATEGORY_STRENGTH, start);
  g_autoptr(UprightRecord) copy = NULL;
  UprightRecord *stored;

  upright_record_set_effort (record, 4);
  upright_record_set_pain (record, 3);
  upright_record_set_note (record, "Calf ached");
  upright_journal_add (journal, record);

  /* A copy can change while the original stays sealed. */
  copy = upright_record_copy (record);
  g_assert_false (upright_record_is_sealed (copy));
  g_assert_cmpstr (upright_record_get_id (copy), ==, upright_record_get_id (record));
  g_assert_cmpstr (upright_record_get_note (copy), ==, "Calf ached");
  upright_record_set_pain (copy, 1);
  upright_record_set_note (copy, NULL);
  g_assert_cmpuint (upright_record_get_pain (record), ==, 3);

  upright_journal_replace (journal, copy);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, 1);
  stored = upright_journal_lookup (journal, upright_record_get_id (record));
  g_assert_true (stored == copy);
  g_assert_true (upright_record_is_sealed (copy));
  g_assert_cmpuint (upright_record_get_pain (stored), ==, 1);
  g_assert_cmpuint (upright_record_get_effort (stored), ==, 4);
  g_assert_null (upright_record_get_note (stored));
  g_assert_true (g_date_time_equal (upright_record_get_start (stored), start));
}

static void
test_backup_restore (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(UprightJournal) journal = load_journal (fixture->file);
  g_autoptr(GDateTime) start = parse_time ("2026-05-05T07:30:00+02:00");
  g_autoptr(UprightRecord) record = upright_record_new ("wall-angel", UPRIGHT_CATEGORY_POSTURE, start);
  g_autoptr(UprightAssessment) test = make_chair_stand ("2026-05-06T10:00:00+02:00", 9);
  g_autoptr(GBytes) backup = NULL;
  g_autoptr(GBytes) other = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *tests = NULL;
  const char *empty = "{\"format\": \"upright-journal\", \"version\": 1, \"records\": []}";
  const char *bad[] = {
    "",
    "{\"format\": \"upright-journal\", \"version\": 1, \"records\": [1]}",
    "{\"format\": \"upright-plan\", \"version\": 1}",
    "not json",
  };

  upright_journal_add (journal, record);
  upright_journal_add_assessment (journal, test);
  backup = upright_journal_to_bytes (journal);

  /* A bad file changes nothing. */
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (bad[i], strlen (bad[i]));

      g_assert_false (upright_journal_restore (journal, bytes, &error));
      g_assert_nonnull (error);
      g_clear_error (&error);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, 1);
      g_assert_cmpuint (g_list_model_get_n_items (upright_journal_get_assessments (journal)), ==, 1);
    }

  /* An empty journal replaces everything… */
  other = g_bytes_new_static (empty, strlen (empty));
  g_assert_true (upright_journal_restore (journal, other, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (upright_journal_get_assessments (journal)), ==, 0);

  /* …and the backup brings it all back, also after saving. */
  g_assert_true (upright_journal_restore (journal, backup, &error));
  g_assert_no_error (error);
  flush_journal (journal);
  g_assert_finalize_object (g_steal_pointer (&journal));
  journal = load_journal (fixture->file);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, 1);
  g_assert_nonnull (upright_journal_lookup (journal, upright_record_get_id (record)));
  tests = describe_assessments (journal);
  g_assert_cmpstr (tests, ==, "2026-05-06T10:00:00+02 chair 9");
}

/* The published norms, as the self-test dialog shows them: age groups in
 * order, each following the one before, and the figures as published. */
static void
test_norms (void)
{
  const UprightChairStandNorm *chair;
  const UprightTimedUpAndGoNorm *tug;
  guint n;

  chair = upright_assessment_get_chair_stand_norms (&n);
  g_assert_cmpuint (n, ==, 7);
  g_assert_cmpuint (chair[0].min_age, ==, 60);
  g_assert_cmpuint (chair[0].women, ==, 12);
  g_assert_cmpuint (chair[0].men, ==, 14);
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpuint (chair[i].min_age, <, chair[i].max_age);
      g_assert_cmpuint (chair[i].women, <=, chair[i].men);
      if (i > 0)
        {
          g_assert_cmpuint (chair[i].min_age, ==, chair[i - 1].max_age + 1);
          /* Fewer stands are expected with age, never more. */
          g_assert_cmpuint (chair[i].women, <=, chair[i - 1].women);
          g_assert_cmpuint (chair[i].men, <=, chair[i - 1].men);
        }
    }

  tug = upright_assessment_get_tug_norms (&n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (tug[0].tenths, ==, 81);
  for (guint i = 1; i < n; i++)
    {
      g_assert_cmpuint (tug[i].min_age, ==, tug[i - 1].max_age + 1);
      g_assert_cmpuint (tug[i].tenths, >, tug[i - 1].tenths);
      /* Every average is under STEADI's mark for a higher risk. */
      g_assert_cmpuint (tug[i].tenths, <, UPRIGHT_ASSESSMENT_TUG_RISK_TENTHS);
    }

  /* Her age finds her row, at both its ends; ages the tables leave out
   * find none. */
  g_assert_null (upright_assessment_find_chair_stand_norm (59));
  g_assert_true (upright_assessment_find_chair_stand_norm (60) == &chair[0]);
  g_assert_true (upright_assessment_find_chair_stand_norm (64) == &chair[0]);
  g_assert_true (upright_assessment_find_chair_stand_norm (65) == &chair[1]);
  g_assert_true (upright_assessment_find_chair_stand_norm (94) == &chair[6]);
  g_assert_null (upright_assessment_find_chair_stand_norm (95));
  g_assert_null (upright_assessment_find_tug_norm (0));
  g_assert_true (upright_assessment_find_tug_norm (69) == &tug[0]);
  g_assert_true (upright_assessment_find_tug_norm (70) == &tug[1]);
  g_assert_true (upright_assessment_find_tug_norm (99) == &tug[2]);
  g_assert_null (upright_assessment_find_tug_norm (100));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/assessment/stages-passed", test_stages_passed);
  g_test_add_func ("/assessment/norms", test_norms);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/assessment/round-trip", test_round_trip);
  ADD ("/assessment/replace-record", test_replace);
  ADD ("/assessment/backup-restore", test_backup_restore);
#undef ADD

  return g_test_run ();
}
