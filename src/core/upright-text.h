/* upright-text.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  upright_text_is_id         (const char *text);
gboolean  upright_text_is_uuid       (const char *text);
char     *upright_text_fold          (const char *text);
gboolean  upright_text_matches_words (const char *folded_text,
                                      const char *query);

GDateTime *upright_text_normalize_time (GDateTime  *time);
char      *upright_text_format_time    (GDateTime  *time);
GDateTime *upright_text_parse_time     (const char *text);

G_END_DECLS
