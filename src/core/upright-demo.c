/* upright-demo.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include "upright-demo.h"
#include "upright-text.h"

/* The demonstrations are rendered from pose scripts when Upright is built
 * and installed as ID.webm in upright/demos of a data folder. The scripts
 * themselves are in the resources, for their captions.
 *
 * The folders are searched in order: those in UPRIGHT_DEMOS_DIR (for
 * running from the build tree, and for tests), the user's data folder, the
 * system's data folders, and the folder Upright was installed to.
 */

static char *
find_in (const char *dir,
         const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return NULL;

  return g_filename_to_uri (path, NULL, NULL);
}

/**
 * upright_demo_find_uri:
 * @demo_id: an exercise's demonstration id
 *
 * Returns: (transfer full) (nullable): the URI of the demonstration's
 *   video, or %NULL if there is none
 */
char *
upright_demo_find_uri (const char *demo_id)
{
  g_autofree char *name = NULL;
  const char *env;
  char *uri;

  g_return_val_if_fail (demo_id != NULL, NULL);

  if (!upright_text_is_id (demo_id))
    return NULL;

  name = g_strconcat (demo_id, ".webm", NULL);

  env = g_getenv ("UPRIGHT_DEMOS_DIR");
  if (env != NULL && *env != '\0')
    {
      g_auto(GStrv) dirs = g_strsplit (env, G_SEARCHPATH_SEPARATOR_S, -1);

      for (guint i = 0; dirs[i] != NULL; i++)
        if (*dirs[i] != '\0' && (uri = find_in (dirs[i], name)) != NULL)
          return uri;
    }

  {
    g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "upright", "demos", NULL);

    if ((uri = find_in (dir, name)) != NULL)
      return uri;
  }

  for (const char * const *dirs = g_get_system_data_dirs (); *dirs != NULL; dirs++)
    {
      g_autofree char *dir = g_build_filename (*dirs, "upright", "demos", NULL);

      if ((uri = find_in (dir, name)) != NULL)
        return uri;
    }

  {
    g_autofree char *dir = g_build_filename (PKGDATADIR, "demos", NULL);

    return find_in (dir, name);
  }
}

static void
caption_clear (gpointer data)
{
  UprightCaption *caption = data;

  g_free (caption->text);
}

/**
 * upright_demo_read_captions:
 * @script: a pose script
 * @error: where to say what is wrong with it
 *
 * Reads the captions of a demonstration's pose script: its `captions`, a
 * list of objects with a time `t` in seconds and a `text`, in time order.
 *
 * Returns: (transfer full) (element-type UprightCaption) (nullable): the
 *   captions
 */
GArray *
upright_demo_read_captions (GBytes  *script,
                            GError **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GArray) captions = NULL;
  JsonNode *root;
  JsonNode *node;
  JsonArray *array;
  double last = -1;

  g_return_val_if_fail (script != NULL, NULL);

  if (!json_parser_load_from_data (parser, g_bytes_get_data (script, NULL), g_bytes_get_size (script), error))
    return NULL;

  captions = g_array_new (FALSE, TRUE, sizeof (UprightCaption));
  g_array_set_clear_func (captions, caption_clear);

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "Not a pose script");
      return NULL;
    }

  node = json_object_get_member (json_node_get_object (root), "captions");
  if (node == NULL)
    return g_steal_pointer (&captions);
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "Member “captions”: expected a list");
      return NULL;
    }

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      JsonObject *object;
      JsonNode *t, *text;
      UprightCaption caption;

      object = JSON_NODE_HOLDS_OBJECT (element) ? json_node_get_object (element) : NULL;
      t = object != NULL ? json_object_get_member (object, "t") : NULL;
      text = object != NULL ? json_object_get_member (object, "text") : NULL;

      if (t == NULL || !JSON_NODE_HOLDS_VALUE (t) ||
          (json_node_get_value_type (t) != G_TYPE_DOUBLE && json_node_get_value_type (t) != G_TYPE_INT64) ||
          text == NULL || !JSON_NODE_HOLDS_VALUE (text) || json_node_get_value_type (text) != G_TYPE_STRING)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "Caption %u: expected a time “t” and a “text”", i + 1);
          return NULL;
        }

      caption.time = json_node_get_double (t);
      if (caption.time < 0 || caption.time < last)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "Caption %u: the times are not in order", i + 1);
          return NULL;
        }
      last = caption.time;
      /* Shown in the user's language where a translation exists. */
      caption.text = g_strdup (g_dgettext (GETTEXT_PACKAGE, json_node_get_string (text)));
      g_array_append_val (captions, caption);
    }

  return g_steal_pointer (&captions);
}

/**
 * upright_demo_load_captions:
 * @demo_id: an exercise's demonstration id
 * @error: where to say why there are none
 *
 * Returns: (transfer full) (element-type UprightCaption) (nullable): the
 *   captions of the demonstration's pose script in the resources
 */
GArray *
upright_demo_load_captions (const char  *demo_id,
                            GError     **error)
{
  g_autofree char *path = NULL;
  g_autoptr(GBytes) script = NULL;

  g_return_val_if_fail (demo_id != NULL, NULL);

  path = g_strdup_printf (RESOURCE_PREFIX "/demos/%s.json", demo_id);
  script = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (script == NULL)
    return NULL;

  return upright_demo_read_captions (script, error);
}
