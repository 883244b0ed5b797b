/* upright-walk-dialog.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "core/upright-journal.h"

G_BEGIN_DECLS

#define UPRIGHT_TYPE_WALK_DIALOG (upright_walk_dialog_get_type ())

G_DECLARE_FINAL_TYPE (UprightWalkDialog, upright_walk_dialog, UPRIGHT, WALK_DIALOG, AdwWindow)

UprightWalkDialog *upright_walk_dialog_new (UprightJournal *journal);

G_END_DECLS
