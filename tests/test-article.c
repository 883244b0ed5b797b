/* test-article.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "core/upright-article-library.h"
#include "core/upright-catalog.h"

static char *
read_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "articles", name, NULL);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);

  return text;
}

static void
test_article_parse (void)
{
  g_autofree char *text = read_fixture ("good.md");
  g_autoptr(GError) error = NULL;
  g_autoptr(UprightArticle) article = upright_article_new_from_text (text, -1, &error);
  const UprightRegion *regions;
  guint n_regions;
  GDate *reviewed;

  g_assert_no_error (error);
  g_assert_cmpstr (upright_article_get_id (article), ==, "good");
  g_assert_cmpstr (upright_article_get_title (article), ==, "A Good Article");
  g_assert_cmpstr (upright_article_get_summary (article), ==, "A short article for the tests.");
  g_assert_cmpuint (upright_article_get_minutes (article), ==, 2);

  regions = upright_article_get_regions (article, &n_regions);
  g_assert_cmpuint (n_regions, ==, 2);
  g_assert_cmpint (regions[0], ==, UPRIGHT_REGION_SPINE);
  g_assert_cmpint (regions[1], ==, UPRIGHT_REGION_HIP);

  g_assert_cmpuint (g_strv_length ((char **) upright_article_get_exercises (article)), ==, 2);
  g_assert_cmpstr (upright_article_get_exercises (article)[1], ==, "chin-tuck");

  reviewed = upright_article_get_reviewed (article);
  g_assert_cmpint (g_date_get_year (reviewed), ==, 2026);
  g_assert_cmpint (g_date_get_month (reviewed), ==, G_DATE_NOVEMBER);
  g_assert_cmpint (g_date_get_day (reviewed), ==, 25);

  /* The body is what follows the header, without its blank first line. */
  g_assert_true (g_str_has_prefix (upright_article_get_body (article), "The body starts here"));
  g_assert_null (strstr (upright_article_get_body (article), "reviewed:"));
}

static void
test_article_empty_lists (void)
{
  g_autofree char *text = read_fixture ("empty-lists.md");
  g_autoptr(GError) error = NULL;
  g_autoptr(UprightArticle) article = upright_article_new_from_text (text, -1, &error);
  guint n_regions;

  g_assert_no_error (error);
  upright_article_get_regions (article, &n_regions);
  g_assert_cmpuint (n_regions, ==, 0);
  g_assert_cmpuint (g_strv_length ((char **) upright_article_get_exercises (article)), ==, 0);
  g_assert_cmpstr (upright_article_get_body (article), ==, "Body.\n");
}

static void
test_article_broken (void)
{
  g_autofree char *good = read_fixture ("good.md");
  const struct {
    const char *from;
    const char *to;
    const char *message;
  } cases[] = {
    { "---\nid: good\n", "id: good\n", "Front matter, “---”: the article must start with a line of three dashes" },
    { "title: A Good Article\n", "", "Front matter, “title”: missing, or not in its place" },
    { "minutes: 2\nregions: spine, hip\n", "regions: spine, hip\nminutes: 2\n", "Front matter, “minutes”: missing, or not in its place" },
    { "minutes: 2", "minutes: two", "Front matter, “minutes”: “two” is not a whole number of minutes from 1 to 120" },
    { "regions: spine, hip", "regions: spine, knee", "Front matter, “regions”: unknown region “knee”" },
    { "exercises: sit-to-stand", "exercises: Sit To Stand", "Front matter, “exercises”: “Sit To Stand” is not an exercise id" },
    { "reviewed: 2026-11-25", "reviewed: 2026-02-30", "Front matter, “reviewed”: “2026-02-30” is not a date like 2026-11-25" },
    { "reviewed: 2026-11-25", "reviewed: 25/11/2026", "Front matter, “reviewed”: “25/11/2026” is not a date like 2026-11-25" },
    { "reviewed: 2026-11-25\n---\n", "reviewed: 2026-11-25\n\n", "Front matter, “---”: the header must end with a line of three dashes after “reviewed”" },
    { "id: good", "id: ../good", "Front matter, “id”: “../good” may only have lowercase letters, digits and dashes" },
    { "title: A Good Article", "title:", "Front matter, “title”: empty" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) text = g_string_new (good);
      g_autoptr(GError) error = NULL;
      g_autoptr(UprightArticle) article = NULL;

      g_assert_cmpuint (g_string_replace (text, cases[i].from, cases[i].to, 1), ==, 1);
      article = upright_article_new_from_text (text->str, text->len, &error);
      g_assert_null (article);
      g_assert_error (error, UPRIGHT_ARTICLE_ERROR, UPRIGHT_ARTICLE_ERROR_FRONT_MATTER);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

static void
test_article_encoding (void)
{
  const char invalid[] = "---\nid: x\ntitle: \xff\xfe\n";
  const char with_nul[] = "---\nid: x\0title: y\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(UprightArticle) article = NULL;

  article = upright_article_new_from_text (invalid, sizeof invalid - 1, &error);
  g_assert_null (article);
  g_assert_error (error, UPRIGHT_ARTICLE_ERROR, UPRIGHT_ARTICLE_ERROR_ENCODING);
  g_clear_error (&error);

  article = upright_article_new_from_text (with_nul, sizeof with_nul - 1, &error);
  g_assert_null (article);
  g_assert_error (error, UPRIGHT_ARTICLE_ERROR, UPRIGHT_ARTICLE_ERROR_ENCODING);
  g_clear_error (&error);

  article = upright_article_new_from_text ("", 0, &error);
  g_assert_null (article);
  g_assert_error (error, UPRIGHT_ARTICLE_ERROR, UPRIGHT_ARTICLE_ERROR_FRONT_MATTER);
}

static void
test_article_search (void)
{
  g_autofree char *text = read_fixture ("good.md");
  g_autoptr(UprightArticle) article = upright_article_new_from_text (text, -1, NULL);

  g_assert_true (upright_article_matches (article, NULL));
  g_assert_true (upright_article_matches (article, ""));
  g_assert_true (upright_article_matches (article, "GOOD"));
  g_assert_true (upright_article_matches (article, "short"));
  /* Words from the body count too. */
  g_assert_true (upright_article_matches (article, "section strong"));
  g_assert_false (upright_article_matches (article, "section zebra"));
}

static const char * const english[] = { "en", "C", NULL };

static UprightArticleLibrary *
load_library_in (const char * const *languages)
{
  g_autoptr(GError) error = NULL;
  UprightArticleLibrary *library;

  library = upright_article_library_new_from_resource (RESOURCE_PREFIX "/articles/", languages, &error);
  g_assert_no_error (error);

  return library;
}

static UprightArticleLibrary *
load_library (void)
{
  return load_library_in (english);
}

static void
test_library_translations (void)
{
  g_autoptr(UprightArticleLibrary) original = load_library ();
  const char * const languages[] = { "de", "es" };

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      const char * const preferred[] = { "xx_YY", languages[l], "en", NULL };
      g_autoptr(UprightArticleLibrary) translated = load_library_in (preferred);
      guint n_items = g_list_model_get_n_items (G_LIST_MODEL (original));

      g_test_message ("%s", languages[l]);

      /* Every article is there, under its own id… */
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (translated)), ==, n_items);
      for (guint i = 0; i < n_items; i++)
        {
          g_autoptr(UprightArticle) article = g_list_model_get_item (G_LIST_MODEL (original), i);
          UprightArticle *other = upright_article_library_lookup (translated, upright_article_get_id (article));

          g_assert_nonnull (other);
          /* …and translated: a title in another language, the same citations. */
          g_assert_cmpstr (upright_article_get_title (other), !=, upright_article_get_title (article));
          g_assert_true (g_strv_equal (upright_article_get_exercises (other),
                                       upright_article_get_exercises (article)));
          g_assert_cmpuint (upright_article_get_minutes (other), ==, upright_article_get_minutes (article));
        }
    }
}

static void
test_library_shipped (void)
{
  g_autoptr(UprightArticleLibrary) library = load_library ();
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (library));
  const char *required[] = {
    "spine-fractures", "hip-fractures", "wrist-fractures", "how-much-exercise",
    "moving-safely", "balance-and-falls", "posture", "when-to-stop", "using-upright-safely",
    "if-you-fall",
  };

  g_assert_cmpuint (n_items, >=, 8);
  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    g_assert_nonnull (upright_article_library_lookup (library, required[i]));

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(UprightArticle) article = g_list_model_get_item (G_LIST_MODEL (library), i);
      const char *body = upright_article_get_body (article);

      g_test_message ("%s", upright_article_get_id (article));

      /* Sorted by title. */
      if (i > 0)
        {
          g_autoptr(UprightArticle) previous = g_list_model_get_item (G_LIST_MODEL (library), i - 1);

          g_assert_cmpint (g_utf8_collate (upright_article_get_title (previous),
                                           upright_article_get_title (article)), <=, 0);
        }

      /* Every article cites its sources and says it is not medical advice. */
      g_assert_nonnull (strstr (body, "## References"));
      g_assert_nonnull (strstr (body, "not medical advice"));
      g_assert_cmpuint (g_utf8_strlen (upright_article_get_summary (article), -1), <=, 140);
    }
}

static void
test_library_links (void)
{
  g_autoptr(UprightArticleLibrary) library = load_library ();
  g_autoptr(UprightCatalog) catalog = NULL;
  g_autoptr(GRegex) links = g_regex_new ("\\]\\((upright:[^)\\s]*)\\)", 0, 0, NULL);
  g_autoptr(GError) error = NULL;
  guint n_links = 0;

  catalog = upright_catalog_new_from_resource (RESOURCE_PREFIX "/catalog/exercises.json", &error);
  g_assert_no_error (error);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (library)); i++)
    {
      g_autoptr(UprightArticle) article = g_list_model_get_item (G_LIST_MODEL (library), i);
      const char * const *exercises = upright_article_get_exercises (article);
      g_autoptr(GMatchInfo) match = NULL;

      /* The “Try these exercises” list… */
      for (guint j = 0; exercises[j] != NULL; j++)
        {
          if (upright_catalog_lookup (catalog, exercises[j]) == NULL)
            g_error ("%s recommends “%s”, which is not an exercise",
                     upright_article_get_id (article), exercises[j]);
        }

      /* …and every link into the app leads somewhere. */
      g_regex_match (links, upright_article_get_body (article), 0, &match);
      for (; g_match_info_matches (match); g_match_info_next (match, NULL))
        {
          g_autofree char *uri = g_match_info_fetch (match, 1);
          UprightRegion region;

          n_links++;
          if (g_str_has_prefix (uri, "upright:exercise/") &&
              upright_catalog_lookup (catalog, uri + strlen ("upright:exercise/")) != NULL)
            continue;
          if (g_str_has_prefix (uri, "upright:region/") &&
              upright_region_from_string (uri + strlen ("upright:region/"), &region) &&
              region != UPRIGHT_REGION_NONE)
            continue;

          g_error ("%s links to “%s”, which leads nowhere", upright_article_get_id (article), uri);
        }
    }

  /* The articles do lead to exercises. */
  g_assert_cmpuint (n_links, >, 8);
}

static void
test_library_for_exercise (void)
{
  g_autoptr(UprightArticleLibrary) library = load_library ();
  UprightArticle *article = upright_article_library_find_for_exercise (library, "hip-hinge");

  g_assert_nonnull (article);
  g_assert_true (g_strv_contains (upright_article_get_exercises (article), "hip-hinge"));
  g_assert_null (upright_article_library_find_for_exercise (library, "no-such-exercise"));
}

static void
test_library_search (void)
{
  g_autoptr(UprightArticleLibrary) library = load_library ();
  UprightArticle *falls = upright_article_library_lookup (library, "balance-and-falls");
  UprightArticle *wrist = upright_article_library_lookup (library, "wrist-fractures");

  /* “outstretched” is in the wrist article's body, not in its title. */
  g_assert_null (strstr (upright_article_get_title (wrist), "utstretched"));
  g_assert_true (upright_article_matches (wrist, "outstretched"));
  g_assert_true (upright_article_matches (falls, "falls"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/article/parse", test_article_parse);
  g_test_add_func ("/article/empty-lists", test_article_empty_lists);
  g_test_add_func ("/article/broken", test_article_broken);
  g_test_add_func ("/article/encoding", test_article_encoding);
  g_test_add_func ("/article/search", test_article_search);
  g_test_add_func ("/library/shipped", test_library_shipped);
  g_test_add_func ("/library/links", test_library_links);
  g_test_add_func ("/library/for-exercise", test_library_for_exercise);
  g_test_add_func ("/library/search", test_library_search);
  g_test_add_func ("/library/translations", test_library_translations);

  return g_test_run ();
}
