/* upright-record-private.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "upright-json-stream-private.h"
#include "upright-record.h"

G_BEGIN_DECLS

/* Only the journal reads and writes records, and seals them. */
const UprightJsonNames *
               _upright_record_get_json_names (void);
UprightRecord *_upright_record_new_from_json (const UprightJsonObject  *object,
                                              guint                     index,
                                              GError                  **error);
void           _upright_record_build_json    (UprightRecord  *self,
                                              JsonBuilder    *builder);
void           _upright_record_seal          (UprightRecord  *self);
int            _upright_record_compare       (UprightRecord  *a,
                                              UprightRecord  *b);

G_END_DECLS
