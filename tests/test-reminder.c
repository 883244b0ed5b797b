/* test-reminder.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "core/upright-reminder.h"

/* Owns a reminder on a fake wall clock and counts what it emits. */
typedef struct {
  GTimeZone       *tz;
  GDateTime       *now;
  UprightReminder *reminder;
  guint            n_due;
  guint            n_notify;
  /* For the real-time test: the fake clock follows the monotonic clock. */
  gint64           follow_since;
  GMainLoop       *loop;
} Fixture;

static GDateTime *
fake_now (gpointer user_data)
{
  Fixture *f = user_data;

  if (f->follow_since != 0)
    return g_date_time_add (f->now, g_get_monotonic_time () - f->follow_since);

  return g_date_time_ref (f->now);
}

static void
due_cb (UprightReminder *reminder,
        Fixture         *f)
{
  g_assert_true (upright_reminder_get_enabled (reminder));
  g_assert_false (upright_reminder_get_in_session (reminder));
  f->n_due++;

  if (f->loop != NULL)
    g_main_loop_quit (f->loop);
}

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           Fixture    *f)
{
  f->n_notify++;
}

static void
set_now (Fixture *f,
         int      year,
         int      month,
         int      day,
         int      hour,
         int      minute)
{
  g_clear_pointer (&f->now, g_date_time_unref);
  f->now = g_date_time_new (f->tz, year, month, day, hour, minute, 0);
  g_assert_nonnull (f->now);
}

static void
add_minutes (Fixture *f,
             int      minutes)
{
  GDateTime *later = g_date_time_add_minutes (f->now, minutes);

  g_date_time_unref (f->now);
  f->now = later;
}

static void
add_seconds (Fixture *f,
             double   seconds)
{
  GDateTime *later = g_date_time_add_seconds (f->now, seconds);

  g_date_time_unref (f->now);
  f->now = later;
}

/* Moves the clock to the next reminder. */
static void
go_to_due (Fixture *f)
{
  GDateTime *due = upright_reminder_get_next_due (f->reminder);

  g_assert_nonnull (due);
  g_date_time_unref (f->now);
  f->now = due;
}

/* Starts at @day @hour:@minute in @tz_name with reminders on. */
static gboolean
fixture_init (Fixture    *f,
              const char *tz_name,
              int         day,
              int         hour,
              int         minute,
              guint       start_hour,
              guint       end_hour,
              guint       interval)
{
  memset (f, 0, sizeof *f);

  f->tz = tz_name != NULL ? g_time_zone_new_identifier (tz_name) : g_time_zone_new_utc ();
  if (f->tz == NULL)
    {
      g_test_skip ("The time zone data is missing");
      return FALSE;
    }

  set_now (f, 2024, 3, day, hour, minute);
  f->reminder = g_object_new (UPRIGHT_TYPE_REMINDER,
                              "interval-minutes", interval,
                              "active-start-hour", start_hour,
                              "active-end-hour", end_hour,
                              NULL);
  g_assert_true (upright_reminder_get_auto_schedule (f->reminder));
  upright_reminder_set_now_func (f->reminder, fake_now, f);
  g_assert_false (upright_reminder_get_auto_schedule (f->reminder));
  g_assert_false (upright_reminder_get_enabled (f->reminder));

  g_signal_connect (f->reminder, "due", G_CALLBACK (due_cb), f);
  g_signal_connect (f->reminder, "notify", G_CALLBACK (notify_cb), f);

  upright_reminder_set_enabled (f->reminder, TRUE);
  g_assert_cmpuint (f->n_notify, ==, 1);
  f->n_notify = 0;

  return TRUE;
}

static void
fixture_clear (Fixture *f)
{
  g_assert_finalize_object (f->reminder);
  g_clear_pointer (&f->now, g_date_time_unref);
  g_clear_pointer (&f->tz, g_time_zone_unref);
}

#define assert_next_due(f, d, h, m) \
  assert_next_due_full (f, 2024, 3, d, h, m, __LINE__)

static void
assert_next_due_full (Fixture *f,
                      int      year,
                      int      month,
                      int      day,
                      int      hour,
                      int      minute,
                      int      line)
{
  g_autoptr(GDateTime) due = upright_reminder_get_next_due (f->reminder);
  g_autoptr(GDateTime) expected = g_date_time_new (f->tz, year, month, day, hour, minute, 0);

  if (due == NULL || !g_date_time_equal (due, expected))
    {
      g_autofree char *got = due != NULL ? g_date_time_format_iso8601 (due) : g_strdup ("(null)");
      g_autofree char *want = g_date_time_format_iso8601 (expected);

      g_error ("line %d: next reminder at %s, expected %s", line, got, want);
    }

  /* Asking again gives the same answer. */
  g_clear_pointer (&due, g_date_time_unref);
  due = upright_reminder_get_next_due (f->reminder);
  g_assert_true (g_date_time_equal (due, expected));
}

static void
test_reminder_interval (void)
{
  Fixture f;

  fixture_init (&f, NULL, 4, 9, 0, 9, 20, 60);

  assert_next_due (&f, 4, 10, 0);
  set_now (&f, 2024, 3, 4, 9, 59);
  g_assert_false (upright_reminder_check (f.reminder));
  g_assert_cmpuint (f.n_due, ==, 0);

  set_now (&f, 2024, 3, 4, 10, 0);
  g_assert_true (upright_reminder_check (f.reminder));
  g_assert_cmpuint (f.n_due, ==, 1);
  assert_next_due (&f, 4, 11, 0);

  /* A late check does not make the schedule drift. */
  set_now (&f, 2024, 3, 4, 11, 3);
  assert_next_due (&f, 4, 11, 3);
  g_assert_true (upright_reminder_check (f.reminder));
  g_assert_cmpuint (f.n_due, ==, 2);
  assert_next_due (&f, 4, 12, 0);

  fixture_clear (&f);
}

static void
test_reminder_no_double (void)
{
  Fixture f;
  guint i;

  fixture_init (&f, NULL, 4, 9, 0, 9, 20, 60);

  set_now (&f, 2024, 3, 4, 10, 0);
  g_assert_true (upright_reminder_check (f.reminder));
  g_assert_false (upright_reminder_check (f.reminder));
  g_assert_cmpuint (f.n_due, ==, 1);

  /* Minute by minute until just before 10:00 two days later: 10:00 to
   * 19:00 each day. */
  f.n_due = 0;
  for (i = 0; i < 2 * 24 * 60 - 1; i++)
    {
      add_minutes (&f, 1);
      upright_reminder_check (f.reminder);
      upright_reminder_check (f.reminder);
    }
  g_assert_cmpuint (f.n_due, ==, 9 + 10);
  assert_next_due (&f, 6, 10, 0);

  fixture_clear (&f);
}

static void
test_reminder_end_of_hours (void)
{
  Fixture f;

  fixture_init (&f, NULL, 4, 19, 30, 9, 20, 60);

  /* 20:30 is after the active hours: the next day's start plus an interval. */
  assert_next_due (&f, 5, 10, 0);

  /* The end hour itself is no longer active. */
  set_now (&f, 2024, 3, 4, 19, 0);
  upright_reminder_reset (f.reminder);
  assert_next_due (&f, 5, 10, 0);

  set_now (&f, 2024, 3, 4, 18, 45);
  upright_reminder_reset (f.reminder);
  assert_next_due (&f, 4, 19, 45);

  /* A reminder missed until after the end is dropped, not shown at night. */
  set_now (&f, 2024, 3, 4, 21, 0);
  g_assert_false (upright_reminder_check (f.reminder));
  assert_next_due (&f, 5, 10, 0);

  /* Before the start of the active hours. */
  set_now (&f, 2024, 3, 5, 6, 0);
  upright_reminder_reset (f.reminder);
  assert_next_due (&f, 5, 10, 0);

  /* Active hours shorter than an interval remind at their start. */
  upright_reminder_set_active_end_hour (f.reminder, 10);
  upright_reminder_set_interval_minutes (f.reminder, 120);
  assert_next_due (&f, 5, 9, 0);

  /* Until the end of the day. */
  upright_reminder_set_active_end_hour (f.reminder, 24);
  set_now (&f, 2024, 3, 5, 21, 30);
  upright_reminder_reset (f.reminder);
  assert_next_due (&f, 5, 23, 30);

  fixture_clear (&f);
}

static void
test_reminder_past_midnight (void)
{
  Fixture f;
  static const int expected[] = { 22, 23, 0, 1, 2, 3, 4, 5, 23 };
  guint i;

  fixture_init (&f, NULL, 4, 21, 30, 22, 6, 60);

  for (i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      go_to_due (&f);
      g_assert_cmpint (g_date_time_get_hour (f.now), ==, expected[i]);
      g_assert_cmpint (g_date_time_get_minute (f.now), ==, i < 8 ? 30 : 0);
      g_assert_true (upright_reminder_check (f.reminder));
      g_assert_false (upright_reminder_check (f.reminder));
    }
  g_assert_cmpuint (f.n_due, ==, G_N_ELEMENTS (expected));
  g_assert_cmpint (g_date_time_get_day_of_month (f.now), ==, 5);

  /* From the middle of the day: the evening start plus an interval. */
  set_now (&f, 2024, 3, 6, 12, 0);
  upright_reminder_reset (f.reminder);
  assert_next_due (&f, 6, 23, 0);

  /* Just after midnight is inside. */
  set_now (&f, 2024, 3, 6, 23, 30);
  upright_reminder_reset (f.reminder);
  assert_next_due (&f, 7, 0, 30);

  /* Equal start and end: all day. */
  upright_reminder_set_active_end_hour (f.reminder, 22);
  set_now (&f, 2024, 3, 7, 12, 0);
  upright_reminder_reset (f.reminder);
  assert_next_due (&f, 7, 13, 0);

  fixture_clear (&f);
}

static void
test_reminder_enable (void)
{
  Fixture f;
  GDateTime *due;

  fixture_init (&f, NULL, 4, 9, 0, 9, 20, 60);

  upright_reminder_set_enabled (f.reminder, FALSE);
  upright_reminder_set_enabled (f.reminder, FALSE);
  g_assert_cmpuint (f.n_notify, ==, 1);
  g_assert_null (upright_reminder_get_next_due (f.reminder));

  set_now (&f, 2024, 3, 4, 10, 0);
  g_assert_false (upright_reminder_check (f.reminder));
  set_now (&f, 2024, 3, 4, 15, 0);
  g_assert_false (upright_reminder_check (f.reminder));
  g_assert_cmpuint (f.n_due, ==, 0);

  /* The interval starts when reminders are turned on. */
  set_now (&f, 2024, 3, 4, 15, 20);
  g_object_set (f.reminder, "enabled", TRUE, NULL);
  g_assert_cmpuint (f.n_notify, ==, 2);
  assert_next_due (&f, 4, 16, 20);

  due = upright_reminder_get_next_due (f.reminder);
  g_assert_nonnull (due);
  g_date_time_unref (due);

  fixture_clear (&f);
}

static void
test_reminder_change_interval (void)
{
  Fixture f;
  guint value = 0;

  fixture_init (&f, NULL, 4, 9, 0, 9, 20, 60);

  upright_reminder_set_interval_minutes (f.reminder, 30);
  upright_reminder_set_interval_minutes (f.reminder, 30);
  g_assert_cmpuint (f.n_notify, ==, 1);
  g_object_get (f.reminder, "interval-minutes", &value, NULL);
  g_assert_cmpuint (value, ==, 30);
  assert_next_due (&f, 4, 9, 30);

  set_now (&f, 2024, 3, 4, 9, 10);
  g_object_set (f.reminder, "interval-minutes", 120, NULL);
  assert_next_due (&f, 4, 11, 0);

  /* An interval that has already passed is due now. */
  set_now (&f, 2024, 3, 4, 9, 20);
  upright_reminder_set_interval_minutes (f.reminder, 15);
  assert_next_due (&f, 4, 9, 20);
  g_assert_true (upright_reminder_check (f.reminder));
  assert_next_due (&f, 4, 9, 30);

  /* Changing the active hours moves the next reminder too. */
  upright_reminder_set_active_start_hour (f.reminder, 12);
  g_assert_cmpuint (upright_reminder_get_active_start_hour (f.reminder), ==, 12);
  assert_next_due (&f, 4, 12, 15);

  fixture_clear (&f);
}

static void
test_reminder_snooze (void)
{
  Fixture f;

  fixture_init (&f, NULL, 4, 9, 0, 9, 20, 60);

  set_now (&f, 2024, 3, 4, 10, 0);
  g_assert_true (upright_reminder_check (f.reminder));
  upright_reminder_snooze (f.reminder, 10);
  assert_next_due (&f, 4, 10, 10);

  set_now (&f, 2024, 3, 4, 10, 10);
  g_assert_true (upright_reminder_check (f.reminder));
  g_assert_false (upright_reminder_check (f.reminder));
  assert_next_due (&f, 4, 11, 10);

  /* Snoozing past the end of the active hours waits for the next day. */
  set_now (&f, 2024, 3, 4, 19, 55);
  upright_reminder_snooze (f.reminder, 10);
  assert_next_due (&f, 5, 10, 0);

  /* Resetting forgets the snooze. */
  upright_reminder_reset (f.reminder);
  set_now (&f, 2024, 3, 5, 9, 30);
  upright_reminder_snooze (f.reminder, 45);
  assert_next_due (&f, 5, 10, 15);
  upright_reminder_reset (f.reminder);
  assert_next_due (&f, 5, 10, 30);

  fixture_clear (&f);
}

static void
test_reminder_session (void)
{
  Fixture f;

  fixture_init (&f, NULL, 4, 9, 0, 9, 20, 60);

  set_now (&f, 2024, 3, 4, 9, 30);
  g_object_set (f.reminder, "in-session", TRUE, NULL);
  g_assert_cmpuint (f.n_notify, ==, 1);

  set_now (&f, 2024, 3, 4, 10, 0);
  g_assert_false (upright_reminder_check (f.reminder));
  set_now (&f, 2024, 3, 4, 10, 20);
  g_assert_false (upright_reminder_check (f.reminder));
  g_assert_cmpuint (f.n_due, ==, 0);

  /* Ending the session restarts the interval. */
  upright_reminder_set_in_session (f.reminder, FALSE);
  g_assert_cmpuint (f.n_notify, ==, 2);
  assert_next_due (&f, 4, 11, 20);
  g_assert_false (upright_reminder_check (f.reminder));

  set_now (&f, 2024, 3, 4, 11, 20);
  g_assert_true (upright_reminder_check (f.reminder));
  g_assert_cmpuint (f.n_due, ==, 1);

  /* Resetting by hand does the same. */
  set_now (&f, 2024, 3, 4, 11, 50);
  upright_reminder_reset (f.reminder);
  assert_next_due (&f, 4, 12, 50);

  fixture_clear (&f);
}

static void
test_reminder_daylight_saving (void)
{
  Fixture f;
  /* Berlin springs forward from 02:00 to 03:00 on 31 March 2024. */
  static const int expected[] = { 23, 0, 1, 3, 4, 5, 23 };
  g_autoptr(GDateTime) last = NULL;
  g_autoptr(GDateTime) due = NULL;
  guint i;

  if (!fixture_init (&f, "Europe/Berlin", 30, 22, 0, 22, 6, 60))
    return;

  for (i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      go_to_due (&f);
      g_assert_cmpint (g_date_time_get_hour (f.now), ==, expected[i]);
      g_assert_cmpint (g_date_time_get_minute (f.now), ==, 0);
      if (last != NULL)
        g_assert_cmpint (g_date_time_compare (last, f.now), <, 0);
      g_clear_pointer (&last, g_date_time_unref);
      last = g_date_time_ref (f.now);

      g_assert_true (upright_reminder_check (f.reminder));
      g_assert_false (upright_reminder_check (f.reminder));
    }
  g_assert_cmpuint (f.n_due, ==, G_N_ELEMENTS (expected));

  /* Minute by minute through the same night. */
  set_now (&f, 2024, 3, 30, 22, 0);
  upright_reminder_reset (f.reminder);
  f.n_due = 0;
  for (i = 0; i < 9 * 60; i++)
    {
      add_minutes (&f, 1);
      upright_reminder_check (f.reminder);
      upright_reminder_check (f.reminder);
    }
  g_assert_cmpuint (f.n_due, ==, 6);

  /* Daytime hours stay at their wall-clock hours across the change. */
  upright_reminder_set_active_start_hour (f.reminder, 9);
  upright_reminder_set_active_end_hour (f.reminder, 20);
  set_now (&f, 2024, 3, 30, 19, 0);
  upright_reminder_reset (f.reminder);
  assert_next_due (&f, 31, 10, 0);
  go_to_due (&f);
  g_assert_cmpint (g_date_time_get_utc_offset (f.now), ==, 2 * G_TIME_SPAN_HOUR);
  g_assert_true (upright_reminder_check (f.reminder));
  assert_next_due (&f, 31, 11, 0);

  /* Active hours that start in the hour that does not exist. */
  upright_reminder_set_active_start_hour (f.reminder, 2);
  upright_reminder_set_active_end_hour (f.reminder, 6);
  set_now (&f, 2024, 3, 30, 23, 0);
  upright_reminder_reset (f.reminder);
  due = upright_reminder_get_next_due (f.reminder);
  g_assert_nonnull (due);
  g_assert_cmpint (g_date_time_compare (due, f.now), >, 0);
  g_assert_cmpint (g_date_time_get_day_of_month (due), ==, 31);
  g_assert_cmpint (g_date_time_get_hour (due), >=, 2);
  g_assert_cmpint (g_date_time_get_hour (due), <, 6);
  go_to_due (&f);
  g_assert_true (upright_reminder_check (f.reminder));
  g_assert_false (upright_reminder_check (f.reminder));

  fixture_clear (&f);
}

static gboolean
failsafe_cb (gpointer user_data)
{
  g_error ("No reminder came");
  return G_SOURCE_REMOVE;
}

static void
test_reminder_auto_schedule (void)
{
  Fixture f;
  guint failsafe;

  fixture_init (&f, NULL, 4, 9, 0, 9, 20, 60);

  /* The clock follows real time from a fifth of a second before 10:00. */
  set_now (&f, 2024, 3, 4, 9, 59);
  add_seconds (&f, 59.8);
  f.follow_since = g_get_monotonic_time ();
  f.loop = g_main_loop_new (NULL, FALSE);

  upright_reminder_set_auto_schedule (f.reminder, TRUE);
  failsafe = g_timeout_add_seconds (5, failsafe_cb, NULL);
  g_main_loop_run (f.loop);
  g_source_remove (failsafe);

  g_assert_cmpuint (f.n_due, ==, 1);
  g_assert_cmpint (g_get_monotonic_time () - f.follow_since, >=, G_USEC_PER_SEC / 5);

  /* Disabling removes the timeout; the object takes it away when finalized. */
  upright_reminder_set_enabled (f.reminder, FALSE);
  g_assert_false (g_main_context_pending (NULL));
  upright_reminder_set_enabled (f.reminder, TRUE);

  g_main_loop_unref (f.loop);
  fixture_clear (&f);
  g_assert_false (g_main_context_pending (NULL));
}

static void
test_reminder_default_clock (void)
{
  UprightReminder *reminder = upright_reminder_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) due = NULL;

  g_assert_true (upright_reminder_get_auto_schedule (reminder));
  g_assert_false (upright_reminder_get_enabled (reminder));
  g_assert_cmpuint (upright_reminder_get_interval_minutes (reminder), ==, 60);
  g_assert_cmpuint (upright_reminder_get_active_start_hour (reminder), ==, 9);
  g_assert_cmpuint (upright_reminder_get_active_end_hour (reminder), ==, 20);
  g_assert_null (upright_reminder_get_next_due (reminder));

  upright_reminder_set_enabled (reminder, TRUE);
  due = upright_reminder_get_next_due (reminder);
  g_assert_nonnull (due);
  g_assert_cmpint (g_date_time_compare (due, now), >, 0);

  g_assert_finalize_object (reminder);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/reminder/interval", test_reminder_interval);
  g_test_add_func ("/reminder/no-double", test_reminder_no_double);
  g_test_add_func ("/reminder/end-of-hours", test_reminder_end_of_hours);
  g_test_add_func ("/reminder/past-midnight", test_reminder_past_midnight);
  g_test_add_func ("/reminder/enable", test_reminder_enable);
  g_test_add_func ("/reminder/change-interval", test_reminder_change_interval);
  g_test_add_func ("/reminder/snooze", test_reminder_snooze);
  g_test_add_func ("/reminder/session", test_reminder_session);
  g_test_add_func ("/reminder/daylight-saving", test_reminder_daylight_saving);
  g_test_add_func ("/reminder/auto-schedule", test_reminder_auto_schedule);
  g_test_add_func ("/reminder/default-clock", test_reminder_default_clock);

  return g_test_run ();
}
