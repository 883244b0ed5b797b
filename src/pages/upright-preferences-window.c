/* upright-preferences-window.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "widgets/upright-accessible.h"
#include "media/upright-speech.h"

#include "upright-preferences-window.h"

struct _UprightPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  /* Template widgets */
  AdwComboRow          *text_size_row;
  AdwComboRow          *speed_row;
  GtkSwitch            *mirror_switch;
  GtkSpinButton        *count_in_spin;
  GtkSpinButton        *rest_spin;
  GtkSwitch            *sound_switch;
  GtkWidget            *volume_row;
  GtkScale             *volume_scale;
  AdwExpanderRow       *reminders_row;
  GtkSpinButton        *reminder_interval_spin;
  GtkSwitch            *start_at_login_switch;
  AdwActionRow         *speech_row;
  GtkSwitch            *speech_switch;
  GtkSpinButton        *active_start_spin;
  GtkSpinButton        *active_end_spin;
  GtkSwitch            *spine_fracture_switch;
  GtkSwitch            *avoid_floor_switch;
  GtkSwitch            *walking_aid_switch;
  GtkSwitch            *several_fractures_switch;
  GtkSwitch            *recent_fracture_switch;
  GtkSwitch            *avoid_impact_switch;
  GtkSwitch            *hide_switch;
  GtkSpinButton        *strength_spin;
  GtkSpinButton        *balance_spin;
  GtkSpinButton        *posture_spin;
  GtkSpinButton        *impact_spin;
};

G_DEFINE_FINAL_TYPE (UprightPreferencesWindow, upright_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The combo rows list these values in this order. */
static const char * const text_sizes[] = { "normal", "large", "larger" };
static const double speeds[] = { 0.25, 0.5, 0.75, 1.0 };

UprightPreferencesWindow *
upright_preferences_window_new (GSettings *settings)
{
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (UPRIGHT_TYPE_PREFERENCES_WINDOW,
                       "settings", settings,
                       NULL);
}

static gboolean
text_size_get_mapping (GValue   *value,
                       GVariant *variant,
                       gpointer  user_data)
{
  const char *size = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (text_sizes); i++)
    {
      if (g_str_equal (size, text_sizes[i]))
        {
          g_value_set_uint (value, i);
          return TRUE;
        }
    }

  return FALSE;
}

static GVariant *
text_size_set_mapping (const GValue       *value,
                       const GVariantType *expected_type,
                       gpointer            user_data)
{
  guint selected = g_value_get_uint (value);

  if (selected >= G_N_ELEMENTS (text_sizes))
    return NULL;

  return g_variant_new_string (text_sizes[selected]);
}

static gboolean
speed_get_mapping (GValue   *value,
                   GVariant *variant,
                   gpointer  user_data)
{
  double speed = g_variant_get_double (variant);
  guint nearest = 0;

  /* The key is a number, so pick the closest speed the list offers. */
  for (guint i = 1; i < G_N_ELEMENTS (speeds); i++)
    {
      if (ABS (speeds[i] - speed) < ABS (speeds[nearest] - speed))
        nearest = i;
    }

  g_value_set_uint (value, nearest);

  return TRUE;
}

static GVariant *
speed_set_mapping (const GValue       *value,
                   const GVariantType *expected_type,
                   gpointer            user_data)
{
  guint selected = g_value_get_uint (value);

  if (selected >= G_N_ELEMENTS (speeds))
    return NULL;

  return g_variant_new_double (speeds[selected]);
}

static void
upright_preferences_window_constructed (GObject *object)
{
  UprightPreferencesWindow *self = UPRIGHT_PREFERENCES_WINDOW (object);
  const struct {
    const char *key;
    gpointer widget;
    const char *property;
  } bindings[] = {
    { "mirror-video", self->mirror_switch, "active" },
    { "count-in-seconds", self->count_in_spin, "value" },
    { "rest-seconds", self->rest_spin, "value" },
    { "sound-cues", self->sound_switch, "active" },
    { "sound-cues", self->volume_row, "sensitive" },
    { "sound-volume", gtk_range_get_adjustment (GTK_RANGE (self->volume_scale)), "value" },
    { "reminders-enabled", self->reminders_row, "enable-expansion" },
    { "reminder-interval", self->reminder_interval_spin, "value" },
    { "start-at-login", self->start_at_login_switch, "active" },
    { "spoken-guidance", self->speech_switch, "active" },
    { "active-hours-start", self->active_start_spin, "value" },
    { "active-hours-end", self->active_end_spin, "value" },
    { "safety-spine-fracture", self->spine_fracture_switch, "active" },
    { "safety-avoid-floor", self->avoid_floor_switch, "active" },
    { "safety-walking-aid", self->walking_aid_switch, "active" },
    { "safety-avoid-impact", self->avoid_impact_switch, "active" },
    { "safety-several-fractures", self->several_fractures_switch, "active" },
    { "safety-recent-spine-fracture", self->recent_fracture_switch, "active" },
    { "hide-not-advised", self->hide_switch, "active" },
    { "goal-strength-days", self->strength_spin, "value" },
    { "goal-balance-minutes", self->balance_spin, "value" },
    { "goal-posture-days", self->posture_spin, "value" },
    { "goal-impact-days", self->impact_spin, "value" },
  };

  G_OBJECT_CLASS (upright_preferences_window_parent_class)->constructed (object);

  g_assert (self->settings != NULL);

  for (guint i = 0; i < G_N_ELEMENTS (bindings); i++)
    g_settings_bind (self->settings, bindings[i].key,
                     bindings[i].widget, bindings[i].property,
                     g_str_equal (bindings[i].property, "sensitive")
                       ? G_SETTINGS_BIND_GET
                       : G_SETTINGS_BIND_DEFAULT);

  /* A build without Speech Dispatcher cannot speak: the row says so. */
  if (!upright_speech_is_built_in ())
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->speech_row), FALSE);
      adw_action_row_set_subtitle (self->speech_row, _("This copy of Upright was built without speech"));
    }

  g_settings_bind_with_mapping (self->settings, "text-size",
                                self->text_size_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                text_size_get_mapping, text_size_set_mapping,
                                NULL, NULL);
  g_settings_bind_with_mapping (self->settings, "playback-speed",
                                self->speed_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                speed_get_mapping, speed_set_mapping,
                                NULL, NULL);
}

static void
upright_preferences_window_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  UprightPreferencesWindow *self = UPRIGHT_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
upright_preferences_window_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  UprightPreferencesWindow *self = UPRIGHT_PREFERENCES_WINDOW (object);

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
upright_preferences_window_dispose (GObject *object)
{
  UprightPreferencesWindow *self = UPRIGHT_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), UPRIGHT_TYPE_PREFERENCES_WINDOW);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (upright_preferences_window_parent_class)->dispose (object);
}

static void
upright_preferences_window_class_init (UprightPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = upright_preferences_window_constructed;
  object_class->dispose = upright_preferences_window_dispose;
  object_class->get_property = upright_preferences_window_get_property;
  object_class->set_property = upright_preferences_window_set_property;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/upright-preferences-window.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, UprightPreferencesWindow, name)
  BIND (text_size_row);
  BIND (speed_row);
  BIND (mirror_switch);
  BIND (count_in_spin);
  BIND (rest_spin);
  BIND (sound_switch);
  BIND (volume_row);
  BIND (volume_scale);
  BIND (reminders_row);
  BIND (reminder_interval_spin);
  BIND (start_at_login_switch);
  BIND (speech_row);
  BIND (speech_switch);
  BIND (active_start_spin);
  BIND (active_end_spin);
  BIND (spine_fracture_switch);
  BIND (avoid_floor_switch);
  BIND (walking_aid_switch);
  BIND (several_fractures_switch);
  BIND (recent_fracture_switch);
  BIND (avoid_impact_switch);
  BIND (hide_switch);
  BIND (strength_spin);
  BIND (balance_spin);
  BIND (posture_spin);
  BIND (impact_spin);
#undef BIND
}

static void
upright_preferences_window_init (UprightPreferencesWindow *self)
{
  GtkWidget *widget;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Each setting is one stop for Tab, its switch or spin button, named by
   * its row's title. */
  upright_accessible_one_stop_rows (GTK_WIDGET (self));

  /* libadwaita 1.2 leaves two of its own controls without a name. */
  widget = upright_accessible_find_child (GTK_WIDGET (self->reminders_row), GTK_TYPE_SWITCH);
  if (widget != NULL)
    upright_accessible_set_label (widget, _("Posture Reminders"));
  widget = upright_accessible_find_search_button (GTK_WIDGET (self));
  if (widget != NULL)
    upright_accessible_set_label (widget, _("Search Preferences"));
}
