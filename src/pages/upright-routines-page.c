/* upright-routines-page.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "widgets/upright-safety-icon.h"
#include "widgets/upright-accessible.h"
#include "widgets/upright-toast.h"

#include "upright-exercise-chooser.h"
#include "upright-routines-page.h"

/* The routines of the plan, and an editor for one of them: its name, its
 * exercises in order, and each exercise's dose. Starting a routine is the
 * window's job, through win.start-routine.
 */
struct _UprightRoutinesPage
{
  GtkWidget             parent_instance;

  UprightPlan          *plan;
  UprightCatalog       *catalog;
  UprightSafetyProfile *profile;
  GSettings            *settings;

  /* The routine in the editor. */
  UprightRoutine       *routine;
  /* The routine New Routine made, while it is being edited, and the name
   * it was given. */
  char                 *fresh_id;
  char                 *fresh_name;
  /* The routine deleted last, and where it was, for Undo. */
  UprightRoutine       *deleted;
  guint                 deleted_position;
  /* Weak: the window to choose an exercise to add. */
  GtkWindow            *chooser;

  /* Template widgets */
  GtkStack             *stack;
  GtkListBox           *list_box;
  GtkWidget            *new_button;
  GtkWidget            *back_button;
  GtkLabel             *edit_title;
  GtkEntry             *name_entry;
  GtkLabel             *duration_label;
  GtkListBox           *items_box;
  GtkWidget            *add_button;
  GtkWidget            *delete_button;
  GtkWidget            *start_button;
  AdwStatusPage        *error_page;
};

G_DEFINE_FINAL_TYPE (UprightRoutinesPage, upright_routines_page, GTK_TYPE_WIDGET)

/* What a dose field of an item row changes. */
typedef enum {
  FIELD_SETS,
  FIELD_REPS,
  FIELD_HOLD,
} Field;

static void rebuild_items (UprightRoutinesPage *self);

static char *
describe_duration (guint seconds)
{
  guint minutes = MAX ((seconds + 30) / 60, 1);

  /* Translators: how long a routine takes with the timer */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "about %u minute", "about %u minutes", minutes),
                          minutes);
}

static guint
estimate (UprightRoutinesPage *self,
          UprightRoutine      *routine)
{
  return upright_routine_estimate_seconds (routine, self->catalog,
                                           g_settings_get_uint (self->settings, "count-in-seconds"),
                                           g_settings_get_uint (self->settings, "rest-seconds"));
}

static char *
describe_routine (UprightRoutinesPage *self,
                  UprightRoutine      *routine)
{
  guint n_items = upright_routine_get_n_items (routine);
  g_autofree char *count = NULL;
  g_autofree char *duration = NULL;

  if (n_items == 0)
    return g_strdup (_("No exercises yet"));

  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u exercise", "%u exercises", n_items), n_items);
  duration = describe_duration (estimate (self, routine));

  /* Translators: a number of exercises, then how long they take:
   * “6 exercises · about 10 minutes” */
  return g_strdup_printf (_("%s · %s"), count, duration);
}

/* The list of routines */

static void
update_routine_row (GtkWidget      *row,
                    UprightRoutine *routine)
{
  UprightRoutinesPage *self = g_object_get_data (G_OBJECT (row), "page");
  GtkWidget *start = g_object_get_data (G_OBJECT (row), "start");
  GtkWidget *menu = g_object_get_data (G_OBJECT (row), "menu");
  const char *name = upright_routine_get_name (routine);
  g_autofree char *subtitle = describe_routine (self, routine);
  g_autofree char *start_label = NULL;
  g_autofree char *menu_label = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  /* Translators: the accessible name of a button, %s is a routine's name */
  start_label = g_strdup_printf (_("Start “%s”"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (start), GTK_ACCESSIBLE_PROPERTY_LABEL, start_label, -1);
  gtk_widget_set_sensitive (start, upright_routine_get_n_items (routine) > 0);

  /* Translators: the accessible name of a menu button, %s is a routine's name */
  menu_label = g_strdup_printf (_("More for “%s”"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (menu), GTK_ACCESSIBLE_PROPERTY_LABEL, menu_label, -1);
}

static void
routine_row_changed_cb (GtkWidget      *row,
                        UprightRoutine *routine)
{
  update_routine_row (row, routine);
}

/* Not an actionable button: an action would make it sensitive, and a
 * routine without exercises has nothing to start. */
static void
start_clicked_cb (GtkWidget *button)
{
  const char *id = g_object_get_data (G_OBJECT (button), "routine-id");

  if (id != NULL)
    gtk_widget_activate_action (button, "win.start-routine", "s", id);
}

static GMenuModel *
create_routine_menu (const char *id)
{
  GMenu *menu = g_menu_new ();
  GMenu *section = g_menu_new ();
  g_autoptr(GMenuItem) item = NULL;

  item = g_menu_item_new (_("_Edit"), NULL);
  g_menu_item_set_action_and_target (item, "routines.edit", "s", id);
  g_menu_append_item (section, item);
  g_clear_object (&item);

  item = g_menu_item_new (_("Move _Up"), NULL);
  g_menu_item_set_action_and_target (item, "routines.move-routine", "(si)", id, -1);
  g_menu_append_item (section, item);
  g_clear_object (&item);

  item = g_menu_item_new (_("Move _Down"), NULL);
  g_menu_item_set_action_and_target (item, "routines.move-routine", "(si)", id, 1);
  g_menu_append_item (section, item);
  g_clear_object (&item);

  g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
  g_object_unref (section);

  section = g_menu_new ();
  item = g_menu_item_new (_("_Delete…"), NULL);
  g_menu_item_set_action_and_target (item, "routines.delete", "s", id);
  g_menu_append_item (section, item);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
  g_object_unref (section);

  return G_MENU_MODEL (menu);
}

static GtkWidget *
create_routine_row_cb (gpointer item,
                       gpointer user_data)
{
  UprightRoutinesPage *self = user_data;
  UprightRoutine *routine = item;
  const char *id = upright_routine_get_id (routine);
  g_autoptr(GMenuModel) menu_model = create_routine_menu (id);
  GtkWidget *row, *start, *menu, *arrow;

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  upright_accessible_add_activate (row);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "routines.edit");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", id);
  gtk_widget_set_name (row, id);

  start = gtk_button_new_with_label (_("Start"));
  gtk_widget_set_valign (start, GTK_ALIGN_CENTER);
  gtk_widget_set_name (start, "start");
  g_object_set_data_full (G_OBJECT (start), "routine-id", g_strdup (id), g_free);
  g_signal_connect (start, "clicked", G_CALLBACK (start_clicked_cb), NULL);
  /* One blue button per row would make every row shout; the editor's
   * Start is the one that stands out. */
  gtk_widget_add_css_class (start, "row-button");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), start);

  menu = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu), menu_model);
  gtk_widget_set_valign (menu, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (menu, _("More"));
  gtk_widget_add_css_class (menu, "flat");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), menu);

  arrow = gtk_image_new_from_icon_name ("go-next-symbolic");
  gtk_accessible_update_property (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Edit"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);

  g_object_set_data (G_OBJECT (row), "page", self);
  g_object_set_data (G_OBJECT (row), "start", start);
  g_object_set_data (G_OBJECT (row), "menu", menu);
  update_routine_row (row, routine);
  g_signal_connect_object (routine, "changed", G_CALLBACK (routine_row_changed_cb), row, G_CONNECT_SWAPPED);

  return row;
}

/* The editor */

static void
update_editor (UprightRoutinesPage *self)
{
  g_autofree char *duration = NULL;
  guint n_items;

  if (self->routine == NULL)
    return;

  n_items = upright_routine_get_n_items (self->routine);
  gtk_label_set_label (self->edit_title, upright_routine_get_name (self->routine));
  gtk_widget_set_sensitive (self->start_button, n_items > 0);

  if (n_items > 0)
    {
      g_autofree char *length = describe_duration (estimate (self, self->routine));

      /* Translators: %s is how long a routine takes, “about 10 minutes” */
      duration = g_strdup_printf (_("Done in order, with the timer, in %s."), length);
    }
  else
    duration = g_strdup (_("Add the exercises you want to do, in the order you want to do them."));
  gtk_label_set_label (self->duration_label, duration);
}

static void
routine_changed_cb (UprightRoutinesPage *self)
{
  update_editor (self);
}

static void
set_routine (UprightRoutinesPage *self,
             UprightRoutine      *routine)
{
  if (self->routine == routine)
    return;

  if (self->routine != NULL)
    g_signal_handlers_disconnect_by_func (self->routine, routine_changed_cb, self);

  g_set_object (&self->routine, routine);

  if (routine != NULL)
    g_signal_connect_swapped (routine, "changed", G_CALLBACK (routine_changed_cb), self);
}

static void
show_list (UprightRoutinesPage *self)
{
  g_autofree char *id = self->routine != NULL ? g_strdup (upright_routine_get_id (self->routine)) : NULL;
  g_autofree char *fresh_id = g_steal_pointer (&self->fresh_id);
  g_autofree char *fresh_name = g_steal_pointer (&self->fresh_name);
  GtkWidget *row = NULL;

  /* A new routine left as it was made, without a name of hers or a single
   * exercise, was made by mistake or given up on: it does not stay behind
   * in the list. */
  if (id != NULL && g_strcmp0 (id, fresh_id) == 0 && upright_routine_get_n_items (self->routine) == 0 &&
      g_strcmp0 (upright_routine_get_name (self->routine), fresh_name) == 0 &&
      self->plan != NULL && upright_plan_is_loaded (self->plan))
    {
      g_autoptr(UprightRoutine) removed = NULL;

      set_routine (self, NULL);
      removed = upright_plan_remove_routine (self->plan, id);
      g_clear_pointer (&id, g_free);
    }

  set_routine (self, NULL);
  gtk_stack_set_visible_child_name (self->stack, "list");

  /* Back where she was. */
  if (id != NULL)
    {
      for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box));
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          if (g_strcmp0 (gtk_widget_get_name (child), id) == 0)
            row = child;
        }
    }
  gtk_widget_grab_focus (row != NULL ? row : self->new_button);
}

/**
 * upright_routines_page_edit:
 * @self: the routines page
 * @id: a routine's id
 *
 * Opens the editor of a routine of the plan.
 *
 * Returns: %TRUE if the plan has such a routine
 */
gboolean
upright_routines_page_edit (UprightRoutinesPage *self,
                            const char          *id)
{
  UprightRoutine *routine;

  g_return_val_if_fail (UPRIGHT_IS_ROUTINES_PAGE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if (self->plan == NULL || (routine = upright_plan_lookup_routine (self->plan, id)) == NULL)
    return FALSE;

  if (g_strcmp0 (id, self->fresh_id) != 0)
    {
      g_clear_pointer (&self->fresh_id, g_free);
      g_clear_pointer (&self->fresh_name, g_free);
    }
  set_routine (self, routine);
  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), upright_routine_get_name (routine));
  g_object_set_data_full (G_OBJECT (self->start_button), "routine-id", g_strdup (id), g_free);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->delete_button), "s", id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->delete_button), "routines.delete");
  rebuild_items (self);
  update_editor (self);
  gtk_stack_set_visible_child_name (self->stack, "edit");

  return TRUE;
}

/**
 * upright_routines_page_get_routine:
 * @self: the routines page
 *
 * Returns: (transfer none) (nullable): the routine in the editor
 */
UprightRoutine *
upright_routines_page_get_routine (UprightRoutinesPage *self)
{
  g_return_val_if_fail (UPRIGHT_IS_ROUTINES_PAGE (self), NULL);

  return self->routine;
}

static void
name_apply_cb (UprightRoutinesPage *self)
{
  g_autofree char *name = NULL;

  if (self->routine == NULL)
    return;

  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_entry))));

  /* A routine needs a name to be found by; an empty one keeps the old. */
  if (*name == '\0')
    {
      gtk_editable_set_text (GTK_EDITABLE (self->name_entry), upright_routine_get_name (self->routine));
      return;
    }

  /* Leaving the entry unchanged saves nothing. */
  if (g_strcmp0 (name, upright_routine_get_name (self->routine)) != 0)
    upright_routine_set_name (self->routine, name);
  if (g_strcmp0 (name, gtk_editable_get_text (GTK_EDITABLE (self->name_entry))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->name_entry), name);
}

static char *
item_title (UprightRoutinesPage *self,
            guint                i)
{
  const char *id = upright_routine_get_exercise_id (self->routine, i);
  UprightExercise *exercise = upright_catalog_lookup (self->catalog, id);

  if (exercise != NULL)
    return g_strdup (upright_exercise_get_title (exercise));

  /* Translators: an exercise in a routine that this version of Upright
   * does not know; %s is its id */
  return g_strdup_printf (_("Unknown exercise “%s”"), id);
}

static char *
item_subtitle (UprightRoutinesPage *self,
               guint                i)
{
  UprightExercise *exercise = upright_catalog_lookup (self->catalog,
                                                      upright_routine_get_exercise_id (self->routine, i));
  UprightDose dose;

  if (exercise == NULL)
    return g_strdup (_("Left out when the routine runs"));

  dose = *upright_exercise_get_dose (exercise);
  upright_routine_apply_dose (self->routine, i, &dose);

  return upright_dose_format (&dose);
}

static void
dose_changed_cb (GtkSpinButton       *spin,
                 UprightRoutinesPage *self)
{
  guint i = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (spin), "index"));
  Field field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (spin), "field"));
  guint value = (guint) gtk_spin_button_get_value_as_int (spin);
  GtkWidget *row;
  g_autofree char *subtitle = NULL;
  guint sets, reps, hold;

  if (self->routine == NULL || i >= upright_routine_get_n_items (self->routine))
    return;

  upright_routine_get_dose_override (self->routine, i, &sets, &reps, &hold);
  switch (field)
    {
    case FIELD_SETS:
      sets = value;
      break;
    case FIELD_REPS:
      reps = value;
      break;
    case FIELD_HOLD:
      hold = value;
      break;
    default:
      g_assert_not_reached ();
    }
  upright_routine_set_dose_override (self->routine, i, sets, reps, hold);

  row = gtk_widget_get_ancestor (GTK_WIDGET (spin), ADW_TYPE_EXPANDER_ROW);
  subtitle = item_subtitle (self, i);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
}

static void
add_dose_row (UprightRoutinesPage *self,
              GtkWidget           *expander,
              guint                i,
              Field                field,
              const char          *title,
              guint                value,
              guint                upper)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (1, upper, 1);
  static const char * const names[] = { "sets", "reps", "hold" };

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_widget_set_name (spin, names[field]);
  g_object_set_data (G_OBJECT (spin), "index", GUINT_TO_POINTER (i));
  g_object_set_data (G_OBJECT (spin), "field", GUINT_TO_POINTER (field));
  g_signal_connect (spin, "value-changed", G_CALLBACK (dose_changed_cb), self);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
}

static void
item_button_clicked_cb (GtkWidget *button)
{
  const char *action_name = g_object_get_data (G_OBJECT (button), "action");
  guint i = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));

  gtk_widget_activate_action (button, action_name, "u", i);
}

/* Not an actionable button: an action would decide its sensitivity, and
 * these are only sensitive where they can move the row. */
static GtkWidget *
add_item_button (GtkWidget  *expander,
                 const char *icon_name,
                 const char *tooltip,
                 const char *label,
                 const char *action_name,
                 guint       i,
                 gboolean    sensitive)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data (G_OBJECT (button), "action", (gpointer) action_name);
  g_object_set_data (G_OBJECT (button), "index", GUINT_TO_POINTER (i));
  g_signal_connect (button, "clicked", G_CALLBACK (item_button_clicked_cb), NULL);
  gtk_widget_set_sensitive (button, sensitive);
  gtk_widget_add_css_class (button, "flat");
  adw_expander_row_add_action (ADW_EXPANDER_ROW (expander), button);

  return button;
}

static GtkWidget *
create_item_row (UprightRoutinesPage *self,
                 guint                i)
{
  guint n_items = upright_routine_get_n_items (self->routine);
  UprightExercise *exercise = upright_catalog_lookup (self->catalog,
                                                      upright_routine_get_exercise_id (self->routine, i));
  g_autofree char *title = item_title (self, i);
  g_autofree char *subtitle = item_subtitle (self, i);
  g_autofree char *up_label = NULL;
  g_autofree char *down_label = NULL;
  g_autofree char *remove_label = NULL;
  g_autofree char *description = NULL;
  GtkWidget *expander, *up, *down, *remove_row, *remove, *warning;

  expander = adw_expander_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);

  if (exercise != NULL && self->profile != NULL &&
      (warning = upright_safety_icon_new (self->profile, exercise, &description)) != NULL)
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (expander),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                      -1);
      adw_expander_row_add_prefix (ADW_EXPANDER_ROW (expander), warning);
    }

  /* Translators: accessible names of buttons; %s is an exercise's title */
  up_label = g_strdup_printf (_("Move “%s” up"), title);
  down_label = g_strdup_printf (_("Move “%s” down"), title);
  remove_label = g_strdup_printf (_("Remove “%s”"), title);

  /* Each action goes before the ones added earlier. */
  down = add_item_button (expander, "upright-move-down-symbolic", _("Move Down"), down_label,
                          "routines.move-item-down", i, i + 1 < n_items);
  up = add_item_button (expander, "upright-move-up-symbolic", _("Move Up"), up_label,
                        "routines.move-item-up", i, i > 0);
  g_object_set_data (G_OBJECT (expander), "up", up);
  g_object_set_data (G_OBJECT (expander), "down", down);

  if (exercise != NULL)
    {
      UprightDose dose = *upright_exercise_get_dose (exercise);

      upright_routine_apply_dose (self->routine, i, &dose);
      add_dose_row (self, expander, i, FIELD_SETS, _("_Sets"), MAX (dose.sets, 1), 5);
      if (dose.reps > 0)
        add_dose_row (self, expander, i, FIELD_REPS, _("_Repetitions in a set"), dose.reps, 50);
      if (dose.hold_seconds > 0)
        add_dose_row (self, expander, i, FIELD_HOLD, _("_Hold (seconds)"), dose.hold_seconds, UPRIGHT_ROUTINE_MAX_HOLD_SECONDS);
    }

  remove_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (remove_row), _("Take it out of this routine"));
  remove = gtk_button_new_with_mnemonic (_("_Remove"));
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "routines.remove-item");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "u", i);
  gtk_widget_add_css_class (remove, "destructive-action");
  adw_action_row_add_suffix (ADW_ACTION_ROW (remove_row), remove);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), remove_row);

  return expander;
}

static GtkWidget *
get_item_row (UprightRoutinesPage *self,
              guint                i)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->items_box, (int) i);

  return row != NULL ? GTK_WIDGET (row) : NULL;
}

/* An expander row takes the focus in its header, not itself. */
static void
focus_row (GtkWidget *row)
{
  if (!gtk_widget_grab_focus (row))
    gtk_widget_child_focus (row, GTK_DIR_TAB_FORWARD);
}

static void
rebuild_items (UprightRoutinesPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->items_box))) != NULL)
    gtk_list_box_remove (self->items_box, child);

  if (self->routine == NULL)
    return;

  for (guint i = 0; i < upright_routine_get_n_items (self->routine); i++)
    gtk_list_box_append (self->items_box, create_item_row (self, i));

  gtk_widget_set_visible (GTK_WIDGET (self->items_box), upright_routine_get_n_items (self->routine) > 0);
}

/* After a change rebuilt the rows, puts the focus back on the same kind of
 * button of the row at @i, or on the other one when that one has no use. */
static void
focus_item_button (UprightRoutinesPage *self,
                   guint                i,
                   const char          *which,
                   gboolean             expanded)
{
  GtkWidget *row = get_item_row (self, i);
  GtkWidget *button;

  if (row == NULL)
    {
      gtk_widget_grab_focus (self->add_button);
      return;
    }

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), expanded);

  button = g_object_get_data (G_OBJECT (row), which);
  if (button == NULL || !gtk_widget_get_sensitive (button))
    button = g_object_get_data (G_OBJECT (row), g_str_equal (which, "up") ? "down" : "up");
  if (button != NULL && gtk_widget_get_sensitive (button))
    gtk_widget_grab_focus (button);
  else
    focus_row (row);
}

static void
move_item (UprightRoutinesPage *self,
           guint                from,
           int                  offset)
{
  GtkWidget *row;
  gboolean expanded;
  guint to;

  if (self->routine == NULL || from >= upright_routine_get_n_items (self->routine))
    return;
  if ((offset < 0 && from == 0) || (offset > 0 && from + 1 >= upright_routine_get_n_items (self->routine)))
    return;

  to = from + offset;
  row = get_item_row (self, from);
  expanded = row != NULL && adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row));

  upright_routine_move_item (self->routine, from, to);
  rebuild_items (self);
  focus_item_button (self, to, offset < 0 ? "up" : "down", expanded);
}

static void
move_item_up_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  move_item (UPRIGHT_ROUTINES_PAGE (widget), g_variant_get_uint32 (parameter), -1);
}

static void
move_item_down_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  move_item (UPRIGHT_ROUTINES_PAGE (widget), g_variant_get_uint32 (parameter), 1);
}

static void
remove_item_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  UprightRoutinesPage *self = UPRIGHT_ROUTINES_PAGE (widget);
  guint i = g_variant_get_uint32 (parameter);
  guint n_items;

  if (self->routine == NULL || i >= upright_routine_get_n_items (self->routine))
    return;

  upright_routine_remove_item (self->routine, i);
  rebuild_items (self);

  n_items = upright_routine_get_n_items (self->routine);
  if (n_items > 0)
    focus_row (get_item_row (self, MIN (i, n_items - 1)));
  else
    gtk_widget_grab_focus (self->add_button);
}

/* Choosing an exercise to add */

static void
chosen_cb (UprightRoutinesPage *self,
           const char          *id)
{
  guint n_items;

  if (self->routine == NULL)
    return;

  upright_routine_append_item (self->routine, id, 0, 0, 0);
  rebuild_items (self);

  n_items = upright_routine_get_n_items (self->routine);
  focus_row (get_item_row (self, n_items - 1));
}

static void
chooser_destroyed_cb (UprightRoutinesPage *self)
{
  self->chooser = NULL;
}

static void
add_exercise_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  UprightRoutinesPage *self = UPRIGHT_ROUTINES_PAGE (widget);
  UprightExerciseChooser *chooser;
  GtkRoot *root;

  if (self->routine == NULL || self->catalog == NULL)
    return;

  if (self->chooser != NULL)
    {
      gtk_window_present (self->chooser);
      return;
    }

  chooser = upright_exercise_chooser_new (self->catalog, self->profile);
  root = gtk_widget_get_root (widget);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (chooser), GTK_WINDOW (root));
  g_signal_connect_object (chooser, "chosen", G_CALLBACK (chosen_cb), self, G_CONNECT_SWAPPED);

  self->chooser = GTK_WINDOW (chooser);
  g_signal_connect_object (chooser, "destroy", G_CALLBACK (chooser_destroyed_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (chooser));
}

/**
 * upright_routines_page_get_chooser:
 * @self: the routines page
 *
 * Returns: (transfer none) (nullable): the window open to choose an exercise
 */
GtkWindow *
upright_routines_page_get_chooser (UprightRoutinesPage *self)
{
  g_return_val_if_fail (UPRIGHT_IS_ROUTINES_PAGE (self), NULL);

  return self->chooser;
}

/* Actions on whole routines */

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  UprightRoutinesPage *self = UPRIGHT_ROUTINES_PAGE (widget);

  if (upright_routines_page_edit (self, g_variant_get_string (parameter, NULL)))
    gtk_widget_grab_focus (self->back_button);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  UprightRoutinesPage *self = UPRIGHT_ROUTINES_PAGE (widget);

  /* A name typed but not applied is still what she meant. */
  if (self->routine != NULL &&
      g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->name_entry)),
                 upright_routine_get_name (self->routine)) != 0)
    name_apply_cb (self);

  show_list (self);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  UprightRoutinesPage *self = UPRIGHT_ROUTINES_PAGE (widget);
  g_autoptr(UprightRoutine) routine = NULL;
  g_autofree char *name = g_strdup (_("New Routine"));
  GListModel *routines;
  gboolean taken = TRUE;

  if (self->plan == NULL || !upright_plan_is_loaded (self->plan))
    return;

  /* Each new one gets a name of its own, “New Routine 2” and so on. */
  routines = upright_plan_get_routines (self->plan);
  for (guint n = 2; taken; n++)
    {
      taken = FALSE;
      for (guint i = 0; i < g_list_model_get_n_items (routines) && !taken; i++)
        {
          g_autoptr(UprightRoutine) other = g_list_model_get_item (routines, i);

          taken = g_str_equal (upright_routine_get_name (other), name);
        }

      if (taken)
        {
          g_free (name);
          /* Translators: the name of a new routine when “New Routine” is taken */
          name = g_strdup_printf (_("New Routine %u"), n);
        }
    }

  routine = upright_routine_new (NULL, name);
  upright_plan_add_routine (self->plan, routine);
  upright_routines_page_edit (self, upright_routine_get_id (routine));
  g_free (self->fresh_id);
  self->fresh_id = g_strdup (upright_routine_get_id (routine));
  g_free (self->fresh_name);
  self->fresh_name = g_strdup (name);

  /* Ready to be named. */
  gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->name_entry), 0, -1);
}

static void
move_routine_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  UprightRoutinesPage *self = UPRIGHT_ROUTINES_PAGE (widget);
  const char *id;
  int offset;
  guint position, n_routines;
  GtkListBoxRow *row;

  g_variant_get (parameter, "(&si)", &id, &offset);

  if (self->plan == NULL || !upright_plan_find_routine (self->plan, id, &position))
    return;

  n_routines = g_list_model_get_n_items (upright_plan_get_routines (self->plan));
  if ((offset < 0 && position == 0) || (offset > 0 && position + 1 >= n_routines))
    return;

  upright_plan_move_routine (self->plan, position, position + (offset < 0 ? -1 : 1));

  row = gtk_list_box_get_row_at_index (self->list_box, (int) position + (offset < 0 ? -1 : 1));
  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  UprightRoutinesPage *self = UPRIGHT_ROUTINES_PAGE (widget);
  g_autoptr(UprightRoutine) routine = g_steal_pointer (&self->deleted);
  guint n_routines;

  if (routine == NULL || self->plan == NULL ||
      upright_plan_find_routine (self->plan, upright_routine_get_id (routine), NULL))
    return;

  n_routines = g_list_model_get_n_items (upright_plan_get_routines (self->plan));
  upright_plan_insert_routine (self->plan, MIN (self->deleted_position, n_routines), routine);
}

static void
delete_routine (UprightRoutinesPage *self,
                const char          *id)
{
  g_autoptr(UprightRoutine) routine = NULL;
  g_autofree char *title = NULL;
  guint position;

  if (!upright_plan_find_routine (self->plan, id, &position))
    return;

  if (self->routine != NULL && g_str_equal (upright_routine_get_id (self->routine), id))
    show_list (self);

  routine = upright_plan_remove_routine (self->plan, id);
  g_set_object (&self->deleted, routine);
  self->deleted_position = position;

  /* Translators: %s is a routine's name */
  title = g_strdup_printf (_("“%s” deleted"), upright_routine_get_name (routine));
  upright_toast_show_undo (GTK_WIDGET (self), title, "routines.undo-delete");

  gtk_widget_grab_focus (self->new_button);
}

static void
delete_response_cb (AdwMessageDialog    *dialog,
                    const char          *response,
                    UprightRoutinesPage *self)
{
  const char *id = g_object_get_data (G_OBJECT (dialog), "routine-id");

  if (g_str_equal (response, "delete") && self->plan != NULL)
    delete_routine (self, id);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  UprightRoutinesPage *self = UPRIGHT_ROUTINES_PAGE (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  UprightRoutine *routine;
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;
  g_autofree char *heading = NULL;

  if (self->plan == NULL || (routine = upright_plan_lookup_routine (self->plan, id)) == NULL)
    return;

  /* Translators: %s is a routine's name */
  heading = g_strdup_printf (_("Delete “%s”?"), upright_routine_get_name (routine));
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading,
                                   _("The exercises stay in Upright, and so does everything you have done. Only this routine goes."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "routine-id", g_strdup (id), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  upright_accessible_fix_names (dialog);

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
plan_changed_cb (UprightRoutinesPage *self)
{
  gboolean loaded = upright_plan_is_loaded (self->plan);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "routines.new", loaded);

  /* The routine in the editor may be gone, deleted or read anew. */
  if (self->routine != NULL &&
      upright_plan_lookup_routine (self->plan, upright_routine_get_id (self->routine)) != self->routine)
    show_list (self);
}

static void
profile_changed_cb (UprightRoutinesPage *self)
{
  /* The marks of exercises not advised for her. */
  if (self->routine != NULL)
    rebuild_items (self);
}

static void
settings_changed_cb (UprightRoutinesPage *self)
{
  GtkWidget *child;

  /* The count-in and rest change how long routines take. */
  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *id = gtk_widget_get_name (child);
      UprightRoutine *routine = upright_plan_lookup_routine (self->plan, id);

      if (routine != NULL)
        update_routine_row (child, routine);
    }

  update_editor (self);
}

/**
 * upright_routines_page_setup:
 * @self: the routines page
 * @plan: the user's plan, which keeps the routines
 * @catalog: the exercises
 * @profile: (nullable): the user's safety profile, to mark exercises
 * @settings: the application settings, for the count-in and rest
 *
 * Called once.
 */
void
upright_routines_page_setup (UprightRoutinesPage  *self,
                             UprightPlan          *plan,
                             UprightCatalog       *catalog,
                             UprightSafetyProfile *profile,
                             GSettings            *settings)
{
  g_return_if_fail (UPRIGHT_IS_ROUTINES_PAGE (self));
  g_return_if_fail (UPRIGHT_IS_PLAN (plan));
  g_return_if_fail (UPRIGHT_IS_CATALOG (catalog));
  g_return_if_fail (profile == NULL || UPRIGHT_IS_SAFETY_PROFILE (profile));
  g_return_if_fail (G_IS_SETTINGS (settings));
  g_return_if_fail (self->plan == NULL);

  self->plan = g_object_ref (plan);
  self->catalog = g_object_ref (catalog);
  self->profile = profile != NULL ? g_object_ref (profile) : NULL;
  self->settings = g_object_ref (settings);

  gtk_list_box_bind_model (self->list_box, upright_plan_get_routines (plan),
                           create_routine_row_cb, self, NULL);
  g_signal_connect_object (plan, "changed", G_CALLBACK (plan_changed_cb), self, G_CONNECT_SWAPPED);
  if (profile != NULL)
    g_signal_connect_object (profile, "notify", G_CALLBACK (profile_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (settings, "changed::count-in-seconds",
                           G_CALLBACK (settings_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (settings, "changed::rest-seconds",
                           G_CALLBACK (settings_changed_cb), self, G_CONNECT_SWAPPED);
  plan_changed_cb (self);
}

/**
 * upright_routines_page_show_error:
 * @self: the routines page
 * @error: why there are no routines to show
 */
void
upright_routines_page_show_error (UprightRoutinesPage *self,
                                  const GError        *error)
{
  g_autofree char *description = NULL;

  g_return_if_fail (UPRIGHT_IS_ROUTINES_PAGE (self));
  g_return_if_fail (error != NULL);

  /* The same words as the Exercises page: the routines are made of the
   * exercises that could not be read. */
  description = g_strdup_printf (_("The list of exercises that comes with Upright is damaged: %s. "
                                   "Reinstalling Upright should fix this."),
                                 error->message);
  adw_status_page_set_description (self->error_page, description);
  gtk_stack_set_visible_child_name (self->stack, "error");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "routines.new", FALSE);
}

static void
upright_routines_page_dispose (GObject *object)
{
  UprightRoutinesPage *self = UPRIGHT_ROUTINES_PAGE (object);

  if (self->chooser != NULL)
    gtk_window_destroy (self->chooser);

  set_routine (self, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), UPRIGHT_TYPE_ROUTINES_PAGE);

  g_clear_object (&self->deleted);
  g_clear_pointer (&self->fresh_id, g_free);
  g_clear_pointer (&self->fresh_name, g_free);
  g_clear_object (&self->plan);
  g_clear_object (&self->catalog);
  g_clear_object (&self->profile);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (upright_routines_page_parent_class)->dispose (object);
}

static void
upright_routines_page_class_init (UprightRoutinesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = upright_routines_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/upright-routines-page.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, UprightRoutinesPage, name)
  BIND (stack);
  BIND (list_box);
  BIND (new_button);
  BIND (back_button);
  BIND (edit_title);
  BIND (name_entry);
  BIND (duration_label);
  BIND (items_box);
  BIND (add_button);
  BIND (delete_button);
  BIND (start_button);
  BIND (error_page);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, name_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, start_clicked_cb);

  gtk_widget_class_install_action (widget_class, "routines.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "routines.edit", "s", edit_action);
  gtk_widget_class_install_action (widget_class, "routines.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "routines.move-routine", "(si)", move_routine_action);
  gtk_widget_class_install_action (widget_class, "routines.delete", "s", delete_action);
  gtk_widget_class_install_action (widget_class, "routines.undo-delete", NULL, undo_delete_action);
  gtk_widget_class_install_action (widget_class, "routines.add-exercise", NULL, add_exercise_action);
  gtk_widget_class_install_action (widget_class, "routines.move-item-up", "u", move_item_up_action);
  gtk_widget_class_install_action (widget_class, "routines.move-item-down", "u", move_item_down_action);
  gtk_widget_class_install_action (widget_class, "routines.remove-item", "u", remove_item_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "routines.new", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "routinespage");
}

static void
upright_routines_page_init (UprightRoutinesPage *self)
{
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));
  upright_accessible_set_label (GTK_WIDGET (self->name_entry), _("Name"));

  placeholder = gtk_label_new (_("No routines. Make one with New Routine."));
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 18);
  gtk_widget_set_margin_bottom (placeholder, 18);
  gtk_widget_set_margin_start (placeholder, 12);
  gtk_widget_set_margin_end (placeholder, 12);
  gtk_list_box_set_placeholder (self->list_box, placeholder);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "routines.new", FALSE);
}
