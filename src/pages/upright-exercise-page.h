/* upright-exercise-page.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "core/upright-plan.h"

#include "core/upright-article-library.h"
#include "core/upright-catalog.h"
#include "core/upright-safety-profile.h"
#include "media/upright-camera.h"

G_BEGIN_DECLS

#define UPRIGHT_TYPE_EXERCISE_PAGE (upright_exercise_page_get_type ())

G_DECLARE_FINAL_TYPE (UprightExercisePage, upright_exercise_page, UPRIGHT, EXERCISE_PAGE, GtkWidget)

void             upright_exercise_page_setup        (UprightExercisePage   *self,
                                                     UprightCatalog        *catalog,
                                                     UprightSafetyProfile  *profile,
                                                     UprightArticleLibrary *library);
UprightExercise *upright_exercise_page_get_exercise (UprightExercisePage  *self);
void             upright_exercise_page_set_exercise (UprightExercisePage  *self,
                                                     UprightExercise      *exercise);
void             upright_exercise_page_focus        (UprightExercisePage  *self);

void             upright_exercise_page_setup_videos   (UprightExercisePage *self,
                                                       UprightPlan         *plan,
                                                       GSettings           *settings);
GtkWidget       *upright_exercise_page_get_video_view (UprightExercisePage *self);
UprightCamera   *upright_exercise_page_get_camera     (UprightExercisePage *self);
void             upright_exercise_page_stop_mirror    (UprightExercisePage *self);

G_END_DECLS
