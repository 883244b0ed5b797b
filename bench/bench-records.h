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

/* Writes @n such records into the journal in the data folder @home; the
 * `--write N DIR` mode of a benchmark, run in a process of its own. */
int        bench_write_journal          (guint       n,
                                         const char *home);

/* Makes a data folder, to be XDG_DATA_HOME, with a journal of @n records
 * (none at all for 0) written by `@self --write`, and returns it. */
char      *bench_make_data_home         (const char *self,
                                         guint       n,
                                         double     *file_mib);

/* Deletes @file and everything in it. */
void       bench_remove_tree            (GFile      *file);

G_END_DECLS
