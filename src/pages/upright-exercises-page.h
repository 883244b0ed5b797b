/* upright-exercises-page.h
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

#include "upright-exercise-page.h"

G_BEGIN_DECLS

#define UPRIGHT_TYPE_EXERCISES_PAGE (upright_exercises_page_get_type ())

G_DECLARE_FINAL_TYPE (UprightExercisesPage, upright_exercises_page, UPRIGHT, EXERCISES_PAGE, GtkWidget)

void upright_exercises_page_setup         (UprightExercisesPage  *self,
                                           UprightCatalog        *catalog,
                                           UprightSafetyProfile  *profile,
                                           UprightArticleLibrary *library,
                                           GSettings             *settings);
void upright_exercises_page_show_error    (UprightExercisesPage *self,
                                           const GError         *error);
UprightExercisePage *upright_exercises_page_get_exercise_page (UprightExercisesPage *self);
void upright_exercises_page_show_region   (UprightExercisesPage *self,
                                           UprightRegion         region);
gboolean upright_exercises_page_show_exercise (UprightExercisesPage *self,
                                               const char           *id);

void upright_exercises_page_setup_videos (UprightExercisesPage *self,
                                          UprightPlan          *plan);

G_END_DECLS
