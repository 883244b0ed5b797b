/* upright-application.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib-unix.h>

#include "core/upright-autostart.h"
#include "core/upright-store.h"
#include "media/upright-media.h"
#include "pages/upright-preferences-window.h"
#include "pages/upright-welcome-window.h"
#include "pages/upright-window.h"

#include "upright-application.h"

struct _UprightApplication
{
  AdwApplication  parent_instance;

  GSettings            *settings;
  UprightCatalog       *catalog;
  GError               *catalog_error;
  UprightSafetyProfile *profile;
  UprightArticleLibrary *library;
  GError               *library_error;
  UprightPlan          *plan;
  UprightJournal       *journal;
  UprightCueSound      *cues;
  UprightReminder      *reminder;
  GCancellable         *cancellable;
  /* The journal before its last good copy was restored, for Undo. */
  GBytes               *journal_before_restore;
  gboolean              restoring;
  guint                 signal_sources[3];

  /* The font resolution before the text size preference changed it. */
  int             base_dpi;

  /* Held while posture reminders are on, so that closing the window
   * leaves Upright running for them. */
  gboolean        held;
  /* Started with --background: the first activation shows no window. */
  gboolean        start_in_background;
};

G_DEFINE_FINAL_TYPE (UprightApplication, upright_application, ADW_TYPE_APPLICATION)

UprightApplication *
upright_application_new (void)
{
  return g_object_new (UPRIGHT_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}

/**
 * upright_application_get_settings:
 * @self: the application
 *
 * Returns: (transfer none): the application's settings
 */
GSettings *
upright_application_get_settings (UprightApplication *self)
{
  g_return_val_if_fail (UPRIGHT_IS_APPLICATION (self), NULL);

  return self->settings;
}

/**
 * upright_application_get_catalog:
 * @self: the application
 *
 * Returns: (transfer none) (nullable): the exercise catalogue, or %NULL if
 *   it could not be loaded
 */
UprightCatalog *
upright_application_get_catalog (UprightApplication *self)
{
  g_return_val_if_fail (UPRIGHT_IS_APPLICATION (self), NULL);

  return self->catalog;
}

/**
 * upright_application_get_safety_profile:
 * @self: the application
 *
 * Returns: (transfer none): the user's safety profile, kept in step with
 *   the settings
 */
UprightSafetyProfile *
upright_application_get_safety_profile (UprightApplication *self)
{
  g_return_val_if_fail (UPRIGHT_IS_APPLICATION (self), NULL);

  return self->profile;
}

/**
 * upright_application_get_library:
 * @self: the application
 *
 * Returns: (transfer none) (nullable): the articles, or %NULL if they could
 *   not be loaded
 */
UprightArticleLibrary *
upright_application_get_library (UprightApplication *self)
{
  g_return_val_if_fail (UPRIGHT_IS_APPLICATION (self), NULL);

  return self->library;
}

/**
 * upright_application_get_plan:
 * @self: the application
 *
 * Returns: (transfer none): the user's bookmarks and reading
 */
UprightPlan *
upright_application_get_plan (UprightApplication *self)
{
  g_return_val_if_fail (UPRIGHT_IS_APPLICATION (self), NULL);

  return self->plan;
}

/**
 * upright_application_get_models:
 * @self: the application
 * @models: (out caller-allocates): what a window shows
 *
 * Fills in the models a new window needs.
 */
void
upright_application_get_models (UprightApplication  *self,
                                UprightWindowModels *models)
{
  g_return_if_fail (UPRIGHT_IS_APPLICATION (self));
  g_return_if_fail (models != NULL);

  *models = (UprightWindowModels) {
    .settings = self->settings,
    .catalog = self->catalog,
    .catalog_error = self->catalog_error,
    .library = self->library,
    .library_error = self->library_error,
    .profile = self->profile,
    .plan = self->plan,
    .journal = self->journal,
    .cues = self->cues,
  };
}

/* Problems with the person's files, shown as notices in every window. */

static char *
get_folder_name (GFile *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);

  return g_file_get_parse_name (parent);
}

static void
set_action_enabled (UprightApplication *self,
                    const char         *name,
                    gboolean            enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  if (action != NULL)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

static gboolean
store_is_ready (UprightStore *store)
{
  return upright_store_get_state (store) == UPRIGHT_STORE_STATE_READY;
}

/* Every action that changes the person's files can be called by any program
 * over D-Bus, in any state: each is enabled only when it can work. */
static void
update_actions (UprightApplication *self)
{
  UprightStore *journal, *plan;

  /* Starting up, or shut down. */
  if (self->journal == NULL || self->plan == NULL)
    return;

  journal = upright_journal_get_store (self->journal);
  plan = upright_plan_get_store (self->plan);

  set_action_enabled (self, "restore-journal-copy",
                      store_is_ready (journal) && !self->restoring &&
                      upright_store_get_last_good_file (journal) != NULL);
  set_action_enabled (self, "undo-restore-journal-copy",
                      store_is_ready (journal) && self->journal_before_restore != NULL);
  set_action_enabled (self, "reload-journal",
                      upright_store_get_state (journal) == UPRIGHT_STORE_STATE_FAILED);
  set_action_enabled (self, "reload-plan",
                      upright_store_get_state (plan) == UPRIGHT_STORE_STATE_FAILED);
  set_action_enabled (self, "save-again",
                      upright_store_get_save_error (journal) != NULL ||
                      upright_store_get_save_error (plan) != NULL);
}

static void
show_journal_notices (UprightApplication *self,
                      UprightWindow      *window)
{
  UprightStore *store = upright_journal_get_store (self->journal);
  GFile *file = upright_store_get_file (store);
  g_autofree char *folder = get_folder_name (file);
  GFile *recovered = upright_store_get_recovered_file (store);
  GFile *last_good = upright_store_get_last_good_file (store);
  const GError *save_error = upright_store_get_save_error (store);
  g_autofree char *text = NULL;

  if (upright_store_get_state (store) == UPRIGHT_STORE_STATE_FAILED)
    {
      /* Translators: the first %s says what went wrong, the second is a folder. */
      text = g_strdup_printf (_("Your progress could not be read. %s "
                                "Until it can be, nothing you do is kept. Check the folder %s, "
                                "then choose Try Again."),
                              upright_store_get_load_error (store)->message, folder);
      upright_window_show_notice (window, "journal", text,
                                  _("_Try Again"), "app.reload-journal",
                                  _("Show _Folder"), "app.show-data-folder",
                                  NULL);
    }
  else if (recovered != NULL)
    {
      g_autofree char *name = g_file_get_basename (recovered);

      if (last_good != NULL)
        /* Translators: the first %s is a file name, the second a folder. */
        text = g_strdup_printf (_("Your progress could not be read, so Upright started it afresh. "
                                  "The damaged file is kept as “%s” in the folder %s. "
                                  "A copy from before the damage can bring your earlier progress back."),
                                name, folder);
      else
        /* Translators: the first %s is a file name, the second a folder. */
        text = g_strdup_printf (_("Your progress could not be read, so Upright started it afresh. "
                                  "The damaged file is kept as “%s” in the folder %s."),
                                name, folder);

      if (last_good != NULL)
        upright_window_show_notice (window, "journal", text,
                                    _("_Restore Earlier Progress"), "app.restore-journal-copy",
                                    _("Show _Folder"), "app.show-data-folder",
                                    NULL);
      else
        upright_window_show_notice (window, "journal", text,
                                    _("Show _Folder"), "app.show-data-folder",
                                    NULL);
    }
  else if (last_good != NULL)
    {
      upright_window_show_notice (window, "journal",
                                  _("A copy of your earlier progress, from before its file was damaged, "
                                    "is still kept. Restore it to see that progress again."),
                                  _("_Restore Earlier Progress"), "app.restore-journal-copy",
                                  _("Show _Folder"), "app.show-data-folder",
                                  NULL);
    }
  else
    {
      upright_window_hide_notice (window, "journal");
    }

  if (save_error != NULL)
    {
      g_clear_pointer (&text, g_free);
      /* Translators: %s says what went wrong. */
      text = g_strdup_printf (_("Your progress could not be saved. %s "
                                "What you did is kept while Upright stays open."),
                              save_error->message);
      upright_window_show_notice (window, "journal-save", text,
                                  _("_Try Again"), "app.save-again",
                                  NULL);
    }
  else
    {
      upright_window_hide_notice (window, "journal-save");
    }
}

static void
show_plan_notices (UprightApplication *self,
                   UprightWindow      *window)
{
  UprightStore *store = upright_plan_get_store (self->plan);
  GFile *file = upright_store_get_file (store);
  g_autofree char *folder = get_folder_name (file);
  GFile *recovered = upright_store_get_recovered_file (store);
  const char * const *dropped = upright_store_get_dropped (store);
  const GError *save_error = upright_store_get_save_error (store);
  g_autofree char *text = NULL;

  if (upright_store_get_state (store) == UPRIGHT_STORE_STATE_FAILED)
    {
      /* Translators: the first %s says what went wrong, the second is a folder. */
      text = g_strdup_printf (_("Your routines, bookmarks and own videos could not be read. %s "
                                "Until they can be, changes to them are not kept. Check the folder %s, "
                                "then choose Try Again."),
                              upright_store_get_load_error (store)->message, folder);
      upright_window_show_notice (window, "plan", text,
                                  _("_Try Again"), "app.reload-plan",
                                  _("Show _Folder"), "app.show-data-folder",
                                  NULL);
    }
  else if (recovered != NULL && dropped != NULL && dropped[0] != NULL)
    {
      g_autofree char *name = g_file_get_basename (recovered);
      g_autofree char *list = g_strjoinv ("; ", (char **) dropped);

      /* Translators: the first %s lists what was left out, the second is a
       * file name, the third a folder. */
      text = g_strdup_printf (_("Some of your routines, bookmarks or own videos could not be read and "
                                "were left out: %s. Everything else is kept, and the file as it was is "
                                "kept as “%s” in the folder %s."),
                              list, name, folder);
      upright_window_show_notice (window, "plan", text,
                                  _("Show _Folder"), "app.show-data-folder",
                                  NULL);
    }
  else if (recovered != NULL)
    {
      g_autofree char *name = g_file_get_basename (recovered);

      /* Translators: the first %s is a file name, the second a folder. */
      text = g_strdup_printf (_("Your routines, bookmarks and own videos could not be read, so Upright "
                                "started them afresh. The damaged file is kept as “%s” in the folder %s, "
                                "with a copy from before the damage."),
                              name, folder);
      upright_window_show_notice (window, "plan", text,
                                  _("Show _Folder"), "app.show-data-folder",
                                  NULL);
    }
  else
    {
      upright_window_hide_notice (window, "plan");
    }

  if (save_error != NULL)
    {
      g_clear_pointer (&text, g_free);
      /* Translators: %s says what went wrong. */
      text = g_strdup_printf (_("Your routines, bookmarks and own videos could not be saved. %s "
                                "Your changes are kept while Upright stays open."),
                              save_error->message);
      upright_window_show_notice (window, "plan-save", text,
                                  _("_Try Again"), "app.save-again",
                                  NULL);
    }
  else
    {
      upright_window_hide_notice (window, "plan-save");
    }
}

static void
update_notices (UprightApplication *self)
{
  if (self->journal == NULL || self->plan == NULL)
    return;

  update_actions (self);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      if (!UPRIGHT_IS_WINDOW (l->data))
        continue;

      show_journal_notices (self, l->data);
      show_plan_notices (self, l->data);
    }
}

static void
store_changed_cb (UprightApplication *self)
{
  update_notices (self);
}

static void
journal_loaded_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(UprightApplication) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!upright_journal_load_finish (UPRIGHT_JOURNAL (object), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_warning ("Could not load the journal: %s", error->message);

  update_notices (self);
}

static void
plan_loaded_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(UprightApplication) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!upright_plan_load_finish (UPRIGHT_PLAN (object), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_warning ("Could not load the plan: %s", error->message);

  update_notices (self);
}

static void
add_toast (UprightApplication *self,
           AdwToast           *toast)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (UPRIGHT_IS_WINDOW (window))
    upright_window_add_toast (UPRIGHT_WINDOW (window), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static void
restore_toast_dismissed_cb (UprightApplication *self)
{
  /* Too late to undo: the earlier state need not be kept any more. */
  g_clear_pointer (&self->journal_before_restore, g_bytes_unref);
  update_actions (self);
}

static void
journal_copy_restored_cb (GObject      *object,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  g_autoptr(UprightApplication) self = user_data;
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  self->restoring = FALSE;

  if (!upright_journal_restore_last_good_finish (UPRIGHT_JOURNAL (object), result, &error))
    {
      g_autofree char *text = NULL;

      g_clear_pointer (&self->journal_before_restore, g_bytes_unref);
      /* Translators: %s says what went wrong. */
      text = g_strdup_printf (_("The copy of your earlier progress could not be restored. %s"), error->message);
      add_toast (self, adw_toast_new (text));
      update_notices (self);
      return;
    }

  /* She chose it: it is written now, not shortly. */
  upright_journal_flush_async (self->journal, NULL, NULL, NULL);

  toast = adw_toast_new (_("Your earlier progress is back"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "app.undo-restore-journal-copy");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (restore_toast_dismissed_cb), self,
                           G_CONNECT_SWAPPED);
  add_toast (self, toast);
  update_notices (self);
}

static void
restore_journal_copy_action_cb (GSimpleAction *action,
                                GVariant      *parameter,
                                gpointer       user_data)
{
  UprightApplication *self = UPRIGHT_APPLICATION (user_data);
  UprightStore *store = upright_journal_get_store (self->journal);

  /* The action is disabled otherwise, but the state may have changed since
   * a caller saw it. */
  if (self->restoring || !store_is_ready (store) || upright_store_get_last_good_file (store) == NULL)
    return;

  g_clear_pointer (&self->journal_before_restore, g_bytes_unref);
  self->journal_before_restore = upright_journal_to_bytes (self->journal);
  self->restoring = TRUE;
  update_actions (self);
  upright_journal_restore_last_good_async (self->journal, NULL, journal_copy_restored_cb,
                                           g_object_ref (self));
}

static void
undo_restore_journal_copy_action_cb (GSimpleAction *action,
                                     GVariant      *parameter,
                                     gpointer       user_data)
{
  UprightApplication *self = UPRIGHT_APPLICATION (user_data);
  UprightStore *store = upright_journal_get_store (self->journal);
  g_autoptr(GBytes) before = g_steal_pointer (&self->journal_before_restore);
  g_autoptr(GError) error = NULL;

  if (before == NULL || !store_is_ready (store))
    return;

  if (!upright_journal_restore (self->journal, before, &error) ||
      !upright_store_set_last_good_used (store, FALSE, &error))
    g_warning ("Could not undo restoring the journal's copy: %s", error->message);

  upright_journal_flush_async (self->journal, NULL, NULL, NULL);
  update_notices (self);
}

static void
reload_journal_action_cb (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  UprightApplication *self = UPRIGHT_APPLICATION (user_data);

  if (upright_store_get_state (upright_journal_get_store (self->journal)) != UPRIGHT_STORE_STATE_FAILED)
    return;

  upright_journal_load_async (self->journal, self->cancellable, journal_loaded_cb, g_object_ref (self));
  update_actions (self);
}

static void
reload_plan_action_cb (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  UprightApplication *self = UPRIGHT_APPLICATION (user_data);

  if (upright_store_get_state (upright_plan_get_store (self->plan)) != UPRIGHT_STORE_STATE_FAILED)
    return;

  upright_plan_load_async (self->plan, self->cancellable, plan_loaded_cb, g_object_ref (self));
  update_actions (self);
}

static void
save_again_action_cb (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  UprightApplication *self = UPRIGHT_APPLICATION (user_data);

  /* A failure shows again as a notice; a success takes it away. */
  upright_journal_flush_async (self->journal, NULL, NULL, NULL);
  upright_plan_flush_async (self->plan, NULL, NULL, NULL);
}

static void
show_data_folder_action_cb (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  UprightApplication *self = UPRIGHT_APPLICATION (user_data);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autoptr(GFile) folder = g_file_get_parent (upright_journal_get_file (self->journal));
  g_autofree char *uri = g_file_get_uri (folder);

  gtk_show_uri (window, uri, GDK_CURRENT_TIME);
}

static void
watch_store (UprightApplication *self,
             UprightStore       *store)
{
  g_signal_connect_object (store, "notify::state", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "notify::last-good-file", G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "save-failed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
show_welcome (UprightApplication *self)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  UprightWelcomeWindow *welcome;

  welcome = upright_welcome_window_new (self->settings);
  gtk_window_set_transient_for (GTK_WINDOW (welcome), parent);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (welcome), TRUE);
  gtk_window_present (GTK_WINDOW (welcome));
}

/* Background */

/* With posture reminders on, Upright keeps running when its window closes,
 * so that the reminders keep coming; with them off, nothing runs without a
 * window. Quit quits either way. */
static void
update_hold (UprightApplication *self)
{
  gboolean wanted = g_settings_get_boolean (self->settings, "reminders-enabled");

  if (wanted == self->held)
    return;

  self->held = wanted;
  if (wanted)
    g_application_hold (G_APPLICATION (self));
  else
    g_application_release (G_APPLICATION (self));
}

static gboolean
is_sandboxed (void)
{
  return g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS);
}

static void
background_request_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;

  reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (object), result, &error);
  if (reply == NULL)
    g_message ("Could not ask to start at login: %s", error->message);
}

/* Inside a sandbox, the Background portal adds or removes the autostart
 * entry, and tells the desktop why Upright runs without a window. */
static void
request_background (UprightApplication *self,
                    gboolean            autostart)
{
  GDBusConnection *bus = g_application_get_dbus_connection (G_APPLICATION (self));
  GVariantBuilder options;
  const char *commandline[] = { "upright", "--background", NULL };

  if (bus == NULL)
    return;

  g_variant_builder_init (&options, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&options, "{sv}", "reason",
                         g_variant_new_string (_("Posture reminders come while Upright runs in the background")));
  g_variant_builder_add (&options, "{sv}", "autostart", g_variant_new_boolean (autostart));
  g_variant_builder_add (&options, "{sv}", "commandline", g_variant_new_strv (commandline, -1));
  g_variant_builder_add (&options, "{sv}", "dbus-activatable", g_variant_new_boolean (FALSE));

  g_dbus_connection_call (bus, "org.freedesktop.portal.Desktop", "/org/freedesktop/portal/desktop",
                          "org.freedesktop.portal.Background", "RequestBackground",
                          g_variant_new ("(sa{sv})", "", &options),
                          G_VARIANT_TYPE ("(o)"), G_DBUS_CALL_FLAGS_NONE, -1,
                          NULL, background_request_cb, NULL);
}

static void
update_autostart (UprightApplication *self)
{
  gboolean wanted = g_settings_get_boolean (self->settings, "start-at-login");
  g_autoptr(GError) error = NULL;
  g_autofree char *executable = NULL;

  if (is_sandboxed ())
    {
      request_background (self, wanted);
      return;
    }

  /* The program that runs now, by its full path, so that a build run from
   * its folder starts itself, not another copy. */
  executable = g_file_read_link ("/proc/self/exe", NULL);
  if (!upright_autostart_set (g_get_user_config_dir (), APP_ID, "Upright",
                              _("Posture reminders"),
                              executable != NULL ? executable : "upright",
                              wanted, &error))
    g_message ("Could not change starting at login: %s", error->message);
}

static void
background_settings_changed_cb (UprightApplication *self,
                                const char         *key,
                                GSettings          *settings)
{
  if (g_str_equal (key, "reminders-enabled"))
    update_hold (self);
  /* The entry names the program by its path, which may have moved. */
  if (g_settings_get_boolean (self->settings, "start-at-login") && !is_sandboxed ())
    update_autostart (self);
  else if (g_str_equal (key, "start-at-login"))
    update_autostart (self);
}

static gint
upright_application_handle_local_options (GApplication *app,
                                          GVariantDict *options)
{
  UprightApplication *self = UPRIGHT_APPLICATION (app);

  if (g_variant_dict_contains (options, "background"))
    {
      g_autoptr(GError) error = NULL;

      if (!g_application_register (app, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return EXIT_FAILURE;
        }
      /* Already running: there is nothing more to start. */
      if (g_application_get_is_remote (app))
        return EXIT_SUCCESS;
      self->start_in_background = TRUE;
    }

  return -1;
}

static void
upright_application_activate (GApplication *app)
{
  UprightApplication *self = UPRIGHT_APPLICATION (app);
  UprightWindowModels models;
  GtkWindow *window;

  /* Started at login: no window, only the reminders, if they are on. */
  if (self->start_in_background)
    {
      self->start_in_background = FALSE;
      return;
    }

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  upright_application_get_models (self, &models);
  window = GTK_WINDOW (upright_window_new (GTK_APPLICATION (self), &models));
  gtk_window_present (window);

  /* The first time, she meets the welcome and the safety questions before
   * anything else. */
  if (!g_settings_get_boolean (self->settings, "welcome-done"))
    show_welcome (self);
}

static void
text_size_changed_cb (UprightApplication *self,
                      const char         *key,
                      GSettings          *settings)
{
  g_autofree char *size = g_settings_get_string (settings, "text-size");
  double scale = 1.0;

  if (g_str_equal (size, "large"))
    scale = 1.2;
  else if (g_str_equal (size, "larger"))
    scale = 1.4;

  /* Scaling the font resolution scales every text style alike, including
   * the titles and captions whose sizes the style sheet gives in points. */
  g_object_set (gtk_settings_get_default (),
                "gtk-xft-dpi", (int) (self->base_dpi * scale),
                NULL);
}

static void
quit_action_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GApplication *app = G_APPLICATION (user_data);
  GList *windows;

  /* Closing each window first lets it save its state, and ask before
   * changes that could not be saved are lost. */
  windows = gtk_application_get_windows (GTK_APPLICATION (app));
  while (windows != NULL)
    {
      GtkWindow *window = windows->data;

      windows = windows->next;
      gtk_window_close (window);
    }

  /* A main window that asked stays open, and so does Upright; other
   * windows, such as a file chooser kept for later, do not count. */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    {
      if (UPRIGHT_IS_WINDOW (l->data))
        return;
    }

  g_application_quit (app);
}

static void
preferences_action_cb (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  UprightApplication *self = UPRIGHT_APPLICATION (user_data);
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  UprightPreferencesWindow *preferences;

  preferences = upright_preferences_window_new (self->settings);
  gtk_window_set_transient_for (GTK_WINDOW (preferences), parent);
  gtk_window_set_modal (GTK_WINDOW (preferences), TRUE);
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
welcome_action_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  show_welcome (UPRIGHT_APPLICATION (user_data));
}

static void
about_action_cb (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  UprightApplication *self = UPRIGHT_APPLICATION (user_data);
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autofree char *media_info = upright_media_get_debug_info ();
  g_autofree char *debug_info = NULL;
  const char *developers[] = { "The Upright authors", NULL };
  const char *guidelines[] = {
    /* Translators: Names of published exercise guidelines, each followed by its web address. */
    _("Too Fit To Fracture, Osteoporosis Canada https://osteoporosis.ca/too-fit-to-fracture/"),
    _("Strong, Steady and Straight, Royal Osteoporosis Society https://theros.org.uk/"),
    _("Guidelines on Physical Activity, World Health Organization https://www.who.int/publications/i/item/9789240015128"),
    _("Otago Exercise Programme, University of Otago https://www.otago.ac.nz/"),
    _("STEADI, Centers for Disease Control and Prevention https://www.cdc.gov/steadi/"),
    _("Bone Health & Osteoporosis Foundation https://www.bonehealthandosteoporosis.org/"),
    NULL
  };
  AdwAboutWindow *about;

  debug_info = g_strdup_printf ("Upright %s\n"
                                "GLib %u.%u.%u\n"
                                "GTK %u.%u.%u\n"
                                "libadwaita %u.%u.%u\n"
                                "%s",
                                PACKAGE_VERSION,
                                glib_major_version, glib_minor_version, glib_micro_version,
                                gtk_get_major_version (), gtk_get_minor_version (),
                                gtk_get_micro_version (),
                                adw_get_major_version (), adw_get_minor_version (),
                                adw_get_micro_version (),
                                media_info);

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", parent,
                        "modal", TRUE,
                        "application-name", _("Upright"),
                        "application-icon", APP_ID,
                        "developer-name", _("The Upright authors"),
                        "developers", developers,
                        "version", PACKAGE_VERSION,
                        "website", "https://github.com/upright/Upright",
                        "issue-url", "https://github.com/upright/Upright/issues",
                        "copyright", "© 2026 The Upright authors",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "comments", _("Upright helps you exercise safely for strong bones, good balance and an upright posture. "
                                      "It gives information, not medical advice: talk to your doctor or physiotherapist "
                                      "about what is right for you."),
                        "debug-info", debug_info,
                        "translator-credits", _("translator-credits"),
                        NULL);
  adw_about_window_add_acknowledgement_section (about, _("Exercise Guidelines"), guidelines);

  gtk_window_present (GTK_WINDOW (about));
}

#define NOTIFICATION_ID "posture-break"
#define SNOOZE_MINUTES  15

static void
reminder_due_cb (UprightApplication *self)
{
  g_autoptr(GNotification) notification = NULL;
  g_autoptr(GIcon) icon = g_themed_icon_new (APP_ID);
  g_autofree char *snooze = NULL;

  notification = g_notification_new (_("Time for a posture break"));
  g_notification_set_body (notification,
                           _("About a minute of gentle posture exercises, standing or sitting tall."));
  g_notification_set_icon (notification, icon);
  g_notification_set_default_action (notification, "app.posture-break");
  g_notification_add_button (notification, _("Start the Break"), "app.posture-break");
  /* Translators: a button on the posture reminder */
  snooze = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "In %u Minute", "In %u Minutes", SNOOZE_MINUTES),
                            SNOOZE_MINUTES);
  g_notification_add_button (notification, snooze, "app.snooze-reminder");

  g_application_send_notification (G_APPLICATION (self), NOTIFICATION_ID, notification);
}

static void
posture_break_action_cb (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  UprightApplication *self = UPRIGHT_APPLICATION (user_data);
  GtkWindow *window;

  g_application_withdraw_notification (G_APPLICATION (self), NOTIFICATION_ID);

  g_application_activate (G_APPLICATION (self));
  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window != NULL)
    g_action_group_activate_action (G_ACTION_GROUP (window), "posture-break", NULL);
}

static void
snooze_reminder_action_cb (GSimpleAction *action,
                           GVariant      *parameter,
                           gpointer       user_data)
{
  UprightApplication *self = UPRIGHT_APPLICATION (user_data);

  g_application_withdraw_notification (G_APPLICATION (self), NOTIFICATION_ID);
  upright_reminder_snooze (self->reminder, SNOOZE_MINUTES);
}

static void
window_in_session_cb (UprightApplication *self)
{
  gboolean in_session = FALSE;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      if (UPRIGHT_IS_WINDOW (l->data) && upright_window_get_in_session (l->data))
        in_session = TRUE;
    }

  /* No reminder while she exercises, and none waiting from before. */
  if (in_session)
    g_application_withdraw_notification (G_APPLICATION (self), NOTIFICATION_ID);
  upright_reminder_set_in_session (self->reminder, in_session);
}

static void
upright_application_window_added (GtkApplication *app,
                                  GtkWindow      *window)
{
  GTK_APPLICATION_CLASS (upright_application_parent_class)->window_added (app, window);

  if (UPRIGHT_IS_WINDOW (window))
    {
      g_signal_connect_object (window, "notify::in-session",
                               G_CALLBACK (window_in_session_cb), app, G_CONNECT_SWAPPED);
      update_notices (UPRIGHT_APPLICATION (app));
    }
}

static void
upright_application_window_removed (GtkApplication *app,
                                    GtkWindow      *window)
{
  GTK_APPLICATION_CLASS (upright_application_parent_class)->window_removed (app, window);

  g_signal_handlers_disconnect_by_func (window, window_in_session_cb, app);
  window_in_session_cb (UPRIGHT_APPLICATION (app));
}

/**
 * upright_application_get_reminder:
 * @self: the application
 *
 * Returns: (transfer none): the posture reminders, kept in step with the
 *   settings
 */
UprightReminder *
upright_application_get_reminder (UprightApplication *self)
{
  g_return_val_if_fail (UPRIGHT_IS_APPLICATION (self), NULL);

  return self->reminder;
}

static gboolean
quit_signal_cb (gpointer user_data)
{
  /* Asked to stop by the system: what is not on disk yet is written while
   * shutting down. */
  g_application_quit (G_APPLICATION (user_data));

  return G_SOURCE_CONTINUE;
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action_cb },
  { "preferences", preferences_action_cb },
  { "welcome", welcome_action_cb },
  { "about", about_action_cb },
  { "posture-break", posture_break_action_cb },
  { "snooze-reminder", snooze_reminder_action_cb },
  { "restore-journal-copy", restore_journal_copy_action_cb },
  { "undo-restore-journal-copy", undo_restore_journal_copy_action_cb },
  { "reload-journal", reload_journal_action_cb },
  { "reload-plan", reload_plan_action_cb },
  { "save-again", save_again_action_cb },
  { "show-data-folder", show_data_folder_action_cb },
};

static void
upright_application_startup (GApplication *app)
{
  UprightApplication *self = UPRIGHT_APPLICATION (app);
  const struct {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "window.close", { "<Control>w", NULL } },
    { "win.show-help-overlay", { "<Control>question", "F1", NULL } },
    { "win.page('exercises')", { "<Alt>1", NULL } },
    { "win.page('routines')", { "<Alt>2", NULL } },
    { "win.page('progress')", { "<Alt>3", NULL } },
    { "win.page('learn')", { "<Alt>4", NULL } },
  };

  const struct {
    const char *key;
    const char *property;
  } profile_keys[] = {
    { "safety-spine-fracture", "spine-fracture" },
    { "safety-avoid-floor", "avoid-floor" },
    { "safety-walking-aid", "walking-aid" },
    { "safety-avoid-impact", "avoid-impact" },
    { "safety-several-fractures", "several-fractures" },
    { "safety-recent-spine-fracture", "recent-spine-fracture" },
  };

  G_APPLICATION_CLASS (upright_application_parent_class)->startup (app);

  g_set_application_name (_("Upright"));
  gtk_window_set_default_icon_name (APP_ID);

  self->settings = g_settings_new (APP_ID);

  g_object_get (gtk_settings_get_default (), "gtk-xft-dpi", &self->base_dpi, NULL);
  if (self->base_dpi <= 0)
    self->base_dpi = 96 * 1024;
  g_signal_connect_object (self->settings, "changed::text-size",
                           G_CALLBACK (text_size_changed_cb), self,
                           G_CONNECT_SWAPPED);
  text_size_changed_cb (self, "text-size", self->settings);

  self->profile = upright_safety_profile_new ();
  for (guint i = 0; i < G_N_ELEMENTS (profile_keys); i++)
    g_settings_bind (self->settings, profile_keys[i].key,
                     self->profile, profile_keys[i].property,
                     G_SETTINGS_BIND_GET);

  self->catalog = upright_catalog_new_from_resource (RESOURCE_PREFIX "/catalog/exercises.json",
                                                     &self->catalog_error);
  if (self->catalog == NULL)
    g_critical ("Could not load the exercise catalogue: %s", self->catalog_error->message);

  self->library = upright_article_library_new_from_resource (RESOURCE_PREFIX "/articles/", NULL,
                                                             &self->library_error);
  if (self->library == NULL)
    g_critical ("Could not load the articles: %s", self->library_error->message);

  /* The plan is read in the background; the Learn page updates its marks
   * when it arrives. */
  {
    g_autofree char *data_dir = upright_store_get_data_dir ();
    g_autofree char *path = g_build_filename (data_dir, "plan.json", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);

    self->cancellable = g_cancellable_new ();
    self->plan = upright_plan_new (file);
    watch_store (self, upright_plan_get_store (self->plan));
    upright_plan_load_async (self->plan, self->cancellable, plan_loaded_cb, g_object_ref (self));
  }

  {
    g_autofree char *data_dir = upright_store_get_data_dir ();
    g_autofree char *path = g_build_filename (data_dir, "journal.json", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);

    self->journal = upright_journal_new (file);
    watch_store (self, upright_journal_get_store (self->journal));
    upright_journal_load_async (self->journal, self->cancellable, journal_loaded_cb, g_object_ref (self));
  }

  /* Cue sounds start GStreamer only when the first one plays. */
  self->cues = upright_cue_sound_new ();
  g_settings_bind (self->settings, "sound-cues", self->cues, "enabled", G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "sound-volume", self->cues, "volume", G_SETTINGS_BIND_GET);

  /* Posture reminders come while Upright runs; each one is a desktop
   * notification. */
  self->reminder = upright_reminder_new ();
  g_settings_bind (self->settings, "reminder-interval", self->reminder, "interval-minutes", G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "active-hours-start", self->reminder, "active-start-hour", G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "active-hours-end", self->reminder, "active-end-hour", G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "reminders-enabled", self->reminder, "enabled", G_SETTINGS_BIND_GET);
  g_signal_connect_object (self->reminder, "due", G_CALLBACK (reminder_due_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed", G_CALLBACK (background_settings_changed_cb), self,
                           G_CONNECT_SWAPPED);
  update_hold (self);

  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   app_actions, G_N_ELEMENTS (app_actions),
                                   self);
  update_actions (self);

  self->signal_sources[0] = g_unix_signal_add (SIGTERM, quit_signal_cb, self);
  self->signal_sources[1] = g_unix_signal_add (SIGINT, quit_signal_cb, self);
  self->signal_sources[2] = g_unix_signal_add (SIGHUP, quit_signal_cb, self);

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           accels[i].action,
                                           accels[i].accels);
}

static void
upright_application_shutdown (GApplication *app)
{
  UprightApplication *self = UPRIGHT_APPLICATION (app);

  g_autoptr(GError) error = NULL;

  G_APPLICATION_CLASS (upright_application_parent_class)->shutdown (app);

  for (guint i = 0; i < G_N_ELEMENTS (self->signal_sources); i++)
    g_clear_handle_id (&self->signal_sources[i], g_source_remove);

  /* Every change not on disk yet is written now. */
  g_cancellable_cancel (self->cancellable);
  if (self->journal != NULL && !upright_journal_close (self->journal, &error))
    {
      g_warning ("Your progress could not be saved: %s", error->message);
      g_clear_error (&error);
    }
  if (self->plan != NULL && !upright_plan_close (self->plan, &error))
    g_warning ("Your routines and bookmarks could not be saved: %s", error->message);
  g_clear_object (&self->plan);
  g_clear_object (&self->journal);
}

static void
upright_application_dispose (GObject *object)
{
  UprightApplication *self = UPRIGHT_APPLICATION (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->settings);
  g_clear_object (&self->catalog);
  g_clear_object (&self->profile);
  g_clear_object (&self->library);
  g_clear_object (&self->plan);
  g_clear_object (&self->journal);
  g_clear_object (&self->cues);
  g_clear_object (&self->reminder);
  g_clear_error (&self->catalog_error);
  g_clear_error (&self->library_error);
  g_clear_pointer (&self->journal_before_restore, g_bytes_unref);

  G_OBJECT_CLASS (upright_application_parent_class)->dispose (object);
}

static void
upright_application_class_init (UprightApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);
  GtkApplicationClass *gtk_app_class = GTK_APPLICATION_CLASS (klass);

  object_class->dispose = upright_application_dispose;

  gtk_app_class->window_added = upright_application_window_added;
  gtk_app_class->window_removed = upright_application_window_removed;

  app_class->activate = upright_application_activate;
  app_class->handle_local_options = upright_application_handle_local_options;
  app_class->startup = upright_application_startup;
  app_class->shutdown = upright_application_shutdown;
}

static void
upright_application_init (UprightApplication *self)
{
  g_application_add_main_option (G_APPLICATION (self), "background", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_NONE,
                                 _("Start without a window, for posture reminders"), NULL);
}
