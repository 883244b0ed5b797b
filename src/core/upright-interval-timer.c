/* upright-interval-timer.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "upright-interval-timer.h"

/* Counts a person through one exercise: count-in, then for each set, side
 * and repetition a work phase with short pauses between, and a rest between
 * sets.
 *
 * Every phase has an absolute end on a monotonic clock. When a phase ends,
 * the next one starts at that end rather than at the moment the timer
 * noticed, so late updates never add up to drift. Pausing keeps the time left
 * and resuming sets a new end.
 */

#define DEFAULT_RELAX_SECONDS   3
#define DEFAULT_SWITCH_SECONDS  5
#define DEFAULT_TEMPO_SECONDS   2
#define PREVIOUS_RESTART_US     (2 * G_USEC_PER_SEC)
#define NO_SECONDS              G_MAXUINT

/* A place in the exercise. The pauses (relax, switch and rest) keep the set,
 * side and repetition of the work before them.
 */
typedef struct {
  UprightTimerPhase phase;
  guint             set;
  UprightTimerSide  side;
  guint             rep;
} Step;

struct _UprightIntervalTimer
{
  GObject          parent_instance;

  UprightDose      dose;
  guint            count_in_seconds;
  guint            relax_seconds;
  guint            switch_seconds;

  UprightClockFunc clock;
  gpointer         clock_data;
  gboolean         auto_update;
  guint            timeout_id;

  Step             step;
  gint64           duration_us;
  gint64           end_us;
  /* Time left in the phase while paused. */
  gint64           remaining_us;
  gboolean         paused;
  gboolean         running;

  /* The whole seconds last notified, and last emitted as a cue. */
  guint            shown_seconds;
  guint            cued_seconds;

  guint            completed_reps;
  gint64           active_us;

  /* Changes with every control call, so that a catch-up loop stops when a
   * signal handler took control. */
  guint            serial;
};

G_DEFINE_FINAL_TYPE (UprightIntervalTimer, upright_interval_timer, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (UprightTimerPhase, upright_timer_phase,
  G_DEFINE_ENUM_VALUE (UPRIGHT_TIMER_PHASE_IDLE, "idle"),
  G_DEFINE_ENUM_VALUE (UPRIGHT_TIMER_PHASE_COUNT_IN, "count-in"),
  G_DEFINE_ENUM_VALUE (UPRIGHT_TIMER_PHASE_WORK, "work"),
  G_DEFINE_ENUM_VALUE (UPRIGHT_TIMER_PHASE_RELAX, "relax"),
  G_DEFINE_ENUM_VALUE (UPRIGHT_TIMER_PHASE_SWITCH_SIDE, "switch-side"),
  G_DEFINE_ENUM_VALUE (UPRIGHT_TIMER_PHASE_REST, "rest"),
  G_DEFINE_ENUM_VALUE (UPRIGHT_TIMER_PHASE_DONE, "done"))

G_DEFINE_ENUM_TYPE (UprightTimerSide, upright_timer_side,
  G_DEFINE_ENUM_VALUE (UPRIGHT_TIMER_SIDE_NONE, "none"),
  G_DEFINE_ENUM_VALUE (UPRIGHT_TIMER_SIDE_LEFT, "left"),
  G_DEFINE_ENUM_VALUE (UPRIGHT_TIMER_SIDE_RIGHT, "right"))

enum {
  PROP_0,
  PROP_PHASE,
  PROP_SET,
  PROP_N_SETS,
  PROP_REP,
  PROP_N_REPS,
  PROP_SIDE,
  PROP_REMAINING_MS,
  PROP_PHASE_DURATION_MS,
  PROP_RUNNING,
  PROP_PAUSED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  PHASE_CHANGED,
  SECOND,
  FINISHED,
  STOPPED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char * const phase_titles[UPRIGHT_TIMER_N_PHASES] = {
  [UPRIGHT_TIMER_PHASE_IDLE] = N_("Get ready"),
  [UPRIGHT_TIMER_PHASE_COUNT_IN] = N_("Get ready"),
  /* Translators: the phase of a repetition that is not a hold. */
  [UPRIGHT_TIMER_PHASE_WORK] = N_("Lift and lower"),
  /* Translators: a short pause between two holds. */
  [UPRIGHT_TIMER_PHASE_RELAX] = N_("Relax"),
  /* Translators: the pause between the left and the right side. */
  [UPRIGHT_TIMER_PHASE_SWITCH_SIDE] = N_("Change sides"),
  /* Translators: the rest between two sets. */
  [UPRIGHT_TIMER_PHASE_REST] = N_("Rest"),
  /* Translators: the exercise is finished. */
  [UPRIGHT_TIMER_PHASE_DONE] = N_("Done"),
};

/* Translators: the phase of a repetition that is a hold. */
static const char * const hold_title = N_("Hold");

static const char * const side_titles[] = {
  [UPRIGHT_TIMER_SIDE_NONE] = NULL,
  [UPRIGHT_TIMER_SIDE_LEFT] = N_("Left side"),
  [UPRIGHT_TIMER_SIDE_RIGHT] = N_("Right side"),
};

static gint64
default_clock (gpointer user_data)
{
  return g_get_monotonic_time ();
}

static inline gint64
now_us (UprightIntervalTimer *self)
{
  return self->clock (self->clock_data);
}

static inline guint
n_sets (UprightIntervalTimer *self)
{
  return MAX (self->dose.sets, 1);
}

static inline guint
n_reps (UprightIntervalTimer *self)
{
  return MAX (self->dose.reps, 1);
}

static inline gboolean
is_hold (UprightIntervalTimer *self)
{
  return self->dose.hold_seconds > 0;
}

static inline UprightTimerSide
first_side (UprightIntervalTimer *self)
{
  return self->dose.per_side ? UPRIGHT_TIMER_SIDE_LEFT : UPRIGHT_TIMER_SIDE_NONE;
}

static inline UprightTimerSide
last_side (UprightIntervalTimer *self)
{
  return self->dose.per_side ? UPRIGHT_TIMER_SIDE_RIGHT : UPRIGHT_TIMER_SIDE_NONE;
}

static inline gboolean
phase_is_active (UprightTimerPhase phase)
{
  return phase != UPRIGHT_TIMER_PHASE_IDLE && phase != UPRIGHT_TIMER_PHASE_DONE;
}

/* Whether time in @phase counts as exercise for the journal. */
static inline gboolean
phase_counts (UprightTimerPhase phase)
{
  return phase_is_active (phase) && phase != UPRIGHT_TIMER_PHASE_COUNT_IN;
}

static guint
work_seconds (UprightIntervalTimer *self)
{
  guint tempo;

  if (is_hold (self))
    return self->dose.hold_seconds;

  tempo = self->dose.tempo_up + self->dose.tempo_down;

  return tempo > 0 ? tempo : 2 * DEFAULT_TEMPO_SECONDS;
}

static guint
phase_seconds (UprightIntervalTimer *self,
               UprightTimerPhase     phase)
{
  switch (phase)
    {
    case UPRIGHT_TIMER_PHASE_COUNT_IN:
      return self->count_in_seconds;
    case UPRIGHT_TIMER_PHASE_WORK:
      return work_seconds (self);
    case UPRIGHT_TIMER_PHASE_RELAX:
      return self->relax_seconds;
    case UPRIGHT_TIMER_PHASE_SWITCH_SIDE:
      return self->switch_seconds;
    case UPRIGHT_TIMER_PHASE_REST:
      return self->dose.rest_seconds;
    case UPRIGHT_TIMER_PHASE_IDLE:
    case UPRIGHT_TIMER_PHASE_DONE:
    default:
      return 0;
    }
}

static inline void
step_init (Step              *step,
           UprightTimerPhase  phase,
           guint              set,
           UprightTimerSide   side,
           guint              rep)
{
  step->phase = phase;
  step->set = set;
  step->side = side;
  step->rep = rep;
}

/* The step after @cur in the full sequence, zero-length phases included. */
static gboolean
step_next_raw (UprightIntervalTimer *self,
               const Step           *cur,
               Step                 *next)
{
  *next = *cur;

  switch (cur->phase)
    {
    case UPRIGHT_TIMER_PHASE_IDLE:
      step_init (next, UPRIGHT_TIMER_PHASE_COUNT_IN, 1, first_side (self), 1);
      return TRUE;

    case UPRIGHT_TIMER_PHASE_COUNT_IN:
      step_init (next, UPRIGHT_TIMER_PHASE_WORK, 1, first_side (self), 1);
      return TRUE;

    case UPRIGHT_TIMER_PHASE_WORK:
      if (cur->rep < n_reps (self))
        {
          if (is_hold (self))
            next->phase = UPRIGHT_TIMER_PHASE_RELAX;
          else
            next->rep++;
        }
      else if (cur->side == UPRIGHT_TIMER_SIDE_LEFT)
        next->phase = UPRIGHT_TIMER_PHASE_SWITCH_SIDE;
      else if (cur->set < n_sets (self))
        next->phase = UPRIGHT_TIMER_PHASE_REST;
      else
        next->phase = UPRIGHT_TIMER_PHASE_DONE;
      return TRUE;

    case UPRIGHT_TIMER_PHASE_RELAX:
      step_init (next, UPRIGHT_TIMER_PHASE_WORK, cur->set, cur->side, cur->rep + 1);
      return TRUE;

    case UPRIGHT_TIMER_PHASE_SWITCH_SIDE:
      step_init (next, UPRIGHT_TIMER_PHASE_WORK, cur->set, UPRIGHT_TIMER_SIDE_RIGHT, 1);
      return TRUE;

    case UPRIGHT_TIMER_PHASE_REST:
      step_init (next, UPRIGHT_TIMER_PHASE_WORK, cur->set + 1, first_side (self), 1);
      return TRUE;

    case UPRIGHT_TIMER_PHASE_DONE:
    default:
      return FALSE;
    }
}

/* The step before @cur in the full sequence, zero-length phases included. */
static gboolean
step_previous_raw (UprightIntervalTimer *self,
                   const Step           *cur,
                   Step                 *prev)
{
  *prev = *cur;

  switch (cur->phase)
    {
    case UPRIGHT_TIMER_PHASE_WORK:
      if (cur->rep > 1)
        {
          prev->rep--;
          if (is_hold (self))
            prev->phase = UPRIGHT_TIMER_PHASE_RELAX;
        }
      else if (cur->side == UPRIGHT_TIMER_SIDE_RIGHT)
        step_init (prev, UPRIGHT_TIMER_PHASE_SWITCH_SIDE,
                   cur->set, UPRIGHT_TIMER_SIDE_LEFT, n_reps (self));
      else if (cur->set > 1)
        step_init (prev, UPRIGHT_TIMER_PHASE_REST, cur->set - 1, last_side (self), n_reps (self));
      else
        step_init (prev, UPRIGHT_TIMER_PHASE_COUNT_IN, 1, first_side (self), 1);
      return TRUE;

    case UPRIGHT_TIMER_PHASE_RELAX:
    case UPRIGHT_TIMER_PHASE_SWITCH_SIDE:
    case UPRIGHT_TIMER_PHASE_REST:
    case UPRIGHT_TIMER_PHASE_DONE:
      prev->phase = UPRIGHT_TIMER_PHASE_WORK;
      return TRUE;

    case UPRIGHT_TIMER_PHASE_IDLE:
    case UPRIGHT_TIMER_PHASE_COUNT_IN:
    default:
      return FALSE;
    }
}

/* Pauses of zero length are left out of the sequence. */
static inline gboolean
step_is_skipped (UprightIntervalTimer *self,
                 const Step           *step)
{
  return phase_is_active (step->phase) && phase_seconds (self, step->phase) == 0;
}

static gboolean
step_next (UprightIntervalTimer *self,
           const Step           *cur,
           Step                 *next)
{
  Step step = *cur;

  do
    {
      if (!step_next_raw (self, &step, next))
        return FALSE;
      step = *next;
    }
  while (step_is_skipped (self, next));

  return TRUE;
}

static gboolean
step_previous (UprightIntervalTimer *self,
               const Step           *cur,
               Step                 *prev)
{
  Step step = *cur;

  do
    {
      if (!step_previous_raw (self, &step, prev))
        return FALSE;
      step = *prev;
    }
  while (step_is_skipped (self, prev));

  return TRUE;
}

static gint64
current_remaining_us (UprightIntervalTimer *self,
                      gint64                now)
{
  if (!phase_is_active (self->step.phase))
    return 0;

  if (self->paused)
    return self->remaining_us;

  return CLAMP (self->end_us - now, 0, self->duration_us);
}

static inline guint
whole_seconds (gint64 us)
{
  return (guint) ((us + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC);
}

static inline gint64
whole_ms (gint64 us)
{
  return (us + 999) / 1000;
}

static void
sync_running (UprightIntervalTimer *self)
{
  gboolean paused = self->paused && phase_is_active (self->step.phase);
  gboolean running = !paused && phase_is_active (self->step.phase);

  if (self->paused != paused)
    {
      self->paused = paused;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAUSED]);
    }

  if (self->running != running)
    {
      self->running = running;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
    }
}

/* Notifies the remaining time when its whole seconds change, and emits
 * them as a cue while the timer runs.
 */
static void
refresh_seconds (UprightIntervalTimer *self,
                 gint64                now)
{
  guint seconds = whole_seconds (current_remaining_us (self, now));

  if (self->shown_seconds != seconds)
    {
      self->shown_seconds = seconds;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REMAINING_MS]);
    }

  if (self->running && self->cued_seconds != seconds)
    {
      self->cued_seconds = seconds;
      g_signal_emit (self, signals[SECOND], 0, seconds);
    }
}

static gboolean
timeout_cb (gpointer user_data)
{
  UprightIntervalTimer *self = user_data;

  self->timeout_id = 0;
  upright_interval_timer_update (self);

  return G_SOURCE_REMOVE;
}

/* Wakes up when the whole seconds shown change next, which is also when
 * the phase ends. */
static void
schedule (UprightIntervalTimer *self)
{
  gint64 remaining, until_change;
  guint seconds;

  g_clear_handle_id (&self->timeout_id, g_source_remove);

  if (!self->auto_update || !self->running)
    return;

  remaining = current_remaining_us (self, now_us (self));
  seconds = whole_seconds (remaining);
  until_change = seconds > 0 ? remaining - (gint64) (seconds - 1) * G_USEC_PER_SEC : 0;

  self->timeout_id = g_timeout_add_full (G_PRIORITY_DEFAULT,
                                         (guint) whole_ms (until_change),
                                         timeout_cb, self, NULL);
}

/* Adds the time spent in the current phase to the counters, as it is left
 * at @now; @ended says whether it ran to its end. */
static void
leave_phase (UprightIntervalTimer *self,
             gint64                now,
             gboolean              ended)
{
  gint64 spent;

  if (!phase_is_active (self->step.phase))
    return;

  if (ended)
    spent = self->duration_us;
  else
    spent = self->duration_us - current_remaining_us (self, now);

  if (phase_counts (self->step.phase))
    self->active_us += spent;

  if (ended && self->step.phase == UPRIGHT_TIMER_PHASE_WORK)
    self->completed_reps++;
}

/* Begins @step at @start, or with its whole length left when paused. */
static void
enter_step (UprightIntervalTimer *self,
            const Step           *step,
            gint64                start)
{
  GObject *object = G_OBJECT (self);
  gint64 duration = (gint64) phase_seconds (self, step->phase) * G_USEC_PER_SEC;
  Step old = self->step;
  gint64 old_duration = self->duration_us;

  self->step = *step;
  self->duration_us = duration;
  self->end_us = start + duration;
  self->remaining_us = duration;
  self->cued_seconds = NO_SECONDS;

  if (old.set != step->set)
    g_object_notify_by_pspec (object, properties[PROP_SET]);
  if (old.rep != step->rep)
    g_object_notify_by_pspec (object, properties[PROP_REP]);
  if (old.side != step->side)
    g_object_notify_by_pspec (object, properties[PROP_SIDE]);
  if (old.phase != step->phase)
    g_object_notify_by_pspec (object, properties[PROP_PHASE]);
  if (old_duration != duration)
    g_object_notify_by_pspec (object, properties[PROP_PHASE_DURATION_MS]);

  sync_running (self);

  g_signal_emit (self, signals[PHASE_CHANGED], 0, (guint) step->phase);

  if (step->phase == UPRIGHT_TIMER_PHASE_DONE)
    g_signal_emit (self, signals[FINISHED], 0);
}

static void
reset_step (UprightIntervalTimer *self)
{
  Step idle;

  step_init (&idle, UPRIGHT_TIMER_PHASE_IDLE, 1, first_side (self), 1);
  enter_step (self, &idle, 0);
}

static void
upright_interval_timer_dispose (GObject *object)
{
  UprightIntervalTimer *self = UPRIGHT_INTERVAL_TIMER (object);

  g_clear_handle_id (&self->timeout_id, g_source_remove);

  G_OBJECT_CLASS (upright_interval_timer_parent_class)->dispose (object);
}

static void
upright_interval_timer_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  UprightIntervalTimer *self = UPRIGHT_INTERVAL_TIMER (object);

  switch (prop_id)
    {
    case PROP_PHASE:
      g_value_set_enum (value, self->step.phase);
      break;
    case PROP_SET:
      g_value_set_uint (value, self->step.set);
      break;
    case PROP_N_SETS:
      g_value_set_uint (value, n_sets (self));
      break;
    case PROP_REP:
      g_value_set_uint (value, self->step.rep);
      break;
    case PROP_N_REPS:
      g_value_set_uint (value, n_reps (self));
      break;
    case PROP_SIDE:
      g_value_set_enum (value, self->step.side);
      break;
    case PROP_REMAINING_MS:
      g_value_set_int64 (value, upright_interval_timer_get_remaining_ms (self));
      break;
    case PROP_PHASE_DURATION_MS:
      g_value_set_int64 (value, upright_interval_timer_get_phase_duration_ms (self));
      break;
    case PROP_RUNNING:
      g_value_set_boolean (value, self->running);
      break;
    case PROP_PAUSED:
      g_value_set_boolean (value, self->paused);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
upright_interval_timer_class_init (UprightIntervalTimerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = upright_interval_timer_dispose;
  object_class->get_property = upright_interval_timer_get_property;

  /**
   * UprightIntervalTimer:phase:
   *
   * The current phase.
   */
  properties[PROP_PHASE] =
    g_param_spec_enum ("phase", NULL, NULL,
                       UPRIGHT_TYPE_TIMER_PHASE, UPRIGHT_TIMER_PHASE_IDLE, flags);

  /**
   * UprightIntervalTimer:set:
   *
   * The set being done, from 1. During a rest, the set just finished.
   */
  properties[PROP_SET] = g_param_spec_uint ("set", NULL, NULL, 1, G_MAXUINT, 1, flags);

  /**
   * UprightIntervalTimer:n-sets:
   *
   * The number of sets.
   */
  properties[PROP_N_SETS] = g_param_spec_uint ("n-sets", NULL, NULL, 1, G_MAXUINT, 1, flags);

  /**
   * UprightIntervalTimer:rep:
   *
   * The repetition being done on this side of this set, from 1. During a
   * pause, the repetition just finished.
   */
  properties[PROP_REP] = g_param_spec_uint ("rep", NULL, NULL, 1, G_MAXUINT, 1, flags);

  /**
   * UprightIntervalTimer:n-reps:
   *
   * The number of repetitions on each side in each set.
   */
  properties[PROP_N_REPS] = g_param_spec_uint ("n-reps", NULL, NULL, 1, G_MAXUINT, 1, flags);

  /**
   * UprightIntervalTimer:side:
   *
   * The side being worked. While changing sides, still the left.
   */
  properties[PROP_SIDE] =
    g_param_spec_enum ("side", NULL, NULL,
                       UPRIGHT_TYPE_TIMER_SIDE, UPRIGHT_TIMER_SIDE_NONE, flags);

  /**
   * UprightIntervalTimer:remaining-ms:
   *
   * The milliseconds left in the phase. Reading it always gives the time
   * now, but it is notified only when the whole seconds left change, which
   * is what a countdown shows.
   */
  properties[PROP_REMAINING_MS] =
    g_param_spec_int64 ("remaining-ms", NULL, NULL, 0, G_MAXINT64, 0, flags);

  /**
   * UprightIntervalTimer:phase-duration-ms:
   *
   * The length of the phase in milliseconds; 0 when idle or done.
   */
  properties[PROP_PHASE_DURATION_MS] =
    g_param_spec_int64 ("phase-duration-ms", NULL, NULL, 0, G_MAXINT64, 0, flags);

  /**
   * UprightIntervalTimer:running:
   *
   * Whether the timer is counting: started, not paused and not done.
   */
  properties[PROP_RUNNING] = g_param_spec_boolean ("running", NULL, NULL, FALSE, flags);

  /**
   * UprightIntervalTimer:paused:
   *
   * Whether the timer is paused in the middle of the exercise.
   */
  properties[PROP_PAUSED] = g_param_spec_boolean ("paused", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * UprightIntervalTimer::phase-changed:
   * @self: the timer
   * @phase: the #UprightTimerPhase that begins
   *
   * Emitted when a phase begins, also when upright_interval_timer_previous()
   * begins the same phase again. The other properties already describe the
   * new phase. Pauses of zero length are never entered.
   */
  signals[PHASE_CHANGED] =
    g_signal_new ("phase-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);

  /**
   * UprightIntervalTimer::second:
   * @self: the timer
   * @seconds: the whole seconds left in the phase, rounded up
   *
   * Emitted while the timer runs whenever the whole seconds left change,
   * starting with the length of a phase as it begins and ending with 1, for
   * countdown cues. When an update catches up over several phases, only the
   * phase it arrives in is counted.
   */
  signals[SECOND] =
    g_signal_new ("second",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);

  /**
   * UprightIntervalTimer::finished:
   * @self: the timer
   *
   * Emitted when the exercise reaches its end, after #UprightIntervalTimer::phase-changed.
   */
  signals[FINISHED] =
    g_signal_new ("finished",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * UprightIntervalTimer::stopped:
   * @self: the timer
   *
   * Emitted when upright_interval_timer_stop() ends the exercise before it
   * was finished.
   */
  signals[STOPPED] =
    g_signal_new ("stopped",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
upright_interval_timer_init (UprightIntervalTimer *self)
{
  self->dose.sets = 1;
  self->dose.reps = 1;
  self->relax_seconds = DEFAULT_RELAX_SECONDS;
  self->switch_seconds = DEFAULT_SWITCH_SECONDS;
  self->clock = default_clock;
  self->auto_update = TRUE;
  step_init (&self->step, UPRIGHT_TIMER_PHASE_IDLE, 1, UPRIGHT_TIMER_SIDE_NONE, 1);
  self->shown_seconds = 0;
  self->cued_seconds = NO_SECONDS;
}

/**
 * upright_interval_timer_new:
 * @dose: the sets, repetitions and timings to count
 * @count_in_seconds: the seconds to get ready before the first repetition,
 *   or 0 to begin at once
 *
 * Creates a timer for one exercise. It pauses 3 seconds between holds and
 * 5 seconds to change sides unless told otherwise, and waits for
 * upright_interval_timer_start().
 *
 * Returns: (transfer full): a new timer
 */
UprightIntervalTimer *
upright_interval_timer_new (const UprightDose *dose,
                            guint              count_in_seconds)
{
  UprightIntervalTimer *self;

  g_return_val_if_fail (dose != NULL, NULL);

  self = g_object_new (UPRIGHT_TYPE_INTERVAL_TIMER, NULL);
  self->count_in_seconds = count_in_seconds;
  upright_interval_timer_set_dose (self, dose);

  return self;
}

/**
 * upright_interval_timer_set_dose:
 * @self: a timer
 * @dose: the sets, repetitions and timings to count
 *
 * Replaces the dose, for example after the user changed it. This is only
 * possible while the timer is idle. The rest between sets comes from @dose,
 * replacing one set with upright_interval_timer_set_rest_seconds().
 *
 * A dose of 0 sets or 0 repetitions counts as 1. A repetition with
 * @hold_seconds is a hold of that length; otherwise it lasts the tempo up and
 * down, or 2 + 2 seconds when no tempo is given.
 */
void
upright_interval_timer_set_dose (UprightIntervalTimer *self,
                                 const UprightDose    *dose)
{
  guint old_sets, old_reps;

  g_return_if_fail (UPRIGHT_IS_INTERVAL_TIMER (self));
  g_return_if_fail (dose != NULL);
  g_return_if_fail (self->step.phase == UPRIGHT_TIMER_PHASE_IDLE);

  old_sets = n_sets (self);
  old_reps = n_reps (self);

  self->dose = *dose;
  /* The note belongs to the caller and is of no use here. */
  self->dose.note = NULL;

  g_object_freeze_notify (G_OBJECT (self));

  if (old_sets != n_sets (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SETS]);
  if (old_reps != n_reps (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_REPS]);

  if (self->step.side != first_side (self))
    {
      self->step.side = first_side (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIDE]);
    }

  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * upright_interval_timer_get_dose:
 * @self: a timer
 *
 * Returns: (transfer none): the dose being counted; its note is always %NULL
 */
const UprightDose *
upright_interval_timer_get_dose (UprightIntervalTimer *self)
{
  g_return_val_if_fail (UPRIGHT_IS_INTERVAL_TIMER (self), NULL);

  return &self->dose;
}

/**
 * upright_interval_timer_set_count_in_seconds:
 * @self: a timer
 * @seconds: the seconds to get ready, or 0 to begin at once
 *
 * Sets the length of the count-in. Like the other lengths, a change applies
 * to the phases that begin after it.
 */
void
upright_interval_timer_set_count_in_seconds (UprightIntervalTimer *self,
                                             guint                 seconds)
{
  g_return_if_fail (UPRIGHT_IS_INTERVAL_TIMER (self));

  self->count_in_seconds = seconds;
}

guint
upright_interval_timer_get_count_in_seconds (UprightIntervalTimer *self)
{
  g_return_val_if_fail (UPRIGHT_IS_INTERVAL_TIMER (self), 0);

  return self->count_in_seconds;
}

/**
 * upright_interval_timer_set_relax_seconds:
 * @self: a timer
 * @seconds: the pause between holds, or 0 for none
 *
 * Sets the pause between the holds of a set; the default is 3 seconds.
 * Exercises without holds have no such pause.
 */
void
upright_interval_timer_set_relax_seconds (UprightIntervalTimer *self,
                                          guint                 seconds)
{
  g_return_if_fail (UPRIGHT_IS_INTERVAL_TIMER (self));

  self->relax_seconds = seconds;
}

guint
upright_interval_timer_get_relax_seconds (UprightIntervalTimer *self)
{
  g_return_val_if_fail (UPRIGHT_IS_INTERVAL_TIMER (self), 0);

  return self->relax_seconds;
}

/**
 * upright_interval_timer_set_switch_seconds:
 * @self: a timer
 * @seconds: the pause to change sides, or 0 for none
 *
 * Sets the pause between the left and the right side of an exercise done
 * on each side; the default is 5 seconds.
 */
void
upright_interval_timer_set_switch_seconds (UprightIntervalTimer *self,
                                           guint                 seconds)
{
  g_return_if_fail (UPRIGHT_IS_INTERVAL_TIMER (self));

  self->switch_seconds = seconds;
}

guint
upright_interval_timer_get_switch_seconds (UprightIntervalTimer *self)
{
  g_return_val_if_fail (UPRIGHT_IS_INTERVAL_TIMER (self), 0);

  return self->switch_seconds;
}

/**
 * upright_interval_timer_set_rest_seconds:
 * @self: a timer
 * @seconds: the rest between sets, or 0 for none
 *
 * Overrides the rest between sets that the dose gives.
 */
void
upright_interval_timer_set_rest_seconds (UprightIntervalTimer *self,
                                         guint                 seconds)
{
  g_return_if_fail (UPRIGHT_IS_INTERVAL_TIMER (self));

  self->dose.rest_seconds = seconds;
}

guint
upright_interval_timer_get_rest_seconds (UprightIntervalTimer *self)
{
  g_return_val_if_fail (UPRIGHT_IS_INTERVAL_TIMER (self), 0);

  return self->dose.rest_seconds;
}

/**
 * upright_interval_timer_set_clock:
 * @self: a timer
 * @clock: (nullable): a monotonic clock in microseconds, or %NULL for
 *   g_get_monotonic_time()
 * @user_data: data for @clock
 *
 * Replaces the clock, so that tests control time. Installing a clock turns
 * automatic updates off, since only the caller knows when its time moves:
 * call upright_interval_timer_update() after moving it, or turn them back on
 * with upright_interval_timer_set_auto_update() for a clock that follows real
 * time. Going back to the default clock turns them on again.
 *
 * The clock can only be changed while the timer is idle or done.
 */
void
upright_interval_timer_set_clock (UprightIntervalTimer *self,
                                  UprightClockFunc      clock,
                                  gpointer              user_data)
{
  g_return_if_fail (UPRIGHT_IS_INTERVAL_TIMER (self));
  g_return_if_fail (!phase_is_active (self->step.phase));

  self->clock = clock != NULL ? clock : default_clock;
  self->clock_data = clock != NULL ? user_data : NULL;
  self->auto_update = clock == NULL;
}

/**
 * upright_interval_timer_set_auto_update:
 * @self: a timer
 * @auto_update: whether the timer updates itself
 *
 * Sets whether the timer adds a timeout to the default main context that
 * calls upright_interval_timer_update() whenever the whole seconds left
 * change. This is on by default, and off after
 * upright_interval_timer_set_clock(). A smooth animation of the progress
 * should read upright_interval_timer_get_progress() from its own frame clock.
 */
void
upright_interval_timer_set_auto_update (UprightIntervalTimer *self,
                                        gboolean              auto_update)
{
  g_return_if_fail (UPRIGHT_IS_INTERVAL_TIMER (self));

  self->auto_update = !!auto_update;
  schedule (self);
}

gboolean
upright_interval_timer_get_auto_update (UprightIntervalTimer *self)
{
  g_return_val_if_fail (UPRIGHT_IS_INTERVAL_TIMER (self), FALSE);

  return self->auto_update;
}

/**
 * upright_interval_timer_update:
 * @self: a timer
 *
 * Reads the clock and moves through every phase that has ended since the
 * last update, emitting #UprightIntervalTimer::phase-changed for each in
 * order. Each phase begins at the end of the one before, however late the
 * update, so the timer does not drift.
 */
void
upright_interval_timer_update (UprightIntervalTimer *self)
{
  guint serial;
  gint64 now;

  g_return_if_fail (UPRIGHT_IS_INTERVAL_TIMER (self));

  if (!self->running)
    return;

  g_object_ref (self);
  g_object_freeze_notify (G_OBJECT (self));

  serial = self->serial;
  now = now_us (self);

  while (self->serial == serial && self->running && now >= self->end_us)
    {
      gint64 end = self->end_us;
      Step next;

      leave_phase (self, end, TRUE);
      if (!step_next (self, &self->step, &next))
        g_assert_not_reached ();
      enter_step (self, &next, end);
    }

  if (self->serial == serial)
    {
      refresh_seconds (self, now);
      schedule (self);
    }

  g_object_thaw_notify (G_OBJECT (self));
  g_object_unref (self);
}

/**
 * upright_interval_timer_start:
 * @self: a timer
 *
 * Starts the exercise from the beginning, with the counters at zero. Does
 * nothing unless the timer is idle or done.
 */
void
upright_interval_timer_start (UprightIntervalTimer *self)
{
  Step idle, first;
  gint64 now;

  g_return_if_fail (UPRIGHT_IS_INTERVAL_TIMER (self));

  if (phase_is_active (self->step.phase))
    return;

  g_object_ref (self);
  g_object_freeze_notify (G_OBJECT (self));

  self->serial++;
  self->completed_reps = 0;
  self->active_us = 0;
  self->paused = FALSE;

  step_init (&idle, UPRIGHT_TIMER_PHASE_IDLE, 1, first_side (self), 1);
  if (!step_next (self, &idle, &first))
    g_assert_not_reached ();

  now = now_us (self);
  enter_step (self, &first, now);
  refresh_seconds (self, now);
  schedule (self);

  g_object_thaw_notify (G_OBJECT (self));
  g_object_unref (self);
}

/**
 * upright_interval_timer_pause:
 * @self: a timer
 *
 * Pauses the count, keeping the time left in the phase. Does nothing unless
 * the timer is running.
 */
void
upright_interval_timer_pause (UprightIntervalTimer *self)
{
  gint64 now;

  g_return_if_fail (UPRIGHT_IS_INTERVAL_TIMER (self));

  upright_interval_timer_update (self);

  if (!self->running)
    return;

  g_object_ref (self);
  g_object_freeze_notify (G_OBJECT (self));

  self->serial++;
  now = now_us (self);
  self->remaining_us = current_remaining_us (self, now);
  self->paused = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAUSED]);
  sync_running (self);
  refresh_seconds (self, now);
  schedule (self);

  g_object_thaw_notify (G_OBJECT (self));
  g_object_unref (self);
}

/**
 * upright_interval_timer_resume:
 * @self: a timer
 *
 * Continues a paused count with the time that was left.
 */
void
upright_interval_timer_resume (UprightIntervalTimer *self)
{
  gint64 now;

  g_return_if_fail (UPRIGHT_IS_INTERVAL_TIMER (self));

  if (!self->paused)
    return;

  g_object_ref (self);
  g_object_freeze_notify (G_OBJECT (self));

  self->serial++;
  now = now_us (self);
  self->end_us = now + self->remaining_us;
  self->paused = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAUSED]);
  sync_running (self);
  refresh_seconds (self, now);
  schedule (self);

  g_object_thaw_notify (G_OBJECT (self));
  g_object_unref (self);
}

/* Leaves the current phase early for @step, keeping a pause. */
static void
jump_to (UprightIntervalTimer *self,
         const Step           *step)
{
  gint64 now = now_us (self);

  self->serial++;
  leave_phase (self, now, FALSE);
  enter_step (self, step, now);
  refresh_seconds (self, now);
  schedule (self);
}

/**
 * upright_interval_timer_skip:
 * @self: a timer
 *
 * Ends the phase now and begins the next; skipping the last one finishes
 * the exercise. A skipped repetition does not count as completed. A paused
 * timer stays paused, with the whole of the next phase left.
 */
void
upright_interval_timer_skip (UprightIntervalTimer *self)
{
  Step next;

  g_return_if_fail (UPRIGHT_IS_INTERVAL_TIMER (self));

  upright_interval_timer_update (self);

  if (!phase_is_active (self->step.phase))
    return;

  g_object_ref (self);
  g_object_freeze_notify (G_OBJECT (self));

  if (!step_next (self, &self->step, &next))
    g_assert_not_reached ();
  jump_to (self, &next);

  g_object_thaw_notify (G_OBJECT (self));
  g_object_unref (self);
}

/**
 * upright_interval_timer_previous:
 * @self: a timer
 *
 * Goes back to the beginning of the phase when more than 2 seconds of it
 * have passed, and otherwise to the beginning of the phase before; the first
 * phase begins again. A paused timer stays paused.
 */
void
upright_interval_timer_previous (UprightIntervalTimer *self)
{
  Step prev;
  gint64 spent;

  g_return_if_fail (UPRIGHT_IS_INTERVAL_TIMER (self));

  upright_interval_timer_update (self);

  if (!phase_is_active (self->step.phase))
    return;

  g_object_ref (self);
  g_object_freeze_notify (G_OBJECT (self));

  spent = self->duration_us - current_remaining_us (self, now_us (self));
  if (spent > PREVIOUS_RESTART_US || !step_previous (self, &self->step, &prev))
    prev = self->step;
  jump_to (self, &prev);

  g_object_thaw_notify (G_OBJECT (self));
  g_object_unref (self);
}

/**
 * upright_interval_timer_stop:
 * @self: a timer
 *
 * Returns to idle. Stopping an unfinished exercise emits
 * #UprightIntervalTimer::stopped. The counters keep their values until the
 * next start, so that a stopped exercise can still be recorded.
 */
void
upright_interval_timer_stop (UprightIntervalTimer *self)
{
  gboolean finished;

  g_return_if_fail (UPRIGHT_IS_INTERVAL_TIMER (self));

  if (self->step.phase == UPRIGHT_TIMER_PHASE_IDLE)
    return;

  g_object_ref (self);
  g_object_freeze_notify (G_OBJECT (self));

  self->serial++;
  finished = self->step.phase == UPRIGHT_TIMER_PHASE_DONE;
  leave_phase (self, now_us (self), FALSE);
  reset_step (self);
  refresh_seconds (self, 0);
  schedule (self);

  if (!finished)
    g_signal_emit (self, signals[STOPPED], 0);

  g_object_thaw_notify (G_OBJECT (self));
  g_object_unref (self);
}

UprightTimerPhase
upright_interval_timer_get_phase (UprightIntervalTimer *self)
{
  g_return_val_if_fail (UPRIGHT_IS_INTERVAL_TIMER (self), UPRIGHT_TIMER_PHASE_IDLE);

  return self->step.phase;
}

guint
upright_interval_timer_get_set (UprightIntervalTimer *self)
{
  g_return_val_if_fail (UPRIGHT_IS_INTERVAL_TIMER (self), 0);

  return self->step.set;
}

guint
upright_interval_timer_get_n_sets (UprightIntervalTimer *self)
{
  g_return_val_if_fail (UPRIGHT_IS_INTERVAL_TIMER (self), 0);

  return n_sets (self);
}

guint
upright_interval_timer_get_rep (UprightIntervalTimer *self)
{
  g_return_val_if_fail (UPRIGHT_IS_INTERVAL_TIMER (self), 0);

  return self->step.rep;
}

guint
upright_interval_timer_get_n_reps (UprightIntervalTimer *self)
{
  g_return_val_if_fail (UPRIGHT_IS_INTERVAL_TIMER (self), 0);

  return n_reps (self);
}

UprightTimerSide
upright_interval_timer_get_side (UprightIntervalTimer *self)
{
  g_return_val_if_fail (UPRIGHT_IS_INTERVAL_TIMER (self), UPRIGHT_TIMER_SIDE_NONE);

  return self->step.side;
}

/**
 * upright_interval_timer_get_remaining_ms:
 * @self: a timer
 *
 * Returns: the milliseconds left in the phase by the clock now, rounded up
 */
gint64
upright_interval_timer_get_remaining_ms (UprightIntervalTimer *self)
{
  g_return_val_if_fail (UPRIGHT_IS_INTERVAL_TIMER (self), 0);

  return whole_ms (current_remaining_us (self, now_us (self)));
}

gint64
upright_interval_timer_get_phase_duration_ms (UprightIntervalTimer *self)
{
  g_return_val_if_fail (UPRIGHT_IS_INTERVAL_TIMER (self), 0);

  return self->duration_us / 1000;
}

/**
 * upright_interval_timer_get_total_seconds:
 * @self: a timer
 *
 * Adds up every phase of the dose from the count-in to the end, as the
 * timer would count them without pauses or skips.
 *
 * Returns: how many seconds the whole dose takes
 */
guint
upright_interval_timer_get_total_seconds (UprightIntervalTimer *self)
{
  Step step;
  Step next;
  guint total = 0;

  g_return_val_if_fail (UPRIGHT_IS_INTERVAL_TIMER (self), 0);

  step_init (&step, UPRIGHT_TIMER_PHASE_IDLE, 1, first_side (self), 1);
  while (step_next (self, &step, &next))
    {
      total += phase_seconds (self, next.phase);
      step = next;
    }

  return total;
}

gboolean
upright_interval_timer_get_running (UprightIntervalTimer *self)
{
  g_return_val_if_fail (UPRIGHT_IS_INTERVAL_TIMER (self), FALSE);

  return self->running;
}

gboolean
upright_interval_timer_get_paused (UprightIntervalTimer *self)
{
  g_return_val_if_fail (UPRIGHT_IS_INTERVAL_TIMER (self), FALSE);

  return self->paused;
}

/**
 * upright_interval_timer_get_progress:
 * @self: a timer
 *
 * Returns: the fraction of the phase that has passed by the clock now, from
 *   0 to 1; 0 when idle and 1 when done
 */
double
upright_interval_timer_get_progress (UprightIntervalTimer *self)
{
  gint64 remaining;

  g_return_val_if_fail (UPRIGHT_IS_INTERVAL_TIMER (self), 0.0);

  if (self->step.phase == UPRIGHT_TIMER_PHASE_IDLE)
    return 0.0;
  if (self->step.phase == UPRIGHT_TIMER_PHASE_DONE || self->duration_us <= 0)
    return 1.0;

  remaining = current_remaining_us (self, now_us (self));

  return CLAMP ((double) (self->duration_us - remaining) / (double) self->duration_us, 0.0, 1.0);
}

/**
 * upright_interval_timer_is_hold:
 * @self: a timer
 *
 * Returns: %TRUE if each repetition is a hold rather than a lift and lower
 */
gboolean
upright_interval_timer_is_hold (UprightIntervalTimer *self)
{
  g_return_val_if_fail (UPRIGHT_IS_INTERVAL_TIMER (self), FALSE);

  return is_hold (self);
}

/**
 * upright_interval_timer_get_title:
 * @self: a timer
 *
 * Like upright_timer_phase_get_title(), but says “Hold” for a work phase
 * that is a hold.
 *
 * Returns: (transfer none): the translated name of the current phase
 */
const char *
upright_interval_timer_get_title (UprightIntervalTimer *self)
{
  g_return_val_if_fail (UPRIGHT_IS_INTERVAL_TIMER (self), NULL);

  if (self->step.phase == UPRIGHT_TIMER_PHASE_WORK && is_hold (self))
    return g_dgettext (GETTEXT_PACKAGE, hold_title);

  return upright_timer_phase_get_title (self->step.phase);
}

/**
 * upright_interval_timer_describe_next:
 * @self: a timer
 *
 * Says in a few words what comes after the current phase, such as
 * “Rest 60 s”, “Right side”, “Set 2”, “Rep 3 of 10” or “Done”.
 *
 * Returns: (transfer full) (nullable): the translated description, or %NULL
 *   when the exercise is done
 */
char *
upright_interval_timer_describe_next (UprightIntervalTimer *self)
{
  const Step *cur;
  Step next;

  g_return_val_if_fail (UPRIGHT_IS_INTERVAL_TIMER (self), NULL);

  cur = &self->step;
  if (!step_next (self, cur, &next))
    return NULL;

  switch (next.phase)
    {
    case UPRIGHT_TIMER_PHASE_COUNT_IN:
      return g_strdup (upright_timer_phase_get_title (next.phase));

    case UPRIGHT_TIMER_PHASE_WORK:
      if (next.set != cur->set)
        /* Translators: what comes next: the number of the next set. */
        return g_strdup_printf (_("Set %u"), next.set);
      /* The first side is worth saying before the first repetition too. */
      if (next.side != cur->side ||
          (next.side != UPRIGHT_TIMER_SIDE_NONE && !phase_counts (cur->phase)))
        return g_strdup (upright_timer_side_get_title (next.side));
      /* Translators: what comes next: a repetition and how many there are. */
      return g_strdup_printf (_("Rep %u of %u"), next.rep, n_reps (self));

    case UPRIGHT_TIMER_PHASE_RELAX:
      /* Translators: what comes next: a pause of some seconds between holds. */
      return g_strdup_printf (_("Relax %u s"), self->relax_seconds);

    case UPRIGHT_TIMER_PHASE_SWITCH_SIDE:
      /* Changing sides leads to the right side, which is what matters. */
      return g_strdup (upright_timer_side_get_title (UPRIGHT_TIMER_SIDE_RIGHT));

    case UPRIGHT_TIMER_PHASE_REST:
      /* Translators: what comes next: a rest of some seconds between sets. */
      return g_strdup_printf (_("Rest %u s"), self->dose.rest_seconds);

    case UPRIGHT_TIMER_PHASE_DONE:
      return g_strdup (upright_timer_phase_get_title (next.phase));

    case UPRIGHT_TIMER_PHASE_IDLE:
    default:
      g_assert_not_reached ();
    }

  return NULL;
}

/**
 * upright_interval_timer_get_completed_reps:
 * @self: a timer
 *
 * Counts the work phases that ran to their end since the last start, each
 * side separately: an exercise of 2 sets of 5 on each side has 20. Skipped
 * repetitions do not count; one done again after going back counts again.
 *
 * Returns: the number of completed repetitions
 */
guint
upright_interval_timer_get_completed_reps (UprightIntervalTimer *self)
{
  g_return_val_if_fail (UPRIGHT_IS_INTERVAL_TIMER (self), 0);

  return self->completed_reps;
}

/**
 * upright_interval_timer_get_elapsed_active_ms:
 * @self: a timer
 *
 * Returns: the milliseconds spent exercising since the last start: in work,
 *   relax, switch and rest phases, not counting the count-in or pauses
 */
gint64
upright_interval_timer_get_elapsed_active_ms (UprightIntervalTimer *self)
{
  gint64 active;

  g_return_val_if_fail (UPRIGHT_IS_INTERVAL_TIMER (self), 0);

  active = self->active_us;
  if (phase_counts (self->step.phase))
    active += self->duration_us - current_remaining_us (self, now_us (self));

  return active / 1000;
}

/**
 * upright_timer_phase_get_title:
 * @phase: a phase
 *
 * Names a phase in a word or two. A work phase is “Lift and lower”;
 * upright_interval_timer_get_title() knows when it is a hold.
 *
 * Returns: (transfer none): the translated name of @phase
 */
const char *
upright_timer_phase_get_title (UprightTimerPhase phase)
{
  g_return_val_if_fail (phase < UPRIGHT_TIMER_N_PHASES, NULL);

  return g_dgettext (GETTEXT_PACKAGE, phase_titles[phase]);
}

/**
 * upright_timer_side_get_title:
 * @side: a side
 *
 * Returns: (transfer none) (nullable): the translated name of @side, such as
 *   “Left side”, or %NULL for %UPRIGHT_TIMER_SIDE_NONE
 */
const char *
upright_timer_side_get_title (UprightTimerSide side)
{
  g_return_val_if_fail (side <= UPRIGHT_TIMER_SIDE_RIGHT, NULL);

  if (side == UPRIGHT_TIMER_SIDE_NONE)
    return NULL;

  return g_dgettext (GETTEXT_PACKAGE, side_titles[side]);
}
