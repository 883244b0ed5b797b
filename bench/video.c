/* video.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Measures what playing a demonstration costs: the processor time of
 * looping playback through UprightPlayer, against GStreamer decoding the
 * same file into a fakesink in the same run, and the time from opening a
 * video to its first frame.
 *
 *   video [--seconds S] [--runs N] [--demo ID] [DEMOS_DIR]
 *
 * S seconds of playback for each way of playing (10 by default), N openings
 * for the first frame (15 by default), of the demonstration ID (sit-to-stand
 * by default). The video is looked for as the exercise page looks for it, in
 * DEMOS_DIR or else UPRIGHT_DEMOS_DIR first.
 */

#include "config.h"

#include <stdlib.h>
#include <sys/resource.h>

#include <adwaita.h>
#include <gst/gst.h>

#include "bench-utils.h"
#include "core/upright-demo.h"
#include "media/upright-media.h"
#include "media/upright-player.h"
#include "media/upright-video-paintable.h"
#include "widgets/upright-video-view.h"

/* About the size of the video on the exercise page of a full-sized window. */
#define WINDOW_WIDTH 800
#define WINDOW_HEIGHT 600

/* Playback settles for this long before it is measured, so that opening the
 * file and filling the queues are not counted as playing. */
#define SETTLE_MS 1000

#define MAX_RUNS 100

/* Main loop */

static gboolean timed_out;

static gboolean
timeout_cb (gpointer user_data)
{
  timed_out = TRUE;

  return G_SOURCE_REMOVE;
}

/* Runs the main loop until *done is set, or for @ms milliseconds if @done
 * is %NULL. Returns %FALSE if it gave up waiting. */
static gboolean
run_until (const gboolean *done,
           guint           ms)
{
  guint id;

  timed_out = FALSE;
  id = g_timeout_add (ms, timeout_cb, NULL);

  while ((done == NULL || !*done) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (!timed_out)
    g_source_remove (id);

  return done == NULL || *done;
}

static double
cpu_seconds (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);

  return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 +
         usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
}

/* Playback */

typedef struct {
  const char *name;
  double      cpu_per_second;
  double      frames_per_second;
  guint64     dropped;
} Playback;

/* Measures the process's processor time over @seconds of whatever the main
 * loop and the streaming threads are doing, and how many frames
 * *@frames counted meanwhile. */
static void
measure_playback (Playback      *result,
                  guint          seconds,
                  const guint64 *frames)
{
  guint64 frames_before = *frames;
  gint64 wall_before = g_get_monotonic_time ();
  double cpu_before = cpu_seconds ();
  double wall;

  run_until (NULL, seconds * 1000);

  wall = (g_get_monotonic_time () - wall_before) / (double) G_USEC_PER_SEC;
  result->cpu_per_second = (cpu_seconds () - cpu_before) / wall;
  result->frames_per_second = (*frames - frames_before) / wall;
}

/* GStreamer alone */

static guint64 sink_frames;

static GstPadProbeReturn
count_buffer_cb (GstPad          *pad,
                 GstPadProbeInfo *info,
                 gpointer         user_data)
{
  /* Only ever touched on the one streaming thread of the sink, and read
   * once it has stopped. */
  sink_frames++;

  return GST_PAD_PROBE_OK;
}

static gboolean
floor_bus_cb (GstBus     *bus,
              GstMessage *message,
              gpointer    user_data)
{
  GstElement *pipeline = user_data;

  switch (GST_MESSAGE_TYPE (message))
    {
    case GST_MESSAGE_EOS:
      gst_element_seek_simple (pipeline, GST_FORMAT_TIME,
                               GST_SEEK_FLAG_FLUSH | GST_SEEK_FLAG_ACCURATE, 0);
      break;

    case GST_MESSAGE_ERROR:
      {
        g_autoptr(GError) error = NULL;

        gst_message_parse_error (message, &error, NULL);
        g_error ("GStreamer alone cannot play the video: %s", error->message);
      }
      break;

    default:
      break;
    }

  return G_SOURCE_CONTINUE;
}

/* Plays @uri with playbin into a fakesink that keeps time, behind
 * @video_filter if it is not %NULL, looping by seeking back at the end. */
static void
play_floor (Playback   *result,
            const char *uri,
            const char *video_filter,
            guint       seconds)
{
  g_autoptr(GstElement) pipeline = gst_element_factory_make ("playbin", NULL);
  g_autoptr(GstBus) bus = NULL;
  g_autoptr(GstPad) pad = NULL;
  GstElement *fakesink = gst_element_factory_make ("fakesink", NULL);
  GstElement *video_sink = fakesink;

  gst_object_ref_sink (pipeline);
  g_object_set (fakesink, "sync", TRUE, NULL);

  if (video_filter != NULL)
    {
      g_autoptr(GError) error = NULL;
      GstElement *filter = gst_parse_bin_from_description (video_filter, TRUE, &error);
      GstPad *sink_pad;

      if (filter == NULL)
        g_error ("Cannot make “%s”: %s", video_filter, error->message);

      video_sink = gst_bin_new (NULL);
      gst_bin_add_many (GST_BIN (video_sink), filter, fakesink, NULL);
      gst_element_link (filter, fakesink);
      sink_pad = gst_element_get_static_pad (filter, "sink");
      gst_element_add_pad (video_sink, gst_ghost_pad_new ("sink", sink_pad));
      gst_object_unref (sink_pad);
    }

  {
    GstElement *audio_sink = gst_element_factory_make ("fakesink", NULL);

    g_object_set (audio_sink, "sync", TRUE, NULL);
    g_object_set (pipeline,
                  "uri", uri,
                  "video-sink", video_sink,
                  "audio-sink", audio_sink,
                  NULL);
  }

  pad = gst_element_get_static_pad (fakesink, "sink");
  gst_pad_add_probe (pad, GST_PAD_PROBE_TYPE_BUFFER, count_buffer_cb, NULL, NULL);

  bus = gst_element_get_bus (pipeline);
  gst_bus_add_watch (bus, floor_bus_cb, pipeline);

  sink_frames = 0;
  gst_element_set_state (pipeline, GST_STATE_PLAYING);
  run_until (NULL, SETTLE_MS);
  if (sink_frames == 0)
    g_error ("GStreamer alone showed no frame in %d ms", SETTLE_MS);

  measure_playback (result, seconds, &sink_frames);
  result->dropped = 0;

  gst_element_set_state (pipeline, GST_STATE_NULL);
  gst_bus_remove_watch (bus);
}

/* UprightPlayer */

static guint64 snapshots;

/* Draws the frame as GtkPicture would, into a snapshot that is then made
 * into render nodes and thrown away: all of the paintable's own work,
 * without a renderer. */
static void
snapshot_contents_cb (GdkPaintable *paintable)
{
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), WINDOW_WIDTH, WINDOW_HEIGHT);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  snapshots++;
}

static void
after_paint_count_cb (GdkFrameClock *clock,
                      guint64       *painted)
{
  (*painted)++;
}

static void
count_shown_cb (GdkPaintable *paintable,
                guint64      *shown)
{
  *shown = upright_video_paintable_get_n_frames_shown (UPRIGHT_VIDEO_PAINTABLE (paintable));
}

static void
ready_cb (GObject    *player,
          GParamSpec *pspec,
          gboolean   *failed)
{
  if (upright_player_get_error (UPRIGHT_PLAYER (player)) != NULL)
    *failed = TRUE;
}

/* Loops @uri through an UprightPlayer. With @in_window its paintable is
 * shown by a GtkPicture in a window and drawn by GTK's renderer; otherwise
 * each new frame is only snapshotted. */
static void
play_upright (Playback   *result,
              const char *uri,
              gboolean    in_window,
              guint       seconds)
{
  g_autoptr(UprightPlayer) player = upright_player_new ();
  GdkPaintable *paintable = upright_player_get_paintable (player);
  UprightVideoPaintable *video = UPRIGHT_VIDEO_PAINTABLE (paintable);
  GtkWidget *window = NULL;
  guint64 shown = 0, dropped_before;
  guint64 painted = 0;
  gboolean failed = FALSE;

  g_signal_connect (player, "notify::error", G_CALLBACK (ready_cb), &failed);

  if (in_window)
    {
      GtkWidget *picture = gtk_picture_new_for_paintable (paintable);

      window = gtk_window_new ();
      gtk_window_set_default_size (GTK_WINDOW (window), WINDOW_WIDTH, WINDOW_HEIGHT);
      gtk_window_set_child (GTK_WINDOW (window), picture);
      gtk_window_present (GTK_WINDOW (window));
      g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                        G_CALLBACK (after_paint_count_cb), &painted);
    }
  else
    {
      g_signal_connect (paintable, "invalidate-contents", G_CALLBACK (snapshot_contents_cb), NULL);
    }

  upright_player_set_loop (player, TRUE);
  upright_player_set_uri (player, uri);
  upright_player_play (player);

  run_until (&failed, SETTLE_MS);
  if (failed || upright_video_paintable_get_n_frames_shown (video) == 0)
    g_error ("UprightPlayer showed no frame in %d ms", SETTLE_MS);

  if (!in_window)
    {
      GdkTexture *texture = upright_video_paintable_get_texture (video);

      g_print ("  video %d × %d, a frame every %.1f ms\n",
               gdk_texture_get_width (texture), gdk_texture_get_height (texture),
               upright_player_get_frame_duration (player) / 1e6);
    }

  /* A frame counts once the paintable has made a texture of it. */
  dropped_before = upright_video_paintable_get_n_frames_dropped (video);
  shown = upright_video_paintable_get_n_frames_shown (video);
  g_signal_connect (paintable, "invalidate-contents", G_CALLBACK (count_shown_cb), &shown);
  measure_playback (result, seconds, &shown);
  result->dropped = upright_video_paintable_get_n_frames_dropped (video) - dropped_before;

  if (in_window)
    g_print ("  (window painted %" G_GUINT64_FORMAT " times)\n", painted);
  else
    g_print ("  (%" G_GUINT64_FORMAT " snapshots)\n", snapshots);

  upright_player_stop (player);
  g_signal_handlers_disconnect_by_func (paintable, snapshot_contents_cb, NULL);
  g_signal_handlers_disconnect_by_func (paintable, count_shown_cb, &shown);
  if (window != NULL)
    gtk_window_destroy (GTK_WINDOW (window));
  run_until (NULL, 100);
}

/* First frame */

typedef struct {
  gint64   shown;
  gint64   painted;
  gboolean have_shown;
  gboolean have_painted;
} FirstFrame;

static void
first_contents_cb (GdkPaintable *paintable,
                   FirstFrame   *first)
{
  if (first->shown == 0 &&
      upright_video_paintable_get_n_frames_shown (UPRIGHT_VIDEO_PAINTABLE (paintable)) > 0)
    {
      first->shown = g_get_monotonic_time ();
      first->have_shown = TRUE;
    }
}

static void
first_paint_cb (GdkFrameClock *clock,
                FirstFrame    *first)
{
  if (first->shown != 0 && first->painted == 0)
    {
      first->painted = g_get_monotonic_time ();
      first->have_painted = TRUE;
    }
}

/* From upright_player_set_uri() and upright_player_play(), which is what a
 * mapped UprightVideoView does when it opens a video, to the paintable's
 * first frame. In milliseconds, or a negative number if it never came. */
static double
open_player (const char *uri)
{
  g_autoptr(UprightPlayer) player = NULL;
  FirstFrame first = { 0, };
  gint64 start;

  start = g_get_monotonic_time ();
  player = upright_player_new ();
  g_signal_connect (upright_player_get_paintable (player), "invalidate-contents",
                    G_CALLBACK (first_contents_cb), &first);
  upright_player_set_uri (player, uri);
  upright_player_play (player);

  run_until (&first.have_shown, 5000);

  g_signal_handlers_disconnect_by_data (upright_player_get_paintable (player), &first);

  return first.shown != 0 ? (first.shown - start) / 1000.0 : -1;
}

/* From making an UprightVideoView and opening the video in it, as the
 * exercise page does, to the window painting its first frame. The time the
 * paintable had the frame goes into @shown_ms. */
static double
open_view (GtkWidget  *box,
           const char *uri,
           double     *shown_ms)
{
  GtkWidget *view;
  GdkFrameClock *clock = gtk_widget_get_frame_clock (box);
  GdkPaintable *paintable;
  FirstFrame first = { 0, };
  gint64 start;

  start = g_get_monotonic_time ();
  view = upright_video_view_new ();
  paintable = upright_player_get_paintable (upright_video_view_get_player (UPRIGHT_VIDEO_VIEW (view)));
  g_signal_connect (paintable, "invalidate-contents", G_CALLBACK (first_contents_cb), &first);
  g_signal_connect (clock, "after-paint", G_CALLBACK (first_paint_cb), &first);
  upright_video_view_open (UPRIGHT_VIDEO_VIEW (view), uri);
  gtk_widget_set_vexpand (view, TRUE);
  gtk_box_append (GTK_BOX (box), view);

  run_until (&first.have_painted, 5000);

  g_signal_handlers_disconnect_by_data (paintable, &first);
  g_signal_handlers_disconnect_by_data (clock, &first);
  gtk_box_remove (GTK_BOX (box), view);
  run_until (NULL, 100);

  *shown_ms = first.shown != 0 ? (first.shown - start) / 1000.0 : -1;

  return first.painted != 0 ? (first.painted - start) / 1000.0 : -1;
}

static void
print_times (const char *what,
             double     *ms,
             guint       n)
{
  double fastest, slowest;

  for (guint i = 0; i < n; i++)
    if (ms[i] < 0)
      g_error ("%s: no first frame within 5 s", what);

  qsort (ms, n, sizeof (double), bench_compare_doubles);
  fastest = ms[0];
  slowest = ms[n - 1];
  g_print ("%-40s %10.1f %10.1f %10.1f\n", what, bench_median (ms, n), fastest, slowest);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *uri = NULL;
  g_autoptr(GError) error = NULL;
  const char *demo_id = "sit-to-stand";
  guint seconds = 10;
  guint runs = 15;
  double cold_ms;
  double player_ms[MAX_RUNS], view_ms[MAX_RUNS], view_shown_ms[MAX_RUNS];
  Playback playback[4] = {
    { .name = "GStreamer alone, fakesink" },
    { .name = "GStreamer alone, BGRA fakesink" },
    { .name = "UprightPlayer, snapshots" },
    { .name = "UprightPlayer, GtkPicture in window" },
  };

  for (int i = 1; i < argc; i++)
    {
      /* CLAMP() reads its argument more than once. */
      if (g_str_equal (argv[i], "--seconds") && i + 1 < argc)
        {
          int n = atoi (argv[++i]);
          seconds = CLAMP (n, 1, 600);
        }
      else if (g_str_equal (argv[i], "--runs") && i + 1 < argc)
        {
          int n = atoi (argv[++i]);
          runs = CLAMP (n, 1, MAX_RUNS);
        }
      else if (g_str_equal (argv[i], "--demo") && i + 1 < argc)
        demo_id = argv[++i];
      else if (argv[i][0] != '-')
        g_setenv ("UPRIGHT_DEMOS_DIR", argv[i], TRUE);
      else
        {
          g_printerr ("usage: video [--seconds S] [--runs N] [--demo ID] [DEMOS_DIR]\n");
          return EXIT_FAILURE;
        }
    }

  /* There is no sound card here, and the floor has a fakesink for sound
   * too; both keep time. */
  g_setenv ("UPRIGHT_AUDIO_SINK", "fakesink", FALSE);

  gtk_init ();
  adw_init ();

  uri = upright_demo_find_uri (demo_id);
  if (uri == NULL)
    {
      g_printerr ("No video for “%s”: build Upright, or name the folder of its demos\n", demo_id);
      return EXIT_FAILURE;
    }
  g_print ("%s\n\n", uri);

  /* The first opening in the process also starts GStreamer, which Upright
   * does lazily: that is what the first exercise page opened costs. */
  cold_ms = open_player (uri);

  if (!upright_media_ensure_init (&error))
    g_error ("GStreamer cannot start: %s", error->message);

  for (guint i = 0; i < runs; i++)
    player_ms[i] = open_player (uri);

  {
    GtkWidget *window = gtk_window_new ();
    GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
    gboolean never = FALSE;

    gtk_window_set_default_size (GTK_WINDOW (window), WINDOW_WIDTH, WINDOW_HEIGHT);
    gtk_window_set_child (GTK_WINDOW (window), box);
    gtk_window_present (GTK_WINDOW (window));
    run_until (&never, 500);

    /* One untimed opening builds the view's template and style the first
     * time, as the first exercise page would. */
    open_view (box, uri, &view_shown_ms[0]);
    for (guint i = 0; i < runs; i++)
      view_ms[i] = open_view (box, uri, &view_shown_ms[i]);

    gtk_window_destroy (GTK_WINDOW (window));
    run_until (NULL, 100);
  }

  g_print ("%-40s %10s %10s %10s\n", "first frame (ms)", "median", "fastest", "slowest");
  g_print ("%-40s %10.1f\n", "player, first in process", cold_ms);
  print_times ("player, paintable has it", player_ms, runs);
  print_times ("video view, paintable has it", view_shown_ms, runs);
  print_times ("video view, window painted it", view_ms, runs);
  g_print ("\n");

  g_print ("playing %u s of each:\n", seconds);
  play_floor (&playback[0], uri, NULL, seconds);
  play_floor (&playback[1], uri, "capsfilter caps=video/x-raw,format=BGRA", seconds);
  play_upright (&playback[2], uri, FALSE, seconds);
  play_upright (&playback[3], uri, TRUE, seconds);

  g_print ("\n%-40s %10s %10s %10s %8s\n", "playback", "CPU s/s", "frames/s", "dropped", "ratio");
  for (guint i = 0; i < G_N_ELEMENTS (playback); i++)
    g_print ("%-40s %10.3f %10.1f %10" G_GUINT64_FORMAT " %7.2fx\n",
             playback[i].name, playback[i].cpu_per_second, playback[i].frames_per_second,
             playback[i].dropped, playback[i].cpu_per_second / playback[0].cpu_per_second);

  return EXIT_SUCCESS;
}
