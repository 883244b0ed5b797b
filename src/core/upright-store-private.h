/* upright-store-private.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "upright-store.h"

G_BEGIN_DECLS

/* How many times a file was written since the program started, so tests can
 * check that reading writes nothing and a burst of changes is written once. */
guint _upright_store_get_n_writes (void);

G_END_DECLS
