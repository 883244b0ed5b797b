/* upright-draw.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "core/upright-pose-script.h"

G_BEGIN_DECLS

/**
 * UprightCamera:
 * @x: the point along the floor at the middle of the picture
 * @floor: how far down the picture the floor is, in pixels
 * @scale: pixels for the figure's standing height
 *
 * Where the camera looks at a demonstration.
 */
typedef struct {
  double x;
  double floor;
  double scale;
} UprightCamera;

void upright_draw_get_camera (UprightPoseScript *script,
                              int                width,
                              int                height,
                              UprightCamera     *camera);
void upright_draw_frame      (cairo_t           *cr,
                              UprightPoseScript *script,
                              double             t,
                              int                width,
                              int                height,
                              gboolean           captions);
void upright_draw_stance     (cairo_t           *cr,
                              guint              stance,
                              int                width,
                              int                height);

G_END_DECLS
