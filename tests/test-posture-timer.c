/* test-posture-timer.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <adwaita.h>

#include "widgets/upright-posture-timer.h"

#include "upright-test-utils.h"

/* Three sets of five 10-second holds on each side, after a 5-second
 * count-in, with a minute's rest between sets. */
static const UprightDose hold_dose = {
  .sets = 3,
  .reps = 5,
  .hold_seconds = 10,
  .rest_seconds = 60,
  .per_side = TRUE,
};

#define COUNT_IN_SECONDS 5

static gint64 fake_now;

static gint64
fake_clock (gpointer user_data)
{
  return fake_now;
}

static void
advance (UprightIntervalTimer *timer,
         gint64                ms)
{
  fake_now += ms * 1000;
  upright_interval_timer_update (timer);
}

static UprightIntervalTimer *
create_timer (void)
{
  UprightIntervalTimer *timer = upright_interval_timer_new (&hold_dose, COUNT_IN_SECONDS);

  fake_now = 1000 * G_USEC_PER_SEC;
  upright_interval_timer_set_clock (timer, fake_clock, NULL);

  return timer;
}

/* Skips phases until the timer reaches @phase in @set. */
static void
skip_to (UprightIntervalTimer *timer,
         UprightTimerPhase     phase,
         guint                 set)
{
  for (guint i = 0; i < 200; i++)
    {
      if (upright_interval_timer_get_phase (timer) == phase &&
          (set == 0 || upright_interval_timer_get_set (timer) == set))
        return;

      upright_interval_timer_skip (timer);
    }

  g_assert_not_reached ();
}

typedef struct {
  GtkWidget *window;
  GtkWidget *timer;
} Fixture;

static void
fixture_open (Fixture *fixture,
              int      width,
              int      height)
{
  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), width, height);

  /* A page puts room around the timer, as here. */
  fixture->timer = upright_posture_timer_new ();
  gtk_widget_set_margin_top (fixture->timer, 24);
  gtk_widget_set_margin_bottom (fixture->timer, 24);
  gtk_widget_set_margin_start (fixture->timer, 24);
  gtk_widget_set_margin_end (fixture->timer, 24);
  gtk_window_set_child (GTK_WINDOW (fixture->window), fixture->timer);

  g_object_ref (fixture->timer);
  gtk_window_present (GTK_WINDOW (fixture->window));
  upright_test_wait_until (upright_test_widget_is_drawn, fixture->timer, 5000);
  upright_test_settle ();
}

static void
fixture_close (Fixture *fixture)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  upright_test_settle ();
  g_assert_finalize_object (fixture->timer);
}

static GtkWidget *
find_child_with_class (GtkWidget  *widget,
                       const char *css_class)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (gtk_widget_has_css_class (child, css_class))
        return child;

      found = find_child_with_class (child, css_class);
      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The text of the label with @css_class as it reads, with no-break
 * spaces as plain ones, or NULL when the label is hidden. */
static char *
label_text (Fixture    *fixture,
            const char *css_class)
{
  GtkWidget *label = find_child_with_class (fixture->timer, css_class);
  g_auto(GStrv) words = NULL;

  g_assert_true (GTK_IS_LABEL (label));

  if (!gtk_widget_get_visible (label))
    return NULL;

  words = g_strsplit (gtk_label_get_text (GTK_LABEL (label)), "\u00a0", -1);

  return g_strjoinv (" ", words);
}

#define assert_label(fixture, css_class, expected) \
  G_STMT_START { \
    g_autofree char *label_text_ = label_text ((fixture), (css_class)); \
    g_assert_cmpstr (label_text_, ==, (expected)); \
  } G_STMT_END

static void
assert_labels (Fixture    *fixture,
               const char *seconds,
               const char *phase,
               const char *set,
               const char *rep,
               const char *next)
{
  assert_label (fixture, "timer-seconds", seconds);
  assert_label (fixture, "timer-phase", phase);
  assert_label (fixture, "timer-set", set);
  assert_label (fixture, "timer-rep", rep);
  assert_label (fixture, "timer-next", next);
}

static void
assert_value (Fixture    *fixture,
              double      now,
              double      max,
              const char *text)
{
  gtk_test_accessible_assert_property (fixture->timer, GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, 0.0);
  gtk_test_accessible_assert_property (fixture->timer, GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, max);
  gtk_test_accessible_assert_property (fixture->timer, GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, now);
  gtk_test_accessible_assert_property (fixture->timer, GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, text);
}

static void
assert_ready (Fixture *fixture)
{
  assert_labels (fixture, NULL, "Ready", NULL, NULL, NULL);
  gtk_test_accessible_assert_property (fixture->timer, GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, "Ready");
  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (fixture->timer),
                                                    GTK_ACCESSIBLE_PROPERTY_VALUE_NOW));
  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (fixture->timer),
                                                    GTK_ACCESSIBLE_PROPERTY_VALUE_MAX));
}

/* A rendering read back as pixels. */
typedef struct {
  guchar *pixels;
  int     width;
  int     height;
} Render;

static void
render_clear (Render *render)
{
  g_clear_pointer (&render->pixels, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Render, render_clear)

static void
render (Fixture    *fixture,
        const char *basename,
        Render     *out)
{
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  /* The whole window, so the timer is seen on its background. */
  g_assert_cmpuint (upright_test_render_widget (fixture->window, basename), >, 16);

  path = g_test_build_filename (G_TEST_BUILT, basename, NULL);
  texture = gdk_texture_new_from_filename (path, &error);
  g_assert_no_error (error);

  out->width = gdk_texture_get_width (texture);
  out->height = gdk_texture_get_height (texture);
  out->pixels = g_malloc ((gsize) out->width * out->height * 4);
  gdk_texture_download (texture, out->pixels, (gsize) out->width * 4);
}

static guint32
pixel_at (const Render *render,
          int           x,
          int           y)
{
  guint32 pixel;

  g_assert_cmpint (x, >=, 0);
  g_assert_cmpint (x, <, render->width);
  g_assert_cmpint (y, >=, 0);
  g_assert_cmpint (y, <, render->height);

  memcpy (&pixel, render->pixels + ((gsize) y * render->width + x) * 4, sizeof pixel);

  return pixel;
}

/* The centre of the ring in window coordinates: the text in the ring sits
 * in its middle. */
static graphene_point_t
ring_centre (Fixture *fixture)
{
  GtkWidget *centre = find_child_with_class (fixture->timer, "timer-centre");
  graphene_rect_t bounds;

  g_assert_nonnull (centre);
  g_assert_true (gtk_widget_compute_bounds (centre, fixture->window, &bounds));

  return GRAPHENE_POINT_INIT (bounds.origin.x + bounds.size.width / 2,
                              bounds.origin.y + bounds.size.height / 2);
}

/* The colour in the middle of the ring's stroke where it crosses the
 * horizontal line through its centre, on the right (3 o'clock) or on the
 * left (9 o'clock): the first run of pixels that differ from the
 * background, coming in from the edge of the window. */
static guint32
ring_pixel (Fixture      *fixture,
            const Render *render,
            gboolean      right)
{
  graphene_point_t centre = ring_centre (fixture);
  int y = (int) centre.y;
  int step = right ? -1 : 1;
  int x = right ? render->width - 1 : 0;
  guint32 background = pixel_at (render, x, y);
  int start, end;

  while (pixel_at (render, x, y) == background)
    {
      x += step;
      g_assert_cmpint (abs (x - (int) centre.x), >, 10);
    }

  start = x;
  while (pixel_at (render, x, y) != background)
    x += step;
  end = x;

  return pixel_at (render, (start + end) / 2, y);
}

static void
test_posture_timer_phases (void)
{
  g_autoptr(UprightIntervalTimer) timer = create_timer ();
  Fixture fixture;
  UprightPostureTimer *self;

  fixture_open (&fixture, 440, 600);
  self = UPRIGHT_POSTURE_TIMER (fixture.timer);

  gtk_test_accessible_assert_role (fixture.timer, GTK_ACCESSIBLE_ROLE_METER);
  gtk_test_accessible_assert_property (fixture.timer, GTK_ACCESSIBLE_PROPERTY_LABEL, "Exercise timer");

  /* With no timer, and with one not yet started. */
  assert_ready (&fixture);
  upright_posture_timer_set_timer (self, timer);
  g_assert_true (upright_posture_timer_get_timer (self) == timer);
  assert_ready (&fixture);

  upright_interval_timer_start (timer);
  /* Counting her in, no repetition is under way yet. */
  assert_labels (&fixture, "5", "Get ready", "Set 1 of 3 · Left side", NULL, "Next: Left side");
  assert_value (&fixture, 5, 5, "Get ready, 5 seconds left, set 1 of 3, repetition 1 of 5, left side");

  /* Seconds count down rounded up, so the last one shows 1. */
  advance (timer, 4200);
  assert_labels (&fixture, "1", "Get ready", "Set 1 of 3 · Left side", NULL, "Next: Left side");
  assert_value (&fixture, 1, 5, "Get ready, 1 second left, set 1 of 3, repetition 1 of 5, left side");

  advance (timer, 800);
  assert_labels (&fixture, "10", "Hold", "Set 1 of 3 · Left side", "Rep 1 of 5", "Next: Relax 3 s");
  assert_value (&fixture, 10, 10, "Hold, 10 seconds left, set 1 of 3, repetition 1 of 5, left side");

  skip_to (timer, UPRIGHT_TIMER_PHASE_RELAX, 1);
  assert_labels (&fixture, "3", "Relax", "Set 1 of 3 · Left side", "Rep 1 of 5", "Next: Rep 2 of 5");

  skip_to (timer, UPRIGHT_TIMER_PHASE_SWITCH_SIDE, 1);
  assert_labels (&fixture, "5", "Change sides", "Set 1 of 3 · Left side", NULL, "Next: Right side");
  assert_value (&fixture, 5, 5, "Change sides, 5 seconds left, set 1 of 3, left side");

  skip_to (timer, UPRIGHT_TIMER_PHASE_REST, 1);
  assert_labels (&fixture, "60", "Rest", "Set 1 of 3 · Right side", NULL, "Next: Set 2");
  assert_value (&fixture, 60, 60, "Rest, 60 seconds left, set 1 of 3, right side");

  skip_to (timer, UPRIGHT_TIMER_PHASE_WORK, 2);
  advance (timer, 3000);
  assert_labels (&fixture, "7", "Hold", "Set 2 of 3 · Left side", "Rep 1 of 5", "Next: Relax 3 s");
  assert_value (&fixture, 7, 10, "Hold, 7 seconds left, set 2 of 3, repetition 1 of 5, left side");

  /* Pausing says so and keeps the time left. */
  upright_interval_timer_pause (timer);
  advance (timer, 5000);
  assert_labels (&fixture, "7", "Paused", "Set 2 of 3 · Left side", "Rep 1 of 5", "Next: Relax 3 s");
  assert_value (&fixture, 7, 10, "Paused, Hold, 7 seconds left, set 2 of 3, repetition 1 of 5, left side");
  upright_interval_timer_resume (timer);
  assert_labels (&fixture, "7", "Hold", "Set 2 of 3 · Left side", "Rep 1 of 5", "Next: Relax 3 s");

  skip_to (timer, UPRIGHT_TIMER_PHASE_DONE, 0);
  assert_labels (&fixture, NULL, "Done", NULL, NULL, NULL);
  gtk_test_accessible_assert_property (fixture.timer, GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, "Done");

  /* Stopping goes back to the start. */
  upright_interval_timer_stop (timer);
  assert_ready (&fixture);

  /* Letting go of a running timer shows the display as it is with none. */
  upright_interval_timer_start (timer);
  /* Counting her in, no repetition is under way yet. */
  assert_labels (&fixture, "5", "Get ready", "Set 1 of 3 · Left side", NULL, "Next: Left side");
  upright_posture_timer_set_timer (self, NULL);
  g_assert_null (upright_posture_timer_get_timer (self));
  assert_ready (&fixture);

  /* Nothing follows the timer any more. */
  advance (timer, 2000);
  assert_ready (&fixture);

  fixture_close (&fixture);
  g_assert_finalize_object (g_steal_pointer (&timer));
}

/* Whole numbers of seconds and no sets or sides: a plain set of lifts. */
static void
test_posture_timer_plain (void)
{
  const UprightDose dose = { .sets = 1, .reps = 8, .tempo_up = 2, .tempo_down = 3 };
  g_autoptr(UprightIntervalTimer) timer = upright_interval_timer_new (&dose, 0);
  Fixture fixture;

  fake_now = 1000 * G_USEC_PER_SEC;
  upright_interval_timer_set_clock (timer, fake_clock, NULL);

  fixture_open (&fixture, 440, 600);
  g_object_set (fixture.timer, "timer", timer, NULL);
  upright_interval_timer_start (timer);

  assert_labels (&fixture, "5", "Lift and lower", NULL, "Rep 1 of 8", "Next: Rep 2 of 8");
  assert_value (&fixture, 5, 5, "Lift and lower, 5 seconds left, repetition 1 of 8");

  skip_to (timer, UPRIGHT_TIMER_PHASE_WORK, 1);
  for (guint i = 0; i < 7; i++)
    upright_interval_timer_skip (timer);
  assert_labels (&fixture, "5", "Lift and lower", NULL, "Rep 8 of 8", "Next: Done");

  fixture_close (&fixture);
  g_assert_finalize_object (g_steal_pointer (&timer));
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *n_notifies)
{
  (*n_notifies)++;
}

/* The property notifies only on a change, and the widget lets go of the
 * timer when it goes. */
static void
test_posture_timer_property (void)
{
  g_autoptr(UprightIntervalTimer) timer = create_timer ();
  GtkWidget *widget = g_object_ref_sink (upright_posture_timer_new ());
  UprightIntervalTimer *got = NULL;
  guint n_notifies = 0;

  g_signal_connect (widget, "notify::timer", G_CALLBACK (count_notify_cb), &n_notifies);

  upright_posture_timer_set_timer (UPRIGHT_POSTURE_TIMER (widget), timer);
  upright_posture_timer_set_timer (UPRIGHT_POSTURE_TIMER (widget), timer);
  g_assert_cmpuint (n_notifies, ==, 1);

  g_object_get (widget, "timer", &got, NULL);
  g_assert_true (got == timer);
  g_clear_object (&got);

  /* A running timer, with the widget never shown. */
  upright_interval_timer_start (timer);
  advance (timer, 1000);

  g_assert_finalize_object (widget);

  /* The timer goes on without the widget. */
  advance (timer, 10000);
  g_assert_cmpint (upright_interval_timer_get_phase (timer), ==, UPRIGHT_TIMER_PHASE_WORK);
  g_assert_finalize_object (g_steal_pointer (&timer));
}

static void
render_phases (Fixture              *fixture,
               UprightIntervalTimer *timer,
               const char           *scheme)
{
  g_auto(Render) count_in = { 0 };
  g_auto(Render) work_start = { 0 };
  g_auto(Render) work_later = { 0 };
  g_auto(Render) work_half = { 0 };
  g_auto(Render) other = { 0 };
  g_autofree char *basename = NULL;

#define RENDER(name, out) \
  G_STMT_START { \
    g_free (basename); \
    basename = g_strdup_printf ("posture-timer-%s-%s.png", scheme, name); \
    render_clear (out); \
    render (fixture, basename, out); \
  } G_STMT_END

  upright_interval_timer_stop (timer);
  RENDER ("ready", &other);

  upright_interval_timer_start (timer);
  advance (timer, 1500);
  RENDER ("count-in", &count_in);

  skip_to (timer, UPRIGHT_TIMER_PHASE_WORK, 2);
  RENDER ("work-start", &work_start);

  /* Between two whole seconds the timer says nothing new, but the ring
   * keeps moving on the frame clock. */
  fake_now += 600 * 1000;
  RENDER ("work-moving", &work_later);
  assert_label (fixture, "timer-seconds", "10");
  g_assert_cmphex (ring_pixel (fixture, &work_start, FALSE), ==, ring_pixel (fixture, &work_later, FALSE));
  g_assert_cmpint (memcmp (work_start.pixels, work_later.pixels,
                           (gsize) work_start.width * work_start.height * 4), !=, 0);

  /* Half way through, the right half of the ring is empty and the left
   * half is still there. */
  advance (timer, 4400);
  RENDER ("work-half", &work_half);
  assert_label (fixture, "timer-seconds", "5");
  g_assert_cmphex (ring_pixel (fixture, &work_start, TRUE), !=, ring_pixel (fixture, &work_half, TRUE));
  g_assert_cmphex (ring_pixel (fixture, &work_start, FALSE), ==, ring_pixel (fixture, &work_half, FALSE));

  /* Each kind of phase has its own colour. */
  g_assert_cmphex (ring_pixel (fixture, &count_in, FALSE), !=, ring_pixel (fixture, &work_half, FALSE));

  skip_to (timer, UPRIGHT_TIMER_PHASE_SWITCH_SIDE, 2);
  advance (timer, 1000);
  RENDER ("switch-side", &other);
  g_assert_cmphex (ring_pixel (fixture, &count_in, FALSE), ==, ring_pixel (fixture, &other, FALSE));

  skip_to (timer, UPRIGHT_TIMER_PHASE_REST, 2);
  advance (timer, 20000);
  RENDER ("rest", &other);
  g_assert_cmphex (ring_pixel (fixture, &work_half, FALSE), !=, ring_pixel (fixture, &other, FALSE));
  g_assert_cmphex (ring_pixel (fixture, &count_in, FALSE), !=, ring_pixel (fixture, &other, FALSE));

  upright_interval_timer_pause (timer);
  RENDER ("paused", &other);
  upright_interval_timer_resume (timer);

  skip_to (timer, UPRIGHT_TIMER_PHASE_DONE, 0);
  RENDER ("done", &other);

#undef RENDER
}

static void
test_posture_timer_rendering (void)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  g_autoptr(UprightIntervalTimer) timer = create_timer ();
  const struct {
    AdwColorScheme scheme;
    const char *name;
  } schemes[] = {
    { ADW_COLOR_SCHEME_FORCE_LIGHT, "light" },
    { ADW_COLOR_SCHEME_FORCE_DARK, "dark" },
  };
  Fixture fixture;

  fixture_open (&fixture, 440, 600);
  upright_posture_timer_set_timer (UPRIGHT_POSTURE_TIMER (fixture.timer), timer);

  for (guint i = 0; i < G_N_ELEMENTS (schemes); i++)
    {
      adw_style_manager_set_color_scheme (style_manager, schemes[i].scheme);
      render_phases (&fixture, timer, schemes[i].name);
    }

  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_DEFAULT);
  upright_test_settle ();

  /* High contrast follows the desktop's accessibility setting, which the
   * test can set where the desktop's schemas are installed. */
  {
    GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
    g_autoptr(GSettingsSchema) schema = NULL;

    if (source != NULL)
      schema = g_settings_schema_source_lookup (source, "org.gnome.desktop.a11y.interface", TRUE);

    if (schema != NULL && g_settings_schema_has_key (schema, "high-contrast"))
      {
        g_autoptr(GSettings) settings = g_settings_new ("org.gnome.desktop.a11y.interface");

        g_settings_set_boolean (settings, "high-contrast", TRUE);
        upright_test_settle ();
        if (adw_style_manager_get_high_contrast (style_manager))
          render_phases (&fixture, timer, "high-contrast");
        else
          g_test_message ("High contrast could not be turned on");
        g_settings_reset (settings, "high-contrast");
        upright_test_settle ();
      }
    else
      {
        g_test_message ("No desktop accessibility settings: high contrast not rendered");
      }
  }

  fixture_close (&fixture);
  g_assert_finalize_object (g_steal_pointer (&timer));
}

/* The ring fits the smaller side of the widget, and the text in it stays
 * inside the ring at every size. */
static void
test_posture_timer_sizes (void)
{
  const struct {
    int width;
    int height;
    const char *basename;
  } sizes[] = {
    { -1, -1, "posture-timer-natural.png" },
    { 220, 420, "posture-timer-small.png" },
    { 900, 700, "posture-timer-wide.png" },
    { 500, 1000, "posture-timer-tall.png" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(UprightIntervalTimer) timer = create_timer ();
      GtkWidget *centre, *captions;
      graphene_rect_t centre_bounds, caption_bounds;
      int min_width, min_height, nat_width, nat_height;
      Fixture fixture;

      fixture_open (&fixture, sizes[i].width, sizes[i].height);
      upright_posture_timer_set_timer (UPRIGHT_POSTURE_TIMER (fixture.timer), timer);
      upright_interval_timer_start (timer);
      skip_to (timer, UPRIGHT_TIMER_PHASE_REST, 1);
      advance (timer, 15000);

      g_assert_cmpuint (upright_test_render_widget (fixture.window, sizes[i].basename), >, 16);

      gtk_widget_measure (fixture.timer, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, &nat_width, NULL, NULL);
      gtk_widget_measure (fixture.timer, GTK_ORIENTATION_VERTICAL, -1, &min_height, &nat_height, NULL, NULL);
      g_assert_cmpint (min_width, >=, 200);
      g_assert_cmpint (nat_width, >=, 320);
      g_assert_cmpint (min_height, >=, 200);
      g_assert_cmpint (nat_height, >=, 320);

      centre = find_child_with_class (fixture.timer, "timer-centre");
      captions = find_child_with_class (fixture.timer, "timer-captions");
      g_assert_true (gtk_widget_compute_bounds (centre, fixture.timer, &centre_bounds));
      g_assert_true (gtk_widget_compute_bounds (captions, fixture.timer, &caption_bounds));

      /* The text sits inside the ring, which sits above the lines under it. */
      {
        double ring = MIN (gtk_widget_get_width (fixture.timer),
                           caption_bounds.origin.y);
        double diagonal = hypot (centre_bounds.size.width, centre_bounds.size.height);

        g_assert_cmpfloat (diagonal, <, ring * 0.86);
        g_assert_cmpfloat (centre_bounds.origin.y, >=, 0);
        g_assert_cmpfloat (centre_bounds.origin.y + centre_bounds.size.height, <=, caption_bounds.origin.y);
        g_assert_cmpfloat (caption_bounds.origin.y + caption_bounds.size.height, <=,
                           gtk_widget_get_height (fixture.timer));
      }

      fixture_close (&fixture);
      g_assert_finalize_object (g_steal_pointer (&timer));
    }
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

  g_test_add_func ("/posture-timer/phases", test_posture_timer_phases);
  g_test_add_func ("/posture-timer/plain", test_posture_timer_plain);
  g_test_add_func ("/posture-timer/property", test_posture_timer_property);
  g_test_add_func ("/posture-timer/rendering", test_posture_timer_rendering);
  g_test_add_func ("/posture-timer/sizes", test_posture_timer_sizes);

  return g_test_run ();
}
