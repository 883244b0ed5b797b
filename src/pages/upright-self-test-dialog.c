/* upright-self-test-dialog.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <math.h>

#include "draw/upright-draw.h"
#include "widgets/upright-accessible.h"
#include "upright-self-test-dialog.h"

/* A self-test of STEADI, timed: the 30-Second Chair Stand, or the four
 * stances of the 4-Stage Balance Test, each with a count-in. She says what
 * she managed, and the result goes into the journal.
 */
struct _UprightSelfTestDialog
{
  AdwWindow              parent_instance;

  UprightAssessmentKind  kind;
  UprightJournal        *journal;
  UprightCueSound       *cues;
  UprightIntervalTimer  *timer;
  guint                  stance;
  guint                  stages[UPRIGHT_ASSESSMENT_N_STAGES];
  gboolean               walking_aid;
  GSettings             *settings;

  /* Template widgets */
  AdwWindowTitle        *window_title;
  GtkStack              *stage;
  GtkLabel              *intro_label;
  GtkLabel              *steps_label;
  GtkLabel              *safety_label;
  GtkLabel              *source_label;
  GtkWidget             *begin_button;
  GtkLabel              *stance_label;
  GtkLabel              *stance_hint_label;
  GtkDrawingArea        *stance_picture;
  GtkLabel              *seconds_label;
  GtkLabel              *phase_label;
  GtkSpinButton         *stands_spin;
  GtkSpinButton         *tug_spin;
  GtkLabel              *held_label;
  GtkWidget             *held_yes_button;
  GtkRevealer           *seconds_revealer;
  GtkSpinButton         *held_spin;
  GtkLabel              *result_label;
  GtkLabel              *meaning_label;
  GtkWidget             *age_box;
  GtkSpinButton         *age_spin;
  GtkLabel              *age_label;
  GtkGrid               *norms_grid;
  GtkLabel              *norms_source_label;
  GtkWidget             *close_button;
};

G_DEFINE_FINAL_TYPE (UprightSelfTestDialog, upright_self_test_dialog, ADW_TYPE_WINDOW)

#define COUNT_IN_SECONDS     5
#define CHAIR_STAND_SECONDS 30
/* The Timed Up and Go runs until she presses Stop, or two minutes. */
#define TUG_SECONDS         (UPRIGHT_ASSESSMENT_MAX_TUG_TENTHS / 10)

static const struct {
  const char *title;
  const char *hint;
} stances[UPRIGHT_ASSESSMENT_N_STAGES] = {
  { N_("Feet Side by Side"), N_("Stand with your feet together, side by side.") },
  { N_("One Foot Half Ahead"), N_("Put the arch of one foot against the big toe of the other.") },
  { N_("One Foot in Front"), N_("Put one foot right in front of the other, heel against toe.") },
  { N_("On One Foot"), N_("Stand on one foot.") },
};

static void
play (UprightSelfTestDialog *self,
      UprightCue             cue)
{
  if (self->cues != NULL)
    upright_cue_sound_play (self->cues, cue);
}

static void
clear_timer (UprightSelfTestDialog *self)
{
  if (self->timer == NULL)
    return;

  g_signal_handlers_disconnect_by_data (self->timer, self);
  upright_interval_timer_stop (self->timer);
  g_clear_object (&self->timer);
}

static void
update_seconds (UprightSelfTestDialog *self)
{
  gint64 remaining = upright_interval_timer_get_remaining_ms (self->timer);
  g_autofree char *text = NULL;

  /* The Timed Up and Go counts up while she walks. */
  if (self->kind == UPRIGHT_ASSESSMENT_TIMED_UP_AND_GO &&
      upright_interval_timer_get_phase (self->timer) == UPRIGHT_TIMER_PHASE_WORK)
    text = g_strdup_printf ("%" G_GINT64_FORMAT, upright_interval_timer_get_elapsed_active_ms (self->timer) / 1000);
  else
    text = g_strdup_printf ("%" G_GINT64_FORMAT, (remaining + 999) / 1000);

  gtk_label_set_label (self->seconds_label, text);
}

static void
phase_changed_cb (UprightSelfTestDialog *self,
                  guint                  phase)
{
  switch ((UprightTimerPhase) phase)
    {
    case UPRIGHT_TIMER_PHASE_COUNT_IN:
      gtk_label_set_label (self->phase_label, _("Get ready"));
      play (self, UPRIGHT_CUE_GET_READY);
      break;

    case UPRIGHT_TIMER_PHASE_WORK:
      gtk_label_set_label (self->phase_label, self->kind == UPRIGHT_ASSESSMENT_FOUR_STAGE_BALANCE ? _("Hold") : _("Go"));
      play (self, UPRIGHT_CUE_GO);
      break;

    case UPRIGHT_TIMER_PHASE_DONE:
      play (self, UPRIGHT_CUE_DONE);
      break;

    default:
      break;
    }

  update_seconds (self);
}

static void
second_cb (UprightSelfTestDialog *self,
           guint                  remaining)
{
  /* No countdown while she walks: the end is when she sits down. */
  if (self->kind == UPRIGHT_ASSESSMENT_TIMED_UP_AND_GO &&
      upright_interval_timer_get_phase (self->timer) == UPRIGHT_TIMER_PHASE_WORK)
    return;

  if (remaining > 0 && remaining <= 3)
    play (self, UPRIGHT_CUE_COUNTDOWN);
}

/* From the timing to the question of how long it took, with the time
 * until Stop filled in. */
static void
ask_tug_time (UprightSelfTestDialog *self)
{
  gint64 elapsed = 0;

  if (self->timer != NULL && upright_interval_timer_get_phase (self->timer) == UPRIGHT_TIMER_PHASE_WORK)
    elapsed = upright_interval_timer_get_elapsed_active_ms (self->timer);
  else if (self->timer != NULL && upright_interval_timer_get_phase (self->timer) == UPRIGHT_TIMER_PHASE_DONE)
    elapsed = TUG_SECONDS * 1000;
  clear_timer (self);

  gtk_spin_button_set_value (self->tug_spin, CLAMP (elapsed / 1000.0, 1, TUG_SECONDS));
  gtk_stack_set_visible_child_name (self->stage, "tug");
  gtk_widget_grab_focus (GTK_WIDGET (self->tug_spin));
}

static void ask_held (UprightSelfTestDialog *self,
                      gboolean               stopped);

static void
finished_cb (UprightSelfTestDialog *self)
{
  /* The timer keeps itself alive while it tells of its end, so it can be
   * dropped here. */
  if (self->kind == UPRIGHT_ASSESSMENT_CHAIR_STAND)
    {
      clear_timer (self);
      gtk_stack_set_visible_child_name (self->stage, "stands");
      gtk_widget_grab_focus (GTK_WIDGET (self->stands_spin));
    }
  else if (self->kind == UPRIGHT_ASSESSMENT_TIMED_UP_AND_GO)
    ask_tug_time (self);
  else
    ask_held (self, FALSE);
}

static void
start_timer (UprightSelfTestDialog *self,
             guint                  seconds)
{
  UprightDose dose = { .sets = 1, .hold_seconds = seconds };

  clear_timer (self);
  self->timer = upright_interval_timer_new (&dose, COUNT_IN_SECONDS);
  g_signal_connect_swapped (self->timer, "phase-changed", G_CALLBACK (phase_changed_cb), self);
  g_signal_connect_swapped (self->timer, "second", G_CALLBACK (second_cb), self);
  g_signal_connect_swapped (self->timer, "notify::remaining-ms", G_CALLBACK (update_seconds), self);
  g_signal_connect_swapped (self->timer, "finished", G_CALLBACK (finished_cb), self);

  gtk_stack_set_visible_child_name (self->stage, "timing");
  upright_interval_timer_start (self->timer);
}

static void
draw_stance (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  UprightSelfTestDialog *self = user_data;
  GdkRGBA color;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (area)), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS
  cairo_set_source_rgba (cr, color.red, color.green, color.blue, color.alpha * 0.75);
  upright_draw_stance (cr, MIN (self->stance, UPRIGHT_ASSESSMENT_N_STAGES - 1), width, height);
}

static void
start_stance (UprightSelfTestDialog *self)
{
  g_autofree char *title = NULL;

  /* Translators: the stance of the balance test, “Stance 2 of 4: One Foot Half Ahead” */
  title = g_strdup_printf (_("Stance %u of %u: %s"), self->stance + 1, UPRIGHT_ASSESSMENT_N_STAGES,
                           _(stances[self->stance].title));
  gtk_label_set_label (self->stance_label, title);
  gtk_label_set_label (self->stance_hint_label, _(stances[self->stance].hint));
  gtk_widget_set_visible (GTK_WIDGET (self->stance_picture), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->stance_picture),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _(stances[self->stance].title),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _(stances[self->stance].hint),
                                  -1);
  gtk_widget_queue_draw (GTK_WIDGET (self->stance_picture));

  start_timer (self, UPRIGHT_ASSESSMENT_STAGE_SECONDS);
}

static void
ask_held (UprightSelfTestDialog *self,
          gboolean               stopped)
{
  g_autofree char *question = NULL;
  guint held = 0;

  if (self->timer != NULL && upright_interval_timer_get_phase (self->timer) == UPRIGHT_TIMER_PHASE_WORK)
    held = (guint) (upright_interval_timer_get_elapsed_active_ms (self->timer) / 1000);
  clear_timer (self);

  /* Translators: %s is a stance of the balance test */
  question = g_strdup_printf (_("Did you hold “%s” for the full 10 seconds, without moving your feet or holding on?"),
                              _(stances[self->stance].title));
  gtk_label_set_label (self->held_label, question);
  gtk_spin_button_set_value (self->held_spin, MIN (held, UPRIGHT_ASSESSMENT_STAGE_SECONDS - 1));

  /* Stopped early, she did not hold it: straight to how long she did. */
  gtk_widget_set_visible (gtk_widget_get_parent (self->held_yes_button), !stopped);
  gtk_revealer_set_reveal_child (self->seconds_revealer, stopped);
  gtk_stack_set_visible_child_name (self->stage, "held");
  gtk_widget_grab_focus (stopped ? GTK_WIDGET (self->held_spin) : self->held_yes_button);
}

static void
add_norm_row (GtkGrid    *grid,
              int         row,
              const char *ages,
              const char *women,
              const char *men,
              gboolean    header)
{
  const char *cells[] = { ages, women, men };

  for (int column = 0; column < 3; column++)
    {
      GtkWidget *label = gtk_label_new (cells[column]);

      gtk_label_set_xalign (GTK_LABEL (label), column == 0 ? 0 : 1);
      if (header)
        gtk_widget_add_css_class (label, "heading");
      gtk_grid_attach (grid, label, column, row, 1, 1);
    }
}

/* Marks the row of the table for her age, and says what it means for
 * her, so that she does not have to look for it. */
static void
update_age (UprightSelfTestDialog *self)
{
  guint age = (guint) gtk_spin_button_get_value_as_int (self->age_spin);
  g_autofree char *text = NULL;
  int row = -1;

  if (self->kind == UPRIGHT_ASSESSMENT_CHAIR_STAND)
    {
      const UprightChairStandNorm *norm = upright_assessment_find_chair_stand_norm (age);
      guint n_norms;

      if (norm != NULL)
        {
          row = (int) (norm - upright_assessment_get_chair_stand_norms (&n_norms)) + 1;
          /* Translators: %u are an age, then numbers of stands from the table */
          text = g_strdup_printf (_("At %u, fewer than %u stands is below average for women, and fewer "
                                    "than %u for men."),
                                  age, norm->women, norm->men);
        }
    }
  else if (self->kind == UPRIGHT_ASSESSMENT_TIMED_UP_AND_GO)
    {
      const UprightTimedUpAndGoNorm *norm = upright_assessment_find_tug_norm (age);
      guint n_norms;

      if (norm != NULL)
        {
          row = (int) (norm - upright_assessment_get_tug_norms (&n_norms)) + 1;
          /* Translators: %u is an age, %.1f a time from the table */
          text = g_strdup_printf (_("At %u, healthy people take %.1f seconds on average."),
                                  age, norm->tenths / 10.0);
        }
    }

  if (text == NULL && age > 0)
    text = g_strdup (_("The table has no row for your age."));

  gtk_label_set_label (self->age_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->age_label), text != NULL);

  for (GtkWidget *cell = gtk_widget_get_first_child (GTK_WIDGET (self->norms_grid));
       cell != NULL;
       cell = gtk_widget_get_next_sibling (cell))
    {
      int cell_row;

      gtk_grid_query_child (self->norms_grid, cell, NULL, &cell_row, NULL, NULL);
      if (cell_row == 0)
        continue;
      /* Her row in bold, and in the accent colour. */
      if (cell_row == row)
        {
          gtk_widget_add_css_class (cell, "accent");
          gtk_widget_add_css_class (cell, "heading");
        }
      else
        {
          gtk_widget_remove_css_class (cell, "accent");
          gtk_widget_remove_css_class (cell, "heading");
        }
    }
}

static void
age_changed_cb (UprightSelfTestDialog *self)
{
  guint age = (guint) gtk_spin_button_get_value_as_int (self->age_spin);

  /* Kept as the year she was born, so it is right next year too. */
  if (self->settings != NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      g_settings_set_uint (self->settings, "birth-year",
                           age > 0 ? (guint) g_date_time_get_year (now) - age : 0);
    }
  update_age (self);
}

/* An age not given shows as an empty field, not as 0. */
static gboolean
age_output_cb (UprightSelfTestDialog *self)
{
  if (gtk_spin_button_get_value_as_int (self->age_spin) == 0)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->age_spin), "");
      return TRUE;
    }

  return FALSE;
}

static void
show_result (UprightSelfTestDialog *self,
             UprightAssessment     *assessment)
{
  g_autofree char *result = NULL;
  const UprightChairStandNorm *norms;
  const UprightTimedUpAndGoNorm *tug;
  guint n_norms;

  if (self->kind == UPRIGHT_ASSESSMENT_CHAIR_STAND)
    {
      guint stands = upright_assessment_get_stands (assessment);

      result = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u full stand in 30 seconds",
                                             "%u full stands in 30 seconds", stands),
                                stands);
      gtk_label_set_label (self->meaning_label,
                           _("A score below the one for your age in this table is below average, and goes "
                             "with a higher risk of falling. Strength exercise for the legs, such as Sit to "
                             "Stand, raises it. Compare your own scores over the months, too."));

      add_norm_row (self->norms_grid, 0, _("Age"), _("Women, below"), _("Men, below"), TRUE);
      norms = upright_assessment_get_chair_stand_norms (&n_norms);
      for (guint i = 0; i < n_norms; i++)
        {
          g_autofree char *ages = g_strdup_printf ("%u–%u", norms[i].min_age, norms[i].max_age);
          g_autofree char *women = g_strdup_printf ("%u", norms[i].women);
          g_autofree char *men = g_strdup_printf ("%u", norms[i].men);

          add_norm_row (self->norms_grid, (int) i + 1, ages, women, men, FALSE);
        }
      gtk_label_set_label (self->norms_source_label,
                           _("Below-average scores from STEADI, US Centers for Disease Control and "
                             "Prevention, “Assessment: 30-Second Chair Stand” (2017), after Rikli and "
                             "Jones (1999)."));
    }
  else if (self->kind == UPRIGHT_ASSESSMENT_TIMED_UP_AND_GO)
    {
      guint tenths = upright_assessment_get_tenths (assessment);

      /* Translators: the result of the Timed Up and Go */
      result = g_strdup_printf (_("%.1f seconds to stand up, walk 3 metres, turn, walk back and sit down"),
                                tenths / 10.0);
      if (tenths >= UPRIGHT_ASSESSMENT_TUG_RISK_TENTHS)
        gtk_label_set_label (self->meaning_label,
                             _("Taking 12 seconds or longer goes with a higher risk of falling. Tell your "
                               "doctor or physiotherapist, and keep up strength and balance exercise, always "
                               "with support within reach."));
      else
        gtk_label_set_label (self->meaning_label,
                             _("Under 12 seconds: no sign of a higher risk of falling from this test. The "
                               "table gives the average times of healthy people of each age, to compare "
                               "with your own times over the months."));

      add_norm_row (self->norms_grid, 0, _("Age"), _("Average time"), "", TRUE);
      tug = upright_assessment_get_tug_norms (&n_norms);
      for (guint i = 0; i < n_norms; i++)
        {
          g_autofree char *ages = g_strdup_printf ("%u–%u", tug[i].min_age, tug[i].max_age);
          /* Translators: a time in seconds, as in the table of average times */
          g_autofree char *average = g_strdup_printf (_("%.1f s"), tug[i].tenths / 10.0);

          add_norm_row (self->norms_grid, (int) i + 1, ages, average, "", FALSE);
        }
      gtk_label_set_label (self->norms_source_label,
                           _("The 12-second mark is from STEADI, US Centers for Disease Control and "
                             "Prevention, “Assessment: Timed Up and Go” (2017). Average times from "
                             "Bohannon RW, “Reference values for the Timed Up and Go test: a descriptive "
                             "meta-analysis”, J Geriatr Phys Ther 2006;29(2):64–68."));
    }
  else
    {
      guint passed = upright_assessment_get_stages_passed (assessment);

      result = g_strdup_printf (_("%u of 4 stances held for 10 seconds"), passed);
      if (passed < 3)
        gtk_label_set_label (self->meaning_label,
                             _("Not holding the third stance, one foot in front of the other, for 10 "
                               "seconds goes with a higher risk of falling. Balance exercise helps: try "
                               "the exercises for balance, and tell your doctor or physiotherapist."));
      else
        gtk_label_set_label (self->meaning_label,
                             _("You held the stance that matters most for falls, one foot in front of the "
                               "other, for the full 10 seconds. Keep up the balance exercise to stay "
                               "steady."));
      gtk_widget_set_visible (GTK_WIDGET (self->norms_grid), FALSE);
      /* This test has no table by age. */
      gtk_widget_set_visible (self->age_box, FALSE);
      gtk_label_set_label (self->norms_source_label,
                           _("From STEADI, US Centers for Disease Control and Prevention, “Assessment: "
                             "The 4-Stage Balance Test” (2017)."));
    }

  gtk_label_set_label (self->result_label, result);
  update_age (self);
  gtk_stack_set_visible_child_name (self->stage, "done");
  gtk_widget_grab_focus (self->close_button);
}

static void
finish (UprightSelfTestDialog *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(UprightAssessment) assessment = upright_assessment_new (self->kind, now);

  clear_timer (self);

  if (self->kind == UPRIGHT_ASSESSMENT_CHAIR_STAND)
    upright_assessment_set_stands (assessment, (guint) gtk_spin_button_get_value_as_int (self->stands_spin));
  else if (self->kind == UPRIGHT_ASSESSMENT_TIMED_UP_AND_GO)
    upright_assessment_set_tenths (assessment,
                                   (guint) CLAMP (lround (gtk_spin_button_get_value (self->tug_spin) * 10),
                                                  1, UPRIGHT_ASSESSMENT_MAX_TUG_TENTHS));
  else
    for (guint i = 0; i < UPRIGHT_ASSESSMENT_N_STAGES; i++)
      upright_assessment_set_stage (assessment, i, self->stages[i]);

  upright_journal_add_assessment (self->journal, assessment);
  upright_journal_flush_async (self->journal, NULL, NULL, NULL);
  show_result (self, assessment);
}

static void
begin_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  UprightSelfTestDialog *self = UPRIGHT_SELF_TEST_DIALOG (widget);

  if (self->kind == UPRIGHT_ASSESSMENT_CHAIR_STAND)
    {
      gtk_label_set_label (self->stance_label, _("Stand Up and Sit Down"));
      gtk_label_set_label (self->stance_hint_label, _("Arms crossed, as many times as you can."));
      start_timer (self, CHAIR_STAND_SECONDS);
    }
  else if (self->kind == UPRIGHT_ASSESSMENT_TIMED_UP_AND_GO)
    {
      gtk_label_set_label (self->stance_label, _("Stand Up, Walk, Turn, Walk Back, Sit Down"));
      gtk_label_set_label (self->stance_hint_label, _("At your usual, safe pace. Press Stop as soon as you sit down."));
      start_timer (self, TUG_SECONDS);
    }
  else
    {
      self->stance = 0;
      memset (self->stages, 0, sizeof self->stages);
      start_stance (self);
    }
}

static void
stop_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  UprightSelfTestDialog *self = UPRIGHT_SELF_TEST_DIALOG (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stage), "timing") != 0)
    {
      gtk_window_close (GTK_WINDOW (self));
      return;
    }

  if (self->kind == UPRIGHT_ASSESSMENT_CHAIR_STAND)
    {
      clear_timer (self);
      gtk_stack_set_visible_child_name (self->stage, "stands");
      gtk_widget_grab_focus (GTK_WIDGET (self->stands_spin));
    }
  else if (self->kind == UPRIGHT_ASSESSMENT_TIMED_UP_AND_GO)
    ask_tug_time (self);
  else
    ask_held (self, TRUE);
}

static void
held_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  UprightSelfTestDialog *self = UPRIGHT_SELF_TEST_DIALOG (widget);

  if (self->kind != UPRIGHT_ASSESSMENT_FOUR_STAGE_BALANCE)
    return;

  if (!g_variant_get_boolean (parameter))
    {
      gtk_revealer_set_reveal_child (self->seconds_revealer, TRUE);
      gtk_widget_grab_focus (GTK_WIDGET (self->held_spin));
      return;
    }

  /* Held: on to the next, harder stance, or done after the last. */
  self->stages[self->stance] = UPRIGHT_ASSESSMENT_STAGE_SECONDS;
  if (self->stance + 1 < UPRIGHT_ASSESSMENT_N_STAGES)
    {
      self->stance++;
      start_stance (self);
    }
  else
    finish (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  UprightSelfTestDialog *self = UPRIGHT_SELF_TEST_DIALOG (widget);

  /* The balance test ends at the first stance not held to the end. */
  if (self->kind == UPRIGHT_ASSESSMENT_FOUR_STAGE_BALANCE)
    self->stages[self->stance] = (guint) gtk_spin_button_get_value_as_int (self->held_spin);

  finish (self);
}

static void
setup_texts (UprightSelfTestDialog *self)
{
  adw_window_title_set_title (self->window_title, upright_assessment_kind_get_title (self->kind));
  gtk_window_set_title (GTK_WINDOW (self), upright_assessment_kind_get_title (self->kind));

  if (self->kind == UPRIGHT_ASSESSMENT_CHAIR_STAND)
    {
      gtk_label_set_label (self->intro_label,
                           _("This test shows how strong your legs are: how many times you can stand up "
                             "from a chair in 30 seconds. Take it every few months to see your progress."));
      gtk_label_set_label (self->steps_label,
                           _("1. Use a sturdy chair without arms, with its back against a wall so that it "
                             "cannot slide.\n"
                             "2. Sit in the middle of the seat with your feet flat on the floor and your "
                             "arms crossed over your chest.\n"
                             "3. When the timer says Go, stand up straight, then sit all the way down again. "
                             "Keep going until the time runs out.\n"
                             "4. Count each time you stand up fully."));
      gtk_label_set_label (self->safety_label,
                           _("Only take this test if you can stand up from a chair without using your "
                             "hands. Have someone nearby if you feel unsteady. Stop at once if you feel "
                             "pain, dizzy or short of breath."));
    }
  else if (self->kind == UPRIGHT_ASSESSMENT_TIMED_UP_AND_GO)
    {
      gtk_label_set_label (self->intro_label,
                           _("This test shows how well you get up and walk: the time you need to stand up "
                             "from a chair, walk 3 metres, turn round, walk back and sit down again."));
      gtk_label_set_label (self->steps_label,
                           _("1. Mark a line on the floor 3 metres (10 feet) from the front of a sturdy "
                             "chair with arms, its back against a wall.\n"
                             "2. Sit with your back against the chair, in your usual shoes, with your "
                             "walking aid if you use one.\n"
                             "3. When the timer says Go, stand up, walk to the line at your usual pace, "
                             "turn, walk back and sit down.\n"
                             "4. Press Stop, or have your helper press it, as soon as you are sitting."));
      gtk_label_set_label (self->safety_label,
                           _("Have someone walk beside you, ready to steady you. Walk at your usual, safe "
                             "pace: this is not a race. Clear the path of rugs and clutter first, and "
                             "stop at once if you feel unsteady, dizzy or in pain."));
    }
  else
    {
      gtk_label_set_label (self->intro_label,
                           _("This test shows how steady you are on your feet: four stances, each harder "
                             "than the one before, held for up to 10 seconds each without holding on."));
      gtk_label_set_label (self->steps_label,
                           _("1. Stand in a corner or beside a sturdy counter, with a chair in front of "
                             "you, so that support is within reach.\n"
                             "2. Take each stance, then let go of any support before the timer says "
                             "Hold.\n"
                             "3. Keep your feet where they are until the time is up. If you move them or "
                             "reach for support, stop and say how long you held it."));
      /* Stages 3 and 4, heel to toe and on one leg, are where people fall. */
      if (self->walking_aid)
        gtk_label_set_label (self->safety_label,
                             _("You use a walking aid, so have a helper stand right beside you, ready to "
                               "steady you, for every stance, and keep your support within reach. Do not "
                               "try the last two stances, heel to toe and on one leg, without that helper. "
                               "Stopping is a result too."));
      else
        gtk_label_set_label (self->safety_label,
                             _("Have someone stand close by to steady you, and for the last two stances, "
                               "heel to toe and on one leg, do not try them without that helper. Do not "
                               "try a stance you feel unsafe in: stopping is a result too."));
    }

  gtk_label_set_label (self->source_label,
                       _("A self-test of STEADI (Stopping Elderly Accidents, Deaths and Injuries), from "
                         "the US Centers for Disease Control and Prevention."));

}

/**
 * upright_self_test_dialog_new:
 * @kind: which test
 * @journal: where the result goes
 * @cues: (nullable): the sound cues
 *
 * Returns: (transfer full): a new window that explains the test first
 */
UprightSelfTestDialog *
upright_self_test_dialog_new (UprightAssessmentKind  kind,
                              UprightJournal        *journal,
                              UprightCueSound       *cues)
{
  UprightSelfTestDialog *self;

  g_return_val_if_fail (kind < UPRIGHT_N_ASSESSMENT_KINDS, NULL);
  g_return_val_if_fail (UPRIGHT_IS_JOURNAL (journal), NULL);
  g_return_val_if_fail (cues == NULL || UPRIGHT_IS_CUE_SOUND (cues), NULL);

  self = g_object_new (UPRIGHT_TYPE_SELF_TEST_DIALOG, NULL);
  self->kind = kind;
  self->journal = g_object_ref (journal);
  self->cues = cues != NULL ? g_object_ref (cues) : NULL;
  setup_texts (self);
  gtk_widget_grab_focus (self->begin_button);

  return self;
}

/**
 * upright_self_test_dialog_set_walking_aid:
 * @self: a self-test
 * @walking_aid: whether the safety profile says she uses a walking aid
 *
 * Makes the balance test's safety advice firmer for someone who walks with
 * a stick, crutch or frame.
 */
void
upright_self_test_dialog_set_walking_aid (UprightSelfTestDialog *self,
                                          gboolean               walking_aid)
{
  g_return_if_fail (UPRIGHT_IS_SELF_TEST_DIALOG (self));

  self->walking_aid = !!walking_aid;
  setup_texts (self);
}

/**
 * upright_self_test_dialog_get_stage:
 * @self: a self-test
 *
 * Returns: “intro”, “timing”, “stands”, “held” or “done”
 */
const char *
upright_self_test_dialog_get_stage (UprightSelfTestDialog *self)
{
  g_return_val_if_fail (UPRIGHT_IS_SELF_TEST_DIALOG (self), NULL);

  return gtk_stack_get_visible_child_name (self->stage);
}

/**
 * upright_self_test_dialog_get_stance:
 * @self: a 4-Stage Balance Test
 *
 * Returns: the stance being timed or asked about, from 0
 */
guint
upright_self_test_dialog_get_stance (UprightSelfTestDialog *self)
{
  g_return_val_if_fail (UPRIGHT_IS_SELF_TEST_DIALOG (self), 0);

  return self->stance;
}

/**
 * upright_self_test_dialog_get_timer:
 * @self: a self-test
 *
 * Returns: (transfer none) (nullable): the timer while it times
 */
UprightIntervalTimer *
upright_self_test_dialog_get_timer (UprightSelfTestDialog *self)
{
  g_return_val_if_fail (UPRIGHT_IS_SELF_TEST_DIALOG (self), NULL);

  return self->timer;
}

static void
upright_self_test_dialog_dispose (GObject *object)
{
  UprightSelfTestDialog *self = UPRIGHT_SELF_TEST_DIALOG (object);

  clear_timer (self);

  /* The age field tidies its text as it goes away: not into a dialog
   * whose parts are already gone. */
  if (self->age_spin != NULL)
    g_signal_handlers_disconnect_by_data (self->age_spin, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), UPRIGHT_TYPE_SELF_TEST_DIALOG);

  g_clear_object (&self->journal);
  g_clear_object (&self->cues);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (upright_self_test_dialog_parent_class)->dispose (object);
}

static void
upright_self_test_dialog_class_init (UprightSelfTestDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = upright_self_test_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/upright-self-test-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, UprightSelfTestDialog, name)
  BIND (window_title);
  BIND (stage);
  BIND (intro_label);
  BIND (steps_label);
  BIND (safety_label);
  BIND (source_label);
  BIND (begin_button);
  BIND (stance_label);
  BIND (stance_hint_label);
  BIND (stance_picture);
  BIND (seconds_label);
  BIND (phase_label);
  BIND (stands_spin);
  BIND (tug_spin);
  BIND (held_label);
  BIND (held_yes_button);
  BIND (seconds_revealer);
  BIND (held_spin);
  BIND (result_label);
  BIND (meaning_label);
  BIND (age_box);
  BIND (age_spin);
  BIND (age_label);
  BIND (norms_grid);
  BIND (norms_source_label);
  BIND (close_button);
#undef BIND

  gtk_widget_class_install_action (widget_class, "selftest.begin", NULL, begin_action);
  gtk_widget_class_install_action (widget_class, "selftest.stop", NULL, stop_action);
  gtk_widget_class_install_action (widget_class, "selftest.held", "b", held_action);
  gtk_widget_class_install_action (widget_class, "selftest.save", NULL, save_action);

  /* Escape stops the timing, and otherwise closes the window. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "selftest.stop", NULL);
}

static void
upright_self_test_dialog_init (UprightSelfTestDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* One name for each button, without its mnemonic's underscore. */
  upright_accessible_fix_names (GTK_WIDGET (self));
  upright_accessible_set_label (GTK_WIDGET (self->age_spin), _("Your age"));
  gtk_drawing_area_set_draw_func (self->stance_picture, draw_stance, self, NULL);

  g_signal_connect_swapped (self->age_spin, "output", G_CALLBACK (age_output_cb), self);
  g_signal_connect_swapped (self->age_spin, "value-changed", G_CALLBACK (age_changed_cb), self);
}

/**
 * upright_self_test_dialog_set_settings:
 * @self: a self-test
 * @settings: Upright's settings
 *
 * Remembers her age, as the year she was born, to find her row in the
 * tables of results by age.
 */
void
upright_self_test_dialog_set_settings (UprightSelfTestDialog *self,
                                       GSettings             *settings)
{
  guint birth_year;

  g_return_if_fail (UPRIGHT_IS_SELF_TEST_DIALOG (self));
  g_return_if_fail (G_IS_SETTINGS (settings));

  g_clear_object (&self->settings);
  birth_year = g_settings_get_uint (settings, "birth-year");
  if (birth_year > 0)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      int age = g_date_time_get_year (now) - (int) birth_year;

      gtk_spin_button_set_value (self->age_spin, CLAMP (age, 0, 110));
    }
  self->settings = g_object_ref (settings);
}
