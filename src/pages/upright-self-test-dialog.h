/* upright-self-test-dialog.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "core/upright-assessment.h"
#include "core/upright-interval-timer.h"
#include "core/upright-journal.h"
#include "media/upright-cue-sound.h"

G_BEGIN_DECLS

#define UPRIGHT_TYPE_SELF_TEST_DIALOG (upright_self_test_dialog_get_type ())

G_DECLARE_FINAL_TYPE (UprightSelfTestDialog, upright_self_test_dialog, UPRIGHT, SELF_TEST_DIALOG, AdwWindow)

UprightSelfTestDialog *upright_self_test_dialog_new       (UprightAssessmentKind  kind,
                                                           UprightJournal        *journal,
                                                           UprightCueSound       *cues);
const char            *upright_self_test_dialog_get_stage (UprightSelfTestDialog *self);
guint                  upright_self_test_dialog_get_stance (UprightSelfTestDialog *self);
UprightIntervalTimer  *upright_self_test_dialog_get_timer (UprightSelfTestDialog *self);

void                   upright_self_test_dialog_set_settings (UprightSelfTestDialog *self,
                                                              GSettings             *settings);
void                   upright_self_test_dialog_set_walking_aid (UprightSelfTestDialog *self,
                                                                 gboolean               walking_aid);

G_END_DECLS
