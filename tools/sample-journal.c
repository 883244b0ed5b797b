/* sample-journal.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Writes a journal of made-up exercise, for screenshots and for trying the
 * Progress page with months of data:
 *
 *   sample-journal OUT.json [WEEKS] [SEED]
 *
 * The weeks end with today's. Someone who starts slowly and builds up: in
 * the first weeks about one strength day and a little balance, later two or
 * three strength days, balance most days and posture nearly every day, with
 * a missed week now and then, and a self-test every six weeks. It is written
 * through UprightJournal, as the app writes it.
 */

#include "config.h"

#include "core/upright-catalog.h"
#include "core/upright-journal.h"

static const char * const strength[] = { "sit-to-stand", "heel-raise", "wall-push-up", "band-row", "step-up" };
static const char * const balance[] = { "stance-progression", "heel-to-toe-walk", "weight-shift", "sideways-walking" };
static const char * const posture[] = { "chin-tuck", "shoulder-blade-squeeze", "wall-angel" };

static void
done_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static void
wait_for (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);
}

static void
add (UprightJournal  *journal,
     UprightCatalog  *catalog,
     GRand           *rand,
     const char      *id,
     GDateTime       *day,
     int              hour)
{
  UprightExercise *exercise = upright_catalog_lookup (catalog, id);
  g_autoptr(GDateTime) start = g_date_time_add_full (day, 0, 0, 0, hour, g_rand_int_range (rand, 0, 60), 0);
  g_autoptr(UprightRecord) record = NULL;
  const UprightDose *dose;
  const UprightRegion *regions;
  guint n_regions;

  g_assert (exercise != NULL);
  dose = upright_exercise_get_dose (exercise);
  regions = upright_exercise_get_regions (exercise, &n_regions);

  record = upright_record_new (id, upright_exercise_get_category (exercise), start);
  upright_record_set_regions (record, regions, n_regions);
  upright_record_set_sets_done (record, MAX (dose->sets, 1));
  if (dose->reps > 0)
    upright_record_set_reps_done (record, dose->reps * MAX (dose->sets, 1));
  if (dose->hold_seconds > 0)
    upright_record_set_hold_seconds (record, dose->hold_seconds);
  upright_record_set_duration_seconds (record, g_rand_int_range (rand, 120, 600));
  upright_record_set_completed (record, g_rand_double (rand) > 0.1);
  upright_record_set_effort (record, g_rand_int_range (rand, 3, 9));
  upright_record_set_pain (record, g_rand_double (rand) > 0.9 ? g_rand_int_range (rand, 1, 6) : 0);
  if (g_rand_double (rand) > 0.9)
    upright_record_set_note (record, "Felt steadier today");

  upright_journal_add (journal, record);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(UprightJournal) journal = NULL;
  g_autoptr(UprightCatalog) catalog = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) today = NULL;
  g_autoptr(GRand) rand = NULL;
  g_autofree char *catalog_path = NULL;
  guint weeks;
  guint n_days;

  if (argc < 2)
    {
      g_printerr ("usage: %s OUT.json [WEEKS] [SEED]\n", argv[0]);
      return 2;
    }

  weeks = argc > 2 ? (guint) g_ascii_strtoull (argv[2], NULL, 10) : 52;
  rand = g_rand_new_with_seed (argc > 3 ? (guint32) g_ascii_strtoull (argv[3], NULL, 10) : 7);

  catalog_path = g_build_filename (SOURCE_ROOT, "resources", "catalog", "exercises.json", NULL);
  file = g_file_new_for_path (catalog_path);
  catalog = upright_catalog_new_from_file (file, &error);
  if (catalog == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_clear_object (&file);

  file = g_file_new_for_commandline_arg (argv[1]);
  g_file_delete (file, NULL, NULL);
  journal = upright_journal_new (file);
  upright_journal_load_async (journal, NULL, done_cb, &result);
  wait_for (&result);
  if (!upright_journal_load_finish (journal, result, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_clear_object (&result);

  today = g_date_time_add_full (now, 0, 0, 0, -g_date_time_get_hour (now), -g_date_time_get_minute (now),
                                -g_date_time_get_seconds (now));
  /* Up to today's weekday in the last week, as a real week in progress. */
  n_days = (weeks - 1) * 7 + (guint) g_date_time_get_day_of_week (today);

  for (guint d = 0; d < n_days; d++)
    {
      g_autoptr(GDateTime) day = g_date_time_add_days (today, -(int) (n_days - 1 - d));
      double progress = (double) d / MAX (n_days, 1);
      int weekday = g_date_time_get_day_of_week (day);
      guint week = d / 7;

      /* A missed week now and then: a cold, a holiday. */
      if (week % 9 == 5)
        continue;

      if ((weekday == 2 || weekday == 5 || (progress > 0.6 && weekday == 7)) &&
          g_rand_double (rand) < 0.45 + 0.5 * progress)
        for (guint i = 0; i < 3; i++)
          add (journal, catalog, rand, strength[g_rand_int_range (rand, 0, G_N_ELEMENTS (strength))], day, 10);

      if (g_rand_double (rand) < 0.3 + 0.6 * progress)
        for (guint i = 0; i < 2 + (progress > 0.5); i++)
          add (journal, catalog, rand, balance[g_rand_int_range (rand, 0, G_N_ELEMENTS (balance))], day, 16);

      if (g_rand_double (rand) < 0.5 + 0.45 * progress)
        add (journal, catalog, rand, posture[g_rand_int_range (rand, 0, G_N_ELEMENTS (posture))], day, 8);

      if (weekday == 6 && week % 6 == 0)
        {
          g_autoptr(GDateTime) time = g_date_time_add_hours (day, 11);
          g_autoptr(UprightAssessment) chair = upright_assessment_new (UPRIGHT_ASSESSMENT_CHAIR_STAND, time);
          g_autoptr(UprightAssessment) steady = upright_assessment_new (UPRIGHT_ASSESSMENT_FOUR_STAGE_BALANCE, time);

          upright_assessment_set_stands (chair, 8 + (guint) (6 * progress) + g_rand_int_range (rand, 0, 2));
          upright_assessment_set_stage (steady, 0, 10);
          upright_assessment_set_stage (steady, 1, 10);
          upright_assessment_set_stage (steady, 2, progress > 0.4 ? 10 : 6);
          upright_assessment_set_stage (steady, 3, progress > 0.4 ? (guint) (10 * progress) : 0);
          upright_journal_add_assessment (journal, chair);
          upright_journal_add_assessment (journal, steady);
        }
    }

  upright_journal_flush_async (journal, NULL, done_cb, &result);
  wait_for (&result);
  if (!upright_journal_flush_finish (journal, result, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  g_print ("%u records, %u self-tests\n",
           g_list_model_get_n_items (G_LIST_MODEL (journal)),
           g_list_model_get_n_items (upright_journal_get_assessments (journal)));

  return 0;
}
