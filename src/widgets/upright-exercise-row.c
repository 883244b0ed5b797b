/* upright-exercise-row.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "upright-accessible.h"
#include "upright-exercise-row.h"
#include "upright-safety-icon.h"

/**
 * upright_exercise_row_new:
 * @exercise: an exercise
 * @profile: (nullable): her safety answers
 *
 * An exercise in a list, as every list of exercises shows it: its title,
 * its category and dose, and a warning when @profile advises against it,
 * which a screen reader says too. The row is activatable and named by the
 * exercise's id; what it opens and what it ends with are the list's.
 *
 * Returns: (transfer floating): an #AdwActionRow
 */
GtkWidget *
upright_exercise_row_new (UprightExercise      *exercise,
                          UprightSafetyProfile *profile)
{
  g_autofree char *dose = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *description = NULL;
  GtkWidget *row, *warning;

  g_return_val_if_fail (UPRIGHT_IS_EXERCISE (exercise), NULL);
  g_return_val_if_fail (profile == NULL || UPRIGHT_IS_SAFETY_PROFILE (profile), NULL);

  dose = upright_exercise_format_dose (exercise);
  /* Translators: an exercise's category, then its dose: “Strength · 2 sets × 10 reps”. */
  subtitle = g_strdup_printf (_("%s · %s"),
                              upright_category_get_title (upright_exercise_get_category (exercise)),
                              dose);

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), upright_exercise_get_title (exercise));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  upright_accessible_add_activate (row);
  gtk_widget_set_name (row, upright_exercise_get_id (exercise));

  warning = profile != NULL ? upright_safety_icon_new (profile, exercise, &description) : NULL;
  if (warning != NULL)
    {
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), warning);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                      -1);
      gtk_widget_add_css_class (row, "not-advised");
    }

  return row;
}
