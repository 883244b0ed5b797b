/* upright-session.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "upright-demo.h"
#include "upright-session.h"

/**
 * UprightSession:
 *
 * One timed exercise, or a routine of them one after another, each in
 * three stages: she checks the dose, the timer counts her through it, and
 * she says how it went, which goes into the journal at once. The session
 * decides everything a page shows of it: which video plays (her own or the
 * demonstration), the exercise's own words for the moment of the movement,
 * and when a sound marks a new phase. Pages only show it, so a session can
 * be tested without a display, with a clock of its own.
 */

/* One exercise of a session, with the dose it starts from. */
typedef struct {
  UprightExercise *exercise;
  UprightDose      dose;
} Item;

struct _UprightSession
{
  GObject               parent_instance;

  GArray               *items;
  guint                 position;
  /* NULL for a single exercise. */
  char                 *routine_name;
  UprightSessionStage   stage;

  UprightJournal       *journal;
  UprightPlan          *plan;
  guint                 count_in_seconds;
  guint                 default_rest_seconds;
  UprightClockFunc      clock;
  gpointer              clock_data;
  gboolean              auto_update;

  UprightVideoChoice   *video;
  UprightPoseScript    *script;
  UprightIntervalTimer *timer;
  GDateTime            *started;
  char                 *cue_text;
  gboolean              completed;
  guint                 n_saved;
};

G_DEFINE_FINAL_TYPE (UprightSession, upright_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STAGE,
  PROP_POSITION,
  PROP_PAUSED,
  PROP_CUE_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CUE,
  SAY,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static Item *
current (UprightSession *self)
{
  return &g_array_index (self->items, Item, self->position);
}

static void
set_stage (UprightSession      *self,
           UprightSessionStage  stage)
{
  if (self->stage == stage)
    return;

  self->stage = stage;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAGE]);
}

static void
say (UprightSession *self,
     const char     *text)
{
  if (text != NULL && *text != '\0')
    g_signal_emit (self, signals[SAY], 0, text);
}

static void
set_cue_text (UprightSession *self,
              const char     *text)
{
  if (g_strcmp0 (self->cue_text, text) == 0)
    return;

  g_free (self->cue_text);
  self->cue_text = g_strdup (text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CUE_TEXT]);

  /* What the screen now says, said aloud; getting ready, the exercise's
   * name comes first. */
  if (text != NULL && self->timer != NULL &&
      upright_interval_timer_get_phase (self->timer) == UPRIGHT_TIMER_PHASE_COUNT_IN &&
      upright_session_get_exercise (self) != NULL)
    {
      g_autofree char *both = g_strdup_printf ("%s. %s",
                                               upright_exercise_get_title (upright_session_get_exercise (self)),
                                               text);
      say (self, both);
    }
  else
    say (self, text);
}

/* The demonstration's caption for the moment of a repetition or hold that
 * the timer is at: the movement and its words go at the pace of the timer,
 * whatever the length of the demonstration's loop. */
static const char *
get_caption (UprightSession *self)
{
  gint64 duration, remaining;
  double fraction;

  if (self->script == NULL || self->timer == NULL)
    return NULL;

  duration = upright_interval_timer_get_phase_duration_ms (self->timer);
  remaining = upright_interval_timer_get_remaining_ms (self->timer);
  fraction = duration > 0 ? 1.0 - (double) remaining / duration : 0;

  return upright_pose_script_get_caption_at (self->script,
                                             CLAMP (fraction, 0.0, 0.999) *
                                             upright_pose_script_get_duration (self->script));
}

static void
update_cue_text (UprightSession *self)
{
  UprightTimerPhase phase;
  const char *caption;

  if (self->timer == NULL || self->stage != UPRIGHT_SESSION_STAGE_RUNNING)
    {
      set_cue_text (self, NULL);
      return;
    }

  phase = upright_interval_timer_get_phase (self->timer);
  switch (phase)
    {
    case UPRIGHT_TIMER_PHASE_COUNT_IN:
      /* Where to start from: the first words of the demonstration. */
      caption = self->script != NULL ? upright_pose_script_get_caption_at (self->script, 0) : NULL;
      set_cue_text (self, caption);
      break;

    case UPRIGHT_TIMER_PHASE_WORK:
      set_cue_text (self, get_caption (self));
      break;

    case UPRIGHT_TIMER_PHASE_RELAX:
      set_cue_text (self, _("Relax, and breathe"));
      break;

    case UPRIGHT_TIMER_PHASE_SWITCH_SIDE:
      set_cue_text (self, _("Change to the other side"));
      break;

    case UPRIGHT_TIMER_PHASE_REST:
      set_cue_text (self, _("Rest, and breathe easily"));
      break;

    case UPRIGHT_TIMER_PHASE_DONE:
      set_cue_text (self, _("Well done"));
      /* In a routine, she hears what comes next without looking. */
      if (upright_session_get_next_exercise (self) != NULL)
        {
          /* Translators: said aloud at the end of an exercise in a
           * routine; %s is the title of the exercise that follows */
          g_autofree char *next = g_strdup_printf (_("Next: %s"),
                                                   upright_exercise_get_title (upright_session_get_next_exercise (self)));

          say (self, next);
        }
      break;

    case UPRIGHT_TIMER_PHASE_IDLE:
    default:
      set_cue_text (self, NULL);
      break;
    }
}

static void
cue (UprightSession *self,
     UprightCue      which)
{
  g_signal_emit (self, signals[CUE], 0, which);
}

static void
phase_changed_cb (UprightSession *self,
                  guint           phase)
{
  switch ((UprightTimerPhase) phase)
    {
    case UPRIGHT_TIMER_PHASE_COUNT_IN:
      cue (self, UPRIGHT_CUE_GET_READY);
      break;

    case UPRIGHT_TIMER_PHASE_WORK:
      cue (self, UPRIGHT_CUE_GO);
      break;

    case UPRIGHT_TIMER_PHASE_RELAX:
    case UPRIGHT_TIMER_PHASE_SWITCH_SIDE:
    case UPRIGHT_TIMER_PHASE_REST:
      cue (self, UPRIGHT_CUE_REST);
      break;

    case UPRIGHT_TIMER_PHASE_DONE:
      cue (self, UPRIGHT_CUE_DONE);
      break;

    case UPRIGHT_TIMER_PHASE_IDLE:
    default:
      break;
    }

  update_cue_text (self);
}

static void
second_cb (UprightSession *self,
           guint           remaining)
{
  UprightTimerPhase phase = upright_interval_timer_get_phase (self->timer);

  /* A tick for each of the last three seconds of a hold, a rest or the
   * count-in; a repetition's own seconds are too short for it. */
  if (remaining > 0 && remaining <= 3 &&
      phase != UPRIGHT_TIMER_PHASE_DONE &&
      (phase != UPRIGHT_TIMER_PHASE_WORK || upright_interval_timer_is_hold (self->timer)))
    {
      g_autofree char *count = g_strdup_printf ("%u", remaining);

      cue (self, UPRIGHT_CUE_COUNTDOWN);
      say (self, count);
    }

  update_cue_text (self);
}

static void
paused_cb (UprightSession *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAUSED]);
}

static void
clear_timer (UprightSession *self)
{
  if (self->timer == NULL)
    return;

  g_signal_handlers_disconnect_by_data (self->timer, self);
  upright_interval_timer_stop (self->timer);
  g_clear_object (&self->timer);
}

static void
finished_cb (UprightSession *self)
{
  self->completed = TRUE;
  set_stage (self, UPRIGHT_SESSION_STAGE_REVIEW);
  update_cue_text (self);
}

/* Shows the exercise at the current position, ready to be checked. */
static void
show_item (UprightSession *self)
{
  UprightExercise *exercise = current (self)->exercise;
  const char *demo_id = upright_exercise_get_demo_id (exercise);

  clear_timer (self);
  g_clear_pointer (&self->started, g_date_time_unref);
  g_clear_pointer (&self->video, upright_video_choice_free);
  g_clear_object (&self->script);

  self->video = upright_video_choice_new (exercise, self->plan);
  if (demo_id != NULL)
    self->script = upright_demo_load_script (demo_id, NULL);
  self->completed = FALSE;

  /* The routine's dose, or the exercise's own; a rest no guideline gives
   * is her preferred one. */
  if (current (self)->dose.rest_seconds == 0)
    current (self)->dose.rest_seconds = self->default_rest_seconds;

  set_cue_text (self, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
  if (self->stage == UPRIGHT_SESSION_STAGE_SETUP)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAGE]);
  else
    set_stage (self, UPRIGHT_SESSION_STAGE_SETUP);
}

static void
finish (UprightSession *self)
{
  clear_timer (self);
  set_cue_text (self, NULL);
  set_stage (self, UPRIGHT_SESSION_STAGE_DONE);
}

/* To the next exercise of a routine, or the end. */
static void
go_on (UprightSession *self)
{
  if (self->position + 1 < self->items->len)
    {
      self->position++;
      show_item (self);
    }
  else
    {
      finish (self);
    }
}

static void
item_clear (gpointer data)
{
  Item *item = data;

  g_clear_object (&item->exercise);
}

static void
upright_session_dispose (GObject *object)
{
  UprightSession *self = UPRIGHT_SESSION (object);

  clear_timer (self);
  g_clear_object (&self->journal);
  g_clear_object (&self->plan);
  g_clear_object (&self->script);

  G_OBJECT_CLASS (upright_session_parent_class)->dispose (object);
}

static void
upright_session_finalize (GObject *object)
{
  UprightSession *self = UPRIGHT_SESSION (object);

  g_clear_pointer (&self->items, g_array_unref);
  g_free (self->routine_name);
  g_clear_pointer (&self->video, upright_video_choice_free);
  g_clear_pointer (&self->started, g_date_time_unref);
  g_free (self->cue_text);

  G_OBJECT_CLASS (upright_session_parent_class)->finalize (object);
}

static void
upright_session_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  UprightSession *self = UPRIGHT_SESSION (object);

  switch (prop_id)
    {
    case PROP_STAGE:
      g_value_set_int (value, self->stage);
      break;

    case PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;

    case PROP_PAUSED:
      g_value_set_boolean (value, upright_session_get_paused (self));
      break;

    case PROP_CUE_TEXT:
      g_value_set_string (value, self->cue_text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
upright_session_class_init (UprightSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = upright_session_dispose;
  object_class->finalize = upright_session_finalize;
  object_class->get_property = upright_session_get_property;

  /**
   * UprightSession:stage:
   *
   * An #UprightSessionStage.
   */
  properties[PROP_STAGE] =
    g_param_spec_int ("stage", NULL, NULL,
                      UPRIGHT_SESSION_STAGE_SETUP, UPRIGHT_SESSION_STAGE_DONE, UPRIGHT_SESSION_STAGE_SETUP,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * UprightSession:position:
   *
   * Which exercise of the session is shown, from 0; notified when the next
   * one is shown, even at the same position.
   */
  properties[PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * UprightSession:paused:
   *
   * Whether the timer is paused.
   */
  properties[PROP_PAUSED] =
    g_param_spec_boolean ("paused", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * UprightSession:cue-text:
   *
   * The exercise's own words for this moment of it, such as “Breathe out
   * and push up to stand”, or what to do between sets.
   */
  properties[PROP_CUE_TEXT] =
    g_param_spec_string ("cue-text", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * UprightSession::cue:
   * @cue: an #UprightCue
   *
   * Emitted at each moment a sound should mark.
   */
  /**
   * UprightSession::say:
   * @text: what to say
   *
   * Emitted with what the screen shows, for spoken guidance: the
   * exercise's name and first words as it gets ready, each new cue, the
   * last seconds of a hold or rest, and the end.
   */
  signals[SAY] =
    g_signal_new ("say",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  signals[CUE] =
    g_signal_new ("cue",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
upright_session_init (UprightSession *self)
{
  self->items = g_array_new (FALSE, TRUE, sizeof (Item));
  g_array_set_clear_func (self->items, item_clear);
  self->count_in_seconds = 5;
  self->default_rest_seconds = 60;
  self->auto_update = TRUE;
}

static void
append (UprightSession    *self,
        UprightExercise   *exercise,
        const UprightDose *dose)
{
  Item item = { g_object_ref (exercise), *dose };

  g_array_append_val (self->items, item);
}

/**
 * upright_session_new:
 * @exercise: the exercise to do
 *
 * Returns: (transfer full): a session of one exercise, at its setup
 */
UprightSession *
upright_session_new (UprightExercise *exercise)
{
  UprightSession *self;

  g_return_val_if_fail (UPRIGHT_IS_EXERCISE (exercise), NULL);

  self = g_object_new (UPRIGHT_TYPE_SESSION, NULL);
  append (self, exercise, upright_exercise_get_dose (exercise));
  show_item (self);

  return self;
}

/**
 * upright_session_new_for_routine:
 * @routine: the routine to do
 * @catalog: the exercises it names
 *
 * Exercises that @catalog does not have are left out.
 *
 * Returns: (transfer full) (nullable): a session of the routine's exercises
 *   with its doses, or %NULL if it has none to do
 */
UprightSession *
upright_session_new_for_routine (UprightRoutine *routine,
                                 UprightCatalog *catalog)
{
  g_autoptr(UprightSession) self = NULL;

  g_return_val_if_fail (UPRIGHT_IS_ROUTINE (routine), NULL);
  g_return_val_if_fail (UPRIGHT_IS_CATALOG (catalog), NULL);

  self = g_object_new (UPRIGHT_TYPE_SESSION, NULL);
  for (guint i = 0; i < upright_routine_get_n_items (routine); i++)
    {
      UprightExercise *exercise = upright_catalog_lookup (catalog, upright_routine_get_exercise_id (routine, i));
      UprightDose dose;

      if (exercise == NULL)
        continue;

      dose = *upright_exercise_get_dose (exercise);
      upright_routine_apply_dose (routine, i, &dose);
      append (self, exercise, &dose);
    }

  if (self->items->len == 0)
    return NULL;

  self->routine_name = g_strdup (upright_routine_get_name (routine));
  show_item (self);

  return g_steal_pointer (&self);
}

/**
 * upright_session_set_journal:
 * @self: a session
 * @journal: (nullable): where the results go
 */
void
upright_session_set_journal (UprightSession *self,
                             UprightJournal *journal)
{
  g_return_if_fail (UPRIGHT_IS_SESSION (self));

  g_set_object (&self->journal, journal);
}

/**
 * upright_session_set_plan:
 * @self: a session
 * @plan: (nullable): where her own videos are kept
 *
 * With a plan, an exercise for which she chose a video of her own plays
 * that video instead of the demonstration.
 */
void
upright_session_set_plan (UprightSession *self,
                          UprightPlan    *plan)
{
  g_return_if_fail (UPRIGHT_IS_SESSION (self));

  if (!g_set_object (&self->plan, plan))
    return;

  g_clear_pointer (&self->video, upright_video_choice_free);
  self->video = upright_video_choice_new (current (self)->exercise, self->plan);
}

/**
 * upright_session_set_defaults:
 * @self: a session
 * @count_in_seconds: the time to get ready
 * @rest_seconds: the rest between sets where the exercise gives none
 *
 * Her preferences, for every exercise of the session from the one shown.
 */
void
upright_session_set_defaults (UprightSession *self,
                              guint           count_in_seconds,
                              guint           rest_seconds)
{
  g_return_if_fail (UPRIGHT_IS_SESSION (self));

  self->count_in_seconds = count_in_seconds;
  self->default_rest_seconds = rest_seconds;

  for (guint i = self->position; i < self->items->len; i++)
    {
      Item *item = &g_array_index (self->items, Item, i);
      const UprightDose *own = upright_exercise_get_dose (item->exercise);

      if (own->rest_seconds == 0)
        item->dose.rest_seconds = rest_seconds;
    }
}

/**
 * upright_session_set_clock:
 * @self: a session
 * @clock: the clock of the timers, in microseconds
 * @user_data: data for @clock
 * @auto_update: whether the timers update themselves; tests update them
 *
 * For tests: every timer of the session runs on @clock.
 */
void
upright_session_set_clock (UprightSession   *self,
                           UprightClockFunc  clock,
                           gpointer          user_data,
                           gboolean          auto_update)
{
  g_return_if_fail (UPRIGHT_IS_SESSION (self));

  self->clock = clock;
  self->clock_data = user_data;
  self->auto_update = auto_update;
}

UprightSessionStage
upright_session_get_stage (UprightSession *self)
{
  g_return_val_if_fail (UPRIGHT_IS_SESSION (self), UPRIGHT_SESSION_STAGE_DONE);

  return self->stage;
}

/**
 * upright_session_get_routine_name:
 * @self: a session
 *
 * Returns: (nullable): the routine's name, or %NULL for a single exercise
 */
const char *
upright_session_get_routine_name (UprightSession *self)
{
  g_return_val_if_fail (UPRIGHT_IS_SESSION (self), NULL);

  return self->routine_name;
}

guint
upright_session_get_position (UprightSession *self)
{
  g_return_val_if_fail (UPRIGHT_IS_SESSION (self), 0);

  return self->position;
}

guint
upright_session_get_n_items (UprightSession *self)
{
  g_return_val_if_fail (UPRIGHT_IS_SESSION (self), 0);

  return self->items->len;
}

/**
 * upright_session_get_exercise:
 * @self: a session
 *
 * Returns: (transfer none): the exercise shown
 */
UprightExercise *
upright_session_get_exercise (UprightSession *self)
{
  g_return_val_if_fail (UPRIGHT_IS_SESSION (self), NULL);

  return current (self)->exercise;
}

/**
 * upright_session_get_next_exercise:
 * @self: a session
 *
 * Returns: (transfer none) (nullable): the exercise that comes after the
 *   one shown, if any
 */
UprightExercise *
upright_session_get_next_exercise (UprightSession *self)
{
  g_return_val_if_fail (UPRIGHT_IS_SESSION (self), NULL);

  if (self->position + 1 >= self->items->len)
    return NULL;

  return g_array_index (self->items, Item, self->position + 1).exercise;
}

/**
 * upright_session_get_video:
 * @self: a session
 *
 * Returns: (transfer none): the video of the exercise shown
 */
UprightVideoChoice *
upright_session_get_video (UprightSession *self)
{
  g_return_val_if_fail (UPRIGHT_IS_SESSION (self), NULL);

  return self->video;
}

/**
 * upright_session_get_dose:
 * @self: a session
 *
 * Returns: (transfer none): the dose of the exercise shown
 */
const UprightDose *
upright_session_get_dose (UprightSession *self)
{
  g_return_val_if_fail (UPRIGHT_IS_SESSION (self), NULL);

  return &current (self)->dose;
}

/**
 * upright_session_set_dose:
 * @self: a session at its setup
 * @sets: how many sets
 * @reps: repetitions in each; ignored for an exercise that is only a hold
 * @hold_seconds: the hold; ignored for an exercise without one
 * @rest_seconds: the rest between sets
 *
 * Changes the dose she will do today. At least one set, and one repetition
 * or second where the exercise has them.
 */
void
upright_session_set_dose (UprightSession *self,
                          guint           sets,
                          guint           reps,
                          guint           hold_seconds,
                          guint           rest_seconds)
{
  UprightDose *dose;

  g_return_if_fail (UPRIGHT_IS_SESSION (self));
  g_return_if_fail (self->stage == UPRIGHT_SESSION_STAGE_SETUP);

  dose = &current (self)->dose;
  dose->sets = MAX (sets, 1);
  if (dose->reps > 0)
    dose->reps = MAX (reps, 1);
  if (dose->hold_seconds > 0)
    dose->hold_seconds = MAX (hold_seconds, 1);
  dose->rest_seconds = rest_seconds;
}

guint
upright_session_get_count_in (UprightSession *self)
{
  g_return_val_if_fail (UPRIGHT_IS_SESSION (self), 0);

  return self->count_in_seconds;
}

void
upright_session_set_count_in (UprightSession *self,
                              guint           seconds)
{
  g_return_if_fail (UPRIGHT_IS_SESSION (self));

  self->count_in_seconds = seconds;
}

/**
 * upright_session_begin:
 * @self: a session at its setup
 *
 * Starts the timer with the dose checked.
 */
void
upright_session_begin (UprightSession *self)
{
  const UprightDose *dose;

  g_return_if_fail (UPRIGHT_IS_SESSION (self));

  if (self->stage != UPRIGHT_SESSION_STAGE_SETUP)
    return;

  dose = &current (self)->dose;
  clear_timer (self);
  self->timer = upright_interval_timer_new (dose, self->count_in_seconds);
  upright_interval_timer_set_rest_seconds (self->timer, dose->rest_seconds);
  if (self->clock != NULL)
    upright_interval_timer_set_clock (self->timer, self->clock, self->clock_data);
  upright_interval_timer_set_auto_update (self->timer, self->auto_update);
  g_signal_connect_swapped (self->timer, "phase-changed", G_CALLBACK (phase_changed_cb), self);
  g_signal_connect_swapped (self->timer, "second", G_CALLBACK (second_cb), self);
  g_signal_connect_swapped (self->timer, "finished", G_CALLBACK (finished_cb), self);
  g_signal_connect_swapped (self->timer, "notify::paused", G_CALLBACK (paused_cb), self);

  g_clear_pointer (&self->started, g_date_time_unref);
  self->started = g_date_time_new_now_local ();
  self->completed = FALSE;

  set_stage (self, UPRIGHT_SESSION_STAGE_RUNNING);
  upright_interval_timer_start (self->timer);
  update_cue_text (self);
}

/**
 * upright_session_get_timer:
 * @self: a session
 *
 * Returns: (transfer none) (nullable): the timer, once begun
 */
UprightIntervalTimer *
upright_session_get_timer (UprightSession *self)
{
  g_return_val_if_fail (UPRIGHT_IS_SESSION (self), NULL);

  return self->timer;
}

gboolean
upright_session_get_paused (UprightSession *self)
{
  g_return_val_if_fail (UPRIGHT_IS_SESSION (self), FALSE);

  return self->timer != NULL && upright_interval_timer_get_paused (self->timer);
}

/**
 * upright_session_toggle_pause:
 * @self: a session
 *
 * Pauses the timer that runs, or resumes it.
 */
void
upright_session_toggle_pause (UprightSession *self)
{
  g_return_if_fail (UPRIGHT_IS_SESSION (self));

  if (self->stage != UPRIGHT_SESSION_STAGE_RUNNING)
    return;

  if (upright_interval_timer_get_paused (self->timer))
    upright_interval_timer_resume (self->timer);
  else
    upright_interval_timer_pause (self->timer);
}

/**
 * upright_session_skip:
 * @self: a session
 *
 * Goes on to the next phase of the timer.
 */
void
upright_session_skip (UprightSession *self)
{
  g_return_if_fail (UPRIGHT_IS_SESSION (self));

  if (self->stage == UPRIGHT_SESSION_STAGE_RUNNING)
    upright_interval_timer_skip (self->timer);
}

/**
 * upright_session_stop:
 * @self: a session
 *
 * Stops the timer early. What was done can still be recorded; with nothing
 * done there is nothing to record, and a routine goes on.
 */
void
upright_session_stop (UprightSession *self)
{
  g_return_if_fail (UPRIGHT_IS_SESSION (self));

  if (self->stage != UPRIGHT_SESSION_STAGE_RUNNING)
    return;

  upright_interval_timer_pause (self->timer);
  if (upright_interval_timer_get_completed_reps (self->timer) > 0)
    {
      self->completed = FALSE;
      set_stage (self, UPRIGHT_SESSION_STAGE_REVIEW);
      set_cue_text (self, NULL);
    }
  else if (self->routine_name != NULL)
    {
      go_on (self);
    }
  else
    {
      finish (self);
    }
}

/**
 * upright_session_get_cue_text:
 * @self: a session
 *
 * Returns: (nullable): the exercise's own words for this moment of it
 */
const char *
upright_session_get_cue_text (UprightSession *self)
{
  g_return_val_if_fail (UPRIGHT_IS_SESSION (self), NULL);

  return self->cue_text;
}

/**
 * upright_session_get_completed:
 * @self: a session at its review
 *
 * Returns: whether the timer ran to its end, rather than being stopped
 */
gboolean
upright_session_get_completed (UprightSession *self)
{
  g_return_val_if_fail (UPRIGHT_IS_SESSION (self), FALSE);

  return self->completed;
}

/**
 * upright_session_save:
 * @self: a session at its review
 * @completed: whether she did it all
 * @effort: how hard it felt, 0 to 10
 * @pain: how much it hurt, 0 to 10
 * @note: (nullable): what she wrote about it
 *
 * Puts the result in the journal, which writes it at once, since she
 * confirmed it, and goes on to the next exercise or the end.
 *
 * Returns: (transfer none) (nullable): the record, as the journal keeps it
 */
UprightRecord *
upright_session_save (UprightSession *self,
                      gboolean        completed,
                      guint           effort,
                      guint           pain,
                      const char     *note)
{
  g_autoptr(UprightRecord) record = NULL;
  UprightExercise *exercise;
  const UprightDose *dose;
  const UprightRegion *regions;
  guint n_regions;

  g_return_val_if_fail (UPRIGHT_IS_SESSION (self), NULL);
  g_return_val_if_fail (effort <= UPRIGHT_RECORD_MAX_SCALE, NULL);
  g_return_val_if_fail (pain <= UPRIGHT_RECORD_MAX_SCALE, NULL);

  if (self->stage != UPRIGHT_SESSION_STAGE_REVIEW || self->timer == NULL || self->journal == NULL)
    {
      go_on (self);
      return NULL;
    }

  exercise = current (self)->exercise;
  dose = upright_interval_timer_get_dose (self->timer);
  regions = upright_exercise_get_regions (exercise, &n_regions);
  record = upright_record_new (upright_exercise_get_id (exercise),
                               upright_exercise_get_category (exercise),
                               self->started);
  upright_record_set_regions (record, regions, n_regions);
  upright_record_set_duration_seconds (record, upright_interval_timer_get_elapsed_active_ms (self->timer) / 1000);
  upright_record_set_sets_done (record, upright_interval_timer_get_set (self->timer));
  if (dose->hold_seconds > 0 && dose->reps == 0)
    upright_record_set_hold_seconds (record, dose->hold_seconds);
  else
    upright_record_set_reps_done (record, upright_interval_timer_get_completed_reps (self->timer));
  if (dose->hold_seconds > 0 && dose->reps > 0)
    upright_record_set_hold_seconds (record, dose->hold_seconds);
  upright_record_set_completed (record, completed);
  upright_record_set_effort (record, effort);
  upright_record_set_pain (record, pain);
  if (note != NULL && *note != '\0')
    upright_record_set_note (record, note);

  upright_journal_add (self->journal, record);
  /* She confirmed it: it is written now, not with the next batch. */
  upright_journal_flush_async (self->journal, NULL, NULL, NULL);
  self->n_saved++;

  go_on (self);

  return record;
}

/**
 * upright_session_discard:
 * @self: a session at its review
 *
 * Goes on without recording the result.
 */
void
upright_session_discard (UprightSession *self)
{
  g_return_if_fail (UPRIGHT_IS_SESSION (self));

  if (self->stage == UPRIGHT_SESSION_STAGE_REVIEW)
    go_on (self);
}

/**
 * upright_session_next:
 * @self: a session of a routine
 *
 * Passes over the exercise shown, one she cannot do today, to the next.
 */
void
upright_session_next (UprightSession *self)
{
  g_return_if_fail (UPRIGHT_IS_SESSION (self));

  if (self->stage != UPRIGHT_SESSION_STAGE_DONE && self->position + 1 < self->items->len)
    go_on (self);
}

/**
 * upright_session_cancel:
 * @self: a session
 *
 * Ends the session; what was saved stays saved.
 */
void
upright_session_cancel (UprightSession *self)
{
  g_return_if_fail (UPRIGHT_IS_SESSION (self));

  finish (self);
}

/**
 * upright_session_get_n_saved:
 * @self: a session
 *
 * Returns: how many results went into the journal
 */
guint
upright_session_get_n_saved (UprightSession *self)
{
  g_return_val_if_fail (UPRIGHT_IS_SESSION (self), 0);

  return self->n_saved;
}
