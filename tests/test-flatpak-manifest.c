/* test-flatpak-manifest.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

static const char *manifest_path;

static JsonObject *
load_manifest (JsonParser *parser)
{
  g_autoptr(GError) error = NULL;
  JsonNode *root;

  json_parser_load_from_file (parser, manifest_path, &error);
  g_assert_no_error (error);

  root = json_parser_get_root (parser);
  g_assert_nonnull (root);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));

  return json_node_get_object (root);
}

static void
test_manifest_runtime (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *manifest = load_manifest (parser);

  g_assert_cmpstr (json_object_get_string_member_with_default (manifest, "id", ""), ==, APP_ID);
  g_assert_cmpstr (json_object_get_string_member_with_default (manifest, "runtime", ""), ==, "org.gnome.Platform");
  g_assert_cmpstr (json_object_get_string_member_with_default (manifest, "runtime-version", ""), ==, "50");
  g_assert_cmpstr (json_object_get_string_member_with_default (manifest, "sdk", ""), ==, "org.gnome.Sdk");
  g_assert_cmpstr (json_object_get_string_member_with_default (manifest, "command", ""), ==, "upright");
}

static void
test_manifest_finish_args (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *manifest = load_manifest (parser);
  const char *required[] = {
    "--share=ipc",
    "--socket=wayland",
    "--socket=fallback-x11",
    "--device=dri",
    "--socket=pulseaudio",
  };
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  JsonArray *finish_args;

  g_assert_true (json_object_has_member (manifest, "finish-args"));
  finish_args = json_object_get_array_member (manifest, "finish-args");
  for (guint i = 0; i < json_array_get_length (finish_args); i++)
    {
      const char *arg = json_array_get_string_element (finish_args, i);

      /* Health data never leaves the machine: no network, no home folder. */
      g_assert_cmpstr (arg, !=, "--share=network");
      g_assert_false (g_str_has_prefix (arg, "--filesystem=home"));
      g_assert_false (g_str_has_prefix (arg, "--filesystem=host"));
      g_ptr_array_add (args, (gpointer) arg);
    }

  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    g_assert_true (g_ptr_array_find_with_equal_func (args, required[i], g_str_equal, NULL));
}

/* Each permission says why, in a comment on the line above it; the camera
 * needs none, as the Camera portal asks her for it. */
static void
test_manifest_reasons (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *manifest = load_manifest (parser);
  JsonArray *finish_args = json_object_get_array_member (manifest, "finish-args");
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (manifest_path, &text, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; i < json_array_get_length (finish_args); i++)
    {
      const char *arg = json_array_get_string_element (finish_args, i);
      g_autofree char *quoted = g_strdup_printf ("\"%s\"", arg);
      gboolean found = FALSE;

      g_assert_false (g_str_has_prefix (arg, "--device=all"));
      g_assert_false (g_str_has_prefix (arg, "--device=shm"));

      for (guint l = 1; lines[l] != NULL; l++)
        if (strstr (lines[l], quoted) != NULL)
          {
            g_autofree char *above = g_strstrip (g_strdup (lines[l - 1]));

            g_test_message ("%s: %s", arg, above);
            g_assert_true (g_str_has_suffix (above, "*/"));
            found = TRUE;
          }
      g_assert_true (found);
    }
}

static JsonObject *
find_module (JsonArray  *modules,
             const char *name)
{
  for (guint i = 0; i < json_array_get_length (modules); i++)
    {
      JsonNode *node = json_array_get_element (modules, i);
      JsonObject *module;

      /* A module may also be a path to a file of its own. */
      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;

      module = json_node_get_object (node);
      if (g_strcmp0 (json_object_get_string_member_with_default (module, "name", NULL), name) == 0)
        return module;
    }

  return NULL;
}

/* The module @name comes from a release archive pinned by its checksum. */
static void
assert_pinned_archive (JsonArray  *modules,
                       const char *name)
{
  JsonObject *module = find_module (modules, name);
  JsonArray *sources;
  JsonObject *source;
  const char *sha256;

  g_assert_nonnull (module);
  sources = json_object_get_array_member (module, "sources");
  g_assert_cmpuint (json_array_get_length (sources), ==, 1);
  source = json_array_get_object_element (sources, 0);
  g_assert_cmpstr (json_object_get_string_member (source, "type"), ==, "archive");
  g_assert_true (g_str_has_prefix (json_object_get_string_member (source, "url"), "https://"));
  sha256 = json_object_get_string_member_with_default (source, "sha256", "");
  g_assert_cmpuint (strlen (sha256), ==, 64);
  for (const char *c = sha256; *c; c++)
    g_assert_true (g_ascii_isxdigit (*c) && !g_ascii_isupper (*c));
}

static void
test_manifest_modules (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *manifest = load_manifest (parser);
  JsonArray *modules;
  JsonObject *upright;
  JsonArray *sources;
  JsonObject *source;
  guint n_modules;

  g_assert_true (json_object_has_member (manifest, "modules"));
  modules = json_object_get_array_member (manifest, "modules");
  n_modules = json_array_get_length (modules);
  g_assert_cmpuint (n_modules, >=, 3);

  /* What the GNOME runtime does not have: cmark for the articles, simdjson
   * for reading the journal. */
  assert_pinned_archive (modules, "cmark");
  assert_pinned_archive (modules, "simdjson");

  /* Upright is built last, with meson, from this tree. */
  upright = json_array_get_object_element (modules, n_modules - 1);
  g_assert_true (upright == find_module (modules, "upright"));
  g_assert_cmpstr (json_object_get_string_member (upright, "buildsystem"), ==, "meson");
  sources = json_object_get_array_member (upright, "sources");
  source = json_array_get_object_element (sources, 0);
  g_assert_cmpstr (json_object_get_string_member (source, "type"), ==, "dir");
  g_assert_cmpstr (json_object_get_string_member (source, "path"), ==, "..");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (argc != 2)
    {
      g_printerr ("usage: test-flatpak-manifest MANIFEST\n");
      return 1;
    }
  manifest_path = argv[1];

  g_test_add_func ("/flatpak/runtime", test_manifest_runtime);
  g_test_add_func ("/flatpak/finish-args", test_manifest_finish_args);
  g_test_add_func ("/flatpak/reasons", test_manifest_reasons);
  g_test_add_func ("/flatpak/modules", test_manifest_modules);

  return g_test_run ();
}
