/* upright-progress-chart.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

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
  GdkRGBA  fg;
  GdkRGBA  accent;
  GdkRGBA  success;
  GdkRGBA  warning;
  gboolean high_contrast;
} UprightChartStyle;

#define UPRIGHT_TYPE_CHART_METRIC (upright_chart_metric_get_type ())
#define UPRIGHT_TYPE_PROGRESS_CHART (upright_progress_chart_get_type ())

GType upright_chart_metric_get_type (void) G_GNUC_CONST;

G_DECLARE_FINAL_TYPE (UprightProgressChart, upright_progress_chart, UPRIGHT, PROGRESS_CHART, GtkWidget)

GtkWidget          *upright_progress_chart_new          (UprightChartMetric    metric);
UprightChartMetric  upright_progress_chart_get_metric   (UprightProgressChart *self);
void                upright_progress_chart_set_metric   (UprightProgressChart *self,
                                                         UprightChartMetric    metric);
void                upright_progress_chart_set_weeks    (UprightProgressChart *self,
                                                         GArray               *weeks,
                                                         guint                 target,
                                                         const GDate          *today);
guint               upright_progress_chart_get_n_weeks  (UprightProgressChart *self);
int                 upright_progress_chart_get_selected (UprightProgressChart *self);
void                upright_progress_chart_set_selected (UprightProgressChart *self,
                                                         int                   selected);
double              upright_progress_chart_get_value    (UprightProgressChart *self,
                                                         guint                 week);
char               *upright_progress_chart_describe_week (UprightProgressChart *self,
                                                          guint                 week);
const char         *upright_progress_chart_get_summary  (UprightProgressChart *self);

void                upright_progress_chart_draw         (cairo_t                 *cr,
                                                         PangoContext            *context,
                                                         const UprightChartStyle *style,
                                                         UprightChartMetric       metric,
                                                         GArray                  *weeks,
                                                         guint                    target,
                                                         const GDate             *today,
                                                         double                   width,
                                                         double                   height);

G_END_DECLS
