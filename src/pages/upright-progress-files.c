/* upright-progress-files.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include <string.h>

#include "core/upright-export.h"
#include "draw/upright-report.h"
#include "widgets/upright-toast.h"

#include "upright-progress-files.h"

/* The Progress page's files: the report for a clinician (PDF), the records
 * as a spreadsheet (CSV), and a backup of the journal to save or restore.
 * Each starts with a file chooser and does its work in the background; a
 * failure is a dialog that stays until she closes it, and a restore can be
 * undone from its toast (progress.undo-restore, which the page provides).
 */
struct _UprightProgressFiles
{
  GObject         parent_instance;

  /* Weak: the page, for the dialogs' parent and the toasts. */
  GtkWidget      *owner;
  UprightJournal *journal;
  UprightCatalog *catalog;

  /* What the report being saved covers. */
  UprightGoals    report_goals;
  GDate           report_today;
  guint           report_weeks;

  /* The journal as it was before a backup was restored, for Undo. */
  GBytes         *before_restore;
};

G_DEFINE_FINAL_TYPE (UprightProgressFiles, upright_progress_files, G_TYPE_OBJECT)

typedef void (*ChosenFunc) (UprightProgressFiles *self,
                            GFile                *file);

static GtkWindow *
get_parent_window (UprightProgressFiles *self)
{
  GtkRoot *root = self->owner != NULL ? gtk_widget_get_root (self->owner) : NULL;

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
show_error (UprightProgressFiles *self,
            const char           *title,
            const GError         *error)
{
  GtkWidget *dialog = adw_message_dialog_new (get_parent_window (self), title, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
saved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(UprightProgressFiles) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *display = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  if (!g_file_replace_contents_finish (G_FILE (object), result, NULL, &error))
    {
      show_error (self, _("The File Could Not Be Saved"), error);
      return;
    }

  if (self->owner == NULL)
    return;

  path = g_file_get_path (G_FILE (object));
  display = path != NULL ? g_filename_display_basename (path) : g_file_get_parse_name (G_FILE (object));
  /* A toast's title is markup; a file name need not be UTF-8. */
  name = g_markup_escape_text (display, -1);
  /* Translators: %s is the name of a file */
  title = g_strdup_printf (_("Saved as “%s”"), name);
  upright_toast_show (self->owner, adw_toast_new (title));
}

static void
save_bytes (UprightProgressFiles *self,
            GFile                *file,
            GBytes               *bytes)
{
  g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE,
                                       G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                                       NULL, saved_cb, g_object_ref (self));
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     gpointer         user_data)
{
  UprightProgressFiles *self = g_object_get_data (G_OBJECT (chooser), "files");
  ChosenFunc func = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        func (self, file);
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
choose_file (UprightProgressFiles *self,
             const char           *title,
             GtkFileChooserAction  action,
             const char           *accept,
             const char           *name,
             const char           *mime_type,
             const char           *filter_name,
             ChosenFunc            func)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (title, get_parent_window (self), action, accept, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  if (name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_filter_set_name (filter, filter_name);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);

  g_object_set_data_full (G_OBJECT (chooser), "files", g_object_ref (self), g_object_unref);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), func);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static char *
dated_name (const char *what,
            const char *extension)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");

  return g_strdup_printf ("%s %s.%s", what, date, extension);
}

/* The report */

/**
 * upright_progress_files_make_report:
 * @self: the Progress page's files
 * @goals: the weekly goals
 * @today: the last day the report covers
 * @n_weeks: 4 or 12, or any number of weeks
 * @error: where to say what went wrong
 *
 * Returns: (transfer full) (nullable): the PDF report of the last @n_weeks
 */
GBytes *
upright_progress_files_make_report (UprightProgressFiles  *self,
                                    const UprightGoals    *goals,
                                    const GDate           *today,
                                    guint                  n_weeks,
                                    GError               **error)
{
  UprightReport report = { 0 };

  g_return_val_if_fail (UPRIGHT_IS_PROGRESS_FILES (self), NULL);
  g_return_val_if_fail (goals != NULL, NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  report.records = G_LIST_MODEL (self->journal);
  report.assessments = upright_journal_get_assessments (self->journal);
  report.catalog = self->catalog;
  report.goals = *goals;
  report.today = *today;
  report.n_weeks = n_weeks;

  return upright_report_to_pdf (&report, error);
}

static void
report_chosen (UprightProgressFiles *self,
               GFile                *file)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  bytes = upright_progress_files_make_report (self, &self->report_goals, &self->report_today,
                                              self->report_weeks, &error);
  if (bytes == NULL)
    show_error (self, _("The Report Could Not Be Made"), error);
  else
    save_bytes (self, file, bytes);
}

/**
 * upright_progress_files_export_report:
 * @self: the Progress page's files
 * @goals: the weekly goals
 * @today: the last day the report covers
 * @n_weeks: how many weeks it covers
 *
 * Asks where to save the report, then makes it and saves it there.
 */
void
upright_progress_files_export_report (UprightProgressFiles *self,
                                      const UprightGoals   *goals,
                                      const GDate          *today,
                                      guint                 n_weeks)
{
  g_autofree char *name = NULL;

  g_return_if_fail (UPRIGHT_IS_PROGRESS_FILES (self));
  g_return_if_fail (goals != NULL);
  g_return_if_fail (today != NULL && g_date_valid (today));

  self->report_goals = *goals;
  self->report_today = *today;
  self->report_weeks = n_weeks;

  /* Translators: the start of a report's file name, followed by the date */
  name = dated_name (_("Exercise report"), "pdf");
  choose_file (self, _("Save the Report"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"),
               name, "application/pdf", _("PDF Documents"), report_chosen);
}

/* The spreadsheet */

static void
csv_chosen (UprightProgressFiles *self,
            GFile                *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = upright_export_csv (G_LIST_MODEL (self->journal), self->catalog, &error);
  g_autoptr(GBytes) bytes = NULL;
  gsize length;

  if (csv == NULL)
    {
      show_error (self, _("The Spreadsheet Could Not Be Made"), error);
      return;
    }

  length = strlen (csv);
  bytes = g_bytes_new_take (g_steal_pointer (&csv), length);
  save_bytes (self, file, bytes);
}

void
upright_progress_files_export_csv (UprightProgressFiles *self)
{
  g_autofree char *name = NULL;

  g_return_if_fail (UPRIGHT_IS_PROGRESS_FILES (self));

  /* Translators: the start of a spreadsheet's file name, followed by the date */
  name = dated_name (_("Exercise records"), "csv");
  choose_file (self, _("Save the Records as a Spreadsheet"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"),
               name, "text/csv", _("Spreadsheets (CSV)"), csv_chosen);
}

/* Backups */

static void
backup_chosen (UprightProgressFiles *self,
               GFile                *file)
{
  g_autoptr(GBytes) bytes = upright_journal_to_bytes (self->journal);

  save_bytes (self, file, bytes);
}

void
upright_progress_files_backup (UprightProgressFiles *self)
{
  g_autofree char *name = NULL;

  g_return_if_fail (UPRIGHT_IS_PROGRESS_FILES (self));

  /* Translators: the start of a backup's file name, followed by the date */
  name = dated_name (_("Upright backup"), "json");
  choose_file (self, _("Save a Backup"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"),
               name, "application/json", _("Upright Backups (JSON)"), backup_chosen);
}

/**
 * upright_progress_files_restore:
 * @self: the Progress page's files
 * @bytes: the contents of a backup
 * @error: where to say why it cannot be restored
 *
 * Replaces the journal with the backup, checked first, and offers to undo.
 *
 * Returns: whether the backup was restored
 */
gboolean
upright_progress_files_restore (UprightProgressFiles  *self,
                                GBytes                *bytes,
                                GError               **error)
{
  g_autoptr(GBytes) before = NULL;
  g_autofree char *title = NULL;
  guint n;

  g_return_val_if_fail (UPRIGHT_IS_PROGRESS_FILES (self), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  before = upright_journal_to_bytes (self->journal);
  if (!upright_journal_restore (self->journal, bytes, error))
    return FALSE;
  upright_journal_flush_async (self->journal, NULL, NULL, NULL);

  g_clear_pointer (&self->before_restore, g_bytes_unref);
  self->before_restore = g_steal_pointer (&before);

  if (self->owner != NULL)
    {
      n = g_list_model_get_n_items (G_LIST_MODEL (self->journal));
      title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Backup restored: %u record",
                                            "Backup restored: %u records", n),
                               n);
      upright_toast_show_undo (self->owner, title, "progress.undo-restore");
    }

  return TRUE;
}

static void
restore_loaded_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(UprightProgressFiles) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  bytes = g_file_load_bytes_finish (G_FILE (object), result, NULL, &error);
  if (bytes == NULL || !upright_progress_files_restore (self, bytes, &error))
    show_error (self, _("The Backup Could Not Be Restored"), error);
}

static void
restore_chosen (UprightProgressFiles *self,
                GFile                *file)
{
  g_file_load_bytes_async (file, NULL, restore_loaded_cb, g_object_ref (self));
}

/**
 * upright_progress_files_choose_backup:
 * @self: the Progress page's files
 *
 * Asks for a backup, then restores it.
 */
void
upright_progress_files_choose_backup (UprightProgressFiles *self)
{
  g_return_if_fail (UPRIGHT_IS_PROGRESS_FILES (self));

  choose_file (self, _("Restore a Backup"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Restore"),
               NULL, "application/json", _("Upright Backups (JSON)"), restore_chosen);
}

/**
 * upright_progress_files_undo_restore:
 * @self: the Progress page's files
 *
 * Puts back the journal as it was before the last restore, once.
 */
void
upright_progress_files_undo_restore (UprightProgressFiles *self)
{
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (UPRIGHT_IS_PROGRESS_FILES (self));

  before = g_steal_pointer (&self->before_restore);
  if (before == NULL)
    return;

  if (upright_journal_restore (self->journal, before, &error))
    upright_journal_flush_async (self->journal, NULL, NULL, NULL);
  else
    show_error (self, _("The Backup Could Not Be Undone"), error);
}

/**
 * upright_progress_files_new:
 * @owner: the widget whose window the dialogs belong to and whose toasts
 *   say what happened
 * @journal: the user's journal
 * @catalog: (nullable): the exercises, for their titles
 *
 * Returns: (transfer full): the files of @journal
 */
UprightProgressFiles *
upright_progress_files_new (GtkWidget      *owner,
                            UprightJournal *journal,
                            UprightCatalog *catalog)
{
  UprightProgressFiles *self;

  g_return_val_if_fail (GTK_IS_WIDGET (owner), NULL);
  g_return_val_if_fail (UPRIGHT_IS_JOURNAL (journal), NULL);
  g_return_val_if_fail (catalog == NULL || UPRIGHT_IS_CATALOG (catalog), NULL);

  self = g_object_new (UPRIGHT_TYPE_PROGRESS_FILES, NULL);
  self->owner = owner;
  g_object_add_weak_pointer (G_OBJECT (owner), (gpointer *) &self->owner);
  self->journal = g_object_ref (journal);
  self->catalog = catalog != NULL ? g_object_ref (catalog) : NULL;

  return self;
}

static void
upright_progress_files_finalize (GObject *object)
{
  UprightProgressFiles *self = UPRIGHT_PROGRESS_FILES (object);

  if (self->owner != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->owner), (gpointer *) &self->owner);
  g_clear_pointer (&self->before_restore, g_bytes_unref);
  g_clear_object (&self->journal);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (upright_progress_files_parent_class)->finalize (object);
}

static void
upright_progress_files_class_init (UprightProgressFilesClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = upright_progress_files_finalize;
}

static void
upright_progress_files_init (UprightProgressFiles *self)
{
  g_date_clear (&self->report_today, 1);
}
