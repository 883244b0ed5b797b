/* test-video-view.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gst/gst.h>

#include "media/upright-video-paintable.h"
#include "widgets/upright-video-view.h"

#include "upright-test-dir.h"
#include "upright-test-utils.h"

static char *clip_dir;
static char *clip_uri;

/* A real clip: one second of a test pattern, encoded as the demonstrations
 * are. */
static void
make_clip (void)
{
  g_autofree char *path = NULL;
  g_autofree char *description = NULL;
  g_autoptr(GError) error = NULL;
  GstElement *pipeline;
  GstMessage *message;

  clip_dir = upright_test_make_dir ();
  path = g_build_filename (clip_dir, "clip.webm", NULL);
  description = g_strdup_printf ("videotestsrc num-buffers=30 pattern=smpte ! "
                                 "video/x-raw,width=320,height=240,framerate=30/1 ! "
                                 "vp8enc deadline=1 ! webmmux ! filesink location=\"%s\"", path);
  pipeline = gst_parse_launch (description, &error);
  g_assert_no_error (error);
  gst_element_set_state (pipeline, GST_STATE_PLAYING);
  message = gst_bus_timed_pop_filtered (GST_ELEMENT_BUS (pipeline), 30 * GST_SECOND,
                                        GST_MESSAGE_EOS | GST_MESSAGE_ERROR);
  g_assert_nonnull (message);
  g_assert_cmpint (GST_MESSAGE_TYPE (message), ==, GST_MESSAGE_EOS);
  gst_message_unref (message);
  gst_element_set_state (pipeline, GST_STATE_NULL);
  gst_object_unref (pipeline);

  clip_uri = g_filename_to_uri (path, NULL, NULL);
}

static gboolean
is_playing (gpointer data)
{
  UprightPlayer *player = upright_video_view_get_player (data);
  UprightVideoPaintable *paintable = UPRIGHT_VIDEO_PAINTABLE (upright_player_get_paintable (player));

  return upright_player_get_state (player) == UPRIGHT_PLAYER_PLAYING &&
         upright_video_paintable_get_n_frames_shown (paintable) > 0;
}

static gboolean
has_error (gpointer data)
{
  return upright_player_get_error (upright_video_view_get_player (data)) != NULL;
}

static gboolean
shows_caption_a (gpointer data)
{
  return g_strcmp0 (upright_video_view_get_caption (data), "Sit tall") == 0;
}

static GtkWidget *
find_label_with_text (GtkWidget  *widget,
                      const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_LABEL (child) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (child)), text) == 0 &&
          gtk_widget_get_mapped (child))
        return child;
      if ((found = find_label_with_text (child, text)) != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_window_with_class (const char *css_class)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (gtk_widget_has_css_class (window, css_class) && gtk_widget_get_visible (window))
        return window;
    }

  return NULL;
}

static gboolean
shows_caption_b (gpointer data)
{
  return g_strcmp0 (upright_video_view_get_caption (data), "Breathe out as you stand") == 0;
}

static GtkWidget *
find_type (GtkWidget *widget,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_type (c, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
show_view (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = upright_video_view_new ();

  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_set_default_size (GTK_WINDOW (window), 480, 400);
  gtk_window_present (GTK_WINDOW (window));
  upright_test_wait_until (upright_test_widget_is_drawn, view, 5000);

  return view;
}

static void
test_play (void)
{
  GtkWidget *view = show_view ();
  UprightVideoView *self = UPRIGHT_VIDEO_VIEW (view);
  UprightPlayer *player = upright_video_view_get_player (self);
  GdkPaintable *paintable = upright_player_get_paintable (player);
  GtkWidget *window = GTK_WIDGET (gtk_widget_get_root (view));
  const double times[] = { 0, 0.5 };
  const char *texts[] = { "Sit tall", "Breathe out as you stand" };
  gboolean mirror = FALSE;

  upright_video_view_open (self, clip_uri);
  upright_test_wait_until (is_playing, view, 10000);
  g_assert_cmpint (gdk_paintable_get_intrinsic_width (paintable), ==, 320);
  g_assert_cmpuint (upright_test_render_widget (window, "video-view.png"), >, 16);

  /* Play and pause, as Space does. */
  g_assert_true (gtk_widget_activate_action (view, "video.toggle-play", NULL));
  g_assert_cmpint (upright_player_get_state (player), ==, UPRIGHT_PLAYER_PAUSED);
  g_assert_true (gtk_widget_activate_action (view, "video.toggle-play", NULL));
  g_assert_cmpint (upright_player_get_state (player), ==, UPRIGHT_PLAYER_PLAYING);

  /* Mirror and speed. */
  g_assert_true (gtk_widget_activate_action (view, "video.mirror", NULL));
  g_object_get (paintable, "mirror", &mirror, NULL);
  g_assert_true (mirror);
  g_assert_true (upright_video_view_get_mirror (self));
  g_assert_true (gtk_widget_activate_action (view, "video.rate", "d", 0.5));
  g_assert_cmpfloat (upright_player_get_rate (player), ==, 0.5);
  g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (find_type (view, GTK_TYPE_MENU_BUTTON))), ==, "0.5×");

  /* Loop is on at first, and can be turned off. */
  g_assert_true (upright_player_get_loop (player));
  g_assert_true (gtk_widget_activate_action (view, "video.loop", NULL));
  g_assert_false (upright_player_get_loop (player));
  g_assert_true (gtk_widget_activate_action (view, "video.loop", NULL));

  /* The captions follow the position, in a band below the picture that
   * keeps its height as they change. */
  upright_video_view_set_captions (self, times, texts, 2);
  upright_player_seek (player, 0);
  upright_test_wait_until (shows_caption_a, view, 10000);
  upright_test_settle ();
  {
    GtkWidget *caption = find_label_with_text (view, "Sit tall");
    GtkWidget *frame = gtk_widget_get_first_child (view);
    graphene_rect_t caption_bounds, frame_bounds;
    int frame_height;

    g_assert_nonnull (caption);
    g_assert_true (gtk_widget_compute_bounds (caption, view, &caption_bounds));
    g_assert_true (gtk_widget_compute_bounds (frame, view, &frame_bounds));
    g_assert_cmpfloat (caption_bounds.origin.y, >=, frame_bounds.origin.y + frame_bounds.size.height);
    frame_height = gtk_widget_get_height (frame);

    upright_player_seek (player, 600 * GST_MSECOND);
    upright_test_wait_until (shows_caption_b, view, 10000);
    upright_test_settle ();
    g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (caption)), ==, "Breathe out as you stand");
    g_assert_cmpint (gtk_widget_get_height (frame), ==, frame_height);
  }

  /* Full screen fills the screen, with the caption below the picture. */
  g_assert_true (gtk_widget_activate_action (view, "video.fullscreen", NULL));
  {
    GtkWidget *fullscreen = find_window_with_class ("video-fullscreen");
    GdkMonitor *monitor;
    GdkRectangle geometry;

    g_assert_nonnull (fullscreen);
    upright_test_wait_until (upright_test_widget_is_drawn, fullscreen, 5000);
    monitor = gdk_display_get_monitor_at_surface (gtk_widget_get_display (fullscreen),
                                                  gtk_native_get_surface (GTK_NATIVE (fullscreen)));
    gdk_monitor_get_geometry (monitor, &geometry);
    g_assert_cmpint (gtk_widget_get_width (fullscreen), ==, geometry.width);
    g_assert_cmpint (gtk_widget_get_height (fullscreen), ==, geometry.height);
    g_assert_nonnull (find_label_with_text (fullscreen, "Breathe out as you stand"));
    g_assert_cmpuint (upright_test_render_widget (fullscreen, "video-view-fullscreen.png"), >, 4);
  }
  g_assert_true (gtk_widget_activate_action (view, "video.fullscreen", NULL));
  upright_test_settle ();
  g_assert_null (find_window_with_class ("video-fullscreen"));

  /* Out of sight, it pauses; back in sight, it plays on. */
  gtk_widget_set_visible (view, FALSE);
  g_assert_cmpint (upright_player_get_state (player), ==, UPRIGHT_PLAYER_PAUSED);
  gtk_widget_set_visible (view, TRUE);
  upright_test_wait_until (is_playing, view, 10000);

  /* Small, it is the picture alone. */
  upright_video_view_set_compact (self, TRUE);
  g_assert_false (gtk_widget_get_visible (find_type (view, GTK_TYPE_MENU_BUTTON)) &&
                  gtk_widget_is_drawable (find_type (view, GTK_TYPE_MENU_BUTTON)));

  gtk_window_destroy (GTK_WINDOW (window));
  upright_test_settle ();
}

static void
test_missing_file (void)
{
  GtkWidget *view = show_view ();
  UprightVideoView *self = UPRIGHT_VIDEO_VIEW (view);
  g_autofree char *path = g_build_filename (clip_dir, "gone.webm", NULL);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  GtkWidget *window = GTK_WIDGET (gtk_widget_get_root (view));
  GtkWidget *picture = find_type (view, GTK_TYPE_PICTURE);

  /* The view says what went wrong in place of the picture, inside the
   * frame, which keeps its size. */
  upright_video_view_open (self, uri);
  upright_test_wait_until (has_error, view, 10000);
  upright_test_settle ();
  g_assert_cmpfloat (gtk_widget_get_opacity (picture), ==, 0.0);
  g_assert_cmpint (gtk_widget_get_height (picture), >=, 150);
  g_assert_cmpuint (upright_test_render_widget (window, "video-view-error.png"), >, 4);

  /* And plays again when given a good file. */
  upright_video_view_open (self, clip_uri);
  upright_test_wait_until (is_playing, view, 10000);
  g_assert_cmpfloat (gtk_widget_get_opacity (picture), ==, 1.0);

  gtk_window_destroy (GTK_WINDOW (window));
  upright_test_settle ();
}

int
main (int   argc,
      char *argv[])
{
  int status;

  upright_test_init (&argc, &argv);
  gst_init (&argc, &argv);
  make_clip ();

  g_test_add_func ("/video-view/play", test_play);
  g_test_add_func ("/video-view/missing-file", test_missing_file);

  status = g_test_run ();

  upright_test_remove_tree (clip_dir);
  g_free (clip_dir);
  g_free (clip_uri);

  return status;
}
