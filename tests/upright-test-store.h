/* upright-test-store.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stdlib.h>

#include <gio/gio.h>

#include "core/upright-store.h"
#include "core/upright-store-private.h"

G_BEGIN_DECLS

/* Helpers for tests of what stores write: GLib only. They wait on events,
 * never for a fixed time; the deadline only stops a test that hangs. */

#define UPRIGHT_TEST_DEADLINE_S (30 * upright_test_time_scale ())

/* How much slower than usual the code runs, as under the sanitizers, which
 * tools/test says through UPRIGHT_TEST_TIME_SCALE. Only deadlines that stop
 * a hung test grow with it; no test waits longer for it. */
static inline int
upright_test_time_scale (void)
{
  const char *scale = g_getenv ("UPRIGHT_TEST_TIME_SCALE");

  return scale != NULL && atoi (scale) > 1 ? atoi (scale) : 1;
}

static inline void
upright_test_result_cb (GObject      *object,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  GAsyncResult **out = user_data;

  g_assert_null (*out);
  *out = g_object_ref (result);
}

static inline void
upright_test_wait_for_result (GAsyncResult **result)
{
  gint64 deadline = g_get_monotonic_time () + UPRIGHT_TEST_DEADLINE_S * G_TIME_SPAN_SECOND;

  while (*result == NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
}

/* Runs the main loop until @store has written every change, or failed to.
 * Afterwards no save is pending: if the store has no unsaved changes, it
 * writes nothing more until something changes. */
static inline void
upright_test_wait_until_saved (UprightStore *store)
{
  gint64 deadline = g_get_monotonic_time () + UPRIGHT_TEST_DEADLINE_S * G_TIME_SPAN_SECOND;

  while (upright_store_has_unsaved_changes (store) &&
         upright_store_get_save_error (store) == NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
}

static inline void
upright_test_save_failed_cb (UprightStore *store,
                             const GError *error,
                             gpointer      user_data)
{
  gboolean *failed = user_data;

  if (error != NULL)
    *failed = TRUE;
}

/* Runs the main loop until a save of @store fails. */
static inline void
upright_test_wait_until_save_fails (UprightStore *store)
{
  gint64 deadline = g_get_monotonic_time () + UPRIGHT_TEST_DEADLINE_S * G_TIME_SPAN_SECOND;
  gboolean failed = FALSE;
  gulong handler;

  handler = g_signal_connect (store, "save-failed", G_CALLBACK (upright_test_save_failed_cb), &failed);
  while (!failed)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  g_signal_handler_disconnect (store, handler);
}

/* Lets the main loop run everything that is ready now, without waiting. */
static inline void
upright_test_run_pending (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

G_END_DECLS
