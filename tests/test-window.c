/* test-window.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pages/upright-exercises-page.h"
#include "pages/upright-learn-page.h"
#include "pages/upright-progress-page.h"
#include "pages/upright-routines-page.h"
#include "pages/upright-session-page.h"
#include "pages/upright-window.h"
#include "widgets/upright-red-flags-button.h"
#include "upright-application.h"

#include "upright-test-utils.h"

static UprightApplication *app;

static GtkWidget *
template_child (gpointer    window,
                const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (window), UPRIGHT_TYPE_WINDOW, name);

  g_assert_nonnull (child);

  return GTK_WIDGET (child);
}

static UprightWindow *
new_window (GSettings *settings)
{
  UprightWindowModels models;

  upright_application_get_models (app, &models);
  models.settings = settings;

  return upright_window_new (GTK_APPLICATION (app), &models);
}

static UprightWindow *
open_window (void)
{
  GSettings *settings = upright_application_get_settings (app);
  UprightWindow *window = new_window (settings);

  g_object_ref (window);
  gtk_window_present (GTK_WINDOW (window));
  upright_test_wait_until (upright_test_widget_is_drawn, window, 5000);

  return window;
}

static void
close_window (UprightWindow *window)
{
  gtk_window_close (GTK_WINDOW (window));
  upright_test_settle ();
  g_assert_finalize_object (window);
}

static void
test_window_activate (void)
{
  GtkWindow *window;

  g_application_activate (G_APPLICATION (app));
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_true (UPRIGHT_IS_WINDOW (window));

  /* Activating again presents the same window instead of a second one. */
  g_application_activate (G_APPLICATION (app));
  g_assert_true (gtk_application_get_active_window (GTK_APPLICATION (app)) == window);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);

  gtk_window_destroy (window);
  upright_test_settle ();
}

static void
test_window_pages (void)
{
  const struct {
    const char *name;
    GType (*get_type) (void);
  } pages[] = {
    { "routines", upright_routines_page_get_type },
    { "progress", upright_progress_page_get_type },
    { "learn", upright_learn_page_get_type },
    { "exercises", upright_exercises_page_get_type },
  };
  GSettings *settings = upright_application_get_settings (app);
  UprightWindow *window = open_window ();
  AdwViewStack *stack = ADW_VIEW_STACK (template_child (window, "stack"));

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *basename = g_strdup_printf ("window-%s.png", pages[i].name);
      g_autofree char *last_page = NULL;
      GtkWidget *child;
      guint colours;

      /* Go there the way the keyboard shortcuts do. */
      g_action_group_activate_action (G_ACTION_GROUP (window), "page",
                                      g_variant_new_string (pages[i].name));
      upright_test_settle ();

      g_assert_cmpstr (upright_window_get_visible_page (window), ==, pages[i].name);
      /* Each page is made by the time it shows, in the place kept for it. */
      child = adw_bin_get_child (ADW_BIN (adw_view_stack_get_visible_child (stack)));
      g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (child, pages[i].get_type ()));
      g_assert_true (child == upright_window_get_page (window, pages[i].name));
      upright_test_wait_until (upright_test_widget_is_drawn, child, 5000);

      /* The page shown is remembered for the next start. */
      last_page = g_settings_get_string (settings, "last-page");
      g_assert_cmpstr (last_page, ==, pages[i].name);

      colours = upright_test_render_widget (GTK_WIDGET (window), basename);
      g_assert_cmpuint (colours, >, 16);
    }

  close_window (window);
}

/* Counts the pages made so far. */
static guint
count_pages (UprightWindow *window)
{
  const char * const names[] = { "exercises", "routines", "progress", "learn", "session" };
  AdwViewStack *stack = ADW_VIEW_STACK (template_child (window, "stack"));
  GtkStack *main_stack = GTK_STACK (template_child (window, "main_stack"));
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GtkWidget *bin = i < 4 ? adw_view_stack_get_child_by_name (stack, names[i])
                             : gtk_stack_get_child_by_name (main_stack, names[i]);

      if (adw_bin_get_child (ADW_BIN (bin)) != NULL)
        n++;
    }

  return n;
}

static gboolean
has_all_pages (gpointer data)
{
  return count_pages (data) == 5;
}

/* The window makes only the page its first frame shows; the others
 * follow once it has been drawn, before she can ask for them. */
static void
test_window_pages_later (void)
{
  GSettings *settings = upright_application_get_settings (app);
  UprightWindow *window;

  g_settings_set_string (settings, "last-page", "progress");
  window = g_object_ref (new_window (settings));
  g_assert_cmpstr (upright_window_get_visible_page (window), ==, "progress");
  g_assert_cmpuint (count_pages (window), ==, 1);

  gtk_window_present (GTK_WINDOW (window));
  upright_test_wait_until (has_all_pages, window, 10000);
  g_assert_cmpuint (count_pages (window), ==, 5);
  g_assert_null (upright_window_get_page (window, "settings"));

  g_settings_reset (settings, "last-page");
  close_window (window);
}

static gboolean
shows_text (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    return gtk_widget_get_visible (widget) && *gtk_label_get_text (GTK_LABEL (widget)) != '\0';

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (shows_text (child))
        return TRUE;
    }

  return FALSE;
}

static void
assert_has_accessible_name (GtkWidget *widget)
{
  GtkWidget *child;

  if (GTK_IS_WINDOW_CONTROLS (widget))
    return;

  if (GTK_IS_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget))
    {
      /* A button without an accessible label must at least show text. */
      if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL) &&
          !shows_text (widget))
        g_error ("%s in the header bar has no accessible name", G_OBJECT_TYPE_NAME (widget));

      return;
    }

  for (child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    assert_has_accessible_name (child);
}

static void
test_window_accessible_labels (void)
{
  UprightWindow *window = open_window ();
  GtkWidget *menu_button = template_child (window, "primary_menu_button");
  GtkWidget *red_flags = template_child (window, "red_flags_button");
  GtkWidget *red_flags_menu;

  gtk_test_accessible_assert_property (menu_button, GTK_ACCESSIBLE_PROPERTY_LABEL, "Main Menu");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (menu_button), ==, "Main Menu");

  red_flags_menu = gtk_widget_get_first_child (red_flags);
  g_assert_true (GTK_IS_MENU_BUTTON (red_flags_menu));
  gtk_test_accessible_assert_property (red_flags_menu, GTK_ACCESSIBLE_PROPERTY_LABEL, "When to Stop");
  g_assert_nonnull (gtk_widget_get_tooltip_text (red_flags_menu));

  /* Every other button in the header bar has a name too. */
  assert_has_accessible_name (template_child (window, "header_bar"));

  close_window (window);
}

static GtkWindow *
find_window_of_type (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }

  return NULL;
}

static guint
count_hidden_windows (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n_hidden = 0;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (!gtk_widget_get_visible (window))
        n_hidden++;
    }

  return n_hidden;
}

/* The rows of the shortcuts window, each with the keys it shows. */
static void
collect_shortcuts (GtkWidget  *widget,
                   GHashTable *keys_by_title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_SHORTCUT_LABEL (child))
        {
          GtkWidget *row = gtk_widget_get_ancestor (child, ADW_TYPE_ACTION_ROW);

          g_assert_nonnull (row);
          g_hash_table_insert (keys_by_title,
                               g_strdup (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row))),
                               g_strdup (gtk_shortcut_label_get_accelerator (GTK_SHORTCUT_LABEL (child))));
        }
      else
        collect_shortcuts (child, keys_by_title);
    }
}

static GtkWindow *
find_shortcuts_window (void)
{
  GtkWindow *window = find_window_of_type (ADW_TYPE_PREFERENCES_WINDOW);

  if (window != NULL && g_strcmp0 (gtk_window_get_title (window), "Keyboard Shortcuts") == 0)
    return window;

  return NULL;
}

static gboolean
no_shortcuts_window (gpointer data)
{
  return find_shortcuts_window () == NULL;
}

static void
test_window_shortcuts (void)
{
  const struct {
    const char *action;
    const char *accel;
  } expected[] = {
    { "app.quit", "<Control>q" },
    { "app.preferences", "<Control>comma" },
    { "window.close", "<Control>w" },
    { "win.show-help-overlay", "<Control>question" },
    { "win.show-help-overlay", "F1" },
    { "win.page('exercises')", "<Alt>1" },
    { "win.page('routines')", "<Alt>2" },
    { "win.page('progress')", "<Alt>3" },
    { "win.page('learn')", "<Alt>4" },
  };
  UprightWindow *window;

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                                     expected[i].action);

      g_assert_true (g_strv_contains ((const char * const *) accels, expected[i].accel));
    }

  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "quit"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "preferences"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "about"));

  window = open_window ();
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "show-help-overlay"));
  /* No window waits hidden for later: a screen reader asking GTK 4.8 for
   * the last window could be given one without a bus path. */
  g_assert_cmpuint (count_hidden_windows (), ==, 0);

  /* The shortcuts window is made when asked for, and gone once closed. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-help-overlay", NULL);
  {
    GtkWindow *overlay = find_shortcuts_window ();
    g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
    GHashTableIter iter;
    const char *title, *accelerator;
    GtkWidget *content;
    int minimum;

    g_assert_nonnull (overlay);
    g_assert_true (gtk_window_get_transient_for (overlay) == GTK_WINDOW (window));
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));
    upright_test_wait_until (upright_test_widget_is_drawn, overlay, 5000);

    /* Every row shows keys; one given as an action shows the
     * application's keys for it. */
    collect_shortcuts (GTK_WIDGET (overlay), keys);
    g_assert_cmpuint (g_hash_table_size (keys), >=, 20);
    g_hash_table_iter_init (&iter, keys);
    while (g_hash_table_iter_next (&iter, (gpointer *) &title, (gpointer *) &accelerator))
      {
        if (accelerator == NULL || *accelerator == '\0')
          g_error ("The shortcut “%s” shows no keys", title);
      }
    g_assert_cmpstr (g_hash_table_lookup (keys, "Quit"), ==, "<Control>q");
    g_assert_cmpstr (g_hash_table_lookup (keys, "Show Shortcuts"), ==, "<Control>question F1");

    /* It fits a phone: a list that scrolls, not columns side by side. */
    content = adw_window_get_content (ADW_WINDOW (overlay));
    gtk_widget_measure (content, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
    g_assert_cmpint (minimum, <=, 360);

    gtk_window_close (overlay);
    upright_test_wait_until (no_shortcuts_window, NULL, 5000);
  }
  g_assert_cmpuint (count_hidden_windows (), ==, 0);
  close_window (window);
}

static gboolean
window_is_maximized (gpointer data)
{
  return gtk_window_is_maximized (GTK_WINDOW (data));
}

static void
test_window_state (void)
{
  GSettings *settings = upright_application_get_settings (app);
  UprightWindow *window;
  int width, height;

  g_settings_set_int (settings, "window-width", 700);
  g_settings_set_int (settings, "window-height", 540);
  g_settings_set_boolean (settings, "window-maximized", FALSE);
  g_settings_set_string (settings, "last-page", "learn");

  /* A new window comes back as it was left. */
  window = new_window (settings);
  g_object_ref (window);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 700);
  g_assert_cmpint (height, ==, 540);
  g_assert_cmpstr (upright_window_get_visible_page (window), ==, "learn");

  gtk_window_present (GTK_WINDOW (window));
  upright_test_wait_until (upright_test_widget_is_drawn, window, 5000);
  g_assert_false (gtk_window_is_maximized (GTK_WINDOW (window)));

  /* Resizing and closing saves the new state. */
  gtk_window_set_default_size (GTK_WINDOW (window), 820, 610);
  upright_test_settle ();
  close_window (window);

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 820);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 610);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  /* A maximized window opens maximized and keeps its unmaximized size. */
  g_settings_set_boolean (settings, "window-maximized", TRUE);
  window = open_window ();
  upright_test_wait_until (window_is_maximized, window, 5000);
  close_window (window);

  g_assert_true (g_settings_get_boolean (settings, "window-maximized"));
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 820);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 610);

  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
  g_settings_reset (settings, "window-maximized");
  g_settings_reset (settings, "last-page");
}

static int
get_dpi (void)
{
  int dpi;

  g_object_get (gtk_settings_get_default (), "gtk-xft-dpi", &dpi, NULL);

  return dpi;
}

static void
test_window_text_size (void)
{
  GSettings *settings = upright_application_get_settings (app);
  UprightWindow *window = open_window ();
  GtkWidget *header_bar = template_child (window, "header_bar");
  int normal_dpi = get_dpi ();
  int normal_height = gtk_widget_get_height (header_bar);

  g_assert_cmpint (normal_dpi, >, 0);

  g_settings_set_string (settings, "text-size", "large");
  g_assert_cmpint (get_dpi (), ==, (int) (normal_dpi * 1.2));

  g_settings_set_string (settings, "text-size", "larger");
  g_assert_cmpint (get_dpi (), ==, (int) (normal_dpi * 1.4));
  g_assert_cmpuint (upright_test_render_widget (GTK_WIDGET (window), "window-text-larger.png"), >, 16);
  /* Larger text makes room for itself. */
  g_assert_cmpint (gtk_widget_get_height (header_bar), >, normal_height);

  g_settings_reset (settings, "text-size");
  g_assert_cmpint (get_dpi (), ==, normal_dpi);

  close_window (window);
}

static gboolean
switcher_bar_revealed (gpointer data)
{
  return adw_view_switcher_bar_get_reveal (ADW_VIEW_SWITCHER_BAR (data));
}

static GtkWidget *
find_label (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *label = GTK_IS_LABEL (child) ? child : find_label (child);

      if (label != NULL)
        return label;
    }

  return NULL;
}

/* The warning button says "When to Stop" in full, inside the window. */
static void
assert_red_flags_in_words (UprightWindow *window,
                           GtkWidget     *red_flags)
{
  GtkWidget *label = find_label (red_flags);
  graphene_rect_t bounds;
  int natural;

  g_assert_nonnull (label);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, "When to Stop");
  g_assert_true (gtk_widget_get_mapped (label));
  gtk_widget_measure (label, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  g_assert_cmpint (gtk_widget_get_width (label), >=, natural);

  g_assert_true (gtk_widget_compute_bounds (label, GTK_WIDGET (window), &bounds));
  g_assert_cmpfloat (bounds.origin.x, >=, 0);
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (GTK_WIDGET (window)));
}

static void
test_window_narrow (void)
{
  const char *text_sizes[] = { "normal", "large", "larger" };
  GSettings *settings = upright_application_get_settings (app);
  UprightWindow *window;
  GtkWidget *switcher_bar;
  GtkWidget *red_flags;
  AdwViewSwitcherTitle *title;

  /* GNOME's default title bar, as on a phone: a close button only. */
  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", ":close", NULL);
  g_settings_set_int (settings, "window-width", 360);
  g_settings_set_int (settings, "window-height", 640);

  for (guint i = 0; i < G_N_ELEMENTS (text_sizes); i++)
    {
      g_autofree char *picture = g_strdup_printf ("window-narrow-%s.png", text_sizes[i]);

      g_settings_set_string (settings, "text-size", text_sizes[i]);
      window = open_window ();
      switcher_bar = template_child (window, "switcher_bar");
      red_flags = template_child (window, "red_flags_button");
      title = ADW_VIEW_SWITCHER_TITLE (template_child (window, "switcher_title"));

      /* Narrow: the page switcher moves to a bar at the bottom, and the
       * warning button keeps its words while the title gives way. */
      upright_test_wait_until (switcher_bar_revealed, switcher_bar, 5000);
      upright_test_settle ();
      /* A phone shows the window maximized, without the border a window
       * has on a desktop: its content is what must fit. */
      {
        GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
        int minimum;

        gtk_widget_measure (content, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
        g_assert_cmpint (minimum, <=, 360);
      }
      assert_red_flags_in_words (window, red_flags);
      g_assert_cmpstr (adw_view_switcher_title_get_title (title), ==, "");
      g_assert_cmpuint (upright_test_render_widget (GTK_WIDGET (window), picture), >, 16);

      close_window (window);
    }

  g_settings_reset (settings, "text-size");
  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
  gtk_settings_reset_property (gtk_settings_get_default (), "gtk-decoration-layout");

  /* Wide: the switcher sits in the header bar. */
  window = open_window ();
  switcher_bar = template_child (window, "switcher_bar");
  red_flags = template_child (window, "red_flags_button");
  upright_test_settle ();
  g_assert_false (adw_view_switcher_bar_get_reveal (ADW_VIEW_SWITCHER_BAR (switcher_bar)));
  assert_red_flags_in_words (window, red_flags);
  close_window (window);
}

static void
test_window_red_flags (void)
{
  UprightWindow *window = open_window ();
  GtkWidget *red_flags = template_child (window, "red_flags_button");
  GtkMenuButton *menu_button = GTK_MENU_BUTTON (gtk_widget_get_first_child (red_flags));
  GtkPopover *popover;

  /* The signs are made when they are first shown, not at the start. */
  g_assert_null (upright_red_flags_button_get_popover (UPRIGHT_RED_FLAGS_BUTTON (red_flags)));

  /* Closing the popover gives the focus back to the button, which asks
   * for its tooltip; GTK 4.8 would look for it on the window after this
   * test has closed it (a critical under the sanitizers). The tooltip is
   * checked in /window/accessible-labels. */
  gtk_widget_set_has_tooltip (GTK_WIDGET (menu_button), FALSE);

  upright_red_flags_button_popup (UPRIGHT_RED_FLAGS_BUTTON (red_flags));
  popover = upright_red_flags_button_get_popover (UPRIGHT_RED_FLAGS_BUTTON (red_flags));
  g_assert_nonnull (popover);
  g_assert_true (popover == gtk_menu_button_get_popover (menu_button));
  upright_test_wait_until (upright_test_widget_is_drawn, popover, 5000);
  g_assert_cmpuint (upright_test_render_widget (GTK_WIDGET (popover), "red-flags.png"), >, 16);

  gtk_popover_popdown (popover);
  close_window (window);
}

static void
test_window_session (void)
{
  UprightWindow *window = open_window ();
  GtkStack *main_stack = GTK_STACK (template_child (window, "main_stack"));
  AdwViewSwitcherTitle *title = ADW_VIEW_SWITCHER_TITLE (template_child (window, "switcher_title"));

  /* Start on an exercise page opens a session over the whole window… */
  g_action_group_activate_action (G_ACTION_GROUP (window), "start-session",
                                  g_variant_new_string ("sit-to-stand"));
  upright_test_settle ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (main_stack), ==, "session");
  g_assert_false (adw_view_switcher_title_get_view_switcher_enabled (title));
  g_assert_false (upright_window_start_session (window, "no-such-exercise"));

  /* …and cancelling it brings the pages back. */
  g_assert_true (gtk_widget_activate_action (upright_window_get_page (UPRIGHT_WINDOW (window), "session"), "session.cancel", NULL));
  upright_test_settle ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (main_stack), ==, "views");
  g_assert_true (adw_view_switcher_title_get_view_switcher_enabled (title));

  close_window (window);
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

static gboolean
plan_is_loaded (gpointer data)
{
  return upright_plan_is_loaded (data);
}

static void
test_window_routine (void)
{
  UprightWindow *window = open_window ();
  UprightSessionPage *session_page = UPRIGHT_SESSION_PAGE (upright_window_get_page (UPRIGHT_WINDOW (window), "session"));
  guint n_exercises = 0;
  guint n_notify = 0;

  upright_test_wait_until (plan_is_loaded, upright_application_get_plan (app), 5000);
  g_signal_connect (window, "notify::in-session", G_CALLBACK (count_cb), &n_notify);

  /* A routine of the plan runs from its Start button… */
  g_assert_false (upright_window_get_in_session (window));
  g_action_group_activate_action (G_ACTION_GROUP (window), "start-routine",
                                  g_variant_new_string ("starter-strength"));
  upright_test_settle ();
  g_assert_true (upright_window_get_in_session (window));
  g_assert_cmpuint (n_notify, ==, 1);
  upright_session_page_get_position (session_page, &n_exercises);
  g_assert_cmpuint (n_exercises, ==, 9);

  /* …and nothing else starts over a session that runs. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "posture-break", NULL);
  upright_test_settle ();
  g_assert_false (upright_window_start_session (window, "sit-to-stand"));
  upright_session_page_get_position (session_page, &n_exercises);
  g_assert_cmpuint (n_exercises, ==, 9);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (session_page), "session.cancel", NULL));
  upright_test_settle ();
  g_assert_false (upright_window_get_in_session (window));
  g_assert_cmpuint (n_notify, ==, 2);

  /* The posture break a reminder offers. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "posture-break", NULL);
  upright_test_settle ();
  g_assert_true (upright_window_get_in_session (window));
  g_assert_cmpstr (upright_exercise_get_id (upright_session_page_get_exercise (session_page)), ==, "chin-tuck");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (session_page), "session.cancel", NULL));
  upright_test_settle ();

  /* An unknown routine starts nothing. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "start-routine",
                                  g_variant_new_string ("no-such-routine"));
  upright_test_settle ();
  g_assert_false (upright_window_get_in_session (window));

  close_window (window);
}

static gboolean
flag_is_set (gpointer data)
{
  return *(gboolean *) data;
}

static gboolean
window_in_session (gpointer data)
{
  return upright_window_get_in_session (data);
}

/* A stand-in for the desktop's notification server on the session bus:
 * it keeps what Upright sends, so the test can see it and press its
 * buttons. */
typedef struct {
  GDBusConnection *connection;
  guint            registration;
  guint            owner;
  gboolean         owned;
  guint            n_notify;
  guint            last_id;
  char            *summary;
  char            *body;
  GStrv            actions;
} FakeServer;

static const char fake_server_xml[] =
  "<node>"
  "  <interface name='org.freedesktop.Notifications'>"
  "    <method name='Notify'>"
  "      <arg type='s' direction='in'/><arg type='u' direction='in'/>"
  "      <arg type='s' direction='in'/><arg type='s' direction='in'/>"
  "      <arg type='s' direction='in'/><arg type='as' direction='in'/>"
  "      <arg type='a{sv}' direction='in'/><arg type='i' direction='in'/>"
  "      <arg type='u' direction='out'/>"
  "    </method>"
  "    <method name='CloseNotification'><arg type='u' direction='in'/></method>"
  "    <method name='GetCapabilities'><arg type='as' direction='out'/></method>"
  "    <method name='GetServerInformation'>"
  "      <arg type='s' direction='out'/><arg type='s' direction='out'/>"
  "      <arg type='s' direction='out'/><arg type='s' direction='out'/>"
  "    </method>"
  "    <signal name='ActionInvoked'><arg type='u'/><arg type='s'/></signal>"
  "  </interface>"
  "</node>";

static void
fake_server_method_cb (GDBusConnection       *connection,
                       const char            *sender,
                       const char            *object_path,
                       const char            *interface_name,
                       const char            *method_name,
                       GVariant              *parameters,
                       GDBusMethodInvocation *invocation,
                       gpointer               user_data)
{
  FakeServer *server = user_data;

  if (g_str_equal (method_name, "Notify"))
    {
      g_clear_pointer (&server->summary, g_free);
      g_clear_pointer (&server->body, g_free);
      g_clear_pointer (&server->actions, g_strfreev);
      g_variant_get (parameters, "(&sus&s&s^as@a{sv}i)", NULL, NULL, NULL,
                     &server->summary, &server->body, &server->actions, NULL, NULL);
      server->summary = g_strdup (server->summary);
      server->body = g_strdup (server->body);
      server->n_notify++;
      server->last_id = server->n_notify;
      g_dbus_method_invocation_return_value (invocation, g_variant_new ("(u)", server->last_id));
    }
  else if (g_str_equal (method_name, "GetCapabilities"))
    {
      const char *caps[] = { "actions", "body", NULL };

      g_dbus_method_invocation_return_value (invocation, g_variant_new ("(^as)", caps));
    }
  else if (g_str_equal (method_name, "GetServerInformation"))
    g_dbus_method_invocation_return_value (invocation, g_variant_new ("(ssss)", "fake", "upright", "1", "1.2"));
  else
    g_dbus_method_invocation_return_value (invocation, NULL);
}

static void
fake_server_acquired_cb (GDBusConnection *connection,
                         const char      *name,
                         gpointer         user_data)
{
  ((FakeServer *) user_data)->owned = TRUE;
}

static gboolean
fake_server_start (FakeServer *server)
{
  static const GDBusInterfaceVTable vtable = { fake_server_method_cb, NULL, NULL, { 0 } };
  g_autoptr(GDBusNodeInfo) info = NULL;

  server->connection = g_application_get_dbus_connection (G_APPLICATION (app));
  if (server->connection == NULL)
    return FALSE;

  info = g_dbus_node_info_new_for_xml (fake_server_xml, NULL);
  server->registration = g_dbus_connection_register_object (server->connection,
                                                            "/org/freedesktop/Notifications",
                                                            info->interfaces[0], &vtable,
                                                            server, NULL, NULL);
  server->owner = g_bus_own_name_on_connection (server->connection, "org.freedesktop.Notifications",
                                                G_BUS_NAME_OWNER_FLAGS_NONE,
                                                fake_server_acquired_cb, NULL, server, NULL);
  upright_test_wait_until (flag_is_set, &server->owned, 5000);

  return TRUE;
}

static void
fake_server_stop (FakeServer *server)
{
  if (server->connection == NULL)
    return;

  g_bus_unown_name (server->owner);
  g_dbus_connection_unregister_object (server->connection, server->registration);
  g_free (server->summary);
  g_free (server->body);
  g_strfreev (server->actions);
}

/* Presses the button labelled @label on the last notification. */
static void
fake_server_press (FakeServer *server,
                   const char *label)
{
  const char *key = NULL;

  g_assert_nonnull (server->actions);
  for (guint i = 0; server->actions[i] != NULL && server->actions[i + 1] != NULL; i += 2)
    {
      if (g_str_equal (server->actions[i + 1], label))
        key = server->actions[i];
    }
  g_assert_nonnull (key);

  g_dbus_connection_emit_signal (server->connection, NULL, "/org/freedesktop/Notifications",
                                 "org.freedesktop.Notifications", "ActionInvoked",
                                 g_variant_new ("(us)", server->last_id, key), NULL);
}

static gboolean
notified (gpointer data)
{
  return ((FakeServer *) data)->n_notify > 0;
}

static GDateTime *fake_now;

static void
due_cb (UprightReminder *reminder,
        guint           *count)
{
  (*count)++;
}

static GDateTime *
fake_clock (gpointer user_data)
{
  return g_date_time_ref (fake_now);
}

static void
advance (int minutes)
{
  GDateTime *later = g_date_time_add_minutes (fake_now, minutes);

  g_date_time_unref (fake_now);
  fake_now = later;
}

static void
test_window_reminder (void)
{
  GSettings *settings = upright_application_get_settings (app);
  UprightReminder *reminder = upright_application_get_reminder (app);
  UprightWindow *window;
  UprightSessionPage *session_page;
  g_autoptr(GDateTime) next = NULL;
  FakeServer server = { 0 };
  gboolean server_running;
  guint n_due = 0;

  g_assert_nonnull (reminder);
  server_running = fake_server_start (&server);
  if (!server_running)
    g_test_message ("No session bus: the notification itself is not checked");
  g_signal_connect (reminder, "due", G_CALLBACK (due_cb), &n_due);
  fake_now = g_date_time_new_local (2026, 3, 10, 10, 0, 0);
  upright_reminder_set_now_func (reminder, fake_clock, NULL);

  /* The preferences drive the schedule. */
  g_settings_set_uint (settings, "reminder-interval", 30);
  g_settings_set_uint (settings, "active-hours-start", 9);
  g_settings_set_uint (settings, "active-hours-end", 20);
  g_settings_set_boolean (settings, "reminders-enabled", TRUE);
  g_assert_true (upright_reminder_get_enabled (reminder));
  g_assert_cmpuint (upright_reminder_get_interval_minutes (reminder), ==, 30);
  g_assert_cmpuint (upright_reminder_get_active_end_hour (reminder), ==, 20);

  window = open_window ();
  session_page = UPRIGHT_SESSION_PAGE (upright_window_get_page (UPRIGHT_WINDOW (window), "session"));
  upright_test_wait_until (plan_is_loaded, upright_application_get_plan (app), 5000);

  advance (31);
  g_assert_true (upright_reminder_check (reminder));
  g_assert_cmpuint (n_due, ==, 1);

  /* The reminder is a desktop notification with a button to start the
   * break… */
  if (server_running)
    {
      upright_test_wait_until (notified, &server, 5000);
      g_assert_cmpstr (server.summary, ==, "Time for a posture break");
      g_assert_nonnull (server.body);
      g_assert_true (g_strv_contains ((const char * const *) server.actions, "Start the Break"));
      g_assert_true (g_strv_contains ((const char * const *) server.actions, "In 15 Minutes"));

      /* …which opens the posture break. */
      fake_server_press (&server, "Start the Break");
      upright_test_wait_until (window_in_session, window, 5000);
      g_assert_cmpstr (upright_exercise_get_id (upright_session_page_get_exercise (session_page)), ==, "chin-tuck");
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (session_page), "session.cancel", NULL));
      upright_test_settle ();
    }

  /* Nothing during a session. */
  g_assert_true (upright_window_start_session (window, "heel-raise"));
  g_assert_true (upright_reminder_get_in_session (reminder));
  advance (31);
  g_assert_false (upright_reminder_check (reminder));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (session_page), "session.cancel", NULL));
  upright_test_settle ();
  g_assert_false (upright_reminder_get_in_session (reminder));
  g_assert_cmpuint (n_due, ==, 1);

  /* Snoozing from the notification waits a quarter of an hour. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "snooze-reminder", NULL);
  next = upright_reminder_get_next_due (reminder);
  g_assert_cmpint (g_date_time_difference (next, fake_now), ==, 15 * G_TIME_SPAN_MINUTE);

  /* Its main action opens the posture break. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "posture-break", NULL);
  upright_test_settle ();
  g_assert_true (upright_window_get_in_session (window));
  g_assert_cmpstr (upright_exercise_get_id (upright_session_page_get_exercise (session_page)), ==, "chin-tuck");
  g_assert_true (upright_reminder_get_in_session (reminder));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (session_page), "session.cancel", NULL));
  upright_test_settle ();

  close_window (window);
  g_assert_false (upright_reminder_get_in_session (reminder));

  g_settings_set_boolean (settings, "reminders-enabled", FALSE);
  g_assert_false (upright_reminder_get_enabled (reminder));
  g_settings_reset (settings, "reminders-enabled");
  g_settings_reset (settings, "reminder-interval");
  g_settings_reset (settings, "active-hours-start");
  g_settings_reset (settings, "active-hours-end");
  g_signal_handlers_disconnect_by_func (reminder, due_cb, &n_due);
  upright_reminder_set_now_func (reminder, NULL, NULL);
  g_clear_pointer (&fake_now, g_date_time_unref);
  fake_server_stop (&server);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  upright_test_init (&argc, &argv);

  app = upright_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  /* Keep the application alive while windows come and go. */
  g_application_hold (G_APPLICATION (app));
  /* The welcome of a first start has tests of its own. */
  g_settings_set_boolean (upright_application_get_settings (app), "welcome-done", TRUE);

  g_test_add_func ("/window/activate", test_window_activate);
  g_test_add_func ("/window/pages", test_window_pages);
  g_test_add_func ("/window/pages-later", test_window_pages_later);
  g_test_add_func ("/window/accessible-labels", test_window_accessible_labels);
  g_test_add_func ("/window/shortcuts", test_window_shortcuts);
  g_test_add_func ("/window/state", test_window_state);
  g_test_add_func ("/window/text-size", test_window_text_size);
  g_test_add_func ("/window/narrow", test_window_narrow);
  g_test_add_func ("/window/red-flags", test_window_red_flags);
  g_test_add_func ("/window/session", test_window_session);
  g_test_add_func ("/window/routine", test_window_routine);
  g_test_add_func ("/window/reminder", test_window_reminder);

  status = g_test_run ();

  g_application_release (G_APPLICATION (app));
  g_clear_object (&app);

  return status;
}
