/* upright-draw.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "upright-draw.h"

/* Draws a frame of a demonstration with Cairo: the scene's props, the
 * figure where the pose script's forward kinematics put it, turned and
 * seen in depth, and the caption. No display is needed: the build renders
 * the videos with it, and the tests render key frames. Lengths are
 * fractions of the figure's height until the camera scales them.
 */

G_DEFINE_AUTOPTR_CLEANUP_FUNC (cairo_pattern_t, cairo_pattern_destroy)

static double
rad (double degrees)
{
  return degrees * G_PI / 180.0;
}

static UprightPoint
along (UprightPoint from,
       double       angle,
       double       length)
{
  return (UprightPoint) { from.x + cos (angle) * length, from.y + sin (angle) * length };
}

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
             UprightPoint    centre,
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
              UprightPoint    a,
              UprightPoint    b,
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
              UprightPoint    a,
              UprightPoint    b,
              double   ra,
              double   rb,
              Colour   colour)
{
  UprightPoint middle = { (a.x + b.x) / 2, (a.y + b.y) / 2 };

  cairo_new_path (cr);
  path_capsule (cr, a, b, ra, rb);
  fill_shaded (cr, middle, atan2 (b.y - a.y, b.x - a.x), MAX (ra, rb), colour);
}

static void
draw_foot (cairo_t      *cr,
           const UprightFigure *figure,
           gboolean      front,
           int           side,
           Colour        colour)
{
  UprightPoint ankle = figure->ankle[side];
  double a = figure->a_foot[side];

  cairo_new_path (cr);
  if (front)
    {
      UprightPoint heel = figure->heel[side];

      cairo_save (cr);
      cairo_translate (cr, heel.x, heel.y + 0.022);
      cairo_rotate (cr, a);
      cairo_scale (cr, 0.036, 0.024);
      cairo_arc (cr, 0, 0, 1, 0, 2 * G_PI);
      cairo_restore (cr);
      fill_shaded (cr, (UprightPoint) { heel.x, heel.y + 0.022 }, 0, 0.024, colour);
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
          const UprightFigure *figure,
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
          const UprightFigure *figure,
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
           const UprightFigure *figure,
           gboolean      front,
           gboolean      face)
{
  UprightPoint head = figure->head;
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
      cairo_arc (cr, 0, 0, UPRIGHT_FIGURE_HEAD_RADIUS, 0, 2 * G_PI);
      cairo_restore (cr);
      fill_shaded (cr, head, up + G_PI / 2, UPRIGHT_FIGURE_HEAD_RADIUS, hair);
      for (int side = -1; side <= 1; side += 2)
        {
          cairo_new_path (cr);
          cairo_arc (cr, head.x + side * UPRIGHT_FIGURE_HEAD_RADIUS * 0.9, head.y - 0.005, 0.012, 0, 2 * G_PI);
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
          cairo_arc (cr, 0, -0.008, UPRIGHT_FIGURE_HEAD_RADIUS, 0, 2 * G_PI);
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
  cairo_arc (cr, 0, 0, UPRIGHT_FIGURE_HEAD_RADIUS, 0, 2 * G_PI);
  cairo_restore (cr);
  fill_shaded (cr, head, up + G_PI / 2, UPRIGHT_FIGURE_HEAD_RADIUS, skin);

  cairo_save (cr);
  cairo_translate (cr, head.x, head.y);
  cairo_rotate (cr, up - G_PI / 2);
  cairo_new_path (cr);
  cairo_move_to (cr, UPRIGHT_FIGURE_HEAD_RADIUS * 0.88, 0.004);
  cairo_line_to (cr, UPRIGHT_FIGURE_HEAD_RADIUS * 1.08, -0.016);
  cairo_line_to (cr, UPRIGHT_FIGURE_HEAD_RADIUS * 0.84, -0.022);
  cairo_close_path (cr);
  set_colour (cr, shade (skin, 0.85));
  cairo_fill (cr);
  cairo_arc (cr, UPRIGHT_FIGURE_HEAD_RADIUS * 0.55, 0.012, 0.0065, 0, 2 * G_PI);
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
  cairo_arc (cr, 0, 0, UPRIGHT_FIGURE_HEAD_RADIUS * 1.04, 0, 2 * G_PI);
  cairo_restore (cr);
  cairo_clip (cr);
  cairo_move_to (cr, UPRIGHT_FIGURE_HEAD_RADIUS * 0.7, UPRIGHT_FIGURE_HEAD_RADIUS * 1.2);
  cairo_curve_to (cr, UPRIGHT_FIGURE_HEAD_RADIUS * 0.5, UPRIGHT_FIGURE_HEAD_RADIUS * 0.5, UPRIGHT_FIGURE_HEAD_RADIUS * 0.1, UPRIGHT_FIGURE_HEAD_RADIUS * 0.45,
                  -UPRIGHT_FIGURE_HEAD_RADIUS * 0.05, UPRIGHT_FIGURE_HEAD_RADIUS * 0.2);
  cairo_curve_to (cr, -UPRIGHT_FIGURE_HEAD_RADIUS * 0.15, -UPRIGHT_FIGURE_HEAD_RADIUS * 0.3, -UPRIGHT_FIGURE_HEAD_RADIUS * 0.3, -UPRIGHT_FIGURE_HEAD_RADIUS * 0.7,
                  -UPRIGHT_FIGURE_HEAD_RADIUS * 0.45, -UPRIGHT_FIGURE_HEAD_RADIUS * 0.95);
  cairo_line_to (cr, -UPRIGHT_FIGURE_HEAD_RADIUS * 2, -UPRIGHT_FIGURE_HEAD_RADIUS);
  cairo_line_to (cr, -UPRIGHT_FIGURE_HEAD_RADIUS * 2, UPRIGHT_FIGURE_HEAD_RADIUS * 2);
  cairo_close_path (cr);
  cairo_set_matrix (cr, &world);
  fill_shaded (cr, head, up + G_PI / 2, UPRIGHT_FIGURE_HEAD_RADIUS, hair);
  cairo_restore (cr);
}

static void
draw_torso (cairo_t      *cr,
            const UprightFigure *figure,
            gboolean      front)
{
  double across = figure->a_chest - G_PI / 2;

  cairo_new_path (cr);
  if (front)
    {
      /* Shoulders wider than the hips, a waist between. */
      UprightPoint points[] = {
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
            const UprightProp *prop,
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
           const UprightProp *prop,
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
              const UprightProp *prop,
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
           const UprightProp *prop,
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

      /* The post and rail are on the far side of the stair: paler, behind
       * the legs that pass in front of them. */
      fill_box (cr, post - 0.02, 0, post + 0.02, prop->height + 0.52, far_side (shade (wood, 0.8)));
      cairo_new_path (cr);
      cairo_move_to (cr, post, prop->height + 0.5);
      cairo_line_to (cr, post - f * 0.8, prop->height + 0.5 + 0.8 * 0.6);
      set_colour (cr, far_side (shade (wood, 0.8)));
      cairo_set_line_width (cr, 0.025);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_stroke (cr);
    }
  (void) front;
}

/* The post of a door frame, seen from the side, behind the figure. */
static void
draw_door (cairo_t    *cr,
           const UprightProp *prop)
{
  fill_box (cr, prop->x - prop->width / 2, 0, prop->x + prop->width / 2, prop->height, shade (wood, 1.15));
}

/* A bed from @x, @width long, its mattress on top at @height. */
static void
draw_bed (cairo_t    *cr,
          const UprightProp *prop)
{
  fill_box (cr, prop->x, 0, prop->x + 0.04, prop->height + 0.25, shade (wood, 0.8));
  fill_box (cr, prop->x + prop->width - 0.04, 0, prop->x + prop->width, prop->height + 0.1, shade (wood, 0.8));
  fill_box (cr, prop->x, prop->height - 0.14, prop->x + prop->width, prop->height - 0.08, wood);
  fill_box (cr, prop->x + 0.02, prop->height - 0.08, prop->x + prop->width - 0.02, prop->height, (Colour) { 0.90, 0.92, 0.95 });
}

/* A table beside the figure, on its far side, seen from the side: the
 * end at @x is the one the figure faces. */
static void
draw_table (cairo_t    *cr,
            const UprightProp *prop)
{
  double f = prop->facing >= 0 ? 1 : -1;
  double edge = prop->x, back = prop->x - f * prop->depth;
  Colour leg = far_side (shade (wood, 0.8));

  fill_box (cr, back + f * 0.02, 0, back + f * 0.045, prop->height - 0.03, leg);
  fill_box (cr, edge - f * 0.045, 0, edge - f * 0.02, prop->height - 0.03, leg);
  fill_box (cr, back + f * 0.02, prop->height - 0.07, edge - f * 0.02, prop->height - 0.03, far_side (wood));
  fill_box (cr, back, prop->height - 0.03, edge, prop->height, shade (wood, 1.1));
}

static void
draw_mat (cairo_t    *cr,
          const UprightProp *prop)
{
  cairo_new_path (cr);
  cairo_rectangle (cr, prop->x - prop->width / 2, 0, prop->width, prop->height);
  set_colour (cr, mat_colour);
  cairo_fill (cr);
}

static void
draw_pillow (cairo_t    *cr,
             const UprightProp *prop)
{
  cairo_new_path (cr);
  cairo_save (cr);
  cairo_translate (cr, prop->x, prop->y + prop->height / 2);
  cairo_scale (cr, prop->width / 2, prop->height / 2);
  cairo_arc (cr, 0, 0, 1, 0, 2 * G_PI);
  cairo_restore (cr);
  fill_shaded (cr, (UprightPoint) { prop->x, prop->y + prop->height / 2 }, 0, prop->height / 2,
               (Colour) { 0.93, 0.90, 0.80 });
}

static void
draw_band (cairo_t      *cr,
           const UprightProp   *prop,
           const UprightFigure *figure,
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
              const UprightProp   *prop,
              const UprightFigure *figure,
              const UprightPose   *pose)
{
  UprightPoint palm = figure->palm[prop->hand];
  UprightPoint wrist = figure->wrist[prop->hand];
  double a = atan2 (palm.y - wrist.y, palm.x - wrist.x);

  if (prop->type == UPRIGHT_PROP_BALL)
    {
      /* The ball flattens as the fingers close on it. */
      double squeeze = CLAMP (fabs (pose->v[UPRIGHT_POSE_FINGERS_L + prop->hand]) / 90.0, 0, 1);
      double curl = pose->v[UPRIGHT_POSE_FINGERS_L + prop->hand] >= 0 ? 1 : -1;
      UprightPoint centre = along (along (palm, a + curl * G_PI / 2, prop->radius * 0.75), a, 0.012);

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

  /* A small dumbbell across the palm. Gripped with curled fingers, it
   * sits on the palm's side of the hand, so that palm up and palm down
   * (a wrist curl and a reverse wrist curl) can be told apart, with the
   * fingers wrapped round it in front. */
  {
    double fingers = pose->v[UPRIGHT_POSE_FINGERS_L + prop->hand];
    gboolean gripped = fabs (fingers) >= 30;
    UprightPoint centre = gripped ? along (palm, a + (fingers > 0 ? 1 : -1) * G_PI / 2, 0.02) : palm;
    UprightPoint a_end = along (centre, a + G_PI / 2, 0.045);
    UprightPoint b_end = along (centre, a - G_PI / 2, 0.045);
    const Colour metal = { 0.35, 0.38, 0.42 };

    draw_capsule (cr, a_end, b_end, 0.008, 0.008, metal);
    draw_capsule (cr, along (a_end, a, -0.02), along (a_end, a, 0.02), 0.012, 0.012, metal);
    draw_capsule (cr, along (b_end, a, -0.02), along (b_end, a, 0.02), 0.012, 0.012, metal);
    if (gripped)
      draw_capsule (cr, palm, figure->fingertip[prop->hand], 0.016, 0.011,
                    prop->hand == 0 ? far_side (skin) : skin);
  }
}

static void
draw_stick (cairo_t             *cr,
            const UprightFigure *figure)
{
  UprightPoint low, high;

  upright_figure_get_stick (figure, &low, &high);
  draw_capsule (cr, low, high, 0.009, 0.009, wood);
}

static void
draw_caption (cairo_t    *cr,
              const char *text,
              int         width,
              int         height)
{
  cairo_text_extents_t extents;
  double size = height / 24.0;

  cairo_select_font_face (cr, "Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD);
  cairo_set_font_size (cr, size);
  cairo_text_extents (cr, text, &extents);
  cairo_new_path (cr);
  cairo_rectangle (cr, (width - extents.width) / 2 - size * 0.6, height - size * 2.4,
                   extents.width + size * 1.2, size * 1.8);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.6);
  cairo_fill (cr);
  cairo_move_to (cr, (width - extents.width) / 2 - extents.x_bearing, height - size * 1.1);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_show_text (cr, text);
}

/* The figure, turned about its long axis and seen from the side: each
 * point moves by its depth, the nearer limbs are drawn over the further,
 * and feet and head are seen narrower, or mirrored, as the body turns. */
static void
project_side (const UprightFigure *figure,
              double               turn,
              int                  side,
              UprightFigure       *seen)
{
  double mirror = side == 0 ? -1 : 1;
  UprightPoint *leg[] = {
    &seen->hip[side], &seen->knee[side], &seen->ankle[side], &seen->heel[side], &seen->toe[side],
  };
  UprightPoint *arm[] = {
    &seen->shoulder[side], &seen->elbow[side], &seen->wrist[side], &seen->palm[side], &seen->fingertip[side],
  };

  for (guint i = 0; i < G_N_ELEMENTS (leg); i++)
    upright_figure_turn_point (figure, turn, *leg[i], mirror * UPRIGHT_FIGURE_HIP_HALF, leg[i], NULL);
  for (guint i = 0; i < G_N_ELEMENTS (arm); i++)
    upright_figure_turn_point (figure, turn, *arm[i], mirror * UPRIGHT_FIGURE_SHOULDER_HALF, arm[i], NULL);
}

static void
squeeze_about (cairo_t *cr,
               double   x,
               double   sx)
{
  cairo_translate (cr, x, 0);
  cairo_scale (cr, sx, 1);
  cairo_translate (cr, -x, 0);
}

static void
draw_side_leg (cairo_t             *cr,
               const UprightFigure *seen,
               int                  side,
               gboolean             far,
               double               facing)
{
  Colour cloth = far ? far_side (trousers) : trousers;

  draw_capsule (cr, seen->knee[side], seen->ankle[side], 0.030, 0.022, cloth);
  draw_capsule (cr, seen->hip[side], seen->knee[side], 0.050, 0.034, cloth);
  cairo_save (cr);
  squeeze_about (cr, seen->ankle[side].x, facing);
  draw_foot (cr, seen, FALSE, side, far ? far_side (shoe) : shoe);
  cairo_restore (cr);
}

static void
draw_figure (cairo_t             *cr,
             const UprightFigure *figure,
             const UprightPose   *pose,
             gboolean             front,
             gboolean             face,
             UprightFigure       *seen)
{
  double turn = pose->v[UPRIGHT_POSE_TURN];
  double facing, sideways, depth[2], narrow;
  int near;

  *seen = *figure;
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  if (front)
    {
      /* Both sides are equally near. */
      draw_leg (cr, figure, TRUE, 0, FALSE);
      draw_leg (cr, figure, TRUE, 1, FALSE);
      draw_torso (cr, figure, TRUE);
      draw_head (cr, figure, TRUE, face);
      draw_arm (cr, figure, 0, FALSE);
      draw_arm (cr, figure, 1, FALSE);
      return;
    }

  /* How much of the side is seen, and which side is nearer. */
  facing = cos (rad (turn));
  sideways = fabs (sin (rad (turn)));
  narrow = facing >= 0 ? MAX (facing, 0.35) : MIN (facing, -0.35);
  for (int side = 0; side < 2; side++)
    {
      UprightPoint hip;

      upright_figure_turn_point (figure, turn, figure->hip[side], (side == 0 ? -1 : 1) * UPRIGHT_FIGURE_HIP_HALF,
                                 &hip, &depth[side]);
      project_side (figure, turn, side, seen);
    }
  near = depth[1] >= depth[0] ? 1 : 0;

  draw_arm (cr, seen, 1 - near, TRUE);
  draw_side_leg (cr, seen, 1 - near, TRUE, narrow);

  /* The trunk is wider seen from the front or the back. */
  draw_torso (cr, seen, FALSE);
  if (sideways > 0.2)
    {
      UprightPoint l_hip, r_hip, l_shoulder, r_shoulder;

      upright_figure_turn_point (figure, turn, figure->pelvis, -UPRIGHT_FIGURE_HIP_HALF * 0.9, &l_hip, NULL);
      upright_figure_turn_point (figure, turn, figure->pelvis, UPRIGHT_FIGURE_HIP_HALF * 0.9, &r_hip, NULL);
      upright_figure_turn_point (figure, turn, figure->chest, -UPRIGHT_FIGURE_SHOULDER_HALF * 0.8, &l_shoulder, NULL);
      upright_figure_turn_point (figure, turn, figure->chest, UPRIGHT_FIGURE_SHOULDER_HALF * 0.8, &r_shoulder, NULL);
      draw_capsule (cr, l_hip, r_hip, 0.06, 0.06, trousers);
      cairo_new_path (cr);
      cairo_move_to (cr, l_hip.x, l_hip.y + 0.03);
      cairo_line_to (cr, l_shoulder.x, l_shoulder.y);
      cairo_line_to (cr, r_shoulder.x, r_shoulder.y);
      cairo_line_to (cr, r_hip.x, r_hip.y + 0.03);
      cairo_close_path (cr);
      fill_shaded (cr, figure->chest, figure->a_chest + G_PI / 2, 0.12, shirt);
    }

  /* Seen from in front or behind, the head is round; from the side, a
   * profile that faces the way the body does. */
  cairo_save (cr);
  if (fabs (facing) < 0.35)
    draw_head (cr, seen, TRUE, sin (rad (turn)) > 0);
  else
    {
      squeeze_about (cr, seen->head.x, narrow);
      draw_head (cr, seen, FALSE, FALSE);
    }
  cairo_restore (cr);

  draw_side_leg (cr, seen, near, FALSE, narrow);
  draw_arm (cr, seen, near, FALSE);
}

static void
draw_scene (cairo_t             *cr,
            UprightPoseScript   *script,
            const UprightFigure *figure,
            gboolean             behind)
{
  gboolean front = upright_pose_script_is_front (script);

  for (guint i = 0; i < upright_pose_script_get_n_props (script); i++)
    {
      const UprightProp *prop = upright_pose_script_get_prop (script, i);

      if (behind)
        {
          if (prop->type == UPRIGHT_PROP_WALL)
            draw_wall (cr, prop, front);
          else if (prop->type == UPRIGHT_PROP_DOOR)
            draw_door (cr, prop);
          continue;
        }

      switch (prop->type)
        {
        case UPRIGHT_PROP_CHAIR: draw_chair (cr, prop, front); break;
        case UPRIGHT_PROP_COUNTER: draw_counter (cr, prop, front); break;
        case UPRIGHT_PROP_STEP: draw_step (cr, prop, front); break;
        case UPRIGHT_PROP_MAT: draw_mat (cr, prop); break;
        case UPRIGHT_PROP_BED: draw_bed (cr, prop); break;
        case UPRIGHT_PROP_TABLE: draw_table (cr, prop); break;
        case UPRIGHT_PROP_PILLOW: draw_pillow (cr, prop); break;
        case UPRIGHT_PROP_BAND: draw_band (cr, prop, figure, TRUE); break;
        case UPRIGHT_PROP_WALL:
        case UPRIGHT_PROP_DOOR:
        case UPRIGHT_PROP_BALL:
        case UPRIGHT_PROP_STICK:
        case UPRIGHT_PROP_WEIGHT:
        case UPRIGHT_N_PROP_TYPES:
        default:
          break;
        }
    }
}

static void
draw_held (cairo_t             *cr,
           UprightPoseScript   *script,
           const UprightFigure *seen,
           const UprightPose   *pose)
{
  for (guint i = 0; i < upright_pose_script_get_n_props (script); i++)
    {
      const UprightProp *prop = upright_pose_script_get_prop (script, i);

      if (prop->type == UPRIGHT_PROP_BAND)
        draw_band (cr, prop, seen, FALSE);
      else if (prop->type == UPRIGHT_PROP_BALL || prop->type == UPRIGHT_PROP_WEIGHT)
        draw_in_hand (cr, prop, seen, pose);
      else if (prop->type == UPRIGHT_PROP_STICK)
        draw_stick (cr, seen);
    }
}

/**
 * upright_draw_get_camera:
 * @script: a pose script
 * @width: the picture's width in pixels
 * @height: its height
 * @camera: (out): where the camera looks and how near it is
 *
 * Frames the movement: the box the figure moves in over the loop fills
 * most of the picture's height, or its width for a figure lying down, with
 * the floor near the bottom and room for the caption; or the script's
 * close-up fills it.
 */
void
upright_draw_get_camera (UprightPoseScript *script,
                         int                width,
                         int                height,
                         UprightCamera     *camera)
{
  double x0, y0, x1, y1;
  double focus_x, focus_y, size;

  g_return_if_fail (UPRIGHT_IS_POSE_SCRIPT (script));
  g_return_if_fail (camera != NULL);

  /* A close-up puts its box a little above the middle, clear of the
   * caption. */
  if (upright_pose_script_get_focus (script, &focus_x, &focus_y, &size))
    {
      camera->scale = MIN (0.8 * height / size, 0.86 * width / size);
      camera->x = focus_x;
      camera->floor = height * 0.45 + focus_y * camera->scale;
      return;
    }

  upright_pose_script_get_bounds (script, &x0, &y0, &x1, &y1);
  /* A little room above the head, and at least half a standing figure's
   * height, so that a figure lying down is not blown up. */
  y1 = MAX (y1 + 0.04, 0.55);
  camera->scale = MIN (0.8 * height / y1, 0.86 * width / (x1 - x0 + 0.12));
  camera->x = (x0 + x1) / 2;
  camera->floor = height * 0.88;
}

/**
 * upright_draw_frame:
 * @cr: where to draw
 * @script: a pose script
 * @t: seconds into the demonstration
 * @width: the picture's width in pixels
 * @height: its height
 * @captions: whether to draw the caption cue
 *
 * Draws one frame of the demonstration, filling @width × @height.
 */
void
upright_draw_frame (cairo_t           *cr,
                    UprightPoseScript *script,
                    double             t,
                    int                width,
                    int                height,
                    gboolean           captions)
{
  g_autoptr(cairo_pattern_t) sky = NULL;
  UprightCamera camera;
  UprightFigure figure, seen;
  UprightPose pose;
  double duration, follow;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (UPRIGHT_IS_POSE_SCRIPT (script));

  /* A demonstration in parts shows each with its own view, props and
   * camera, as a film cuts from one to the next. */
  script = upright_pose_script_get_part_at (script, t, &t);
  duration = upright_pose_script_get_duration (script);
  follow = upright_pose_script_get_travel (script) * fmod (t, duration) / duration;
  upright_draw_get_camera (script, width, height, &camera);
  upright_pose_script_figure_at (script, t, &pose, &figure);

  /* The same movement on the body's other side is its mirror image; the
   * caption is not mirrored. */
  cairo_save (cr);
  if (upright_pose_script_get_mirror (script))
    {
      cairo_translate (cr, width, 0);
      cairo_scale (cr, -1, 1);
    }

  sky = cairo_pattern_create_linear (0, 0, 0, height);
  cairo_pattern_add_color_stop_rgb (sky, 0, 0.95, 0.96, 0.98);
  cairo_pattern_add_color_stop_rgb (sky, 1, 0.84, 0.88, 0.93);
  cairo_set_source (cr, sky);
  cairo_paint (cr);

  cairo_save (cr);
  cairo_translate (cr, width / 2.0 - (camera.x + follow) * camera.scale, camera.floor);
  cairo_scale (cr, camera.scale, -camera.scale);

  draw_scene (cr, script, &figure, TRUE);

  /* The floor. */
  cairo_new_path (cr);
  cairo_rectangle (cr, -30, -10, 60, 10);
  cairo_set_source_rgb (cr, 0.80, 0.77, 0.72);
  cairo_fill (cr);
  cairo_new_path (cr);
  cairo_move_to (cr, -30, 0);
  cairo_line_to (cr, 30, 0);
  cairo_set_source_rgb (cr, 0.55, 0.51, 0.46);
  cairo_set_line_width (cr, 0.006);
  cairo_stroke (cr);

  draw_scene (cr, script, &figure, FALSE);
  draw_figure (cr, &figure, &pose, upright_pose_script_is_front (script),
               upright_pose_script_get_face (script), &seen);
  draw_held (cr, script, &seen, &pose);
  cairo_restore (cr);
  cairo_restore (cr);

  if (captions)
    {
      const char *text = upright_pose_script_get_caption_at (script, t);

      if (text != NULL)
        draw_caption (cr, text, width, height);
    }
}

/* One foot seen from above, toes up, its heel at (@x, @y), @length long
 * from heel to toes: the sole, then the five toes, the big one inside. */
static void
append_foot (cairo_t *cr,
             double   x,
             double   y,
             double   length,
             gboolean left)
{
  double width = length * 0.38;
  double inside = left ? 1.0 : -1.0;
  double sole = length * 0.8;
  /* The toes, from the big one outwards: where across the foot, how far
   * up, and how big, in parts of the foot's width and length. */
  static const double toes[5][3] = {
    {  0.30, 0.90, 0.15 },
    {  0.05, 0.93, 0.10 },
    { -0.15, 0.91, 0.09 },
    { -0.32, 0.88, 0.08 },
    { -0.46, 0.83, 0.07 },
  };

  /* The sole: narrow at the heel, broad at the ball, widest inside. */
  cairo_new_sub_path (cr);
  cairo_move_to (cr, x, y);
  cairo_curve_to (cr,
                  x - inside * width * 0.45, y,
                  x - inside * width * 0.55, y - sole * 0.55,
                  x - inside * width * 0.5, y - sole * 0.85);
  cairo_curve_to (cr,
                  x - inside * width * 0.45, y - sole * 1.02,
                  x + inside * width * 0.45, y - sole * 1.05,
                  x + inside * width * 0.5, y - sole * 0.85);
  cairo_curve_to (cr,
                  x + inside * width * 0.55, y - sole * 0.6,
                  x + inside * width * 0.25, y - sole * 0.45,
                  x + inside * width * 0.35, y - sole * 0.2);
  cairo_curve_to (cr,
                  x + inside * width * 0.4, y - sole * 0.02,
                  x + inside * width * 0.2, y,
                  x, y);
  cairo_close_path (cr);

  for (guint i = 0; i < G_N_ELEMENTS (toes); i++)
    {
      double r = toes[i][2] * width;

      cairo_new_sub_path (cr);
      cairo_arc (cr, x + inside * toes[i][0] * width, y - toes[i][1] * length - r * 0.3,
                 r, 0.0, 2 * G_PI);
    }
}

/**
 * upright_draw_stance:
 * @cr: where to draw
 * @stance: the stance of the 4-Stage Balance Test, 0 to 3
 * @width: the width of the picture
 * @height: the height of the picture
 *
 * Draws where the feet go in a stance, seen from above: side by side; the
 * arch of one foot against the big toe of the other; one foot right in
 * front of the other, heel to toe; on one foot, the other lifted (drawn
 * dashed). Uses the source of @cr for the feet.
 */
void
upright_draw_stance (cairo_t *cr,
                     guint    stance,
                     int      width,
                     int      height)
{
  /* Two feet, heel to toe, fill the height with a little room. */
  double length = MIN (height * 0.46, width * 0.5);
  double gap = length * 0.04;
  double cx = width / 2.0;
  double bottom = height / 2.0 + length;
  double half = length * 0.38 / 2.0;

  g_return_if_fail (stance < 4);

  cairo_save (cr);
  cairo_set_line_width (cr, MAX (1.5, length / 40.0));
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  switch (stance)
    {
    case 0:
      /* Side by side, touching. */
      append_foot (cr, cx - half - gap, bottom - length * 0.5, length, TRUE);
      append_foot (cr, cx + half + gap, bottom - length * 0.5, length, FALSE);
      cairo_fill (cr);
      break;

    case 1:
      /* The right foot half a foot ahead, its heel by the left's arch. */
      append_foot (cr, cx - half - gap, bottom - length * 0.25, length, TRUE);
      append_foot (cr, cx + half + gap, bottom - length * 0.75, length, FALSE);
      cairo_fill (cr);
      break;

    case 2:
      /* In a line, the right heel against the left toes. */
      append_foot (cr, cx, bottom, length, TRUE);
      append_foot (cr, cx, bottom - length - gap, length, FALSE);
      cairo_fill (cr);
      break;

    case 3:
    default:
      {
        const double dashes[] = { length / 16.0, length / 16.0 };

        /* On the left foot; the right one off the floor. */
        append_foot (cr, cx - half - gap, bottom - length * 0.5, length, TRUE);
        cairo_fill (cr);
        append_foot (cr, cx + half + gap, bottom - length * 0.5, length, FALSE);
        cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0.0);
        cairo_stroke (cr);
      }
      break;
    }

  cairo_restore (cr);
}
