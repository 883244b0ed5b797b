/* upright-text.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "upright-text.h"

/**
 * upright_text_is_id:
 * @text: a string
 *
 * Checks whether @text can name an exercise, article or demo: lowercase
 * ASCII letters, digits and dashes, not starting with a dash.
 *
 * Returns: %TRUE if @text is a valid id
 */
gboolean
upright_text_is_id (const char *text)
{
  g_return_val_if_fail (text != NULL, FALSE);

  if (*text == '\0' || *text == '-')
    return FALSE;

  for (const char *c = text; *c; c++)
    {
      if (!g_ascii_islower (*c) && !g_ascii_isdigit (*c) && *c != '-')
        return FALSE;
    }

  return TRUE;
}

/**
 * upright_text_is_uuid:
 * @text: a string
 *
 * Checks whether @text is a UUID as g_uuid_string_random() writes it,
 * exactly as g_uuid_string_is_valid() does: 36 characters, hexadecimal
 * digits in either case and dashes where they go. This is on the way of
 * every record a journal reads, and GLib's check takes several times
 * longer.
 *
 * Returns: %TRUE if @text is a UUID
 */
gboolean
upright_text_is_uuid (const char *text)
{
  g_return_val_if_fail (text != NULL, FALSE);

  for (guint i = 0; i < 36; i++)
    {
      if (i == 8 || i == 13 || i == 18 || i == 23 ? text[i] != '-' : !g_ascii_isxdigit (text[i]))
        return FALSE;
    }

  return text[36] == '\0';
}

/**
 * upright_text_fold:
 * @text: UTF-8 text
 *
 * Makes text comparable for searching: normalized and case-folded.
 *
 * Returns: (transfer full): the folded text
 */
char *
upright_text_fold (const char *text)
{
  g_autofree char *normalized = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  normalized = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);

  return g_utf8_casefold (normalized != NULL ? normalized : "", -1);
}

/**
 * upright_text_matches_words:
 * @folded_text: text folded with upright_text_fold()
 * @query: (nullable): words to look for, as typed
 *
 * Returns: %TRUE if every word of @query appears in @folded_text, ignoring
 *   case; an empty query matches everything
 */
gboolean
upright_text_matches_words (const char *folded_text,
                            const char *query)
{
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;

  g_return_val_if_fail (folded_text != NULL, FALSE);

  if (query == NULL)
    return TRUE;

  folded = upright_text_fold (query);
  words = g_strsplit_set (folded, " \t\n", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] != '\0' && strstr (folded_text, words[i]) == NULL)
        return FALSE;
    }

  return TRUE;
}

/**
 * upright_text_normalize_time:
 * @time: a date and time
 *
 * Drops the fraction of a second and any seconds of the UTC offset (only
 * historical local times have them), keeping the same instant as far as
 * possible, so that what is kept is exactly what upright_text_format_time()
 * writes.
 *
 * Returns: (transfer full) (nullable): the time, or %NULL for one that
 *   cannot be written
 */
GDateTime *
upright_text_normalize_time (GDateTime *time)
{
  g_autoptr(GDateTime) whole = NULL;
  g_autoptr(GTimeZone) zone = NULL;
  gint32 offset;

  g_return_val_if_fail (time != NULL, NULL);

  offset = (gint32) (g_date_time_get_utc_offset (time) / G_TIME_SPAN_MINUTE) * 60;
  zone = g_time_zone_new_offset (offset);
  whole = g_date_time_add (time, -(GTimeSpan) g_date_time_get_microsecond (time));
  if (whole == NULL)
    return NULL;

  return g_date_time_to_timezone (whole, zone);
}

/**
 * upright_text_format_time:
 * @time: a normalized date and time
 *
 * Writes @time in ISO 8601 with its UTC offset, as the user's files keep
 * it: “2026-03-29T09:30:00+02:00”, or “Z” for UTC.
 *
 * Returns: (transfer full): the text
 */
char *
upright_text_format_time (GDateTime *time)
{
  g_return_val_if_fail (time != NULL, NULL);

  /* Not g_date_time_format_iso8601(): that writes “+01” for “+01:00”. */
  if (g_date_time_get_utc_offset (time) == 0)
    return g_date_time_format (time, "%C%y-%m-%dT%H:%M:%SZ");
  else
    return g_date_time_format (time, "%C%y-%m-%dT%H:%M:%S%:z");
}

/**
 * upright_text_parse_time:
 * @text: a date and time in ISO 8601
 *
 * Reads a time that upright_text_format_time() wrote. A time without a UTC
 * offset is refused: it would mean a different moment in every time zone.
 *
 * Returns: (transfer full) (nullable): the normalized time, or %NULL
 */
GDateTime *
upright_text_parse_time (const char *text)
{
  g_autoptr(GDateTime) time = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  /* Without a default time zone, a time without a UTC offset is refused. */
  time = g_date_time_new_from_iso8601 (text, NULL);
  if (time == NULL)
    return NULL;

  /* What Upright writes is normalized already: whole seconds, an offset
   * of whole minutes. Most times are read from the journal. */
  if (g_date_time_get_microsecond (time) == 0 &&
      g_date_time_get_utc_offset (time) % G_TIME_SPAN_MINUTE == 0)
    return g_steal_pointer (&time);

  return upright_text_normalize_time (time);
}
