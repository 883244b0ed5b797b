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
#include "widgets/upright-accessible.h"
#include "widgets/upright-progress-chart.h"
#include "widgets/upright-toast.h"

#include "upright-goal-card.h"
#include "upright-progress-files.h"
#include "upright-record-editor.h"
#include "upright-self-test-dialog.h"
#include "upright-self-tests.h"
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

  /* The record deleted last, for Undo. */
  UprightRecord   *deleted;
  /* The report, the spreadsheet and backups. */
  UprightProgressFiles *files;

  GtkWidget       *cards[UPRIGHT_N_GOALS];
  GtkWidget       *charts[UPRIGHT_CHART_PAIN + 1];

  /* Template widgets */
  GtkStack        *stack;
  GtkLabel        *week_label;
  GtkFlowBox      *goals_box;
  GtkLabel        *streak_label;
  GtkBox          *charts_box;
  UprightSelfTests *self_tests;
  GtkBox          *history_box;
  GtkWidget       *more_button;
  GtkToggleButton *range_8_button;
  GtkToggleButton *range_26_button;
  GtkToggleButton *range_52_button;
};

G_DEFINE_FINAL_TYPE (UprightProgressPage, upright_progress_page, GTK_TYPE_WIDGET)

#define HISTORY_DAYS_STEP 14


/* The settings of the weekly goals. */
static const char * const goal_keys[UPRIGHT_N_GOALS] = {
  [UPRIGHT_GOAL_STRENGTH] = "goal-strength-days",
  [UPRIGHT_GOAL_BALANCE] = "goal-balance-minutes",
  [UPRIGHT_GOAL_POSTURE] = "goal-posture-days",
  [UPRIGHT_GOAL_IMPACT] = "goal-impact-days",
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
    {
      guint target = upright_goals_get_target (&goals, goal);

      upright_goal_card_set_progress (UPRIGHT_GOAL_CARD (self->cards[goal]),
                                      upright_week_get_progress (week, goal), target);
      /* An optional goal that is off is not a card to fill. */
      gtk_widget_set_visible (gtk_widget_get_parent (self->cards[goal]),
                              target > 0 || goal != UPRIGHT_GOAL_IMPACT);
    }

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
          /* "Wednesday 25 November 2026" in large text is wider than a phone. */
          gtk_label_set_wrap (GTK_LABEL (label), TRUE);
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
  upright_self_tests_update (self->self_tests, upright_journal_get_assessments (self->journal));

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

static void
edit_record_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  UprightProgressPage *self = UPRIGHT_PROGRESS_PAGE (widget);
  UprightRecordEditor *editor;
  UprightRecord *record;
  GtkRoot *root;

  if (self->journal == NULL ||
      (record = upright_journal_lookup (self->journal, g_variant_get_string (parameter, NULL))) == NULL)
    return;

  editor = upright_record_editor_new (self->journal, record, record_title (self, record));
  root = gtk_widget_get_root (widget);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (editor));
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
  UprightAssessmentKind kind;
  UprightSelfTestDialog *dialog;
  GtkRoot *root;

  if (self->journal == NULL || !upright_self_tests_find_kind (g_variant_get_string (parameter, NULL), &kind))
    return;

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
}

/* Files: the report, the spreadsheet and backups, in UprightProgressFiles. */

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
  UprightGoals goals;
  GDate today;

  g_return_val_if_fail (UPRIGHT_IS_PROGRESS_PAGE (self), NULL);
  g_return_val_if_fail (self->files != NULL, NULL);

  upright_progress_page_get_goals (self, &goals);
  get_today (self, &today);

  return upright_progress_files_make_report (self->files, &goals, &today, n_weeks, error);
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  UprightProgressPage *self = UPRIGHT_PROGRESS_PAGE (widget);
  UprightGoals goals;
  GDate today;

  if (self->files == NULL)
    return;

  upright_progress_page_get_goals (self, &goals);
  get_today (self, &today);
  upright_progress_files_export_report (self->files, &goals, &today, g_variant_get_uint32 (parameter));
}

static void
export_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  UprightProgressPage *self = UPRIGHT_PROGRESS_PAGE (widget);

  if (self->files != NULL)
    upright_progress_files_export_csv (self->files);
}

static void
backup_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  UprightProgressPage *self = UPRIGHT_PROGRESS_PAGE (widget);

  if (self->files != NULL)
    upright_progress_files_backup (self->files);
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
  g_return_val_if_fail (UPRIGHT_IS_PROGRESS_PAGE (self), FALSE);
  g_return_val_if_fail (self->files != NULL, FALSE);

  return upright_progress_files_restore (self->files, bytes, error);
}

static void
restore_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  UprightProgressPage *self = UPRIGHT_PROGRESS_PAGE (widget);

  if (self->files != NULL)
    upright_progress_files_choose_backup (self->files);
}

static void
undo_restore_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  UprightProgressPage *self = UPRIGHT_PROGRESS_PAGE (widget);

  if (self->files != NULL)
    upright_progress_files_undo_restore (self->files);
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
  self->files = upright_progress_files_new (GTK_WIDGET (self), journal, catalog);

  g_signal_connect_object (journal, "items-changed", G_CALLBACK (journal_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (upright_journal_get_assessments (journal), "items-changed",
                           G_CALLBACK (journal_changed_cb), self, G_CONNECT_SWAPPED);
  for (guint goal = 0; goal < UPRIGHT_N_GOALS; goal++)
    {
      g_autofree char *signal = g_strdup_printf ("changed::%s", goal_keys[goal]);

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
  g_clear_object (&self->files);
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
  g_type_ensure (UPRIGHT_TYPE_SELF_TESTS);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/upright-progress-page.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, UprightProgressPage, name)
  BIND (stack);
  BIND (week_label);
  BIND (goals_box);
  BIND (streak_label);
  BIND (charts_box);
  BIND (self_tests);
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
      self->cards[goal] = upright_goal_card_new (goal);
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

}
