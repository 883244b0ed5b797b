/* memory.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Measures the peak resident memory of the real app with an empty journal
 * and with journals of 10,000 and 100,000 realistic records, each in a
 * private data folder: the app starts, reads the journal, shows the
 * Progress page, and reports its peak once that page has been painted.
 *
 *   memory [--runs N]    N starts with each journal (5 by default), medians
 *   memory --child N     one start, expecting N records (used by the above)
 *   memory --write N DIR one journal of N records in the data folder DIR
 *
 * Linux keeps a process's peak across exec(), so the parent stays small:
 * the records are made in a process of their own.
 */

#include "config.h"

#include <stdlib.h>
#include <sys/resource.h>

#include "bench-records.h"
#include "bench-utils.h"
#include "upright-application.h"

static const guint sizes[] = { 0, 10000, 100000 };

/* The child */

typedef struct {
  UprightApplication *app;
  UprightWindow      *window;
  guint               expected;
  guint               frames_after_load;
  gint64              start;
} Child;

static void
report (Child *child)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  g_print ("%ld %.1f\n", usage.ru_maxrss, (g_get_monotonic_time () - child->start) / 1000.0);
  g_application_quit (G_APPLICATION (child->app));
}

static void
after_paint_cb (GdkFrameClock *clock,
                Child         *child)
{
  UprightWindowModels models;

  upright_application_get_models (child->app, &models);
  if (!upright_journal_is_loaded (models.journal))
    return;

  if (g_list_model_get_n_items (G_LIST_MODEL (models.journal)) != child->expected)
    g_error ("The journal has %u records, not %u",
             g_list_model_get_n_items (G_LIST_MODEL (models.journal)), child->expected);

  /* The Progress page adds up the journal when it is shown; a frame later
   * it has been drawn with the figures. */
  if (child->frames_after_load++ == 0)
    upright_window_set_visible_page (child->window, "progress");
  else if (child->frames_after_load == 3)
    report (child);

  gtk_widget_queue_draw (GTK_WIDGET (child->window));
}

static void
window_realize_cb (GtkWidget *window,
                   Child     *child)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (after_paint_cb), child);
}

static void
window_added_cb (GtkApplication *app,
                 GtkWindow      *window,
                 Child          *child)
{
  if (!UPRIGHT_IS_WINDOW (window) || child->window != NULL)
    return;

  child->window = UPRIGHT_WINDOW (window);
  g_signal_connect (window, "realize", G_CALLBACK (window_realize_cb), child);
}

static int
run_child (guint expected)
{
  g_autoptr(UprightApplication) app = upright_application_new ();
  Child child = { app, NULL, expected, 0, g_get_monotonic_time () };

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "window-added", G_CALLBACK (window_added_cb), &child);

  return g_application_run (G_APPLICATION (app), 0, NULL);
}

/* The parent */

static gboolean
measure (const char *self,
         const char *home,
         guint       n,
         double     *rss_mib,
         double     *ms)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *expected = g_strdup_printf ("%u", n);
  g_autofree char *config = g_build_filename (home, "config", NULL);
  g_auto(GStrv) env = g_get_environ ();
  const char *argv[] = { self, "--child", expected, NULL };
  long rss_kb;
  int status;

  env = g_environ_setenv (env, "XDG_DATA_HOME", home, TRUE);
  env = g_environ_setenv (env, "XDG_CONFIG_HOME", config, TRUE);

  if (!g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL,
                     &out, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    {
      g_printerr ("%u records: %s\n", n, error->message);
      return FALSE;
    }

  if (sscanf (out, "%ld %lf", &rss_kb, ms) != 2)
    return FALSE;
  *rss_mib = rss_kb / 1024.0;

  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  char *homes[G_N_ELEMENTS (sizes)];
  double file_mib[G_N_ELEMENTS (sizes)];
  double rss[G_N_ELEMENTS (sizes)][100], ms[G_N_ELEMENTS (sizes)][100];
  double rss_median[G_N_ELEMENTS (sizes)];
  guint runs = 5;

  if (argc == 3 && g_str_equal (argv[1], "--child"))
    return run_child ((guint) atoi (argv[2]));

  if (argc == 4 && g_str_equal (argv[1], "--write"))
    return bench_write_journal ((guint) atoi (argv[2]), argv[3]);

  if (argc == 3 && g_str_equal (argv[1], "--runs"))
    runs = CLAMP (atoi (argv[2]), 1, 100);

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    homes[s] = bench_make_data_home (argv[0], sizes[s], &file_mib[s]);

  /* One untimed start warms the caches; then the sizes take turns, so that
   * anything else the machine does hits them alike. */
  if (!measure (argv[0], homes[0], sizes[0], &rss[0][0], &ms[0][0]))
    return EXIT_FAILURE;
  for (guint i = 0; i < runs; i++)
    for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
      if (!measure (argv[0], homes[s], sizes[s], &rss[s][i], &ms[s][i]))
        return EXIT_FAILURE;

  g_print ("%10s %12s %20s %22s %22s\n",
           "records", "file (MiB)", "peak RSS (MiB)", "over empty (MiB)", "over empty / file");
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(GFile) home = g_file_new_for_path (homes[s]);

      rss_median[s] = bench_median (rss[s], runs);
      g_print ("%10u %12.1f %20.1f %22.1f", sizes[s], file_mib[s], rss_median[s],
               rss_median[s] - rss_median[0]);
      if (file_mib[s] > 0)
        g_print (" %21.2fx", (rss_median[s] - rss_median[0]) / file_mib[s]);
      g_print ("   (shown after %.0f ms)\n", bench_median (ms[s], runs));

      bench_remove_tree (home);
      g_free (homes[s]);
    }
  g_print ("goal: at most the empty journal's figure plus twice the file (%u runs each, medians)\n", runs);

  return EXIT_SUCCESS;
}
