/* upright-article.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "upright-article.h"
#include "upright-text.h"

/* One article of the Learn page: a small header (“front matter”) of seven
 * fixed keys between two “---” lines, then a CommonMark body. The header is
 * read strictly, so that a mistake in a shipped article fails its test
 * instead of showing half an article.
 */
struct _UprightArticle
{
  GObject        parent_instance;

  char          *id;
  char          *title;
  char          *summary;
  guint          minutes;
  UprightRegion *regions;
  guint          n_regions;
  char         **exercises;
  GDate          reviewed;
  char          *body;

  char          *search_text;
};

G_DEFINE_FINAL_TYPE (UprightArticle, upright_article, G_TYPE_OBJECT)

G_DEFINE_QUARK (upright-article-error-quark, upright_article_error)

static const char * const keys[] = {
  "id", "title", "summary", "minutes", "regions", "exercises", "reviewed",
};

static void
upright_article_finalize (GObject *object)
{
  UprightArticle *self = UPRIGHT_ARTICLE (object);

  g_free (self->id);
  g_free (self->title);
  g_free (self->summary);
  g_free (self->regions);
  g_strfreev (self->exercises);
  g_free (self->body);
  g_free (self->search_text);

  G_OBJECT_CLASS (upright_article_parent_class)->finalize (object);
}

static void
upright_article_class_init (UprightArticleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = upright_article_finalize;
}

static void
upright_article_init (UprightArticle *self)
{
  g_date_clear (&self->reviewed, 1);
}

G_GNUC_PRINTF (3, 4)
static gboolean
fail (GError     **error,
      const char  *key,
      const char  *format,
      ...)
{
  g_autofree char *problem = NULL;
  va_list args;

  va_start (args, format);
  problem = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, UPRIGHT_ARTICLE_ERROR, UPRIGHT_ARTICLE_ERROR_FRONT_MATTER,
               "Front matter, “%s”: %s", key, problem);

  return FALSE;
}

/* Splits “a, b, c” into its items; an empty value is an empty list. */
static char **
split_list (const char *value)
{
  g_auto(GStrv) parts = g_strsplit (value, ",", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (*parts[i] != '\0')
        g_strv_builder_add (builder, parts[i]);
    }

  return g_strv_builder_end (builder);
}

static gboolean
set_value (UprightArticle  *self,
           guint            index,
           const char      *value,
           GError         **error)
{
  const char *key = keys[index];

  switch (index)
    {
    case 0:
      if (!upright_text_is_id (value))
        return fail (error, key, "“%s” may only have lowercase letters, digits and dashes", value);
      self->id = g_strdup (value);
      break;

    case 1:
    case 2:
      if (*value == '\0')
        return fail (error, key, "empty");
      if (index == 1)
        self->title = g_strdup (value);
      else
        self->summary = g_strdup (value);
      break;

    case 3:
      {
        guint64 minutes;

        if (!g_ascii_string_to_unsigned (value, 10, 1, 120, &minutes, NULL))
          return fail (error, key, "“%s” is not a whole number of minutes from 1 to 120", value);
        self->minutes = (guint) minutes;
      }
      break;

    case 4:
      {
        g_auto(GStrv) names = split_list (value);

        self->n_regions = g_strv_length (names);
        self->regions = g_new0 (UprightRegion, self->n_regions);
        for (guint i = 0; i < self->n_regions; i++)
          {
            if (!upright_region_from_string (names[i], &self->regions[i]) ||
                self->regions[i] == UPRIGHT_REGION_NONE)
              return fail (error, key, "unknown region “%s”", names[i]);
          }
      }
      break;

    case 5:
      self->exercises = split_list (value);
      for (guint i = 0; self->exercises[i] != NULL; i++)
        {
          if (!upright_text_is_id (self->exercises[i]))
            return fail (error, key, "“%s” is not an exercise id", self->exercises[i]);
        }
      break;

    case 6:
      {
        /* An ISO date; g_date_set_parse() would follow the locale. */
        guint64 year = 0, month = 0, day = 0;
        char part[5];

        if (strlen (value) != 10 || value[4] != '-' || value[7] != '-')
          return fail (error, key, "“%s” is not a date like 2026-11-25", value);

        g_strlcpy (part, value, 5);
        g_ascii_string_to_unsigned (part, 10, 1900, 9999, &year, NULL);
        g_strlcpy (part, value + 5, 3);
        g_ascii_string_to_unsigned (part, 10, 1, 12, &month, NULL);
        g_strlcpy (part, value + 8, 3);
        g_ascii_string_to_unsigned (part, 10, 1, 31, &day, NULL);

        if (!g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
          return fail (error, key, "“%s” is not a date like 2026-11-25", value);

        g_date_set_dmy (&self->reviewed, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
      }
      break;

    default:
      g_assert_not_reached ();
    }

  return TRUE;
}

/**
 * upright_article_new_from_text:
 * @text: the article, front matter and body
 * @length: the length of @text in bytes, or -1 if it is nul-terminated
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the article
 */
UprightArticle *
upright_article_new_from_text (const char  *text,
                               gssize       length,
                               GError     **error)
{
  g_autoptr(UprightArticle) self = NULL;
  g_autofree char *copy = NULL;
  const char *line, *end;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length < 0)
    length = strlen (text);

  if (!g_utf8_validate (text, length, NULL) || memchr (text, '\0', length) != NULL)
    {
      g_set_error (error, UPRIGHT_ARTICLE_ERROR, UPRIGHT_ARTICLE_ERROR_ENCODING,
                   "The article is not valid UTF-8 text");
      return NULL;
    }

  copy = g_strndup (text, length);
  self = g_object_new (UPRIGHT_TYPE_ARTICLE, NULL);

  if (!g_str_has_prefix (copy, "---\n"))
    {
      fail (error, "---", "the article must start with a line of three dashes");
      return NULL;
    }

  line = copy + 4;
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autofree char *key_prefix = g_strconcat (keys[i], ":", NULL);
      g_autofree char *value = NULL;

      end = strchr (line, '\n');
      if (end == NULL || !g_str_has_prefix (line, key_prefix) || line + strlen (key_prefix) > end)
        {
          fail (error, keys[i], "missing, or not in its place");
          return NULL;
        }

      value = g_strndup (line + strlen (key_prefix), end - line - strlen (key_prefix));
      g_strstrip (value);
      if (!set_value (self, i, value, error))
        return NULL;

      line = end + 1;
    }

  if (!g_str_has_prefix (line, "---\n") && g_strcmp0 (line, "---") != 0)
    {
      fail (error, "---", "the header must end with a line of three dashes after “reviewed”");
      return NULL;
    }

  /* The body starts after the closing line and any blank lines. */
  line += 3;
  while (*line == '\n')
    line++;
  self->body = g_strdup (line);

  return g_steal_pointer (&self);
}

const char *
upright_article_get_id (UprightArticle *self)
{
  g_return_val_if_fail (UPRIGHT_IS_ARTICLE (self), NULL);

  return self->id;
}

const char *
upright_article_get_title (UprightArticle *self)
{
  g_return_val_if_fail (UPRIGHT_IS_ARTICLE (self), NULL);

  return self->title;
}

const char *
upright_article_get_summary (UprightArticle *self)
{
  g_return_val_if_fail (UPRIGHT_IS_ARTICLE (self), NULL);

  return self->summary;
}

guint
upright_article_get_minutes (UprightArticle *self)
{
  g_return_val_if_fail (UPRIGHT_IS_ARTICLE (self), 0);

  return self->minutes;
}

/**
 * upright_article_get_regions:
 * @self: an article
 * @n_regions: (out): the number of regions
 *
 * Returns: (array length=n_regions) (transfer none): the body regions the
 *   article is about
 */
const UprightRegion *
upright_article_get_regions (UprightArticle *self,
                             guint          *n_regions)
{
  g_return_val_if_fail (UPRIGHT_IS_ARTICLE (self), NULL);
  g_return_val_if_fail (n_regions != NULL, NULL);

  *n_regions = self->n_regions;

  return self->regions;
}

/**
 * upright_article_get_exercises:
 * @self: an article
 *
 * Returns: (transfer none): the ids of the exercises the article recommends
 */
const char * const *
upright_article_get_exercises (UprightArticle *self)
{
  g_return_val_if_fail (UPRIGHT_IS_ARTICLE (self), NULL);

  return (const char * const *) self->exercises;
}

/**
 * upright_article_get_reviewed:
 * @self: an article
 *
 * Returns: (transfer none): when the article was last checked
 */
GDate *
upright_article_get_reviewed (UprightArticle *self)
{
  g_return_val_if_fail (UPRIGHT_IS_ARTICLE (self), NULL);

  return &self->reviewed;
}

/**
 * upright_article_get_body:
 * @self: an article
 *
 * Returns: the CommonMark text after the front matter
 */
const char *
upright_article_get_body (UprightArticle *self)
{
  g_return_val_if_fail (UPRIGHT_IS_ARTICLE (self), NULL);

  return self->body;
}

/**
 * upright_article_matches:
 * @self: an article
 * @query: words to look for
 *
 * Checks whether every word of @query appears in the title, summary or
 * body, ignoring case.
 *
 * Returns: %TRUE if all words were found; an empty query matches everything
 */
gboolean
upright_article_matches (UprightArticle *self,
                         const char     *query)
{
  g_return_val_if_fail (UPRIGHT_IS_ARTICLE (self), FALSE);

  if (self->search_text == NULL)
    {
      g_autofree char *text = g_strdup_printf ("%s\n%s\n%s", self->title, self->summary, self->body);

      self->search_text = upright_text_fold (text);
    }

  return upright_text_matches_words (self->search_text, query);
}
