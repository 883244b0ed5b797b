/* upright-report.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "core/upright-catalog.h"
#include "core/upright-stats.h"

G_BEGIN_DECLS

/**
 * UprightReport:
 * @records: (element-type UprightRecord): the journal's records, earliest
 *   first
 * @assessments: (element-type UprightAssessment) (nullable): the
 *   journal's self-tests, earliest first
 * @catalog: (nullable): the exercises, for their titles
 * @goals: the weekly goals
 * @today: the last day the report covers
 * @n_weeks: how many weeks the report covers, ending with today's
 *
 * What a report for a clinician shows.
 */
typedef struct {
  GListModel     *records;
  GListModel     *assessments;
  UprightCatalog *catalog;
  UprightGoals    goals;
  GDate           today;
  guint           n_weeks;
} UprightReport;

/* Rows of the table of sessions on each of its pages. */
#define UPRIGHT_REPORT_ROWS_PER_PAGE 30

guint    upright_report_count_sessions (const UprightReport *report);
guint    upright_report_count_pages    (const UprightReport *report);
GBytes  *upright_report_to_pdf         (const UprightReport *report,
                                        GError             **error);

G_END_DECLS
