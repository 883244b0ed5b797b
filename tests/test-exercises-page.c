/* test-exercises-page.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pages/upright-exercise-page.h"
#include "pages/upright-exercises-page.h"
#include "pages/upright-region-list.h"
#include "widgets/upright-body-map.h"

#include "upright-test-utils.h"

static UprightCatalog *catalog;

typedef struct {
  GSettings            *settings;
  UprightSafetyProfile *profile;
  GtkWindow            *window;
  UprightExercisesPage *page;
} Fixture;

static gpointer
child (Fixture    *fixture,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (fixture->page),
                                                   UPRIGHT_TYPE_EXERCISES_PAGE, name);

  g_assert_nonnull (object);

  return object;
}

static void
fixture_open (Fixture *fixture,
              int      width,
              int      height)
{
  fixture->settings = g_settings_new (APP_ID);
  fixture->profile = upright_safety_profile_new ();
  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->page = g_object_ref_sink (g_object_new (UPRIGHT_TYPE_EXERCISES_PAGE, NULL));

  upright_exercises_page_setup (fixture->page, catalog, fixture->profile, NULL, fixture->settings);
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
  gtk_window_destroy (fixture->window);
  upright_test_settle ();
  g_assert_finalize_object (fixture->page);
  g_settings_reset (fixture->settings, "last-region");
  g_settings_reset (fixture->settings, "hide-not-advised");
  g_clear_object (&fixture->settings);
  g_assert_finalize_object (fixture->profile);
}

static GListModel *
listed (Fixture *fixture)
{
  return upright_region_list_get_model (child (fixture, "region_list"));
}

static gboolean
lists (Fixture    *fixture,
       const char *id)
{
  GListModel *model = listed (fixture);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(UprightExercise) exercise = g_list_model_get_item (model, i);

      if (g_str_equal (upright_exercise_get_id (exercise), id))
        return TRUE;
    }

  return FALSE;
}

static void
activate (Fixture    *fixture,
          const char *action,
          GVariant   *target)
{
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (fixture->page), action, target));
  upright_test_settle ();
}

static const char *
content_page (Fixture *fixture)
{
  return gtk_stack_get_visible_child_name (child (fixture, "content_stack"));
}

static void
test_all_exercises (Fixture       *fixture,
                    gconstpointer  data)
{
  /* With no region chosen yet, the list holds the whole catalogue. */
  g_assert_cmpuint (g_list_model_get_n_items (listed (fixture)), ==,
                    g_list_model_get_n_items (G_LIST_MODEL (catalog)));
  g_assert_cmpuint (upright_test_render_widget (GTK_WIDGET (fixture->window), "exercises-all.png"), >, 16);
}

static guint
count_rows (GtkWidget *list_box)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list_box); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row))
      n++;

  return n;
}

static gboolean
shows_all_rows (gpointer data)
{
  return count_rows (data) == g_list_model_get_n_items (G_LIST_MODEL (catalog));
}

/* Makes a page as the window does before its first frame, and counts the
 * rows its list has made. */
static guint
count_first_rows (GSettings *settings)
{
  g_autoptr(UprightSafetyProfile) profile = upright_safety_profile_new ();
  UprightExercisesPage *page = g_object_ref_sink (g_object_new (UPRIGHT_TYPE_EXERCISES_PAGE, NULL));
  GtkWidget *list = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page), UPRIGHT_TYPE_EXERCISES_PAGE, "region_list"));
  guint n;

  upright_exercises_page_setup (page, catalog, profile, NULL, settings);
  n = count_rows (GTK_WIDGET (gtk_widget_get_template_child (list, UPRIGHT_TYPE_REGION_LIST, "list_box")));
  g_assert_finalize_object (page);

  return n;
}

/* Before the first frame, the list makes only the rows a window of the
 * height she left it at can show; the others follow once it is drawn. */
static void
test_first_rows (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(UprightSafetyProfile) profile = upright_safety_profile_new ();
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  UprightExercisesPage *page = g_object_ref_sink (g_object_new (UPRIGHT_TYPE_EXERCISES_PAGE, NULL));
  GtkWidget *list = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page), UPRIGHT_TYPE_EXERCISES_PAGE, "region_list"));
  GtkWidget *list_box = GTK_WIDGET (gtk_widget_get_template_child (list, UPRIGHT_TYPE_REGION_LIST, "list_box"));
  guint at_720, at_1080;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (catalog)), >, 24);

  /* The default window, 720 pixels high, shows about a dozen rows; a
   * taller one more, and a maximized one as many as a tall screen. */
  g_settings_set_int (settings, "window-height", 720);
  at_720 = count_first_rows (settings);
  g_assert_cmpuint (at_720, >=, 10);
  g_assert_cmpuint (at_720, <=, 14);
  g_settings_set_int (settings, "window-height", 1080);
  at_1080 = count_first_rows (settings);
  g_assert_cmpuint (at_1080, >, at_720 + 5);
  g_settings_set_int (settings, "window-height", 400);
  g_settings_set_boolean (settings, "window-maximized", TRUE);
  g_assert_cmpuint (count_first_rows (settings), >=, at_1080);
  g_settings_reset (settings, "window-maximized");
  g_settings_reset (settings, "window-height");

  upright_exercises_page_setup (page, catalog, profile, NULL, settings);
  g_assert_cmpuint (count_rows (list_box), ==, at_720);
  g_assert_cmpuint (g_list_model_get_n_items (upright_region_list_get_model (UPRIGHT_REGION_LIST (list))), ==,
                    g_list_model_get_n_items (G_LIST_MODEL (catalog)));

  gtk_window_set_child (window, GTK_WIDGET (page));
  gtk_window_present (window);
  upright_test_wait_until (shows_all_rows, list_box, 5000);
  g_assert_true (shows_all_rows (list_box));

  gtk_window_destroy (window);
  upright_test_settle ();
  g_assert_finalize_object (page);
}

static void
test_region_filter (Fixture       *fixture,
                    gconstpointer  data)
{
  const UprightRegion regions[] = {
    UPRIGHT_REGION_SPINE, UPRIGHT_REGION_HIP, UPRIGHT_REGION_WRIST, UPRIGHT_REGION_BALANCE,
    UPRIGHT_REGION_CORE,
  };
  UprightBodyMap *map = child (fixture, "body_map");
  GtkToggleButton *back_button = child (fixture, "back_button");

  for (guint r = 0; r < G_N_ELEMENTS (regions); r++)
    {
      GListModel *model;
      g_autofree char *last = NULL;

      /* The spine is on the back of the figure, the core on the front:
       * she turns it round with the Front and Back buttons. */
      if (upright_body_map_get_region_widget (map, regions[r]) == NULL)
        gtk_toggle_button_set_active (back_button, !gtk_toggle_button_get_active (back_button));
      g_assert_cmpint (upright_body_map_get_shows_back (map), ==, gtk_toggle_button_get_active (back_button));
      g_assert_cmpint (upright_body_map_get_shows_back (map), !=,
                       gtk_toggle_button_get_active (child (fixture, "front_button")));

      /* Choose the region on the map, as a click or a key press does. */
      gtk_widget_activate (upright_body_map_get_region_widget (map, regions[r]));
      upright_test_settle ();

      model = listed (fixture);
      g_assert_cmpuint (g_list_model_get_n_items (model), ==, upright_catalog_count_region (catalog, regions[r]));
      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(UprightExercise) exercise = g_list_model_get_item (model, i);

          g_assert_true (upright_exercise_has_region (exercise, regions[r]));
        }

      g_assert_cmpint (upright_body_map_get_selected_region (map), ==, regions[r]);
      last = g_settings_get_string (fixture->settings, "last-region");
      g_assert_cmpstr (last, ==, upright_region_to_string (regions[r]));
    }

  g_assert_cmpuint (upright_test_render_widget (GTK_WIDGET (fixture->window), "exercises-balance.png"), >, 16);
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  GtkEditable *entry = GTK_EDITABLE (gtk_widget_get_template_child (child (fixture, "region_list"),
                                                                    UPRIGHT_TYPE_REGION_LIST,
                                                                    "search_entry"));
  GtkLabel *title = GTK_LABEL (gtk_widget_get_template_child (child (fixture, "region_list"),
                                                              UPRIGHT_TYPE_REGION_LIST,
                                                              "title_label"));
  guint n_hip;

  upright_exercises_page_show_region (fixture->page, UPRIGHT_REGION_WRIST);
  g_assert_false (lists (fixture, "sit-to-stand"));

  /* A search looks through every region, in titles, summaries and steps. */
  upright_test_search (entry, "chair");
  g_assert_true (lists (fixture, "sit-to-stand"));
  g_assert_cmpstr (gtk_label_get_label (title), ==, "Search Results");
  for (guint i = 0; i < g_list_model_get_n_items (listed (fixture)); i++)
    {
      g_autoptr(UprightExercise) exercise = g_list_model_get_item (listed (fixture), i);

      g_assert_true (upright_exercise_matches (exercise, "chair"));
    }

  upright_test_search (entry, "chair zebra");
  g_assert_cmpuint (g_list_model_get_n_items (listed (fixture)), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (gtk_widget_get_template_child (child (fixture, "region_list"),
                                                                                                UPRIGHT_TYPE_REGION_LIST,
                                                                                                "stack"))),
                   ==, "empty");

  /* Choosing a region ends the search. */
  upright_exercises_page_show_region (fixture->page, UPRIGHT_REGION_HIP);
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "");
  n_hip = g_list_model_get_n_items (listed (fixture));
  g_assert_cmpuint (n_hip, ==, upright_catalog_count_region (catalog, UPRIGHT_REGION_HIP));
}

static void
test_open_exercise (Fixture       *fixture,
                    gconstpointer  data)
{
  UprightExercisePage *exercise_page = upright_exercises_page_get_exercise_page (fixture->page);
  GtkLabel *title = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (exercise_page),
                                                              UPRIGHT_TYPE_EXERCISE_PAGE,
                                                              "title_label"));
  GtkWidget *steps = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (exercise_page),
                                                                UPRIGHT_TYPE_EXERCISE_PAGE,
                                                                "steps_box"));
  UprightExercise *exercise = upright_catalog_lookup (catalog, "sit-to-stand");
  guint n_steps = 0;

  upright_exercises_page_show_region (fixture->page, UPRIGHT_REGION_HIP);
  activate (fixture, "exercises.show-exercise", g_variant_new_string ("sit-to-stand"));

  g_assert_cmpstr (content_page (fixture), ==, "exercise");
  g_assert_true (upright_exercise_page_get_exercise (exercise_page) == exercise);
  g_assert_cmpstr (gtk_label_get_label (title), ==, upright_exercise_get_title (exercise));
  for (GtkWidget *w = gtk_widget_get_first_child (steps); w != NULL; w = gtk_widget_get_next_sibling (w))
    n_steps++;
  g_assert_cmpuint (n_steps, ==, g_strv_length ((char **) upright_exercise_get_steps (exercise)));
  /* The keyboard focus moves into the page. */
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)),
                                         GTK_WIDGET (exercise_page)));

  /* An unknown id leaves the page as it is. */
  g_assert_false (upright_exercises_page_show_exercise (fixture->page, "sit-up"));
  g_assert_true (upright_exercise_page_get_exercise (exercise_page) == exercise);

  g_assert_cmpuint (upright_test_render_widget (GTK_WIDGET (fixture->window), "exercise-page.png"), >, 16);

  /* Back to the list, with the focus on the exercise just seen. */
  activate (fixture, "exercises.back", NULL);
  g_assert_cmpstr (content_page (fixture), ==, "list");
  g_assert_cmpstr (gtk_widget_get_name (gtk_root_get_focus (GTK_ROOT (fixture->window))), ==, "sit-to-stand");
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
test_row_activation (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkWidget *row;

  upright_exercises_page_show_region (fixture->page, UPRIGHT_REGION_WRIST);
  row = find_row (GTK_WIDGET (fixture->page), "grip-squeeze");
  g_assert_nonnull (row);

  /* Enter on a row, or a click, activates it. */
  gtk_widget_grab_focus (row);
  g_assert_true (gtk_widget_activate (row));
  upright_test_settle ();
  g_assert_cmpstr (content_page (fixture), ==, "exercise");
  g_assert_cmpstr (upright_exercise_get_id (upright_exercise_page_get_exercise (upright_exercises_page_get_exercise_page (fixture->page))),
                   ==, "grip-squeeze");
}

static void
test_safety (Fixture       *fixture,
             gconstpointer  data)
{
  UprightExercisePage *exercise_page = upright_exercises_page_get_exercise_page (fixture->page);
  GtkWidget *advice = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (exercise_page),
                                                                 UPRIGHT_TYPE_EXERCISE_PAGE,
                                                                 "advice_box"));
  GtkWidget *row;

  upright_exercises_page_show_region (fixture->page, UPRIGHT_REGION_HIP);
  upright_exercises_page_show_exercise (fixture->page, "bridge");
  g_assert_false (gtk_widget_get_visible (advice));
  row = find_row (GTK_WIDGET (fixture->page), "bridge");
  g_assert_false (gtk_widget_has_css_class (row, "not-advised"));

  /* A floor exercise is marked once the profile says the floor is avoided… */
  g_object_set (fixture->profile, "avoid-floor", TRUE, NULL);
  upright_test_settle ();
  g_assert_true (gtk_widget_get_visible (advice));
  row = find_row (GTK_WIDGET (fixture->page), "bridge");
  g_assert_true (gtk_widget_has_css_class (row, "not-advised"));
  g_assert_true (lists (fixture, "bridge"));
  g_assert_cmpuint (upright_test_render_widget (GTK_WIDGET (fixture->window), "exercise-not-advised.png"), >, 16);

  /* …and hidden only when the user asks for that. */
  g_settings_set_boolean (fixture->settings, "hide-not-advised", TRUE);
  upright_test_settle ();
  g_assert_false (lists (fixture, "bridge"));
  g_assert_true (lists (fixture, "sit-to-stand"));

  g_object_set (fixture->profile, "avoid-floor", FALSE, NULL);
  upright_test_settle ();
  g_assert_true (lists (fixture, "bridge"));
  g_assert_false (gtk_widget_get_visible (advice));
}

static GtkWidget *
page_child (UprightExercisePage *page,
            const char          *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page), UPRIGHT_TYPE_EXERCISE_PAGE, name));
}

/* Whether a label under @widget says @text. */
static gboolean
shows_text (GtkWidget  *widget,
            const char *text)
{
  /* A reason is a line of the label that lists them. */
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_label (GTK_LABEL (widget)), text) != NULL)
    return gtk_widget_get_visible (widget);

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (gtk_widget_get_visible (c) && shows_text (c, text))
      return TRUE;

  return FALSE;
}

static void
test_version_safety (Fixture       *fixture,
                     gconstpointer  data)
{
  UprightExercisePage *exercise_page = upright_exercises_page_get_exercise_page (fixture->page);
  GtkWidget *advice = page_child (exercise_page, "advice_box");
  GtkWidget *easier = page_child (exercise_page, "easier_notes");
  GtkWidget *harder = page_child (exercise_page, "harder_notes");
  const char *walking_aid = "It is a balance exercise without anything to hold. With a walking aid, keep a sturdy support within reach.";

  upright_exercises_page_show_region (fixture->page, UPRIGHT_REGION_HIP);
  upright_exercises_page_show_exercise (fixture->page, "heel-raise");
  upright_test_settle ();
  g_assert_false (gtk_widget_get_visible (harder));

  /* With a walking aid, only the harder version, which lets go of the
   * support, is marked, under that version. */
  g_object_set (fixture->profile, "walking-aid", TRUE, NULL);
  upright_test_settle ();
  g_assert_false (gtk_widget_get_visible (advice));
  g_assert_false (gtk_widget_get_visible (easier));
  g_assert_true (gtk_widget_get_visible (harder));
  g_assert_true (shows_text (harder, walking_aid));
  g_assert_true (lists (fixture, "heel-raise"));
  g_assert_false (gtk_widget_has_css_class (find_row (GTK_WIDGET (fixture->page), "heel-raise"), "not-advised"));
  g_object_set (fixture->profile, "walking-aid", FALSE, NULL);

  /* A version's own safety note shows whatever the answers. */
  upright_exercises_page_show_exercise (fixture->page, "hip-hinge");
  upright_test_settle ();
  g_assert_true (gtk_widget_get_visible (harder));
  g_assert_true (shows_text (harder, "After a spine fracture, have a physiotherapist check your hinge before you add a weight."));
  g_assert_false (gtk_widget_get_visible (easier));

  /* The bridge's easier version is on the floor too, so the advice does
   * not point to it. */
  upright_exercises_page_show_exercise (fixture->page, "bridge");
  g_object_set (fixture->profile, "avoid-floor", TRUE, NULL);
  upright_test_settle ();
  g_assert_true (gtk_widget_get_visible (advice));
  g_assert_true (gtk_widget_get_visible (easier));
  g_assert_true (shows_text (advice, "Talk to your physiotherapist before you try it."));
  g_object_set (fixture->profile, "avoid-floor", FALSE, NULL);
}

static void
test_last_region (void)
{
  Fixture fixture = { 0 };
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  /* The region chosen last time comes back. */
  g_settings_set_string (settings, "last-region", "wrist");
  fixture_open (&fixture, 1100, 800);
  g_assert_cmpint (upright_body_map_get_selected_region (child (&fixture, "body_map")), ==, UPRIGHT_REGION_WRIST);
  g_assert_cmpuint (g_list_model_get_n_items (listed (&fixture)), ==,
                    upright_catalog_count_region (catalog, UPRIGHT_REGION_WRIST));
  fixture_teardown (&fixture, NULL);

  /* The core comes back on the front of the figure, and Front says so. */
  g_settings_set_string (settings, "last-region", "core");
  fixture_open (&fixture, 1100, 800);
  g_assert_cmpint (upright_body_map_get_selected_region (child (&fixture, "body_map")), ==, UPRIGHT_REGION_CORE);
  g_assert_false (upright_body_map_get_shows_back (child (&fixture, "body_map")));
  g_assert_true (gtk_toggle_button_get_active (child (&fixture, "front_button")));
  g_assert_false (gtk_toggle_button_get_active (child (&fixture, "back_button")));
  fixture_teardown (&fixture, NULL);
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
  UprightBodyMap *map;

  fixture_open (&fixture, 360, 700);
  leaflet = child (&fixture, "leaflet");
  map = child (&fixture, "body_map");

  /* One column: the map first… */
  upright_test_wait_until (leaflet_folded, leaflet, 5000);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "map");
  g_assert_cmpuint (upright_test_render_widget (GTK_WIDGET (fixture.window), "exercises-narrow-map.png"), >, 16);

  /* …then the list, with the focus on its first exercise… */
  gtk_widget_activate (upright_body_map_get_region_widget (map, UPRIGHT_REGION_BALANCE));
  upright_test_settle ();
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "content");
  g_assert_true (GTK_IS_LIST_BOX_ROW (gtk_root_get_focus (GTK_ROOT (fixture.window))));
  g_assert_cmpuint (upright_test_render_widget (GTK_WIDGET (fixture.window), "exercises-narrow-list.png"), >, 16);

  /* …then an exercise, and back step by step. */
  activate (&fixture, "exercises.show-exercise", g_variant_new_string ("single-leg-stance"));
  g_assert_cmpstr (content_page (&fixture), ==, "exercise");
  g_assert_cmpuint (upright_test_render_widget (GTK_WIDGET (fixture.window), "exercise-page-narrow.png"), >, 16);
  activate (&fixture, "exercises.back", NULL);
  g_assert_cmpstr (content_page (&fixture), ==, "list");
  activate (&fixture, "exercises.back", NULL);
  upright_test_settle ();
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "map");
  g_assert_true (gtk_root_get_focus (GTK_ROOT (fixture.window)) ==
                 upright_body_map_get_region_widget (map, UPRIGHT_REGION_BALANCE));

  fixture_teardown (&fixture, NULL);
}

static void
test_dark (Fixture       *fixture,
           gconstpointer  data)
{
  AdwStyleManager *style = adw_style_manager_get_default ();

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  upright_exercises_page_show_region (fixture->page, UPRIGHT_REGION_SPINE);
  upright_test_settle ();
  g_assert_cmpuint (upright_test_render_widget (GTK_WIDGET (fixture->window), "exercises-dark.png"), >, 16);
  upright_exercises_page_show_exercise (fixture->page, "chin-tuck");
  upright_test_settle ();
  g_assert_cmpuint (upright_test_render_widget (GTK_WIDGET (fixture->window), "exercise-page-dark.png"), >, 16);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
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

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/exercises/all", test_all_exercises);
  ADD ("/exercises/region-filter", test_region_filter);
  ADD ("/exercises/search", test_search);
  ADD ("/exercises/open-exercise", test_open_exercise);
  ADD ("/exercises/row-activation", test_row_activation);
  ADD ("/exercises/safety", test_safety);
  ADD ("/exercises/version-safety", test_version_safety);
  ADD ("/exercises/dark", test_dark);
#undef ADD
  g_test_add_func ("/exercises/last-region", test_last_region);
  g_test_add_func ("/exercises/first-rows", test_first_rows);
  g_test_add_func ("/exercises/narrow", test_narrow);

  status = g_test_run ();
  g_clear_object (&catalog);

  return status;
}
