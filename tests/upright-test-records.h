/* upright-test-records.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "core/upright-record.h"
#include "core/upright-stats.h"

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

/* Eight weeks from 2026-10-05 with strength on 0 to 3 days of each and
 * balance in all but the first, 15 minutes more each week. */
static inline GListModel *
upright_test_chart_records (void)
{
  GListStore *store = g_list_store_new (UPRIGHT_TYPE_RECORD);

  for (guint w = 0; w < 8; w++)
    {
      for (guint d = 0; d < w % 4; d++)
        {
          g_autofree char *when = upright_test_day (w * 7 + d * 2, 10);
          g_autoptr(UprightRecord) record = upright_test_record ("sit-to-stand", UPRIGHT_CATEGORY_STRENGTH,
                                                                 when, 300, 5 + w % 3, w == 6 ? 6 : 0);

          g_list_store_append (store, record);
        }

      if (w > 0)
        {
          g_autofree char *when = upright_test_day (w * 7 + 1, 16);
          g_autoptr(UprightRecord) record = upright_test_record ("weight-shift", UPRIGHT_CATEGORY_BALANCE,
                                                                 when, w * 15 * 60, 4, 0);

          g_list_store_append (store, record);
        }
    }

  return G_LIST_MODEL (store);
}

/* The weeks of those records, in a range of @n_weeks ending with theirs. */
static inline GArray *
upright_test_chart_weeks (guint n_weeks)
{
  g_autoptr(GListModel) records = upright_test_chart_records ();
  GDate first;

  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 5, G_DATE_OCTOBER, 2026);
  /* The longer ranges end with the same week. */
  g_date_subtract_days (&first, 7 * (n_weeks - 8));

  return upright_stats_weeks (records, &first, n_weeks);
}

static inline void
upright_test_chart_today (GDate *today)
{
  g_date_clear (today, 1);
  g_date_set_dmy (today, 25, G_DATE_NOVEMBER, 2026);
}
