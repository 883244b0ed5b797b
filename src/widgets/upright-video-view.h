/* upright-video-view.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "core/upright-demo.h"
#include "core/upright-video-choice.h"

#include "media/upright-player.h"

G_BEGIN_DECLS

#define UPRIGHT_TYPE_VIDEO_VIEW (upright_video_view_get_type ())

G_DECLARE_FINAL_TYPE (UprightVideoView, upright_video_view, UPRIGHT, VIDEO_VIEW, GtkWidget)

GtkWidget     *upright_video_view_new          (void);
UprightPlayer *upright_video_view_get_player   (UprightVideoView *self);
void           upright_video_view_open         (UprightVideoView *self,
                                                const char       *uri);
void           upright_video_view_set_captions (UprightVideoView *self,
                                                const double     *times,
                                                const char * const *texts,
                                                guint             n_captions);
const char    *upright_video_view_get_caption  (UprightVideoView *self);
void           upright_video_view_set_compact  (UprightVideoView *self,
                                                gboolean          compact);
void           upright_video_view_bind_settings (UprightVideoView *self,
                                                 GSettings        *settings);
gboolean       upright_video_view_get_mirror   (UprightVideoView *self);
void           upright_video_view_set_mirror   (UprightVideoView *self,
                                                gboolean          mirror);

void           upright_video_view_set_playing  (UprightVideoView   *self,
                                                gboolean            playing);

void           upright_video_view_show_choice  (UprightVideoView         *self,
                                                const UprightVideoChoice *choice);

G_END_DECLS
