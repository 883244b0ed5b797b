/* test-exercise-video.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "media/upright-video-paintable.h"
#include "pages/upright-exercise-page.h"
#include "widgets/upright-video-view.h"

#include "upright-test-dir.h"
#include "upright-test-utils.h"

static UprightCatalog *catalog;

static gpointer
child (UprightExercisePage *page,
       const char          *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (page), UPRIGHT_TYPE_EXERCISE_PAGE, name);

  g_assert_nonnull (object);

  return object;
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_assert_true (upright_plan_load_finish (UPRIGHT_PLAN (object), result, NULL));
  *(gboolean *) user_data = TRUE;
}

static gboolean
flag_is_set (gpointer data)
{
  return *(gboolean *) data;
}

static gboolean
shows_frames (gpointer data)
{
  UprightPlayer *player = upright_video_view_get_player (data);

  return upright_player_get_state (player) == UPRIGHT_PLAYER_PLAYING &&
         upright_player_get_position (player) > 0;
}

static gboolean
has_caption (gpointer data)
{
  return upright_video_view_get_caption (data) != NULL;
}

static gboolean
has_error (gpointer data)
{
  return upright_player_get_error (upright_video_view_get_player (data)) != NULL;
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = G_TYPE_CHECK_INSTANCE_TYPE (c, type) ? c : find_descendant (c, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
camera_shows_frames (gpointer data)
{
  UprightCamera *camera = upright_exercise_page_get_camera (data);
  GdkPaintable *paintable = upright_camera_get_paintable (camera);

  return upright_video_paintable_get_n_frames_shown (UPRIGHT_VIDEO_PAINTABLE (paintable)) >= 3;
}

static void
test_demonstration_and_own_video (void)
{
  g_autofree char *dir = upright_test_make_dir ();
  g_autofree char *plan_path = g_build_filename (dir, "plan.json", NULL);
  g_autofree char *gone = g_build_filename (dir, "physio.webm", NULL);
  g_autofree char *gone_uri = g_filename_to_uri (gone, NULL, NULL);
  g_autoptr(GFile) plan_file = g_file_new_for_path (plan_path);
  g_autoptr(UprightPlan) plan = upright_plan_new (plan_file);
  g_autoptr(UprightSafetyProfile) profile = upright_safety_profile_new ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  UprightExercisePage *page;
  GtkWidget *window, *view;
  gboolean loaded = FALSE;

  upright_plan_load_async (plan, NULL, loaded_cb, &loaded);
  upright_test_wait_until (flag_is_set, &loaded, 5000);

  page = g_object_new (UPRIGHT_TYPE_EXERCISE_PAGE, NULL);
  upright_exercise_page_setup (page, catalog, profile, NULL);
  upright_exercise_page_setup_videos (page, plan, settings);
  window = gtk_window_new ();
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  gtk_window_set_default_size (GTK_WINDOW (window), 700, 900);
  gtk_window_present (GTK_WINDOW (window));
  upright_test_wait_until (upright_test_widget_is_drawn, page, 5000);

  /* The exercise's own demonstration plays, with its cues. */
  upright_exercise_page_set_exercise (page, upright_catalog_lookup (catalog, "sit-to-stand"));
  view = upright_exercise_page_get_video_view (page);
  g_assert_true (gtk_widget_get_visible (view));
  g_assert_false (gtk_widget_get_visible (child (page, "demo_placeholder")));
  g_assert_cmpstr (gtk_label_get_label (child (page, "video_source_label")), ==, "Upright's demonstration");
  g_assert_true (g_str_has_suffix (upright_player_get_uri (upright_video_view_get_player (UPRIGHT_VIDEO_VIEW (view))),
                                   "/sit-to-stand.webm"));
  upright_test_wait_until (shows_frames, view, 15000);
  upright_test_wait_until (has_caption, view, 15000);
  g_assert_cmpuint (upright_test_render_widget (window, "exercise-video.png"), >, 16);

  /* The demonstration is 16:9 and fills a frame of its shape, as wide as
   * the page: no bars, and as large as the page allows. */
  {
    GtkWidget *frame = gtk_widget_get_first_child (view);
    GdkPaintable *paintable = upright_player_get_paintable (upright_video_view_get_player (UPRIGHT_VIDEO_VIEW (view)));
    int width = gtk_widget_get_width (frame);

    g_assert_cmpint (gdk_paintable_get_intrinsic_width (paintable) * 9, ==,
                     gdk_paintable_get_intrinsic_height (paintable) * 16);
    g_assert_cmpint (width, >=, 600);
    g_assert_cmpint (ABS (gtk_widget_get_height (frame) - width * 9 / 16), <=, 1);
  }

  /* Her own video takes its place; one that has gone is reported there. */
  upright_plan_set_video (plan, "sit-to-stand", gone_uri);
  upright_test_settle ();
  g_assert_cmpstr (gtk_label_get_label (child (page, "video_source_label")), ==, "Your own video: “physio.webm”");
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_parent (child (page, "remove_video_button"))));
  upright_test_wait_until (has_error, view, 15000);
  g_assert_cmpint (upright_player_get_error (upright_video_view_get_player (UPRIGHT_VIDEO_VIEW (view)))->code,
                   ==, UPRIGHT_PLAYER_ERROR_NOT_FOUND);
  g_assert_null (upright_video_view_get_caption (UPRIGHT_VIDEO_VIEW (view)));

  /* Back to the demonstration. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "exercise.remove-video", NULL));
  g_assert_null (upright_plan_get_video (plan, "sit-to-stand"));
  g_assert_cmpstr (gtk_label_get_label (child (page, "video_source_label")), ==, "Upright's demonstration");
  upright_test_wait_until (shows_frames, view, 15000);

  /* Herself beside it, from a test source in place of the camera; the
   * camera is let go when she leaves the page. */
  {
    GtkWidget *mirror = child (page, "mirror_view");
    GtkToggleButton *button = GTK_TOGGLE_BUTTON (find_descendant (mirror, GTK_TYPE_TOGGLE_BUTTON));
    GtkWidget *picture = find_descendant (mirror, GTK_TYPE_PICTURE);
    GtkWidget *message = gtk_widget_get_last_child (mirror);

    g_setenv ("UPRIGHT_CAMERA_SOURCE",
              "videotestsrc is-live=true pattern=ball ! capsfilter caps=\"video/x-raw,width=320,height=240\"", TRUE);
    gtk_toggle_button_set_active (button, TRUE);
    g_assert_nonnull (upright_exercise_page_get_camera (page));
    g_assert_true (upright_camera_get_running (upright_exercise_page_get_camera (page)));
    g_assert_true (gtk_widget_get_visible (picture));
    upright_test_wait_until (camera_shows_frames, page, 15000);
    g_assert_cmpuint (upright_test_render_widget (window, "exercise-mirror.png"), >, 16);
    gtk_widget_set_visible (GTK_WIDGET (page), FALSE);
    g_assert_false (upright_camera_get_running (upright_exercise_page_get_camera (page)));
    g_assert_false (gtk_toggle_button_get_active (button));
    g_assert_false (gtk_widget_get_visible (picture));
    gtk_widget_set_visible (GTK_WIDGET (page), TRUE);

    /* No camera: she is told so in words, and the page goes on working. */
    g_setenv ("UPRIGHT_CAMERA_SOURCE", "", TRUE);
    gtk_toggle_button_set_active (button, TRUE);
    upright_test_settle ();
    g_assert_false (gtk_widget_get_visible (picture));
    g_assert_true (gtk_widget_get_visible (message));
    g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (message)), ==,
                     "No camera was found. Connect one, then try again.");
    upright_test_wait_until (shows_frames, view, 15000);
    g_unsetenv ("UPRIGHT_CAMERA_SOURCE");
  }

  gtk_window_destroy (GTK_WINDOW (window));
  upright_test_settle ();
  /* The plan writes its changes as it goes. */
  g_assert_finalize_object (g_steal_pointer (&plan));
  upright_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  upright_test_init (&argc, &argv);

  catalog = upright_catalog_new_from_resource (RESOURCE_PREFIX "/catalog/exercises.json", &error);
  g_assert_no_error (error);

  g_test_add_func ("/exercise-video/demonstration-and-own-video", test_demonstration_and_own_video);

  status = g_test_run ();
  g_clear_object (&catalog);

  return status;
}
