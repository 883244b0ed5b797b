/* upright-pose-script.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "upright-pose-script.h"

/**
 * UprightPoseScript:
 *
 * A demonstration's pose script: keyframed poses of a jointed figure, the
 * props around it and the caption cues. One parser for everyone: the
 * build-time renderer draws it, the app reads its captions, and the tests
 * check it.
 *
 * The format
 * ----------
 * {
 *   "format": "upright-demo", "version": 1,
 *   "view": "side" | "front",
 *   "duration": 6 to 15 (seconds of one loop),
 *   "grounded": true,              (optional: keep the lowest foot on the floor)
 *   "travel": 0.6,                 (optional: how far a walk goes in one loop)
 *   "face": true,                  (optional: the front view shows the face)
 *   "focus": {"x": 0.2, "y": 0.45, "size": 0.3},
 *                                  (optional: a close-up of a box this tall
 *                                   around this point, for small movements)
 *   "props": [{"type": "chair", "x": 0.1, ...}, ...],
 *   "keyframes": [{"t": 0, "pose": {...}}, ...],
 *   "captions": [{"t": 0, "text": "Sit tall"}, ...]
 * }
 *
 * A movement that needs two views (forwards and back seen side on, then
 * side to side seen from behind) is written in parts, shown one after the
 * other as a film cuts between cameras; each part is a script as above
 * without "format" and "version", and loops back to its own start:
 *
 * { "format": "upright-demo", "version": 1, "parts": [{...}, {...}] }
 *
 * A part {"same_as": 0, "mirror": true, "captions": [...]} repeats part 0
 * drawn as in a mirror, which is the same movement on the body's other
 * side, with its own captions.
 *
 * Lengths are fractions of the figure's standing height, measured from the
 * floor (y up) and along the floor (x). The side view shows the figure
 * facing right, with its right side nearest the viewer, until it turns.
 * The front view shows the frontal plane from behind the figure, so what
 * the figure faces (a chair back, a counter) is behind it and its left side
 * is on the left of the picture.
 *
 * A pose is a set of numbers. Each keyframe starts from the one before it,
 * so it only names what changes; the first starts from standing tall.
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
 *   turn                 turning about the body's long axis, in degrees: 180
 *                        faces the other way, 90 faces the viewer
 * Between keyframes every value eases in and out; after the last keyframe
 * the loop eases back to the first.
 *
 * Props: chair (x: front of the seat, facing, seat, back), wall (x, facing),
 * counter (x: its edge, facing, height, depth), band (x, y: where it is
 * fixed; it runs to both hands), ball (hand: "l" or "r", radius), mat (x,
 * width), step (x: its front, facing, height, depth, rail), pillow (x, y,
 * width, height), stick (held along the back by "hands", both unless
 * said), weight (hand), door (x: the post of a door frame, width, height),
 * bed (x: its foot end, width, height of the mattress), table (x: the end
 * the figure faces, facing, height, depth; it stands beside the figure, on
 * its far side).
 *
 * The checks
 * ----------
 * upright_pose_script_check() plays the loop and fails when a foot or a
 * hand goes through the floor or into a solid prop (a counter, a step, a
 * chair's seat, a bed, a wall, a table's top), when the feet cross in a front view (a
 * side step that crosses the feet is a trip people would copy), or when a
 * stick is not in the hands that hold it.
 */

typedef struct {
  double t;
  UprightPose pose;
} Keyframe;

struct _UprightPoseScript
{
  GObject  parent_instance;

  gboolean front;
  gboolean face;
  gboolean mirror;
  gboolean grounded;
  double   travel;
  double   duration;
  /* A close-up: the centre and height of the box the camera frames, or a
   * height of 0 to frame the whole figure. */
  double   focus[3];
  GArray  *props;      /* UprightProp */
  GArray  *keyframes;  /* Keyframe */
  GArray  *captions;   /* UprightCaption */
  /* A demonstration in parts, each with its own view, props and
   * keyframes, shown one after the other: NULL for one in a single part. */
  GPtrArray *parts;    /* UprightPoseScript */
};

G_DEFINE_FINAL_TYPE (UprightPoseScript, upright_pose_script, G_TYPE_OBJECT)

G_DEFINE_QUARK (upright-pose-script-error-quark, upright_pose_script_error)

static const char * const value_names[UPRIGHT_POSE_N_VALUES] = {
  "x", "y", "pelvis", "trunk", "neck", "head", "scapula",
  "shoulder_l", "shoulder_r", "elbow_l", "elbow_r", "wrist_l", "wrist_r",
  "fingers_l", "fingers_r", "hip_l", "hip_r", "knee_l", "knee_r",
  "ankle_l", "ankle_r", "sole_l", "sole_r", "turn",
};

static const char * const target_names[UPRIGHT_POSE_N_TARGETS] = {
  "foot_l", "foot_r", "hand_l", "hand_r",
};

static const char * const prop_names[UPRIGHT_N_PROP_TYPES] = {
  "chair", "wall", "counter", "band", "ball", "mat", "step", "pillow",
  "stick", "weight", "door", "bed", "table",
};

static void
caption_clear (gpointer data)
{
  g_free (((UprightCaption *) data)->text);
}

static void
upright_pose_script_finalize (GObject *object)
{
  UprightPoseScript *self = UPRIGHT_POSE_SCRIPT (object);

  g_clear_pointer (&self->props, g_array_unref);
  g_clear_pointer (&self->parts, g_ptr_array_unref);
  g_clear_pointer (&self->keyframes, g_array_unref);
  g_clear_pointer (&self->captions, g_array_unref);

  G_OBJECT_CLASS (upright_pose_script_parent_class)->finalize (object);
}

static void
upright_pose_script_class_init (UprightPoseScriptClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = upright_pose_script_finalize;
}

static void
upright_pose_script_init (UprightPoseScript *self)
{
  self->props = g_array_new (FALSE, TRUE, sizeof (UprightProp));
  self->keyframes = g_array_new (FALSE, TRUE, sizeof (Keyframe));
  self->captions = g_array_new (FALSE, TRUE, sizeof (UprightCaption));
  g_array_set_clear_func (self->captions, caption_clear);
}

/* Reading */


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
  g_set_error (error, UPRIGHT_POSE_SCRIPT_ERROR, UPRIGHT_POSE_SCRIPT_ERROR_INVALID, "%s: %s", field, message);
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
pose_init_standing (UprightPose *pose)
{
  memset (pose, 0, sizeof *pose);
  pose->v[UPRIGHT_POSE_Y] = 0.530;
}

static gboolean
read_pose (JsonObject *object,
           const char *where,
           UprightPose       *pose,
           GError    **error)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;
      JsonNode *node = json_object_get_member (object, name);
      g_autofree char *field = g_strdup_printf ("%s.%s", where, name);
      gboolean known = FALSE;

      for (guint i = 0; i < UPRIGHT_POSE_N_VALUES && !known; i++)
        {
          if (!g_str_equal (name, value_names[i]))
            continue;
          known = TRUE;
          if (!node_is_number (node))
            return fail (error, field, "must be a number");
          pose->v[i] = json_node_get_double (node);
          if (i != UPRIGHT_POSE_X && i != UPRIGHT_POSE_Y && fabs (pose->v[i]) > 360)
            return fail (error, field, "%g is not an angle in degrees", pose->v[i]);
        }

      for (guint i = 0; i < UPRIGHT_POSE_N_TARGETS && !known; i++)
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
           UprightProp       *prop,
           GError    **error)
{
  static const char * const allowed[] = {
    "type", "x", "y", "width", "height", "depth", "facing", "radius", "seat",
    "back", "rail", "hand", "hands", NULL,
  };
  static const struct {
    const char *name;
    gsize offset;
  } numbers[] = {
    { "x", G_STRUCT_OFFSET (UprightProp, x) },
    { "y", G_STRUCT_OFFSET (UprightProp, y) },
    { "width", G_STRUCT_OFFSET (UprightProp, width) },
    { "height", G_STRUCT_OFFSET (UprightProp, height) },
    { "depth", G_STRUCT_OFFSET (UprightProp, depth) },
    { "facing", G_STRUCT_OFFSET (UprightProp, facing) },
    { "radius", G_STRUCT_OFFSET (UprightProp, radius) },
    { "seat", G_STRUCT_OFFSET (UprightProp, seat) },
    { "back", G_STRUCT_OFFSET (UprightProp, back) },
  };
  /* Everyday sizes: a dining chair, a kitchen counter, a bottom stair,
   * a dining table. */
  static const double defaults[UPRIGHT_N_PROP_TYPES][9] = {
    /*               x  y  width height depth facing radius seat  back */
    [UPRIGHT_PROP_CHAIR] =   { 0, 0, 0.27, 0,    0.26, 1,     0,     0.27, 0.52 },
    [UPRIGHT_PROP_WALL] =    { 0, 0, 0,    0,    0,    1,     0,     0,    0 },
    [UPRIGHT_PROP_COUNTER] = { 0, 0, 0.3,  0.55, 0.36, 1,     0,     0,    0 },
    [UPRIGHT_PROP_BAND] =    { 0, 0, 0,    0,    0,    1,     0,     0,    0 },
    [UPRIGHT_PROP_BALL] =    { 0, 0, 0,    0,    0,    1,     0.035, 0,    0 },
    [UPRIGHT_PROP_MAT] =     { 0, 0, 1.2,  0.012, 0,   1,     0,     0,    0 },
    [UPRIGHT_PROP_STEP] =    { 0, 0, 0,    0.11, 0.2,  1,     0,     0,    0 },
    [UPRIGHT_PROP_PILLOW] =  { 0, 0, 0.2,  0.06, 0,    1,     0,     0,    0 },
    [UPRIGHT_PROP_STICK] =   { 0, 0, 0,    0,    0,    1,     0,     0,    0 },
    [UPRIGHT_PROP_WEIGHT] =  { 0, 0, 0,    0,    0,    1,     0,     0,    0 },
    [UPRIGHT_PROP_DOOR] =    { 0, 0, 0.06, 1.2,  0,    1,     0,     0,    0 },
    [UPRIGHT_PROP_BED] =     { 0, 0, 1.1,  0.3,  0,    1,     0,     0,    0 },
    [UPRIGHT_PROP_TABLE] =   { 0, 0, 0,    0.44, 0.45, 1,     0,     0,    0 },
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
  prop->type = UPRIGHT_N_PROP_TYPES;
  for (guint i = 0; type != NULL && i < UPRIGHT_N_PROP_TYPES; i++)
    if (g_str_equal (type, prop_names[i]))
      prop->type = i;
  if (prop->type == UPRIGHT_N_PROP_TYPES)
    return fail (error, type_field, "must be one of chair, wall, counter, band, ball, mat, step, pillow, stick, weight, door, bed or table");

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
  /* A stick is held in both hands unless the script says otherwise. */
  prop->hands = prop->type == UPRIGHT_PROP_STICK ? 3 : 0;
  if (json_object_has_member (object, "hands"))
    {
      const char *hands = json_object_get_string_member_with_default (object, "hands", "");

      if (g_strcmp0 (hands, "l") == 0)
        prop->hands = 1;
      else if (g_strcmp0 (hands, "r") == 0)
        prop->hands = 2;
      else if (g_strcmp0 (hands, "lr") == 0)
        prop->hands = 3;
      else if (g_strcmp0 (hands, "") == 0 || g_strcmp0 (hands, "none") == 0)
        prop->hands = 0;
      else
        {
          g_autofree char *field = g_strdup_printf ("%s.hands", where);
          return fail (error, field, "must be \"l\", \"r\", \"lr\" or \"none\"");
        }
    }
  if ((prop->type == UPRIGHT_PROP_BALL || prop->type == UPRIGHT_PROP_WEIGHT) && prop->hand < 0)
    {
      g_autofree char *field = g_strdup_printf ("%s.hand", where);
      return fail (error, field, "missing");
    }
  return TRUE;
}

/* Reads one part of a demonstration, or the whole of one in one part,
 * from @root; @allowed are the members it may have. */
static gboolean
script_load_part (UprightPoseScript   *script,
                  JsonObject          *root,
                  const char * const  *allowed,
                  GError             **error)
{
  g_autoptr(GError) local_error = NULL;
  JsonArray *array;
  JsonNode *node;
  UprightPose pose;

#define CHECK(call) G_STMT_START { if (!(call)) goto invalid; } G_STMT_END

  CHECK (check_members (root, "", allowed, &local_error));

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
  script->mirror = json_object_get_boolean_member_with_default (root, "mirror", FALSE);
  CHECK (read_number (root, "travel", "travel", FALSE, 0, &script->travel, &local_error));

  node = json_object_get_member (root, "focus");
  if (node != NULL)
    {
      static const char * const focus_allowed[] = { "x", "y", "size", NULL };
      static const char * const focus_fields[] = { "focus.x", "focus.y", "focus.size" };
      JsonObject *focus;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          fail (&local_error, "focus", "must be an object");
          goto invalid;
        }
      focus = json_node_get_object (node);
      CHECK (check_members (focus, "focus", focus_allowed, &local_error));
      for (guint i = 0; i < 3; i++)
        CHECK (read_number (focus, focus_allowed[i], focus_fields[i], TRUE, 0, &script->focus[i], &local_error));
      if (script->focus[2] < 0.1 || script->focus[2] > 2)
        {
          fail (&local_error, "focus.size", "must be 0.1 to 2, not %g", script->focus[2]);
          goto invalid;
        }
    }

  CHECK (read_array (root, "props", &array, &local_error));
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *where = g_strdup_printf ("props[%u]", i);
      JsonNode *element = json_array_get_element (array, i);
      UprightProp prop = { 0 };

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
      UprightCaption caption;
      const char *text;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          fail (&local_error, where, "must be an object");
          goto invalid;
        }
      object = json_node_get_object (element);
      CHECK (check_members (object, where, caption_allowed, &local_error));
      CHECK (read_number (object, "t", t_field, TRUE, 0, &caption.time, &local_error));
      if (caption.time < 0 || caption.time >= script->duration ||
          (i > 0 && caption.time <= g_array_index (script->captions, UprightCaption, i - 1).time))
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

  return TRUE;

invalid:
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

static gboolean
script_load (UprightPoseScript  *script,
             GBytes             *bytes,
             GError            **error)
{
  static const char * const allowed[] = {
    "format", "version", "view", "duration", "grounded", "travel", "face",
    "focus", "props", "keyframes", "captions", NULL,
  };
  static const char * const parts_allowed[] = { "format", "version", "parts", NULL };
  static const char * const part_allowed[] = {
    "view", "duration", "grounded", "travel", "face", "focus", "mirror", "props", "keyframes",
    "captions", NULL,
  };
  g_autoptr(GPtrArray) merged_objects = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  JsonObject *object;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local_error = NULL;
  JsonObject *root;
  JsonArray *array;
  JsonNode *node;
  double version;

  if (!json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &local_error))
    {
      g_set_error (error, UPRIGHT_POSE_SCRIPT_ERROR, UPRIGHT_POSE_SCRIPT_ERROR_INVALID,
                   "not a valid JSON file: %s", local_error->message);
      return FALSE;
    }

#define CHECK(call) G_STMT_START { if (!(call)) goto invalid; } G_STMT_END

  node = json_parser_get_root (parser);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (&local_error, "(top level)", "must be an object");
      goto invalid;
    }
  root = json_node_get_object (node);

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

  if (!json_object_has_member (root, "parts"))
    return script_load_part (script, root, allowed, error);

  /* In parts: each is read as a script of its own; the whole lasts as
   * long as all of them, and its captions are theirs, one after another. */
  CHECK (check_members (root, "", parts_allowed, &local_error));
  CHECK (read_array (root, "parts", &array, &local_error));
  if (json_array_get_length (array) < 2)
    {
      fail (&local_error, "parts", "needs at least two parts");
      goto invalid;
    }

  script->parts = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *where = g_strdup_printf ("parts[%u]", i);
      JsonNode *element = json_array_get_element (array, i);
      UprightPoseScript *part;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          fail (&local_error, where, "must be an object");
          goto invalid;
        }

      part = g_object_new (UPRIGHT_TYPE_POSE_SCRIPT, NULL);
      g_ptr_array_add (script->parts, part);
      object = json_node_get_object (element);

      /* "same_as" repeats an earlier part, with its own captions if it
       * gives them: mirrored, the same movement on the other side. */
      if (json_object_has_member (object, "same_as"))
        {
          static const char * const same_allowed[] = { "same_as", "mirror", "captions", NULL };
          g_autoptr(JsonObject) merged = json_object_new ();
          g_autofree char *same_field = g_strdup_printf ("%s.same_as", where);
          JsonObject *earlier;
          double same_as;

          CHECK (check_members (object, where, same_allowed, &local_error));
          CHECK (read_number (object, "same_as", same_field, TRUE, 0, &same_as, &local_error));
          if (same_as < 0 || same_as >= i || same_as != floor (same_as))
            {
              fail (&local_error, same_field, "must be the number of an earlier part");
              goto invalid;
            }
          earlier = json_array_get_object_element (array, (guint) same_as);
          g_autoptr(GList) members = json_object_get_members (earlier);

          for (GList *l = members; l != NULL; l = l->next)
            {
              const char *name = l->data;

              if (g_str_equal (name, "same_as") ||
                  (g_str_equal (name, "captions") && json_object_has_member (object, "captions")) ||
                  (g_str_equal (name, "mirror") && json_object_has_member (object, "mirror")))
                continue;
              json_object_set_member (merged, name, json_node_copy (json_object_get_member (earlier, name)));
            }
          for (const char * const *name = (const char * const[]) { "captions", "mirror", NULL }; *name != NULL; name++)
            {
              if (json_object_has_member (object, *name))
                json_object_set_member (merged, *name, json_node_copy (json_object_get_member (object, *name)));
            }
          object = g_steal_pointer (&merged);
          g_ptr_array_add (merged_objects, object);
        }

      if (!script_load_part (part, object, part_allowed, &local_error))
        {
          g_prefix_error (&local_error, "%s: ", where);
          goto invalid;
        }

      for (guint j = 0; j < part->captions->len; j++)
        {
          UprightCaption caption = g_array_index (part->captions, UprightCaption, j);

          caption.time += script->duration;
          caption.text = g_strdup (caption.text);
          g_array_append_val (script->captions, caption);
        }
      script->duration += part->duration;
    }

  /* What does not change with time is the first part's. */
  {
    UprightPoseScript *first = g_ptr_array_index (script->parts, 0);

    script->front = first->front;
    script->face = first->face;
    script->grounded = first->grounded;
    g_array_append_vals (script->props, first->props->data, first->props->len);
  }

#undef CHECK

  return TRUE;

invalid:
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

/* Kinematics. Angles are in degrees in the script and in radians here,
 * measured anticlockwise from the +x axis of the picture. */

static double
rad (double degrees)
{
  return degrees * G_PI / 180.0;
}

static UprightPoint
along (UprightPoint  from,
       double angle,
       double length)
{
  return (UprightPoint) { from.x + cos (angle) * length, from.y + sin (angle) * length };
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
solve_limb (UprightPoint  root,
            UprightPoint  target,
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
place_leg (UprightFigure     *figure,
           const UprightPose *pose,
           gboolean    front,
           int         side)
{
  double mirror = side == 0 ? -1 : 1;
  double a_thigh, a_shank, a_foot;
  UprightPoint hip = figure->hip[side];

  if (pose->has_target[UPRIGHT_POSE_FOOT_L + side])
    {
      UprightPoint target = { pose->target[UPRIGHT_POSE_FOOT_L + side][0], pose->target[UPRIGHT_POSE_FOOT_L + side][1] };

      if (front)
        {
          /* A bent knee points at the viewer in the front view: the leg
           * just looks shorter. */
          double length = MIN (hypot (target.x - hip.x, target.y - hip.y), UPRIGHT_FIGURE_THIGH + UPRIGHT_FIGURE_SHANK);
          double a = atan2 (target.y - hip.y, target.x - hip.x);

          figure->knee[side] = along (hip, a, length * UPRIGHT_FIGURE_THIGH / (UPRIGHT_FIGURE_THIGH + UPRIGHT_FIGURE_SHANK));
          figure->ankle[side] = along (hip, a, length);
          a_foot = a + G_PI / 2;
        }
      else
        {
          a_thigh = solve_limb (hip, target, UPRIGHT_FIGURE_THIGH, UPRIGHT_FIGURE_SHANK, 1);
          figure->knee[side] = along (hip, a_thigh, UPRIGHT_FIGURE_THIGH);
          a_shank = atan2 (target.y - figure->knee[side].y, target.x - figure->knee[side].x);
          figure->ankle[side] = along (figure->knee[side], a_shank, UPRIGHT_FIGURE_SHANK);
          a_foot = rad (pose->v[UPRIGHT_POSE_SOLE_L + side]);
        }
    }
  else if (front)
    {
      a_thigh = figure->a_pelvis + G_PI + mirror * rad (pose->v[UPRIGHT_POSE_HIP_L + side]);
      a_shank = a_thigh - mirror * rad (pose->v[UPRIGHT_POSE_KNEE_L + side]);
      figure->knee[side] = along (hip, a_thigh, UPRIGHT_FIGURE_THIGH);
      figure->ankle[side] = along (figure->knee[side], a_shank, UPRIGHT_FIGURE_SHANK);
      a_foot = a_shank + G_PI / 2;
    }
  else
    {
      a_thigh = figure->a_pelvis + G_PI + rad (pose->v[UPRIGHT_POSE_HIP_L + side]);
      a_shank = a_thigh - rad (pose->v[UPRIGHT_POSE_KNEE_L + side]);
      figure->knee[side] = along (hip, a_thigh, UPRIGHT_FIGURE_THIGH);
      figure->ankle[side] = along (figure->knee[side], a_shank, UPRIGHT_FIGURE_SHANK);
      a_foot = a_shank + G_PI / 2 + rad (pose->v[UPRIGHT_POSE_ANKLE_L + side]);
    }

  figure->a_foot[side] = a_foot;
  if (front)
    {
      /* Seen from behind, a foot is a heel with the toes beyond it. */
      figure->heel[side] = along (figure->ankle[side], a_foot - G_PI / 2, UPRIGHT_FIGURE_ANKLE_HEIGHT);
      figure->toe[side] = figure->heel[side];
    }
  else
    {
      UprightPoint sole = along (figure->ankle[side], a_foot - G_PI / 2, UPRIGHT_FIGURE_ANKLE_HEIGHT);

      figure->heel[side] = along (sole, a_foot + G_PI, 0.035);
      figure->toe[side] = along (sole, a_foot, 0.117);
    }
}

static void
place_arm (UprightFigure     *figure,
           const UprightPose *pose,
           gboolean    front,
           int         side)
{
  double mirror = side == 0 ? -1 : 1;
  double a_arm, a_fore, a_hand;
  UprightPoint shoulder = figure->shoulder[side];

  if (pose->has_target[UPRIGHT_POSE_HAND_L + side])
    {
      UprightPoint target = { pose->target[UPRIGHT_POSE_HAND_L + side][0], pose->target[UPRIGHT_POSE_HAND_L + side][1] };

      if (front)
        {
          double length = MIN (hypot (target.x - shoulder.x, target.y - shoulder.y), UPRIGHT_FIGURE_UPPER_ARM + UPRIGHT_FIGURE_FOREARM);

          a_arm = atan2 (target.y - shoulder.y, target.x - shoulder.x);
          figure->elbow[side] = along (shoulder, a_arm, length * UPRIGHT_FIGURE_UPPER_ARM / (UPRIGHT_FIGURE_UPPER_ARM + UPRIGHT_FIGURE_FOREARM));
          figure->wrist[side] = along (shoulder, a_arm, length);
          a_fore = a_arm;
        }
      else
        {
          a_arm = solve_limb (shoulder, target, UPRIGHT_FIGURE_UPPER_ARM, UPRIGHT_FIGURE_FOREARM, -1);
          figure->elbow[side] = along (shoulder, a_arm, UPRIGHT_FIGURE_UPPER_ARM);
          a_fore = atan2 (target.y - figure->elbow[side].y, target.x - figure->elbow[side].x);
          figure->wrist[side] = along (figure->elbow[side], a_fore, UPRIGHT_FIGURE_FOREARM);
        }
    }
  else
    {
      double m = front ? mirror : 1;

      a_arm = figure->a_chest + G_PI + m * rad (pose->v[UPRIGHT_POSE_SHOULDER_L + side]);
      a_fore = a_arm + m * rad (pose->v[UPRIGHT_POSE_ELBOW_L + side]);
      figure->elbow[side] = along (shoulder, a_arm, UPRIGHT_FIGURE_UPPER_ARM);
      figure->wrist[side] = along (figure->elbow[side], a_fore, UPRIGHT_FIGURE_FOREARM);
    }

  /* A hand placed on something keeps its own angle (flat on a counter,
   * upright on a wall) whatever the forearm does. */
  if (pose->has_target[UPRIGHT_POSE_HAND_L + side] && !front)
    a_hand = rad (pose->v[UPRIGHT_POSE_WRIST_L + side]);
  else
    a_hand = a_fore + (front ? mirror : 1) * rad (pose->v[UPRIGHT_POSE_WRIST_L + side]);
  figure->palm[side] = along (figure->wrist[side], a_hand, UPRIGHT_FIGURE_HAND * 0.5);
  figure->fingertip[side] = along (figure->palm[side],
                                   a_hand + (front ? mirror : 1) * rad (pose->v[UPRIGHT_POSE_FINGERS_L + side]),
                                   UPRIGHT_FIGURE_HAND * 0.45);
}

static void
figure_shift (UprightFigure *figure,
              double  dx,
              double  dy)
{
  /* The Points of the struct lie in three runs between its angles. */
  for (UprightPoint *p = &figure->pelvis; p <= &figure->head; p++)
    p->x += dx, p->y += dy;
  for (UprightPoint *p = &figure->hip[0]; p <= &figure->toe[1]; p++)
    p->x += dx, p->y += dy;
  for (UprightPoint *p = &figure->shoulder[0]; p <= &figure->fingertip[1]; p++)
    p->x += dx, p->y += dy;
}

static void
figure_place (UprightFigure     *figure,
              const UprightPose *pose,
              gboolean    front,
              gboolean    grounded)
{
  double retraction = sin (rad (pose->v[UPRIGHT_POSE_SCAPULA]));
  double a_neck;

  memset (figure, 0, sizeof *figure);
  figure->pelvis = (UprightPoint) { pose->v[UPRIGHT_POSE_X], pose->v[UPRIGHT_POSE_Y] };
  figure->a_pelvis = G_PI / 2 - rad (pose->v[UPRIGHT_POSE_PELVIS]);
  figure->a_chest = figure->a_pelvis - rad (pose->v[UPRIGHT_POSE_TRUNK]);
  a_neck = figure->a_chest - rad (pose->v[UPRIGHT_POSE_NECK]);
  figure->a_head = a_neck - rad (pose->v[UPRIGHT_POSE_HEAD]);

  figure->waist = along (figure->pelvis, figure->a_pelvis, UPRIGHT_FIGURE_PELVIS_LENGTH);
  figure->chest = along (figure->waist, figure->a_chest, UPRIGHT_FIGURE_CHEST_LENGTH);
  figure->neck_base = along (figure->chest, figure->a_chest, 0.02);
  figure->neck_top = along (figure->neck_base, a_neck, UPRIGHT_FIGURE_NECK_LENGTH);
  figure->head = along (figure->neck_top, figure->a_head, UPRIGHT_FIGURE_HEAD_RADIUS * 0.8);

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
pose_lerp (const UprightPose *a,
           const UprightPose *b,
           double      s,
           UprightPose       *out)
{
  for (guint i = 0; i < UPRIGHT_POSE_N_VALUES; i++)
    out->v[i] = a->v[i] + (b->v[i] - a->v[i]) * s;
  for (guint i = 0; i < UPRIGHT_POSE_N_TARGETS; i++)
    {
      out->has_target[i] = a->has_target[i] && b->has_target[i];
      for (guint k = 0; k < 2; k++)
        out->target[i][k] = a->target[i][k] + (b->target[i][k] - a->target[i][k]) * s;
    }
}

/* Turns a placed limb back into joint angles, so that a limb placed by its
 * end in one keyframe and by its angles in the next still moves smoothly. */
static void
pose_resolve (UprightPose    *pose,
              gboolean front)
{
  UprightFigure figure;

  if (front)
    {
      /* Straight limbs pointing at their targets. */
      figure_place (&figure, pose, TRUE, FALSE);
      for (int side = 0; side < 2; side++)
        {
          double mirror = side == 0 ? -1 : 1;

          if (pose->has_target[UPRIGHT_POSE_FOOT_L + side])
            {
              double a = atan2 (figure.ankle[side].y - figure.hip[side].y, figure.ankle[side].x - figure.hip[side].x);

              pose->v[UPRIGHT_POSE_HIP_L + side] = mirror * remainder ((a - figure.a_pelvis - G_PI) * 180 / G_PI, 360);
              pose->v[UPRIGHT_POSE_KNEE_L + side] = 0;
            }
          if (pose->has_target[UPRIGHT_POSE_HAND_L + side])
            {
              double a = atan2 (figure.wrist[side].y - figure.shoulder[side].y, figure.wrist[side].x - figure.shoulder[side].x);

              pose->v[UPRIGHT_POSE_SHOULDER_L + side] = mirror * remainder ((a - figure.a_chest - G_PI) * 180 / G_PI, 360);
              pose->v[UPRIGHT_POSE_ELBOW_L + side] = 0;
            }
        }
      return;
    }
  figure_place (&figure, pose, FALSE, FALSE);
  for (int side = 0; side < 2; side++)
    {
      if (pose->has_target[UPRIGHT_POSE_FOOT_L + side])
        {
          double a_thigh = atan2 (figure.knee[side].y - figure.hip[side].y, figure.knee[side].x - figure.hip[side].x);
          double a_shank = atan2 (figure.ankle[side].y - figure.knee[side].y, figure.ankle[side].x - figure.knee[side].x);

          pose->v[UPRIGHT_POSE_HIP_L + side] = remainder ((a_thigh - figure.a_pelvis - G_PI) * 180 / G_PI, 360);
          pose->v[UPRIGHT_POSE_KNEE_L + side] = remainder ((a_thigh - a_shank) * 180 / G_PI, 360);
          pose->v[UPRIGHT_POSE_ANKLE_L + side] = remainder ((figure.a_foot[side] - a_shank - G_PI / 2) * 180 / G_PI, 360);
        }
      if (pose->has_target[UPRIGHT_POSE_HAND_L + side])
        {
          double a_arm = atan2 (figure.elbow[side].y - figure.shoulder[side].y, figure.elbow[side].x - figure.shoulder[side].x);
          double a_fore = atan2 (figure.wrist[side].y - figure.elbow[side].y, figure.wrist[side].x - figure.elbow[side].x);

          pose->v[UPRIGHT_POSE_SHOULDER_L + side] = remainder ((a_arm - figure.a_chest - G_PI) * 180 / G_PI, 360);
          pose->v[UPRIGHT_POSE_ELBOW_L + side] = remainder ((a_fore - a_arm) * 180 / G_PI, 360);
          pose->v[UPRIGHT_POSE_WRIST_L + side] = remainder (pose->v[UPRIGHT_POSE_WRIST_L + side] - a_fore * 180 / G_PI, 360);
        }
    }
}

static void
script_pose_at (UprightPoseScript *script,
                double        t,
                UprightPose         *out)
{
  guint n = script->keyframes->len;
  guint k = 0;
  const Keyframe *a, *b;
  double t_b, s;
  UprightPose pa, pb;

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
      pb.v[UPRIGHT_POSE_X] += script->travel;
      for (guint i = 0; i < UPRIGHT_POSE_N_TARGETS; i++)
        pb.target[i][0] += script->travel;
    }
  pose_resolve (&pa, script->front);
  pose_resolve (&pb, script->front);
  /* A hand placed in both keyframes keeps its angle as written. */
  for (int side = 0; side < 2; side++)
    {
      if (pa.has_target[UPRIGHT_POSE_HAND_L + side] && pb.has_target[UPRIGHT_POSE_HAND_L + side])
        {
          pa.v[UPRIGHT_POSE_WRIST_L + side] = a->pose.v[UPRIGHT_POSE_WRIST_L + side];
          pb.v[UPRIGHT_POSE_WRIST_L + side] = b->pose.v[UPRIGHT_POSE_WRIST_L + side];
        }
    }
  pose_lerp (&pa, &pb, s, out);
}

/* Drawing */
/* Public API */

static UprightPoseScript *
new_from_bytes (GBytes  *bytes,
                GError **error)
{
  g_autoptr(UprightPoseScript) self = g_object_new (UPRIGHT_TYPE_POSE_SCRIPT, NULL);

  if (!script_load (self, bytes, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * upright_pose_script_new_from_bytes:
 * @bytes: a pose script as JSON
 * @error: where to say what is wrong with it, naming the field
 *
 * Returns: (transfer full) (nullable): the script
 */
UprightPoseScript *
upright_pose_script_new_from_bytes (GBytes  *bytes,
                                    GError **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return new_from_bytes (bytes, error);
}

/**
 * upright_pose_script_new_from_file:
 * @file: a pose script
 * @error: where to say what is wrong with it
 *
 * Returns: (transfer full) (nullable): the script
 */
UprightPoseScript *
upright_pose_script_new_from_file (GFile   *file,
                                   GError **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = g_file_load_bytes (file, NULL, NULL, error);
  if (bytes == NULL)
    return NULL;

  return new_from_bytes (bytes, error);
}

double
upright_pose_script_get_duration (UprightPoseScript *self)
{
  g_return_val_if_fail (UPRIGHT_IS_POSE_SCRIPT (self), 0);

  return self->duration;
}

gboolean
upright_pose_script_is_front (UprightPoseScript *self)
{
  g_return_val_if_fail (UPRIGHT_IS_POSE_SCRIPT (self), FALSE);

  return self->front;
}

gboolean
upright_pose_script_get_face (UprightPoseScript *self)
{
  g_return_val_if_fail (UPRIGHT_IS_POSE_SCRIPT (self), FALSE);

  return self->face;
}

/**
 * upright_pose_script_get_mirror:
 * @self: a pose script, or one of its parts
 *
 * Returns: whether the picture is drawn as in a mirror: the same movement
 *   done on the body's other side
 */
gboolean
upright_pose_script_get_mirror (UprightPoseScript *self)
{
  g_return_val_if_fail (UPRIGHT_IS_POSE_SCRIPT (self), FALSE);

  return self->mirror;
}

/**
 * upright_pose_script_get_travel:
 * @self: a pose script
 *
 * Returns: how far the figure goes along the floor in one loop, which the
 *   camera follows
 */
double
upright_pose_script_get_travel (UprightPoseScript *self)
{
  g_return_val_if_fail (UPRIGHT_IS_POSE_SCRIPT (self), 0);

  return self->travel;
}

/**
 * upright_pose_script_get_focus:
 * @self: a pose script
 * @x: (out): the middle of the close-up, along the floor
 * @y: (out): its middle, above the floor
 * @size: (out): its height
 *
 * Finds the close-up the camera shows, for a movement too small to see
 * with the whole figure in the picture.
 *
 * Returns: %TRUE if the script asks for a close-up
 */
gboolean
upright_pose_script_get_focus (UprightPoseScript *self,
                               double            *x,
                               double            *y,
                               double            *size)
{
  g_return_val_if_fail (UPRIGHT_IS_POSE_SCRIPT (self), FALSE);

  *x = self->focus[0];
  *y = self->focus[1];
  *size = self->focus[2];
  return self->focus[2] > 0;
}

guint
upright_pose_script_get_n_props (UprightPoseScript *self)
{
  g_return_val_if_fail (UPRIGHT_IS_POSE_SCRIPT (self), 0);

  return self->props->len;
}

const UprightProp *
upright_pose_script_get_prop (UprightPoseScript *self,
                              guint              index)
{
  g_return_val_if_fail (UPRIGHT_IS_POSE_SCRIPT (self), NULL);
  g_return_val_if_fail (index < self->props->len, NULL);

  return &g_array_index (self->props, UprightProp, index);
}

/**
 * upright_pose_script_get_captions:
 * @self: a pose script
 *
 * Returns: (transfer none) (element-type UprightCaption): the caption cues,
 *   in time order, untranslated
 */
GArray *
upright_pose_script_get_captions (UprightPoseScript *self)
{
  g_return_val_if_fail (UPRIGHT_IS_POSE_SCRIPT (self), NULL);

  return self->captions;
}

/**
 * upright_pose_script_get_caption_at:
 * @self: a pose script
 * @t: seconds
 *
 * Returns: (nullable): the caption showing at @t; before the first cue of
 *   the loop, the last one still shows
 */
const char *
upright_pose_script_get_caption_at (UprightPoseScript *self,
                                    double             t)
{
  const char *text = NULL;
  double t_loop;

  g_return_val_if_fail (UPRIGHT_IS_POSE_SCRIPT (self), NULL);

  t_loop = fmod (t, self->duration);
  for (guint i = 0; i < self->captions->len; i++)
    {
      const UprightCaption *caption = &g_array_index (self->captions, UprightCaption, i);

      if (caption->time <= t_loop || text == NULL)
        text = caption->text;
    }

  return text;
}

/**
 * upright_pose_script_pose_at:
 * @self: a pose script
 * @t: seconds from the start; later loops go on from where the last ended
 * @pose: (out caller-allocates): the pose at @t
 */
void
upright_pose_script_pose_at (UprightPoseScript *self,
                             double             t,
                             UprightPose       *pose)
{
  g_return_if_fail (UPRIGHT_IS_POSE_SCRIPT (self));
  g_return_if_fail (pose != NULL);

  self = upright_pose_script_get_part_at (self, t, &t);
  script_pose_at (self, t, pose);
}

/**
 * upright_pose_script_figure_at:
 * @self: a pose script
 * @t: seconds
 * @pose: (out caller-allocates) (optional): the pose at @t
 * @figure: (out caller-allocates): where every part of the figure is
 */
void
upright_pose_script_figure_at (UprightPoseScript *self,
                               double             t,
                               UprightPose       *pose,
                               UprightFigure     *figure)
{
  UprightPose local;

  g_return_if_fail (UPRIGHT_IS_POSE_SCRIPT (self));
  g_return_if_fail (figure != NULL);

  if (pose == NULL)
    pose = &local;
  self = upright_pose_script_get_part_at (self, t, &t);
  script_pose_at (self, t, pose);
  figure_place (figure, pose, self->front, self->grounded);
}

/**
 * upright_pose_script_get_n_parts:
 * @self: a pose script
 *
 * Returns: how many parts the demonstration has, each with its own view
 *   and props, shown one after the other: 1 for most
 */
guint
upright_pose_script_get_n_parts (UprightPoseScript *self)
{
  g_return_val_if_fail (UPRIGHT_IS_POSE_SCRIPT (self), 0);

  return self->parts != NULL ? self->parts->len : 1;
}

/**
 * upright_pose_script_get_part_at:
 * @self: a pose script
 * @t: seconds into the demonstration
 * @part_t: (out) (optional): seconds into the part showing at @t
 *
 * Returns: (transfer none): the part showing at @t, to draw it with its
 *   own view, props and camera; @self when it has only one
 */
UprightPoseScript *
upright_pose_script_get_part_at (UprightPoseScript *self,
                                 double             t,
                                 double            *part_t)
{
  double start = 0;

  g_return_val_if_fail (UPRIGHT_IS_POSE_SCRIPT (self), NULL);

  if (self->parts == NULL)
    {
      if (part_t != NULL)
        *part_t = t;
      return self;
    }

  t = fmod (t, self->duration);
  if (t < 0)
    t += self->duration;
  for (guint i = 0; i < self->parts->len; i++)
    {
      UprightPoseScript *part = g_ptr_array_index (self->parts, i);

      if (t < start + part->duration || i + 1 == self->parts->len)
        {
          if (part_t != NULL)
            *part_t = MIN (t - start, part->duration);
          return part;
        }
      start += part->duration;
    }

  g_assert_not_reached ();
}

/**
 * upright_figure_turn_point:
 * @figure: a figure
 * @turn: how far the body has turned about its long axis, in degrees
 * @point: a point of the figure in the side view's plane
 * @lateral: how far the point lies to the figure's right of its middle
 *   plane (negative to its left)
 * @out: (out): where the point is seen
 * @depth: (out) (optional): how near the viewer it is; the nearer is drawn
 *   over the further
 *
 * Turns a point of the figure about the vertical through its pelvis and
 * projects it onto the picture: the figure is in three dimensions, seen
 * from its right side until it turns.
 */
void
upright_figure_turn_point (const UprightFigure *figure,
                           double               turn,
                           UprightPoint         point,
                           double               lateral,
                           UprightPoint        *out,
                           double              *depth)
{
  double a = rad (turn);
  double dx = point.x - figure->pelvis.x;

  out->x = figure->pelvis.x + dx * cos (a) - lateral * sin (a);
  out->y = point.y;
  if (depth != NULL)
    *depth = dx * sin (a) + lateral * cos (a);
}

/* The hands and feet as they are seen, each with the side it is on. */
typedef struct {
  const char  *name;
  UprightPoint point;
} Extremity;

static guint
collect_extremities (UprightPoseScript   *self,
                     const UprightFigure *figure,
                     const UprightPose   *pose,
                     Extremity            out[24])
{
  static const char * const names[] = {
    "left foot", "right foot", "left hand", "right hand",
  };
  guint n = 0;

  for (int side = 0; side < 2; side++)
    {
      const UprightPoint feet[] = { figure->heel[side], figure->toe[side], figure->ankle[side] };
      const UprightPoint hands[] = { figure->wrist[side], figure->palm[side], figure->fingertip[side] };
      double foot_lateral = self->front ? 0 : (side == 0 ? -1 : 1) * UPRIGHT_FIGURE_HIP_HALF;
      double hand_lateral = self->front ? 0 : (side == 0 ? -1 : 1) * UPRIGHT_FIGURE_SHOULDER_HALF;

      for (guint i = 0; i < G_N_ELEMENTS (feet); i++)
        {
          out[n].name = names[side];
          if (self->front)
            out[n].point = feet[i];
          else
            upright_figure_turn_point (figure, pose->v[UPRIGHT_POSE_TURN], feet[i], foot_lateral, &out[n].point, NULL);
          n++;
        }
      for (guint i = 0; i < G_N_ELEMENTS (hands); i++)
        {
          out[n].name = names[2 + side];
          if (self->front)
            out[n].point = hands[i];
          else
            upright_figure_turn_point (figure, pose->v[UPRIGHT_POSE_TURN], hands[i], hand_lateral, &out[n].point, NULL);
          n++;
        }
    }

  return n;
}

/**
 * upright_pose_script_get_bounds:
 * @self: a pose script
 * @x0: (out): the left of the box
 * @y0: (out): the bottom of the box
 * @x1: (out): the right of the box
 * @y1: (out): the top of the box
 *
 * Finds the box the figure moves in over one loop, as the camera sees it:
 * a walk's camera follows it, so the box is in the camera's frame at the
 * start of the loop. The camera frames this box.
 */
void
upright_pose_script_get_bounds (UprightPoseScript *self,
                                double            *x0,
                                double            *y0,
                                double            *x1,
                                double            *y1)
{
  const guint samples = 48;
  double left = G_MAXDOUBLE, right = -G_MAXDOUBLE, top = -G_MAXDOUBLE;

  g_return_if_fail (UPRIGHT_IS_POSE_SCRIPT (self));

  /* In parts, each has its own camera; the whole covers all of them. */
  if (self->parts != NULL)
    {
      *x0 = *y0 = G_MAXDOUBLE;
      *x1 = *y1 = -G_MAXDOUBLE;
      for (guint i = 0; i < self->parts->len; i++)
        {
          double a, b, c, d;

          upright_pose_script_get_bounds (g_ptr_array_index (self->parts, i), &a, &b, &c, &d);
          *x0 = MIN (*x0, a);
          *y0 = MIN (*y0, b);
          *x1 = MAX (*x1, c);
          *y1 = MAX (*y1, d);
        }
      return;
    }

  for (guint i = 0; i < samples; i++)
    {
      double t = self->duration * i / samples;
      double follow = self->travel * i / samples;
      UprightFigure figure;
      UprightPose pose;
      Extremity ends[24];
      guint n;

      upright_pose_script_figure_at (self, t, &pose, &figure);
      n = collect_extremities (self, &figure, &pose, ends);
      for (guint k = 0; k < n; k++)
        {
          left = MIN (left, ends[k].point.x - follow);
          right = MAX (right, ends[k].point.x - follow);
          top = MAX (top, ends[k].point.y);
        }
      left = MIN (left, figure.head.x - UPRIGHT_FIGURE_HEAD_RADIUS - follow);
      right = MAX (right, figure.head.x + UPRIGHT_FIGURE_HEAD_RADIUS - follow);
      top = MAX (top, figure.head.y + UPRIGHT_FIGURE_HEAD_RADIUS);
      left = MIN (left, figure.pelvis.x - 0.08 - follow);
      right = MAX (right, figure.pelvis.x + 0.08 - follow);
    }

  *x0 = left;
  *x1 = right;
  *y0 = 0;
  *y1 = top;
}

/* Solid props, as boxes in the side view: what a foot or a hand must not
 * go into. */
static gboolean
prop_box (const UprightProp *prop,
          double            *x0,
          double            *y0,
          double            *x1,
          double            *y1)
{
  double f = prop->facing >= 0 ? 1 : -1;

  switch (prop->type)
    {
    case UPRIGHT_PROP_COUNTER:
      if (prop->facing == 0)
        return FALSE;
      *x0 = MIN (prop->x, prop->x - f * prop->depth);
      *x1 = MAX (prop->x, prop->x - f * prop->depth);
      *y0 = 0;
      *y1 = prop->height;
      return TRUE;

    case UPRIGHT_PROP_STEP:
      *x0 = MIN (prop->x, prop->x - f * (prop->depth + 0.6));
      *x1 = MAX (prop->x, prop->x - f * (prop->depth + 0.6));
      *y0 = 0;
      *y1 = prop->height;
      return TRUE;

    case UPRIGHT_PROP_CHAIR:
      *x0 = MIN (prop->x, prop->x - f * prop->depth);
      *x1 = MAX (prop->x, prop->x - f * prop->depth);
      *y0 = prop->seat - 0.03;
      *y1 = prop->seat;
      return TRUE;

    case UPRIGHT_PROP_TABLE:
      /* Only the top and the rail under it are solid: the legs go under
       * it. */
      *x0 = MIN (prop->x, prop->x - f * prop->depth);
      *x1 = MAX (prop->x, prop->x - f * prop->depth);
      *y0 = prop->height - 0.07;
      *y1 = prop->height;
      return TRUE;

    case UPRIGHT_PROP_BED:
      *x0 = prop->x;
      *x1 = prop->x + prop->width;
      *y0 = 0;
      *y1 = prop->height;
      return TRUE;

    case UPRIGHT_PROP_WALL:
      if (prop->facing == 0)
        return FALSE;
      *x0 = f > 0 ? prop->x - 10 : prop->x;
      *x1 = f > 0 ? prop->x : prop->x + 10;
      *y0 = 0;
      *y1 = 10;
      return TRUE;

    case UPRIGHT_PROP_BAND:
    case UPRIGHT_PROP_BALL:
    case UPRIGHT_PROP_MAT:
    case UPRIGHT_PROP_PILLOW:
    case UPRIGHT_PROP_STICK:
    case UPRIGHT_PROP_WEIGHT:
    case UPRIGHT_PROP_DOOR:
    case UPRIGHT_N_PROP_TYPES:
    default:
      return FALSE;
    }
}

static double
distance_to_segment (UprightPoint p,
                     UprightPoint a,
                     UprightPoint b)
{
  double dx = b.x - a.x, dy = b.y - a.y;
  double length2 = dx * dx + dy * dy;
  double s = length2 > 0 ? CLAMP (((p.x - a.x) * dx + (p.y - a.y) * dy) / length2, 0, 1) : 0;

  return hypot (p.x - (a.x + s * dx), p.y - (a.y + s * dy));
}

static gboolean
segments_cross (UprightPoint a,
                UprightPoint b,
                UprightPoint c,
                UprightPoint d)
{
  double d1 = (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
  double d2 = (b.x - a.x) * (d.y - a.y) - (b.y - a.y) * (d.x - a.x);
  double d3 = (d.x - c.x) * (a.y - c.y) - (d.y - c.y) * (a.x - c.x);
  double d4 = (d.x - c.x) * (b.y - c.y) - (d.y - c.y) * (b.x - c.x);

  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

/**
 * upright_figure_get_stick:
 * @figure: a figure
 * @low: (out): the lower end of a stick held along the back
 * @high: (out): its upper end
 *
 * Places a stick along the back, touching the head, upper back and
 * tailbone.
 */
void
upright_figure_get_stick (const UprightFigure *figure,
                          UprightPoint        *low,
                          UprightPoint        *high)
{
  double back = figure->a_chest + G_PI / 2;

  *low = along (along (figure->pelvis, back, 0.07), figure->a_chest, -0.1);
  *high = along (along (figure->head, back, UPRIGHT_FIGURE_HEAD_RADIUS + 0.006), figure->a_chest, 0.1);
}

#define CHECK_STEP 0.05
#define FLOOR_TOLERANCE 0.008
#define PROP_TOLERANCE 0.012
#define GRIP_TOLERANCE 0.04

/**
 * upright_pose_script_check:
 * @self: a pose script
 * @error: where to say what went wrong, and when
 *
 * Plays the loop and checks that no foot or hand goes through the floor
 * or into a solid prop, that the legs do not cross in a front view, and
 * that a stick stays in the hands holding it.
 *
 * Returns: %TRUE if the script passes
 */
gboolean
upright_pose_script_check (UprightPoseScript  *self,
                           GError            **error)
{
  g_return_val_if_fail (UPRIGHT_IS_POSE_SCRIPT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->parts != NULL)
    {
      for (guint i = 0; i < self->parts->len; i++)
        {
          if (!upright_pose_script_check (g_ptr_array_index (self->parts, i), error))
            {
              g_prefix_error (error, "in part %u, ", i + 1);
              return FALSE;
            }
        }
      return TRUE;
    }

  for (double t = 0; t < self->duration; t += CHECK_STEP)
    {
      UprightFigure figure;
      UprightPose pose;
      Extremity ends[24];
      guint n;

      upright_pose_script_figure_at (self, t, &pose, &figure);
      n = collect_extremities (self, &figure, &pose, ends);

      for (guint k = 0; k < n; k++)
        {
          if (ends[k].point.y < -FLOOR_TOLERANCE)
            {
              g_set_error (error, UPRIGHT_POSE_SCRIPT_ERROR, UPRIGHT_POSE_SCRIPT_ERROR_CONSTRAINT,
                           "at %.2f s: the %s goes through the floor", t, ends[k].name);
              return FALSE;
            }

          if (self->front)
            continue;

          for (guint p = 0; p < self->props->len; p++)
            {
              const UprightProp *prop = &g_array_index (self->props, UprightProp, p);
              double x0, y0, x1, y1;

              if (!prop_box (prop, &x0, &y0, &x1, &y1))
                continue;
              if (ends[k].point.x > x0 + PROP_TOLERANCE && ends[k].point.x < x1 - PROP_TOLERANCE &&
                  ends[k].point.y > y0 + PROP_TOLERANCE && ends[k].point.y < y1 - PROP_TOLERANCE)
                {
                  g_set_error (error, UPRIGHT_POSE_SCRIPT_ERROR, UPRIGHT_POSE_SCRIPT_ERROR_CONSTRAINT,
                               "at %.2f s: the %s goes into the %s", t, ends[k].name, prop_names[prop->type]);
                  return FALSE;
                }
            }
        }

      /* Seen from behind, the left leg stays on the left: legs that cross
       * in a side step are how people trip. */
      if (self->front &&
          (figure.ankle[0].x > figure.ankle[1].x + 0.005 ||
           segments_cross (figure.hip[0], figure.ankle[0], figure.hip[1], figure.ankle[1])))
        {
          g_set_error (error, UPRIGHT_POSE_SCRIPT_ERROR, UPRIGHT_POSE_SCRIPT_ERROR_CONSTRAINT,
                       "at %.2f s: the legs cross", t);
          return FALSE;
        }

      for (guint p = 0; p < self->props->len; p++)
        {
          const UprightProp *prop = &g_array_index (self->props, UprightProp, p);
          UprightPoint low, high;

          if (prop->type != UPRIGHT_PROP_STICK)
            continue;

          upright_figure_get_stick (&figure, &low, &high);
          for (int side = 0; side < 2; side++)
            {
              double gap;

              if ((prop->hands & (1u << side)) == 0)
                continue;
              gap = distance_to_segment (figure.palm[side], low, high);
              if (gap > GRIP_TOLERANCE)
                {
                  g_set_error (error, UPRIGHT_POSE_SCRIPT_ERROR, UPRIGHT_POSE_SCRIPT_ERROR_CONSTRAINT,
                               "at %.2f s: the %s hand is %.3f from the stick it holds", t,
                               side == 0 ? "left" : "right", gap);
                  return FALSE;
                }
            }
        }
    }

  return TRUE;
}
