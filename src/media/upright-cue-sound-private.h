/* upright-cue-sound-private.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gst/gst.h>

#include "upright-cue-sound.h"

G_BEGIN_DECLS

/* The cues are mono signed 16-bit samples in host byte order at this rate. */
#define UPRIGHT_CUE_SOUND_RATE 44100

gint16     *upright_cue_sound_render       (UprightCue       cue,
                                            double           volume,
                                            gsize           *n_samples);
GstElement *upright_cue_sound_get_pipeline (UprightCueSound *self);

G_END_DECLS
