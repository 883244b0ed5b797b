/* upright-learn-page.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "widgets/upright-accessible.h"
#include "widgets/upright-article-view.h"

#include "upright-learn-page.h"

/* The articles: a list with search and bookmarks beside (or, in a narrow
 * window, before) the article being read. Links inside an article and its
 * “Try These Exercises” list lead to the Exercises page through the
 * window's actions.
 */
struct _UprightLearnPage
{
  GtkWidget              parent_instance;

  UprightArticleLibrary *library;
  UprightCatalog        *catalog;
  UprightPlan           *plan;
  UprightArticle        *article;
  GtkFilterListModel    *filtered;
  GtkCustomFilter       *filter;
  GtkSizeGroup          *badges;
  char                  *query;

  /* Template widgets */
  AdwLeaflet            *leaflet;
  GtkSearchEntry        *search_entry;
  GtkToggleButton       *bookmarks_toggle;
  GtkStack              *list_stack;
  GtkListBox            *list_box;
  AdwStatusPage         *empty_page;
  GtkStack              *article_stack;
  GtkWidget             *back_button;
  GtkToggleButton       *bookmark_button;
  GtkImage              *bookmark_icon;
  GtkLabel              *bookmark_label;
  GtkScrolledWindow     *scrolled_window;
  GtkLabel              *title_label;
  GtkLabel              *meta_label;
  UprightArticleView    *article_view;
  GtkWidget             *exercises_box;
  GtkListBox            *exercises_list;
};

G_DEFINE_FINAL_TYPE (UprightLearnPage, upright_learn_page, GTK_TYPE_WIDGET)

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  UprightLearnPage *self = user_data;
  UprightArticle *article = item;

  if (gtk_toggle_button_get_active (self->bookmarks_toggle) &&
      !upright_plan_is_bookmarked (self->plan, upright_article_get_id (article)))
    return FALSE;

  return upright_article_matches (article, self->query);
}

static char *
format_minutes (UprightArticle *article)
{
  guint minutes = upright_article_get_minutes (article);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "About %u minute to read", "About %u minutes to read", minutes),
                          minutes);
}

/* Marks @row as the article that is open beside the list. */
static void
mark_if_open (UprightLearnPage *self,
              GtkWidget        *row)
{
  gboolean open = self->article != NULL &&
                  g_strcmp0 (gtk_widget_get_name (row), upright_article_get_id (self->article)) == 0;

  if (open)
    gtk_widget_add_css_class (row, "open-article");
  else
    gtk_widget_remove_css_class (row, "open-article");

  gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_SELECTED, open, -1);
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  UprightLearnPage *self = user_data;
  UprightArticle *article = item;
  const char *id = upright_article_get_id (article);
  g_autofree char *minutes = format_minutes (article);
  g_autofree char *subtitle = g_strdup_printf ("%s\n%s", upright_article_get_summary (article), minutes);
  GtkWidget *row, *arrow;

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), upright_article_get_title (article));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  upright_accessible_add_activate (row);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "learn.show-article");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", id);
  gtk_widget_set_name (row, id);

  /* Read articles have a mark; the others keep its room, so titles line
   * up. Nothing is “new” to someone who has read nothing yet. */
  if (upright_plan_is_read (self->plan, id))
    {
      GtkWidget *read = gtk_image_new_from_icon_name ("object-select-symbolic");

      gtk_widget_set_tooltip_text (read, _("Read"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (read), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Read"), -1);
      gtk_widget_add_css_class (read, "read-mark");
      gtk_size_group_add_widget (self->badges, read);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), read);
    }
  else
    {
      GtkWidget *room = gtk_image_new ();

      gtk_size_group_add_widget (self->badges, room);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), room);
    }

  mark_if_open (self, row);

  if (upright_plan_is_bookmarked (self->plan, id))
    {
      GtkWidget *star = gtk_image_new_from_icon_name ("starred-symbolic");

      gtk_accessible_update_property (GTK_ACCESSIBLE (star),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Bookmarked"),
                                      -1);
      gtk_widget_set_tooltip_text (star, _("Bookmarked"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), star);
    }

  arrow = gtk_image_new_from_icon_name ("go-next-symbolic");
  gtk_accessible_update_property (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Open"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);

  return row;
}

static void
update_list_state (UprightLearnPage *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) > 0)
    {
      gtk_stack_set_visible_child_name (self->list_stack, "list");
      return;
    }

  adw_status_page_set_description (self->empty_page,
                                   gtk_toggle_button_get_active (self->bookmarks_toggle) &&
                                   (self->query == NULL || *self->query == '\0')
                                     ? _("Bookmark an article to find it here quickly.")
                                     : _("Try fewer or different words."));
  gtk_stack_set_visible_child_name (self->list_stack, "empty");
}

static void
refilter (UprightLearnPage *self)
{
  if (self->filter != NULL)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
rebuild_rows (UprightLearnPage *self)
{
  /* The rows show the plan's read and bookmark marks. */
  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->filtered),
                           create_row_cb, self, NULL);
  refilter (self);
  update_list_state (self);
}

static void
search_changed_cb (UprightLearnPage *self)
{
  g_free (self->query);
  self->query = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));
  refilter (self);
}

static void
stop_search_cb (UprightLearnPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
update_bookmark_button (UprightLearnPage *self)
{
  gboolean bookmarked;

  if (self->article == NULL)
    return;

  bookmarked = upright_plan_is_bookmarked (self->plan, upright_article_get_id (self->article));
  gtk_toggle_button_set_active (self->bookmark_button, bookmarked);
  gtk_image_set_from_icon_name (self->bookmark_icon, bookmarked ? "starred-symbolic" : "non-starred-symbolic");
  gtk_label_set_text_with_mnemonic (self->bookmark_label, bookmarked ? _("_Bookmarked") : _("_Bookmark"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->bookmark_button),
                               bookmarked ? _("Remove the Bookmark") : _("Bookmark This Article"));
}

static void
plan_changed_cb (UprightLearnPage *self)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
  g_autofree char *focused_id = NULL;

  /* Rebuilding the rows would drop the keyboard focus: keep it on the
   * same article. */
  if (GTK_IS_LIST_BOX_ROW (focus) && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list_box)))
    focused_id = g_strdup (gtk_widget_get_name (focus));

  rebuild_rows (self);
  update_bookmark_button (self);

  if (focused_id != NULL)
    {
      GtkListBoxRow *row;

      for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list_box, i)) != NULL; i++)
        {
          if (g_str_equal (gtk_widget_get_name (GTK_WIDGET (row)), focused_id))
            gtk_widget_grab_focus (GTK_WIDGET (row));
        }
    }
}

static void
link_activated_cb (UprightLearnPage *self,
                   const char       *uri)
{
  /* The view only passes on well-formed links into the app. */
  if (g_str_has_prefix (uri, "upright:exercise/"))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-exercise", "s", uri + strlen ("upright:exercise/"));
  else if (g_str_has_prefix (uri, "upright:region/"))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-region", "s", uri + strlen ("upright:region/"));
}

static GtkWidget *
create_exercise_row (UprightExercise *exercise)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), upright_exercise_get_title (exercise));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), upright_exercise_get_summary (exercise));
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  upright_accessible_add_activate (row);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-exercise");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", upright_exercise_get_id (exercise));
  gtk_widget_set_name (row, upright_exercise_get_id (exercise));
  gtk_accessible_update_property (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Open"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);

  return row;
}

static void
show_article (UprightLearnPage *self,
              UprightArticle   *article)
{
  const char * const *exercises = upright_article_get_exercises (article);
  g_autofree char *minutes = format_minutes (article);
  g_autofree char *reviewed = NULL;
  g_autofree char *meta = NULL;
  GtkWidget *child;
  GtkAdjustment *adjustment;
  char date[64];

  g_set_object (&self->article, article);

  {
    GtkListBoxRow *row;

    for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list_box, i)) != NULL; i++)
      mark_if_open (self, GTK_WIDGET (row));
  }

  gtk_label_set_label (self->title_label, upright_article_get_title (article));
  /* Translators: a date format for when an article was last checked. */
  g_date_strftime (date, sizeof date, _("%-d %B %Y"), upright_article_get_reviewed (article));
  /* Translators: reading time, then the date an article was last checked. */
  meta = g_strdup_printf (_("%s · Reviewed %s"), minutes, date);
  gtk_label_set_label (self->meta_label, meta);

  upright_article_view_set_markdown (self->article_view, upright_article_get_body (article),
                                     RESOURCE_PREFIX "/articles/");

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->exercises_list))) != NULL)
    gtk_list_box_remove (self->exercises_list, child);
  for (guint i = 0; exercises[i] != NULL; i++)
    {
      UprightExercise *exercise = upright_catalog_lookup (self->catalog, exercises[i]);

      if (exercise != NULL)
        gtk_list_box_append (self->exercises_list, create_exercise_row (exercise));
    }
  gtk_widget_set_visible (self->exercises_box,
                          gtk_widget_get_first_child (GTK_WIDGET (self->exercises_list)) != NULL);

  update_bookmark_button (self);
  gtk_stack_set_visible_child_name (self->article_stack, "article");
  adw_leaflet_set_visible_child_name (self->leaflet, "article");

  adjustment = gtk_scrolled_window_get_vadjustment (self->scrolled_window);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));

  /* Opening an article counts as reading it. */
  upright_plan_set_read (self->plan, upright_article_get_id (article), TRUE);
}

/**
 * upright_learn_page_show_article:
 * @self: the Learn page
 * @id: an article id
 *
 * Opens an article.
 *
 * Returns: %TRUE if there is an article called @id
 */
gboolean
upright_learn_page_show_article (UprightLearnPage *self,
                                 const char       *id)
{
  UprightArticle *article;

  g_return_val_if_fail (UPRIGHT_IS_LEARN_PAGE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if (self->library == NULL || (article = upright_article_library_lookup (self->library, id)) == NULL)
    return FALSE;

  show_article (self, article);

  /* The focus moves into the article, where Page Down scrolls it. */
  gtk_widget_grab_focus (gtk_widget_get_visible (self->back_button)
                           ? self->back_button
                           : GTK_WIDGET (self->bookmark_button));

  return TRUE;
}

/**
 * upright_learn_page_get_article:
 * @self: the Learn page
 *
 * Returns: (transfer none) (nullable): the article shown
 */
UprightArticle *
upright_learn_page_get_article (UprightLearnPage *self)
{
  g_return_val_if_fail (UPRIGHT_IS_LEARN_PAGE (self), NULL);

  return self->article;
}

/**
 * upright_learn_page_get_model:
 * @self: the Learn page
 *
 * Returns: (transfer none): the articles listed
 */
GListModel *
upright_learn_page_get_model (UprightLearnPage *self)
{
  g_return_val_if_fail (UPRIGHT_IS_LEARN_PAGE (self), NULL);

  return G_LIST_MODEL (self->filtered);
}

static void
show_article_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  upright_learn_page_show_article (UPRIGHT_LEARN_PAGE (widget), g_variant_get_string (parameter, NULL));
}

static void
show_list_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  UprightLearnPage *self = UPRIGHT_LEARN_PAGE (widget);
  GtkListBoxRow *row;

  adw_leaflet_set_visible_child_name (self->leaflet, "list");

  /* Back on the list, the focus returns to the article just read. */
  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list_box, i)) != NULL; i++)
    {
      if (self->article != NULL &&
          g_str_equal (gtk_widget_get_name (GTK_WIDGET (row)), upright_article_get_id (self->article)))
        {
          gtk_widget_grab_focus (GTK_WIDGET (row));
          return;
        }
    }
}

static void
bookmark_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  UprightLearnPage *self = UPRIGHT_LEARN_PAGE (widget);
  const char *id;

  if (self->article == NULL)
    return;

  id = upright_article_get_id (self->article);
  upright_plan_set_bookmarked (self->plan, id, !upright_plan_is_bookmarked (self->plan, id));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  UprightLearnPage *self = UPRIGHT_LEARN_PAGE (widget);

  adw_leaflet_set_visible_child_name (self->leaflet, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  UprightLearnPage *self = UPRIGHT_LEARN_PAGE (widget);

  if (adw_leaflet_get_folded (self->leaflet) &&
      g_strcmp0 (adw_leaflet_get_visible_child_name (self->leaflet), "article") == 0)
    show_list_action (widget, NULL, NULL);
}

static void
scroll_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  UprightLearnPage *self = UPRIGHT_LEARN_PAGE (widget);
  gboolean handled;

  /* Most of an article is text that takes no focus, so the keys that
   * scroll it work from anywhere on the page. */
  g_signal_emit_by_name (self->scrolled_window, "scroll-child",
                         (GtkScrollType) g_variant_get_int32 (parameter), FALSE, &handled);
}

static void
folded_changed_cb (UprightLearnPage *self)
{
  gtk_widget_set_visible (self->back_button, adw_leaflet_get_folded (self->leaflet));
}

/**
 * upright_learn_page_setup:
 * @self: the Learn page
 * @library: the articles
 * @catalog: the exercises, for the “Try These Exercises” lists
 * @plan: where bookmarks and read articles are kept
 *
 * Gives the page what it shows. Called once.
 */
void
upright_learn_page_setup (UprightLearnPage      *self,
                          UprightArticleLibrary *library,
                          UprightCatalog        *catalog,
                          UprightPlan           *plan)
{
  g_return_if_fail (UPRIGHT_IS_LEARN_PAGE (self));
  g_return_if_fail (UPRIGHT_IS_ARTICLE_LIBRARY (library));
  g_return_if_fail (UPRIGHT_IS_CATALOG (catalog));
  g_return_if_fail (UPRIGHT_IS_PLAN (plan));
  g_return_if_fail (self->library == NULL);

  self->library = g_object_ref (library);
  self->catalog = g_object_ref (catalog);
  self->plan = g_object_ref (plan);

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (library)),
                                              g_object_ref (GTK_FILTER (self->filter)));
  g_signal_connect_object (self->filtered, "items-changed",
                           G_CALLBACK (update_list_state), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (plan, "changed", G_CALLBACK (plan_changed_cb), self, G_CONNECT_SWAPPED);

  rebuild_rows (self);
  folded_changed_cb (self);
}

/**
 * upright_learn_page_show_error:
 * @self: the Learn page
 * @error: why the articles could not be loaded
 *
 * Says that there is nothing to read, and why.
 */
void
upright_learn_page_show_error (UprightLearnPage *self,
                               const GError     *error)
{
  g_autofree char *description = NULL;
  GtkWidget *status;

  g_return_if_fail (UPRIGHT_IS_LEARN_PAGE (self));
  g_return_if_fail (error != NULL);

  description = g_strdup_printf (_("The articles that come with Upright are damaged: %s. "
                                   "Reinstalling Upright should fix this."),
                                 error->message);
  status = g_object_new (ADW_TYPE_STATUS_PAGE,
                         "icon-name", "dialog-error-symbolic",
                         "title", _("Articles Could Not Be Loaded"),
                         "description", description,
                         NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->leaflet), FALSE);
  gtk_widget_set_parent (status, GTK_WIDGET (self));
}

static void
upright_learn_page_dispose (GObject *object)
{
  UprightLearnPage *self = UPRIGHT_LEARN_PAGE (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), UPRIGHT_TYPE_LEARN_PAGE);

  /* An error page is not part of the template. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->badges);
  g_clear_object (&self->article);
  g_clear_object (&self->library);
  g_clear_object (&self->catalog);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (upright_learn_page_parent_class)->dispose (object);
}

static void
upright_learn_page_finalize (GObject *object)
{
  UprightLearnPage *self = UPRIGHT_LEARN_PAGE (object);

  g_free (self->query);

  G_OBJECT_CLASS (upright_learn_page_parent_class)->finalize (object);
}

static void
upright_learn_page_class_init (UprightLearnPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = upright_learn_page_dispose;
  object_class->finalize = upright_learn_page_finalize;

  g_type_ensure (UPRIGHT_TYPE_ARTICLE_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/upright-learn-page.ui");
  gtk_widget_class_bind_template_child (widget_class, UprightLearnPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, UprightLearnPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, UprightLearnPage, bookmarks_toggle);
  gtk_widget_class_bind_template_child (widget_class, UprightLearnPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, UprightLearnPage, list_box);
  gtk_widget_class_bind_template_child (widget_class, UprightLearnPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, UprightLearnPage, article_stack);
  gtk_widget_class_bind_template_child (widget_class, UprightLearnPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, UprightLearnPage, bookmark_button);
  gtk_widget_class_bind_template_child (widget_class, UprightLearnPage, bookmark_icon);
  gtk_widget_class_bind_template_child (widget_class, UprightLearnPage, bookmark_label);
  gtk_widget_class_bind_template_child (widget_class, UprightLearnPage, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, UprightLearnPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, UprightLearnPage, meta_label);
  gtk_widget_class_bind_template_child (widget_class, UprightLearnPage, article_view);
  gtk_widget_class_bind_template_child (widget_class, UprightLearnPage, exercises_box);
  gtk_widget_class_bind_template_child (widget_class, UprightLearnPage, exercises_list);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, refilter);
  gtk_widget_class_bind_template_callback (widget_class, folded_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, link_activated_cb);

  gtk_widget_class_install_action (widget_class, "learn.show-article", "s", show_article_action);
  gtk_widget_class_install_action (widget_class, "learn.show-list", NULL, show_list_action);
  gtk_widget_class_install_action (widget_class, "learn.bookmark", NULL, bookmark_action);
  gtk_widget_class_install_action (widget_class, "learn.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "learn.back", NULL, back_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "learn.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK, "learn.bookmark", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "learn.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "learn.back", NULL);

  gtk_widget_class_install_action (widget_class, "learn.scroll", "i", scroll_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "learn.scroll", "i", GTK_SCROLL_PAGE_FORWARD);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "learn.scroll", "i", GTK_SCROLL_PAGE_BACKWARD);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, GDK_CONTROL_MASK, "learn.scroll", "i", GTK_SCROLL_START);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, GDK_CONTROL_MASK, "learn.scroll", "i", GTK_SCROLL_END);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "learnpage");
}

static void
upright_learn_page_init (UprightLearnPage *self)
{
  GtkWidget *placeholder;
  GtkWidget *scroller;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->badges = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);

  /* Before an article is chosen, Tab stops at the status page's own
   * scroller, to scroll it with the keys; it says what the page says. */
  placeholder = gtk_stack_get_child_by_name (self->article_stack, "none");
  scroller = upright_accessible_find_child (placeholder, GTK_TYPE_SCROLLED_WINDOW);
  if (scroller != NULL)
    upright_accessible_set_label (scroller, adw_status_page_get_title (ADW_STATUS_PAGE (placeholder)));
}
