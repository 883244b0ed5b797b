/* upright-application.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "core/upright-storage.h"
#include "media/upright-media.h"
#include "pages/upright-preferences-window.h"
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

  /* The font resolution before the text size preference changed it. */
  int             base_dpi;
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

static void
tell_about_recovered_plan (UprightApplication *self)
{
  GFile *recovered = upright_plan_get_recovered_file (self->plan);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (recovered == NULL || !UPRIGHT_IS_WINDOW (window))
    return;

  name = g_file_get_basename (recovered);
  /* Translators: %s is a file name. */
  title = g_strdup_printf (_("Your bookmarks could not be read and start afresh. The old file was kept as “%s”."),
                           name);
  toast = adw_toast_new (title);
  adw_toast_set_timeout (toast, 0);
  upright_window_add_toast (UPRIGHT_WINDOW (window), toast);
}

static void
plan_save_failed_cb (UprightApplication *self,
                     const GError       *error)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autofree char *title = NULL;

  if (!UPRIGHT_IS_WINDOW (window))
    return;

  /* Translators: %s says what went wrong. */
  title = g_strdup_printf (_("Your bookmarks could not be saved: %s"), error->message);
  upright_window_add_toast (UPRIGHT_WINDOW (window), adw_toast_new (title));
}

static void
journal_save_failed_cb (UprightApplication *self,
                        const GError       *error)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autofree char *title = NULL;

  if (!UPRIGHT_IS_WINDOW (window))
    return;

  /* Translators: %s says what went wrong. */
  title = g_strdup_printf (_("Your progress could not be saved: %s"), error->message);
  upright_window_add_toast (UPRIGHT_WINDOW (window), adw_toast_new (title));
}

static gboolean journal_copy_exists (UprightApplication *self);

static void
journal_loaded_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(UprightApplication) self = user_data;
  g_autoptr(GError) error = NULL;
  GtkWindow *window;
  GFile *recovered;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (!upright_journal_load_finish (UPRIGHT_JOURNAL (object), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Could not load the journal: %s", error->message);
      return;
    }

  recovered = upright_journal_get_recovered_file (UPRIGHT_JOURNAL (object));
  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (recovered == NULL || !UPRIGHT_IS_WINDOW (window))
    return;

  name = g_file_get_basename (recovered);
  /* Translators: %s is a file name. */
  title = g_strdup_printf (_("Your progress could not be read and starts afresh. The old file was kept as “%s”."),
                           name);
  toast = adw_toast_new (title);
  adw_toast_set_timeout (toast, 0);

  /* The copy of the last file that could be read may bring most of it
   * back. */
  if (journal_copy_exists (self))
    {
      adw_toast_set_button_label (toast, _("_Restore the Last Good Copy"));
      adw_toast_set_action_name (toast, "app.restore-journal-copy");
    }

  upright_window_add_toast (UPRIGHT_WINDOW (window), toast);
}

static GFile *
get_journal_copy (UprightApplication *self)
{
  g_autofree char *path = g_file_get_path (upright_journal_get_file (self->journal));
  g_autofree char *copy = g_strconcat (path, ".bak", NULL);

  return g_file_new_for_path (copy);
}

static gboolean
journal_copy_exists (UprightApplication *self)
{
  g_autoptr(GFile) copy = get_journal_copy (self);

  return g_file_query_exists (copy, NULL);
}

static void
restore_journal_copy_action_cb (GSimpleAction *action,
                                GVariant      *parameter,
                                gpointer       user_data)
{
  UprightApplication *self = UPRIGHT_APPLICATION (user_data);
  g_autoptr(GFile) copy = get_journal_copy (self);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  const char *title;

  bytes = g_file_load_bytes (copy, NULL, NULL, &error);
  if (bytes != NULL && upright_journal_restore (self->journal, bytes, &error))
    title = _("Your progress was restored from the last good copy");
  else
    {
      g_warning ("Could not restore the journal's copy: %s", error->message);
      title = _("The last good copy could not be read either");
    }

  if (UPRIGHT_IS_WINDOW (window))
    upright_window_add_toast (UPRIGHT_WINDOW (window), adw_toast_new (title));
}

static void
plan_loaded_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(UprightApplication) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!upright_plan_load_finish (UPRIGHT_PLAN (object), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Could not load the plan: %s", error->message);
      return;
    }

  tell_about_recovered_plan (self);
}

static void
upright_application_activate (GApplication *app)
{
  UprightApplication *self = UPRIGHT_APPLICATION (app);
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (window == NULL)
    {
      UprightWindowModels models;

      upright_application_get_models (self, &models);
      window = GTK_WINDOW (upright_window_new (GTK_APPLICATION (self), &models));
    }

  gtk_window_present (window);
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

  /* Closing each window first lets it save its state. */
  windows = gtk_application_get_windows (GTK_APPLICATION (app));
  while (windows != NULL)
    {
      GtkWindow *window = windows->data;

      windows = windows->next;
      gtk_window_close (window);
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
    g_signal_connect_object (window, "notify::in-session",
                             G_CALLBACK (window_in_session_cb), app, G_CONNECT_SWAPPED);
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

static const GActionEntry app_actions[] = {
  { "quit", quit_action_cb },
  { "preferences", preferences_action_cb },
  { "about", about_action_cb },
  { "posture-break", posture_break_action_cb },
  { "snooze-reminder", snooze_reminder_action_cb },
  { "restore-journal-copy", restore_journal_copy_action_cb },
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
    g_autofree char *data_dir = upright_storage_get_data_dir ();
    g_autofree char *path = g_build_filename (data_dir, "plan.json", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);

    self->cancellable = g_cancellable_new ();
    self->plan = upright_plan_new (file);
    g_signal_connect_object (self->plan, "save-failed",
                             G_CALLBACK (plan_save_failed_cb), self, G_CONNECT_SWAPPED);
    upright_plan_load_async (self->plan, self->cancellable, plan_loaded_cb, g_object_ref (self));
  }

  {
    g_autofree char *data_dir = upright_storage_get_data_dir ();
    g_autofree char *path = g_build_filename (data_dir, "journal.json", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);

    self->journal = upright_journal_new (file);
    g_signal_connect_object (self->journal, "save-failed",
                             G_CALLBACK (journal_save_failed_cb), self, G_CONNECT_SWAPPED);
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

  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   app_actions, G_N_ELEMENTS (app_actions),
                                   self);

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           accels[i].action,
                                           accels[i].accels);
}

static void
upright_application_shutdown (GApplication *app)
{
  UprightApplication *self = UPRIGHT_APPLICATION (app);

  G_APPLICATION_CLASS (upright_application_parent_class)->shutdown (app);

  /* Dropping the plan and the journal writes any change not saved yet. */
  g_cancellable_cancel (self->cancellable);
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
  app_class->startup = upright_application_startup;
  app_class->shutdown = upright_application_shutdown;
}

static void
upright_application_init (UprightApplication *self)
{
}
