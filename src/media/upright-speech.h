/* upright-speech.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define UPRIGHT_TYPE_SPEECH (upright_speech_get_type ())

G_DECLARE_FINAL_TYPE (UprightSpeech, upright_speech, UPRIGHT, SPEECH, GObject)

UprightSpeech *upright_speech_new           (void);
gboolean       upright_speech_is_built_in   (void);
gboolean       upright_speech_say           (UprightSpeech *self,
                                             const char    *text);
void           upright_speech_stop          (UprightSpeech *self);
const char    *upright_speech_get_problem   (UprightSpeech *self);

G_END_DECLS
