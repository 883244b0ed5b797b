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
 * so the red flags are never more than one click away. It always says what
 * it is in words, however narrow the window: an unlabelled warning icon is
 * easy to miss when it matters most.
 */
struct _UprightRedFlagsButton
{
  GtkWidget      parent_instance;

  GtkMenuButton *button;
};

G_DEFINE_FINAL_TYPE (UprightRedFlagsButton, upright_red_flags_button, GTK_TYPE_WIDGET)

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

/* The signs are made the first time they are shown: the button is on
 * every exercise page, and most starts never open them. */
static void
create_popup_cb (GtkMenuButton *button,
                 gpointer       user_data)
{
  g_autoptr(GtkBuilder) builder = NULL;

  if (gtk_menu_button_get_popover (button) != NULL)
    return;

  builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/upright-red-flags-popover.ui");
  gtk_menu_button_set_popover (button, GTK_WIDGET (gtk_builder_get_object (builder, "popover")));
}

/**
 * upright_red_flags_button_get_popover:
 * @self: a red flags button
 *
 * Returns: (transfer none) (nullable): the popover with the warning signs,
 *   once they have been shown
 */
GtkPopover *
upright_red_flags_button_get_popover (UprightRedFlagsButton *self)
{
  g_return_val_if_fail (UPRIGHT_IS_RED_FLAGS_BUTTON (self), NULL);

  return gtk_menu_button_get_popover (self->button);
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

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/upright-red-flags-button.ui");
  gtk_widget_class_bind_template_child (widget_class, UprightRedFlagsButton, button);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "redflagsbutton");
}

static void
upright_red_flags_button_init (UprightRedFlagsButton *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->button, create_popup_cb, NULL, NULL);
}
