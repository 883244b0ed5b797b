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

/* Starts reading @object, whose members are looked for by their position
 * in @names. An object with a name twice in it is damaged: no file of
 * Upright's has one, and which of the two to believe is anyone's guess. */
gboolean
_upright_json_reader_init (UprightJsonReader        *reader,
                           const UprightJsonObject  *object,
                           const UprightJsonNames   *names,
                           const char               *what,
                           guint                     index,
                           GError                  **error)
{
  g_assert (names->n_names <= UPRIGHT_JSON_READER_MAX_NAMES);

  memset (reader, 0, sizeof *reader);
  reader->object = object;
  reader->names = names;
  reader->what = what;
  reader->index = index;
  reader->error = error;

  if (object->repeated != NULL)
    return _upright_json_reader_fail (reader, object->repeated, "repeated");

  for (guint i = 0; i < object->n_members; i++)
    {
      const UprightJsonMember *member = &object->members[i];

      if (member->known >= 0)
        {
          g_assert ((guint) member->known < names->n_names);
          reader->found[member->known] = member;
        }
    }

  return TRUE;
}

/* Returns the value of the member at @name in the reader's names, or NULL
 * when it is missing. */
const UprightJsonValue *
_upright_json_reader_get (UprightJsonReader *reader,
                          guint              name)
{
  g_assert (name < reader->names->n_names);

  return reader->found[name] != NULL ? &reader->found[name]->value : NULL;
}

/* Returns the string member at @name, which must be there, or NULL. */
const char *
_upright_json_reader_string (UprightJsonReader *reader,
                             guint              name)
{
  const UprightJsonValue *value = _upright_json_reader_get (reader, name);
  const char *member = reader->names->names[name];

  if (value == NULL)
    {
      _upright_json_reader_fail (reader, member, "missing");
      return NULL;
    }

  if (value->kind != UPRIGHT_JSON_STRING)
    {
      _upright_json_reader_fail (reader, member, "expected a string");
      return NULL;
    }

  /* The reader has checked that all of the text is UTF-8. */
  return value->string;
}

/* Reads @value, a value of the member at @name, or NULL when it is
 * missing, as a whole number from 0 to @max. */
gboolean
_upright_json_reader_count (UprightJsonReader      *reader,
                            guint                   name,
                            const UprightJsonValue *value,
                            guint                   max,
                            guint                  *out)
{
  const char *member = reader->names->names[name];

  if (value == NULL)
    return _upright_json_reader_fail (reader, member, "missing");

  if (value->kind != UPRIGHT_JSON_INTEGER)
    return _upright_json_reader_fail (reader, member, "expected a whole number from 0 to %u", max);

  if (value->integer < 0 || value->integer > max)
    return _upright_json_reader_fail (reader, member, "%" G_GINT64_FORMAT " is not from 0 to %u",
                                      value->integer, max);

  *out = (guint) value->integer;

  return TRUE;
}

/* Returns the members of @object that this version does not know, as the
 * text of a JSON object made of them as the file has them, or NULL when
 * there are none. _upright_json_add_extra() writes them back. */
char *
_upright_json_object_get_extra (const UprightJsonObject *object)
{
  GString *extra = NULL;

  for (guint i = 0; i < object->n_members; i++)
    {
      const UprightJsonMember *member = &object->members[i];

      if (member->known >= 0)
        continue;

      if (extra == NULL)
        extra = g_string_new ("{");
      else
        g_string_append_c (extra, ',');
      g_string_append_len (extra, member->text, member->text_length);
    }

  if (extra == NULL)
    return NULL;

  g_string_append_c (extra, '}');

  return g_string_free (extra, FALSE);
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
/* json-glib 1.6 writes a double whose shortest form has an exponent and
 * no point, such as 5e+52, as “5e+52.0”, which is not JSON: the journal
 * would not read back. Such a number, in a member this version does not
 * know, is kept as the text it was written as, in a string. */
static void
make_writable (JsonNode *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObjectIter iter;
      JsonNode *member;

      json_object_iter_init (&iter, json_node_get_object (node));
      while (json_object_iter_next (&iter, NULL, &member))
        make_writable (member);
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        make_writable (json_array_get_element (array, i));
    }
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_DOUBLE)
    {
      char text[G_ASCII_DTOSTR_BUF_SIZE];

      g_ascii_dtostr (text, sizeof text, json_node_get_double (node));
      if (strchr (text, '.') == NULL && (strchr (text, 'e') != NULL || strchr (text, 'E') != NULL))
        json_node_set_string (node, text);
    }
}

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
  make_writable (node);

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
 * It reads control characters inside strings as they are, though JSON has
 * them escaped, and json-glib 1.6 writes U+001F so itself. The check notes
 * them, for readers that refuse them (see _upright_json_escape_controls()).
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

/* The bytes a string's text stops at: its end, an escape or a control
 * character. */
static const guint8 string_stops[256] = {
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  ['"'] = 1, ['\\'] = 1,
};

/* Whether any of the eight bytes of @word is one of string_stops. */
static inline gboolean
has_string_stop (guint64 word)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);
  guint64 quotes = word ^ (ones * '"');
  guint64 escapes = word ^ (ones * '\\');

  /* A byte is zero, or below 0x20, where subtracting sets its high bit. */
  return ((((quotes - ones) & ~quotes) |
           ((escapes - ones) & ~escapes) |
           ((word - ones * 0x20) & ~word)) & highs) != 0;
}

/* Skips the spaces and line breaks from @p, as a file written pretty has
 * them before every line, eight bytes at a time. */
static const char *
skip_indentation (const char *p,
                  const char *end)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 lows = G_GUINT64_CONSTANT (0x7f7f7f7f7f7f7f7f);

  while (end - p >= 8)
    {
      guint64 word, spaces, breaks, other;

      memcpy (&word, p, 8);
      spaces = word ^ (ones * ' ');
      breaks = word ^ (ones * '\n');
      /* The high bit of each byte that is neither. */
      other = (((spaces & lows) + lows) | spaces) & (((breaks & lows) + lows) | breaks) & ~lows;
      if (other != 0)
        {
          /* Bytes are in memory order on a little-endian machine. */
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
          return p + __builtin_ctzll (other) / 8;
#else
          return p + __builtin_clzll (other) / 8;
#endif
        }
      p += 8;
    }

  while (p < end && (*p == ' ' || *p == '\n'))
    p++;

  return p;
}

/* @p is just after the opening quote. */
static const char *
check_string (const char *p,
              const char *end,
              gboolean   *controls)
{
  while (p < end)
    {
      int unit;

      /* Most of the text of a file is in strings: look at eight bytes
       * at a time. */
      for (guint64 word; end - p >= 8; p += 8)
        {
          memcpy (&word, p, 8);
          if (has_string_stop (word))
            break;
        }
      while (p < end && !string_stops[(guchar) *p])
        p++;
      if (p == end)
        break;

      if (*p == '"')
        return p + 1;

      if ((guchar) *p < 0x20)
        {
          *controls = TRUE;
          p++;
          continue;
        }

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
  gboolean controls;

  return _upright_json_check_text_full (data, size, &controls, error);
}

/* Like _upright_json_check_text(), and says in @controls whether a string
 * has control characters in it as they are. */
gboolean
_upright_json_check_text_full (const char  *data,
                               gsize        size,
                               gboolean    *controls,
                               GError     **error)
{
  const char *end = data + size;
  const char *p = data;
  guint depth = 0;

  *controls = FALSE;

  /* Some editors start a file with a byte order mark, and json-glib skips it. */
  if (size >= 3 && memcmp (p, "\xef\xbb\xbf", 3) == 0)
    p += 3;

  while (p != NULL && p < end)
    {
      const char *start = p;

      switch (*p)
        {
        case ':':
          /* A name and its value, as a file written pretty has them. */
          if (end - p >= 3 && p[1] == ' ' && p[2] != ' ' && p[2] != '\n')
            {
              p += 2;
              break;
            }
          G_GNUC_FALLTHROUGH;
        case ' ': case '\t': case '\n': case '\r': case ',':
          p = skip_indentation (p + 1, end);
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
          p = check_string (p + 1, end, controls);
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


/* Returns a copy of @data, text that _upright_json_check_text_full() found
 * control characters in strings in, with those escaped, so that a reader
 * that follows JSON to the letter reads what json-glib reads. The copy is
 * @padding zero bytes longer than its @length. */
char *
_upright_json_escape_controls (const char *data,
                               gsize       size,
                               gsize       padding,
                               gsize      *length)
{
  GString *text = g_string_sized_new (size + padding + 64);
  gboolean in_string = FALSE;

  for (gsize i = 0; i < size; i++)
    {
      char c = data[i];

      if (!in_string)
        {
          in_string = c == '"';
        }
      else if (c == '\\' && i + 1 < size)
        {
          g_string_append_c (text, c);
          c = data[++i];
        }
      else if (c == '"')
        {
          in_string = FALSE;
        }
      else if ((guchar) c < 0x20)
        {
          g_string_append_printf (text, "\\u%04x", (guint) (guchar) c);
          continue;
        }

      g_string_append_c (text, c);
    }

  *length = text->len;
  for (gsize i = 0; i < padding; i++)
    g_string_append_c (text, '\0');

  return g_string_free (text, FALSE);
}
