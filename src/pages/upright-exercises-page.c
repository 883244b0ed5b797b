/* upright-exercises-page.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "widgets/upright-accessible.h"
#include "widgets/upright-body-map.h"

#include "upright-exercise-page.h"
#include "upright-exercises-page.h"
#include "upright-region-list.h"

/* The body map, the list of exercises for the chosen region and the page of
 * one exercise. Wide windows show the map beside the list, and the exercise
 * page in place of the list; narrow ones show one at a time, with back
 * buttons.
 */
struct _UprightExercisesPage
{
  GtkWidget             parent_instance;

  UprightCatalog       *catalog;
  UprightSafetyProfile *profile;
  GSettings            *settings;
  UprightArticleLibrary *library;
  UprightPlan          *plan;
  char                 *last_exercise_id;

  /* Made the first time an exercise is opened: the start shows the map
   * and the list, never an exercise. */
  UprightExercisePage  *exercise_page;

  /* Template widgets */
  GtkStack             *stack;
  AdwLeaflet           *leaflet;
  GtkWidget            *map_pane;
  UprightBodyMap       *body_map;
  GtkWidget            *front_button;
  GtkWidget            *back_button;
  GtkStack             *content_stack;
  UprightRegionList    *region_list;
  AdwBin               *exercise_bin;
  AdwStatusPage        *error_page;
};

G_DEFINE_FINAL_TYPE (UprightExercisesPage, upright_exercises_page, GTK_TYPE_WIDGET)

static const UprightRegion map_regions[] = {
  UPRIGHT_REGION_SPINE,
  UPRIGHT_REGION_HIP,
  UPRIGHT_REGION_WRIST,
  UPRIGHT_REGION_BALANCE,
  UPRIGHT_REGION_CORE,
};

static void
update_counts (UprightExercisesPage *self)
{
  gboolean hide = g_settings_get_boolean (self->settings, "hide-not-advised");
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->catalog));

  /* The map names the number of exercises the list will show. */
  for (guint r = 0; r < G_N_ELEMENTS (map_regions); r++)
    {
      guint count = 0;

      for (guint i = 0; i < n_items; i++)
        {
          g_autoptr(UprightExercise) exercise = g_list_model_get_item (G_LIST_MODEL (self->catalog), i);

          if (upright_exercise_has_region (exercise, map_regions[r]) &&
              (!hide || upright_safety_profile_advises (self->profile, exercise)))
            count++;
        }

      upright_body_map_set_exercise_count (self->body_map, map_regions[r], count);
    }
}

/**
 * upright_exercises_page_get_exercise_page:
 * @self: the exercises page
 *
 * Returns: (transfer none): the page of an exercise, made now if it was
 *   not yet
 */
UprightExercisePage *
upright_exercises_page_get_exercise_page (UprightExercisesPage *self)
{
  g_return_val_if_fail (UPRIGHT_IS_EXERCISES_PAGE (self), NULL);

  if (self->exercise_page == NULL)
    {
      self->exercise_page = g_object_new (UPRIGHT_TYPE_EXERCISE_PAGE, NULL);
      adw_bin_set_child (self->exercise_bin, GTK_WIDGET (self->exercise_page));
      if (self->catalog != NULL)
        upright_exercise_page_setup (self->exercise_page, self->catalog, self->profile, self->library);
      if (self->plan != NULL)
        upright_exercise_page_setup_videos (self->exercise_page, self->plan, self->settings);
      /* Named as the rest of the window was, once it is in it. */
      upright_accessible_fix_names (GTK_WIDGET (self->exercise_page));
    }

  return self->exercise_page;
}

static void
show_content (UprightExercisesPage *self,
              const char           *name)
{
  gtk_stack_set_visible_child_name (self->content_stack, name);
  adw_leaflet_set_visible_child_name (self->leaflet, "content");

  /* On a large screen the map shares the room with a list; an exercise's
   * demonstration has all the room the map leaves at its natural size. */
  gtk_widget_set_hexpand (self->map_pane, !g_str_equal (name, "exercise"));

  /* Leaving an exercise's page lets the camera go at once: the stack may
   * keep the page mapped while it changes pages. */
  if (!g_str_equal (name, "exercise") && self->exercise_page != NULL)
    upright_exercise_page_stop_mirror (self->exercise_page);
}

/**
 * upright_exercises_page_show_region:
 * @self: the exercises page
 * @region: a region, or %UPRIGHT_REGION_NONE for all exercises
 *
 * Lists the exercises for @region.
 */
void
upright_exercises_page_show_region (UprightExercisesPage *self,
                                    UprightRegion         region)
{
  g_return_if_fail (UPRIGHT_IS_EXERCISES_PAGE (self));
  g_return_if_fail (self->catalog != NULL);

  upright_body_map_set_selected_region (self->body_map, region);
  upright_region_list_set_region (self->region_list, region);
  g_settings_set_string (self->settings, "last-region", upright_region_to_string (region));

  show_content (self, "list");

  /* When the list replaces the map, the focus follows it. */
  if (adw_leaflet_get_folded (self->leaflet))
    upright_region_list_focus_exercise (self->region_list, NULL);
}

/**
 * upright_exercises_page_show_exercise:
 * @self: the exercises page
 * @id: an exercise id
 *
 * Opens the page of an exercise.
 *
 * Returns: %TRUE if the catalogue has an exercise called @id
 */
gboolean
upright_exercises_page_show_exercise (UprightExercisesPage *self,
                                      const char           *id)
{
  UprightExercise *exercise;

  g_return_val_if_fail (UPRIGHT_IS_EXERCISES_PAGE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if (self->catalog == NULL || (exercise = upright_catalog_lookup (self->catalog, id)) == NULL)
    return FALSE;

  g_free (self->last_exercise_id);
  self->last_exercise_id = g_strdup (id);

  upright_exercise_page_set_exercise (upright_exercises_page_get_exercise_page (self), exercise);
  show_content (self, "exercise");
  upright_exercise_page_focus (self->exercise_page);

  return TRUE;
}

static void
show_list (UprightExercisesPage *self)
{
  show_content (self, "list");
  upright_region_list_focus_exercise (self->region_list, self->last_exercise_id);
}

static void
show_map (UprightExercisesPage *self)
{
  UprightRegion region = upright_body_map_get_selected_region (self->body_map);
  GtkWidget *target = upright_body_map_get_region_widget (self->body_map, region);

  adw_leaflet_set_visible_child_name (self->leaflet, "map");
  gtk_widget_grab_focus (target != NULL ? target : GTK_WIDGET (self->body_map));
}

static void
show_region_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  UprightRegion region;

  if (upright_region_from_string (g_variant_get_string (parameter, NULL), &region))
    upright_exercises_page_show_region (UPRIGHT_EXERCISES_PAGE (widget), region);
}

static void
show_exercise_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  upright_exercises_page_show_exercise (UPRIGHT_EXERCISES_PAGE (widget),
                                        g_variant_get_string (parameter, NULL));
}

static void
show_list_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  show_list (UPRIGHT_EXERCISES_PAGE (widget));
}

static void
show_map_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  show_map (UPRIGHT_EXERCISES_PAGE (widget));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  UprightExercisesPage *self = UPRIGHT_EXERCISES_PAGE (widget);

  /* One step back: from an exercise to its list, then to the map when the
   * map is not already in view. */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "exercise") == 0)
    show_list (self);
  else if (adw_leaflet_get_folded (self->leaflet))
    show_map (self);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  UprightExercisesPage *self = UPRIGHT_EXERCISES_PAGE (widget);

  show_content (self, "list");
  upright_region_list_focus_search (self->region_list);
}

static void
region_activated_cb (UprightExercisesPage *self,
                     guint                 region)
{
  upright_exercises_page_show_region (self, (UprightRegion) region);
  /* She chose the region to see its exercises: the first one is next. */
  upright_region_list_focus_exercise (self->region_list, NULL);
}

static void
folded_changed_cb (UprightExercisesPage *self)
{
  upright_region_list_set_show_back (self->region_list, adw_leaflet_get_folded (self->leaflet));
}

/**
 * upright_exercises_page_setup_videos:
 * @self: the exercises page, set up
 * @plan: the user's plan, which keeps her own videos
 *
 * Lets exercise pages show the user's own videos, and attach them.
 */
void
upright_exercises_page_setup_videos (UprightExercisesPage *self,
                                     UprightPlan          *plan)
{
  g_return_if_fail (UPRIGHT_IS_EXERCISES_PAGE (self));
  g_return_if_fail (self->settings != NULL);

  g_set_object (&self->plan, plan);
  if (self->exercise_page != NULL)
    upright_exercise_page_setup_videos (self->exercise_page, plan, self->settings);
}

/**
 * upright_exercises_page_setup:
 * @self: the exercises page
 * @catalog: the exercises
 * @profile: the user's safety profile
 * @library: (nullable): the articles, for “Why this helps” links
 * @settings: the application settings
 *
 * Gives the page what it shows, and opens the region chosen last time.
 */
void
upright_exercises_page_setup (UprightExercisesPage  *self,
                              UprightCatalog        *catalog,
                              UprightSafetyProfile  *profile,
                              UprightArticleLibrary *library,
                              GSettings             *settings)
{
  g_autofree char *last_region = NULL;
  UprightRegion region = UPRIGHT_REGION_NONE;

  g_return_if_fail (UPRIGHT_IS_EXERCISES_PAGE (self));
  g_return_if_fail (UPRIGHT_IS_CATALOG (catalog));
  g_return_if_fail (UPRIGHT_IS_SAFETY_PROFILE (profile));
  g_return_if_fail (G_IS_SETTINGS (settings));
  g_return_if_fail (self->catalog == NULL);

  self->catalog = g_object_ref (catalog);
  self->profile = g_object_ref (profile);
  self->settings = g_object_ref (settings);

  upright_region_list_setup (self->region_list, catalog, profile, settings);
  self->library = library != NULL ? g_object_ref (library) : NULL;
  if (self->exercise_page != NULL)
    upright_exercise_page_setup (self->exercise_page, catalog, profile, library);

  g_signal_connect_object (profile, "notify", G_CALLBACK (update_counts), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (settings, "changed::hide-not-advised", G_CALLBACK (update_counts), self, G_CONNECT_SWAPPED);
  update_counts (self);

  last_region = g_settings_get_string (settings, "last-region");
  upright_region_from_string (last_region, &region);
  upright_body_map_set_selected_region (self->body_map, region);
  upright_region_list_set_region (self->region_list, region);
  folded_changed_cb (self);

  gtk_stack_set_visible_child_name (self->stack, "browse");
}

/**
 * upright_exercises_page_show_error:
 * @self: the exercises page
 * @error: why the catalogue could not be loaded
 *
 * Says that there are no exercises to show, and why.
 */
void
upright_exercises_page_show_error (UprightExercisesPage *self,
                                   const GError         *error)
{
  g_autofree char *description = NULL;

  g_return_if_fail (UPRIGHT_IS_EXERCISES_PAGE (self));
  g_return_if_fail (error != NULL);

  description = g_strdup_printf (_("The list of exercises that comes with Upright is damaged: %s. "
                                   "Reinstalling Upright should fix this."),
                                 error->message);
  adw_status_page_set_description (self->error_page, description);
  adw_status_page_set_icon_name (self->error_page, "dialog-error-symbolic");
  gtk_stack_set_visible_child_name (self->stack, "error");
}

static void
upright_exercises_page_dispose (GObject *object)
{
  UprightExercisesPage *self = UPRIGHT_EXERCISES_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), UPRIGHT_TYPE_EXERCISES_PAGE);
  self->exercise_page = NULL;

  g_clear_object (&self->catalog);
  g_clear_object (&self->library);
  g_clear_object (&self->plan);
  g_clear_object (&self->profile);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->last_exercise_id, g_free);

  G_OBJECT_CLASS (upright_exercises_page_parent_class)->dispose (object);
}

static void
upright_exercises_page_class_init (UprightExercisesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = upright_exercises_page_dispose;

  g_type_ensure (UPRIGHT_TYPE_BODY_MAP);
  g_type_ensure (UPRIGHT_TYPE_REGION_LIST);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/upright-exercises-page.ui");
  gtk_widget_class_bind_template_child (widget_class, UprightExercisesPage, stack);
  gtk_widget_class_bind_template_child (widget_class, UprightExercisesPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, UprightExercisesPage, map_pane);
  gtk_widget_class_bind_template_child (widget_class, UprightExercisesPage, body_map);
  gtk_widget_class_bind_template_child (widget_class, UprightExercisesPage, front_button);
  gtk_widget_class_bind_template_child (widget_class, UprightExercisesPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, UprightExercisesPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, UprightExercisesPage, region_list);
  gtk_widget_class_bind_template_child (widget_class, UprightExercisesPage, exercise_bin);
  gtk_widget_class_bind_template_child (widget_class, UprightExercisesPage, error_page);
  gtk_widget_class_bind_template_callback (widget_class, region_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, folded_changed_cb);

  gtk_widget_class_install_action (widget_class, "exercises.show-region", "s", show_region_action);
  gtk_widget_class_install_action (widget_class, "exercises.show-exercise", "s", show_exercise_action);
  gtk_widget_class_install_action (widget_class, "exercises.show-list", NULL, show_list_action);
  gtk_widget_class_install_action (widget_class, "exercises.show-map", NULL, show_map_action);
  gtk_widget_class_install_action (widget_class, "exercises.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "exercises.search", NULL, search_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "exercises.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "exercises.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "exercises.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_BackSpace, GDK_ALT_MASK, "exercises.back", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
upright_exercises_page_init (UprightExercisesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  upright_accessible_set_label (self->front_button, _("Front of the Body"));
  upright_accessible_set_label (self->back_button, _("Back of the Body"));

  /* Choosing the spine or the core turns the figure round by itself. */
  g_object_bind_property (self->body_map, "shows-back", self->back_button, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->body_map, "shows-back", self->front_button, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE | G_BINDING_INVERT_BOOLEAN);
}
