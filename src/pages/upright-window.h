/* upright-window.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "core/upright-article-library.h"
#include "core/upright-catalog.h"
#include "core/upright-journal.h"
#include "core/upright-plan.h"
#include "core/upright-safety-profile.h"
#include "media/upright-cue-sound.h"

G_BEGIN_DECLS

/**
 * UprightWindowModels:
 * @settings: the settings the window reads and saves its state in
 * @catalog: (nullable): the exercises, or %NULL when they could not be loaded
 * @catalog_error: (nullable): why @catalog is %NULL
 * @library: (nullable): the articles, or %NULL when they could not be loaded
 * @library_error: (nullable): why @library is %NULL
 * @profile: the user's safety profile
 * @plan: the user's bookmarks and reading
 * @journal: the user's record of exercise
 * @cues: (nullable): the sound cues of timed sessions
 *
 * What the application owns and its windows show.
 */
typedef struct {
  GSettings             *settings;
  UprightCatalog        *catalog;
  const GError          *catalog_error;
  UprightArticleLibrary *library;
  const GError          *library_error;
  UprightSafetyProfile  *profile;
  UprightPlan           *plan;
  UprightJournal        *journal;
  UprightCueSound       *cues;
} UprightWindowModels;

#define UPRIGHT_TYPE_WINDOW (upright_window_get_type ())

G_DECLARE_FINAL_TYPE (UprightWindow, upright_window, UPRIGHT, WINDOW, AdwApplicationWindow)

UprightWindow *upright_window_new              (GtkApplication            *application,
                                                const UprightWindowModels *models);
GSettings     *upright_window_get_settings     (UprightWindow             *self);
const char    *upright_window_get_visible_page (UprightWindow             *self);
void           upright_window_set_visible_page (UprightWindow             *self,
                                                const char                *name);
GtkWidget     *upright_window_get_page         (UprightWindow             *self,
                                                const char                *name);
void           upright_window_add_toast        (UprightWindow             *self,
                                                AdwToast                  *toast);
gboolean       upright_window_start_session    (UprightWindow             *self,
                                                const char                *exercise_id);
gboolean       upright_window_start_routine    (UprightWindow             *self,
                                                UprightRoutine            *routine);
gboolean       upright_window_get_in_session   (UprightWindow             *self);
void           upright_window_show_notice      (UprightWindow             *self,
                                                const char                *id,
                                                const char                *text,
                                                ...) G_GNUC_NULL_TERMINATED;
void           upright_window_hide_notice      (UprightWindow             *self,
                                                const char                *id);

G_END_DECLS
