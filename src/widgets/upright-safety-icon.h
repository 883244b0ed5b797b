/* upright-safety-icon.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "core/upright-safety-profile.h"

G_BEGIN_DECLS

GtkWidget *upright_safety_icon_new (UprightSafetyProfile  *profile,
                                    UprightExercise       *exercise,
                                    char                 **description);

G_END_DECLS
