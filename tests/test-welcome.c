/* test-welcome.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pages/upright-welcome-window.h"

#include "upright-test-utils.h"

static GObject *
child (gpointer    window,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (window),
                                                   UPRIGHT_TYPE_WELCOME_WINDOW,
                                                   name);

  g_assert_nonnull (object);

  return object;
}

static UprightWelcomeWindow *
open_welcome (GSettings *settings)
{
  UprightWelcomeWindow *window = upright_welcome_window_new (settings);

  g_object_ref (window);
  gtk_window_present (GTK_WINDOW (window));
  upright_test_wait_until (upright_test_widget_is_drawn, window, 5000);

  return window;
}

static void
close_welcome (UprightWelcomeWindow *window)
{
  gtk_window_close (GTK_WINDOW (window));
  upright_test_settle ();
  g_assert_finalize_object (window);
}

/* Every switch below @widget, in the order they are shown. */
static void
collect_switches (GtkWidget *widget,
                  GPtrArray *switches)
{
  if (GTK_IS_SWITCH (widget))
    g_ptr_array_add (switches, widget);

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect_switches (c, switches);
}

static void
clicked_cb (GtkButton *button,
            gboolean  *clicked)
{
  *clicked = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

/* Activates @button as the keyboard does, and waits for its click. */
static void
press (GtkButton *button)
{
  gboolean clicked = FALSE;
  gulong handler = g_signal_connect (button, "clicked", G_CALLBACK (clicked_cb), &clicked);

  g_assert_true (gtk_widget_activate (GTK_WIDGET (button)));
  upright_test_wait_until (is_true, &clicked, 5000);
  g_signal_handler_disconnect (button, handler);
}

static gboolean
switch_is_on (gpointer data)
{
  return gtk_switch_get_active (data);
}

static void
reset (GSettings *settings)
{
  g_settings_reset (settings, "welcome-done");
  g_settings_reset (settings, "safety-profile-answered");
  g_settings_reset (settings, "safety-spine-fracture");
  g_settings_reset (settings, "safety-avoid-floor");
  g_settings_reset (settings, "spoken-guidance");
}

static void
test_welcome_pages (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GPtrArray) switches = g_ptr_array_new ();
  UprightWelcomeWindow *window;
  GtkButton *next;

  reset (settings);
  window = open_welcome (settings);
  next = GTK_BUTTON (child (window, "next_button"));

  g_assert_cmpstr (upright_welcome_window_get_page (window), ==, "welcome");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (child (window, "back_button"))));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (next)));

  /* The questions: every answer is a switch kept in step with its setting,
   * and going on from them counts as answering them. */
  press (next);
  g_assert_cmpstr (upright_welcome_window_get_page (window), ==, "safety");
  collect_switches (GTK_WIDGET (child (window, "safety_box")), switches);
  g_assert_cmpuint (switches->len, >=, 4);
  gtk_switch_set_active (g_ptr_array_index (switches, 0), TRUE);
  g_assert_true (g_settings_get_boolean (settings, "safety-spine-fracture"));
  g_assert_false (g_settings_get_boolean (settings, "safety-profile-answered"));
  press (next);
  g_assert_true (g_settings_get_boolean (settings, "safety-profile-answered"));

  /* The goals are the ones of the settings. */
  g_assert_cmpstr (upright_welcome_window_get_page (window), ==, "goals");
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (child (window, "goals_label"))),
                            "Strength on 2 days a week"));

  /* Spoken guidance is offered there, off until she turns it on. */
  g_assert_false (g_settings_get_boolean (settings, "spoken-guidance"));
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (child (window, "speech_switch"))));
  g_assert_true (gtk_widget_activate (GTK_WIDGET (child (window, "speech_switch"))));
  /* The switch slides over before it changes. */
  upright_test_wait_until (switch_is_on, child (window, "speech_switch"), 5000);
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (child (window, "speech_switch"))));
  g_assert_true (g_settings_get_boolean (settings, "spoken-guidance"));

  /* The last page ends it; it does not come back by itself. */
  press (next);
  g_assert_cmpstr (upright_welcome_window_get_page (window), ==, "stop");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (child (window, "skip_button"))));
  g_assert_false (g_settings_get_boolean (settings, "welcome-done"));
  press (next);
  upright_test_settle ();
  g_assert_true (g_settings_get_boolean (settings, "welcome-done"));
  g_assert_finalize_object (window);
}

static void
test_welcome_skip (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  UprightWelcomeWindow *window;

  /* Skipped, the questions stay unanswered. */
  reset (settings);
  window = open_welcome (settings);
  press (GTK_BUTTON (child (window, "skip_button")));
  upright_test_settle ();
  g_assert_true (g_settings_get_boolean (settings, "welcome-done"));
  g_assert_false (g_settings_get_boolean (settings, "safety-profile-answered"));
  g_assert_finalize_object (window);

  /* Opened again from the menu, it can go straight to the questions. */
  window = open_welcome (settings);
  upright_welcome_window_show_page (window, "safety");
  g_assert_cmpstr (upright_welcome_window_get_page (window), ==, "safety");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (child (window, "back_button"))));
  close_welcome (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/welcome/pages", test_welcome_pages);
  g_test_add_func ("/welcome/skip", test_welcome_skip);

  return g_test_run ();
}
