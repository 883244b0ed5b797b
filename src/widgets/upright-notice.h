/* upright-notice.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define UPRIGHT_TYPE_NOTICE (upright_notice_get_type ())

G_DECLARE_FINAL_TYPE (UprightNotice, upright_notice, UPRIGHT, NOTICE, GtkWidget)

UprightNotice *upright_notice_new        (const char    *id,
                                          const char    *text);
const char    *upright_notice_get_id     (UprightNotice *self);
const char    *upright_notice_get_text   (UprightNotice *self);
void           upright_notice_add_button (UprightNotice *self,
                                          const char    *label,
                                          const char    *action_name);

G_END_DECLS
