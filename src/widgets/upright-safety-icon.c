/* upright-safety-icon.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "upright-safety-icon.h"

/**
 * upright_safety_icon_new:
 * @profile: the user's safety profile
 * @exercise: an exercise
 * @description: (out) (optional): why it is not advised, for the row it
 *   marks to describe itself with
 *
 * Makes the warning that marks an exercise in a list when her profile
 * advises against it, with the reasons in its tooltip.
 *
 * Returns: (transfer floating) (nullable): the warning, or %NULL when the
 *   exercise is advised
 */
GtkWidget *
upright_safety_icon_new (UprightSafetyProfile  *profile,
                         UprightExercise       *exercise,
                         char                 **description)
{
  g_auto(GStrv) reasons = NULL;
  g_autofree char *why = NULL;
  g_autofree char *tooltip = NULL;
  GtkWidget *icon;

  g_return_val_if_fail (UPRIGHT_IS_SAFETY_PROFILE (profile), NULL);
  g_return_val_if_fail (UPRIGHT_IS_EXERCISE (exercise), NULL);

  if (description != NULL)
    *description = NULL;

  if (upright_safety_profile_advises (profile, exercise))
    return NULL;

  reasons = upright_safety_profile_explain (profile, exercise);
  why = g_strjoinv ("\n", reasons);
  tooltip = g_strdup_printf ("%s\n%s", _("Not advised for you"), why);

  icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  gtk_widget_set_name (icon, "warning");
  gtk_widget_set_tooltip_text (icon, tooltip);
  gtk_widget_add_css_class (icon, "warning");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Not advised for you"),
                                  -1);

  if (description != NULL)
    *description = g_steal_pointer (&tooltip);

  return icon;
}
