/* upright-video-paintable.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gst/gst.h>
#include <gtk/gtk.h>

G_BEGIN_DECLS

#define UPRIGHT_TYPE_VIDEO_PAINTABLE (upright_video_paintable_get_type ())

G_DECLARE_FINAL_TYPE (UprightVideoPaintable, upright_video_paintable, UPRIGHT, VIDEO_PAINTABLE, GObject)

UprightVideoPaintable *upright_video_paintable_new                 (void);
void                   upright_video_paintable_queue_sample        (UprightVideoPaintable *self,
                                                                    GstSample             *sample);
void                   upright_video_paintable_clear               (UprightVideoPaintable *self);
GdkTexture            *upright_video_paintable_get_texture         (UprightVideoPaintable *self);
gboolean               upright_video_paintable_get_mirror          (UprightVideoPaintable *self);
void                   upright_video_paintable_set_mirror          (UprightVideoPaintable *self,
                                                                    gboolean               mirror);
guint64                upright_video_paintable_get_n_frames_shown  (UprightVideoPaintable *self);
guint64                upright_video_paintable_get_n_frames_dropped (UprightVideoPaintable *self);

G_END_DECLS
