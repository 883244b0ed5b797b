/* bench-records.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Made-up but realistic journals for the benchmarks. */

#include "config.h"

#include <stdlib.h>

#include <glib/gstdio.h>

#include "bench-records.h"
#include "core/upright-journal.h"

/* Notes as people write them: short, in several languages, and some with
 * the commas, quotes and line breaks that files have to cope with. */
static const char * const notes[] = {
  "Felt steady today.",
  "Knee a bit stiff at first, fine after the first set.",
  "Used the kitchen counter for balance",
  "Tired, stopped early",
  "Physio said: \"keep the back straight\", so I went slower.",
  "Heute ohne Stütze geschafft!",
  "Me dolió un poco la muñeca, pero bien.",
  "Slept badly.\nStill did it, slowly.",
  "Easier with the new band ✓",
};

/* The catalogue has no impact exercises yet; records keep the exercise id
 * and category they were made with, so a journal can hold these anyway. */
static const char * const impact_exercises[] = { "heel-drop", "stamp" };

GPtrArray *
bench_load_catalog_exercises (void)
{
  g_autoptr(UprightCatalog) catalog = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *exercises = g_ptr_array_new_with_free_func (g_object_unref);
  guint n;

  catalog = upright_catalog_new_from_resource (RESOURCE_PREFIX "/catalog/exercises.json", &error);
  if (catalog == NULL)
    g_error ("Could not load the catalogue: %s", error->message);

  n = g_list_model_get_n_items (G_LIST_MODEL (catalog));
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (exercises, g_list_model_get_item (G_LIST_MODEL (catalog), i));

  return exercises;
}

/* The UTC offset of a Central European day, with a trip to New York in
 * October of every third year. */
static GTimeZone *
zone_for_day (GDate *date)
{
  GDateMonth month = g_date_get_month (date);

  if (g_date_get_year (date) % 3 == 0 && month == G_DATE_OCTOBER && g_date_get_day (date) <= 10)
    return g_time_zone_new_offset (-4 * 3600);

  if (month >= G_DATE_APRIL && month <= G_DATE_OCTOBER)
    return g_time_zone_new_offset (2 * 3600);

  return g_time_zone_new_offset (3600);
}

static UprightRecord *
make_record (GRand     *rand,
             GPtrArray *exercises,
             GDateTime *start,
             guint     *seconds)
{
  g_autoptr(UprightRecord) record = NULL;
  guint pick = g_rand_int_range (rand, 0, exercises->len + G_N_ELEMENTS (impact_exercises));

  if (pick < exercises->len)
    {
      UprightExercise *exercise = g_ptr_array_index (exercises, pick);
      const UprightDose *dose = upright_exercise_get_dose (exercise);
      const UprightRegion *regions;
      guint n_regions;

      record = upright_record_new (upright_exercise_get_id (exercise),
                                   upright_exercise_get_category (exercise), start);
      regions = upright_exercise_get_regions (exercise, &n_regions);
      upright_record_set_regions (record, regions, n_regions);
      upright_record_set_sets_done (record, dose->sets);
      upright_record_set_reps_done (record, dose->reps);
      upright_record_set_hold_seconds (record, dose->hold_seconds);
    }
  else
    {
      const UprightRegion hip[] = { UPRIGHT_REGION_HIP };

      record = upright_record_new (impact_exercises[pick - exercises->len],
                                   UPRIGHT_CATEGORY_IMPACT, start);
      upright_record_set_regions (record, hip, G_N_ELEMENTS (hip));
      upright_record_set_sets_done (record, 2);
      upright_record_set_reps_done (record, 10);
    }

  *seconds = g_rand_int_range (rand, 60, 600);
  upright_record_set_duration_seconds (record, *seconds);
  upright_record_set_completed (record, g_rand_int_range (rand, 0, 10) > 0);
  upright_record_set_effort (record, g_rand_int_range (rand, 2, 9));
  upright_record_set_pain (record, g_rand_int_range (rand, 0, 8) == 0 ? g_rand_int_range (rand, 1, 5) : 0);
  if (g_rand_int_range (rand, 0, 5) == 0)
    upright_record_set_note (record, notes[g_rand_int_range (rand, 0, G_N_ELEMENTS (notes))]);

  return g_steal_pointer (&record);
}

/* @n records as someone who exercises six days a week would make them: a
 * morning session of three to eight exercises one after another, going back
 * day by day from the end of 2026. The same @n always gives the same
 * records but for their random ids. */
GPtrArray *
bench_make_records (GPtrArray *exercises,
                    guint      n)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (n);
  g_autoptr(GDate) date = g_date_new_dmy (31, G_DATE_DECEMBER, 2026);
  GPtrArray *records = g_ptr_array_new_full (n, g_object_unref);

  while (records->len < n)
    {
      g_autoptr(GTimeZone) zone = NULL;
      g_autoptr(GDateTime) start = NULL;
      guint n_today;

      g_date_subtract_days (date, 1);
      if (g_date_get_weekday (date) == G_DATE_SUNDAY)
        continue;

      zone = zone_for_day (date);
      start = g_date_time_new (zone, g_date_get_year (date), g_date_get_month (date),
                               g_date_get_day (date), g_rand_int_range (rand, 7, 10),
                               g_rand_int_range (rand, 0, 60), 0);

      n_today = g_rand_int_range (rand, 3, 9);
      for (guint i = 0; i < n_today && records->len < n; i++)
        {
          GDateTime *next;
          guint seconds;

          g_ptr_array_add (records, make_record (rand, exercises, start, &seconds));
          next = g_date_time_add_seconds (start, seconds + 30);
          g_date_time_unref (start);
          start = next;
        }
    }

  return records;
}

static void
store_result_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* Writes @n records into the journal in the data folder @home. */
int
bench_write_journal (guint       n,
                     const char *home)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (home, "upright", "journal.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(UprightJournal) journal = upright_journal_new (file);
  g_autoptr(GPtrArray) exercises = bench_load_catalog_exercises ();
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GAsyncResult) result = NULL;

  upright_journal_load_async (journal, NULL, store_result_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  if (!upright_journal_load_finish (journal, result, &error))
    g_error ("%s", error->message);

  records = bench_make_records (exercises, n);
  for (guint i = 0; i < records->len; i++)
    upright_journal_add (journal, g_ptr_array_index (records, i));
  if (!upright_journal_close (journal, &error))
    g_error ("%s", error->message);

  return EXIT_SUCCESS;
}

/* Makes a data folder, to be XDG_DATA_HOME, with a journal of @n records
 * (none at all for 0), and returns it. */
char *
bench_make_data_home (const char *self,
                      guint       n,
                      double     *file_mib)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *home = g_dir_make_tmp ("upright-bench-XXXXXX", &error);
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *count = g_strdup_printf ("%u", n);
  const char *argv[] = { self, "--write", count, NULL, NULL };
  int status;
  GStatBuf buf;

  if (home == NULL)
    g_error ("%s", error->message);

  dir = g_build_filename (home, "upright", NULL);
  g_mkdir_with_parents (dir, 0700);
  *file_mib = 0;
  if (n == 0)
    return g_steal_pointer (&home);

  argv[3] = home;
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                     NULL, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("Could not write the journal: %s", error->message);

  path = g_build_filename (dir, "journal.json", NULL);
  if (g_stat (path, &buf) != 0)
    g_error ("The journal was not written");
  *file_mib = buf.st_size / (1024.0 * 1024.0);

  return g_steal_pointer (&home);
}

void
bench_remove_tree (GFile *file)
{
  g_autoptr(GFileEnumerator) children = NULL;
  GFileInfo *info;

  children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  while (children != NULL && (info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      g_autoptr(GFile) child = g_file_get_child (file, g_file_info_get_name (info));

      if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
        bench_remove_tree (child);
      else
        g_file_delete (child, NULL, NULL);
      g_object_unref (info);
    }

  g_file_delete (file, NULL, NULL);
}
