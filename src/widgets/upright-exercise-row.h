/* upright-exercise-row.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "core/upright-safety-profile.h"

G_BEGIN_DECLS

GtkWidget *upright_exercise_row_new (UprightExercise      *exercise,
                                     UprightSafetyProfile *profile);

G_END_DECLS
