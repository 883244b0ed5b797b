/* render-demo.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Renders an exercise demonstration from its pose script to a looping WebM
 * video, at build time and without a display. The script is checked first
 * (see upright_pose_script_check()): a foot or a hand through the floor or
 * a prop, feet crossing in a side step or a stick let go of fails the
 * build, with the time and the part that went wrong.
 *
 *   render-demo SCRIPT.json OUT.webm            render the whole loop
 *   render-demo --check SCRIPT.json             only check the script
 *   render-demo --frame T SCRIPT.json OUT.png   one frame at T seconds
 *   render-demo --sheet N SCRIPT.json OUT.png   N frames spread over the loop
 *   --captions                                  draw the caption cues too
 *
 * The pose script's format is described in src/core/upright-pose-script.c.
 */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <gst/app/gstappsrc.h>
#include <gst/gst.h>
#include <math.h>

#include "draw/upright-draw.h"

/* 16:9, as the exercise page shows it. */
#define WIDTH 1280
#define HEIGHT 720
#define FPS 30

static cairo_surface_t *
new_frame_surface (int width,
                   int height)
{
  return cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
}

static gboolean
write_png (cairo_surface_t *surface,
           const char      *path,
           GError         **error)
{
  cairo_status_t status = cairo_surface_write_to_png (surface, path);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: %s", path, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

static gboolean
render_png (UprightPoseScript *script,
            double             t,
            gboolean           captions,
            const char        *path,
            GError           **error)
{
  cairo_surface_t *surface = new_frame_surface (WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  gboolean ok;

  upright_draw_frame (cr, script, t, WIDTH, HEIGHT, captions);
  cairo_destroy (cr);
  ok = write_png (surface, path, error);
  cairo_surface_destroy (surface);
  return ok;
}

/* A grid of frames spread over the loop, for checking a script by eye. */
static gboolean
render_sheet (UprightPoseScript *script,
              guint              count,
              gboolean           captions,
              const char        *path,
              GError           **error)
{
  const int w = WIDTH / 2, h = HEIGHT / 2;
  guint columns = count <= 4 ? count : (count + 1) / 2;
  guint rows = (count + columns - 1) / columns;
  cairo_surface_t *sheet = cairo_image_surface_create (CAIRO_FORMAT_RGB24, columns * w, rows * h);
  cairo_t *sheet_cr = cairo_create (sheet);
  double duration = upright_pose_script_get_duration (script);
  gboolean ok;

  for (guint i = 0; i < count; i++)
    {
      double t = duration * i / count;
      char label[32];

      cairo_save (sheet_cr);
      cairo_translate (sheet_cr, (i % columns) * (double) w, (i / columns) * (double) h);
      cairo_rectangle (sheet_cr, 0, 0, w, h);
      cairo_clip (sheet_cr);
      upright_draw_frame (sheet_cr, script, t, w, h, captions);
      g_snprintf (label, sizeof label, "%.1f s", t);
      cairo_select_font_face (sheet_cr, "Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD);
      cairo_set_font_size (sheet_cr, 18);
      cairo_move_to (sheet_cr, 10, 24);
      cairo_set_source_rgb (sheet_cr, 0.1, 0.1, 0.1);
      cairo_show_text (sheet_cr, label);
      cairo_rectangle (sheet_cr, 0, 0, w, h);
      cairo_set_source_rgb (sheet_cr, 0.3, 0.3, 0.3);
      cairo_set_line_width (sheet_cr, 2);
      cairo_stroke (sheet_cr);
      cairo_restore (sheet_cr);
    }
  cairo_destroy (sheet_cr);
  ok = write_png (sheet, path, error);
  cairo_surface_destroy (sheet);
  return ok;
}

/* Encoding */

/* Cairo's RGB24 pixels are native-endian words, so their bytes in memory
 * depend on the machine. */
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
#define CAIRO_RGB24_FORMAT "BGRx"
#else
#define CAIRO_RGB24_FORMAT "xRGB"
#endif

static gboolean
render_video (UprightPoseScript *script,
              gboolean           captions,
              const char        *path,
              GError           **error)
{
  g_autoptr(GstElement) pipeline = NULL;
  g_autoptr(GstElement) source = NULL;
  g_autoptr(GstElement) sink = NULL;
  g_autoptr(GstBus) bus = NULL;
  g_autoptr(GstMessage) message = NULL;
  g_autofree char *partial = g_strconcat (path, ".part", NULL);
  guint frames = (guint) lround (upright_pose_script_get_duration (script) * FPS);
  cairo_surface_t *surface;
  gboolean ok = TRUE;

  /* VP8 in real-time mode at its fastest setting, on one thread per video
   * (the build renders two videos at a time on two cores), skipping blocks
   * that do not change and with one keyframe per loop, encodes a 10-second
   * loop at 1280×720 in about 3 seconds of one core; with two threads and a
   * keyframe every two seconds it took six times as long. The loop starts
   * on its keyframe, so playing it round again needs no seeking back. */
  pipeline = gst_parse_launch ("appsrc name=source format=time block=true max-bytes=16000000 "
                               "caps=video/x-raw,format=" CAIRO_RGB24_FORMAT ",width=1280,height=720,"
                               "framerate=30/1,pixel-aspect-ratio=1/1 "
                               "! videoconvert ! video/x-raw,format=I420 "
                               "! vp8enc deadline=1 cpu-used=16 threads=1 static-threshold=100 target-bitrate=600000 keyframe-max-dist=300 "
                               "! webmmux ! filesink name=sink",
                               error);
  if (pipeline == NULL)
    return FALSE;
  source = gst_bin_get_by_name (GST_BIN (pipeline), "source");
  sink = gst_bin_get_by_name (GST_BIN (pipeline), "sink");
  g_object_set (sink, "location", partial, NULL);
  bus = gst_element_get_bus (pipeline);

  if (gst_element_set_state (pipeline, GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE)
    ok = FALSE;

  surface = new_frame_surface (WIDTH, HEIGHT);
  for (guint i = 0; ok && i < frames; i++)
    {
      cairo_t *cr = cairo_create (surface);
      GstClockTime start = gst_util_uint64_scale (i, GST_SECOND, FPS);
      GstClockTime end = gst_util_uint64_scale (i + 1, GST_SECOND, FPS);
      GstBuffer *buffer;

      upright_draw_frame (cr, script, (double) i / FPS, WIDTH, HEIGHT, captions);
      cairo_destroy (cr);
      cairo_surface_flush (surface);

      g_assert (cairo_image_surface_get_stride (surface) == WIDTH * 4);
      buffer = gst_buffer_new_memdup (cairo_image_surface_get_data (surface), WIDTH * HEIGHT * 4);
      GST_BUFFER_PTS (buffer) = start;
      GST_BUFFER_DURATION (buffer) = end - start;
      if (gst_app_src_push_buffer (GST_APP_SRC (source), buffer) != GST_FLOW_OK)
        ok = FALSE;
    }
  cairo_surface_destroy (surface);
  gst_app_src_end_of_stream (GST_APP_SRC (source));

  message = gst_bus_timed_pop_filtered (bus, GST_CLOCK_TIME_NONE, GST_MESSAGE_EOS | GST_MESSAGE_ERROR);
  if (GST_MESSAGE_TYPE (message) == GST_MESSAGE_ERROR)
    {
      g_autoptr(GError) gst_error = NULL;

      gst_message_parse_error (message, &gst_error, NULL);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: encoding failed: %s", path, gst_error->message);
      ok = FALSE;
    }
  else if (!ok)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: encoding failed", path);
    }
  gst_element_set_state (pipeline, GST_STATE_NULL);

  /* Only a finished file takes the output's name, so an interrupted build
   * never leaves a truncated video that looks up to date. */
  if (ok && g_rename (partial, path) != 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), "%s: %s", path, g_strerror (saved));
      ok = FALSE;
    }
  if (!ok)
    g_unlink (partial);
  return ok;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("SCRIPT.json [OUT]");
  g_autoptr(GError) error = NULL;
  g_autoptr(UprightPoseScript) script = NULL;
  g_autoptr(GFile) file = NULL;
  gboolean check = FALSE, captions = FALSE;
  double frame_time = -1;
  int sheet = 0;
  const GOptionEntry entries[] = {
    { "check", 0, 0, G_OPTION_ARG_NONE, &check, "Only check the script", NULL },
    { "frame", 0, 0, G_OPTION_ARG_DOUBLE, &frame_time, "Write the frame at T seconds as PNG", "T" },
    { "sheet", 0, 0, G_OPTION_ARG_INT, &sheet, "Write N frames over the loop as one PNG", "N" },
    { "captions", 0, 0, G_OPTION_ARG_NONE, &captions, "Draw the caption cues", NULL },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_set_summary (context, "Checks and renders an exercise demonstration from its pose script.");
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("render-demo: %s\n", error->message);
      return 2;
    }
  if (argc != (check ? 2 : 3) || sheet < 0 || sheet > 16)
    {
      g_printerr ("usage: render-demo [--check] [--frame T | --sheet N] [--captions] SCRIPT.json [OUT]\n");
      return 2;
    }

  file = g_file_new_for_commandline_arg (argv[1]);
  script = upright_pose_script_new_from_file (file, &error);
  if (script == NULL || !upright_pose_script_check (script, &error))
    {
      g_printerr ("render-demo: %s: %s\n", argv[1], error->message);
      return 1;
    }
  if (check)
    return 0;

  if (frame_time >= 0)
    {
      if (!render_png (script, frame_time, captions, argv[2], &error))
        goto failed;
      return 0;
    }
  if (sheet > 0)
    {
      if (!render_sheet (script, sheet, captions, argv[2], &error))
        goto failed;
      return 0;
    }

  gst_init (&argc, &argv);
  if (!render_video (script, captions, argv[2], &error))
    goto failed;
  return 0;

failed:
  g_printerr ("render-demo: %s\n", error->message);
  return 1;
}
