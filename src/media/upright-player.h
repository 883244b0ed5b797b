/* upright-player.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define UPRIGHT_PLAYER_ERROR (upright_player_error_quark ())

/**
 * UprightPlayerError:
 * @UPRIGHT_PLAYER_ERROR_NOT_FOUND: the video file does not exist
 * @UPRIGHT_PLAYER_ERROR_NOT_READABLE: the video file exists but cannot be read
 * @UPRIGHT_PLAYER_ERROR_NOT_A_VIDEO: the file is damaged, empty or not a video
 * @UPRIGHT_PLAYER_ERROR_MISSING_CODEC: a GStreamer plugin for the video is missing
 * @UPRIGHT_PLAYER_ERROR_FAILED: anything else went wrong
 *
 * Why a video cannot be played. The message of the error says so in plain
 * words for the user.
 */
typedef enum {
  UPRIGHT_PLAYER_ERROR_NOT_FOUND,
  UPRIGHT_PLAYER_ERROR_NOT_READABLE,
  UPRIGHT_PLAYER_ERROR_NOT_A_VIDEO,
  UPRIGHT_PLAYER_ERROR_MISSING_CODEC,
  UPRIGHT_PLAYER_ERROR_FAILED,
} UprightPlayerError;

/**
 * UprightPlayerState:
 * @UPRIGHT_PLAYER_STOPPED: nothing is open, the video is stopped, or it failed
 * @UPRIGHT_PLAYER_PAUSED: a frame is shown and time stands still
 * @UPRIGHT_PLAYER_PLAYING: the video plays
 *
 * What an #UprightPlayer has been asked to do. While a video opens or
 * seeks, the state is already the one it is heading for.
 */
typedef enum {
  UPRIGHT_PLAYER_STOPPED,
  UPRIGHT_PLAYER_PAUSED,
  UPRIGHT_PLAYER_PLAYING,
} UprightPlayerState;

#define UPRIGHT_PLAYER_MIN_RATE 0.25
#define UPRIGHT_PLAYER_MAX_RATE 2.0

#define UPRIGHT_TYPE_PLAYER_STATE (upright_player_state_get_type ())
#define UPRIGHT_TYPE_PLAYER (upright_player_get_type ())

G_DECLARE_FINAL_TYPE (UprightPlayer, upright_player, UPRIGHT, PLAYER, GObject)

GQuark              upright_player_error_quark        (void);
GType               upright_player_state_get_type     (void) G_GNUC_CONST;

UprightPlayer      *upright_player_new                (void);
void                upright_player_set_uri            (UprightPlayer *self,
                                                       const char    *uri);
const char         *upright_player_get_uri            (UprightPlayer *self);
void                upright_player_play               (UprightPlayer *self);
void                upright_player_pause              (UprightPlayer *self);
void                upright_player_stop               (UprightPlayer *self);
void                upright_player_seek               (UprightPlayer *self,
                                                       gint64         position_ns);
void                upright_player_restart            (UprightPlayer *self);
void                upright_player_step               (UprightPlayer *self,
                                                       int            frames);
void                upright_player_set_rate           (UprightPlayer *self,
                                                       double         rate);
double              upright_player_get_rate           (UprightPlayer *self);
void                upright_player_set_loop           (UprightPlayer *self,
                                                       gboolean       loop);
gboolean            upright_player_get_loop           (UprightPlayer *self);
void                upright_player_set_muted          (UprightPlayer *self,
                                                       gboolean       muted);
gboolean            upright_player_get_muted          (UprightPlayer *self);
UprightPlayerState  upright_player_get_state          (UprightPlayer *self);
gint64              upright_player_get_position       (UprightPlayer *self);
gint64              upright_player_get_duration       (UprightPlayer *self);
const GError       *upright_player_get_error          (UprightPlayer *self);
GdkPaintable       *upright_player_get_paintable      (UprightPlayer *self);
gint64              upright_player_get_frame_duration (UprightPlayer *self);

G_END_DECLS
