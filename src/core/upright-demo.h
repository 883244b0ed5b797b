/* upright-demo.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "upright-pose-script.h"

G_BEGIN_DECLS


char   *upright_demo_find_uri      (const char  *demo_id);
GArray *upright_demo_read_captions (GBytes      *script,
                                    GError     **error);
GArray *upright_demo_load_captions (const char  *demo_id,
                                    GError     **error);
UprightPoseScript *upright_demo_load_script (const char  *demo_id,
                                             GError     **error);

G_END_DECLS
