/* upright-goal-card.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "core/upright-stats.h"

G_BEGIN_DECLS

#define UPRIGHT_TYPE_GOAL_CARD (upright_goal_card_get_type ())

G_DECLARE_FINAL_TYPE (UprightGoalCard, upright_goal_card, UPRIGHT, GOAL_CARD, GtkWidget)

GtkWidget   *upright_goal_card_new          (UprightGoal      goal);
UprightGoal  upright_goal_card_get_goal     (UprightGoalCard *self);
void         upright_goal_card_set_progress (UprightGoalCard *self,
                                             guint            progress,
                                             guint            target);
const char  *upright_goal_card_get_value    (UprightGoalCard *self);
const char  *upright_goal_card_get_status   (UprightGoalCard *self);
gboolean     upright_goal_card_get_met      (UprightGoalCard *self);

G_END_DECLS
