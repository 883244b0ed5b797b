/* test-store.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define _GNU_SOURCE
#include <errno.h>
#include <sched.h>
#include <signal.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "upright-test-dir.h"
#include "upright-test-store.h"

/* The save engine under the journal and the plan, with a format of its own:
 * lines of `key=value`. A file that starts with `!` cannot be read at all,
 * and a line without `=` cannot be read and is left out. */

#define ASIDE_PATTERN "^notes\\.txt\\.corrupt-[0-9]{8}-[0-9]{6}(-[0-9]+)?$"

typedef struct {
  GHashTable   *values;
  UprightStore *store;
  guint         n_merges;
} Notes;

static GHashTable *
new_values (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

static gpointer
notes_parse (GBytes     *bytes,
             GPtrArray  *dropped,
             GError    **error)
{
  g_autoptr(GHashTable) values = new_values ();
  g_auto(GStrv) lines = NULL;
  g_autofree char *text = NULL;

  if (bytes == NULL)
    return g_steal_pointer (&values);

  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  if (text[0] == '!')
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "Not notes");
      return NULL;
    }

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *equals = strchr (lines[i], '=');

      if (lines[i][0] == '\0')
        continue;

      if (equals == NULL)
        {
          g_ptr_array_add (dropped, g_strdup_printf ("Line %u", i + 1));
          continue;
        }

      *equals = '\0';
      g_hash_table_replace (values, g_strdup (lines[i]), g_strdup (equals + 1));
    }

  return g_steal_pointer (&values);
}

static GHashTable *
copy_values (GHashTable *values)
{
  GHashTable *copy = new_values ();
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, values);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (copy, g_strdup (key), g_strdup (value));

  return copy;
}

static gpointer
notes_snapshot (gpointer owner)
{
  Notes *notes = owner;

  return copy_values (notes->values);
}

static char *
values_to_text (GHashTable *values)
{
  g_autoptr(GList) keys = g_list_sort (g_hash_table_get_keys (values), (GCompareFunc) strcmp);
  GString *text = g_string_new (NULL);

  for (GList *l = keys; l != NULL; l = l->next)
    g_string_append_printf (text, "%s=%s\n", (char *) l->data, (char *) g_hash_table_lookup (values, l->data));

  return g_string_free (text, FALSE);
}

static GBytes *
notes_serialize (gpointer snapshot)
{
  char *text = values_to_text (snapshot);

  return g_bytes_new_take (text, strlen (text));
}

static void
notes_merge (gpointer    owner,
             gpointer    parsed,
             GHashTable *keep,
             gboolean    keep_all)
{
  Notes *notes = owner;
  GHashTable *theirs = parsed;
  g_autoptr(GHashTable) merged = NULL;
  GHashTableIter iter;
  gpointer key;

  notes->n_merges++;
  if (keep_all)
    return;

  merged = copy_values (theirs);
  g_hash_table_iter_init (&iter, keep);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      const char *ours = g_hash_table_lookup (notes->values, key);

      if (ours != NULL)
        g_hash_table_replace (merged, g_strdup (key), g_strdup (ours));
      else
        g_hash_table_remove (merged, key);
    }

  g_hash_table_unref (notes->values);
  notes->values = g_steal_pointer (&merged);
}

static const UprightStoreFormat notes_format = {
  notes_parse,
  (GDestroyNotify) g_hash_table_unref,
  notes_snapshot,
  notes_serialize,
  (GDestroyNotify) g_hash_table_unref,
  notes_merge,
};

static Notes *
notes_new (GFile *file)
{
  Notes *notes = g_new0 (Notes, 1);

  notes->values = new_values ();
  notes->store = upright_store_new (file, &notes_format, notes);

  return notes;
}

static void
notes_free (Notes *notes)
{
  g_autoptr(GError) error = NULL;

  if (!upright_store_close (notes->store, &error))
    g_test_message ("Closing: %s", error->message);
  g_assert_finalize_object (notes->store);
  g_hash_table_unref (notes->values);
  g_free (notes);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Notes, notes_free)

static void
notes_set (Notes      *notes,
           const char *key,
           const char *value)
{
  if (value != NULL)
    g_hash_table_replace (notes->values, g_strdup (key), g_strdup (value));
  else
    g_hash_table_remove (notes->values, key);

  upright_store_changed (notes->store, key);
}

static gboolean
notes_load (Notes   *notes,
            GError **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  upright_store_load_async (notes->store, NULL, upright_test_result_cb, &result);
  upright_test_wait_for_result (&result);

  return upright_store_load_finish (notes->store, result, error);
}

static Notes *
load_notes (GFile *file)
{
  g_autoptr(Notes) notes = notes_new (file);
  g_autoptr(GError) error = NULL;

  g_assert_true (notes_load (notes, &error));
  g_assert_no_error (error);
  g_assert_cmpint (upright_store_get_state (notes->store), ==, UPRIGHT_STORE_STATE_READY);

  return g_steal_pointer (&notes);
}

static gboolean
notes_save (Notes   *notes,
            GError **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  upright_store_save_async (notes->store, NULL, upright_test_result_cb, &result);
  upright_test_wait_for_result (&result);

  return upright_store_save_finish (notes->store, result, error);
}

static void
save_notes (Notes *notes)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (notes_save (notes, &error));
  g_assert_no_error (error);
}

static void
assert_notes (Notes      *notes,
              const char *expected)
{
  g_autofree char *text = values_to_text (notes->values);

  g_assert_cmpstr (text, ==, expected);
}

typedef struct {
  char  *dir;
  char  *path;
  char  *backup;
  GFile *file;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = upright_test_make_dir ();
  fixture->path = g_build_filename (fixture->dir, "notes.txt", NULL);
  fixture->backup = g_build_filename (fixture->dir, "notes.txt.bak", NULL);
  fixture->file = g_file_new_for_path (fixture->path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  upright_test_remove_tree (fixture->dir);
  g_clear_object (&fixture->file);
  g_free (fixture->backup);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static void
assert_dir (const char *dir,
            const char *expected)
{
  g_autofree char *names = upright_test_list_dir (dir);

  g_assert_cmpstr (names, ==, expected);
}

/* Mount namespaces */

/* Whether this test has its own view of the mounts, so that it can make a
 * folder read-only or small without touching anything outside it. The
 * mounts of a process are shared by its threads only if it has its own view
 * before it starts any, so main() asks for it first thing. */
static gboolean has_own_mounts;

static void
own_mounts_at_start (void)
{
  has_own_mounts = geteuid () == 0 && unshare (CLONE_NEWNS) == 0 &&
                   mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) == 0;
}

static gboolean
own_mounts (void)
{
  return has_own_mounts;
}

/* Makes @dir read-only, or writable again. A user who is not root cannot
 * mount; for her, taking the write permission away is the same. Root can
 * write anywhere whatever the permissions, so it mounts the folder again
 * read-only. */
static gboolean
set_read_only (const char *dir,
               gboolean    read_only)
{
  if (geteuid () != 0)
    return g_chmod (dir, read_only ? 0500 : 0700) == 0;

  if (!own_mounts ())
    return FALSE;

  if (read_only)
    {
      return mount (dir, dir, NULL, MS_BIND, NULL) == 0 &&
             mount (NULL, dir, NULL, MS_BIND | MS_REMOUNT | MS_RDONLY, NULL) == 0;
    }

  return umount (dir) == 0;
}

/* Tests */

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(Notes) notes = load_notes (fixture->file);
  g_autoptr(Notes) again = NULL;
  guint n_writes = _upright_store_get_n_writes ();

  /* No file is an empty one; reading writes nothing. */
  assert_notes (notes, "");
  g_assert_false (upright_store_has_unsaved_changes (notes->store));
  g_assert_null (upright_store_get_recovered_file (notes->store));
  g_assert_null (upright_store_get_last_good_file (notes->store));
  g_assert_cmpstr (upright_store_get_dropped (notes->store)[0], ==, NULL);
  assert_dir (fixture->dir, "");

  /* However open the umask, the file is the user's alone. */
  umask (0);
  notes_set (notes, "a", "1");
  g_assert_true (upright_store_has_unsaved_changes (notes->store));
  upright_test_wait_until_saved (notes->store);
  g_assert_cmpuint (_upright_store_get_n_writes (), ==, n_writes + 1);
  upright_test_assert_contents (fixture->path, "a=1\n", -1);
  g_assert_cmpuint (upright_test_get_mode (fixture->path), ==, 0600);
  assert_dir (fixture->dir, "notes.txt");

  /* The file it replaces stays as the backup. */
  notes_set (notes, "b", "2");
  save_notes (notes);
  umask (022);
  upright_test_assert_contents (fixture->path, "a=1\nb=2\n", -1);
  upright_test_assert_contents (fixture->backup, "a=1\n", -1);
  g_assert_cmpuint (upright_test_get_mode (fixture->backup), ==, 0600);
  assert_dir (fixture->dir, "notes.txt notes.txt.bak");

  again = load_notes (fixture->file);
  assert_notes (again, "a=1\nb=2\n");
}

static void
test_burst (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(Notes) notes = load_notes (fixture->file);
  guint n_writes = _upright_store_get_n_writes ();

  /* Not at once, but shortly, and once. */
  for (guint i = 0; i < 100; i++)
    {
      g_autofree char *key = g_strdup_printf ("k%03u", i);

      notes_set (notes, key, "x");
    }
  g_assert_cmpuint (_upright_store_get_n_writes (), ==, n_writes);
  upright_test_wait_until_saved (notes->store);
  g_assert_cmpuint (_upright_store_get_n_writes (), ==, n_writes + 1);
  g_assert_false (upright_store_has_unsaved_changes (notes->store));

  /* A later change is a new save. */
  notes_set (notes, "k000", NULL);
  upright_test_wait_until_saved (notes->store);
  g_assert_cmpuint (_upright_store_get_n_writes (), ==, n_writes + 2);
}

static void
saved_check_cb (UprightStore *store,
                gpointer      user_data)
{
  const char *path = user_data;

  /* “Saved” is only said of what is on disk. */
  upright_test_assert_contents (path, "confirmed=yes\n", -1);
}

static void
save_now_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  const char *path = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (upright_store_save_finish (UPRIGHT_STORE (object), result, &error));
  g_assert_no_error (error);
  upright_test_assert_contents (path, "confirmed=yes\n", -1);
}

static void
test_save_now (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(Notes) notes = load_notes (fixture->file);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  /* Something the person confirmed is written at once, not after the
   * delay, and the save is done only when it is on disk. */
  upright_store_set_save_delay (notes->store, G_MAXINT);
  g_signal_connect (notes->store, "saved", G_CALLBACK (saved_check_cb), fixture->path);
  notes_set (notes, "confirmed", "yes");
  upright_store_save_async (notes->store, NULL, save_now_cb, fixture->path);
  upright_store_save_async (notes->store, NULL, upright_test_result_cb, &result);
  upright_test_wait_for_result (&result);
  g_assert_true (upright_store_save_finish (notes->store, result, &error));
  g_assert_no_error (error);
  g_assert_false (upright_store_has_unsaved_changes (notes->store));
}

static void
test_change_during_save (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(Notes) notes = load_notes (fixture->file);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  guint n_writes = _upright_store_get_n_writes ();

  /* A change made while a save is being written is part of the save. */
  notes_set (notes, "a", "1");
  upright_store_save_async (notes->store, NULL, upright_test_result_cb, &result);
  notes_set (notes, "b", "2");
  upright_test_wait_for_result (&result);
  g_assert_true (upright_store_save_finish (notes->store, result, &error));
  g_assert_no_error (error);
  upright_test_assert_contents (fixture->path, "a=1\nb=2\n", -1);
  g_assert_cmpuint (_upright_store_get_n_writes (), ==, n_writes + 2);
}

static void
test_close_saves (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(Notes) notes = load_notes (fixture->file);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  /* Quitting right after a change, or during a save, keeps the change. */
  notes_set (notes, "a", "1");
  upright_store_save_async (notes->store, NULL, upright_test_result_cb, &result);
  notes_set (notes, "b", "2");
  g_assert_true (upright_store_close (notes->store, &error));
  g_assert_no_error (error);
  upright_test_assert_contents (fixture->path, "a=1\nb=2\n", -1);
  g_assert_cmpint (upright_store_get_state (notes->store), ==, UPRIGHT_STORE_STATE_CLOSED);

  /* The save in the thread, older, does not come after it. */
  upright_test_wait_for_result (&result);
  g_assert_true (upright_store_save_finish (notes->store, result, &error));
  g_assert_no_error (error);
  upright_test_run_pending ();
  upright_test_assert_contents (fixture->path, "a=1\nb=2\n", -1);

  /* Nothing is saved afterwards. */
  notes_set (notes, "c", "3");
  g_assert_false (notes_save (notes, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CLOSED);
  upright_test_assert_contents (fixture->path, "a=1\nb=2\n", -1);
}

static void
test_private (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "upright", NULL);
  g_autofree char *dir = NULL;
  g_autoptr(Notes) notes = NULL;

  /* Upright's folder is created private, and made so if it was not. */
  upright_test_remove_tree (expected);
  dir = upright_store_get_data_dir ();
  g_assert_cmpstr (dir, ==, expected);
  g_assert_cmpuint (upright_test_get_mode (dir), ==, 0700);
  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  g_clear_pointer (&dir, g_free);
  dir = upright_store_get_data_dir ();
  g_assert_cmpuint (upright_test_get_mode (dir), ==, 0700);

  /* A file that anyone could read is made the user's alone when it is
   * read, before anything is written to it. */
  upright_test_write (fixture->path, "a=1\n", -1);
  g_assert_cmpint (g_chmod (fixture->path, 0644), ==, 0);
  notes = load_notes (fixture->file);
  g_assert_cmpuint (upright_test_get_mode (fixture->path), ==, 0600);
  assert_notes (notes, "a=1\n");
}

static void
test_leftovers (Fixture       *fixture,
                gconstpointer  data)
{
  static const char * const leftovers[] = { ".notes.txt.AbC123", ".notes.txt.bak.XyZ789" };
  static const char * const others[] = {
    ".other.txt.AbC123", ".notes.txt.toolong1", ".notes.txt.ab-123", "notes.txt.AbC123",
  };
  g_autoptr(Notes) notes = NULL;

  /* Saves that were interrupted left their temporary files behind. */
  upright_test_write (fixture->path, "a=1\n", -1);
  for (guint i = 0; i < G_N_ELEMENTS (leftovers); i++)
    {
      g_autofree char *path = g_build_filename (fixture->dir, leftovers[i], NULL);

      upright_test_write (path, "half a sa", -1);
    }
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    {
      g_autofree char *path = g_build_filename (fixture->dir, others[i], NULL);

      upright_test_write (path, "not ours", -1);
    }

  notes = load_notes (fixture->file);
  assert_dir (fixture->dir, ".notes.txt.ab-123 .notes.txt.toolong1 .other.txt.AbC123 notes.txt notes.txt.AbC123");
}

static void
test_unreadable (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *last_good = g_strconcat (fixture->path, ".last-good", NULL);
  g_autoptr(Notes) notes = NULL;
  g_autofree char *name = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *expected = NULL;
  GFile *recovered;

  /* The file cannot be read; the backup is the last good one. */
  upright_test_write (fixture->backup, "years=of notes\n", -1);
  upright_test_write (fixture->path, "!broken", -1);
  g_assert_cmpint (g_chmod (fixture->path, 0644), ==, 0);

  notes = load_notes (fixture->file);
  assert_notes (notes, "");
  recovered = upright_store_get_recovered_file (notes->store);
  g_assert_nonnull (recovered);
  name = g_file_get_basename (recovered);
  g_assert_true (g_regex_match_simple (ASIDE_PATTERN, name, 0, 0));
  aside = g_file_get_path (recovered);
  upright_test_assert_contents (aside, "!broken", -1);
  g_assert_cmpuint (upright_test_get_mode (aside), ==, 0600);
  upright_test_assert_contents (last_good, "years=of notes\n", -1);
  g_assert_nonnull (upright_store_get_last_good_file (notes->store));

  /* Saves after the recovery never replace the last good copy. */
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *value = g_strdup_printf ("%u", i);

      notes_set (notes, "new", value);
      save_notes (notes);
    }
  upright_test_assert_contents (last_good, "years=of notes\n", -1);
  upright_test_assert_contents (fixture->path, "new=2\n", -1);
  expected = g_strdup_printf ("notes.txt notes.txt.bak %s notes.txt.last-good", name);
  assert_dir (fixture->dir, expected);
}

static void
test_dropped (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(Notes) notes = NULL;
  g_autoptr(Notes) again = NULL;
  g_autofree char *aside = NULL;
  const char * const *dropped;

  /* A line that cannot be read is left out alone and named; the file as it
   * was is kept aside, and what could be read replaces it. */
  upright_test_write (fixture->path, "a=1\nnonsense\nb=2\n", -1);
  notes = load_notes (fixture->file);
  assert_notes (notes, "a=1\nb=2\n");
  dropped = upright_store_get_dropped (notes->store);
  g_assert_cmpstr (dropped[0], ==, "Line 2");
  g_assert_null (dropped[1]);
  aside = g_file_get_path (upright_store_get_recovered_file (notes->store));
  upright_test_assert_contents (aside, "a=1\nnonsense\nb=2\n", -1);
  g_assert_null (upright_store_get_last_good_file (notes->store));

  upright_test_wait_until_saved (notes->store);
  upright_test_assert_contents (fixture->path, "a=1\nb=2\n", -1);
  again = load_notes (fixture->file);
  g_assert_null (upright_store_get_recovered_file (again->store));
}

static void
test_other_program (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(Notes) notes = NULL;

  upright_test_write (fixture->path, "mine=1\nshared=old\n", -1);
  notes = load_notes (fixture->file);

  /* Another program changes the file while Upright runs. */
  upright_test_write (fixture->path, "mine=1\nshared=theirs\ntheirs=1\n", -1);

  /* Upright's change is written over theirs, not instead of it. */
  notes_set (notes, "mine", "2");
  save_notes (notes);
  upright_test_assert_contents (fixture->path, "mine=2\nshared=theirs\ntheirs=1\n", -1);
  assert_notes (notes, "mine=2\nshared=theirs\ntheirs=1\n");
  g_assert_cmpuint (notes->n_merges, ==, 2);

  /* Deleted meanwhile, it is written again whole. */
  g_assert_cmpint (g_unlink (fixture->path), ==, 0);
  notes_set (notes, "mine", "3");
  save_notes (notes);
  upright_test_assert_contents (fixture->path, "mine=3\nshared=theirs\ntheirs=1\n", -1);

  /* What it wrote cannot be read: it is kept aside, and Upright's written. */
  upright_test_write (fixture->path, "!garbage", -1);
  notes_set (notes, "mine", "4");
  save_notes (notes);
  upright_test_assert_contents (fixture->path, "mine=4\nshared=theirs\ntheirs=1\n", -1);
  g_assert_nonnull (upright_store_get_recovered_file (notes->store));
  upright_test_assert_contents (g_file_peek_path (upright_store_get_recovered_file (notes->store)),
                                "!garbage", -1);
}

static void
test_two_instances (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(Notes) one = load_notes (fixture->file);
  g_autoptr(Notes) two = load_notes (fixture->file);
  g_autoptr(GError) error = NULL;

  /* Two Uprights that know nothing of each other, taking turns. */
  notes_set (one, "a", "1");
  save_notes (one);
  notes_set (two, "b", "2");
  save_notes (two);
  notes_set (one, "c", "3");
  notes_set (two, "d", "4");
  save_notes (one);
  save_notes (two);
  upright_test_assert_contents (fixture->path, "a=1\nb=2\nc=3\nd=4\n", -1);

  /* Both quit with a change each, one after the other. */
  notes_set (one, "a", "one");
  notes_set (two, "b", "two");
  g_assert_true (upright_store_close (one->store, &error));
  g_assert_no_error (error);
  g_assert_true (upright_store_close (two->store, &error));
  g_assert_no_error (error);
  upright_test_assert_contents (fixture->path, "a=one\nb=two\nc=3\nd=4\n", -1);
}

static void
test_save_fails (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(Notes) notes = NULL;
  g_autoptr(GError) error = NULL;
  const GError *save_error;

  upright_test_write (fixture->path, "a=1\n", -1);
  notes = load_notes (fixture->file);

  if (!set_read_only (fixture->dir, TRUE))
    {
      g_test_skip ("Cannot make a folder read-only here");
      return;
    }

  /* The folder may not be changed: the failure is kept until a save works,
   * and so is the change. */
  notes_set (notes, "b", "2");
  g_assert_false (notes_save (notes, &error));
  g_assert_error (error, UPRIGHT_STORE_ERROR, UPRIGHT_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "notes.txt"));
  g_clear_error (&error);
  save_error = upright_store_get_save_error (notes->store);
  g_assert_error ((GError *) save_error, UPRIGHT_STORE_ERROR, UPRIGHT_STORE_ERROR_READ_ONLY);
  g_assert_true (upright_store_has_unsaved_changes (notes->store));

  /* It is not tried again by itself. */
  upright_test_run_pending ();
  g_assert_true (upright_store_has_unsaved_changes (notes->store));
  upright_test_assert_contents (fixture->path, "a=1\n", -1);

  /* Writable again, the next save writes it. */
  g_assert_true (set_read_only (fixture->dir, FALSE));
  save_notes (notes);
  g_assert_null (upright_store_get_save_error (notes->store));
  upright_test_assert_contents (fixture->path, "a=1\nb=2\n", -1);
  assert_dir (fixture->dir, "notes.txt notes.txt.bak");

  /* Quitting while it fails says that something is lost. */
  g_assert_true (set_read_only (fixture->dir, TRUE));
  notes_set (notes, "c", "3");
  g_assert_false (upright_store_close (notes->store, &error));
  g_assert_error (error, UPRIGHT_STORE_ERROR, UPRIGHT_STORE_ERROR_READ_ONLY);
  g_assert_true (set_read_only (fixture->dir, FALSE));
}

static void
test_no_space (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(Notes) notes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) big = g_string_new (NULL);

  if (!own_mounts () ||
      mount ("tmpfs", fixture->dir, "tmpfs", 0, "size=64k,mode=0700") != 0)
    {
      g_test_skip ("Cannot mount a small file system here");
      return;
    }

  upright_test_write (fixture->path, "a=1\n", -1);
  notes = load_notes (fixture->file);

  /* The disk fills up: the file stays as it was, nothing is left behind. */
  g_string_append (big, "big=");
  for (guint i = 0; i < 128 * 1024; i++)
    g_string_append_c (big, 'x');
  notes_set (notes, "big", big->str + 4);
  g_assert_false (notes_save (notes, &error));
  g_assert_error (error, UPRIGHT_STORE_ERROR, UPRIGHT_STORE_ERROR_NO_SPACE);
  upright_test_assert_contents (fixture->path, "a=1\n", -1);
  assert_dir (fixture->dir, "notes.txt");

  g_assert_true (upright_store_close (notes->store, NULL) == FALSE);
  g_assert_cmpint (umount (fixture->dir), ==, 0);
}

static void
test_load_fails (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *inside = g_build_filename (fixture->path, "keep", NULL);
  g_autoptr(Notes) notes = notes_new (fixture->file);
  g_autoptr(GError) error = NULL;

  /* Something that cannot be read at all is not moved or replaced. */
  g_assert_cmpint (g_mkdir (fixture->path, 0700), ==, 0);
  upright_test_write (inside, "keep\n", -1);
  g_assert_false (notes_load (notes, &error));
  g_assert_error (error, UPRIGHT_STORE_ERROR, UPRIGHT_STORE_ERROR_READ);
  g_clear_error (&error);
  g_assert_cmpint (upright_store_get_state (notes->store), ==, UPRIGHT_STORE_STATE_FAILED);
  g_assert_error ((GError *) upright_store_get_load_error (notes->store),
                  UPRIGHT_STORE_ERROR, UPRIGHT_STORE_ERROR_READ);

  /* Changes are kept, not written, and saving says why. */
  notes_set (notes, "a", "1");
  g_assert_true (upright_store_has_unsaved_changes (notes->store));
  g_assert_false (notes_save (notes, &error));
  g_assert_error (error, UPRIGHT_STORE_ERROR, UPRIGHT_STORE_ERROR_NOT_LOADED);
  g_clear_error (&error);
  upright_test_assert_contents (inside, "keep\n", -1);

  /* Once the problem is gone, reading again works, with the change on top. */
  upright_test_remove_tree (fixture->path);
  upright_test_write (fixture->path, "b=2\n", -1);
  g_assert_true (notes_load (notes, &error));
  g_assert_no_error (error);
  assert_notes (notes, "a=1\nb=2\n");
  save_notes (notes);
  upright_test_assert_contents (fixture->path, "a=1\nb=2\n", -1);
}

static void
test_unreadable_read_only (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(Notes) notes = notes_new (fixture->file);
  g_autoptr(GError) error = NULL;

  upright_test_write (fixture->path, "!broken", -1);
  if (!set_read_only (fixture->dir, TRUE))
    {
      g_test_skip ("Cannot make a folder read-only here");
      return;
    }

  /* It cannot be read, nor moved aside to keep it: nothing is written, and
   * the error says so. */
  g_assert_false (notes_load (notes, &error));
  g_assert_error (error, UPRIGHT_STORE_ERROR, UPRIGHT_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "moved aside"));
  g_assert_cmpint (upright_store_get_state (notes->store), ==, UPRIGHT_STORE_STATE_FAILED);
  g_assert_true (set_read_only (fixture->dir, FALSE));
  upright_test_assert_contents (fixture->path, "!broken", -1);
}

static void
test_not_regular (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(Notes) notes = notes_new (fixture->file);
  g_autoptr(GError) error = NULL;

  /* A pipe would never end: it is refused at once, not waited for. */
  g_assert_cmpint (mkfifo (fixture->path, 0600), ==, 0);
  g_assert_false (notes_load (notes, &error));
  g_assert_error (error, UPRIGHT_STORE_ERROR, UPRIGHT_STORE_ERROR_READ);
}

static void
test_not_local (void)
{
  g_autoptr(GFile) file = g_file_new_for_uri ("resource:///io/github/upright/Upright/notes.txt");
  g_autoptr(Notes) notes = notes_new (file);
  g_autoptr(GError) error = NULL;

  g_assert_false (notes_load (notes, &error));
  g_assert_error (error, UPRIGHT_STORE_ERROR, UPRIGHT_STORE_ERROR_NOT_LOCAL);
}

static void
test_last_good_used (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *last_good = g_strconcat (fixture->path, ".last-good", NULL);
  g_autoptr(Notes) notes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;

  upright_test_write (fixture->backup, "old=1\n", -1);
  upright_test_write (fixture->path, "!broken", -1);
  notes = load_notes (fixture->file);

  /* Used, it is no longer offered but kept; Undo offers it again. */
  g_assert_true (upright_store_set_last_good_used (notes->store, TRUE, &error));
  g_assert_no_error (error);
  g_assert_null (upright_store_get_last_good_file (notes->store));
  g_assert_false (g_file_test (last_good, G_FILE_TEST_EXISTS));
  names = upright_test_list_dir (fixture->dir);
  g_assert_true (g_regex_match_simple ("notes\\.txt\\.restored-[0-9]{8}-[0-9]{6}$", names, 0, 0));

  g_assert_true (upright_store_set_last_good_used (notes->store, FALSE, &error));
  g_assert_no_error (error);
  g_assert_nonnull (upright_store_get_last_good_file (notes->store));
  upright_test_assert_contents (last_good, "old=1\n", -1);
}

/* Big enough that a write takes a while. */
static char *
make_padding (void)
{
  GString *padding = g_string_new (NULL);

  for (guint i = 0; i < 2 * 1024 * 1024; i++)
    g_string_append_c (padding, 'a' + i % 26);

  return g_string_free (padding, FALSE);
}

/* Saves new versions of @path until it is killed. */
static int
run_saver (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *padding = make_padding ();
  Notes *notes = load_notes (file);

  upright_store_set_save_delay (notes->store, 0);
  for (guint i = 0; ; i++)
    {
      g_autofree char *value = g_strdup_printf ("%u", i);

      g_hash_table_replace (notes->values, g_strdup ("padding"), g_strdup (padding));
      notes_set (notes, "version", value);
      notes_set (notes, "check", value);
      save_notes (notes);
      if (i == 1)
        {
          /* Tell the test that saving is under way, once the second save
           * has made the backup that every later one keeps. */
          g_print ("saving\n");
          fflush (stdout);
        }
    }

  return 0;
}

/* A crash at any moment of a save leaves the old file or the new one, whole,
 * and what it left behind is cleaned up at the next start. Each round kills
 * a program that saves without a pause, at a random moment. */
static void
test_crash (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (g_test_rand_int ());
  g_autofree char *padding = make_padding ();
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  guint n_versions_seen = 0;

  g_assert_nonnull (self);

  for (guint round = 0; round < 12; round++)
    {
      g_autoptr(GSubprocess) saver = NULL;
      g_autoptr(GDataInputStream) output = NULL;
      g_autoptr(Notes) notes = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *line = NULL;
      const char *version;

      saver = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                                self, "--saver", fixture->path, NULL);
      g_assert_no_error (error);
      output = g_data_input_stream_new (g_subprocess_get_stdout_pipe (saver));
      line = g_data_input_stream_read_line (output, NULL, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (line, ==, "saving");

      /* A random moment, not a wait for anything: somewhere in a save. */
      g_usleep (g_rand_int_range (rand, 0, 300000));
      g_subprocess_force_exit (saver);
      g_subprocess_wait (saver, NULL, &error);
      g_assert_no_error (error);

      notes = load_notes (fixture->file);
      g_assert_null (upright_store_get_recovered_file (notes->store));
      version = g_hash_table_lookup (notes->values, "version");
      g_assert_nonnull (version);
      g_assert_cmpstr (g_hash_table_lookup (notes->values, "check"), ==, version);
      g_assert_cmpstr (g_hash_table_lookup (notes->values, "padding"), ==, padding);
      n_versions_seen++;
      g_assert_true (upright_store_close (notes->store, &error));
      g_assert_no_error (error);
      assert_dir (fixture->dir, "notes.txt notes.txt.bak");
    }

  g_assert_cmpuint (n_versions_seen, ==, 12);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 3 && g_str_equal (argv[1], "--saver"))
    return run_saver (argv[2]);

  own_mounts_at_start ();

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/store/round-trip", test_round_trip);
  ADD ("/store/burst", test_burst);
  ADD ("/store/save-now", test_save_now);
  ADD ("/store/change-during-save", test_change_during_save);
  ADD ("/store/close-saves", test_close_saves);
  ADD ("/store/private", test_private);
  ADD ("/store/leftovers", test_leftovers);
  ADD ("/store/unreadable", test_unreadable);
  ADD ("/store/dropped", test_dropped);
  ADD ("/store/last-good-used", test_last_good_used);
  ADD ("/store/other-program", test_other_program);
  ADD ("/store/two-instances", test_two_instances);
  ADD ("/store/fails/save", test_save_fails);
  ADD ("/store/fails/no-space", test_no_space);
  ADD ("/store/fails/load", test_load_fails);
  ADD ("/store/fails/unreadable-read-only", test_unreadable_read_only);
  ADD ("/store/fails/not-regular", test_not_regular);
  g_test_add_func ("/store/fails/not-local", test_not_local);
  ADD ("/store/crash", test_crash);

#undef ADD

  return g_test_run ();
}
