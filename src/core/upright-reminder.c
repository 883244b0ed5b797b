/* upright-reminder.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "upright-reminder.h"

/* When posture reminders are due; showing them is someone else's job.
 *
 * The schedule hangs on an anchor: the last reminder, or the moment the
 * reminders were turned on, the clock was set or the interval restarted. The
 * next reminder is one interval after the anchor, or at the snooze time.
 *
 * Active hours run from the start of the start hour up to, not including,
 * the start of the end hour, by the wall clock. An end at or before the start
 * means they run past midnight; an end equal to the start means all day.
 * A reminder that would fall outside them moves to the start of the next
 * active period plus one interval, or to the start itself when the period is
 * shorter than an interval.
 *
 * Intervals are real minutes, so across a daylight-saving change a reminder
 * an hour after 01:00 is at 03:00 by the wall clock. A reminder missed by a
 * whole interval or more, or missed until the active hours ended (the
 * computer slept, or the clock jumped), is dropped and the interval restarts
 * from then rather than reminding at once.
 */

#define DEFAULT_INTERVAL_MINUTES  60
#define MIN_INTERVAL_MINUTES      15
#define MAX_INTERVAL_MINUTES      240
#define DEFAULT_START_HOUR        9
#define DEFAULT_END_HOUR          20
/* The longest wait before looking at the clock again, in case it jumps. */
#define MAX_WAIT_SECONDS          (15 * 60)

struct _UprightReminder
{
  GObject         parent_instance;

  gboolean        enabled;
  guint           interval_minutes;
  guint           start_hour;
  guint           end_hour;
  gboolean        in_session;

  UprightNowFunc  now_func;
  gpointer        now_data;
  gboolean        auto_schedule;
  guint           timeout_id;

  GDateTime      *anchor;
  /* The snooze time, which replaces anchor + interval until it is reached. */
  GDateTime      *snoozed_until;
};

G_DEFINE_FINAL_TYPE (UprightReminder, upright_reminder, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ENABLED,
  PROP_INTERVAL_MINUTES,
  PROP_ACTIVE_START_HOUR,
  PROP_ACTIVE_END_HOUR,
  PROP_IN_SESSION,
  N_PROPS
};

enum {
  DUE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static GDateTime *
default_now (gpointer user_data)
{
  return g_date_time_new_now_local ();
}

static GDateTime *
get_now (UprightReminder *self)
{
  GDateTime *now = self->now_func (self->now_data);

  g_assert (now != NULL);

  return now;
}

static gboolean
is_active (UprightReminder *self,
           GDateTime       *when)
{
  guint hour = (guint) g_date_time_get_hour (when);

  if (self->start_hour < self->end_hour)
    return hour >= self->start_hour && hour < self->end_hour;

  /* Past midnight, or all day when the start and end are equal. */
  return hour >= self->start_hour || hour < self->end_hour;
}

/* The first start of the active hours after @when, in its time zone. */
static GDateTime *
next_active_start (UprightReminder *self,
                   GDateTime       *when)
{
  GTimeZone *tz = g_date_time_get_timezone (when);
  g_autoptr(GDateTime) start = NULL;
  GDate date;
  int year, month, day;

  g_date_time_get_ymd (when, &year, &month, &day);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);

  start = g_date_time_new (tz, year, month, day, (int) self->start_hour, 0, 0);
  if (start == NULL || g_date_time_compare (start, when) <= 0)
    {
      g_clear_pointer (&start, g_date_time_unref);
      g_date_add_days (&date, 1);
      start = g_date_time_new (tz,
                               g_date_get_year (&date),
                               g_date_get_month (&date),
                               g_date_get_day (&date),
                               (int) self->start_hour, 0, 0);
    }

  g_assert (start != NULL);

  return g_steal_pointer (&start);
}

/* Moves @when into the active hours, as described at the top. */
static GDateTime *
into_active_hours (UprightReminder *self,
                   GDateTime       *when)
{
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) later = NULL;

  if (is_active (self, when))
    return g_date_time_ref (when);

  start = next_active_start (self, when);
  later = g_date_time_add_minutes (start, (int) self->interval_minutes);

  if (is_active (self, later))
    return g_steal_pointer (&later);

  return g_steal_pointer (&start);
}

static GDateTime *
compute_due (UprightReminder *self)
{
  g_autoptr(GDateTime) raw = NULL;

  g_assert (self->anchor != NULL);

  if (self->snoozed_until != NULL)
    raw = g_date_time_ref (self->snoozed_until);
  else
    raw = g_date_time_add_minutes (self->anchor, (int) self->interval_minutes);

  return into_active_hours (self, raw);
}

static void
restart_from (UprightReminder *self,
              GDateTime       *when)
{
  g_clear_pointer (&self->snoozed_until, g_date_time_unref);
  g_clear_pointer (&self->anchor, g_date_time_unref);
  self->anchor = g_date_time_ref (when);
}

/* The next reminder as seen at @now, which may be due already. A reminder
 * missed for too long restarts the interval from @now. */
static GDateTime *
refresh (UprightReminder *self,
         GDateTime       *now)
{
  g_autoptr(GDateTime) due = compute_due (self);
  GTimeSpan late = g_date_time_difference (now, due);

  if (late >= 0 &&
      (late >= (GTimeSpan) self->interval_minutes * G_TIME_SPAN_MINUTE ||
       !is_active (self, now)))
    {
      restart_from (self, now);
      g_clear_pointer (&due, g_date_time_unref);
      due = compute_due (self);
    }

  return g_steal_pointer (&due);
}

static void schedule (UprightReminder *self);

static gboolean
timeout_cb (gpointer user_data)
{
  g_autoptr(UprightReminder) self = g_object_ref (user_data);

  self->timeout_id = 0;
  if (!upright_reminder_check (self))
    schedule (self);

  return G_SOURCE_REMOVE;
}

/* Keeps one timeout until the next reminder, or a while if that is far. */
static void
schedule (UprightReminder *self)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) due = NULL;
  GTimeSpan wait;

  g_clear_handle_id (&self->timeout_id, g_source_remove);

  if (!self->auto_schedule || !self->enabled || self->in_session)
    return;

  now = get_now (self);
  due = refresh (self, now);
  wait = MAX (g_date_time_difference (due, now), 0);

  if (wait >= (GTimeSpan) MAX_WAIT_SECONDS * G_TIME_SPAN_SECOND)
    self->timeout_id = g_timeout_add_seconds (MAX_WAIT_SECONDS, timeout_cb, self);
  else
    self->timeout_id = g_timeout_add ((guint) (wait / G_TIME_SPAN_MILLISECOND) + 1,
                                      timeout_cb, self);
}

static void
upright_reminder_dispose (GObject *object)
{
  UprightReminder *self = UPRIGHT_REMINDER (object);

  g_clear_handle_id (&self->timeout_id, g_source_remove);

  G_OBJECT_CLASS (upright_reminder_parent_class)->dispose (object);
}

static void
upright_reminder_finalize (GObject *object)
{
  UprightReminder *self = UPRIGHT_REMINDER (object);

  g_clear_pointer (&self->anchor, g_date_time_unref);
  g_clear_pointer (&self->snoozed_until, g_date_time_unref);

  G_OBJECT_CLASS (upright_reminder_parent_class)->finalize (object);
}

static void
upright_reminder_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  UprightReminder *self = UPRIGHT_REMINDER (object);

  switch (prop_id)
    {
    case PROP_ENABLED:
      g_value_set_boolean (value, self->enabled);
      break;
    case PROP_INTERVAL_MINUTES:
      g_value_set_uint (value, self->interval_minutes);
      break;
    case PROP_ACTIVE_START_HOUR:
      g_value_set_uint (value, self->start_hour);
      break;
    case PROP_ACTIVE_END_HOUR:
      g_value_set_uint (value, self->end_hour);
      break;
    case PROP_IN_SESSION:
      g_value_set_boolean (value, self->in_session);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
upright_reminder_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  UprightReminder *self = UPRIGHT_REMINDER (object);

  switch (prop_id)
    {
    case PROP_ENABLED:
      upright_reminder_set_enabled (self, g_value_get_boolean (value));
      break;
    case PROP_INTERVAL_MINUTES:
      upright_reminder_set_interval_minutes (self, g_value_get_uint (value));
      break;
    case PROP_ACTIVE_START_HOUR:
      upright_reminder_set_active_start_hour (self, g_value_get_uint (value));
      break;
    case PROP_ACTIVE_END_HOUR:
      upright_reminder_set_active_end_hour (self, g_value_get_uint (value));
      break;
    case PROP_IN_SESSION:
      upright_reminder_set_in_session (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
upright_reminder_class_init (UprightReminderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = upright_reminder_dispose;
  object_class->finalize = upright_reminder_finalize;
  object_class->get_property = upright_reminder_get_property;
  object_class->set_property = upright_reminder_set_property;

  /**
   * UprightReminder:enabled:
   *
   * Whether reminders are due at all. Turning them on starts the interval.
   */
  properties[PROP_ENABLED] =
    g_param_spec_boolean ("enabled", NULL, NULL, FALSE, flags);

  /**
   * UprightReminder:interval-minutes:
   *
   * The minutes from one reminder to the next.
   */
  properties[PROP_INTERVAL_MINUTES] =
    g_param_spec_uint ("interval-minutes", NULL, NULL,
                       MIN_INTERVAL_MINUTES, MAX_INTERVAL_MINUTES,
                       DEFAULT_INTERVAL_MINUTES, flags);

  /**
   * UprightReminder:active-start-hour:
   *
   * The hour of the day, in local time, from which reminders may be due.
   */
  properties[PROP_ACTIVE_START_HOUR] =
    g_param_spec_uint ("active-start-hour", NULL, NULL,
                       0, 23, DEFAULT_START_HOUR, flags);

  /**
   * UprightReminder:active-end-hour:
   *
   * The hour of the day, in local time, from which no reminder is due. An
   * end at or before the start means the active hours run past midnight.
   */
  properties[PROP_ACTIVE_END_HOUR] =
    g_param_spec_uint ("active-end-hour", NULL, NULL,
                       1, 24, DEFAULT_END_HOUR, flags);

  /**
   * UprightReminder:in-session:
   *
   * Whether an exercise session runs, during which no reminder is emitted.
   * When it ends the interval restarts.
   */
  properties[PROP_IN_SESSION] =
    g_param_spec_boolean ("in-session", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * UprightReminder::due:
   * @self: the reminder
   *
   * Emitted once for each reminder that is due.
   */
  signals[DUE] =
    g_signal_new ("due",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
upright_reminder_init (UprightReminder *self)
{
  self->interval_minutes = DEFAULT_INTERVAL_MINUTES;
  self->start_hour = DEFAULT_START_HOUR;
  self->end_hour = DEFAULT_END_HOUR;
  self->now_func = default_now;
  self->auto_schedule = TRUE;
  self->anchor = get_now (self);
}

UprightReminder *
upright_reminder_new (void)
{
  return g_object_new (UPRIGHT_TYPE_REMINDER, NULL);
}

gboolean
upright_reminder_get_enabled (UprightReminder *self)
{
  g_return_val_if_fail (UPRIGHT_IS_REMINDER (self), FALSE);

  return self->enabled;
}

void
upright_reminder_set_enabled (UprightReminder *self,
                              gboolean         enabled)
{
  g_return_if_fail (UPRIGHT_IS_REMINDER (self));

  enabled = !!enabled;
  if (self->enabled == enabled)
    return;

  self->enabled = enabled;
  if (enabled)
    upright_reminder_reset (self);
  else
    schedule (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENABLED]);
}

guint
upright_reminder_get_interval_minutes (UprightReminder *self)
{
  g_return_val_if_fail (UPRIGHT_IS_REMINDER (self), 0);

  return self->interval_minutes;
}

/**
 * upright_reminder_set_interval_minutes:
 * @self: a reminder
 * @minutes: from 15 to 240
 *
 * Sets the interval. The next reminder becomes the new interval after the
 * last one, or due at once if that has passed.
 */
void
upright_reminder_set_interval_minutes (UprightReminder *self,
                                       guint            minutes)
{
  g_return_if_fail (UPRIGHT_IS_REMINDER (self));
  g_return_if_fail (minutes >= MIN_INTERVAL_MINUTES && minutes <= MAX_INTERVAL_MINUTES);

  if (self->interval_minutes == minutes)
    return;

  self->interval_minutes = minutes;
  schedule (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERVAL_MINUTES]);
}

guint
upright_reminder_get_active_start_hour (UprightReminder *self)
{
  g_return_val_if_fail (UPRIGHT_IS_REMINDER (self), 0);

  return self->start_hour;
}

void
upright_reminder_set_active_start_hour (UprightReminder *self,
                                        guint            hour)
{
  g_return_if_fail (UPRIGHT_IS_REMINDER (self));
  g_return_if_fail (hour <= 23);

  if (self->start_hour == hour)
    return;

  self->start_hour = hour;
  schedule (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE_START_HOUR]);
}

guint
upright_reminder_get_active_end_hour (UprightReminder *self)
{
  g_return_val_if_fail (UPRIGHT_IS_REMINDER (self), 0);

  return self->end_hour;
}

void
upright_reminder_set_active_end_hour (UprightReminder *self,
                                      guint            hour)
{
  g_return_if_fail (UPRIGHT_IS_REMINDER (self));
  g_return_if_fail (hour >= 1 && hour <= 24);

  if (self->end_hour == hour)
    return;

  self->end_hour = hour;
  schedule (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE_END_HOUR]);
}

gboolean
upright_reminder_get_in_session (UprightReminder *self)
{
  g_return_val_if_fail (UPRIGHT_IS_REMINDER (self), FALSE);

  return self->in_session;
}

/**
 * upright_reminder_set_in_session:
 * @self: a reminder
 * @in_session: whether an exercise session runs
 *
 * No reminder is emitted during a session. When it ends, the interval
 * restarts as with upright_reminder_reset().
 */
void
upright_reminder_set_in_session (UprightReminder *self,
                                 gboolean         in_session)
{
  g_return_if_fail (UPRIGHT_IS_REMINDER (self));

  in_session = !!in_session;
  if (self->in_session == in_session)
    return;

  self->in_session = in_session;
  if (!in_session)
    upright_reminder_reset (self);
  else
    schedule (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IN_SESSION]);
}

/**
 * upright_reminder_set_now_func:
 * @self: a reminder
 * @now_func: (nullable): a wall clock in local time, or %NULL for
 *   g_date_time_new_now_local()
 * @user_data: data for @now_func
 *
 * Replaces the clock, so that tests control time, and restarts the interval
 * from its now. Installing a clock turns automatic scheduling off: call
 * upright_reminder_check() after moving it. Going back to the default clock
 * turns it on again.
 */
void
upright_reminder_set_now_func (UprightReminder *self,
                               UprightNowFunc   now_func,
                               gpointer         user_data)
{
  g_return_if_fail (UPRIGHT_IS_REMINDER (self));

  self->now_func = now_func != NULL ? now_func : default_now;
  self->now_data = now_func != NULL ? user_data : NULL;
  self->auto_schedule = now_func == NULL;
  upright_reminder_reset (self);
}

/**
 * upright_reminder_set_auto_schedule:
 * @self: a reminder
 * @auto_schedule: whether the reminder watches the clock itself
 *
 * Sets whether the reminder keeps a timeout in the default main context
 * that calls upright_reminder_check() when the next reminder is due, and at
 * least every 15 minutes in case the clock jumps. This is on by default, and
 * off after upright_reminder_set_now_func().
 */
void
upright_reminder_set_auto_schedule (UprightReminder *self,
                                    gboolean         auto_schedule)
{
  g_return_if_fail (UPRIGHT_IS_REMINDER (self));

  self->auto_schedule = !!auto_schedule;
  schedule (self);
}

gboolean
upright_reminder_get_auto_schedule (UprightReminder *self)
{
  g_return_val_if_fail (UPRIGHT_IS_REMINDER (self), FALSE);

  return self->auto_schedule;
}

/**
 * upright_reminder_get_next_due:
 * @self: a reminder
 *
 * Finds when the next reminder is due: one interval after the last one (or
 * after turning reminders on, or upright_reminder_reset()), or the snooze
 * time, moved into the active hours. One that would fall outside them is
 * due at the start of the next active period plus one interval.
 *
 * Returns: (transfer full) (nullable): the time of the next reminder, not
 *   before now; now when one is due; %NULL when reminders are off
 */
GDateTime *
upright_reminder_get_next_due (UprightReminder *self)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) due = NULL;

  g_return_val_if_fail (UPRIGHT_IS_REMINDER (self), NULL);

  if (!self->enabled)
    return NULL;

  now = get_now (self);
  due = refresh (self, now);

  if (g_date_time_compare (due, now) < 0)
    return g_steal_pointer (&now);

  return g_steal_pointer (&due);
}

/**
 * upright_reminder_check:
 * @self: a reminder
 *
 * Emits #UprightReminder::due if a reminder is due by the clock now and no
 * session runs, and schedules the next one an interval after it.
 *
 * Returns: %TRUE if #UprightReminder::due was emitted
 */
gboolean
upright_reminder_check (UprightReminder *self)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) due = NULL;

  g_return_val_if_fail (UPRIGHT_IS_REMINDER (self), FALSE);

  if (!self->enabled || self->in_session)
    return FALSE;

  now = get_now (self);
  due = refresh (self, now);
  if (g_date_time_compare (due, now) > 0)
    return FALSE;

  /* The next one counts from when this one was due, so late checks do not
   * make the schedule drift. */
  restart_from (self, due);

  g_object_ref (self);
  g_signal_emit (self, signals[DUE], 0);
  schedule (self);
  g_object_unref (self);

  return TRUE;
}

/**
 * upright_reminder_snooze:
 * @self: a reminder
 * @minutes: how long to wait, more than 0
 *
 * Moves the next reminder to @minutes from now, or into the next active
 * hours if that is outside them.
 */
void
upright_reminder_snooze (UprightReminder *self,
                         guint            minutes)
{
  g_autoptr(GDateTime) now = NULL;

  g_return_if_fail (UPRIGHT_IS_REMINDER (self));
  g_return_if_fail (minutes > 0 && minutes <= G_MAXINT);

  now = get_now (self);
  g_clear_pointer (&self->snoozed_until, g_date_time_unref);
  self->snoozed_until = g_date_time_add_minutes (now, (int) minutes);
  schedule (self);
}

/**
 * upright_reminder_reset:
 * @self: a reminder
 *
 * Restarts the interval from now and forgets a snooze, as after exercising.
 */
void
upright_reminder_reset (UprightReminder *self)
{
  g_autoptr(GDateTime) now = NULL;

  g_return_if_fail (UPRIGHT_IS_REMINDER (self));

  now = get_now (self);
  restart_from (self, now);
  schedule (self);
}
