/* upright-storage-private.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "upright-storage.h"

G_BEGIN_DECLS

/* How many times a file has been replaced since the program started, so tests
 * can check that a burst of changes is written once. */
guint _upright_storage_get_n_saves (void);

G_END_DECLS
