/* upright-toast.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void upright_toast_show      (GtkWidget  *widget,
                              AdwToast   *toast);
void upright_toast_show_undo (GtkWidget  *widget,
                              const char *title,
                              const char *action_name);

G_END_DECLS
