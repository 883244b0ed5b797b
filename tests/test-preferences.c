/* test-preferences.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pages/upright-preferences-window.h"

#include "upright-test-utils.h"

static GObject *
child (gpointer    window,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (window),
                                                   UPRIGHT_TYPE_PREFERENCES_WINDOW,
                                                   name);

  g_assert_nonnull (object);

  return object;
}

static UprightPreferencesWindow *
open_preferences (GSettings *settings)
{
  UprightPreferencesWindow *window = upright_preferences_window_new (settings);

  g_object_ref (window);
  gtk_window_present (GTK_WINDOW (window));
  upright_test_wait_until (upright_test_widget_is_drawn, window, 5000);

  return window;
}

static void
close_preferences (UprightPreferencesWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  upright_test_settle ();
  g_assert_finalize_object (window);
}

static void
test_preferences_switches (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  UprightPreferencesWindow *window = open_preferences (settings);
  const struct {
    const char *widget;
    const char *key;
  } switches[] = {
    { "spine_fracture_switch", "safety-spine-fracture" },
    { "avoid_floor_switch", "safety-avoid-floor" },
    { "walking_aid_switch", "safety-walking-aid" },
    { "several_fractures_switch", "safety-several-fractures" },
    { "recent_fracture_switch", "safety-recent-spine-fracture" },
    { "avoid_impact_switch", "safety-avoid-impact" },
    { "hide_switch", "hide-not-advised" },
    { "mirror_switch", "mirror-video" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (switches); i++)
    {
      GtkSwitch *toggle = GTK_SWITCH (child (window, switches[i].widget));

      g_assert_false (g_settings_get_boolean (settings, switches[i].key));
      g_assert_false (gtk_switch_get_active (toggle));

      /* From the window to the settings… */
      gtk_switch_set_active (toggle, TRUE);
      g_assert_true (g_settings_get_boolean (settings, switches[i].key));

      /* …and back. */
      g_settings_set_boolean (settings, switches[i].key, FALSE);
      g_assert_false (gtk_switch_get_active (toggle));
    }

  close_preferences (window);
}

static void
test_preferences_goals (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  UprightPreferencesWindow *window = open_preferences (settings);
  GtkSpinButton *strength = GTK_SPIN_BUTTON (child (window, "strength_spin"));
  GtkSpinButton *balance = GTK_SPIN_BUTTON (child (window, "balance_spin"));

  /* The defaults are the guidelines' weekly doses. */
  g_assert_cmpint (gtk_spin_button_get_value_as_int (strength), ==, 2);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (balance), ==, 120);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (child (window, "posture_spin"))), ==, 7);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (child (window, "impact_spin"))), ==, 0);

  gtk_spin_button_set_value (strength, 3);
  g_assert_cmpuint (g_settings_get_uint (settings, "goal-strength-days"), ==, 3);

  g_settings_set_uint (settings, "goal-balance-minutes", 150);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (balance), ==, 150);

  /* The spin button cannot go past the schema's range. */
  gtk_spin_button_set_value (strength, 12);
  g_assert_cmpuint (g_settings_get_uint (settings, "goal-strength-days"), ==, 7);

  g_settings_reset (settings, "goal-strength-days");
  g_settings_reset (settings, "goal-balance-minutes");
  close_preferences (window);
}

static void
test_preferences_choices (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  UprightPreferencesWindow *window = open_preferences (settings);
  AdwComboRow *text_size = ADW_COMBO_ROW (child (window, "text_size_row"));
  AdwComboRow *speed = ADW_COMBO_ROW (child (window, "speed_row"));
  g_autofree char *size = NULL;

  g_assert_cmpuint (adw_combo_row_get_selected (text_size), ==, 0);
  adw_combo_row_set_selected (text_size, 2);
  size = g_settings_get_string (settings, "text-size");
  g_assert_cmpstr (size, ==, "larger");

  g_settings_set_string (settings, "text-size", "large");
  g_assert_cmpuint (adw_combo_row_get_selected (text_size), ==, 1);

  /* Normal speed is the last choice. */
  g_assert_cmpuint (adw_combo_row_get_selected (speed), ==, 3);
  adw_combo_row_set_selected (speed, 1);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "playback-speed"), 0.5, 1e-9);

  /* A speed between the choices shows the nearest one. */
  g_settings_set_double (settings, "playback-speed", 0.3);
  g_assert_cmpuint (adw_combo_row_get_selected (speed), ==, 0);

  g_settings_reset (settings, "text-size");
  g_settings_reset (settings, "playback-speed");
  close_preferences (window);
}

static void
test_preferences_sound (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  UprightPreferencesWindow *window = open_preferences (settings);
  GtkWidget *volume_row = GTK_WIDGET (child (window, "volume_row"));
  GtkRange *volume = GTK_RANGE (child (window, "volume_scale"));

  g_assert_true (gtk_widget_get_sensitive (volume_row));
  g_assert_cmpfloat_with_epsilon (gtk_range_get_value (volume), 0.7, 1e-9);

  /* Without sound cues there is no volume to set. */
  g_settings_set_boolean (settings, "sound-cues", FALSE);
  g_assert_false (gtk_widget_get_sensitive (volume_row));

  gtk_range_set_value (volume, 0.25);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "sound-volume"), 0.25, 1e-9);

  g_settings_reset (settings, "sound-cues");
  g_settings_reset (settings, "sound-volume");
  close_preferences (window);
}

static void
test_preferences_render (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  UprightPreferencesWindow *window = open_preferences (settings);

  g_assert_cmpuint (upright_test_render_widget (GTK_WIDGET (window), "preferences-general.png"), >, 16);
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (window), "safety");
  upright_test_settle ();
  g_assert_cmpuint (upright_test_render_widget (GTK_WIDGET (window), "preferences-safety.png"), >, 16);
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (window), "goals");
  upright_test_settle ();
  g_assert_cmpuint (upright_test_render_widget (GTK_WIDGET (window), "preferences-goals.png"), >, 16);

  close_preferences (window);
}

int
main (int   argc,
      char *argv[])
{
  upright_test_init (&argc, &argv);

  g_test_add_func ("/preferences/switches", test_preferences_switches);
  g_test_add_func ("/preferences/goals", test_preferences_goals);
  g_test_add_func ("/preferences/choices", test_preferences_choices);
  g_test_add_func ("/preferences/sound", test_preferences_sound);
  g_test_add_func ("/preferences/render", test_preferences_render);

  return g_test_run ();
}
