/* upright-media.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean   upright_media_ensure_init           (GError **error);
char     **upright_media_get_missing_elements  (void);
char      *upright_media_get_debug_info        (void);

G_END_DECLS
