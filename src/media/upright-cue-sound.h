/* upright-cue-sound.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "core/upright-cue.h"

G_BEGIN_DECLS

#define UPRIGHT_TYPE_CUE_SOUND (upright_cue_sound_get_type ())

G_DECLARE_FINAL_TYPE (UprightCueSound, upright_cue_sound, UPRIGHT, CUE_SOUND, GObject)

UprightCueSound *upright_cue_sound_new           (void);
void             upright_cue_sound_play          (UprightCueSound *self,
                                                  UprightCue       cue);
gboolean         upright_cue_sound_get_enabled   (UprightCueSound *self);
void             upright_cue_sound_set_enabled   (UprightCueSound *self,
                                                  gboolean         enabled);
double           upright_cue_sound_get_volume    (UprightCueSound *self);
void             upright_cue_sound_set_volume    (UprightCueSound *self,
                                                  double           volume);
gboolean         upright_cue_sound_get_available (UprightCueSound *self);

G_END_DECLS
