/* upright-red-flags-button.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define UPRIGHT_TYPE_RED_FLAGS_BUTTON (upright_red_flags_button_get_type ())

G_DECLARE_FINAL_TYPE (UprightRedFlagsButton, upright_red_flags_button, UPRIGHT, RED_FLAGS_BUTTON, GtkWidget)

GtkWidget  *upright_red_flags_button_new         (void);
void        upright_red_flags_button_popup       (UprightRedFlagsButton *self);
GtkPopover *upright_red_flags_button_get_popover (UprightRedFlagsButton *self);

G_END_DECLS
