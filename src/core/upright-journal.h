/* upright-journal.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "upright-record.h"

G_BEGIN_DECLS

#define UPRIGHT_JOURNAL_VERSION 1

#define UPRIGHT_TYPE_JOURNAL (upright_journal_get_type ())

G_DECLARE_FINAL_TYPE (UprightJournal, upright_journal, UPRIGHT, JOURNAL, GObject)

UprightJournal *upright_journal_new                (GFile                *file);
GFile          *upright_journal_get_file           (UprightJournal       *self);

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

void            upright_journal_flush_async        (UprightJournal       *self,
                                                    GCancellable         *cancellable,
                                                    GAsyncReadyCallback   callback,
                                                    gpointer              user_data);
gboolean        upright_journal_flush_finish       (UprightJournal       *self,
                                                    GAsyncResult         *result,
                                                    GError              **error);

G_END_DECLS
