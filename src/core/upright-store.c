/* upright-store.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "upright-store.h"
#include "upright-store-private.h"

/**
 * UprightStore:
 *
 * The one save engine under the journal and the plan. It reads its file in
 * a thread and hands what it read to its owner; it writes the owner's
 * changes shortly after they are made, a burst of them at once, or at once
 * when asked to (upright_store_save_async()), and once more when it is
 * closed.
 *
 * Every write goes to a temporary file that only the user can read, is
 * flushed to disk, and then takes the file's place in one step, so a crash
 * at any moment leaves either the old file or the new one. The file it
 * replaces stays as `FILE.bak`.
 *
 * Nothing the user once saved is overwritten by accident:
 *
 * - A file that cannot be read is moved aside to `FILE.corrupt-STAMP`, and
 *   the backup of the last good file is kept as `FILE.last-good`, a name
 *   that later saves never touch, until the person decides what to do.
 * - Entries the owner cannot read are left out one by one; the file as it
 *   was is then kept aside too.
 * - If another program, or another Upright, changed the file since it was
 *   read or written here, the store reads that file again and lets the
 *   owner merge it, keeping the owner's own unsaved changes, before it
 *   writes. Upright's writers take a lock on the folder around this.
 *
 * Leftovers of interrupted saves are removed when the file is read.
 */

/* Changes are written this long after the first one, so that a burst of
 * changes is written once. */
#define DEFAULT_SAVE_DELAY_MS 500

/* How many times in a row a save reads another program's changes before it
 * gives up. */
#define MAX_MERGES 8

/* How many numbered names are tried for a file put aside within one second. */
#define MAX_ASIDE_NAMES 1000

G_DEFINE_QUARK (upright-store-error-quark, upright_store_error)

static gint n_writes;

guint
_upright_store_get_n_writes (void)
{
  return (guint) g_atomic_int_get (&n_writes);
}

/* What says that a file is still the one that was read or written. */
typedef struct {
  gboolean exists;
  dev_t    dev;
  ino_t    ino;
  goffset  size;
  gint64   mtime_ns;
  gint64   ctime_ns;
} Identity;

typedef struct {
  gpointer   parsed;
  GPtrArray *dropped;
  GFile     *recovered_file;
  GFile     *last_good_file;
  Identity   identity;
} LoadData;

/* What a store's threads share with it. Threads hold a reference to this,
 * never to the store, so the store is never freed in a thread. */
typedef struct {
  char                     *path;
  const UprightStoreFormat *format;
  /* Guards @identity, which save threads update. */
  GMutex                    lock;
  /* The file as it was last read or written here. */
  Identity                  identity;
  /* Set once close() takes over from any save still in a thread. */
  gint                      closing;
} Shared;

/* What a save found and did. */
typedef struct {
  const UprightStoreFormat *format;
  /* Another program's file, read because it changed. */
  gpointer                  parsed;
  Identity                  identity;
  /* Where that file went, if it could not be read. */
  GFile                    *recovered_file;
} SaveOutcome;

typedef struct {
  Shared   *shared;
  gpointer  snapshot;
} SaveJob;

typedef struct {
  Shared *shared;
  GFile  *file;
} ReadJob;

struct _UprightStore
{
  GObject                   parent_instance;

  GFile                    *file;
  /* The path in @shared is NULL if @file is not local. */
  Shared                   *shared;
  const UprightStoreFormat *format;
  /* Not a reference: the owner holds the store and closes it. NULL once
   * the store is closed. */
  gpointer                  owner;

  UprightStoreState         state;
  GError                   *load_error;
  GFile                    *recovered_file;
  GStrv                     dropped;
  GFile                    *last_good_file;
  /* Where the last good copy went when it was used. */
  GFile                    *used_last_good_file;

  /* Keys of changes no save has started to write. */
  GHashTable               *dirty;
  gboolean                  dirty_all;
  /* Keys of changes the running save writes. */
  GHashTable               *in_flight;
  gboolean                  in_flight_all;

  GError                   *save_error;
  guint                     save_delay_ms;
  guint                     save_source;
  guint                     n_merges;
  gboolean                  saving;
  /* Tasks of upright_store_save_async() waiting for their changes to be
   * written. */
  GPtrArray                *save_tasks;
  GCancellable             *cancellable;
};

G_DEFINE_FINAL_TYPE (UprightStore, upright_store, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STATE,
  PROP_LAST_GOOD_FILE,
  PROP_HAS_UNSAVED_CHANGES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SAVED,
  SAVE_FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void start_save (UprightStore *self);

static void
shared_clear (gpointer data)
{
  Shared *shared = data;

  g_free (shared->path);
  g_mutex_clear (&shared->lock);
}

static Shared *
shared_new (const char               *path,
            const UprightStoreFormat *format)
{
  Shared *shared = g_atomic_rc_box_new0 (Shared);

  shared->path = g_strdup (path);
  shared->format = format;
  g_mutex_init (&shared->lock);

  return shared;
}

static Shared *
shared_ref (Shared *shared)
{
  return g_atomic_rc_box_acquire (shared);
}

static void
shared_unref (Shared *shared)
{
  g_atomic_rc_box_release_full (shared, shared_clear);
}

static Identity
shared_get_identity (Shared *shared)
{
  Identity identity;

  g_mutex_lock (&shared->lock);
  identity = shared->identity;
  g_mutex_unlock (&shared->lock);

  return identity;
}

static void
shared_set_identity (Shared         *shared,
                     const Identity *identity)
{
  g_mutex_lock (&shared->lock);
  shared->identity = *identity;
  g_mutex_unlock (&shared->lock);
}

/* Files */

static int
error_code_for_errno (int                saved_errno,
                      UprightStoreError  fallback)
{
  switch (saved_errno)
    {
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
      return UPRIGHT_STORE_ERROR_NO_SPACE;

    case EACCES:
    case EPERM:
    case EROFS:
      return UPRIGHT_STORE_ERROR_READ_ONLY;

    default:
      return fallback;
    }
}

/* Sets @error for an errno, in words a person can act on. */
static void
set_errno_error (GError            **error,
                 UprightStoreError   fallback,
                 int                 saved_errno,
                 const char         *path)
{
  g_autofree char *display = g_filename_display_name (path);
  int code = error_code_for_errno (saved_errno, fallback);

  switch (code)
    {
    case UPRIGHT_STORE_ERROR_NO_SPACE:
      g_set_error (error, UPRIGHT_STORE_ERROR, code,
                   _("There is no room left on the disk to save “%s”."), display);
      break;

    case UPRIGHT_STORE_ERROR_READ_ONLY:
      g_set_error (error, UPRIGHT_STORE_ERROR, code,
                   _("Upright may not change “%s”: the file or its folder is read-only."),
                   display);
      break;

    case UPRIGHT_STORE_ERROR_READ:
      g_set_error (error, UPRIGHT_STORE_ERROR, code,
                   _("“%s” could not be read: %s."), display, g_strerror (saved_errno));
      break;

    default:
      g_set_error (error, UPRIGHT_STORE_ERROR, code,
                   _("“%s” could not be saved: %s."), display, g_strerror (saved_errno));
      break;
    }
}

static Identity
get_identity (const char *path)
{
  Identity identity = { FALSE, };
  struct stat buf;

  if (stat (path, &buf) != 0)
    return identity;

  identity.exists = TRUE;
  identity.dev = buf.st_dev;
  identity.ino = buf.st_ino;
  identity.size = buf.st_size;
  identity.mtime_ns = (gint64) buf.st_mtim.tv_sec * G_GINT64_CONSTANT (1000000000) + buf.st_mtim.tv_nsec;
  identity.ctime_ns = (gint64) buf.st_ctim.tv_sec * G_GINT64_CONSTANT (1000000000) + buf.st_ctim.tv_nsec;

  return identity;
}

static gboolean
identity_equal (const Identity *a,
                const Identity *b)
{
  if (a->exists != b->exists)
    return FALSE;
  if (!a->exists)
    return TRUE;

  return a->dev == b->dev && a->ino == b->ino && a->size == b->size &&
         a->mtime_ns == b->mtime_ns && a->ctime_ns == b->ctime_ns;
}

/* Makes renames in @dir survive a crash. A failure here loses nothing that a
 * crash would not, so it is not reported. */
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

/* Writes @bytes to a new hidden file next to @path, `.NAME.XXXXXX`, that
 * only the user can read, and waits until it is on disk. Returns the new
 * file's path, or NULL with errno set and nothing left behind. */
static char *
write_temporary (const char *path,
                 GBytes     *bytes)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *name = g_strdup_printf (".%s.XXXXXX", base);
  g_autofree char *tmp_path = g_build_filename (dir, name, NULL);
  const guint8 *data;
  gsize size;
  int fd, saved_errno;

  fd = g_mkstemp_full (tmp_path, O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0)
    return NULL;

  data = g_bytes_get_data (bytes, &size);

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

/* Renames @from to @to unless @to exists. Making a hard link fails rather
 * than replace anything; where that is not possible (a file system without
 * hard links), look before renaming instead. Returns FALSE with errno set,
 * EEXIST if @to is taken. */
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

/* Renames @from to `PATH.KIND-YYYYMMDD-HHMMSS` (local time), adding `-2`,
 * `-3`… if that name is taken, so that nothing is ever overwritten, and
 * makes it private. Returns the new path, or NULL with errno set. */
static char *
put_aside (const char *from,
           const char *path,
           const char *kind)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");

  for (guint n = 1; n <= MAX_ASIDE_NAMES; n++)
    {
      g_autofree char *target = NULL;

      if (n == 1)
        target = g_strdup_printf ("%s.%s-%s", path, kind, stamp);
      else
        target = g_strdup_printf ("%s.%s-%s-%u", path, kind, stamp, n);

      if (rename_no_replace (from, target))
        {
          g_chmod (target, 0600);
          return g_steal_pointer (&target);
        }

      if (errno != EEXIST)
        return NULL;
    }

  errno = EEXIST;
  return NULL;
}

/* Keeps the file at @path as `PATH.bak` before it is replaced. The backup
 * is another name for the same file, so keeping it costs nothing however
 * large the file is. */
static gboolean
keep_backup (const char  *path,
             GError     **error)
{
  g_autofree char *backup = g_strconcat (path, ".bak", NULL);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *name = g_strdup_printf (".%s.bak.XXXXXX", base);
  g_autofree char *tmp_path = g_build_filename (dir, name, NULL);
  int fd, saved_errno;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return TRUE;

  /* Reserve a name, then make it the second name of the file. */
  fd = g_mkstemp_full (tmp_path, O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      set_errno_error (error, UPRIGHT_STORE_ERROR_WRITE, errno, backup);
      return FALSE;
    }
  g_close (fd, NULL);
  g_unlink (tmp_path);

  if (link (path, tmp_path) != 0)
    {
      g_autoptr(GError) local_error = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autofree char *copy = NULL;

      /* A file system without hard links: copy it. */
      bytes = g_file_load_bytes (file, NULL, NULL, &local_error);
      if (bytes == NULL)
        {
          g_set_error (error, UPRIGHT_STORE_ERROR, UPRIGHT_STORE_ERROR_WRITE,
                       _("A backup of “%s” could not be kept: %s"), backup, local_error->message);
          return FALSE;
        }

      copy = write_temporary (backup, bytes);
      if (copy == NULL)
        {
          set_errno_error (error, UPRIGHT_STORE_ERROR_WRITE, errno, backup);
          return FALSE;
        }
      g_free (tmp_path);
      tmp_path = g_steal_pointer (&copy);
    }

  g_chmod (tmp_path, 0600);

  if (g_rename (tmp_path, backup) != 0)
    {
      saved_errno = errno;
      g_unlink (tmp_path);
      set_errno_error (error, UPRIGHT_STORE_ERROR_WRITE, saved_errno, backup);
      return FALSE;
    }

  return TRUE;
}

/* Takes the lock that writers of @path share: a lock on its folder, so no
 * file is needed for it. Waits for it. Returns the lock's file descriptor,
 * or -1 with @error set. */
static int
take_lock (const char  *path,
           GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd;

  fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      set_errno_error (error, UPRIGHT_STORE_ERROR_WRITE, errno, path);
      return -1;
    }

  while (flock (fd, LOCK_EX) != 0)
    {
      /* Without locks, saving still works as before. */
      if (errno != EINTR)
        break;
    }

  return fd;
}

static void
drop_lock (int fd)
{
  if (fd >= 0)
    g_close (fd, NULL);
}

/* Whether @name is a temporary file of a save of @base that was interrupted:
 * `.BASE.XXXXXX` or `.BASE.bak.XXXXXX`. */
static gboolean
is_leftover (const char *name,
             const char *base)
{
  gsize base_len = strlen (base);
  const char *rest;
  gsize rest_len;

  if (name[0] != '.' || strncmp (name + 1, base, base_len) != 0)
    return FALSE;

  rest = name + 1 + base_len;
  if (g_str_has_prefix (rest, ".bak."))
    rest += strlen (".bak");

  rest_len = strlen (rest);
  if (rest_len != 7 || rest[0] != '.')
    return FALSE;

  for (gsize i = 1; i < rest_len; i++)
    {
      if (!g_ascii_isalnum (rest[i]))
        return FALSE;
    }

  return TRUE;
}

/* Removes what interrupted saves of @path left behind. Called with the lock
 * held, so no save is running. */
static void
remove_leftovers (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  const char *name;

  while (folder != NULL && (name = g_dir_read_name (folder)) != NULL)
    {
      if (is_leftover (name, base))
        {
          g_autofree char *leftover = g_build_filename (dir, name, NULL);

          g_debug ("Removing %s, left by an interrupted save", leftover);
          g_unlink (leftover);
        }
    }
}

/* Reads the file at @path, refusing anything but a regular file: a pipe or
 * a device would never end. The contents are followed by @padding zero
 * bytes that are not part of them. Returns NULL with errno set, ENOENT if
 * there is no file.
 *
 * The file is read rather than mapped: a mapping costs as much memory once
 * it is read through, and another program making the file shorter
 * meanwhile would crash the app. */
static GBytes *
read_regular_file (const char *path,
                   gsize       padding)
{
  g_autofree char *data = NULL;
  GStatBuf buf;
  gsize allocated, length = 0;
  int fd, saved_errno;

  if (g_stat (path, &buf) != 0)
    return NULL;

  if (!S_ISREG (buf.st_mode))
    {
      errno = EINVAL;
      return NULL;
    }

  /* Not blocking, in case a pipe took the file's place since. */
  fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NONBLOCK, 0);
  if (fd < 0)
    return NULL;

  if (fstat (fd, &buf) != 0 || !S_ISREG (buf.st_mode))
    {
      saved_errno = S_ISREG (buf.st_mode) ? errno : EINVAL;
      g_close (fd, NULL);
      errno = saved_errno;
      return NULL;
    }

  /* One byte more than the file, to see its end in one read. */
  allocated = (gsize) buf.st_size + 1;
  data = g_malloc (allocated + padding);

  for (;;)
    {
      gssize n;

      if (length == allocated)
        {
          allocated *= 2;
          data = g_realloc (data, allocated + padding);
        }

      n = read (fd, data + length, allocated - length);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          saved_errno = errno;
          g_close (fd, NULL);
          errno = saved_errno;
          return NULL;
        }
      if (n == 0)
        break;
      length += n;
    }

  g_close (fd, NULL);
  memset (data + length, 0, padding);

  return g_bytes_new_take (g_steal_pointer (&data), length);
}

/* Writes @bytes to @path in one step, keeping the old file as the backup,
 * with the lock held. */
static gboolean
replace_file (const char  *path,
              GBytes      *bytes,
              GError     **error)
{
  g_autofree char *tmp_path = NULL;
  g_autofree char *dir = NULL;
  int saved_errno;

  tmp_path = write_temporary (path, bytes);
  if (tmp_path == NULL)
    {
      set_errno_error (error, UPRIGHT_STORE_ERROR_WRITE, errno, path);
      return FALSE;
    }

  if (!keep_backup (path, error))
    {
      g_unlink (tmp_path);
      return FALSE;
    }

  if (g_rename (tmp_path, path) != 0)
    {
      saved_errno = errno;
      g_unlink (tmp_path);
      set_errno_error (error, UPRIGHT_STORE_ERROR_WRITE, saved_errno, path);
      return FALSE;
    }

  dir = g_path_get_dirname (path);
  sync_folder (dir);

  return TRUE;
}

/**
 * upright_store_get_data_dir:
 *
 * Finds Upright's folder for the user's own files and creates it if it does
 * not exist yet. Only the user may read it, whatever it was before.
 *
 * Returns: (transfer full) (type filename): the folder's path
 */
char *
upright_store_get_data_dir (void)
{
  char *dir = g_build_filename (g_get_user_data_dir (), "upright", NULL);

  /* If this fails, reading or saving the first file says why. */
  g_mkdir_with_parents (dir, 0700);
  g_chmod (dir, 0700);

  return dir;
}

/* Parsing */

/* Hands @bytes to the format; unless they are @padded as read_regular_file()
 * pads them, a copy that is. */
static gpointer
parse_bytes (const UprightStoreFormat  *format,
             GBytes                    *bytes,
             gboolean                   padded,
             GPtrArray                 *dropped,
             GError                   **error)
{
  g_autoptr(GBytes) copy = NULL;

  if (bytes != NULL && !padded && format->padding > 0)
    {
      gsize size;
      const char *data = g_bytes_get_data (bytes, &size);
      char *padded_data = g_malloc0 (size + format->padding);

      memcpy (padded_data, data, size);
      bytes = copy = g_bytes_new_take (padded_data, size);
    }

  return format->parse (bytes, dropped, error);
}

static void
load_data_free (LoadData *load)
{
  g_clear_pointer (&load->dropped, g_ptr_array_unref);
  g_clear_object (&load->recovered_file);
  g_clear_object (&load->last_good_file);
  g_free (load);
}

/* Keeps the backup, the last good file before a file that could not be
 * read, as `PATH.last-good`, a name no save replaces. An older copy of that
 * name that nobody decided about goes aside. */
static GFile *
keep_last_good (const char *path)
{
  g_autofree char *backup = g_strconcat (path, ".bak", NULL);
  g_autofree char *last_good = g_strconcat (path, ".last-good", NULL);

  if (!g_file_test (backup, G_FILE_TEST_IS_REGULAR))
    return NULL;

  if (g_file_test (last_good, G_FILE_TEST_EXISTS))
    {
      g_autofree char *aside = put_aside (last_good, path, "last-good");

      if (aside == NULL)
        {
          g_warning ("Could not put the older last good copy %s aside: %s", last_good, g_strerror (errno));
          return NULL;
        }
    }

  if (!rename_no_replace (backup, last_good))
    {
      g_warning ("Could not keep %s as the last good copy: %s", backup, g_strerror (errno));
      return NULL;
    }

  g_chmod (last_good, 0600);

  return g_file_new_for_path (last_good);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Shared *shared = task_data;
  const UprightStoreFormat *format = shared->format;
  const char *path = shared->path;
  g_autofree char *last_good = g_strconcat (path, ".last-good", NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  LoadData *load;
  int lock;

  lock = take_lock (path, &error);
  if (lock < 0)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  load = g_new0 (LoadData, 1);
  load->dropped = g_ptr_array_new_with_free_func (g_free);

  remove_leftovers (path);

  /* Only the user may read what Upright keeps, whoever made the file. */
  g_chmod (path, 0600);

  bytes = read_regular_file (path, format->padding);
  if (bytes == NULL && errno != ENOENT)
    {
      set_errno_error (&error, UPRIGHT_STORE_ERROR_READ, errno, path);
      goto fail;
    }

  if (bytes != NULL)
    {
      g_autoptr(GError) parse_error = NULL;

      load->parsed = parse_bytes (format, bytes, TRUE, load->dropped, &parse_error);

      if (load->parsed == NULL)
        {
          g_autofree char *aside = NULL;

          /* Never overwrite what cannot be read: it is the user's data. */
          g_debug ("%s cannot be read and is moved aside: %s", path, parse_error->message);
          aside = put_aside (path, path, "corrupt");
          if (aside == NULL)
            {
              g_autofree char *display = g_filename_display_name (path);
              int code = error_code_for_errno (errno, UPRIGHT_STORE_ERROR_WRITE);

              g_set_error (&error, UPRIGHT_STORE_ERROR, code,
                           _("“%s” cannot be read, and it could not be moved aside to keep it safe: %s."),
                           display, g_strerror (errno));
              goto fail;
            }

          {
            g_autofree char *dir = g_path_get_dirname (path);

            sync_folder (dir);
          }
          load->recovered_file = g_file_new_for_path (aside);
          load->last_good_file = keep_last_good (path);
        }
      else if (load->dropped->len > 0)
        {
          g_autofree char *tmp_path = write_temporary (path, bytes);
          g_autofree char *copy = NULL;

          /* The rest is used; the file as it was is kept aside. */
          if (tmp_path != NULL)
            copy = put_aside (tmp_path, path, "corrupt");
          if (copy == NULL)
            {
              if (tmp_path != NULL)
                g_unlink (tmp_path);
              set_errno_error (&error, UPRIGHT_STORE_ERROR_WRITE, errno, path);
              goto fail;
            }
          load->recovered_file = g_file_new_for_path (copy);
        }
    }

  if (load->parsed == NULL)
    load->parsed = parse_bytes (format, NULL, TRUE, load->dropped, NULL);

  /* A copy that was kept from an earlier recovery is still offered. */
  if (load->last_good_file == NULL && g_file_test (last_good, G_FILE_TEST_IS_REGULAR))
    load->last_good_file = g_file_new_for_path (last_good);

  load->identity = get_identity (path);
  drop_lock (lock);

  g_task_return_pointer (task, load, (GDestroyNotify) load_data_free);
  return;

fail:
  drop_lock (lock);
  if (load->parsed != NULL)
    format->free_parsed (load->parsed);
  load_data_free (load);
  g_task_return_error (task, g_steal_pointer (&error));
}

/* Saving */

/* Saves @snapshot unless another program changed the file since this store
 * last read or wrote it; then it reads that file for the owner to merge and
 * says so in @outcome. Runs in a thread, or in close(). */
static gboolean
save_file (Shared       *shared,
           gpointer       snapshot,
           gboolean       closing,
           SaveOutcome   *outcome,
           GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  Identity expected, current;
  int lock;

  lock = take_lock (shared->path, error);
  if (lock < 0)
    return FALSE;

  expected = shared_get_identity (shared);
  current = get_identity (shared->path);

  /* A save that close() took over from writes nothing more. */
  if (!closing && g_atomic_int_get (&shared->closing))
    {
      drop_lock (lock);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "Closed");
      return FALSE;
    }

  if (current.exists && !identity_equal (&current, &expected))
    {
      g_autoptr(GBytes) theirs = read_regular_file (shared->path, shared->format->padding);
      g_autoptr(GPtrArray) dropped = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GError) parse_error = NULL;

      if (theirs == NULL)
        {
          set_errno_error (error, UPRIGHT_STORE_ERROR_READ, errno, shared->path);
          drop_lock (lock);
          return FALSE;
        }

      outcome->parsed = parse_bytes (shared->format, theirs, TRUE, dropped, &parse_error);
      if (outcome->parsed != NULL)
        {
          outcome->identity = current;
          drop_lock (lock);
          return TRUE;
        }
      else
        {
          g_autofree char *aside = put_aside (shared->path, shared->path, "corrupt");

          /* What another program wrote cannot be read: keep it aside and
           * write what this one has. */
          if (aside == NULL)
            {
              set_errno_error (error, UPRIGHT_STORE_ERROR_WRITE, errno, shared->path);
              drop_lock (lock);
              return FALSE;
            }
          outcome->recovered_file = g_file_new_for_path (aside);
        }
    }

  bytes = shared->format->serialize (snapshot);
  if (!replace_file (shared->path, bytes, error))
    {
      drop_lock (lock);
      return FALSE;
    }

  g_atomic_int_inc (&n_writes);
  current = get_identity (shared->path);
  shared_set_identity (shared, &current);

  drop_lock (lock);

  return TRUE;
}

static void
save_outcome_free (SaveOutcome *outcome)
{
  if (outcome->parsed != NULL)
    outcome->format->free_parsed (outcome->parsed);
  g_clear_object (&outcome->recovered_file);
  g_free (outcome);
}

static void
save_job_free (SaveJob *job)
{
  job->shared->format->free_snapshot (job->snapshot);
  shared_unref (job->shared);
  g_free (job);
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveJob *job = task_data;
  SaveOutcome *outcome = g_new0 (SaveOutcome, 1);
  GError *error = NULL;

  outcome->format = job->shared->format;
  if (save_file (job->shared, job->snapshot, FALSE, outcome, &error))
    {
      g_task_return_pointer (task, outcome, (GDestroyNotify) save_outcome_free);
    }
  else
    {
      save_outcome_free (outcome);
      g_task_return_error (task, error);
    }
}

static void
add_keys (GHashTable *to,
          GHashTable *from)
{
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, from);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_hash_table_add (to, g_strdup (key));
}

static gboolean
has_changes (UprightStore *self)
{
  return self->dirty_all || g_hash_table_size (self->dirty) > 0;
}

static void
notify_unsaved (UprightStore *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_UNSAVED_CHANGES]);
}

/* Puts the changes of a save that did not write back with the others. */
static void
return_in_flight (UprightStore *self)
{
  add_keys (self->dirty, self->in_flight);
  self->dirty_all |= self->in_flight_all;
  g_hash_table_remove_all (self->in_flight);
  self->in_flight_all = FALSE;
}

static void
complete_save_tasks (UprightStore *self,
                     const GError *error)
{
  g_autoptr(GPtrArray) tasks = g_steal_pointer (&self->save_tasks);

  self->save_tasks = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < tasks->len; i++)
    {
      GTask *task = g_ptr_array_index (tasks, i);

      if (error != NULL)
        g_task_return_error (task, g_error_copy (error));
      else
        g_task_return_boolean (task, TRUE);
    }
}

/* Returns whether a save works again after a failure. */
static gboolean
set_save_error (UprightStore *self,
                const GError *error)
{
  gboolean recovered = error == NULL && self->save_error != NULL;

  g_clear_error (&self->save_error);
  if (error != NULL)
    self->save_error = g_error_copy (error);

  return recovered;
}

static void
set_recovered_file (UprightStore *self,
                    GFile        *file)
{
  g_set_object (&self->recovered_file, file);
}

/* Lets the owner take in another program's file, keeping its own unsaved
 * changes, which are then all still to be written. */
static void
merge_theirs (UprightStore *self,
              SaveOutcome  *outcome)
{
  return_in_flight (self);

  shared_set_identity (self->shared, &outcome->identity);

  self->format->merge (self->owner, outcome->parsed, self->dirty, self->dirty_all);
  self->format->free_parsed (outcome->parsed);
  outcome->parsed = NULL;
}

static gboolean
save_timeout_cb (gpointer user_data)
{
  UprightStore *self = user_data;

  self->save_source = 0;
  start_save (self);

  return G_SOURCE_REMOVE;
}

static void
schedule_save (UprightStore *self)
{
  g_assert (self->state == UPRIGHT_STORE_STATE_READY);

  /* A running save schedules the next one when it is done. */
  if (self->save_source != 0 || self->saving)
    return;

  self->save_source = g_timeout_add (self->save_delay_ms, save_timeout_cb, self);
  g_source_set_name_by_id (self->save_source, "[upright] save");
}

static void
save_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  UprightStore *self = user_data;
  g_autoptr(GError) error = NULL;
  SaveOutcome *outcome;

  outcome = g_task_propagate_pointer (G_TASK (result), &error);

  /* The store was closed or disposed: it may be gone, so return before
   * touching it. close() wrote everything itself. */
  if (g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    {
      g_clear_pointer (&outcome, save_outcome_free);
      return;
    }

  self->saving = FALSE;

  /* close() wrote everything itself. */
  if (self->state != UPRIGHT_STORE_STATE_READY)
    {
      g_clear_pointer (&outcome, save_outcome_free);
      return;
    }

  if (outcome == NULL)
    {
      /* Written again with the next change or save. */
      return_in_flight (self);
      set_save_error (self, error);
      complete_save_tasks (self, error);
      g_signal_emit (self, signals[SAVE_FAILED], 0, error);
      return;
    }

  if (outcome->recovered_file != NULL)
    set_recovered_file (self, outcome->recovered_file);

  if (outcome->parsed != NULL)
    {
      self->n_merges++;
      if (self->n_merges > MAX_MERGES)
        {
          g_autofree char *display = g_filename_display_name (self->shared->path);

          save_outcome_free (outcome);
          self->n_merges = 0;
          return_in_flight (self);
          g_set_error (&error, UPRIGHT_STORE_ERROR, UPRIGHT_STORE_ERROR_BUSY,
                       _("Other programs kept changing “%s”, so Upright could not save it."), display);
          set_save_error (self, error);
          complete_save_tasks (self, error);
          g_signal_emit (self, signals[SAVE_FAILED], 0, error);
          return;
        }

      merge_theirs (self, outcome);
      save_outcome_free (outcome);
      start_save (self);
      return;
    }

  save_outcome_free (outcome);
  self->n_merges = 0;
  g_hash_table_remove_all (self->in_flight);
  self->in_flight_all = FALSE;

  g_object_ref (self);
  if (set_save_error (self, NULL))
    g_signal_emit (self, signals[SAVE_FAILED], 0, NULL);
  g_signal_emit (self, signals[SAVED], 0);

  if (!has_changes (self))
    {
      complete_save_tasks (self, NULL);
      notify_unsaved (self);
    }
  else if (self->save_tasks->len > 0)
    start_save (self);
  else
    schedule_save (self);
  g_object_unref (self);
}

static void
start_save (UprightStore *self)
{
  g_autoptr(GTask) task = NULL;
  SaveJob *job;
  GHashTable *swap;

  g_assert (self->state == UPRIGHT_STORE_STATE_READY);
  g_assert (!self->saving);

  g_clear_handle_id (&self->save_source, g_source_remove);

  swap = self->in_flight;
  self->in_flight = self->dirty;
  self->dirty = swap;
  g_hash_table_remove_all (self->dirty);
  self->in_flight_all = self->dirty_all;
  self->dirty_all = FALSE;

  job = g_new0 (SaveJob, 1);
  job->shared = shared_ref (self->shared);
  job->snapshot = self->format->snapshot (self->owner);
  self->saving = TRUE;

  /* The task does not hold the store, which is never freed in a thread;
   * closing or disposing it cancels, and the result is then “cancelled”. */
  task = g_task_new (NULL, self->cancellable, save_cb, self);
  g_task_set_source_tag (task, start_save);
  g_task_set_task_data (task, job, (GDestroyNotify) save_job_free);
  g_task_run_in_thread (task, save_thread);
}

/* GObject */

static void
upright_store_dispose (GObject *object)
{
  UprightStore *self = UPRIGHT_STORE (object);

  g_clear_handle_id (&self->save_source, g_source_remove);
  g_cancellable_cancel (self->cancellable);

  if (self->save_tasks->len > 0)
    {
      g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED, "Closed");

      complete_save_tasks (self, error);
    }

  G_OBJECT_CLASS (upright_store_parent_class)->dispose (object);
}

static void
upright_store_finalize (GObject *object)
{
  UprightStore *self = UPRIGHT_STORE (object);

  g_clear_object (&self->file);
  g_clear_pointer (&self->shared, shared_unref);
  g_clear_error (&self->load_error);
  g_clear_object (&self->recovered_file);
  g_strfreev (self->dropped);
  g_clear_object (&self->last_good_file);
  g_clear_object (&self->used_last_good_file);
  g_clear_pointer (&self->dirty, g_hash_table_unref);
  g_clear_pointer (&self->in_flight, g_hash_table_unref);
  g_clear_error (&self->save_error);
  g_clear_pointer (&self->save_tasks, g_ptr_array_unref);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (upright_store_parent_class)->finalize (object);
}

static void
upright_store_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  UprightStore *self = UPRIGHT_STORE (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_int (value, self->state);
      break;

    case PROP_LAST_GOOD_FILE:
      g_value_set_object (value, self->last_good_file);
      break;

    case PROP_HAS_UNSAVED_CHANGES:
      g_value_set_boolean (value, upright_store_has_unsaved_changes (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
upright_store_class_init (UprightStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = upright_store_dispose;
  object_class->finalize = upright_store_finalize;
  object_class->get_property = upright_store_get_property;

  /**
   * UprightStore:state:
   *
   * An #UprightStoreState.
   */
  properties[PROP_STATE] =
    g_param_spec_int ("state", NULL, NULL,
                      UPRIGHT_STORE_STATE_NEW, UPRIGHT_STORE_STATE_CLOSED, UPRIGHT_STORE_STATE_NEW,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * UprightStore:last-good-file:
   *
   * The last good copy of a file that could not be read, while it waits
   * for the person to decide about it.
   */
  properties[PROP_LAST_GOOD_FILE] =
    g_param_spec_object ("last-good-file", NULL, NULL,
                         G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * UprightStore:has-unsaved-changes:
   *
   * Whether changes wait to be written, or could not be.
   */
  properties[PROP_HAS_UNSAVED_CHANGES] =
    g_param_spec_boolean ("has-unsaved-changes", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * UprightStore::saved:
   *
   * Emitted after every write of the file.
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * UprightStore::save-failed:
   * @error: (nullable): why the last save failed, or %NULL once a save
   *   works again
   *
   * Emitted when a save fails, and when one works after a failure. The
   * changes are kept and written with the next change or save.
   */
  signals[SAVE_FAILED] =
    g_signal_new ("save-failed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
upright_store_init (UprightStore *self)
{
  self->dirty = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->in_flight = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->save_tasks = g_ptr_array_new_with_free_func (g_object_unref);
  self->save_delay_ms = DEFAULT_SAVE_DELAY_MS;
  self->cancellable = g_cancellable_new ();
}

/* API */

/**
 * upright_store_new:
 * @file: the file to read and write, in a local folder
 * @format: how @owner reads and writes it; must live as long as the store
 * @owner: the object the store serves, passed to @format's functions; it
 *   closes the store before it goes
 *
 * Returns: (transfer full): a new store
 */
UprightStore *
upright_store_new (GFile                    *file,
                   const UprightStoreFormat *format,
                   gpointer                  owner)
{
  g_autofree char *path = NULL;
  UprightStore *self;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (format != NULL, NULL);

  self = g_object_new (UPRIGHT_TYPE_STORE, NULL);
  self->file = g_object_ref (file);
  self->format = format;
  path = g_file_get_path (file);
  self->shared = shared_new (path, format);
  self->owner = owner;

  return self;
}

/**
 * upright_store_get_file:
 * @self: a store
 *
 * Returns: (transfer none): the file
 */
GFile *
upright_store_get_file (UprightStore *self)
{
  g_return_val_if_fail (UPRIGHT_IS_STORE (self), NULL);

  return self->file;
}

/**
 * upright_store_get_state:
 * @self: a store
 *
 * Returns: where the store is
 */
UprightStoreState
upright_store_get_state (UprightStore *self)
{
  g_return_val_if_fail (UPRIGHT_IS_STORE (self), UPRIGHT_STORE_STATE_CLOSED);

  return self->state;
}

static void
set_state (UprightStore      *self,
           UprightStoreState  state)
{
  if (self->state == state)
    return;

  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

/**
 * upright_store_set_save_delay:
 * @self: a store
 * @delay_ms: how long after a change it is written
 *
 * Tests set this to 0 and wait for #UprightStore::saved.
 */
void
upright_store_set_save_delay (UprightStore *self,
                              guint         delay_ms)
{
  g_return_if_fail (UPRIGHT_IS_STORE (self));

  self->save_delay_ms = delay_ms;
}

static void
set_last_good_file (UprightStore *self,
                    GFile        *file)
{
  if (g_set_object (&self->last_good_file, file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_GOOD_FILE]);
}

static void
load_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  UprightStore *self = g_task_get_source_object (task);
  g_autoptr(GError) error = NULL;
  LoadData *load;

  load = g_task_propagate_pointer (G_TASK (result), &error);

  if (self->state == UPRIGHT_STORE_STATE_CLOSED)
    {
      if (load != NULL)
        {
          self->format->free_parsed (load->parsed);
          load_data_free (load);
        }
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "Closed");
      return;
    }

  if (load == NULL)
    {
      g_autofree char *display = g_filename_display_name (self->shared->path);
      g_autoptr(GError) save_error = NULL;

      g_clear_error (&self->load_error);
      self->load_error = g_error_copy (error);
      set_state (self, UPRIGHT_STORE_STATE_FAILED);

      save_error = g_error_new (UPRIGHT_STORE_ERROR, UPRIGHT_STORE_ERROR_NOT_LOADED,
                                _("“%s” could not be read, so nothing is saved to it."), display);
      complete_save_tasks (self, save_error);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_clear_error (&self->load_error);
  set_recovered_file (self, load->recovered_file);
  g_ptr_array_add (load->dropped, NULL);
  g_strfreev (self->dropped);
  self->dropped = (GStrv) g_ptr_array_free (g_steal_pointer (&load->dropped), FALSE);
  set_last_good_file (self, load->last_good_file);

  shared_set_identity (self->shared, &load->identity);

  /* What could be read replaces the file, which is kept aside, so the same
   * problem is not found again at every start. No entry is named by this
   * key, so a merge keeps nothing for it. */
  if (self->dropped[0] != NULL)
    g_hash_table_add (self->dirty, g_strdup (""));

  /* Changes made while the file was read go on top of what it held. */
  self->format->merge (self->owner, load->parsed, self->dirty, self->dirty_all);
  self->format->free_parsed (load->parsed);
  load_data_free (load);

  set_state (self, UPRIGHT_STORE_STATE_READY);

  if (has_changes (self) && self->save_tasks->len > 0)
    start_save (self);
  else if (has_changes (self))
    schedule_save (self);
  else
    complete_save_tasks (self, NULL);

  g_task_return_boolean (task, TRUE);
}

/**
 * upright_store_load_async:
 * @self: a store
 * @cancellable: (nullable): a cancellable
 * @callback: called when the file has been read
 * @user_data: data for @callback
 *
 * Reads the file in a thread and hands what it holds to the owner's merge
 * function, with the changes made meanwhile on top. A missing file is an
 * empty one. A file that cannot be read at all is moved aside, never
 * overwritten; see upright_store_get_recovered_file() and
 * upright_store_get_last_good_file(). If the file cannot be read or moved
 * aside, the store fails and saves nothing until it is loaded again.
 *
 * Once the file was read, it is used even if @cancellable is cancelled.
 */
void
upright_store_load_async (UprightStore        *self,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) thread_task = NULL;

  g_return_if_fail (UPRIGHT_IS_STORE (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, upright_store_load_async);
  g_task_set_check_cancellable (task, FALSE);

  if (self->state != UPRIGHT_STORE_STATE_NEW && self->state != UPRIGHT_STORE_STATE_FAILED)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_BUSY,
                               "The file is being read or has been read");
      return;
    }

  if (self->shared->path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (self->file);
      GError *error = g_error_new (UPRIGHT_STORE_ERROR, UPRIGHT_STORE_ERROR_NOT_LOCAL,
                                   _("“%s” is not a file in a local folder."), uri);

      g_clear_error (&self->load_error);
      self->load_error = g_error_copy (error);
      set_state (self, UPRIGHT_STORE_STATE_FAILED);
      g_task_return_error (task, error);
      return;
    }

  set_state (self, UPRIGHT_STORE_STATE_LOADING);

  /* The thread's task may be freed in the thread: it holds what the thread
   * needs, not the store. */
  thread_task = g_task_new (NULL, NULL, load_cb, g_steal_pointer (&task));
  g_task_set_source_tag (thread_task, load_thread);
  g_task_set_task_data (thread_task, shared_ref (self->shared), (GDestroyNotify) shared_unref);
  g_task_run_in_thread (thread_task, load_thread);
}

/**
 * upright_store_load_finish:
 * @self: a store
 * @result: the result
 * @error: return location for an error
 *
 * A file that had to be moved aside is not an error.
 *
 * Returns: whether the file was read
 */
gboolean
upright_store_load_finish (UprightStore  *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (UPRIGHT_IS_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * upright_store_get_load_error:
 * @self: a store
 *
 * Returns: (nullable) (transfer none): why the file could not be read, in
 *   the failed state
 */
const GError *
upright_store_get_load_error (UprightStore *self)
{
  g_return_val_if_fail (UPRIGHT_IS_STORE (self), NULL);

  return self->load_error;
}

/**
 * upright_store_get_recovered_file:
 * @self: a store
 *
 * Returns: (transfer none) (nullable): where a file that could not be read,
 *   or not all of it, was kept aside, so the person can be told
 */
GFile *
upright_store_get_recovered_file (UprightStore *self)
{
  g_return_val_if_fail (UPRIGHT_IS_STORE (self), NULL);

  return self->recovered_file;
}

/**
 * upright_store_get_dropped:
 * @self: a store
 *
 * Returns: (transfer none) (nullable): the entries of the file that could
 *   not be read and were left out, in words a person understands
 */
const char * const *
upright_store_get_dropped (UprightStore *self)
{
  g_return_val_if_fail (UPRIGHT_IS_STORE (self), NULL);

  return (const char * const *) self->dropped;
}

/**
 * upright_store_get_last_good_file:
 * @self: a store
 *
 * The copy of the file from before it became unreadable, kept under a name
 * that no save replaces until upright_store_set_last_good_used() says the
 * person used it.
 *
 * Returns: (transfer none) (nullable): the last good copy, if there is one
 */
GFile *
upright_store_get_last_good_file (UprightStore *self)
{
  g_return_val_if_fail (UPRIGHT_IS_STORE (self), NULL);

  return self->last_good_file;
}

/**
 * upright_store_set_last_good_used:
 * @self: a store
 * @used: whether the person used the last good copy
 * @error: return location for an error
 *
 * Once the person restored the last good copy, it is no longer offered: it
 * is renamed to `FILE.restored-STAMP`, never deleted. Setting @used back
 * (for Undo) gives it its name back.
 *
 * Returns: whether the copy was renamed
 */
gboolean
upright_store_set_last_good_used (UprightStore  *self,
                                  gboolean       used,
                                  GError       **error)
{
  g_autofree char *last_good = NULL;

  g_return_val_if_fail (UPRIGHT_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->shared->path != NULL, FALSE);

  last_good = g_strconcat (self->shared->path, ".last-good", NULL);

  if (used)
    {
      g_autofree char *restored = NULL;

      g_return_val_if_fail (self->last_good_file != NULL, FALSE);

      restored = put_aside (last_good, self->shared->path, "restored");
      if (restored == NULL)
        {
          set_errno_error (error, UPRIGHT_STORE_ERROR_WRITE, errno, last_good);
          return FALSE;
        }

      g_clear_object (&self->used_last_good_file);
      self->used_last_good_file = g_file_new_for_path (restored);
      set_last_good_file (self, NULL);
    }
  else
    {
      g_autoptr(GFile) file = NULL;
      g_autofree char *restored = NULL;

      g_return_val_if_fail (self->used_last_good_file != NULL, FALSE);

      restored = g_file_get_path (self->used_last_good_file);
      if (!rename_no_replace (restored, last_good))
        {
          set_errno_error (error, UPRIGHT_STORE_ERROR_WRITE, errno, last_good);
          return FALSE;
        }

      g_clear_object (&self->used_last_good_file);
      file = g_file_new_for_path (last_good);
      set_last_good_file (self, file);
    }

  return TRUE;
}

/**
 * upright_store_changed:
 * @self: a store
 * @key: (nullable): the entry that changed, or %NULL for everything
 *
 * Says that the owner changed, so it is written shortly. Before the file was
 * read, the change is kept and goes on top of what the file holds.
 */
void
upright_store_changed (UprightStore *self,
                       const char   *key)
{
  gboolean had_changes;

  g_return_if_fail (UPRIGHT_IS_STORE (self));

  if (self->state == UPRIGHT_STORE_STATE_CLOSED)
    return;

  had_changes = upright_store_has_unsaved_changes (self);

  if (key == NULL)
    self->dirty_all = TRUE;
  else
    g_hash_table_add (self->dirty, g_strdup (key));

  if (self->state == UPRIGHT_STORE_STATE_READY)
    schedule_save (self);

  if (!had_changes)
    notify_unsaved (self);
}

/**
 * upright_store_has_unsaved_changes:
 * @self: a store
 *
 * Returns: whether some changes are not on disk yet
 */
gboolean
upright_store_has_unsaved_changes (UprightStore *self)
{
  g_return_val_if_fail (UPRIGHT_IS_STORE (self), FALSE);

  return has_changes (self) || self->saving;
}

/**
 * upright_store_get_save_error:
 * @self: a store
 *
 * Returns: (nullable) (transfer none): why the last save failed, until a
 *   save works
 */
const GError *
upright_store_get_save_error (UprightStore *self)
{
  g_return_val_if_fail (UPRIGHT_IS_STORE (self), NULL);

  return self->save_error;
}

/**
 * upright_store_save_async:
 * @self: a store
 * @cancellable: (nullable): a cancellable
 * @callback: called when every change so far is on disk
 * @user_data: data for @callback
 *
 * Writes the changes now instead of shortly, for something the person just
 * confirmed. If the file is still being read, waits for that first.
 * Cancelling @cancellable does not stop the save itself.
 */
void
upright_store_save_async (UprightStore        *self,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (UPRIGHT_IS_STORE (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, upright_store_save_async);

  switch (self->state)
    {
    case UPRIGHT_STORE_STATE_CLOSED:
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CLOSED, "Closed");
      break;

    case UPRIGHT_STORE_STATE_FAILED:
      if (upright_store_has_unsaved_changes (self))
        {
          g_autofree char *display = g_filename_display_name (self->shared->path);

          g_task_return_new_error (task, UPRIGHT_STORE_ERROR, UPRIGHT_STORE_ERROR_NOT_LOADED,
                                   _("“%s” could not be read, so nothing is saved to it."), display);
        }
      else
        {
          g_task_return_boolean (task, TRUE);
        }
      break;

    case UPRIGHT_STORE_STATE_NEW:
    case UPRIGHT_STORE_STATE_LOADING:
      if (has_changes (self))
        g_ptr_array_add (self->save_tasks, g_steal_pointer (&task));
      else
        g_task_return_boolean (task, TRUE);
      break;

    case UPRIGHT_STORE_STATE_READY:
      if (!upright_store_has_unsaved_changes (self))
        {
          g_task_return_boolean (task, TRUE);
          break;
        }

      g_ptr_array_add (self->save_tasks, g_steal_pointer (&task));
      /* A running save starts the next one at once when it is done. */
      if (!self->saving)
        start_save (self);
      break;

    default:
      g_assert_not_reached ();
    }
}

/**
 * upright_store_save_finish:
 * @self: a store
 * @result: the result
 * @error: return location for an error
 *
 * Returns: whether every change made before the save is on disk
 */
gboolean
upright_store_save_finish (UprightStore  *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (UPRIGHT_IS_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * upright_store_close:
 * @self: a store
 * @error: return location for an error
 *
 * Writes every change that is not on disk yet, now, and stops: nothing is
 * read or written afterwards, and the owner is no longer called. The owner
 * calls this when it goes, and the application when it quits.
 *
 * Returns: whether nothing was lost
 */
gboolean
upright_store_close (UprightStore  *self,
                     GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  UprightStoreState state;
  gboolean unsaved;

  g_return_val_if_fail (UPRIGHT_IS_STORE (self), FALSE);

  if (self->state == UPRIGHT_STORE_STATE_CLOSED)
    return TRUE;

  state = self->state;
  g_clear_handle_id (&self->save_source, g_source_remove);
  g_atomic_int_set (&self->shared->closing, TRUE);

  /* What a save still in a thread was writing is written again here. */
  return_in_flight (self);
  unsaved = has_changes (self);

  if (unsaved && state == UPRIGHT_STORE_STATE_READY)
    {
      for (guint i = 0; i <= MAX_MERGES; i++)
        {
          SaveOutcome outcome = { self->format, };
          gpointer snapshot = self->format->snapshot (self->owner);
          gboolean saved = save_file (self->shared, snapshot, TRUE, &outcome, &local_error);

          self->format->free_snapshot (snapshot);
          if (outcome.recovered_file != NULL)
            set_recovered_file (self, outcome.recovered_file);
          g_clear_object (&outcome.recovered_file);

          if (!saved)
            break;

          if (outcome.parsed == NULL)
            {
              g_hash_table_remove_all (self->dirty);
              self->dirty_all = FALSE;
              break;
            }

          merge_theirs (self, &outcome);
        }

      if (local_error == NULL && has_changes (self))
        {
          g_autofree char *display = g_filename_display_name (self->shared->path);

          g_set_error (&local_error, UPRIGHT_STORE_ERROR, UPRIGHT_STORE_ERROR_BUSY,
                       _("Other programs kept changing “%s”, so Upright could not save it."), display);
        }
    }
  else if (unsaved)
    {
      g_autofree char *display = g_filename_display_name (self->shared->path);

      local_error = g_error_new (UPRIGHT_STORE_ERROR, UPRIGHT_STORE_ERROR_NOT_LOADED,
                                 _("“%s” could not be read, so nothing is saved to it."), display);
    }

  self->owner = NULL;
  set_state (self, UPRIGHT_STORE_STATE_CLOSED);
  complete_save_tasks (self, local_error);
  g_cancellable_cancel (self->cancellable);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

static void
read_job_free (ReadJob *job)
{
  shared_unref (job->shared);
  g_object_unref (job->file);
  g_free (job);
}

static void
read_file_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  ReadJob *job = task_data;
  const UprightStoreFormat *format = job->shared->format;
  g_autofree char *path = g_file_get_path (job->file);
  g_autofree char *display = NULL;
  g_autoptr(GPtrArray) dropped = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GBytes) bytes = NULL;
  GError *error = NULL;
  gpointer parsed;

  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (job->file);

      g_task_return_new_error (task, UPRIGHT_STORE_ERROR, UPRIGHT_STORE_ERROR_NOT_LOCAL,
                               _("“%s” is not a file in a local folder."), uri);
      return;
    }

  bytes = read_regular_file (path, format->padding);
  if (bytes == NULL)
    {
      if (errno == ENOENT)
        {
          display = g_filename_display_name (path);
          g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                                   _("“%s” is not there any more."), display);
        }
      else
        {
          set_errno_error (&error, UPRIGHT_STORE_ERROR_READ, errno, path);
          g_task_return_error (task, error);
        }
      return;
    }

  parsed = parse_bytes (format, bytes, TRUE, dropped, &error);
  if (parsed == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  if (dropped->len > 0)
    {
      format->free_parsed (parsed);
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s",
                               (const char *) g_ptr_array_index (dropped, 0));
      return;
    }

  g_task_return_pointer (task, parsed, format->free_parsed);
}

static void
read_file_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  ReadJob *job = g_task_get_task_data (G_TASK (result));
  GError *error = NULL;
  gpointer parsed;

  parsed = g_task_propagate_pointer (G_TASK (result), &error);
  if (parsed != NULL)
    g_task_return_pointer (task, parsed, job->shared->format->free_parsed);
  else
    g_task_return_error (task, error);
}

/**
 * upright_store_read_file_async:
 * @self: a store
 * @file: a file in the store's format, such as a backup
 * @cancellable: (nullable): a cancellable
 * @callback: called when it has been read
 * @user_data: data for @callback
 *
 * Reads and checks all of @file in a thread, as the store's owner would
 * read its own file, but with nothing left out: a file with any entry that
 * cannot be read is refused.
 */
void
upright_store_read_file_async (UprightStore        *self,
                               GFile               *file,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (UPRIGHT_IS_STORE (self));
  g_return_if_fail (G_IS_FILE (file));

  ReadJob *job;
  GTask *thread_task;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, upright_store_read_file_async);

  /* As for loading, the thread's task does not hold the store. */
  job = g_new0 (ReadJob, 1);
  job->shared = shared_ref (self->shared);
  job->file = g_object_ref (file);
  thread_task = g_task_new (NULL, cancellable, read_file_cb, g_steal_pointer (&task));
  g_task_set_task_data (thread_task, job, (GDestroyNotify) read_job_free);
  g_task_run_in_thread (thread_task, read_file_thread);
  g_object_unref (thread_task);
}

/**
 * upright_store_read_file_finish:
 * @self: a store
 * @result: the result
 * @error: return location for an error
 *
 * Returns: (transfer full): what the format's parse function made of the
 *   file, to be freed with its free function
 */
gpointer
upright_store_read_file_finish (UprightStore  *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (UPRIGHT_IS_STORE (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * upright_store_parse:
 * @self: a store
 * @bytes: the contents of a file in the store's format
 * @error: return location for an error
 *
 * Reads @bytes as upright_store_read_file_async() reads a file, on this
 * thread.
 *
 * Returns: (transfer full) (nullable): what the format's parse function made
 *   of @bytes
 */
gpointer
upright_store_parse (UprightStore  *self,
                     GBytes        *bytes,
                     GError       **error)
{
  g_autoptr(GPtrArray) dropped = g_ptr_array_new_with_free_func (g_free);
  gpointer parsed;

  g_return_val_if_fail (UPRIGHT_IS_STORE (self), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);

  parsed = parse_bytes (self->format, bytes, FALSE, dropped, error);
  if (parsed != NULL && dropped->len > 0)
    {
      self->format->free_parsed (parsed);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s",
                   (const char *) g_ptr_array_index (dropped, 0));
      return NULL;
    }

  return parsed;
}
