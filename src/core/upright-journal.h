/* upright-journal.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "upright-assessment.h"
#include "upright-record.h"
#include "upright-store.h"

G_BEGIN_DECLS

#define UPRIGHT_JOURNAL_VERSION 1

#define UPRIGHT_JOURNAL_ERROR (upright_journal_error_quark ())

/**
 * UprightJournalError:
 * @UPRIGHT_JOURNAL_ERROR_NOT_A_JOURNAL: the file is not a journal at all
 * @UPRIGHT_JOURNAL_ERROR_NEWER_VERSION: a newer Upright wrote the file
 * @UPRIGHT_JOURNAL_ERROR_DAMAGED: a record or self-test cannot be read
 *
 * The messages say so in plain words, translated; what exactly is wrong
 * goes to the debug log.
 */
typedef enum {
  UPRIGHT_JOURNAL_ERROR_NOT_A_JOURNAL,
  UPRIGHT_JOURNAL_ERROR_NEWER_VERSION,
  UPRIGHT_JOURNAL_ERROR_DAMAGED,
} UprightJournalError;

GQuark upright_journal_error_quark (void);

#define UPRIGHT_TYPE_JOURNAL (upright_journal_get_type ())

G_DECLARE_FINAL_TYPE (UprightJournal, upright_journal, UPRIGHT, JOURNAL, GObject)

UprightJournal *upright_journal_new                (GFile                *file);
GFile          *upright_journal_get_file           (UprightJournal       *self);
UprightStore   *upright_journal_get_store          (UprightJournal       *self);

void            upright_journal_load_async         (UprightJournal       *self,
                                                    GCancellable         *cancellable,
                                                    GAsyncReadyCallback   callback,
                                                    gpointer              user_data);
gboolean        upright_journal_load_finish        (UprightJournal       *self,
                                                    GAsyncResult         *result,
                                                    GError              **error);
gboolean        upright_journal_is_loaded          (UprightJournal       *self);
GFile          *upright_journal_get_recovered_file (UprightJournal       *self);

void            upright_journal_add                (UprightJournal       *self,
                                                    UprightRecord        *record);
UprightRecord  *upright_journal_remove             (UprightJournal       *self,
                                                    const char           *id);
void            upright_journal_insert             (UprightJournal       *self,
                                                    UprightRecord        *record);
UprightRecord  *upright_journal_lookup             (UprightJournal       *self,
                                                    const char           *id);
void            upright_journal_replace            (UprightJournal       *self,
                                                    UprightRecord        *record);

GListModel     *upright_journal_get_assessments    (UprightJournal       *self);
void            upright_journal_add_assessment     (UprightJournal       *self,
                                                    UprightAssessment    *assessment);
UprightAssessment *upright_journal_lookup_assessment (UprightJournal     *self,
                                                    const char           *id);
UprightAssessment *upright_journal_remove_assessment (UprightJournal     *self,
                                                    const char           *id);

GBytes         *upright_journal_to_bytes           (UprightJournal       *self);
gboolean        upright_journal_restore            (UprightJournal       *self,
                                                    GBytes               *bytes,
                                                    GError              **error);
void            upright_journal_restore_last_good_async  (UprightJournal       *self,
                                                          GCancellable         *cancellable,
                                                          GAsyncReadyCallback   callback,
                                                          gpointer              user_data);
gboolean        upright_journal_restore_last_good_finish (UprightJournal       *self,
                                                          GAsyncResult         *result,
                                                          GError              **error);

void            upright_journal_flush_async        (UprightJournal       *self,
                                                    GCancellable         *cancellable,
                                                    GAsyncReadyCallback   callback,
                                                    gpointer              user_data);
gboolean        upright_journal_flush_finish       (UprightJournal       *self,
                                                    GAsyncResult         *result,
                                                    GError              **error);
gboolean        upright_journal_close              (UprightJournal       *self,
                                                    GError              **error);

G_END_DECLS
