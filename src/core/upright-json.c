/* upright-json.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "upright-journal.h"
#include "upright-json-private.h"

/* The deepest Upright's files may nest lists and objects. A journal's
 * record is four deep; the rest is room for what later versions add. */
#define MAX_DEPTH 64

/* The most digits of a whole number that always fit in 64 bits. */
#define MAX_WHOLE_DIGITS 18

/* Says in plain words that item @index of the list of @what (“Record” or
 * “Self-test”) cannot be read. */
void
_upright_json_set_damaged (GError     **error,
                           const char  *what,
                           guint        index)
{
  if (g_str_equal (what, "Self-test"))
    g_set_error (error, UPRIGHT_JOURNAL_ERROR, UPRIGHT_JOURNAL_ERROR_DAMAGED,
                 _("Self-test number %u in this file is damaged and cannot be read."), index + 1);
  else
    g_set_error (error, UPRIGHT_JOURNAL_ERROR, UPRIGHT_JOURNAL_ERROR_DAMAGED,
                 _("Record number %u in this file is damaged and cannot be read."), index + 1);
}

/* Sets the reader's error to a problem with @member, and returns FALSE.
 * The person reads which item it is; developers find what is wrong with
 * it in the debug log. */
gboolean
_upright_json_reader_fail (UprightJsonReader *reader,
                           const char        *member,
                           const char        *format,
                           ...)
{
  g_autofree char *problem = NULL;
  va_list args;

  va_start (args, format);
  problem = g_strdup_vprintf (format, args);
  va_end (args);

  g_debug ("%s %u (“%s”), member “%s”: %s", reader->what, reader->index + 1,
           reader->id != NULL ? reader->id : "", member, problem);
  _upright_json_set_damaged (reader->error, reader->what, reader->index);

  return FALSE;
}

/* Returns the string @member, which must be there, or NULL. */
const char *
_upright_json_reader_string (UprightJsonReader *reader,
                             const char        *member)
{
  JsonNode *node = json_object_get_member (reader->object, member);
  const char *value;

  if (node == NULL)
    {
      _upright_json_reader_fail (reader, member, "missing");
      return NULL;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      _upright_json_reader_fail (reader, member, "expected a string");
      return NULL;
    }

  value = json_node_get_string (node);
  if (!g_utf8_validate (value, -1, NULL))
    {
      _upright_json_reader_fail (reader, member, "not valid UTF-8");
      return NULL;
    }

  return value;
}

/* Reads @node, a value of @member, or NULL when it is missing, as a whole
 * number from 0 to @max. */
gboolean
_upright_json_reader_count (UprightJsonReader *reader,
                            const char        *member,
                            JsonNode          *node,
                            guint              max,
                            guint             *out)
{
  gint64 value;

  if (node == NULL)
    return _upright_json_reader_fail (reader, member, "missing");

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return _upright_json_reader_fail (reader, member, "expected a whole number from 0 to %u", max);

  /* The text is checked for numbers too large for 64 bits before parsing:
   * json-glib would wrap them around into this range. */
  value = json_node_get_int (node);
  if (value < 0 || value > max)
    return _upright_json_reader_fail (reader, member, "%" G_GINT64_FORMAT " is not from 0 to %u", value, max);

  *out = (guint) value;

  return TRUE;
}

/*
 * Returns the members of @object not named in @known, as the text of a JSON
 * object, or %NULL when there are none.
 */
char *
_upright_json_get_extra (JsonObject         *object,
                         const char * const *known,
                         gsize               n_known)
{
  g_autoptr(JsonObject) extra = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GList) members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;
      gboolean is_known = FALSE;

      for (gsize i = 0; i < n_known && !is_known; i++)
        is_known = g_str_equal (name, known[i]);

      if (is_known)
        continue;

      if (extra == NULL)
        extra = json_object_new ();
      json_object_set_member (extra, name, json_node_copy (json_object_get_member (object, name)));
    }

  if (extra == NULL)
    return NULL;

  node = json_node_init_object (json_node_alloc (), extra);

  return json_to_string (node, FALSE);
}

/*
 * Adds the members _upright_json_get_extra() kept to the object @builder is
 * building.
 */
void
_upright_json_add_extra (JsonBuilder *builder,
                         const char  *extra)
{
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GList) members = NULL;
  JsonObject *object;

  if (extra == NULL)
    return;

  node = json_from_string (extra, NULL);
  g_return_if_fail (node != NULL && JSON_NODE_HOLDS_OBJECT (node));

  object = json_node_get_object (node);
  members = json_object_get_members (object);
  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;

      json_builder_set_member_name (builder, name);
      json_builder_add_value (builder, json_node_copy (json_object_get_member (object, name)));
    }
}

/* json-glib 1.6 reads more than JSON, and some JSON in ways that would harm
 * the journal, so the text is checked before json-glib sees it. What the
 * checks turn away, Upright never writes:
 *
 * - Its parser recurses for each nested list or object, without a limit: a
 *   few hundred kilobytes of “[” overflow the stack and crash the app at
 *   every start, before the file can be moved aside.
 * - It reads comments, single-quoted strings, hexadecimal, binary and (with
 *   a leading zero) octal numbers. Those are not JSON, and a quote in a
 *   comment would hide the brackets after it from the depth count below.
 * - It wraps whole numbers beyond 64 bits around without a word, so that a
 *   pain of -18446744073709551606 would read as 10.
 * - It reads a number too large for a double as infinity, and writes that
 *   as “inf.0”, which it cannot read back: in a member this version does
 *   not know, saving would lose every such member, self-assessments too.
 * - It turns an escaped lone UTF-16 surrogate into bytes that are not UTF-8,
 *   with the same effect, and an escaped NUL cuts the text short.
 *
 * Each check returns where the text after the checked part starts, or NULL.
 */

static const char *
check_digits (const char *p,
              const char *end)
{
  const char *digits = p;

  while (p < end && g_ascii_isdigit (*p))
    p++;

  return p > digits ? p : NULL;
}

static const char *
check_number (const char *p,
              const char *end)
{
  const char *start = p;
  const char *digits;
  gboolean whole = TRUE;

  if (*p == '-')
    p++;

  digits = p;
  p = check_digits (p, end);
  if (p == NULL || (*digits == '0' && p - digits > 1))
    return NULL;

  if (p < end && *p == '.')
    {
      p = check_digits (p + 1, end);
      if (p == NULL)
        return NULL;
      whole = FALSE;
    }

  if (p < end && (*p == 'e' || *p == 'E'))
    {
      p++;
      if (p < end && (*p == '+' || *p == '-'))
        p++;
      p = check_digits (p, end);
      if (p == NULL)
        return NULL;
      whole = FALSE;
    }

  if (whole)
    return p - digits <= MAX_WHOLE_DIGITS ? p : NULL;

  /* Journals hold only small whole numbers, so this is rare. */
  {
    g_autofree char *text = g_strndup (start, p - start);

    return isfinite (g_ascii_strtod (text, NULL)) ? p : NULL;
  }
}

static int
read_hex4 (const char *p,
           const char *end)
{
  int value = 0;

  if (end - p < 4)
    return -1;

  for (guint i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }

  return value;
}

/* @p is just after the opening quote. */
static const char *
check_string (const char *p,
              const char *end)
{
  while (p < end)
    {
      int unit;

      if (*p == '"')
        return p + 1;

      if (*p++ != '\\')
        continue;

      if (p == end)
        return NULL;
      if (*p++ != 'u')
        continue;

      unit = read_hex4 (p, end);
      p += 4;
      if (unit <= 0 || (unit >= 0xdc00 && unit <= 0xdfff))
        return NULL;

      /* A high surrogate needs a low one right after it. */
      if (unit >= 0xd800 && unit <= 0xdbff)
        {
          if (end - p < 2 || p[0] != '\\' || p[1] != 'u')
            return NULL;
          unit = read_hex4 (p + 2, end);
          if (unit < 0xdc00 || unit > 0xdfff)
            return NULL;
          p += 6;
        }
    }

  return NULL;
}

static const char *
check_word (const char *p,
            const char *end,
            const char *word)
{
  gsize length = strlen (word);

  if ((gsize) (end - p) < length || memcmp (p, word, length) != 0)
    return NULL;

  return p + length;
}

gboolean
_upright_json_check_text (const char  *data,
            gsize        size,
            GError     **error)
{
  const char *end = data + size;
  const char *p = data;
  guint depth = 0;

  /* Some editors start a file with a byte order mark, and json-glib skips it. */
  if (size >= 3 && memcmp (p, "\xef\xbb\xbf", 3) == 0)
    p += 3;

  while (p != NULL && p < end)
    {
      const char *start = p;

      switch (*p)
        {
        case ' ': case '\t': case '\n': case '\r': case ',': case ':':
          p++;
          break;

        case '[': case '{':
          if (++depth > MAX_DEPTH)
            {
              g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "Lists and objects nested more than %d deep", MAX_DEPTH);
              return FALSE;
            }
          p++;
          break;

        case ']': case '}':
          /* An unmatched one is json-glib's to report. */
          if (depth > 0)
            depth--;
          p++;
          break;

        case '"':
          p = check_string (p + 1, end);
          break;

        case 't':
          p = check_word (p, end, "true");
          break;

        case 'f':
          p = check_word (p, end, "false");
          break;

        case 'n':
          p = check_word (p, end, "null");
          break;

        case '-':
        case '0': case '1': case '2': case '3': case '4':
        case '5': case '6': case '7': case '8': case '9':
          p = check_number (p, end);
          break;

        default:
          p = NULL;
          break;
        }

      if (p == NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "Not JSON that a journal can keep, at byte %" G_GSIZE_FORMAT,
                       (gsize) (start - data) + 1);
          return FALSE;
        }
    }

  return TRUE;
}

