/* upright-autostart.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

char     *upright_autostart_get_path (const char  *config_dir,
                                      const char  *app_id);
gboolean  upright_autostart_set      (const char  *config_dir,
                                      const char  *app_id,
                                      const char  *name,
                                      const char  *comment,
                                      const char  *executable,
                                      gboolean     enabled,
                                      GError     **error);

G_END_DECLS
