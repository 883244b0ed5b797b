/* test-demo.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "core/upright-demo.h"
#include "upright-test-dir.h"

static void
test_find (void)
{
  g_autofree char *first = upright_test_make_dir ();
  g_autofree char *second = upright_test_make_dir ();
  g_autofree char *path = g_build_filename (second, "sit-to-stand.webm", NULL);
  g_autofree char *shadow = g_build_filename (first, "heel-raise.webm", NULL);
  g_autofree char *dirs = g_strjoin (G_SEARCHPATH_SEPARATOR_S, first, second, NULL);
  g_autofree char *expected = g_filename_to_uri (path, NULL, NULL);
  g_autofree char *expected_shadow = g_filename_to_uri (shadow, NULL, NULL);
  g_autofree char *uri = NULL;
  g_autofree char *uri_shadow = NULL;
  g_autofree char *missing = NULL;
  g_autofree char *bad = NULL;
  g_autofree char *other = g_build_filename (second, "heel-raise.webm", NULL);

  g_assert_true (g_file_set_contents (path, "video", -1, NULL));
  g_assert_true (g_file_set_contents (shadow, "video", -1, NULL));
  g_assert_true (g_file_set_contents (other, "video", -1, NULL));
  g_setenv ("UPRIGHT_DEMOS_DIR", dirs, TRUE);

  /* Found in the folders in order: the first one wins. */
  uri = upright_demo_find_uri ("sit-to-stand");
  g_assert_cmpstr (uri, ==, expected);
  uri_shadow = upright_demo_find_uri ("heel-raise");
  g_assert_cmpstr (uri_shadow, ==, expected_shadow);

  missing = upright_demo_find_uri ("no-such-demo");
  g_assert_null (missing);

  /* An id never reaches outside the folders. */
  bad = upright_demo_find_uri ("../sit-to-stand");
  g_assert_null (bad);

  g_unsetenv ("UPRIGHT_DEMOS_DIR");
  upright_test_remove_tree (first);
  upright_test_remove_tree (second);
}

static void
test_captions (void)
{
  const char *good =
    "{\"format\": \"upright-demo\", \"version\": 1, \"view\": \"side\", \"duration\": 6, \"props\": [],"
    " \"keyframes\": [{\"t\": 0, \"pose\": {}}, {\"t\": 3, \"pose\": {\"y\": 0.5}}],"
    " \"captions\": [{\"t\": 0, \"text\": \"Sit tall\"}, {\"t\": 2.5, \"text\": \"Breathe out as you stand\"}]}";
  /* The captions are read by the parser that checks and renders the whole
   * script, so a script that is wrong anywhere gives none. */
#define SCRIPT(captions) \
    "{\"format\": \"upright-demo\", \"version\": 1, \"view\": \"side\", \"duration\": 6, \"props\": []," \
    " \"keyframes\": [{\"t\": 0, \"pose\": {}}, {\"t\": 3, \"pose\": {}}], \"captions\": " captions "}"
  const char *bad[] = {
    SCRIPT ("[{\"t\": 3, \"text\": \"b\"}, {\"t\": 1, \"text\": \"a\"}]"),
    SCRIPT ("[{\"text\": \"no time\"}]"),
    SCRIPT ("[{\"t\": \"1\", \"text\": \"time as text\"}]"),
    SCRIPT ("{\"t\": 1}"),
    SCRIPT ("[{\"t\": 7, \"text\": \"after the end\"}]"),
    "{\"format\": \"upright-demo\", \"captions\": []}",
    "[1, 2]",
    "not json",
  };
#undef SCRIPT
  g_autoptr(GBytes) bytes = g_bytes_new_static (good, strlen (good));
  g_autoptr(GArray) captions = NULL;
  g_autoptr(GError) error = NULL;

  captions = upright_demo_read_captions (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (captions->len, ==, 2);
  g_assert_cmpfloat (g_array_index (captions, UprightCaption, 1).time, ==, 2.5);
  g_assert_cmpstr (g_array_index (captions, UprightCaption, 1).text, ==, "Breathe out as you stand");

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GBytes) b = g_bytes_new_static (bad[i], strlen (bad[i]));
      g_autoptr(GArray) none = upright_demo_read_captions (b, &error);

      g_assert_null (none);
      g_assert_nonnull (error);
      g_clear_error (&error);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/demo/find", test_find);
  g_test_add_func ("/demo/captions", test_captions);

  return g_test_run ();
}
