/* upright-window.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "core/upright-catalog.h"
#include "core/upright-safety-profile.h"

G_BEGIN_DECLS

#define UPRIGHT_TYPE_WINDOW (upright_window_get_type ())

G_DECLARE_FINAL_TYPE (UprightWindow, upright_window, UPRIGHT, WINDOW, AdwApplicationWindow)

UprightWindow *upright_window_new              (GtkApplication       *application,
                                                GSettings            *settings,
                                                UprightCatalog       *catalog,
                                                UprightSafetyProfile *profile,
                                                const GError         *catalog_error);
GSettings     *upright_window_get_settings     (UprightWindow        *self);
const char    *upright_window_get_visible_page (UprightWindow        *self);
void           upright_window_set_visible_page (UprightWindow        *self,
                                                const char           *name);

G_END_DECLS
