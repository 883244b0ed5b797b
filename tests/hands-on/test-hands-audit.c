/* test-hands-audit.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "hands.h"

/* What a screen reader finds on each page: every control she can reach or
 * act on has a name, in plain words without a mnemonic's underscore, and
 * is not named twice over ("Start Start"). */

static gboolean
is_control (AtspiRole role)
{
  switch (role)
    {
    case ATSPI_ROLE_PUSH_BUTTON:
    case ATSPI_ROLE_TOGGLE_BUTTON:
    case ATSPI_ROLE_CHECK_BOX:
    case ATSPI_ROLE_RADIO_BUTTON:
    case ATSPI_ROLE_SPIN_BUTTON:
    case ATSPI_ROLE_SLIDER:
    case ATSPI_ROLE_ENTRY:
    case ATSPI_ROLE_TEXT:
    case ATSPI_ROLE_COMBO_BOX:
    case ATSPI_ROLE_LINK:
    case ATSPI_ROLE_PAGE_TAB:
    case ATSPI_ROLE_LIST_ITEM:
    case ATSPI_ROLE_MENU_ITEM:
      return TRUE;

    default:
      return FALSE;
    }
}

/* Controls a screen reader presses rather than types into. */
static gboolean
is_pressable (AtspiRole role)
{
  switch (role)
    {
    case ATSPI_ROLE_PUSH_BUTTON:
    case ATSPI_ROLE_TOGGLE_BUTTON:
    case ATSPI_ROLE_CHECK_BOX:
    case ATSPI_ROLE_RADIO_BUTTON:
    case ATSPI_ROLE_PAGE_TAB:
    case ATSPI_ROLE_LINK:
    case ATSPI_ROLE_MENU_ITEM:
      return TRUE;

    default:
      return FALSE;
    }
}

static gboolean
has_action (AtspiAccessible *node)
{
  g_autoptr(AtspiAction) action = atspi_accessible_get_action_iface (node);

  return action != NULL && atspi_action_get_n_actions (action, NULL) > 0;
}

static gboolean
repeats_itself (const char *name)
{
  g_auto(GStrv) words = g_strsplit (name, " ", -1);
  guint n = g_strv_length (words);

  /* "Start Start", or "Daily Posture Daily Posture". */
  if (n >= 2 && n % 2 == 0)
    {
      gboolean same = TRUE;

      for (guint i = 0; i < n / 2 && same; i++)
        same = g_str_equal (words[i], words[i + n / 2]);
      if (same)
        return TRUE;
    }

  return FALSE;
}

static guint
audit (AtspiAccessible *node,
       GPtrArray       *problems,
       guint            depth)
{
  guint n_controls = 0;

  AtspiRole role = atspi_accessible_get_role (node, NULL);
  int n = atspi_accessible_get_child_count (node, NULL);

  if (depth > 60)
    return 0;

  /* Controls, and the charts, which take the focus for their arrow keys. */
  if ((is_control (role) || (role == ATSPI_ROLE_IMAGE && hands_has_state (node, ATSPI_STATE_FOCUSABLE))) &&
      hands_is_visible (node))
    {
      n_controls++;
      g_autofree char *name = atspi_accessible_get_name (node, NULL);
      g_autofree char *described = hands_describe (node);

      if (name == NULL || *g_strstrip (name) == '\0')
        g_ptr_array_add (problems, g_strdup_printf ("%s has no name", described));
      else if (g_str_has_prefix (name, "Gtk") || g_str_has_prefix (name, "Adw"))
        /* What GTK says for a button it found no words for. */
        g_ptr_array_add (problems, g_strdup_printf ("%s has only its type's name", described));
      else if (strchr (name, '_') != NULL)
        g_ptr_array_add (problems, g_strdup_printf ("%s shows a mnemonic's underscore", described));
      else if (repeats_itself (name))
        g_ptr_array_add (problems, g_strdup_printf ("%s says its name twice", described));

      /* A menu button is a box around the button she presses: the focusable one. */
      if (is_pressable (role) && hands_has_state (node, ATSPI_STATE_SENSITIVE) &&
          hands_has_state (node, ATSPI_STATE_FOCUSABLE) && !has_action (node))
        g_ptr_array_add (problems, g_strdup_printf ("%s has no action a screen reader could do", described));
    }

  for (int i = 0; i < n; i++)
    {
      g_autoptr(AtspiAccessible) child = atspi_accessible_get_child_at_index (node, i, NULL);

      if (child != NULL)
        n_controls += audit (child, problems, depth + 1);
    }

  return n_controls;
}

static void
audit_page (Hands      *hands,
            const char *page,
            GPtrArray  *problems)
{
  g_autoptr(AtspiAccessible) tab = hands_wait_find (hands, ATSPI_ROLE_PAGE_TAB, page);
  g_autoptr(AtspiAccessible) window = NULL;
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);

  hands_do_action (hands, tab);
  window = hands_get_window (hands);
  g_assert_nonnull (window);
  /* The walk reaches the page's controls, not only the header bar's. */
  g_assert_cmpuint (audit (window, found, 0), >=, 10);
  for (guint i = 0; i < found->len; i++)
    g_ptr_array_add (problems, g_strdup_printf ("%s: %s", page, (char *) g_ptr_array_index (found, i)));
}

static void
test_audit_pages (void)
{
  static const char * const pages[] = { "Exercises", "Routines", "Progress", "Learn" };
  Hands *hands = hands_new ();
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);

  hands_set_setting (hands, "last-region", "'hip'");
  hands_launch (hands);

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    audit_page (hands, pages[i], problems);

  /* And an exercise's own page, with its video's controls. */
  {
    g_autoptr(AtspiAccessible) tab = hands_wait_find (hands, ATSPI_ROLE_PAGE_TAB, "Exercises");
    g_autoptr(AtspiAccessible) row = NULL;
    g_autoptr(AtspiAccessible) own = NULL;
    g_autoptr(AtspiAccessible) window = NULL;
    g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);

    hands_do_action (hands, tab);
    /* The first of the hip exercises, as the region was left. */
    row = hands_wait_find (hands, ATSPI_ROLE_LIST_ITEM, "Sit to Stand");
    /* Opened as a screen reader does: a click where the row was drawn a
     * moment ago can miss it while the page is still being laid out. */
    hands_do_action (hands, row);
    own = hands_wait_find (hands, ATSPI_ROLE_PUSH_BUTTON, "Use My Own Video…");
    window = hands_get_window (hands);
    g_assert_cmpuint (audit (window, found, 0), >=, 10);
    for (guint i = 0; i < found->len; i++)
      g_ptr_array_add (problems, g_strdup_printf ("Exercise page: %s", (char *) g_ptr_array_index (found, i)));
  }

  for (guint i = 0; i < problems->len; i++)
    g_printerr ("%s\n", (char *) g_ptr_array_index (problems, i));
  g_assert_cmpuint (problems->len, ==, 0);

  hands_quit (hands);
  hands_free (hands);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hands-on/audit/pages", test_audit_pages);

  return g_test_run ();
}
