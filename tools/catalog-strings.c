/* catalog-strings.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Writes the text of the exercise catalogue, and the captions of the
 * demonstrations' pose scripts, as N_() calls, so that xgettext can offer
 * them to translators like any other string in Upright.
 *
 *   catalog-strings CATALOG.json [SCRIPT.json…]              print the strings file
 *   catalog-strings CATALOG.json [SCRIPT.json…] --check FILE fail if FILE is out of date
 */

#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

#include "core/upright-pose-script.h"

static void
append_string (GString    *out,
               GHashTable *seen,
               const char *id,
               const char *field,
               const char *text)
{
  g_autofree char *escaped = NULL;
  char non_ascii[129];

  if (text == NULL || *text == '\0' || g_hash_table_contains (seen, text))
    return;

  g_hash_table_add (seen, g_strdup (text));
  /* Keep UTF-8 as it is; escape only quotes, backslashes and controls. */
  for (guint i = 0; i < 128; i++)
    non_ascii[i] = (char) (0x80 + i);
  non_ascii[128] = '\0';
  escaped = g_strescape (text, non_ascii);
  g_string_append_printf (out, "/* Translators: %s \"%s\", %s */\nN_(\"%s\");\n",
                          g_str_equal (field, "caption") ? "demonstration" : "exercise", id, field, escaped);
}

static void
append_member_as (GString    *out,
                  GHashTable *seen,
                  const char *id,
                  JsonObject *object,
                  const char *member,
                  const char *field)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL)
    return;

  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        append_string (out, seen, id, field, json_array_get_string_element (array, i));
    }
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      append_string (out, seen, id, field, json_node_get_string (node));
    }
}

static void
append_member (GString    *out,
               GHashTable *seen,
               const char *id,
               JsonObject *object,
               const char *member)
{
  append_member_as (out, seen, id, object, member, member);
}

/* Adds the captions of a demonstration's pose script, read as the app
 * and the renderer read it (a script in parts has the captions of all). */
static gboolean
append_captions (GString    *out,
                 GHashTable *seen,
                 const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(UprightPoseScript) script = upright_pose_script_new_from_file (file, &error);
  g_autofree char *base = g_path_get_basename (path);
  GArray *captions;

  if (script == NULL)
    {
      g_printerr ("%s: %s\n", path, error->message);
      return FALSE;
    }

  /* The demonstration's id is its file's name. */
  if (g_str_has_suffix (base, ".json"))
    base[strlen (base) - strlen (".json")] = '\0';

  captions = upright_pose_script_get_captions (script);
  for (guint i = 0; i < captions->len; i++)
    append_string (out, seen, base, "caption", g_array_index (captions, UprightCaption, i).text);

  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  const char *fields[] = {
    "title", "summary", "equipment", "start_position", "steps", "breathing",
  };
  const char *versions[] = { "easier", "harder" };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  const char *check = NULL;
  JsonArray *exercises;
  int n_scripts = argc - 2;

  if (argc >= 4 && g_str_equal (argv[argc - 2], "--check"))
    {
      check = argv[argc - 1];
      n_scripts -= 2;
    }

  if (argc < 2 || n_scripts < 0)
    {
      g_printerr ("usage: catalog-strings CATALOG.json [SCRIPT.json…] [--check FILE]\n");
      return 2;
    }

  if (!json_parser_load_from_file (parser, argv[1], &error))
    {
      g_printerr ("%s: %s\n", argv[1], error->message);
      return 1;
    }

  g_string_append (out,
                   "/* The text of the exercise catalogue and the captions of the\n"
                   " * demonstrations, for translators. This file is made from\n"
                   " * resources/catalog/exercises.json and resources/demos/ by\n"
                   " * tools/catalog-strings and is never compiled: run \"meson compile -C\n"
                   " * build update-catalog-strings\" after changing either. */\n\n");

  exercises = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "exercises");
  for (guint i = 0; i < json_array_get_length (exercises); i++)
    {
      JsonObject *exercise = json_array_get_object_element (exercises, i);
      const char *id = json_object_get_string_member (exercise, "id");
      JsonObject *dose = json_object_get_object_member (exercise, "dose");

      for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
        append_member (out, seen, id, exercise, fields[f]);
      /* The easier and harder versions: their text and their own note. */
      for (guint v = 0; v < G_N_ELEMENTS (versions); v++)
        {
          JsonObject *version = json_object_get_object_member (exercise, versions[v]);
          g_autofree char *text_field = g_strconcat (versions[v], ".text", NULL);
          g_autofree char *safety_field = g_strconcat (versions[v], ".safety", NULL);

          if (version == NULL)
            continue;
          append_member_as (out, seen, id, version, "text", text_field);
          append_member_as (out, seen, id, version, "safety", safety_field);
        }
      append_member (out, seen, id, exercise, "safety");
      append_member (out, seen, id, dose, "note");
    }

  for (int i = 0; i < n_scripts; i++)
    if (!append_captions (out, seen, argv[2 + i]))
      return 1;

  if (check != NULL)
    {
      g_autofree char *current = NULL;

      if (!g_file_get_contents (check, &current, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      if (!g_str_equal (current, out->str))
        {
          g_printerr ("%s is out of date: run \"meson compile -C build update-catalog-strings\"\n", check);
          return 1;
        }
      g_print ("%s is up to date\n", check);
      return 0;
    }

  /* Written as bytes: the text is UTF-8 whatever the locale. */
  fwrite (out->str, 1, out->len, stdout);

  return 0;
}
