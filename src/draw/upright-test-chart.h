/* upright-test-chart.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "core/upright-assessment.h"

#include "upright-chart.h"

G_BEGIN_DECLS

double upright_test_chart_get_score (UprightAssessment     *test);
guint  upright_test_chart_draw      (cairo_t               *cr,
                                     PangoContext          *context,
                                     const UprightColor    *fg,
                                     const UprightColor    *accent,
                                     UprightAssessmentKind  kind,
                                     GPtrArray             *tests,
                                     double                 width,
                                     double                 height);

G_END_DECLS
