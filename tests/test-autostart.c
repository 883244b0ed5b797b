/* test-autostart.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <unistd.h>
#include <glib/gstdio.h>

#include "core/upright-autostart.h"

#include "upright-test-dir.h"

/* Turned on, the session finds an entry that starts Upright without a
 * window; turned off, the entry is gone. */
static void
test_on_and_off (void)
{
  g_autofree char *config = upright_test_make_dir ();
  g_autofree char *path = upright_autostart_get_path (config, "io.github.upright.Upright");
  g_autoptr(GKeyFile) entry = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *exec = NULL;
  g_autofree char *type = NULL;
  g_autofree char *name = NULL;
  g_auto(GStrv) argv = NULL;

  g_assert_true (g_str_has_suffix (path, "/autostart/io.github.upright.Upright.desktop"));
  g_assert_true (g_str_has_prefix (path, config));

  /* Nothing to remove is no error. */
  g_assert_true (upright_autostart_set (config, "io.github.upright.Upright", "Upright", "Posture reminders",
                                        "/opt/my apps/upright", FALSE, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  g_assert_true (upright_autostart_set (config, "io.github.upright.Upright", "Upright", "Posture reminders",
                                        "/opt/my apps/upright", TRUE, &error));
  g_assert_no_error (error);

  /* The session reads it as a desktop entry. */
  g_assert_true (g_key_file_load_from_file (entry, path, G_KEY_FILE_NONE, &error));
  g_assert_no_error (error);
  type = g_key_file_get_string (entry, "Desktop Entry", "Type", NULL);
  g_assert_cmpstr (type, ==, "Application");
  name = g_key_file_get_string (entry, "Desktop Entry", "Name", NULL);
  g_assert_cmpstr (name, ==, "Upright");
  g_assert_true (g_key_file_get_boolean (entry, "Desktop Entry", "X-GNOME-Autostart-enabled", NULL));
  exec = g_key_file_get_string (entry, "Desktop Entry", "Exec", NULL);
  g_assert_true (g_shell_parse_argv (exec, NULL, &argv, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (argv), ==, 2);
  g_assert_cmpstr (argv[0], ==, "/opt/my apps/upright");
  g_assert_cmpstr (argv[1], ==, "--background");

  /* Turning it on again changes nothing; off removes it. */
  g_assert_true (upright_autostart_set (config, "io.github.upright.Upright", "Upright", NULL,
                                        "/opt/my apps/upright", TRUE, &error));
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (upright_autostart_set (config, "io.github.upright.Upright", "Upright", NULL,
                                        "/opt/my apps/upright", FALSE, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  upright_test_remove_tree (config);
}

/* A configuration folder that cannot be written says so. */
static void
test_unwritable (void)
{
  g_autofree char *config = upright_test_make_dir ();
  g_autofree char *blocker = g_build_filename (config, "autostart", NULL);
  g_autoptr(GError) error = NULL;

  /* A file where the folder should be. */
  g_assert_true (g_file_set_contents (blocker, "", 0, NULL));
  g_assert_false (upright_autostart_set (config, "io.github.upright.Upright", "Upright", NULL,
                                         "upright", TRUE, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "autostart"));

  upright_test_remove_tree (config);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/autostart/on-and-off", test_on_and_off);
  g_test_add_func ("/autostart/unwritable", test_unwritable);

  return g_test_run ();
}
