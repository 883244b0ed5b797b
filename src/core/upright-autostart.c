/* upright-autostart.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>

#include "upright-autostart.h"

/* Starting at login, outside a sandbox: an entry in the session's autostart
 * folder, as the XDG Autostart specification describes, that starts Upright
 * without a window so that its posture reminders come. Inside a sandbox
 * the Background portal does this instead; see UprightApplication.
 */

/**
 * upright_autostart_get_path:
 * @config_dir: the user's configuration folder, g_get_user_config_dir()
 * @app_id: the application id
 *
 * Returns: (transfer full): where the autostart entry goes
 */
char *
upright_autostart_get_path (const char *config_dir,
                            const char *app_id)
{
  g_autofree char *basename = NULL;

  g_return_val_if_fail (config_dir != NULL, NULL);
  g_return_val_if_fail (app_id != NULL, NULL);

  basename = g_strconcat (app_id, ".desktop", NULL);

  return g_build_filename (config_dir, "autostart", basename, NULL);
}

/**
 * upright_autostart_set:
 * @config_dir: the user's configuration folder
 * @app_id: the application id
 * @name: the application's name, as the session lists it
 * @comment: why it starts, as the session lists it
 * @executable: the program to run, found in `PATH` or a full path
 * @enabled: whether to start at login
 * @error: return location for an error
 *
 * Adds or removes the entry that starts @executable with `--background`
 * when the user logs in. Removing an entry that is not there is no error.
 *
 * Returns: whether the entry is now as asked
 */
gboolean
upright_autostart_set (const char  *config_dir,
                       const char  *app_id,
                       const char  *name,
                       const char  *comment,
                       const char  *executable,
                       gboolean     enabled,
                       GError     **error)
{
  g_autofree char *path = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *quoted = NULL;
  g_autofree char *exec = NULL;
  g_autoptr(GKeyFile) entry = NULL;

  g_return_val_if_fail (config_dir != NULL, FALSE);
  g_return_val_if_fail (app_id != NULL, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (executable != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  path = upright_autostart_get_path (config_dir, app_id);

  if (!enabled)
    {
      if (g_remove (path) != 0 && errno != ENOENT)
        {
          int saved_errno = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       "%s: %s", path, g_strerror (saved_errno));
          return FALSE;
        }
      return TRUE;
    }

  dir = g_path_get_dirname (path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "%s: %s", dir, g_strerror (saved_errno));
      return FALSE;
    }

  quoted = g_shell_quote (executable);
  exec = g_strconcat (quoted, " --background", NULL);

  entry = g_key_file_new ();
  g_key_file_set_string (entry, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_TYPE,
                         G_KEY_FILE_DESKTOP_TYPE_APPLICATION);
  g_key_file_set_string (entry, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_NAME, name);
  if (comment != NULL)
    g_key_file_set_string (entry, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_COMMENT, comment);
  g_key_file_set_string (entry, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_ICON, app_id);
  g_key_file_set_string (entry, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_EXEC, exec);
  g_key_file_set_boolean (entry, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_NO_DISPLAY, TRUE);
  g_key_file_set_boolean (entry, G_KEY_FILE_DESKTOP_GROUP, "X-GNOME-Autostart-enabled", TRUE);

  return g_key_file_save_to_file (entry, path, error);
}
