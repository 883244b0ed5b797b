/* upright-routine.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "upright-catalog.h"
#include "upright-exercise.h"

G_BEGIN_DECLS

/* The largest figures a routine accepts for an exercise. */
#define UPRIGHT_ROUTINE_MAX_SETS         20
#define UPRIGHT_ROUTINE_MAX_REPS         100
#define UPRIGHT_ROUTINE_MAX_HOLD_SECONDS 600

/* What a routine's length allows for each exercise beyond the timer. */
#define UPRIGHT_ROUTINE_CHANGEOVER_SECONDS 30

#define UPRIGHT_TYPE_ROUTINE (upright_routine_get_type ())

G_DECLARE_FINAL_TYPE (UprightRoutine, upright_routine, UPRIGHT, ROUTINE, GObject)

UprightRoutine *upright_routine_new               (const char     *id,
                                                   const char     *name);
const char     *upright_routine_get_id            (UprightRoutine *self);
const char     *upright_routine_get_name          (UprightRoutine *self);
void            upright_routine_set_name          (UprightRoutine *self,
                                                   const char     *name);

guint           upright_routine_get_n_items       (UprightRoutine *self);
const char     *upright_routine_get_exercise_id   (UprightRoutine *self,
                                                   guint           i);
void            upright_routine_get_dose_override (UprightRoutine *self,
                                                   guint           i,
                                                   guint          *sets,
                                                   guint          *reps,
                                                   guint          *hold_seconds);
void            upright_routine_set_dose_override (UprightRoutine *self,
                                                   guint           i,
                                                   guint           sets,
                                                   guint           reps,
                                                   guint           hold_seconds);
void            upright_routine_append_item       (UprightRoutine *self,
                                                   const char     *exercise_id,
                                                   guint           sets,
                                                   guint           reps,
                                                   guint           hold_seconds);
void            upright_routine_remove_item       (UprightRoutine *self,
                                                   guint           i);
void            upright_routine_move_item         (UprightRoutine *self,
                                                   guint           from,
                                                   guint           to);

void            upright_routine_apply_dose        (UprightRoutine *self,
                                                   guint           i,
                                                   UprightDose    *dose);

guint           upright_routine_estimate_seconds  (UprightRoutine *self,
                                                   UprightCatalog *catalog,
                                                   guint           count_in_seconds,
                                                   guint           rest_seconds);

gboolean        upright_routine_is_valid_id       (const char     *id);

UprightRoutine *upright_routine_new_posture_break (void);

G_END_DECLS
