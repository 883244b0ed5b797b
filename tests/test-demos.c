/* test-demos.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gst/gst.h>
#include <gst/pbutils/pbutils.h>
#include <string.h>

#include "core/upright-catalog.h"
#include "core/upright-pose-script.h"

/* Where meson put things: the pose scripts in the source tree, the videos
 * rendered from them in the build tree, and the renderer. */
static const char *scripts_dir;
static const char *videos_dir;
static const char *renderer;

static UprightCatalog *
load_catalog (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_getenv ("UPRIGHT_CATALOG"));
  g_autoptr(GError) error = NULL;
  UprightCatalog *catalog = upright_catalog_new_from_file (file, &error);

  g_assert_no_error (error);
  g_assert_nonnull (catalog);
  return catalog;
}

/* Read as the renderer reads it: a demonstration in parts lasts as long
 * as all of them. */
static double
script_duration (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(UprightPoseScript) script = upright_pose_script_new_from_file (file, &error);

  g_assert_no_error (error);
  return upright_pose_script_get_duration (script);
}

static void
test_demos_every_exercise (void)
{
  g_autoptr(UprightCatalog) catalog = load_catalog ();
  g_autoptr(GstDiscoverer) discoverer = NULL;
  g_autoptr(GError) error = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (catalog));

  g_assert_cmpuint (n, >, 0);
  discoverer = gst_discoverer_new (30 * GST_SECOND, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(UprightExercise) exercise = g_list_model_get_item (G_LIST_MODEL (catalog), i);
      const char *id = upright_exercise_get_demo_id (exercise);
      g_autofree char *script_name = g_strconcat (id, ".json", NULL);
      g_autofree char *video_name = g_strconcat (id, ".webm", NULL);
      g_autofree char *script = g_build_filename (scripts_dir, script_name, NULL);
      g_autofree char *video = g_build_filename (videos_dir, video_name, NULL);
      g_autofree char *uri = NULL;
      g_autoptr(GstDiscovererInfo) info = NULL;
      g_autoptr(GList) streams = NULL;
      GstDiscovererVideoInfo *video_info;
      double expected, duration;

      g_test_message ("%s", id);
      g_assert_true (g_file_test (script, G_FILE_TEST_IS_REGULAR));
      g_assert_true (g_file_test (video, G_FILE_TEST_IS_REGULAR));

      uri = gst_filename_to_uri (video, &error);
      g_assert_no_error (error);
      info = gst_discoverer_discover_uri (discoverer, uri, &error);
      g_assert_no_error (error);
      g_assert_cmpint (gst_discoverer_info_get_result (info), ==, GST_DISCOVERER_OK);

      streams = gst_discoverer_info_get_video_streams (info);
      g_assert_cmpuint (g_list_length (streams), ==, 1);
      video_info = streams->data;
      /* 16:9, as the exercise page shows it. */
      g_assert_cmpuint (gst_discoverer_video_info_get_width (video_info), ==, 1280);
      g_assert_cmpuint (gst_discoverer_video_info_get_height (video_info), ==, 720);
      gst_discoverer_stream_info_list_free (g_steal_pointer (&streams));

      /* One loop of the script, to within a frame. */
      expected = script_duration (script);
      duration = (double) gst_discoverer_info_get_duration (info) / GST_SECOND;
      g_assert_cmpfloat_with_epsilon (duration, expected, 1.0 / 30);
    }
}

static void
check_broken (const char *fixture,
              const char *field)
{
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "data", "demos", fixture, NULL);
  g_autofree char *tmpdir = g_dir_make_tmp ("demo-XXXXXX", NULL);
  g_autofree char *output = g_build_filename (tmpdir, "broken.webm", NULL);
  g_autofree char *err = NULL;
  g_autofree char *expected = g_strdup_printf ("%s: %s", fixture, field);
  g_autoptr(GError) error = NULL;
  const char *argv[] = { renderer, script, output, NULL };
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, &err, &status, &error);
  g_assert_no_error (error);
  g_assert_false (g_spawn_check_wait_status (status, NULL));
  /* The message names the file and the field. */
  g_assert_nonnull (strstr (err, expected));
  g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));
  g_rmdir (tmpdir);
}

static void
test_demos_broken_scripts (void)
{
  check_broken ("missing-duration.json", "duration:");
  check_broken ("unknown-joint.json", "keyframes[1].pose.kneee_l:");
  check_broken ("keyframes-out-of-order.json", "keyframes[2].t:");
  /* A script that reads well but shows something wrong fails too, saying
   * when and what. */
  check_broken ("foot-through-floor.json", "at ");
  check_broken ("legs-cross.json", "at ");
  check_broken ("hand-in-counter.json", "at ");
  check_broken ("stick-let-go.json", "at ");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  gst_init (&argc, &argv);

  scripts_dir = g_getenv ("UPRIGHT_DEMO_SCRIPTS_DIR");
  videos_dir = g_getenv ("UPRIGHT_DEMOS_DIR");
  renderer = g_getenv ("UPRIGHT_RENDER_DEMO");
  g_assert_nonnull (scripts_dir);
  g_assert_nonnull (videos_dir);
  g_assert_nonnull (renderer);

  g_test_add_func ("/demos/every-exercise", test_demos_every_exercise);
  g_test_add_func ("/demos/broken-scripts", test_demos_broken_scripts);

  return g_test_run ();
}
