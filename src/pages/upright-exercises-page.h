/* upright-exercises-page.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define UPRIGHT_TYPE_EXERCISES_PAGE (upright_exercises_page_get_type ())

G_DECLARE_FINAL_TYPE (UprightExercisesPage, upright_exercises_page, UPRIGHT, EXERCISES_PAGE, GtkWidget)

G_END_DECLS
