/* upright-session-page.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "core/upright-session.h"
#include "media/upright-speech.h"
#include "widgets/upright-button-row.h"
#include "widgets/upright-mirror-view.h"
#include "widgets/upright-posture-timer.h"
#include "widgets/upright-video-view.h"

#include "upright-session-page.h"

/* Shows an UprightSession: a timed exercise, or a routine of them one
 * after another, each in three stages: check the dose, follow the timer,
 * then say how it went. The session decides; the page shows it and passes
 * on what she does.
 */
struct _UprightSessionPage
{
  GtkWidget             parent_instance;

  GSettings            *settings;
  UprightJournal       *journal;
  UprightPlan          *plan;
  UprightCueSound      *cues;
  UprightSession       *session;
  guint                 inhibit_cookie;
  guint                 focus_idle_id;

  /* Herself beside the demonstration. */
  GtkWidget            *mirror_view;
  /* Made on the first thing to say aloud. */
  UprightSpeech        *speech;

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
  GtkSpinButton        *effort_spin;
  GtkLabel             *effort_label;
  GtkSpinButton        *pain_spin;
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

static gboolean
in_routine (UprightSessionPage *self)
{
  return upright_session_get_routine_name (self->session) != NULL;
}

static gboolean
has_next (UprightSessionPage *self)
{
  return upright_session_get_next_exercise (self->session) != NULL;
}

static gboolean
running (UprightSessionPage *self)
{
  return self->session != NULL &&
         upright_session_get_stage (self->session) == UPRIGHT_SESSION_STAGE_RUNNING;
}

static void
cue_cb (UprightSessionPage *self,
        guint               cue)
{
  if (self->cues != NULL)
    upright_cue_sound_play (self->cues, cue);
}

/* Spoken guidance, when she chose it: what the screen shows, aloud. */
static void
say_cb (UprightSessionPage *self,
        const char         *text)
{
  if (self->settings == NULL || !g_settings_get_boolean (self->settings, "spoken-guidance"))
    return;

  if (self->speech == NULL)
    self->speech = upright_speech_new ();
  if (!upright_speech_say (self->speech, text) && upright_speech_get_problem (self->speech) != NULL)
    g_debug ("%s", upright_speech_get_problem (self->speech));
}

/**
 * upright_session_page_get_speech:
 * @self: a session page
 *
 * Returns: (transfer none) (nullable): the voice of spoken guidance, once
 *   it had something to say
 */
UprightSpeech *
upright_session_page_get_speech (UprightSessionPage *self)
{
  g_return_val_if_fail (UPRIGHT_IS_SESSION_PAGE (self), NULL);

  return self->speech;
}

/* The demonstration moves while she does, and stands still while the
 * timer is paused, counts her in or lets her rest. */
static void
update_demo (UprightSessionPage *self)
{
  UprightIntervalTimer *timer = self->session != NULL ? upright_session_get_timer (self->session) : NULL;
  gboolean moving = running (self) && timer != NULL &&
                    upright_interval_timer_get_running (timer) &&
                    upright_interval_timer_get_phase (timer) == UPRIGHT_TIMER_PHASE_WORK;

  upright_video_view_set_playing (UPRIGHT_VIDEO_VIEW (self->video_view), moving);
}

static void
update_pause_button (UprightSessionPage *self)
{
  gboolean paused = self->session != NULL && upright_session_get_paused (self->session);

  update_demo (self);

  adw_button_content_set_icon_name (self->pause_button_content,
                                    paused ? "media-playback-start-symbolic" : "media-playback-pause-symbolic");
  adw_button_content_set_label (self->pause_button_content, paused ? _("_Resume") : _("_Pause"));
  gtk_widget_set_tooltip_text (self->pause_button, paused ? _("Resume (Space)") : _("Pause (Space)"));
}

static void
cue_text_cb (UprightSessionPage *self)
{
  upright_posture_timer_set_cue (self->posture_timer, upright_session_get_cue_text (self->session));
  update_demo (self);
}

static void
show_setup (UprightSessionPage *self)
{
  UprightExercise *exercise = upright_session_get_exercise (self->session);
  const UprightDose *dose = upright_session_get_dose (self->session);
  const char *title = upright_exercise_get_title (exercise);
  UprightVideoChoice *video = upright_session_get_video (self->session);
  guint position = upright_session_get_position (self->session);
  guint n = upright_session_get_n_items (self->session);

  upright_posture_timer_set_timer (self->posture_timer, NULL);
  gtk_label_set_label (self->setup_title, title);
  gtk_label_set_label (self->running_title, title);

  /* Her own video of the exercise if she chose one, as on its page. */
  gtk_widget_set_visible (GTK_WIDGET (self->demo_box), video->uri != NULL);
  upright_video_view_show_choice (UPRIGHT_VIDEO_VIEW (self->video_view), video);
  update_demo (self);

  gtk_spin_button_set_value (self->sets_spin, dose->sets);
  gtk_spin_button_set_value (self->reps_spin, MAX (dose->reps, 1));
  gtk_spin_button_set_value (self->hold_spin, MAX (dose->hold_seconds, 1));
  gtk_spin_button_set_value (self->rest_spin, dose->rest_seconds);
  gtk_spin_button_set_value (self->count_in_spin, upright_session_get_count_in (self->session));

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
      g_autofree char *where = NULL;
      g_autofree char *line = NULL;

      /* Translators: the first %s is a routine's name; then the position
       * of an exercise in it, such as “Exercise 2 of 6” */
      progress = g_strdup_printf (_("%s · Exercise %u of %u"),
                                  upright_session_get_routine_name (self->session), position + 1, n);
      gtk_label_set_label (self->setup_progress, progress);

      if (has_next (self))
        /* Translators: %s is the title of the exercise that follows */
        next = g_strdup_printf (_("Next up: %s"),
                                upright_exercise_get_title (upright_session_get_next_exercise (self->session)));
      else
        next = g_strdup (_("The last exercise of this routine"));

      /* Translators: the position of an exercise in a routine */
      where = g_strdup_printf (_("Exercise %u of %u"), position + 1, n);
      /* Translators: where an exercise is in a routine, then what follows:
       * “Exercise 2 of 6 · Next up: Wall Angel” */
      line = g_strdup_printf (_("%s · %s"), where, next);
      gtk_label_set_label (self->next_label, line);
    }

  gtk_stack_set_visible_child_name (self->stage, "setup");
  gtk_widget_grab_focus (self->begin_button);
}

static void
show_running (UprightSessionPage *self)
{
  upright_posture_timer_set_timer (self->posture_timer, upright_session_get_timer (self->session));
  upright_posture_timer_set_cue (self->posture_timer, upright_session_get_cue_text (self->session));
  gtk_stack_set_visible_child_name (self->stage, "running");
  update_pause_button (self);
  gtk_widget_grab_focus (self->pause_button);
  inhibit (self);
}

static void
show_review (UprightSessionPage *self)
{
  uninhibit (self);
  update_demo (self);

  gtk_toggle_button_set_active (upright_session_get_completed (self->session) ? self->fully_button
                                                                              : self->partly_button,
                                TRUE);
  gtk_spin_button_set_value (self->effort_spin, 5);
  gtk_spin_button_set_value (self->pain_spin, 0);
  gtk_editable_set_text (self->note_entry, "");
  gtk_stack_set_visible_child_name (self->stage, "review");
  gtk_widget_grab_focus (GTK_WIDGET (self->save_button));
}

static void close_session (UprightSessionPage *self);

static void
stage_cb (UprightSessionPage *self)
{
  switch (upright_session_get_stage (self->session))
    {
    case UPRIGHT_SESSION_STAGE_SETUP:
      uninhibit (self);
      show_setup (self);
      break;

    case UPRIGHT_SESSION_STAGE_RUNNING:
      show_running (self);
      break;

    case UPRIGHT_SESSION_STAGE_REVIEW:
      show_review (self);
      break;

    case UPRIGHT_SESSION_STAGE_DONE:
    default:
      close_session (self);
      break;
    }
}

static void
clear_session (UprightSessionPage *self)
{
  if (self->session == NULL)
    return;

  g_signal_handlers_disconnect_by_data (self->session, self);
  if (self->speech != NULL)
    upright_speech_stop (self->speech);
  upright_posture_timer_set_timer (self->posture_timer, NULL);
  upright_posture_timer_set_cue (self->posture_timer, NULL);
  g_clear_object (&self->session);
}

static void
close_session (UprightSessionPage *self)
{
  gboolean saved = upright_session_get_n_saved (self->session) > 0;

  uninhibit (self);
  clear_session (self);
  upright_video_view_set_playing (UPRIGHT_VIDEO_VIEW (self->video_view), FALSE);
  g_signal_emit (self, signals[CLOSED], 0, saved);
}

static void
start_session (UprightSessionPage *self,
               UprightSession     *session)
{
  clear_session (self);
  self->session = session;

  upright_session_set_journal (session, self->journal);
  upright_session_set_plan (session, self->plan);
  if (self->settings != NULL)
    upright_session_set_defaults (session,
                                  g_settings_get_uint (self->settings, "count-in-seconds"),
                                  g_settings_get_uint (self->settings, "rest-seconds"));

  g_signal_connect_swapped (session, "notify::stage", G_CALLBACK (stage_cb), self);
  g_signal_connect_swapped (session, "notify::position", G_CALLBACK (show_setup), self);
  g_signal_connect_swapped (session, "notify::paused", G_CALLBACK (update_pause_button), self);
  g_signal_connect_swapped (session, "notify::cue-text", G_CALLBACK (cue_text_cb), self);
  g_signal_connect_swapped (session, "cue", G_CALLBACK (cue_cb), self);
  g_signal_connect_swapped (session, "say", G_CALLBACK (say_cb), self);

  show_setup (self);
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
  g_return_if_fail (UPRIGHT_IS_SESSION_PAGE (self));
  g_return_if_fail (UPRIGHT_IS_EXERCISE (exercise));

  start_session (self, upright_session_new (exercise));
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
  UprightSession *session;

  g_return_val_if_fail (UPRIGHT_IS_SESSION_PAGE (self), FALSE);
  g_return_val_if_fail (UPRIGHT_IS_ROUTINE (routine), FALSE);
  g_return_val_if_fail (UPRIGHT_IS_CATALOG (catalog), FALSE);

  session = upright_session_new_for_routine (routine, catalog);
  if (session == NULL)
    return FALSE;

  start_session (self, session);

  return TRUE;
}

/**
 * upright_session_page_get_session:
 * @self: the session page
 *
 * Returns: (transfer none) (nullable): the session shown
 */
UprightSession *
upright_session_page_get_session (UprightSessionPage *self)
{
  g_return_val_if_fail (UPRIGHT_IS_SESSION_PAGE (self), NULL);

  return self->session;
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
    *n_exercises = self->session != NULL ? upright_session_get_n_items (self->session) : 0;

  return self->session != NULL ? upright_session_get_position (self->session) : 0;
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

  return self->session != NULL ? upright_session_get_exercise (self->session) : NULL;
}

static void
begin_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  UprightSessionPage *self = UPRIGHT_SESSION_PAGE (widget);

  if (self->session == NULL)
    return;

  upright_session_set_dose (self->session,
                            gtk_spin_button_get_value_as_int (self->sets_spin),
                            gtk_spin_button_get_value_as_int (self->reps_spin),
                            gtk_spin_button_get_value_as_int (self->hold_spin),
                            gtk_spin_button_get_value_as_int (self->rest_spin));
  upright_session_set_count_in (self->session, gtk_spin_button_get_value_as_int (self->count_in_spin));
  upright_session_begin (self->session);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  UprightSessionPage *self = UPRIGHT_SESSION_PAGE (widget);

  if (self->session != NULL)
    upright_session_cancel (self->session);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  UprightSessionPage *self = UPRIGHT_SESSION_PAGE (widget);

  if (self->session != NULL)
    upright_session_next (self->session);
}

static void
pause_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  UprightSessionPage *self = UPRIGHT_SESSION_PAGE (widget);

  if (self->session != NULL)
    upright_session_toggle_pause (self->session);
}

static void
skip_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  UprightSessionPage *self = UPRIGHT_SESSION_PAGE (widget);

  if (self->session != NULL)
    upright_session_skip (self->session);
}

static void
stop_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  UprightSessionPage *self = UPRIGHT_SESSION_PAGE (widget);

  if (self->session != NULL)
    upright_session_stop (self->session);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  UprightSessionPage *self = UPRIGHT_SESSION_PAGE (widget);

  if (self->session == NULL)
    return;

  upright_session_save (self->session,
                        gtk_toggle_button_get_active (self->fully_button),
                        gtk_spin_button_get_value_as_int (self->effort_spin),
                        gtk_spin_button_get_value_as_int (self->pain_spin),
                        gtk_editable_get_text (self->note_entry));
}

static void
discard_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  UprightSessionPage *self = UPRIGHT_SESSION_PAGE (widget);

  if (self->session != NULL)
    upright_session_discard (self->session);
}

static void
effort_changed_cb (UprightSessionPage *self)
{
  int effort = gtk_spin_button_get_value_as_int (self->effort_spin);
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
  int pain = gtk_spin_button_get_value_as_int (self->pain_spin);
  const char *words;

  /* Each level says what it means and what to do about it. */
  if (pain == 0)
    words = _("No pain");
  else if (pain <= 2)
    words = _("Mild discomfort: carry on gently, and stop if it gets worse");
  else if (pain < PAIN_NOTICE_LEVEL)
    words = _("Discomfort: check your position, and stop if it gets worse");
  else if (pain <= 6)
    words = _("Pain: stop this exercise and rest");
  else if (pain <= 8)
    words = _("Strong pain: stop, rest, and ask your doctor or physiotherapist");
  else
    words = _("Severe pain: stop now, and get medical advice today");

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
 * @plan: (nullable): where her own videos are kept
 * @cues: (nullable): the sound cues
 *
 * Called once.
 */
void
upright_session_page_setup (UprightSessionPage *self,
                            GSettings          *settings,
                            UprightJournal     *journal,
                            UprightPlan        *plan,
                            UprightCueSound    *cues)
{
  g_return_if_fail (UPRIGHT_IS_SESSION_PAGE (self));
  g_return_if_fail (G_IS_SETTINGS (settings));

  g_set_object (&self->settings, settings);
  g_set_object (&self->journal, journal);
  g_set_object (&self->plan, plan);
  g_set_object (&self->cues, cues);
  upright_video_view_bind_settings (UPRIGHT_VIDEO_VIEW (self->video_view), settings);
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

  return self->session != NULL ? upright_session_get_timer (self->session) : NULL;
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

/**
 * upright_session_page_get_camera:
 * @self: a session page
 *
 * Returns: (transfer none) (nullable): the camera, once she asked to see
 *   herself
 */
UprightCamera *
upright_session_page_get_camera (UprightSessionPage *self)
{
  g_return_val_if_fail (UPRIGHT_IS_SESSION_PAGE (self), NULL);

  return upright_mirror_view_get_camera (UPRIGHT_MIRROR_VIEW (self->mirror_view));
}

static void
upright_session_page_dispose (GObject *object)
{
  UprightSessionPage *self = UPRIGHT_SESSION_PAGE (object);

  g_clear_object (&self->speech);

  uninhibit (self);
  clear_session (self);
  g_clear_handle_id (&self->focus_idle_id, g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (self), UPRIGHT_TYPE_SESSION_PAGE);

  g_clear_object (&self->settings);
  g_clear_object (&self->journal);
  g_clear_object (&self->plan);
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
  g_type_ensure (UPRIGHT_TYPE_BUTTON_ROW);

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
  BIND (effort_spin);
  BIND (effort_label);
  BIND (pain_spin);
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

  /* Below it, herself from the camera, as in a mirror, when she asks. */
  self->mirror_view = upright_mirror_view_new ();
  gtk_widget_set_margin_top (self->mirror_view, 6);
  gtk_box_append (self->demo_box, self->mirror_view);
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

  g_signal_connect_swapped (self->effort_spin, "value-changed", G_CALLBACK (effort_changed_cb), self);
  g_signal_connect_swapped (self->pain_spin, "value-changed", G_CALLBACK (pain_changed_cb), self);
  effort_changed_cb (self);
  pain_changed_cb (self);
}
