/* test-camera.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gst/gst.h>

#include "media/upright-camera.h"
#include "media/upright-video-paintable.h"

#define TIMEOUT_MS 10000

/* A test source stands in for the camera; see upright-camera.c. */
#define TEST_SOURCE "videotestsrc is-live=true pattern=ball ! capsfilter caps=\"video/x-raw,width=320,height=240,framerate=30/1\""

typedef gboolean (*Condition) (UprightCamera *camera);

static void
wait_for (UprightCamera *camera,
          Condition      condition,
          const char    *what)
{
  gint64 deadline = g_get_monotonic_time () + TIMEOUT_MS * G_TIME_SPAN_MILLISECOND;

  while (!condition (camera))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("Timed out waiting until %s", what);
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
}

/* Runs what is due on the main loop. Once the pipeline is stopped its
 * threads are gone, so whatever they handed over is due now. */
static void
drain (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static guint64
n_frames (UprightCamera *camera)
{
  return upright_video_paintable_get_n_frames_shown (UPRIGHT_VIDEO_PAINTABLE (upright_camera_get_paintable (camera)));
}

static guint64 frames_wanted;

static gboolean
shows_frames (UprightCamera *camera)
{
  return n_frames (camera) >= frames_wanted;
}

static gboolean
has_failed (UprightCamera *camera)
{
  return upright_camera_get_error (camera) != NULL;
}

/* Her picture comes, mirrored; stopped, the camera is let go and no more
 * pictures come; it can be started again. */
static void
test_camera_start_stop (void)
{
  g_autoptr(UprightCamera) camera = NULL;
  GdkPaintable *paintable;
  gboolean mirror = FALSE;
  guint64 frames;

  g_setenv ("UPRIGHT_CAMERA_SOURCE", TEST_SOURCE, TRUE);
  camera = upright_camera_new ();
  paintable = upright_camera_get_paintable (camera);
  g_object_get (paintable, "mirror", &mirror, NULL);
  g_assert_true (mirror);
  g_assert_false (upright_camera_get_running (camera));

  upright_camera_start (camera);
  g_assert_no_error ((GError *) upright_camera_get_error (camera));
  g_assert_true (upright_camera_get_running (camera));
  frames_wanted = 5;
  wait_for (camera, shows_frames, "pictures come from the camera");
  g_assert_cmpint (gdk_paintable_get_intrinsic_width (paintable), ==, 320);
  g_assert_no_error ((GError *) upright_camera_get_error (camera));

  upright_camera_stop (camera);
  g_assert_false (upright_camera_get_running (camera));
  frames = n_frames (camera);
  drain ();
  g_assert_cmpuint (n_frames (camera), ==, frames);
  /* Nothing of her stays on screen either. */
  g_assert_cmpint (gdk_paintable_get_intrinsic_width (paintable), ==, 0);

  upright_camera_start (camera);
  frames_wanted = n_frames (camera) + 5;
  wait_for (camera, shows_frames, "pictures come again");

  g_assert_finalize_object (g_steal_pointer (&camera));
}

/* No camera, or one that cannot be opened, says so in words. */
static void
test_camera_missing (void)
{
  g_autoptr(UprightCamera) camera = NULL;
  const GError *error;

  g_setenv ("UPRIGHT_CAMERA_SOURCE", "", TRUE);
  camera = upright_camera_new ();
  upright_camera_start (camera);
  wait_for (camera, has_failed, "the camera is found missing");
  error = upright_camera_get_error (camera);
  g_assert_error ((GError *) error, UPRIGHT_CAMERA_ERROR, UPRIGHT_CAMERA_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "No camera was found. Connect one, then try again.");
  g_assert_false (upright_camera_get_running (camera));
  g_clear_object (&camera);

  if (gst_element_factory_find ("v4l2src") == NULL)
    return;

  /* A device that is not there. */
  g_setenv ("UPRIGHT_CAMERA_SOURCE", "v4l2src device=/nonexistent/video9", TRUE);
  camera = upright_camera_new ();
  upright_camera_start (camera);
  wait_for (camera, has_failed, "the camera fails to open");
  error = upright_camera_get_error (camera);
  g_assert_true (error->domain == UPRIGHT_CAMERA_ERROR);
  g_assert_cmpstr (error->message, !=, "");
  g_assert_false (upright_camera_get_running (camera));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  gst_init (&argc, &argv);

  g_test_add_func ("/camera/start-stop", test_camera_start_stop);
  g_test_add_func ("/camera/missing", test_camera_missing);

  return g_test_run ();
}
