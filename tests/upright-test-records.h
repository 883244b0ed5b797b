/* upright-test-records.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "core/upright-record.h"

/* Makes a record of @category at @when, an ISO 8601 time with its offset,
 * lasting @seconds, with @effort and @pain. */
static inline UprightRecord *
upright_test_record (const char      *exercise_id,
                     UprightCategory  category,
                     const char      *when,
                     guint            seconds,
                     guint            effort,
                     guint            pain)
{
  g_autoptr(GDateTime) start = g_date_time_new_from_iso8601 (when, NULL);
  UprightRecord *record;

  g_assert_nonnull (start);
  record = upright_record_new (exercise_id, category, start);
  upright_record_set_duration_seconds (record, seconds);
  upright_record_set_effort (record, effort);
  upright_record_set_pain (record, pain);
  upright_record_set_completed (record, TRUE);

  return record;
}

/* The day @days after 2026-10-05, a Monday, at @hour:00 in UTC+01:00. */
static inline char *
upright_test_day (guint days,
                  guint hour)
{
  g_autoptr(GDateTime) monday = g_date_time_new_from_iso8601 ("2026-10-05T00:00:00+01:00", NULL);
  g_autoptr(GDateTime) day = g_date_time_add_full (monday, 0, 0, days, hour, 0, 0);

  return g_date_time_format (day, "%Y-%m-%dT%H:%M:%S%:z");
}
