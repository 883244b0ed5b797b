/* upright-demo.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

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
 * Reads the captions of a demonstration's pose script, with the same
 * parser that checks and renders it, and translates them.
 *
 * Returns: (transfer full) (element-type UprightCaption) (nullable): the
 *   captions, in time order
 */
GArray *
upright_demo_read_captions (GBytes  *script,
                            GError **error)
{
  g_autoptr(UprightPoseScript) pose_script = NULL;
  g_autoptr(GArray) captions = NULL;
  GArray *cues;

  g_return_val_if_fail (script != NULL, NULL);

  pose_script = upright_pose_script_new_from_bytes (script, error);
  if (pose_script == NULL)
    return NULL;

  captions = g_array_new (FALSE, TRUE, sizeof (UprightCaption));
  g_array_set_clear_func (captions, caption_clear);

  cues = upright_pose_script_get_captions (pose_script);
  for (guint i = 0; i < cues->len; i++)
    {
      const UprightCaption *cue = &g_array_index (cues, UprightCaption, i);
      /* Shown in the user's language where a translation exists. */
      UprightCaption caption = { cue->time, g_strdup (g_dgettext (GETTEXT_PACKAGE, cue->text)) };

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

/**
 * upright_demo_load_script:
 * @demo_id: an exercise's demonstration id
 * @error: where to say why there is none
 *
 * Returns: (transfer full) (nullable): the demonstration's pose script in
 *   the resources, for its length and its captions over time
 */
UprightPoseScript *
upright_demo_load_script (const char  *demo_id,
                          GError     **error)
{
  g_autofree char *path = NULL;
  g_autoptr(GBytes) script = NULL;

  g_return_val_if_fail (demo_id != NULL, NULL);

  path = g_strdup_printf (RESOURCE_PREFIX "/demos/%s.json", demo_id);
  script = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (script == NULL)
    return NULL;

  return upright_pose_script_new_from_bytes (script, error);
}
