/* test-player.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gst/gst.h>

#include "media/upright-media.h"
#include "media/upright-player-private.h"
#include "media/upright-video-paintable.h"

/* Every test plays real files through real pipelines. The clips are made
 * at the start in a temporary folder: small VP8 WebM files from
 * videotestsrc, so that no binary fixture has to be kept in the tree.
 */

#define WIDTH 320
#define HEIGHT 240
#define FPS 30
#define FRAME_NS (GST_SECOND / FPS)

/* Generous for a loaded machine; a clip normally opens in milliseconds. */
#define TIMEOUT_MS 10000

typedef struct {
  char *dir;
  /* 1 s of colour bars, which differ from left to right. */
  char *bars_uri;
  /* 2 s of a moving ball, so that every frame is different. */
  char *ball_uri;
  /* Colour bars with pixels twice as wide as they are high. */
  char *wide_pixels_uri;
  char *truncated_uri;
  char *empty_uri;
  char *text_uri;
  char *missing_uri;
} Clips;

static Clips clips;

/* Rendering needs GTK, and GTK needs a display; without one the tests
 * that look at pixels are skipped.
 */
static gboolean have_display;

static void
make_clip (const char *basename,
           const char *source,
           char      **uri)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GstElement) pipeline = NULL;
  g_autoptr(GstBus) bus = NULL;
  g_autoptr(GstMessage) message = NULL;
  g_autofree char *path = g_build_filename (clips.dir, basename, NULL);
  g_autofree char *description = NULL;

  description = g_strdup_printf ("%s ! vp8enc deadline=1 ! webmmux ! filesink location=\"%s\"",
                                 source, path);
  pipeline = gst_parse_launch (description, &error);
  g_assert_no_error (error);

  g_assert_cmpint (gst_element_set_state (pipeline, GST_STATE_PLAYING), !=, GST_STATE_CHANGE_FAILURE);
  bus = gst_element_get_bus (pipeline);
  message = gst_bus_timed_pop_filtered (bus, 30 * GST_SECOND, GST_MESSAGE_EOS | GST_MESSAGE_ERROR);
  g_assert_nonnull (message);
  g_assert_cmpint (GST_MESSAGE_TYPE (message), ==, GST_MESSAGE_EOS);
  gst_element_set_state (pipeline, GST_STATE_NULL);

  *uri = g_filename_to_uri (path, NULL, &error);
  g_assert_no_error (error);
}

static void
write_file (const char *basename,
            const char *contents,
            gsize       length,
            char      **uri)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (clips.dir, basename, NULL);

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);

  *uri = g_filename_to_uri (path, NULL, &error);
  g_assert_no_error (error);
}

static void
make_clips (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *bars_path = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *missing_path = NULL;
  gsize length;
  const char *text = "These are an exercise's notes, not a video.\n";

  clips.dir = g_dir_make_tmp ("upright-player-XXXXXX", &error);
  g_assert_no_error (error);

  make_clip ("bars.webm",
             "videotestsrc num-buffers=30 pattern=smpte ! "
             "video/x-raw,width=320,height=240,framerate=30/1",
             &clips.bars_uri);
  make_clip ("ball.webm",
             "videotestsrc num-buffers=60 pattern=ball ! "
             "video/x-raw,width=320,height=240,framerate=30/1",
             &clips.ball_uri);
  make_clip ("wide-pixels.webm",
             "videotestsrc num-buffers=5 pattern=smpte ! "
             "video/x-raw,width=320,height=240,framerate=30/1,pixel-aspect-ratio=2/1",
             &clips.wide_pixels_uri);

  /* The start of a real clip: the header promises more than is there. */
  bars_path = g_filename_from_uri (clips.bars_uri, NULL, &error);
  g_assert_no_error (error);
  g_file_get_contents (bars_path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 400);
  write_file ("truncated.webm", contents, 300, &clips.truncated_uri);

  write_file ("empty.webm", "", 0, &clips.empty_uri);
  write_file ("notes.webm", text, strlen (text), &clips.text_uri);

  missing_path = g_build_filename (clips.dir, "missing.webm", NULL);
  clips.missing_uri = g_filename_to_uri (missing_path, NULL, &error);
  g_assert_no_error (error);
}

static void
remove_clips (void)
{
  const char *basenames[] = {
    "bars.webm", "ball.webm", "wide-pixels.webm", "truncated.webm", "empty.webm", "notes.webm",
  };

  for (guint i = 0; i < G_N_ELEMENTS (basenames); i++)
    {
      g_autofree char *path = g_build_filename (clips.dir, basenames[i], NULL);

      g_unlink (path);
    }
  g_rmdir (clips.dir);

  g_free (clips.dir);
  g_free (clips.bars_uri);
  g_free (clips.ball_uri);
  g_free (clips.wide_pixels_uri);
  g_free (clips.truncated_uri);
  g_free (clips.empty_uri);
  g_free (clips.text_uri);
  g_free (clips.missing_uri);
}

/* Waiting */

typedef gboolean (*Condition) (UprightPlayer *player);

static void
wait_for (UprightPlayer *player,
          Condition      condition,
          const char    *what)
{
  gint64 deadline = g_get_monotonic_time () + TIMEOUT_MS * G_TIME_SPAN_MILLISECOND;

  while (!condition (player))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("Timed out waiting until %s", what);
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
}

/* Runs the main loop for @ms milliseconds. */
static void
run_for (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < end)
    {
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
}

static guint64
n_frames_shown (UprightPlayer *player)
{
  return upright_video_paintable_get_n_frames_shown (UPRIGHT_VIDEO_PAINTABLE (upright_player_get_paintable (player)));
}

static guint64 frames_wanted;

static gboolean
has_new_frame (UprightPlayer *player)
{
  return n_frames_shown (player) >= frames_wanted;
}

/* Waits until a frame after the one on show has come. */
static void
wait_for_next_frame (UprightPlayer *player,
                     const char    *what)
{
  frames_wanted = n_frames_shown (player) + 1;
  wait_for (player, has_new_frame, what);
}

/* Runs what is due on the main loop, without waiting for anything. */
static void
drain (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gboolean
shows_a_frame (UprightPlayer *player)
{
  return n_frames_shown (player) > 0;
}

static gboolean
has_failed (UprightPlayer *player)
{
  return upright_player_get_error (player) != NULL;
}

static gboolean
is_ready (UprightPlayer *player)
{
  /* The first frame is there and the player knows the clip's length. */
  return shows_a_frame (player) && upright_player_get_duration (player) > 0;
}

/* Opens @uri and waits for its first frame. */
static UprightPlayer *
open_clip (const char *uri,
           gboolean    loop)
{
  UprightPlayer *player = upright_player_new ();

  upright_player_set_loop (player, loop);
  upright_player_set_uri (player, uri);
  wait_for (player, is_ready, "the clip opens");
  g_assert_no_error ((GError *) upright_player_get_error (player));
  g_assert_cmpint (upright_player_get_state (player), ==, UPRIGHT_PLAYER_PAUSED);

  return player;
}

/* Pixels */

typedef struct {
  guchar r, g, b;
} Colour;

static GdkTexture *
render (GdkPaintable *paintable)
{
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GskRenderer) renderer = gsk_cairo_renderer_new ();
  g_autoptr(GError) error = NULL;
  GdkTexture *texture;
  int width = gdk_paintable_get_intrinsic_width (paintable);
  int height = gdk_paintable_get_intrinsic_height (paintable);

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);

  g_assert_true (gsk_renderer_realize (renderer, NULL, &error));
  g_assert_no_error (error);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gsk_renderer_unrealize (renderer);

  g_assert_nonnull (texture);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, width);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, height);

  return texture;
}

static guchar *
download (GdkTexture *texture)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  guchar *pixels = g_malloc ((gsize) width * height * 4);

  /* In the order of GDK_MEMORY_DEFAULT, cairo's: B, G, R, A on a
   * little-endian machine.
   */
  gdk_texture_download (texture, pixels, (gsize) width * 4);

  return pixels;
}

static Colour
pixel_at (GdkTexture *texture,
          int         x,
          int         y)
{
  g_autofree guchar *pixels = download (texture);
  guint32 value;
  Colour colour;

  memcpy (&value, pixels + ((gsize) y * gdk_texture_get_width (texture) + x) * 4, sizeof value);
  colour.r = (value >> 16) & 0xff;
  colour.g = (value >> 8) & 0xff;
  colour.b = value & 0xff;

  return colour;
}

/* The leftmost of the colour bars is a light grey. */
static gboolean
is_grey (Colour colour)
{
  return colour.r > 140 && colour.g > 140 && colour.b > 140 &&
         ABS (colour.r - colour.b) < 40 && ABS (colour.r - colour.g) < 40;
}

/* The rightmost is blue. */
static gboolean
is_blue (Colour colour)
{
  return colour.b > 140 && colour.r < 80 && colour.g < 80;
}

static gboolean
same_pixels (GdkTexture *a,
             GdkTexture *b)
{
  g_autofree guchar *pixels_a = download (a);
  g_autofree guchar *pixels_b = download (b);

  g_assert_cmpint (gdk_texture_get_width (a), ==, gdk_texture_get_width (b));
  g_assert_cmpint (gdk_texture_get_height (a), ==, gdk_texture_get_height (b));

  return memcmp (pixels_a, pixels_b, (gsize) gdk_texture_get_width (a) * gdk_texture_get_height (a) * 4) == 0;
}

/* Tests */

static void
count_cb (gpointer  object,
          guint    *count)
{
  (*count)++;
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static gboolean
is_wide (UprightPlayer *player)
{
  return gdk_paintable_get_intrinsic_width (upright_player_get_paintable (player)) == 2 * WIDTH;
}

static void
test_player_size (void)
{
  g_autoptr(UprightPlayer) player = NULL;
  GdkPaintable *paintable;
  guint size_changes = 0;

  player = open_clip (clips.bars_uri, TRUE);
  paintable = upright_player_get_paintable (player);
  g_assert_true (UPRIGHT_IS_VIDEO_PAINTABLE (paintable));

  g_assert_cmpint (gdk_paintable_get_intrinsic_width (paintable), ==, WIDTH);
  g_assert_cmpint (gdk_paintable_get_intrinsic_height (paintable), ==, HEIGHT);
  g_assert_cmpfloat_with_epsilon (gdk_paintable_get_intrinsic_aspect_ratio (paintable),
                                  (double) WIDTH / HEIGHT, 0.001);
  g_assert_nonnull (upright_video_paintable_get_texture (UPRIGHT_VIDEO_PAINTABLE (paintable)));

  g_assert_cmpstr (upright_player_get_uri (player), ==, clips.bars_uri);
  /* WebM keeps times in milliseconds. */
  g_assert_cmpint (ABS (upright_player_get_duration (player) - GST_SECOND), <=, 2 * GST_MSECOND);
  g_assert_cmpint (ABS (upright_player_get_frame_duration (player) - (gint64) FRAME_NS), <=, 1);
  g_assert_cmpint (upright_player_get_position (player), >=, 0);
  g_assert_cmpint (upright_player_get_position (player), <, FRAME_NS);

  /* The same frame size with wide pixels makes a picture twice as wide. */
  g_signal_connect (paintable, "invalidate-size", G_CALLBACK (count_cb), &size_changes);
  upright_player_set_uri (player, clips.wide_pixels_uri);
  wait_for (player, is_wide, "the picture is twice as wide");
  g_assert_cmpint (gdk_paintable_get_intrinsic_height (paintable), ==, HEIGHT);
  g_assert_cmpfloat_with_epsilon (gdk_paintable_get_intrinsic_aspect_ratio (paintable),
                                  2.0 * WIDTH / HEIGHT, 0.001);
  g_assert_cmpuint (size_changes, >=, 1);

  /* Closing forgets the picture. */
  upright_player_set_uri (player, NULL);
  g_assert_null (upright_player_get_uri (player));
  g_assert_cmpint (upright_player_get_state (player), ==, UPRIGHT_PLAYER_STOPPED);
  g_assert_cmpint (gdk_paintable_get_intrinsic_width (paintable), ==, 0);
  g_assert_null (upright_video_paintable_get_texture (UPRIGHT_VIDEO_PAINTABLE (paintable)));
  g_assert_cmpint (upright_player_get_duration (player), ==, -1);
  g_assert_cmpint (upright_player_get_position (player), ==, -1);

  g_signal_handlers_disconnect_by_data (paintable, &size_changes);
  g_assert_finalize_object (g_steal_pointer (&player));
}

static gboolean
has_moved (UprightPlayer *player)
{
  return upright_player_get_position (player) > 0;
}

static void
test_player_rate (void)
{
  g_autoptr(UprightPlayer) player = open_clip (clips.ball_uri, FALSE);
  gint64 start_position, end_position, start_time, end_time;
  double speed;

  upright_player_set_rate (player, 0.5);
  g_assert_cmpfloat (upright_player_get_rate (player), ==, 0.5);
  upright_player_play (player);
  g_assert_cmpint (upright_player_get_state (player), ==, UPRIGHT_PLAYER_PLAYING);

  wait_for (player, has_moved, "the clip plays");
  start_time = g_get_monotonic_time ();
  start_position = upright_player_get_position (player);

  run_for (1000);

  end_time = g_get_monotonic_time ();
  end_position = upright_player_get_position (player);

  speed = (double) (end_position - start_position) / ((end_time - start_time) * 1000.0);
  g_test_message ("Played at %.2f times normal speed", speed);
  g_assert_cmpfloat (speed, >, 0.35);
  g_assert_cmpfloat (speed, <, 0.65);

  g_assert_finalize_object (g_steal_pointer (&player));
}

static void
test_player_mirror (void)
{
  g_autoptr(UprightPlayer) player = open_clip (clips.bars_uri, TRUE);
  GdkPaintable *paintable = upright_player_get_paintable (player);
  UprightVideoPaintable *video = UPRIGHT_VIDEO_PAINTABLE (paintable);
  g_autoptr(GdkTexture) plain = NULL;
  g_autoptr(GdkTexture) mirrored = NULL;
  g_autoptr(GdkPaintable) image = NULL;
  guint redraws = 0;
  guint notifies = 0;
  int y = HEIGHT / 4;

  if (!have_display)
    {
      g_test_skip ("Rendering needs a display");
      return;
    }

  g_assert_false (upright_video_paintable_get_mirror (video));
  plain = render (paintable);
  g_assert_true (is_grey (pixel_at (plain, 8, y)));
  g_assert_true (is_blue (pixel_at (plain, WIDTH - 8, y)));

  g_signal_connect (paintable, "invalidate-contents", G_CALLBACK (count_cb), &redraws);
  g_signal_connect (paintable, "notify::mirror", G_CALLBACK (count_notify_cb), &notifies);
  g_object_set (paintable, "mirror", TRUE, NULL);
  g_object_set (paintable, "mirror", TRUE, NULL);
  g_assert_true (upright_video_paintable_get_mirror (video));
  g_assert_cmpuint (redraws, ==, 1);
  g_assert_cmpuint (notifies, ==, 1);

  mirrored = render (paintable);
  g_assert_true (is_blue (pixel_at (mirrored, 8, y)));
  g_assert_true (is_grey (pixel_at (mirrored, WIDTH - 8, y)));

  /* The still image of the current frame is mirrored too. */
  image = gdk_paintable_get_current_image (paintable);
  {
    g_autoptr(GdkTexture) still = render (image);

    g_assert_true (is_blue (pixel_at (still, 8, y)));
  }

  /* Mirroring is drawn, never applied to the frame itself. */
  g_assert_true (is_grey (pixel_at (upright_video_paintable_get_texture (video), 8, y)));

  upright_video_paintable_set_mirror (video, FALSE);
  g_clear_object (&mirrored);
  mirrored = render (paintable);
  g_assert_true (same_pixels (plain, mirrored));

  g_signal_handlers_disconnect_by_data (paintable, &redraws);
  g_signal_handlers_disconnect_by_data (paintable, &notifies);
  g_assert_finalize_object (g_steal_pointer (&player));
}

typedef struct {
  guint  looped;
  guint  eos;
  gint64 highest;
  gboolean wrapped;
} Ends;

static void
looped_cb (UprightPlayer *player,
           Ends          *ends)
{
  ends->looped++;
}

static void
eos_cb (UprightPlayer *player,
        Ends          *ends)
{
  ends->eos++;
}

static void
position_cb (UprightPlayer *player,
             GParamSpec    *pspec,
             Ends          *ends)
{
  gint64 position = upright_player_get_position (player);

  if (position < 0)
    return;

  /* Back near the start after being near the end. */
  if (ends->highest > GST_SECOND / 2 && position < GST_SECOND / 2)
    ends->wrapped = TRUE;
  ends->highest = MAX (ends->highest, position);
}

static Ends *current_ends;

static gboolean
looped_twice (UprightPlayer *player)
{
  return current_ends->looped >= 2 && current_ends->wrapped;
}

static gboolean
ended (UprightPlayer *player)
{
  return current_ends->eos > 0;
}

static void
test_player_loop (void)
{
  g_autoptr(UprightPlayer) player = open_clip (clips.bars_uri, TRUE);
  Ends ends = { 0, };

  g_assert_true (upright_player_get_loop (player));
  current_ends = &ends;
  g_signal_connect (player, "looped", G_CALLBACK (looped_cb), &ends);
  g_signal_connect (player, "eos", G_CALLBACK (eos_cb), &ends);
  g_signal_connect (player, "notify::position", G_CALLBACK (position_cb), &ends);

  /* Twice the normal speed keeps the test short. */
  upright_player_set_rate (player, 2.0);
  upright_player_play (player);
  wait_for (player, looped_twice, "the clip loops twice");
  g_assert_cmpuint (ends.eos, ==, 0);
  g_assert_cmpint (upright_player_get_state (player), ==, UPRIGHT_PLAYER_PLAYING);

  /* Frames keep coming after the loops. */
  wait_for_next_frame (player, "frames keep coming after the loops");

  /* Without looping it plays to the end, pauses there and says so. */
  upright_player_set_loop (player, FALSE);
  ends.looped = 0;
  wait_for (player, ended, "the clip ends");
  g_assert_cmpuint (ends.eos, ==, 1);
  g_assert_cmpuint (ends.looped, ==, 0);
  g_assert_cmpint (upright_player_get_state (player), ==, UPRIGHT_PLAYER_PAUSED);
  g_assert_no_error ((GError *) upright_player_get_error (player));

  current_ends = NULL;
  g_signal_handlers_disconnect_by_data (player, &ends);
  g_assert_finalize_object (g_steal_pointer (&player));
}

static void
test_player_no_loop (void)
{
  g_autoptr(UprightPlayer) player = open_clip (clips.bars_uri, FALSE);
  Ends ends = { 0, };

  current_ends = &ends;
  g_signal_connect (player, "looped", G_CALLBACK (looped_cb), &ends);
  g_signal_connect (player, "eos", G_CALLBACK (eos_cb), &ends);

  upright_player_set_rate (player, 2.0);
  upright_player_play (player);
  wait_for (player, ended, "the clip ends");
  g_assert_cmpuint (ends.looped, ==, 0);
  g_assert_cmpint (upright_player_get_state (player), ==, UPRIGHT_PLAYER_PAUSED);
  g_assert_cmpint (upright_player_get_position (player), >, GST_SECOND / 2);

  /* Playing again starts from the beginning. */
  ends.eos = 0;
  upright_player_play (player);
  wait_for (player, ended, "the clip ends again");
  g_assert_cmpuint (ends.looped, ==, 0);

  current_ends = NULL;
  g_signal_handlers_disconnect_by_data (player, &ends);
  g_assert_finalize_object (g_steal_pointer (&player));
}

static GdkTexture *
step (UprightPlayer *player,
      int            frames)
{
  UprightVideoPaintable *video = UPRIGHT_VIDEO_PAINTABLE (upright_player_get_paintable (player));

  frames_wanted = n_frames_shown (player) + 1;
  upright_player_step (player, frames);
  wait_for (player, has_new_frame, "a step shows another frame");
  /* Let a frame that is still on its way arrive too. */
  wait_for (player, upright_player_is_settled, "the step is done");
  drain ();
  g_assert_cmpint (upright_player_get_state (player), ==, UPRIGHT_PLAYER_PAUSED);

  return g_object_ref (upright_video_paintable_get_texture (video));
}

static void
test_player_step (void)
{
  g_autoptr(UprightPlayer) player = open_clip (clips.ball_uri, TRUE);
  UprightVideoPaintable *video = UPRIGHT_VIDEO_PAINTABLE (upright_player_get_paintable (player));
  g_autoptr(GdkTexture) first = g_object_ref (upright_video_paintable_get_texture (video));
  g_autoptr(GdkTexture) second = NULL;
  g_autoptr(GdkTexture) third = NULL;
  g_autoptr(GdkTexture) back = NULL;
  gint64 frame = upright_player_get_frame_duration (player);
  gint64 start, position;

  /* Opening a looping clip seeks to its start to set up the loop; wait
   * for that to settle.
   */
  wait_for (player, upright_player_is_settled, "the loop is set up");
  start = upright_player_get_position (player);
  g_assert_cmpint (start, >=, 0);

  second = step (player, 1);
  position = upright_player_get_position (player);
  g_test_message ("Stepped from %" G_GINT64_FORMAT " to %" G_GINT64_FORMAT, start, position);
  g_assert_cmpint (ABS (position - start - frame), <=, 2 * GST_MSECOND);
  g_assert_false (same_pixels (first, second));

  third = step (player, 1);
  position = upright_player_get_position (player);
  g_assert_cmpint (ABS (position - start - 2 * frame), <=, 2 * GST_MSECOND);
  g_assert_false (same_pixels (second, third));

  /* Back one frame is the second frame again, exactly. */
  back = step (player, -1);
  position = upright_player_get_position (player);
  g_test_message ("Stepped back to %" G_GINT64_FORMAT, position);
  g_assert_cmpint (ABS (position - start - frame), <=, 2 * GST_MSECOND);
  g_assert_true (same_pixels (second, back));

  /* Stepping while playing pauses first. */
  upright_player_play (player);
  wait_for_next_frame (player, "it plays");
  g_clear_object (&third);
  third = step (player, 1);

  g_assert_finalize_object (g_steal_pointer (&player));
}

typedef struct {
  const char         *name;
  char              **uri;
  UprightPlayerError  code;
  /* Whether the player learns at once that it cannot play the file. A
   * truncated file sometimes makes GStreamer lose the error and wait,
   * and the player gives up only after a few seconds of silence.
   */
  gboolean            quick;
} BadFile;

/* Paused just as a pass of the loop ends, while the next pass is being
 * asked for: nothing must wait for the paused picture, and playing again
 * goes on. */
static void
pause_on_loop_cb (UprightPlayer *player,
                  gboolean      *paused)
{
  if (!*paused)
    upright_player_pause (player);
  *paused = TRUE;
}

static gboolean paused_on_loop;

static gboolean
has_paused_on_loop (UprightPlayer *player)
{
  return paused_on_loop;
}

static void
test_player_pause_at_loop (void)
{
  g_autoptr(UprightPlayer) player = open_clip (clips.bars_uri, TRUE);

  g_signal_connect (player, "looped", G_CALLBACK (pause_on_loop_cb), &paused_on_loop);
  upright_player_set_rate (player, 2.0);

  for (guint round = 0; round < 6; round++)
    {
      paused_on_loop = FALSE;
      upright_player_play (player);
      wait_for (player, has_paused_on_loop, "a pass of the loop to end");
      g_assert_cmpint (upright_player_get_state (player), ==, UPRIGHT_PLAYER_PAUSED);
      /* Until the pause is done, with the frames that were already on
       * their way backed up behind it. */
      wait_for (player, upright_player_is_settled, "the pause is done");
      drain ();

      paused_on_loop = TRUE;
      upright_player_play (player);
      g_assert_cmpint (upright_player_get_state (player), ==, UPRIGHT_PLAYER_PLAYING);
      frames_wanted = n_frames_shown (player) + 5;
      wait_for (player, has_new_frame, "frames to come again after the pause");
    }

  g_assert_no_error ((GError *) upright_player_get_error (player));
  g_signal_handlers_disconnect_by_data (player, &paused_on_loop);
  g_assert_finalize_object (g_steal_pointer (&player));
}

static void
test_player_bad_files (void)
{
  const BadFile bad_files[] = {
    { "missing", &clips.missing_uri, UPRIGHT_PLAYER_ERROR_NOT_FOUND, TRUE },
    { "empty", &clips.empty_uri, UPRIGHT_PLAYER_ERROR_NOT_A_VIDEO, TRUE },
    { "text", &clips.text_uri, UPRIGHT_PLAYER_ERROR_NOT_A_VIDEO, TRUE },
    { "truncated", &clips.truncated_uri, UPRIGHT_PLAYER_ERROR_NOT_A_VIDEO, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autoptr(UprightPlayer) player = upright_player_new ();
      GdkPaintable *paintable = upright_player_get_paintable (player);
      const GError *error;
      guint error_notifies = 0;

      g_test_message ("Opening the %s file", bad_files[i].name);
      g_signal_connect (player, "notify::error", G_CALLBACK (count_notify_cb), &error_notifies);

      upright_player_set_uri (player, *bad_files[i].uri);
      wait_for (player, has_failed, "the player gives up");
      /* Whatever else the pipeline had to say changes nothing. */
      wait_for (player, upright_player_is_settled, "the pipeline has said all it had to");
      drain ();

      error = upright_player_get_error (player);
      g_test_message ("It says: %s", error->message);
      g_assert_error ((GError *) error, UPRIGHT_PLAYER_ERROR, bad_files[i].code);
      g_assert_cmpuint (error_notifies, ==, 1);
      g_assert_cmpint (upright_player_get_state (player), ==, UPRIGHT_PLAYER_STOPPED);
      g_assert_cmpint (upright_player_get_position (player), ==, -1);
      g_assert_cmpint (gdk_paintable_get_intrinsic_width (paintable), ==, 0);

      /* The error property holds the same error. */
      {
        g_autoptr(GError) property = NULL;

        g_object_get (player, "error", &property, NULL);
        g_assert_error (property, UPRIGHT_PLAYER_ERROR, bad_files[i].code);
      }

      /* Pressing play tries again, and fails the same way. */
      if (bad_files[i].quick)
        {
          upright_player_play (player);
          wait_for (player, has_failed, "the player gives up again");
          g_assert_error ((GError *) upright_player_get_error (player),
                          UPRIGHT_PLAYER_ERROR, bad_files[i].code);
          g_assert_cmpint (upright_player_get_state (player), ==, UPRIGHT_PLAYER_STOPPED);
        }

      /* A good file afterwards plays, and the error goes. */
      upright_player_set_uri (player, clips.bars_uri);
      g_assert_null (upright_player_get_error (player));
      wait_for (player, is_ready, "a good clip opens after a bad one");
      g_assert_cmpint (upright_player_get_state (player), ==, UPRIGHT_PLAYER_PAUSED);

      g_signal_handlers_disconnect_by_data (player, &error_notifies);
      g_assert_finalize_object (g_steal_pointer (&player));
    }
}

/* Hides every VP8 decoder from autoplugging, or shows them again. */
static void
set_vp8_decoders_hidden (gboolean  hidden,
                         GList   **decoders)
{
  if (hidden)
    {
      g_autoptr(GstCaps) caps = gst_caps_new_empty_simple ("video/x-vp8");
      GList *all = gst_element_factory_list_get_elements (GST_ELEMENT_FACTORY_TYPE_DECODER,
                                                          GST_RANK_MARGINAL);

      *decoders = gst_element_factory_list_filter (all, caps, GST_PAD_SINK, FALSE);
      gst_plugin_feature_list_free (all);
      g_assert_nonnull (*decoders);
    }

  for (GList *l = *decoders; l != NULL; l = l->next)
    {
      GstPluginFeature *feature = l->data;

      if (hidden)
        g_object_set_data (G_OBJECT (feature), "upright-test-rank",
                           GUINT_TO_POINTER (gst_plugin_feature_get_rank (feature)));
      gst_plugin_feature_set_rank (feature, hidden ? GST_RANK_NONE
                                                   : GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (feature),
                                                                                          "upright-test-rank")));
    }

  if (!hidden)
    g_clear_pointer (decoders, gst_plugin_feature_list_free);
}

static void
test_player_missing_codec (void)
{
  g_autoptr(UprightPlayer) player = upright_player_new ();
  GList *decoders = NULL;
  const GError *error;

  /* The clip is fine, but there is nothing to decode it with. */
  set_vp8_decoders_hidden (TRUE, &decoders);
  upright_player_set_uri (player, clips.bars_uri);
  wait_for (player, has_failed, "the player gives up");
  set_vp8_decoders_hidden (FALSE, &decoders);

  error = upright_player_get_error (player);
  g_test_message ("It says: %s", error->message);
  g_assert_error ((GError *) error, UPRIGHT_PLAYER_ERROR, UPRIGHT_PLAYER_ERROR_MISSING_CODEC);
  /* GStreamer's own description of what is missing. */
  g_assert_nonnull (strstr (error->message, "VP8"));
  g_assert_cmpint (upright_player_get_state (player), ==, UPRIGHT_PLAYER_STOPPED);

  g_assert_finalize_object (g_steal_pointer (&player));
}

static void
test_player_properties (void)
{
  g_autoptr(UprightPlayer) player = upright_player_new ();
  g_autoptr(GdkPaintable) paintable = NULL;
  UprightPlayerState state;
  gboolean loop, muted;
  double rate;
  gint64 position, duration;
  guint muted_notifies = 0;

  g_object_get (player,
                "state", &state,
                "loop", &loop,
                "muted", &muted,
                "rate", &rate,
                "position", &position,
                "duration", &duration,
                "paintable", &paintable,
                NULL);
  g_assert_cmpint (state, ==, UPRIGHT_PLAYER_STOPPED);
  g_assert_true (loop);
  g_assert_true (muted);
  g_assert_cmpfloat (rate, ==, 1.0);
  g_assert_cmpint (position, ==, -1);
  g_assert_cmpint (duration, ==, -1);
  g_assert_true (paintable == upright_player_get_paintable (player));
  g_assert_null (upright_player_get_error (player));
  g_assert_cmpint (upright_player_get_frame_duration (player), ==, -1);

  g_signal_connect (player, "notify::muted", G_CALLBACK (count_notify_cb), &muted_notifies);
  upright_player_set_muted (player, FALSE);
  upright_player_set_muted (player, FALSE);
  g_assert_false (upright_player_get_muted (player));
  g_assert_cmpuint (muted_notifies, ==, 1);

  /* Nothing to play: these do nothing, and nothing goes wrong. */
  upright_player_play (player);
  upright_player_pause (player);
  upright_player_step (player, 1);
  upright_player_restart (player);
  upright_player_stop (player);
  g_assert_cmpint (upright_player_get_state (player), ==, UPRIGHT_PLAYER_STOPPED);
  g_assert_null (upright_player_get_error (player));

  g_signal_handlers_disconnect_by_data (player, &muted_notifies);
  g_clear_object (&paintable);
  g_assert_finalize_object (g_steal_pointer (&player));
}

static void
test_player_stop (void)
{
  g_autoptr(UprightPlayer) player = open_clip (clips.ball_uri, TRUE);

  upright_player_play (player);
  wait_for (player, has_moved, "the clip plays");

  upright_player_stop (player);
  g_assert_cmpint (upright_player_get_state (player), ==, UPRIGHT_PLAYER_STOPPED);
  g_assert_cmpint (upright_player_get_position (player), ==, -1);
  g_assert_null (upright_video_paintable_get_texture (UPRIGHT_VIDEO_PAINTABLE (upright_player_get_paintable (player))));

  /* The clip stays open, and plays again from the start. */
  g_assert_cmpstr (upright_player_get_uri (player), ==, clips.ball_uri);
  upright_player_play (player);
  g_assert_cmpint (upright_player_get_state (player), ==, UPRIGHT_PLAYER_PLAYING);
  wait_for (player, shows_a_frame, "the clip plays again");
  wait_for (player, has_moved, "the clip moves again");

  g_assert_finalize_object (g_steal_pointer (&player));
}

static void
test_player_dispose_playing (void)
{
  UprightPlayer *player = open_clip (clips.ball_uri, TRUE);
  GdkPaintable *paintable = g_object_ref (upright_player_get_paintable (player));
  g_autoptr(GdkTexture) texture = NULL;
  guint64 frames_before;

  upright_player_play (player);
  wait_for_next_frame (player, "it plays");

  /* The frame on show outlives the player and its pipeline. A frame
   * handed over just before the end may still come after it, but nothing
   * comes after that.
   */
  g_assert_finalize_object (player);
  /* The pipeline's threads have stopped: what they handed over is due now. */
  drain ();
  texture = g_object_ref (upright_video_paintable_get_texture (UPRIGHT_VIDEO_PAINTABLE (paintable)));
  frames_before = upright_video_paintable_get_n_frames_shown (UPRIGHT_VIDEO_PAINTABLE (paintable));
  drain ();
  g_assert_true (upright_video_paintable_get_texture (UPRIGHT_VIDEO_PAINTABLE (paintable)) == texture);
  g_assert_cmpuint (upright_video_paintable_get_n_frames_shown (UPRIGHT_VIDEO_PAINTABLE (paintable)), ==, frames_before);
  g_assert_cmpint (gdk_paintable_get_intrinsic_width (paintable), ==, WIDTH);
  if (have_display)
    {
      g_autoptr(GdkTexture) rendered = render (paintable);

      g_assert_true (same_pixels (rendered, texture));
    }

  g_assert_finalize_object (paintable);
  g_assert_finalize_object (g_steal_pointer (&texture));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  have_display = gtk_init_check ();

  g_assert_true (upright_media_ensure_init (&error));
  g_assert_no_error (error);
  make_clips ();

  g_test_add_func ("/player/properties", test_player_properties);
  g_test_add_func ("/player/size", test_player_size);
  g_test_add_func ("/player/rate", test_player_rate);
  g_test_add_func ("/player/mirror", test_player_mirror);
  g_test_add_func ("/player/loop", test_player_loop);
  g_test_add_func ("/player/pause-at-loop", test_player_pause_at_loop);
  g_test_add_func ("/player/no-loop", test_player_no_loop);
  g_test_add_func ("/player/step", test_player_step);
  g_test_add_func ("/player/stop", test_player_stop);
  g_test_add_func ("/player/bad-files", test_player_bad_files);
  g_test_add_func ("/player/missing-codec", test_player_missing_codec);
  g_test_add_func ("/player/dispose-playing", test_player_dispose_playing);

  status = g_test_run ();

  remove_clips ();

  return status;
}
