/* test-routines-page.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "pages/upright-routines-page.h"

#include "upright-test-utils.h"

static UprightCatalog *catalog;

typedef struct {
  char                *dir;
  GSettings           *settings;
  UprightSafetyProfile *profile;
  UprightPlan         *plan;
  GtkWindow           *window;
  AdwToastOverlay     *overlay;
  UprightRoutinesPage *page;
  char                *started;
} Fixture;

static gpointer
child (Fixture    *fixture,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (fixture->page),
                                                   UPRIGHT_TYPE_ROUTINES_PAGE, name);

  g_assert_nonnull (object);

  return object;
}

static void
start_routine_cb (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  Fixture *fixture = user_data;

  g_free (fixture->started);
  fixture->started = g_variant_dup_string (parameter, NULL);
}

static gboolean
flag_is_set (gpointer data)
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

/* As in the application, whose window shows before the plan is read. */
static gboolean load_after_setup;

static void
fixture_open (Fixture *fixture,
              int      width,
              int      height)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) action = g_simple_action_new ("start-routine", G_VARIANT_TYPE_STRING);
  gboolean loaded = FALSE;

  fixture->dir = g_dir_make_tmp ("upright-routines-XXXXXX", NULL);
  path = g_build_filename (fixture->dir, "plan.json", NULL);
  file = g_file_new_for_path (path);
  fixture->plan = upright_plan_new (file);
  if (!load_after_setup)
    {
      upright_plan_load_async (fixture->plan, NULL, loaded_cb, &loaded);
      upright_test_wait_until (flag_is_set, &loaded, 5000);
    }

  fixture->settings = g_settings_new (APP_ID);
  fixture->profile = upright_safety_profile_new ();

  fixture->window = GTK_WINDOW (gtk_window_new ());
  /* Stands in for the main window's action, which runs a routine. */
  g_signal_connect (action, "activate", G_CALLBACK (start_routine_cb), fixture);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
  gtk_widget_insert_action_group (GTK_WIDGET (fixture->window), "win", G_ACTION_GROUP (group));

  fixture->overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  fixture->page = g_object_ref_sink (g_object_new (UPRIGHT_TYPE_ROUTINES_PAGE, NULL));
  upright_routines_page_setup (fixture->page, fixture->plan, catalog, fixture->profile, fixture->settings);
  adw_toast_overlay_set_child (fixture->overlay, GTK_WIDGET (fixture->page));
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->overlay));
  gtk_window_set_default_size (fixture->window, width, height);
  gtk_window_present (fixture->window);
  upright_test_wait_until (upright_test_widget_is_drawn, fixture->page, 5000);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  load_after_setup = FALSE;
  fixture_open (fixture, 900, 800);
}

static void
fixture_setup_unread (Fixture       *fixture,
                      gconstpointer  data)
{
  load_after_setup = TRUE;
  fixture_open (fixture, 900, 800);
}

/* The page shows while the plan is read; once it has been, even from no
 * file at all, a new routine can be made. */
static void
test_new_once_read (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *button = child (fixture, "new_button");
  gboolean loaded = FALSE;

  g_assert_false (gtk_widget_is_sensitive (button));
  upright_plan_load_async (fixture->plan, NULL, loaded_cb, &loaded);
  upright_test_wait_until (flag_is_set, &loaded, 5000);
  upright_test_settle ();
  g_assert_true (gtk_widget_is_sensitive (button));
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  gtk_window_destroy (fixture->window);
  upright_test_settle ();
  g_assert_finalize_object (fixture->page);
  g_assert_finalize_object (fixture->plan);
  g_clear_object (&fixture->profile);
  g_clear_object (&fixture->settings);

  dir = g_dir_open (fixture->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_remove (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->started);
}

static void
activate (Fixture    *fixture,
          const char *action,
          const char *format,
          ...)
{
  GVariant *parameter = NULL;
  va_list args;

  if (format != NULL)
    {
      va_start (args, format);
      parameter = g_variant_new_va (format, NULL, &args);
      va_end (args);
    }

  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (fixture->page), action, parameter));
  upright_test_settle ();
}

static GtkWidget *
find_named (GtkWidget  *widget,
            GType       type,
            const char *name)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_named (c, type, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static guint
count_rows (GtkListBox *list_box)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list_box, (int) n) != NULL)
    n++;

  return n;
}

static GtkWidget *
item_row (Fixture *fixture,
          guint    i)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (child (fixture, "items_box"), (int) i);

  g_assert_nonnull (row);
  g_assert_true (ADW_IS_EXPANDER_ROW (row));

  return GTK_WIDGET (row);
}

/* Whether the keyboard focus is on @widget or inside it. */
static gboolean
has_focus_within (GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static char *
routine_ids (UprightRoutine *routine)
{
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < upright_routine_get_n_items (routine); i++)
    g_string_append_printf (ids, "%s%s", i > 0 ? " " : "", upright_routine_get_exercise_id (routine, i));

  return g_string_free (ids, FALSE);
}

static char *
plan_ids (UprightPlan *plan)
{
  GListModel *routines = upright_plan_get_routines (plan);
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (routines); i++)
    {
      g_autoptr(UprightRoutine) routine = g_list_model_get_item (routines, i);

      g_string_append_printf (ids, "%s%s", i > 0 ? " " : "", upright_routine_get_id (routine));
    }

  return g_string_free (ids, FALSE);
}

static void
test_list (Fixture       *fixture,
           gconstpointer  data)
{
  GtkListBox *list_box = child (fixture, "list_box");
  UprightRoutine *posture = upright_plan_lookup_routine (fixture->plan, "starter-posture-balance");
  GtkWidget *row, *start;
  g_autofree char *subtitle = NULL;

  /* The suggested routines, each with how much it holds and how long. */
  g_assert_cmpuint (count_rows (list_box), ==, 3);
  row = find_named (GTK_WIDGET (list_box), ADW_TYPE_ACTION_ROW, "starter-posture-balance");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Daily Posture and Balance");
  subtitle = g_strdup (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)));
  g_assert_true (g_str_has_prefix (subtitle, "6 exercises · about "));
  g_assert_true (g_str_has_suffix (subtitle, " minutes"));

  /* Start runs it, and says which one in its accessible name. */
  start = find_named (row, GTK_TYPE_BUTTON, "start");
  g_assert_nonnull (start);
  gtk_test_accessible_assert_property (start, GTK_ACCESSIBLE_PROPERTY_LABEL, "Start “Daily Posture and Balance”");
  g_signal_emit_by_name (start, "clicked");
  upright_test_settle ();
  g_assert_cmpstr (fixture->started, ==, "starter-posture-balance");

  /* So does the one in the editor. */
  g_assert_true (upright_routines_page_edit (fixture->page, "starter-strength"));
  g_signal_emit_by_name (child (fixture, "start_button"), "clicked");
  g_assert_cmpstr (fixture->started, ==, "starter-strength");
  activate (fixture, "routines.back", NULL);

  g_assert_cmpuint (upright_test_render_widget (GTK_WIDGET (fixture->window), "routines-list.png"), >, 16);

  /* A routine changed elsewhere shows the change. */
  upright_routine_set_name (posture, "Mornings");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Mornings");
  while (upright_routine_get_n_items (posture) > 0)
    upright_routine_remove_item (posture, 0);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "No exercises yet");
  g_assert_false (gtk_widget_get_sensitive (start));

  /* Longer rests make routines longer. */
  row = find_named (GTK_WIDGET (list_box), ADW_TYPE_ACTION_ROW, "starter-strength");
  g_free (subtitle);
  subtitle = g_strdup (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)));
  g_settings_set_uint (fixture->settings, "count-in-seconds", 30);
  upright_test_settle ();
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), !=, subtitle);
  g_settings_reset (fixture->settings, "count-in-seconds");
}

static void
test_new_and_rename (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkEntry *name_row = child (fixture, "name_entry");
  UprightRoutine *routine;
  GtkWidget *row;

  activate (fixture, "routines.new", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (upright_plan_get_routines (fixture->plan)), ==, 4);
  routine = upright_routines_page_get_routine (fixture->page);
  g_assert_nonnull (routine);
  g_assert_cmpstr (upright_routine_get_name (routine), ==, "New Routine");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (fixture, "stack")), ==, "edit");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "New Routine");

  /* Nothing to start yet, and the page says what to do. */
  g_assert_false (gtk_widget_get_sensitive (child (fixture, "start_button")));
  g_assert_false (gtk_widget_get_visible (child (fixture, "items_box")));
  g_assert_cmpstr (gtk_label_get_label (child (fixture, "duration_label")), ==,
                   "Add the exercises you want to do, in the order you want to do them.");

  /* Renamed… */
  gtk_editable_set_text (GTK_EDITABLE (name_row), "  Evening stretch ");
  g_signal_emit_by_name (name_row, "activate");
  g_assert_cmpstr (upright_routine_get_name (routine), ==, "Evening stretch");
  g_assert_cmpstr (gtk_label_get_label (child (fixture, "edit_title")), ==, "Evening stretch");

  /* …but never to nothing. */
  gtk_editable_set_text (GTK_EDITABLE (name_row), "   ");
  g_signal_emit_by_name (name_row, "activate");
  g_assert_cmpstr (upright_routine_get_name (routine), ==, "Evening stretch");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "Evening stretch");

  /* A name typed and not applied counts on the way back. */
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Evening");
  activate (fixture, "routines.back", NULL);
  g_assert_cmpstr (upright_routine_get_name (routine), ==, "Evening");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (fixture, "stack")), ==, "list");
  row = find_named (child (fixture, "list_box"), ADW_TYPE_ACTION_ROW, upright_routine_get_id (routine));
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Evening");
  g_assert_true (gtk_widget_has_focus (row));

  /* One left as it was made, unnamed and empty, does not stay behind. */
  activate (fixture, "routines.new", NULL);
  g_assert_cmpuint (count_rows (child (fixture, "list_box")), ==, 5);
  activate (fixture, "routines.back", NULL);
  g_assert_cmpuint (count_rows (child (fixture, "list_box")), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (upright_plan_get_routines (fixture->plan)), ==, 4);
  g_assert_true (gtk_widget_has_focus (child (fixture, "new_button")));

  /* With an exercise, it stays; and new ones do not share a name. */
  activate (fixture, "routines.new", NULL);
  routine = upright_routines_page_get_routine (fixture->page);
  g_assert_cmpstr (upright_routine_get_name (routine), ==, "New Routine");
  upright_routine_append_item (routine, "heel-raise", 0, 0, 0);
  activate (fixture, "routines.back", NULL);
  activate (fixture, "routines.new", NULL);
  g_assert_cmpstr (upright_routine_get_name (upright_routines_page_get_routine (fixture->page)), ==, "New Routine 2");
  g_assert_cmpuint (count_rows (child (fixture, "list_box")), ==, 6);
}

static void
test_edit_items (Fixture       *fixture,
                 gconstpointer  data)
{
  UprightRoutine *routine = upright_plan_lookup_routine (fixture->plan, "starter-posture-balance");
  g_autofree char *before = routine_ids (routine);
  g_autofree char *after = NULL;
  g_autofree char *duration = NULL;
  GtkWidget *row, *up, *down, *sets, *reps, *hold;
  guint override_sets, override_reps, override_hold;

  g_assert_true (upright_routines_page_edit (fixture->page, "starter-posture-balance"));
  g_assert_false (upright_routines_page_edit (fixture->page, "no-such-routine"));
  g_assert_true (upright_routines_page_get_routine (fixture->page) == routine);
  g_assert_cmpuint (count_rows (child (fixture, "items_box")), ==, 6);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (item_row (fixture, 0))), ==, "Chin Tuck");

  /* The first cannot move up, the last cannot move down. */
  row = item_row (fixture, 0);
  up = g_object_get_data (G_OBJECT (row), "up");
  down = g_object_get_data (G_OBJECT (row), "down");
  g_assert_false (gtk_widget_get_sensitive (up));
  g_assert_true (gtk_widget_get_sensitive (down));
  gtk_test_accessible_assert_property (down, GTK_ACCESSIBLE_PROPERTY_LABEL, "Move “Chin Tuck” down");
  g_assert_false (gtk_widget_get_sensitive (g_object_get_data (G_OBJECT (item_row (fixture, 5)), "down")));

  /* Moving down swaps it with the next, and the focus follows it. */
  g_signal_emit_by_name (down, "clicked");
  upright_test_settle ();
  after = routine_ids (routine);
  g_assert_cmpstr (after, ==, "shoulder-blade-squeeze chin-tuck counter-back-bend stance-progression weight-shift heel-to-toe-walk");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (item_row (fixture, 1))), ==, "Chin Tuck");
  g_assert_true (gtk_widget_has_focus (g_object_get_data (G_OBJECT (item_row (fixture, 1)), "down")));

  /* And back up. */
  g_signal_emit_by_name (g_object_get_data (G_OBJECT (item_row (fixture, 1)), "up"), "clicked");
  upright_test_settle ();
  g_free (after);
  after = routine_ids (routine);
  g_assert_cmpstr (after, ==, before);
  /* At the top, the focus moves to the button that still has a use. */
  g_assert_true (gtk_widget_has_focus (g_object_get_data (G_OBJECT (item_row (fixture, 0)), "down")));

  /* The dose: a hold with repetitions has sets, repetitions and a hold. */
  row = item_row (fixture, 0);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  sets = find_named (row, GTK_TYPE_SPIN_BUTTON, "sets");
  reps = find_named (row, GTK_TYPE_SPIN_BUTTON, "reps");
  hold = find_named (row, GTK_TYPE_SPIN_BUTTON, "hold");
  g_assert_nonnull (sets);
  g_assert_nonnull (reps);
  g_assert_nonnull (hold);
  duration = g_strdup (gtk_label_get_label (child (fixture, "duration_label")));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (sets), 2);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (reps), 8);
  upright_routine_get_dose_override (routine, 0, &override_sets, &override_reps, &override_hold);
  g_assert_cmpuint (override_sets, ==, 2);
  g_assert_cmpuint (override_reps, ==, 8);
  g_assert_cmpuint (override_hold, ==, 0);
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==, "2 sets × 8 reps, hold 3 s each");
  g_assert_cmpstr (gtk_label_get_label (child (fixture, "duration_label")), !=, duration);
  g_assert_cmpuint (upright_test_render_widget (GTK_WIDGET (fixture->window), "routines-edit.png"), >, 16);

  /* A hold alone has no repetitions to set. */
  row = item_row (fixture, 3);
  g_assert_nonnull (find_named (row, GTK_TYPE_SPIN_BUTTON, "hold"));
  g_assert_null (find_named (row, GTK_TYPE_SPIN_BUTTON, "reps"));

  /* Removing one leaves the rest in order. */
  activate (fixture, "routines.remove-item", "u", 1);
  g_free (after);
  after = routine_ids (routine);
  g_assert_cmpstr (after, ==, "chin-tuck counter-back-bend stance-progression weight-shift heel-to-toe-walk");
  g_assert_cmpuint (count_rows (child (fixture, "items_box")), ==, 5);
  g_assert_true (has_focus_within (item_row (fixture, 1)));
}

static void
test_add_exercise (Fixture       *fixture,
                   gconstpointer  data)
{
  UprightRoutine *routine = upright_plan_lookup_routine (fixture->plan, "starter-strength");
  guint n_items = upright_routine_get_n_items (routine);
  GtkWindow *chooser;
  GtkWidget *search, *choices, *row;

  g_assert_true (upright_routines_page_edit (fixture->page, "starter-strength"));
  activate (fixture, "routines.add-exercise", NULL);
  chooser = upright_routines_page_get_chooser (fixture->page);
  g_assert_nonnull (chooser);
  g_assert_true (gtk_window_get_modal (chooser));
  g_assert_true (gtk_window_get_transient_for (chooser) == fixture->window);

  /* Every exercise to choose from, until she searches. */
  choices = find_named (GTK_WIDGET (chooser), GTK_TYPE_LIST_BOX, "choices");
  g_assert_nonnull (choices);
  g_assert_cmpuint (count_rows (GTK_LIST_BOX (choices)), ==, g_list_model_get_n_items (G_LIST_MODEL (catalog)));
  search = find_named (GTK_WIDGET (chooser), GTK_TYPE_SEARCH_ENTRY, "search");
  upright_test_search (search, "bird dog");
  g_assert_cmpuint (count_rows (GTK_LIST_BOX (choices)), ==, 1);
  g_assert_cmpuint (upright_test_render_widget (GTK_WIDGET (chooser), "routines-chooser.png"), >, 16);

  /* Enter in the search takes the first match; the window closes. */
  g_signal_emit_by_name (search, "activate");
  upright_test_settle ();
  g_assert_null (upright_routines_page_get_chooser (fixture->page));
  g_assert_cmpuint (upright_routine_get_n_items (routine), ==, n_items + 1);
  g_assert_cmpstr (upright_routine_get_exercise_id (routine, n_items), ==, "bird-dog");

  row = item_row (fixture, n_items);
  g_assert_true (has_focus_within (row));
  g_assert_null (find_named (row, GTK_TYPE_IMAGE, "warning"));

  /* An exercise her profile advises against is marked, as soon as she
   * says so. */
  g_object_set (fixture->profile, "avoid-floor", TRUE, NULL);
  upright_test_settle ();
  g_assert_nonnull (find_named (item_row (fixture, n_items), GTK_TYPE_IMAGE, "warning"));
  g_assert_null (find_named (item_row (fixture, 0), GTK_TYPE_IMAGE, "warning"));

  /* The chooser marks it the same way, as the exercise list does. */
  activate (fixture, "routines.add-exercise", NULL);
  chooser = upright_routines_page_get_chooser (fixture->page);
  g_assert_nonnull (chooser);
  choices = find_named (GTK_WIDGET (chooser), GTK_TYPE_LIST_BOX, "choices");
  row = find_named (choices, ADW_TYPE_ACTION_ROW, "bird-dog");
  g_assert_nonnull (row);
  g_assert_nonnull (find_named (row, GTK_TYPE_IMAGE, "warning"));
  g_assert_true (gtk_widget_has_css_class (row, "not-advised"));
  row = find_named (choices, ADW_TYPE_ACTION_ROW, "sit-to-stand");
  g_assert_nonnull (row);
  g_assert_null (find_named (row, GTK_TYPE_IMAGE, "warning"));
  gtk_window_destroy (chooser);
  upright_test_settle ();
}

static void
test_delete_and_undo (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *before = plan_ids (fixture->plan);
  g_autofree char *after = NULL;
  GList *toplevels;
  AdwMessageDialog *dialog = NULL;

  g_assert_true (upright_routines_page_edit (fixture->page, "starter-strength"));
  activate (fixture, "routines.delete", "s", "starter-strength");

  /* She is asked first, and nothing goes if she says no. */
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data))
      dialog = l->data;
  g_list_free (toplevels);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Delete “Strength”?");
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "cancel");
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  after = plan_ids (fixture->plan);
  g_assert_cmpstr (after, ==, before);

  /* Said yes: gone, and the editor with it. */
  activate (fixture, "routines.delete", "s", "starter-strength");
  dialog = NULL;
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data))
      dialog = l->data;
  g_list_free (toplevels);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "delete");
  gtk_window_destroy (GTK_WINDOW (dialog));
  upright_test_settle ();
  g_free (after);
  after = plan_ids (fixture->plan);
  g_assert_cmpstr (after, ==, "starter-posture-balance starter-strength-no-floor");
  g_assert_null (upright_routines_page_get_routine (fixture->page));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (fixture, "stack")), ==, "list");
  g_assert_cmpuint (count_rows (child (fixture, "list_box")), ==, 2);

  /* Undo puts it back where it was. */
  activate (fixture, "routines.undo-delete", NULL);
  g_free (after);
  after = plan_ids (fixture->plan);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (upright_routine_get_n_items (upright_plan_lookup_routine (fixture->plan, "starter-strength")), ==, 9);
}

static void
test_move_routine (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *ids = NULL;

  activate (fixture, "routines.move-routine", "(si)", "starter-strength", -1);
  ids = plan_ids (fixture->plan);
  g_assert_cmpstr (ids, ==, "starter-strength starter-posture-balance starter-strength-no-floor");
  g_assert_cmpstr (gtk_widget_get_name (GTK_WIDGET (gtk_list_box_get_row_at_index (child (fixture, "list_box"), 0))),
                   ==, "starter-strength");

  /* Nothing moves past either end. */
  activate (fixture, "routines.move-routine", "(si)", "starter-strength", -1);
  activate (fixture, "routines.move-routine", "(si)", "starter-strength-no-floor", 1);
  g_free (ids);
  ids = plan_ids (fixture->plan);
  g_assert_cmpstr (ids, ==, "starter-strength starter-posture-balance starter-strength-no-floor");

  activate (fixture, "routines.move-routine", "(si)", "starter-strength", 1);
  g_free (ids);
  ids = plan_ids (fixture->plan);
  g_assert_cmpstr (ids, ==, "starter-posture-balance starter-strength starter-strength-no-floor");
}

static void
test_narrow (Fixture       *fixture,
             gconstpointer  data)
{
  GtkWidget *row;

  fixture_teardown (fixture, data);
  memset (fixture, 0, sizeof *fixture);
  fixture_open (fixture, 360, 700);

  /* Each row still shows its name and its Start button. */
  row = find_named (child (fixture, "list_box"), ADW_TYPE_ACTION_ROW, "starter-strength-no-floor");
  g_assert_cmpint (gtk_widget_get_width (row), <=, 360);
  g_assert_true (gtk_widget_get_mapped (find_named (row, GTK_TYPE_BUTTON, "start")));
  g_assert_cmpuint (upright_test_render_widget (GTK_WIDGET (fixture->window), "routines-narrow.png"), >, 16);

  g_assert_true (upright_routines_page_edit (fixture->page, "starter-strength-no-floor"));
  g_assert_cmpuint (upright_test_render_widget (GTK_WIDGET (fixture->window), "routines-edit-narrow.png"), >, 16);
}

/* Without the exercises there are no routines to show: she reads why, in
 * plain words with what to do, and cannot make a routine. */
static void
test_catalog_error (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "Field “id”: missing");
  const char *description;

  upright_routines_page_show_error (fixture->page, error);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (fixture, "stack")), ==, "error");
  description = adw_status_page_get_description (child (fixture, "error_page"));
  g_assert_true (g_str_has_prefix (description, "The list of exercises that comes with Upright is damaged: "));
  g_assert_nonnull (strstr (description, "Reinstalling Upright should fix this."));
  g_assert_false (gtk_widget_get_sensitive (child (fixture, "new_button")));
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
  ADD ("/routines/list", test_list);
  ADD ("/routines/new-and-rename", test_new_and_rename);
  ADD ("/routines/edit-items", test_edit_items);
  ADD ("/routines/add-exercise", test_add_exercise);
  ADD ("/routines/delete-and-undo", test_delete_and_undo);
  ADD ("/routines/move-routine", test_move_routine);
  ADD ("/routines/narrow", test_narrow);
  ADD ("/routines/catalog-error", test_catalog_error);
#undef ADD
  g_test_add ("/routines/new-once-read", Fixture, NULL, fixture_setup_unread, test_new_once_read, fixture_teardown);

  status = g_test_run ();
  g_clear_object (&catalog);

  return status;
}
