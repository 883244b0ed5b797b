/* test-hands-tab.c: Tab and Shift+Tab through every page
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "hands.h"

/* How long a Tab may take to move the focus before the test calls it a
 * dead end. Generous: a bound, not a measure of speed. */
#define STEP_MS (3000 * (g_getenv ("UPRIGHT_TEST_TIME_SCALE") != NULL ? \
                         MAX (atoi (g_getenv ("UPRIGHT_TEST_TIME_SCALE")), 1) : 1))

/* One stop of a walk: which object, and how a person would hear it. */
typedef struct
{
  char *path;
  char *described;
} Stop;

static void
stop_free (gpointer data)
{
  Stop *stop = data;

  g_free (stop->path);
  g_free (stop->described);
  g_free (stop);
}

static Stop *
stop_new (AtspiAccessible *node)
{
  Stop *stop = g_new0 (Stop, 1);

  stop->path = g_strdup (ATSPI_OBJECT (node)->path);
  stop->described = hands_describe (node);
  return stop;
}

static char *
describe_walk (GPtrArray *stops)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < stops->len; i++)
    {
      Stop *stop = g_ptr_array_index (stops, i);

      g_string_append_printf (text, "\n  %2u %s", i, stop->described);
    }
  return g_string_free (text, FALSE);
}

/* Presses @keys from wherever the focus is until it comes back there.
 * Returns the stops in order, the first being where it started; a dead
 * end or a loop that never comes back fails the test with the walk so far. */
static GPtrArray *
walk (Hands      *hands,
      const char *page,
      const char *keys)
{
  g_autoptr(GPtrArray) stops = g_ptr_array_new_with_free_func (stop_free);
  g_autoptr(AtspiAccessible) start = hands_get_focus (hands);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_nonnull (start);
  g_ptr_array_add (stops, stop_new (start));
  g_hash_table_add (seen, ((Stop *) stops->pdata[0])->path);

  for (guint i = 0; i < 400; i++)
    {
      g_autoptr(AtspiAccessible) focus = hands_key_try_focus (hands, keys, STEP_MS);
      Stop *stop;

      if (focus == NULL)
        {
          g_autofree char *so_far = describe_walk (stops);

          g_error ("%s: %s leads nowhere after the last of these:%s", page, keys, so_far);
        }

      stop = stop_new (focus);
      if (g_str_equal (stop->path, ((Stop *) stops->pdata[0])->path))
        {
          stop_free (stop);
          return g_steal_pointer (&stops);
        }
      if (g_hash_table_contains (seen, stop->path))
        {
          g_autofree char *so_far = describe_walk (stops);

          g_error ("%s: %s comes back to %s without going round:%s",
                   page, keys, stop->described, so_far);
        }
      g_ptr_array_add (stops, stop);
      g_hash_table_add (seen, stop->path);
    }

  {
    g_autofree char *so_far = describe_walk (stops);

    g_error ("%s: %s never comes back round:%s", page, keys, so_far);
  }
}

static gboolean
walk_has (GPtrArray  *stops,
          const char *described)
{
  for (guint i = 0; i < stops->len; i++)
    if (g_str_has_prefix (((Stop *) g_ptr_array_index (stops, i))->described, described))
      return TRUE;
  return FALSE;
}

/* Tab goes round every control once and Shift+Tab goes round the same
 * controls in the opposite order, and both reach @wanted (the start of how
 * each is described: role and name). */
static void
check_page (Hands              *hands,
            const char         *page,
            const char * const *wanted)
{
  g_autoptr(GPtrArray) forward = walk (hands, page, "Tab");
  g_autoptr(GPtrArray) backward = walk (hands, page, "shift+Tab");
  g_autofree char *forward_text = describe_walk (forward);
  g_autofree char *backward_text = describe_walk (backward);

  g_test_message ("%s, Tab:%s", page, forward_text);

  /* Wherever Tab stops, a screen reader has a name to say. */
  for (guint i = 0; i < forward->len; i++)
    {
      Stop *stop = g_ptr_array_index (forward, i);

      if (strstr (stop->described, "“”") != NULL ||
          strstr (stop->described, "“Gtk") != NULL || strstr (stop->described, "“Adw") != NULL)
        g_error ("%s: Tab stops at %s, which has no name of its own:%s", page, stop->described, forward_text);
    }

  for (guint i = 0; wanted[i] != NULL; i++)
    if (!walk_has (forward, wanted[i]))
      g_error ("%s: Tab never reaches %s:%s", page, wanted[i], forward_text);

  if (forward->len != backward->len)
    g_error ("%s: Tab visits %u stops, Shift+Tab %u:%s\nShift+Tab:%s", page,
             forward->len, backward->len, forward_text, backward_text);
  for (guint i = 1; i < forward->len; i++)
    {
      Stop *ahead = g_ptr_array_index (forward, i);
      Stop *back = g_ptr_array_index (backward, forward->len - i);

      if (!g_str_equal (ahead->path, back->path))
        g_error ("%s: Shift+Tab does not retrace Tab:%s\nShift+Tab:%s",
                 page, forward_text, backward_text);
    }
}

static gboolean
tab_selected (Hands    *hands,
              gpointer  user_data)
{
  g_autoptr(AtspiAccessible) tab = hands_find (hands_get_app (hands), ATSPI_ROLE_PAGE_TAB, user_data);

  return tab != NULL && hands_has_state (tab, ATSPI_STATE_SELECTED);
}

/* Opens a page as a person would by its tab, then Tab once so the walk
 * starts from something on it. */
static void
go_to_page (Hands      *hands,
            const char *page)
{
  g_autoptr(AtspiAccessible) tab = hands_wait_find (hands, ATSPI_ROLE_PAGE_TAB, page);
  g_autoptr(AtspiAccessible) focus = NULL;

  hands_do_action (hands, tab);
  hands_wait (hands, tab_selected, (gpointer) page, page);
  focus = hands_key_to_focus (hands, "Tab");
}

static void
test_tab_pages (void)
{
  Hands *hands = hands_new ();
  g_autoptr(AtspiAccessible) node = NULL;
  g_autoptr(AtspiAccessible) focus = NULL;

  hands_set_setting (hands, "last-region", "'none'");
  hands_write_sample_journal (hands, "journal.json", "2", "7");
  hands_launch (hands);

  go_to_page (hands, "Exercises");
  check_page (hands, "Body map", (const char * const []) {
                "push button “When to Stop”", "page tab “Learn”", "push button “Main Menu”",
                "push button “Front of the Body”", "push button “Back of the Body”", "push button “Spine & Posture", "push button “All Exercises”",
                "entry “Search all exercises”", "list item “Chin Tuck”", NULL });

  go_to_page (hands, "Routines");
  check_page (hands, "Routines", (const char * const []) { NULL });

  go_to_page (hands, "Progress");
  check_page (hands, "Progress", (const char * const []) {
                "push button “Export”", "push button “Backup”", "push button “Log a Walk…”", "push button “8 Weeks”", "push button “Year”",
                "image “Days with Strength Exercise”", "push button “Start the 30-Second Chair Stand”",
                "list item “Results of the 30-Second Chair Stand”", "push button “Start the Timed Up and Go”",
                "push button “Change “", NULL });

  go_to_page (hands, "Learn");
  check_page (hands, "Learn", (const char * const []) { NULL });

  /* An article, opened from its row. */
  node = hands_wait_find (hands, ATSPI_ROLE_LIST_ITEM, "Hip Fractures");
  hands_do_action (hands, node);
  g_clear_object (&node);
  node = hands_wait_find (hands, ATSPI_ROLE_HEADING, "Hip Fractures");
  g_clear_object (&focus);
  focus = hands_key_to_focus (hands, "Tab");
  check_page (hands, "Article", (const char * const []) {
                "push button “Bookmark”", "list item “Hip Fractures”", NULL });

  hands_quit (hands);
  hands_free (hands);
}

/* A region's list, an exercise's page with its video, and the setup of a
 * session. */
static void
test_tab_exercise (void)
{
  Hands *hands = hands_new ();
  g_autoptr(AtspiAccessible) row = NULL;
  g_autoptr(AtspiAccessible) node = NULL;
  g_autoptr(AtspiAccessible) focus = NULL;

  hands_set_setting (hands, "last-region", "'hip'");
  hands_launch (hands);

  go_to_page (hands, "Exercises");
  check_page (hands, "Hip list", (const char * const []) {
                "push button “Hip & Legs", "list item “Sit to Stand”", NULL });

  /* Opened as a screen reader opens it. */
  row = hands_wait_find (hands, ATSPI_ROLE_LIST_ITEM, "Sit to Stand");
  hands_do_action (hands, row);
  node = hands_wait_find (hands, ATSPI_ROLE_PUSH_BUTTON, "Use My Own Video…");
  g_clear_object (&node);
  focus = hands_key_to_focus (hands, "Tab");
  check_page (hands, "Exercise page", (const char * const []) {
                "push button “Exercises”", "push button “Why this helps: ", "push button “Pause”", "push button “Use My Own Video…”",
                "push button “Start”", NULL });

  /* Start may be below the fold; a screen reader's user presses it all
   * the same. */
  node = hands_wait_find (hands, ATSPI_ROLE_PUSH_BUTTON, "Start");
  hands_do_action (hands, node);
  g_clear_object (&node);
  g_clear_object (&focus);
  focus = hands_wait_focus (hands, ATSPI_ROLE_PUSH_BUTTON, "Begin");
  check_page (hands, "Session setup", (const char * const []) {
                "spin button “Count-in", "spin button “Sets", "push button “Begin”", NULL });

  hands_quit (hands);
  hands_free (hands);
}

static gboolean
has_focus (Hands    *hands,
           gpointer  user_data)
{
  return hands_has_state (user_data, ATSPI_STATE_FOCUSED);
}

/* Opens a dialog with @keys, walks it, and closes it with Escape, back to
 * the control that opened it. */
static void
check_dialog (Hands              *hands,
              const char         *keys,
              const char         *dialog,
              const char * const *wanted)
{
  g_autoptr(AtspiAccessible) opener = hands_get_focus (hands);
  g_autoptr(AtspiAccessible) focus = NULL;

  hands_key (hands, keys);
  focus = hands_wait_window_focus (hands, dialog);

  check_page (hands, dialog, wanted);

  /* Escape closes it, and the keyboard is back where she was. */
  hands_key (hands, "Escape");
  hands_wait_window_gone (hands, dialog);
  /* The window takes the keyboard back, as from a window manager; a
   * lone Shift does nothing else. */
  hands_key (hands, "Shift_L");
  hands_wait (hands, has_focus, opener, "the focus to come back to what opened the dialog");
}

/* Tabs to the control described as @wanted, as she would; returns its
 * name. */
static char *
tab_to (Hands      *hands,
        const char *wanted)
{
  for (guint i = 0; i < 400; i++)
    {
      g_autoptr(AtspiAccessible) focus = hands_key_to_focus (hands, "Tab");
      g_autofree char *described = hands_describe (focus);

      if (g_str_has_prefix (described, wanted))
        return atspi_accessible_get_name (focus, NULL);
    }
  g_error ("Tab never reaches %s", wanted);
}

/* The dialogs that open over the window, with the keyboard alone. */
static void
test_tab_dialogs (void)
{
  Hands *hands = hands_new ();
  g_autofree char *change = NULL;
  g_autofree char *record = NULL;

  hands_set_setting (hands, "last-region", "'none'");
  hands_write_sample_journal (hands, "journal.json", "1", "7");
  hands_launch (hands);

  go_to_page (hands, "Progress");

  g_free (tab_to (hands, "push button “Log a Walk…”"));
  check_dialog (hands, "Return", "Log a Walk", (const char * const []) {
                  "spin button “Minutes", "push button “Cancel”", NULL });

  /* The record's editor is titled with its exercise: Change “Bridge”. */
  change = tab_to (hands, "push button “Change “");
  record = g_strndup (change + strlen ("Change “"), strlen (change) - strlen ("Change “") - strlen ("”"));
  check_dialog (hands, "Return", record, (const char * const []) {
                  "push button “Cancel”", "push button “Save”", "check box “I did it all”",
                  "spin button “Effort”", "spin button “Pain”", "text “Note”", NULL });

  g_free (tab_to (hands, "push button “Start the 30-Second Chair Stand”"));
  check_dialog (hands, "Return", "30-Second Chair Stand", (const char * const []) {
                  "push button “Cancel”", NULL });

  check_dialog (hands, "ctrl+comma", "Preferences", (const char * const []) {
                  "page tab “Safety”", "push button “Search Preferences”", "combo box “Text Size”", "check box “Mirror Video”",
                  "spin button “Count-In (seconds)”", "check box “Posture Reminders”", NULL });

  /* F1: the keyboard shortcuts, a list she can walk and search. */
  check_dialog (hands, "F1", "Keyboard Shortcuts", (const char * const []) {
                  "list item “Quit”", "list item “Show Shortcuts”", NULL });

  hands_quit (hands);
  hands_free (hands);
}

/* A timed session, paused, and the review after it. */
static void
test_tab_session (void)
{
  Hands *hands = hands_new ();
  g_autoptr(AtspiAccessible) row = NULL;
  g_autoptr(AtspiAccessible) node = NULL;
  g_autoptr(AtspiAccessible) focus = NULL;

  hands_set_setting (hands, "last-region", "'hip'");
  hands_set_setting (hands, "count-in-seconds", "uint32 1");
  hands_set_setting (hands, "rest-seconds", "uint32 0");
  hands_launch (hands);

  row = hands_wait_find (hands, ATSPI_ROLE_LIST_ITEM, "Heel Raise");
  hands_do_action (hands, row);
  node = hands_wait_find (hands, ATSPI_ROLE_PUSH_BUTTON, "Start");
  hands_do_action (hands, node);
  focus = hands_wait_focus (hands, ATSPI_ROLE_PUSH_BUTTON, "Begin");
  hands_key (hands, "Return");
  g_clear_object (&focus);
  focus = hands_wait_focus (hands, ATSPI_ROLE_PUSH_BUTTON, "Pause");
  hands_key (hands, "space");
  hands_wait (hands, hands_focus_named, (gpointer) "Resume", "Pause to become Resume");
  check_page (hands, "Session, paused", (const char * const []) {
                "push button “Resume”", "push button “When to Stop”", NULL });

  /* On to the end, where she says how it went. */
  hands_key (hands, "space");
  hands_wait (hands, hands_focus_named, (gpointer) "Pause", "Resume to become Pause");
  /* Right skips on a phase; each press is given a moment to land. */
  for (guint i = 0; i < 200 && !hands_focus_named (hands, (gpointer) "Save"); i++)
    {
      g_clear_object (&focus);
      focus = hands_key_try_focus (hands, "Right", 500);
    }
  hands_wait (hands, hands_focus_named, (gpointer) "Save", "the review after the last phase");
  check_page (hands, "Review", (const char * const []) {
                "push button “Save”", "spin button “Effort (0 to 10)”", "spin button “Pain (0 to 10)”",
                "text “Note”", NULL });

  hands_quit (hands);
  hands_free (hands);
}

/* A routine's editor and the window that adds an exercise to it. */
static void
test_tab_routines (void)
{
  Hands *hands = hands_new ();
  g_autoptr(AtspiAccessible) row = NULL;
  g_autoptr(AtspiAccessible) focus = NULL;

  hands_set_setting (hands, "last-page", "'routines'");
  hands_launch (hands);

  row = hands_wait_find (hands, ATSPI_ROLE_LIST_ITEM, "Strength");
  hands_do_action (hands, row);
  focus = hands_wait_focus (hands, ATSPI_ROLE_INVALID, NULL);
  check_page (hands, "Routine editor", (const char * const []) {
                "push button “Start”", "text “Name”", "push button “Add an Exercise…”",
                "push button “Delete Routine…”", NULL });

  /* A new name, typed, is kept when she moves on. */
  g_free (tab_to (hands, "text “Name”"));
  hands_key (hands, "ctrl+a");
  hands_type (hands, "Evening Strength");
  g_free (tab_to (hands, "push button “Add an Exercise…”"));
  hands_wait_file (hands, "plan.json", "\"Evening Strength\"");

  check_dialog (hands, "Return", "Add an Exercise", (const char * const []) {
                  "entry “Search exercises”", "list item “Chin Tuck”", NULL });

  hands_quit (hands);
  hands_free (hands);
}

/* The welcome a new user meets first. */
static void
test_tab_welcome (void)
{
  Hands *hands = hands_new ();
  g_autoptr(AtspiAccessible) next = NULL;

  hands_set_setting (hands, "welcome-done", "false");
  hands_launch (hands);

  next = hands_wait_focus (hands, ATSPI_ROLE_PUSH_BUTTON, "Next");
  check_page (hands, "Welcome", (const char * const []) { "push button “Skip”", NULL });

  hands_quit (hands);
  hands_free (hands);
}

/* The welcome offers spoken guidance: she turns it on with the keyboard,
 * and it is saved. */
static void
test_tab_welcome_speech (void)
{
  Hands *hands = hands_new ();
  g_autoptr(AtspiAccessible) next = NULL;
  g_autoptr(AtspiAccessible) toggle = NULL;
  g_autofree char *name = NULL;

  hands_set_setting (hands, "welcome-done", "false");
  hands_set_setting (hands, "spoken-guidance", "false");
  hands_launch (hands);

  /* Next, through the safety questions, to the goals. */
  next = hands_wait_focus (hands, ATSPI_ROLE_PUSH_BUTTON, "Next");
  hands_key (hands, "Return");
  g_object_unref (hands_wait_find (hands, ATSPI_ROLE_PUSH_BUTTON, "Back"));
  /* Each question is said once, as it reads. */
  g_object_unref (hands_wait_find (hands, ATSPI_ROLE_CHECK_BOX, "I have had a spine (vertebral) fracture"));
  g_clear_object (&next);
  next = hands_wait_find (hands, ATSPI_ROLE_PUSH_BUTTON, "Next");
  hands_click (hands, next);
  toggle = hands_wait_find (hands, ATSPI_ROLE_CHECK_BOX, "Spoken Guidance");
  g_assert_false (hands_has_state (toggle, ATSPI_STATE_CHECKED));

  name = tab_to (hands, "check box “Spoken Guidance”");
  hands_key (hands, "space");
  hands_wait_setting (hands, "spoken-guidance", "true");
  g_assert_true (hands_has_state (toggle, ATSPI_STATE_CHECKED));

  hands_quit (hands);
  hands_free (hands);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hands-on/tab/pages", test_tab_pages);
  g_test_add_func ("/hands-on/tab/exercise", test_tab_exercise);
  g_test_add_func ("/hands-on/tab/dialogs", test_tab_dialogs);
  g_test_add_func ("/hands-on/tab/routines", test_tab_routines);
  g_test_add_func ("/hands-on/tab/session", test_tab_session);
  g_test_add_func ("/hands-on/tab/welcome", test_tab_welcome);
  g_test_add_func ("/hands-on/tab/welcome-speech", test_tab_welcome_speech);

  return g_test_run ();
}
