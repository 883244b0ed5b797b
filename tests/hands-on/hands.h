/* hands.h: drive the real application as a person does
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stdlib.h>

#include <atspi/atspi.h>
#include <glib.h>

G_BEGIN_DECLS

/* libatspi 2.46 defines no automatic cleanups of its own. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtspiAccessible, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtspiAction, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtspiComponent, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtspiStateSet, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtspiText, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtspiValue, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtspiRect, g_free)

/* How long any one awaited event may take before a test gives up. This is
 * a bound against hanging, never a measure of speed. */
/* Slower under the sanitizers; tools/test says how much slower. */
#define HANDS_TIMEOUT_MS (30000 * (g_getenv ("UPRIGHT_TEST_TIME_SCALE") != NULL ? \
                                   MAX (atoi (g_getenv ("UPRIGHT_TEST_TIME_SCALE")), 1) : 1))

typedef struct _Hands Hands;

/* Says whether what a test waits for has happened. */
typedef gboolean (*HandsCheck) (Hands    *hands,
                                gpointer  user_data);

Hands           *hands_new              (void);
void             hands_free             (Hands      *hands);
void             hands_set_setting      (Hands      *hands,
                                         const char *key,
                                         const char *value);
void             hands_set_size         (Hands      *hands,
                                         int         width,
                                         int         height);
char            *hands_data_path        (Hands      *hands,
                                         const char *name);
void             hands_write_data       (Hands      *hands,
                                         const char *name,
                                         const char *contents);
void             hands_write_sample_journal (Hands  *hands,
                                         const char *name,
                                         const char *weeks,
                                         const char *seed);
char            *hands_read_data        (Hands      *hands,
                                         const char *name);
void             hands_launch           (Hands      *hands);
void             hands_launch_background (Hands     *hands);
void             hands_wait_no_window   (Hands      *hands);
void             hands_wait_exit        (Hands      *hands);
void             hands_activate_app_action (Hands   *hands,
                                         const char *name);
void             hands_quit             (Hands      *hands);
gboolean         hands_is_running       (Hands      *hands);

void             hands_wait             (Hands      *hands,
                                         HandsCheck  check,
                                         gpointer    user_data,
                                         const char *what);
void             hands_wait_file        (Hands      *hands,
                                         const char *name,
                                         const char *contains);
void             hands_wait_file_lacks  (Hands      *hands,
                                         const char *name,
                                         const char *text);
void             hands_wait_file_equals (Hands      *hands,
                                         const char *name,
                                         const char *contents);

void             hands_wait_setting     (Hands      *hands,
                                         const char *key,
                                         const char *value);
void             hands_key              (Hands      *hands,
                                         const char *keys);
void             hands_type             (Hands      *hands,
                                         const char *text);
AtspiAccessible *hands_key_to_focus     (Hands      *hands,
                                         const char *keys);
AtspiAccessible *hands_wait_window_focus (Hands     *hands,
                                         const char *title);
void             hands_wait_window_gone (Hands      *hands,
                                         const char *title);
AtspiAccessible *hands_key_try_focus    (Hands      *hands,
                                         const char *keys,
                                         guint       timeout_ms);
void             hands_click            (Hands      *hands,
                                         AtspiAccessible *node);
void             hands_do_action        (Hands      *hands,
                                         AtspiAccessible *node);

AtspiAccessible *hands_get_app          (Hands      *hands);
AtspiAccessible *hands_get_window       (Hands      *hands);
gboolean         hands_focus_named      (Hands      *hands,
                                         gpointer    user_data);
AtspiAccessible *hands_get_focus        (Hands      *hands);
AtspiAccessible *hands_wait_focus       (Hands      *hands,
                                         AtspiRole   role,
                                         const char *name);
AtspiAccessible *hands_find             (AtspiAccessible *root,
                                         AtspiRole   role,
                                         const char *name);
AtspiAccessible *hands_wait_find        (Hands      *hands,
                                         AtspiRole   role,
                                         const char *name);
AtspiAccessible *hands_wait_find_prefix (Hands      *hands,
                                         AtspiRole   role,
                                         const char *prefix);
void             hands_wait_gone        (Hands      *hands,
                                         AtspiRole   role,
                                         const char *name);
char            *hands_describe         (AtspiAccessible *node);
gboolean         hands_has_state        (AtspiAccessible *node,
                                         AtspiStateType state);
gboolean         hands_is_visible       (AtspiAccessible *node);
char            *hands_get_text         (AtspiAccessible *node);
void             hands_dump             (AtspiAccessible *root);

G_END_DECLS
