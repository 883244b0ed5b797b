/* upright-article-library.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "upright-article-library.h"

/* The articles that come with Upright, sorted by title. English articles
 * sit in the resource folder itself; translations in a folder named after
 * their language (“de”, “es”), with the same file names. A translation must
 * keep the id, regions and recommended exercises of the original, so that
 * links and “Try These Exercises” stay the same in every language.
 */
struct _UprightArticleLibrary
{
  GObject     parent_instance;

  GPtrArray  *articles;
  GHashTable *by_id;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (UprightArticleLibrary, upright_article_library, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
upright_article_library_get_item_type (GListModel *model)
{
  return UPRIGHT_TYPE_ARTICLE;
}

static guint
upright_article_library_get_n_items (GListModel *model)
{
  return UPRIGHT_ARTICLE_LIBRARY (model)->articles->len;
}

static gpointer
upright_article_library_get_item (GListModel *model,
                                  guint       position)
{
  UprightArticleLibrary *self = UPRIGHT_ARTICLE_LIBRARY (model);

  if (position >= self->articles->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->articles, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = upright_article_library_get_item_type;
  iface->get_n_items = upright_article_library_get_n_items;
  iface->get_item = upright_article_library_get_item;
}

static void
upright_article_library_finalize (GObject *object)
{
  UprightArticleLibrary *self = UPRIGHT_ARTICLE_LIBRARY (object);

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->articles, g_ptr_array_unref);

  G_OBJECT_CLASS (upright_article_library_parent_class)->finalize (object);
}

static void
upright_article_library_class_init (UprightArticleLibraryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = upright_article_library_finalize;
}

static void
upright_article_library_init (UprightArticleLibrary *self)
{
  self->articles = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

static int
compare_titles (gconstpointer a,
                gconstpointer b)
{
  UprightArticle *first = *(UprightArticle **) a;
  UprightArticle *second = *(UprightArticle **) b;

  return g_utf8_collate (upright_article_get_title (first), upright_article_get_title (second));
}

static UprightArticle *
load_article (const char  *resource,
              const char  *name,
              GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  UprightArticle *article;
  const char *data;
  gsize size;

  bytes = g_resources_lookup_data (resource, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &size);
  article = upright_article_new_from_text (data, size, &local_error);
  if (article == NULL)
    g_set_error (error, local_error->domain, local_error->code,
                 "%s: %s", name, local_error->message);

  return article;
}

static gboolean
same_regions (UprightArticle *a,
              UprightArticle *b)
{
  guint n_a, n_b;
  const UprightRegion *regions_a = upright_article_get_regions (a, &n_a);
  const UprightRegion *regions_b = upright_article_get_regions (b, &n_b);

  /* An empty list may be a null pointer, which memcmp() must not see. */
  return n_a == n_b && (n_a == 0 || memcmp (regions_a, regions_b, n_a * sizeof (UprightRegion)) == 0);
}

/* Finds the folder of the first language in @languages that has one. */
static char *
find_translations (const char         *path,
                   const char * const *languages)
{
  for (guint i = 0; languages != NULL && languages[i] != NULL; i++)
    {
      g_autofree char *folder = NULL;
      g_auto(GStrv) children = NULL;

      if (g_str_equal (languages[i], "C") || strchr (languages[i], '/') != NULL)
        continue;

      folder = g_strconcat (path, languages[i], "/", NULL);
      children = g_resources_enumerate_children (folder, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      if (children != NULL)
        return g_steal_pointer (&folder);
    }

  return NULL;
}

/**
 * upright_article_library_new_from_resource:
 * @path: a resource folder, ending in “/”
 * @languages: (nullable): languages in order of preference, as
 *   g_get_language_names() gives them; %NULL for the user's
 * @error: return location for an error
 *
 * Loads every “.md” file in @path, each in the first of @languages it is
 * translated to. The first article that cannot be read, or a translation
 * that does not match its original, fails the whole library, with its file
 * name in the message.
 *
 * Returns: (transfer full) (nullable): the library
 */
UprightArticleLibrary *
upright_article_library_new_from_resource (const char          *path,
                                           const char * const  *languages,
                                           GError             **error)
{
  g_autoptr(UprightArticleLibrary) self = NULL;
  g_auto(GStrv) names = NULL;
  g_autofree char *translations = NULL;

  g_return_val_if_fail (path != NULL && g_str_has_suffix (path, "/"), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  names = g_resources_enumerate_children (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (names == NULL)
    return NULL;

  translations = find_translations (path, languages != NULL ? languages : g_get_language_names ());

  self = g_object_new (UPRIGHT_TYPE_ARTICLE_LIBRARY, NULL);

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *resource = NULL;
      g_autofree char *expected_id = NULL;
      UprightArticle *article;

      if (!g_str_has_suffix (names[i], ".md"))
        continue;

      resource = g_strconcat (path, names[i], NULL);
      article = load_article (resource, names[i], error);
      if (article == NULL)
        return NULL;

      if (translations != NULL)
        {
          g_autofree char *translated_resource = g_strconcat (translations, names[i], NULL);
          g_autoptr(UprightArticle) translated = NULL;

          if (g_resources_get_info (translated_resource, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL, NULL, NULL))
            {
              translated = load_article (translated_resource, translated_resource, error);
              if (translated == NULL)
                {
                  g_object_unref (article);
                  return NULL;
                }

              if (!g_str_equal (upright_article_get_id (translated), upright_article_get_id (article)) ||
                  !same_regions (translated, article) ||
                  !g_strv_equal (upright_article_get_exercises (translated), upright_article_get_exercises (article)))
                {
                  g_set_error (error, UPRIGHT_ARTICLE_ERROR, UPRIGHT_ARTICLE_ERROR_FRONT_MATTER,
                               "%s: its id, regions and exercises must be those of the original",
                               translated_resource);
                  g_object_unref (article);
                  return NULL;
                }

              g_object_unref (article);
              article = g_steal_pointer (&translated);
            }
        }

      expected_id = g_strndup (names[i], strlen (names[i]) - strlen (".md"));
      if (!g_str_equal (expected_id, upright_article_get_id (article)) ||
          g_hash_table_contains (self->by_id, upright_article_get_id (article)))
        {
          g_set_error (error, UPRIGHT_ARTICLE_ERROR, UPRIGHT_ARTICLE_ERROR_DUPLICATE_ID,
                       "%s: the id “%s” must be the file name and unique",
                       names[i], upright_article_get_id (article));
          g_object_unref (article);
          return NULL;
        }

      g_ptr_array_add (self->articles, article);
      g_hash_table_insert (self->by_id, (gpointer) upright_article_get_id (article), article);
    }

  g_ptr_array_sort (self->articles, compare_titles);

  return g_steal_pointer (&self);
}

/**
 * upright_article_library_lookup:
 * @self: a library
 * @id: an article id
 *
 * Returns: (transfer none) (nullable): the article called @id
 */
UprightArticle *
upright_article_library_lookup (UprightArticleLibrary *self,
                                const char            *id)
{
  g_return_val_if_fail (UPRIGHT_IS_ARTICLE_LIBRARY (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->by_id, id);
}

/**
 * upright_article_library_find_for_exercise:
 * @self: a library
 * @exercise_id: an exercise id
 *
 * Finds the article that explains why an exercise helps: the shortest of
 * those that recommend it, as the most focused.
 *
 * Returns: (transfer none) (nullable): the article, or %NULL if none
 *   recommends the exercise
 */
UprightArticle *
upright_article_library_find_for_exercise (UprightArticleLibrary *self,
                                           const char            *exercise_id)
{
  UprightArticle *best = NULL;

  g_return_val_if_fail (UPRIGHT_IS_ARTICLE_LIBRARY (self), NULL);
  g_return_val_if_fail (exercise_id != NULL, NULL);

  for (guint i = 0; i < self->articles->len; i++)
    {
      UprightArticle *article = g_ptr_array_index (self->articles, i);

      if (g_strv_contains (upright_article_get_exercises (article), exercise_id) &&
          (best == NULL || upright_article_get_minutes (article) < upright_article_get_minutes (best)))
        best = article;
    }

  return best;
}
