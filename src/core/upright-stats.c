/* upright-stats.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "upright-stats.h"

/* Weekly totals of the journal, for the Progress page and the goals.
 *
 * A week runs from Monday to Sunday. A record belongs to the calendar day of
 * its start in the UTC offset it was made in, never in the zone the computer
 * is in now: a session done late on a Sunday evening in Madrid stays on that
 * Sunday after flying to New York or after the clocks change, as the person
 * who did it remembers it. The day a record was made is written in the
 * journal with its offset, so nothing else is needed to find it.
 *
 * Everything here is a pure function of its arguments; the progress page
 * simply calls it again when the journal changes.
 */

/* What a week collects on the way that #UprightWeek does not keep. */
typedef struct {
  /* One bit for each day with a record of the category, Monday first. */
  guint8  days[UPRIGHT_N_CATEGORIES];
  guint64 effort;
  guint64 pain;
  /* Records that asked how it went: a logged walk does not. */
  guint   rated;
} Tally;

/* The last day a #GDate can hold, so that no week runs past it. */
static guint32
get_last_julian (void)
{
  GDate last;

  g_date_clear (&last, 1);
  g_date_set_dmy (&last, 31, G_DATE_DECEMBER, G_MAXUINT16);

  return g_date_get_julian (&last);
}

/* The julian day of the first of January 1970, in #GDate's count. */
#define UNIX_EPOCH_JULIAN 719163

/* The julian day of upright_stats_record_day(), worked out from the
 * seconds since 1970 instead of through the calendar, as adding up goes
 * through many records. */
static guint32
get_record_julian (UprightRecord *record)
{
  GDateTime *start = upright_record_get_start (record);
  gint64 local = g_date_time_to_unix (start) + g_date_time_get_utc_offset (start) / G_TIME_SPAN_SECOND;
  gint64 days = local / 86400 - (local % 86400 < 0 ? 1 : 0);

  return (guint32) (UNIX_EPOCH_JULIAN + days);
}

/* Durations stop at the largest value rather than wrap round, so that an
 * absurd journal shows a full bar rather than an empty one. */
static guint
add_saturated (guint a,
               guint b)
{
  return a > G_MAXUINT - b ? G_MAXUINT : a + b;
}

static guint
count_days (guint8 days)
{
  guint n = 0;

  for (; days != 0; days &= (guint8) (days - 1))
    n++;

  return n;
}

static void
add_record (UprightWeek   *week,
            Tally         *tally,
            UprightRecord *record,
            guint          weekday)
{
  UprightCategory category = upright_record_get_category (record);
  guint seconds = upright_record_get_duration_seconds (record);
  guint pain = upright_record_get_pain (record);

  g_assert (category < UPRIGHT_N_CATEGORIES);
  g_assert (weekday < 7);

  week->n_records++;
  week->sessions[category]++;
  week->seconds[category] = add_saturated (week->seconds[category], seconds);
  week->max_pain = MAX (week->max_pain, pain);

  tally->days[category] |= (guint8) (1u << weekday);

  if (upright_record_is_walk (record))
    {
      week->walking_seconds = add_saturated (week->walking_seconds, seconds);
      return;
    }

  tally->effort += upright_record_get_effort (record);
  tally->pain += pain;
  tally->rated++;
}

static void
finish_week (UprightWeek *week,
             const Tally *tally)
{
  week->strength_days = count_days (tally->days[UPRIGHT_CATEGORY_STRENGTH]);
  week->posture_days = count_days (tally->days[UPRIGHT_CATEGORY_POSTURE]);
  week->impact_days = count_days (tally->days[UPRIGHT_CATEGORY_IMPACT]);
  week->balance_seconds = week->seconds[UPRIGHT_CATEGORY_BALANCE];

  if (tally->rated > 0)
    {
      week->mean_effort = (double) tally->effort / tally->rated;
      week->mean_pain = (double) tally->pain / tally->rated;
    }
  else
    {
      week->mean_effort = NAN;
      week->mean_pain = NAN;
    }
}

static gboolean
any_goal_is_on (const UprightGoals *goals)
{
  for (guint goal = 0; goal < UPRIGHT_N_GOALS; goal++)
    {
      if (upright_goals_get_target (goals, goal) > 0)
        return TRUE;
    }

  return FALSE;
}

/**
 * upright_stats_week_start:
 * @day: a valid date
 * @monday: (out caller-allocates): where to put the Monday, which may be @day
 *
 * Finds the Monday that begins the week of @day: @day itself if it is a
 * Monday, else the Monday before it.
 */
void
upright_stats_week_start (const GDate *day,
                          GDate       *monday)
{
  GDate result;

  g_return_if_fail (day != NULL && g_date_valid (day));
  g_return_if_fail (monday != NULL);

  /* Copied first, so that @monday may be @day. */
  result = *day;
  g_date_subtract_days (&result, g_date_get_weekday (day) - G_DATE_MONDAY);
  *monday = result;
}

/**
 * upright_stats_record_day:
 * @record: a record
 * @day: (out caller-allocates): where to put the day
 *
 * Finds the calendar day a record belongs to: the date of its start in the
 * UTC offset it was made in, whatever the time zone is now. So a change to
 * or from daylight-saving time, or travelling, never moves a record to
 * another day.
 */
void
upright_stats_record_day (UprightRecord *record,
                          GDate         *day)
{
  int year, month, mday;

  g_return_if_fail (UPRIGHT_IS_RECORD (record));
  g_return_if_fail (day != NULL);

  g_date_time_get_ymd (upright_record_get_start (record), &year, &month, &mday);
  g_date_clear (day, 1);
  g_date_set_dmy (day, (GDateDay) mday, (GDateMonth) month, (GDateYear) year);
}

/**
 * upright_stats_weeks:
 * @records: a #GListModel of #UprightRecord, such as the journal
 * @first_monday: the Monday of the first week
 * @n_weeks: the number of weeks
 *
 * Adds up the records of @n_weeks consecutive weeks from @first_monday, each
 * from Monday to Sunday. A record counts on the day given by
 * upright_stats_record_day(); records before or after the weeks are left
 * out. The records are read once, in any order, so the time this takes
 * grows with the number of records plus the number of weeks.
 *
 * Returns: (transfer full) (element-type UprightWeek): the @n_weeks weeks,
 *   in order, each with its totals
 */
GArray *
upright_stats_weeks (GListModel  *records,
                     const GDate *first_monday,
                     guint        n_weeks)
{
  g_autoptr(GArray) weeks = NULL;
  g_autofree Tally *tallies = NULL;
  guint32 first;
  guint n_items;

  g_return_val_if_fail (G_IS_LIST_MODEL (records), NULL);
  g_return_val_if_fail (g_type_is_a (g_list_model_get_item_type (records), UPRIGHT_TYPE_RECORD),
                        NULL);
  g_return_val_if_fail (first_monday != NULL && g_date_valid (first_monday), NULL);
  g_return_val_if_fail (g_date_get_weekday (first_monday) == G_DATE_MONDAY, NULL);

  first = g_date_get_julian (first_monday);
  g_return_val_if_fail (n_weeks == 0 ||
                        (guint64) first + 7 * ((guint64) n_weeks - 1) <= get_last_julian (),
                        NULL);

  weeks = g_array_sized_new (FALSE, TRUE, sizeof (UprightWeek), n_weeks);
  g_array_set_size (weeks, n_weeks);
  tallies = g_new0 (Tally, n_weeks);

  for (guint i = 0; i < n_weeks; i++)
    {
      UprightWeek *week = &g_array_index (weeks, UprightWeek, i);

      g_date_clear (&week->start, 1);
      g_date_set_julian (&week->start, first + 7 * i);
    }

  n_items = g_list_model_get_n_items (records);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(UprightRecord) record = g_list_model_get_item (records, i);
      guint32 julian = get_record_julian (record);
      guint64 offset;

      if (julian < first)
        continue;

      offset = julian - first;
      if (offset >= 7 * (guint64) n_weeks)
        continue;

      add_record (&g_array_index (weeks, UprightWeek, offset / 7),
                  &tallies[offset / 7], record, (guint) (offset % 7));
    }

  for (guint i = 0; i < n_weeks; i++)
    finish_week (&g_array_index (weeks, UprightWeek, i), &tallies[i]);

  return g_steal_pointer (&weeks);
}

/**
 * upright_stats_streak:
 * @records: a #GListModel of #UprightRecord, such as the journal
 * @goals: the weekly goals
 * @today: today's date by the local calendar
 *
 * Counts the weeks in a row that met every goal that is on, back from the
 * week before the week of @today. The week of @today counts too once it
 * meets them all, but until then it does not break the streak, as there are
 * still days left to meet them.
 *
 * Returns: the number of weeks in the streak; 0 when every goal is off
 */
guint
upright_stats_streak (GListModel         *records,
                      const UprightGoals *goals,
                      const GDate        *today)
{
  g_autoptr(GArray) weeks = NULL;
  GDate this_monday;
  GDate first_monday;
  guint32 this_julian;
  guint32 earliest = G_MAXUINT32;
  guint n_items;
  guint n_weeks;
  guint streak = 0;

  g_return_val_if_fail (G_IS_LIST_MODEL (records), 0);
  g_return_val_if_fail (g_type_is_a (g_list_model_get_item_type (records), UPRIGHT_TYPE_RECORD),
                        0);
  g_return_val_if_fail (goals != NULL, 0);
  g_return_val_if_fail (today != NULL && g_date_valid (today), 0);

  if (!any_goal_is_on (goals))
    return 0;

  upright_stats_week_start (today, &this_monday);
  this_julian = g_date_get_julian (&this_monday);

  n_items = g_list_model_get_n_items (records);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(UprightRecord) record = g_list_model_get_item (records, i);

      earliest = MIN (earliest, get_record_julian (record));
    }

  /* An empty week meets no goal that is on, so a streak cannot reach back
   * past the week of the earliest record, nor span more weeks than there are
   * records. Looking no further keeps the work small for any journal. */
  if (n_items == 0 || earliest >= this_julian)
    {
      n_weeks = 1;
    }
  else
    {
      GDate earliest_day;

      g_date_clear (&earliest_day, 1);
      g_date_set_julian (&earliest_day, earliest);
      upright_stats_week_start (&earliest_day, &first_monday);
      n_weeks = (this_julian - g_date_get_julian (&first_monday)) / 7 + 1;
      n_weeks = MIN (n_weeks, n_items + 1);
    }

  first_monday = this_monday;
  g_date_subtract_days (&first_monday, 7 * (n_weeks - 1));
  weeks = upright_stats_weeks (records, &first_monday, n_weeks);

  for (guint i = n_weeks - 1; i-- > 0;)
    {
      if (!upright_week_meets_all (&g_array_index (weeks, UprightWeek, i), goals))
        break;

      streak++;
    }

  if (upright_week_meets_all (&g_array_index (weeks, UprightWeek, n_weeks - 1), goals))
    streak++;

  return streak;
}

/* How many days apart two records' days can be the other way round from
 * their order in time: a record started before another may be on a later
 * day where its UTC offset is further east. Offsets are less than a day
 * either way, so two days at most. */
#define MAX_DAYS_OUT_OF_ORDER 2

/* The julian day of the Monday of the week of @julian. */
static guint32
get_monday (guint32 julian)
{
  /* Julian day 1, the first of January of year 1, was a Monday. */
  return julian - (julian - 1) % 7;
}

/**
 * upright_stats_recent_weeks:
 * @records: a #GListModel of #UprightRecord in time order, such as the
 *   journal
 * @goals: the weekly goals
 * @today: today's date by the local calendar
 * @n_weeks: the number of weeks, the last of them the week of @today
 * @streak: (out): the streak of weeks that met every goal that is on,
 *   as upright_stats_streak() counts it
 *
 * Adds up the last @n_weeks weeks as upright_stats_weeks() does and counts
 * the streak as upright_stats_streak() does, in one pass that reads the
 * records back from the latest and stops once it is past both the first
 * of the weeks and the end of the streak. The time this takes grows with
 * the records of those weeks, not with the whole journal, which is what
 * the Progress page needs each time the journal changes.
 *
 * Returns: (transfer full) (element-type UprightWeek): the @n_weeks weeks,
 *   in order, each with its totals
 */
GArray *
upright_stats_recent_weeks (GListModel         *records,
                            const UprightGoals *goals,
                            const GDate        *today,
                            guint               n_weeks,
                            guint              *streak)
{
  g_autoptr(GArray) weeks = NULL;
  g_autoptr(GArray) back = NULL;
  g_autoptr(GArray) tallies = NULL;
  GDate this_monday;
  guint32 this_julian, first_julian;
  gboolean counting;
  guint next = 1;
  guint n_items;
  guint i;

  g_return_val_if_fail (G_IS_LIST_MODEL (records), NULL);
  g_return_val_if_fail (g_type_is_a (g_list_model_get_item_type (records), UPRIGHT_TYPE_RECORD),
                        NULL);
  g_return_val_if_fail (goals != NULL, NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);
  g_return_val_if_fail (n_weeks > 0, NULL);
  g_return_val_if_fail (streak != NULL, NULL);

  upright_stats_week_start (today, &this_monday);
  this_julian = g_date_get_julian (&this_monday);
  g_return_val_if_fail (this_julian > 7 * ((guint64) n_weeks - 1), NULL);
  g_return_val_if_fail ((guint64) this_julian + 6 <= get_last_julian (), NULL);
  first_julian = this_julian - 7 * (n_weeks - 1);

  *streak = 0;
  /* With every goal off, there is no streak to count. */
  counting = any_goal_is_on (goals);

  /* Weeks back from this one: 0 is this week, 1 the week before. */
  back = g_array_new (FALSE, TRUE, sizeof (UprightWeek));
  tallies = g_array_new (FALSE, TRUE, sizeof (Tally));

  n_items = g_list_model_get_n_items (records);
  for (i = n_items; i > 0; i--)
    {
      g_autoptr(UprightRecord) record = g_list_model_get_item (records, i - 1);
      guint32 julian = get_record_julian (record);
      guint index;

      /* Records after this week, as there are when today is in the past. */
      if (julian >= this_julian + 7)
        continue;

      /* The records before this one are on its day or earlier, give or
       * take: a week that starts after that has all its records, and can
       * settle the streak. An empty week meets no goal that is on. */
      while (counting &&
             (gint64) julian + MAX_DAYS_OUT_OF_ORDER < (gint64) this_julian - 7 * (gint64) next)
        {
          UprightWeek *week;

          if (next >= back->len)
            {
              counting = FALSE;
              break;
            }

          week = &g_array_index (back, UprightWeek, next);
          finish_week (week, &g_array_index (tallies, Tally, next));
          if (upright_week_meets_all (week, goals))
            next++;
          else
            counting = FALSE;
        }

      /* Past the first week shown, with the streak settled: done. */
      if (!counting && (gint64) julian + MAX_DAYS_OUT_OF_ORDER < first_julian)
        break;

      index = (this_julian - get_monday (julian)) / 7;
      if (index >= back->len)
        {
          guint old_len = back->len;

          g_array_set_size (back, index + 1);
          g_array_set_size (tallies, index + 1);
          for (guint k = old_len; k <= index; k++)
            {
              UprightWeek *week = &g_array_index (back, UprightWeek, k);

              g_date_clear (&week->start, 1);
              g_date_set_julian (&week->start, this_julian - 7 * k);
            }
        }

      add_record (&g_array_index (back, UprightWeek, index), &g_array_index (tallies, Tally, index),
                  record, julian - get_monday (julian));
    }

  /* The weeks shown, in order, as upright_stats_weeks() gives them. */
  weeks = g_array_sized_new (FALSE, TRUE, sizeof (UprightWeek), n_weeks);
  g_array_set_size (weeks, n_weeks);
  for (guint k = 0; k < n_weeks; k++)
    {
      UprightWeek *week = &g_array_index (weeks, UprightWeek, n_weeks - 1 - k);

      if (k < back->len)
        {
          *week = g_array_index (back, UprightWeek, k);
          finish_week (week, &g_array_index (tallies, Tally, k));
        }
      else
        {
          Tally empty = { { 0 } };

          g_date_clear (&week->start, 1);
          g_date_set_julian (&week->start, this_julian - 7 * k);
          finish_week (week, &empty);
        }
    }

  /* The rest of the streak, once every record was read: the weeks before
   * the first record are empty. */
  while (counting && next < back->len)
    {
      UprightWeek *week = &g_array_index (back, UprightWeek, next);

      finish_week (week, &g_array_index (tallies, Tally, next));
      if (upright_week_meets_all (week, goals))
        next++;
      else
        counting = FALSE;
    }

  if (any_goal_is_on (goals))
    {
      *streak = next - 1;

      /* This week counts once it meets them all, but does not break the
       * streak before. */
      if (upright_week_meets_all (&g_array_index (weeks, UprightWeek, n_weeks - 1), goals))
        (*streak)++;
    }

  return g_steal_pointer (&weeks);
}

/**
 * upright_week_get_progress:
 * @week: the totals of a week
 * @goal: a goal
 *
 * Tells how far a week got towards a goal, in the goal's own unit. Balance
 * counts whole minutes only, so a week shows a goal as reached exactly when
 * upright_week_meets() says it is.
 *
 * Returns: the number of days, or of whole minutes for
 *   %UPRIGHT_GOAL_BALANCE
 */
guint
upright_week_get_progress (const UprightWeek *week,
                           UprightGoal        goal)
{
  g_return_val_if_fail (week != NULL, 0);
  g_return_val_if_fail ((guint) goal < UPRIGHT_N_GOALS, 0);

  switch (goal)
    {
    case UPRIGHT_GOAL_STRENGTH:
      return week->strength_days;
    case UPRIGHT_GOAL_BALANCE:
      return week->balance_seconds / 60;
    case UPRIGHT_GOAL_POSTURE:
      return week->posture_days;
    case UPRIGHT_GOAL_IMPACT:
      return week->impact_days;
    }

  g_return_val_if_reached (0);
}

/**
 * upright_week_meets:
 * @week: the totals of a week
 * @goals: the weekly goals
 * @goal: one of them
 *
 * Tells whether a week met a goal. A goal that is off is always met. Balance
 * is compared to the second, so 19 minutes 59 seconds do not meet a goal of
 * 20 minutes.
 *
 * Returns: %TRUE if the week met @goal
 */
gboolean
upright_week_meets (const UprightWeek  *week,
                    const UprightGoals *goals,
                    UprightGoal         goal)
{
  guint target;

  g_return_val_if_fail (week != NULL, FALSE);
  g_return_val_if_fail (goals != NULL, FALSE);
  g_return_val_if_fail ((guint) goal < UPRIGHT_N_GOALS, FALSE);

  target = upright_goals_get_target (goals, goal);
  if (target == 0)
    return TRUE;

  if (goal == UPRIGHT_GOAL_BALANCE)
    return week->balance_seconds >= (guint64) target * 60;

  return upright_week_get_progress (week, goal) >= target;
}

/**
 * upright_week_meets_all:
 * @week: the totals of a week
 * @goals: the weekly goals
 *
 * Tells whether a week met every goal that is on. With every goal off, any
 * week meets them all.
 *
 * Returns: %TRUE if the week met all of @goals
 */
gboolean
upright_week_meets_all (const UprightWeek  *week,
                        const UprightGoals *goals)
{
  g_return_val_if_fail (week != NULL, FALSE);
  g_return_val_if_fail (goals != NULL, FALSE);

  for (guint goal = 0; goal < UPRIGHT_N_GOALS; goal++)
    {
      if (!upright_week_meets (week, goals, goal))
        return FALSE;
    }

  return TRUE;
}

/**
 * upright_goals_get_target:
 * @goals: the weekly goals
 * @goal: one of them
 *
 * Returns: the target of @goal in days, or in minutes for
 *   %UPRIGHT_GOAL_BALANCE; 0 when the goal is off
 */
guint
upright_goals_get_target (const UprightGoals *goals,
                          UprightGoal         goal)
{
  g_return_val_if_fail (goals != NULL, 0);
  g_return_val_if_fail ((guint) goal < UPRIGHT_N_GOALS, 0);

  switch (goal)
    {
    case UPRIGHT_GOAL_STRENGTH:
      return goals->strength_days;
    case UPRIGHT_GOAL_BALANCE:
      return goals->balance_minutes;
    case UPRIGHT_GOAL_POSTURE:
      return goals->posture_days;
    case UPRIGHT_GOAL_IMPACT:
      return goals->impact_days;
    }

  g_return_val_if_reached (0);
}
