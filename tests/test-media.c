/* test-media.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "media/upright-media.h"

static void
test_media_init (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (upright_media_ensure_init (&error));
  g_assert_no_error (error);
  /* A second call is cheap and gives the same answer. */
  g_assert_true (upright_media_ensure_init (NULL));
}

static void
test_media_required_elements (void)
{
  g_auto(GStrv) missing = upright_media_get_missing_elements ();
  g_autofree char *list = NULL;

  g_assert_nonnull (missing);
  list = g_strjoinv (", ", missing);
  /* The build machine has the plugins a user needs. */
  g_assert_cmpstr (list, ==, "");
}

static void
test_media_missing_plugins (void)
{
  if (g_test_subprocess ())
    {
      g_auto(GStrv) missing = NULL;
      g_autofree char *info = NULL;

      /* A registry with no plugins at all: only core elements exist. */
      g_setenv ("GST_PLUGIN_SYSTEM_PATH_1_0", "", TRUE);
      g_setenv ("GST_PLUGIN_SYSTEM_PATH", "", TRUE);
      g_setenv ("GST_PLUGIN_PATH_1_0", "", TRUE);
      g_setenv ("GST_PLUGIN_PATH", "", TRUE);
      g_setenv ("GST_REGISTRY_1_0", g_test_get_filename (G_TEST_BUILT, "empty-registry.bin", NULL), TRUE);
      g_setenv ("GST_REGISTRY_UPDATE", "yes", TRUE);

      missing = upright_media_get_missing_elements ();
      g_assert_nonnull (missing);
      g_assert_true (g_strv_contains ((const char * const *) missing, "playbin"));
      g_assert_true (g_strv_contains ((const char * const *) missing, "vp8dec"));
      g_assert_true (g_strv_contains ((const char * const *) missing, "appsink"));

      info = upright_media_get_debug_info ();
      g_assert_nonnull (strstr (info, "Missing GStreamer elements: playbin"));
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static void
test_media_debug_info (void)
{
  g_autofree char *info = upright_media_get_debug_info ();

  g_assert_nonnull (strstr (info, "GStreamer 1."));
  g_assert_nonnull (strstr (info, "All required GStreamer elements are present"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/media/init", test_media_init);
  g_test_add_func ("/media/required-elements", test_media_required_elements);
  g_test_add_func ("/media/missing-plugins", test_media_missing_plugins);
  g_test_add_func ("/media/debug-info", test_media_debug_info);

  return g_test_run ();
}
