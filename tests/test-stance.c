/* test-stance.c: the pictures of the balance test's stances
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>

#include "draw/upright-draw.h"

#define WIDTH  200
#define HEIGHT 200

typedef struct {
  guint  ink;       /* pixels painted */
  int    top, bottom, left, right;
  guint  ink_left;  /* left of the centre line */
  guint  ink_right;
} Ink;

static Ink
draw (guint stance)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  const guchar *data;
  int stride;
  Ink ink = { 0, HEIGHT, -1, WIDTH, -1, 0, 0 };

  cairo_set_source_rgba (cr, 0, 0, 0, 1);
  upright_draw_stance (cr, stance, WIDTH, HEIGHT);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < HEIGHT; y++)
    for (int x = 0; x < WIDTH; x++)
      if (data[y * stride + x] > 128)
        {
          ink.ink++;
          ink.top = MIN (ink.top, y);
          ink.bottom = MAX (ink.bottom, y);
          ink.left = MIN (ink.left, x);
          ink.right = MAX (ink.right, x);
          if (x < WIDTH / 2)
            ink.ink_left++;
          else
            ink.ink_right++;
        }

  cairo_surface_destroy (surface);
  return ink;
}

/* Each picture shows what its stance asks: the feet side by side, one half
 * ahead, one in front of the other, and one foot lifted. */
static void
test_stances (void)
{
  Ink side = draw (0), half = draw (1), line = draw (2), one = draw (3);

  /* Everything inside the picture, and something drawn. */
  for (guint i = 0; i < 4; i++)
    {
      Ink ink = draw (i);

      g_assert_cmpuint (ink.ink, >, 1000);
      g_assert_cmpint (ink.top, >, 0);
      g_assert_cmpint (ink.bottom, <, HEIGHT - 1);
      g_assert_cmpint (ink.left, >, 0);
      g_assert_cmpint (ink.right, <, WIDTH - 1);
    }

  /* Side by side: as much foot on each side, and one foot long. */
  g_assert_cmpfloat (ABS ((double) side.ink_left - side.ink_right), <, side.ink * 0.05);
  /* Half ahead: longer than side by side, shorter than in a line. */
  g_assert_cmpint (half.bottom - half.top, >, (side.bottom - side.top) * 1.3);
  g_assert_cmpint (line.bottom - line.top, >, (half.bottom - half.top) * 1.2);
  /* In a line: narrow, one foot wide. */
  g_assert_cmpint (line.right - line.left, <, (side.right - side.left) * 0.7);
  /* On one foot: the lifted one is only outlined. */
  g_assert_cmpuint (one.ink_right, <, one.ink_left / 2);
  g_assert_cmpuint (one.ink, <, side.ink);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stance/pictures", test_stances);

  return g_test_run ();
}
