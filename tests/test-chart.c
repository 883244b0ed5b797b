/* test-chart.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "draw/upright-chart.h"
#include "draw/upright-test-chart.h"

#include "upright-test-records.h"

/* The charts as the draw library makes them: no display, the same drawing
 * that the Progress page shows and the report prints. */

/* Counts the pixels of @surface that are exactly @argb. */
static guint
count_pixels (cairo_surface_t *surface,
              guint32          argb)
{
  guint8 *data;
  int stride;
  guint n = 0;

  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      if (*(guint32 *) (data + y * stride + x * 4) == argb)
        n++;

  return n;
}

static void
test_draw_on_paper (void)
{
  g_autoptr(GArray) weeks = upright_test_chart_weeks (8);
  const UprightChartStyle style = {
    { 0, 0, 0, 1 }, { 0, 0, 1, 1 }, { 0, 1, 0, 1 }, { 1, 0.5, 0, 1 }, FALSE,
  };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 160);
  cairo_t *cr = cairo_create (surface);
  PangoContext *context = pango_cairo_create_context (cr);
  guint blue = 0;
  guint8 *data;
  int stride;
  GDate today;

  upright_test_chart_today (&today);
  upright_chart_draw_weeks (cr, context, &style, UPRIGHT_CHART_STRENGTH, weeks, 2, &today, 400, 160);
  cairo_surface_flush (surface);

  /* The bars are drawn in the accent colour: the week with 3 days is tall. */
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < 160; y++)
    for (int x = 0; x < 400; x++)
      {
        guint32 pixel = *(guint32 *) (data + y * stride + x * 4);

        if (pixel == 0xff0000ff)
          blue++;
      }
  g_assert_cmpuint (blue, >, 1000);

  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_describe (void)
{
  g_autoptr(GArray) weeks = upright_test_chart_weeks (8);
  UprightChart chart = { UPRIGHT_CHART_STRENGTH, weeks, 2 };
  g_autofree char *summary = NULL;
  g_autofree char *week3 = NULL;
  g_autofree char *pain = NULL;

  upright_test_chart_today (&chart.today);

  /* Strength on 0, 1, 2, 3, 0, 1, 2, 3 days: the goal of 2 met four times. */
  g_assert_cmpfloat (upright_chart_get_value (&chart, 3), ==, 3);
  g_assert_true (upright_chart_meets_target (&chart, 2));
  g_assert_false (upright_chart_meets_target (&chart, 1));
  summary = upright_chart_summarize (&chart);
  g_assert_cmpstr (summary, ==, "The goal was met in 4 of 8 weeks.");
  week3 = upright_chart_describe_week (&chart, 3);
  g_assert_cmpstr (week3, ==, "Week of 26 October: strength exercise on 3 of 2 days");

  /* Pain is a scale: no goal to meet, and a week without exercise has no
   * figure at all rather than a zero. */
  chart.metric = UPRIGHT_CHART_PAIN;
  g_assert_true (isnan (upright_chart_get_value (&chart, 0)));
  g_assert_false (upright_chart_meets_target (&chart, 9));
  g_clear_pointer (&summary, g_free);
  summary = upright_chart_summarize (&chart);
  g_assert_cmpstr (summary, ==, "The worst pain in these weeks: 6 of 10.");
  pain = upright_chart_describe_week (&chart, 0);
  g_assert_cmpstr (pain, ==, "Week of 5 October: no exercise recorded");
}

/* Larger text makes room for itself: the axis and the line above the bars
 * grow, and the plot gives way, never the other way round. */
static void
test_layout_follows_text (void)
{
  g_autoptr(GArray) weeks = upright_test_chart_weeks (8);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 10, 10);
  cairo_t *cr = cairo_create (surface);
  PangoContext *context = pango_cairo_create_context (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Sans 10");
  UprightChart normal = { UPRIGHT_CHART_BALANCE, weeks, 120 };
  UprightChart larger = normal;
  int normal_line;

  pango_context_set_font_description (context, font);
  normal_line = upright_chart_get_line_height (context);
  upright_chart_layout (&normal, context, 600, 240);

  pango_font_description_set_size (font, 16 * PANGO_SCALE);
  pango_context_set_font_description (context, font);
  g_assert_cmpint (upright_chart_get_line_height (context), >, normal_line);
  upright_chart_layout (&larger, context, 600, 240);

  g_assert_cmpfloat (larger.readout_height, >, normal.readout_height);
  g_assert_cmpfloat (larger.plot_x, >, normal.plot_x);
  g_assert_cmpfloat (larger.plot_height, <, normal.plot_height);
  g_assert_cmpfloat (larger.step, <, normal.step);

  /* Each week is found where it is drawn, in either size. */
  for (guint i = 0; i < weeks->len; i++)
    g_assert_cmpint (upright_chart_week_at (&larger, larger.plot_x + (i + 0.5) * larger.step), ==, i);
  g_assert_cmpint (upright_chart_week_at (&larger, larger.plot_x - 1), ==, -1);

  pango_font_description_free (font);
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static UprightAssessment *
make_test (UprightAssessmentKind kind,
           guint                 day,
           guint                 score)
{
  g_autofree char *when = upright_test_day (day, 10);
  g_autoptr(GDateTime) time = g_date_time_new_from_iso8601 (when, NULL);
  UprightAssessment *test = upright_assessment_new (kind, time);

  if (kind == UPRIGHT_ASSESSMENT_CHAIR_STAND)
    upright_assessment_set_stands (test, score);
  else
    upright_assessment_set_tenths (test, score);

  return test;
}

/* Draws @tests as bars on white, @width wide with text @font_size points
 * high, and counts the bars' pixels and the days written under them. */
static guint
draw_tests_sized (UprightAssessmentKind  kind,
                  GPtrArray             *tests,
                  int                    width,
                  int                    font_size,
                  guint                 *n_labels)
{
  const UprightColor fg = { 0, 0, 0, 1 };
  const UprightColor accent = { 0, 0, 1, 1 };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, 110);
  cairo_t *cr = cairo_create (surface);
  PangoContext *context = pango_cairo_create_context (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Sans");
  guint blue, labels;

  pango_font_description_set_size (font, font_size * PANGO_SCALE);
  pango_context_set_font_description (context, font);
  pango_font_description_free (font);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  labels = upright_test_chart_draw (cr, context, &fg, &accent, kind, tests, width, 110);
  blue = count_pixels (surface, 0xff0000ff);
  if (n_labels != NULL)
    *n_labels = labels;

  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return blue;
}

static guint
draw_tests (UprightAssessmentKind  kind,
            GPtrArray             *tests)
{
  return draw_tests_sized (kind, tests, 300, 10, NULL);
}

static void
test_self_test_chart (void)
{
  g_autoptr(GPtrArray) tests = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(UprightAssessment) tug = make_test (UPRIGHT_ASSESSMENT_TIMED_UP_AND_GO, 3, 94);
  guint one, two, taller;

  /* The Timed Up and Go is charted in seconds. */
  g_assert_cmpfloat (upright_test_chart_get_score (tug), ==, 9.4);

  g_assert_cmpuint (draw_tests (UPRIGHT_ASSESSMENT_CHAIR_STAND, tests), ==, 0);

  g_ptr_array_add (tests, make_test (UPRIGHT_ASSESSMENT_CHAIR_STAND, 0, 8));
  one = draw_tests (UPRIGHT_ASSESSMENT_CHAIR_STAND, tests);
  g_assert_cmpuint (one, >, 100);

  g_ptr_array_add (tests, make_test (UPRIGHT_ASSESSMENT_CHAIR_STAND, 30, 8));
  two = draw_tests (UPRIGHT_ASSESSMENT_CHAIR_STAND, tests);
  g_assert_cmpuint (two, >, one * 3 / 2);

  /* Twice the stands, a bar about twice as tall; the figure written in it
   * takes some of its pixels. */
  g_ptr_array_remove_index (tests, 1);
  g_ptr_array_add (tests, make_test (UPRIGHT_ASSESSMENT_CHAIR_STAND, 30, 16));
  taller = draw_tests (UPRIGHT_ASSESSMENT_CHAIR_STAND, tests);
  g_assert_cmpuint (taller, >, two * 5 / 4);
}

/* Every day is written where there is room; in a narrow chart with large
 * text some are left out, the newest kept, so that none run together. */
static void
test_self_test_chart_labels (void)
{
  g_autoptr(GPtrArray) tests = g_ptr_array_new_with_free_func (g_object_unref);
  guint wide, narrow;

  for (guint i = 0; i < 6; i++)
    g_ptr_array_add (tests, make_test (UPRIGHT_ASSESSMENT_CHAIR_STAND, i * 30, 8 + i));

  draw_tests_sized (UPRIGHT_ASSESSMENT_CHAIR_STAND, tests, 600, 10, &wide);
  g_assert_cmpuint (wide, ==, 6);

  draw_tests_sized (UPRIGHT_ASSESSMENT_CHAIR_STAND, tests, 300, 18, &narrow);
  g_assert_cmpuint (narrow, >=, 1);
  g_assert_cmpuint (narrow, <, 6);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart/draw-on-paper", test_draw_on_paper);
  g_test_add_func ("/chart/describe", test_describe);
  g_test_add_func ("/chart/layout-follows-text", test_layout_follows_text);
  g_test_add_func ("/chart/self-test-chart", test_self_test_chart);
  g_test_add_func ("/chart/self-test-chart-labels", test_self_test_chart_labels);

  return g_test_run ();
}
