/* upright-progress-chart.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "draw/upright-chart.h"

G_BEGIN_DECLS

#define UPRIGHT_TYPE_PROGRESS_CHART (upright_progress_chart_get_type ())

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

G_END_DECLS
