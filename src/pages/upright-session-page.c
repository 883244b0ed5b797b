/* upright-session-page.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "core/upright-demo.h"
#include "widgets/upright-posture-timer.h"
#include "widgets/upright-video-view.h"

#include "upright-session-page.h"

/* One exercise of a session, with the dose it starts from. */
typedef struct {
  UprightExercise *exercise;
  UprightDose      dose;
} Item;

/* A timed exercise, or a routine of them one after another, each in three
 * stages: check the dose, follow the timer, then say how it went. Each
 * result goes into the journal.
 */
struct _UprightSessionPage
{
  GtkWidget             parent_instance;

  GSettings            *settings;
  UprightJournal       *journal;
  UprightCueSound      *cues;
  GArray               *items;
  guint                 position;
  /* NULL for a single exercise. */
  char                 *routine_name;
  guint                 n_saved;
  UprightExercise      *exercise;
  UprightIntervalTimer *timer;
  GDateTime            *started;
  guint                 inhibit_cookie;
  guint                 focus_idle_id;

  /* Template widgets */
  GtkStack             *stage;
  GtkLabel             *setup_progress;
  GtkLabel             *setup_title;
  GtkSpinButton        *sets_spin;
  GtkSpinButton        *reps_spin;
  GtkSpinButton        *hold_spin;
  GtkSpinButton        *rest_spin;
  GtkSpinButton        *count_in_spin;
  GtkWidget            *begin_button;
  GtkButton            *cancel_button;
  GtkWidget            *skip_exercise_button;
  GtkLabel             *running_title;
  GtkLabel             *next_label;
  UprightPostureTimer  *posture_timer;
  AdwLeaflet           *timer_leaflet;
  GtkBox               *demo_box;
  GtkWidget            *video_view;
  GtkWidget            *stop_button;
  GtkWidget            *pause_button;
  GtkWidget            *skip_button;
  AdwButtonContent     *pause_button_content;
  GtkToggleButton      *fully_button;
  GtkToggleButton      *partly_button;
  GtkRange             *effort_scale;
  GtkLabel             *effort_label;
  GtkRange             *pain_scale;
  GtkLabel             *pain_label;
  GtkRevealer          *pain_revealer;
  GtkEditable          *note_entry;
  GtkButton            *save_button;
};

G_DEFINE_FINAL_TYPE (UprightSessionPage, upright_session_page, GTK_TYPE_WIDGET)

enum {
  CLOSED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Pain from this level on gets the notice to stop and ask a clinician. */
#define PAIN_NOTICE_LEVEL 5

static void
set_row_visible (GtkSpinButton *spin,
                 gboolean       visible)
{
  gtk_widget_set_visible (gtk_widget_get_ancestor (GTK_WIDGET (spin), GTK_TYPE_LIST_BOX_ROW), visible);
}

static void
uninhibit (UprightSessionPage *self)
{
  GtkApplication *app;

  if (self->inhibit_cookie == 0)
    return;

  app = GTK_APPLICATION (g_application_get_default ());
  if (app != NULL)
    gtk_application_uninhibit (app, self->inhibit_cookie);
  self->inhibit_cookie = 0;
}

static void
inhibit (UprightSessionPage *self)
{
  GApplication *app = g_application_get_default ();
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  /* Keep the screen on: she is watching the timer, not touching the
   * keyboard. */
  if (GTK_IS_APPLICATION (app) && GTK_IS_WINDOW (root) && self->inhibit_cookie == 0)
    self->inhibit_cookie = gtk_application_inhibit (GTK_APPLICATION (app), GTK_WINDOW (root),
                                                    GTK_APPLICATION_INHIBIT_IDLE,
                                                    _("An exercise session is running"));
}

static void
play (UprightSessionPage *self,
      UprightCue          cue)
{
  if (self->cues != NULL)
    upright_cue_sound_play (self->cues, cue);
}

static void update_demo (UprightSessionPage *self);

static void
phase_changed_cb (UprightSessionPage *self,
                  guint               phase)
{
  update_demo (self);

  switch ((UprightTimerPhase) phase)
    {
    case UPRIGHT_TIMER_PHASE_COUNT_IN:
      play (self, UPRIGHT_CUE_GET_READY);
      break;

    case UPRIGHT_TIMER_PHASE_WORK:
      play (self, UPRIGHT_CUE_GO);
      break;

    case UPRIGHT_TIMER_PHASE_RELAX:
    case UPRIGHT_TIMER_PHASE_SWITCH_SIDE:
    case UPRIGHT_TIMER_PHASE_REST:
      play (self, UPRIGHT_CUE_REST);
      break;

    case UPRIGHT_TIMER_PHASE_DONE:
      play (self, UPRIGHT_CUE_DONE);
      break;

    case UPRIGHT_TIMER_PHASE_IDLE:
    default:
      break;
    }
}

static void
second_cb (UprightSessionPage *self,
           guint               remaining)
{
  UprightTimerPhase phase = upright_interval_timer_get_phase (self->timer);

  /* A tick for each of the last three seconds of a hold, a rest or the
   * count-in; a repetition's own seconds are too short for it. */
  if (remaining > 0 && remaining <= 3 &&
      phase != UPRIGHT_TIMER_PHASE_DONE &&
      (phase != UPRIGHT_TIMER_PHASE_WORK || upright_interval_timer_is_hold (self->timer)))
    play (self, UPRIGHT_CUE_COUNTDOWN);
}

static void
show_review (UprightSessionPage *self,
             gboolean            completed)
{
  uninhibit (self);

  gtk_toggle_button_set_active (completed ? self->fully_button : self->partly_button, TRUE);
  gtk_range_set_value (self->effort_scale, 5);
  gtk_range_set_value (self->pain_scale, 0);
  gtk_editable_set_text (self->note_entry, "");
  gtk_stack_set_visible_child_name (self->stage, "review");
  gtk_widget_grab_focus (GTK_WIDGET (self->save_button));
}

static void
finished_cb (UprightSessionPage *self)
{
  show_review (self, TRUE);
}

/* The demonstration moves while she does, and stands still while the
 * timer is paused, counts her in or lets her rest. */
static void
update_demo (UprightSessionPage *self)
{
  gboolean moving = self->timer != NULL &&
                    upright_interval_timer_get_running (self->timer) &&
                    upright_interval_timer_get_phase (self->timer) == UPRIGHT_TIMER_PHASE_WORK;

  upright_video_view_set_playing (UPRIGHT_VIDEO_VIEW (self->video_view), moving);
}

static void
update_pause_button (UprightSessionPage *self)
{
  gboolean paused = self->timer != NULL && upright_interval_timer_get_paused (self->timer);

  update_demo (self);

  adw_button_content_set_icon_name (self->pause_button_content,
                                    paused ? "media-playback-start-symbolic" : "media-playback-pause-symbolic");
  adw_button_content_set_label (self->pause_button_content, paused ? _("_Resume") : _("_Pause"));
  gtk_widget_set_tooltip_text (self->pause_button, paused ? _("Resume (Space)") : _("Pause (Space)"));
}

static void
clear_timer (UprightSessionPage *self)
{
  if (self->timer != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->timer, self);
      upright_interval_timer_stop (self->timer);
    }

  upright_posture_timer_set_timer (self->posture_timer, NULL);
  g_clear_object (&self->timer);
}

static gboolean
in_routine (UprightSessionPage *self)
{
  return self->routine_name != NULL;
}

static gboolean
has_next (UprightSessionPage *self)
{
  return self->items != NULL && self->position + 1 < self->items->len;
}

static void
close_session (UprightSessionPage *self,
               gboolean            saved)
{
  uninhibit (self);
  clear_timer (self);
  g_clear_pointer (&self->started, g_date_time_unref);
  g_clear_object (&self->exercise);
  g_clear_pointer (&self->items, g_array_unref);
  g_clear_pointer (&self->routine_name, g_free);
  g_signal_emit (self, signals[CLOSED], 0, saved);
}

static void
show_item (UprightSessionPage *self)
{
  const Item *item = &g_array_index (self->items, Item, self->position);
  const UprightDose *dose = &item->dose;
  const char *title = upright_exercise_get_title (item->exercise);

  clear_timer (self);
  g_set_object (&self->exercise, item->exercise);

  gtk_label_set_label (self->setup_title, title);
  gtk_label_set_label (self->running_title, title);

  {
    g_autofree char *uri = upright_demo_find_uri (upright_exercise_get_demo_id (item->exercise));

    gtk_widget_set_visible (GTK_WIDGET (self->demo_box), uri != NULL);
    upright_video_view_open (UPRIGHT_VIDEO_VIEW (self->video_view), uri);
  }

  gtk_spin_button_set_value (self->sets_spin, dose->sets);
  gtk_spin_button_set_value (self->reps_spin, MAX (dose->reps, 1));
  gtk_spin_button_set_value (self->hold_spin, MAX (dose->hold_seconds, 1));
  gtk_spin_button_set_value (self->rest_spin,
                             dose->rest_seconds > 0 ? dose->rest_seconds
                                                    : g_settings_get_uint (self->settings, "rest-seconds"));
  gtk_spin_button_set_value (self->count_in_spin, g_settings_get_uint (self->settings, "count-in-seconds"));

  /* A hold-only exercise has no repetitions to count, and a repetition
   * without a hold has no hold to time. */
  set_row_visible (self->reps_spin, dose->reps > 0);
  set_row_visible (self->hold_spin, dose->hold_seconds > 0);

  /* In a routine she sees where she is and what comes next, and may pass
   * over an exercise she cannot do today. */
  gtk_widget_set_visible (GTK_WIDGET (self->setup_progress), in_routine (self));
  gtk_widget_set_visible (GTK_WIDGET (self->next_label), in_routine (self));
  gtk_widget_set_visible (self->skip_exercise_button, in_routine (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "session.next", has_next (self));
  gtk_button_set_label (self->cancel_button, in_routine (self) ? _("_End Routine") : _("_Cancel"));
  gtk_button_set_label (self->save_button, has_next (self) ? _("_Save and Go On") : _("_Save"));

  if (in_routine (self))
    {
      g_autofree char *progress = NULL;
      g_autofree char *next = NULL;
      g_autofree char *position = NULL;
      g_autofree char *line = NULL;

      /* Translators: the first %s is a routine's name; then the position
       * of an exercise in it, such as “Exercise 2 of 6” */
      progress = g_strdup_printf (_("%s · Exercise %u of %u"), self->routine_name,
                                  self->position + 1, self->items->len);
      gtk_label_set_label (self->setup_progress, progress);

      if (has_next (self))
        {
          const Item *following = &g_array_index (self->items, Item, self->position + 1);

          /* Translators: %s is the title of the exercise that follows */
          next = g_strdup_printf (_("Next up: %s"), upright_exercise_get_title (following->exercise));
        }
      else
        next = g_strdup (_("The last exercise of this routine"));

      /* Translators: the position of an exercise in a routine */
      position = g_strdup_printf (_("Exercise %u of %u"), self->position + 1, self->items->len);
      /* Translators: where an exercise is in a routine, then what follows:
       * “Exercise 2 of 6 · Next up: Wall Angel” */
      line = g_strdup_printf (_("%s · %s"), position, next);
      gtk_label_set_label (self->next_label, line);
    }

  gtk_stack_set_visible_child_name (self->stage, "setup");
  gtk_widget_grab_focus (self->begin_button);
}

/* Moves on to the next exercise of a routine, or ends the session after
 * the last one. */
static void
go_on (UprightSessionPage *self)
{
  if (has_next (self))
    {
      self->position++;
      g_clear_pointer (&self->started, g_date_time_unref);
      show_item (self);
    }
  else
    close_session (self, self->n_saved > 0);
}

static void
start_items (UprightSessionPage *self,
             GArray             *items,
             const char         *routine_name)
{
  clear_timer (self);
  g_clear_pointer (&self->items, g_array_unref);
  self->items = items;
  self->position = 0;
  self->n_saved = 0;
  g_free (self->routine_name);
  self->routine_name = g_strdup (routine_name);

  show_item (self);
}

static void
item_clear (gpointer data)
{
  Item *item = data;

  g_clear_object (&item->exercise);
}

static GArray *
items_new (void)
{
  GArray *items = g_array_new (FALSE, TRUE, sizeof (Item));

  g_array_set_clear_func (items, item_clear);

  return items;
}

/**
 * upright_session_page_start:
 * @self: the session page
 * @exercise: the exercise to do
 *
 * Shows the exercise's dose, ready to be changed and begun.
 */
void
upright_session_page_start (UprightSessionPage *self,
                            UprightExercise    *exercise)
{
  GArray *items;
  Item item;

  g_return_if_fail (UPRIGHT_IS_SESSION_PAGE (self));
  g_return_if_fail (UPRIGHT_IS_EXERCISE (exercise));

  items = items_new ();
  item.exercise = g_object_ref (exercise);
  item.dose = *upright_exercise_get_dose (exercise);
  g_array_append_val (items, item);

  start_items (self, items, NULL);
}

/**
 * upright_session_page_start_routine:
 * @self: the session page
 * @routine: the routine to do
 * @catalog: the exercises the routine names
 *
 * Shows the first exercise of @routine with the routine's dose. Exercises
 * that @catalog does not have are left out.
 *
 * Returns: %FALSE if the routine has no exercise to do
 */
gboolean
upright_session_page_start_routine (UprightSessionPage *self,
                                    UprightRoutine     *routine,
                                    UprightCatalog     *catalog)
{
  g_autoptr(GArray) items = NULL;

  g_return_val_if_fail (UPRIGHT_IS_SESSION_PAGE (self), FALSE);
  g_return_val_if_fail (UPRIGHT_IS_ROUTINE (routine), FALSE);
  g_return_val_if_fail (UPRIGHT_IS_CATALOG (catalog), FALSE);

  items = items_new ();
  for (guint i = 0; i < upright_routine_get_n_items (routine); i++)
    {
      UprightExercise *exercise = upright_catalog_lookup (catalog, upright_routine_get_exercise_id (routine, i));
      Item item;

      if (exercise == NULL)
        continue;

      item.exercise = g_object_ref (exercise);
      item.dose = *upright_exercise_get_dose (exercise);
      upright_routine_apply_dose (routine, i, &item.dose);
      g_array_append_val (items, item);
    }

  if (items->len == 0)
    return FALSE;

  start_items (self, g_steal_pointer (&items), upright_routine_get_name (routine));

  return TRUE;
}

/**
 * upright_session_page_get_position:
 * @self: the session page
 * @n_exercises: (out) (optional): how many exercises the session has
 *
 * Returns: the position of the exercise shown, from 0
 */
guint
upright_session_page_get_position (UprightSessionPage *self,
                                   guint              *n_exercises)
{
  g_return_val_if_fail (UPRIGHT_IS_SESSION_PAGE (self), 0);

  if (n_exercises != NULL)
    *n_exercises = self->items != NULL ? self->items->len : 0;

  return self->position;
}

/**
 * upright_session_page_get_exercise:
 * @self: the session page
 *
 * Returns: (transfer none) (nullable): the exercise shown
 */
UprightExercise *
upright_session_page_get_exercise (UprightSessionPage *self)
{
  g_return_val_if_fail (UPRIGHT_IS_SESSION_PAGE (self), NULL);

  return self->exercise;
}

static void
begin_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  UprightSessionPage *self = UPRIGHT_SESSION_PAGE (widget);
  UprightDose dose;

  if (self->exercise == NULL)
    return;

  dose = g_array_index (self->items, Item, self->position).dose;
  dose.sets = gtk_spin_button_get_value_as_int (self->sets_spin);
  if (dose.reps > 0)
    dose.reps = gtk_spin_button_get_value_as_int (self->reps_spin);
  if (dose.hold_seconds > 0)
    dose.hold_seconds = gtk_spin_button_get_value_as_int (self->hold_spin);
  dose.rest_seconds = gtk_spin_button_get_value_as_int (self->rest_spin);

  clear_timer (self);
  self->timer = upright_interval_timer_new (&dose, gtk_spin_button_get_value_as_int (self->count_in_spin));
  upright_interval_timer_set_rest_seconds (self->timer, dose.rest_seconds);
  g_signal_connect_swapped (self->timer, "phase-changed", G_CALLBACK (phase_changed_cb), self);
  g_signal_connect_swapped (self->timer, "second", G_CALLBACK (second_cb), self);
  g_signal_connect_swapped (self->timer, "finished", G_CALLBACK (finished_cb), self);
  g_signal_connect_swapped (self->timer, "notify::paused", G_CALLBACK (update_pause_button), self);
  upright_posture_timer_set_timer (self->posture_timer, self->timer);

  g_clear_pointer (&self->started, g_date_time_unref);
  self->started = g_date_time_new_now_local ();

  gtk_stack_set_visible_child_name (self->stage, "running");
  update_pause_button (self);
  gtk_widget_grab_focus (self->pause_button);
  inhibit (self);

  upright_interval_timer_start (self->timer);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  UprightSessionPage *self = UPRIGHT_SESSION_PAGE (widget);

  close_session (self, self->n_saved > 0);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  UprightSessionPage *self = UPRIGHT_SESSION_PAGE (widget);

  if (has_next (self))
    go_on (self);
}

static gboolean
running (UprightSessionPage *self)
{
  return self->timer != NULL &&
         g_strcmp0 (gtk_stack_get_visible_child_name (self->stage), "running") == 0;
}

static void
pause_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  UprightSessionPage *self = UPRIGHT_SESSION_PAGE (widget);

  if (!running (self))
    return;

  if (upright_interval_timer_get_paused (self->timer))
    upright_interval_timer_resume (self->timer);
  else
    upright_interval_timer_pause (self->timer);
}

static void
skip_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  UprightSessionPage *self = UPRIGHT_SESSION_PAGE (widget);

  if (running (self))
    upright_interval_timer_skip (self->timer);
}

static void
stop_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  UprightSessionPage *self = UPRIGHT_SESSION_PAGE (widget);
  guint done;

  if (!running (self))
    return;

  /* Stopping early still counts what was done; with nothing done there is
   * nothing to record. */
  done = upright_interval_timer_get_completed_reps (self->timer);
  upright_interval_timer_pause (self->timer);
  if (done > 0)
    show_review (self, FALSE);
  else if (in_routine (self))
    go_on (self);
  else
    close_session (self, FALSE);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  UprightSessionPage *self = UPRIGHT_SESSION_PAGE (widget);
  g_autoptr(UprightRecord) record = NULL;
  const UprightDose *dose;
  guint n_regions;
  const UprightRegion *regions;

  if (self->exercise == NULL || self->timer == NULL || self->journal == NULL)
    {
      go_on (self);
      return;
    }

  dose = upright_interval_timer_get_dose (self->timer);
  regions = upright_exercise_get_regions (self->exercise, &n_regions);
  record = upright_record_new (upright_exercise_get_id (self->exercise),
                               upright_exercise_get_category (self->exercise),
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
  upright_record_set_completed (record, gtk_toggle_button_get_active (self->fully_button));
  upright_record_set_effort (record, (guint) gtk_range_get_value (self->effort_scale));
  upright_record_set_pain (record, (guint) gtk_range_get_value (self->pain_scale));
  if (*gtk_editable_get_text (self->note_entry) != '\0')
    upright_record_set_note (record, gtk_editable_get_text (self->note_entry));

  upright_journal_add (self->journal, record);
  /* She confirmed it: it is written now, not with the next batch. */
  upright_journal_flush_async (self->journal, NULL, NULL, NULL);
  self->n_saved++;
  go_on (self);
}

static void
discard_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  go_on (UPRIGHT_SESSION_PAGE (widget));
}

static void
effort_changed_cb (UprightSessionPage *self)
{
  int effort = (int) gtk_range_get_value (self->effort_scale);
  const char *words;

  /* The guidelines aim strength work at an effort of about 5 to 8. */
  if (effort <= 2)
    words = _("Very easy");
  else if (effort <= 4)
    words = _("Easy");
  else if (effort <= 6)
    words = _("Moderate: a good level for strength work");
  else if (effort <= 8)
    words = _("Hard: still a good level if your form stayed good");
  else
    words = _("Very hard: try an easier version next time");

  gtk_label_set_label (self->effort_label, words);
}

static void
pain_changed_cb (UprightSessionPage *self)
{
  int pain = (int) gtk_range_get_value (self->pain_scale);
  const char *words;

  if (pain == 0)
    words = _("No pain");
  else if (pain < PAIN_NOTICE_LEVEL)
    words = _("Some discomfort: stop if it gets worse");
  else
    words = _("Pain");

  gtk_label_set_label (self->pain_label, words);
  gtk_revealer_set_reveal_child (self->pain_revealer, pain >= PAIN_NOTICE_LEVEL);
}

static gboolean
running_key_cb (GtkWidget *widget,
                GVariant  *args,
                gpointer   user_data)
{
  UprightSessionPage *self = UPRIGHT_SESSION_PAGE (widget);

  /* The keys belong to the timer only while it runs; otherwise they go to
   * the focused control as usual. */
  if (!running (self))
    return FALSE;

  gtk_widget_activate_action (widget, g_variant_get_string (args, NULL), NULL);

  return TRUE;
}

/**
 * upright_session_page_setup:
 * @self: the session page
 * @settings: the application settings, for the count-in and rest
 * @journal: (nullable): where results are kept
 * @cues: (nullable): the sound cues
 *
 * Called once.
 */
void
upright_session_page_setup (UprightSessionPage *self,
                            GSettings          *settings,
                            UprightJournal     *journal,
                            UprightCueSound    *cues)
{
  g_return_if_fail (UPRIGHT_IS_SESSION_PAGE (self));
  g_return_if_fail (G_IS_SETTINGS (settings));

  g_set_object (&self->settings, settings);
  g_set_object (&self->journal, journal);
  g_set_object (&self->cues, cues);
}

/**
 * upright_session_page_get_timer:
 * @self: the session page
 *
 * Returns: (transfer none) (nullable): the timer of the session running
 */
UprightIntervalTimer *
upright_session_page_get_timer (UprightSessionPage *self)
{
  g_return_val_if_fail (UPRIGHT_IS_SESSION_PAGE (self), NULL);

  return self->timer;
}

/**
 * upright_session_page_get_stage:
 * @self: the session page
 *
 * Returns: “setup”, “running” or “review”
 */
const char *
upright_session_page_get_stage (UprightSessionPage *self)
{
  g_return_val_if_fail (UPRIGHT_IS_SESSION_PAGE (self), NULL);

  return gtk_stack_get_visible_child_name (self->stage);
}

static void
focus_stage (UprightSessionPage *self)
{
  const char *stage = gtk_stack_get_visible_child_name (self->stage);

  if (g_strcmp0 (stage, "setup") == 0)
    gtk_widget_grab_focus (self->begin_button);
  else if (g_strcmp0 (stage, "running") == 0)
    gtk_widget_grab_focus (self->pause_button);
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->save_button));
}

static gboolean
focus_idle_cb (gpointer user_data)
{
  UprightSessionPage *self = user_data;

  self->focus_idle_id = 0;
  focus_stage (self);

  return G_SOURCE_REMOVE;
}

/**
 * upright_session_page_focus:
 * @self: the session page, shown
 *
 * Gives the keyboard focus to what comes next in the stage shown: Begin,
 * Pause or Save.
 */
void
upright_session_page_focus (UprightSessionPage *self)
{
  g_return_if_fail (UPRIGHT_IS_SESSION_PAGE (self));

  /* A page that has just been shown takes the focus once it has been laid
   * out, so that a screen reader hears of it too; a second time if need
   * be, never more. */
  focus_stage (self);
  if (self->focus_idle_id == 0)
    self->focus_idle_id = g_idle_add (focus_idle_cb, self);
}

static void
upright_session_page_dispose (GObject *object)
{
  UprightSessionPage *self = UPRIGHT_SESSION_PAGE (object);

  uninhibit (self);
  clear_timer (self);
  g_clear_handle_id (&self->focus_idle_id, g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (self), UPRIGHT_TYPE_SESSION_PAGE);

  g_clear_pointer (&self->started, g_date_time_unref);
  g_clear_object (&self->exercise);
  g_clear_pointer (&self->items, g_array_unref);
  g_clear_pointer (&self->routine_name, g_free);
  g_clear_object (&self->settings);
  g_clear_object (&self->journal);
  g_clear_object (&self->cues);

  G_OBJECT_CLASS (upright_session_page_parent_class)->dispose (object);
}

static void
upright_session_page_class_init (UprightSessionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  object_class->dispose = upright_session_page_dispose;

  /**
   * UprightSessionPage::closed:
   * @saved: whether a result went into the journal
   *
   * Emitted when the session is over, saved or not.
   */
  signals[CLOSED] = g_signal_new ("closed",
                                  G_TYPE_FROM_CLASS (klass),
                                  G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 1, G_TYPE_BOOLEAN);

  g_type_ensure (UPRIGHT_TYPE_POSTURE_TIMER);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/upright-session-page.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, UprightSessionPage, name)
  BIND (stage);
  BIND (setup_progress);
  BIND (setup_title);
  BIND (sets_spin);
  BIND (reps_spin);
  BIND (hold_spin);
  BIND (rest_spin);
  BIND (count_in_spin);
  BIND (begin_button);
  BIND (cancel_button);
  BIND (skip_exercise_button);
  BIND (running_title);
  BIND (next_label);
  BIND (posture_timer);
  BIND (timer_leaflet);
  BIND (demo_box);
  BIND (stop_button);
  BIND (pause_button);
  BIND (skip_button);
  BIND (pause_button_content);
  BIND (fully_button);
  BIND (partly_button);
  BIND (effort_scale);
  BIND (effort_label);
  BIND (pain_scale);
  BIND (pain_label);
  BIND (pain_revealer);
  BIND (note_entry);
  BIND (save_button);
#undef BIND

  gtk_widget_class_install_action (widget_class, "session.begin", NULL, begin_action);
  gtk_widget_class_install_action (widget_class, "session.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "session.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "session.pause", NULL, pause_action);
  gtk_widget_class_install_action (widget_class, "session.skip", NULL, skip_action);
  gtk_widget_class_install_action (widget_class, "session.stop", NULL, stop_action);
  gtk_widget_class_install_action (widget_class, "session.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "session.discard", NULL, discard_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "sessionpage");
}

static void
upright_session_page_init (UprightSessionPage *self)
{
  const struct {
    guint keyval;
    const char *action;
  } keys[] = {
    { GDK_KEY_space, "session.pause" },
    { GDK_KEY_Right, "session.skip" },
    { GDK_KEY_Escape, "session.stop" },
  };
  GtkEventController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The demonstration plays small beside the timer when there is room;
   * in a narrow window the timer has it all. */
  self->video_view = upright_video_view_new ();
  upright_video_view_set_compact (UPRIGHT_VIDEO_VIEW (self->video_view), TRUE);
  gtk_widget_set_size_request (self->video_view, 280, 210);
  gtk_box_append (self->demo_box, self->video_view);
  adw_leaflet_set_visible_child_name (self->timer_leaflet, "timer");

  /* While the timer runs, Space, Right and Escape always pause, skip and
   * stop, whichever button has the focus: they are caught before the
   * focused button sees them. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].keyval, 0),
                                                gtk_callback_action_new (running_key_cb, NULL, NULL));

      gtk_shortcut_set_arguments (shortcut, g_variant_new_string (keys[i].action));
      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), shortcut);
    }
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  g_signal_connect_swapped (self->effort_scale, "value-changed", G_CALLBACK (effort_changed_cb), self);
  g_signal_connect_swapped (self->pain_scale, "value-changed", G_CALLBACK (pain_changed_cb), self);
  effort_changed_cb (self);
  pain_changed_cb (self);
}
