/* upright-mirror-view.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "media/upright-camera.h"

G_BEGIN_DECLS

#define UPRIGHT_TYPE_MIRROR_VIEW (upright_mirror_view_get_type ())

G_DECLARE_FINAL_TYPE (UprightMirrorView, upright_mirror_view, UPRIGHT, MIRROR_VIEW, GtkWidget)

GtkWidget     *upright_mirror_view_new        (void);
UprightCamera *upright_mirror_view_get_camera (UprightMirrorView *self);
void           upright_mirror_view_stop       (UprightMirrorView *self);

G_END_DECLS
