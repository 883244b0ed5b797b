/* upright-exercise-chooser.h
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

#define UPRIGHT_TYPE_EXERCISE_CHOOSER (upright_exercise_chooser_get_type ())

G_DECLARE_FINAL_TYPE (UprightExerciseChooser, upright_exercise_chooser, UPRIGHT, EXERCISE_CHOOSER, AdwWindow)

UprightExerciseChooser *upright_exercise_chooser_new (UprightCatalog       *catalog,
                                                      UprightSafetyProfile *profile);

G_END_DECLS
