/* upright-test-chart.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "upright-test-chart.h"

/* The results of one self-test over time as bars, each with its day under
 * it and its figure inside it: drawn with Cairo and Pango only, so the
 * Progress page and a test without a display draw the same thing.
 */

/**
 * upright_test_chart_get_score:
 * @test: a self-test
 *
 * Returns: what the chart shows of @test: stands, seconds (the Timed Up
 *   and Go's tenths, in seconds) or stances passed
 */
double
upright_test_chart_get_score (UprightAssessment *test)
{
  g_return_val_if_fail (UPRIGHT_IS_ASSESSMENT (test), 0);

  switch (upright_assessment_get_kind (test))
    {
    case UPRIGHT_ASSESSMENT_CHAIR_STAND:
      return upright_assessment_get_stands (test);
    case UPRIGHT_ASSESSMENT_TIMED_UP_AND_GO:
      return upright_assessment_get_tenths (test) / 10.0;
    case UPRIGHT_ASSESSMENT_FOUR_STAGE_BALANCE:
    default:
      return upright_assessment_get_stages_passed (test);
    }
}

/**
 * upright_test_chart_draw:
 * @cr: where to draw
 * @context: the fonts to write with
 * @fg: the colour of the text
 * @accent: the colour of the bars
 * @kind: which self-test, for the scale
 * @tests: (element-type UprightAssessment): its results, oldest first
 * @width: the chart's width
 * @height: the chart's height
 *
 * Draws one bar for each result, in room for at least six. Each bar has
 * its day under it where there is room; where there is not, as with large
 * text in a narrow window, every second or third day is written, counted
 * back from the newest, so that no two run into each other.
 *
 * Returns: how many days are written under the bars
 */
guint
upright_test_chart_draw (cairo_t               *cr,
                         PangoContext          *context,
                         const UprightColor    *fg,
                         const UprightColor    *accent,
                         UprightAssessmentKind  kind,
                         GPtrArray             *tests,
                         double                 width,
                         double                 height)
{
  double max = kind == UPRIGHT_ASSESSMENT_CHAIR_STAND ? 20 : kind == UPRIGHT_ASSESSMENT_TIMED_UP_AND_GO ? 15 : 4;
  double bottom = height - 18;
  double step;
  int widest = 0;
  guint every, n_labels = 0;

  g_return_val_if_fail (cr != NULL, 0);
  g_return_val_if_fail (PANGO_IS_CONTEXT (context), 0);
  g_return_val_if_fail (fg != NULL && accent != NULL, 0);

  if (tests == NULL || tests->len == 0)
    return 0;

  for (guint i = 0; i < tests->len; i++)
    {
      g_autofree char *date = g_date_time_format (upright_assessment_get_time (g_ptr_array_index (tests, i)),
                                                  C_("self-test chart", "%-d %b"));
      g_autoptr(PangoLayout) layout = pango_layout_new (context);
      int text_width;

      max = MAX (max, upright_test_chart_get_score (g_ptr_array_index (tests, i)));
      pango_layout_set_text (layout, g_strstrip (date), -1);
      pango_layout_get_pixel_size (layout, &text_width, NULL);
      widest = MAX (widest, text_width);
    }

  step = width / MAX (tests->len, 6);
  /* Room for a day, and a little space before the next. */
  every = MAX ((guint) ceil ((widest + 6) / step), 1);

  for (guint i = 0; i < tests->len; i++)
    {
      UprightAssessment *test = g_ptr_array_index (tests, i);
      double value = upright_test_chart_get_score (test);
      double bar = MAX ((bottom - 4) * value / max, 2);
      g_autofree char *date = g_date_time_format (upright_assessment_get_time (test), C_("self-test chart", "%-d %b"));
      g_autofree char *figure = kind == UPRIGHT_ASSESSMENT_TIMED_UP_AND_GO ? g_strdup_printf ("%.1f", value)
                                                                           : g_strdup_printf ("%u", (guint) value);
      g_autoptr(PangoLayout) layout = pango_layout_new (context);
      int text_width, text_height;

      upright_color_set_source (cr, accent, 1.0);
      cairo_rectangle (cr, i * step + step * 0.2, bottom - bar, step * 0.6, bar);
      cairo_fill (cr);

      if ((tests->len - 1 - i) % every == 0)
        {
          upright_color_set_source (cr, fg, 0.7);
          pango_layout_set_text (layout, g_strstrip (date), -1);
          pango_layout_get_pixel_size (layout, &text_width, &text_height);
          cairo_move_to (cr, i * step + (step - text_width) / 2, bottom + 2);
          pango_cairo_show_layout (cr, layout);
          n_labels++;
        }

      pango_layout_set_text (layout, figure, -1);
      pango_layout_get_pixel_size (layout, &text_width, &text_height);
      if (bar > text_height + 4)
        {
          cairo_set_source_rgba (cr, 1, 1, 1, 1);
          cairo_move_to (cr, i * step + (step - text_width) / 2, bottom - bar + 2);
          pango_cairo_show_layout (cr, layout);
        }
    }

  return n_labels;
}
