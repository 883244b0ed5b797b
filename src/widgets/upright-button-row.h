/* upright-button-row.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define UPRIGHT_TYPE_BUTTON_ROW (upright_button_row_get_type ())

G_DECLARE_FINAL_TYPE (UprightButtonRow, upright_button_row, UPRIGHT, BUTTON_ROW, GtkWidget)

GtkWidget *upright_button_row_new (void);

G_END_DECLS
