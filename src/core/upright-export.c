/* upright-export.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "upright-export.h"
#include "upright-record.h"

/* The columns, as the header row names them. The names are not translated:
 * spreadsheets and scripts look columns up by them. */
static const char * const columns[] = {
  "date", "start", "exercise", "title", "category", "regions", "duration_seconds",
  "sets_done", "reps_done", "hold_seconds", "completed", "effort", "pain", "note",
};

G_DEFINE_QUARK (upright-export-error-quark, upright_export_error)

/* Appends @text as one field. A field holding a separator, a quote or a
 * line break is quoted, with its quotes doubled (RFC 4180).
 *
 * A spreadsheet opening the file runs a field that starts with “=”, “+”,
 * “-” or “@” as a formula, which a note could use to run commands or send
 * data away (CSV injection). Such a field, and one that starts with a tab or
 * a carriage return, which some spreadsheets skip before looking for those,
 * gets a leading single quote, as OWASP recommends: spreadsheets show the
 * text as it is, and a person reading the file sees what happened.
 */
static void
append_field (GString    *csv,
              const char *text)
{
  gboolean guard = text[0] != '\0' && strchr ("=+-@\t\r", text[0]) != NULL;

  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      if (guard)
        g_string_append_c (csv, '\'');
      g_string_append (csv, text);
      return;
    }

  g_string_append_c (csv, '"');
  if (guard)
    g_string_append_c (csv, '\'');
  for (const char *c = text; *c != '\0'; c++)
    {
      if (*c == '"')
        g_string_append_c (csv, '"');
      g_string_append_c (csv, *c);
    }
  g_string_append_c (csv, '"');
}

static void
append_date_time (GString   *csv,
                  GDateTime *start)
{
  GTimeSpan offset = g_date_time_get_utc_offset (start);
  int year, month, day;
  guint minutes;

  /* The day as the user lived it: in the UTC offset the record was made
   * in, not in the offset of whoever opens the file. */
  g_date_time_get_ymd (start, &year, &month, &day);
  g_string_append_printf (csv, "%04d-%02d-%02d,", year, month, day);

  /* Always with the offset written out, “+00:00” for UTC too, so the
   * column reads the same way all through. */
  minutes = (guint) (ABS (offset) / G_TIME_SPAN_MINUTE);
  g_string_append_printf (csv, "%04d-%02d-%02dT%02d:%02d:%02d%c%02u:%02u,",
                          year, month, day,
                          g_date_time_get_hour (start), g_date_time_get_minute (start),
                          g_date_time_get_second (start),
                          offset < 0 ? '-' : '+', minutes / 60, minutes % 60);
}

static void
append_record (GString        *csv,
               UprightRecord  *record,
               UprightCatalog *catalog)
{
  const char *exercise_id = upright_record_get_exercise_id (record);
  UprightExercise *exercise = NULL;
  const UprightRegion *regions;
  g_autoptr(GString) region_names = g_string_new (NULL);
  const char *note;
  guint n_regions;

  append_date_time (csv, upright_record_get_start (record));

  append_field (csv, exercise_id);
  g_string_append_c (csv, ',');

  /* An exercise that left the catalogue keeps its id but has no title. */
  if (catalog != NULL)
    exercise = upright_catalog_lookup (catalog, exercise_id);
  append_field (csv, exercise != NULL ? upright_exercise_get_title (exercise) : "");
  g_string_append_c (csv, ',');

  append_field (csv, upright_category_to_string (upright_record_get_category (record)));
  g_string_append_c (csv, ',');

  regions = upright_record_get_regions (record, &n_regions);
  for (guint i = 0; i < n_regions; i++)
    g_string_append_printf (region_names, "%s%s", i > 0 ? " " : "",
                            upright_region_to_string (regions[i]));
  append_field (csv, region_names->str);

  g_string_append_printf (csv, ",%u,%u,%u,%u,%s,%u,%u,",
                          upright_record_get_duration_seconds (record),
                          upright_record_get_sets_done (record),
                          upright_record_get_reps_done (record),
                          upright_record_get_hold_seconds (record),
                          upright_record_get_completed (record) ? "yes" : "no",
                          upright_record_get_effort (record),
                          upright_record_get_pain (record));

  note = upright_record_get_note (record);
  append_field (csv, note != NULL ? note : "");
  g_string_append (csv, "\r\n");
}

/**
 * upright_export_csv:
 * @records: a list of #UprightRecord, such as the journal
 * @catalog: (nullable): the exercise catalogue, for the exercises' titles
 * @error: return location for an error
 *
 * Writes @records, in the list's order, as comma-separated values that a
 * spreadsheet or a physiotherapist's software can open: UTF-8 text as in
 * RFC 4180, with a header row and CRLF line ends. Each record is one row
 * with these columns:
 *
 * - `date`: the day it started, as `YYYY-MM-DD`, in the record's own UTC
 *   offset
 * - `start`: when it started, in ISO 8601 with that offset
 *   (`2026-11-25T09:30:00+01:00`)
 * - `exercise`: the exercise's id
 * - `title`: the exercise's title if @catalog has it, otherwise empty
 * - `category`: `strength`, `balance`, `posture` or `impact`
 * - `regions`: the ids of the body regions, separated by spaces
 * - `duration_seconds`, `sets_done`, `reps_done`, `hold_seconds`
 * - `completed`: `yes` or `no`
 * - `effort` and `pain`: from 0 to 10
 * - `note`: what the user wrote, or empty
 *
 * A text that a spreadsheet would run as a formula starts with a single
 * quote in the file.
 *
 * Returns: (transfer full) (nullable): the text, or %NULL with @error set if
 *   an item of @records is not an #UprightRecord
 */
char *
upright_export_csv (GListModel      *records,
                    UprightCatalog  *catalog,
                    GError         **error)
{
  g_autoptr(GString) csv = NULL;
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (records), NULL);
  g_return_val_if_fail (catalog == NULL || UPRIGHT_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  n = g_list_model_get_n_items (records);
  /* About the length of a row without a note. */
  csv = g_string_sized_new ((n + 1) * 128);

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    g_string_append_printf (csv, "%s%s", i > 0 ? "," : "", columns[i]);
  g_string_append (csv, "\r\n");

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (records, i);

      /* A model wrapping the journal may give only GObject as its item
       * type, so the items are checked one by one. */
      if (!UPRIGHT_IS_RECORD (item))
        {
          g_set_error (error, UPRIGHT_EXPORT_ERROR, UPRIGHT_EXPORT_ERROR_NOT_A_RECORD,
                       "Item %u of the list is a %s, not a record", i + 1,
                       item != NULL ? G_OBJECT_TYPE_NAME (item) : "missing item");
          return NULL;
        }

      append_record (csv, UPRIGHT_RECORD (item), catalog);
    }

  return g_string_free (g_steal_pointer (&csv), FALSE);
}
