/* upright-progress-files.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "core/upright-catalog.h"
#include "core/upright-journal.h"
#include "core/upright-stats.h"

G_BEGIN_DECLS

#define UPRIGHT_TYPE_PROGRESS_FILES (upright_progress_files_get_type ())

G_DECLARE_FINAL_TYPE (UprightProgressFiles, upright_progress_files, UPRIGHT, PROGRESS_FILES, GObject)

UprightProgressFiles *upright_progress_files_new           (GtkWidget             *owner,
                                                            UprightJournal        *journal,
                                                            UprightCatalog        *catalog);
GBytes               *upright_progress_files_make_report   (UprightProgressFiles  *self,
                                                            const UprightGoals    *goals,
                                                            const GDate           *today,
                                                            guint                  n_weeks,
                                                            GError               **error);
void                  upright_progress_files_export_report (UprightProgressFiles  *self,
                                                            const UprightGoals    *goals,
                                                            const GDate           *today,
                                                            guint                  n_weeks);
void                  upright_progress_files_export_csv    (UprightProgressFiles  *self);
void                  upright_progress_files_backup        (UprightProgressFiles  *self);
void                  upright_progress_files_choose_backup (UprightProgressFiles  *self);
gboolean              upright_progress_files_restore       (UprightProgressFiles  *self,
                                                            GBytes                *bytes,
                                                            GError               **error);
void                  upright_progress_files_undo_restore  (UprightProgressFiles  *self);

G_END_DECLS
