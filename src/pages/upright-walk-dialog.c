/* upright-walk-dialog.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "core/upright-record.h"
#include "widgets/upright-accessible.h"

#include "upright-walk-dialog.h"

/* Logs a walk she took without the timer, in minutes, today or on one of
 * the days before: walking counts towards the week as impact.
 */
struct _UprightWalkDialog
{
  AdwWindow        parent_instance;

  UprightJournal  *journal;

  /* Template widgets */
  GtkSpinButton   *minutes_spin;
  AdwComboRow     *day_row;
  GtkWidget       *log_button;
};

G_DEFINE_FINAL_TYPE (UprightWalkDialog, upright_walk_dialog, ADW_TYPE_WINDOW)

static void
log_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  UprightWalkDialog *self = UPRIGHT_WALK_DIALOG (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) day = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(UprightRecord) walk = NULL;
  guint minutes;
  guint days_ago;

  if (self->journal == NULL || !upright_journal_is_loaded (self->journal))
    return;

  gtk_spin_button_update (self->minutes_spin);
  minutes = (guint) gtk_spin_button_get_value_as_int (self->minutes_spin);
  minutes = CLAMP (minutes, 1, UPRIGHT_RECORD_MAX_WALK_MINUTES);
  days_ago = adw_combo_row_get_selected (self->day_row);

  /* The walk ended now, or at this time of day on an earlier day. */
  day = g_date_time_add_days (now, -(int) MIN (days_ago, 6));
  start = g_date_time_add_minutes (day, -(int) minutes);
  walk = upright_record_new_walk (start, minutes);
  upright_journal_add (self->journal, walk);

  gtk_window_close (GTK_WINDOW (self));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
upright_walk_dialog_dispose (GObject *object)
{
  UprightWalkDialog *self = UPRIGHT_WALK_DIALOG (object);

  g_clear_object (&self->journal);

  G_OBJECT_CLASS (upright_walk_dialog_parent_class)->dispose (object);
}

static void
upright_walk_dialog_class_init (UprightWalkDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = upright_walk_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/upright-walk-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, UprightWalkDialog, minutes_spin);
  gtk_widget_class_bind_template_child (widget_class, UprightWalkDialog, day_row);
  gtk_widget_class_bind_template_child (widget_class, UprightWalkDialog, log_button);

  gtk_widget_class_install_action (widget_class, "walk.log", NULL, log_action);
  gtk_widget_class_install_action (widget_class, "walk.cancel", NULL, cancel_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "walk.cancel", NULL);
}

static void
upright_walk_dialog_init (UprightWalkDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* One name for each button, without its mnemonic's underscore. */
  upright_accessible_fix_names (GTK_WIDGET (self));
}

/**
 * upright_walk_dialog_new:
 * @journal: where the walk goes
 *
 * Returns: (transfer full): a new window asking how long she walked
 */
UprightWalkDialog *
upright_walk_dialog_new (UprightJournal *journal)
{
  UprightWalkDialog *self;

  g_return_val_if_fail (UPRIGHT_IS_JOURNAL (journal), NULL);

  self = g_object_new (UPRIGHT_TYPE_WALK_DIALOG, NULL);
  self->journal = g_object_ref (journal);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "walk.log", upright_journal_is_loaded (journal));
  gtk_widget_grab_focus (GTK_WIDGET (self->minutes_spin));

  return self;
}
