/* upright-chart.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "core/upright-stats.h"

G_BEGIN_DECLS

/**
 * UprightChartMetric:
 * @UPRIGHT_CHART_STRENGTH: days with strength exercise
 * @UPRIGHT_CHART_BALANCE: minutes of balance exercise
 * @UPRIGHT_CHART_POSTURE: days with posture exercise
 * @UPRIGHT_CHART_IMPACT: days with impact exercise
 * @UPRIGHT_CHART_EFFORT: the average effort, 0 to 10
 * @UPRIGHT_CHART_PAIN: the worst pain, 0 to 10
 *
 * What the bars of a chart show for each week.
 */
typedef enum {
  UPRIGHT_CHART_STRENGTH,
  UPRIGHT_CHART_BALANCE,
  UPRIGHT_CHART_POSTURE,
  UPRIGHT_CHART_IMPACT,
  UPRIGHT_CHART_EFFORT,
  UPRIGHT_CHART_PAIN,
} UprightChartMetric;

#define UPRIGHT_TYPE_CHART_METRIC (upright_chart_metric_get_type ())

GType upright_chart_metric_get_type (void) G_GNUC_CONST;

/**
 * UprightColor:
 * @red: from 0 to 1
 * @green: from 0 to 1
 * @blue: from 0 to 1
 * @alpha: from 0 (clear) to 1 (opaque)
 *
 * A colour to draw with; the same fields as a GdkRGBA.
 */
typedef struct {
  double red;
  double green;
  double blue;
  double alpha;
} UprightColor;

/**
 * UprightChartStyle:
 * @fg: the text colour
 * @accent: the colour of the bars
 * @success: the colour of a good range
 * @warning: the colour of a warning
 * @high_contrast: whether lines and text need more contrast
 *
 * The colours a chart is drawn in.
 */
typedef struct {
  UprightColor fg;
  UprightColor accent;
  UprightColor success;
  UprightColor warning;
  gboolean     high_contrast;
} UprightChartStyle;

/**
 * UprightChart:
 * @metric: what the bars show
 * @weeks: (element-type UprightWeek) (nullable): the weeks, oldest first
 * @target: the weekly goal in the chart's unit, or 0 for none
 * @today: today, to mark the week still running, or invalid
 *
 * What a chart shows, and where its parts are once it is laid out; the
 * fields after @today are upright_chart_layout()'s.
 */
typedef struct {
  UprightChartMetric metric;
  GArray            *weeks;
  guint              target;
  GDate              today;

  /*< private >*/
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
} UprightChart;

void     upright_color_set_source      (cairo_t            *cr,
                                        const UprightColor *color,
                                        double              alpha);

guint    upright_chart_get_n_weeks     (const UprightChart *c);
double   upright_chart_get_value       (const UprightChart *c,
                                        guint               week);
gboolean upright_chart_meets_target    (const UprightChart *c,
                                        double              value);
char    *upright_chart_describe_week   (const UprightChart *c,
                                        guint               week);
char    *upright_chart_summarize       (const UprightChart *c);
int      upright_chart_get_line_height (PangoContext       *context);
void     upright_chart_layout          (UprightChart       *c,
                                        PangoContext       *context,
                                        double              width,
                                        double              height);
int      upright_chart_week_at         (const UprightChart *c,
                                        double              x);
void     upright_chart_draw            (const UprightChart      *c,
                                        cairo_t                 *cr,
                                        PangoContext            *context,
                                        const UprightChartStyle *style,
                                        int                      shown,
                                        gboolean                 focused);
void     upright_chart_draw_weeks      (cairo_t                 *cr,
                                        PangoContext            *context,
                                        const UprightChartStyle *style,
                                        UprightChartMetric       metric,
                                        GArray                  *weeks,
                                        guint                    target,
                                        const GDate             *today,
                                        double                   width,
                                        double                   height);

G_END_DECLS
