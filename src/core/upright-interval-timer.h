/* upright-interval-timer.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "upright-exercise.h"

G_BEGIN_DECLS

/**
 * UprightTimerPhase:
 * @UPRIGHT_TIMER_PHASE_IDLE: not started, or stopped
 * @UPRIGHT_TIMER_PHASE_COUNT_IN: getting ready before the first repetition
 * @UPRIGHT_TIMER_PHASE_WORK: one repetition: a lift and lower, or one hold
 * @UPRIGHT_TIMER_PHASE_RELAX: a short pause between the holds of a set
 * @UPRIGHT_TIMER_PHASE_SWITCH_SIDE: changing from the left side to the right
 * @UPRIGHT_TIMER_PHASE_REST: rest between sets
 * @UPRIGHT_TIMER_PHASE_DONE: the exercise is finished
 *
 * Where an #UprightIntervalTimer is in an exercise.
 */
typedef enum {
  UPRIGHT_TIMER_PHASE_IDLE,
  UPRIGHT_TIMER_PHASE_COUNT_IN,
  UPRIGHT_TIMER_PHASE_WORK,
  UPRIGHT_TIMER_PHASE_RELAX,
  UPRIGHT_TIMER_PHASE_SWITCH_SIDE,
  UPRIGHT_TIMER_PHASE_REST,
  UPRIGHT_TIMER_PHASE_DONE,
} UprightTimerPhase;

#define UPRIGHT_TIMER_N_PHASES (UPRIGHT_TIMER_PHASE_DONE + 1)

/**
 * UprightTimerSide:
 * @UPRIGHT_TIMER_SIDE_NONE: the exercise is not done per side
 * @UPRIGHT_TIMER_SIDE_LEFT: the left side, which comes first
 * @UPRIGHT_TIMER_SIDE_RIGHT: the right side
 *
 * Which side of a per-side exercise is being worked.
 */
typedef enum {
  UPRIGHT_TIMER_SIDE_NONE,
  UPRIGHT_TIMER_SIDE_LEFT,
  UPRIGHT_TIMER_SIDE_RIGHT,
} UprightTimerSide;

/**
 * UprightClockFunc:
 * @user_data: the data given to upright_interval_timer_set_clock()
 *
 * A monotonic clock.
 *
 * Returns: the time in microseconds; it must never go backwards
 */
typedef gint64 (*UprightClockFunc) (gpointer              user_data);

#define UPRIGHT_TYPE_TIMER_PHASE (upright_timer_phase_get_type ())
#define UPRIGHT_TYPE_TIMER_SIDE (upright_timer_side_get_type ())
#define UPRIGHT_TYPE_INTERVAL_TIMER (upright_interval_timer_get_type ())

GType upright_timer_phase_get_type (void) G_GNUC_CONST;
GType upright_timer_side_get_type  (void) G_GNUC_CONST;

G_DECLARE_FINAL_TYPE (UprightIntervalTimer, upright_interval_timer, UPRIGHT, INTERVAL_TIMER, GObject)

UprightIntervalTimer *upright_interval_timer_new (const UprightDose *dose,
                                                  guint              count_in_seconds);

void                  upright_interval_timer_set_dose             (UprightIntervalTimer *self,
                                                                   const UprightDose    *dose);
const UprightDose    *upright_interval_timer_get_dose             (UprightIntervalTimer *self);
void                  upright_interval_timer_set_count_in_seconds (UprightIntervalTimer *self,
                                                                   guint                 seconds);
guint                 upright_interval_timer_get_count_in_seconds (UprightIntervalTimer *self);
void                  upright_interval_timer_set_relax_seconds    (UprightIntervalTimer *self,
                                                                   guint                 seconds);
guint                 upright_interval_timer_get_relax_seconds    (UprightIntervalTimer *self);
void                  upright_interval_timer_set_switch_seconds   (UprightIntervalTimer *self,
                                                                   guint                 seconds);
guint                 upright_interval_timer_get_switch_seconds   (UprightIntervalTimer *self);
void                  upright_interval_timer_set_rest_seconds     (UprightIntervalTimer *self,
                                                                   guint                 seconds);
guint                 upright_interval_timer_get_rest_seconds     (UprightIntervalTimer *self);

void                  upright_interval_timer_set_clock       (UprightIntervalTimer *self,
                                                              UprightClockFunc      clock,
                                                              gpointer              user_data);
void                  upright_interval_timer_set_auto_update (UprightIntervalTimer *self,
                                                              gboolean              auto_update);
gboolean              upright_interval_timer_get_auto_update (UprightIntervalTimer *self);
void                  upright_interval_timer_update          (UprightIntervalTimer *self);

void                  upright_interval_timer_start    (UprightIntervalTimer *self);
void                  upright_interval_timer_pause    (UprightIntervalTimer *self);
void                  upright_interval_timer_resume   (UprightIntervalTimer *self);
void                  upright_interval_timer_skip     (UprightIntervalTimer *self);
void                  upright_interval_timer_previous (UprightIntervalTimer *self);
void                  upright_interval_timer_stop     (UprightIntervalTimer *self);

UprightTimerPhase     upright_interval_timer_get_phase             (UprightIntervalTimer *self);
guint                 upright_interval_timer_get_set               (UprightIntervalTimer *self);
guint                 upright_interval_timer_get_n_sets            (UprightIntervalTimer *self);
guint                 upright_interval_timer_get_rep               (UprightIntervalTimer *self);
guint                 upright_interval_timer_get_n_reps            (UprightIntervalTimer *self);
UprightTimerSide      upright_interval_timer_get_side              (UprightIntervalTimer *self);
gint64                upright_interval_timer_get_remaining_ms      (UprightIntervalTimer *self);
gint64                upright_interval_timer_get_phase_duration_ms (UprightIntervalTimer *self);
gboolean              upright_interval_timer_get_running           (UprightIntervalTimer *self);
gboolean              upright_interval_timer_get_paused            (UprightIntervalTimer *self);
double                upright_interval_timer_get_progress          (UprightIntervalTimer *self);
gboolean              upright_interval_timer_is_hold               (UprightIntervalTimer *self);
const char           *upright_interval_timer_get_title             (UprightIntervalTimer *self);
char                 *upright_interval_timer_describe_next         (UprightIntervalTimer *self);

guint                 upright_interval_timer_get_completed_reps    (UprightIntervalTimer *self);
gint64                upright_interval_timer_get_elapsed_active_ms (UprightIntervalTimer *self);
guint                 upright_interval_timer_get_total_seconds     (UprightIntervalTimer *self);

const char           *upright_timer_phase_get_title (UprightTimerPhase  phase);
const char           *upright_timer_side_get_title  (UprightTimerSide   side);

G_END_DECLS
