/* upright-exercise-private.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "upright-exercise.h"

G_BEGIN_DECLS

UprightExercise *_upright_exercise_new_from_json (JsonNode    *node,
                                                  guint        index,
                                                  GHashTable  *references,
                                                  GError     **error);

G_END_DECLS
