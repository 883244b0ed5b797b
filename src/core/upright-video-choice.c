/* upright-video-choice.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "upright-demo.h"
#include "upright-video-choice.h"

/**
 * upright_video_choice_new:
 * @exercise: an exercise
 * @plan: (nullable): where her own videos are kept
 *
 * Chooses her own video of @exercise if she attached one, and Upright's
 * demonstration, with its captions, otherwise. A file of hers that has
 * gone is still chosen: the player says so in the picture's place.
 *
 * Returns: (transfer full): the choice
 */
UprightVideoChoice *
upright_video_choice_new (UprightExercise *exercise,
                          UprightPlan     *plan)
{
  UprightVideoChoice *self;
  const char *own = NULL;

  g_return_val_if_fail (UPRIGHT_IS_EXERCISE (exercise), NULL);
  g_return_val_if_fail (plan == NULL || UPRIGHT_IS_PLAN (plan), NULL);

  self = g_new0 (UprightVideoChoice, 1);

  if (plan != NULL)
    own = upright_plan_get_video (plan, upright_exercise_get_id (exercise));

  if (own != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (own);
      g_autofree char *path = g_file_get_path (file);

      self->uri = g_strdup (own);
      /* A file name need not be UTF-8; what is shown always is. */
      self->own_name = path != NULL ? g_filename_display_basename (path) : g_file_get_parse_name (file);
    }
  else
    {
      self->uri = upright_demo_find_uri (upright_exercise_get_demo_id (exercise));
      if (self->uri != NULL)
        self->captions = upright_demo_load_captions (upright_exercise_get_demo_id (exercise), NULL);
    }

  return self;
}

/**
 * upright_video_choice_free:
 * @self: a choice
 */
void
upright_video_choice_free (UprightVideoChoice *self)
{
  if (self == NULL)
    return;

  g_free (self->uri);
  g_free (self->own_name);
  g_clear_pointer (&self->captions, g_array_unref);
  g_free (self);
}
