/* upright-assessment.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * UprightAssessmentKind:
 * @UPRIGHT_ASSESSMENT_CHAIR_STAND: the 30-Second Chair Stand: how many
 *   times she stood up fully from a chair in 30 seconds
 * @UPRIGHT_ASSESSMENT_FOUR_STAGE_BALANCE: the 4-Stage Balance Test: how
 *   many seconds, up to 10, she held each of four stances
 * @UPRIGHT_ASSESSMENT_TIMED_UP_AND_GO: the Timed Up and Go: how long, in
 *   tenths of a second, she took to stand up from a chair, walk 3 metres,
 *   turn, walk back and sit down
 *
 * The self-tests of the STEADI programme of the US Centers for Disease
 * Control and Prevention.
 */
typedef enum {
  UPRIGHT_ASSESSMENT_CHAIR_STAND,
  UPRIGHT_ASSESSMENT_FOUR_STAGE_BALANCE,
  UPRIGHT_ASSESSMENT_TIMED_UP_AND_GO,
} UprightAssessmentKind;

#define UPRIGHT_N_ASSESSMENT_KINDS (UPRIGHT_ASSESSMENT_TIMED_UP_AND_GO + 1)

/* The test's own limits: 30 seconds of stands, four stances of 10 seconds. */
#define UPRIGHT_ASSESSMENT_MAX_STANDS        60
#define UPRIGHT_ASSESSMENT_N_STAGES          4
#define UPRIGHT_ASSESSMENT_STAGE_SECONDS     10
/* Two minutes, in tenths of a second, is far slower than anyone timed. */
#define UPRIGHT_ASSESSMENT_MAX_TUG_TENTHS    1200
/* STEADI: 12 seconds or more means a higher risk of falling. */
#define UPRIGHT_ASSESSMENT_TUG_RISK_TENTHS   120

#define UPRIGHT_TYPE_ASSESSMENT (upright_assessment_get_type ())

G_DECLARE_FINAL_TYPE (UprightAssessment, upright_assessment, UPRIGHT, ASSESSMENT, GObject)

UprightAssessment     *upright_assessment_new          (UprightAssessmentKind  kind,
                                                        GDateTime             *time);
const char            *upright_assessment_get_id       (UprightAssessment     *self);
UprightAssessmentKind  upright_assessment_get_kind     (UprightAssessment     *self);
GDateTime             *upright_assessment_get_time     (UprightAssessment     *self);
guint                  upright_assessment_get_stands   (UprightAssessment     *self);
void                   upright_assessment_set_stands   (UprightAssessment     *self,
                                                        guint                  stands);
guint                  upright_assessment_get_stage    (UprightAssessment     *self,
                                                        guint                  stage);
void                   upright_assessment_set_stage    (UprightAssessment     *self,
                                                        guint                  stage,
                                                        guint                  seconds);
guint                  upright_assessment_get_stages_passed (UprightAssessment *self);
guint                  upright_assessment_get_tenths   (UprightAssessment     *self);
void                   upright_assessment_set_tenths   (UprightAssessment     *self,
                                                        guint                  tenths);
gboolean               upright_assessment_is_sealed    (UprightAssessment     *self);

const char            *upright_assessment_kind_get_title (UprightAssessmentKind kind);

/**
 * UprightChairStandNorm:
 * @min_age: the youngest age of the group
 * @max_age: the oldest age of the group
 * @women: fewer stands than this is below average for women
 * @men: fewer stands than this is below average for men
 */
typedef struct {
  guint min_age;
  guint max_age;
  guint women;
  guint men;
} UprightChairStandNorm;

/**
 * UprightTimedUpAndGoNorm:
 * @min_age: the youngest age of the group
 * @max_age: the oldest age of the group
 * @tenths: the average time of healthy people of those ages, in tenths of
 *   a second
 */
typedef struct {
  guint min_age;
  guint max_age;
  guint tenths;
} UprightTimedUpAndGoNorm;

const UprightChairStandNorm   *upright_assessment_get_chair_stand_norms (guint *n_norms);
const UprightTimedUpAndGoNorm *upright_assessment_get_tug_norms         (guint *n_norms);
const UprightChairStandNorm   *upright_assessment_find_chair_stand_norm (guint  age);
const UprightTimedUpAndGoNorm *upright_assessment_find_tug_norm         (guint  age);

G_END_DECLS
