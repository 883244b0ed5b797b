/* upright-chart.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "upright-chart.h"

/* Weekly bars of one measure with the week's goal as a line across them,
 * laid out for the fonts of a Pango context and drawn with Cairo: the same
 * drawing on screen, where UprightProgressChart adds the selection and the
 * keys, and on paper, in the report.
 */

G_DEFINE_ENUM_TYPE (UprightChartMetric, upright_chart_metric,
                    G_DEFINE_ENUM_VALUE (UPRIGHT_CHART_STRENGTH, "strength"),
                    G_DEFINE_ENUM_VALUE (UPRIGHT_CHART_BALANCE, "balance"),
                    G_DEFINE_ENUM_VALUE (UPRIGHT_CHART_POSTURE, "posture"),
                    G_DEFINE_ENUM_VALUE (UPRIGHT_CHART_IMPACT, "impact"),
                    G_DEFINE_ENUM_VALUE (UPRIGHT_CHART_EFFORT, "effort"),
                    G_DEFINE_ENUM_VALUE (UPRIGHT_CHART_PAIN, "pain"))

/* Room for the axis figures, the week labels and the readout. */
/* Room around the text, which itself grows with the text size. */
#define TEXT_PADDING   8.0
/* Figures under the bars and beside the axis are this much smaller. */
#define SMALL_SCALE    0.85
#define BAR_GAP        0.25

/* Pain from this level on is worth asking a clinician about. */
#define PAIN_NOTICE 5

static const UprightWeek *
get_week (const UprightChart *c,
          guint               i)
{
  return &g_array_index (c->weeks, UprightWeek, i);
}

guint
upright_chart_get_n_weeks (const UprightChart *c)
{
  return c->weeks != NULL ? c->weeks->len : 0;
}

static gboolean
is_scale (const UprightChart *c)
{
  return c->metric == UPRIGHT_CHART_EFFORT || c->metric == UPRIGHT_CHART_PAIN;
}

/**
 * upright_chart_get_value:
 * @c: a chart
 * @week: the position of a week
 *
 * Returns: the week's bar, in days, minutes or points from 0 to 10; NAN
 *   when there is nothing to show, such as the effort of a week without
 *   exercise
 */
double
upright_chart_get_value (const UprightChart *c,
                         guint               week)
{
  const UprightWeek *w = get_week (c, week);

  switch (c->metric)
    {
    case UPRIGHT_CHART_STRENGTH:
      return w->strength_days;
    case UPRIGHT_CHART_BALANCE:
      return w->balance_seconds / 60;
    case UPRIGHT_CHART_POSTURE:
      return w->posture_days;
    case UPRIGHT_CHART_IMPACT:
      return w->impact_days;
    case UPRIGHT_CHART_EFFORT:
      return w->n_records > 0 ? w->mean_effort : NAN;
    case UPRIGHT_CHART_PAIN:
      return w->n_records > 0 ? (double) w->max_pain : NAN;
    default:
      g_assert_not_reached ();
    }
}

gboolean
upright_chart_meets_target (const UprightChart *c,
                            double              value)
{
  return c->target > 0 && !is_scale (c) && !isnan (value) && value >= c->target;
}

/* The top of the scale: a week has at most seven days, effort and pain
 * stop at ten, and minutes leave room above the goal and the longest week. */
static double
get_max (const UprightChart *c)
{
  double max = c->target;

  switch (c->metric)
    {
    case UPRIGHT_CHART_STRENGTH:
    case UPRIGHT_CHART_POSTURE:
    case UPRIGHT_CHART_IMPACT:
      return 7;

    case UPRIGHT_CHART_EFFORT:
    case UPRIGHT_CHART_PAIN:
      return 10;

    case UPRIGHT_CHART_BALANCE:
    default:
      for (guint i = 0; i < upright_chart_get_n_weeks (c); i++)
        max = MAX (max, upright_chart_get_value (c, i));
      max = MAX (max * 1.15, 30);
      /* Round up to a multiple of 30 minutes, for even gridlines. */
      return ceil (max / 30.0) * 30.0;
    }
}

static gboolean
is_current (const UprightChart *c,
            guint               i)
{
  GDate end;

  if (!g_date_valid (&c->today))
    return FALSE;

  end = get_week (c, i)->start;
  g_date_add_days (&end, 7);

  return g_date_compare (&get_week (c, i)->start, &c->today) <= 0 &&
         g_date_compare (&c->today, &end) < 0;
}

static char *
format_week (const UprightWeek *week)
{
  char text[64];

  /* Translators: the first day of a week in a chart, as strftime() writes
   * it: “3 March” */
  if (g_date_strftime (text, sizeof text, C_("week of", "%-d %B"), &week->start) == 0)
    return g_strdup ("?");

  return g_strdup (g_strstrip (text));
}

/**
 * upright_chart_describe_week:
 * @c: a chart
 * @week: the position of a week
 *
 * Returns: (transfer full): the week's figures in a sentence
 */
char *
upright_chart_describe_week (const UprightChart *c,
                             guint               week)
{
  g_autofree char *when = format_week (get_week (c, week));
  g_autofree char *what = NULL;
  double value = upright_chart_get_value (c, week);
  guint n = isnan (value) ? 0 : (guint) value;
  guint target = c->target;

  switch (c->metric)
    {
    case UPRIGHT_CHART_STRENGTH:
      what = target > 0
        ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "strength exercise on %u of %u day",
                                        "strength exercise on %u of %u days", target), n, target)
        : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "strength exercise on %u day",
                                        "strength exercise on %u days", n), n);
      break;

    case UPRIGHT_CHART_BALANCE:
      what = target > 0
        ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u minute of balance exercise",
                                        "%u of %u minutes of balance exercise", target), n, target)
        : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u minute of balance exercise",
                                        "%u minutes of balance exercise", n), n);
      break;

    case UPRIGHT_CHART_POSTURE:
      what = target > 0
        ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "posture exercise on %u of %u day",
                                        "posture exercise on %u of %u days", target), n, target)
        : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "posture exercise on %u day",
                                        "posture exercise on %u days", n), n);
      break;

    case UPRIGHT_CHART_IMPACT:
      what = target > 0
        ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "impact exercise on %u of %u day",
                                        "impact exercise on %u of %u days", target), n, target)
        : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "impact exercise on %u day",
                                        "impact exercise on %u days", n), n);
      break;

    case UPRIGHT_CHART_EFFORT:
      what = isnan (value)
        ? g_strdup (_("no exercise recorded"))
        /* Translators: the average effort of a week on a scale of 0 to 10 */
        : g_strdup_printf (_("average effort %.1f of 10"), value);
      break;

    case UPRIGHT_CHART_PAIN:
      what = isnan (value)
        ? g_strdup (_("no exercise recorded"))
        /* Translators: the worst pain of a week on a scale of 0 to 10 */
        : g_strdup_printf (_("worst pain %u of 10"), n);
      break;

    default:
      g_assert_not_reached ();
    }

  if (is_current (c, week))
    /* Translators: “week of 3 March (this week): strength exercise on 1 of 2 days” */
    return g_strdup_printf (_("Week of %s (this week): %s"), when, what);

  /* Translators: “week of 3 March: strength exercise on 1 of 2 days” */
  return g_strdup_printf (_("Week of %s: %s"), when, what);
}

/* Geometry */

static void
measure_text (PangoContext *context,
              const char   *text,
              gboolean      small,
              int          *width,
              int          *height)
{
  g_autoptr(PangoLayout) layout = pango_layout_new (context);

  pango_layout_set_text (layout, text, -1);
  if (small)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      pango_attr_list_insert (attrs, pango_attr_scale_new (SMALL_SCALE));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }
  pango_layout_get_pixel_size (layout, width, height);
}

/**
 * upright_chart_get_line_height:
 * @context: the fonts
 *
 * Returns: the height of a line of the chart's text, for sizing it
 */
int
upright_chart_get_line_height (PangoContext *context)
{
  int height;

  measure_text (context, "Ag", FALSE, NULL, &height);

  return height;
}

/* Lays the chart out in @width × @height, with room for its text as large
 * as the fonts of @context make it. */
void
upright_chart_layout (UprightChart *c,
                      PangoContext *context,
                      double        width,
                      double        height)
{
  guint n = MAX (upright_chart_get_n_weeks (c), 1);
  int axis_width, small_height, readout_height;

  measure_text (context, "300", TRUE, &axis_width, &small_height);
  measure_text (context, "Ag", FALSE, NULL, &readout_height);

  c->small_text_height = small_height;
  c->labels_height = small_height + TEXT_PADDING;
  c->readout_height = readout_height + TEXT_PADDING;
  c->plot_x = axis_width + TEXT_PADDING;
  c->plot_y = c->readout_height;
  c->plot_width = MAX (width - c->plot_x - 4, 1);
  c->plot_height = MAX (height - c->readout_height - c->labels_height, 1);
  c->step = c->plot_width / n;
}

int
upright_chart_week_at (const UprightChart *c,
                       double              x)
{
  int i;

  if (upright_chart_get_n_weeks (c) == 0 || x < c->plot_x || c->step <= 0)
    return -1;

  i = (int) ((x - c->plot_x) / c->step);

  return i < (int) upright_chart_get_n_weeks (c) ? i : -1;
}

/**
 * upright_color_set_source:
 * @cr: where to draw
 * @color: the colour
 * @alpha: how much of its own opacity to draw it with, from 0 to 1
 *
 * Draws in @color from now on.
 */
void
upright_color_set_source (cairo_t            *cr,
                          const UprightColor *color,
                          double              alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

/* Draws @text centred on @y, placed at @x by @xalign but kept between
 * @min_x and @max_x, so that a label at the edge is never cut off. */
static void
draw_text (cairo_t      *cr,
           PangoContext *context,
           const char   *text,
           double        x,
           double        y,
           double        xalign,
           gboolean      small,
           double        min_x,
           double        max_x)
{
  g_autoptr(PangoLayout) layout = pango_layout_new (context);
  int width, height;
  double left;

  pango_layout_set_text (layout, text, -1);
  if (small)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      pango_attr_list_insert (attrs, pango_attr_scale_new (SMALL_SCALE));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }

  /* Too long for the room: cut short with an ellipsis rather than off. */
  if (max_x - min_x > 0)
    {
      pango_layout_set_width (layout, (int) ((max_x - min_x) * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }

  pango_layout_get_pixel_size (layout, &width, &height);
  left = x - xalign * width;
  left = MIN (left, max_x - width);
  left = MAX (left, min_x);
  cairo_move_to (cr, left, y - height / 2.0);
  pango_cairo_show_layout (cr, layout);
}

static gboolean
label_week (const UprightChart *c,
            guint               i)
{
  guint n = upright_chart_get_n_weeks (c);
  guint every;

  /* As many labels as fit, counted back from the newest week. */
  every = (guint) ceil (70.0 / MAX (c->step, 1.0));
  every = MAX (every, 1);
  if (n > 26)
    every = MAX (every, 4);

  return (n - 1 - i) % every == 0;
}

/* How to read the chart, in a line. */
static const char *
chart_get_legend (const UprightChart *c)
{
  switch (c->metric)
    {
    case UPRIGHT_CHART_EFFORT:
      return _("Shaded: an effort of 5 to 8, a good level for strength work");

    case UPRIGHT_CHART_PAIN:
      return _("In orange: weeks with pain of 5 or more");

    case UPRIGHT_CHART_STRENGTH:
    case UPRIGHT_CHART_BALANCE:
    case UPRIGHT_CHART_POSTURE:
    case UPRIGHT_CHART_IMPACT:
    default:
      return c->target > 0 ? _("Dashed line: your weekly goal. Pale bars fall short of it") : NULL;
    }
}

/* Draws the chart laid out by chart_layout(); @shown is the week to mark
 * and describe above the bars, or -1. */
void
upright_chart_draw (const UprightChart      *c,
                    cairo_t                 *cr,
                    PangoContext            *context,
                    const UprightChartStyle *style,
                    int                      shown,
                    gboolean                 focused)
{
  gboolean high_contrast = style->high_contrast;
  double max = get_max (c);
  double step;
  guint label_every = 1;
  double bottom = c->plot_y + c->plot_height;
  guint n = upright_chart_get_n_weeks (c);

  switch (c->metric)
    {
    case UPRIGHT_CHART_BALANCE:
      step = max <= 180 ? 30 : max <= 360 ? 60 : 120;
      break;
    case UPRIGHT_CHART_EFFORT:
    case UPRIGHT_CHART_PAIN:
      step = 2;
      break;
    default:
      /* Days: a line for each, and a figure for each where there is room,
       * or for every other day, evenly, where there is not. */
      step = 1;
      label_every = c->plot_height / max >= c->small_text_height * 1.2 ? 1 : 2;
      break;
    }

  /* Gridlines at whole, even steps of the measure, with their figures. */
  cairo_set_line_width (cr, 1);
  for (guint k = 0; k * step <= max + 0.001; k++)
    {
      double value = k * step;
      double y = round (bottom - c->plot_height * value / max) + 0.5;
      g_autofree char *figure = g_strdup_printf ("%g", value);
      gboolean labelled = k % label_every == 0;

      upright_color_set_source (cr, &style->fg, high_contrast ? 0.35 : (labelled ? 0.12 : 0.06));
      cairo_move_to (cr, c->plot_x, y);
      cairo_line_to (cr, c->plot_x + c->plot_width, y);
      cairo_stroke (cr);

      if (labelled)
        {
          upright_color_set_source (cr, &style->fg, high_contrast ? 1.0 : 0.6);
          draw_text (cr, context, figure, c->plot_x - 6, y, 1.0, TRUE, 0, c->plot_x - 2);
        }
    }

  /* A good level of effort for strength work is a band, not a line. */
  if (c->metric == UPRIGHT_CHART_EFFORT)
    {
      double top = bottom - c->plot_height * 8 / max;
      double low = bottom - c->plot_height * 5 / max;

      upright_color_set_source (cr, &style->success, high_contrast ? 0.3 : 0.14);
      cairo_rectangle (cr, c->plot_x, top, c->plot_width, low - top);
      cairo_fill (cr);
    }

  for (guint i = 0; i < n; i++)
    {
      double value = upright_chart_get_value (c, i);
      double x = c->plot_x + i * c->step + c->step * BAR_GAP / 2;
      double bar_width = MAX (c->step * (1 - BAR_GAP), 1);
      double bar_height;
      const UprightColor *color = &style->accent;
      double alpha = 1.0;
      gboolean short_of_goal;

      if (label_week (c, i))
        {
          char day[32];

          /* Translators: a week's label under a chart, as strftime()
           * writes it: the day and the month's abbreviation, “3 Mar” */
          if (g_date_strftime (day, sizeof day, C_("chart label", "%-d %b"), &get_week (c, i)->start) > 0)
            {
              upright_color_set_source (cr, &style->fg, high_contrast ? 1.0 : 0.6);
              draw_text (cr, context, g_strstrip (day), x + bar_width / 2, bottom + c->labels_height / 2 + 2,
                         0.5, TRUE, c->plot_x, c->plot_x + c->plot_width + 4);
            }
        }

      if (isnan (value) || value <= 0)
        continue;

      bar_height = MAX (c->plot_height * MIN (value, max) / max, 2);

      /* Weeks short of the goal are paler, inside a full-strength outline
       * that stays clear on a dark background; the colour never carries
       * the meaning alone, the goal line does too. */
      short_of_goal = c->target > 0 && !is_scale (c) && !upright_chart_meets_target (c, value);
      if (short_of_goal)
        alpha = high_contrast ? 0.6 : 0.35;
      if (c->metric == UPRIGHT_CHART_PAIN && value >= PAIN_NOTICE)
        color = &style->warning;

      upright_color_set_source (cr, color, alpha);
      cairo_rectangle (cr, x, bottom - bar_height, bar_width, bar_height);
      cairo_fill (cr);

      if (short_of_goal && bar_width >= 4 && bar_height >= 4)
        {
          upright_color_set_source (cr, color, 1.0);
          cairo_set_line_width (cr, 1.5);
          cairo_rectangle (cr, x + 0.75, bottom - bar_height + 0.75, bar_width - 1.5, bar_height - 1.5);
          cairo_stroke (cr);
          cairo_set_line_width (cr, 1);
        }

      /* The week still running has an outline: it may yet grow. */
      if (is_current (c, i))
        {
          upright_color_set_source (cr, &style->fg, 0.8);
          cairo_set_line_width (cr, 1.5);
          cairo_set_dash (cr, (double[]) { 3, 2 }, 2, 0);
          cairo_rectangle (cr, x + 0.75, bottom - bar_height + 0.75, bar_width - 1.5, bar_height - 1.5);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
          cairo_set_line_width (cr, 1);
        }
    }

  /* The goal, dashed across every week. */
  if (c->target > 0 && !is_scale (c))
    {
      double y = round (bottom - c->plot_height * MIN (c->target, max) / max) + 0.5;

      upright_color_set_source (cr, &style->fg, 0.9);
      cairo_set_line_width (cr, 2);
      cairo_set_dash (cr, (double[]) { 6, 4 }, 2, 0);
      cairo_move_to (cr, c->plot_x, y);
      cairo_line_to (cr, c->plot_x + c->plot_width, y);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }

  /* The selected or hovered week, marked and described above the bars. */
  if (shown >= 0 && (guint) shown < n)
    {
      g_autofree char *readout = upright_chart_describe_week (c, shown);
      double x = c->plot_x + shown * c->step;

      upright_color_set_source (cr, &style->accent, focused ? 0.9 : 0.5);
      cairo_set_line_width (cr, 2);
      cairo_rectangle (cr, x + 1, c->plot_y, MAX (c->step - 2, 1), c->plot_height);
      cairo_stroke (cr);

      upright_color_set_source (cr, &style->fg, 1.0);
      draw_text (cr, context, readout, 0, c->readout_height / 2, 0.0, FALSE,
                 0, c->plot_x + c->plot_width);
    }
  else
    {
      const char *legend = chart_get_legend (c);

      /* Until a week is chosen, the line says how to read the chart. */
      if (legend != NULL)
        {
          upright_color_set_source (cr, &style->fg, high_contrast ? 1.0 : 0.75);
          draw_text (cr, context, legend, 0, c->readout_height / 2, 0.0, TRUE,
                     0, c->plot_x + c->plot_width);
        }
    }
}

/**
 * upright_chart_draw_weeks:
 * @cr: where to draw
 * @context: the fonts to draw with
 * @style: the colours to draw with
 * @metric: what the bars show
 * @weeks: (element-type UprightWeek): the weeks, oldest first
 * @target: the weekly goal in the chart's unit, or 0 for none
 * @today: (nullable): today, to mark the week still running
 * @width: the chart's width
 * @height: the chart's height
 *
 * Draws a chart as the widget does, for printing it on paper.
 */
void
upright_chart_draw_weeks (cairo_t                 *cr,
                          PangoContext            *context,
                          const UprightChartStyle *style,
                          UprightChartMetric       metric,
                          GArray                  *weeks,
                          guint                    target,
                          const GDate             *today,
                          double                   width,
                          double                   height)
{
  UprightChart c = { metric, weeks, target, { 0 }, 0, 0, 0, 0, 0 };

  g_return_if_fail (cr != NULL);
  g_return_if_fail (PANGO_IS_CONTEXT (context));
  g_return_if_fail (style != NULL);

  if (today != NULL && g_date_valid (today))
    c.today = *today;
  else
    g_date_clear (&c.today, 1);

  upright_chart_layout (&c, context, width, height);
  upright_chart_draw (&c, cr, context, style, -1, FALSE);
}

/**
 * upright_chart_summarize:
 * @c: a chart
 *
 * Returns: (transfer full): what the whole chart shows, in a sentence or two
 */
char *
upright_chart_summarize (const UprightChart *c)
{
  guint n = upright_chart_get_n_weeks (c);
  guint met = 0;
  guint counted = 0;
  double total = 0;
  double worst = 0;
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      double value = upright_chart_get_value (c, i);

      if (upright_chart_meets_target (c, value))
        met++;
      if (!isnan (value))
        {
          counted++;
          total += value;
          worst = MAX (worst, value);
        }
    }

  if (n == 0)
    g_string_append (text, _("No weeks to show."));
  else if (c->metric == UPRIGHT_CHART_EFFORT)
    {
      if (counted > 0)
        g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                   "Average effort over %u week with exercise: %.1f of 10.",
                                                   "Average effort over %u weeks with exercise: %.1f of 10.",
                                                   counted),
                                counted, total / counted);
      else
        g_string_append (text, _("No exercise recorded in these weeks."));
    }
  else if (c->metric == UPRIGHT_CHART_PAIN)
    {
      if (counted > 0)
        g_string_append_printf (text, _("The worst pain in these weeks: %u of 10."), (guint) worst);
      else
        g_string_append (text, _("No exercise recorded in these weeks."));
    }
  else if (c->target > 0)
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                               "The goal was met in %u of %u week.",
                                               "The goal was met in %u of %u weeks.", n),
                            met, n);
  else
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                               "%u week shown, without a goal.",
                                               "%u weeks shown, without a goal.", n),
                            n);

  return g_string_free (g_steal_pointer (&text), FALSE);
}
