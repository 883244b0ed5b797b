/* upright-exercises-page.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "upright-exercises-page.h"

struct _UprightExercisesPage
{
  GtkWidget      parent_instance;

  AdwStatusPage *status_page;
};

G_DEFINE_FINAL_TYPE (UprightExercisesPage, upright_exercises_page, GTK_TYPE_WIDGET)

static void
upright_exercises_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), UPRIGHT_TYPE_EXERCISES_PAGE);

  G_OBJECT_CLASS (upright_exercises_page_parent_class)->dispose (object);
}

static void
upright_exercises_page_class_init (UprightExercisesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = upright_exercises_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/upright-exercises-page.ui");
  gtk_widget_class_bind_template_child (widget_class, UprightExercisesPage, status_page);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
upright_exercises_page_init (UprightExercisesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
