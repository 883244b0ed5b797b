/* test-pose-script.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "draw/upright-draw.h"

#define SCRIPT(props, keyframes) \
  "{\"format\": \"upright-demo\", \"version\": 1, \"view\": \"side\", \"duration\": 8," \
  " \"props\": " props ", \"keyframes\": " keyframes "," \
  " \"captions\": [{\"t\": 0, \"text\": \"Stand tall\"}, {\"t\": 2, \"text\": \"Bend\"}]}"

static UprightPoseScript *
load_text (const char  *text,
           GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return upright_pose_script_new_from_bytes (bytes, error);
}

static double
distance (UprightPoint a,
          UprightPoint b)
{
  return hypot (a.x - b.x, a.y - b.y);
}

static void
test_pose_script_read (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(UprightPoseScript) script =
    load_text (SCRIPT ("[{\"type\": \"counter\", \"x\": 0.3, \"facing\": -1}]",
                       "[{\"t\": 0, \"pose\": {\"y\": 0.53, \"knee_l\": 0}}, {\"t\": 4, \"pose\": {\"y\": 0.45, \"knee_l\": 40}}]"),
               &error);
  UprightPose pose;
  GArray *captions;

  g_assert_no_error (error);
  g_assert_cmpfloat (upright_pose_script_get_duration (script), ==, 8);
  g_assert_false (upright_pose_script_is_front (script));
  g_assert_cmpuint (upright_pose_script_get_n_props (script), ==, 1);
  g_assert_cmpint (upright_pose_script_get_prop (script, 0)->type, ==, UPRIGHT_PROP_COUNTER);
  /* Defaults fill what the script leaves out: a kitchen counter's height. */
  g_assert_cmpfloat (upright_pose_script_get_prop (script, 0)->height, ==, 0.55);

  captions = upright_pose_script_get_captions (script);
  g_assert_cmpuint (captions->len, ==, 2);
  g_assert_cmpstr (upright_pose_script_get_caption_at (script, 1.0), ==, "Stand tall");
  g_assert_cmpstr (upright_pose_script_get_caption_at (script, 3.0), ==, "Bend");
  /* A later loop shows the same cues. */
  g_assert_cmpstr (upright_pose_script_get_caption_at (script, 8.5), ==, "Stand tall");

  /* Keyframes are met exactly, and halfway between them the values are
   * halfway too, eased in and out. */
  upright_pose_script_pose_at (script, 0, &pose);
  g_assert_cmpfloat_with_epsilon (pose.v[UPRIGHT_POSE_Y], 0.53, 1e-9);
  upright_pose_script_pose_at (script, 4, &pose);
  g_assert_cmpfloat_with_epsilon (pose.v[UPRIGHT_POSE_KNEE_L], 40, 1e-9);
  upright_pose_script_pose_at (script, 2, &pose);
  g_assert_cmpfloat_with_epsilon (pose.v[UPRIGHT_POSE_KNEE_L], 20, 1e-9);
  upright_pose_script_pose_at (script, 1, &pose);
  g_assert_cmpfloat (pose.v[UPRIGHT_POSE_KNEE_L], <, 10);
  /* After the last keyframe the loop eases back to the first. */
  upright_pose_script_pose_at (script, 6, &pose);
  g_assert_cmpfloat_with_epsilon (pose.v[UPRIGHT_POSE_KNEE_L], 20, 1e-9);
}

/* A demonstration in two parts: side on, then from behind, as a film cuts
 * from one camera to another. */
static void
test_pose_script_parts (void)
{
  const char *text =
    "{\"format\": \"upright-demo\", \"version\": 1, \"parts\": ["
    " {\"view\": \"side\", \"duration\": 8,"
    "  \"props\": [{\"type\": \"counter\", \"x\": 0.3, \"facing\": -1}],"
    "  \"keyframes\": [{\"t\": 0, \"pose\": {\"neck\": 0}}, {\"t\": 4, \"pose\": {\"neck\": 10}}],"
    "  \"captions\": [{\"t\": 0, \"text\": \"Forwards\"}, {\"t\": 4, \"text\": \"Back\"}]},"
    " {\"view\": \"front\", \"duration\": 6,"
    "  \"props\": [],"
    "  \"keyframes\": [{\"t\": 0, \"pose\": {\"x\": 0}}, {\"t\": 3, \"pose\": {\"x\": 0.05}}],"
    "  \"captions\": [{\"t\": 0, \"text\": \"Side to side\"}]}]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(UprightPoseScript) script = load_text (text, &error);
  UprightPoseScript *part;
  GArray *captions;
  UprightPose pose;
  double t;

  g_assert_no_error (error);
  g_assert_cmpuint (upright_pose_script_get_n_parts (script), ==, 2);
  g_assert_cmpfloat (upright_pose_script_get_duration (script), ==, 14);

  /* The first eight seconds are the first part, side on, with its counter. */
  part = upright_pose_script_get_part_at (script, 5, &t);
  g_assert_false (upright_pose_script_is_front (part));
  g_assert_cmpuint (upright_pose_script_get_n_props (part), ==, 1);
  g_assert_cmpfloat (t, ==, 5);

  /* Then the second, from behind, its time counted from its own start. */
  part = upright_pose_script_get_part_at (script, 11, &t);
  g_assert_true (upright_pose_script_is_front (part));
  g_assert_cmpuint (upright_pose_script_get_n_props (part), ==, 0);
  g_assert_cmpfloat (fabs (t - 3), <, 1e-9);
  upright_pose_script_pose_at (script, 11, &pose);
  g_assert_cmpfloat (fabs (pose.v[UPRIGHT_POSE_X] - 0.05), <, 1e-9);
  upright_pose_script_pose_at (script, 4, &pose);
  g_assert_cmpfloat (fabs (pose.v[UPRIGHT_POSE_NECK] - 10), <, 1e-9);

  /* And round again. */
  g_assert_true (upright_pose_script_get_part_at (script, 14.5, NULL) ==
                 upright_pose_script_get_part_at (script, 0.5, NULL));

  /* The captions follow one another, each part's from its start. */
  captions = upright_pose_script_get_captions (script);
  g_assert_cmpuint (captions->len, ==, 3);
  g_assert_cmpfloat (g_array_index (captions, UprightCaption, 2).time, ==, 8);
  g_assert_cmpstr (upright_pose_script_get_caption_at (script, 5), ==, "Back");
  g_assert_cmpstr (upright_pose_script_get_caption_at (script, 9), ==, "Side to side");

  upright_pose_script_check (script, &error);
  g_assert_no_error (error);
}

/* The other side is the same movement in a mirror: each frame of the
 * mirrored part is the first part's frame, flipped left for right. */
static void
test_pose_script_mirror (void)
{
  const char *text =
    "{\"format\": \"upright-demo\", \"version\": 1, \"parts\": ["
    " {\"view\": \"side\", \"duration\": 8,"
    "  \"props\": [{\"type\": \"chair\", \"x\": 0.15, \"facing\": -1}],"
    "  \"keyframes\": [{\"t\": 0, \"pose\": {\"hip_r\": 0}}, {\"t\": 4, \"pose\": {\"hip_r\": -20}}],"
    "  \"captions\": [{\"t\": 0, \"text\": \"One leg back\"}]},"
    " {\"same_as\": 0, \"mirror\": true,"
    "  \"captions\": [{\"t\": 0, \"text\": \"Now the other side\"}]}]}";
  const int width = 160, height = 90;
  g_autoptr(GError) error = NULL;
  g_autoptr(UprightPoseScript) script = load_text (text, &error);
  cairo_surface_t *first, *second;
  guint differ = 0, painted = 0;

  g_assert_no_error (error);
  g_assert_cmpfloat (upright_pose_script_get_duration (script), ==, 16);
  g_assert_false (upright_pose_script_get_mirror (upright_pose_script_get_part_at (script, 3, NULL)));
  g_assert_true (upright_pose_script_get_mirror (upright_pose_script_get_part_at (script, 11, NULL)));
  g_assert_cmpstr (upright_pose_script_get_caption_at (script, 11), ==, "Now the other side");

  first = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  second = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  {
    cairo_t *cr = cairo_create (first);

    upright_draw_frame (cr, script, 3, width, height, FALSE);
    cairo_destroy (cr);
    cr = cairo_create (second);
    upright_draw_frame (cr, script, 11, width, height, FALSE);
    cairo_destroy (cr);
  }
  cairo_surface_flush (first);
  cairo_surface_flush (second);

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 a = *(guint32 *) (cairo_image_surface_get_data (first) + y * cairo_image_surface_get_stride (first) + x * 4);
        guint32 b = *(guint32 *) (cairo_image_surface_get_data (second) + y * cairo_image_surface_get_stride (second) + (width - 1 - x) * 4);
        guint32 unflipped = *(guint32 *) (cairo_image_surface_get_data (second) + y * cairo_image_surface_get_stride (second) + x * 4);

        guint near = 0;

        for (guint shift = 0; shift < 24; shift += 8)
          near += ABS ((int) ((a >> shift) & 0xff) - (int) ((b >> shift) & 0xff)) <= 40;
        differ += near < 3;
        painted += a != unflipped;
      }

  /* The same picture, flipped: and not the same picture unflipped. */
  g_assert_cmpuint (differ, <, width * height / 100);
  g_assert_cmpuint (painted, >, width * height / 20);

  cairo_surface_destroy (first);
  cairo_surface_destroy (second);

  /* Only an earlier part can be repeated. */
  g_clear_object (&script);
  script = load_text ("{\"format\": \"upright-demo\", \"version\": 1, \"parts\": ["
                      " {\"same_as\": 1, \"mirror\": true},"
                      " {\"view\": \"side\", \"duration\": 8, \"props\": [],"
                      "  \"keyframes\": [{\"t\": 0, \"pose\": {}}, {\"t\": 4, \"pose\": {}}], \"captions\": []}]}",
                      &error);
  g_assert_null (script);
  g_assert_nonnull (strstr (error->message, "same_as"));
}

static void
test_pose_script_parts_broken (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(UprightPoseScript) one = NULL;
  g_autoptr(UprightPoseScript) bad = NULL;

  one = load_text ("{\"format\": \"upright-demo\", \"version\": 1, \"parts\": ["
                   " {\"view\": \"side\", \"duration\": 8, \"props\": [],"
                   "  \"keyframes\": [{\"t\": 0, \"pose\": {}}, {\"t\": 4, \"pose\": {}}], \"captions\": []}]}",
                   &error);
  g_assert_null (one);
  g_assert_error (error, UPRIGHT_POSE_SCRIPT_ERROR, UPRIGHT_POSE_SCRIPT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "at least two parts"));
  g_clear_error (&error);

  /* What is wrong in a part names the part. */
  bad = load_text ("{\"format\": \"upright-demo\", \"version\": 1, \"parts\": ["
                   " {\"view\": \"side\", \"duration\": 8, \"props\": [],"
                   "  \"keyframes\": [{\"t\": 0, \"pose\": {}}, {\"t\": 4, \"pose\": {}}], \"captions\": []},"
                   " {\"view\": \"top\", \"duration\": 8, \"props\": [],"
                   "  \"keyframes\": [{\"t\": 0, \"pose\": {}}, {\"t\": 4, \"pose\": {}}], \"captions\": []}]}",
                   &error);
  g_assert_null (bad);
  g_assert_nonnull (strstr (error->message, "parts[1]"));
  g_assert_nonnull (strstr (error->message, "view"));
}

static void
test_pose_script_kinematics (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(UprightPoseScript) script =
    load_text (SCRIPT ("[]",
                       "[{\"t\": 0, \"pose\": {\"foot_l\": [-0.01, 0.039], \"foot_r\": [0.0, 0.039]}},"
                       " {\"t\": 4, \"pose\": {\"y\": 0.45, \"pelvis\": 20}}]"),
               &error);

  g_assert_no_error (error);

  for (double t = 0; t < 8; t += 0.5)
    {
      UprightFigure figure;

      upright_pose_script_figure_at (script, t, NULL, &figure);
      for (int side = 0; side < 2; side++)
        {
          /* The segments keep the lengths of the figure's proportions. */
          g_assert_cmpfloat_with_epsilon (distance (figure.hip[side], figure.knee[side]), UPRIGHT_FIGURE_THIGH, 1e-6);
          g_assert_cmpfloat_with_epsilon (distance (figure.knee[side], figure.ankle[side]), UPRIGHT_FIGURE_SHANK, 1e-6);
          g_assert_cmpfloat_with_epsilon (distance (figure.shoulder[side], figure.elbow[side]),
                                          UPRIGHT_FIGURE_UPPER_ARM, 1e-6);
          g_assert_cmpfloat_with_epsilon (distance (figure.elbow[side], figure.wrist[side]),
                                          UPRIGHT_FIGURE_FOREARM, 1e-6);
        }
      /* A planted foot stays where it was put while the knees bend. */
      g_assert_cmpfloat_with_epsilon (figure.ankle[1].x, 0.0, 1e-6);
      g_assert_cmpfloat_with_epsilon (figure.ankle[1].y, 0.039, 1e-6);
    }
}

static void
test_pose_script_turn (void)
{
  UprightFigure figure = { 0 };
  UprightPoint seen;
  double depth;

  figure.pelvis = (UprightPoint) { 0.2, 0.53 };

  /* Unturned, a point in front of the pelvis stays put, and the right side
   * is nearer than the left. */
  upright_figure_turn_point (&figure, 0, (UprightPoint) { 0.3, 0.8 }, 0.1, &seen, &depth);
  g_assert_cmpfloat_with_epsilon (seen.x, 0.3, 1e-9);
  g_assert_cmpfloat (depth, >, 0);

  /* Turned to face the viewer, the right side is seen on the left. */
  upright_figure_turn_point (&figure, 90, (UprightPoint) { 0.2, 0.8 }, 0.1, &seen, &depth);
  g_assert_cmpfloat_with_epsilon (seen.x, 0.1, 1e-9);
  g_assert_cmpfloat_with_epsilon (seen.y, 0.8, 1e-9);

  /* Turned round, forward is to the left. */
  upright_figure_turn_point (&figure, 180, (UprightPoint) { 0.3, 0.8 }, 0, &seen, NULL);
  g_assert_cmpfloat_with_epsilon (seen.x, 0.1, 1e-9);
}

static void
test_pose_script_broken (void)
{
  const struct {
    const char *text;
    int code;
    const char *message;
  } cases[] = {
    { SCRIPT ("[]", "[{\"t\": 0, \"pose\": {}}, {\"t\": 4, \"pose\": {\"kneee_l\": 4}}]"),
      UPRIGHT_POSE_SCRIPT_ERROR_INVALID, "keyframes[1].pose.kneee_l: unknown joint" },
    { SCRIPT ("[{\"type\": \"sofa\"}]", "[{\"t\": 0, \"pose\": {}}, {\"t\": 4, \"pose\": {}}]"),
      UPRIGHT_POSE_SCRIPT_ERROR_INVALID, NULL },
    { SCRIPT ("[]", "[{\"t\": 0, \"pose\": {}}]"), UPRIGHT_POSE_SCRIPT_ERROR_INVALID, NULL },
    { "{\"format\": \"upright-demo\", \"version\": 1, \"view\": \"side\", \"duration\": 8,"
      " \"focus\": {\"x\": 0, \"y\": 0.5, \"size\": 0.01}, \"props\": [],"
      " \"keyframes\": [{\"t\": 0, \"pose\": {}}, {\"t\": 4, \"pose\": {}}], \"captions\": []}",
      UPRIGHT_POSE_SCRIPT_ERROR_INVALID, "focus.size: must be 0.1 to 2, not 0.01" },
    { "{\"format\": \"upright-demo\", \"version\": 1, \"view\": \"side\", \"duration\": 8,"
      " \"focus\": {\"x\": 0, \"y\": 0.5}, \"props\": [],"
      " \"keyframes\": [{\"t\": 0, \"pose\": {}}, {\"t\": 4, \"pose\": {}}], \"captions\": []}",
      UPRIGHT_POSE_SCRIPT_ERROR_INVALID, "focus.size: missing" },
    { "[]", UPRIGHT_POSE_SCRIPT_ERROR_INVALID, NULL },
    { "{", UPRIGHT_POSE_SCRIPT_ERROR_INVALID, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(UprightPoseScript) script = load_text (cases[i].text, &error);

      g_assert_null (script);
      g_assert_error (error, UPRIGHT_POSE_SCRIPT_ERROR, cases[i].code);
      if (cases[i].message != NULL)
        g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

static void
check_fails (const char *fixture,
             const char *what)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "demos", fixture, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(UprightPoseScript) script = upright_pose_script_new_from_file (file, &error);

  g_assert_no_error (error);
  g_assert_false (upright_pose_script_check (script, &error));
  g_assert_error (error, UPRIGHT_POSE_SCRIPT_ERROR, UPRIGHT_POSE_SCRIPT_ERROR_CONSTRAINT);
  g_test_message ("%s: %s", fixture, error->message);
  g_assert_nonnull (strstr (error->message, what));
}

static void
test_pose_script_constraints (void)
{
  check_fails ("foot-through-floor.json", "the right foot goes through the floor");
  check_fails ("legs-cross.json", "the legs cross");
  check_fails ("hand-in-counter.json", "the right hand goes into the counter");
  check_fails ("hand-in-table.json", "the right hand goes into the table");
  check_fails ("stick-let-go.json", "the right hand is");
}

/* A close-up frames its box in place of the whole figure: nearer, with
 * its middle just above the middle of the picture. */
static void
test_pose_script_focus (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "demos", "hand-in-table.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(UprightPoseScript) script = upright_pose_script_new_from_file (file, &error);
  g_autoptr(UprightPoseScript) whole = NULL;
  UprightCamera near, far;
  double x, y, size;

  g_assert_no_error (error);
  g_assert_true (upright_pose_script_get_focus (script, &x, &y, &size));
  g_assert_cmpfloat_with_epsilon (size, 0.6, 1e-9);
  upright_draw_get_camera (script, 1280, 720, &near);
  /* The middle of the box lands at 45% of the height, in the middle. */
  g_assert_cmpfloat_with_epsilon (1280 / 2.0 + (x - near.x) * near.scale, 640, 1e-6);
  g_assert_cmpfloat_with_epsilon (near.floor - y * near.scale, 0.45 * 720, 1e-6);
  g_assert_cmpfloat_with_epsilon (size * near.scale, 0.8 * 720, 1e-6);

  whole = load_text (SCRIPT ("[]", "[{\"t\": 0, \"pose\": {}}, {\"t\": 4, \"pose\": {}}]"), &error);
  g_assert_no_error (error);
  g_assert_false (upright_pose_script_get_focus (whole, &x, &y, &size));
  upright_draw_get_camera (whole, 1280, 720, &far);
  g_assert_cmpfloat (near.scale, >, 1.5 * far.scale);
}

/* Counts the pixels of the figure's shirt, to tell that it was drawn. */
static guint
count_shirt (cairo_surface_t *surface)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint count = 0;

  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      {
        guint32 pixel = *(const guint32 *) (data + y * stride + x * 4);
        int r = (pixel >> 16) & 0xff, g = (pixel >> 8) & 0xff, b = pixel & 0xff;

        /* Teal: more green and blue than red, as nothing else is. */
        if (g > r + 40 && b > r + 40 && g < 200)
          count++;
      }

  return count;
}

/* Every shipped demonstration passes the checks, and each keyframe draws a
 * figure that the camera frames large. */
static void
test_pose_script_shipped (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "..", "resources", "demos", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 320, 180);
  const char *name;
  guint n_scripts = 0;

  g_assert_nonnull (dir);

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autoptr(GFile) file = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(UprightPoseScript) script = NULL;
      UprightCamera camera;
      double x0, y0, x1, y1;

      if (!g_str_has_suffix (name, ".json"))
        continue;

      g_test_message ("%s", name);
      path = g_build_filename (dir_path, name, NULL);
      file = g_file_new_for_path (path);
      script = upright_pose_script_new_from_file (file, &error);
      g_assert_no_error (error);
      upright_pose_script_check (script, &error);
      g_assert_no_error (error);
      n_scripts++;

      /* Standing, the figure fills most of the picture's height. */
      upright_pose_script_get_bounds (script, &x0, &y0, &x1, &y1);
      upright_draw_get_camera (script, 1280, 720, &camera);
      if (y1 > 0.9)
        g_assert_cmpfloat (y1 * camera.scale, >=, 0.7 * 720);

      for (double t = 0; t < upright_pose_script_get_duration (script); t += 1.5)
        {
          cairo_t *cr = cairo_create (surface);

          upright_draw_frame (cr, script, t, 320, 180, TRUE);
          g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
          cairo_destroy (cr);
          cairo_surface_flush (surface);
          g_assert_cmpuint (count_shirt (surface), >, 100);
        }
    }

  g_assert_cmpuint (n_scripts, >=, 40);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pose-script/read", test_pose_script_read);
  g_test_add_func ("/pose-script/kinematics", test_pose_script_kinematics);
  g_test_add_func ("/pose-script/parts", test_pose_script_parts);
  g_test_add_func ("/pose-script/parts-broken", test_pose_script_parts_broken);
  g_test_add_func ("/pose-script/mirror", test_pose_script_mirror);
  g_test_add_func ("/pose-script/turn", test_pose_script_turn);
  g_test_add_func ("/pose-script/broken", test_pose_script_broken);
  g_test_add_func ("/pose-script/constraints", test_pose_script_constraints);
  g_test_add_func ("/pose-script/focus", test_pose_script_focus);
  g_test_add_func ("/pose-script/shipped", test_pose_script_shipped);

  return g_test_run ();
}
