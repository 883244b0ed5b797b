/* upright-toast.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "upright-accessible.h"
#include "upright-toast.h"

/* Long enough to read the title, find the button and think it over. */
#define UNDO_TIMEOUT_SECONDS 15

static void
button_clicked_cb (GtkButton *button,
                   GtkWidget *widget)
{
  AdwToast *toast = g_object_get_data (G_OBJECT (button), "upright-toast");
  const char *action_name = g_object_get_data (G_OBJECT (button), "upright-action");
  GVariant *target = g_object_get_data (G_OBJECT (button), "upright-target");

  gtk_widget_activate_action_variant (widget, action_name, target);
  adw_toast_dismiss (toast);
}

static void
title_mapped_cb (GtkWidget *title)
{
  GtkWidget *toast_widget = gtk_widget_get_parent (gtk_widget_get_parent (title));

  /* The toast's own close button shows only an icon, and libadwaita 1.2
   * gives it no name a screen reader could say. */
  for (GtkWidget *child = gtk_widget_get_first_child (toast_widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_BUTTON (child) && gtk_button_get_label (GTK_BUTTON (child)) == NULL)
      gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Close"),
                                      -1);
}

/* A toast's title and button as widgets of Upright's own: the button of a
 * toast lives in the overlay, above the page whose action it names, where
 * that action cannot be reached and the button would stay insensitive; and
 * its accessible name would carry the mnemonic twice. This button
 * activates the action on @widget itself, for as long as @widget lives. */
static void
build_title (GtkWidget *widget,
             AdwToast  *toast)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (adw_toast_get_title (toast));
  const char *button_label = adw_toast_get_button_label (toast);
  const char *action_name = adw_toast_get_action_name (toast);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);

  if (button_label != NULL && action_name != NULL)
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (button_label);
      GVariant *target = adw_toast_get_action_target_value (toast);

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      g_object_set_data (G_OBJECT (button), "upright-toast", toast);
      g_object_set_data_full (G_OBJECT (button), "upright-action", g_strdup (action_name), g_free);
      if (target != NULL)
        g_object_set_data_full (G_OBJECT (button), "upright-target", g_variant_ref_sink (target),
                                (GDestroyNotify) g_variant_unref);
      g_signal_connect_object (button, "clicked", G_CALLBACK (button_clicked_cb), widget, 0);
      gtk_box_append (GTK_BOX (box), button);

      adw_toast_set_action_name (toast, NULL);
      adw_toast_set_button_label (toast, NULL);
    }

  upright_accessible_fix_names (box);
  g_signal_connect (box, "map", G_CALLBACK (title_mapped_cb), NULL);
  adw_toast_set_custom_title (toast, box);
}

/**
 * upright_toast_show:
 * @widget: a widget inside a toast overlay
 * @toast: (transfer full): a toast
 *
 * Shows @toast at the bottom of the overlay @widget is in. Its button, if
 * it has one, activates its action on @widget. Outside an overlay, as in
 * some tests, the toast is dropped.
 */
void
upright_toast_show (GtkWidget *widget,
                    AdwToast  *toast)
{
  GtkWidget *overlay;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (ADW_IS_TOAST (toast));

  g_object_ref_sink (toast);
  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    {
      build_title (widget, toast);
      adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), g_object_ref (toast));
    }
  g_object_unref (toast);
}

/**
 * upright_toast_show_undo:
 * @widget: a widget inside a toast overlay
 * @title: what was done
 * @action_name: the action of @widget that undoes it
 *
 * Says what was done, with an Undo button, ahead of any other toast.
 */
void
upright_toast_show_undo (GtkWidget  *widget,
                         const char *title,
                         const char *action_name)
{
  AdwToast *toast;

  g_return_if_fail (title != NULL);
  g_return_if_fail (action_name != NULL);

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, action_name);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, UNDO_TIMEOUT_SECONDS);
  upright_toast_show (widget, toast);
}
