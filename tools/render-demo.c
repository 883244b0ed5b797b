/* render-demo.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Renders an exercise demonstration from its pose script to a looping WebM
 * video, at build time and without a display.
 *
 *   render-demo SCRIPT.json OUT.webm            render the whole loop
 *   render-demo --check SCRIPT.json             only validate the script
 *   render-demo --frame T SCRIPT.json OUT.png   one frame at T seconds
 *   render-demo --sheet N SCRIPT.json OUT.png   N frames spread over the loop
 *   --captions                                  draw the caption cues too
 *
 * The pose script
 * ---------------
 * {
 *   "format": "upright-demo", "version": 1,
 *   "view": "side" | "front",
 *   "duration": 6 to 15 (seconds of one loop),
 *   "grounded": true,              (optional: keep the lowest foot on the floor)
 *   "camera": {"x": 0, "y": 0.6, "zoom": 1},            (optional)
 *   "props": [{"type": "chair", "x": 0.1, ...}, ...],
 *   "keyframes": [{"t": 0, "pose": {...}}, ...],
 *   "captions": [{"t": 0, "text": "Sit tall"}, ...]
 * }
 *
 * Lengths are fractions of the figure's standing height, measured from the
 * floor (y up) and from the middle of the picture (x). The side view shows
 * the figure facing right, with its right side nearest the viewer. The front
 * view shows the frontal plane from behind the figure, so what the figure
 * faces (a chair back, a counter) is drawn behind it and its left side is on
 * the left of the picture.
 *
 * A pose is a set of numbers. Each keyframe starts from the one before it, so
 * it only names what changes; the first starts from standing tall.
 *   x, y                 the pelvis (midway between the hip joints)
 *   pelvis               lean of the pelvis from upright: forward (side view)
 *                        or towards the right (front view), in degrees
 *   trunk                chest relative to pelvis: flexion (+) or extension
 *   neck, head           neck relative to chest, head relative to neck
 *   scapula              shoulder blades drawn back (retraction)
 *   shoulder_l/_r        flexion (side view) or abduction (front view)
 *   elbow_l/_r, wrist_l/_r, fingers_l/_r     flexion
 *   hip_l/_r             flexion (side view) or abduction (front view)
 *   knee_l/_r            flexion
 *   ankle_l/_r           dorsiflexion (+, toes up) or plantar flexion (-)
 *   foot_l/_r, hand_l/_r [x, y] where the ankle or wrist should be, or null;
 *                        the hip and knee (or shoulder and elbow) angles then
 *                        follow from the limb's length, so a planted foot or
 *                        a hand on a wall stays put between keyframes
 *   sole_l/_r            angle of a placed foot's sole from the floor
 *   turn                 turning round on the spot, in degrees: 180 faces
 *                        the other way
 * Between keyframes every value eases in and out; after the last keyframe
 * the loop eases back to the first.
 *
 * Props: chair (x: front of the seat, facing, seat, back), wall (x, facing),
 * counter (x: its edge, facing, height, depth), band (x, y: where it is
 * fixed; it runs to both hands), ball (hand: "l" or "r", radius), mat (x,
 * width), step (x: its front, facing, height, depth, rail), pillow (x, y,
 * width, height), stick (held along the back), weight (hand), door (x:
 * the post of a door frame, width, height), bed (x: its foot end, width,
 * height of the mattress).
 */

#include "config.h"

#include <cairo.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <gst/app/gstappsrc.h>
#include <gst/gst.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

/* GTK defines these; a build tool without GTK needs its own. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (cairo_pattern_t, cairo_pattern_destroy)

#define WIDTH 640
#define HEIGHT 480
#define FPS 30
#define PX_PER_HEIGHT 300.0

/* Body proportions as fractions of standing height (Drillis and Contini). */
#define UPPER_ARM 0.186
#define FOREARM 0.146
#define HAND 0.108
#define THIGH 0.245
#define SHANK 0.246
#define ANKLE_HEIGHT 0.039
#define PELVIS_LENGTH 0.10
#define CHEST_LENGTH 0.19
#define NECK_LENGTH 0.06
#define HEAD_RADIUS 0.062

typedef enum {
  V_X, V_Y, V_PELVIS, V_TRUNK, V_NECK, V_HEAD, V_SCAPULA,
  V_SHOULDER_L, V_SHOULDER_R, V_ELBOW_L, V_ELBOW_R, V_WRIST_L, V_WRIST_R,
  V_FINGERS_L, V_FINGERS_R, V_HIP_L, V_HIP_R, V_KNEE_L, V_KNEE_R,
  V_ANKLE_L, V_ANKLE_R, V_SOLE_L, V_SOLE_R, V_TURN,
  N_VALUES
} ValueId;

static const char * const value_names[N_VALUES] = {
  "x", "y", "pelvis", "trunk", "neck", "head", "scapula",
  "shoulder_l", "shoulder_r", "elbow_l", "elbow_r", "wrist_l", "wrist_r",
  "fingers_l", "fingers_r", "hip_l", "hip_r", "knee_l", "knee_r",
  "ankle_l", "ankle_r", "sole_l", "sole_r", "turn",
};

typedef enum { T_FOOT_L, T_FOOT_R, T_HAND_L, T_HAND_R, N_TARGETS } TargetId;

static const char * const target_names[N_TARGETS] = {
  "foot_l", "foot_r", "hand_l", "hand_r",
};

typedef struct {
  double v[N_VALUES];
  gboolean has_target[N_TARGETS];
  double target[N_TARGETS][2];
} Pose;

typedef struct {
  double t;
  Pose pose;
} Keyframe;

typedef struct {
  double t;
  char *text;
} Caption;

typedef enum {
  PROP_CHAIR, PROP_WALL, PROP_COUNTER, PROP_BAND, PROP_BALL, PROP_MAT,
  PROP_STEP, PROP_PILLOW, PROP_STICK, PROP_WEIGHT, PROP_DOOR, PROP_BED, N_PROP_TYPES
} PropType;

static const char * const prop_names[N_PROP_TYPES] = {
  "chair", "wall", "counter", "band", "ball", "mat", "step", "pillow",
  "stick", "weight", "door", "bed",
};

typedef struct {
  PropType type;
  double x, y, width, height, depth, facing, radius, seat, back;
  gboolean rail;
  int hand;
} Prop;

typedef struct {
  gboolean front;
  gboolean face;
  gboolean grounded;
  double travel;
  double duration;
  double cam_x, cam_y, zoom;
  GArray *props;      /* Prop */
  GArray *keyframes;  /* Keyframe */
  GArray *captions;   /* Caption */
} Script;

typedef struct {
  double x, y;
} Point;

/* Where forward kinematics put every part of the figure. Index 0 is the
 * left side and 1 the right. */
typedef struct {
  Point pelvis, waist, chest, neck_base, neck_top, head;
  double a_pelvis, a_chest, a_head;
  Point hip[2], knee[2], ankle[2], heel[2], toe[2];
  double a_foot[2];
  Point shoulder[2], elbow[2], wrist[2], palm[2], fingertip[2];
} Figure;

static void
script_free (Script *script)
{
  if (script == NULL)
    return;
  g_clear_pointer (&script->props, g_array_unref);
  g_clear_pointer (&script->keyframes, g_array_unref);
  if (script->captions != NULL)
    {
      for (guint i = 0; i < script->captions->len; i++)
        g_free (g_array_index (script->captions, Caption, i).text);
      g_array_unref (script->captions);
    }
  g_free (script);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Script, script_free)

/* Validation */

static gboolean G_GNUC_PRINTF (3, 4)
fail (GError    **error,
      const char *field,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s: %s", field, message);
  return FALSE;
}

static gboolean
node_is_number (JsonNode *node)
{
  GType type;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  type = json_node_get_value_type (node);
  return type == G_TYPE_INT64 || type == G_TYPE_DOUBLE;
}

static gboolean
read_number (JsonObject *object,
             const char *member,
             const char *field,
             gboolean    required,
             double      fallback,
             double     *out,
             GError    **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL && !required)
    {
      *out = fallback;
      return TRUE;
    }
  if (node == NULL)
    return fail (error, field, "missing");
  if (!node_is_number (node))
    return fail (error, field, "must be a number");
  *out = json_node_get_double (node);
  if (!isfinite (*out))
    return fail (error, field, "must be a finite number");
  return TRUE;
}

static gboolean
read_array (JsonObject  *object,
            const char  *member,
            JsonArray  **out,
            GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL)
    return fail (error, member, "missing");
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail (error, member, "must be a list");
  *out = json_node_get_array (node);
  return TRUE;
}

static gboolean
check_members (JsonObject         *object,
               const char         *where,
               const char * const *allowed,
               GError            **error)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    {
      if (!g_strv_contains (allowed, l->data))
        {
          g_autofree char *field = *where ? g_strdup_printf ("%s.%s", where, (char *) l->data)
                                          : g_strdup (l->data);
          return fail (error, field, "unknown field");
        }
    }
  return TRUE;
}

static void
pose_init_standing (Pose *pose)
{
  memset (pose, 0, sizeof *pose);
  pose->v[V_Y] = 0.530;
}

static gboolean
read_pose (JsonObject *object,
           const char *where,
           Pose       *pose,
           GError    **error)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;
      JsonNode *node = json_object_get_member (object, name);
      g_autofree char *field = g_strdup_printf ("%s.%s", where, name);
      gboolean known = FALSE;

      for (guint i = 0; i < N_VALUES && !known; i++)
        {
          if (!g_str_equal (name, value_names[i]))
            continue;
          known = TRUE;
          if (!node_is_number (node))
            return fail (error, field, "must be a number");
          pose->v[i] = json_node_get_double (node);
          if (i != V_X && i != V_Y && fabs (pose->v[i]) > 360)
            return fail (error, field, "%g is not an angle in degrees", pose->v[i]);
        }

      for (guint i = 0; i < N_TARGETS && !known; i++)
        {
          JsonArray *array;

          if (!g_str_equal (name, target_names[i]))
            continue;
          known = TRUE;
          if (JSON_NODE_HOLDS_NULL (node))
            {
              pose->has_target[i] = FALSE;
              continue;
            }
          if (!JSON_NODE_HOLDS_ARRAY (node) ||
              json_array_get_length (array = json_node_get_array (node)) != 2 ||
              !node_is_number (json_array_get_element (array, 0)) ||
              !node_is_number (json_array_get_element (array, 1)))
            return fail (error, field, "must be [x, y] or null");
          pose->has_target[i] = TRUE;
          pose->target[i][0] = json_array_get_double_element (array, 0);
          pose->target[i][1] = json_array_get_double_element (array, 1);
        }

      if (!known)
        return fail (error, field, "unknown joint");
    }
  return TRUE;
}

static gboolean
read_prop (JsonObject *object,
           const char *where,
           Prop       *prop,
           GError    **error)
{
  static const char * const allowed[] = {
    "type", "x", "y", "width", "height", "depth", "facing", "radius", "seat",
    "back", "rail", "hand", NULL,
  };
  static const struct {
    const char *name;
    gsize offset;
  } numbers[] = {
    { "x", G_STRUCT_OFFSET (Prop, x) },
    { "y", G_STRUCT_OFFSET (Prop, y) },
    { "width", G_STRUCT_OFFSET (Prop, width) },
    { "height", G_STRUCT_OFFSET (Prop, height) },
    { "depth", G_STRUCT_OFFSET (Prop, depth) },
    { "facing", G_STRUCT_OFFSET (Prop, facing) },
    { "radius", G_STRUCT_OFFSET (Prop, radius) },
    { "seat", G_STRUCT_OFFSET (Prop, seat) },
    { "back", G_STRUCT_OFFSET (Prop, back) },
  };
  /* Everyday sizes: a dining chair, a kitchen counter, a bottom stair. */
  static const double defaults[N_PROP_TYPES][9] = {
    /*               x  y  width height depth facing radius seat  back */
    [PROP_CHAIR] =   { 0, 0, 0.27, 0,    0.26, 1,     0,     0.27, 0.52 },
    [PROP_WALL] =    { 0, 0, 0,    0,    0,    1,     0,     0,    0 },
    [PROP_COUNTER] = { 0, 0, 0.3,  0.55, 0.36, 1,     0,     0,    0 },
    [PROP_BAND] =    { 0, 0, 0,    0,    0,    1,     0,     0,    0 },
    [PROP_BALL] =    { 0, 0, 0,    0,    0,    1,     0.035, 0,    0 },
    [PROP_MAT] =     { 0, 0, 1.2,  0.012, 0,   1,     0,     0,    0 },
    [PROP_STEP] =    { 0, 0, 0,    0.11, 0.2,  1,     0,     0,    0 },
    [PROP_PILLOW] =  { 0, 0, 0.2,  0.06, 0,    1,     0,     0,    0 },
    [PROP_STICK] =   { 0, 0, 0,    0,    0,    1,     0,     0,    0 },
    [PROP_WEIGHT] =  { 0, 0, 0,    0,    0,    1,     0,     0,    0 },
    [PROP_DOOR] =    { 0, 0, 0.06, 1.2,  0,    1,     0,     0,    0 },
    [PROP_BED] =     { 0, 0, 1.1,  0.3,  0,    1,     0,     0,    0 },
  };
  g_autofree char *type_field = g_strdup_printf ("%s.type", where);
  const char *type;
  JsonNode *node;

  if (!check_members (object, where, allowed, error))
    return FALSE;

  node = json_object_get_member (object, "type");
  if (node == NULL)
    return fail (error, type_field, "missing");
  type = json_node_get_string (node);
  prop->type = N_PROP_TYPES;
  for (guint i = 0; type != NULL && i < N_PROP_TYPES; i++)
    if (g_str_equal (type, prop_names[i]))
      prop->type = i;
  if (prop->type == N_PROP_TYPES)
    return fail (error, type_field, "must be one of chair, wall, counter, band, ball, mat, step, pillow, stick, weight, door or bed");

  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      g_autofree char *field = g_strdup_printf ("%s.%s", where, numbers[i].name);

      if (!read_number (object, numbers[i].name, field, FALSE, defaults[prop->type][i],
                        G_STRUCT_MEMBER_P (prop, numbers[i].offset), error))
        return FALSE;
    }

  prop->rail = json_object_has_member (object, "rail") &&
               json_object_get_boolean_member (object, "rail");
  prop->hand = -1;
  if (json_object_has_member (object, "hand"))
    {
      const char *hand = json_object_get_string_member (object, "hand");

      if (g_strcmp0 (hand, "l") == 0)
        prop->hand = 0;
      else if (g_strcmp0 (hand, "r") == 0)
        prop->hand = 1;
      else
        {
          g_autofree char *field = g_strdup_printf ("%s.hand", where);
          return fail (error, field, "must be \"l\" or \"r\"");
        }
    }
  if ((prop->type == PROP_BALL || prop->type == PROP_WEIGHT) && prop->hand < 0)
    {
      g_autofree char *field = g_strdup_printf ("%s.hand", where);
      return fail (error, field, "missing");
    }
  return TRUE;
}

static Script *
script_load (const char  *path,
             GError     **error)
{
  static const char * const allowed[] = {
    "format", "version", "view", "duration", "grounded", "travel", "face",
    "camera", "props", "keyframes", "captions", NULL,
  };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(Script) script = g_new0 (Script, 1);
  g_autoptr(GError) local_error = NULL;
  JsonObject *root;
  JsonArray *array;
  JsonNode *node;
  double version;
  Pose pose;

  script->props = g_array_new (FALSE, TRUE, sizeof (Prop));
  script->keyframes = g_array_new (FALSE, TRUE, sizeof (Keyframe));
  script->captions = g_array_new (FALSE, TRUE, sizeof (Caption));
  script->zoom = 1;
  script->cam_y = 0.6;

  if (!json_parser_load_from_file (parser, path, &local_error))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s: %s", path, local_error->message);
      return NULL;
    }

#define CHECK(call) G_STMT_START { if (!(call)) goto invalid; } G_STMT_END

  node = json_parser_get_root (parser);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (&local_error, "(top level)", "must be an object");
      goto invalid;
    }
  root = json_node_get_object (node);
  CHECK (check_members (root, "", allowed, &local_error));

  if (g_strcmp0 (json_object_get_string_member_with_default (root, "format", NULL), "upright-demo") != 0)
    {
      fail (&local_error, "format", "must be \"upright-demo\"");
      goto invalid;
    }
  CHECK (read_number (root, "version", "version", TRUE, 0, &version, &local_error));
  if (version != 1)
    {
      fail (&local_error, "version", "this renderer reads version 1, not %g", version);
      goto invalid;
    }

  node = json_object_get_member (root, "view");
  if (node == NULL)
    {
      fail (&local_error, "view", "missing");
      goto invalid;
    }
  if (g_strcmp0 (json_node_get_string (node), "front") == 0)
    script->front = TRUE;
  else if (g_strcmp0 (json_node_get_string (node), "side") != 0)
    {
      fail (&local_error, "view", "must be \"side\" or \"front\"");
      goto invalid;
    }

  CHECK (read_number (root, "duration", "duration", TRUE, 0, &script->duration, &local_error));
  if (script->duration < 6 || script->duration > 15)
    {
      fail (&local_error, "duration", "must be 6 to 15 seconds, not %g", script->duration);
      goto invalid;
    }

  script->grounded = json_object_get_boolean_member_with_default (root, "grounded", FALSE);
  script->face = json_object_get_boolean_member_with_default (root, "face", FALSE);
  CHECK (read_number (root, "travel", "travel", FALSE, 0, &script->travel, &local_error));

  if ((node = json_object_get_member (root, "camera")) != NULL)
    {
      static const char * const camera_allowed[] = { "x", "y", "zoom", NULL };
      JsonObject *camera;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          fail (&local_error, "camera", "must be an object");
          goto invalid;
        }
      camera = json_node_get_object (node);
      CHECK (check_members (camera, "camera", camera_allowed, &local_error));
      CHECK (read_number (camera, "x", "camera.x", FALSE, 0, &script->cam_x, &local_error));
      CHECK (read_number (camera, "y", "camera.y", FALSE, 0.6, &script->cam_y, &local_error));
      CHECK (read_number (camera, "zoom", "camera.zoom", FALSE, 1, &script->zoom, &local_error));
      if (script->zoom < 0.5 || script->zoom > 4)
        {
          fail (&local_error, "camera.zoom", "must be 0.5 to 4");
          goto invalid;
        }
    }

  CHECK (read_array (root, "props", &array, &local_error));
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *where = g_strdup_printf ("props[%u]", i);
      JsonNode *element = json_array_get_element (array, i);
      Prop prop = { 0 };

      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          fail (&local_error, where, "must be an object");
          goto invalid;
        }
      CHECK (read_prop (json_node_get_object (element), where, &prop, &local_error));
      g_array_append_val (script->props, prop);
    }

  CHECK (read_array (root, "keyframes", &array, &local_error));
  if (json_array_get_length (array) < 2)
    {
      fail (&local_error, "keyframes", "needs at least two keyframes");
      goto invalid;
    }
  pose_init_standing (&pose);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      static const char * const keyframe_allowed[] = { "t", "pose", NULL };
      g_autofree char *where = g_strdup_printf ("keyframes[%u]", i);
      g_autofree char *t_field = g_strdup_printf ("%s.t", where);
      g_autofree char *pose_field = g_strdup_printf ("%s.pose", where);
      JsonNode *element = json_array_get_element (array, i);
      JsonObject *object;
      Keyframe keyframe;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          fail (&local_error, where, "must be an object");
          goto invalid;
        }
      object = json_node_get_object (element);
      CHECK (check_members (object, where, keyframe_allowed, &local_error));
      CHECK (read_number (object, "t", t_field, TRUE, 0, &keyframe.t, &local_error));
      if (i == 0 && keyframe.t != 0)
        {
          fail (&local_error, t_field, "the first keyframe must be at 0 seconds");
          goto invalid;
        }
      if (i > 0 && keyframe.t <= g_array_index (script->keyframes, Keyframe, i - 1).t)
        {
          fail (&local_error, t_field, "keyframe times must increase (%g comes after %g)",
                keyframe.t, g_array_index (script->keyframes, Keyframe, i - 1).t);
          goto invalid;
        }
      if (keyframe.t >= script->duration)
        {
          fail (&local_error, t_field, "must be less than the duration, %g", script->duration);
          goto invalid;
        }
      node = json_object_get_member (object, "pose");
      if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
        {
          fail (&local_error, pose_field, node == NULL ? "missing" : "must be an object");
          goto invalid;
        }
      CHECK (read_pose (json_node_get_object (node), pose_field, &pose, &local_error));
      keyframe.pose = pose;
      g_array_append_val (script->keyframes, keyframe);
    }

  CHECK (read_array (root, "captions", &array, &local_error));
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      static const char * const caption_allowed[] = { "t", "text", NULL };
      g_autofree char *where = g_strdup_printf ("captions[%u]", i);
      g_autofree char *t_field = g_strdup_printf ("%s.t", where);
      g_autofree char *text_field = g_strdup_printf ("%s.text", where);
      JsonNode *element = json_array_get_element (array, i);
      JsonObject *object;
      Caption caption;
      const char *text;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          fail (&local_error, where, "must be an object");
          goto invalid;
        }
      object = json_node_get_object (element);
      CHECK (check_members (object, where, caption_allowed, &local_error));
      CHECK (read_number (object, "t", t_field, TRUE, 0, &caption.t, &local_error));
      if (caption.t < 0 || caption.t >= script->duration ||
          (i > 0 && caption.t <= g_array_index (script->captions, Caption, i - 1).t))
        {
          fail (&local_error, t_field, "caption times must increase and lie within the duration");
          goto invalid;
        }
      node = json_object_get_member (object, "text");
      text = node != NULL && JSON_NODE_HOLDS_VALUE (node) ? json_node_get_string (node) : NULL;
      if (text == NULL || *text == '\0')
        {
          fail (&local_error, text_field, node == NULL ? "missing" : "must be a non-empty string");
          goto invalid;
        }
      caption.text = g_strdup (text);
      g_array_append_val (script->captions, caption);
    }

#undef CHECK

  return g_steal_pointer (&script);

invalid:
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s: %s", path, local_error->message);
  return NULL;
}

/* Kinematics. Angles are in degrees in the script and in radians here,
 * measured anticlockwise from the +x axis of the picture. */

static double
rad (double degrees)
{
  return degrees * G_PI / 180.0;
}

static Point
along (Point  from,
       double angle,
       double length)
{
  return (Point) { from.x + cos (angle) * length, from.y + sin (angle) * length };
}

static double
ease (double s)
{
  return (1 - cos (G_PI * s)) / 2;
}

/* Places a two-segment limb from @root so that its end reaches @target, or
 * as near as it can. @bend is +1 when the middle joint lies anticlockwise
 * of the line from root to target (a knee in the side view), -1 when it lies
 * clockwise (an elbow). Returns the direction of the first segment. */
static double
solve_limb (Point  root,
            Point  target,
            double first,
            double second,
            double bend)
{
  double dx = target.x - root.x, dy = target.y - root.y;
  double distance = CLAMP (hypot (dx, dy), fabs (first - second) + 1e-6, first + second - 1e-6);
  double inner = acos (CLAMP ((first * first + distance * distance - second * second) /
                              (2 * first * distance), -1, 1));

  return atan2 (dy, dx) + bend * inner;
}

static void
place_leg (Figure     *figure,
           const Pose *pose,
           gboolean    front,
           int         side)
{
  double mirror = side == 0 ? -1 : 1;
  double a_thigh, a_shank, a_foot;
  Point hip = figure->hip[side];

  if (pose->has_target[T_FOOT_L + side])
    {
      Point target = { pose->target[T_FOOT_L + side][0], pose->target[T_FOOT_L + side][1] };

      if (front)
        {
          /* A bent knee points at the viewer in the front view: the leg
           * just looks shorter. */
          double length = MIN (hypot (target.x - hip.x, target.y - hip.y), THIGH + SHANK);
          double a = atan2 (target.y - hip.y, target.x - hip.x);

          figure->knee[side] = along (hip, a, length * THIGH / (THIGH + SHANK));
          figure->ankle[side] = along (hip, a, length);
          a_foot = a + G_PI / 2;
        }
      else
        {
          a_thigh = solve_limb (hip, target, THIGH, SHANK, 1);
          figure->knee[side] = along (hip, a_thigh, THIGH);
          a_shank = atan2 (target.y - figure->knee[side].y, target.x - figure->knee[side].x);
          figure->ankle[side] = along (figure->knee[side], a_shank, SHANK);
          a_foot = rad (pose->v[V_SOLE_L + side]);
        }
    }
  else if (front)
    {
      a_thigh = figure->a_pelvis + G_PI + mirror * rad (pose->v[V_HIP_L + side]);
      a_shank = a_thigh - mirror * rad (pose->v[V_KNEE_L + side]);
      figure->knee[side] = along (hip, a_thigh, THIGH);
      figure->ankle[side] = along (figure->knee[side], a_shank, SHANK);
      a_foot = a_shank + G_PI / 2;
    }
  else
    {
      a_thigh = figure->a_pelvis + G_PI + rad (pose->v[V_HIP_L + side]);
      a_shank = a_thigh - rad (pose->v[V_KNEE_L + side]);
      figure->knee[side] = along (hip, a_thigh, THIGH);
      figure->ankle[side] = along (figure->knee[side], a_shank, SHANK);
      a_foot = a_shank + G_PI / 2 + rad (pose->v[V_ANKLE_L + side]);
    }

  figure->a_foot[side] = a_foot;
  if (front)
    {
      /* Seen from behind, a foot is a heel with the toes beyond it. */
      figure->heel[side] = along (figure->ankle[side], a_foot - G_PI / 2, ANKLE_HEIGHT);
      figure->toe[side] = figure->heel[side];
    }
  else
    {
      Point sole = along (figure->ankle[side], a_foot - G_PI / 2, ANKLE_HEIGHT);

      figure->heel[side] = along (sole, a_foot + G_PI, 0.035);
      figure->toe[side] = along (sole, a_foot, 0.117);
    }
}

static void
place_arm (Figure     *figure,
           const Pose *pose,
           gboolean    front,
           int         side)
{
  double mirror = side == 0 ? -1 : 1;
  double a_arm, a_fore, a_hand;
  Point shoulder = figure->shoulder[side];

  if (pose->has_target[T_HAND_L + side])
    {
      Point target = { pose->target[T_HAND_L + side][0], pose->target[T_HAND_L + side][1] };

      if (front)
        {
          double length = MIN (hypot (target.x - shoulder.x, target.y - shoulder.y), UPPER_ARM + FOREARM);

          a_arm = atan2 (target.y - shoulder.y, target.x - shoulder.x);
          figure->elbow[side] = along (shoulder, a_arm, length * UPPER_ARM / (UPPER_ARM + FOREARM));
          figure->wrist[side] = along (shoulder, a_arm, length);
          a_fore = a_arm;
        }
      else
        {
          a_arm = solve_limb (shoulder, target, UPPER_ARM, FOREARM, -1);
          figure->elbow[side] = along (shoulder, a_arm, UPPER_ARM);
          a_fore = atan2 (target.y - figure->elbow[side].y, target.x - figure->elbow[side].x);
          figure->wrist[side] = along (figure->elbow[side], a_fore, FOREARM);
        }
    }
  else
    {
      double m = front ? mirror : 1;

      a_arm = figure->a_chest + G_PI + m * rad (pose->v[V_SHOULDER_L + side]);
      a_fore = a_arm + m * rad (pose->v[V_ELBOW_L + side]);
      figure->elbow[side] = along (shoulder, a_arm, UPPER_ARM);
      figure->wrist[side] = along (figure->elbow[side], a_fore, FOREARM);
    }

  /* A hand placed on something keeps its own angle (flat on a counter,
   * upright on a wall) whatever the forearm does. */
  if (pose->has_target[T_HAND_L + side] && !front)
    a_hand = rad (pose->v[V_WRIST_L + side]);
  else
    a_hand = a_fore + (front ? mirror : 1) * rad (pose->v[V_WRIST_L + side]);
  figure->palm[side] = along (figure->wrist[side], a_hand, HAND * 0.5);
  figure->fingertip[side] = along (figure->palm[side],
                                   a_hand + (front ? mirror : 1) * rad (pose->v[V_FINGERS_L + side]),
                                   HAND * 0.45);
}

static void
figure_shift (Figure *figure,
              double  dx,
              double  dy)
{
  /* The Points of the struct lie in three runs between its angles. */
  for (Point *p = &figure->pelvis; p <= &figure->head; p++)
    p->x += dx, p->y += dy;
  for (Point *p = &figure->hip[0]; p <= &figure->toe[1]; p++)
    p->x += dx, p->y += dy;
  for (Point *p = &figure->shoulder[0]; p <= &figure->fingertip[1]; p++)
    p->x += dx, p->y += dy;
}

static void
figure_place (Figure     *figure,
              const Pose *pose,
              gboolean    front,
              gboolean    grounded)
{
  double retraction = sin (rad (pose->v[V_SCAPULA]));
  double a_neck;

  memset (figure, 0, sizeof *figure);
  figure->pelvis = (Point) { pose->v[V_X], pose->v[V_Y] };
  figure->a_pelvis = G_PI / 2 - rad (pose->v[V_PELVIS]);
  figure->a_chest = figure->a_pelvis - rad (pose->v[V_TRUNK]);
  a_neck = figure->a_chest - rad (pose->v[V_NECK]);
  figure->a_head = a_neck - rad (pose->v[V_HEAD]);

  figure->waist = along (figure->pelvis, figure->a_pelvis, PELVIS_LENGTH);
  figure->chest = along (figure->waist, figure->a_chest, CHEST_LENGTH);
  figure->neck_base = along (figure->chest, figure->a_chest, 0.02);
  figure->neck_top = along (figure->neck_base, a_neck, NECK_LENGTH);
  figure->head = along (figure->neck_top, figure->a_head, HEAD_RADIUS * 0.8);

  for (int side = 0; side < 2; side++)
    {
      double mirror = side == 0 ? -1 : 1;

      if (front)
        {
          figure->hip[side] = along (figure->pelvis, figure->a_pelvis - G_PI / 2, mirror * 0.085);
          /* Drawing the shoulder blades back narrows the shoulders a little. */
          figure->shoulder[side] = along (along (figure->chest, figure->a_chest, -0.012),
                                          figure->a_chest - G_PI / 2,
                                          mirror * (0.118 - 0.02 * retraction));
        }
      else
        {
          figure->hip[side] = figure->pelvis;
          figure->shoulder[side] = along (along (figure->chest, figure->a_chest, -0.012),
                                          figure->a_chest + G_PI / 2, 0.07 * retraction);
        }
      place_leg (figure, pose, front, side);
    }

  /* Standing on the floor comes before the arms are placed, so that hands
   * placed on a counter stay there. */
  if (grounded)
    {
      double lowest = G_MAXDOUBLE;

      for (int side = 0; side < 2; side++)
        lowest = MIN (lowest, MIN (figure->heel[side].y, figure->toe[side].y));
      figure_shift (figure, 0, -lowest);
    }

  for (int side = 0; side < 2; side++)
    place_arm (figure, pose, front, side);
}

static void
pose_lerp (const Pose *a,
           const Pose *b,
           double      s,
           Pose       *out)
{
  for (guint i = 0; i < N_VALUES; i++)
    out->v[i] = a->v[i] + (b->v[i] - a->v[i]) * s;
  for (guint i = 0; i < N_TARGETS; i++)
    {
      out->has_target[i] = a->has_target[i] && b->has_target[i];
      for (guint k = 0; k < 2; k++)
        out->target[i][k] = a->target[i][k] + (b->target[i][k] - a->target[i][k]) * s;
    }
}

/* Turns a placed limb back into joint angles, so that a limb placed by its
 * end in one keyframe and by its angles in the next still moves smoothly. */
static void
pose_resolve (Pose    *pose,
              gboolean front)
{
  Figure figure;

  if (front)
    {
      /* Straight limbs pointing at their targets. */
      figure_place (&figure, pose, TRUE, FALSE);
      for (int side = 0; side < 2; side++)
        {
          double mirror = side == 0 ? -1 : 1;

          if (pose->has_target[T_FOOT_L + side])
            {
              double a = atan2 (figure.ankle[side].y - figure.hip[side].y, figure.ankle[side].x - figure.hip[side].x);

              pose->v[V_HIP_L + side] = mirror * remainder ((a - figure.a_pelvis - G_PI) * 180 / G_PI, 360);
              pose->v[V_KNEE_L + side] = 0;
            }
          if (pose->has_target[T_HAND_L + side])
            {
              double a = atan2 (figure.wrist[side].y - figure.shoulder[side].y, figure.wrist[side].x - figure.shoulder[side].x);

              pose->v[V_SHOULDER_L + side] = mirror * remainder ((a - figure.a_chest - G_PI) * 180 / G_PI, 360);
              pose->v[V_ELBOW_L + side] = 0;
            }
        }
      return;
    }
  figure_place (&figure, pose, FALSE, FALSE);
  for (int side = 0; side < 2; side++)
    {
      if (pose->has_target[T_FOOT_L + side])
        {
          double a_thigh = atan2 (figure.knee[side].y - figure.hip[side].y, figure.knee[side].x - figure.hip[side].x);
          double a_shank = atan2 (figure.ankle[side].y - figure.knee[side].y, figure.ankle[side].x - figure.knee[side].x);

          pose->v[V_HIP_L + side] = remainder ((a_thigh - figure.a_pelvis - G_PI) * 180 / G_PI, 360);
          pose->v[V_KNEE_L + side] = remainder ((a_thigh - a_shank) * 180 / G_PI, 360);
          pose->v[V_ANKLE_L + side] = remainder ((figure.a_foot[side] - a_shank - G_PI / 2) * 180 / G_PI, 360);
        }
      if (pose->has_target[T_HAND_L + side])
        {
          double a_arm = atan2 (figure.elbow[side].y - figure.shoulder[side].y, figure.elbow[side].x - figure.shoulder[side].x);
          double a_fore = atan2 (figure.wrist[side].y - figure.elbow[side].y, figure.wrist[side].x - figure.elbow[side].x);

          pose->v[V_SHOULDER_L + side] = remainder ((a_arm - figure.a_chest - G_PI) * 180 / G_PI, 360);
          pose->v[V_ELBOW_L + side] = remainder ((a_fore - a_arm) * 180 / G_PI, 360);
          pose->v[V_WRIST_L + side] = remainder (pose->v[V_WRIST_L + side] - a_fore * 180 / G_PI, 360);
        }
    }
}

static void
script_pose_at (const Script *script,
                double        t,
                Pose         *out)
{
  guint n = script->keyframes->len;
  guint k = 0;
  const Keyframe *a, *b;
  double t_b, s;
  Pose pa, pb;

  t = fmod (t, script->duration);
  while (k + 1 < n && g_array_index (script->keyframes, Keyframe, k + 1).t <= t)
    k++;
  a = &g_array_index (script->keyframes, Keyframe, k);
  b = &g_array_index (script->keyframes, Keyframe, (k + 1) % n);
  t_b = k + 1 < n ? b->t : script->duration;
  s = ease ((t - a->t) / (t_b - a->t));

  pa = a->pose;
  pb = b->pose;
  /* A walk ends one stride further on than it began; the camera goes with
   * it, so the loop joins up. */
  if (k + 1 == n)
    {
      pb.v[V_X] += script->travel;
      for (guint i = 0; i < N_TARGETS; i++)
        pb.target[i][0] += script->travel;
    }
  pose_resolve (&pa, script->front);
  pose_resolve (&pb, script->front);
  /* A hand placed in both keyframes keeps its angle as written. */
  for (int side = 0; side < 2; side++)
    {
      if (pa.has_target[T_HAND_L + side] && pb.has_target[T_HAND_L + side])
        {
          pa.v[V_WRIST_L + side] = a->pose.v[V_WRIST_L + side];
          pb.v[V_WRIST_L + side] = b->pose.v[V_WRIST_L + side];
        }
    }
  pose_lerp (&pa, &pb, s, out);
}

/* Drawing */

typedef struct {
  double r, g, b;
} Colour;

static const Colour shirt = { 0.16, 0.50, 0.60 };
static const Colour trousers = { 0.20, 0.26, 0.46 };
static const Colour skin = { 0.90, 0.70, 0.56 };
static const Colour shoe = { 0.30, 0.22, 0.20 };
static const Colour hair = { 0.62, 0.62, 0.66 };
static const Colour wood = { 0.66, 0.47, 0.30 };
static const Colour wall_colour = { 0.86, 0.83, 0.76 };
static const Colour counter_colour = { 0.78, 0.80, 0.82 };
static const Colour band_colour = { 0.88, 0.30, 0.35 };
static const Colour mat_colour = { 0.45, 0.62, 0.42 };

/* The far side of the figure is paler and greyer, as if further away. */
static Colour
far_side (Colour colour)
{
  const Colour haze = { 0.80, 0.84, 0.88 };
  double k = 0.5;

  return (Colour) { colour.r + (haze.r - colour.r) * k,
                    colour.g + (haze.g - colour.g) * k,
                    colour.b + (haze.b - colour.b) * k };
}

static Colour
shade (Colour colour,
       double factor)
{
  if (factor < 1)
    return (Colour) { colour.r * factor, colour.g * factor, colour.b * factor };
  factor -= 1;
  return (Colour) { colour.r + (1 - colour.r) * factor,
                    colour.g + (1 - colour.g) * factor,
                    colour.b + (1 - colour.b) * factor };
}

static void
set_colour (cairo_t *cr,
            Colour   colour)
{
  cairo_set_source_rgb (cr, colour.r, colour.g, colour.b);
}

/* Fills the current path with light from the upper left, across the
 * direction @angle, so that round limbs look solid. */
static void
fill_shaded (cairo_t *cr,
             Point    centre,
             double   angle,
             double   radius,
             Colour   colour)
{
  g_autoptr(cairo_pattern_t) gradient = NULL;
  double nx = -sin (angle), ny = cos (angle);
  Colour light, dark;

  /* Light comes from above: turn the normal to point upwards. */
  if (ny < 0 || (ny == 0 && nx < 0))
    nx = -nx, ny = -ny;
  light = shade (colour, 1.25);
  dark = shade (colour, 0.72);
  gradient = cairo_pattern_create_linear (centre.x + nx * radius, centre.y + ny * radius,
                                          centre.x - nx * radius, centre.y - ny * radius);
  cairo_pattern_add_color_stop_rgb (gradient, 0.0, colour.r, colour.g, colour.b);
  cairo_pattern_add_color_stop_rgb (gradient, 0.3, light.r, light.g, light.b);
  cairo_pattern_add_color_stop_rgb (gradient, 0.65, colour.r, colour.g, colour.b);
  cairo_pattern_add_color_stop_rgb (gradient, 1.0, dark.r, dark.g, dark.b);
  cairo_set_source (cr, gradient);
  cairo_fill_preserve (cr);
  set_colour (cr, shade (colour, 0.6));
  cairo_set_line_width (cr, 0.004);
  cairo_stroke (cr);
}

static void
path_capsule (cairo_t *cr,
              Point    a,
              Point    b,
              double   ra,
              double   rb)
{
  double angle = atan2 (b.y - a.y, b.x - a.x);
  double length = hypot (b.x - a.x, b.y - a.y);
  /* The tangent between two circles of different sizes. */
  double tilt = length > fabs (ra - rb) ? asin ((ra - rb) / length) : 0;

  cairo_new_sub_path (cr);
  cairo_arc (cr, b.x, b.y, rb, angle - G_PI / 2 - tilt, angle + G_PI / 2 + tilt);
  cairo_arc (cr, a.x, a.y, ra, angle + G_PI / 2 + tilt, angle + 3 * G_PI / 2 - tilt);
  cairo_close_path (cr);
}

static void
draw_capsule (cairo_t *cr,
              Point    a,
              Point    b,
              double   ra,
              double   rb,
              Colour   colour)
{
  Point middle = { (a.x + b.x) / 2, (a.y + b.y) / 2 };

  cairo_new_path (cr);
  path_capsule (cr, a, b, ra, rb);
  fill_shaded (cr, middle, atan2 (b.y - a.y, b.x - a.x), MAX (ra, rb), colour);
}

static void
draw_foot (cairo_t      *cr,
           const Figure *figure,
           gboolean      front,
           int           side,
           Colour        colour)
{
  Point ankle = figure->ankle[side];
  double a = figure->a_foot[side];

  cairo_new_path (cr);
  if (front)
    {
      Point heel = figure->heel[side];

      cairo_save (cr);
      cairo_translate (cr, heel.x, heel.y + 0.022);
      cairo_rotate (cr, a);
      cairo_scale (cr, 0.036, 0.024);
      cairo_arc (cr, 0, 0, 1, 0, 2 * G_PI);
      cairo_restore (cr);
      fill_shaded (cr, (Point) { heel.x, heel.y + 0.022 }, 0, 0.024, colour);
      return;
    }

  /* A shoe: round heel, flat sole, toes tapering. */
  cairo_save (cr);
  cairo_translate (cr, ankle.x, ankle.y);
  cairo_rotate (cr, a);
  cairo_move_to (cr, -0.015, 0.02);
  cairo_curve_to (cr, -0.045, 0.015, -0.05, -0.039, -0.025, -0.039);
  cairo_line_to (cr, 0.10, -0.039);
  cairo_curve_to (cr, 0.125, -0.039, 0.125, -0.012, 0.10, -0.012);
  cairo_curve_to (cr, 0.06, -0.005, 0.035, 0.012, 0.02, 0.022);
  cairo_close_path (cr);
  cairo_restore (cr);
  fill_shaded (cr, along (ankle, a - G_PI / 2, 0.02), a, 0.03, colour);
}

static void
draw_leg (cairo_t      *cr,
          const Figure *figure,
          gboolean      front,
          int           side,
          gboolean      far)
{
  Colour cloth = far ? far_side (trousers) : trousers;

  draw_capsule (cr, figure->knee[side], figure->ankle[side], 0.030, 0.022, cloth);
  draw_capsule (cr, figure->hip[side], figure->knee[side], 0.050, 0.034, cloth);
  draw_foot (cr, figure, front, side, far ? far_side (shoe) : shoe);
}

static void
draw_arm (cairo_t      *cr,
          const Figure *figure,
          int           side,
          gboolean      far)
{
  Colour sleeve = far ? far_side (shirt) : shirt;
  Colour hand = far ? far_side (skin) : skin;

  draw_capsule (cr, figure->palm[side], figure->fingertip[side], 0.016, 0.011, hand);
  draw_capsule (cr, figure->wrist[side], figure->palm[side], 0.017, 0.022, hand);
  draw_capsule (cr, figure->elbow[side], figure->wrist[side], 0.024, 0.018, hand);
  draw_capsule (cr, figure->shoulder[side], figure->elbow[side], 0.032, 0.026, sleeve);
}

static void
draw_head (cairo_t      *cr,
           const Figure *figure,
           gboolean      front,
           gboolean      face)
{
  Point head = figure->head;
  double up = figure->a_head;
  cairo_matrix_t world;

  draw_capsule (cr, figure->neck_base, figure->neck_top, 0.026, 0.024, skin);

  cairo_new_path (cr);
  cairo_save (cr);
  cairo_translate (cr, head.x, head.y);
  cairo_rotate (cr, up - G_PI / 2);
  if (front)
    {
      /* Seen from behind: hair over a round head, ears at the sides. */
      cairo_scale (cr, 0.92, 1);
      cairo_arc (cr, 0, 0, HEAD_RADIUS, 0, 2 * G_PI);
      cairo_restore (cr);
      fill_shaded (cr, head, up + G_PI / 2, HEAD_RADIUS, hair);
      for (int side = -1; side <= 1; side += 2)
        {
          cairo_new_path (cr);
          cairo_arc (cr, head.x + side * HEAD_RADIUS * 0.9, head.y - 0.005, 0.012, 0, 2 * G_PI);
          set_colour (cr, skin);
          cairo_fill (cr);
        }
      if (face)
        {
          /* Facing the viewer: a face below a fringe of hair. */
          cairo_save (cr);
          cairo_translate (cr, head.x, head.y);
          cairo_rotate (cr, up - G_PI / 2);
          cairo_new_path (cr);
          cairo_save (cr);
          cairo_scale (cr, 0.8, 0.85);
          cairo_arc (cr, 0, -0.008, HEAD_RADIUS, 0, 2 * G_PI);
          cairo_restore (cr);
          set_colour (cr, skin);
          cairo_fill (cr);
          for (int side = -1; side <= 1; side += 2)
            {
              cairo_arc (cr, side * 0.02, 0.0, 0.0065, 0, 2 * G_PI);
              cairo_set_source_rgb (cr, 0.2, 0.15, 0.15);
              cairo_fill (cr);
            }
          cairo_move_to (cr, -0.015, -0.035);
          cairo_curve_to (cr, -0.005, -0.042, 0.005, -0.042, 0.015, -0.035);
          cairo_set_line_width (cr, 0.004);
          cairo_stroke (cr);
          cairo_restore (cr);
        }
      return;
    }

  /* Side view, facing right: the head, a nose and an eye, and hair over
   * the top and back. Drawn in the head's own frame: x forward, y up. */
  cairo_scale (cr, 0.92, 1.05);
  cairo_arc (cr, 0, 0, HEAD_RADIUS, 0, 2 * G_PI);
  cairo_restore (cr);
  fill_shaded (cr, head, up + G_PI / 2, HEAD_RADIUS, skin);

  cairo_save (cr);
  cairo_translate (cr, head.x, head.y);
  cairo_rotate (cr, up - G_PI / 2);
  cairo_new_path (cr);
  cairo_move_to (cr, HEAD_RADIUS * 0.88, 0.004);
  cairo_line_to (cr, HEAD_RADIUS * 1.08, -0.016);
  cairo_line_to (cr, HEAD_RADIUS * 0.84, -0.022);
  cairo_close_path (cr);
  set_colour (cr, shade (skin, 0.85));
  cairo_fill (cr);
  cairo_arc (cr, HEAD_RADIUS * 0.55, 0.012, 0.0065, 0, 2 * G_PI);
  cairo_set_source_rgb (cr, 0.2, 0.15, 0.15);
  cairo_fill (cr);

  cairo_restore (cr);

  /* The clip keeps the hair inside the head's outline; the path is made in
   * the head's frame and filled in the world's, where the light is. */
  cairo_save (cr);
  cairo_get_matrix (cr, &world);
  cairo_translate (cr, head.x, head.y);
  cairo_rotate (cr, up - G_PI / 2);
  cairo_save (cr);
  cairo_scale (cr, 0.92, 1.05);
  cairo_arc (cr, 0, 0, HEAD_RADIUS * 1.04, 0, 2 * G_PI);
  cairo_restore (cr);
  cairo_clip (cr);
  cairo_move_to (cr, HEAD_RADIUS * 0.7, HEAD_RADIUS * 1.2);
  cairo_curve_to (cr, HEAD_RADIUS * 0.5, HEAD_RADIUS * 0.5, HEAD_RADIUS * 0.1, HEAD_RADIUS * 0.45,
                  -HEAD_RADIUS * 0.05, HEAD_RADIUS * 0.2);
  cairo_curve_to (cr, -HEAD_RADIUS * 0.15, -HEAD_RADIUS * 0.3, -HEAD_RADIUS * 0.3, -HEAD_RADIUS * 0.7,
                  -HEAD_RADIUS * 0.45, -HEAD_RADIUS * 0.95);
  cairo_line_to (cr, -HEAD_RADIUS * 2, -HEAD_RADIUS);
  cairo_line_to (cr, -HEAD_RADIUS * 2, HEAD_RADIUS * 2);
  cairo_close_path (cr);
  cairo_set_matrix (cr, &world);
  fill_shaded (cr, head, up + G_PI / 2, HEAD_RADIUS, hair);
  cairo_restore (cr);
}

static void
draw_torso (cairo_t      *cr,
            const Figure *figure,
            gboolean      front)
{
  double across = figure->a_chest - G_PI / 2;

  cairo_new_path (cr);
  if (front)
    {
      /* Shoulders wider than the hips, a waist between. */
      Point points[] = {
        along (figure->hip[0], figure->a_pelvis - G_PI / 2, -0.03),
        along (along (figure->waist, across, -0.095), figure->a_chest, 0.0),
        along (along (figure->chest, across, -0.125), figure->a_chest, -0.02),
        along (figure->neck_base, across, -0.05),
        along (figure->neck_base, across, 0.05),
        along (along (figure->chest, across, 0.125), figure->a_chest, -0.02),
        along (along (figure->waist, across, 0.095), figure->a_chest, 0.0),
        along (figure->hip[1], figure->a_pelvis - G_PI / 2, 0.03),
      };

      draw_capsule (cr, figure->hip[0], figure->hip[1], 0.06, 0.06, trousers);
      cairo_new_path (cr);
      cairo_move_to (cr, points[0].x, points[0].y - 0.02);
      for (guint i = 1; i < G_N_ELEMENTS (points); i++)
        cairo_line_to (cr, points[i].x, points[i].y);
      cairo_line_to (cr, points[7].x, points[7].y - 0.02);
      cairo_close_path (cr);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      fill_shaded (cr, figure->chest, figure->a_chest + G_PI / 2, 0.12, shirt);
      return;
    }

  /* Side view: trousers over the hips, then the chest. */
  path_capsule (cr, figure->pelvis, figure->waist, 0.062, 0.058);
  fill_shaded (cr, figure->pelvis, figure->a_pelvis, 0.062, trousers);
  cairo_new_path (cr);
  path_capsule (cr, along (figure->waist, figure->a_pelvis, -0.03), along (figure->chest, figure->a_chest, -0.01), 0.058, 0.066);
  fill_shaded (cr, figure->waist, figure->a_chest, 0.066, shirt);
}

static void
draw_figure (cairo_t      *cr,
             const Figure *figure,
             gboolean      front,
             gboolean      face)
{
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  if (front)
    {
      /* Both sides are equally near; the left is a touch paler so that
       * crossed limbs can still be told apart. */
      draw_leg (cr, figure, TRUE, 0, FALSE);
      draw_leg (cr, figure, TRUE, 1, FALSE);
      draw_torso (cr, figure, TRUE);
      draw_head (cr, figure, TRUE, face);
      draw_arm (cr, figure, 0, FALSE);
      draw_arm (cr, figure, 1, FALSE);
      return;
    }

  draw_arm (cr, figure, 0, TRUE);
  draw_leg (cr, figure, FALSE, 0, TRUE);
  draw_torso (cr, figure, FALSE);
  draw_head (cr, figure, FALSE, FALSE);
  draw_leg (cr, figure, FALSE, 1, FALSE);
  draw_arm (cr, figure, 1, FALSE);
}

static void
fill_box (cairo_t *cr,
          double   x0,
          double   y0,
          double   x1,
          double   y1,
          Colour   colour)
{
  cairo_new_path (cr);
  cairo_rectangle (cr, MIN (x0, x1), MIN (y0, y1), fabs (x1 - x0), fabs (y1 - y0));
  set_colour (cr, colour);
  cairo_fill_preserve (cr);
  set_colour (cr, shade (colour, 0.7));
  cairo_set_line_width (cr, 0.004);
  cairo_stroke (cr);
}

static void
draw_chair (cairo_t    *cr,
            const Prop *prop,
            gboolean    front)
{
  double f = prop->facing >= 0 ? 1 : -1;
  Colour dark = shade (wood, 0.8);

  if (front)
    {
      /* The back of the chair, seen from behind it. */
      double half = prop->width / 2;

      fill_box (cr, prop->x - half, 0, prop->x - half + 0.025, prop->back, dark);
      fill_box (cr, prop->x + half - 0.025, 0, prop->x + half, prop->back, dark);
      fill_box (cr, prop->x - half + 0.02, prop->seat - 0.03, prop->x + half - 0.02, prop->seat, wood);
      fill_box (cr, prop->x - half, prop->back - 0.07, prop->x + half, prop->back, wood);
      fill_box (cr, prop->x - half + 0.02, prop->back - 0.15, prop->x + half - 0.02, prop->back - 0.125, wood);
      return;
    }

  /* Side view: back legs and backrest, seat, front legs. */
  {
    double front_x = prop->x, back_x = prop->x - f * prop->depth;

    fill_box (cr, back_x, 0, back_x + f * 0.025, prop->back, dark);
    fill_box (cr, back_x + f * 0.005, prop->back - 0.14, back_x + f * 0.03, prop->back - 0.01, wood);
    fill_box (cr, front_x - f * 0.025, 0, front_x, prop->seat, dark);
    fill_box (cr, back_x, prop->seat - 0.03, front_x + f * 0.01, prop->seat, wood);
    fill_box (cr, back_x + f * 0.01, 0.06, front_x - f * 0.01, 0.075, dark);
  }
}

static void
draw_wall (cairo_t    *cr,
           const Prop *prop,
           gboolean    front)
{
  double f = prop->facing >= 0 ? 1 : -1;
  double far = prop->x - f * 3;

  if (prop->facing == 0)
    {
      /* A wall behind the figure, parallel to the picture. */
      fill_box (cr, -6, -0.02, 6, 3, wall_colour);
      fill_box (cr, -6, 0, 6, 0.05, shade (wall_colour, 1.3));
      return;
    }
  fill_box (cr, far, -0.02, prop->x, 3, wall_colour);
  /* A skirting board where the wall meets the floor. */
  fill_box (cr, far, 0, prop->x + f * 0.008, 0.05, shade (wall_colour, 1.3));
  (void) front;
}

static void
draw_counter (cairo_t    *cr,
              const Prop *prop,
              gboolean    front)
{
  double f = prop->facing >= 0 ? 1 : -1;

  if (front || prop->facing == 0)
    {
      /* A long counter behind the figure, seen from the front: cupboard
       * doors every @width show the figure walking along it. */
      double door = prop->width > 0 ? prop->width : 0.3;

      fill_box (cr, -6, 0, 6, prop->height - 0.03, shade (counter_colour, 0.95));
      for (double x = -6 * door; x < 6; x += door)
        fill_box (cr, x + 0.01, 0.06, x + door - 0.01, prop->height - 0.06, counter_colour);
      fill_box (cr, -6, prop->height - 0.035, 6, prop->height, shade (wood, 1.2));
      return;
    }

  {
    double edge = prop->x, back = prop->x - f * prop->depth;

    fill_box (cr, back, 0, edge - f * 0.02, prop->height - 0.03, counter_colour);
    fill_box (cr, back, 0, edge - f * 0.02, 0.04, shade (counter_colour, 0.7));
    fill_box (cr, back, prop->height - 0.035, edge + f * 0.01, prop->height, shade (wood, 1.2));
  }
}

static void
draw_step (cairo_t    *cr,
           const Prop *prop,
           gboolean    front)
{
  double f = prop->facing >= 0 ? 1 : -1;
  double edge = prop->x, back = prop->x - f * prop->depth;

  fill_box (cr, back - f * 0.6, 0, edge, prop->height, shade (wood, 1.1));
  fill_box (cr, back - f * 0.6, prop->height - 0.012, edge + f * 0.01, prop->height, wood);
  if (prop->rail)
    {
      /* A newel post at the front of the step with a rail rising from it. */
      double post = edge - f * 0.03;

      fill_box (cr, post - 0.02, 0, post + 0.02, prop->height + 0.52, shade (wood, 0.8));
      cairo_new_path (cr);
      cairo_move_to (cr, post, prop->height + 0.5);
      cairo_line_to (cr, post - f * 0.8, prop->height + 0.5 + 0.8 * 0.6);
      set_colour (cr, shade (wood, 0.8));
      cairo_set_line_width (cr, 0.025);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_stroke (cr);
    }
  (void) front;
}

/* The post of a door frame, seen from the side, behind the figure. */
static void
draw_door (cairo_t    *cr,
           const Prop *prop)
{
  fill_box (cr, prop->x - prop->width / 2, 0, prop->x + prop->width / 2, prop->height, shade (wood, 1.15));
}

/* A bed from @x, @width long, its mattress on top at @height. */
static void
draw_bed (cairo_t    *cr,
          const Prop *prop)
{
  fill_box (cr, prop->x, 0, prop->x + 0.04, prop->height + 0.25, shade (wood, 0.8));
  fill_box (cr, prop->x + prop->width - 0.04, 0, prop->x + prop->width, prop->height + 0.1, shade (wood, 0.8));
  fill_box (cr, prop->x, prop->height - 0.14, prop->x + prop->width, prop->height - 0.08, wood);
  fill_box (cr, prop->x + 0.02, prop->height - 0.08, prop->x + prop->width - 0.02, prop->height, (Colour) { 0.90, 0.92, 0.95 });
}

static void
draw_mat (cairo_t    *cr,
          const Prop *prop)
{
  cairo_new_path (cr);
  cairo_rectangle (cr, prop->x - prop->width / 2, 0, prop->width, prop->height);
  set_colour (cr, mat_colour);
  cairo_fill (cr);
}

static void
draw_pillow (cairo_t    *cr,
             const Prop *prop)
{
  cairo_new_path (cr);
  cairo_save (cr);
  cairo_translate (cr, prop->x, prop->y + prop->height / 2);
  cairo_scale (cr, prop->width / 2, prop->height / 2);
  cairo_arc (cr, 0, 0, 1, 0, 2 * G_PI);
  cairo_restore (cr);
  fill_shaded (cr, (Point) { prop->x, prop->y + prop->height / 2 }, 0, prop->height / 2,
               (Colour) { 0.93, 0.90, 0.80 });
}

static void
draw_band (cairo_t      *cr,
           const Prop   *prop,
           const Figure *figure,
           gboolean      post)
{
  if (post)
    {
      /* The post the band is tied to. */
      fill_box (cr, prop->x - 0.02, 0, prop->x + 0.02, prop->y + 0.25, shade (wood, 0.85));
      return;
    }

  cairo_new_path (cr);
  for (int side = 0; side < 2; side++)
    {
      cairo_move_to (cr, prop->x, prop->y);
      cairo_line_to (cr, figure->palm[side].x, figure->palm[side].y);
    }
  set_colour (cr, band_colour);
  cairo_set_line_width (cr, 0.012);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_stroke (cr);
}

static void
draw_in_hand (cairo_t      *cr,
              const Prop   *prop,
              const Figure *figure,
              const Pose   *pose)
{
  Point palm = figure->palm[prop->hand];
  Point wrist = figure->wrist[prop->hand];
  double a = atan2 (palm.y - wrist.y, palm.x - wrist.x);

  if (prop->type == PROP_BALL)
    {
      /* The ball flattens as the fingers close on it. */
      double squeeze = CLAMP (fabs (pose->v[V_FINGERS_L + prop->hand]) / 90.0, 0, 1);
      double curl = pose->v[V_FINGERS_L + prop->hand] >= 0 ? 1 : -1;
      Point centre = along (along (palm, a + curl * G_PI / 2, prop->radius * 0.75), a, 0.012);

      cairo_new_path (cr);
      cairo_save (cr);
      cairo_translate (cr, centre.x, centre.y);
      cairo_rotate (cr, a);
      cairo_scale (cr, 1, 1 - 0.3 * squeeze);
      cairo_arc (cr, 0, 0, prop->radius, 0, 2 * G_PI);
      cairo_restore (cr);
      fill_shaded (cr, centre, a, prop->radius, (Colour) { 0.95, 0.60, 0.15 });
      /* The fingers wrap round the ball, in front of it. */
      draw_capsule (cr, palm, figure->fingertip[prop->hand], 0.016, 0.011,
                    prop->hand == 0 ? far_side (skin) : skin);
      return;
    }

  /* A small dumbbell across the palm. */
  {
    Point a_end = along (palm, a + G_PI / 2, 0.045);
    Point b_end = along (palm, a - G_PI / 2, 0.045);
    const Colour metal = { 0.35, 0.38, 0.42 };

    draw_capsule (cr, a_end, b_end, 0.008, 0.008, metal);
    draw_capsule (cr, along (a_end, a, -0.02), along (a_end, a, 0.02), 0.012, 0.012, metal);
    draw_capsule (cr, along (b_end, a, -0.02), along (b_end, a, 0.02), 0.012, 0.012, metal);
  }
}

static void
draw_stick (cairo_t      *cr,
            const Figure *figure)
{
  /* Along the back, touching the head, upper back and tailbone. */
  double back = figure->a_chest + G_PI / 2;
  Point low = along (along (figure->pelvis, back, 0.07), figure->a_chest, -0.1);
  Point high = along (along (figure->head, back, HEAD_RADIUS + 0.006), figure->a_chest, 0.1);

  draw_capsule (cr, low, high, 0.009, 0.009, wood);
}

static void
draw_caption (cairo_t    *cr,
              const char *text)
{
  cairo_text_extents_t extents;

  cairo_select_font_face (cr, "Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD);
  cairo_set_font_size (cr, 22);
  cairo_text_extents (cr, text, &extents);
  cairo_new_path (cr);
  cairo_rectangle (cr, (WIDTH - extents.width) / 2 - 14, HEIGHT - 56, extents.width + 28, 40);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.6);
  cairo_fill (cr);
  cairo_move_to (cr, (WIDTH - extents.width) / 2 - extents.x_bearing, HEIGHT - 28);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_show_text (cr, text);
}

static void
render_frame (cairo_t      *cr,
              const Script *script,
              double        t,
              gboolean      captions)
{
  g_autoptr(cairo_pattern_t) sky = cairo_pattern_create_linear (0, 0, 0, HEIGHT);
  double scale = PX_PER_HEIGHT * script->zoom;
  double floor_y = HEIGHT / 2.0 + script->cam_y * scale;
  Figure figure;
  Pose pose;

  script_pose_at (script, t, &pose);
  figure_place (&figure, &pose, script->front, script->grounded);

  cairo_pattern_add_color_stop_rgb (sky, 0, 0.95, 0.96, 0.98);
  cairo_pattern_add_color_stop_rgb (sky, 1, 0.84, 0.88, 0.93);
  cairo_set_source (cr, sky);
  cairo_paint (cr);

  cairo_save (cr);
  cairo_translate (cr, WIDTH / 2.0 - (script->cam_x + script->travel * fmod (t, script->duration) / script->duration) * scale,
                   floor_y);
  cairo_scale (cr, scale, -scale);

  /* Behind the figure. */
  for (guint i = 0; i < script->props->len; i++)
    {
      const Prop *prop = &g_array_index (script->props, Prop, i);

      if (prop->type == PROP_WALL)
        draw_wall (cr, prop, script->front);
      else if (prop->type == PROP_DOOR)
        draw_door (cr, prop);
    }

  /* The floor. */
  cairo_new_path (cr);
  cairo_rectangle (cr, -10, -10, 20, 10);
  cairo_set_source_rgb (cr, 0.80, 0.77, 0.72);
  cairo_fill (cr);
  cairo_new_path (cr);
  cairo_move_to (cr, -10, 0);
  cairo_line_to (cr, 10, 0);
  cairo_set_source_rgb (cr, 0.55, 0.51, 0.46);
  cairo_set_line_width (cr, 0.006);
  cairo_stroke (cr);

  for (guint i = 0; i < script->props->len; i++)
    {
      const Prop *prop = &g_array_index (script->props, Prop, i);

      switch (prop->type)
        {
        case PROP_CHAIR: draw_chair (cr, prop, script->front); break;
        case PROP_COUNTER: draw_counter (cr, prop, script->front); break;
        case PROP_STEP: draw_step (cr, prop, script->front); break;
        case PROP_MAT: draw_mat (cr, prop); break;
        case PROP_BED: draw_bed (cr, prop); break;
        case PROP_PILLOW: draw_pillow (cr, prop); break;
        case PROP_BAND: draw_band (cr, prop, &figure, TRUE); break;
        case PROP_WALL:
        case PROP_DOOR:
        case PROP_BALL:
        case PROP_STICK:
        case PROP_WEIGHT:
        case N_PROP_TYPES:
        default:
          break;
        }
    }

  /* Turning round: the figure narrows and mirrors about its pelvis, as a
   * body turning about its long axis does seen from the side. It never
   * gets much thinner, so that it does not vanish half way. */
  {
    double turn = cos (rad (pose.v[V_TURN]));
    double sx = turn >= 0 ? MAX (turn, 0.6) : MIN (turn, -0.6);

    cairo_save (cr);
    cairo_translate (cr, figure.pelvis.x, 0);
    cairo_scale (cr, sx, 1);
    cairo_translate (cr, -figure.pelvis.x, 0);
    draw_figure (cr, &figure, script->front, script->face);
    cairo_restore (cr);
  }

  /* In front of the figure, or in its hands. */
  for (guint i = 0; i < script->props->len; i++)
    {
      const Prop *prop = &g_array_index (script->props, Prop, i);

      if (prop->type == PROP_BAND)
        draw_band (cr, prop, &figure, FALSE);
      else if (prop->type == PROP_BALL || prop->type == PROP_WEIGHT)
        draw_in_hand (cr, prop, &figure, &pose);
      else if (prop->type == PROP_STICK)
        draw_stick (cr, &figure);
    }
  cairo_restore (cr);

  if (captions)
    {
      const char *text = NULL;
      double t_loop = fmod (t, script->duration);

      for (guint i = 0; i < script->captions->len; i++)
        {
          const Caption *caption = &g_array_index (script->captions, Caption, i);

          /* Before the first cue of the loop, the last one still shows. */
          if (caption->t <= t_loop || text == NULL)
            text = caption->text;
        }
      if (text != NULL)
        draw_caption (cr, text);
    }
}

static cairo_surface_t *
new_frame_surface (void)
{
  return cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
}

static gboolean
write_png (cairo_surface_t *surface,
           const char      *path,
           GError         **error)
{
  cairo_status_t status = cairo_surface_write_to_png (surface, path);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: %s", path, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

static gboolean
render_png (const Script *script,
            double        t,
            gboolean      captions,
            const char   *path,
            GError      **error)
{
  cairo_surface_t *surface = new_frame_surface ();
  cairo_t *cr = cairo_create (surface);
  gboolean ok;

  render_frame (cr, script, t, captions);
  cairo_destroy (cr);
  ok = write_png (surface, path, error);
  cairo_surface_destroy (surface);
  return ok;
}

/* A grid of frames spread over the loop, for checking a script by eye. */
static gboolean
render_sheet (const Script *script,
              guint         count,
              gboolean      captions,
              const char   *path,
              GError      **error)
{
  guint columns = count <= 4 ? count : (count + 1) / 2;
  guint rows = (count + columns - 1) / columns;
  cairo_surface_t *sheet = cairo_image_surface_create (CAIRO_FORMAT_RGB24, columns * WIDTH / 2, rows * HEIGHT / 2);
  cairo_surface_t *frame = new_frame_surface ();
  cairo_t *sheet_cr = cairo_create (sheet);
  gboolean ok;

  for (guint i = 0; i < count; i++)
    {
      double t = script->duration * i / count;
      cairo_t *cr = cairo_create (frame);
      char label[32];

      render_frame (cr, script, t, captions);
      g_snprintf (label, sizeof label, "%.1f s", t);
      cairo_select_font_face (cr, "Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD);
      cairo_set_font_size (cr, 24);
      cairo_move_to (cr, 12, 32);
      cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
      cairo_show_text (cr, label);
      cairo_destroy (cr);
      cairo_surface_flush (frame);

      cairo_save (sheet_cr);
      cairo_translate (sheet_cr, (i % columns) * WIDTH / 2.0, (i / columns) * HEIGHT / 2.0);
      cairo_scale (sheet_cr, 0.5, 0.5);
      cairo_set_source_surface (sheet_cr, frame, 0, 0);
      cairo_paint (sheet_cr);
      cairo_rectangle (sheet_cr, 0, 0, WIDTH, HEIGHT);
      cairo_set_source_rgb (sheet_cr, 0.3, 0.3, 0.3);
      cairo_set_line_width (sheet_cr, 2);
      cairo_stroke (sheet_cr);
      cairo_restore (sheet_cr);
    }
  cairo_destroy (sheet_cr);
  ok = write_png (sheet, path, error);
  cairo_surface_destroy (frame);
  cairo_surface_destroy (sheet);
  return ok;
}

/* Encoding */

/* Cairo's RGB24 pixels are native-endian words, so their bytes in memory
 * depend on the machine. */
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
#define CAIRO_RGB24_FORMAT "BGRx"
#else
#define CAIRO_RGB24_FORMAT "xRGB"
#endif

static gboolean
render_video (const Script *script,
              gboolean      captions,
              const char   *path,
              GError      **error)
{
  g_autoptr(GstElement) pipeline = NULL;
  g_autoptr(GstElement) source = NULL;
  g_autoptr(GstElement) sink = NULL;
  g_autoptr(GstBus) bus = NULL;
  g_autoptr(GstMessage) message = NULL;
  g_autofree char *partial = g_strconcat (path, ".part", NULL);
  guint frames = (guint) lround (script->duration * FPS);
  cairo_surface_t *surface;
  gboolean ok = TRUE;

  /* VP8 in real-time mode is quick, and a figure on a plain background
   * needs little bitrate to look sharp. */
  pipeline = gst_parse_launch ("appsrc name=source format=time block=true max-bytes=8000000 "
                               "caps=video/x-raw,format=" CAIRO_RGB24_FORMAT ",width=640,height=480,"
                               "framerate=30/1,pixel-aspect-ratio=1/1 "
                               "! videoconvert ! video/x-raw,format=I420 "
                               "! vp8enc deadline=1 cpu-used=4 target-bitrate=450000 keyframe-max-dist=60 "
                               "! webmmux ! filesink name=sink",
                               error);
  if (pipeline == NULL)
    return FALSE;
  source = gst_bin_get_by_name (GST_BIN (pipeline), "source");
  sink = gst_bin_get_by_name (GST_BIN (pipeline), "sink");
  g_object_set (sink, "location", partial, NULL);
  bus = gst_element_get_bus (pipeline);

  if (gst_element_set_state (pipeline, GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE)
    ok = FALSE;

  surface = new_frame_surface ();
  for (guint i = 0; ok && i < frames; i++)
    {
      cairo_t *cr = cairo_create (surface);
      GstClockTime start = gst_util_uint64_scale (i, GST_SECOND, FPS);
      GstClockTime end = gst_util_uint64_scale (i + 1, GST_SECOND, FPS);
      GstBuffer *buffer;

      render_frame (cr, script, (double) i / FPS, captions);
      cairo_destroy (cr);
      cairo_surface_flush (surface);

      g_assert (cairo_image_surface_get_stride (surface) == WIDTH * 4);
      buffer = gst_buffer_new_memdup (cairo_image_surface_get_data (surface), WIDTH * HEIGHT * 4);
      GST_BUFFER_PTS (buffer) = start;
      GST_BUFFER_DURATION (buffer) = end - start;
      if (gst_app_src_push_buffer (GST_APP_SRC (source), buffer) != GST_FLOW_OK)
        ok = FALSE;
    }
  cairo_surface_destroy (surface);
  gst_app_src_end_of_stream (GST_APP_SRC (source));

  message = gst_bus_timed_pop_filtered (bus, GST_CLOCK_TIME_NONE, GST_MESSAGE_EOS | GST_MESSAGE_ERROR);
  if (GST_MESSAGE_TYPE (message) == GST_MESSAGE_ERROR)
    {
      g_autoptr(GError) gst_error = NULL;

      gst_message_parse_error (message, &gst_error, NULL);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: encoding failed: %s", path, gst_error->message);
      ok = FALSE;
    }
  else if (!ok)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: encoding failed", path);
    }
  gst_element_set_state (pipeline, GST_STATE_NULL);

  /* Only a finished file takes the output's name, so an interrupted build
   * never leaves a truncated video that looks up to date. */
  if (ok && g_rename (partial, path) != 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), "%s: %s", path, g_strerror (saved));
      ok = FALSE;
    }
  if (!ok)
    g_unlink (partial);
  return ok;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("SCRIPT.json [OUT]");
  g_autoptr(GError) error = NULL;
  g_autoptr(Script) script = NULL;
  gboolean check = FALSE, captions = FALSE;
  double frame_time = -1;
  int sheet = 0;
  const GOptionEntry entries[] = {
    { "check", 0, 0, G_OPTION_ARG_NONE, &check, "Only check the script", NULL },
    { "frame", 0, 0, G_OPTION_ARG_DOUBLE, &frame_time, "Write the frame at T seconds as PNG", "T" },
    { "sheet", 0, 0, G_OPTION_ARG_INT, &sheet, "Write N frames over the loop as one PNG", "N" },
    { "captions", 0, 0, G_OPTION_ARG_NONE, &captions, "Draw the caption cues", NULL },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_set_summary (context, "Renders an exercise demonstration from its pose script.");
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("render-demo: %s\n", error->message);
      return 2;
    }
  if (argc != (check ? 2 : 3) || sheet < 0 || sheet > 16)
    {
      g_printerr ("usage: render-demo [--check] [--frame T | --sheet N] [--captions] SCRIPT.json [OUT]\n");
      return 2;
    }

  script = script_load (argv[1], &error);
  if (script == NULL)
    {
      g_printerr ("render-demo: %s\n", error->message);
      return 1;
    }
  if (check)
    return 0;

  if (frame_time >= 0)
    {
      if (!render_png (script, frame_time, captions, argv[2], &error))
        goto failed;
      return 0;
    }
  if (sheet > 0)
    {
      if (!render_sheet (script, sheet, captions, argv[2], &error))
        goto failed;
      return 0;
    }

  gst_init (&argc, &argv);
  if (!render_video (script, captions, argv[2], &error))
    goto failed;
  return 0;

failed:
  g_printerr ("render-demo: %s\n", error->message);
  return 1;
}
