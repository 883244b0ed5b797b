/* upright-progress-page.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "core/upright-catalog.h"
#include "core/upright-journal.h"
#include "core/upright-stats.h"
#include "media/upright-cue-sound.h"

G_BEGIN_DECLS

#define UPRIGHT_TYPE_PROGRESS_PAGE (upright_progress_page_get_type ())

G_DECLARE_FINAL_TYPE (UprightProgressPage, upright_progress_page, UPRIGHT, PROGRESS_PAGE, GtkWidget)

void     upright_progress_page_setup     (UprightProgressPage *self,
                                          UprightJournal      *journal,
                                          UprightCatalog      *catalog,
                                          GSettings           *settings,
                                          UprightCueSound     *cues);
void     upright_progress_page_set_today (UprightProgressPage *self,
                                          const GDate         *today);
void     upright_progress_page_refresh   (UprightProgressPage *self);
void     upright_progress_page_get_goals (UprightProgressPage *self,
                                          UprightGoals        *goals);
GBytes  *upright_progress_page_make_report (UprightProgressPage  *self,
                                            guint                 n_weeks,
                                            GError              **error);
gboolean upright_progress_page_restore   (UprightProgressPage  *self,
                                          GBytes               *bytes,
                                          GError              **error);

G_END_DECLS
