/* test-storage.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <sys/resource.h>

#include "core/upright-storage.h"
#include "core/upright-storage-private.h"
#include "upright-test-dir.h"

#define ASIDE_PATTERN "^plan\\.json\\.corrupt-[0-9]{8}-[0-9]{6}(-[0-9]+)?$"

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
  fixture->path = g_build_filename (fixture->dir, "plan.json", NULL);
  fixture->backup = g_build_filename (fixture->dir, "plan.json.bak", NULL);
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
save_text (GFile      *file,
           const char *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;

  g_assert_true (upright_storage_save (file, bytes, NULL, &error));
  g_assert_no_error (error);
}

static void
assert_dir (const char *dir,
            const char *expected)
{
  g_autofree char *names = upright_test_list_dir (dir);

  g_assert_cmpstr (names, ==, expected);
}

static void
test_data_dir (void)
{
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "upright", NULL);
  g_autofree char *dir = NULL;

  /* Each test has its own data folder; start without Upright's. */
  g_rmdir (expected);
  g_assert_false (g_file_test (expected, G_FILE_TEST_EXISTS));

  dir = upright_storage_get_data_dir ();
  g_assert_cmpstr (dir, ==, expected);
  g_assert_true (g_file_test (dir, G_FILE_TEST_IS_DIR));
  g_assert_cmpuint (upright_test_get_mode (dir), ==, 0700);

  /* A second call finds it. */
  g_clear_pointer (&dir, g_free);
  dir = upright_storage_get_data_dir ();
  g_assert_cmpstr (dir, ==, expected);
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  static const char contents[] = "{\"a\": \"caf\xc3\xa9\"}\n\0binary\xff";
  g_autoptr(GBytes) bytes = g_bytes_new_static (contents, sizeof contents);
  g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);
  g_autoptr(GBytes) loaded = NULL;
  g_autoptr(GError) error = NULL;
  guint n_saves = _upright_storage_get_n_saves ();

  /* No file yet. */
  loaded = upright_storage_load (fixture->file, NULL, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_null (loaded);
  g_clear_error (&error);

  g_assert_true (upright_storage_save (fixture->file, bytes, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (_upright_storage_get_n_saves (), ==, n_saves + 1);

  loaded = upright_storage_load (fixture->file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (loaded, bytes));
  g_clear_pointer (&loaded, g_bytes_unref);

  /* The first save has nothing to back up, and leaves nothing else behind. */
  assert_dir (fixture->dir, "plan.json");

  g_assert_true (upright_storage_save (fixture->file, empty, NULL, &error));
  g_assert_no_error (error);
  loaded = upright_storage_load (fixture->file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (loaded), ==, 0);
  upright_test_assert_contents (fixture->backup, contents, sizeof contents);
  assert_dir (fixture->dir, "plan.json plan.json.bak");
}

static void
test_load_folder (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GBytes) loaded = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (fixture->path, 0700), ==, 0);

  loaded = upright_storage_load (fixture->file, NULL, &error);
  g_assert_null (loaded);
  g_assert_error (error, UPRIGHT_STORAGE_ERROR, UPRIGHT_STORAGE_ERROR_READ);
}

static void
test_private (Fixture       *fixture,
              gconstpointer  data)
{
  /* An older file that anyone could read. */
  upright_test_write (fixture->path, "old\n", -1);
  g_assert_cmpint (g_chmod (fixture->path, 0644), ==, 0);
  upright_test_write (fixture->backup, "older\n", -1);
  g_assert_cmpint (g_chmod (fixture->backup, 0664), ==, 0);

  save_text (fixture->file, "new\n");

  upright_test_assert_contents (fixture->path, "new\n", -1);
  upright_test_assert_contents (fixture->backup, "old\n", -1);
  g_assert_cmpuint (upright_test_get_mode (fixture->path), ==, 0600);
  g_assert_cmpuint (upright_test_get_mode (fixture->backup), ==, 0600);
}

static void
test_backup (Fixture       *fixture,
             gconstpointer  data)
{
  save_text (fixture->file, "first\n");
  g_assert_false (g_file_test (fixture->backup, G_FILE_TEST_EXISTS));

  save_text (fixture->file, "second\n");
  upright_test_assert_contents (fixture->path, "second\n", -1);
  upright_test_assert_contents (fixture->backup, "first\n", -1);

  save_text (fixture->file, "third\n");
  upright_test_assert_contents (fixture->path, "third\n", -1);
  upright_test_assert_contents (fixture->backup, "second\n", -1);

  assert_dir (fixture->dir, "plan.json plan.json.bak");
}

static void
test_cancelled (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_static ("new\n", 4);
  g_autoptr(GError) error = NULL;
  guint n_saves;

  save_text (fixture->file, "old\n");
  n_saves = _upright_storage_get_n_saves ();

  g_cancellable_cancel (cancellable);
  g_assert_false (upright_storage_save (fixture->file, bytes, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  upright_test_assert_contents (fixture->path, "old\n", -1);
  assert_dir (fixture->dir, "plan.json");
  g_assert_cmpuint (_upright_storage_get_n_saves (), ==, n_saves);
}

static void
test_backup_fails (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *inside = g_build_filename (fixture->backup, "keep", NULL);
  g_autoptr(GBytes) bytes = g_bytes_new_static ("new\n", 4);
  g_autoptr(GError) error = NULL;

  /* A backup that cannot be replaced: a folder with something in it. The
   * temporary files written before are removed again. */
  upright_test_write (fixture->path, "old\n", -1);
  g_assert_cmpint (g_mkdir (fixture->backup, 0700), ==, 0);
  upright_test_write (inside, "keep\n", -1);

  g_assert_false (upright_storage_save (fixture->file, bytes, NULL, &error));
  g_assert_error (error, UPRIGHT_STORAGE_ERROR, UPRIGHT_STORAGE_ERROR_BACKUP);
  g_test_message ("%s", error->message);

  upright_test_assert_contents (fixture->path, "old\n", -1);
  upright_test_assert_contents (inside, "keep\n", -1);
  assert_dir (fixture->dir, "plan.json plan.json.bak");
}

static void
test_write_fails (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *dir = upright_test_make_dir ();
      g_autofree char *path = g_build_filename (dir, "plan.json", NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autofree char *large = g_strnfill (64 * 1024, 'x');
      g_autoptr(GBytes) bytes = g_bytes_new (large, strlen (large));
      g_autoptr(GError) error = NULL;
      struct rlimit limit;

      upright_test_write (path, "old\n", -1);

      /* Files can grow to 1 KiB only: the write fails halfway, as on a
       * full disk. */
      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &limit), ==, 0);
      limit.rlim_cur = 1024;
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

      g_assert_false (upright_storage_save (file, bytes, NULL, &error));
      g_assert_error (error, UPRIGHT_STORAGE_ERROR, UPRIGHT_STORAGE_ERROR_WRITE);
      g_test_message ("%s", error->message);

      upright_test_assert_contents (path, "old\n", -1);
      assert_dir (dir, "plan.json");

      upright_test_remove_tree (dir);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static void
test_folder_missing (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "gone", "plan.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = g_bytes_new_static ("new\n", 4);
  g_autoptr(GError) error = NULL;

  g_assert_false (upright_storage_save (file, bytes, NULL, &error));
  g_assert_error (error, UPRIGHT_STORAGE_ERROR, UPRIGHT_STORAGE_ERROR_WRITE);
  assert_dir (fixture->dir, "");
}

static void
test_target_is_folder (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *inside = g_build_filename (fixture->path, "keep", NULL);
  g_autoptr(GBytes) bytes = g_bytes_new_static ("new\n", 4);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (fixture->path, 0700), ==, 0);
  upright_test_write (inside, "keep\n", -1);

  g_assert_false (upright_storage_save (fixture->file, bytes, NULL, &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);

  upright_test_assert_contents (inside, "keep\n", -1);
  assert_dir (fixture->dir, "plan.json");
}

static void
test_not_local (void)
{
  g_autoptr(GFile) file = g_file_new_for_uri ("resource:///io/github/upright/Upright/plan.json");
  g_autoptr(GBytes) bytes = g_bytes_new_static ("new\n", 4);
  g_autoptr(GFile) aside = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (upright_storage_save (file, bytes, NULL, &error));
  g_assert_error (error, UPRIGHT_STORAGE_ERROR, UPRIGHT_STORAGE_ERROR_NOT_LOCAL);
  g_clear_error (&error);

  aside = upright_storage_move_aside (file, &error);
  g_assert_null (aside);
  g_assert_error (error, UPRIGHT_STORAGE_ERROR, UPRIGHT_STORAGE_ERROR_NOT_LOCAL);
}

static void
store_result_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static void
test_async (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_static ("async\n", 6);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  upright_storage_save_async (fixture->file, bytes, NULL, store_result_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (upright_storage_save_finish (fixture->file, result, &error));
  g_assert_no_error (error);
  upright_test_assert_contents (fixture->path, "async\n", -1);
  g_clear_object (&result);

  g_cancellable_cancel (cancellable);
  upright_storage_save_async (fixture->file, bytes, cancellable, store_result_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (upright_storage_save_finish (fixture->file, result, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  upright_test_assert_contents (fixture->path, "async\n", -1);
  assert_dir (fixture->dir, "plan.json");
}

typedef struct {
  GFile *file;
  guint  thread;
} SaverData;

static gpointer
saver_thread (gpointer data)
{
  SaverData *saver = data;

  for (guint i = 0; i < 10; i++)
    {
      g_autofree char *text = g_strdup_printf ("thread %u save %u\n", saver->thread, i);

      save_text (saver->file, text);
    }

  return NULL;
}

static void
assert_whole_save (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_regex_match_simple ("^thread [0-3] save [0-9]\n$", contents, 0, 0));
}

static void
test_concurrent (Fixture       *fixture,
                 gconstpointer  data)
{
  SaverData savers[4];
  GThread *threads[4];
  guint n_saves = _upright_storage_get_n_saves ();

  /* Saves from several threads never mix or leave anything behind. */
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      savers[i].file = fixture->file;
      savers[i].thread = i;
      threads[i] = g_thread_new ("saver", saver_thread, &savers[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_thread_join (threads[i]);

  g_assert_cmpuint (_upright_storage_get_n_saves (), ==, n_saves + 40);
  assert_whole_save (fixture->path);
  assert_whole_save (fixture->backup);
  assert_dir (fixture->dir, "plan.json plan.json.bak");
}

static void
assert_moved_aside (GFile      *aside,
                    const char *dir,
                    const char *contents)
{
  g_autofree char *parent = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GFile) dir_file = g_file_new_for_path (dir);
  g_autoptr(GFile) aside_parent = NULL;

  g_assert_nonnull (aside);
  aside_parent = g_file_get_parent (aside);
  g_assert_true (g_file_equal (aside_parent, dir_file));
  name = g_file_get_basename (aside);
  g_assert_true (g_regex_match_simple (ASIDE_PATTERN, name, 0, 0));
  upright_test_assert_contents (g_file_peek_path (aside), contents, -1);
}

static void
test_move_aside (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) taken = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;

  /* Files already moved aside in this second and the next ones. */
  for (int seconds = 0; seconds < 3; seconds++)
    {
      g_autoptr(GDateTime) then = g_date_time_add_seconds (now, seconds);
      g_autofree char *stamp = g_date_time_format (then, "%Y%m%d-%H%M%S");

      g_ptr_array_add (taken, g_strdup_printf ("%s.corrupt-%s", fixture->path, stamp));
      g_ptr_array_add (taken, g_strdup_printf ("%s.corrupt-%s-2", fixture->path, stamp));
    }
  for (guint i = 0; i < taken->len; i++)
    upright_test_write (g_ptr_array_index (taken, i), g_ptr_array_index (taken, i), -1);

  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *contents = g_strdup_printf ("broken %u", i);
      g_autoptr(GFile) aside = NULL;

      upright_test_write (fixture->path, contents, -1);
      aside = upright_storage_move_aside (fixture->file, &error);
      g_assert_no_error (error);
      assert_moved_aside (aside, fixture->dir, contents);
      g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));

      /* Every move finds a new name. */
      g_assert_true (g_hash_table_add (names, g_file_get_path (aside)));
      for (guint j = 0; j < taken->len; j++)
        g_assert_cmpstr (g_file_peek_path (aside), !=, g_ptr_array_index (taken, j));
    }

  /* Nothing was overwritten. */
  for (guint i = 0; i < taken->len; i++)
    upright_test_assert_contents (g_ptr_array_index (taken, i), g_ptr_array_index (taken, i), -1);
}

static void
test_move_aside_folder (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *inside = g_build_filename (fixture->path, "keep", NULL);
  g_autofree char *moved = NULL;
  g_autoptr(GFile) aside = NULL;
  g_autoptr(GError) error = NULL;

  /* A folder cannot be hard-linked: the other way of not replacing. */
  g_assert_cmpint (g_mkdir (fixture->path, 0700), ==, 0);
  upright_test_write (inside, "keep\n", -1);

  aside = upright_storage_move_aside (fixture->file, &error);
  g_assert_no_error (error);
  g_assert_nonnull (aside);
  moved = g_build_filename (g_file_peek_path (aside), "keep", NULL);
  upright_test_assert_contents (moved, "keep\n", -1);
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
}

static void
test_move_aside_missing (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GFile) aside = NULL;
  g_autoptr(GError) error = NULL;

  aside = upright_storage_move_aside (fixture->file, &error);
  g_assert_null (aside);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  assert_dir (fixture->dir, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/storage/data-dir", test_data_dir);
  ADD ("/storage/round-trip", test_round_trip);
  ADD ("/storage/load-folder", test_load_folder);
  ADD ("/storage/private", test_private);
  ADD ("/storage/backup", test_backup);
  ADD ("/storage/fails/cancelled", test_cancelled);
  ADD ("/storage/fails/backup", test_backup_fails);
  g_test_add_func ("/storage/fails/write", test_write_fails);
  ADD ("/storage/fails/folder-missing", test_folder_missing);
  ADD ("/storage/fails/target-is-folder", test_target_is_folder);
  g_test_add_func ("/storage/fails/not-local", test_not_local);
  ADD ("/storage/async", test_async);
  ADD ("/storage/concurrent", test_concurrent);
  ADD ("/storage/move-aside/names", test_move_aside);
  ADD ("/storage/move-aside/folder", test_move_aside_folder);
  ADD ("/storage/move-aside/missing", test_move_aside_missing);

#undef ADD

  return g_test_run ();
}
