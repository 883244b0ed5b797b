/* hands.c: drive the real application as a person does
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Starts the application binary in a private data and settings folder and
 * acts on it only from outside: key presses and pointer clicks go through
 * the X server's XTest extension, as a keyboard and a mouse would send them;
 * a screen reader's actions go through the accessibility bus. What happened
 * is read back from the files on disk and from the accessibility tree.
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>
#include <X11/Xlib.h>
#include <X11/XKBlib.h>
#include <X11/Xatom.h>
#include <X11/extensions/XTest.h>

#include "hands.h"

struct _Hands
{
  char            *dir;
  char            *data_dir;
  char            *config_dir;
  GKeyFile        *settings;
  int              width;
  int              height;

  GSubprocess     *process;
  gboolean         exited;
  guint            pid;

  Display         *display;
  AtspiAccessible *app;
  AtspiEventListener *focus_listener;
  AtspiAccessible *focus;
  guint            focus_serial;
};

#define SETTINGS_GROUP "io/github/upright/Upright"

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
            remove_tree (child);
          else
            g_unlink (child);
        }
    }
  g_rmdir (path);
}

static void
drop_log_cb (const char     *log_domain,
             GLogLevelFlags  log_level,
             const char     *message,
             gpointer        user_data)
{
}

Hands *
hands_new (void)
{
  Hands *hands = g_new0 (Hands, 1);
  g_autoptr(GError) error = NULL;

  /* libatspi warns that GTK 4.8 has no cache for it to read, which is no
   * fault of the application; a test fails through g_error () instead. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  g_log_set_handler ("dbind", G_LOG_LEVEL_WARNING | G_LOG_LEVEL_MESSAGE, drop_log_cb, NULL);
  hands->dir = g_dir_make_tmp ("upright-hands-XXXXXX", &error);
  g_assert_no_error (error);
  hands->data_dir = g_build_filename (hands->dir, "data", NULL);
  hands->config_dir = g_build_filename (hands->dir, "config", NULL);
  g_assert_cmpint (g_mkdir_with_parents (hands->data_dir, 0700), ==, 0);
  hands->settings = g_key_file_new ();
  hands->width = 1000;
  hands->height = 720;

  /* Cue sounds would need a sound card. */
  g_key_file_set_string (hands->settings, SETTINGS_GROUP, "sound-cues", "false");
  /* She has met the welcome before; a test of the first start sets this
   * back to false. */
  g_key_file_set_string (hands->settings, SETTINGS_GROUP, "welcome-done", "true");

  return hands;
}

/* The application's warnings and criticals fail the test, but for one:
 * GTK 4.8's accessibility, asked by a screen reader (here, the test) about
 * a widget it has not yet given a path, builds a reply with none and warns.
 * That is GTK's, not Upright's, and a person's screen reader lives with it;
 * a fatal critical would end the app in the middle of a test instead. */
static void
check_app_log (Hands *hands)
{
  g_autofree char *path = g_build_filename (hands->dir, "app.log", NULL);
  g_autofree char *log = NULL;
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents (path, &log, NULL, NULL))
    return;

  lines = g_strsplit (log, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (*lines[i] != '\0')
        g_printerr ("app: %s\n", lines[i]);

      /* GTK 4.8 asks for the bus path of an accessible that has none yet,
       * which gives these two criticals together. */
      if ((strstr (lines[i], "-CRITICAL **") != NULL || strstr (lines[i], "-WARNING **") != NULL) &&
          strstr (lines[i], "g_variant_is_object_path: assertion 'string != NULL' failed") == NULL &&
          strstr (lines[i], "g_variant_new_object_path: assertion 'g_variant_is_object_path (object_path)' failed") == NULL)
        g_error ("The application said: %s", lines[i]);
    }
}

void
hands_free (Hands *hands)
{
  if (hands == NULL)
    return;

  if (hands->process != NULL && !hands->exited)
    {
      g_subprocess_force_exit (hands->process);
      g_subprocess_wait (hands->process, NULL, NULL);
    }
  check_app_log (hands);
  if (hands->focus_listener != NULL)
    atspi_event_listener_deregister (hands->focus_listener, "object:state-changed:focused", NULL);
  g_clear_object (&hands->focus_listener);
  g_clear_object (&hands->focus);
  g_clear_object (&hands->app);
  g_clear_object (&hands->process);
  if (hands->display != NULL)
    XCloseDisplay (hands->display);
  g_key_file_unref (hands->settings);
  if (g_getenv ("UPRIGHT_HANDS_KEEP") == NULL)
    remove_tree (hands->dir);
  g_free (hands->data_dir);
  g_free (hands->config_dir);
  g_free (hands->dir);
  g_free (hands);
}

/**
 * hands_set_setting:
 * @key: a key of the application's settings schema
 * @value: its value in GVariant text form
 *
 * Sets a preference before the application starts, as if she had chosen it
 * in an earlier run.
 */
void
hands_set_setting (Hands      *hands,
                   const char *key,
                   const char *value)
{
  g_key_file_set_string (hands->settings, SETTINGS_GROUP, key, value);
}

void
hands_set_size (Hands *hands,
                int    width,
                int    height)
{
  hands->width = width;
  hands->height = height;
}

char *
hands_data_path (Hands      *hands,
                 const char *name)
{
  return g_build_filename (hands->data_dir, "upright", name, NULL);
}

void
hands_write_data (Hands      *hands,
                  const char *name,
                  const char *contents)
{
  g_autofree char *path = hands_data_path (hands, name);
  g_autofree char *folder = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

/**
 * hands_write_sample_journal:
 *
 * Writes @weeks weeks of made-up exercise to @name with the journal's own
 * code (the sample-journal tool), different for each @seed.
 */
void
hands_write_sample_journal (Hands      *hands,
                            const char *name,
                            const char *weeks,
                            const char *seed)
{
  g_autofree char *path = hands_data_path (hands, name);
  g_autofree char *folder = g_path_get_dirname (path);
  const char *argv[] = { g_getenv ("UPRIGHT_SAMPLE_JOURNAL"), path, weeks, seed, NULL };
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_nonnull (argv[0]);
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

/**
 * hands_read_data:
 *
 * Returns: (nullable): the file's content, or %NULL where it is missing
 */
char *
hands_read_data (Hands      *hands,
                 const char *name)
{
  g_autofree char *path = hands_data_path (hands, name);
  char *contents = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return NULL;

  return contents;
}

static gboolean
timeout_cb (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

static gboolean
poll_cb (gpointer user_data)
{
  return G_SOURCE_CONTINUE;
}

/**
 * hands_wait:
 * @check: says whether it has happened
 * @what: what is awaited, for the message when it never comes
 *
 * Runs the main loop, where the accessibility bus's events arrive, until
 * @check is true. The tree of another process gives no event for every
 * change, so @check is also asked again every tenth of a second. Fails the
 * test after %HANDS_TIMEOUT_MS.
 */
void
hands_wait (Hands      *hands,
            HandsCheck  check,
            gpointer    user_data,
            const char *what)
{
  gboolean timed_out = FALSE;
  guint timeout_id;
  guint poll_id;

  if (check (hands, user_data))
    return;

  timeout_id = g_timeout_add (HANDS_TIMEOUT_MS, timeout_cb, &timed_out);
  poll_id = g_timeout_add (100, poll_cb, NULL);
  while (!check (hands, user_data))
    {
      if (timed_out)
        {
          g_source_remove (poll_id);
          /* What a screen reader would find, to see why. */
          if (hands->app != NULL && !hands->exited)
            hands_dump (hands->app);
          g_error ("Gave up waiting: %s", what);
        }
      if (hands->exited)
        {
          check_app_log (hands);
          g_error ("The application ended (%s %d) while waiting: %s",
                   g_subprocess_get_if_signaled (hands->process) ? "signal" : "status",
                   g_subprocess_get_if_signaled (hands->process)
                     ? g_subprocess_get_term_sig (hands->process)
                     : g_subprocess_get_exit_status (hands->process),
                   what);
        }
      g_main_context_iteration (NULL, TRUE);
    }
  g_source_remove (poll_id);
  g_source_remove (timeout_id);
}

typedef struct
{
  const char *name;
  const char *contains;
} FileWait;

static gboolean
file_contains (Hands    *hands,
               gpointer  user_data)
{
  FileWait *wait = user_data;
  g_autofree char *contents = hands_read_data (hands, wait->name);

  return contents != NULL && (wait->contains == NULL || strstr (contents, wait->contains) != NULL);
}

/**
 * hands_wait_file:
 * @name: a file under the data folder
 * @contains: (nullable): text it must contain
 *
 * Waits until the application has written @name, with @contains in it.
 */
void
hands_wait_file (Hands      *hands,
                 const char *name,
                 const char *contains)
{
  FileWait wait = { name, contains };
  g_autofree char *what = g_strdup_printf ("%s to contain “%s”", name, contains ? contains : "");

  hands_wait (hands, file_contains, &wait, what);
}

typedef struct {
  const char *key;
  const char *value;
} SettingWait;

static gboolean
setting_is (Hands    *hands,
            gpointer  user_data)
{
  SettingWait *wait = user_data;
  g_autofree char *path = g_build_filename (hands->config_dir, "glib-2.0", "settings", "keyfile", NULL);
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autofree char *value = NULL;

  if (!g_key_file_load_from_file (file, path, G_KEY_FILE_NONE, NULL))
    return FALSE;
  value = g_key_file_get_value (file, SETTINGS_GROUP, wait->key, NULL);

  return g_strcmp0 (value, wait->value) == 0;
}

/**
 * hands_wait_setting:
 * @key: a key of Upright's settings
 * @value: the value it must have, as GVariant text
 *
 * Waits until the application has written @key with @value to its
 * settings file, where it stays after the application has gone.
 */
void
hands_wait_setting (Hands      *hands,
                    const char *key,
                    const char *value)
{
  SettingWait wait = { key, value };
  g_autofree char *what = g_strdup_printf ("the setting %s to be %s", key, value);

  hands_wait (hands, setting_is, &wait, what);
}

static gboolean
file_lacks (Hands    *hands,
            gpointer  user_data)
{
  FileWait *wait = user_data;
  g_autofree char *contents = hands_read_data (hands, wait->name);

  return contents != NULL && strstr (contents, wait->contains) == NULL;
}

/**
 * hands_wait_file_lacks:
 *
 * Waits until the application has written @name without @text in it.
 */
void
hands_wait_file_lacks (Hands      *hands,
                       const char *name,
                       const char *text)
{
  FileWait wait = { name, text };
  g_autofree char *what = g_strdup_printf ("%s to lose “%s”", name, text);

  hands_wait (hands, file_lacks, &wait, what);
}

static gboolean
file_equals (Hands    *hands,
             gpointer  user_data)
{
  FileWait *wait = user_data;
  g_autofree char *contents = hands_read_data (hands, wait->name);

  return g_strcmp0 (contents, wait->contains) == 0;
}

/**
 * hands_wait_file_equals:
 *
 * Waits until @name holds exactly @contents.
 */
void
hands_wait_file_equals (Hands      *hands,
                        const char *name,
                        const char *contents)
{
  FileWait wait = { name, contents };
  g_autofree char *what = g_strdup_printf ("%s to be as it was", name);

  hands_wait (hands, file_equals, &wait, what);
}

static void
focus_event_cb (AtspiEvent *event,
                gpointer    user_data)
{
  Hands *hands = user_data;

  if (event->detail1 == 0 || event->source == NULL || hands->app == NULL)
    return;

  if (atspi_accessible_get_process_id (event->source, NULL) != hands->pid)
    return;

  g_set_object (&hands->focus, event->source);
  hands->focus_serial++;
  if (g_getenv ("UPRIGHT_HANDS_VERBOSE") != NULL)
    {
      g_autofree char *description = hands_describe (event->source);

      g_printerr ("focus: %s\n", description);
    }
}

static void
process_exited_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  Hands *hands = user_data;

  g_subprocess_wait_finish (G_SUBPROCESS (object), result, NULL);
  hands->exited = TRUE;
}

static gboolean
app_registered (Hands    *hands,
                gpointer  user_data)
{
  g_autoptr(AtspiAccessible) desktop = atspi_get_desktop (0);
  int n = atspi_accessible_get_child_count (desktop, NULL);

  for (int i = 0; i < n; i++)
    {
      g_autoptr(AtspiAccessible) child = atspi_accessible_get_child_at_index (desktop, i, NULL);

      if (child != NULL && atspi_accessible_get_process_id (child, NULL) == hands->pid)
        {
          g_set_object (&hands->app, child);
          return TRUE;
        }
    }

  return FALSE;
}

static gboolean
window_showing (Hands    *hands,
                gpointer  user_data)
{
  g_autoptr(AtspiAccessible) window = hands_get_window (hands);

  return window != NULL && hands_has_state (window, ATSPI_STATE_ACTIVE);
}

/**
 * hands_launch:
 *
 * Starts the application with the settings given so far and waits until
 * its window is shown, active and known on the accessibility bus.
 */
static void launch (Hands      *hands,
                    const char *argument,
                    gboolean    with_window);

static gboolean
name_owned (Hands    *hands,
            gpointer  user_data)
{
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  g_autoptr(GVariant) reply = NULL;
  gboolean owned = FALSE;

  if (bus == NULL)
    return FALSE;
  reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "NameHasOwner",
                                       g_variant_new ("(s)", "io.github.upright.Upright"),
                                       G_VARIANT_TYPE ("(b)"), G_DBUS_CALL_FLAGS_NONE, -1, NULL, NULL);

  if (reply == NULL)
    return FALSE;
  g_variant_get (reply, "(b)", &owned);

  return owned;
}

/* Started, or already ended by itself, which the test then checks. */
static gboolean
name_owned_or_ended (Hands    *hands,
                     gpointer  user_data)
{
  return hands->exited || name_owned (hands, user_data);
}

void
hands_launch (Hands *hands)
{
  launch (hands, NULL, TRUE);
}

/**
 * hands_launch_background:
 *
 * Starts the application as the session does at login, with
 * `--background`, and waits until it is known on the accessibility bus.
 */
void
hands_launch_background (Hands *hands)
{
  launch (hands, "--background", FALSE);
}

static void
launch (Hands      *hands,
        const char *argument,
        gboolean    with_window)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *settings_dir = g_build_filename (hands->config_dir, "glib-2.0", "settings", NULL);
  g_autofree char *settings_file = g_build_filename (settings_dir, "keyfile", NULL);
  g_autofree char *gtk_dir = g_build_filename (hands->config_dir, "gtk-4.0", NULL);
  g_autofree char *gtk_file = g_build_filename (gtk_dir, "settings.ini", NULL);
  g_autofree char *cache_dir = g_build_filename (hands->dir, "cache", NULL);
  g_autofree char *width = g_strdup_printf ("%d", hands->width);
  g_autofree char *height = g_strdup_printf ("%d", hands->height);
  const char *binary = g_getenv ("UPRIGHT_BINARY");
  const char *const gtk_settings =
    "[Settings]\n"
    "gtk-decoration-layout=:close\n"
    /* Animations would only make every step slower. */
    "gtk-enable-animations=false\n";

  g_assert_nonnull (binary);
  g_assert_null (hands->process);

  g_assert_cmpint (g_mkdir_with_parents (settings_dir, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (gtk_dir, 0700), ==, 0);
  g_key_file_set_string (hands->settings, SETTINGS_GROUP, "window-width", width);
  g_key_file_set_string (hands->settings, SETTINGS_GROUP, "window-height", height);
  g_key_file_save_to_file (hands->settings, settings_file, &error);
  g_assert_no_error (error);
  g_file_set_contents (gtk_file, gtk_settings, -1, &error);
  g_assert_no_error (error);

  if (!atspi_is_initialized ())
    g_assert_cmpint (atspi_init (), ==, 0);
  /* Nothing from the tree is kept: every question asks the application. */
  {
    g_autoptr(AtspiAccessible) desktop = atspi_get_desktop (0);

    atspi_accessible_set_cache_mask (desktop, ATSPI_CACHE_NONE);
  }
  hands->focus_listener = atspi_event_listener_new (focus_event_cb, hands, NULL);
  atspi_event_listener_register (hands->focus_listener, "object:state-changed:focused", &error);
  g_assert_no_error (error);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_NONE);
  /* The test speaks TAP on its standard output; the application's words
   * go to the log. */
  g_subprocess_launcher_take_stdout_fd (launcher, dup (2));
  {
    g_autofree char *log = g_build_filename (hands->dir, "app.log", NULL);

    /* Read back when the test ends; see check_app_log(). */
    g_subprocess_launcher_set_stderr_file_path (launcher, log);
  }
  g_subprocess_launcher_unsetenv (launcher, "NO_AT_BRIDGE");
  g_subprocess_launcher_unsetenv (launcher, "GTK_A11Y");
  g_subprocess_launcher_setenv (launcher, "G_DEBUG", "gc-friendly", TRUE);
  g_subprocess_launcher_setenv (launcher, "GSETTINGS_BACKEND", "keyfile", TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", hands->data_dir, TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CONFIG_HOME", hands->config_dir, TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CACHE_HOME", cache_dir, TRUE);
  g_subprocess_launcher_setenv (launcher, "GTK_USE_PORTAL", "0", TRUE);

  hands->process = g_subprocess_launcher_spawn (launcher, &error, binary, argument, NULL);
  g_assert_no_error (error);
  hands->pid = (guint) atoi (g_subprocess_get_identifier (hands->process));
  g_subprocess_wait_async (hands->process, NULL, process_exited_cb, hands);

  hands->display = XOpenDisplay (NULL);
  g_assert_nonnull (hands->display);

  /* Without a window, GTK puts nothing on the accessibility bus: the
   * application's name on the session bus says it has started. */
  if (!with_window)
    {
      hands_wait (hands, name_owned_or_ended, NULL, "the application on the session bus");
      return;
    }

  hands_wait (hands, app_registered, NULL, "the application on the accessibility bus");
  atspi_accessible_set_cache_mask (hands->app, ATSPI_CACHE_NONE);
  hands_wait (hands, window_showing, NULL, "the main window to be shown and active");
}

static gboolean
has_no_window (Hands    *hands,
               gpointer  user_data)
{
  /* Not on the accessibility bus at all is no window either. */
  return hands->app == NULL || atspi_accessible_get_child_count (hands->app, NULL) == 0;
}

/**
 * hands_wait_no_window:
 *
 * Waits until the application shows no window at all.
 */
void
hands_wait_no_window (Hands *hands)
{
  hands_wait (hands, has_no_window, NULL, "the application to show no window");
}

/**
 * hands_activate_app_action:
 * @name: an action of the application, without "app."
 *
 * Activates an action the way the desktop does for a notification's
 * button: through the application's org.freedesktop.Application interface
 * on the session bus.
 */
void
hands_activate_app_action (Hands      *hands,
                           const char *name)
{
  g_autoptr(GDBusConnection) bus = NULL;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;

  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);
  reply = g_dbus_connection_call_sync (bus, "io.github.upright.Upright", "/io/github/upright/Upright",
                                       "org.freedesktop.Application", "ActivateAction",
                                       g_variant_new ("(sava{sv})", name, NULL, NULL),
                                       NULL, G_DBUS_CALL_FLAGS_NONE, HANDS_TIMEOUT_MS, NULL, &error);
  g_assert_no_error (error);

  /* Started without a window, it comes onto the accessibility bus now. */
  if (hands->app == NULL)
    {
      hands_wait (hands, app_registered, NULL, "the application on the accessibility bus");
      atspi_accessible_set_cache_mask (hands->app, ATSPI_CACHE_NONE);
    }
}

/**
 * hands_wait_exit:
 *
 * Waits until the application has ended by itself, and checks that it
 * ended well.
 */
static void wait_until_exited (Hands      *hands,
                               const char *failure);

void
hands_wait_exit (Hands *hands)
{
  wait_until_exited (hands, "The application did not end");
}

gboolean
hands_is_running (Hands *hands)
{
  return hands->process != NULL && !hands->exited;
}

static gboolean
has_exited (Hands    *hands,
            gpointer  user_data)
{
  return hands->exited;
}

/**
 * hands_quit:
 *
 * Quits with Ctrl+Q, as she would, and waits until the application ends.
 */
static void
wait_until_exited (Hands      *hands,
                   const char *failure)
{
  gboolean timed_out = FALSE;
  guint timeout_id;

  timeout_id = g_timeout_add (HANDS_TIMEOUT_MS, timeout_cb, &timed_out);
  while (!hands->exited && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (timed_out)
    {
      /* What was on screen, and what the application said, to see why. */
      if (hands->app != NULL)
        hands_dump (hands->app);
      check_app_log (hands);
      g_error ("%s", failure);
    }
  g_source_remove (timeout_id);
  g_assert_true (g_subprocess_get_if_exited (hands->process));
  g_assert_cmpint (g_subprocess_get_exit_status (hands->process), ==, 0);
  (void) has_exited;
}

static gboolean
exited_or_timed_out (gboolean *timed_out)
{
  return *timed_out;
}

void
hands_quit (Hands *hands)
{
  gboolean timed_out = FALSE;
  guint timeout_id;

  hands_key (hands, "ctrl+q");

  /* Without a window manager, a key pressed just as a dialog goes away
   * now and then reaches no window; a person would press it again, once. */
  timeout_id = g_timeout_add (HANDS_TIMEOUT_MS / 6, timeout_cb, &timed_out);
  while (!hands->exited && !exited_or_timed_out (&timed_out))
    g_main_context_iteration (NULL, TRUE);
  if (!hands->exited)
    {
      g_test_message ("Ctrl+Q was pressed a second time");
      hands_key (hands, "ctrl+q");
    }
  else
    g_source_remove (timeout_id);

  wait_until_exited (hands, "Ctrl+Q did not quit the application");
}

/* Keys. */

static Window find_x_window (Hands      *hands,
                             Window      window,
                             const char *title);

/* The tests run without a window manager, so the harness does what one
 * would: the newest window of the application, a dialog say, takes the
 * keyboard. */
/* The application's window of that title, shown or not. */
static AtspiAccessible *
find_top_window (Hands      *hands,
                 const char *title)
{
  int n = atspi_accessible_get_child_count (hands->app, NULL);

  for (int i = 0; i < n; i++)
    {
      g_autoptr(AtspiAccessible) child = atspi_accessible_get_child_at_index (hands->app, i, NULL);
      g_autofree char *name = child ? atspi_accessible_get_name (child, NULL) : NULL;

      if (g_strcmp0 (name, title) == 0)
        return g_steal_pointer (&child);
    }

  return NULL;
}

static gboolean
window_named_active (Hands    *hands,
                     gpointer  user_data)
{
  g_autoptr(AtspiAccessible) window = find_top_window (hands, user_data);

  return window != NULL && hands_has_state (window, ATSPI_STATE_ACTIVE);
}

static void
focus_top_window (Hands *hands)
{
  Window window = find_x_window (hands, DefaultRootWindow (hands->display), NULL);
  Window focused;
  int revert;
  Atom name_atom, utf8, type;
  int format;
  unsigned long n_items, after;
  unsigned char *data = NULL;
  g_autofree char *title = NULL;
  g_autofree char *what = NULL;

  if (window == None)
    return;
  XGetInputFocus (hands->display, &focused, &revert);
  if (focused == window)
    return;

  XRaiseWindow (hands->display, window);
  XSetInputFocus (hands->display, window, RevertToPointerRoot, CurrentTime);
  XSync (hands->display, False);

  /* A key sent before the application has taken the focus in is lost, as
   * it would be under a window manager before the window looks active; so
   * wait, as she would, until it does. */
  name_atom = XInternAtom (hands->display, "_NET_WM_NAME", False);
  utf8 = XInternAtom (hands->display, "UTF8_STRING", False);
  if (XGetWindowProperty (hands->display, window, name_atom, 0, 1024, False, utf8,
                          &type, &format, &n_items, &after, &data) == Success && data != NULL)
    {
      title = g_strdup ((const char *) data);
      XFree (data);
    }
  if (title == NULL || hands->app == NULL)
    return;
  what = g_strdup_printf ("the window “%s” to become active", title);
  hands_wait (hands, window_named_active, title, what);
}

static KeyCode
keycode_for (Hands      *hands,
             const char *name,
             gboolean   *needs_shift)
{
  KeySym sym = XStringToKeysym (name);
  KeyCode code;

  if (sym == NoSymbol && strlen (name) == 1)
    sym = (KeySym) (guchar) name[0];
  if (sym == NoSymbol)
    g_error ("No key is called “%s”", name);

  code = XKeysymToKeycode (hands->display, sym);
  if (code == 0)
    g_error ("The keyboard has no key for “%s”", name);

  *needs_shift = XkbKeycodeToKeysym (hands->display, code, 0, 0) != sym &&
                 XkbKeycodeToKeysym (hands->display, code, 0, 1) == sym;
  return code;
}

/**
 * hands_key:
 * @keys: a key combination such as "Tab", "shift+Tab", "ctrl+q", "space"
 *
 * Presses and releases the keys through the X server.
 */
void
hands_key (Hands      *hands,
           const char *keys)
{
  g_auto(GStrv) parts = g_strsplit (keys, "+", -1);
  guint n = g_strv_length (parts);
  KeyCode modifiers[4];
  guint n_modifiers = 0;
  gboolean needs_shift = FALSE;
  KeyCode code;

  g_assert_cmpuint (n, >=, 1);
  for (guint i = 0; i + 1 < n; i++)
    {
      const char *modifier = parts[i];
      const char *sym_name;
      gboolean unused;

      if (g_ascii_strcasecmp (modifier, "ctrl") == 0)
        sym_name = "Control_L";
      else if (g_ascii_strcasecmp (modifier, "shift") == 0)
        sym_name = "Shift_L";
      else if (g_ascii_strcasecmp (modifier, "alt") == 0)
        sym_name = "Alt_L";
      else
        g_error ("Unknown modifier “%s”", modifier);
      g_assert_cmpuint (n_modifiers, <, G_N_ELEMENTS (modifiers) - 1);
      modifiers[n_modifiers++] = keycode_for (hands, sym_name, &unused);
    }

  /* A key name alone is a plus sign when it is empty after the split. */
  code = keycode_for (hands, *parts[n - 1] ? parts[n - 1] : "plus", &needs_shift);
  if (needs_shift)
    {
      gboolean unused;

      modifiers[n_modifiers++] = keycode_for (hands, "Shift_L", &unused);
    }

  focus_top_window (hands);
  for (guint i = 0; i < n_modifiers; i++)
    XTestFakeKeyEvent (hands->display, modifiers[i], True, CurrentTime);
  XTestFakeKeyEvent (hands->display, code, True, CurrentTime);
  XTestFakeKeyEvent (hands->display, code, False, CurrentTime);
  for (guint i = n_modifiers; i > 0; i--)
    XTestFakeKeyEvent (hands->display, modifiers[i - 1], False, CurrentTime);
  XSync (hands->display, False);
}

/**
 * hands_type:
 *
 * Types plain ASCII text, one key after another.
 */
void
hands_type (Hands      *hands,
            const char *text)
{
  for (const char *c = text; *c; c++)
    {
      char name[2] = { *c, 0 };

      if (*c == ' ')
        hands_key (hands, "space");
      else
        hands_key (hands, name);
    }
}

typedef struct
{
  guint serial;
} FocusWait;

static gboolean
focus_moved (Hands    *hands,
             gpointer  user_data)
{
  FocusWait *wait = user_data;

  return hands->focus_serial != wait->serial;
}

/**
 * hands_key_to_focus:
 *
 * Presses @keys and waits until the keyboard focus moves.
 *
 * Returns: (transfer full): what has the focus now
 */
AtspiAccessible *
hands_key_to_focus (Hands      *hands,
                    const char *keys)
{
  FocusWait wait = { hands->focus_serial };
  g_autofree char *from = hands->focus ? hands_describe (hands->focus) : g_strdup ("nothing");
  g_autofree char *what = g_strdup_printf ("%s to move the focus on from %s", keys, from);

  hands_key (hands, keys);
  hands_wait (hands, focus_moved, &wait, what);

  return g_object_ref (hands->focus);
}

typedef struct
{
  guint    serial;
  gboolean timed_out;
} FocusTry;

static gboolean
try_timeout_cb (gpointer user_data)
{
  FocusTry *wait = user_data;

  wait->timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/**
 * hands_key_try_focus:
 *
 * Presses @keys and waits up to @timeout_ms for the keyboard focus to move,
 * so a test can tell a key that leads nowhere from one that works.
 *
 * Returns: (transfer full) (nullable): what has the focus now, or %NULL if
 *   the focus stayed where it was
 */
AtspiAccessible *
hands_key_try_focus (Hands      *hands,
                     const char *keys,
                     guint       timeout_ms)
{
  FocusTry wait = { hands->focus_serial, FALSE };
  guint timeout_id;

  hands_key (hands, keys);
  timeout_id = g_timeout_add (timeout_ms, try_timeout_cb, &wait);
  while (hands->focus_serial == wait.serial && !wait.timed_out && !hands->exited)
    g_main_context_iteration (NULL, TRUE);
  if (!wait.timed_out)
    g_source_remove (timeout_id);
  if (hands->exited)
    g_error ("The application ended while waiting for %s to move the focus", keys);

  return hands->focus_serial != wait.serial ? g_object_ref (hands->focus) : NULL;
}

static gboolean
window_named (Hands    *hands,
              gpointer  user_data)
{
  g_autoptr(AtspiAccessible) window = find_top_window (hands, user_data);

  return window != NULL && hands_is_visible (window);
}

/**
 * hands_wait_window_focus:
 * @title: the title of a window that is opening, a dialog say
 *
 * Waits until the window is shown and gives it the keyboard as a window
 * manager would. GTK 4.8 does not always tell the accessibility bus about
 * the focus a window starts with (a control focused before the window was
 * shown is never announced), so if nothing is announced this presses Tab,
 * as she would to find out where she is.
 *
 * Returns: (transfer full): what has the focus in that window
 */
AtspiAccessible *
hands_wait_window_focus (Hands      *hands,
                         const char *title)
{
  g_autofree char *shown = g_strdup_printf ("the window “%s” to open", title);
  FocusTry wait = { hands->focus_serial, FALSE };
  guint timeout_id;

  hands_wait (hands, window_named, (gpointer) title, shown);
  focus_top_window (hands);

  timeout_id = g_timeout_add (2000, try_timeout_cb, &wait);
  while (hands->focus_serial == wait.serial && !wait.timed_out && !hands->exited)
    g_main_context_iteration (NULL, TRUE);
  if (!wait.timed_out)
    g_source_remove (timeout_id);

  if (hands->focus_serial == wait.serial)
    return hands_key_to_focus (hands, "Tab");

  return g_object_ref (hands->focus);
}

static gboolean
window_gone (Hands    *hands,
             gpointer  user_data)
{
  return !window_named (hands, user_data);
}

/**
 * hands_wait_window_gone:
 * @title: the title of a window that is closing
 *
 * Waits until no window of that title is shown.
 */
void
hands_wait_window_gone (Hands      *hands,
                        const char *title)
{
  g_autofree char *what = g_strdup_printf ("the window “%s” to close", title);

  hands_wait (hands, window_gone, (gpointer) title, what);
}

/**
 * hands_focus_named:
 * @user_data: a name
 *
 * A #HandsCheck: whether what has the keyboard focus is called that.
 */
gboolean
hands_focus_named (Hands    *hands,
                   gpointer  user_data)
{
  g_autofree char *name = hands->focus ? atspi_accessible_get_name (hands->focus, NULL) : NULL;

  return g_strcmp0 (name, user_data) == 0;
}

/**
 * hands_get_focus:
 *
 * Returns: (transfer full) (nullable): what last took the keyboard focus
 */
AtspiAccessible *
hands_get_focus (Hands *hands)
{
  return hands->focus ? g_object_ref (hands->focus) : NULL;
}

typedef struct
{
  AtspiRole   role;
  const char *name;
} FocusMatch;

static gboolean
node_matches (AtspiAccessible *node,
              AtspiRole        role,
              const char      *name,
              gboolean         prefix)
{
  g_autofree char *node_name = NULL;

  if (role != ATSPI_ROLE_INVALID && atspi_accessible_get_role (node, NULL) != role)
    return FALSE;
  if (name == NULL)
    return TRUE;
  node_name = atspi_accessible_get_name (node, NULL);
  if (node_name == NULL)
    return FALSE;

  return prefix ? g_str_has_prefix (node_name, name) : g_str_equal (node_name, name);
}

static AtspiAccessible *find_in (AtspiAccessible *root,
                                 AtspiRole        role,
                                 const char      *name,
                                 gboolean         prefix,
                                 int              depth);

static gboolean
focus_is (Hands    *hands,
          gpointer  user_data)
{
  FocusMatch *match = user_data;
  g_autoptr(AtspiAccessible) node = NULL;

  if (hands->focus != NULL &&
      hands_has_state (hands->focus, ATSPI_STATE_FOCUSED) &&
      node_matches (hands->focus, match->role, match->name, FALSE))
    return TRUE;

  /* GTK 4.8 announces no focus given to a widget of a page that has only
   * just been shown; the tree still says where the focus is. */
  if (match->name == NULL)
    return FALSE;
  node = find_in (hands->app, match->role, match->name, FALSE, 0);
  if (node == NULL || !hands_has_state (node, ATSPI_STATE_FOCUSED))
    return FALSE;
  g_set_object (&hands->focus, node);

  return TRUE;
}

/**
 * hands_wait_focus:
 *
 * Waits until a node of @role named @name has the keyboard focus.
 *
 * Returns: (transfer full): that node
 */
AtspiAccessible *
hands_wait_focus (Hands      *hands,
                  AtspiRole   role,
                  const char *name)
{
  FocusMatch match = { role, name };
  g_autofree char *role_name = atspi_role_get_name (role);
  g_autofree char *what = g_strdup_printf ("the focus on the %s “%s”", role_name, name ? name : "");

  hands_wait (hands, focus_is, &match, what);

  return g_object_ref (hands->focus);
}

/* The pointer. */

static Window
find_x_window (Hands      *hands,
               Window      window,
               const char *title)
{
  Atom pid_atom = XInternAtom (hands->display, "_NET_WM_PID", False);
  Atom name_atom = XInternAtom (hands->display, "_NET_WM_NAME", False);
  Atom utf8 = XInternAtom (hands->display, "UTF8_STRING", False);
  Window root_return, parent_return, *children = NULL;
  unsigned int n_children = 0;
  Window found = None;

  if (!XQueryTree (hands->display, window, &root_return, &parent_return, &children, &n_children))
    return None;

  for (unsigned int i = n_children; i > 0 && found == None; i--)
    {
      Window child = children[i - 1];
      XWindowAttributes attributes;
      Atom type;
      int format;
      unsigned long n_items, after;
      unsigned char *data = NULL;
      gboolean ours = FALSE;

      /* Tooltips and popovers are windows of their own, placed by the
       * application itself. */
      if (!XGetWindowAttributes (hands->display, child, &attributes) ||
          attributes.map_state != IsViewable || attributes.override_redirect)
        continue;

      if (XGetWindowProperty (hands->display, child, pid_atom, 0, 1, False, XA_CARDINAL,
                              &type, &format, &n_items, &after, &data) == Success && data != NULL)
        {
          ours = n_items == 1 && *(unsigned long *) data == hands->pid;
          XFree (data);
          data = NULL;
        }
      if (!ours)
        continue;

      if (title == NULL)
        {
          found = child;
          break;
        }
      if (XGetWindowProperty (hands->display, child, name_atom, 0, 1024, False, utf8,
                              &type, &format, &n_items, &after, &data) == Success && data != NULL)
        {
          if (g_strcmp0 ((const char *) data, title) == 0)
            found = child;
          XFree (data);
        }
    }

  if (children != NULL)
    XFree (children);

  return found;
}

static AtspiAccessible *
toplevel_of (AtspiAccessible *node)
{
  g_autoptr(AtspiAccessible) current = g_object_ref (node);

  while (current != NULL)
    {
      g_autoptr(AtspiAccessible) parent = atspi_accessible_get_parent (current, NULL);

      if (parent == NULL || atspi_accessible_get_role (parent, NULL) == ATSPI_ROLE_APPLICATION)
        return g_steal_pointer (&current);
      g_set_object (&current, parent);
    }

  return NULL;
}

/**
 * hands_click:
 *
 * Moves the pointer to the middle of @node and clicks the primary button.
 */
void
hands_click (Hands           *hands,
             AtspiAccessible *node)
{
  g_autoptr(AtspiRect) rect = NULL;
  g_autoptr(AtspiAccessible) toplevel = toplevel_of (node);
  g_autofree char *title = toplevel ? atspi_accessible_get_name (toplevel, NULL) : NULL;
  g_autoptr(GError) error = NULL;
  Window window, child;
  int x, y;

  rect = atspi_component_get_extents (ATSPI_COMPONENT (node), ATSPI_COORD_TYPE_WINDOW, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rect->width, >, 0);
  g_assert_cmpint (rect->height, >, 0);

  window = find_x_window (hands, DefaultRootWindow (hands->display), title);
  if (window == None)
    window = find_x_window (hands, DefaultRootWindow (hands->display), NULL);
  g_assert_true (window != None);
  XTranslateCoordinates (hands->display, window, DefaultRootWindow (hands->display),
                         rect->x + rect->width / 2, rect->y + rect->height / 2,
                         &x, &y, &child);

  if (g_getenv ("UPRIGHT_HANDS_VERBOSE") != NULL)
    {
      XWindowAttributes attributes;

      XGetWindowAttributes (hands->display, window, &attributes);
      g_printerr ("click: %d,%d %dx%d in window %lx at %d,%d %dx%d → %d,%d\n",
                  rect->x, rect->y, rect->width, rect->height, window,
                  attributes.x, attributes.y, attributes.width, attributes.height, x, y);
    }
  XTestFakeMotionEvent (hands->display, -1, x, y, CurrentTime);
  XTestFakeButtonEvent (hands->display, 1, True, CurrentTime);
  XTestFakeButtonEvent (hands->display, 1, False, CurrentTime);
  XSync (hands->display, False);
}

/**
 * hands_do_action:
 *
 * Does what a screen reader does to activate @node: its first action.
 */
void
hands_do_action (Hands           *hands,
                 AtspiAccessible *node)
{
  g_autoptr(AtspiAction) action = atspi_accessible_get_action_iface (node);
  g_autoptr(GError) error = NULL;
  g_autofree char *description = hands_describe (node);

  if (action == NULL || atspi_action_get_n_actions (action, NULL) < 1)
    g_error ("%s has no action a screen reader could do", description);
  atspi_action_do_action (action, 0, &error);
  g_assert_no_error (error);
}

/* The tree. */

AtspiAccessible *
hands_get_app (Hands *hands)
{
  return hands->app;
}

/**
 * hands_get_window:
 *
 * Returns: (transfer full) (nullable): the application's active window, or
 *   else its first
 */
AtspiAccessible *
hands_get_window (Hands *hands)
{
  AtspiAccessible *first = NULL;
  int n;

  if (hands->app == NULL)
    return NULL;

  n = atspi_accessible_get_child_count (hands->app, NULL);
  for (int i = 0; i < n; i++)
    {
      g_autoptr(AtspiAccessible) child = atspi_accessible_get_child_at_index (hands->app, i, NULL);

      if (child == NULL)
        continue;
      if (hands_has_state (child, ATSPI_STATE_ACTIVE))
        {
          g_clear_object (&first);
          return g_steal_pointer (&child);
        }
      if (first == NULL)
        first = g_steal_pointer (&child);
    }

  return first;
}

gboolean
hands_has_state (AtspiAccessible *node,
                 AtspiStateType   state)
{
  g_autoptr(AtspiStateSet) states = atspi_accessible_get_state_set (node);

  return states != NULL && atspi_state_set_contains (states, state);
}

/**
 * hands_is_visible:
 *
 * Returns: whether a person could see @node: it is showing and has a size
 */
gboolean
hands_is_visible (AtspiAccessible *node)
{
  g_autoptr(AtspiRect) rect = NULL;

  if (!hands_has_state (node, ATSPI_STATE_VISIBLE))
    return FALSE;
  if (!ATSPI_IS_COMPONENT (node))
    return TRUE;
  rect = atspi_component_get_extents (ATSPI_COMPONENT (node), ATSPI_COORD_TYPE_WINDOW, NULL);

  return rect == NULL || (rect->width > 0 && rect->height > 0);
}

/* GTK 4.8 sets no “showing” state: what is hidden, as the pages of a stack
 * that are not shown, has no size, and its children have none either.
 * Stack pages themselves report no extents at all (-1). */
static gboolean
has_no_size (AtspiAccessible *node)
{
  g_autoptr(AtspiRect) rect = NULL;

  if (!ATSPI_IS_COMPONENT (node))
    return FALSE;
  rect = atspi_component_get_extents (ATSPI_COMPONENT (node), ATSPI_COORD_TYPE_WINDOW, NULL);

  return rect != NULL && rect->width == 0 && rect->height == 0;
}

/* Breadth first, so that what sits near the top of a window, such as a
 * toast, a popover or a dialog's buttons, is found without a walk through
 * every page first. */
static AtspiAccessible *
find_in (AtspiAccessible *root,
         AtspiRole        role,
         const char      *name,
         gboolean         prefix,
         int              depth)
{
  g_autoptr(GQueue) queue = g_queue_new ();
  AtspiAccessible *found = NULL;

  g_queue_push_tail (queue, g_object_ref (root));
  while (!g_queue_is_empty (queue))
    {
      g_autoptr(AtspiAccessible) node = g_queue_pop_head (queue);
      int n;

      if (node != root)
        {
          if (has_no_size (node))
            continue;
          if (found == NULL && node_matches (node, role, name, prefix))
            {
              found = g_steal_pointer (&node);
              break;
            }
        }

      n = atspi_accessible_get_child_count (node, NULL);
      for (int i = 0; i < n; i++)
        {
          AtspiAccessible *child = atspi_accessible_get_child_at_index (node, i, NULL);

          if (child != NULL)
            g_queue_push_tail (queue, child);
        }
    }

  g_queue_free_full (g_steal_pointer (&queue), g_object_unref);
  (void) depth;

  return found;
}

/**
 * hands_find:
 * @role: the role, or %ATSPI_ROLE_INVALID for any
 * @name: (nullable): the accessible name, or %NULL for any
 *
 * Returns: (transfer full) (nullable): the first node with a size under @root
 *   of that role and name
 */
AtspiAccessible *
hands_find (AtspiAccessible *root,
            AtspiRole        role,
            const char      *name)
{
  return find_in (root, role, name, FALSE, 0);
}

typedef struct
{
  AtspiRole        role;
  const char      *name;
  gboolean         prefix;
  AtspiAccessible *found;
} FindWait;

static gboolean
found_in_app (Hands    *hands,
              gpointer  user_data)
{
  FindWait *wait = user_data;

  g_clear_object (&wait->found);
  wait->found = find_in (hands->app, wait->role, wait->name, wait->prefix, 0);

  return wait->found != NULL;
}

static AtspiAccessible *
wait_find (Hands      *hands,
           AtspiRole   role,
           const char *name,
           gboolean    prefix)
{
  FindWait wait = { role, name, prefix, NULL };
  g_autofree char *role_name = atspi_role_get_name (role);
  g_autofree char *what = g_strdup_printf ("a %s “%s%s” to show", role_name, name ? name : "",
                                           prefix ? "…" : "");

  hands_wait (hands, found_in_app, &wait, what);

  return wait.found;
}

/**
 * hands_wait_find:
 *
 * Waits until a node of @role named @name shows in any of the
 * application's windows.
 *
 * Returns: (transfer full): that node
 */
AtspiAccessible *
hands_wait_find (Hands      *hands,
                 AtspiRole   role,
                 const char *name)
{
  return wait_find (hands, role, name, FALSE);
}

AtspiAccessible *
hands_wait_find_prefix (Hands      *hands,
                        AtspiRole   role,
                        const char *prefix)
{
  return wait_find (hands, role, prefix, TRUE);
}

static gboolean
gone_from_app (Hands    *hands,
               gpointer  user_data)
{
  return !found_in_app (hands, user_data);
}

/**
 * hands_wait_gone:
 *
 * Waits until no node of @role named @name shows.
 */
void
hands_wait_gone (Hands      *hands,
                 AtspiRole   role,
                 const char *name)
{
  FindWait wait = { role, name, FALSE, NULL };
  g_autofree char *role_name = atspi_role_get_name (role);
  g_autofree char *what = g_strdup_printf ("the %s “%s” to go", role_name, name);

  hands_wait (hands, gone_from_app, &wait, what);
  g_clear_object (&wait.found);
}

/**
 * hands_describe:
 *
 * Returns: (transfer full): @node's role and name, for messages
 */
char *
hands_describe (AtspiAccessible *node)
{
  g_autofree char *role = atspi_accessible_get_role_name (node, NULL);
  g_autofree char *name = atspi_accessible_get_name (node, NULL);

  return g_strdup_printf ("%s “%s”", role ? role : "?", name ? name : "");
}

/**
 * hands_get_text:
 *
 * Returns: (transfer full): the text of a label or entry, else its name
 */
char *
hands_get_text (AtspiAccessible *node)
{
  g_autoptr(AtspiText) text = atspi_accessible_get_text_iface (node);

  if (text != NULL)
    {
      int n = atspi_text_get_character_count (text, NULL);
      char *contents = atspi_text_get_text (text, 0, n, NULL);

      if (contents != NULL)
        return contents;
    }

  return atspi_accessible_get_name (node, NULL);
}

static void
dump_node (AtspiAccessible *node,
           int              depth)
{
  g_autofree char *description = hands_describe (node);
  g_autoptr(AtspiStateSet) states = atspi_accessible_get_state_set (node);
  g_autoptr(GArray) state_array = states ? atspi_state_set_get_states (states) : NULL;
  g_autoptr(GString) line = g_string_new (NULL);
  g_autoptr(AtspiAction) action = atspi_accessible_get_action_iface (node);
  int n;

  g_string_append_printf (line, "%*s%s [", depth * 2, "", description);
  for (guint i = 0; state_array != NULL && i < state_array->len; i++)
    {
      AtspiStateType state = g_array_index (state_array, AtspiStateType, i);
      GEnumClass *klass = g_type_class_ref (ATSPI_TYPE_STATE_TYPE);
      GEnumValue *value = g_enum_get_value (klass, state);

      if (state == ATSPI_STATE_FOCUSABLE || state == ATSPI_STATE_FOCUSED ||
          state == ATSPI_STATE_SHOWING || state == ATSPI_STATE_SENSITIVE ||
          state == ATSPI_STATE_CHECKED || state == ATSPI_STATE_PRESSED ||
          state == ATSPI_STATE_SELECTED || state == ATSPI_STATE_ACTIVE)
        g_string_append_printf (line, " %s", value ? value->value_nick : "?");
      g_type_class_unref (klass);
    }
  g_string_append (line, " ]");
  if (action != NULL)
    {
      int n_actions = atspi_action_get_n_actions (action, NULL);

      for (int i = 0; i < n_actions; i++)
        {
          g_autofree char *name = atspi_action_get_action_name (action, i, NULL);

          g_string_append_printf (line, " action:%s", name);
        }
    }
  if (ATSPI_IS_COMPONENT (node))
    {
      g_autoptr(AtspiRect) rect = atspi_component_get_extents (ATSPI_COMPONENT (node),
                                                              ATSPI_COORD_TYPE_WINDOW, NULL);

      if (rect != NULL)
        g_string_append_printf (line, " @%d,%d %dx%d", rect->x, rect->y, rect->width, rect->height);
    }
  g_printerr ("%s\n", line->str);

  n = atspi_accessible_get_child_count (node, NULL);
  for (int i = 0; i < n; i++)
    {
      g_autoptr(AtspiAccessible) child = atspi_accessible_get_child_at_index (node, i, NULL);

      if (child != NULL)
        dump_node (child, depth + 1);
    }
}

/**
 * hands_dump:
 *
 * Writes the tree under @root to standard error, to see what a screen
 * reader sees when a test fails.
 */
void
hands_dump (AtspiAccessible *root)
{
  dump_node (root, 0);
}
