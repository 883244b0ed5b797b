/* upright-progress-chart.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "upright-progress-chart.h"

/* Weekly bars of one measure with the week's goal as a line across them.
 *
 * The chart is a single focusable widget: Left and Right (Home, End) move
 * a selection along the weeks, as the pointer does when it hovers, and the
 * selected week's figures are written above the bars, in the tooltip and
 * in the accessible description, after a summary of the whole chart. The
 * bars themselves are drawn, not widgets, so that a year of weeks costs
 * nothing to lay out.
 */
/* What a chart shows, and where, whether on screen or on paper. */
typedef struct {
  UprightChartMetric metric;
  GArray            *weeks;
  guint              target;
  GDate              today;

  double             plot_x;
  double             plot_y;
  double             plot_width;
  double             plot_height;
  double             step;
  /* The heights of the week labels under the bars and of the line above
   * them, from the fonts. */
  double             labels_height;
  double             readout_height;
  double             small_text_height;
} Chart;

struct _UprightProgressChart
{
  GtkWidget          parent_instance;

  Chart              chart;
  char              *summary;

  int                selected;
  int                hovered;
};

G_DEFINE_FINAL_TYPE (UprightProgressChart, upright_progress_chart, GTK_TYPE_WIDGET)

G_DEFINE_ENUM_TYPE (UprightChartMetric, upright_chart_metric,
                    G_DEFINE_ENUM_VALUE (UPRIGHT_CHART_STRENGTH, "strength"),
                    G_DEFINE_ENUM_VALUE (UPRIGHT_CHART_BALANCE, "balance"),
                    G_DEFINE_ENUM_VALUE (UPRIGHT_CHART_POSTURE, "posture"),
                    G_DEFINE_ENUM_VALUE (UPRIGHT_CHART_IMPACT, "impact"),
                    G_DEFINE_ENUM_VALUE (UPRIGHT_CHART_EFFORT, "effort"),
                    G_DEFINE_ENUM_VALUE (UPRIGHT_CHART_PAIN, "pain"))

enum {
  PROP_0,
  PROP_METRIC,
  PROP_SELECTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Room for the axis figures, the week labels and the readout. */
/* Room around the text, which itself grows with the text size. */
#define TEXT_PADDING   8.0
/* Figures under the bars and beside the axis are this much smaller. */
#define SMALL_SCALE    0.85
#define BAR_GAP        0.25

/* Pain from this level on is worth asking a clinician about. */
#define PAIN_NOTICE 5

static const UprightWeek *
get_week (const Chart *c,
          guint        i)
{
  return &g_array_index (c->weeks, UprightWeek, i);
}

static guint
n_weeks (const Chart *c)
{
  return c->weeks != NULL ? c->weeks->len : 0;
}

static gboolean
is_scale (const Chart *c)
{
  return c->metric == UPRIGHT_CHART_EFFORT || c->metric == UPRIGHT_CHART_PAIN;
}

/**
 * upright_progress_chart_get_value:
 * @self: a chart
 * @week: the position of a week
 *
 * Returns: the week's bar, in days, minutes or points from 0 to 10; NAN
 *   when there is nothing to show, such as the effort of a week without
 *   exercise
 */
static double
chart_get_value (const Chart *c,
                 guint        week)
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

double
upright_progress_chart_get_value (UprightProgressChart *self,
                                  guint                 week)
{
  g_return_val_if_fail (UPRIGHT_IS_PROGRESS_CHART (self), NAN);
  g_return_val_if_fail (week < n_weeks (&self->chart), NAN);

  return chart_get_value (&self->chart, week);
}

static gboolean
meets_target (const Chart *c,
              double       value)
{
  return c->target > 0 && !is_scale (c) && !isnan (value) && value >= c->target;
}

/* The top of the scale: a week has at most seven days, effort and pain
 * stop at ten, and minutes leave room above the goal and the longest week. */
static double
get_max (const Chart *c)
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
      for (guint i = 0; i < n_weeks (c); i++)
        max = MAX (max, chart_get_value (c, i));
      max = MAX (max * 1.15, 30);
      /* Round up to a multiple of 30 minutes, for even gridlines. */
      return ceil (max / 30.0) * 30.0;
    }
}

static gboolean
is_current (const Chart *c,
            guint        i)
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
 * upright_progress_chart_describe_week:
 * @self: a chart
 * @week: the position of a week
 *
 * Returns: (transfer full): the week's figures in a sentence
 */
static char *
chart_describe_week (const Chart *c,
                     guint        week)
{
  g_autofree char *when = format_week (get_week (c, week));
  g_autofree char *what = NULL;
  double value = chart_get_value (c, week);
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

char *
upright_progress_chart_describe_week (UprightProgressChart *self,
                                      guint                 week)
{
  g_return_val_if_fail (UPRIGHT_IS_PROGRESS_CHART (self), NULL);
  g_return_val_if_fail (week < n_weeks (&self->chart), NULL);

  return chart_describe_week (&self->chart, week);
}

static void
update_summary (UprightProgressChart *self)
{
  const Chart *c = &self->chart;
  guint n = n_weeks (c);
  guint met = 0;
  guint counted = 0;
  double total = 0;
  double worst = 0;
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      double value = chart_get_value (c, i);

      if (meets_target (c, value))
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

  g_free (self->summary);
  self->summary = g_string_free (g_steal_pointer (&text), FALSE);
}

static void
update_accessible (UprightProgressChart *self)
{
  g_autofree char *description = NULL;

  if (self->selected >= 0 && (guint) self->selected < n_weeks (&self->chart))
    {
      g_autofree char *week = chart_describe_week (&self->chart, self->selected);

      description = g_strdup_printf ("%s %s", self->summary, week);
    }
  else
    description = g_strdup (self->summary);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
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

static void
upright_progress_chart_measure (GtkWidget      *widget,
                                GtkOrientation  orientation,
                                int             for_size,
                                int            *minimum,
                                int            *natural,
                                int            *minimum_baseline,
                                int            *natural_baseline)
{
  int line_height;

  /* The chart grows with the text: room for seven lines of figures. */
  measure_text (gtk_widget_get_pango_context (widget), "Ag", FALSE, NULL, &line_height);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 240;
      *natural = 600;
    }
  else
    {
      *minimum = MAX (180, line_height * 11);
      *natural = MAX (220, line_height * 13);
    }
}

/* Lays the chart out in @width × @height, with room for its text as large
 * as the fonts of @context make it. */
static void
chart_layout (Chart        *c,
              PangoContext *context,
              double        width,
              double        height)
{
  guint n = MAX (n_weeks (c), 1);
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

static void
upright_progress_chart_size_allocate (GtkWidget *widget,
                                      int        width,
                                      int        height,
                                      int        baseline)
{
  chart_layout (&UPRIGHT_PROGRESS_CHART (widget)->chart, gtk_widget_get_pango_context (widget), width, height);
}

static int
week_at (const Chart *c,
         double       x)
{
  int i;

  if (n_weeks (c) == 0 || x < c->plot_x || c->step <= 0)
    return -1;

  i = (int) ((x - c->plot_x) / c->step);

  return i < (int) n_weeks (c) ? i : -1;
}

/* Drawing */

static void
lookup_color (GtkWidget  *widget,
              const char *name,
              const char *fallback,
              GdkRGBA    *color)
{
  if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), name, color))
    gdk_rgba_parse (color, fallback);
}

static void
set_source (cairo_t       *cr,
            const GdkRGBA *rgba,
            double         alpha)
{
  cairo_set_source_rgba (cr, rgba->red, rgba->green, rgba->blue, rgba->alpha * alpha);
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
label_week (const Chart *c,
            guint        i)
{
  guint n = n_weeks (c);
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
chart_get_legend (const Chart *c)
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
static void
chart_draw (const Chart             *c,
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
  guint n = n_weeks (c);

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

      set_source (cr, &style->fg, high_contrast ? 0.35 : (labelled ? 0.12 : 0.06));
      cairo_move_to (cr, c->plot_x, y);
      cairo_line_to (cr, c->plot_x + c->plot_width, y);
      cairo_stroke (cr);

      if (labelled)
        {
          set_source (cr, &style->fg, high_contrast ? 1.0 : 0.6);
          draw_text (cr, context, figure, c->plot_x - 6, y, 1.0, TRUE, 0, c->plot_x - 2);
        }
    }

  /* A good level of effort for strength work is a band, not a line. */
  if (c->metric == UPRIGHT_CHART_EFFORT)
    {
      double top = bottom - c->plot_height * 8 / max;
      double low = bottom - c->plot_height * 5 / max;

      set_source (cr, &style->success, high_contrast ? 0.3 : 0.14);
      cairo_rectangle (cr, c->plot_x, top, c->plot_width, low - top);
      cairo_fill (cr);
    }

  for (guint i = 0; i < n; i++)
    {
      double value = chart_get_value (c, i);
      double x = c->plot_x + i * c->step + c->step * BAR_GAP / 2;
      double bar_width = MAX (c->step * (1 - BAR_GAP), 1);
      double bar_height;
      const GdkRGBA *color = &style->accent;
      double alpha = 1.0;
      gboolean short_of_goal;

      if (label_week (c, i))
        {
          char day[32];

          /* Translators: a week's label under a chart, as strftime()
           * writes it: the day and the month's abbreviation, “3 Mar” */
          if (g_date_strftime (day, sizeof day, C_("chart label", "%-d %b"), &get_week (c, i)->start) > 0)
            {
              set_source (cr, &style->fg, high_contrast ? 1.0 : 0.6);
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
      short_of_goal = c->target > 0 && !is_scale (c) && !meets_target (c, value);
      if (short_of_goal)
        alpha = high_contrast ? 0.6 : 0.35;
      if (c->metric == UPRIGHT_CHART_PAIN && value >= PAIN_NOTICE)
        color = &style->warning;

      set_source (cr, color, alpha);
      cairo_rectangle (cr, x, bottom - bar_height, bar_width, bar_height);
      cairo_fill (cr);

      if (short_of_goal && bar_width >= 4 && bar_height >= 4)
        {
          set_source (cr, color, 1.0);
          cairo_set_line_width (cr, 1.5);
          cairo_rectangle (cr, x + 0.75, bottom - bar_height + 0.75, bar_width - 1.5, bar_height - 1.5);
          cairo_stroke (cr);
          cairo_set_line_width (cr, 1);
        }

      /* The week still running has an outline: it may yet grow. */
      if (is_current (c, i))
        {
          set_source (cr, &style->fg, 0.8);
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

      set_source (cr, &style->fg, 0.9);
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
      g_autofree char *readout = chart_describe_week (c, shown);
      double x = c->plot_x + shown * c->step;

      set_source (cr, &style->accent, focused ? 0.9 : 0.5);
      cairo_set_line_width (cr, 2);
      cairo_rectangle (cr, x + 1, c->plot_y, MAX (c->step - 2, 1), c->plot_height);
      cairo_stroke (cr);

      set_source (cr, &style->fg, 1.0);
      draw_text (cr, context, readout, 0, c->readout_height / 2, 0.0, FALSE,
                 0, c->plot_x + c->plot_width);
    }
  else
    {
      const char *legend = chart_get_legend (c);

      /* Until a week is chosen, the line says how to read the chart. */
      if (legend != NULL)
        {
          set_source (cr, &style->fg, high_contrast ? 1.0 : 0.75);
          draw_text (cr, context, legend, 0, c->readout_height / 2, 0.0, TRUE,
                     0, c->plot_x + c->plot_width);
        }
    }
}

/**
 * upright_progress_chart_draw:
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
upright_progress_chart_draw (cairo_t                 *cr,
                             PangoContext            *context,
                             const UprightChartStyle *style,
                             UprightChartMetric       metric,
                             GArray                  *weeks,
                             guint                    target,
                             const GDate             *today,
                             double                   width,
                             double                   height)
{
  Chart c = { metric, weeks, target, { 0 }, 0, 0, 0, 0, 0 };

  g_return_if_fail (cr != NULL);
  g_return_if_fail (PANGO_IS_CONTEXT (context));
  g_return_if_fail (style != NULL);

  if (today != NULL && g_date_valid (today))
    c.today = *today;
  else
    g_date_clear (&c.today, 1);

  chart_layout (&c, context, width, height);
  chart_draw (&c, cr, context, style, -1, FALSE);
}

static void
upright_progress_chart_snapshot (GtkWidget   *widget,
                                 GtkSnapshot *snapshot)
{
  UprightProgressChart *self = UPRIGHT_PROGRESS_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  UprightChartStyle style;
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &style.fg);
  lookup_color (widget, "accent_color", "#1c71d8", &style.accent);
  lookup_color (widget, "success_color", "#1b8553", &style.success);
  lookup_color (widget, "warning_color", "#9c6e03", &style.warning);
  style.high_contrast = adw_style_manager_get_high_contrast (adw_style_manager_get_default ());

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  chart_draw (&self->chart, cr, gtk_widget_get_pango_context (widget), &style,
              self->hovered >= 0 ? self->hovered : self->selected,
              gtk_widget_has_focus (widget));
  cairo_destroy (cr);
}

/* Input */

static void
set_hovered (UprightProgressChart *self,
             int                   hovered)
{
  if (self->hovered == hovered)
    return;

  self->hovered = hovered;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           UprightProgressChart     *self)
{
  set_hovered (self, week_at (&self->chart, x));
}

static void
leave_cb (GtkEventControllerMotion *controller,
          UprightProgressChart     *self)
{
  set_hovered (self, -1);
}

static void
pressed_cb (GtkGestureClick      *gesture,
            int                   n_press,
            double                x,
            double                y,
            UprightProgressChart *self)
{
  int week = week_at (&self->chart, x);

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (week >= 0)
    upright_progress_chart_set_selected (self, week);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                UprightProgressChart  *self)
{
  int n = (int) n_weeks (&self->chart);
  int selected = self->selected;
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;

  if (n == 0 || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      selected = selected < 0 ? n - 1 : selected + (rtl ? 1 : -1);
      break;

    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      selected = selected < 0 ? n - 1 : selected + (rtl ? -1 : 1);
      break;

    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      selected = 0;
      break;

    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      selected = n - 1;
      break;

    default:
      return GDK_EVENT_PROPAGATE;
    }

  upright_progress_chart_set_selected (self, CLAMP (selected, 0, n - 1));

  return GDK_EVENT_STOP;
}

static void
focus_enter_cb (UprightProgressChart *self)
{
  /* Focus lands on the newest week, the one she most likely wants. */
  if (self->selected < 0 && n_weeks (&self->chart) > 0)
    upright_progress_chart_set_selected (self, (int) n_weeks (&self->chart) - 1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
upright_progress_chart_query_tooltip (GtkWidget  *widget,
                                      int         x,
                                      int         y,
                                      gboolean    keyboard,
                                      GtkTooltip *tooltip)
{
  UprightProgressChart *self = UPRIGHT_PROGRESS_CHART (widget);
  int week = keyboard ? self->selected : week_at (&self->chart, x);
  g_autofree char *text = NULL;

  if (week < 0)
    return FALSE;

  text = chart_describe_week (&self->chart, week);
  gtk_tooltip_set_text (tooltip, text);

  return TRUE;
}

/* Public */

/**
 * upright_progress_chart_new:
 * @metric: what the bars show
 *
 * Returns: (transfer floating): a chart without weeks
 */
GtkWidget *
upright_progress_chart_new (UprightChartMetric metric)
{
  return g_object_new (UPRIGHT_TYPE_PROGRESS_CHART, "metric", metric, NULL);
}

UprightChartMetric
upright_progress_chart_get_metric (UprightProgressChart *self)
{
  g_return_val_if_fail (UPRIGHT_IS_PROGRESS_CHART (self), UPRIGHT_CHART_STRENGTH);

  return self->chart.metric;
}

void
upright_progress_chart_set_metric (UprightProgressChart *self,
                                   UprightChartMetric    metric)
{
  g_return_if_fail (UPRIGHT_IS_PROGRESS_CHART (self));
  g_return_if_fail (metric <= UPRIGHT_CHART_PAIN);

  if (self->chart.metric == metric)
    return;

  self->chart.metric = metric;
  update_summary (self);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_METRIC]);
}

/**
 * upright_progress_chart_set_weeks:
 * @self: a chart
 * @weeks: (element-type UprightWeek): the weeks to show, oldest first
 * @target: the weekly goal in the chart's unit, or 0 for none
 * @today: (nullable): today, to mark the week still running
 *
 * Shows @weeks. The selection stays on the same position when there is
 * one.
 */
void
upright_progress_chart_set_weeks (UprightProgressChart *self,
                                  GArray               *weeks,
                                  guint                 target,
                                  const GDate          *today)
{
  g_return_if_fail (UPRIGHT_IS_PROGRESS_CHART (self));
  g_return_if_fail (weeks == NULL || g_array_get_element_size (weeks) == sizeof (UprightWeek));

  g_clear_pointer (&self->chart.weeks, g_array_unref);
  if (weeks != NULL)
    self->chart.weeks = g_array_ref (weeks);
  self->chart.target = target;
  if (today != NULL && g_date_valid (today))
    self->chart.today = *today;
  else
    g_date_clear (&self->chart.today, 1);

  if (self->selected >= (int) n_weeks (&self->chart))
    upright_progress_chart_set_selected (self, (int) n_weeks (&self->chart) - 1);
  self->hovered = -1;

  update_summary (self);
  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

guint
upright_progress_chart_get_n_weeks (UprightProgressChart *self)
{
  g_return_val_if_fail (UPRIGHT_IS_PROGRESS_CHART (self), 0);

  return n_weeks (&self->chart);
}

/**
 * upright_progress_chart_get_selected:
 * @self: a chart
 *
 * Returns: the position of the selected week, or -1
 */
int
upright_progress_chart_get_selected (UprightProgressChart *self)
{
  g_return_val_if_fail (UPRIGHT_IS_PROGRESS_CHART (self), -1);

  return self->selected;
}

void
upright_progress_chart_set_selected (UprightProgressChart *self,
                                     int                   selected)
{
  g_return_if_fail (UPRIGHT_IS_PROGRESS_CHART (self));
  g_return_if_fail (selected >= -1 && selected < (int) MAX (n_weeks (&self->chart), 1));

  if (self->selected == selected)
    return;

  self->selected = selected;
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

/**
 * upright_progress_chart_get_summary:
 * @self: a chart
 *
 * Returns: the chart in a sentence or two, as a screen reader hears it
 */
const char *
upright_progress_chart_get_summary (UprightProgressChart *self)
{
  g_return_val_if_fail (UPRIGHT_IS_PROGRESS_CHART (self), NULL);

  return self->summary;
}

static void
upright_progress_chart_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  UprightProgressChart *self = UPRIGHT_PROGRESS_CHART (object);

  switch (prop_id)
    {
    case PROP_METRIC:
      g_value_set_enum (value, self->chart.metric);
      break;

    case PROP_SELECTED:
      g_value_set_int (value, self->selected);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
upright_progress_chart_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  UprightProgressChart *self = UPRIGHT_PROGRESS_CHART (object);

  switch (prop_id)
    {
    case PROP_METRIC:
      upright_progress_chart_set_metric (self, g_value_get_enum (value));
      break;

    case PROP_SELECTED:
      upright_progress_chart_set_selected (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
upright_progress_chart_finalize (GObject *object)
{
  UprightProgressChart *self = UPRIGHT_PROGRESS_CHART (object);

  g_clear_pointer (&self->chart.weeks, g_array_unref);
  g_free (self->summary);

  G_OBJECT_CLASS (upright_progress_chart_parent_class)->finalize (object);
}

static void
upright_progress_chart_class_init (UprightProgressChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = upright_progress_chart_finalize;
  object_class->get_property = upright_progress_chart_get_property;
  object_class->set_property = upright_progress_chart_set_property;

  widget_class->measure = upright_progress_chart_measure;
  widget_class->size_allocate = upright_progress_chart_size_allocate;
  widget_class->snapshot = upright_progress_chart_snapshot;
  widget_class->query_tooltip = upright_progress_chart_query_tooltip;

  properties[PROP_METRIC] =
    g_param_spec_enum ("metric", NULL, NULL,
                       UPRIGHT_TYPE_CHART_METRIC, UPRIGHT_CHART_STRENGTH,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SELECTED] =
    g_param_spec_int ("selected", NULL, NULL,
                      -1, G_MAXINT, -1,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "progresschart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
upright_progress_chart_init (UprightProgressChart *self)
{
  GtkEventController *controller;
  GtkGesture *click;

  self->selected = -1;
  self->hovered = -1;
  g_date_clear (&self->chart.today, 1);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect (controller, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  click = gtk_gesture_click_new ();
  g_signal_connect (click, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (controller, "enter", G_CALLBACK (focus_enter_cb), self);
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (gtk_widget_queue_draw), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  update_summary (self);
}
