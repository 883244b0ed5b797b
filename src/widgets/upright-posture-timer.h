/* upright-posture-timer.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "core/upright-interval-timer.h"

G_BEGIN_DECLS

#define UPRIGHT_TYPE_POSTURE_TIMER (upright_posture_timer_get_type ())

G_DECLARE_FINAL_TYPE (UprightPostureTimer, upright_posture_timer, UPRIGHT, POSTURE_TIMER, GtkWidget)

GtkWidget            *upright_posture_timer_new       (void);
UprightIntervalTimer *upright_posture_timer_get_timer (UprightPostureTimer  *self);
void                  upright_posture_timer_set_timer (UprightPostureTimer  *self,
                                                       UprightIntervalTimer *timer);

void                  upright_posture_timer_set_cue   (UprightPostureTimer  *self,
                                                       const char           *cue);

G_END_DECLS
