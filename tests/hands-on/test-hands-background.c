/* test-hands-background.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "hands.h"

/* Posture reminders come while Upright runs. With them on, closing the
 * window leaves it running without one, and the reminder's button opens
 * the posture break all the same; with them off, closing the window ends
 * it; Quit quits either way. */

static gboolean
seconds_passed (Hands    *hands,
                gpointer  user_data)
{
  return g_get_monotonic_time () >= *(gint64 *) user_data;
}

/* Long enough for an application that was going to end to have ended. */
static void
wait_a_while (Hands *hands)
{
  gint64 until = g_get_monotonic_time () + 2 * G_TIME_SPAN_SECOND;

  hands_wait (hands, seconds_passed, &until, "two seconds to pass");
}

static void
test_close_with_reminders (void)
{
  Hands *hands = hands_new ();
  g_autoptr(AtspiAccessible) node = NULL;

  hands_set_setting (hands, "reminders-enabled", "true");
  hands_launch (hands);

  /* Closed, as with the window's close button. */
  hands_key (hands, "ctrl+w");
  hands_wait_no_window (hands);
  wait_a_while (hands);
  g_assert_true (hands_is_running (hands));

  /* The reminder's button, as the desktop presses it. */
  hands_activate_app_action (hands, "posture-break");
  node = hands_wait_find (hands, ATSPI_ROLE_PUSH_BUTTON, "Begin");
  g_assert_nonnull (hands_wait_find_prefix (hands, ATSPI_ROLE_LABEL, "Posture Break"));

  hands_quit (hands);
  hands_free (hands);
}

static void
test_close_without_reminders (void)
{
  Hands *hands = hands_new ();

  hands_set_setting (hands, "reminders-enabled", "false");
  hands_launch (hands);

  /* Nothing runs in the background without reminders. */
  hands_key (hands, "ctrl+w");
  hands_wait_exit (hands);
  hands_free (hands);
}

static void
test_start_at_login (void)
{
  Hands *hands = hands_new ();
  g_autoptr(AtspiAccessible) node = NULL;

  /* As the session starts it at login: no window, only the reminders. */
  hands_set_setting (hands, "reminders-enabled", "true");
  hands_launch_background (hands);
  wait_a_while (hands);
  hands_wait_no_window (hands);
  g_assert_true (hands_is_running (hands));

  hands_activate_app_action (hands, "posture-break");
  node = hands_wait_find (hands, ATSPI_ROLE_PUSH_BUTTON, "Begin");

  hands_quit (hands);
  hands_free (hands);
}

static void
test_start_at_login_without_reminders (void)
{
  Hands *hands = hands_new ();

  /* Reminders turned off since: it starts, sees nothing to do, and ends. */
  hands_set_setting (hands, "reminders-enabled", "false");
  hands_launch_background (hands);
  hands_wait_exit (hands);
  hands_free (hands);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hands-on/background/close-with-reminders", test_close_with_reminders);
  g_test_add_func ("/hands-on/background/close-without-reminders", test_close_without_reminders);
  g_test_add_func ("/hands-on/background/start-at-login", test_start_at_login);
  g_test_add_func ("/hands-on/background/start-at-login-without-reminders", test_start_at_login_without_reminders);

  return g_test_run ();
}
