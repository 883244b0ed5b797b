/* test-body-map.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "widgets/upright-body-map.h"

#include "upright-test-utils.h"

/* The regions of the figure seen from behind, which most tests use, in
 * keyboard order from the head down. */
static const UprightRegion regions[] = {
  UPRIGHT_REGION_SPINE,
  UPRIGHT_REGION_WRIST,
  UPRIGHT_REGION_HIP,
  UPRIGHT_REGION_BALANCE,
};

/* And seen from the front. */
static const UprightRegion front_regions[] = {
  UPRIGHT_REGION_CORE,
  UPRIGHT_REGION_WRIST,
  UPRIGHT_REGION_HIP,
  UPRIGHT_REGION_BALANCE,
};

typedef struct {
  GtkWidget *window;
  GtkWidget *before;
  GtkWidget *map;
  GtkWidget *after;
} Fixture;

static void
fixture_open (Fixture *fixture,
              int      width,
              int      height)
{
  GtkWidget *box;

  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), width, height);

  /* Buttons on either side, so the keyboard test can move focus in and out. */
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  fixture->before = gtk_button_new_with_label ("Before");
  fixture->map = upright_body_map_new ();
  fixture->after = gtk_button_new_with_label ("After");
  gtk_widget_set_vexpand (fixture->map, TRUE);
  gtk_box_append (GTK_BOX (box), fixture->before);
  gtk_box_append (GTK_BOX (box), fixture->map);
  gtk_box_append (GTK_BOX (box), fixture->after);
  gtk_window_set_child (GTK_WINDOW (fixture->window), box);

  /* Most tests look at the back, with the spine. */
  upright_body_map_set_shows_back (UPRIGHT_BODY_MAP (fixture->map), TRUE);

  g_object_ref (fixture->map);
  gtk_window_present (GTK_WINDOW (fixture->window));
  upright_test_wait_until (upright_test_widget_is_drawn, fixture->map, 5000);
  upright_test_settle ();
}

static void
fixture_close (Fixture *fixture)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  upright_test_settle ();
  g_assert_finalize_object (fixture->map);
}

static graphene_rect_t
region_bounds (Fixture       *fixture,
               UprightRegion  region)
{
  GtkWidget *child = upright_body_map_get_region_widget (UPRIGHT_BODY_MAP (fixture->map), region);
  graphene_rect_t bounds;

  g_assert_nonnull (child);
  g_assert_true (gtk_widget_compute_bounds (child, fixture->map, &bounds));
  g_assert_cmpfloat (bounds.size.width, >, 0);
  g_assert_cmpfloat (bounds.size.height, >, 0);

  return bounds;
}

/* A point inside the shape of @region: the middle of its bounds for a
 * single shape, or a point in the left or right shape of a pair, which sit
 * at the two ends of their bounds. */
static graphene_point_t
region_point (Fixture       *fixture,
              UprightRegion  region,
              gboolean       right)
{
  graphene_rect_t bounds = region_bounds (fixture, region);
  double fraction = 0.5;

  if (region == UPRIGHT_REGION_HIP || region == UPRIGHT_REGION_WRIST)
    fraction = right ? 0.85 : 0.15;

  return GRAPHENE_POINT_INIT (bounds.origin.x + bounds.size.width * fraction,
                              bounds.origin.y + bounds.size.height / 2);
}

static void
assert_region_at (Fixture          *fixture,
                  graphene_point_t  point,
                  UprightRegion     expected)
{
  UprightBodyMap *map = UPRIGHT_BODY_MAP (fixture->map);
  GtkWidget *picked;

  g_assert_cmpint (upright_body_map_region_at (map, point.x, point.y), ==, expected);

  /* GTK routes pointer events to the same child. */
  picked = gtk_widget_pick (fixture->map, point.x, point.y, GTK_PICK_DEFAULT);
  for (guint i = 0; i < G_N_ELEMENTS (regions); i++)
    {
      GtkWidget *child = upright_body_map_get_region_widget (map, regions[i]);

      g_assert_true ((picked == child) == (regions[i] == expected));
    }
}

/* The region names shown beside the figure. */
static guint
count_visible_labels (GtkWidget *map)
{
  guint n_visible = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (map);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && gtk_widget_get_mapped (child))
        n_visible++;
    }

  return n_visible;
}

static void
test_body_map_hit_testing (void)
{
  Fixture fixture;
  UprightBodyMap *map;
  graphene_rect_t spine, hip, wrist, overlap;
  graphene_point_t hip_point;
  int width, height;

  fixture_open (&fixture, 400, 600);
  map = UPRIGHT_BODY_MAP (fixture.map);
  width = gtk_widget_get_width (fixture.map);
  height = gtk_widget_get_height (fixture.map);

  for (guint i = 0; i < G_N_ELEMENTS (regions); i++)
    {
      assert_region_at (&fixture, region_point (&fixture, regions[i], FALSE), regions[i]);
      assert_region_at (&fixture, region_point (&fixture, regions[i], TRUE), regions[i]);
    }

  /* Regions not on this side of the figure have no widget. */
  g_assert_null (upright_body_map_get_region_widget (map, UPRIGHT_REGION_NONE));
  g_assert_null (upright_body_map_get_region_widget (map, UPRIGHT_REGION_CORE));

  /* The corners are outside the figure. */
  assert_region_at (&fixture, GRAPHENE_POINT_INIT (2, 2), UPRIGHT_REGION_NONE);
  assert_region_at (&fixture, GRAPHENE_POINT_INIT (width - 2, 2), UPRIGHT_REGION_NONE);
  assert_region_at (&fixture, GRAPHENE_POINT_INIT (2, height - 2), UPRIGHT_REGION_NONE);
  assert_region_at (&fixture, GRAPHENE_POINT_INIT (width - 2, height - 2), UPRIGHT_REGION_NONE);

  /* Points inside a region's bounds but outside its shapes miss it: the
   * corners of every region, and the gap between a pair of shapes. */
  for (guint i = 0; i < G_N_ELEMENTS (regions); i++)
    {
      graphene_rect_t bounds = region_bounds (&fixture, regions[i]);
      graphene_point_t corner = GRAPHENE_POINT_INIT (bounds.origin.x + 1, bounds.origin.y + 1);

      g_assert_cmpint (upright_body_map_region_at (map, corner.x, corner.y), !=, regions[i]);
    }

  hip = region_bounds (&fixture, UPRIGHT_REGION_HIP);
  wrist = region_bounds (&fixture, UPRIGHT_REGION_WRIST);
  spine = region_bounds (&fixture, UPRIGHT_REGION_SPINE);

  g_assert_cmpint (upright_body_map_region_at (map,
                                               hip.origin.x + hip.size.width / 2,
                                               hip.origin.y + hip.size.height / 2),
                   ==, UPRIGHT_REGION_NONE);
  g_assert_cmpint (upright_body_map_region_at (map,
                                               wrist.origin.x + wrist.size.width / 2,
                                               wrist.origin.y + wrist.size.height / 2),
                   !=, UPRIGHT_REGION_WRIST);

  /* Allocations overlap, and the shapes still decide: the hips lie inside
   * the wrists' bounds. The spine ends above the hips. */
  hip_point = region_point (&fixture, UPRIGHT_REGION_HIP, FALSE);
  g_assert_true (graphene_rect_contains_point (&wrist, &hip_point));
  assert_region_at (&fixture, hip_point, UPRIGHT_REGION_HIP);
  g_assert_false (graphene_rect_intersection (&spine, &hip, &overlap));

  fixture_close (&fixture);
}

/* The longest run of pixels hitting @region along a line through @start. */
static int
hit_run (UprightBodyMap   *map,
         UprightRegion     region,
         graphene_point_t  start,
         int               dx,
         int               dy)
{
  int run = 0;

  g_assert_cmpint (upright_body_map_region_at (map, start.x, start.y), ==, region);

  for (int sign = -1; sign <= 1; sign += 2)
    {
      double x = start.x;
      double y = start.y;

      while (upright_body_map_region_at (map, x, y) == region)
        {
          run++;
          x += sign * dx;
          y += sign * dy;
        }
    }

  /* The start was counted twice. */
  return run - 1;
}

static void
test_body_map_target_size (void)
{
  Fixture fixture;
  UprightBodyMap *map;
  int natural_width, natural_height;

  /* At its natural size every target is at least 44 pixels across, a size
   * that hands with a tremor can still hit. */
  fixture_open (&fixture, -1, -1);
  map = UPRIGHT_BODY_MAP (fixture.map);
  gtk_widget_measure (fixture.map, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural_width, NULL, NULL);
  gtk_widget_measure (fixture.map, GTK_ORIENTATION_VERTICAL, -1, NULL, &natural_height, NULL, NULL);
  g_assert_cmpint (natural_width, >=, 280);
  g_assert_cmpint (natural_height, >=, 480);
  g_assert_cmpint (gtk_widget_get_width (fixture.map), ==, natural_width);
  g_assert_cmpint (gtk_widget_get_height (fixture.map), ==, natural_height);

  for (guint i = 0; i < G_N_ELEMENTS (regions); i++)
    {
      for (int right = 0; right <= 1; right++)
        {
          graphene_point_t point = region_point (&fixture, regions[i], right);

          g_assert_cmpint (hit_run (map, regions[i], point, 1, 0), >=, 44);
          g_assert_cmpint (hit_run (map, regions[i], point, 0, 1), >=, 44);
        }
    }

  fixture_close (&fixture);
}

static void
count_activated_cb (UprightBodyMap *map,
                    guint           region,
                    GArray         *activated)
{
  /* The region is already selected when the signal is emitted. */
  g_assert_cmpuint (upright_body_map_get_selected_region (map), ==, region);
  g_array_append_val (activated, region);
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *n_notify)
{
  (*n_notify)++;
}

static void
test_body_map_activation (void)
{
  g_autoptr(GArray) activated = g_array_new (FALSE, FALSE, sizeof (guint));
  Fixture fixture;
  UprightBodyMap *map;
  guint n_notify = 0;
  guint selected;

  fixture_open (&fixture, 400, 600);
  map = UPRIGHT_BODY_MAP (fixture.map);
  g_signal_connect (map, "region-activated", G_CALLBACK (count_activated_cb), activated);
  g_signal_connect (map, "notify::selected-region", G_CALLBACK (count_notify_cb), &n_notify);

  g_assert_cmpint (upright_body_map_get_selected_region (map), ==, UPRIGHT_REGION_NONE);

  /* Activating a region, as a click, Enter or Space does, selects it and
   * reports it. */
  g_assert_true (gtk_widget_activate (upright_body_map_get_region_widget (map, UPRIGHT_REGION_HIP)));
  g_assert_cmpuint (activated->len, ==, 1);
  g_assert_cmpuint (g_array_index (activated, guint, 0), ==, UPRIGHT_REGION_HIP);
  g_assert_cmpint (upright_body_map_get_selected_region (map), ==, UPRIGHT_REGION_HIP);
  g_assert_cmpuint (n_notify, ==, 1);
  g_object_get (map, "selected-region", &selected, NULL);
  g_assert_cmpuint (selected, ==, UPRIGHT_REGION_HIP);

  /* Activating it again reports it again but changes nothing. */
  gtk_widget_activate (upright_body_map_get_region_widget (map, UPRIGHT_REGION_HIP));
  g_assert_cmpuint (activated->len, ==, 2);
  g_assert_cmpuint (n_notify, ==, 1);

  gtk_widget_activate (upright_body_map_get_region_widget (map, UPRIGHT_REGION_BALANCE));
  g_assert_cmpuint (activated->len, ==, 3);
  g_assert_cmpuint (g_array_index (activated, guint, 2), ==, UPRIGHT_REGION_BALANCE);
  g_assert_cmpuint (n_notify, ==, 2);

  /* Selecting from code does not count as the person's choice. */
  g_object_set (map, "selected-region", UPRIGHT_REGION_WRIST, NULL);
  g_assert_cmpint (upright_body_map_get_selected_region (map), ==, UPRIGHT_REGION_WRIST);
  g_assert_cmpuint (n_notify, ==, 3);
  upright_body_map_set_selected_region (map, UPRIGHT_REGION_WRIST);
  g_assert_cmpuint (n_notify, ==, 3);
  upright_body_map_set_selected_region (map, UPRIGHT_REGION_NONE);
  g_assert_cmpuint (n_notify, ==, 4);
  g_assert_cmpuint (activated->len, ==, 3);

  fixture_close (&fixture);
}

static GtkWidget *
focus_widget (Fixture *fixture)
{
  return gtk_root_get_focus (GTK_ROOT (fixture->window));
}

/* Does what an arrow or Tab key press does: the window's key bindings emit
 * move-focus. */
static void
press_focus_key (Fixture          *fixture,
                 GtkDirectionType  direction)
{
  g_signal_emit_by_name (fixture->window, "move-focus", direction);
}

static void
test_body_map_keyboard (void)
{
  Fixture fixture;
  UprightBodyMap *map;
  GtkWidget *widgets[G_N_ELEMENTS (regions)];

  fixture_open (&fixture, 400, 600);
  map = UPRIGHT_BODY_MAP (fixture.map);

  for (guint i = 0; i < G_N_ELEMENTS (regions); i++)
    {
      widgets[i] = upright_body_map_get_region_widget (map, regions[i]);
      g_assert_true (gtk_widget_get_focusable (widgets[i]));
      g_assert_true (gtk_widget_get_focus_on_click (widgets[i]));
    }

  /* The arrows go by where the regions are on the figure: down from the
   * spine to the hips, out to the wrists beside them, down to the feet;
   * and they stop at the figure's edges. */
  g_assert_true (gtk_widget_grab_focus (widgets[0]));
  press_focus_key (&fixture, GTK_DIR_UP);
  g_assert_true (focus_widget (&fixture) == widgets[0]);
  press_focus_key (&fixture, GTK_DIR_DOWN);
  g_assert_true (focus_widget (&fixture) == upright_body_map_get_region_widget (map, UPRIGHT_REGION_HIP));
  press_focus_key (&fixture, GTK_DIR_LEFT);
  g_assert_true (focus_widget (&fixture) == upright_body_map_get_region_widget (map, UPRIGHT_REGION_WRIST));
  press_focus_key (&fixture, GTK_DIR_RIGHT);
  g_assert_true (focus_widget (&fixture) == upright_body_map_get_region_widget (map, UPRIGHT_REGION_HIP));
  press_focus_key (&fixture, GTK_DIR_RIGHT);
  g_assert_true (focus_widget (&fixture) == upright_body_map_get_region_widget (map, UPRIGHT_REGION_WRIST));
  press_focus_key (&fixture, GTK_DIR_DOWN);
  g_assert_true (focus_widget (&fixture) == upright_body_map_get_region_widget (map, UPRIGHT_REGION_BALANCE));
  press_focus_key (&fixture, GTK_DIR_DOWN);
  g_assert_true (focus_widget (&fixture) == upright_body_map_get_region_widget (map, UPRIGHT_REGION_BALANCE));
  press_focus_key (&fixture, GTK_DIR_LEFT);
  g_assert_true (focus_widget (&fixture) == upright_body_map_get_region_widget (map, UPRIGHT_REGION_BALANCE));
  press_focus_key (&fixture, GTK_DIR_UP);
  g_assert_true (focus_widget (&fixture) == upright_body_map_get_region_widget (map, UPRIGHT_REGION_HIP));
  press_focus_key (&fixture, GTK_DIR_UP);
  g_assert_true (focus_widget (&fixture) == widgets[0]);

  /* The map is one stop for Tab; the labels are not stops at all. */
  press_focus_key (&fixture, GTK_DIR_TAB_FORWARD);
  g_assert_true (focus_widget (&fixture) == fixture.after);
  /* Shift+Tab enters where Tab does, so it retraces Tab's steps. */
  press_focus_key (&fixture, GTK_DIR_TAB_BACKWARD);
  g_assert_true (focus_widget (&fixture) == widgets[0]);
  press_focus_key (&fixture, GTK_DIR_TAB_BACKWARD);
  g_assert_true (focus_widget (&fixture) == fixture.before);
  press_focus_key (&fixture, GTK_DIR_TAB_FORWARD);
  g_assert_true (focus_widget (&fixture) == widgets[0]);

  /* Tab enters at the selected region. */
  upright_body_map_set_selected_region (map, UPRIGHT_REGION_HIP);
  g_assert_true (gtk_widget_grab_focus (fixture.before));
  press_focus_key (&fixture, GTK_DIR_TAB_FORWARD);
  g_assert_true (focus_widget (&fixture) == upright_body_map_get_region_widget (map, UPRIGHT_REGION_HIP));
  g_assert_true (gtk_widget_grab_focus (fixture.after));
  press_focus_key (&fixture, GTK_DIR_TAB_BACKWARD);
  g_assert_true (focus_widget (&fixture) == upright_body_map_get_region_widget (map, UPRIGHT_REGION_HIP));

  fixture_close (&fixture);
}

static void
test_body_map_accessible (void)
{
  Fixture fixture;
  UprightBodyMap *map;
  GtkWidget *hip;

  fixture_open (&fixture, 400, 600);
  map = UPRIGHT_BODY_MAP (fixture.map);

  gtk_test_accessible_assert_role (fixture.map, GTK_ACCESSIBLE_ROLE_GROUP);

  for (guint i = 0; i < G_N_ELEMENTS (regions); i++)
    {
      GtkWidget *child = upright_body_map_get_region_widget (map, regions[i]);
      const char *title = upright_region_get_title (regions[i]);

      gtk_test_accessible_assert_role (child, GTK_ACCESSIBLE_ROLE_BUTTON);
      gtk_test_accessible_assert_property (child, GTK_ACCESSIBLE_PROPERTY_LABEL, title);
      gtk_test_accessible_assert_state (child, GTK_ACCESSIBLE_STATE_PRESSED, GTK_ACCESSIBLE_TRISTATE_FALSE);
      g_assert_cmpstr (gtk_widget_get_tooltip_text (child), ==, title);
    }

  hip = upright_body_map_get_region_widget (map, UPRIGHT_REGION_HIP);

  upright_body_map_set_exercise_count (map, UPRIGHT_REGION_HIP, 9);
  gtk_test_accessible_assert_property (hip, GTK_ACCESSIBLE_PROPERTY_LABEL, "Hip & Legs — 9 exercises");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (hip), ==, "Hip & Legs — 9 exercises");

  upright_body_map_set_exercise_count (map, UPRIGHT_REGION_HIP, 1);
  gtk_test_accessible_assert_property (hip, GTK_ACCESSIBLE_PROPERTY_LABEL, "Hip & Legs — 1 exercise");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (hip), ==, "Hip & Legs — 1 exercise");

  upright_body_map_set_exercise_count (map, UPRIGHT_REGION_SPINE, 0);
  gtk_test_accessible_assert_property (upright_body_map_get_region_widget (map, UPRIGHT_REGION_SPINE),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Spine & Posture — 0 exercises");

  /* The selected region reads as pressed. */
  upright_body_map_set_selected_region (map, UPRIGHT_REGION_HIP);
  gtk_test_accessible_assert_state (hip, GTK_ACCESSIBLE_STATE_PRESSED, GTK_ACCESSIBLE_TRISTATE_TRUE);
  upright_body_map_set_selected_region (map, UPRIGHT_REGION_WRIST);
  gtk_test_accessible_assert_state (hip, GTK_ACCESSIBLE_STATE_PRESSED, GTK_ACCESSIBLE_TRISTATE_FALSE);

  /* The names beside the figure repeat what the regions say, so screen
   * readers skip them, and they take no focus of their own. */
  g_assert_cmpuint (count_visible_labels (fixture.map), ==, G_N_ELEMENTS (regions));
  for (GtkWidget *child = gtk_widget_get_first_child (fixture.map);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!GTK_IS_LABEL (child))
        continue;

      gtk_test_accessible_assert_state (child, GTK_ACCESSIBLE_STATE_HIDDEN, TRUE);
      g_assert_false (gtk_widget_get_focusable (child));
    }

  /* The core is on the front: choosing it turns the figure round. */
  upright_body_map_set_selected_region (map, UPRIGHT_REGION_CORE);
  g_assert_cmpint (upright_body_map_get_selected_region (map), ==, UPRIGHT_REGION_CORE);
  g_assert_false (upright_body_map_get_shows_back (map));
  gtk_test_accessible_assert_state (upright_body_map_get_region_widget (map, UPRIGHT_REGION_CORE),
                                    GTK_ACCESSIBLE_STATE_PRESSED, GTK_ACCESSIBLE_TRISTATE_TRUE);

  fixture_close (&fixture);
}

/* Seen from the front, with the core in place of the spine: each region
 * is hit where it is drawn and is big enough to hit, the arrows go by
 * position, and turning round keeps the focus on a region both sides
 * have. */
static void
test_body_map_views (void)
{
  Fixture fixture;
  UprightBodyMap *map;
  guint n_notify = 0;

  fixture_open (&fixture, 400, 600);
  map = UPRIGHT_BODY_MAP (fixture.map);
  g_signal_connect (map, "notify::shows-back", G_CALLBACK (count_notify_cb), &n_notify);

  upright_body_map_set_shows_back (map, FALSE);
  g_assert_cmpuint (n_notify, ==, 1);
  upright_test_settle ();
  g_assert_null (upright_body_map_get_region_widget (map, UPRIGHT_REGION_SPINE));
  g_assert_cmpuint (count_visible_labels (fixture.map), ==, G_N_ELEMENTS (front_regions));

  for (guint i = 0; i < G_N_ELEMENTS (front_regions); i++)
    {
      for (int right = 0; right <= 1; right++)
        {
          graphene_point_t point = region_point (&fixture, front_regions[i], right);

          g_assert_cmpint (upright_body_map_region_at (map, point.x, point.y), ==, front_regions[i]);
          g_assert_cmpint (hit_run (map, front_regions[i], point, 1, 0), >=, 44);
          g_assert_cmpint (hit_run (map, front_regions[i], point, 0, 1), >=, 44);
        }
    }

  /* Down from the belly to the hips; Tab enters at the first region. */
  g_assert_true (gtk_widget_grab_focus (fixture.before));
  press_focus_key (&fixture, GTK_DIR_TAB_FORWARD);
  g_assert_true (focus_widget (&fixture) == upright_body_map_get_region_widget (map, UPRIGHT_REGION_CORE));
  press_focus_key (&fixture, GTK_DIR_DOWN);
  g_assert_true (focus_widget (&fixture) == upright_body_map_get_region_widget (map, UPRIGHT_REGION_HIP));

  /* Turned round, the hips keep the focus; the spine is there now. */
  upright_body_map_set_shows_back (map, TRUE);
  g_assert_cmpuint (n_notify, ==, 2);
  upright_test_settle ();
  g_assert_true (focus_widget (&fixture) == upright_body_map_get_region_widget (map, UPRIGHT_REGION_HIP));
  g_assert_null (upright_body_map_get_region_widget (map, UPRIGHT_REGION_CORE));
  press_focus_key (&fixture, GTK_DIR_UP);
  g_assert_true (focus_widget (&fixture) == upright_body_map_get_region_widget (map, UPRIGHT_REGION_SPINE));

  /* The counts reach the hips of both sides. */
  upright_body_map_set_exercise_count (map, UPRIGHT_REGION_HIP, 7);
  gtk_test_accessible_assert_property (upright_body_map_get_region_widget (map, UPRIGHT_REGION_HIP),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Hip & Legs — 7 exercises");
  upright_body_map_set_shows_back (map, FALSE);
  gtk_test_accessible_assert_property (upright_body_map_get_region_widget (map, UPRIGHT_REGION_HIP),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Hip & Legs — 7 exercises");

  fixture_close (&fixture);
}

/* Renders @widget to a PNG file, checks that it is a real drawing and
 * reads the pixels back. */
static guchar *
render (GtkWidget  *widget,
        const char *basename)
{
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  guchar *pixels;
  int width, height;

  g_assert_cmpuint (upright_test_render_widget (widget, basename), >, 16);

  path = g_test_build_filename (G_TEST_BUILT, basename, NULL);
  texture = gdk_texture_new_from_filename (path, &error);
  g_assert_no_error (error);

  width = gdk_texture_get_width (texture);
  height = gdk_texture_get_height (texture);
  g_assert_cmpint (width, ==, gtk_widget_get_width (widget));
  g_assert_cmpint (height, ==, gtk_widget_get_height (widget));
  pixels = g_malloc ((gsize) width * height * 4);
  gdk_texture_download (texture, pixels, (gsize) width * 4);

  return pixels;
}

static guint32
pixel_at (GtkWidget        *widget,
          const guchar     *pixels,
          graphene_point_t  point)
{
  gsize offset = ((gsize) point.y * gtk_widget_get_width (widget) + (gsize) point.x) * 4;
  guint32 pixel;

  memcpy (&pixel, pixels + offset, sizeof pixel);

  return pixel;
}

static gsize
count_changed_pixels (GtkWidget    *widget,
                      const guchar *a,
                      const guchar *b)
{
  gsize n_pixels = (gsize) gtk_widget_get_width (widget) * gtk_widget_get_height (widget);
  gsize changed = 0;

  for (gsize i = 0; i < n_pixels; i++)
    {
      if (memcmp (a + i * 4, b + i * 4, 4) != 0)
        changed++;
    }

  return changed;
}

static void
test_body_map_rendering (void)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  const char *schemes[] = { "light", "dark" };
  Fixture fixture;
  UprightBodyMap *map;
  GtkWidget *wrist;
  graphene_point_t spine;

  fixture_open (&fixture, 400, 600);
  map = UPRIGHT_BODY_MAP (fixture.map);
  wrist = upright_body_map_get_region_widget (map, UPRIGHT_REGION_WRIST);
  gtk_window_set_focus_visible (GTK_WINDOW (fixture.window), TRUE);

  /* Just off the centre line, between two vertebrae, the region's fill
   * shows. */
  spine = region_point (&fixture, UPRIGHT_REGION_SPINE, FALSE);
  spine.x += 12;

  for (guint i = 0; i < G_N_ELEMENTS (schemes); i++)
    {
      g_autofree guchar *plain = NULL;
      g_autofree guchar *selected = NULL;
      g_autofree guchar *focused = NULL;
      g_autofree char *basename = NULL;

      adw_style_manager_set_color_scheme (style_manager,
                                          i == 0 ? ADW_COLOR_SCHEME_FORCE_LIGHT : ADW_COLOR_SCHEME_FORCE_DARK);
      upright_body_map_set_selected_region (map, UPRIGHT_REGION_NONE);
      gtk_widget_grab_focus (fixture.before);

      basename = g_strdup_printf ("body-map-%s.png", schemes[i]);
      plain = render (fixture.map, basename);
      g_clear_pointer (&basename, g_free);

      /* Selecting a region fills it strongly. */
      upright_body_map_set_selected_region (map, UPRIGHT_REGION_SPINE);
      basename = g_strdup_printf ("body-map-%s-selected.png", schemes[i]);
      selected = render (fixture.map, basename);
      g_clear_pointer (&basename, g_free);
      g_assert_cmphex (pixel_at (fixture.map, selected, spine), !=, pixel_at (fixture.map, plain, spine));

      /* The keyboard focus shows as a ring around the region's shapes. GTK
       * shows focus only in the active window, and tests may share a
       * display, so the state is set here as GTK sets it there. */
      gtk_widget_grab_focus (wrist);
      gtk_widget_set_state_flags (wrist, GTK_STATE_FLAG_FOCUS_VISIBLE, FALSE);
      basename = g_strdup_printf ("body-map-%s-focused.png", schemes[i]);
      focused = render (fixture.map, basename);
      g_clear_pointer (&basename, g_free);
      g_assert_cmpuint (count_changed_pixels (fixture.map, selected, focused), >, 200);

      /* The whole window, to see the map on its background. */
      basename = g_strdup_printf ("body-map-window-%s.png", schemes[i]);
      g_free (render (fixture.window, basename));

      gtk_widget_unset_state_flags (wrist, GTK_STATE_FLAG_FOCUS_VISIBLE);
    }

  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_DEFAULT);
  upright_test_settle ();

  fixture_close (&fixture);
}

static void
test_body_map_sizes (void)
{
  const struct {
    int width;
    int height;
    const char *basename;
    guint n_labels;
    double text_scale;
  } sizes[] = {
    /* Too narrow for names beside the figure: the figure gets the room. */
    { 200, 360, "body-map-small.png", 0, 1.0 },
    { 240, 360, "body-map-narrow.png", G_N_ELEMENTS (regions), 1.0 },
    /* A phone: the figure shrinks to keep its names, with Larger text too. */
    { 320, 480, "body-map-phone.png", G_N_ELEMENTS (regions), 1.0 },
    { 320, 480, "body-map-phone-larger.png", G_N_ELEMENTS (regions), 1.4 },
    { -1, -1, "body-map-natural.png", G_N_ELEMENTS (regions), 1.0 },
    /* A tall column beside the exercises, as on a large screen. */
    { 440, 1000, "body-map-tall.png", G_N_ELEMENTS (regions), 1.0 },
    { 720, 1000, "body-map-large.png", G_N_ELEMENTS (regions), 1.0 },
  };

  int base_dpi = 0;

  g_object_get (gtk_settings_get_default (), "gtk-xft-dpi", &base_dpi, NULL);
  if (base_dpi <= 0)
    base_dpi = 96 * 1024;

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      Fixture fixture;
      UprightBodyMap *map;

      /* As the application does for its text size preference. */
      g_object_set (gtk_settings_get_default (), "gtk-xft-dpi", (int) (base_dpi * sizes[i].text_scale), NULL);
      fixture_open (&fixture, sizes[i].width, sizes[i].height);
      map = UPRIGHT_BODY_MAP (fixture.map);
      upright_body_map_set_selected_region (map, UPRIGHT_REGION_HIP);

      g_assert_cmpuint (upright_test_render_widget (fixture.map, sizes[i].basename), >, 16);
      g_assert_cmpuint (count_visible_labels (fixture.map), ==, sizes[i].n_labels);

      /* The targets scale with the figure and stay where their shapes are. */
      for (guint j = 0; j < G_N_ELEMENTS (regions); j++)
        assert_region_at (&fixture, region_point (&fixture, regions[j], FALSE), regions[j]);

      fixture_close (&fixture);
    }

  g_object_set (gtk_settings_get_default (), "gtk-xft-dpi", base_dpi, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkCssProvider) provider = NULL;

  upright_test_init (&argc, &argv);

  /* The application's own style sheet, as the running app loads it. */
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, RESOURCE_PREFIX "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  g_test_add_func ("/body-map/hit-testing", test_body_map_hit_testing);
  g_test_add_func ("/body-map/target-size", test_body_map_target_size);
  g_test_add_func ("/body-map/activation", test_body_map_activation);
  g_test_add_func ("/body-map/keyboard", test_body_map_keyboard);
  g_test_add_func ("/body-map/accessible", test_body_map_accessible);
  g_test_add_func ("/body-map/views", test_body_map_views);
  g_test_add_func ("/body-map/rendering", test_body_map_rendering);
  g_test_add_func ("/body-map/sizes", test_body_map_sizes);

  return g_test_run ();
}
