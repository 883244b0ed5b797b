/* upright-stats.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "upright-exercise.h"
#include "upright-record.h"

G_BEGIN_DECLS

/**
 * UprightGoal:
 * @UPRIGHT_GOAL_STRENGTH: days with strength exercise
 * @UPRIGHT_GOAL_BALANCE: minutes of balance training
 * @UPRIGHT_GOAL_POSTURE: days with posture exercise
 * @UPRIGHT_GOAL_IMPACT: days with impact exercise
 *
 * One of the weekly goals.
 */
typedef enum {
  UPRIGHT_GOAL_STRENGTH,
  UPRIGHT_GOAL_BALANCE,
  UPRIGHT_GOAL_POSTURE,
  UPRIGHT_GOAL_IMPACT,
} UprightGoal;

#define UPRIGHT_N_GOALS (UPRIGHT_GOAL_IMPACT + 1)

/**
 * UprightGoals:
 * @strength_days: days a week with at least one strength exercise
 * @balance_minutes: minutes a week of balance training
 * @posture_days: days a week with at least one posture exercise
 * @impact_days: days a week with at least one impact exercise
 *
 * The weekly goals. A goal of 0 is off.
 */
typedef struct {
  guint strength_days;
  guint balance_minutes;
  guint posture_days;
  guint impact_days;
} UprightGoals;

/**
 * UprightWeek:
 * @start: the Monday the week begins on
 * @n_records: the number of records in the week
 * @strength_days: the number of days with a strength record
 * @posture_days: the number of days with a posture record
 * @impact_days: the number of days with an impact record
 * @balance_seconds: the recorded duration of balance records
 * @walking_seconds: the duration of the walks logged in the week, which
 *   also count as impact records
 * @seconds: the recorded duration of the records of each category
 * @sessions: the number of records of each category
 * @mean_effort: the mean effort of the records that asked for it (not
 *   logged walks), or NAN without such records
 * @mean_pain: the mean pain of the same records, or NAN without them
 * @max_pain: the highest pain of the records, or 0 without records
 *
 * The totals of one week, Monday to Sunday. Durations that would not fit
 * stop at %G_MAXUINT.
 */
typedef struct {
  GDate  start;
  guint  n_records;
  guint  strength_days;
  guint  posture_days;
  guint  impact_days;
  guint  balance_seconds;
  guint  walking_seconds;
  guint  seconds[UPRIGHT_N_CATEGORIES];
  guint  sessions[UPRIGHT_N_CATEGORIES];
  double mean_effort;
  double mean_pain;
  guint  max_pain;
} UprightWeek;

void      upright_stats_week_start  (const GDate        *day,
                                     GDate              *monday);
void      upright_stats_record_day  (UprightRecord      *record,
                                     GDate              *day);
GArray   *upright_stats_weeks       (GListModel         *records,
                                     const GDate        *first_monday,
                                     guint               n_weeks);
guint     upright_stats_streak      (GListModel         *records,
                                     const UprightGoals *goals,
                                     const GDate        *today);
GArray   *upright_stats_recent_weeks (GListModel        *records,
                                     const UprightGoals *goals,
                                     const GDate        *today,
                                     guint               n_weeks,
                                     guint              *streak);

guint     upright_week_get_progress (const UprightWeek  *week,
                                     UprightGoal         goal);
gboolean  upright_week_meets        (const UprightWeek  *week,
                                     const UprightGoals *goals,
                                     UprightGoal         goal);
gboolean  upright_week_meets_all    (const UprightWeek  *week,
                                     const UprightGoals *goals);

guint     upright_goals_get_target  (const UprightGoals *goals,
                                     UprightGoal         goal);

G_END_DECLS
