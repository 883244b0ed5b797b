/* upright-exercise.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "upright-region.h"

G_BEGIN_DECLS

/**
 * UprightCategory:
 *
 * What an exercise trains, as counted against the weekly goals.
 */
typedef enum {
  UPRIGHT_CATEGORY_STRENGTH,
  UPRIGHT_CATEGORY_BALANCE,
  UPRIGHT_CATEGORY_POSTURE,
  UPRIGHT_CATEGORY_IMPACT,
} UprightCategory;

#define UPRIGHT_N_CATEGORIES (UPRIGHT_CATEGORY_IMPACT + 1)

/**
 * UprightTag:
 *
 * What an exercise asks of the body that may not suit everyone. The safety
 * profile compares these with the user's answers. %UPRIGHT_TAG_PRONE is lying
 * face down; %UPRIGHT_TAG_STRENUOUS, never written in the catalogue, is on
 * everything not marked as part of the gentle programme.
 */
typedef enum {
  UPRIGHT_TAG_FLOOR               = 1 << 0,
  UPRIGHT_TAG_KNEELING            = 1 << 1,
  UPRIGHT_TAG_SPINAL_FLEXION      = 1 << 2,
  UPRIGHT_TAG_TWIST               = 1 << 3,
  UPRIGHT_TAG_IMPACT              = 1 << 4,
  UPRIGHT_TAG_LOAD                = 1 << 5,
  UPRIGHT_TAG_UNSUPPORTED_BALANCE = 1 << 6,
  UPRIGHT_TAG_PRONE               = 1 << 7,
  UPRIGHT_TAG_STRENUOUS           = 1 << 8,
} UprightTag;

#define UPRIGHT_N_TAGS 9

/**
 * UprightVersion:
 * @UPRIGHT_VERSION_MAIN: the exercise as described by its steps
 * @UPRIGHT_VERSION_EASIER: the easier version
 * @UPRIGHT_VERSION_HARDER: the harder version
 *
 * One way of doing an exercise. Each version carries its own tags, so that
 * a harder version without support, on the floor or with a weight is judged
 * on its own.
 */
typedef enum {
  UPRIGHT_VERSION_MAIN,
  UPRIGHT_VERSION_EASIER,
  UPRIGHT_VERSION_HARDER,
} UprightVersion;

#define UPRIGHT_N_VERSIONS (UPRIGHT_VERSION_HARDER + 1)

/**
 * UprightDose:
 * @sets: number of sets
 * @reps: repetitions in a set, or 0 for a single hold
 * @hold_seconds: seconds to hold each repetition, or 0
 * @rest_seconds: seconds of rest between sets
 * @per_side: whether the sets are done on each side
 * @tempo_up: seconds to lift, or 0
 * @tempo_down: seconds to lower, or 0
 * @typical: whether no guideline fixes these figures
 * @note: (nullable): advice on building up
 *
 * The default amount of an exercise.
 */
typedef struct {
  guint       sets;
  guint       reps;
  guint       hold_seconds;
  guint       rest_seconds;
  gboolean    per_side;
  guint       tempo_up;
  guint       tempo_down;
  gboolean    typical;
  const char *note;
} UprightDose;

#define UPRIGHT_TYPE_EXERCISE (upright_exercise_get_type ())

G_DECLARE_FINAL_TYPE (UprightExercise, upright_exercise, UPRIGHT, EXERCISE, GObject)

const char          *upright_exercise_get_id             (UprightExercise *self);
const char          *upright_exercise_get_title          (UprightExercise *self);
const char          *upright_exercise_get_summary        (UprightExercise *self);
gboolean             upright_exercise_has_region         (UprightExercise *self,
                                                          UprightRegion    region);
const UprightRegion *upright_exercise_get_regions        (UprightExercise *self,
                                                          guint           *n_regions);
UprightCategory      upright_exercise_get_category       (UprightExercise *self);
const char * const  *upright_exercise_get_equipment      (UprightExercise *self);
const char          *upright_exercise_get_start_position (UprightExercise *self);
const char * const  *upright_exercise_get_steps          (UprightExercise *self);
const char          *upright_exercise_get_breathing      (UprightExercise *self);
const UprightDose   *upright_exercise_get_dose           (UprightExercise *self);
const char          *upright_exercise_get_easier         (UprightExercise *self);
const char          *upright_exercise_get_harder         (UprightExercise *self);
const char * const  *upright_exercise_get_safety_notes   (UprightExercise *self);
UprightTag           upright_exercise_get_tags           (UprightExercise *self);
UprightTag           upright_exercise_get_version_tags   (UprightExercise *self,
                                                          UprightVersion   version);
const char          *upright_exercise_get_version_safety (UprightExercise *self,
                                                          UprightVersion   version);
const char * const  *upright_exercise_get_references     (UprightExercise *self);
const char          *upright_exercise_get_demo_id        (UprightExercise *self);
char                *upright_exercise_format_dose        (UprightExercise *self);
char                *upright_dose_format                 (const UprightDose *dose);
gboolean             upright_exercise_matches            (UprightExercise *self,
                                                          const char      *query);

const char          *upright_category_to_string          (UprightCategory  category);
gboolean             upright_category_from_string        (const char      *name,
                                                          UprightCategory *category);
const char          *upright_category_get_title          (UprightCategory  category);
const char          *upright_tag_to_string               (UprightTag       tag);
gboolean             upright_tag_from_string             (const char      *name,
                                                          UprightTag      *tag);

G_END_DECLS
