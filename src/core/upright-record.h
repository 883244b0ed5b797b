/* upright-record.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "upright-exercise.h"
#include "upright-region.h"

G_BEGIN_DECLS

/* The limits of a record, the same when it is made and when it is read. */
#define UPRIGHT_RECORD_MAX_DURATION   (24 * 60 * 60)
#define UPRIGHT_RECORD_MAX_SETS       100
#define UPRIGHT_RECORD_MAX_REPS       1000
#define UPRIGHT_RECORD_MAX_HOLD       (60 * 60)
#define UPRIGHT_RECORD_MAX_SCALE      10
#define UPRIGHT_RECORD_MAX_NOTE_CHARS 2000

#define UPRIGHT_TYPE_RECORD (upright_record_get_type ())

G_DECLARE_FINAL_TYPE (UprightRecord, upright_record, UPRIGHT, RECORD, GObject)

UprightRecord       *upright_record_new                  (const char           *exercise_id,
                                                          UprightCategory       category,
                                                          GDateTime            *start);

/* The exercise a logged walk is a record of. */
#define UPRIGHT_RECORD_WALK_EXERCISE "walking"
#define UPRIGHT_RECORD_MAX_WALK_MINUTES (24 * 60)

UprightRecord       *upright_record_new_walk             (GDateTime            *start,
                                                          guint                 minutes);
gboolean             upright_record_is_walk              (UprightRecord        *self);

UprightRecord       *upright_record_copy                 (UprightRecord        *self);

const char          *upright_record_get_id               (UprightRecord        *self);
const char          *upright_record_get_exercise_id      (UprightRecord        *self);
UprightCategory      upright_record_get_category         (UprightRecord        *self);
const UprightRegion *upright_record_get_regions          (UprightRecord        *self,
                                                          guint                *n_regions);
gboolean             upright_record_has_region           (UprightRecord        *self,
                                                          UprightRegion         region);
GDateTime           *upright_record_get_start            (UprightRecord        *self);
guint                upright_record_get_duration_seconds (UprightRecord        *self);
guint                upright_record_get_sets_done        (UprightRecord        *self);
guint                upright_record_get_reps_done        (UprightRecord        *self);
guint                upright_record_get_hold_seconds     (UprightRecord        *self);
gboolean             upright_record_get_completed        (UprightRecord        *self);
guint                upright_record_get_effort           (UprightRecord        *self);
guint                upright_record_get_pain             (UprightRecord        *self);
const char          *upright_record_get_note             (UprightRecord        *self);
gboolean             upright_record_is_sealed            (UprightRecord        *self);

void                 upright_record_set_regions          (UprightRecord        *self,
                                                          const UprightRegion  *regions,
                                                          guint                 n_regions);
void                 upright_record_set_duration_seconds (UprightRecord        *self,
                                                          guint                 seconds);
void                 upright_record_set_sets_done        (UprightRecord        *self,
                                                          guint                 sets);
void                 upright_record_set_reps_done        (UprightRecord        *self,
                                                          guint                 reps);
void                 upright_record_set_hold_seconds     (UprightRecord        *self,
                                                          guint                 seconds);
void                 upright_record_set_completed        (UprightRecord        *self,
                                                          gboolean              completed);
void                 upright_record_set_effort           (UprightRecord        *self,
                                                          guint                 effort);
void                 upright_record_set_pain             (UprightRecord        *self,
                                                          guint                 pain);
void                 upright_record_set_note             (UprightRecord        *self,
                                                          const char           *note);

G_END_DECLS
