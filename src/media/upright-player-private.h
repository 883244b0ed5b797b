/* upright-player-private.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "upright-player.h"

G_BEGIN_DECLS

gboolean upright_player_is_settled (UprightPlayer *self);

G_END_DECLS
