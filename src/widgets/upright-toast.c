/* upright-toast.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "upright-toast.h"

/**
 * upright_toast_show:
 * @widget: a widget inside a toast overlay
 * @toast: (transfer full): a toast
 *
 * Shows @toast at the bottom of the overlay @widget is in. Outside one,
 * as in some tests, the toast is dropped.
 */
void
upright_toast_show (GtkWidget *widget,
                    AdwToast  *toast)
{
  GtkWidget *overlay;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (ADW_IS_TOAST (toast));

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

/**
 * upright_toast_show_undo:
 * @widget: a widget inside a toast overlay
 * @title: what was done
 * @action_name: the action that undoes it
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
  upright_toast_show (widget, toast);
}
