/* upright-video-choice.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "upright-exercise.h"
#include "upright-plan.h"

G_BEGIN_DECLS

/**
 * UprightVideoChoice:
 * @uri: (nullable): what to play, or %NULL when there is nothing to show
 * @own_name: (nullable): the file name of her own video, or %NULL for
 *   Upright's demonstration
 * @captions: (element-type UprightCaption) (nullable): the demonstration's
 *   cues; her own video has none
 *
 * The video of an exercise: her own if she chose one, the demonstration
 * otherwise. The exercise page and a session choose it alike.
 */
typedef struct {
  char   *uri;
  char   *own_name;
  GArray *captions;
} UprightVideoChoice;

UprightVideoChoice *upright_video_choice_new  (UprightExercise    *exercise,
                                               UprightPlan        *plan);
void                upright_video_choice_free (UprightVideoChoice *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (UprightVideoChoice, upright_video_choice_free)

G_END_DECLS
