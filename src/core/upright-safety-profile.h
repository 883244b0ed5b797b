/* upright-safety-profile.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "upright-exercise.h"

G_BEGIN_DECLS

#define UPRIGHT_TYPE_SAFETY_PROFILE (upright_safety_profile_get_type ())

G_DECLARE_FINAL_TYPE (UprightSafetyProfile, upright_safety_profile, UPRIGHT, SAFETY_PROFILE, GObject)

UprightSafetyProfile  *upright_safety_profile_new       (void);
UprightTag             upright_safety_profile_conflicts (UprightSafetyProfile *self,
                                                         UprightExercise      *exercise);
gboolean               upright_safety_profile_advises   (UprightSafetyProfile *self,
                                                         UprightExercise      *exercise);
char                 **upright_safety_profile_explain   (UprightSafetyProfile *self,
                                                         UprightExercise      *exercise);
UprightTag             upright_safety_profile_conflicts_version (UprightSafetyProfile *self,
                                                                 UprightExercise      *exercise,
                                                                 UprightVersion        version);
char                 **upright_safety_profile_explain_version   (UprightSafetyProfile *self,
                                                                 UprightExercise      *exercise,
                                                                 UprightVersion        version);

G_END_DECLS
