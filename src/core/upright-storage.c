/* upright-storage.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "upright-storage.h"
#include "upright-storage-private.h"

/* How many numbered names move_aside() tries within one second. */
#define MAX_ASIDE_NAMES 1000

G_DEFINE_QUARK (upright-storage-error-quark, upright_storage_error)

/* Saves are done one at a time in the whole program, and a save checks for
 * cancellation for the last time under this lock, just before the rename. So
 * once a caller has cancelled a save and then saved the same file itself, the
 * cancelled save can no longer put older contents in place afterwards.
 */
static GMutex save_lock;
static gint n_saves;

guint
_upright_storage_get_n_saves (void)
{
  return (guint) g_atomic_int_get (&n_saves);
}

static void
set_errno_error (GError              **error,
                 UprightStorageError   code,
                 int                   saved_errno,
                 const char           *what,
                 const char           *path)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, UPRIGHT_STORAGE_ERROR, code,
               "%s “%s”: %s", what, display, g_strerror (saved_errno));
}

static gboolean
set_error_if_not_local (GFile   *file,
                        char   **path,
                        GError **error)
{
  g_autofree char *uri = NULL;

  *path = g_file_get_path (file);
  if (*path != NULL)
    return FALSE;

  uri = g_file_get_uri (file);
  g_set_error (error, UPRIGHT_STORAGE_ERROR, UPRIGHT_STORAGE_ERROR_NOT_LOCAL,
               "“%s” is not a file in a local folder", uri);
  return TRUE;
}

/* Makes renames in @dir survive a crash. A failure here loses nothing that a
 * crash would not, so it is not reported.
 */
static void
sync_folder (const char *dir)
{
  int fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  if (fd >= 0)
    {
      g_fsync (fd);
      g_close (fd, NULL);
    }
}

static gboolean
write_all (int           fd,
           const guint8 *data,
           gsize         size)
{
  while (size > 0)
    {
      gssize written = write (fd, data, MIN (size, (gsize) G_MAXSSIZE));

      if (written < 0)
        {
          if (errno == EINTR)
            continue;
          return FALSE;
        }

      data += written;
      size -= written;
    }

  return TRUE;
}

/* Writes @data to a new hidden file next to @path that only the user can
 * read, and waits until it is on disk. Returns the new file's path, or NULL
 * with errno set and nothing left behind.
 */
static char *
write_temporary (const char   *path,
                 const guint8 *data,
                 gsize         size)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *name = g_strdup_printf (".%s.XXXXXX", base);
  g_autofree char *tmp_path = g_build_filename (dir, name, NULL);
  int fd, saved_errno;

  fd = g_mkstemp_full (tmp_path, O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0)
    return NULL;

  /* The umask can only take permissions away; make sure of the rest. */
  if (fchmod (fd, 0600) != 0 ||
      !write_all (fd, data, size) ||
      g_fsync (fd) != 0)
    {
      saved_errno = errno;
      g_close (fd, NULL);
      g_unlink (tmp_path);
      errno = saved_errno;
      return NULL;
    }

  if (!g_close (fd, NULL))
    {
      saved_errno = errno;
      g_unlink (tmp_path);
      errno = saved_errno;
      return NULL;
    }

  return g_steal_pointer (&tmp_path);
}

/* Copies the current file at @path to @path.bak, through a temporary file so
 * that the older backup is replaced in one step. A missing file needs no
 * backup.
 */
static gboolean
keep_backup (const char  *path,
             GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *tmp_path = NULL;
  gsize length;
  int saved_errno;

  if (!g_file_get_contents (path, &contents, &length, &local_error))
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return TRUE;

      g_set_error (error, UPRIGHT_STORAGE_ERROR, UPRIGHT_STORAGE_ERROR_BACKUP,
                   "Could not keep a backup: %s", local_error->message);
      return FALSE;
    }

  backup = g_strconcat (path, ".bak", NULL);
  tmp_path = write_temporary (backup, (const guint8 *) contents, length);
  if (tmp_path == NULL)
    {
      set_errno_error (error, UPRIGHT_STORAGE_ERROR_BACKUP, errno, "Could not write", backup);
      return FALSE;
    }

  if (g_rename (tmp_path, backup) != 0)
    {
      saved_errno = errno;
      g_unlink (tmp_path);
      set_errno_error (error, UPRIGHT_STORAGE_ERROR_BACKUP, saved_errno, "Could not replace", backup);
      return FALSE;
    }

  return TRUE;
}

/**
 * upright_storage_get_data_dir:
 *
 * Finds Upright's folder for the user's own files and creates it, readable by
 * the user only, if it does not exist yet.
 *
 * Returns: (transfer full) (type filename): the folder's path
 */
char *
upright_storage_get_data_dir (void)
{
  char *dir = g_build_filename (g_get_user_data_dir (), "upright", NULL);

  /* If this fails, saving the first file reports why. */
  g_mkdir_with_parents (dir, 0700);

  return dir;
}

/**
 * upright_storage_load:
 * @file: a file
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Reads all of @file.
 *
 * Returns: (transfer full) (nullable): the contents, or %NULL with
 *   %G_IO_ERROR_NOT_FOUND if there is no such file
 */
GBytes *
upright_storage_load (GFile         *file,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  GBytes *bytes;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = g_file_load_bytes (file, cancellable, NULL, &local_error);
  if (bytes != NULL)
    return bytes;

  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND) ||
      g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, g_steal_pointer (&local_error));
  else
    g_set_error_literal (error, UPRIGHT_STORAGE_ERROR, UPRIGHT_STORAGE_ERROR_READ,
                         local_error->message);

  return NULL;
}

/**
 * upright_storage_save:
 * @file: a file in a local folder
 * @contents: what to write
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Replaces @file with @contents in one step. The new contents are written to
 * a temporary file in the same folder, readable by the user only, and flushed
 * to disk; a copy of the current file is kept as `FILE.bak`; then the
 * temporary file is renamed over @file. Whatever fails, @file is either left
 * as it was or completely replaced, and no temporary file is left behind.
 * The new file is readable by the user only, whatever the old one was.
 *
 * Saves are done one at a time, and cancelling a save after it has renamed
 * the file does not undo it.
 *
 * Returns: whether @file now holds @contents
 */
gboolean
upright_storage_save (GFile         *file,
                      GBytes        *contents,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(GMutexLocker) locker = NULL;
  g_autofree char *path = NULL;
  g_autofree char *tmp_path = NULL;
  g_autofree char *dir = NULL;
  const guint8 *data;
  gsize size;
  int saved_errno;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (contents != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (set_error_if_not_local (file, &path, error))
    return FALSE;

  locker = g_mutex_locker_new (&save_lock);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  data = g_bytes_get_data (contents, &size);
  tmp_path = write_temporary (path, data, size);
  if (tmp_path == NULL)
    {
      set_errno_error (error, UPRIGHT_STORAGE_ERROR_WRITE, errno, "Could not save", path);
      return FALSE;
    }

  if (!keep_backup (path, error) ||
      g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      g_unlink (tmp_path);
      return FALSE;
    }

  if (g_rename (tmp_path, path) != 0)
    {
      saved_errno = errno;
      g_unlink (tmp_path);
      set_errno_error (error, UPRIGHT_STORAGE_ERROR_REPLACE, saved_errno, "Could not replace", path);
      return FALSE;
    }

  dir = g_path_get_dirname (path);
  sync_folder (dir);
  g_atomic_int_inc (&n_saves);

  return TRUE;
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;

  if (upright_storage_save (G_FILE (source_object), task_data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * upright_storage_save_async:
 * @file: a file in a local folder
 * @contents: what to write
 * @cancellable: (nullable): a cancellable
 * @callback: called when the file has been saved
 * @user_data: data for @callback
 *
 * Does upright_storage_save() in a thread.
 */
void
upright_storage_save_async (GFile               *file,
                            GBytes              *contents,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (contents != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (file, cancellable, callback, user_data);
  g_task_set_source_tag (task, upright_storage_save_async);
  g_task_set_task_data (task, g_bytes_ref (contents), (GDestroyNotify) g_bytes_unref);
  g_task_run_in_thread (task, save_thread);
}

/**
 * upright_storage_save_finish:
 * @file: the file passed to upright_storage_save_async()
 * @result: the result
 * @error: return location for an error
 *
 * Once @cancellable has been cancelled this reports %G_IO_ERROR_CANCELLED,
 * even if the save got as far as replacing the file; callers can rely on
 * that to return early without touching anything they freed meanwhile.
 *
 * Returns: whether @file now holds the contents
 */
gboolean
upright_storage_save_finish (GFile         *file,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, file), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == upright_storage_save_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Renames @from to @to unless @to exists. Making a hard link fails rather
 * than replace anything; where that is not possible (a folder, a file system
 * without hard links), look before renaming instead. Returns FALSE with errno
 * set, EEXIST if @to is taken.
 */
static gboolean
rename_no_replace (const char *from,
                   const char *to)
{
  GStatBuf buf;
  int saved_errno;

  if (link (from, to) == 0)
    {
      if (g_unlink (from) == 0)
        return TRUE;

      saved_errno = errno;
      g_unlink (to);
      errno = saved_errno;
      return FALSE;
    }

  if (errno == EEXIST || errno == ENOENT)
    return FALSE;

  if (g_lstat (to, &buf) == 0)
    {
      errno = EEXIST;
      return FALSE;
    }
  if (errno != ENOENT)
    return FALSE;

  return g_rename (from, to) == 0;
}

/**
 * upright_storage_move_aside:
 * @file: a file in a local folder that cannot be read
 * @error: return location for an error
 *
 * Renames @file to `FILE.corrupt-YYYYMMDD-HHMMSS` (local time), adding `-2`,
 * `-3`… if that name is taken, so that nothing is ever overwritten and the
 * user can still find her data.
 *
 * Returns: (transfer full) (nullable): where @file is now, or %NULL with
 *   %G_IO_ERROR_NOT_FOUND if there is no such file
 */
GFile *
upright_storage_move_aside (GFile   *file,
                            GError **error)
{
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *path = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *dir = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (set_error_if_not_local (file, &path, error))
    return NULL;

  now = g_date_time_new_now_local ();
  stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");

  for (guint n = 1; n <= MAX_ASIDE_NAMES; n++)
    {
      g_autofree char *target = NULL;

      if (n == 1)
        target = g_strdup_printf ("%s.corrupt-%s", path, stamp);
      else
        target = g_strdup_printf ("%s.corrupt-%s-%u", path, stamp, n);

      if (rename_no_replace (path, target))
        {
          dir = g_path_get_dirname (path);
          sync_folder (dir);
          return g_file_new_for_path (target);
        }

      if (errno == EEXIST)
        continue;

      if (errno == ENOENT)
        {
          g_autofree char *display = g_filename_display_name (path);

          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                       "Could not move “%s” aside: there is no such file", display);
        }
      else
        {
          set_errno_error (error, UPRIGHT_STORAGE_ERROR_MOVE_ASIDE, errno, "Could not move aside", path);
        }
      return NULL;
    }

  set_errno_error (error, UPRIGHT_STORAGE_ERROR_MOVE_ASIDE, EEXIST, "Could not move aside", path);

  return NULL;
}
