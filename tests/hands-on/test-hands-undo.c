/* test-hands-undo.c: every Undo gives back exactly what was there
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "hands.h"

static void
press_undo (Hands    *hands,
            gboolean  by_pointer)
{
  g_autoptr(AtspiAccessible) undo = hands_wait_find (hands, ATSPI_ROLE_PUSH_BUTTON, "Undo");

  g_assert_true (hands_has_state (undo, ATSPI_STATE_SENSITIVE));
  if (by_pointer)
    hands_click (hands, undo);
  else
    hands_do_action (hands, undo);
}

typedef struct
{
  const char *name;
  const char *contents;
} Differs;

static gboolean
file_differs (Hands    *hands,
              gpointer  user_data)
{
  Differs *differs = user_data;
  g_autofree char *contents = hands_read_data (hands, differs->name);

  return contents != NULL && g_strcmp0 (contents, differs->contents) != 0;
}

static void
wait_file_changed (Hands      *hands,
                   const char *name,
                   const char *from)
{
  Differs differs = { name, from };
  g_autofree char *what = g_strdup_printf ("%s to be saved with the change", name);

  hands_wait (hands, file_differs, &differs, what);
}

static void
test_undo_delete_record (void)
{
  Hands *hands = hands_new ();
  g_autofree char *before = NULL;
  g_autoptr(AtspiAccessible) delete = NULL;

  hands_write_sample_journal (hands, "journal.json", "2", "7");
  before = hands_read_data (hands, "journal.json");
  g_assert_nonnull (before);

  hands_set_setting (hands, "last-page", "'progress'");
  hands_launch (hands);

  /* The newest entry of the history, further down the page, deleted as a
   * screen reader does it, then undone with the pointer. */
  delete = hands_wait_find_prefix (hands, ATSPI_ROLE_PUSH_BUTTON, "Delete “");
  hands_do_action (hands, delete);
  wait_file_changed (hands, "journal.json", before);
  press_undo (hands, TRUE);
  hands_wait_file_equals (hands, "journal.json", before);

  hands_quit (hands);
  hands_free (hands);
}

static void
test_undo_delete_routine (void)
{
  Hands *hands = hands_new ();
  g_autofree char *kept = NULL;

  hands_set_setting (hands, "last-page", "'routines'");
  hands_launch (hands);

  /* Twice: the first time writes the suggested routines down, the second
   * must give back exactly that file. */
  for (guint round = 0; round < 2; round++)
    {
      g_autoptr(AtspiAccessible) row = NULL;
      g_autoptr(AtspiAccessible) button = NULL;

      row = hands_wait_find_prefix (hands, ATSPI_ROLE_LIST_ITEM, "Strength Without Floor Work");
      hands_click (hands, row);
      button = hands_wait_find (hands, ATSPI_ROLE_PUSH_BUTTON, "Delete Routine…");
      hands_do_action (hands, button);
      g_clear_object (&button);
      button = hands_wait_find (hands, ATSPI_ROLE_PUSH_BUTTON, "Delete");
      hands_do_action (hands, button);
      hands_wait_file_lacks (hands, "plan.json", "starter-strength-no-floor");

      /* A screen reader's action this time. */
      press_undo (hands, FALSE);
      if (round == 0)
        {
          hands_wait_file (hands, "plan.json", "starter-strength-no-floor");
          kept = hands_read_data (hands, "plan.json");
        }
      else
        hands_wait_file_equals (hands, "plan.json", kept);
    }

  hands_quit (hands);
  hands_free (hands);
}

static void
test_undo_restore (void)
{
  Hands *hands = hands_new ();
  g_autofree char *before = NULL;
  g_autofree char *backup = NULL;
  g_autoptr(AtspiAccessible) node = NULL;

  hands_write_sample_journal (hands, "journal.json", "2", "7");
  hands_write_sample_journal (hands, "backup.json", "1", "99");
  before = hands_read_data (hands, "journal.json");
  backup = hands_data_path (hands, "backup.json");

  hands_set_setting (hands, "last-page", "'progress'");
  hands_launch (hands);

  /* Backup → Restore a Backup…, then the file typed into the chooser. The
   * menu is a popup window of its own, so its item is chosen as a screen
   * reader does. */
  node = hands_wait_find (hands, ATSPI_ROLE_PUSH_BUTTON, "Backup");
  hands_click (hands, node);
  g_clear_object (&node);
  node = hands_wait_find (hands, ATSPI_ROLE_MENU_ITEM, "Restore a Backup…");
  hands_do_action (hands, node);
  g_clear_object (&node);
  /* GTK 4.8 gives the chooser no dialog role. */
  node = hands_wait_find (hands, ATSPI_ROLE_INVALID, "Restore a Backup");
  hands_key (hands, "ctrl+l");
  /* The chooser may remember what was typed last time. */
  hands_key (hands, "ctrl+a");
  hands_type (hands, backup);
  hands_key (hands, "Return");
  wait_file_changed (hands, "journal.json", before);

  press_undo (hands, TRUE);
  hands_wait_file_equals (hands, "journal.json", before);

  hands_quit (hands);
  hands_free (hands);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hands-on/undo/delete-record", test_undo_delete_record);
  g_test_add_func ("/hands-on/undo/delete-routine", test_undo_delete_routine);
  g_test_add_func ("/hands-on/undo/restore", test_undo_restore);

  return g_test_run ();
}
