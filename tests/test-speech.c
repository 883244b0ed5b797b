/* test-speech.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "media/upright-speech.h"

/* Without a Speech Dispatcher to reach, nothing is said, nothing breaks,
 * and the reason is there in words. */
static void
test_speech_unreachable (void)
{
  g_autoptr(UprightSpeech) speech = NULL;

  g_assert_true (upright_speech_is_built_in () == HAVE_SPEECH);

  /* An address where no Speech Dispatcher listens. */
  g_setenv ("SPEECHD_ADDRESS", "unix_socket:/nonexistent/upright-test/speechd.sock", TRUE);
  speech = upright_speech_new ();
  g_assert_null (upright_speech_get_problem (speech));

  g_assert_false (upright_speech_say (speech, "Heel Raise. Stand tall, holding the counter"));
  g_assert_nonnull (upright_speech_get_problem (speech));
  g_assert_cmpstr (upright_speech_get_problem (speech), !=, "");

  /* It does not try again and again for each word. */
  g_assert_false (upright_speech_say (speech, "3"));
  upright_speech_stop (speech);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/speech/unreachable", test_speech_unreachable);

  return g_test_run ();
}
