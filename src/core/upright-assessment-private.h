/* upright-assessment-private.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "upright-assessment.h"
#include "upright-json-stream-private.h"

G_BEGIN_DECLS

/* Only the journal reads and writes self-tests, and seals them. */
const UprightJsonNames *
                   _upright_assessment_get_json_names (void);
UprightAssessment *_upright_assessment_new_from_json (const UprightJsonObject  *object,
                                                      guint                     index,
                                                      GError                  **error);
void               _upright_assessment_build_json    (UprightAssessment  *self,
                                                      JsonBuilder        *builder);
void               _upright_assessment_seal          (UprightAssessment  *self);
int                _upright_assessment_compare       (UprightAssessment  *a,
                                                      UprightAssessment  *b);

G_END_DECLS
