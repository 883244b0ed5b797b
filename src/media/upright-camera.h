/* upright-camera.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define UPRIGHT_CAMERA_ERROR (upright_camera_error_quark ())

/**
 * UprightCameraError:
 * @UPRIGHT_CAMERA_ERROR_NOT_FOUND: the computer has no camera
 * @UPRIGHT_CAMERA_ERROR_BUSY: another program is using the camera
 * @UPRIGHT_CAMERA_ERROR_DENIED: the camera may not be used
 * @UPRIGHT_CAMERA_ERROR_FAILED: anything else went wrong
 */
typedef enum {
  UPRIGHT_CAMERA_ERROR_NOT_FOUND,
  UPRIGHT_CAMERA_ERROR_BUSY,
  UPRIGHT_CAMERA_ERROR_DENIED,
  UPRIGHT_CAMERA_ERROR_FAILED,
} UprightCameraError;

GQuark upright_camera_error_quark (void);

#define UPRIGHT_TYPE_CAMERA (upright_camera_get_type ())

G_DECLARE_FINAL_TYPE (UprightCamera, upright_camera, UPRIGHT, CAMERA, GObject)

UprightCamera *upright_camera_new           (void);
GdkPaintable  *upright_camera_get_paintable (UprightCamera *self);
void           upright_camera_start         (UprightCamera *self);
void           upright_camera_stop          (UprightCamera *self);
gboolean       upright_camera_get_running   (UprightCamera *self);
const GError  *upright_camera_get_error     (UprightCamera *self);

G_END_DECLS
