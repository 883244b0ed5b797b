/* upright-exercise-chooser.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "widgets/upright-exercise-row.h"

#include "upright-exercise-chooser.h"

/* Chooses an exercise to add to a routine: every exercise of the catalogue,
 * narrowed by a search, each marked when her safety answers advise against
 * it. Choosing one emits ::chosen with its id and closes the window; Enter
 * in the search chooses the first, Escape closes it.
 */
struct _UprightExerciseChooser
{
  AdwWindow             parent_instance;

  UprightCatalog       *catalog;
  UprightSafetyProfile *profile;
  GtkFilter            *filter;

  /* Template widgets */
  GtkEditable          *search_entry;
  GtkListBox           *list_box;
};

G_DEFINE_FINAL_TYPE (UprightExerciseChooser, upright_exercise_chooser, ADW_TYPE_WINDOW)

enum {
  CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
filter_cb (gpointer item,
           gpointer user_data)
{
  UprightExerciseChooser *self = user_data;

  return upright_exercise_matches (UPRIGHT_EXERCISE (item), gtk_editable_get_text (self->search_entry));
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  UprightExerciseChooser *self = user_data;
  GtkWidget *row = upright_exercise_row_new (item, self->profile);
  GtkWidget *icon;

  icon = gtk_image_new_from_icon_name ("list-add-symbolic");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Add"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);

  return row;
}

static void
row_activated_cb (UprightExerciseChooser *self,
                  GtkListBoxRow          *row)
{
  g_autofree char *id = g_strdup (gtk_widget_get_name (GTK_WIDGET (row)));

  /* Closed first, so that the focus can go where the handler puts it. */
  g_object_ref (self);
  gtk_window_destroy (GTK_WINDOW (self));
  g_signal_emit (self, signals[CHOSEN], 0, id);
  g_object_unref (self);
}

static void
search_changed_cb (UprightExerciseChooser *self)
{
  gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_DIFFERENT);
}

static void
search_activate_cb (UprightExerciseChooser *self)
{
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->list_box, 0);

  if (first != NULL)
    row_activated_cb (self, first);
}

/**
 * upright_exercise_chooser_new:
 * @catalog: the exercises to choose from
 * @profile: (nullable): her safety answers, to mark what is not advised
 *
 * Returns: (transfer full): a chooser, to make transient and present
 */
UprightExerciseChooser *
upright_exercise_chooser_new (UprightCatalog       *catalog,
                              UprightSafetyProfile *profile)
{
  UprightExerciseChooser *self;
  g_autoptr(GtkFilterListModel) filtered = NULL;

  g_return_val_if_fail (UPRIGHT_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (profile == NULL || UPRIGHT_IS_SAFETY_PROFILE (profile), NULL);

  self = g_object_new (UPRIGHT_TYPE_EXERCISE_CHOOSER, NULL);
  self->catalog = g_object_ref (catalog);
  self->profile = profile != NULL ? g_object_ref (profile) : NULL;

  filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (catalog)), g_object_ref (self->filter));
  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (filtered), create_row_cb, self, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));

  return self;
}

static void
upright_exercise_chooser_dispose (GObject *object)
{
  UprightExerciseChooser *self = UPRIGHT_EXERCISE_CHOOSER (object);

  if (self->list_box != NULL)
    gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (object), UPRIGHT_TYPE_EXERCISE_CHOOSER);

  g_clear_object (&self->filter);
  g_clear_object (&self->catalog);
  g_clear_object (&self->profile);

  G_OBJECT_CLASS (upright_exercise_chooser_parent_class)->dispose (object);
}

static void
upright_exercise_chooser_class_init (UprightExerciseChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = upright_exercise_chooser_dispose;

  /**
   * UprightExerciseChooser::chosen:
   * @self: the chooser
   * @id: the id of the exercise she chose
   *
   * Emitted once, as the chooser closes.
   */
  signals[CHOSEN] =
    g_signal_new ("chosen",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/upright-exercise-chooser.ui");
  gtk_widget_class_bind_template_child (widget_class, UprightExerciseChooser, search_entry);
  gtk_widget_class_bind_template_child (widget_class, UprightExerciseChooser, list_box);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, gtk_window_destroy);

  /* Escape closes it, as it closes a dialog. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
upright_exercise_chooser_init (UprightExerciseChooser *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->filter = GTK_FILTER (gtk_custom_filter_new (filter_cb, self, NULL));
}
