/* test-learn-page.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "pages/upright-learn-page.h"
#include "widgets/upright-article-view.h"

#include "upright-test-utils.h"

static UprightCatalog *catalog;
static UprightArticleLibrary *library;

typedef struct {
  char             *dir;
  UprightPlan      *plan;
  GtkWindow        *window;
  UprightLearnPage *page;
  char             *last_exercise;
} Fixture;

static gpointer
child (Fixture    *fixture,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (fixture->page),
                                                   UPRIGHT_TYPE_LEARN_PAGE, name);

  g_assert_nonnull (object);

  return object;
}

static void
show_exercise_cb (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  Fixture *fixture = user_data;

  g_free (fixture->last_exercise);
  fixture->last_exercise = g_variant_dup_string (parameter, NULL);
}

static gboolean
plan_loaded (gpointer data)
{
  return *(gboolean *) data;
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_assert_true (upright_plan_load_finish (UPRIGHT_PLAN (object), result, NULL));
  *(gboolean *) user_data = TRUE;
}

static void
fixture_open (Fixture *fixture,
              int      width,
              int      height)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) action = g_simple_action_new ("show-exercise", G_VARIANT_TYPE_STRING);
  gboolean loaded = FALSE;

  fixture->dir = g_dir_make_tmp ("upright-learn-XXXXXX", NULL);
  path = g_build_filename (fixture->dir, "plan.json", NULL);
  file = g_file_new_for_path (path);
  fixture->plan = upright_plan_new (file);
  upright_plan_load_async (fixture->plan, NULL, loaded_cb, &loaded);
  upright_test_wait_until (plan_loaded, &loaded, 5000);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  /* Stands in for the main window's action, which opens an exercise. */
  g_signal_connect (action, "activate", G_CALLBACK (show_exercise_cb), fixture);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
  gtk_widget_insert_action_group (GTK_WIDGET (fixture->window), "win", G_ACTION_GROUP (group));

  fixture->page = g_object_ref_sink (g_object_new (UPRIGHT_TYPE_LEARN_PAGE, NULL));
  upright_learn_page_setup (fixture->page, library, catalog, fixture->plan);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  gtk_window_set_default_size (fixture->window, width, height);
  gtk_window_present (fixture->window);
  upright_test_wait_until (upright_test_widget_is_drawn, fixture->page, 5000);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture_open (fixture, 1100, 800);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "plan.json", NULL);
  g_autofree char *backup = g_build_filename (fixture->dir, "plan.json.bak", NULL);

  gtk_window_destroy (fixture->window);
  upright_test_settle ();
  g_assert_finalize_object (fixture->page);
  g_assert_finalize_object (fixture->plan);

  g_remove (path);
  g_remove (backup);
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->last_exercise);
}

static gboolean
lists (Fixture    *fixture,
       const char *id)
{
  GListModel *model = upright_learn_page_get_model (fixture->page);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(UprightArticle) article = g_list_model_get_item (model, i);

      if (g_str_equal (upright_article_get_id (article), id))
        return TRUE;
    }

  return FALSE;
}

static GtkWidget *
find_row (GtkWidget  *widget,
          const char *id)
{
  if (GTK_IS_LIST_BOX_ROW (widget) && g_strcmp0 (gtk_widget_get_name (widget), id) == 0)
    return widget;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_row (c, id);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_list_and_search (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkEditable *entry = child (fixture, "search_entry");
  GListModel *model = upright_learn_page_get_model (fixture->page);

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, g_list_model_get_n_items (G_LIST_MODEL (library)));

  /* Words from the body find an article too. */
  upright_test_search (entry, "outstretched");
  g_assert_true (lists (fixture, "wrist-fractures"));
  g_assert_false (lists (fixture, "posture"));

  upright_test_search (entry, "outstretched zebra");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (fixture, "list_stack")), ==, "empty");

  upright_test_search (entry, "");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, g_list_model_get_n_items (G_LIST_MODEL (library)));
  g_assert_cmpuint (upright_test_render_widget (GTK_WIDGET (fixture->window), "learn-list.png"), >, 16);
}

static void
test_open_article (Fixture       *fixture,
                   gconstpointer  data)
{
  UprightArticle *article = upright_article_library_lookup (library, "moving-safely");
  GtkWidget *row = find_row (GTK_WIDGET (fixture->page), "moving-safely");
  GtkWidget *exercises = child (fixture, "exercises_list");
  guint n_rows = 0;

  /* Nothing is open or read yet. */
  g_assert_false (gtk_widget_has_css_class (row, "open-article"));
  g_assert_false (upright_plan_is_read (fixture->plan, "moving-safely"));

  g_assert_true (gtk_widget_activate (row));
  upright_test_settle ();

  g_assert_true (upright_learn_page_get_article (fixture->page) == article);
  g_assert_cmpstr (gtk_label_get_label (child (fixture, "title_label")), ==, upright_article_get_title (article));
  g_assert_nonnull (gtk_widget_get_first_child (child (fixture, "article_view")));

  /* “Try These Exercises” lists what the article recommends. */
  for (GtkWidget *w = gtk_widget_get_first_child (exercises); w != NULL; w = gtk_widget_get_next_sibling (w))
    n_rows++;
  g_assert_cmpuint (n_rows, ==, g_strv_length ((char **) upright_article_get_exercises (article)));
  g_assert_cmpuint (n_rows, >, 0);

  /* Reading it marks it read, and its row as the one open; no other. */
  g_assert_true (upright_plan_is_read (fixture->plan, "moving-safely"));
  row = find_row (GTK_WIDGET (fixture->page), "moving-safely");
  g_assert_true (gtk_widget_has_css_class (row, "open-article"));
  g_assert_false (gtk_widget_has_css_class (find_row (GTK_WIDGET (fixture->page), "posture"), "open-article"));

  g_assert_cmpuint (upright_test_render_widget (GTK_WIDGET (fixture->window), "learn-article.png"), >, 16);

  /* From the article to an exercise. */
  g_assert_true (gtk_widget_activate (gtk_widget_get_first_child (exercises)));
  g_assert_cmpstr (fixture->last_exercise, ==, upright_article_get_exercises (article)[0]);

  /* A link inside the text leads there too. */
  g_signal_emit_by_name (child (fixture, "article_view"), "link-activated", "upright:exercise/hip-hinge");
  g_assert_cmpstr (fixture->last_exercise, ==, "hip-hinge");

  g_assert_false (upright_learn_page_show_article (fixture->page, "no-such-article"));
  g_assert_true (upright_learn_page_get_article (fixture->page) == article);
}

static void
test_bookmarks (Fixture       *fixture,
                gconstpointer  data)
{
  GtkToggleButton *only_bookmarks = child (fixture, "bookmarks_toggle");

  upright_learn_page_show_article (fixture->page, "posture");
  g_assert_false (upright_plan_is_bookmarked (fixture->plan, "posture"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "learn.bookmark", NULL));
  upright_test_settle ();
  g_assert_true (upright_plan_is_bookmarked (fixture->plan, "posture"));
  g_assert_true (gtk_toggle_button_get_active (child (fixture, "bookmark_button")));

  /* Only bookmarked articles, when asked. */
  gtk_toggle_button_set_active (only_bookmarks, TRUE);
  upright_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (upright_learn_page_get_model (fixture->page)), ==, 1);
  g_assert_true (lists (fixture, "posture"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "learn.bookmark", NULL));
  upright_test_settle ();
  g_assert_false (upright_plan_is_bookmarked (fixture->plan, "posture"));
  g_assert_cmpuint (g_list_model_get_n_items (upright_learn_page_get_model (fixture->page)), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (fixture, "list_stack")), ==, "empty");
}

static void
test_dark (Fixture       *fixture,
           gconstpointer  data)
{
  AdwStyleManager *style = adw_style_manager_get_default ();

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  upright_learn_page_show_article (fixture->page, "spine-fractures");
  upright_test_settle ();
  g_assert_cmpuint (upright_test_render_widget (GTK_WIDGET (fixture->window), "learn-article-dark.png"), >, 16);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

static gboolean
leaflet_folded (gpointer data)
{
  return adw_leaflet_get_folded (ADW_LEAFLET (data));
}

static void
test_narrow (void)
{
  Fixture fixture = { 0 };
  AdwLeaflet *leaflet;

  fixture_open (&fixture, 360, 700);
  leaflet = child (&fixture, "leaflet");
  upright_test_wait_until (leaflet_folded, leaflet, 5000);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "list");

  upright_learn_page_show_article (fixture.page, "when-to-stop");
  upright_test_settle ();
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "article");
  g_assert_true (gtk_widget_get_visible (child (&fixture, "back_button")));
  g_assert_cmpuint (upright_test_render_widget (GTK_WIDGET (fixture.window), "learn-article-narrow.png"), >, 16);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.page), "learn.back", NULL));
  upright_test_settle ();
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "list");
  g_assert_cmpstr (gtk_widget_get_name (gtk_root_get_focus (GTK_ROOT (fixture.window))), ==, "when-to-stop");

  fixture_teardown (&fixture, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  upright_test_init (&argc, &argv);

  catalog = upright_catalog_new_from_resource (RESOURCE_PREFIX "/catalog/exercises.json", &error);
  g_assert_no_error (error);
  library = upright_article_library_new_from_resource (RESOURCE_PREFIX "/articles/", NULL, &error);
  g_assert_no_error (error);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/learn/list-and-search", test_list_and_search);
  ADD ("/learn/open-article", test_open_article);
  ADD ("/learn/bookmarks", test_bookmarks);
  ADD ("/learn/dark", test_dark);
#undef ADD
  g_test_add_func ("/learn/narrow", test_narrow);

  status = g_test_run ();
  g_clear_object (&library);
  g_clear_object (&catalog);

  return status;
}
