/* test-hands-walk.c: a whole session with the keyboard alone
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "hands.h"

/* Presses @keys until the focus reaches a node of @role whose name starts
 * with @prefix, as she would press Tab until the control she wants is
 * highlighted. Fails if it takes more than @limit presses. */
static AtspiAccessible *
press_until (Hands      *hands,
             const char *keys,
             AtspiRole   role,
             const char *prefix,
             guint       limit)
{
  for (guint i = 0; i < limit; i++)
    {
      g_autoptr(AtspiAccessible) focus = hands_key_to_focus (hands, keys);
      g_autofree char *name = atspi_accessible_get_name (focus, NULL);

      if (atspi_accessible_get_role (focus, NULL) == role &&
          (prefix == NULL || (name != NULL && g_str_has_prefix (name, prefix))))
        return g_steal_pointer (&focus);
    }

  g_error ("%u presses of %s did not reach “%s”", limit, keys, prefix);
}

static void
set_spin (Hands      *hands,
          const char *name,
          const char *value)
{
  g_autoptr(AtspiAccessible) spin = press_until (hands, "shift+Tab", ATSPI_ROLE_SPIN_BUTTON, name, 12);

  hands_key (hands, "ctrl+a");
  hands_type (hands, value);
  /* Enter takes the typed value, as Tab would. */
  hands_key (hands, "Return");
}

static void
test_keyboard_walk (void)
{
  Hands *hands = hands_new ();
  g_autoptr(AtspiAccessible) focus = NULL;
  g_autoptr(AtspiAccessible) node = NULL;
  g_autofree char *exercise = NULL;
  g_autofree char *journal = NULL;

  hands_set_setting (hands, "last-region", "'none'");
  hands_set_setting (hands, "count-in-seconds", "uint32 1");
  hands_set_setting (hands, "rest-seconds", "uint32 0");
  hands_launch (hands);

  /* The body map: a region, chosen with Enter. The list of its exercises
   * opens with the focus on the first of them. */
  focus = press_until (hands, "Tab", ATSPI_ROLE_PUSH_BUTTON, "Spine", 20);
  hands_key (hands, "Return");
  g_clear_object (&focus);
  focus = hands_wait_focus (hands, ATSPI_ROLE_LIST_ITEM, NULL);
  exercise = atspi_accessible_get_name (focus, NULL);
  g_assert_nonnull (exercise);
  g_test_message ("The first exercise is “%s”", exercise);

  /* Its page, with the demonstration. */
  hands_key (hands, "Return");
  node = hands_wait_find (hands, ATSPI_ROLE_LABEL, exercise);
  g_clear_object (&node);
  g_clear_object (&focus);
  focus = press_until (hands, "Tab", ATSPI_ROLE_PUSH_BUTTON, "Pause", 12);
  hands_key (hands, "space");
  hands_wait (hands, hands_focus_named, (gpointer) "Play", "the video's Pause button to become Play");
  hands_key (hands, "space");
  hands_wait (hands, hands_focus_named, (gpointer) "Pause", "the video's Play button to become Pause");

  /* Start, then a short dose. */
  g_clear_object (&focus);
  focus = press_until (hands, "Tab", ATSPI_ROLE_PUSH_BUTTON, "Start", 20);
  hands_key (hands, "Return");
  g_clear_object (&focus);
  focus = hands_wait_focus (hands, ATSPI_ROLE_PUSH_BUTTON, "Begin");
  set_spin (hands, "Count-in", "1");
  set_spin (hands, "Sets", "1");
  g_clear_object (&focus);
  focus = press_until (hands, "Tab", ATSPI_ROLE_PUSH_BUTTON, "Begin", 12);
  hands_key (hands, "Return");

  /* Pause and resume with Space: the button says what it will do. */
  g_clear_object (&focus);
  focus = hands_wait_focus (hands, ATSPI_ROLE_PUSH_BUTTON, "Pause");
  hands_key (hands, "space");
  hands_wait (hands, hands_focus_named, (gpointer) "Resume", "Pause to become Resume");
  hands_key (hands, "space");
  hands_wait (hands, hands_focus_named, (gpointer) "Pause", "Resume to become Pause");

  /* Skip on to the end, then save the review. */
  g_clear_object (&focus);
  while (!hands_focus_named (hands, (gpointer) "Save"))
    {
      g_autoptr(AtspiAccessible) save = NULL;

      hands_key (hands, "Right");
      save = hands_find (hands_get_app (hands), ATSPI_ROLE_PUSH_BUTTON, "Save");
      if (save != NULL && hands_has_state (save, ATSPI_STATE_FOCUSED))
        break;
      hands_wait (hands, hands_focus_named, (gpointer) "Save", "the review after the last phase");
    }
  hands_key (hands, "Return");
  hands_wait_file (hands, "journal.json", "\"effort\"");
  journal = hands_read_data (hands, "journal.json");

  /* Progress lists it. */
  hands_key (hands, "alt+3");
  node = hands_wait_find (hands, ATSPI_ROLE_PAGE_TAB, "Progress");
  g_assert_true (hands_has_state (node, ATSPI_STATE_SELECTED));
  g_clear_object (&node);
  node = hands_wait_find_prefix (hands, ATSPI_ROLE_LIST_ITEM, exercise);
  g_clear_object (&node);

  hands_quit (hands);
  hands_free (hands);
}

static void
set_value (Hands      *hands,
           const char *name,
           double      value)
{
  g_autoptr(AtspiAccessible) spin = hands_wait_find (hands, ATSPI_ROLE_SPIN_BUTTON, name);
  g_autoptr(AtspiValue) spin_value = atspi_accessible_get_value_iface (spin);
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (spin_value);
  atspi_value_set_current_value (spin_value, value, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (atspi_value_get_current_value (spin_value, NULL), ==, value);
}

/* Presses Skip, at most ten times a second, until the session page shows
 * the review's Save (GTK 4.8 leaves a hidden page's controls their last
 * size, so Skip itself cannot tell). */
typedef struct
{
  AtspiAccessible *skip;
  AtspiAccessible *page;
  gint64           last;
} SkipWait;

static gboolean
skip_to_review (Hands    *hands,
                gpointer  user_data)
{
  SkipWait *wait = user_data;

  g_autoptr(AtspiAccessible) save = hands_find (wait->page, ATSPI_ROLE_PUSH_BUTTON, "Save");

  if (save != NULL)
    return TRUE;
  if (g_get_monotonic_time () - wait->last < 100 * 1000)
    return FALSE;

  if (hands_has_state (wait->skip, ATSPI_STATE_SENSITIVE))
    hands_do_action (hands, wait->skip);
  wait->last = g_get_monotonic_time ();

  return FALSE;
}

/* The same way through with a screen reader's actions alone: no key and no
 * click, only what the accessibility bus offers on each control. */
static void
test_screen_reader_walk (void)
{
  Hands *hands = hands_new ();
  g_autoptr(AtspiAccessible) node = NULL;
  g_autoptr(AtspiAccessible) journal_row = NULL;
  SkipWait skip = { NULL, NULL, 0 };
  g_autofree char *page_name = NULL;

  hands_set_setting (hands, "last-region", "'none'");
  hands_set_setting (hands, "count-in-seconds", "uint32 1");
  hands_set_setting (hands, "rest-seconds", "uint32 0");
  hands_launch (hands);

  /* Turned to the front, the map has the core, which opens its list. */
  node = hands_wait_find (hands, ATSPI_ROLE_PUSH_BUTTON, "Front of the Body");
  hands_do_action (hands, node);
  g_clear_object (&node);
  node = hands_wait_find_prefix (hands, ATSPI_ROLE_PUSH_BUTTON, "Core");
  hands_do_action (hands, node);
  g_clear_object (&node);
  node = hands_wait_find (hands, ATSPI_ROLE_LIST_ITEM, "Wall Plank");
  g_clear_object (&node);

  /* The body map's region, then the first of its exercises. */
  node = hands_wait_find_prefix (hands, ATSPI_ROLE_PUSH_BUTTON, "Wrist");
  hands_do_action (hands, node);
  g_clear_object (&node);
  node = hands_wait_find (hands, ATSPI_ROLE_LIST_ITEM, "Wrist Curl");
  hands_do_action (hands, node);
  g_clear_object (&node);

  node = hands_wait_find (hands, ATSPI_ROLE_PUSH_BUTTON, "Start");
  hands_do_action (hands, node);
  g_clear_object (&node);
  /* A short dose, set as a screen reader sets a value. */
  set_value (hands, "Sets", 1);
  set_value (hands, "Repetitions in a set", 2);
  node = hands_wait_find (hands, ATSPI_ROLE_PUSH_BUTTON, "Begin");
  hands_do_action (hands, node);
  g_clear_object (&node);

  /* Skip through the phases, as she would press Skip. */
  skip.skip = hands_wait_find (hands, ATSPI_ROLE_PUSH_BUTTON, "Skip");
  /* Only the session page is searched, which is quick enough to do often.
   * GTK 4.8 names a widget without a role of its own after its type. */
  skip.page = g_object_ref (skip.skip);
  while (g_strcmp0 (page_name, "UprightSessionPage") != 0)
    {
      AtspiAccessible *parent = atspi_accessible_get_parent (skip.page, NULL);

      g_assert_nonnull (parent);
      g_object_unref (skip.page);
      skip.page = parent;
      g_free (page_name);
      page_name = atspi_accessible_get_name (skip.page, NULL);
    }
  hands_wait (hands, skip_to_review, &skip, "the review after the last phase");
  g_clear_object (&skip.skip);
  g_clear_object (&skip.page);

  node = hands_wait_find (hands, ATSPI_ROLE_PUSH_BUTTON, "Save");
  hands_do_action (hands, node);
  g_clear_object (&node);
  hands_wait_file (hands, "journal.json", "\"wrist-curl\"");

  /* Progress lists it. */
  node = hands_wait_find (hands, ATSPI_ROLE_PAGE_TAB, "Progress");
  hands_do_action (hands, node);
  journal_row = hands_wait_find_prefix (hands, ATSPI_ROLE_LIST_ITEM, "Wrist Curl");

  hands_quit (hands);
  hands_free (hands);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hands-on/keyboard-walk", test_keyboard_walk);
  g_test_add_func ("/hands-on/screen-reader-walk", test_screen_reader_walk);

  return g_test_run ();
}
