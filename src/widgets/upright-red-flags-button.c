/* upright-red-flags-button.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "upright-red-flags-button.h"

/* A button that opens the warning signs that mean "stop exercising" or
 * "call a clinician". It sits in the header bar and on every exercise page,
 * so the red flags are never more than one click away.
 */
struct _UprightRedFlagsButton
{
  GtkWidget      parent_instance;

  GtkMenuButton *button;
  GtkLabel      *label;

  guint          compact : 1;
};

G_DEFINE_FINAL_TYPE (UprightRedFlagsButton, upright_red_flags_button, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_COMPACT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkWidget *
upright_red_flags_button_new (void)
{
  return g_object_new (UPRIGHT_TYPE_RED_FLAGS_BUTTON, NULL);
}

/**
 * upright_red_flags_button_popup:
 * @self: a red flags button
 *
 * Shows the warning signs.
 */
void
upright_red_flags_button_popup (UprightRedFlagsButton *self)
{
  g_return_if_fail (UPRIGHT_IS_RED_FLAGS_BUTTON (self));

  gtk_menu_button_popup (self->button);
}

/**
 * upright_red_flags_button_get_compact:
 * @self: a red flags button
 *
 * Returns: whether the button shows only its icon
 */
gboolean
upright_red_flags_button_get_compact (UprightRedFlagsButton *self)
{
  g_return_val_if_fail (UPRIGHT_IS_RED_FLAGS_BUTTON (self), FALSE);

  return self->compact;
}

/**
 * upright_red_flags_button_set_compact:
 * @self: a red flags button
 * @compact: whether to show only the icon
 *
 * A compact button leaves room in narrow header bars. Its accessible name and
 * tooltip stay the same.
 */
void
upright_red_flags_button_set_compact (UprightRedFlagsButton *self,
                                      gboolean               compact)
{
  g_return_if_fail (UPRIGHT_IS_RED_FLAGS_BUTTON (self));

  compact = !!compact;
  if (self->compact == compact)
    return;

  self->compact = compact;
  gtk_widget_set_visible (GTK_WIDGET (self->label), !compact);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPACT]);
}

static void
upright_red_flags_button_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  UprightRedFlagsButton *self = UPRIGHT_RED_FLAGS_BUTTON (object);

  switch (prop_id)
    {
    case PROP_COMPACT:
      g_value_set_boolean (value, self->compact);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
upright_red_flags_button_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  UprightRedFlagsButton *self = UPRIGHT_RED_FLAGS_BUTTON (object);

  switch (prop_id)
    {
    case PROP_COMPACT:
      upright_red_flags_button_set_compact (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
upright_red_flags_button_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), UPRIGHT_TYPE_RED_FLAGS_BUTTON);

  G_OBJECT_CLASS (upright_red_flags_button_parent_class)->dispose (object);
}

static void
upright_red_flags_button_class_init (UprightRedFlagsButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = upright_red_flags_button_dispose;
  object_class->get_property = upright_red_flags_button_get_property;
  object_class->set_property = upright_red_flags_button_set_property;

  /**
   * UprightRedFlagsButton:compact:
   *
   * Whether the button shows only its icon.
   */
  properties[PROP_COMPACT] =
    g_param_spec_boolean ("compact", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/upright-red-flags-button.ui");
  gtk_widget_class_bind_template_child (widget_class, UprightRedFlagsButton, button);
  gtk_widget_class_bind_template_child (widget_class, UprightRedFlagsButton, label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "redflagsbutton");
}

static void
upright_red_flags_button_init (UprightRedFlagsButton *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
