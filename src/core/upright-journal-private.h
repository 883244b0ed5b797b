/* upright-journal-private.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "upright-journal.h"

G_BEGIN_DECLS

/* The journal's reading and writing of its file's contents, without the
 * file, so that tests and the fuzzer can drive exactly the code that
 * upright_journal_load_async() and saving use. */
GPtrArray *_upright_journal_parse     (GBytes      *bytes,
                                       GPtrArray  **assessments,
                                       char       **extra,
                                       GError     **error);
GBytes    *_upright_journal_serialize (GPtrArray   *records,
                                       GPtrArray   *assessments,
                                       const char  *extra);

G_END_DECLS
