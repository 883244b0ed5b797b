/* upright-window.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "widgets/upright-notice.h"
#include "widgets/upright-red-flags-button.h"

#include "upright-exercises-page.h"
#include "upright-learn-page.h"
#include "upright-progress-page.h"
#include "upright-routines-page.h"
#include "upright-session-page.h"
#include "widgets/upright-accessible.h"
#include "widgets/upright-toast.h"

#include "upright-window.h"

struct _UprightWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwHeaderBar         *header_bar;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar   *switcher_bar;
  GtkStack             *main_stack;
  AdwViewStack         *stack;
  GtkMenuButton        *primary_menu_button;
  GMenuModel           *primary_menu;
  GtkWidget            *red_flags_button;
  GtkBox               *notices_box;
  /* Each page is made when it is first shown, or once the window has
   * painted its first frame, into its place here. */
  AdwBin               *exercises_bin;
  AdwBin               *routines_bin;
  AdwBin               *progress_bin;
  AdwBin               *learn_bin;
  AdwBin               *session_bin;

  /* What the pages show, kept for the pages not made yet. */
  UprightCatalog       *catalog;
  GError               *catalog_error;
  UprightArticleLibrary *library;
  GError               *library_error;
  UprightSafetyProfile *profile;
  UprightPlan          *plan;
  UprightJournal       *journal;
  UprightCueSound      *cues;
  gboolean              has_models;
  guint                 make_pages_id;
  /* Notice ids to the text the person dismissed, not to be shown again. */
  GHashTable           *dismissed;
  guint                 compact_idle_id;
  /* The size the window was asked to open at, until it knows whether it
   * is narrow: 0 once it does. */
  int                   asked_width;
  int                   asked_height;
  /* She chose to close although some changes could not be saved. */
  gboolean              close_anyway;
};

G_DEFINE_FINAL_TYPE (UprightWindow, upright_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_IN_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * upright_window_new:
 * @application: the application
 * @models: what the window shows
 *
 * Returns: (transfer full): a new main window
 */
UprightWindow *
upright_window_new (GtkApplication            *application,
                    const UprightWindowModels *models)
{
  UprightWindow *self;

  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (models != NULL, NULL);
  g_return_val_if_fail (G_IS_SETTINGS (models->settings), NULL);
  g_return_val_if_fail (models->catalog != NULL || models->catalog_error != NULL, NULL);
  g_return_val_if_fail (models->library != NULL || models->library_error != NULL, NULL);
  g_return_val_if_fail (UPRIGHT_IS_SAFETY_PROFILE (models->profile), NULL);
  g_return_val_if_fail (UPRIGHT_IS_PLAN (models->plan), NULL);
  g_return_val_if_fail (UPRIGHT_IS_JOURNAL (models->journal), NULL);

  self = g_object_new (UPRIGHT_TYPE_WINDOW,
                       "application", application,
                       "settings", models->settings,
                       NULL);

  g_set_object (&self->catalog, models->catalog);
  self->catalog_error = models->catalog_error != NULL ? g_error_copy (models->catalog_error) : NULL;
  g_set_object (&self->library, models->library);
  self->library_error = models->library_error != NULL ? g_error_copy (models->library_error) : NULL;
  g_set_object (&self->profile, models->profile);
  g_set_object (&self->plan, models->plan);
  g_set_object (&self->journal, models->journal);
  g_set_object (&self->cues, models->cues);
  self->has_models = TRUE;

  /* Only the page the first frame shows is made now. */
  upright_window_get_page (self, adw_view_stack_get_visible_child_name (self->stack));

  return self;
}

static AdwBin *
get_bin (UprightWindow *self,
         const char    *name)
{
  const struct {
    const char *name;
    AdwBin     *bin;
  } bins[] = {
    { "exercises", self->exercises_bin },
    { "routines", self->routines_bin },
    { "progress", self->progress_bin },
    { "learn", self->learn_bin },
    { "session", self->session_bin },
  };

  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (bins); i++)
    if (g_str_equal (name, bins[i].name))
      return bins[i].bin;

  return NULL;
}

static void session_closed_cb (UprightWindow *self,
                               gboolean       saved);

/* Makes the page called @name and gives it what it shows. */
static GtkWidget *
make_page (UprightWindow *self,
           const char    *name)
{
  GtkWidget *page = NULL;

  if (g_str_equal (name, "exercises"))
    {
      page = g_object_new (UPRIGHT_TYPE_EXERCISES_PAGE, NULL);
      if (self->catalog != NULL)
        {
          upright_exercises_page_setup (UPRIGHT_EXERCISES_PAGE (page), self->catalog, self->profile,
                                        self->library, self->settings);
          upright_exercises_page_setup_videos (UPRIGHT_EXERCISES_PAGE (page), self->plan);
        }
      else
        upright_exercises_page_show_error (UPRIGHT_EXERCISES_PAGE (page), self->catalog_error);
    }
  else if (g_str_equal (name, "routines"))
    {
      page = g_object_new (UPRIGHT_TYPE_ROUTINES_PAGE, NULL);
      if (self->catalog != NULL)
        upright_routines_page_setup (UPRIGHT_ROUTINES_PAGE (page), self->plan, self->catalog,
                                     self->profile, self->settings);
      else
        upright_routines_page_show_error (UPRIGHT_ROUTINES_PAGE (page), self->catalog_error);
    }
  else if (g_str_equal (name, "progress"))
    {
      page = g_object_new (UPRIGHT_TYPE_PROGRESS_PAGE, NULL);
      upright_progress_page_setup (UPRIGHT_PROGRESS_PAGE (page), self->journal, self->catalog,
                                   self->settings, self->cues);
    }
  else if (g_str_equal (name, "learn"))
    {
      page = g_object_new (UPRIGHT_TYPE_LEARN_PAGE, NULL);
      if (self->library != NULL && self->catalog != NULL)
        upright_learn_page_setup (UPRIGHT_LEARN_PAGE (page), self->library, self->catalog, self->plan);
      else
        upright_learn_page_show_error (UPRIGHT_LEARN_PAGE (page),
                                       self->library_error != NULL ? self->library_error
                                                                   : self->catalog_error);
    }
  else if (g_str_equal (name, "session"))
    {
      page = g_object_new (UPRIGHT_TYPE_SESSION_PAGE, NULL);
      upright_session_page_setup (UPRIGHT_SESSION_PAGE (page), self->settings, self->journal,
                                  self->plan, self->cues);
      g_signal_connect_object (page, "closed", G_CALLBACK (session_closed_cb), self,
                               G_CONNECT_SWAPPED);
    }
  else
    g_assert_not_reached ();

  return page;
}

/**
 * upright_window_get_page:
 * @self: a window
 * @name: "exercises", "routines", "progress", "learn" or "session"
 *
 * Finds the page called @name, and makes it if it was not made yet: a page
 * is made when it is first shown, or soon after the window first shows.
 *
 * Returns: (transfer none) (nullable): the page, or %NULL if there is no
 *   page called @name
 */
GtkWidget *
upright_window_get_page (UprightWindow *self,
                         const char    *name)
{
  AdwBin *bin;

  g_return_val_if_fail (UPRIGHT_IS_WINDOW (self), NULL);

  bin = get_bin (self, name);
  if (bin == NULL)
    return NULL;

  if (adw_bin_get_child (bin) == NULL && self->has_models)
    {
      adw_bin_set_child (bin, make_page (self, name));
      /* Only once in the window: a button's content names the button
       * again when it joins one. */
      upright_accessible_fix_names (adw_bin_get_child (bin));
    }

  return adw_bin_get_child (bin);
}

static void
visible_page_changed_cb (UprightWindow *self)
{
  upright_window_get_page (self, adw_view_stack_get_visible_child_name (self->stack));
}

/* After the first frame, the other pages are made one at a time while
 * nothing else is waiting, so that each is there when she opens it. */
static gboolean
make_next_page_cb (gpointer user_data)
{
  UprightWindow *self = UPRIGHT_WINDOW (user_data);
  const char * const names[] = { "routines", "progress", "learn", "exercises", "session" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (adw_bin_get_child (get_bin (self, names[i])) == NULL)
      {
        upright_window_get_page (self, names[i]);
        return G_SOURCE_CONTINUE;
      }

  self->make_pages_id = 0;
  return G_SOURCE_REMOVE;
}

static void
first_frame_cb (GdkFrameClock *clock,
                UprightWindow *self)
{
  g_signal_handlers_disconnect_by_func (clock, first_frame_cb, self);
  if (self->make_pages_id == 0)
    self->make_pages_id = g_idle_add_full (G_PRIORITY_LOW, make_next_page_cb, self, NULL);
}

static void
show_session (UprightWindow *self)
{
  /* The session has the whole window: no page switcher to wander off to. */
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->switcher_bar), FALSE);
  gtk_stack_set_visible_child_name (self->main_stack, "session");
  /* Only now that it shows can the session take the keyboard focus. */
  upright_session_page_focus (UPRIGHT_SESSION_PAGE (upright_window_get_page (self, "session")));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IN_SESSION]);
}

/**
 * upright_window_start_session:
 * @self: a window
 * @exercise_id: the exercise to do
 *
 * Opens a timed session of an exercise in place of the pages.
 *
 * Returns: %TRUE if there is such an exercise
 */
gboolean
upright_window_start_session (UprightWindow *self,
                              const char    *exercise_id)
{
  UprightExercise *exercise;

  g_return_val_if_fail (UPRIGHT_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (exercise_id != NULL, FALSE);

  if (upright_window_get_in_session (self) ||
      self->catalog == NULL ||
      (exercise = upright_catalog_lookup (self->catalog, exercise_id)) == NULL)
    return FALSE;

  upright_session_page_start (UPRIGHT_SESSION_PAGE (upright_window_get_page (self, "session")), exercise);
  show_session (self);

  return TRUE;
}

/**
 * upright_window_start_routine:
 * @self: a window
 * @routine: the routine to do
 *
 * Opens a timed session of a routine's exercises in place of the pages.
 * Nothing happens while a session runs already.
 *
 * Returns: %TRUE if the session began
 */
gboolean
upright_window_start_routine (UprightWindow  *self,
                              UprightRoutine *routine)
{
  g_return_val_if_fail (UPRIGHT_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (UPRIGHT_IS_ROUTINE (routine), FALSE);

  if (upright_window_get_in_session (self) || self->catalog == NULL ||
      !upright_session_page_start_routine (UPRIGHT_SESSION_PAGE (upright_window_get_page (self, "session")),
                                           routine, self->catalog))
    return FALSE;

  show_session (self);

  return TRUE;
}

/**
 * upright_window_get_in_session:
 * @self: a window
 *
 * Returns: whether the window shows a timed session
 */
gboolean
upright_window_get_in_session (UprightWindow *self)
{
  g_return_val_if_fail (UPRIGHT_IS_WINDOW (self), FALSE);

  return g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "session") == 0;
}

static void
session_saved_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(UprightWindow) self = user_data;

  if (upright_journal_flush_finish (UPRIGHT_JOURNAL (object), result, NULL))
    upright_window_add_toast (self, adw_toast_new (_("Saved in your progress")));
}

static void
session_closed_cb (UprightWindow *self,
                   gboolean       saved)
{
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->switcher_bar), TRUE);
  gtk_stack_set_visible_child_name (self->main_stack, "views");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IN_SESSION]);

  /* Said only once it is on disk; a failure shows as a notice. */
  if (saved && self->journal != NULL)
    upright_journal_flush_async (self->journal, NULL, session_saved_cb, g_object_ref (self));
}

/**
 * upright_window_add_toast:
 * @self: a window
 * @toast: (transfer full): a toast
 *
 * Shows a short message at the bottom of the window.
 */
void
upright_window_add_toast (UprightWindow *self,
                          AdwToast      *toast)
{
  g_return_if_fail (UPRIGHT_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  upright_toast_show (adw_toast_overlay_get_child (self->toast_overlay), toast);
}

/**
 * upright_window_get_settings:
 * @self: a window
 *
 * Returns: (transfer none): the settings the window reads and saves
 */
GSettings *
upright_window_get_settings (UprightWindow *self)
{
  g_return_val_if_fail (UPRIGHT_IS_WINDOW (self), NULL);

  return self->settings;
}

/**
 * upright_window_get_visible_page:
 * @self: a window
 *
 * Returns: the name of the page shown: "exercises", "progress" or "learn"
 */
const char *
upright_window_get_visible_page (UprightWindow *self)
{
  g_return_val_if_fail (UPRIGHT_IS_WINDOW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->stack);
}

/**
 * upright_window_set_visible_page:
 * @self: a window
 * @name: "exercises", "progress" or "learn"
 *
 * Shows the page called @name.
 */
void
upright_window_set_visible_page (UprightWindow *self,
                                 const char    *name)
{
  g_return_if_fail (UPRIGHT_IS_WINDOW (self));
  g_return_if_fail (name != NULL);

  if (adw_view_stack_get_child_by_name (self->stack, name) == NULL)
    {
      g_warning ("No page called “%s”", name);
      return;
    }

  adw_view_stack_set_visible_child_name (self->stack, name);
}

static void
page_action_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  upright_window_set_visible_page (UPRIGHT_WINDOW (user_data),
                                   g_variant_get_string (parameter, NULL));
}

static void
show_exercise_action_cb (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  UprightWindow *self = UPRIGHT_WINDOW (user_data);

  /* The page is shown first, so that the focus can move into it. */
  upright_window_set_visible_page (self, "exercises");
  upright_exercises_page_show_exercise (UPRIGHT_EXERCISES_PAGE (upright_window_get_page (self, "exercises")),
                                        g_variant_get_string (parameter, NULL));
}

static void
show_region_action_cb (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  UprightWindow *self = UPRIGHT_WINDOW (user_data);
  UprightRegion region;

  if (!upright_region_from_string (g_variant_get_string (parameter, NULL), &region))
    return;

  upright_window_set_visible_page (self, "exercises");
  upright_exercises_page_show_region (UPRIGHT_EXERCISES_PAGE (upright_window_get_page (self, "exercises")),
                                      region);
}

static void
show_article_action_cb (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  UprightWindow *self = UPRIGHT_WINDOW (user_data);

  upright_window_set_visible_page (self, "learn");
  upright_learn_page_show_article (UPRIGHT_LEARN_PAGE (upright_window_get_page (self, "learn")),
                                   g_variant_get_string (parameter, NULL));
}

/* The keys of @accelerators (GtkShortcutLabel's form: alternatives
 * separated by spaces) in words, for a screen reader: “Ctrl+Q or F1”. */
static char *
describe_keys (const char *accelerators)
{
  g_auto(GStrv) keys = g_strsplit (accelerators, " ", -1);
  g_autoptr(GString) words = g_string_new (NULL);

  for (guint i = 0; keys[i] != NULL; i++)
    {
      guint key;
      GdkModifierType modifiers;
      g_autofree char *label = NULL;

      if (!gtk_accelerator_parse (keys[i], &key, &modifiers))
        continue;

      label = gtk_accelerator_get_label (key, modifiers);
      if (words->len > 0)
        /* Translators: between two keys that do the same, read by a screen reader */
        g_string_append (words, _(" or "));
      g_string_append (words, label);
    }

  return g_string_free (g_steal_pointer (&words), FALSE);
}

/* The shortcuts window is made when she asks for it and goes when she
 * closes it, rather than kept hidden as GtkApplicationWindow does with
 * gtk/help-overlay.ui: GTK 4.8 answers a screen reader that asks for the
 * application's last window with a hidden one it has no bus path for, and
 * ends the application.
 *
 * A key label named after an action shows the keys the application gives
 * that action; every row tells a screen reader its keys in words. */
static void
show_help_overlay_action_cb (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  UprightWindow *self = UPRIGHT_WINDOW (user_data);
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(GtkBuilder) builder = NULL;
  g_autoptr(GSList) objects = NULL;
  GtkWindow *overlay;

  builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/upright-shortcuts-window.ui");
  overlay = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));

  objects = gtk_builder_get_objects (builder);
  for (GSList *l = objects; l != NULL; l = l->next)
    {
      GtkShortcutLabel *keys;
      const char *id;
      GtkWidget *row;
      g_autofree char *words = NULL;

      if (!GTK_IS_SHORTCUT_LABEL (l->data))
        continue;

      keys = GTK_SHORTCUT_LABEL (l->data);
      id = gtk_buildable_get_buildable_id (GTK_BUILDABLE (keys));
      if (application != NULL && id != NULL && strchr (id, '.') != NULL)
        {
          g_auto(GStrv) accels = gtk_application_get_accels_for_action (application, id);
          g_autofree char *joined = g_strjoinv (" ", accels);

          gtk_shortcut_label_set_accelerator (keys, joined);
        }

      row = gtk_widget_get_ancestor (GTK_WIDGET (keys), ADW_TYPE_ACTION_ROW);
      words = describe_keys (gtk_shortcut_label_get_accelerator (keys));
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, words,
                                      -1);
    }

  /* libadwaita 1.2 gives its search button no name. */
  {
    GtkWidget *search = upright_accessible_find_search_button (GTK_WIDGET (overlay));

    if (search != NULL)
      upright_accessible_set_label (search, _("Search Shortcuts"));
  }

  gtk_window_set_transient_for (overlay, GTK_WINDOW (self));
  gtk_window_set_destroy_with_parent (overlay, TRUE);
  gtk_window_set_hide_on_close (overlay, FALSE);
  gtk_window_present (overlay);
}

static void
start_session_action_cb (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  upright_window_start_session (UPRIGHT_WINDOW (user_data), g_variant_get_string (parameter, NULL));
}

static void
start_routine_action_cb (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  UprightWindow *self = UPRIGHT_WINDOW (user_data);
  UprightRoutine *routine;

  if (self->plan != NULL &&
      (routine = upright_plan_lookup_routine (self->plan, g_variant_get_string (parameter, NULL))) != NULL)
    upright_window_start_routine (self, routine);
}

static void
posture_break_action_cb (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  g_autoptr(UprightRoutine) routine = upright_routine_new_posture_break ();

  upright_window_start_routine (UPRIGHT_WINDOW (user_data), routine);
}

static const GActionEntry win_actions[] = {
  { "start-session", start_session_action_cb, "s" },
  { "start-routine", start_routine_action_cb, "s" },
  { "posture-break", posture_break_action_cb },
  { "page", page_action_cb, "s" },
  { "show-exercise", show_exercise_action_cb, "s" },
  { "show-region", show_region_action_cb, "s" },
  { "show-article", show_article_action_cb, "s" },
  { "show-help-overlay", show_help_overlay_action_cb },
};

static void
create_primary_menu_cb (GtkMenuButton *button,
                        gpointer       user_data)
{
  UprightWindow *self = UPRIGHT_WINDOW (user_data);

  /* The menu's widgets are made when it first opens, not before the
   * window's first frame. */
  gtk_menu_button_set_menu_model (button, self->primary_menu);
}

static gboolean
update_compact_cb (gpointer user_data)
{
  UprightWindow *self = UPRIGHT_WINDOW (user_data);
  gboolean narrow = adw_view_switcher_title_get_title_visible (self->switcher_title);

  self->compact_idle_id = 0;
  /* The bar's buttons are made the first time the window is narrow. */
  if (narrow && adw_view_switcher_bar_get_stack (self->switcher_bar) == NULL)
    adw_view_switcher_bar_set_stack (self->switcher_bar, self->stack);
  adw_view_switcher_bar_set_reveal (self->switcher_bar, narrow);
  /* "When to Stop" keeps its words; the name of the application, which
   * she knows, gives way to them. */
  adw_view_switcher_title_set_title (self->switcher_title,
                                     narrow ? "" : gtk_window_get_title (GTK_WINDOW (self)));

  /* Before it knew it was narrow, the window was measured with a title
   * it does not show then, and may have opened wider than asked: with the
   * largest text, wider than a phone. Now it can have the size asked for. */
  if (self->asked_width > 0)
    {
      int width, height;

      gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
      if (narrow && width > self->asked_width &&
          !gtk_window_is_maximized (GTK_WINDOW (self)) &&
          !gtk_window_is_fullscreen (GTK_WINDOW (self)))
        gtk_window_set_default_size (GTK_WINDOW (self), self->asked_width, self->asked_height);
      self->asked_width = self->asked_height = 0;
    }

  return G_SOURCE_REMOVE;
}

static void
title_visible_changed_cb (UprightWindow *self)
{
  /* When the window is too narrow for the switcher in the header bar, the
   * title shows instead; the bottom bar takes over the switcher and the
   * title is left empty, so that the warning button keeps its words. The title decides this while the
   * header bar is being laid out, and changing other widgets then would
   * disturb that layout, so the change waits for it to finish. */
  if (self->compact_idle_id == 0)
    self->compact_idle_id = g_idle_add (update_compact_cb, self);
}

static void
upright_window_save_state (UprightWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);

  g_settings_delay (self->settings);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  /* The default size tracks the unmaximized size, which is what should
   * come back when the window is next unmaximized. */
  if (width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_apply (self->settings);
}

/* Whether @store holds changes that it could not write. */
static gboolean
store_is_losing (UprightStore *store)
{
  return upright_store_has_unsaved_changes (store) &&
         (upright_store_get_save_error (store) != NULL ||
          upright_store_get_state (store) == UPRIGHT_STORE_STATE_FAILED);
}

static const GError *
get_store_problem (UprightStore *store)
{
  if (upright_store_get_save_error (store) != NULL)
    return upright_store_get_save_error (store);

  return upright_store_get_load_error (store);
}

static void
unsaved_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     UprightWindow    *self)
{
  if (g_str_equal (response, "close"))
    {
      self->close_anyway = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
  else if (g_str_equal (response, "retry"))
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "app.save-again", NULL);
    }
}

/* Asks before closing a window whose changes could not be saved: closing
 * loses them. Returns whether it asked. */
static gboolean
ask_about_unsaved (UprightWindow *self)
{
  UprightStore *stores[2] = { NULL, NULL };
  const GError *problem = NULL;
  g_autoptr(GString) body = g_string_new (NULL);
  AdwMessageDialog *dialog;

  if (self->close_anyway)
    return FALSE;

  if (self->journal != NULL)
    stores[0] = upright_journal_get_store (self->journal);
  if (self->plan != NULL)
    stores[1] = upright_plan_get_store (self->plan);

  for (guint i = 0; i < G_N_ELEMENTS (stores) && problem == NULL; i++)
    {
      if (stores[i] != NULL && store_is_losing (stores[i]))
        problem = get_store_problem (stores[i]);
    }

  if (problem == NULL)
    return FALSE;

  g_string_append (body, problem->message);
  g_string_append (body, "\n\n");
  g_string_append (body, _("If you close Upright now, your latest changes are lost. "
                           "Free some space on the disk or make the folder writable, then try again."));

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Your Latest Changes Are Not Saved"),
                                                       body->str));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Keep Upright Open"),
                                    "retry", _("_Try Again"),
                                    "close", _("_Close Without Saving"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "close", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "retry");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (unsaved_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

static gboolean
upright_window_close_request (GtkWindow *window)
{
  UprightWindow *self = UPRIGHT_WINDOW (window);

  if (ask_about_unsaved (self))
    return TRUE;

  upright_window_save_state (self);

  return GTK_WINDOW_CLASS (upright_window_parent_class)->close_request (window);
}

static UprightNotice *
find_notice (UprightWindow *self,
             const char    *id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->notices_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (g_str_equal (upright_notice_get_id (UPRIGHT_NOTICE (child)), id))
        return UPRIGHT_NOTICE (child);
    }

  return NULL;
}

static void
notice_dismissed_cb (UprightWindow *self,
                     UprightNotice *notice)
{
  g_hash_table_replace (self->dismissed,
                        g_strdup (upright_notice_get_id (notice)),
                        g_strdup (upright_notice_get_text (notice)));
  gtk_box_remove (self->notices_box, GTK_WIDGET (notice));
}

/**
 * upright_window_show_notice:
 * @self: a window
 * @id: what the notice is about
 * @text: what happened and what to do
 * @...: pairs of a button label and an action name, then %NULL
 *
 * Shows a problem the person must know about across the top of the window,
 * until she dismisses it or upright_window_hide_notice() takes it away. It
 * replaces the notice with the same @id. Once she dismissed a notice, the
 * same text for the same @id is not shown again.
 */
void
upright_window_show_notice (UprightWindow *self,
                            const char    *id,
                            const char    *text,
                            ...)
{
  UprightNotice *notice;
  const char *label;
  va_list args;

  g_return_if_fail (UPRIGHT_IS_WINDOW (self));
  g_return_if_fail (id != NULL);
  g_return_if_fail (text != NULL);

  if (g_strcmp0 (g_hash_table_lookup (self->dismissed, id), text) == 0)
    return;

  notice = find_notice (self, id);
  if (notice != NULL && g_str_equal (upright_notice_get_text (notice), text))
    return;

  upright_window_hide_notice (self, id);

  notice = upright_notice_new (id, text);
  va_start (args, text);
  while ((label = va_arg (args, const char *)) != NULL)
    upright_notice_add_button (notice, label, va_arg (args, const char *));
  va_end (args);

  g_signal_connect_object (notice, "dismissed", G_CALLBACK (notice_dismissed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (self->notices_box, GTK_WIDGET (notice));
}

/**
 * upright_window_hide_notice:
 * @self: a window
 * @id: what the notice is about
 *
 * Takes away the notice with @id, once its problem is gone.
 */
void
upright_window_hide_notice (UprightWindow *self,
                            const char    *id)
{
  UprightNotice *notice;

  g_return_if_fail (UPRIGHT_IS_WINDOW (self));
  g_return_if_fail (id != NULL);

  notice = find_notice (self, id);
  if (notice != NULL)
    gtk_box_remove (self->notices_box, GTK_WIDGET (notice));
}

static void
upright_window_constructed (GObject *object)
{
  UprightWindow *self = UPRIGHT_WINDOW (object);

  G_OBJECT_CLASS (upright_window_parent_class)->constructed (object);

  g_assert (self->settings != NULL);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  g_settings_bind (self->settings, "last-page",
                   self->stack, "visible-child-name",
                   G_SETTINGS_BIND_DEFAULT);
}

static void
upright_window_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  UprightWindow *self = UPRIGHT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    case PROP_IN_SESSION:
      g_value_set_boolean (value, upright_window_get_in_session (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
upright_window_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  UprightWindow *self = UPRIGHT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
upright_window_finalize (GObject *object)
{
  UprightWindow *self = UPRIGHT_WINDOW (object);

  g_hash_table_unref (self->dismissed);

  G_OBJECT_CLASS (upright_window_parent_class)->finalize (object);
}

static void
upright_window_dispose (GObject *object)
{
  UprightWindow *self = UPRIGHT_WINDOW (object);

  g_clear_handle_id (&self->compact_idle_id, g_source_remove);
  g_clear_handle_id (&self->make_pages_id, g_source_remove);
  self->has_models = FALSE;

  gtk_widget_dispose_template (GTK_WIDGET (self), UPRIGHT_TYPE_WINDOW);

  g_clear_object (&self->settings);
  g_clear_object (&self->catalog);
  g_clear_error (&self->catalog_error);
  g_clear_object (&self->library);
  g_clear_error (&self->library_error);
  g_clear_object (&self->profile);
  g_clear_object (&self->plan);
  g_clear_object (&self->journal);
  g_clear_object (&self->cues);

  G_OBJECT_CLASS (upright_window_parent_class)->dispose (object);
}

static void
upright_window_realize (GtkWidget *widget)
{
  UprightWindow *self = UPRIGHT_WINDOW (widget);

  gtk_window_get_default_size (GTK_WINDOW (self), &self->asked_width, &self->asked_height);

  GTK_WIDGET_CLASS (upright_window_parent_class)->realize (widget);

  g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint",
                           G_CALLBACK (first_frame_cb), self, 0);
}

static void
upright_window_class_init (UprightWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = upright_window_constructed;
  object_class->dispose = upright_window_dispose;
  object_class->finalize = upright_window_finalize;
  object_class->get_property = upright_window_get_property;
  object_class->set_property = upright_window_set_property;
  widget_class->realize = upright_window_realize;

  window_class->close_request = upright_window_close_request;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_IN_SESSION] =
    g_param_spec_boolean ("in-session", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (UPRIGHT_TYPE_RED_FLAGS_BUTTON);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/upright-window.ui");
  gtk_widget_class_bind_template_child (widget_class, UprightWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, UprightWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, UprightWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, UprightWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, UprightWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, UprightWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, UprightWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, UprightWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, UprightWindow, red_flags_button);
  gtk_widget_class_bind_template_child (widget_class, UprightWindow, exercises_bin);
  gtk_widget_class_bind_template_child (widget_class, UprightWindow, routines_bin);
  gtk_widget_class_bind_template_child (widget_class, UprightWindow, progress_bin);
  gtk_widget_class_bind_template_child (widget_class, UprightWindow, learn_bin);
  gtk_widget_class_bind_template_child (widget_class, UprightWindow, session_bin);
  gtk_widget_class_bind_template_child (widget_class, UprightWindow, notices_box);
  gtk_widget_class_bind_template_callback (widget_class, title_visible_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, visible_page_changed_cb);
}

static void
upright_window_init (UprightWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  upright_accessible_fix_names (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->primary_menu_button, create_primary_menu_cb, self, NULL);
  adw_view_switcher_title_set_title (self->switcher_title, gtk_window_get_title (GTK_WINDOW (self)));

  self->dismissed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   win_actions, G_N_ELEMENTS (win_actions),
                                   self);
}
