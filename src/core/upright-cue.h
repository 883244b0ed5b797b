/* upright-cue.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * UprightCue:
 * @UPRIGHT_CUE_GET_READY: the count-in begins
 * @UPRIGHT_CUE_GO: work begins
 * @UPRIGHT_CUE_COUNTDOWN: one of the last seconds of a hold, rest or count-in
 * @UPRIGHT_CUE_REST: a pause, a change of side or a rest begins
 * @UPRIGHT_CUE_DONE: the exercise is over
 *
 * The moments of a timed exercise that a sound marks. Sessions decide
 * when; the media layer makes the sound.
 */
typedef enum {
  UPRIGHT_CUE_GET_READY,
  UPRIGHT_CUE_GO,
  UPRIGHT_CUE_COUNTDOWN,
  UPRIGHT_CUE_REST,
  UPRIGHT_CUE_DONE,
} UprightCue;

G_END_DECLS
