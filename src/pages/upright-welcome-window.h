/* upright-welcome-window.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define UPRIGHT_TYPE_WELCOME_WINDOW (upright_welcome_window_get_type ())

G_DECLARE_FINAL_TYPE (UprightWelcomeWindow, upright_welcome_window, UPRIGHT, WELCOME_WINDOW, AdwWindow)

UprightWelcomeWindow *upright_welcome_window_new       (GSettings            *settings);
void                  upright_welcome_window_show_page (UprightWelcomeWindow *self,
                                                        const char           *name);
const char           *upright_welcome_window_get_page  (UprightWelcomeWindow *self);

G_END_DECLS
