/* upright-progress-page.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include <string.h>

#include "core/upright-assessment.h"
#include "core/upright-export.h"
#include "draw/upright-report.h"
#include "draw/upright-test-chart.h"
#include "widgets/upright-accessible.h"
#include "widgets/upright-progress-chart.h"
#include "widgets/upright-toast.h"

#include "upright-self-test-dialog.h"
#include "upright-walk-dialog.h"

#include "upright-progress-page.h"

/* This week against the goals, the weeks before it as charts, and every
 * exercise done, day by day, to change or delete.
 *
 * Everything is worked out again from the journal whenever it changes,
 * after the change has settled: the figures are sums over the records,
 * which is quick even for years of them.
 */
struct _UprightProgressPage
{
  GtkWidget        parent_instance;

  UprightJournal  *journal;
  UprightCatalog  *catalog;
  GSettings       *settings;
  UprightCueSound *cues;

  /* Today as the tests set it, or invalid for the real day. */
  GDate            fixed_today;
  guint            n_weeks;
  guint            history_days;
  guint            refresh_id;

  guint            report_weeks;

  /* The record deleted last, for Undo. */
  UprightRecord   *deleted;
  /* The journal as it was before a backup was restored, for Undo. */
  GBytes          *before_restore;

  GtkWidget       *tests_list;
  GtkWidget       *test_rows[UPRIGHT_N_ASSESSMENT_KINDS];
  GtkWidget       *test_charts[UPRIGHT_N_ASSESSMENT_KINDS];

  GtkWidget       *cards[UPRIGHT_N_GOALS];
  GtkWidget       *charts[UPRIGHT_CHART_PAIN + 1];

  /* Template widgets */
  GtkStack        *stack;
  GtkLabel        *week_label;
  GtkFlowBox      *goals_box;
  GtkLabel        *streak_label;
  GtkBox          *charts_box;
  GtkBox          *tests_section;
  GtkBox          *history_box;
  GtkWidget       *more_button;
  GtkToggleButton *range_8_button;
  GtkToggleButton *range_26_button;
  GtkToggleButton *range_52_button;
};

G_DEFINE_FINAL_TYPE (UprightProgressPage, upright_progress_page, GTK_TYPE_WIDGET)

#define HISTORY_DAYS_STEP 14

static void update_tests (UprightProgressPage *self);

static const struct {
  const char *key;
  const char *title;
} goal_info[UPRIGHT_N_GOALS] = {
  [UPRIGHT_GOAL_STRENGTH] = { "goal-strength-days", N_("Strength") },
  [UPRIGHT_GOAL_BALANCE] = { "goal-balance-minutes", N_("Balance") },
  [UPRIGHT_GOAL_POSTURE] = { "goal-posture-days", N_("Posture") },
  [UPRIGHT_GOAL_IMPACT] = { "goal-impact-days", N_("Impact") },
};

static const struct {
  UprightChartMetric metric;
  const char        *title;
} chart_info[] = {
  { UPRIGHT_CHART_STRENGTH, N_("Days with Strength Exercise") },
  { UPRIGHT_CHART_BALANCE, N_("Minutes of Balance Exercise") },
  { UPRIGHT_CHART_POSTURE, N_("Days with Posture Exercise") },
  { UPRIGHT_CHART_IMPACT, N_("Days with Impact Exercise") },
  { UPRIGHT_CHART_EFFORT, N_("Average Effort (0 to 10)") },
  { UPRIGHT_CHART_PAIN, N_("Worst Pain (0 to 10)") },
};

static void
get_today (UprightProgressPage *self,
           GDate               *today)
{
  g_autoptr(GDateTime) now = NULL;
  int year, month, day;

  if (g_date_valid (&self->fixed_today))
    {
      *today = self->fixed_today;
      return;
    }

  now = g_date_time_new_now_local ();
  g_date_time_get_ymd (now, &year, &month, &day);
  g_date_clear (today, 1);
  g_date_set_dmy (today, day, month, year);
}

/**
 * upright_progress_page_get_goals:
 * @self: the progress page
 * @goals: (out): the weekly goals in the preferences
 */
void
upright_progress_page_get_goals (UprightProgressPage *self,
                                 UprightGoals        *goals)
{
  g_return_if_fail (UPRIGHT_IS_PROGRESS_PAGE (self));
  g_return_if_fail (goals != NULL);

  goals->strength_days = g_settings_get_uint (self->settings, "goal-strength-days");
  goals->balance_minutes = g_settings_get_uint (self->settings, "goal-balance-minutes");
  goals->posture_days = g_settings_get_uint (self->settings, "goal-posture-days");
  goals->impact_days = g_settings_get_uint (self->settings, "goal-impact-days");
}

/* This week */

static char *
describe_progress (UprightGoal goal,
                   guint       progress,
                   guint       target)
{
  if (goal == UPRIGHT_GOAL_BALANCE)
    return target > 0
      /* Translators: minutes of balance exercise this week against the goal */
      ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u minute", "%u of %u minutes", target),
                         progress, target)
      : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u minute", "%u minutes", progress), progress);

  return target > 0
    /* Translators: days with this kind of exercise this week against the goal */
    ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u day", "%u of %u days", target),
                       progress, target)
    : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u day", "%u days", progress), progress);
}

static char *
describe_status (UprightGoal goal,
                 guint       progress,
                 guint       target)
{
  guint left;

  if (target == 0)
    return g_strdup (_("No goal set"));
  if (progress >= target)
    return g_strdup (_("Goal met this week"));

  left = target - progress;
  if (goal == UPRIGHT_GOAL_BALANCE)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u more minute to go", "%u more minutes to go", left),
                            left);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u more day to go", "%u more days to go", left), left);
}

static GtkWidget *
create_card (UprightGoal goal)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (_(goal_info[goal].title));
  GtkWidget *value = gtk_label_new (NULL);
  GtkWidget *bar = gtk_level_bar_new ();
  GtkWidget *status = gtk_label_new (NULL);

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "goal-card");

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (value), 0);
  gtk_label_set_wrap (GTK_LABEL (value), TRUE);
  gtk_widget_add_css_class (value, "title-3");
  gtk_level_bar_set_mode (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_MODE_CONTINUOUS);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _(goal_info[goal].title), -1);
  gtk_label_set_xalign (GTK_LABEL (status), 0);
  gtk_label_set_wrap (GTK_LABEL (status), TRUE);
  gtk_widget_add_css_class (status, "dim-label");

  gtk_box_append (GTK_BOX (card), title);
  gtk_box_append (GTK_BOX (card), value);
  gtk_box_append (GTK_BOX (card), bar);
  gtk_box_append (GTK_BOX (card), status);

  g_object_set_data (G_OBJECT (card), "value", value);
  g_object_set_data (G_OBJECT (card), "bar", bar);
  g_object_set_data (G_OBJECT (card), "status", status);

  return card;
}

static void
update_card (GtkWidget   *card,
             UprightGoal  goal,
             guint        progress,
             guint        target)
{
  GtkWidget *flow_child = gtk_widget_get_parent (card);
  g_autofree char *value = describe_progress (goal, progress, target);
  g_autofree char *status = describe_status (goal, progress, target);
  g_autofree char *description = g_strdup_printf ("%s. %s", value, status);

  gtk_label_set_label (g_object_get_data (G_OBJECT (card), "value"), value);
  gtk_label_set_label (g_object_get_data (G_OBJECT (card), "status"), status);
  gtk_level_bar_set_max_value (g_object_get_data (G_OBJECT (card), "bar"), MAX (target, 1));
  gtk_level_bar_set_value (g_object_get_data (G_OBJECT (card), "bar"), MIN (progress, MAX (target, 1)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (g_object_get_data (G_OBJECT (card), "bar")),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);

  if (target > 0 && progress >= target)
    gtk_widget_add_css_class (card, "goal-met");
  else
    gtk_widget_remove_css_class (card, "goal-met");

  /* An optional goal that is off is not a card to fill. */
  if (flow_child != NULL)
    gtk_widget_set_visible (flow_child, target > 0 || goal != UPRIGHT_GOAL_IMPACT);
}

static char *
format_day (const GDate *day,
            const GDate *today)
{
  char text[128];
  int days = g_date_days_between (day, today);

  if (days == 0)
    return g_strdup (_("Today"));
  if (days == 1)
    return g_strdup (_("Yesterday"));

  /* Translators: a day in the history, as strftime() writes it:
   * “Monday 23 November 2026” */
  if (g_date_strftime (text, sizeof text, C_("history day", "%A %-d %B %Y"), day) == 0)
    return g_strdup ("?");

  return g_strdup (g_strstrip (text));
}

static void
update_week (UprightProgressPage *self,
             const UprightWeek   *week,
             const GDate         *today)
{
  UprightGoals goals;
  GDate sunday = week->start;
  char from[64], to[64];
  g_autofree char *range = NULL;

  upright_progress_page_get_goals (self, &goals);

  for (guint goal = 0; goal < UPRIGHT_N_GOALS; goal++)
    update_card (self->cards[goal], goal,
                 upright_week_get_progress (week, goal),
                 upright_goals_get_target (&goals, goal));

  g_date_add_days (&sunday, 6);
  /* Translators: the first and last day of this week: “23 November” */
  g_date_strftime (from, sizeof from, C_("week range", "%-d %B"), &week->start);
  g_date_strftime (to, sizeof to, C_("week range", "%-d %B"), &sunday);
  /* Translators: this week, from Monday to Sunday: “23 November to 29 November” */
  range = g_strdup_printf (_("%s to %s"), g_strstrip (from), g_strstrip (to));
  if (week->walking_seconds >= 60)
    {
      guint minutes = week->walking_seconds / 60;
      /* Translators: the days of this week, then the minutes walked in it */
      g_autofree char *walked = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u minute of walking",
                                                              "%s · %u minutes of walking", minutes),
                                                 range, minutes);

      gtk_label_set_label (self->week_label, walked);
    }
  else
    gtk_label_set_label (self->week_label, range);
}

static void
update_streak (UprightProgressPage *self,
               guint                streak)
{
  g_autofree char *text = NULL;

  if (streak > 0)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Every goal met for %u week in a row.",
                                         "Every goal met for %u weeks in a row.", streak),
                            streak);

  gtk_label_set_label (self->streak_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->streak_label), text != NULL);
}

/* Charts */

static GtkWidget *
create_chart (UprightChartMetric  metric,
              const char         *title)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *chart = upright_progress_chart_new (metric);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LEVEL, 3, -1);
  gtk_widget_add_css_class (label, "heading");
  gtk_accessible_update_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);

  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), chart);
  g_object_set_data (G_OBJECT (chart), "box", box);

  return chart;
}

static void
update_charts (UprightProgressPage *self,
               GArray              *weeks,
               const GDate         *today)
{
  UprightGoals goals;

  upright_progress_page_get_goals (self, &goals);

  for (guint i = 0; i < G_N_ELEMENTS (chart_info); i++)
    {
      UprightChartMetric metric = chart_info[i].metric;
      UprightProgressChart *chart = UPRIGHT_PROGRESS_CHART (self->charts[metric]);
      guint target = 0;
      gboolean visible = TRUE;

      if (metric <= UPRIGHT_CHART_IMPACT)
        target = upright_goals_get_target (&goals, (UprightGoal) metric);

      upright_progress_chart_set_weeks (chart, weeks, target, today);

      /* Impact is optional: its chart only comes with a goal or with
       * impact exercise to show. */
      if (metric == UPRIGHT_CHART_IMPACT && target == 0)
        {
          visible = FALSE;
          for (guint w = 0; w < weeks->len; w++)
            if (g_array_index (weeks, UprightWeek, w).impact_days > 0)
              visible = TRUE;
        }

      gtk_widget_set_visible (g_object_get_data (G_OBJECT (chart), "box"), visible);
    }
}

/* History */

static char *
describe_record (UprightProgressPage *self,
                 UprightRecord       *record)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *time = g_date_time_format (upright_record_get_start (record), "%H:%M");
  guint sets = upright_record_get_sets_done (record);
  guint reps = upright_record_get_reps_done (record);
  guint hold = upright_record_get_hold_seconds (record);
  guint duration = upright_record_get_duration_seconds (record);

  g_string_append (text, time);

  if (reps > 0 && sets > 1)
    {
      g_autofree char *part = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u set", "%u sets", sets), sets);

      g_string_append_printf (text, " · %s", part);
    }

  if (reps > 0)
    {
      g_autofree char *part = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u rep", "%u reps", reps), reps);

      g_string_append_printf (text, " · %s", part);
    }
  else if (hold > 0)
    {
      g_autofree char *part = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "hold %u second", "hold %u seconds", hold),
                                               hold);

      g_string_append_printf (text, " · %s", part);
    }

  if (duration >= 60)
    {
      g_autofree char *part = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u minute", "%u minutes", duration / 60),
                                               duration / 60);

      g_string_append_printf (text, " · %s", part);
    }

  /* Translators: how hard a record felt and how much it hurt, from 0 to
   * 10: “effort 6 · pain 0” */
  g_string_append (text, " · ");
  g_string_append_printf (text, _("effort %u · pain %u"),
                          upright_record_get_effort (record), upright_record_get_pain (record));

  if (!upright_record_get_completed (record))
    g_string_append_printf (text, " · %s", _("done in part"));

  /* Her own words, on a line of their own. */
  if (upright_record_get_note (record) != NULL)
    g_string_append_printf (text, "\n“%s”", upright_record_get_note (record));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static const char *
record_title (UprightProgressPage *self,
              UprightRecord       *record)
{
  UprightExercise *exercise = self->catalog != NULL
    ? upright_catalog_lookup (self->catalog, upright_record_get_exercise_id (record))
    : NULL;

  return exercise != NULL ? upright_exercise_get_title (exercise) : upright_record_get_exercise_id (record);
}

static GtkWidget *
create_record_row (UprightProgressPage *self,
                   UprightRecord       *record)
{
  const char *id = upright_record_get_id (record);
  const char *title = record_title (self, record);
  g_autofree char *subtitle = describe_record (self, record);
  g_autofree char *edit_label = NULL;
  g_autofree char *delete_label = NULL;
  GtkWidget *row, *edit, *delete;

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_set_name (row, id);

  /* Translators: accessible names of buttons; %s is an exercise's title */
  edit_label = g_strdup_printf (_("Change “%s”"), title);
  delete_label = g_strdup_printf (_("Delete “%s”"), title);

  edit = gtk_button_new_from_icon_name ("document-edit-symbolic");
  gtk_widget_set_valign (edit, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (edit, _("Change"));
  gtk_widget_add_css_class (edit, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (edit), GTK_ACCESSIBLE_PROPERTY_LABEL, edit_label, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (edit), "progress.edit-record");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (edit), "s", id);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), edit);

  delete = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (delete, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (delete, _("Delete"));
  gtk_widget_add_css_class (delete, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (delete), GTK_ACCESSIBLE_PROPERTY_LABEL, delete_label, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (delete), "progress.delete-record");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (delete), "s", id);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), delete);

  return row;
}

static void
update_history (UprightProgressPage *self,
                const GDate         *today)
{
  GListModel *model = G_LIST_MODEL (self->journal);
  guint n = g_list_model_get_n_items (model);
  GtkWidget *child;
  GtkWidget *list = NULL;
  GDate shown_day;
  guint days = 0;
  gboolean more = FALSE;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->history_box))) != NULL)
    gtk_box_remove (self->history_box, child);

  g_date_clear (&shown_day, 1);

  /* The journal runs from the earliest; the history from the latest. */
  for (guint i = n; i > 0; i--)
    {
      g_autoptr(UprightRecord) record = g_list_model_get_item (model, i - 1);
      GDate day;

      upright_stats_record_day (record, &day);

      if (!g_date_valid (&shown_day) || g_date_compare (&day, &shown_day) != 0)
        {
          g_autofree char *heading = NULL;
          GtkWidget *label;

          if (days == self->history_days)
            {
              more = TRUE;
              break;
            }

          shown_day = day;
          days++;

          heading = format_day (&day, today);
          label = gtk_label_new (heading);
          gtk_label_set_xalign (GTK_LABEL (label), 0);
          gtk_widget_add_css_class (label, "heading");
          gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LEVEL, 3, -1);

          list = gtk_list_box_new ();
          gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
          gtk_widget_add_css_class (list, "boxed-list");
          gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, heading, -1);

          child = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
          gtk_box_append (GTK_BOX (child), label);
          gtk_box_append (GTK_BOX (child), list);
          gtk_box_append (self->history_box, child);
        }

      gtk_list_box_append (GTK_LIST_BOX (list), create_record_row (self, record));
    }

  gtk_widget_set_visible (self->more_button, more);
}

static gboolean
refresh_cb (gpointer user_data)
{
  UprightProgressPage *self = user_data;

  self->refresh_id = 0;
  upright_progress_page_refresh (self);

  return G_SOURCE_REMOVE;
}

static void
queue_refresh (UprightProgressPage *self)
{
  /* A burst of changes, such as an import, refreshes once. */
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add (refresh_cb, self);
}

/**
 * upright_progress_page_refresh:
 * @self: the progress page
 *
 * Works out everything on the page again from the journal now, instead of
 * when the change that is due settles.
 */
void
upright_progress_page_refresh (UprightProgressPage *self)
{
  g_autoptr(GArray) weeks = NULL;
  UprightGoals goals;
  GDate today;
  guint streak;

  g_return_if_fail (UPRIGHT_IS_PROGRESS_PAGE (self));

  g_clear_handle_id (&self->refresh_id, g_source_remove);

  if (self->journal == NULL)
    return;

  if (g_list_model_get_n_items (G_LIST_MODEL (self->journal)) == 0 &&
      g_list_model_get_n_items (upright_journal_get_assessments (self->journal)) == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  get_today (self, &today);
  upright_progress_page_get_goals (self, &goals);

  /* The weeks shown and the streak, reading back only as far as they go. */
  weeks = upright_stats_recent_weeks (G_LIST_MODEL (self->journal), &goals, &today,
                                      self->n_weeks, &streak);

  update_week (self, &g_array_index (weeks, UprightWeek, weeks->len - 1), &today);
  update_streak (self, streak);
  update_charts (self, weeks, &today);
  update_history (self, &today);
  update_tests (self);

  gtk_stack_set_visible_child_name (self->stack, "progress");
}

/**
 * upright_progress_page_set_today:
 * @self: the progress page
 * @today: (nullable): the day to show as today, or %NULL for the real one
 *
 * For tests, and for a report of a day gone by.
 */
void
upright_progress_page_set_today (UprightProgressPage *self,
                                 const GDate         *today)
{
  g_return_if_fail (UPRIGHT_IS_PROGRESS_PAGE (self));

  if (today != NULL && g_date_valid (today))
    self->fixed_today = *today;
  else
    g_date_clear (&self->fixed_today, 1);

  queue_refresh (self);
}

static void
range_toggled_cb (UprightProgressPage *self)
{
  guint n_weeks = 8;

  if (gtk_toggle_button_get_active (self->range_26_button))
    n_weeks = 26;
  else if (gtk_toggle_button_get_active (self->range_52_button))
    n_weeks = 52;

  if (self->n_weeks == n_weeks)
    return;

  self->n_weeks = n_weeks;
  queue_refresh (self);
}

/* Self-tests */

static const char * const test_ids[UPRIGHT_N_ASSESSMENT_KINDS] = {
  [UPRIGHT_ASSESSMENT_CHAIR_STAND] = "chair-stand",
  [UPRIGHT_ASSESSMENT_FOUR_STAGE_BALANCE] = "four-stage-balance",
  [UPRIGHT_ASSESSMENT_TIMED_UP_AND_GO] = "timed-up-and-go",
};

static char *
describe_score (UprightAssessment *test)
{
  guint score = (guint) upright_test_chart_get_score (test);

  if (upright_assessment_get_kind (test) == UPRIGHT_ASSESSMENT_CHAIR_STAND)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u stand", "%u stands", score), score);
  if (upright_assessment_get_kind (test) == UPRIGHT_ASSESSMENT_TIMED_UP_AND_GO)
    /* Translators: the time of a Timed Up and Go, such as “9.4 seconds” */
    return g_strdup_printf (_("%.1f seconds"), upright_test_chart_get_score (test));

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of 4 stances", "%u of 4 stances", score), score);
}

/* The results of one test over time, oldest first, as bars. */
static void
draw_test_chart (GtkDrawingArea *area,
                 cairo_t        *cr,
                 int             width,
                 int             height,
                 gpointer        user_data)
{
  GtkStyleContext *style = gtk_widget_get_style_context (GTK_WIDGET (area));
  GdkRGBA fg, accent;

  gtk_style_context_get_color (style, &fg);
  if (!gtk_style_context_lookup_color (style, "accent_color", &accent))
    gdk_rgba_parse (&accent, "#1c71d8");

  upright_test_chart_draw (cr, gtk_widget_get_pango_context (GTK_WIDGET (area)),
                           &(UprightColor) { fg.red, fg.green, fg.blue, fg.alpha },
                           &(UprightColor) { accent.red, accent.green, accent.blue, accent.alpha },
                           GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (area), "kind")),
                           g_object_get_data (G_OBJECT (area), "tests"),
                           width, height);
}

static GtkWidget *
create_test_row (UprightProgressPage   *self,
                 UprightAssessmentKind  kind)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *start = gtk_button_new_with_label (_("Start"));
  g_autofree char *start_label = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), upright_assessment_kind_get_title (kind));
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_set_name (row, test_ids[kind]);

  /* Translators: the accessible name of a button, %s is a self-test */
  start_label = g_strdup_printf (_("Start the %s"), upright_assessment_kind_get_title (kind));
  gtk_widget_set_valign (start, GTK_ALIGN_CENTER);
  gtk_widget_set_name (start, "start");
  /* Kept when the page gives its buttons their names: three buttons that
   * all say "Start" would not tell a screen reader's user which test. */
  upright_accessible_set_label (start, start_label);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (start), "progress.start-test");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (start), "s", test_ids[kind]);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), start);

  return row;
}

static void
update_tests (UprightProgressPage *self)
{
  GListModel *model = upright_journal_get_assessments (self->journal);

  for (guint kind = 0; kind < UPRIGHT_N_ASSESSMENT_KINDS; kind++)
    {
      GPtrArray *tests = g_ptr_array_new_with_free_func (g_object_unref);
      g_autofree char *subtitle = NULL;
      g_autoptr(GString) summary = g_string_new (NULL);

      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(UprightAssessment) test = g_list_model_get_item (model, i);

          if (upright_assessment_get_kind (test) == kind)
            g_ptr_array_add (tests, g_steal_pointer (&test));
        }

      /* The latest twelve are what the chart has room for. */
      if (tests->len > 12)
        g_ptr_array_remove_range (tests, 0, tests->len - 12);

      if (tests->len > 0)
        {
          UprightAssessment *last = g_ptr_array_index (tests, tests->len - 1);
          g_autofree char *score = describe_score (last);
          g_autofree char *date = g_date_time_format (upright_assessment_get_time (last), C_("self-test date", "%-d %B %Y"));

          /* Translators: the latest result of a self-test and its day */
          subtitle = g_strdup_printf (_("Last time: %s, on %s"), score, g_strstrip (date));
        }
      else if (kind == UPRIGHT_ASSESSMENT_CHAIR_STAND)
        subtitle = g_strdup (_("How strong your legs are: stand up from a chair as often as you can in 30 seconds."));
      else if (kind == UPRIGHT_ASSESSMENT_TIMED_UP_AND_GO)
        subtitle = g_strdup (_("How well you move: stand up, walk 3 metres, turn, walk back and sit down, timed."));
      else
        subtitle = g_strdup (_("How steady you are: hold four stances, each harder than the last, for 10 seconds."));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->test_rows[kind]), subtitle);

      for (guint i = 0; i < tests->len; i++)
        {
          g_autofree char *score = describe_score (g_ptr_array_index (tests, i));
          g_autofree char *date = g_date_time_format (upright_assessment_get_time (g_ptr_array_index (tests, i)),
                                                      C_("self-test date", "%-d %B %Y"));

          g_string_append_printf (summary, "%s%s: %s", i > 0 ? "; " : "", g_strstrip (date), score);
        }
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->test_charts[kind]),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary->str,
                                      -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (self->test_charts[kind])),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary->str,
                                      -1);

      gtk_widget_set_visible (gtk_widget_get_parent (self->test_charts[kind]), tests->len > 0);
      g_object_set_data_full (G_OBJECT (self->test_charts[kind]), "tests", tests,
                              (GDestroyNotify) g_ptr_array_unref);
      gtk_widget_queue_draw (self->test_charts[kind]);
    }
}

static void
build_tests_section (UprightProgressPage *self)
{
  GtkWidget *heading = gtk_label_new (_("Self-Tests"));
  GtkWidget *description = gtk_label_new (_("Three short tests from STEADI, a programme of the US Centers for "
                                             "Disease Control and Prevention, show how your strength, balance "
                                             "and walking change. Take them every few months."));
  GtkWidget *list = gtk_list_box_new ();

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "title-2");
  gtk_accessible_update_property (GTK_ACCESSIBLE (heading), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  gtk_label_set_xalign (GTK_LABEL (description), 0);
  gtk_label_set_wrap (GTK_LABEL (description), TRUE);
  gtk_widget_add_css_class (description, "dim-label");

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");

  gtk_box_append (self->tests_section, heading);
  gtk_box_append (self->tests_section, description);
  gtk_box_append (self->tests_section, list);
  self->tests_list = list;

  for (guint kind = 0; kind < UPRIGHT_N_ASSESSMENT_KINDS; kind++)
    {
      GtkWidget *chart = g_object_new (GTK_TYPE_DRAWING_AREA,
                                       "accessible-role", GTK_ACCESSIBLE_ROLE_IMG,
                                       NULL);
      GtkWidget *chart_row;
      g_autofree char *label = NULL;

      self->test_rows[kind] = create_test_row (self, kind);
      gtk_list_box_append (GTK_LIST_BOX (list), self->test_rows[kind]);

      /* Translators: the accessible name of a chart, %s is a self-test */
      label = g_strdup_printf (_("Results of the %s"), upright_assessment_kind_get_title (kind));
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (chart), 110);
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (chart), draw_test_chart, NULL, NULL);
      gtk_accessible_update_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      g_object_set_data (G_OBJECT (chart), "kind", GUINT_TO_POINTER (kind));
      gtk_widget_set_margin_start (chart, 12);
      gtk_widget_set_margin_end (chart, 12);
      gtk_widget_set_margin_top (chart, 6);
      gtk_widget_set_margin_bottom (chart, 6);
      self->test_charts[kind] = chart;

      /* The results sit under the test they belong to. */
      chart_row = gtk_list_box_row_new ();
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (chart_row), FALSE);
      /* A stop for Tab like the week charts, named for what it shows (a
       * row that takes no focus would end Tab's way through the list). */
      gtk_accessible_update_property (GTK_ACCESSIBLE (chart_row), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (chart_row), chart);
      gtk_widget_set_visible (chart_row, FALSE);
      gtk_list_box_append (GTK_LIST_BOX (list), chart_row);
    }
}

/* Actions */

static void
more_history_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  UprightProgressPage *self = UPRIGHT_PROGRESS_PAGE (widget);

  self->history_days += HISTORY_DAYS_STEP;
  queue_refresh (self);
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  UprightProgressPage *self = UPRIGHT_PROGRESS_PAGE (widget);
  g_autoptr(UprightRecord) record = g_steal_pointer (&self->deleted);

  if (record == NULL || self->journal == NULL ||
      upright_journal_lookup (self->journal, upright_record_get_id (record)) != NULL)
    return;

  upright_journal_insert (self->journal, record);
}

static void
delete_record_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  UprightProgressPage *self = UPRIGHT_PROGRESS_PAGE (widget);
  g_autoptr(UprightRecord) record = NULL;
  g_autofree char *title = NULL;

  if (self->journal == NULL)
    return;

  record = upright_journal_remove (self->journal, g_variant_get_string (parameter, NULL));
  if (record == NULL)
    return;

  g_set_object (&self->deleted, record);

  /* Translators: %s is an exercise's title */
  title = g_strdup_printf (_("“%s” deleted"), record_title (self, record));
  upright_toast_show_undo (GTK_WIDGET (self), title, "progress.undo-delete");
}

/* Editing a record: how it went, not what was done, which the timer
 * counted. */

static void
edit_save_cb (GtkWidget *button,
              GtkWidget *window)
{
  UprightProgressPage *self = g_object_get_data (G_OBJECT (window), "page");
  UprightRecord *record = g_object_get_data (G_OBJECT (window), "record");
  g_autoptr(UprightRecord) copy = NULL;
  GtkEditable *note = g_object_get_data (G_OBJECT (window), "note");
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (note)));

  copy = upright_record_copy (record);
  upright_record_set_completed (copy, gtk_switch_get_active (g_object_get_data (G_OBJECT (window), "completed")));
  upright_record_set_effort (copy, (guint) gtk_spin_button_get_value_as_int (g_object_get_data (G_OBJECT (window), "effort")));
  upright_record_set_pain (copy, (guint) gtk_spin_button_get_value_as_int (g_object_get_data (G_OBJECT (window), "pain")));
  upright_record_set_note (copy, *text != '\0' ? text : NULL);

  if (self->journal != NULL && upright_journal_lookup (self->journal, upright_record_get_id (record)) == record)
    {
      upright_journal_replace (self->journal, copy);
      upright_journal_flush_async (self->journal, NULL, NULL, NULL);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWidget *
add_spin_row (GtkWidget  *list,
              const char *title,
              const char *name,
              const char *subtitle,
              guint       value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (0, 10, 1);

  /* The spin button is the row's one stop for Tab, named once. */
  gtk_widget_set_focusable (row, FALSE);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  upright_accessible_set_label (spin, name);
  gtk_list_box_append (GTK_LIST_BOX (list), row);

  return spin;
}

static void
edit_record_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  UprightProgressPage *self = UPRIGHT_PROGRESS_PAGE (widget);
  UprightRecord *record;
  GtkWidget *window, *box, *header, *cancel, *save, *list, *row, *completed, *effort, *pain, *note;
  GtkEventController *shortcuts;
  GtkRoot *root;

  if (self->journal == NULL ||
      (record = upright_journal_lookup (self->journal, g_variant_get_string (parameter, NULL))) == NULL)
    return;

  window = adw_window_new ();
  gtk_widget_set_name (window, "edit-record");
  gtk_window_set_title (GTK_WINDOW (window), record_title (self, record));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 460, -1);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (window), TRUE);
  root = gtk_widget_get_root (widget);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (root));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), window);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  save = gtk_button_new_with_mnemonic (_("_Save"));
  gtk_widget_set_name (save, "save");
  gtk_widget_add_css_class (save, "suggested-action");
  g_signal_connect (save, "clicked", G_CALLBACK (edit_save_cb), window);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  gtk_box_append (GTK_BOX (box), header);

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_set_margin_top (list, 18);
  gtk_widget_set_margin_bottom (list, 18);
  gtk_widget_set_margin_start (list, 18);
  gtk_widget_set_margin_end (list, 18);

  row = adw_action_row_new ();
  completed = gtk_switch_new ();
  gtk_switch_set_active (GTK_SWITCH (completed), upright_record_get_completed (record));
  gtk_widget_set_valign (completed, GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("I did it _all"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  gtk_widget_set_focusable (row, FALSE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), completed);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), completed);
  upright_accessible_set_label (completed, _("I did it all"));
  gtk_list_box_append (GTK_LIST_BOX (list), row);

  effort = add_spin_row (list, _("_Effort"), _("Effort"), _("0 = no effort, 10 = the most you could do"),
                         upright_record_get_effort (record));
  pain = add_spin_row (list, _("_Pain"), _("Pain"), _("0 = no pain, 10 = the worst pain"),
                       upright_record_get_pain (record));

  /* An entry of its own rather than an AdwEntryRow: libadwaita 1.2 never
   * tells a screen reader that the entry row has the focus. */
  row = adw_action_row_new ();
  note = gtk_entry_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("_Note"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_widget_set_valign (note, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (note, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (note), upright_record_get_note (record) != NULL ? upright_record_get_note (record) : "");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), note);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), note);
  upright_accessible_set_label (note, _("Note"));
  gtk_list_box_append (GTK_LIST_BOX (list), row);

  gtk_box_append (GTK_BOX (box), list);
  adw_window_set_content (ADW_WINDOW (window), box);

  g_object_set_data_full (G_OBJECT (window), "page", g_object_ref (self), g_object_unref);
  g_object_set_data_full (G_OBJECT (window), "record", g_object_ref (record), g_object_unref);
  g_object_set_data (G_OBJECT (window), "completed", completed);
  g_object_set_data (G_OBJECT (window), "effort", effort);
  g_object_set_data (G_OBJECT (window), "pain", pain);
  g_object_set_data (G_OBJECT (window), "note", note);

  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (window, shortcuts);

  upright_accessible_fix_names (window);
  gtk_window_present (GTK_WINDOW (window));
}

static void
log_walk_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  UprightProgressPage *self = UPRIGHT_PROGRESS_PAGE (widget);
  UprightWalkDialog *dialog;
  GtkRoot *root;

  if (self->journal == NULL)
    return;

  dialog = upright_walk_dialog_new (self->journal);
  root = gtk_widget_get_root (widget);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
start_test_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  UprightProgressPage *self = UPRIGHT_PROGRESS_PAGE (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  UprightSelfTestDialog *dialog;
  GtkRoot *root;

  if (self->journal == NULL)
    return;

  for (guint kind = 0; kind < UPRIGHT_N_ASSESSMENT_KINDS; kind++)
    {
      if (!g_str_equal (id, test_ids[kind]))
        continue;

      dialog = upright_self_test_dialog_new (kind, self->journal, self->cues);
      if (self->settings != NULL)
        {
          upright_self_test_dialog_set_walking_aid (dialog, g_settings_get_boolean (self->settings, "safety-walking-aid"));
          upright_self_test_dialog_set_settings (dialog, self->settings);
        }
      root = gtk_widget_get_root (widget);
      if (GTK_IS_WINDOW (root))
        gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
}

/* Files: a chooser, then the work in the background. */

static void
show_error (UprightProgressPage *self,
            const char          *title,
            const GError        *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, title, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
saved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(UprightProgressPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  if (!g_file_replace_contents_finish (G_FILE (object), result, NULL, &error))
    {
      show_error (self, _("The File Could Not Be Saved"), error);
      return;
    }

  {
    g_autofree char *path = g_file_get_path (G_FILE (object));
    g_autofree char *display = path != NULL ? g_filename_display_basename (path)
                                            : g_file_get_parse_name (G_FILE (object));

    /* A toast's title is markup; a file name need not be UTF-8. */
    name = g_markup_escape_text (display, -1);
  }
  /* Translators: %s is the name of a file */
  title = g_strdup_printf (_("Saved as “%s”"), name);
  upright_toast_show (GTK_WIDGET (self), adw_toast_new (title));
}

static void
save_bytes (UprightProgressPage *self,
            GFile               *file,
            GBytes              *bytes)
{
  g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE,
                                       G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                                       NULL, saved_cb, g_object_ref (self));
}

typedef void (*ChosenFunc) (UprightProgressPage *self,
                            GFile               *file);

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     gpointer         user_data)
{
  UprightProgressPage *self = UPRIGHT_PROGRESS_PAGE (g_object_get_data (G_OBJECT (chooser), "page"));
  ChosenFunc func = g_object_get_data (G_OBJECT (chooser), "func");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        func (self, file);
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
choose_file (UprightProgressPage  *self,
             const char           *title,
             GtkFileChooserAction  action,
             const char           *accept,
             const char           *name,
             const char           *mime_type,
             const char           *filter_name,
             ChosenFunc            func)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (title, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         action, accept, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  if (name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_filter_set_name (filter, filter_name);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);

  g_object_set_data_full (G_OBJECT (chooser), "page", g_object_ref (self), g_object_unref);
  g_object_set_data (G_OBJECT (chooser), "func", func);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), NULL);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static char *
dated_name (const char *what,
            const char *extension)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");

  return g_strdup_printf ("%s %s.%s", what, date, extension);
}

/**
 * upright_progress_page_make_report:
 * @self: the progress page
 * @n_weeks: 4 or 12, or any number of weeks
 * @error: where to say what went wrong
 *
 * Returns: (transfer full) (nullable): the PDF report of the last @n_weeks
 */
GBytes *
upright_progress_page_make_report (UprightProgressPage  *self,
                                   guint                 n_weeks,
                                   GError              **error)
{
  UprightReport report = { 0 };

  g_return_val_if_fail (UPRIGHT_IS_PROGRESS_PAGE (self), NULL);
  g_return_val_if_fail (self->journal != NULL, NULL);

  report.records = G_LIST_MODEL (self->journal);
  report.assessments = upright_journal_get_assessments (self->journal);
  report.catalog = self->catalog;
  upright_progress_page_get_goals (self, &report.goals);
  get_today (self, &report.today);
  report.n_weeks = n_weeks;

  return upright_report_to_pdf (&report, error);
}

static void
pdf_chosen (UprightProgressPage *self,
            GFile               *file)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  bytes = upright_progress_page_make_report (self, self->report_weeks, &error);
  if (bytes == NULL)
    show_error (self, _("The Report Could Not Be Made"), error);
  else
    save_bytes (self, file, bytes);
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  UprightProgressPage *self = UPRIGHT_PROGRESS_PAGE (widget);
  /* Translators: the start of a report's file name, followed by the date */
  g_autofree char *name = dated_name (_("Exercise report"), "pdf");

  self->report_weeks = g_variant_get_uint32 (parameter);
  choose_file (self, _("Save the Report"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"),
               name, "application/pdf", _("PDF Documents"), pdf_chosen);
}

static void
csv_chosen (UprightProgressPage *self,
            GFile               *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = upright_export_csv (G_LIST_MODEL (self->journal), self->catalog, &error);
  g_autoptr(GBytes) bytes = NULL;
  gsize length;

  if (csv == NULL)
    {
      show_error (self, _("The Spreadsheet Could Not Be Made"), error);
      return;
    }

  length = strlen (csv);
  bytes = g_bytes_new_take (g_steal_pointer (&csv), length);
  save_bytes (self, file, bytes);
}

static void
export_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  /* Translators: the start of a spreadsheet's file name, followed by the date */
  g_autofree char *name = dated_name (_("Exercise records"), "csv");

  choose_file (UPRIGHT_PROGRESS_PAGE (widget), _("Save the Records as a Spreadsheet"),
               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), name, "text/csv",
               _("Spreadsheets (CSV)"), csv_chosen);
}

static void
backup_chosen (UprightProgressPage *self,
               GFile               *file)
{
  g_autoptr(GBytes) bytes = upright_journal_to_bytes (self->journal);

  save_bytes (self, file, bytes);
}

static void
backup_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  /* Translators: the start of a backup's file name, followed by the date */
  g_autofree char *name = dated_name (_("Upright backup"), "json");

  choose_file (UPRIGHT_PROGRESS_PAGE (widget), _("Save a Backup"), GTK_FILE_CHOOSER_ACTION_SAVE,
               _("_Save"), name, "application/json", _("Upright Backups (JSON)"), backup_chosen);
}

/**
 * upright_progress_page_restore:
 * @self: the progress page
 * @bytes: the contents of a backup
 * @error: where to say why it cannot be restored
 *
 * Replaces the journal with the backup, checked first, and offers to undo.
 *
 * Returns: whether the backup was restored
 */
gboolean
upright_progress_page_restore (UprightProgressPage  *self,
                               GBytes               *bytes,
                               GError              **error)
{
  g_autoptr(GBytes) before = NULL;
  g_autofree char *title = NULL;
  guint n;

  g_return_val_if_fail (UPRIGHT_IS_PROGRESS_PAGE (self), FALSE);
  g_return_val_if_fail (self->journal != NULL, FALSE);

  before = upright_journal_to_bytes (self->journal);
  if (!upright_journal_restore (self->journal, bytes, error))
    return FALSE;
  upright_journal_flush_async (self->journal, NULL, NULL, NULL);

  g_clear_pointer (&self->before_restore, g_bytes_unref);
  self->before_restore = g_steal_pointer (&before);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->journal));
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Backup restored: %u record", "Backup restored: %u records", n),
                           n);
  upright_toast_show_undo (GTK_WIDGET (self), title, "progress.undo-restore");

  return TRUE;
}

static void
restore_loaded_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(UprightProgressPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  bytes = g_file_load_bytes_finish (G_FILE (object), result, NULL, &error);
  if (bytes == NULL || !upright_progress_page_restore (self, bytes, &error))
    show_error (self, _("The Backup Could Not Be Restored"), error);
}

static void
restore_chosen (UprightProgressPage *self,
                GFile               *file)
{
  g_file_load_bytes_async (file, NULL, restore_loaded_cb, g_object_ref (self));
}

static void
restore_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  choose_file (UPRIGHT_PROGRESS_PAGE (widget), _("Restore a Backup"), GTK_FILE_CHOOSER_ACTION_OPEN,
               _("_Restore"), NULL, "application/json", _("Upright Backups (JSON)"), restore_chosen);
}

static void
undo_restore_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  UprightProgressPage *self = UPRIGHT_PROGRESS_PAGE (widget);
  g_autoptr(GBytes) before = g_steal_pointer (&self->before_restore);
  g_autoptr(GError) error = NULL;

  if (before == NULL || self->journal == NULL)
    return;

  if (upright_journal_restore (self->journal, before, &error))
    upright_journal_flush_async (self->journal, NULL, NULL, NULL);
  else
    show_error (self, _("The Backup Could Not Be Undone"), error);
}

/* Setup */

static void
journal_changed_cb (UprightProgressPage *self)
{
  queue_refresh (self);
}

/**
 * upright_progress_page_setup:
 * @self: the progress page
 * @journal: the user's journal
 * @catalog: (nullable): the exercises, for their titles
 * @settings: the application settings, for the weekly goals
 * @cues: (nullable): the sound cues of the self-tests
 *
 * Called once.
 */
void
upright_progress_page_setup (UprightProgressPage *self,
                             UprightJournal      *journal,
                             UprightCatalog      *catalog,
                             GSettings           *settings,
                             UprightCueSound     *cues)
{
  g_return_if_fail (UPRIGHT_IS_PROGRESS_PAGE (self));
  g_return_if_fail (UPRIGHT_IS_JOURNAL (journal));
  g_return_if_fail (catalog == NULL || UPRIGHT_IS_CATALOG (catalog));
  g_return_if_fail (G_IS_SETTINGS (settings));
  g_return_if_fail (self->journal == NULL);

  self->journal = g_object_ref (journal);
  self->catalog = catalog != NULL ? g_object_ref (catalog) : NULL;
  self->settings = g_object_ref (settings);
  self->cues = cues != NULL ? g_object_ref (cues) : NULL;

  g_signal_connect_object (journal, "items-changed", G_CALLBACK (journal_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (upright_journal_get_assessments (journal), "items-changed",
                           G_CALLBACK (journal_changed_cb), self, G_CONNECT_SWAPPED);
  for (guint goal = 0; goal < UPRIGHT_N_GOALS; goal++)
    {
      g_autofree char *signal = g_strdup_printf ("changed::%s", goal_info[goal].key);

      g_signal_connect_object (settings, signal, G_CALLBACK (journal_changed_cb), self, G_CONNECT_SWAPPED);
    }

  upright_progress_page_refresh (self);
}

static void
upright_progress_page_dispose (GObject *object)
{
  UprightProgressPage *self = UPRIGHT_PROGRESS_PAGE (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (object), UPRIGHT_TYPE_PROGRESS_PAGE);

  g_clear_object (&self->deleted);
  g_clear_pointer (&self->before_restore, g_bytes_unref);
  g_clear_object (&self->cues);
  g_clear_object (&self->journal);
  g_clear_object (&self->catalog);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (upright_progress_page_parent_class)->dispose (object);
}

static void
upright_progress_page_class_init (UprightProgressPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = upright_progress_page_dispose;

  g_type_ensure (UPRIGHT_TYPE_PROGRESS_CHART);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/upright-progress-page.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, UprightProgressPage, name)
  BIND (stack);
  BIND (week_label);
  BIND (goals_box);
  BIND (streak_label);
  BIND (charts_box);
  BIND (tests_section);
  BIND (history_box);
  BIND (more_button);
  BIND (range_8_button);
  BIND (range_26_button);
  BIND (range_52_button);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, range_toggled_cb);

  gtk_widget_class_install_action (widget_class, "progress.more-history", NULL, more_history_action);
  gtk_widget_class_install_action (widget_class, "progress.delete-record", "s", delete_record_action);
  gtk_widget_class_install_action (widget_class, "progress.undo-delete", NULL, undo_delete_action);
  gtk_widget_class_install_action (widget_class, "progress.edit-record", "s", edit_record_action);
  gtk_widget_class_install_action (widget_class, "progress.start-test", "s", start_test_action);
  gtk_widget_class_install_action (widget_class, "progress.log-walk", NULL, log_walk_action);
  gtk_widget_class_install_action (widget_class, "progress.export-pdf", "u", export_pdf_action);
  gtk_widget_class_install_action (widget_class, "progress.export-csv", NULL, export_csv_action);
  gtk_widget_class_install_action (widget_class, "progress.backup", NULL, backup_action);
  gtk_widget_class_install_action (widget_class, "progress.restore", NULL, restore_action);
  gtk_widget_class_install_action (widget_class, "progress.undo-restore", NULL, undo_restore_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "progresspage");
}

static void
upright_progress_page_init (UprightProgressPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_date_clear (&self->fixed_today, 1);
  self->n_weeks = 8;
  self->history_days = HISTORY_DAYS_STEP;

  for (guint goal = 0; goal < UPRIGHT_N_GOALS; goal++)
    {
      self->cards[goal] = create_card (goal);
      gtk_flow_box_append (self->goals_box, self->cards[goal]);
      /* The cards are for reading, not for choosing. */
      gtk_widget_set_focusable (gtk_widget_get_parent (self->cards[goal]), FALSE);
    }

  for (guint i = 0; i < G_N_ELEMENTS (chart_info); i++)
    {
      GtkWidget *chart = create_chart (chart_info[i].metric, _(chart_info[i].title));

      self->charts[chart_info[i].metric] = chart;
      gtk_box_append (self->charts_box, g_object_get_data (G_OBJECT (chart), "box"));
    }

  build_tests_section (self);
}
