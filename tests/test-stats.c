/* test-stats.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <time.h>

#include "core/upright-stats.h"

/* Berlin's rules, written out so that no time zone data is needed: +01:00,
 * and +02:00 from the last Sunday of March at 02:00 to the last Sunday of
 * October at 03:00. In 2026 those are 29 March and 25 October. */
#define BERLIN "CET-1CEST,M3.5.0,M10.5.0/3"

static const char * const exercise_ids[UPRIGHT_N_CATEGORIES] = {
  [UPRIGHT_CATEGORY_STRENGTH] = "sit-to-stand",
  [UPRIGHT_CATEGORY_BALANCE] = "single-leg-stand",
  [UPRIGHT_CATEGORY_POSTURE] = "chin-tuck",
  [UPRIGHT_CATEGORY_IMPACT] = "heel-drop",
};

/* Moves the computer to another time zone, so that a test can show that it
 * does not matter where the records are added up. */
static void
set_local_zone (const char *identifier)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier (identifier);
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) there = NULL;

  g_assert_nonnull (zone);
  g_setenv ("TZ", identifier, TRUE);
  tzset ();

  now = g_date_time_new_now_local ();
  there = g_date_time_to_timezone (now, zone);
  g_assert_cmpint (g_date_time_get_utc_offset (now), ==, g_date_time_get_utc_offset (there));
}

static GDateTime *
parse_time (const char *text)
{
  GDateTime *when = g_date_time_new_from_iso8601 (text, NULL);

  g_assert_nonnull (when);

  return when;
}

static void
add_record (GListStore      *store,
            UprightCategory  category,
            const char      *start,
            guint            seconds,
            guint            effort,
            guint            pain)
{
  g_autoptr(GDateTime) when = parse_time (start);
  g_autoptr(UprightRecord) record = NULL;

  record = upright_record_new (exercise_ids[category], category, when);
  upright_record_set_duration_seconds (record, seconds);
  upright_record_set_effort (record, effort);
  upright_record_set_pain (record, pain);
  g_list_store_append (store, record);
}

/* A record of ten minutes that felt moderate and did not hurt. */
static void
add_simple (GListStore      *store,
            UprightCategory  category,
            const char      *start)
{
  add_record (store, category, start, 600, 5, 0);
}

static GListStore *
new_store (void)
{
  return g_list_store_new (UPRIGHT_TYPE_RECORD);
}

static void
set_date (GDate *date,
          int    year,
          int    month,
          int    day)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  g_assert_true (g_date_valid (date));
}

#define assert_date(date, y, m, d) \
  assert_date_full (date, y, m, d, __LINE__)

static void
assert_date_full (const GDate *date,
                  int          year,
                  int          month,
                  int          day,
                  int          line)
{
  if (!g_date_valid (date) ||
      g_date_get_year (date) != year ||
      g_date_get_month (date) != month ||
      g_date_get_day (date) != day)
    {
      char got[32] = "(invalid)";

      if (g_date_valid (date))
        g_date_strftime (got, sizeof got, "%Y-%m-%d", date);

      g_error ("line %d: got %s, expected %04d-%02d-%02d", line, got, year, month, day);
    }
}

static GArray *
weeks_from (GListStore *store,
            int         year,
            int         month,
            int         day,
            guint       n_weeks)
{
  GArray *weeks;
  GDate monday;

  set_date (&monday, year, month, day);
  weeks = upright_stats_weeks (G_LIST_MODEL (store), &monday, n_weeks);
  g_assert_nonnull (weeks);
  g_assert_cmpuint (weeks->len, ==, n_weeks);

  return weeks;
}

#define week_at(weeks, i) (&g_array_index ((weeks), UprightWeek, (i)))

static void
assert_week_is_empty (const UprightWeek *week)
{
  g_assert_cmpuint (week->n_records, ==, 0);
  g_assert_cmpuint (week->strength_days, ==, 0);
  g_assert_cmpuint (week->posture_days, ==, 0);
  g_assert_cmpuint (week->impact_days, ==, 0);
  g_assert_cmpuint (week->balance_seconds, ==, 0);
  for (guint c = 0; c < UPRIGHT_N_CATEGORIES; c++)
    {
      g_assert_cmpuint (week->seconds[c], ==, 0);
      g_assert_cmpuint (week->sessions[c], ==, 0);
    }
  g_assert_true (isnan (week->mean_effort));
  g_assert_true (isnan (week->mean_pain));
  g_assert_cmpuint (week->max_pain, ==, 0);
}

static void
test_week_start (void)
{
  GDate day, monday;

  /* 23 March 2026 is a Monday: every day of its week leads back to it. */
  for (int d = 23; d <= 29; d++)
    {
      set_date (&day, 2026, 3, d);
      g_assert_cmpint (g_date_get_weekday (&day), ==, G_DATE_MONDAY + (d - 23));
      upright_stats_week_start (&day, &monday);
      assert_date (&monday, 2026, 3, 23);
      /* The day itself is left alone. */
      assert_date (&day, 2026, 3, d);
    }

  /* The next Monday begins the next week. */
  set_date (&day, 2026, 3, 30);
  upright_stats_week_start (&day, &monday);
  assert_date (&monday, 2026, 3, 30);

  /* Sunday 1 March 2026: back into February, which has 28 days. */
  set_date (&day, 2026, 3, 1);
  upright_stats_week_start (&day, &monday);
  assert_date (&monday, 2026, 2, 23);

  /* Sunday 1 March 2020: back into a February of 29 days. */
  set_date (&day, 2020, 3, 1);
  upright_stats_week_start (&day, &monday);
  assert_date (&monday, 2020, 2, 24);

  /* Thursday 1 January 2026 and Sunday 4 January: back into 2025. */
  set_date (&day, 2026, 1, 1);
  upright_stats_week_start (&day, &monday);
  assert_date (&monday, 2025, 12, 29);
  set_date (&day, 2026, 1, 4);
  upright_stats_week_start (&day, &monday);
  assert_date (&monday, 2025, 12, 29);
  set_date (&day, 2026, 1, 5);
  upright_stats_week_start (&day, &monday);
  assert_date (&monday, 2026, 1, 5);

  /* The result may go over the day itself. */
  set_date (&day, 2026, 1, 3);
  upright_stats_week_start (&day, &day);
  assert_date (&day, 2025, 12, 29);
}

static void
test_record_day (void)
{
  g_autoptr(GDateTime) late = parse_time ("2026-03-22T23:30:00+02:00");
  g_autoptr(GDateTime) early = parse_time ("2026-03-23T00:30:00+01:00");
  g_autoptr(GTimeZone) plus_three = g_time_zone_new_identifier ("+03:00");
  g_autoptr(GDateTime) late_elsewhere = NULL;
  g_autoptr(GDateTime) early_in_utc = NULL;
  g_autoptr(UprightRecord) late_record = NULL;
  g_autoptr(UprightRecord) early_record = NULL;
  GDate day;

  set_local_zone ("+03:00");

  /* Sunday 23:30 at +02:00 is already Monday 00:30 at +03:00, where the
   * computer is now, but the record stays on the Sunday it was made. */
  late_elsewhere = g_date_time_to_timezone (late, plus_three);
  g_assert_cmpint (g_date_time_get_day_of_week (late_elsewhere), ==, 1);
  late_record = upright_record_new ("sit-to-stand", UPRIGHT_CATEGORY_STRENGTH, late);
  upright_stats_record_day (late_record, &day);
  assert_date (&day, 2026, 3, 22);
  g_assert_cmpint (g_date_get_weekday (&day), ==, G_DATE_SUNDAY);

  /* Monday 00:30 at +01:00 is still Sunday in UTC, but it is Monday. */
  early_in_utc = g_date_time_to_utc (early);
  g_assert_cmpint (g_date_time_get_day_of_week (early_in_utc), ==, 7);
  early_record = upright_record_new ("chin-tuck", UPRIGHT_CATEGORY_POSTURE, early);
  upright_stats_record_day (early_record, &day);
  assert_date (&day, 2026, 3, 23);
  g_assert_cmpint (g_date_get_weekday (&day), ==, G_DATE_MONDAY);
}

/* A walk logged in minutes counts as impact on its day, adds to the week's
 * walking time and leaves the effort and pain means to the rated records. */
static void
test_walks (void)
{
  g_autoptr(GListStore) store = new_store ();
  g_autoptr(GArray) weeks = NULL;
  g_autoptr(GDateTime) monday = NULL;
  g_autoptr(GDateTime) friday = NULL;
  g_autoptr(UprightRecord) walk = NULL;
  g_autoptr(UprightRecord) other = NULL;
  UprightGoals goals = { 0, 0, 0, 2 };
  const UprightWeek *week;

  set_local_zone ("+01:00");

  monday = parse_time ("2026-03-02T09:00:00+01:00");
  friday = parse_time ("2026-03-06T17:30:00+01:00");
  walk = upright_record_new_walk (monday, 25);
  g_assert_true (upright_record_is_walk (walk));
  g_assert_cmpstr (upright_record_get_exercise_id (walk), ==, "walking");
  g_assert_cmpint (upright_record_get_category (walk), ==, UPRIGHT_CATEGORY_IMPACT);
  g_assert_cmpuint (upright_record_get_duration_seconds (walk), ==, 25 * 60);
  g_assert_true (upright_record_get_completed (walk));
  g_list_store_append (store, walk);
  other = upright_record_new_walk (friday, 40);
  g_list_store_append (store, other);
  add_record (store, UPRIGHT_CATEGORY_STRENGTH, "2026-03-03T10:00:00+01:00", 600, 6, 2);

  weeks = weeks_from (store, 2026, 3, 2, 1);
  week = week_at (weeks, 0);
  g_assert_cmpuint (week->n_records, ==, 3);
  g_assert_cmpuint (week->walking_seconds, ==, 65 * 60);
  g_assert_cmpuint (week->impact_days, ==, 2);
  g_assert_true (upright_week_meets (week, &goals, UPRIGHT_GOAL_IMPACT));
  /* Only the strength record said how it went. */
  g_assert_cmpfloat (week->mean_effort, ==, 6.0);
  g_assert_cmpfloat (week->mean_pain, ==, 2.0);
}

static void
test_totals (void)
{
  g_autoptr(GListStore) store = new_store ();
  g_autoptr(GArray) weeks = NULL;
  const UprightWeek *week;

  set_local_zone ("+01:00");

  /* The week of Monday 23 February 2026: one impact record, late on its
   * Sunday. */
  add_record (store, UPRIGHT_CATEGORY_IMPACT, "2026-03-01T23:59:00+01:00", 120, 8, 3);

  /* The week of Monday 2 March, in no particular order. */
  add_record (store, UPRIGHT_CATEGORY_BALANCE, "2026-03-07T11:00:00+01:00", 1250, 2, 4);
  add_record (store, UPRIGHT_CATEGORY_STRENGTH, "2026-03-02T09:00:00+01:00", 600, 5, 0);
  add_record (store, UPRIGHT_CATEGORY_STRENGTH, "2026-03-02T18:00:00+01:00", 900, 7, 2);
  add_record (store, UPRIGHT_CATEGORY_BALANCE, "2026-03-03T10:00:00+01:00", 300, 3, 0);
  add_record (store, UPRIGHT_CATEGORY_STRENGTH, "2026-03-05T10:00:00+01:00", 1200, 6, 1);
  add_record (store, UPRIGHT_CATEGORY_BALANCE, "2026-03-03T15:00:00+01:00", 450, 4, 0);
  add_record (store, UPRIGHT_CATEGORY_POSTURE, "2026-03-08T21:00:00+01:00", 60, 2, 0);

  /* Nothing in the week of Monday 9 March. */
  weeks = weeks_from (store, 2026, 2, 23, 3);

  week = week_at (weeks, 0);
  assert_date (&week->start, 2026, 2, 23);
  g_assert_cmpuint (week->n_records, ==, 1);
  g_assert_cmpuint (week->impact_days, ==, 1);
  g_assert_cmpuint (week->sessions[UPRIGHT_CATEGORY_IMPACT], ==, 1);
  g_assert_cmpuint (week->seconds[UPRIGHT_CATEGORY_IMPACT], ==, 120);
  g_assert_cmpuint (week->strength_days, ==, 0);
  g_assert_cmpuint (week->posture_days, ==, 0);
  g_assert_cmpuint (week->balance_seconds, ==, 0);
  g_assert_cmpfloat (week->mean_effort, ==, 8.0);
  g_assert_cmpfloat (week->mean_pain, ==, 3.0);
  g_assert_cmpuint (week->max_pain, ==, 3);

  week = week_at (weeks, 1);
  assert_date (&week->start, 2026, 3, 2);
  g_assert_cmpuint (week->n_records, ==, 7);

  /* Three strength sessions on Monday (twice) and Thursday: two days. */
  g_assert_cmpuint (week->sessions[UPRIGHT_CATEGORY_STRENGTH], ==, 3);
  g_assert_cmpuint (week->seconds[UPRIGHT_CATEGORY_STRENGTH], ==, 600 + 900 + 1200);
  g_assert_cmpuint (week->strength_days, ==, 2);
  g_assert_cmpuint (upright_week_get_progress (week, UPRIGHT_GOAL_STRENGTH), ==, 2);

  /* Balance on Tuesday (twice) and Saturday: 2000 seconds, 33 whole
   * minutes. */
  g_assert_cmpuint (week->sessions[UPRIGHT_CATEGORY_BALANCE], ==, 3);
  g_assert_cmpuint (week->seconds[UPRIGHT_CATEGORY_BALANCE], ==, 2000);
  g_assert_cmpuint (week->balance_seconds, ==, 2000);
  g_assert_cmpuint (upright_week_get_progress (week, UPRIGHT_GOAL_BALANCE), ==, 33);

  g_assert_cmpuint (week->sessions[UPRIGHT_CATEGORY_POSTURE], ==, 1);
  g_assert_cmpuint (week->seconds[UPRIGHT_CATEGORY_POSTURE], ==, 60);
  g_assert_cmpuint (week->posture_days, ==, 1);
  g_assert_cmpuint (upright_week_get_progress (week, UPRIGHT_GOAL_POSTURE), ==, 1);

  g_assert_cmpuint (week->sessions[UPRIGHT_CATEGORY_IMPACT], ==, 0);
  g_assert_cmpuint (week->seconds[UPRIGHT_CATEGORY_IMPACT], ==, 0);
  g_assert_cmpuint (week->impact_days, ==, 0);
  g_assert_cmpuint (upright_week_get_progress (week, UPRIGHT_GOAL_IMPACT), ==, 0);

  /* Effort 2 + 5 + 7 + 3 + 6 + 4 + 2 = 29 over 7 records; pain
   * 4 + 0 + 2 + 0 + 1 + 0 + 0 = 7, at most 4. */
  g_assert_cmpfloat_with_epsilon (week->mean_effort, 29.0 / 7.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (week->mean_pain, 1.0, 1e-9);
  g_assert_cmpuint (week->max_pain, ==, 4);

  week = week_at (weeks, 2);
  assert_date (&week->start, 2026, 3, 9);
  assert_week_is_empty (week);
}

static void
test_empty (void)
{
  g_autoptr(GListStore) store = new_store ();
  g_autoptr(GArray) weeks = NULL;
  g_autoptr(GArray) none = NULL;

  weeks = weeks_from (store, 2025, 12, 29, 2);
  assert_date (&week_at (weeks, 0)->start, 2025, 12, 29);
  assert_week_is_empty (week_at (weeks, 0));
  assert_date (&week_at (weeks, 1)->start, 2026, 1, 5);
  assert_week_is_empty (week_at (weeks, 1));

  add_simple (store, UPRIGHT_CATEGORY_STRENGTH, "2026-01-01T10:00:00Z");
  none = weeks_from (store, 2025, 12, 29, 0);
}

static void
test_outside (void)
{
  g_autoptr(GListStore) store = new_store ();
  g_autoptr(GArray) weeks = NULL;

  set_local_zone ("+01:00");

  /* The two weeks from Monday 2 March 2026 end on Sunday 15 March. */
  add_simple (store, UPRIGHT_CATEGORY_STRENGTH, "2026-03-01T23:59:59+01:00");
  add_simple (store, UPRIGHT_CATEGORY_BALANCE, "2026-03-02T00:00:00+01:00");
  add_simple (store, UPRIGHT_CATEGORY_POSTURE, "2026-03-15T23:59:59+01:00");
  add_simple (store, UPRIGHT_CATEGORY_IMPACT, "2026-03-16T00:00:00+01:00");
  add_simple (store, UPRIGHT_CATEGORY_STRENGTH, "2025-03-04T10:00:00+01:00");
  add_simple (store, UPRIGHT_CATEGORY_STRENGTH, "2027-03-04T10:00:00+01:00");

  weeks = weeks_from (store, 2026, 3, 2, 2);

  g_assert_cmpuint (week_at (weeks, 0)->n_records, ==, 1);
  g_assert_cmpuint (week_at (weeks, 0)->sessions[UPRIGHT_CATEGORY_BALANCE], ==, 1);
  g_assert_cmpuint (week_at (weeks, 0)->strength_days, ==, 0);

  g_assert_cmpuint (week_at (weeks, 1)->n_records, ==, 1);
  g_assert_cmpuint (week_at (weeks, 1)->posture_days, ==, 1);
  g_assert_cmpuint (week_at (weeks, 1)->impact_days, ==, 0);
}

static void
test_sunday_night (void)
{
  g_autoptr(GListStore) store = new_store ();
  g_autoptr(GArray) weeks = NULL;

  /* The computer is at +03:00, where the first record below is on a
   * Monday and the second, in UTC, on a Sunday. */
  set_local_zone ("+03:00");

  add_simple (store, UPRIGHT_CATEGORY_STRENGTH, "2026-03-22T23:30:00+02:00");
  add_simple (store, UPRIGHT_CATEGORY_POSTURE, "2026-03-23T00:30:00+01:00");

  weeks = weeks_from (store, 2026, 3, 16, 2);

  g_assert_cmpuint (week_at (weeks, 0)->n_records, ==, 1);
  g_assert_cmpuint (week_at (weeks, 0)->strength_days, ==, 1);
  g_assert_cmpuint (week_at (weeks, 0)->posture_days, ==, 0);

  g_assert_cmpuint (week_at (weeks, 1)->n_records, ==, 1);
  g_assert_cmpuint (week_at (weeks, 1)->strength_days, ==, 0);
  g_assert_cmpuint (week_at (weeks, 1)->posture_days, ==, 1);
}

/* Checks that Berlin's clocks read @local at the instant @start. */
static void
assert_berlin_time (const char *start,
                    const char *local)
{
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier (BERLIN);
  g_autoptr(GDateTime) when = parse_time (start);
  g_autoptr(GDateTime) there = g_date_time_to_timezone (when, berlin);
  g_autofree char *text = g_date_time_format (there, "%Y-%m-%dT%H:%M:%S%:z");

  g_assert_cmpstr (text, ==, local);
}

static void
test_dst_spring (void)
{
  g_autoptr(GListStore) store = new_store ();
  g_autoptr(GArray) weeks = NULL;
  const UprightWeek *week;

  /* The records were made in Berlin, in the week the clocks went forward
   * on Sunday 29 March 2026; they are looked at in New York. */
  set_local_zone ("EST5EDT,M3.2.0,M11.1.0");

  assert_berlin_time ("2026-03-29T00:30:00+01:00", "2026-03-29T00:30:00+01:00");
  assert_berlin_time ("2026-03-29T03:30:00+02:00", "2026-03-29T03:30:00+02:00");
  assert_berlin_time ("2026-03-30T00:30:00+02:00", "2026-03-30T00:30:00+02:00");

  /* Monday 00:30 at +01:00, which is Sunday in UTC. */
  add_simple (store, UPRIGHT_CATEGORY_POSTURE, "2026-03-23T00:30:00+01:00");
  /* Sunday before and after the change: one strength day. */
  add_simple (store, UPRIGHT_CATEGORY_STRENGTH, "2026-03-29T00:30:00+01:00");
  add_simple (store, UPRIGHT_CATEGORY_STRENGTH, "2026-03-29T03:30:00+02:00");
  add_record (store, UPRIGHT_CATEGORY_BALANCE, "2026-03-29T23:30:00+02:00", 900, 4, 0);
  /* Monday 00:30 at +02:00 would be Sunday at the winter offset, and in
   * UTC; it begins the next week. */
  add_simple (store, UPRIGHT_CATEGORY_POSTURE, "2026-03-30T00:30:00+02:00");

  weeks = weeks_from (store, 2026, 3, 23, 2);

  week = week_at (weeks, 0);
  g_assert_cmpuint (week->n_records, ==, 4);
  g_assert_cmpuint (week->sessions[UPRIGHT_CATEGORY_STRENGTH], ==, 2);
  g_assert_cmpuint (week->strength_days, ==, 1);
  g_assert_cmpuint (week->balance_seconds, ==, 900);
  g_assert_cmpuint (week->posture_days, ==, 1);

  week = week_at (weeks, 1);
  g_assert_cmpuint (week->n_records, ==, 1);
  g_assert_cmpuint (week->posture_days, ==, 1);
  g_assert_cmpuint (week->strength_days, ==, 0);
  g_assert_cmpuint (week->balance_seconds, ==, 0);
}

static void
test_dst_autumn (void)
{
  g_autoptr(GListStore) store = new_store ();
  g_autoptr(GArray) weeks = NULL;
  const UprightWeek *week;

  /* The clocks went back from 03:00 to 02:00 on Sunday 25 October 2026, so
   * 02:30 came twice. */
  set_local_zone ("EST5EDT,M3.2.0,M11.1.0");

  assert_berlin_time ("2026-10-25T00:30:00Z", "2026-10-25T02:30:00+02:00");
  assert_berlin_time ("2026-10-25T01:30:00Z", "2026-10-25T02:30:00+01:00");
  assert_berlin_time ("2026-10-25T22:30:00Z", "2026-10-25T23:30:00+01:00");

  /* Monday 00:30 at +02:00, Sunday in UTC. */
  add_simple (store, UPRIGHT_CATEGORY_IMPACT, "2026-10-19T00:30:00+02:00");
  /* 02:30 twice: the same Sunday. */
  add_simple (store, UPRIGHT_CATEGORY_POSTURE, "2026-10-25T02:30:00+02:00");
  add_simple (store, UPRIGHT_CATEGORY_POSTURE, "2026-10-25T02:30:00+01:00");
  /* Sunday 23:30 at +01:00 would be Monday at the summer offset. */
  add_simple (store, UPRIGHT_CATEGORY_STRENGTH, "2026-10-25T23:30:00+01:00");
  /* Monday 00:30 at +01:00, Sunday in UTC: the next week. */
  add_simple (store, UPRIGHT_CATEGORY_STRENGTH, "2026-10-26T00:30:00+01:00");

  weeks = weeks_from (store, 2026, 10, 19, 2);

  week = week_at (weeks, 0);
  g_assert_cmpuint (week->n_records, ==, 4);
  g_assert_cmpuint (week->impact_days, ==, 1);
  g_assert_cmpuint (week->sessions[UPRIGHT_CATEGORY_POSTURE], ==, 2);
  g_assert_cmpuint (week->posture_days, ==, 1);
  g_assert_cmpuint (week->strength_days, ==, 1);

  week = week_at (weeks, 1);
  g_assert_cmpuint (week->n_records, ==, 1);
  g_assert_cmpuint (week->strength_days, ==, 1);
  g_assert_cmpuint (week->posture_days, ==, 0);
}

static void
test_travel (void)
{
  g_autoptr(GListStore) store = new_store ();
  g_autoptr(GArray) weeks = NULL;
  const UprightWeek *week;

  /* A week in Tokyo (+09:00), then New York (-05:00), where the computer is
   * now. */
  set_local_zone ("-05:00");

  /* Monday 07:00 in Tokyo is Sunday evening in New York. */
  add_simple (store, UPRIGHT_CATEGORY_STRENGTH, "2026-06-01T07:00:00+09:00");
  /* Sunday morning in Tokyo and Sunday evening in New York are 26 hours
   * apart, but on the same Sunday, 7 June. */
  add_simple (store, UPRIGHT_CATEGORY_STRENGTH, "2026-06-07T08:00:00+09:00");
  add_simple (store, UPRIGHT_CATEGORY_STRENGTH, "2026-06-07T20:00:00-05:00");
  /* Saturday 22:00 in New York is Sunday in UTC and in Tokyo. */
  add_record (store, UPRIGHT_CATEGORY_BALANCE, "2026-06-06T22:00:00-05:00", 1200, 3, 0);
  /* Monday 06:00 in Tokyo, still Sunday in New York: the next week. */
  add_record (store, UPRIGHT_CATEGORY_BALANCE, "2026-06-08T06:00:00+09:00", 300, 3, 0);

  weeks = weeks_from (store, 2026, 6, 1, 2);

  week = week_at (weeks, 0);
  g_assert_cmpuint (week->n_records, ==, 4);
  g_assert_cmpuint (week->sessions[UPRIGHT_CATEGORY_STRENGTH], ==, 3);
  g_assert_cmpuint (week->strength_days, ==, 2);
  g_assert_cmpuint (week->balance_seconds, ==, 1200);

  week = week_at (weeks, 1);
  g_assert_cmpuint (week->n_records, ==, 1);
  g_assert_cmpuint (week->balance_seconds, ==, 300);
  g_assert_cmpuint (week->strength_days, ==, 0);
}

static void
test_goals (void)
{
  UprightGoals goals = { .strength_days = 2, .balance_minutes = 20, .posture_days = 7 };
  UprightGoals off = { 0 };
  UprightWeek week = { .strength_days = 2, .balance_seconds = 19 * 60 + 59, .posture_days = 7 };
  UprightWeek empty = { 0 };

  g_assert_cmpuint (upright_goals_get_target (&goals, UPRIGHT_GOAL_STRENGTH), ==, 2);
  g_assert_cmpuint (upright_goals_get_target (&goals, UPRIGHT_GOAL_BALANCE), ==, 20);
  g_assert_cmpuint (upright_goals_get_target (&goals, UPRIGHT_GOAL_POSTURE), ==, 7);
  g_assert_cmpuint (upright_goals_get_target (&goals, UPRIGHT_GOAL_IMPACT), ==, 0);

  /* 19 minutes 59 seconds fall one second short of 20 minutes. */
  g_assert_cmpuint (upright_week_get_progress (&week, UPRIGHT_GOAL_BALANCE), ==, 19);
  g_assert_true (upright_week_meets (&week, &goals, UPRIGHT_GOAL_STRENGTH));
  g_assert_false (upright_week_meets (&week, &goals, UPRIGHT_GOAL_BALANCE));
  g_assert_true (upright_week_meets (&week, &goals, UPRIGHT_GOAL_POSTURE));
  /* Impact is off, so met without a single day of it. */
  g_assert_true (upright_week_meets (&week, &goals, UPRIGHT_GOAL_IMPACT));
  g_assert_false (upright_week_meets_all (&week, &goals));

  week.balance_seconds = 20 * 60;
  g_assert_cmpuint (upright_week_get_progress (&week, UPRIGHT_GOAL_BALANCE), ==, 20);
  g_assert_true (upright_week_meets (&week, &goals, UPRIGHT_GOAL_BALANCE));
  g_assert_true (upright_week_meets_all (&week, &goals));

  /* Turned on, impact is not met. */
  goals.impact_days = 1;
  g_assert_false (upright_week_meets (&week, &goals, UPRIGHT_GOAL_IMPACT));
  g_assert_false (upright_week_meets_all (&week, &goals));
  week.impact_days = 1;
  g_assert_true (upright_week_meets_all (&week, &goals));

  /* One day short of strength, or of posture. */
  week.strength_days = 1;
  g_assert_false (upright_week_meets (&week, &goals, UPRIGHT_GOAL_STRENGTH));
  g_assert_false (upright_week_meets_all (&week, &goals));
  week.strength_days = 2;
  week.posture_days = 6;
  g_assert_false (upright_week_meets (&week, &goals, UPRIGHT_GOAL_POSTURE));
  g_assert_false (upright_week_meets_all (&week, &goals));

  /* An empty week meets goals that are all off, and none that is on. */
  g_assert_true (upright_week_meets_all (&empty, &off));
  for (guint goal = 0; goal < UPRIGHT_N_GOALS; goal++)
    {
      g_assert_cmpuint (upright_goals_get_target (&off, goal), ==, 0);
      g_assert_true (upright_week_meets (&empty, &off, goal));
      g_assert_false (upright_week_meets (&empty, &goals, goal));
    }
}

/* Strength on two days and @balance_seconds of balance in the week of
 * @monday, a Monday of 2026. */
static void
add_week (GListStore *store,
          int         month,
          int         monday,
          guint       balance_seconds)
{
  g_autofree char *mon = g_strdup_printf ("2026-%02d-%02dT10:00:00+02:00", month, monday);
  g_autoptr(GDateTime) first = parse_time (mon);
  g_autoptr(GDateTime) wed = g_date_time_add_days (first, 2);
  g_autoptr(GDateTime) fri = g_date_time_add_days (first, 4);
  g_autoptr(GDateTime) sun = g_date_time_add_days (first, 6);
  g_autofree char *wed_text = g_date_time_format_iso8601 (wed);
  g_autofree char *fri_text = g_date_time_format_iso8601 (fri);
  g_autofree char *sun_text = g_date_time_format_iso8601 (sun);

  g_assert_cmpint (g_date_time_get_day_of_week (first), ==, 1);

  add_simple (store, UPRIGHT_CATEGORY_STRENGTH, mon);
  add_simple (store, UPRIGHT_CATEGORY_STRENGTH, wed_text);
  add_record (store, UPRIGHT_CATEGORY_BALANCE, fri_text, balance_seconds / 2, 4, 0);
  add_record (store, UPRIGHT_CATEGORY_BALANCE, sun_text,
              balance_seconds - balance_seconds / 2, 4, 0);
}

static int
compare_starts (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  UprightRecord *record_a = (UprightRecord *) a;
  UprightRecord *record_b = (UprightRecord *) b;
  int order = g_date_time_compare (upright_record_get_start (record_a),
                                   upright_record_get_start (record_b));

  return order != 0 ? order : strcmp (upright_record_get_id (record_a), upright_record_get_id (record_b));
}

/* Checks that upright_stats_recent_weeks() gives what upright_stats_weeks()
 * and upright_stats_streak() give for the weeks up to @today, on the
 * records in time order as the journal keeps them, and returns the
 * streak. */
static guint
assert_recent_weeks (GListModel         *records,
                     const UprightGoals *goals,
                     const GDate        *today,
                     guint               n_weeks)
{
  g_autoptr(GListStore) sorted = new_store ();
  g_autoptr(GArray) expected = NULL;
  g_autoptr(GArray) weeks = NULL;
  guint expected_streak, streak = G_MAXUINT;
  GDate first;

  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(UprightRecord) record = g_list_model_get_item (records, i);

      g_list_store_insert_sorted (sorted, record, compare_starts, NULL);
    }

  upright_stats_week_start (today, &first);
  g_date_subtract_days (&first, 7 * (n_weeks - 1));
  expected = upright_stats_weeks (G_LIST_MODEL (sorted), &first, n_weeks);
  expected_streak = upright_stats_streak (G_LIST_MODEL (sorted), goals, today);

  weeks = upright_stats_recent_weeks (G_LIST_MODEL (sorted), goals, today, n_weeks, &streak);
  g_assert_nonnull (weeks);
  g_assert_cmpuint (weeks->len, ==, n_weeks);
  g_assert_cmpuint (streak, ==, expected_streak);
  for (guint i = 0; i < n_weeks; i++)
    {
      const UprightWeek *a = week_at (expected, i);
      const UprightWeek *b = week_at (weeks, i);

      g_assert_cmpint (g_date_compare (&a->start, &b->start), ==, 0);
      g_assert_cmpuint (a->n_records, ==, b->n_records);
      g_assert_cmpuint (a->strength_days, ==, b->strength_days);
      g_assert_cmpuint (a->posture_days, ==, b->posture_days);
      g_assert_cmpuint (a->impact_days, ==, b->impact_days);
      g_assert_cmpuint (a->balance_seconds, ==, b->balance_seconds);
      g_assert_cmpuint (a->max_pain, ==, b->max_pain);
      g_assert_cmpmem (a->seconds, sizeof a->seconds, b->seconds, sizeof b->seconds);
      g_assert_cmpmem (a->sessions, sizeof a->sessions, b->sessions, sizeof b->sessions);
      g_assert_true ((isnan (a->mean_effort) && isnan (b->mean_effort)) || a->mean_effort == b->mean_effort);
      g_assert_true ((isnan (a->mean_pain) && isnan (b->mean_pain)) || a->mean_pain == b->mean_pain);
    }

  return streak;
}

static guint
streak_on (GListStore         *store,
           const UprightGoals *goals,
           int                 month,
           int                 day)
{
  GDate today;
  guint streak;

  set_date (&today, 2026, month, day);
  streak = upright_stats_streak (G_LIST_MODEL (store), goals, &today);

  /* The Progress page counts it in one pass with the weeks it shows. */
  for (guint n_weeks = 1; n_weeks <= 27; n_weeks += 13)
    g_assert_cmpuint (assert_recent_weeks (G_LIST_MODEL (store), goals, &today, n_weeks), ==, streak);

  return streak;
}

static void
test_streak (void)
{
  g_autoptr(GListStore) store = new_store ();
  UprightGoals goals = { .strength_days = 2, .balance_minutes = 30 };
  UprightGoals off = { 0 };

  /* Today is Wednesday 15 April 2026, in the week of Monday 13 April. */
  g_assert_cmpuint (streak_on (store, &goals, 4, 15), ==, 0);

  add_week (store, 3, 9, 1800);
  /* Balance one second short in the week of 16 March. */
  add_week (store, 3, 16, 1799);
  add_week (store, 3, 23, 1800);
  add_week (store, 3, 30, 1800);
  add_week (store, 4, 6, 1800);

  /* Nothing yet this week, which does not break the streak. */
  g_assert_cmpuint (streak_on (store, &goals, 4, 15), ==, 3);
  g_assert_cmpuint (streak_on (store, &off, 4, 15), ==, 0);

  /* Under way but not met yet. */
  add_simple (store, UPRIGHT_CATEGORY_STRENGTH, "2026-04-13T09:00:00+02:00");
  add_record (store, UPRIGHT_CATEGORY_BALANCE, "2026-04-14T09:00:00+02:00", 1700, 4, 0);
  g_assert_cmpuint (streak_on (store, &goals, 4, 15), ==, 3);

  /* A second strength day and the last 100 seconds of balance. */
  add_simple (store, UPRIGHT_CATEGORY_STRENGTH, "2026-04-15T09:00:00+02:00");
  g_assert_cmpuint (streak_on (store, &goals, 4, 15), ==, 3);
  add_record (store, UPRIGHT_CATEGORY_BALANCE, "2026-04-15T18:00:00+02:00", 100, 4, 0);
  g_assert_cmpuint (streak_on (store, &goals, 4, 15), ==, 4);
  /* The same from Monday to Sunday of this week. */
  g_assert_cmpuint (streak_on (store, &goals, 4, 13), ==, 4);
  g_assert_cmpuint (streak_on (store, &goals, 4, 19), ==, 4);

  /* Next Monday, nothing done yet in the new week. */
  g_assert_cmpuint (streak_on (store, &goals, 4, 20), ==, 4);
  /* A week later the empty week of 20 April has broken it. */
  g_assert_cmpuint (streak_on (store, &goals, 4, 27), ==, 0);

  /* Back on Wednesday 25 March: only the week of 23 March is met so far. */
  g_assert_cmpuint (streak_on (store, &goals, 3, 25), ==, 1);
  /* On Wednesday 18 March the week of 9 March counts, and this week's
   * 1799 seconds are not met yet. */
  g_assert_cmpuint (streak_on (store, &goals, 3, 18), ==, 1);
  /* Before any record. */
  g_assert_cmpuint (streak_on (store, &goals, 3, 4), ==, 0);

  /* Every goal off. */
  g_assert_cmpuint (streak_on (store, &off, 4, 15), ==, 0);
}

static void
test_streak_after_gap (void)
{
  g_autoptr(GListStore) store = new_store ();
  UprightGoals goals = { .strength_days = 2, .balance_minutes = 30 };

  /* The weeks of 23 and 30 March are met, that of 6 April is empty, and
   * this week is met already. */
  add_week (store, 3, 23, 1800);
  add_week (store, 3, 30, 1800);
  add_week (store, 4, 13, 1800);

  g_assert_cmpuint (streak_on (store, &goals, 4, 15), ==, 1);
  /* Last week, on Wednesday 8 April, the streak was still alive. */
  g_assert_cmpuint (streak_on (store, &goals, 4, 8), ==, 2);
}

static void
test_streak_one_record_a_week (void)
{
  g_autoptr(GListStore) store = new_store ();
  UprightGoals goals = { .posture_days = 1 };

  /* One posture record in each of the weeks of 23 and 30 March and 6 April,
   * so there are exactly as many records as weeks in the streak. */
  add_simple (store, UPRIGHT_CATEGORY_POSTURE, "2026-03-29T20:00:00+02:00");
  add_simple (store, UPRIGHT_CATEGORY_POSTURE, "2026-03-30T08:00:00+02:00");
  add_simple (store, UPRIGHT_CATEGORY_POSTURE, "2026-04-12T20:00:00+02:00");
  g_assert_cmpuint (streak_on (store, &goals, 4, 15), ==, 3);

  /* And this week's. */
  add_simple (store, UPRIGHT_CATEGORY_POSTURE, "2026-04-13T08:00:00+02:00");
  g_assert_cmpuint (streak_on (store, &goals, 4, 15), ==, 4);

  /* A record ten years earlier changes nothing. */
  add_simple (store, UPRIGHT_CATEGORY_POSTURE, "2016-04-13T08:00:00+02:00");
  g_assert_cmpuint (streak_on (store, &goals, 4, 15), ==, 4);

  /* A strength record does not meet the posture goal. */
  add_simple (store, UPRIGHT_CATEGORY_STRENGTH, "2026-03-18T08:00:00+01:00");
  g_assert_cmpuint (streak_on (store, &goals, 4, 15), ==, 4);

  /* Nor does a record next week. */
  add_simple (store, UPRIGHT_CATEGORY_POSTURE, "2026-04-20T08:00:00+02:00");
  g_assert_cmpuint (streak_on (store, &goals, 4, 15), ==, 4);

  /* The week of 16 March joins the streak. */
  add_simple (store, UPRIGHT_CATEGORY_POSTURE, "2026-03-16T08:00:00+01:00");
  g_assert_cmpuint (streak_on (store, &goals, 4, 15), ==, 5);
}

#define MANY_RECORDS 100000
#define MANY_WEEKS   520

static void
test_many (void)
{
  g_autoptr(GListStore) store = new_store ();
  g_autoptr(GDateTime) first = parse_time ("2015-01-05T12:00:00Z");
  g_autoptr(GArray) weeks = NULL;
  guint totals[UPRIGHT_N_CATEGORIES] = { 0 };
  guint n_records = 0;
  UprightGoals goals = { .strength_days = 1 };
  const UprightWeek *week;
  GDate today;
  double seconds;

  /* Record i is on day i % 3640 of the 520 weeks from Monday 5 January
   * 2015, at noon, and its category is i % 4. As 3640 is a multiple of 4,
   * every record of day d has category d % 4: strength, balance, posture,
   * impact, strength... 100000 = 27 × 3640 + 1720, so days 0 to 1719 have 28
   * records and the others 27. */
  for (guint i = 0; i < MANY_RECORDS; i++)
    {
      g_autoptr(GDateTime) start = g_date_time_add_days (first, (int) (i % (MANY_WEEKS * 7)));
      g_autoptr(UprightRecord) record = NULL;
      UprightCategory category = i % UPRIGHT_N_CATEGORIES;

      record = upright_record_new (exercise_ids[category], category, start);
      upright_record_set_duration_seconds (record, 60);
      upright_record_set_effort (record, category);
      g_list_store_append (store, record);
    }

  g_test_timer_start ();
  weeks = weeks_from (store, 2015, 1, 5, MANY_WEEKS);
  seconds = g_test_timer_elapsed ();
  g_test_message ("%u records in %u weeks added up in %.3f s",
                  MANY_RECORDS, MANY_WEEKS, seconds);

  for (guint i = 0; i < weeks->len; i++)
    {
      week = week_at (weeks, i);
      n_records += week->n_records;
      for (guint c = 0; c < UPRIGHT_N_CATEGORIES; c++)
        {
          totals[c] += week->sessions[c];
          g_assert_cmpuint (week->seconds[c], ==, week->sessions[c] * 60);
        }
    }
  g_assert_cmpuint (n_records, ==, MANY_RECORDS);
  for (guint c = 0; c < UPRIGHT_N_CATEGORIES; c++)
    g_assert_cmpuint (totals[c], ==, MANY_RECORDS / 4);

  /* Days 0 to 6: strength, balance, posture, impact, strength, balance,
   * posture, 28 records each. */
  week = week_at (weeks, 0);
  assert_date (&week->start, 2015, 1, 5);
  g_assert_cmpuint (week->n_records, ==, 7 * 28);
  g_assert_cmpuint (week->strength_days, ==, 2);
  g_assert_cmpuint (week->posture_days, ==, 2);
  g_assert_cmpuint (week->impact_days, ==, 1);
  g_assert_cmpuint (week->sessions[UPRIGHT_CATEGORY_BALANCE], ==, 2 * 28);
  g_assert_cmpuint (week->balance_seconds, ==, 2 * 28 * 60);
  /* Effort is the category: (0 + 1 + 2 + 3 + 0 + 1 + 2) / 7 = 9 / 7. */
  g_assert_cmpfloat_with_epsilon (week->mean_effort, 9.0 / 7.0, 1e-9);

  /* Days 3633 to 3639, 27 records each: 3632 is a multiple of 4, so
   * balance, posture, impact, strength, balance, posture, impact. Ten years
   * from 5 January 2015 are 3650 days and the leap days of 2016, 2020 and
   * 2024, 3653 in all, so day 3633 is 20 days before 5 January 2025:
   * Monday 16 December 2024. */
  week = week_at (weeks, MANY_WEEKS - 1);
  assert_date (&week->start, 2024, 12, 16);
  g_assert_cmpuint (week->n_records, ==, 7 * 27);
  g_assert_cmpuint (week->strength_days, ==, 1);
  g_assert_cmpuint (week->posture_days, ==, 2);
  g_assert_cmpuint (week->impact_days, ==, 2);
  g_assert_cmpuint (week->balance_seconds, ==, 2 * 27 * 60);

  /* Every week has a strength day, so on the Wednesday of the last week
   * the streak covers all 520. */
  set_date (&today, 2024, 12, 18);
  g_test_timer_start ();
  g_assert_cmpuint (upright_stats_streak (G_LIST_MODEL (store), &goals, &today), ==, MANY_WEEKS);
  g_test_message ("The streak took %.3f s", g_test_timer_elapsed ());
}

/* Made-up journals with every UTC offset there is, times near midnight,
 * weeks that meet the goals and gaps, and today anywhere: the one pass
 * back from today gives the same weeks and streak as adding up the whole
 * journal, whatever the goals and the number of weeks shown. */
static void
test_recent_weeks_random (void)
{
  static const UprightGoals goal_sets[] = {
    { 0, 0, 0, 0 },
    { 2, 120, 7, 0 },
    { 1, 0, 0, 0 },
    { 0, 30, 0, 0 },
    { 0, 0, 2, 1 },
  };
  static const guint week_counts[] = { 1, 4, 8, 26, 52 };

  for (guint round = 0; round < 40; round++)
    {
      g_autoptr(GListStore) store = new_store ();
      g_autoptr(GDateTime) start = parse_time ("2024-01-01T00:00:00Z");
      GDate today;
      gint64 minutes = 0;
      guint n = g_test_rand_int_range (0, 400);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GTimeZone) zone = NULL;
          g_autoptr(GDateTime) utc = NULL;
          g_autoptr(GDateTime) local = NULL;
          g_autoptr(UprightRecord) record = NULL;
          UprightCategory category = g_test_rand_int_range (0, UPRIGHT_N_CATEGORIES);

          /* Mostly a day or less apart, now and then weeks. */
          minutes += g_test_rand_int_range (0, 100) < 5 ? g_test_rand_int_range (0, 60 * 24 * 40)
                                                        : g_test_rand_int_range (0, 60 * 30);
          zone = g_time_zone_new_offset (60 * g_test_rand_int_range (-12 * 60, 14 * 60 + 1));
          utc = g_date_time_add_minutes (start, (int) minutes);
          local = g_date_time_to_timezone (utc, zone);
          record = upright_record_new (exercise_ids[category], category, local);
          upright_record_set_duration_seconds (record, g_test_rand_int_range (0, 3600));
          upright_record_set_effort (record, g_test_rand_int_range (0, 11));
          upright_record_set_pain (record, g_test_rand_int_range (0, 11));
          g_list_store_append (store, record);
        }

      g_date_clear (&today, 1);
      g_date_set_dmy (&today, 1, G_DATE_JANUARY, 2024);
      g_date_add_days (&today, g_test_rand_int_range (0, 2 * 366));

      for (guint g = 0; g < G_N_ELEMENTS (goal_sets); g++)
        for (guint w = 0; w < G_N_ELEMENTS (week_counts); w++)
          assert_recent_weeks (G_LIST_MODEL (store), &goal_sets[g], &today, week_counts[w]);

      /* Each record is in the week of its day by its own offset. */
      {
        g_autoptr(GArray) weeks = NULL;
        GDate first;
        guint counts[52] = { 0 };

        upright_stats_week_start (&today, &first);
        g_date_subtract_days (&first, 7 * 51);
        weeks = upright_stats_weeks (G_LIST_MODEL (store), &first, 52);
        for (guint i = 0; i < n; i++)
          {
            g_autoptr(UprightRecord) record = g_list_model_get_item (G_LIST_MODEL (store), i);
            GDate day;
            int days;

            upright_stats_record_day (record, &day);
            days = g_date_days_between (&first, &day);
            if (days >= 0 && days < 7 * 52)
              counts[days / 7]++;
          }
        for (guint w = 0; w < 52; w++)
          g_assert_cmpuint (week_at (weeks, w)->n_records, ==, counts[w]);
      }
    }
}

/* A streak as long as the journal, and records after today. */
static void
test_recent_weeks_long_streak (void)
{
  g_autoptr(GListStore) store = new_store ();
  UprightGoals goals = { .strength_days = 1 };
  GDate today;

  for (guint week = 0; week < 300; week++)
    {
      g_autofree char *text = NULL;
      g_autoptr(GDateTime) monday = parse_time ("2020-01-06T23:30:00-11:00");
      g_autoptr(GDateTime) when = g_date_time_add_weeks (monday, (int) week);

      text = g_date_time_format_iso8601 (when);
      add_simple (store, UPRIGHT_CATEGORY_STRENGTH, text);
    }

  /* Within the journal, at its last week and after it. */
  set_date (&today, 2024, 6, 5);
  g_assert_cmpuint (assert_recent_weeks (G_LIST_MODEL (store), &goals, &today, 8), >, 200);
  set_date (&today, 2025, 10, 8);
  assert_recent_weeks (G_LIST_MODEL (store), &goals, &today, 52);
  set_date (&today, 2025, 12, 31);
  g_assert_cmpuint (assert_recent_weeks (G_LIST_MODEL (store), &goals, &today, 26), ==, 0);
  set_date (&today, 2020, 1, 8);
  g_assert_cmpuint (assert_recent_weeks (G_LIST_MODEL (store), &goals, &today, 52), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  /* Somewhere none of the records below was made, unless a test moves. */
  set_local_zone ("+05:45");

  g_test_add_func ("/stats/week-start", test_week_start);
  g_test_add_func ("/stats/record-day", test_record_day);
  g_test_add_func ("/stats/totals", test_totals);
  g_test_add_func ("/stats/walks", test_walks);
  g_test_add_func ("/stats/empty", test_empty);
  g_test_add_func ("/stats/outside", test_outside);
  g_test_add_func ("/stats/sunday-night", test_sunday_night);
  g_test_add_func ("/stats/dst-spring", test_dst_spring);
  g_test_add_func ("/stats/dst-autumn", test_dst_autumn);
  g_test_add_func ("/stats/travel", test_travel);
  g_test_add_func ("/stats/goals", test_goals);
  g_test_add_func ("/stats/streak", test_streak);
  g_test_add_func ("/stats/streak-after-gap", test_streak_after_gap);
  g_test_add_func ("/stats/streak-one-record-a-week", test_streak_one_record_a_week);
  g_test_add_func ("/stats/many", test_many);
  g_test_add_func ("/stats/recent-weeks-random", test_recent_weeks_random);
  g_test_add_func ("/stats/recent-weeks-long-streak", test_recent_weeks_long_streak);

  return g_test_run ();
}
