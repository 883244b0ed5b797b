/* test-button-row.c: large buttons that share a row or wrap into lines
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "widgets/upright-button-row.h"

#include "upright-test-utils.h"

#define SPACING 12

typedef struct {
  GtkWidget *row;
  GtkWidget *buttons[3];
  int        widest;
  int        button_height;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  static const char * const labels[] = { "Stop", "Pause", "Skip to What Comes Next" };

  fixture->row = g_object_ref_sink (upright_button_row_new ());
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      int natural, height;

      fixture->buttons[i] = gtk_button_new_with_label (labels[i]);
      gtk_widget_set_parent (fixture->buttons[i], fixture->row);
      gtk_widget_measure (fixture->buttons[i], GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
      gtk_widget_measure (fixture->buttons[i], GTK_ORIENTATION_VERTICAL, -1, NULL, &height, NULL, NULL);
      fixture->widest = MAX (fixture->widest, natural);
      fixture->button_height = MAX (fixture->button_height, height);
    }
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_object_unref (fixture->row);
}

/* Lays the row out @width wide and returns its height. */
static int
lay_out (Fixture *fixture,
         int      width)
{
  int height;

  gtk_widget_measure (fixture->row, GTK_ORIENTATION_VERTICAL, width, &height, NULL, NULL, NULL);
  gtk_widget_size_allocate (fixture->row, &(GtkAllocation) { 0, 0, width, height }, -1);

  return height;
}

static void
get_place (GtkWidget       *button,
           GtkWidget       *row,
           graphene_rect_t *bounds)
{
  g_assert_true (gtk_widget_compute_bounds (button, row, bounds));
}

static void
test_one_line (Fixture       *fixture,
               gconstpointer  data)
{
  int width = 3 * fixture->widest + 2 * SPACING + 40;
  graphene_rect_t places[3];

  /* Room for all three: one line, all as wide as the widest, centred. */
  g_assert_cmpint (lay_out (fixture, width), ==, fixture->button_height);
  for (guint i = 0; i < 3; i++)
    {
      get_place (fixture->buttons[i], fixture->row, &places[i]);
      g_assert_cmpfloat (places[i].origin.y, ==, 0);
      g_assert_cmpfloat (places[i].size.width, ==, fixture->widest);
    }
  g_assert_cmpfloat (places[0].origin.x, ==, 20);
  g_assert_cmpfloat (places[1].origin.x, >, places[0].origin.x);
  g_assert_cmpfloat (places[2].origin.x, >, places[1].origin.x);
}

static void
test_two_lines (Fixture       *fixture,
                gconstpointer  data)
{
  int width = 2 * fixture->widest + SPACING + 10;
  graphene_rect_t places[3];

  /* Room for two: the first two share the first line, the third has the
   * second to itself, and the lines fill the row's width. */
  g_assert_cmpint (lay_out (fixture, width), ==, 2 * fixture->button_height + SPACING);
  for (guint i = 0; i < 3; i++)
    get_place (fixture->buttons[i], fixture->row, &places[i]);

  g_assert_cmpfloat (places[0].origin.x, ==, 0);
  g_assert_cmpfloat (places[0].origin.y, ==, places[1].origin.y);
  g_assert_cmpfloat (places[1].origin.x, >, places[0].origin.x + places[0].size.width);
  g_assert_cmpfloat (places[1].origin.x + places[1].size.width, <=, width);
  g_assert_cmpfloat (places[1].origin.x + places[1].size.width, >=, width - 1);

  g_assert_cmpfloat (places[2].origin.x, ==, 0);
  g_assert_cmpfloat (places[2].origin.y, ==, fixture->button_height + SPACING);
  g_assert_cmpfloat (places[2].size.width, ==, width);
}

static void
test_one_to_a_line (Fixture       *fixture,
                    gconstpointer  data)
{
  int width = fixture->widest + 10;

  /* Room for one: one above the other, each as wide as the row. */
  g_assert_cmpint (lay_out (fixture, width), ==, 3 * fixture->button_height + 2 * SPACING);
  for (guint i = 0; i < 3; i++)
    {
      graphene_rect_t place;

      get_place (fixture->buttons[i], fixture->row, &place);
      g_assert_cmpfloat (place.origin.x, ==, 0);
      g_assert_cmpfloat (place.origin.y, ==, i * (fixture->button_height + SPACING));
      g_assert_cmpfloat (place.size.width, ==, width);
    }
}

int
main (int   argc,
      char *argv[])
{
  upright_test_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/button-row/one-line", test_one_line);
  ADD ("/button-row/two-lines", test_two_lines);
  ADD ("/button-row/one-to-a-line", test_one_to_a_line);
#undef ADD

  return g_test_run ();
}
