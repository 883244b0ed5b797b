/* upright-session-page.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "core/upright-catalog.h"
#include "core/upright-exercise.h"
#include "core/upright-interval-timer.h"
#include "core/upright-journal.h"
#include "core/upright-routine.h"
#include "core/upright-session.h"
#include "media/upright-cue-sound.h"

#include "media/upright-camera.h"
#include "media/upright-speech.h"

G_BEGIN_DECLS

#define UPRIGHT_TYPE_SESSION_PAGE (upright_session_page_get_type ())

G_DECLARE_FINAL_TYPE (UprightSessionPage, upright_session_page, UPRIGHT, SESSION_PAGE, GtkWidget)

void                  upright_session_page_setup     (UprightSessionPage *self,
                                                      GSettings          *settings,
                                                      UprightJournal     *journal,
                                                      UprightPlan        *plan,
                                                      UprightCueSound    *cues);
void                  upright_session_page_start     (UprightSessionPage *self,
                                                      UprightExercise    *exercise);
gboolean              upright_session_page_start_routine (UprightSessionPage *self,
                                                          UprightRoutine     *routine,
                                                          UprightCatalog     *catalog);
guint                 upright_session_page_get_position  (UprightSessionPage *self,
                                                          guint              *n_exercises);
UprightExercise      *upright_session_page_get_exercise  (UprightSessionPage *self);
UprightCamera        *upright_session_page_get_camera    (UprightSessionPage *self);
UprightSpeech        *upright_session_page_get_speech    (UprightSessionPage *self);
UprightSession       *upright_session_page_get_session   (UprightSessionPage *self);
UprightIntervalTimer *upright_session_page_get_timer (UprightSessionPage *self);
const char           *upright_session_page_get_stage (UprightSessionPage *self);
void                  upright_session_page_focus     (UprightSessionPage *self);

G_END_DECLS
