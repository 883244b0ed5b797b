/* bench-records.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "core/upright-catalog.h"
#include "core/upright-record.h"

G_BEGIN_DECLS

/* The shipped catalogue's exercises, a list of #UprightExercise. */
GPtrArray *bench_load_catalog_exercises (void);

/* @n records as someone who exercises six days a week would make them,
 * newest first. */
GPtrArray *bench_make_records           (GPtrArray *exercises,
                                         guint      n);

G_END_DECLS
