/* upright-accessible.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8 names a button with a mnemonic twice over: once from its label
 * as written, underscore and all, and once more from the label widget
 * that the mnemonic ties to it (“_Save Save”). A screen reader reads both.
 * These helpers give each button one name, the words a person sees, or
 * the fuller name a page chose, and keep it so when the label changes.
 */

#include "config.h"

#include <adwaita.h>

#include "upright-accessible.h"

#define LABEL_KEY "upright-accessible-label"
#define WATCHED_KEY "upright-accessible-watched"

static char *
strip_mnemonic (const char *label,
                gboolean    use_underline)
{
  GString *text;

  if (!use_underline)
    return g_strdup (label);

  text = g_string_new (NULL);
  for (const char *c = label; *c; c++)
    {
      if (*c == '_')
        {
          /* “__” stands for one underscore. */
          if (c[1] == '_')
            g_string_append_c (text, '_');
          else
            continue;
          c++;
          continue;
        }
      g_string_append_c (text, *c);
    }

  return g_string_free (text, FALSE);
}

static AdwButtonContent *
find_content (GtkWidget *button)
{
  GtkWidget *child = gtk_button_get_child (GTK_BUTTON (button));

  return ADW_IS_BUTTON_CONTENT (child) ? ADW_BUTTON_CONTENT (child) : NULL;
}

/* A button that shows its words in a label of its own, so that they can
 * wrap: the label is its child, or in a box with an icon. */
static GtkLabel *
find_label (GtkWidget *button)
{
  GtkWidget *child = gtk_button_get_child (GTK_BUTTON (button));

  if (GTK_IS_LABEL (child))
    return GTK_LABEL (child);

  if (GTK_IS_BOX (child))
    for (GtkWidget *part = gtk_widget_get_first_child (child); part != NULL;
         part = gtk_widget_get_next_sibling (part))
      if (GTK_IS_LABEL (part))
        return GTK_LABEL (part);

  return NULL;
}

static void fix_button (GtkWidget *button);

static void
label_changed_cb (GObject    *object,
                  GParamSpec *pspec,
                  GtkWidget  *button)
{
  fix_button (button);
}

static void
fix_button (GtkWidget *button)
{
  const char *chosen = g_object_get_data (G_OBJECT (button), LABEL_KEY);
  AdwButtonContent *content = find_content (button);
  GtkLabel *label = content == NULL ? find_label (button) : NULL;
  g_autofree char *name = NULL;

  if (chosen != NULL)
    name = g_strdup (chosen);
  else if (gtk_button_get_label (GTK_BUTTON (button)) != NULL)
    name = strip_mnemonic (gtk_button_get_label (GTK_BUTTON (button)),
                           gtk_button_get_use_underline (GTK_BUTTON (button)));
  else if (content != NULL && adw_button_content_get_label (content) != NULL)
    name = strip_mnemonic (adw_button_content_get_label (content),
                           adw_button_content_get_use_underline (content));
  else if (label != NULL)
    name = strip_mnemonic (gtk_label_get_label (label), gtk_label_get_use_underline (label));

  if (name == NULL || *name == '\0')
    return;

  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY);

  if (g_object_get_data (G_OBJECT (button), WATCHED_KEY) == NULL)
    {
      g_object_set_data (G_OBJECT (button), WATCHED_KEY, GINT_TO_POINTER (TRUE));
      g_signal_connect_after (button, "notify::label", G_CALLBACK (label_changed_cb), button);
      g_signal_connect_after (button, "notify::child", G_CALLBACK (label_changed_cb), button);
      if (content != NULL)
        g_signal_connect_object (content, "notify::label", G_CALLBACK (label_changed_cb), button,
                                 G_CONNECT_AFTER);
      else if (label != NULL)
        g_signal_connect_object (label, "notify::label", G_CALLBACK (label_changed_cb), button,
                                 G_CONNECT_AFTER);
    }
}

/**
 * upright_accessible_set_label:
 * @widget: a button
 * @label: the name a screen reader says for it
 *
 * Names @widget, in place of the words it shows, for good.
 */
void
upright_accessible_set_label (GtkWidget  *widget,
                              const char *label)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (label != NULL);

  g_object_set_data_full (G_OBJECT (widget), LABEL_KEY, g_strdup (label), g_free);
  if (GTK_IS_BUTTON (widget))
    fix_button (widget);
  else
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
    }
}

/**
 * upright_accessible_fix_names:
 * @root: a widget
 *
 * Gives every button in @root, @root too, one accessible name without a
 * mnemonic's underscore. A menu button names the button inside it.
 */
void
upright_accessible_fix_names (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (GTK_IS_BUTTON (root))
    fix_button (root);
  else if (GTK_IS_MENU_BUTTON (root) || GTK_IS_SPIN_BUTTON (root) ||
           g_object_get_data (G_OBJECT (root), LABEL_KEY) != NULL)
    /* Named already; the mnemonic of a row's title would say it again. */
    gtk_accessible_reset_relation (GTK_ACCESSIBLE (root), GTK_ACCESSIBLE_RELATION_LABELLED_BY);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    upright_accessible_fix_names (child);
}

/**
 * upright_accessible_one_stop_rows:
 * @root: a widget
 *
 * Makes every row in @root that works through a control of its own (a
 * switch, a spin button) one stop for Tab, the control, rather than two: the
 * row and then its control, under the same name.
 */
void
upright_accessible_one_stop_rows (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (ADW_IS_ACTION_ROW (root) && adw_action_row_get_activatable_widget (ADW_ACTION_ROW (root)) != NULL)
    gtk_widget_set_focusable (root, FALSE);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    upright_accessible_one_stop_rows (child);
}

/**
 * upright_accessible_find_child:
 * @root: a widget
 * @type: the type wanted
 *
 * Returns: (transfer none) (nullable): the first widget of @type in @root,
 *   for naming a part that libadwaita builds and leaves unnamed
 */
GtkWidget *
upright_accessible_find_child (GtkWidget *root,
                               GType      type)
{
  g_return_val_if_fail (GTK_IS_WIDGET (root), NULL);

  if (g_type_is_a (G_OBJECT_TYPE (root), type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = upright_accessible_find_child (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
activate_row_cb (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  gtk_widget_activate (GTK_WIDGET (user_data));
}

/**
 * upright_accessible_add_activate:
 * @row: a row that opens something when activated
 *
 * Gives @row an action that a screen reader can do, as it does a button's
 * click: GTK 4.8 offers none for a list row, only for widgets with actions
 * of their own.
 */
void
upright_accessible_add_activate (GtkWidget *row)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) action = g_simple_action_new ("activate", NULL);

  g_return_if_fail (GTK_IS_LIST_BOX_ROW (row));

  /* The row owns the group, so the action must not own the row. */
  g_signal_connect_object (action, "activate", G_CALLBACK (activate_row_cb), row, 0);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
  gtk_widget_insert_action_group (row, "row", G_ACTION_GROUP (group));
}

/**
 * upright_accessible_find_search_button:
 * @root: a window, such as an #AdwPreferencesWindow
 *
 * libadwaita 1.2 shows the search of its windows as a magnifying glass
 * only, with no name for a screen reader: this finds it, to be named.
 *
 * Returns: (transfer none) (nullable): the search button
 */
GtkWidget *
upright_accessible_find_search_button (GtkWidget *root)
{
  if (GTK_IS_BUTTON (root))
    {
      GtkWidget *child = gtk_button_get_child (GTK_BUTTON (root));
      const char *icon = gtk_button_get_icon_name (GTK_BUTTON (root));

      if (icon == NULL && GTK_IS_IMAGE (child))
        icon = gtk_image_get_icon_name (GTK_IMAGE (child));
      if (g_strcmp0 (icon, "edit-find-symbolic") == 0 || g_strcmp0 (icon, "system-search-symbolic") == 0)
        return root;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = upright_accessible_find_search_button (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}
