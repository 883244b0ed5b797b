/* upright-pose-script.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Body proportions as fractions of standing height (Drillis and Contini,
 * 1966, as tabulated by Winter). */
#define UPRIGHT_FIGURE_UPPER_ARM     0.186
#define UPRIGHT_FIGURE_FOREARM       0.146
#define UPRIGHT_FIGURE_HAND          0.108
#define UPRIGHT_FIGURE_THIGH         0.245
#define UPRIGHT_FIGURE_SHANK         0.246
#define UPRIGHT_FIGURE_ANKLE_HEIGHT  0.039
#define UPRIGHT_FIGURE_PELVIS_LENGTH 0.10
#define UPRIGHT_FIGURE_CHEST_LENGTH  0.19
#define UPRIGHT_FIGURE_NECK_LENGTH   0.06
#define UPRIGHT_FIGURE_HEAD_RADIUS   0.062
/* Half the hip width and half the shoulder width: how far the left and
 * right limbs lie from the body's middle plane. */
#define UPRIGHT_FIGURE_HIP_HALF      0.0955
#define UPRIGHT_FIGURE_SHOULDER_HALF 0.1295

/**
 * UprightPoseValue:
 *
 * The numbers of a pose: where the pelvis is, and the angles of the joints
 * in degrees. `turn` turns the whole body about its long axis: 0 faces
 * right in a side view, 180 faces left, 90 faces the viewer.
 */
typedef enum {
  UPRIGHT_POSE_X, UPRIGHT_POSE_Y, UPRIGHT_POSE_PELVIS, UPRIGHT_POSE_TRUNK, UPRIGHT_POSE_NECK,
  UPRIGHT_POSE_HEAD, UPRIGHT_POSE_SCAPULA,
  UPRIGHT_POSE_SHOULDER_L, UPRIGHT_POSE_SHOULDER_R, UPRIGHT_POSE_ELBOW_L, UPRIGHT_POSE_ELBOW_R,
  UPRIGHT_POSE_WRIST_L, UPRIGHT_POSE_WRIST_R, UPRIGHT_POSE_FINGERS_L, UPRIGHT_POSE_FINGERS_R,
  UPRIGHT_POSE_HIP_L, UPRIGHT_POSE_HIP_R, UPRIGHT_POSE_KNEE_L, UPRIGHT_POSE_KNEE_R,
  UPRIGHT_POSE_ANKLE_L, UPRIGHT_POSE_ANKLE_R, UPRIGHT_POSE_SOLE_L, UPRIGHT_POSE_SOLE_R,
  UPRIGHT_POSE_TURN,
  UPRIGHT_POSE_N_VALUES
} UprightPoseValue;

/**
 * UprightPoseTarget:
 *
 * A foot or a hand placed at a point, so that it stays there while the
 * rest of the body moves.
 */
typedef enum {
  UPRIGHT_POSE_FOOT_L, UPRIGHT_POSE_FOOT_R, UPRIGHT_POSE_HAND_L, UPRIGHT_POSE_HAND_R,
  UPRIGHT_POSE_N_TARGETS
} UprightPoseTarget;

typedef struct {
  double   v[UPRIGHT_POSE_N_VALUES];
  gboolean has_target[UPRIGHT_POSE_N_TARGETS];
  double   target[UPRIGHT_POSE_N_TARGETS][2];
} UprightPose;

typedef enum {
  UPRIGHT_PROP_CHAIR, UPRIGHT_PROP_WALL, UPRIGHT_PROP_COUNTER, UPRIGHT_PROP_BAND, UPRIGHT_PROP_BALL,
  UPRIGHT_PROP_MAT, UPRIGHT_PROP_STEP, UPRIGHT_PROP_PILLOW, UPRIGHT_PROP_STICK, UPRIGHT_PROP_WEIGHT,
  UPRIGHT_PROP_DOOR, UPRIGHT_PROP_BED, UPRIGHT_PROP_TABLE,
  UPRIGHT_N_PROP_TYPES
} UprightPropType;

/**
 * UprightProp:
 * @hand: for a ball or a weight, the hand holding it (0 left, 1 right)
 * @hands: for a stick, the hands that must hold it, one bit per side
 *
 * Something in the scene. Lengths are fractions of the figure's height.
 */
typedef struct {
  UprightPropType type;
  double          x, y, width, height, depth, facing, radius, seat, back;
  gboolean        rail;
  int             hand;
  guint           hands;
} UprightProp;

typedef struct {
  double x, y;
} UprightPoint;

/**
 * UprightFigure:
 *
 * Where forward kinematics put every part of the figure, in the side
 * view's plane (x forward, y up) before the body turns; index 0 is the
 * left side and 1 the right. The left limbs lie
 * %UPRIGHT_FIGURE_HIP_HALF or %UPRIGHT_FIGURE_SHOULDER_HALF behind that
 * plane, the right ones in front of it.
 */
typedef struct {
  UprightPoint pelvis, waist, chest, neck_base, neck_top, head;
  double       a_pelvis, a_chest, a_head;
  UprightPoint hip[2], knee[2], ankle[2], heel[2], toe[2];
  double       a_foot[2];
  UprightPoint shoulder[2], elbow[2], wrist[2], palm[2], fingertip[2];
} UprightFigure;

/**
 * UprightCaption:
 * @time: when the caption starts, in seconds from the start of the loop
 * @text: what it says
 *
 * A cue shown over a demonstration.
 */
typedef struct {
  double  time;
  char   *text;
} UprightCaption;

#define UPRIGHT_POSE_SCRIPT_ERROR (upright_pose_script_error_quark ())

typedef enum {
  UPRIGHT_POSE_SCRIPT_ERROR_INVALID,
  UPRIGHT_POSE_SCRIPT_ERROR_CONSTRAINT,
} UprightPoseScriptError;

GQuark upright_pose_script_error_quark (void);

#define UPRIGHT_TYPE_POSE_SCRIPT (upright_pose_script_get_type ())

G_DECLARE_FINAL_TYPE (UprightPoseScript, upright_pose_script, UPRIGHT, POSE_SCRIPT, GObject)

UprightPoseScript  *upright_pose_script_new_from_bytes (GBytes             *bytes,
                                                        GError            **error);
UprightPoseScript  *upright_pose_script_new_from_file  (GFile              *file,
                                                        GError            **error);

double              upright_pose_script_get_duration   (UprightPoseScript  *self);
guint               upright_pose_script_get_n_parts    (UprightPoseScript  *self);
UprightPoseScript  *upright_pose_script_get_part_at    (UprightPoseScript  *self,
                                                        double              t,
                                                        double             *part_t);
gboolean            upright_pose_script_is_front       (UprightPoseScript  *self);
gboolean            upright_pose_script_get_face       (UprightPoseScript  *self);
gboolean            upright_pose_script_get_mirror     (UprightPoseScript  *self);
double              upright_pose_script_get_travel     (UprightPoseScript  *self);
gboolean            upright_pose_script_get_focus      (UprightPoseScript  *self,
                                                        double             *x,
                                                        double             *y,
                                                        double             *size);
guint               upright_pose_script_get_n_props    (UprightPoseScript  *self);
const UprightProp  *upright_pose_script_get_prop       (UprightPoseScript  *self,
                                                        guint               index);
GArray             *upright_pose_script_get_captions   (UprightPoseScript  *self);
const char         *upright_pose_script_get_caption_at (UprightPoseScript  *self,
                                                        double              t);

void                upright_pose_script_pose_at        (UprightPoseScript  *self,
                                                        double              t,
                                                        UprightPose        *pose);
void                upright_pose_script_figure_at      (UprightPoseScript  *self,
                                                        double              t,
                                                        UprightPose        *pose,
                                                        UprightFigure      *figure);
void                upright_pose_script_get_bounds     (UprightPoseScript  *self,
                                                        double             *x0,
                                                        double             *y0,
                                                        double             *x1,
                                                        double             *y1);
gboolean            upright_pose_script_check          (UprightPoseScript  *self,
                                                        GError            **error);

void                upright_figure_get_stick           (const UprightFigure *figure,
                                                        UprightPoint        *low,
                                                        UprightPoint        *high);
void                upright_figure_turn_point          (const UprightFigure *figure,
                                                        double               turn,
                                                        UprightPoint         point,
                                                        double               lateral,
                                                        UprightPoint        *out,
                                                        double              *depth);

G_END_DECLS
