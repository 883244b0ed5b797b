/* test-app-files.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define _GNU_SOURCE
#include <fcntl.h>
#include <sched.h>
#include <sys/file.h>
#include <sys/mount.h>
#include <unistd.h>

#include <gio/gio.h>

#include "upright-test-dir.h"
#include "upright-test-store.h"

/* The real application with the person's files in every state: being read,
 * unreadable, read-only, damaged. Everything is done from outside the
 * process, as another program can over D-Bus, and checked on disk: no
 * action may crash Upright or change a file it should not. */

#define APP_PATH "/io/github/upright/Upright"
#define WINDOW_PATH APP_PATH "/window/1"

/* A journal of @n records, written by the sample tool of the build. */
static char *
make_journal (guint n_weeks)
{
  g_autofree char *tool = g_test_build_filename (G_TEST_BUILT, "..", "tools", "sample-journal", NULL);
  g_autofree char *dir = upright_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "journal.json", NULL);
  g_autofree char *weeks = g_strdup_printf ("%u", n_weeks);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE, &error, tool, path, weeks, NULL);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_wait_check (process, NULL, &error));
  g_assert_no_error (error);
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  upright_test_remove_tree (dir);

  return contents;
}

static guint
count_records (const char *path)
{
  g_autofree char *contents = NULL;
  guint n = 0;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return 0;

  for (const char *p = contents; (p = strstr (p, "\"exercise\"")) != NULL; p++)
    n++;

  return n;
}

typedef struct {
  char            *home;
  char            *data;
  char            *journal;
  GSubprocess     *app;
  GDBusConnection *bus;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  fixture->home = upright_test_make_dir ();
  fixture->data = g_build_filename (fixture->home, "data", "upright", NULL);
  fixture->journal = g_build_filename (fixture->data, "journal.json", NULL);
  g_assert_cmpint (g_mkdir_with_parents (fixture->data, 0700), ==, 0);
  fixture->bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);
}

static void
stop_app (Fixture *fixture)
{
  if (fixture->app == NULL)
    return;

  g_subprocess_send_signal (fixture->app, SIGTERM);
  g_subprocess_wait (fixture->app, NULL, NULL);
  g_clear_object (&fixture->app);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  stop_app (fixture);
  g_clear_object (&fixture->bus);
  upright_test_remove_tree (fixture->home);
  g_free (fixture->journal);
  g_free (fixture->data);
  g_free (fixture->home);
}

static void
name_appeared_cb (GDBusConnection *connection,
                  const char      *name,
                  const char      *owner,
                  gpointer         user_data)
{
  *(gboolean *) user_data = TRUE;
}

static void
start_app (Fixture *fixture)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_NONE);
  g_autofree char *app = g_test_build_filename (G_TEST_BUILT, "..", "src", "upright", NULL);
  g_autofree char *data_home = g_build_filename (fixture->home, "data", NULL);
  g_autofree char *config_home = g_build_filename (fixture->home, "config", NULL);
  g_autoptr(GError) error = NULL;
  gint64 deadline = g_get_monotonic_time () + UPRIGHT_TEST_DEADLINE_S * G_TIME_SPAN_SECOND;
  gboolean appeared = FALSE;
  guint watch;

  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", data_home, TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CONFIG_HOME", config_home, TRUE);
  g_subprocess_launcher_setenv (launcher, "GSETTINGS_BACKEND", "memory", TRUE);
  g_subprocess_launcher_unsetenv (launcher, "G_DEBUG");
  fixture->app = g_subprocess_launcher_spawn (launcher, &error, app, NULL);
  g_assert_no_error (error);

  watch = g_bus_watch_name_on_connection (fixture->bus, "io.github.upright.Upright",
                                          G_BUS_NAME_WATCHER_FLAGS_NONE,
                                          name_appeared_cb, NULL, &appeared, NULL);
  while (!appeared)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  g_bus_unwatch_name (watch);
}

/* Actions over D-Bus, as any program may call them. */

static GVariant *
describe_all (Fixture    *fixture,
              const char *path)
{
  g_autoptr(GError) error = NULL;
  GVariant *reply;

  reply = g_dbus_connection_call_sync (fixture->bus, "io.github.upright.Upright", path,
                                       "org.gtk.Actions", "DescribeAll", NULL,
                                       G_VARIANT_TYPE ("(a{s(bgav)})"), G_DBUS_CALL_FLAGS_NONE,
                                       -1, NULL, &error);
  g_assert_no_error (error);

  return reply;
}

static gboolean
is_enabled (Fixture    *fixture,
            const char *name)
{
  g_autoptr(GVariant) reply = describe_all (fixture, APP_PATH);
  g_autoptr(GVariant) actions = g_variant_get_child_value (reply, 0);
  gboolean enabled = FALSE;

  g_variant_lookup (actions, name, "(bgav)", &enabled, NULL, NULL);

  return enabled;
}

static void
activate (Fixture    *fixture,
          const char *path,
          const char *name,
          GVariant   *parameter)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = NULL;
  GVariantBuilder parameters;

  g_variant_builder_init (&parameters, G_VARIANT_TYPE ("av"));
  if (parameter != NULL)
    g_variant_builder_add (&parameters, "v", parameter);

  reply = g_dbus_connection_call_sync (fixture->bus, "io.github.upright.Upright", path,
                                       "org.gtk.Actions", "Activate",
                                       g_variant_new ("(sava{sv})", name, &parameters, NULL),
                                       NULL, G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);
  g_assert_no_error (error);
}

static void
assert_running (Fixture *fixture)
{
  upright_test_run_pending ();
  g_assert_nonnull (g_subprocess_get_identifier (fixture->app));
}

static void
wait_until (Fixture    *fixture,
            gboolean  (*condition) (Fixture *fixture, gconstpointer data),
            gconstpointer data)
{
  gint64 deadline = g_get_monotonic_time () + UPRIGHT_TEST_DEADLINE_S * G_TIME_SPAN_SECOND;

  /* Each check is a round trip to the app, which answers once it has
   * handled what came before. */
  while (!condition (fixture, data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      assert_running (fixture);
      upright_test_run_pending ();
    }
}

static gboolean
action_enabled (Fixture       *fixture,
                gconstpointer  data)
{
  return is_enabled (fixture, data);
}

static gboolean
action_disabled (Fixture       *fixture,
                 gconstpointer  data)
{
  return !is_enabled (fixture, data);
}

static gboolean
has_records (Fixture       *fixture,
             gconstpointer  data)
{
  return count_records (fixture->journal) == GPOINTER_TO_UINT (data);
}

/* Calls every action of @path with parameters of every kind, good and bad,
 * except those that end the app. */
static void
activate_everything (Fixture    *fixture,
                     const char *path)
{
  static const char * const strings[] = { "", "no-such-thing", "sit-to-stand", "../../journal", "progress" };
  g_autoptr(GVariant) reply = describe_all (fixture, path);
  g_autoptr(GVariant) actions = g_variant_get_child_value (reply, 0);
  GVariantIter iter;
  const char *name;
  GVariant *description;

  g_variant_iter_init (&iter, actions);
  while (g_variant_iter_next (&iter, "{&s@(bgav)}", &name, &description))
    {
      const char *type;

      g_variant_get_child (description, 1, "&g", &type);
      g_test_message ("Activating %s%s%s", path, name, type);

      if (g_str_equal (name, "quit"))
        {
          g_variant_unref (description);
          continue;
        }

      if (g_str_equal (type, "s"))
        for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
          activate (fixture, path, name, g_variant_new_string (strings[i]));
      else if (g_str_equal (type, "b"))
        activate (fixture, path, name, g_variant_new_boolean (TRUE));
      else if (*type == '\0')
        activate (fixture, path, name, NULL);

      g_variant_unref (description);
    }

  /* Still there, and answering. */
  g_clear_pointer (&reply, g_variant_unref);
  reply = describe_all (fixture, APP_PATH);
  assert_running (fixture);
}

static void
assert_same_files (Fixture    *fixture,
                   const char *expected)
{
  g_autofree char *names = upright_test_list_dir (fixture->data);

  g_assert_cmpstr (names, ==, expected);
}

/* Tests */

static void
test_restore_last_good (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *journal = make_journal (30);
  g_autofree char *backup = g_strconcat (fixture->journal, ".bak", NULL);
  g_autofree char *last_good = g_strconcat (fixture->journal, ".last-good", NULL);
  guint n_records;

  upright_test_write (backup, journal, -1);
  upright_test_write (fixture->journal, "{\"format\": \"upright-journal\", \"version\": 1, \"rec", -1);
  n_records = count_records (backup);
  g_assert_cmpuint (n_records, >, 30);

  start_app (fixture);
  wait_until (fixture, action_enabled, "restore-journal-copy");
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
  upright_test_assert_contents (last_good, journal, -1);

  /* Restored, it is on disk at once; undone, it is gone from the journal
   * and offered again. */
  activate (fixture, APP_PATH, "restore-journal-copy", NULL);
  wait_until (fixture, has_records, GUINT_TO_POINTER (n_records));
  g_assert_false (is_enabled (fixture, "restore-journal-copy"));
  wait_until (fixture, action_enabled, "undo-restore-journal-copy");
  activate (fixture, APP_PATH, "undo-restore-journal-copy", NULL);
  wait_until (fixture, has_records, GUINT_TO_POINTER (0));
  wait_until (fixture, action_enabled, "restore-journal-copy");
  upright_test_assert_contents (last_good, journal, -1);

  /* Restored again, it stays when Upright quits. */
  activate (fixture, APP_PATH, "restore-journal-copy", NULL);
  wait_until (fixture, has_records, GUINT_TO_POINTER (n_records));
  stop_app (fixture);
  g_assert_cmpuint (count_records (fixture->journal), ==, n_records);
}

static void
test_while_loading (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *journal = make_journal (4);
  g_autofree char *backup = g_strconcat (fixture->journal, ".bak", NULL);
  int lock;

  upright_test_write (fixture->journal, journal, -1);
  upright_test_write (backup, journal, -1);

  /* Another Upright is saving: this one waits before it reads. */
  lock = open (fixture->data, O_RDONLY | O_DIRECTORY);
  g_assert_cmpint (flock (lock, LOCK_EX), ==, 0);

  start_app (fixture);
  g_assert_false (is_enabled (fixture, "restore-journal-copy"));
  g_assert_false (is_enabled (fixture, "reload-journal"));
  activate_everything (fixture, APP_PATH);
  activate_everything (fixture, WINDOW_PATH);
  upright_test_assert_contents (fixture->journal, journal, -1);
  upright_test_assert_contents (backup, journal, -1);

  /* Read at last, nothing was lost meanwhile. */
  close (lock);
  activate_everything (fixture, APP_PATH);
  stop_app (fixture);
  g_assert_cmpuint (count_records (fixture->journal), ==, count_records (backup));
}

static void
test_unreadable (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *inside = g_build_filename (fixture->journal, "keep", NULL);

  /* Something that cannot be read at all: nothing is written or moved. */
  g_assert_cmpint (g_mkdir (fixture->journal, 0700), ==, 0);
  upright_test_write (inside, "keep", -1);

  start_app (fixture);
  wait_until (fixture, action_enabled, "reload-journal");
  activate_everything (fixture, APP_PATH);
  activate_everything (fixture, WINDOW_PATH);
  upright_test_assert_contents (inside, "keep", -1);

  /* Once it can be read, Try Again reads it. */
  upright_test_remove_tree (fixture->journal);
  activate (fixture, APP_PATH, "reload-journal", NULL);
  wait_until (fixture, action_disabled, "reload-journal");
  stop_app (fixture);
}

static gboolean has_own_mounts;

static void
test_damaged_read_only (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *journal = make_journal (4);
  g_autofree char *backup = g_strconcat (fixture->journal, ".bak", NULL);

  if (!has_own_mounts)
    {
      g_test_skip ("Cannot make a folder read-only here");
      return;
    }

  /* Damaged, in a folder that cannot be changed: it cannot even be put
   * aside, so nothing is written, and Upright keeps running. */
  upright_test_write (backup, journal, -1);
  upright_test_write (fixture->journal, "{\"damaged", -1);
  g_assert_cmpint (mount (fixture->data, fixture->data, NULL, MS_BIND, NULL), ==, 0);
  g_assert_cmpint (mount (NULL, fixture->data, NULL, MS_BIND | MS_REMOUNT | MS_RDONLY, NULL), ==, 0);

  start_app (fixture);
  wait_until (fixture, action_enabled, "reload-journal");
  activate_everything (fixture, APP_PATH);
  activate_everything (fixture, WINDOW_PATH);
  stop_app (fixture);
  g_assert_cmpint (umount (fixture->data), ==, 0);

  upright_test_assert_contents (fixture->journal, "{\"damaged", -1);
  upright_test_assert_contents (backup, journal, -1);
  assert_same_files (fixture, "journal.json journal.json.bak");
}

int
main (int   argc,
      char *argv[])
{
  /* Read-only folders need mounts of the test's own, which its threads and
   * the apps it starts share only if it has them before it starts any. */
  has_own_mounts = geteuid () == 0 && unshare (CLONE_NEWNS) == 0 &&
                   mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) == 0;

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/app-files/restore-last-good", test_restore_last_good);
  ADD ("/app-files/dbus/while-loading", test_while_loading);
  ADD ("/app-files/dbus/unreadable", test_unreadable);
  ADD ("/app-files/dbus/damaged-read-only", test_damaged_read_only);

#undef ADD

  return g_test_run ();
}
