/* startup.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Measures the time from process start to the main window's first painted
 * frame, and the peak resident memory, for Upright with an empty journal,
 * for Upright with a journal of 10,000 records, and for a minimal
 * AdwApplicationWindow started by the same program in the same run.
 *
 *   startup [--runs N]        take turns, print medians and the ratios
 *   startup --child KIND      one measurement (used by the above)
 *   startup --write N DIR     one journal of N records in the data folder DIR
 *
 * Each start has a data folder of its own, made before the first: Linux
 * keeps a process's peak memory across exec(), so the parent stays small
 * and the records are made in a process of their own.
 */

#include "config.h"

#include <stdlib.h>
#include <sys/resource.h>

#include "bench-records.h"
#include "bench-utils.h"
#include "upright-application.h"

static gint64 start_time;
static gboolean reported;

static void
report_first_frame (GtkWidget *window)
{
  struct rusage usage;
  gint64 now = g_get_monotonic_time ();

  if (reported)
    return;
  reported = TRUE;

  getrusage (RUSAGE_SELF, &usage);
  g_print ("%.3f %ld\n", (now - start_time) / 1000.0, usage.ru_maxrss);

  g_application_quit (g_application_get_default ());
}

static void
after_paint_cb (GdkFrameClock *clock,
                GtkWidget     *window)
{
  report_first_frame (window);
}

static void
window_realize_cb (GtkWidget *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_signal_connect_object (clock, "after-paint", G_CALLBACK (after_paint_cb), window, 0);
}

static void
window_added_cb (GtkApplication *app,
                 GtkWindow      *window)
{
  g_signal_connect (window, "realize", G_CALLBACK (window_realize_cb), NULL);
}

static void
minimal_activate_cb (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 720);
  gtk_window_present (GTK_WINDOW (window));
}

static int
run_child (const char *kind)
{
  g_autoptr(GApplication) app = NULL;
  const char *t0 = g_getenv ("UPRIGHT_BENCH_T0");

  /* The parent notes the time just before it starts this process. */
  start_time = t0 != NULL ? g_ascii_strtoll (t0, NULL, 10) : g_get_monotonic_time ();

  if (g_str_equal (kind, "upright"))
    {
      g_autoptr(GSettings) settings = g_settings_new (APP_ID);

      /* Someone who has used Upright before: the welcome, shown once at
       * the very first start, is not part of the everyday start. */
      g_settings_set_boolean (settings, "welcome-done", TRUE);
      app = G_APPLICATION (upright_application_new ());
    }
  else if (g_str_equal (kind, "minimal"))
    {
      app = G_APPLICATION (adw_application_new ("io.github.upright.Upright.Bench", 0));
      g_signal_connect (app, "activate", G_CALLBACK (minimal_activate_cb), NULL);
    }
  else
    {
      g_printerr ("Unknown kind “%s”\n", kind);
      return EXIT_FAILURE;
    }

  g_application_set_flags (app, G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "window-added", G_CALLBACK (window_added_cb), NULL);

  return g_application_run (app, 0, NULL);
}

static gboolean
measure (const char *self,
         const char *kind,
         const char *home,
         double     *ms,
         long       *rss_kb)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *t0 = NULL;
  g_auto(GStrv) env = g_get_environ ();
  const char *argv[] = { self, "--child", kind, NULL };
  int status;

  t0 = g_strdup_printf ("%" G_GINT64_FORMAT, g_get_monotonic_time ());
  env = g_environ_setenv (env, "XDG_DATA_HOME", home, TRUE);
  env = g_environ_setenv (env, "UPRIGHT_BENCH_T0", t0, TRUE);

  if (!g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL,
                     &out, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    {
      g_printerr ("%s: %s\n", kind, error->message);
      return FALSE;
    }

  return sscanf (out, "%lf %ld", ms, rss_kb) == 2;
}

int
main (int   argc,
      char *argv[])
{
  /* What each start runs, and with how many records in its journal. */
  const struct {
    const char *name;
    const char *kind;
    guint       records;
  } starts[] = {
    { "minimal", "minimal", 0 },
    { "upright", "upright", 0 },
    { "upright, 10,000 records", "upright", 10000 },
  };
  enum { N_STARTS = G_N_ELEMENTS (starts) };
  char *homes[N_STARTS];
  guint runs = 15;
  double ms[N_STARTS][100], rss[N_STARTS][100];
  double result_ms[N_STARTS], result_rss[N_STARTS];

  if (argc == 3 && g_str_equal (argv[1], "--child"))
    return run_child (argv[2]);

  if (argc == 4 && g_str_equal (argv[1], "--write"))
    return bench_write_journal ((guint) atoi (argv[2]), argv[3]);

  if (argc == 3 && g_str_equal (argv[1], "--runs"))
    runs = CLAMP (atoi (argv[2]), 1, 100);

  for (guint k = 0; k < N_STARTS; k++)
    {
      double file_mib;

      homes[k] = bench_make_data_home (argv[0], starts[k].records, &file_mib);
    }

  /* One untimed start of each warms the disk cache and the GStreamer and
   * font caches, as on a machine where the app has been used before. */
  for (guint k = 0; k < N_STARTS; k++)
    {
      double m;
      long r;

      if (!measure (argv[0], starts[k].kind, homes[k], &m, &r))
        return EXIT_FAILURE;
    }

  /* Take turns, so that anything else the machine does hits all alike. */
  for (guint i = 0; i < runs; i++)
    for (guint k = 0; k < N_STARTS; k++)
      {
        long r;

        if (!measure (argv[0], starts[k].kind, homes[k], &ms[k][i], &r))
          return EXIT_FAILURE;
        rss[k][i] = r / 1024.0;
      }

  g_print ("%-24s %18s %14s %16s %8s %8s\n", "window", "first frame (ms)", "fastest (ms)",
           "peak RSS (MiB)", "time", "memory");
  for (guint k = 0; k < N_STARTS; k++)
    {
      g_autoptr(GFile) home = g_file_new_for_path (homes[k]);
      double fastest = ms[k][0];

      for (guint i = 1; i < runs; i++)
        fastest = MIN (fastest, ms[k][i]);
      result_ms[k] = bench_median (ms[k], runs);
      result_rss[k] = bench_median (rss[k], runs);
      g_print ("%-24s %18.1f %14.1f %16.1f %7.2fx %7.2fx\n", starts[k].name, result_ms[k], fastest,
               result_rss[k], result_ms[k] / result_ms[0], result_rss[k] / result_rss[0]);

      bench_remove_tree (home);
      g_free (homes[k]);
    }

  g_print ("goal: first frame at most 1.2x and peak RSS at most 1.1x the minimal window "
           "(%u runs each, medians)\n", runs);

  return EXIT_SUCCESS;
}
