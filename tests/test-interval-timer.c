/* test-interval-timer.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "core/upright-interval-timer.h"

/* An arbitrary moment for the fake clock to begin at. */
#define T0 (1000 * G_USEC_PER_SEC)

#define PHASE(p, s, r, sd, secs) \
  { UPRIGHT_TIMER_PHASE_##p, s, r, UPRIGHT_TIMER_SIDE_##sd, secs }

typedef struct {
  UprightTimerPhase phase;
  guint             set;
  guint             rep;
  UprightTimerSide  side;
  guint             seconds;
} Phase;

/* Owns a timer on a fake clock and records what it emits. */
typedef struct {
  gint64                now;
  UprightIntervalTimer *timer;
  GArray               *phases;        /* Phase */
  GArray               *phase_times;   /* gint64: the clock at each change */
  GArray               *phase_starts;  /* gint64: the start the timer implies */
  GArray               *seconds;       /* guint */
  GArray               *notify_times;  /* gint64: notify::remaining-ms */
  guint                 n_finished;
  guint                 n_stopped;
} Recorder;

static gint64
fake_clock (gpointer user_data)
{
  Recorder *r = user_data;

  return r->now;
}

static gint64
fake_clock_at (gint64 *now)
{
  return *now;
}

static void
phase_changed_cb (UprightIntervalTimer *timer,
                  guint                 phase,
                  Recorder             *r)
{
  Phase p = {
    .phase = phase,
    .set = upright_interval_timer_get_set (timer),
    .rep = upright_interval_timer_get_rep (timer),
    .side = upright_interval_timer_get_side (timer),
    .seconds = (guint) (upright_interval_timer_get_phase_duration_ms (timer) / 1000),
  };
  gint64 spent_ms;
  gint64 start;

  g_assert_cmpuint (phase, ==, upright_interval_timer_get_phase (timer));

  spent_ms = upright_interval_timer_get_phase_duration_ms (timer) -
             upright_interval_timer_get_remaining_ms (timer);
  start = r->now - spent_ms * 1000;

  g_array_append_val (r->phases, p);
  g_array_append_val (r->phase_times, r->now);
  g_array_append_val (r->phase_starts, start);
}

static void
second_cb (UprightIntervalTimer *timer,
           guint                 seconds,
           Recorder             *r)
{
  g_assert_true (upright_interval_timer_get_running (timer));
  g_array_append_val (r->seconds, seconds);
}

static void
notify_remaining_cb (UprightIntervalTimer *timer,
                     GParamSpec           *pspec,
                     Recorder             *r)
{
  g_array_append_val (r->notify_times, r->now);
}

static void
finished_cb (UprightIntervalTimer *timer,
             Recorder             *r)
{
  g_assert_cmpint (upright_interval_timer_get_phase (timer), ==, UPRIGHT_TIMER_PHASE_DONE);
  g_assert_false (upright_interval_timer_get_running (timer));
  r->n_finished++;
}

static void
stopped_cb (UprightIntervalTimer *timer,
            Recorder             *r)
{
  g_assert_cmpint (upright_interval_timer_get_phase (timer), ==, UPRIGHT_TIMER_PHASE_IDLE);
  r->n_stopped++;
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

static void
recorder_init (Recorder          *r,
               const UprightDose *dose,
               guint              count_in)
{
  r->now = T0;
  r->timer = upright_interval_timer_new (dose, count_in);
  r->phases = g_array_new (FALSE, FALSE, sizeof (Phase));
  r->phase_times = g_array_new (FALSE, FALSE, sizeof (gint64));
  r->phase_starts = g_array_new (FALSE, FALSE, sizeof (gint64));
  r->seconds = g_array_new (FALSE, FALSE, sizeof (guint));
  r->notify_times = g_array_new (FALSE, FALSE, sizeof (gint64));
  r->n_finished = 0;
  r->n_stopped = 0;

  g_assert_true (upright_interval_timer_get_auto_update (r->timer));
  upright_interval_timer_set_clock (r->timer, fake_clock, r);
  g_assert_false (upright_interval_timer_get_auto_update (r->timer));

  g_signal_connect (r->timer, "phase-changed", G_CALLBACK (phase_changed_cb), r);
  g_signal_connect (r->timer, "second", G_CALLBACK (second_cb), r);
  g_signal_connect (r->timer, "notify::remaining-ms", G_CALLBACK (notify_remaining_cb), r);
  g_signal_connect (r->timer, "finished", G_CALLBACK (finished_cb), r);
  g_signal_connect (r->timer, "stopped", G_CALLBACK (stopped_cb), r);
}

static void
recorder_reset (Recorder *r)
{
  g_array_set_size (r->phases, 0);
  g_array_set_size (r->phase_times, 0);
  g_array_set_size (r->phase_starts, 0);
  g_array_set_size (r->seconds, 0);
  g_array_set_size (r->notify_times, 0);
  r->n_finished = 0;
  r->n_stopped = 0;
}

static void
recorder_clear (Recorder *r)
{
  g_clear_pointer (&r->phases, g_array_unref);
  g_clear_pointer (&r->phase_times, g_array_unref);
  g_clear_pointer (&r->phase_starts, g_array_unref);
  g_clear_pointer (&r->seconds, g_array_unref);
  g_clear_pointer (&r->notify_times, g_array_unref);
  g_assert_finalize_object (g_steal_pointer (&r->timer));
}

static void
advance_to (Recorder *r,
            gint64    now)
{
  g_assert_cmpint (now, >=, r->now);
  r->now = now;
  upright_interval_timer_update (r->timer);
}

static void
advance (Recorder *r,
         gint64    us)
{
  advance_to (r, r->now + us);
}

static const char *
phase_nick (UprightTimerPhase phase)
{
  GEnumClass *enum_class = g_type_class_ref (UPRIGHT_TYPE_TIMER_PHASE);
  const char *nick = g_enum_get_value (enum_class, phase)->value_nick;

  /* The names are static; they outlive the class reference. */
  g_type_class_unref (enum_class);

  return nick;
}

static void
assert_phase (const Phase *seen,
              const Phase *expected,
              guint        i)
{
  if (seen->phase != expected->phase || seen->set != expected->set ||
      seen->rep != expected->rep || seen->side != expected->side ||
      seen->seconds != expected->seconds)
    g_error ("Phase %u is %s set %u rep %u side %d (%u s), "
             "expected %s set %u rep %u side %d (%u s)",
             i, phase_nick (seen->phase), seen->set, seen->rep, seen->side, seen->seconds,
             phase_nick (expected->phase), expected->set, expected->rep, expected->side,
             expected->seconds);
}

static void
assert_phases (Recorder    *r,
               const Phase *expected,
               guint        n_expected)
{
  for (guint i = 0; i < MIN (r->phases->len, n_expected); i++)
    assert_phase (&g_array_index (r->phases, Phase, i), &expected[i], i);
  g_assert_cmpuint (r->phases->len, ==, n_expected);
}

static gint64
total_us (const Phase *expected,
          guint        n_expected)
{
  gint64 total = 0;

  for (guint i = 0; i < n_expected; i++)
    total += expected[i].seconds * G_USEC_PER_SEC;

  return total;
}

static guint
count_work (const Phase *expected,
            guint        n_expected)
{
  guint n = 0;

  for (guint i = 0; i < n_expected; i++)
    n += expected[i].phase == UPRIGHT_TIMER_PHASE_WORK;

  return n;
}

/* Runs the timer through @expected, checking that every phase lasts until
 * exactly its deadline: one microsecond before, it is still on. */
static void
run_exact (Recorder    *r,
           const Phase *expected,
           guint        n_expected)
{
  gint64 begin = r->now;
  gint64 start = begin;

  g_assert_cmpuint (r->phases->len, ==, 0);
  g_assert_cmpint (upright_interval_timer_get_phase (r->timer), ==, UPRIGHT_TIMER_PHASE_IDLE);

  upright_interval_timer_start (r->timer);
  g_assert_true (upright_interval_timer_get_running (r->timer));

  /* With its own clock, the timer leaves updating to the caller. */
  g_assert_false (g_main_context_pending (NULL));

  for (guint i = 0; i < n_expected; i++)
    {
      gint64 deadline = start + expected[i].seconds * G_USEC_PER_SEC;

      g_assert_cmpuint (r->phases->len, ==, i + 1);
      assert_phase (&g_array_index (r->phases, Phase, i), &expected[i], i);
      g_assert_cmpint (g_array_index (r->phase_times, gint64, i), ==, start);

      if (expected[i].phase == UPRIGHT_TIMER_PHASE_DONE)
        break;

      g_assert_cmpint (upright_interval_timer_get_phase_duration_ms (r->timer),
                       ==, expected[i].seconds * 1000);
      g_assert_cmpint (upright_interval_timer_get_remaining_ms (r->timer),
                       ==, expected[i].seconds * 1000);

      advance_to (r, deadline - 1);
      g_assert_cmpuint (r->phases->len, ==, i + 1);
      g_assert_cmpint (upright_interval_timer_get_phase (r->timer), ==, expected[i].phase);
      g_assert_cmpint (upright_interval_timer_get_remaining_ms (r->timer), ==, 1);
      g_assert_cmpuint (r->n_finished, ==, 0);

      advance_to (r, deadline);
      start = deadline;
    }

  assert_phases (r, expected, n_expected);
  g_assert_cmpuint (r->n_finished, ==, 1);
  g_assert_false (upright_interval_timer_get_running (r->timer));
  g_assert_cmpint (upright_interval_timer_get_remaining_ms (r->timer), ==, 0);
  g_assert_cmpfloat (upright_interval_timer_get_progress (r->timer), ==, 1.0);
  g_assert_cmpuint (upright_interval_timer_get_completed_reps (r->timer),
                    ==, count_work (expected, n_expected));
  g_assert_cmpint (r->now - begin, ==, total_us (expected, n_expected));

  /* Nothing more happens once done. */
  advance (r, 60 * G_USEC_PER_SEC);
  g_assert_cmpuint (r->phases->len, ==, n_expected);
  g_assert_cmpuint (r->n_finished, ==, 1);
  g_assert_cmpuint (r->n_stopped, ==, 0);
}

static void
test_timer_reps (void)
{
  const UprightDose dose = {
    .sets = 2, .reps = 3, .rest_seconds = 30, .tempo_up = 3, .tempo_down = 2,
  };
  const Phase expected[] = {
    PHASE (COUNT_IN, 1, 1, NONE, 5),
    PHASE (WORK, 1, 1, NONE, 5),
    PHASE (WORK, 1, 2, NONE, 5),
    PHASE (WORK, 1, 3, NONE, 5),
    PHASE (REST, 1, 3, NONE, 30),
    PHASE (WORK, 2, 1, NONE, 5),
    PHASE (WORK, 2, 2, NONE, 5),
    PHASE (WORK, 2, 3, NONE, 5),
    PHASE (DONE, 2, 3, NONE, 0),
  };
  Recorder r;
  guint n_notify_set = 0, n_notify_rep = 0;
  guint n_sets, n_reps;
  UprightTimerPhase phase;
  gboolean running;

  recorder_init (&r, &dose, 5);

  g_object_get (r.timer,
                "n-sets", &n_sets,
                "n-reps", &n_reps,
                "phase", &phase,
                "running", &running,
                NULL);
  g_assert_cmpuint (n_sets, ==, 2);
  g_assert_cmpuint (n_reps, ==, 3);
  g_assert_cmpint (phase, ==, UPRIGHT_TIMER_PHASE_IDLE);
  g_assert_false (running);
  g_assert_false (upright_interval_timer_is_hold (r.timer));
  g_assert_cmpfloat (upright_interval_timer_get_progress (r.timer), ==, 0.0);

  run_exact (&r, expected, G_N_ELEMENTS (expected));

  /* Six repetitions of 5 s and a rest of 30 s; the count-in does not count. */
  g_assert_cmpint (upright_interval_timer_get_elapsed_active_ms (r.timer), ==, 60000);

  /* Starting again from the end begins anew, and says so. */
  g_signal_connect (r.timer, "notify::set", G_CALLBACK (count_cb), &n_notify_set);
  g_signal_connect (r.timer, "notify::rep", G_CALLBACK (count_cb), &n_notify_rep);
  upright_interval_timer_start (r.timer);
  g_assert_cmpint (upright_interval_timer_get_phase (r.timer), ==, UPRIGHT_TIMER_PHASE_COUNT_IN);
  g_assert_cmpuint (upright_interval_timer_get_set (r.timer), ==, 1);
  g_assert_cmpuint (upright_interval_timer_get_rep (r.timer), ==, 1);
  g_assert_cmpuint (n_notify_set, ==, 1);
  g_assert_cmpuint (n_notify_rep, ==, 1);
  g_assert_cmpuint (upright_interval_timer_get_completed_reps (r.timer), ==, 0);
  g_assert_cmpint (upright_interval_timer_get_elapsed_active_ms (r.timer), ==, 0);

  recorder_clear (&r);
}

static void
test_timer_holds (void)
{
  const UprightDose dose = { .sets = 2, .reps = 2, .hold_seconds = 5, .rest_seconds = 10 };
  const Phase expected[] = {
    PHASE (COUNT_IN, 1, 1, NONE, 3),
    PHASE (WORK, 1, 1, NONE, 5),
    PHASE (RELAX, 1, 1, NONE, 3),
    PHASE (WORK, 1, 2, NONE, 5),
    PHASE (REST, 1, 2, NONE, 10),
    PHASE (WORK, 2, 1, NONE, 5),
    PHASE (RELAX, 2, 1, NONE, 3),
    PHASE (WORK, 2, 2, NONE, 5),
    PHASE (DONE, 2, 2, NONE, 0),
  };
  Recorder r;

  recorder_init (&r, &dose, 3);
  g_assert_true (upright_interval_timer_is_hold (r.timer));
  g_assert_cmpuint (upright_interval_timer_get_relax_seconds (r.timer), ==, 3);

  run_exact (&r, expected, G_N_ELEMENTS (expected));
  recorder_clear (&r);
}

static void
test_timer_per_side (void)
{
  /* Without a tempo, a repetition takes 2 s up and 2 s down. */
  const UprightDose dose = { .sets = 1, .reps = 2, .per_side = TRUE, .rest_seconds = 30 };
  const Phase expected[] = {
    PHASE (COUNT_IN, 1, 1, LEFT, 3),
    PHASE (WORK, 1, 1, LEFT, 4),
    PHASE (WORK, 1, 2, LEFT, 4),
    PHASE (SWITCH_SIDE, 1, 2, LEFT, 5),
    PHASE (WORK, 1, 1, RIGHT, 4),
    PHASE (WORK, 1, 2, RIGHT, 4),
    PHASE (DONE, 1, 2, RIGHT, 0),
  };
  Recorder r;
  UprightTimerSide side;

  recorder_init (&r, &dose, 3);
  g_object_get (r.timer, "side", &side, NULL);
  g_assert_cmpint (side, ==, UPRIGHT_TIMER_SIDE_LEFT);
  g_assert_cmpuint (upright_interval_timer_get_switch_seconds (r.timer), ==, 5);

  run_exact (&r, expected, G_N_ELEMENTS (expected));
  recorder_clear (&r);
}

static const UprightDose per_side_holds = {
  .sets = 2, .reps = 2, .hold_seconds = 5, .rest_seconds = 20, .per_side = TRUE,
};

static const Phase per_side_holds_phases[] = {
  PHASE (COUNT_IN, 1, 1, LEFT, 3),
  PHASE (WORK, 1, 1, LEFT, 5),
  PHASE (RELAX, 1, 1, LEFT, 3),
  PHASE (WORK, 1, 2, LEFT, 5),
  PHASE (SWITCH_SIDE, 1, 2, LEFT, 5),
  PHASE (WORK, 1, 1, RIGHT, 5),
  PHASE (RELAX, 1, 1, RIGHT, 3),
  PHASE (WORK, 1, 2, RIGHT, 5),
  PHASE (REST, 1, 2, RIGHT, 20),
  PHASE (WORK, 2, 1, LEFT, 5),
  PHASE (RELAX, 2, 1, LEFT, 3),
  PHASE (WORK, 2, 2, LEFT, 5),
  PHASE (SWITCH_SIDE, 2, 2, LEFT, 5),
  PHASE (WORK, 2, 1, RIGHT, 5),
  PHASE (RELAX, 2, 1, RIGHT, 3),
  PHASE (WORK, 2, 2, RIGHT, 5),
  PHASE (DONE, 2, 2, RIGHT, 0),
};

static void
test_timer_per_side_holds (void)
{
  Recorder r;

  recorder_init (&r, &per_side_holds, 3);
  run_exact (&r, per_side_holds_phases, G_N_ELEMENTS (per_side_holds_phases));
  g_assert_cmpuint (upright_interval_timer_get_completed_reps (r.timer), ==, 8);
  recorder_clear (&r);
}

static void
test_timer_zero_pauses (void)
{
  const Phase expected[] = {
    PHASE (WORK, 1, 1, LEFT, 5),
    PHASE (WORK, 1, 2, LEFT, 5),
    PHASE (WORK, 1, 1, RIGHT, 5),
    PHASE (WORK, 1, 2, RIGHT, 5),
    PHASE (WORK, 2, 1, LEFT, 5),
    PHASE (WORK, 2, 2, LEFT, 5),
    PHASE (WORK, 2, 1, RIGHT, 5),
    PHASE (WORK, 2, 2, RIGHT, 5),
    PHASE (DONE, 2, 2, RIGHT, 0),
  };
  Recorder r;

  /* No count-in, and the rest of the dose overridden. */
  recorder_init (&r, &per_side_holds, 0);
  upright_interval_timer_set_relax_seconds (r.timer, 0);
  upright_interval_timer_set_switch_seconds (r.timer, 0);
  upright_interval_timer_set_rest_seconds (r.timer, 0);
  g_assert_cmpuint (upright_interval_timer_get_rest_seconds (r.timer), ==, 0);
  g_assert_cmpuint (upright_interval_timer_get_count_in_seconds (r.timer), ==, 0);

  run_exact (&r, expected, G_N_ELEMENTS (expected));
  recorder_clear (&r);
}

static void
test_timer_one_set (void)
{
  const UprightDose dose = {
    .sets = 1, .reps = 2, .rest_seconds = 60, .tempo_up = 1, .tempo_down = 1,
  };
  const Phase expected[] = {
    PHASE (COUNT_IN, 1, 1, NONE, 2),
    PHASE (WORK, 1, 1, NONE, 2),
    PHASE (WORK, 1, 2, NONE, 2),
    PHASE (DONE, 1, 2, NONE, 0),
  };
  /* A single hold: no sets or repetitions given. */
  const UprightDose hold = { .hold_seconds = 30, .rest_seconds = 60 };
  const Phase hold_expected[] = {
    PHASE (COUNT_IN, 1, 1, NONE, 2),
    PHASE (WORK, 1, 1, NONE, 30),
    PHASE (DONE, 1, 1, NONE, 0),
  };
  Recorder r;

  recorder_init (&r, &dose, 2);
  run_exact (&r, expected, G_N_ELEMENTS (expected));

  /* The dose can change between runs. */
  upright_interval_timer_stop (r.timer);
  g_assert_cmpuint (r.n_stopped, ==, 0);
  upright_interval_timer_set_dose (r.timer, &hold);
  g_assert_cmpuint (upright_interval_timer_get_n_sets (r.timer), ==, 1);
  g_assert_cmpuint (upright_interval_timer_get_n_reps (r.timer), ==, 1);
  recorder_reset (&r);
  run_exact (&r, hold_expected, G_N_ELEMENTS (hold_expected));

  recorder_clear (&r);
}

static void
test_timer_pause (void)
{
  const UprightDose dose = { .sets = 1, .reps = 3, .tempo_up = 2, .tempo_down = 2 };
  Recorder r;
  gboolean paused, running;

  recorder_init (&r, &dose, 3);
  upright_interval_timer_start (r.timer);
  g_assert_cmpint (upright_interval_timer_get_phase (r.timer), ==, UPRIGHT_TIMER_PHASE_COUNT_IN);

  /* Pausing keeps the time left, however long the pause. */
  advance (&r, 500 * 1000);
  upright_interval_timer_pause (r.timer);
  g_object_get (r.timer, "paused", &paused, "running", &running, NULL);
  g_assert_true (paused);
  g_assert_false (running);
  g_assert_cmpint (upright_interval_timer_get_remaining_ms (r.timer), ==, 2500);

  advance (&r, 600 * G_USEC_PER_SEC);
  g_assert_cmpint (upright_interval_timer_get_phase (r.timer), ==, UPRIGHT_TIMER_PHASE_COUNT_IN);
  g_assert_cmpint (upright_interval_timer_get_remaining_ms (r.timer), ==, 2500);
  g_assert_cmpfloat_with_epsilon (upright_interval_timer_get_progress (r.timer), 1.0 / 6.0, 1e-9);

  /* Pausing twice changes nothing; resuming sets a new end. */
  upright_interval_timer_pause (r.timer);
  upright_interval_timer_resume (r.timer);
  g_assert_false (upright_interval_timer_get_paused (r.timer));
  g_assert_true (upright_interval_timer_get_running (r.timer));
  advance (&r, 500 * 1000);
  g_assert_cmpint (upright_interval_timer_get_remaining_ms (r.timer), ==, 2000);
  advance (&r, 2000 * 1000 - 1);
  g_assert_cmpint (upright_interval_timer_get_phase (r.timer), ==, UPRIGHT_TIMER_PHASE_COUNT_IN);
  advance (&r, 1);
  g_assert_cmpint (upright_interval_timer_get_phase (r.timer), ==, UPRIGHT_TIMER_PHASE_WORK);

  /* The count-down went 3 before the pause and 2, 1 after, each once. */
  g_assert_cmpuint (r.seconds->len, ==, 4);
  g_assert_cmpuint (g_array_index (r.seconds, guint, 0), ==, 3);
  g_assert_cmpuint (g_array_index (r.seconds, guint, 1), ==, 2);
  g_assert_cmpuint (g_array_index (r.seconds, guint, 2), ==, 1);
  g_assert_cmpuint (g_array_index (r.seconds, guint, 3), ==, 4);

  /* Paused time is not exercise time. */
  advance (&r, 1000 * 1000);
  upright_interval_timer_pause (r.timer);
  advance (&r, 30 * G_USEC_PER_SEC);
  g_assert_cmpint (upright_interval_timer_get_elapsed_active_ms (r.timer), ==, 1000);
  upright_interval_timer_resume (r.timer);
  advance (&r, 3000 * 1000);
  g_assert_cmpuint (upright_interval_timer_get_rep (r.timer), ==, 2);
  g_assert_cmpuint (upright_interval_timer_get_completed_reps (r.timer), ==, 1);
  g_assert_cmpint (upright_interval_timer_get_elapsed_active_ms (r.timer), ==, 4000);

  /* Resuming when not paused changes nothing. */
  upright_interval_timer_resume (r.timer);
  g_assert_cmpint (upright_interval_timer_get_remaining_ms (r.timer), ==, 4000);

  recorder_clear (&r);
}

static void
test_timer_skip_previous (void)
{
  const UprightDose dose = {
    .sets = 2, .reps = 2, .rest_seconds = 30, .tempo_up = 2, .tempo_down = 2,
  };
  const Phase expected[] = {
    PHASE (COUNT_IN, 1, 1, NONE, 3),
    PHASE (COUNT_IN, 1, 1, NONE, 3),  /* begun again; skipped */
    PHASE (WORK, 1, 1, NONE, 4),      /* skipped */
    PHASE (WORK, 1, 2, NONE, 4),      /* 1 s in: back */
    PHASE (WORK, 1, 1, NONE, 4),      /* 2.5 s in: again */
    PHASE (WORK, 1, 1, NONE, 4),      /* to the end */
    PHASE (WORK, 1, 2, NONE, 4),      /* exactly 2 s in: back */
    PHASE (WORK, 1, 1, NONE, 4),      /* skipped while paused */
    PHASE (WORK, 1, 2, NONE, 4),      /* skipped while paused */
    PHASE (REST, 1, 2, NONE, 30),     /* back at once */
    PHASE (WORK, 1, 2, NONE, 4),      /* resumed, skipped */
    PHASE (REST, 1, 2, NONE, 30),     /* skipped */
    PHASE (WORK, 2, 1, NONE, 4),      /* back */
    PHASE (REST, 1, 2, NONE, 30),     /* skipped */
    PHASE (WORK, 2, 1, NONE, 4),      /* skipped */
    PHASE (WORK, 2, 2, NONE, 4),      /* skipped */
    PHASE (DONE, 2, 2, NONE, 0),
  };
  Recorder r;

  recorder_init (&r, &dose, 3);

  /* Nothing to skip or go back to before the start. */
  upright_interval_timer_skip (r.timer);
  upright_interval_timer_previous (r.timer);
  upright_interval_timer_pause (r.timer);
  g_assert_cmpuint (r.phases->len, ==, 0);
  g_assert_false (upright_interval_timer_get_paused (r.timer));

  upright_interval_timer_start (r.timer);
  /* The first phase only begins again. */
  advance (&r, 500 * 1000);
  upright_interval_timer_previous (r.timer);
  g_assert_cmpint (upright_interval_timer_get_remaining_ms (r.timer), ==, 3000);

  upright_interval_timer_skip (r.timer);
  advance (&r, 500 * 1000);
  upright_interval_timer_skip (r.timer);
  g_assert_cmpuint (upright_interval_timer_get_completed_reps (r.timer), ==, 0);
  advance (&r, 1000 * 1000);
  upright_interval_timer_previous (r.timer);
  g_assert_cmpuint (upright_interval_timer_get_rep (r.timer), ==, 1);
  g_assert_cmpint (upright_interval_timer_get_remaining_ms (r.timer), ==, 4000);
  advance (&r, 2500 * 1000);
  upright_interval_timer_previous (r.timer);
  g_assert_cmpuint (upright_interval_timer_get_rep (r.timer), ==, 1);
  g_assert_cmpint (upright_interval_timer_get_remaining_ms (r.timer), ==, 4000);
  advance (&r, 4000 * 1000);
  g_assert_cmpuint (upright_interval_timer_get_completed_reps (r.timer), ==, 1);
  advance (&r, 2000 * 1000);
  upright_interval_timer_previous (r.timer);
  g_assert_cmpuint (upright_interval_timer_get_rep (r.timer), ==, 1);

  /* Skipping while paused stays paused, with the whole phase left. */
  advance (&r, 1000 * 1000);
  upright_interval_timer_pause (r.timer);
  upright_interval_timer_skip (r.timer);
  g_assert_true (upright_interval_timer_get_paused (r.timer));
  g_assert_cmpint (upright_interval_timer_get_remaining_ms (r.timer), ==, 4000);
  g_assert_cmpfloat (upright_interval_timer_get_progress (r.timer), ==, 0.0);
  upright_interval_timer_skip (r.timer);
  g_assert_cmpint (upright_interval_timer_get_phase (r.timer), ==, UPRIGHT_TIMER_PHASE_REST);
  advance (&r, 10 * G_USEC_PER_SEC);
  g_assert_cmpint (upright_interval_timer_get_remaining_ms (r.timer), ==, 30000);
  upright_interval_timer_previous (r.timer);
  g_assert_true (upright_interval_timer_get_paused (r.timer));
  upright_interval_timer_resume (r.timer);

  upright_interval_timer_skip (r.timer);
  upright_interval_timer_skip (r.timer);
  upright_interval_timer_previous (r.timer);
  upright_interval_timer_skip (r.timer);
  upright_interval_timer_skip (r.timer);
  g_assert_cmpuint (r.n_finished, ==, 0);
  upright_interval_timer_skip (r.timer);
  g_assert_cmpuint (r.n_finished, ==, 1);
  g_assert_false (upright_interval_timer_get_running (r.timer));
  g_assert_false (upright_interval_timer_get_paused (r.timer));

  assert_phases (&r, expected, G_N_ELEMENTS (expected));
  g_assert_cmpuint (upright_interval_timer_get_completed_reps (r.timer), ==, 1);

  /* Done is the end. */
  upright_interval_timer_skip (r.timer);
  upright_interval_timer_previous (r.timer);
  g_assert_cmpuint (r.phases->len, ==, G_N_ELEMENTS (expected));

  recorder_clear (&r);
}

static void
test_timer_previous_first (void)
{
  const UprightDose dose = { .sets = 1, .reps = 2, .hold_seconds = 10 };
  Recorder r;

  /* Without a count-in, the first repetition has nothing before it. */
  recorder_init (&r, &dose, 0);
  upright_interval_timer_start (r.timer);
  advance (&r, 1000 * 1000);
  upright_interval_timer_previous (r.timer);
  g_assert_cmpuint (r.phases->len, ==, 2);
  g_assert_cmpint (upright_interval_timer_get_phase (r.timer), ==, UPRIGHT_TIMER_PHASE_WORK);
  g_assert_cmpint (upright_interval_timer_get_remaining_ms (r.timer), ==, 10000);

  /* From a relax, back to the hold before it. */
  advance (&r, 10 * G_USEC_PER_SEC);
  g_assert_cmpint (upright_interval_timer_get_phase (r.timer), ==, UPRIGHT_TIMER_PHASE_RELAX);
  upright_interval_timer_previous (r.timer);
  g_assert_cmpint (upright_interval_timer_get_phase (r.timer), ==, UPRIGHT_TIMER_PHASE_WORK);
  g_assert_cmpuint (upright_interval_timer_get_rep (r.timer), ==, 1);

  recorder_clear (&r);
}

static void
test_timer_stop (void)
{
  const UprightDose dose = {
    .sets = 2, .reps = 2, .rest_seconds = 10, .tempo_up = 1, .tempo_down = 1,
  };
  Recorder r;

  recorder_init (&r, &dose, 3);
  upright_interval_timer_stop (r.timer);
  g_assert_cmpuint (r.n_stopped, ==, 0);
  g_assert_cmpuint (r.phases->len, ==, 0);

  upright_interval_timer_start (r.timer);
  advance (&r, 5 * G_USEC_PER_SEC);
  g_assert_cmpuint (upright_interval_timer_get_rep (r.timer), ==, 2);
  upright_interval_timer_pause (r.timer);
  upright_interval_timer_stop (r.timer);

  g_assert_cmpuint (r.n_stopped, ==, 1);
  g_assert_cmpint (upright_interval_timer_get_phase (r.timer), ==, UPRIGHT_TIMER_PHASE_IDLE);
  g_assert_cmpint (g_array_index (r.phases, Phase, r.phases->len - 1).phase,
                   ==, UPRIGHT_TIMER_PHASE_IDLE);
  g_assert_false (upright_interval_timer_get_running (r.timer));
  g_assert_false (upright_interval_timer_get_paused (r.timer));
  g_assert_cmpuint (upright_interval_timer_get_rep (r.timer), ==, 1);
  g_assert_cmpint (upright_interval_timer_get_remaining_ms (r.timer), ==, 0);
  g_assert_cmpint (upright_interval_timer_get_phase_duration_ms (r.timer), ==, 0);
  g_assert_cmpfloat (upright_interval_timer_get_progress (r.timer), ==, 0.0);

  /* The counters stay for the journal until the next start. */
  g_assert_cmpuint (upright_interval_timer_get_completed_reps (r.timer), ==, 1);
  g_assert_cmpint (upright_interval_timer_get_elapsed_active_ms (r.timer), ==, 2000);
  advance (&r, 60 * G_USEC_PER_SEC);
  g_assert_cmpint (upright_interval_timer_get_elapsed_active_ms (r.timer), ==, 2000);

  upright_interval_timer_stop (r.timer);
  g_assert_cmpuint (r.n_stopped, ==, 1);

  /* It starts again from the beginning. */
  recorder_reset (&r);
  upright_interval_timer_start (r.timer);
  g_assert_cmpint (upright_interval_timer_get_phase (r.timer), ==, UPRIGHT_TIMER_PHASE_COUNT_IN);
  g_assert_cmpuint (upright_interval_timer_get_completed_reps (r.timer), ==, 0);
  g_assert_cmpint (upright_interval_timer_get_elapsed_active_ms (r.timer), ==, 0);
  advance (&r, 21 * G_USEC_PER_SEC);
  g_assert_cmpint (upright_interval_timer_get_phase (r.timer), ==, UPRIGHT_TIMER_PHASE_DONE);
  g_assert_cmpuint (r.n_finished, ==, 1);

  /* Stopping a finished exercise is no abandonment. */
  upright_interval_timer_stop (r.timer);
  g_assert_cmpint (upright_interval_timer_get_phase (r.timer), ==, UPRIGHT_TIMER_PHASE_IDLE);
  g_assert_cmpuint (r.n_stopped, ==, 0);
  g_assert_cmpuint (upright_interval_timer_get_completed_reps (r.timer), ==, 4);

  recorder_clear (&r);
}

static void
test_timer_catch_up (void)
{
  guint n = G_N_ELEMENTS (per_side_holds_phases);
  gint64 total = total_us (per_side_holds_phases, n);
  guint n_notify_phase = 0;
  Recorder r;

  recorder_init (&r, &per_side_holds, 3);
  upright_interval_timer_start (r.timer);
  g_signal_connect (r.timer, "notify::phase", G_CALLBACK (count_cb), &n_notify_phase);

  /* Just short of the end, everything but the end has happened, and the
   * phase was notified once. */
  advance (&r, total - 1);
  assert_phases (&r, per_side_holds_phases, n - 1);
  g_assert_cmpuint (n_notify_phase, ==, 1);
  g_assert_cmpint (upright_interval_timer_get_remaining_ms (r.timer), ==, 1);
  g_assert_cmpuint (r.n_finished, ==, 0);
  advance (&r, 1);
  assert_phases (&r, per_side_holds_phases, n);
  g_assert_cmpuint (r.n_finished, ==, 1);

  g_assert_cmpuint (upright_interval_timer_get_completed_reps (r.timer), ==, 8);
  g_assert_cmpint (upright_interval_timer_get_elapsed_active_ms (r.timer),
                   ==, (total - 3 * G_USEC_PER_SEC) / 1000);

  /* A stall longer than the whole exercise ends it all the same. */
  upright_interval_timer_stop (r.timer);
  recorder_reset (&r);
  upright_interval_timer_start (r.timer);
  advance (&r, 10 * total);
  assert_phases (&r, per_side_holds_phases, n);
  g_assert_cmpuint (r.n_finished, ==, 1);

  recorder_clear (&r);
}

static void
test_timer_drift (void)
{
  /* Twenty sets of ten take half an hour. */
  const UprightDose dose = {
    .sets = 20, .reps = 10, .rest_seconds = 30, .tempo_up = 3, .tempo_down = 3,
  };
  g_autoptr(GArray) ideal = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 t = T0;
  Recorder r;

  g_array_append_val (ideal, t);
  t += 5 * G_USEC_PER_SEC;
  for (guint set = 1; set <= 20; set++)
    {
      for (guint rep = 1; rep <= 10; rep++)
        {
          g_array_append_val (ideal, t);
          t += 6 * G_USEC_PER_SEC;
        }
      if (set < 20)
        {
          g_array_append_val (ideal, t);
          t += 30 * G_USEC_PER_SEC;
        }
    }
  g_array_append_val (ideal, t);
  g_assert_cmpint (t - T0, ==, 1775 * G_USEC_PER_SEC);

  recorder_init (&r, &dose, 5);
  upright_interval_timer_start (r.timer);

  while (upright_interval_timer_get_phase (r.timer) != UPRIGHT_TIMER_PHASE_DONE)
    {
      g_assert_cmpint (r.now, <, t + G_USEC_PER_SEC);
      advance (&r, g_test_rand_int_range (70 * 1000, 130 * 1000 + 1));
    }

  g_assert_cmpuint (r.phases->len, ==, ideal->len);
  for (guint i = 0; i < ideal->len; i++)
    {
      gint64 expected = g_array_index (ideal, gint64, i);
      gint64 start = g_array_index (r.phase_starts, gint64, i);
      gint64 seen = g_array_index (r.phase_times, gint64, i);

      /* The timer's idea of the start is exact, however late it looked. */
      if (i + 1 < ideal->len)
        g_assert_cmpint (ABS (start - expected), <=, 10 * 1000);
      g_assert_cmpint (seen, >=, expected);
      g_assert_cmpint (seen - expected, <=, 130 * 1000);
    }

  g_assert_cmpint (upright_interval_timer_get_elapsed_active_ms (r.timer), ==, 1770 * 1000);
  g_assert_cmpuint (upright_interval_timer_get_completed_reps (r.timer), ==, 200);

  recorder_clear (&r);
}

static void
test_timer_seconds (void)
{
  const UprightDose dose = { .sets = 1, .reps = 2, .hold_seconds = 5 };
  const guint expected[] = { 3, 2, 1, 5, 4, 3, 2, 1, 2, 1, 5, 4, 3, 2, 1 };
  Recorder r;
  UprightTimerPhase phase;
  double progress;

  recorder_init (&r, &dose, 3);
  upright_interval_timer_set_relax_seconds (r.timer, 2);
  upright_interval_timer_start (r.timer);

  /* The next whole second begins exactly one second in. */
  g_assert_cmpuint (r.seconds->len, ==, 1);
  advance (&r, G_USEC_PER_SEC - 1);
  g_assert_cmpuint (r.seconds->len, ==, 1);
  advance (&r, 1);
  g_assert_cmpuint (r.seconds->len, ==, 2);
  phase = upright_interval_timer_get_phase (r.timer);
  progress = upright_interval_timer_get_progress (r.timer);
  g_assert_cmpfloat_with_epsilon (progress, 1.0 / 3.0, 1e-9);

  while (upright_interval_timer_get_phase (r.timer) != UPRIGHT_TIMER_PHASE_DONE)
    {
      double now_progress;

      advance (&r, 10 * 1000);

      /* Progress runs from 0 to 1 through each phase. */
      now_progress = upright_interval_timer_get_progress (r.timer);
      g_assert_cmpfloat (now_progress, >=, 0.0);
      g_assert_cmpfloat (now_progress, <=, 1.0);
      if (upright_interval_timer_get_phase (r.timer) != phase)
        {
          phase = upright_interval_timer_get_phase (r.timer);
          g_assert_cmpfloat (now_progress, ==, phase == UPRIGHT_TIMER_PHASE_DONE ? 1.0 : 0.0);
          g_assert_cmpfloat (progress, >=, 0.99);
        }
      else
        {
          g_assert_cmpfloat (now_progress, >, progress);
        }
      progress = now_progress;
    }

  g_assert_cmpuint (r.seconds->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpuint (g_array_index (r.seconds, guint, i), ==, expected[i]);

  /* The remaining time is notified once per whole second, no more often. */
  g_assert_cmpuint (r.notify_times->len, <=, 3 + 5 + 2 + 5 + 1);
  for (guint i = 1; i < r.notify_times->len; i++)
    g_assert_cmpint (g_array_index (r.notify_times, gint64, i) -
                     g_array_index (r.notify_times, gint64, i - 1), >=, G_USEC_PER_SEC);

  recorder_clear (&r);
}

static void
test_timer_describe (void)
{
  const struct {
    UprightTimerPhase phase;
    const char       *title;
    const char       *next;
  } steps[] = {
    { UPRIGHT_TIMER_PHASE_IDLE, "Get ready", "Get ready" },
    { UPRIGHT_TIMER_PHASE_COUNT_IN, "Get ready", "Left side" },
    { UPRIGHT_TIMER_PHASE_WORK, "Hold", "Relax 3 s" },
    { UPRIGHT_TIMER_PHASE_RELAX, "Relax", "Rep 2 of 2" },
    { UPRIGHT_TIMER_PHASE_WORK, "Hold", "Right side" },
    { UPRIGHT_TIMER_PHASE_SWITCH_SIDE, "Change sides", "Right side" },
    { UPRIGHT_TIMER_PHASE_WORK, "Hold", "Relax 3 s" },
    { UPRIGHT_TIMER_PHASE_RELAX, "Relax", "Rep 2 of 2" },
    { UPRIGHT_TIMER_PHASE_WORK, "Hold", "Rest 20 s" },
    { UPRIGHT_TIMER_PHASE_REST, "Rest", "Set 2" },
  };
  const UprightDose reps = { .sets = 1, .reps = 3 };
  Recorder r;
  g_autofree char *next = NULL;

  g_assert_cmpstr (upright_timer_phase_get_title (UPRIGHT_TIMER_PHASE_WORK), ==, "Lift and lower");
  g_assert_cmpstr (upright_timer_phase_get_title (UPRIGHT_TIMER_PHASE_DONE), ==, "Done");
  g_assert_cmpstr (upright_timer_side_get_title (UPRIGHT_TIMER_SIDE_LEFT), ==, "Left side");
  g_assert_null (upright_timer_side_get_title (UPRIGHT_TIMER_SIDE_NONE));
  g_assert_cmpstr (phase_nick (UPRIGHT_TIMER_PHASE_SWITCH_SIDE), ==, "switch-side");

  recorder_init (&r, &per_side_holds, 3);

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_autofree char *description = NULL;

      g_test_message ("Step %u", i);
      if (i == 1)
        upright_interval_timer_start (r.timer);
      else if (i > 1)
        upright_interval_timer_skip (r.timer);

      description = upright_interval_timer_describe_next (r.timer);
      g_assert_cmpint (upright_interval_timer_get_phase (r.timer), ==, steps[i].phase);
      g_assert_cmpstr (upright_interval_timer_get_title (r.timer), ==, steps[i].title);
      g_assert_cmpstr (description, ==, steps[i].next);
    }

  for (guint i = 0; i < 7; i++)
    upright_interval_timer_skip (r.timer);
  next = upright_interval_timer_describe_next (r.timer);
  g_assert_cmpstr (next, ==, "Done");
  upright_interval_timer_skip (r.timer);
  g_assert_cmpstr (upright_interval_timer_get_title (r.timer), ==, "Done");
  g_assert_null (upright_interval_timer_describe_next (r.timer));

  /* Without a count-in or sides, repetitions follow each other. */
  upright_interval_timer_stop (r.timer);
  upright_interval_timer_set_dose (r.timer, &reps);
  upright_interval_timer_set_count_in_seconds (r.timer, 0);
  upright_interval_timer_start (r.timer);
  g_clear_pointer (&next, g_free);
  next = upright_interval_timer_describe_next (r.timer);
  g_assert_cmpstr (upright_interval_timer_get_title (r.timer), ==, "Lift and lower");
  g_assert_cmpstr (next, ==, "Rep 2 of 3");

  recorder_clear (&r);
}

typedef struct {
  GMainLoop *loop;
  guint      n_finished;
  gboolean   timed_out;
  GArray    *seconds;
} RealRun;

static void
real_finished_cb (UprightIntervalTimer *timer,
                  RealRun              *run)
{
  run->n_finished++;
  g_main_loop_quit (run->loop);
}

static void
real_second_cb (UprightIntervalTimer *timer,
                guint                 seconds,
                RealRun              *run)
{
  g_array_append_val (run->seconds, seconds);
}

static gboolean
real_timeout_cb (gpointer user_data)
{
  RealRun *run = user_data;

  run->timed_out = TRUE;
  g_main_loop_quit (run->loop);

  return G_SOURCE_REMOVE;
}

static void
test_timer_real_clock (void)
{
  const UprightDose dose = { .sets = 1, .reps = 1, .hold_seconds = 1 };
  UprightIntervalTimer *timer = upright_interval_timer_new (&dose, 1);
  RealRun run = {
    .loop = g_main_loop_new (NULL, FALSE),
    .seconds = g_array_new (FALSE, FALSE, sizeof (guint)),
  };
  guint failsafe;
  gint64 begin, elapsed;

  g_signal_connect (timer, "finished", G_CALLBACK (real_finished_cb), &run);
  g_signal_connect (timer, "second", G_CALLBACK (real_second_cb), &run);
  failsafe = g_timeout_add_seconds (10, real_timeout_cb, &run);

  begin = g_get_monotonic_time ();
  upright_interval_timer_start (timer);
  g_main_loop_run (run.loop);
  elapsed = g_get_monotonic_time () - begin;

  g_assert_false (run.timed_out);
  g_assert_cmpuint (run.n_finished, ==, 1);
  g_assert_cmpint (elapsed, >=, 2 * G_USEC_PER_SEC);
  g_assert_cmpint (elapsed, <, 3 * G_USEC_PER_SEC);
  g_assert_cmpuint (run.seconds->len, ==, 2);
  g_assert_cmpint (upright_interval_timer_get_elapsed_active_ms (timer), ==, 1000);

  /* Once done, the timer leaves the main loop alone. */
  g_assert_false (g_main_context_pending (NULL));

  g_source_remove (failsafe);
  g_main_loop_unref (run.loop);
  g_array_unref (run.seconds);
  g_assert_finalize_object (timer);
}

static void
test_timer_total (void)
{
  const UprightDose doses[] = {
    { .sets = 2, .reps = 3, .rest_seconds = 30, .tempo_up = 3, .tempo_down = 2 },
    { .sets = 1, .reps = 5, .hold_seconds = 3 },
    { .sets = 2, .reps = 4, .hold_seconds = 10, .rest_seconds = 20, .per_side = TRUE },
    { .sets = 3, .hold_seconds = 30 },
    { .sets = 0, .reps = 0 },
  };
  /* Worked out by hand from the phases: count-in, work, relax between
   * holds, a side switch, rest between sets. */
  const guint expected[] = {
    5 + 2 * 3 * 5 + 30,
    5 + 5 * 3 + 4 * 3,
    5 + 2 * (2 * (4 * 10 + 3 * 3) + 5) + 20,
    5 + 3 * 30,
    5 + 4,
  };

  for (guint i = 0; i < G_N_ELEMENTS (doses); i++)
    {
      g_autoptr(UprightIntervalTimer) timer = upright_interval_timer_new (&doses[i], 5);
      gint64 now = T0;
      guint total = upright_interval_timer_get_total_seconds (timer);

      g_assert_cmpuint (total, ==, expected[i]);

      /* The figure matches what the timer really counts. */
      upright_interval_timer_set_clock (timer, (UprightClockFunc) fake_clock_at, &now);
      upright_interval_timer_start (timer);
      while (upright_interval_timer_get_phase (timer) != UPRIGHT_TIMER_PHASE_DONE)
        {
          now += upright_interval_timer_get_remaining_ms (timer) * 1000;
          upright_interval_timer_update (timer);
        }
      g_assert_cmpint (now - T0, ==, (gint64) total * G_USEC_PER_SEC);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/interval-timer/reps", test_timer_reps);
  g_test_add_func ("/interval-timer/holds", test_timer_holds);
  g_test_add_func ("/interval-timer/per-side", test_timer_per_side);
  g_test_add_func ("/interval-timer/per-side-holds", test_timer_per_side_holds);
  g_test_add_func ("/interval-timer/zero-pauses", test_timer_zero_pauses);
  g_test_add_func ("/interval-timer/one-set", test_timer_one_set);
  g_test_add_func ("/interval-timer/pause", test_timer_pause);
  g_test_add_func ("/interval-timer/skip-previous", test_timer_skip_previous);
  g_test_add_func ("/interval-timer/previous-first", test_timer_previous_first);
  g_test_add_func ("/interval-timer/stop", test_timer_stop);
  g_test_add_func ("/interval-timer/catch-up", test_timer_catch_up);
  g_test_add_func ("/interval-timer/drift", test_timer_drift);
  g_test_add_func ("/interval-timer/seconds", test_timer_seconds);
  g_test_add_func ("/interval-timer/describe", test_timer_describe);
  g_test_add_func ("/interval-timer/real-clock", test_timer_real_clock);
  g_test_add_func ("/interval-timer/total", test_timer_total);

  return g_test_run ();
}
