/* upright-safety-questions.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define UPRIGHT_TYPE_SAFETY_QUESTIONS (upright_safety_questions_get_type ())

G_DECLARE_FINAL_TYPE (UprightSafetyQuestions, upright_safety_questions, UPRIGHT, SAFETY_QUESTIONS, AdwPreferencesGroup)

GtkWidget *upright_safety_questions_new (GSettings *settings);

G_END_DECLS
