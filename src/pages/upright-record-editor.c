/* upright-record-editor.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "widgets/upright-accessible.h"

#include "upright-record-editor.h"

/* Changes how an exercise went: whether she did it all, the effort, the
 * pain and a note. Not what was done, which the timer counted. Save
 * replaces the record with an edited copy, unless the record has gone
 * from the journal meanwhile (deleted, or a backup restored).
 */
struct _UprightRecordEditor
{
  AdwWindow       parent_instance;

  UprightJournal *journal;
  UprightRecord  *record;

  /* Template widgets */
  GtkSwitch      *completed_switch;
  GtkSpinButton  *effort_spin;
  GtkSpinButton  *pain_spin;
  GtkEditable    *note_entry;
};

G_DEFINE_FINAL_TYPE (UprightRecordEditor, upright_record_editor, ADW_TYPE_WINDOW)

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  UprightRecordEditor *self = UPRIGHT_RECORD_EDITOR (widget);
  g_autofree char *note = g_strstrip (g_strdup (gtk_editable_get_text (self->note_entry)));
  g_autoptr(UprightRecord) copy = upright_record_copy (self->record);

  /* A figure typed but not yet taken counts. */
  gtk_spin_button_update (self->effort_spin);
  gtk_spin_button_update (self->pain_spin);

  upright_record_set_completed (copy, gtk_switch_get_active (self->completed_switch));
  upright_record_set_effort (copy, (guint) gtk_spin_button_get_value_as_int (self->effort_spin));
  upright_record_set_pain (copy, (guint) gtk_spin_button_get_value_as_int (self->pain_spin));
  upright_record_set_note (copy, *note != '\0' ? note : NULL);

  if (upright_journal_lookup (self->journal, upright_record_get_id (self->record)) == self->record)
    {
      upright_journal_replace (self->journal, copy);
      upright_journal_flush_async (self->journal, NULL, NULL, NULL);
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

/**
 * upright_record_editor_new:
 * @journal: the journal @record is in
 * @record: the record to edit
 * @title: what the record is of, for the window's title
 *
 * Returns: (transfer full): a dialog showing @record, to present
 */
UprightRecordEditor *
upright_record_editor_new (UprightJournal *journal,
                           UprightRecord  *record,
                           const char     *title)
{
  UprightRecordEditor *self;
  const char *note;

  g_return_val_if_fail (UPRIGHT_IS_JOURNAL (journal), NULL);
  g_return_val_if_fail (UPRIGHT_IS_RECORD (record), NULL);
  g_return_val_if_fail (title != NULL, NULL);

  self = g_object_new (UPRIGHT_TYPE_RECORD_EDITOR, "title", title, NULL);
  self->journal = g_object_ref (journal);
  self->record = g_object_ref (record);

  note = upright_record_get_note (record);
  gtk_switch_set_active (self->completed_switch, upright_record_get_completed (record));
  gtk_spin_button_set_value (self->effort_spin, upright_record_get_effort (record));
  gtk_spin_button_set_value (self->pain_spin, upright_record_get_pain (record));
  gtk_editable_set_text (self->note_entry, note != NULL ? note : "");

  return self;
}

static void
upright_record_editor_dispose (GObject *object)
{
  UprightRecordEditor *self = UPRIGHT_RECORD_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), UPRIGHT_TYPE_RECORD_EDITOR);

  g_clear_object (&self->journal);
  g_clear_object (&self->record);

  G_OBJECT_CLASS (upright_record_editor_parent_class)->dispose (object);
}

static void
upright_record_editor_class_init (UprightRecordEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = upright_record_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/upright-record-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, UprightRecordEditor, completed_switch);
  gtk_widget_class_bind_template_child (widget_class, UprightRecordEditor, effort_spin);
  gtk_widget_class_bind_template_child (widget_class, UprightRecordEditor, pain_spin);
  gtk_widget_class_bind_template_child (widget_class, UprightRecordEditor, note_entry);

  gtk_widget_class_install_action (widget_class, "record.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
upright_record_editor_init (UprightRecordEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* One name for each control, without the mnemonic of its row's title. */
  upright_accessible_set_label (GTK_WIDGET (self->completed_switch), _("I did it all"));
  upright_accessible_set_label (GTK_WIDGET (self->effort_spin), _("Effort"));
  upright_accessible_set_label (GTK_WIDGET (self->pain_spin), _("Pain"));
  upright_accessible_set_label (GTK_WIDGET (self->note_entry), _("Note"));
  upright_accessible_fix_names (GTK_WIDGET (self));
}
