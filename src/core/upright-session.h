/* upright-session.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "upright-catalog.h"
#include "upright-cue.h"
#include "upright-interval-timer.h"
#include "upright-journal.h"
#include "upright-plan.h"
#include "upright-record.h"
#include "upright-routine.h"
#include "upright-video-choice.h"

G_BEGIN_DECLS

/**
 * UprightSessionStage:
 * @UPRIGHT_SESSION_STAGE_SETUP: she checks the dose of the exercise
 * @UPRIGHT_SESSION_STAGE_RUNNING: the timer counts her through it
 * @UPRIGHT_SESSION_STAGE_REVIEW: she says how it went
 * @UPRIGHT_SESSION_STAGE_DONE: the session is over
 */
typedef enum {
  UPRIGHT_SESSION_STAGE_SETUP,
  UPRIGHT_SESSION_STAGE_RUNNING,
  UPRIGHT_SESSION_STAGE_REVIEW,
  UPRIGHT_SESSION_STAGE_DONE,
} UprightSessionStage;

#define UPRIGHT_TYPE_SESSION (upright_session_get_type ())

G_DECLARE_FINAL_TYPE (UprightSession, upright_session, UPRIGHT, SESSION, GObject)

UprightSession      *upright_session_new              (UprightExercise      *exercise);
UprightSession      *upright_session_new_for_routine  (UprightRoutine       *routine,
                                                       UprightCatalog       *catalog);

void                 upright_session_set_journal      (UprightSession       *self,
                                                       UprightJournal       *journal);
void                 upright_session_set_plan         (UprightSession       *self,
                                                       UprightPlan          *plan);
void                 upright_session_set_defaults     (UprightSession       *self,
                                                       guint                 count_in_seconds,
                                                       guint                 rest_seconds);
void                 upright_session_set_clock        (UprightSession       *self,
                                                       UprightClockFunc      clock,
                                                       gpointer              user_data,
                                                       gboolean              auto_update);

UprightSessionStage  upright_session_get_stage        (UprightSession       *self);
const char          *upright_session_get_routine_name (UprightSession       *self);
guint                upright_session_get_position     (UprightSession       *self);
guint                upright_session_get_n_items      (UprightSession       *self);
UprightExercise     *upright_session_get_exercise     (UprightSession       *self);
UprightExercise     *upright_session_get_next_exercise (UprightSession      *self);
UprightVideoChoice  *upright_session_get_video        (UprightSession       *self);

const UprightDose   *upright_session_get_dose         (UprightSession       *self);
void                 upright_session_set_dose         (UprightSession       *self,
                                                       guint                 sets,
                                                       guint                 reps,
                                                       guint                 hold_seconds,
                                                       guint                 rest_seconds);
guint                upright_session_get_count_in     (UprightSession       *self);
void                 upright_session_set_count_in     (UprightSession       *self,
                                                       guint                 seconds);

void                 upright_session_begin            (UprightSession       *self);
UprightIntervalTimer *upright_session_get_timer       (UprightSession       *self);
gboolean             upright_session_get_paused       (UprightSession       *self);
void                 upright_session_toggle_pause     (UprightSession       *self);
void                 upright_session_skip             (UprightSession       *self);
void                 upright_session_stop             (UprightSession       *self);
const char          *upright_session_get_cue_text     (UprightSession       *self);

gboolean             upright_session_get_completed    (UprightSession       *self);
UprightRecord       *upright_session_save             (UprightSession       *self,
                                                       gboolean              completed,
                                                       guint                 effort,
                                                       guint                 pain,
                                                       const char           *note);
void                 upright_session_discard          (UprightSession       *self);
void                 upright_session_next             (UprightSession       *self);
void                 upright_session_cancel           (UprightSession       *self);
guint                upright_session_get_n_saved      (UprightSession       *self);

G_END_DECLS
