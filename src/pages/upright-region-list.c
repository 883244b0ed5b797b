/* upright-region-list.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "widgets/upright-accessible.h"
#include "widgets/upright-exercise-row.h"

#include "upright-region-list.h"

/* The exercises for one region of the body map, or for a search across the
 * whole catalogue. Each row opens its exercise through the
 * “exercises.show-exercise” action of the page it sits in.
 */
struct _UprightRegionList
{
  GtkWidget             parent_instance;

  UprightCatalog       *catalog;
  UprightSafetyProfile *profile;
  GSettings            *settings;
  GtkFilterListModel   *filtered;
  GtkCustomFilter      *filter;
  /* The rows made: until the window's first frame, only those that can
   * fit on a screen, then all of them. */
  GtkSliceListModel    *shown;
  guint                 show_all_id;
  UprightRegion         region;
  char                 *query;

  /* Template widgets */
  GtkWidget            *back_button;
  GtkSearchEntry       *search_entry;
  GtkStack             *stack;
  GtkLabel             *title_label;
  GtkLabel             *subtitle_label;
  GtkListBox           *list_box;
  AdwStatusPage        *empty_page;
};

G_DEFINE_FINAL_TYPE (UprightRegionList, upright_region_list, GTK_TYPE_WIDGET)

/* How many rows to make before the first frame. */
/* The rows made before the first frame: as many as a window of the height
 * she left it at can show below the list's heading, the others a frame
 * later. A row is at least this tall, and the heading this much. */
#define MIN_ROW_HEIGHT 48
#define ABOVE_ROWS     120
#define MAX_FIRST_ROWS 24

static gboolean
searching (UprightRegionList *self)
{
  return self->query != NULL && *self->query != '\0';
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  UprightRegionList *self = user_data;
  UprightExercise *exercise = item;

  if (self->settings != NULL &&
      g_settings_get_boolean (self->settings, "hide-not-advised") &&
      !upright_safety_profile_advises (self->profile, exercise))
    return FALSE;

  /* A search looks through every exercise, whatever the region. */
  if (searching (self))
    return upright_exercise_matches (exercise, self->query);

  return self->region == UPRIGHT_REGION_NONE ||
         upright_exercise_has_region (exercise, self->region);
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  UprightRegionList *self = user_data;
  UprightExercise *exercise = item;
  GtkWidget *row = upright_exercise_row_new (exercise, self->profile);
  GtkWidget *arrow;

  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "exercises.show-exercise");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", upright_exercise_get_id (exercise));

  arrow = gtk_image_new_from_icon_name ("go-next-symbolic");
  gtk_accessible_update_property (GTK_ACCESSIBLE (arrow),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Open"),
                                  -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);

  return row;
}

static void
update_header (UprightRegionList *self)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  g_autofree char *count = NULL;

  if (searching (self))
    gtk_label_set_label (self->title_label, _("Search Results"));
  else if (self->region == UPRIGHT_REGION_NONE)
    gtk_label_set_label (self->title_label, _("All Exercises"));
  else
    gtk_label_set_label (self->title_label, upright_region_get_title (self->region));

  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u exercise", "%u exercises", n_items), n_items);
  gtk_label_set_label (self->subtitle_label, count);

  if (n_items > 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "list");
    }
  else
    {
      adw_status_page_set_description (self->empty_page,
                                       searching (self)
                                         ? _("Try fewer or different words.")
                                         : _("None of these exercises suits the answers in your safety profile. Ask your physiotherapist for one that does, or show all exercises in Preferences."));
      /* Its icon is loaded only when it is first needed: a 128-pixel
       * symbolic icon is an SVG to parse. */
      adw_status_page_set_icon_name (self->empty_page, "system-search-symbolic");
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }
}

static void
refilter (UprightRegionList *self)
{
  if (self->filter != NULL)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
rebuild_rows (UprightRegionList *self)
{
  /* The rows show the safety profile's verdict, so they are made anew when
   * it changes. */
  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->shown),
                           create_row_cb, self, NULL);
  refilter (self);
}

static void
search_changed_cb (UprightRegionList *self)
{
  g_free (self->query);
  self->query = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));
  refilter (self);
}

static void
stop_search_cb (UprightRegionList *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
items_changed_cb (UprightRegionList *self)
{
  update_header (self);
}

static guint
count_first_rows (GSettings *settings)
{
  int height = g_settings_get_int (settings, "window-height");

  /* A maximized window is as tall as the screen, which is not known yet. */
  if (g_settings_get_boolean (settings, "window-maximized"))
    return MAX_FIRST_ROWS;

  return CLAMP ((height - ABOVE_ROWS) / MIN_ROW_HEIGHT + 1, 1, MAX_FIRST_ROWS);
}

/**
 * upright_region_list_setup:
 * @self: a region list
 * @catalog: the exercises
 * @profile: the user's safety profile
 * @settings: the application settings
 *
 * Gives the list what it shows. Called once.
 */
void
upright_region_list_setup (UprightRegionList    *self,
                           UprightCatalog       *catalog,
                           UprightSafetyProfile *profile,
                           GSettings            *settings)
{
  g_return_if_fail (UPRIGHT_IS_REGION_LIST (self));
  g_return_if_fail (UPRIGHT_IS_CATALOG (catalog));
  g_return_if_fail (UPRIGHT_IS_SAFETY_PROFILE (profile));
  g_return_if_fail (G_IS_SETTINGS (settings));
  g_return_if_fail (self->catalog == NULL);

  self->catalog = g_object_ref (catalog);
  self->profile = g_object_ref (profile);
  self->settings = g_object_ref (settings);

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (catalog)),
                                              g_object_ref (GTK_FILTER (self->filter)));
  g_signal_connect_object (self->filtered, "items-changed",
                           G_CALLBACK (items_changed_cb), self, G_CONNECT_SWAPPED);
  /* A row takes about 2 ms to make and lay out; the rows below the
   * window's edge wait for the first frame. */
  self->shown = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)), 0,
                                          gtk_widget_get_mapped (GTK_WIDGET (self)) ? G_MAXUINT
                                                                                    : count_first_rows (settings));

  g_signal_connect_object (profile, "notify", G_CALLBACK (rebuild_rows), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (settings, "changed::hide-not-advised", G_CALLBACK (refilter), self, G_CONNECT_SWAPPED);

  rebuild_rows (self);
  update_header (self);
}

UprightRegion
upright_region_list_get_region (UprightRegionList *self)
{
  g_return_val_if_fail (UPRIGHT_IS_REGION_LIST (self), UPRIGHT_REGION_NONE);

  return self->region;
}

/**
 * upright_region_list_set_region:
 * @self: a region list
 * @region: the region to show, or %UPRIGHT_REGION_NONE for every exercise
 *
 * Shows the exercises for @region. A search in progress is cleared.
 */
void
upright_region_list_set_region (UprightRegionList *self,
                                UprightRegion      region)
{
  g_return_if_fail (UPRIGHT_IS_REGION_LIST (self));
  g_return_if_fail (region < UPRIGHT_N_REGIONS);

  self->region = region;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  g_clear_pointer (&self->query, g_free);
  refilter (self);
  update_header (self);
}

/**
 * upright_region_list_get_model:
 * @self: a region list
 *
 * Returns: (transfer none): the exercises shown
 */
GListModel *
upright_region_list_get_model (UprightRegionList *self)
{
  g_return_val_if_fail (UPRIGHT_IS_REGION_LIST (self), NULL);

  return G_LIST_MODEL (self->filtered);
}

/**
 * upright_region_list_set_show_back:
 * @self: a region list
 * @show_back: whether to show a button back to the body map
 *
 * The button is needed when the list replaces the map in a narrow window.
 */
void
upright_region_list_set_show_back (UprightRegionList *self,
                                   gboolean           show_back)
{
  g_return_if_fail (UPRIGHT_IS_REGION_LIST (self));

  gtk_widget_set_visible (self->back_button, show_back);
}

/**
 * upright_region_list_focus_exercise:
 * @self: a region list
 * @id: an exercise id
 *
 * Moves the keyboard focus to the row of @id, for example when coming back
 * from its page, or to the first row when @id is not listed.
 */
void
upright_region_list_focus_exercise (UprightRegionList *self,
                                    const char        *id)
{
  GtkListBoxRow *row;

  g_return_if_fail (UPRIGHT_IS_REGION_LIST (self));

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list_box, i)) != NULL; i++)
    {
      if (g_strcmp0 (gtk_widget_get_name (GTK_WIDGET (row)), id) == 0)
        {
          gtk_widget_grab_focus (GTK_WIDGET (row));
          return;
        }
    }

  row = gtk_list_box_get_row_at_index (self->list_box, 0);
  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

/**
 * upright_region_list_focus_search:
 * @self: a region list
 *
 * Moves the keyboard focus to the search entry.
 */
void
upright_region_list_focus_search (UprightRegionList *self)
{
  g_return_if_fail (UPRIGHT_IS_REGION_LIST (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static gboolean
show_all_cb (gpointer user_data)
{
  UprightRegionList *self = UPRIGHT_REGION_LIST (user_data);

  self->show_all_id = 0;
  if (self->shown != NULL)
    gtk_slice_list_model_set_size (self->shown, G_MAXUINT);

  return G_SOURCE_REMOVE;
}

static void
first_frame_cb (GdkFrameClock     *clock,
                UprightRegionList *self)
{
  g_signal_handlers_disconnect_by_func (clock, first_frame_cb, self);
  if (self->show_all_id == 0)
    self->show_all_id = g_idle_add_full (G_PRIORITY_LOW, show_all_cb, self, NULL);
}

static void
upright_region_list_map (GtkWidget *widget)
{
  UprightRegionList *self = UPRIGHT_REGION_LIST (widget);

  GTK_WIDGET_CLASS (upright_region_list_parent_class)->map (widget);

  if (self->shown != NULL && gtk_slice_list_model_get_size (self->shown) != G_MAXUINT)
    g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint",
                             G_CALLBACK (first_frame_cb), self, 0);
}

static void
upright_region_list_dispose (GObject *object)
{
  UprightRegionList *self = UPRIGHT_REGION_LIST (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), UPRIGHT_TYPE_REGION_LIST);

  /* The template's outer box has no id, so it is not cleared above. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_handle_id (&self->show_all_id, g_source_remove);
  g_clear_object (&self->shown);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->catalog);
  g_clear_object (&self->profile);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (upright_region_list_parent_class)->dispose (object);
}

static void
upright_region_list_finalize (GObject *object)
{
  UprightRegionList *self = UPRIGHT_REGION_LIST (object);

  g_free (self->query);

  G_OBJECT_CLASS (upright_region_list_parent_class)->finalize (object);
}

static void
upright_region_list_class_init (UprightRegionListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = upright_region_list_dispose;
  object_class->finalize = upright_region_list_finalize;
  widget_class->map = upright_region_list_map;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/upright-region-list.ui");
  gtk_widget_class_bind_template_child (widget_class, UprightRegionList, back_button);
  gtk_widget_class_bind_template_child (widget_class, UprightRegionList, search_entry);
  gtk_widget_class_bind_template_child (widget_class, UprightRegionList, stack);
  gtk_widget_class_bind_template_child (widget_class, UprightRegionList, title_label);
  gtk_widget_class_bind_template_child (widget_class, UprightRegionList, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, UprightRegionList, list_box);
  gtk_widget_class_bind_template_child (widget_class, UprightRegionList, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "regionlist");
}

static void
upright_region_list_init (UprightRegionList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
