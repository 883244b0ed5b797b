/* journal.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Measures how long UprightJournal takes to save and to load journals of
 * 10,000 and 100,000 realistic records, in a temporary folder, and whether
 * the time grows in proportion to the number of records.
 *
 *   journal [--runs N]   N timed saves and loads of each size (9 by default)
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "bench-records.h"
#include "bench-utils.h"
#include "core/upright-catalog.h"
#include "core/upright-journal.h"
#include "core/upright-stats.h"
#include "core/upright-store.h"
#include "draw/upright-chart.h"

static const guint sizes[] = { 10000, 100000 };

static void
store_result_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static void
wait_for_result (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);
}

/* Reads the journal's file and returns the wall-clock milliseconds from the
 * call to the callback. */
static double
load (UprightJournal *journal)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  gint64 end;

  upright_journal_load_async (journal, NULL, store_result_cb, &result);
  wait_for_result (&result);
  end = g_get_monotonic_time ();

  if (!upright_journal_load_finish (journal, result, &error))
    g_error ("Could not load the journal: %s", error->message);
  if (upright_journal_get_recovered_file (journal) != NULL)
    g_error ("The journal could not be read back");

  return (end - start) / 1000.0;
}

/* Writes every change now and returns the wall-clock milliseconds until it
 * is on disk. */
static double
flush (UprightJournal *journal)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  gint64 end;

  upright_journal_flush_async (journal, NULL, store_result_cb, &result);
  wait_for_result (&result);
  end = g_get_monotonic_time ();

  if (!upright_journal_flush_finish (journal, result, &error))
    g_error ("Could not save the journal: %s", error->message);

  return (end - start) / 1000.0;
}

typedef struct {
  guint  n_records;
  double file_mib;
  double save_ms;
  double load_ms;
  double load_fastest_ms;
} Result;

static void
remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      g_remove (child);
    }

  g_rmdir (path);
}

static void
measure (GPtrArray *exercises,
         guint      n,
         guint      runs,
         Result    *result)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = bench_make_records (exercises, n);
  g_autoptr(UprightJournal) journal = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree double *save_ms = g_new (double, runs);
  g_autofree double *load_ms = g_new (double, runs);
  GStatBuf buf;

  dir = g_dir_make_tmp ("upright-bench-XXXXXX", &error);
  if (dir == NULL)
    g_error ("%s", error->message);
  path = g_build_filename (dir, "journal.json", NULL);
  file = g_file_new_for_path (path);

  /* A missing file reads as an empty journal, which then takes the records
   * and writes them once untimed, so that every timed save replaces a file
   * and keeps a backup of it, as in daily use. */
  journal = upright_journal_new (file);
  load (journal);
  for (guint i = 0; i < records->len; i++)
    upright_journal_add (journal, g_ptr_array_index (records, i));
  flush (journal);

  /* Each save follows a change, as it would in the app: taking a record
   * out and putting it back leaves the same records to write. */
  for (guint i = 0; i < runs; i++)
    {
      const char *id = upright_record_get_id (g_ptr_array_index (records, i));
      g_autoptr(UprightRecord) removed = upright_journal_remove (journal, id);

      upright_journal_insert (journal, removed);
      save_ms[i] = flush (journal);
    }
  g_clear_object (&journal);

  if (g_stat (path, &buf) != 0)
    g_error ("The journal was not written");

  for (guint i = 0; i < runs; i++)
    {
      g_autoptr(UprightJournal) loaded = upright_journal_new (file);

      load_ms[i] = load (loaded);
      if (g_list_model_get_n_items (G_LIST_MODEL (loaded)) != n)
        g_error ("%u records were saved, %u loaded", n,
                 g_list_model_get_n_items (G_LIST_MODEL (loaded)));
    }

  remove_dir (dir);

  result->n_records = n;
  result->file_mib = buf.st_size / (1024.0 * 1024.0);
  result->save_ms = bench_median (save_ms, runs);
  /* Sorted by the median: the fastest is the time when nothing else on the
   * machine got in the way. */
  result->load_ms = bench_median (load_ms, runs);
  result->load_fastest_ms = load_ms[0];
}

/* Chart frame at ten years of data: what the Progress page does to draw
 * its year chart over ten years of records (about 17,000 from
 * bench_make_records()) in an UprightJournal: add the records up into the
 * chart's weeks and count the streak of weeks that met the goals, with
 * UprightStats, then draw the chart of the last 52 weeks with the code the
 * widget draws with, into an image the size of the chart on screen. Median
 * of many frames. The adding up is measured both as the page did it before
 * (the weeks, then the streak, each reading the whole journal) and as it
 * does now, in one pass back from today. */
static void
measure_chart_frame (UprightJournal     *journal,
                     const UprightGoals *goals,
                     const char         *what)
{
  const UprightChartStyle style = {
    { 0.2, 0.2, 0.2, 1 }, { 0.11, 0.44, 0.85, 1 }, { 0.15, 0.64, 0.41, 1 }, { 0.78, 0.27, 0, 1 }, FALSE,
  };
  const guint frames = 50;
  g_autofree double *before_ms = g_new (double, frames);
  g_autofree double *stats_ms = g_new (double, frames);
  g_autofree double *draw_ms = g_new (double, frames);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 820, 220);
  cairo_t *cr = cairo_create (surface);
  PangoContext *context = pango_cairo_create_context (cr);
  GDate today, first;
  guint streak = 0;
  guint streak_before = 0;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 30, G_DATE_DECEMBER, 2026);
  upright_stats_week_start (&today, &first);
  g_date_subtract_days (&first, 7 * 51);

  for (guint i = 0; i < frames; i++)
    {
      g_autoptr(GArray) weeks = NULL;
      g_autoptr(GArray) weeks_before = NULL;
      gint64 start = g_get_monotonic_time ();

      weeks_before = upright_stats_weeks (G_LIST_MODEL (journal), &first, 52);
      streak_before = upright_stats_streak (G_LIST_MODEL (journal), goals, &today);
      before_ms[i] = (g_get_monotonic_time () - start) / 1000.0;

      start = g_get_monotonic_time ();
      weeks = upright_stats_recent_weeks (G_LIST_MODEL (journal), goals, &today, 52, &streak);
      stats_ms[i] = (g_get_monotonic_time () - start) / 1000.0;

      if (streak != streak_before ||
          memcmp (weeks->data, weeks_before->data, sizeof (UprightWeek) * weeks->len) != 0)
        g_error ("Adding up in one pass gives other weeks than before");

      start = g_get_monotonic_time ();
      cairo_save (cr);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      cairo_restore (cr);
      upright_chart_draw_weeks (cr, context, &style, UPRIGHT_CHART_BALANCE, weeks, 120, &today, 820, 220);
      cairo_surface_flush (surface);
      draw_ms[i] = (g_get_monotonic_time () - start) / 1000.0;
    }

  g_print ("chart frame at 10 years of data (%u records, 52 weeks), %s, a streak of %u weeks: "
           "adding up %.2f ms (as before, weeks and streak each reading all records: %.2f ms), "
           "drawing %.2f ms, together %.2f ms (medians of %u frames)\n",
           g_list_model_get_n_items (G_LIST_MODEL (journal)), what, streak,
           bench_median (stats_ms, frames), bench_median (before_ms, frames),
           bench_median (draw_ms, frames), bench_median (stats_ms, frames) + bench_median (draw_ms, frames),
           frames);

  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
measure_chart_frame_ten_years (GPtrArray *exercises)
{
  /* The goals a new user has; and one that every week of the ten years
   * meets, so that the streak reaches back through all of them. */
  const UprightGoals new_user = { 2, 120, 7, 0 };
  const UprightGoals always_met = { 1, 0, 0, 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = bench_make_records (exercises, 17000);
  g_autoptr(UprightJournal) journal = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;

  /* A journal whose file is not written while this runs. */
  dir = g_dir_make_tmp ("upright-bench-XXXXXX", &error);
  if (dir == NULL)
    g_error ("%s", error->message);
  path = g_build_filename (dir, "journal.json", NULL);
  file = g_file_new_for_path (path);
  journal = upright_journal_new (file);
  load (journal);
  upright_store_set_save_delay (upright_journal_get_store (journal), G_MAXUINT);
  for (guint i = 0; i < records->len; i++)
    upright_journal_add (journal, g_ptr_array_index (records, i));

  measure_chart_frame (journal, &new_user, "a new user's goals");
  measure_chart_frame (journal, &always_met, "a goal met every week");

  g_clear_object (&journal);
  remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) exercises = NULL;
  Result results[G_N_ELEMENTS (sizes)];
  guint runs = 9;

  if (argc == 3 && g_str_equal (argv[1], "--runs"))
    runs = CLAMP (atoi (argv[2]), 1, 100);

  exercises = bench_load_catalog_exercises ();

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    measure (exercises, sizes[i], runs, &results[i]);

  g_print ("%10s %12s %18s %18s %18s %20s\n",
           "records", "file (MiB)", "save median (ms)", "load median (ms)", "load fastest (ms)",
           "load per 1,000 (ms)");
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    g_print ("%10u %12.1f %18.1f %18.1f %18.1f %20.2f\n",
             results[i].n_records, results[i].file_mib, results[i].save_ms, results[i].load_ms,
             results[i].load_fastest_ms, results[i].load_ms * 1000 / results[i].n_records);

  g_print ("growth from %u to %u records (%.0fx): save %.1fx, load %.1fx (%u runs each, medians)\n",
           sizes[0], sizes[1], (double) sizes[1] / sizes[0],
           results[1].save_ms / results[0].save_ms, results[1].load_ms / results[0].load_ms, runs);

  measure_chart_frame_ten_years (exercises);

  return EXIT_SUCCESS;
}
