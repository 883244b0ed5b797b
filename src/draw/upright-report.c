/* upright-report.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "core/upright-assessment.h"
#include "core/upright-record.h"

#include "upright-chart.h"
#include "upright-report.h"

/* A report for a clinician visit, on A4 paper: the goals met week by
 * week, the charts of the Progress page, the self-tests and every session.
 *
 * The first page has the goals and the charts of the weekly doses, the
 * second the effort and pain and the self-tests, and the table of sessions
 * follows with a fixed number of rows a page, so that the number of pages
 * is known before drawing. Notes are cut to a line so that rows keep their
 * height.
 */

/* A4 in points, with margins of two thirds of an inch. */
#define PAGE_WIDTH    595.28
#define PAGE_HEIGHT   841.89
#define MARGIN        48.0
#define CONTENT_WIDTH (PAGE_WIDTH - 2 * MARGIN)
#define CHART_HEIGHT  140.0
#define ROW_HEIGHT    21.0

/* Colours that print well on white paper. */
static const UprightChartStyle paper_style = {
  { 0.12, 0.12, 0.12, 1.0 },
  { 0.11, 0.44, 0.85, 1.0 },
  { 0.15, 0.64, 0.41, 1.0 },
  { 0.78, 0.27, 0.0, 1.0 },
  TRUE,
};

typedef struct {
  const UprightReport *report;
  GDate                first;
  GDate                last;
  GArray              *weeks;
  GPtrArray           *sessions;
  GPtrArray           *tests;
  cairo_t             *cr;
  PangoContext        *context;
  double               y;
  guint                page;
  guint                n_pages;
} Writer;

static void
range (const UprightReport *report,
       GDate               *first,
       GDate               *last)
{
  GDate monday;

  upright_stats_week_start (&report->today, &monday);
  *last = monday;
  g_date_add_days (last, 6);
  *first = monday;
  g_date_subtract_days (first, 7 * (MAX (report->n_weeks, 1) - 1));
}

static gboolean
in_range (const GDate *day,
          const GDate *first,
          const GDate *last)
{
  return g_date_compare (day, first) >= 0 && g_date_compare (day, last) <= 0;
}

static void
time_to_date (GDateTime *time,
              GDate     *day)
{
  int year, month, d;

  g_date_time_get_ymd (time, &year, &month, &d);
  g_date_clear (day, 1);
  g_date_set_dmy (day, d, month, year);
}

static GPtrArray *
collect_sessions (const UprightReport *report,
                  const GDate         *first,
                  const GDate         *last)
{
  GPtrArray *sessions = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (report->records); i++)
    {
      g_autoptr(UprightRecord) record = g_list_model_get_item (report->records, i);
      GDate day;

      upright_stats_record_day (record, &day);
      if (in_range (&day, first, last))
        g_ptr_array_add (sessions, g_steal_pointer (&record));
    }

  return sessions;
}

static GPtrArray *
collect_tests (const UprightReport *report,
               const GDate         *first,
               const GDate         *last)
{
  GPtrArray *tests = g_ptr_array_new_with_free_func (g_object_unref);

  if (report->assessments == NULL)
    return tests;

  for (guint i = 0; i < g_list_model_get_n_items (report->assessments); i++)
    {
      g_autoptr(UprightAssessment) test = g_list_model_get_item (report->assessments, i);
      GDate day;

      time_to_date (upright_assessment_get_time (test), &day);
      if (in_range (&day, first, last))
        g_ptr_array_add (tests, g_steal_pointer (&test));
    }

  return tests;
}

/**
 * upright_report_count_sessions:
 * @report: what to report
 *
 * Returns: how many sessions the report's table lists
 */
guint
upright_report_count_sessions (const UprightReport *report)
{
  g_autoptr(GPtrArray) sessions = NULL;
  GDate first, last;

  g_return_val_if_fail (report != NULL, 0);
  g_return_val_if_fail (G_IS_LIST_MODEL (report->records), 0);

  range (report, &first, &last);
  sessions = collect_sessions (report, &first, &last);

  return sessions->len;
}

/**
 * upright_report_count_pages:
 * @report: what to report
 *
 * Returns: how many pages the report has: two, and the table of sessions
 */
guint
upright_report_count_pages (const UprightReport *report)
{
  guint n_sessions = upright_report_count_sessions (report);

  return 2 + MAX ((n_sessions + UPRIGHT_REPORT_ROWS_PER_PAGE - 1) / UPRIGHT_REPORT_ROWS_PER_PAGE, 1);
}

/* Drawing */

/* Writes @text at the current line, and moves below it. */
static double
write_text (Writer     *w,
            const char *text,
            double      x,
            double      width,
            double      points,
            gboolean    bold,
            gboolean    one_line)
{
  g_autoptr(PangoLayout) layout = pango_layout_new (w->context);
  PangoFontDescription *font = pango_font_description_from_string ("Sans");
  int height;

  pango_font_description_set_absolute_size (font, points * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  if (one_line)
    {
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_single_paragraph_mode (layout, TRUE);
    }
  else
    pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);

  cairo_move_to (w->cr, x, w->y);
  pango_cairo_show_layout (w->cr, layout);
  pango_layout_get_pixel_size (layout, NULL, &height);

  return height;
}

static void
write_line (Writer     *w,
            const char *text,
            double      points,
            gboolean    bold,
            double      space_after)
{
  upright_color_set_source (w->cr, &paper_style.fg, 1.0);
  w->y += write_text (w, text, MARGIN, CONTENT_WIDTH, points, bold, FALSE) + space_after;
}

static void
begin_page (Writer *w)
{
  g_autofree char *footer = NULL;
  char made[64];
  GDate today = w->report->today;

  w->page++;
  w->y = MARGIN;

  if (g_date_strftime (made, sizeof made, C_("report date", "%-d %B %Y"), &today) == 0)
    made[0] = '\0';

  /* Translators: the foot of each page of the report: the day it shows
   * and the page, “Upright · 26 November 2026 · page 2 of 4” */
  footer = g_strdup_printf (_("Upright · %s · page %u of %u"), g_strstrip (made), w->page, w->n_pages);
  upright_color_set_source (w->cr, &paper_style.fg, 0.6);
  cairo_save (w->cr);
  w->y = PAGE_HEIGHT - MARGIN + 12;
  write_text (w, footer, MARGIN, CONTENT_WIDTH, 8, FALSE, TRUE);
  cairo_restore (w->cr);
  w->y = MARGIN;
}

static void
end_page (Writer *w)
{
  cairo_show_page (w->cr);
}

static void
write_chart (Writer             *w,
             UprightChartMetric  metric,
             const char         *title,
             guint               target)
{
  write_line (w, title, 11, TRUE, 4);

  cairo_save (w->cr);
  cairo_translate (w->cr, MARGIN, w->y);
  upright_chart_draw_weeks (w->cr, w->context, &paper_style, metric, w->weeks, target,
                               &w->report->today, CONTENT_WIDTH, CHART_HEIGHT);
  cairo_restore (w->cr);

  w->y += CHART_HEIGHT + 14;
}

static char *
format_date (const GDate *day,
             const char  *format)
{
  char text[128];

  if (g_date_strftime (text, sizeof text, format, day) == 0)
    return g_strdup ("?");

  return g_strdup (g_strstrip (text));
}

static char *
describe_goal (const UprightWeek *weeks,
               guint              n_weeks,
               const UprightGoals *goals,
               UprightGoal        goal)
{
  guint target = upright_goals_get_target (goals, goal);
  guint met = 0;
  g_autofree char *what = NULL;

  for (guint i = 0; i < n_weeks; i++)
    if (upright_week_meets (&weeks[i], goals, goal))
      met++;

  switch (goal)
    {
    case UPRIGHT_GOAL_STRENGTH:
      what = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Strength exercise on %u day a week",
                                           "Strength exercise on %u days a week", target), target);
      break;
    case UPRIGHT_GOAL_BALANCE:
      what = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u minute of balance exercise a week",
                                           "%u minutes of balance exercise a week", target), target);
      break;
    case UPRIGHT_GOAL_POSTURE:
      what = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Posture exercise on %u day a week",
                                           "Posture exercise on %u days a week", target), target);
      break;
    case UPRIGHT_GOAL_IMPACT:
      what = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Impact exercise on %u day a week",
                                           "Impact exercise on %u days a week", target), target);
      break;
    default:
      g_assert_not_reached ();
    }

  /* Translators: a weekly goal, then in how many weeks of the report it
   * was met: “Strength exercise on 2 days a week: met in 9 of 12 weeks” */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: met in %u of %u week", "%s: met in %u of %u weeks",
                                       n_weeks),
                          what, met, n_weeks);
}

static void
write_first_page (Writer *w)
{
  const UprightReport *report = w->report;
  g_autofree char *from = format_date (&w->first, C_("report date", "%-d %B %Y"));
  g_autofree char *to = format_date (&report->today, C_("report date", "%-d %B %Y"));
  g_autofree char *period = NULL;

  begin_page (w);

  write_line (w, _("Exercise Report"), 22, TRUE, 4);
  /* Translators: the days a report covers, and how many weeks that is */
  period = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s to %s (%u week)", "%s to %s (%u weeks)",
                                         report->n_weeks),
                            from, to, report->n_weeks);
  write_line (w, period, 12, FALSE, 10);
  write_line (w, _("The exercise recorded in Upright, to talk over with your physiotherapist or doctor. "
                   "It is information, not medical advice. Effort and pain are the person's own ratings "
                   "from 0 to 10."),
              9.5, FALSE, 14);

  write_line (w, _("Weekly Goals"), 14, TRUE, 6);
  for (guint goal = 0; goal < UPRIGHT_N_GOALS; goal++)
    {
      g_autofree char *line = NULL;

      if (upright_goals_get_target (&report->goals, goal) == 0)
        continue;

      line = describe_goal ((const UprightWeek *) w->weeks->data, w->weeks->len, &report->goals, goal);
      write_line (w, line, 10, FALSE, 3);
    }
  write_line (w, _("The goals follow guidelines for people with osteoporosis: Too Fit To Fracture "
                   "(Giangregorio and colleagues, 2014 and 2015), the UK consensus statement “Strong, "
                   "steady and straight” (2022) and the World Health Organization (2020)."),
              8.5, FALSE, 14);

  write_chart (w, UPRIGHT_CHART_STRENGTH, _("Days with Strength Exercise"),
               report->goals.strength_days);
  write_chart (w, UPRIGHT_CHART_BALANCE, _("Minutes of Balance Exercise"),
               report->goals.balance_minutes);
  write_chart (w, UPRIGHT_CHART_POSTURE, _("Days with Posture Exercise"),
               report->goals.posture_days);

  end_page (w);
}

static char *
describe_test (UprightAssessment *test)
{
  if (upright_assessment_get_kind (test) == UPRIGHT_ASSESSMENT_CHAIR_STAND)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u stand in 30 seconds", "%u stands in 30 seconds",
                                         upright_assessment_get_stands (test)),
                            upright_assessment_get_stands (test));
  if (upright_assessment_get_kind (test) == UPRIGHT_ASSESSMENT_TIMED_UP_AND_GO)
    /* Translators: the Timed Up and Go, in seconds */
    return g_strdup_printf (_("%.1f seconds to stand, walk 3 metres and back, and sit"),
                            upright_assessment_get_tenths (test) / 10.0);

  /* Translators: the 4-Stage Balance Test: how many stances were held for
   * 10 seconds, then the seconds of each */
  return g_strdup_printf (_("%u of 4 stances held for 10 seconds (%u, %u, %u and %u seconds)"),
                          upright_assessment_get_stages_passed (test),
                          upright_assessment_get_stage (test, 0), upright_assessment_get_stage (test, 1),
                          upright_assessment_get_stage (test, 2), upright_assessment_get_stage (test, 3));
}

static void
write_second_page (Writer *w)
{
  begin_page (w);

  write_line (w, _("How It Felt"), 14, TRUE, 8);
  write_chart (w, UPRIGHT_CHART_EFFORT, _("Average Effort (0 to 10)"), 0);
  write_line (w, _("The shaded band, 5 to 8, is the effort guidelines suggest for strength exercise."),
              8.5, FALSE, 10);
  write_chart (w, UPRIGHT_CHART_PAIN, _("Worst Pain (0 to 10)"), 0);

  write_line (w, _("Self-Tests"), 14, TRUE, 6);
  write_line (w, _("The 30-Second Chair Stand and the 4-Stage Balance Test of STEADI, from the US Centers "
                   "for Disease Control and Prevention."),
              8.5, FALSE, 8);

  if (w->tests->len == 0)
    write_line (w, _("No self-tests in these weeks."), 10, FALSE, 0);

  for (guint i = 0; i < w->tests->len; i++)
    {
      UprightAssessment *test = g_ptr_array_index (w->tests, i);
      g_autofree char *when = g_date_time_format (upright_assessment_get_time (test), C_("report date", "%-d %B %Y"));
      g_autofree char *result = describe_test (test);
      g_autofree char *line = NULL;

      /* Translators: a self-test in the report: when, which, and the result */
      line = g_strdup_printf (_("%s · %s: %s"), g_strstrip (when),
                              upright_assessment_kind_get_title (upright_assessment_get_kind (test)), result);
      write_line (w, line, 10, FALSE, 3);

      /* The page holds about twenty; any more are in the backup. */
      if (w->y > PAGE_HEIGHT - MARGIN - 2 * ROW_HEIGHT && i + 1 < w->tests->len)
        {
          g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more",
                                                                "and %u more", w->tests->len - i - 1),
                                                   w->tests->len - i - 1);

          write_line (w, more, 10, FALSE, 0);
          break;
        }
    }

  end_page (w);
}

/* The table's columns: date, exercise, what was done, effort, pain, note. */
static const double column_x[] = { 0, 70, 210, 305, 370, 425 };
#define N_COLUMNS G_N_ELEMENTS (column_x)

static void
write_row (Writer      *w,
           const char **cells,
           gboolean     header)
{
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      double x = MARGIN + column_x[c];
      double width = (c + 1 < N_COLUMNS ? column_x[c + 1] : CONTENT_WIDTH) - column_x[c] - 6;

      upright_color_set_source (w->cr, &paper_style.fg, 1.0);
      write_text (w, cells[c] != NULL ? cells[c] : "", x, width, 9, header, TRUE);
    }

  w->y += ROW_HEIGHT;

  upright_color_set_source (w->cr, &paper_style.fg, header ? 0.6 : 0.15);
  cairo_set_line_width (w->cr, header ? 1 : 0.5);
  cairo_move_to (w->cr, MARGIN, w->y - 5);
  cairo_line_to (w->cr, MARGIN + CONTENT_WIDTH, w->y - 5);
  cairo_stroke (w->cr);
}

static const char *
exercise_title (const UprightReport *report,
                UprightRecord       *record)
{
  UprightExercise *exercise = report->catalog != NULL
    ? upright_catalog_lookup (report->catalog, upright_record_get_exercise_id (record))
    : NULL;

  return exercise != NULL ? upright_exercise_get_title (exercise) : upright_record_get_exercise_id (record);
}

static char *
describe_done (UprightRecord *record)
{
  guint sets = upright_record_get_sets_done (record);
  guint reps = upright_record_get_reps_done (record);
  guint hold = upright_record_get_hold_seconds (record);
  g_autofree char *amount = NULL;

  if (reps > 0)
    amount = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u rep", "%u reps", reps), reps);
  else if (hold > 0)
    amount = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "hold %u second", "hold %u seconds", hold), hold);
  else
    amount = g_strdup ("—");

  if (sets > 1)
    {
      g_autofree char *set_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u set", "%u sets", sets), sets);

      /* Translators: sets, then what was done: “2 sets, 20 reps” */
      return g_strdup_printf (_("%s, %s"), set_text, amount);
    }

  return g_steal_pointer (&amount);
}

static void
write_sessions (Writer *w)
{
  const char *header[N_COLUMNS] = {
    _("Date"), _("Exercise"), _("Done"), _("Effort"), _("Pain"), _("Note"),
  };
  guint n = w->sessions->len;
  guint i = 0;

  do
    {
      g_autofree char *title = NULL;

      begin_page (w);

      title = w->page == 3 ? g_strdup (_("Sessions"))
                           /* Translators: the heading of the table of sessions
                            * when it goes on over another page */
                           : g_strdup (_("Sessions, continued"));
      write_line (w, title, 14, TRUE, 8);
      write_row (w, header, TRUE);

      if (n == 0)
        write_line (w, _("No sessions in these weeks."), 10, FALSE, 0);

      for (guint row = 0; row < UPRIGHT_REPORT_ROWS_PER_PAGE && i < n; row++, i++)
        {
          UprightRecord *record = g_ptr_array_index (w->sessions, i);
          g_autofree char *date = g_date_time_format (upright_record_get_start (record), C_("report table date", "%-d %b %Y"));
          g_autofree char *done = describe_done (record);
          g_autofree char *effort = g_strdup_printf ("%u", upright_record_get_effort (record));
          g_autofree char *pain = g_strdup_printf ("%u", upright_record_get_pain (record));
          const char *cells[N_COLUMNS] = {
            g_strstrip (date), exercise_title (w->report, record), done, effort, pain,
            upright_record_get_note (record),
          };

          write_row (w, cells, FALSE);
        }

      end_page (w);
    }
  while (i < n);
}

static cairo_status_t
write_to_bytes (void                *closure,
                const unsigned char *data,
                unsigned int         length)
{
  g_byte_array_append (closure, data, length);

  return CAIRO_STATUS_SUCCESS;
}

/**
 * upright_report_to_pdf:
 * @report: what to report
 * @error: where to say what went wrong
 *
 * Draws the report as a PDF document.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL
 */
GBytes *
upright_report_to_pdf (const UprightReport  *report,
                       GError              **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autoptr(GArray) weeks = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) tests = NULL;
  PangoContext *context;
  PangoFontDescription *font;
  g_autofree char *title = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  Writer w = { 0 };

  g_return_val_if_fail (report != NULL, NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (report->records), NULL);
  g_return_val_if_fail (g_date_valid (&report->today), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  w.report = report;
  range (report, &w.first, &w.last);
  weeks = upright_stats_weeks (report->records, &w.first, MAX (report->n_weeks, 1));
  sessions = collect_sessions (report, &w.first, &w.last);
  tests = collect_tests (report, &w.first, &w.last);
  w.weeks = weeks;
  w.sessions = sessions;
  w.tests = tests;
  w.n_pages = upright_report_count_pages (report);

  surface = cairo_pdf_surface_create_for_stream (write_to_bytes, bytes, PAGE_WIDTH, PAGE_HEIGHT);
  title = g_strdup (_("Exercise Report"));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Upright " PACKAGE_VERSION);

  w.cr = cairo_create (surface);
  context = pango_cairo_create_context (w.cr);
  font = pango_font_description_from_string ("Sans 8");
  pango_context_set_font_description (context, font);
  pango_font_description_free (font);
  w.context = context;

  write_first_page (&w);
  write_second_page (&w);
  write_sessions (&w);

  g_object_unref (context);
  cairo_destroy (w.cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("The report could not be drawn: %s"), cairo_status_to_string (status));
      return NULL;
    }

  g_warn_if_fail (w.page == w.n_pages);

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}
