/* upright-preferences-window.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define UPRIGHT_TYPE_PREFERENCES_WINDOW (upright_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (UprightPreferencesWindow, upright_preferences_window, UPRIGHT, PREFERENCES_WINDOW, AdwPreferencesWindow)

UprightPreferencesWindow *upright_preferences_window_new (GSettings *settings);

G_END_DECLS
