/* upright-body-map.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <adwaita.h>

#include "upright-body-map.h"

/* A front view of a standing figure on which a person picks the part of the
 * body she wants to exercise. Each target is a real child widget, so it
 * takes keyboard focus, has an accessible name and gets hover and clicks
 * only inside its shape.
 *
 * All geometry is in figure units: the standing height H is 1.0, u grows to
 * the viewer's right from the centre line and v grows upwards from the
 * ground. Proportions follow the table in the design notes (shoulder joint
 * 0.818H, hip joint 0.530H, wrist 0.485H, knee 0.285H, ankle 0.039H).
 */

#define FIGURE_TOP         1.0
#define FIGURE_BOTTOM      (-0.058)
#define FIGURE_HEIGHT      (FIGURE_TOP - FIGURE_BOTTOM)
#define FIGURE_HALF_WIDTH  0.268

/* Room in pixels around the figure for focus rings, and between a label
 * and the figure. */
#define PADDING            8
#define LABEL_GAP          10

#define MIN_WIDTH          200
#define MIN_HEIGHT         300
#define NATURAL_HEIGHT     520

/* The names of the regions are what she reads and clicks first, so they
 * stay beside the figure however much smaller it has to be, down to this
 * height in pixels; below it, the figure has the room alone. */
#define MIN_LABELLED_FIGURE_HEIGHT 160.0

#define FOCUS_GAP          3.0
#define FOCUS_WIDTH        3.0

#define WRIST_ANGLE        (15.0 * G_PI / 180.0)

typedef enum {
  SHAPE_ELLIPSE,
  SHAPE_ROUNDED_RECT,
} ShapeKind;

typedef struct {
  ShapeKind kind;
  double    u, v;     /* centre */
  double    ru, rv;   /* half width and half height */
  double    angle;    /* rotation of an ellipse, counter-clockwise */
  double    radius;   /* corner radius of a rounded rectangle */
} Shape;

static const Shape spine_shapes[] = {
  { SHAPE_ROUNDED_RECT, 0.0, 0.735, 0.055, 0.14, 0.0, 0.045 },
};

static const Shape wrist_shapes[] = {
  { SHAPE_ELLIPSE, -0.208, 0.45, 0.05, 0.082, -WRIST_ANGLE, 0.0 },
  { SHAPE_ELLIPSE, 0.208, 0.45, 0.05, 0.082, WRIST_ANGLE, 0.0 },
};

/* The hip joints, at the top of the legs beside the crotch. */
static const Shape hip_shapes[] = {
  { SHAPE_ELLIPSE, -0.07, 0.515, 0.048, 0.068, 0.0, 0.0 },
  { SHAPE_ELLIPSE, 0.07, 0.515, 0.048, 0.068, 0.0, 0.0 },
};

/* The belly, between the ribs and the hips: the trunk muscles. */
static const Shape core_shapes[] = {
  { SHAPE_ELLIPSE, 0.0, 0.655, 0.075, 0.058, 0.0, 0.0 },
};

static const Shape balance_shapes[] = {
  { SHAPE_ELLIPSE, 0.0, 0.0, 0.2, 0.056, 0.0, 0.0 },
};

/* The targets of each view in keyboard order, from the head down: seen
 * from the front, the belly (the core); from behind, the spine. Each has a
 * label on one side of the figure, centred at label_v and kept
 * label_clearance away from the centre line, with a leader line to
 * (target_u, target_v).
 */
#define N_TARGETS 8

static const struct {
  UprightRegion    region;
  gboolean         back;
  const Shape     *shapes;
  guint            n_shapes;
  GtkPositionType  label_side;
  double           label_v;
  double           label_clearance;
  double           target_u;
  double           target_v;
} targets[N_TARGETS] = {
  { UPRIGHT_REGION_CORE, FALSE, core_shapes, G_N_ELEMENTS (core_shapes),
    GTK_POS_RIGHT, 0.82, 0.105, 0.045, 0.68 },
  { UPRIGHT_REGION_WRIST, FALSE, wrist_shapes, G_N_ELEMENTS (wrist_shapes),
    GTK_POS_LEFT, 0.463, 0.268, -0.256, 0.463 },
  { UPRIGHT_REGION_HIP, FALSE, hip_shapes, G_N_ELEMENTS (hip_shapes),
    GTK_POS_RIGHT, 0.215, 0.135, 0.095, 0.49 },
  { UPRIGHT_REGION_BALANCE, FALSE, balance_shapes, G_N_ELEMENTS (balance_shapes),
    GTK_POS_LEFT, 0.0, 0.215, -0.2, 0.0 },
  { UPRIGHT_REGION_SPINE, TRUE, spine_shapes, G_N_ELEMENTS (spine_shapes),
    GTK_POS_RIGHT, 0.885, 0.105, 0.043, 0.863 },
  { UPRIGHT_REGION_WRIST, TRUE, wrist_shapes, G_N_ELEMENTS (wrist_shapes),
    GTK_POS_LEFT, 0.463, 0.268, -0.256, 0.463 },
  { UPRIGHT_REGION_HIP, TRUE, hip_shapes, G_N_ELEMENTS (hip_shapes),
    GTK_POS_RIGHT, 0.215, 0.135, 0.095, 0.49 },
  { UPRIGHT_REGION_BALANCE, TRUE, balance_shapes, G_N_ELEMENTS (balance_shapes),
    GTK_POS_LEFT, 0.0, 0.215, -0.2, 0.0 },
};

/* The first target of a view, in keyboard order; a view has four. */
static guint
first_of_view (gboolean back)
{
  return back ? N_TARGETS / 2 : 0;
}

/* The target of @region on the view shown, front or @back. */
static int
target_index (UprightRegion region,
              gboolean      back)
{
  for (guint i = 0; i < N_TARGETS; i++)
    {
      if (targets[i].region == region && targets[i].back == back)
        return (int) i;
    }

  return -1;
}

/* Whether a region is on the front (FALSE), the back (TRUE) or both. */
static gboolean
region_on_view (UprightRegion region,
                gboolean      back)
{
  return target_index (region, back) >= 0;
}

/* Adds the outline of a target's shapes to the path of @cr, grown outwards
 * by @grow figure units. The figure's ground centre is at (@ox, @oy) in
 * the coordinates of @cr and one figure unit is @scale pixels. The path is
 * left in device space, so callers stroke it with widths in pixels.
 */
static void
append_shapes_path (cairo_t     *cr,
                    const Shape *shapes,
                    guint        n_shapes,
                    double       ox,
                    double       oy,
                    double       scale,
                    double       grow)
{
  cairo_save (cr);
  cairo_translate (cr, ox, oy);
  cairo_scale (cr, scale, -scale);

  for (guint i = 0; i < n_shapes; i++)
    {
      const Shape *shape = &shapes[i];

      cairo_save (cr);
      cairo_translate (cr, shape->u, shape->v);
      cairo_new_sub_path (cr);

      if (shape->kind == SHAPE_ELLIPSE)
        {
          cairo_rotate (cr, shape->angle);
          cairo_scale (cr, shape->ru + grow, shape->rv + grow);
          cairo_arc (cr, 0.0, 0.0, 1.0, 0.0, 2 * G_PI);
        }
      else
        {
          double hu = shape->ru - shape->radius;
          double hv = shape->rv - shape->radius;
          double r = shape->radius + grow;

          cairo_arc (cr, hu, hv, r, 0.0, G_PI / 2);
          cairo_arc (cr, -hu, hv, r, G_PI / 2, G_PI);
          cairo_arc (cr, -hu, -hv, r, G_PI, 3 * G_PI / 2);
          cairo_arc (cr, hu, -hv, r, 3 * G_PI / 2, 2 * G_PI);
        }

      cairo_close_path (cr);
      cairo_restore (cr);
    }

  cairo_restore (cr);
}

/* The bounding box of a target, in figure units. */
static void
get_shapes_bounds (const Shape *shapes,
                   guint        n_shapes,
                   double      *u_min,
                   double      *u_max,
                   double      *v_min,
                   double      *v_max)
{
  *u_min = *v_min = G_MAXDOUBLE;
  *u_max = *v_max = -G_MAXDOUBLE;

  for (guint i = 0; i < n_shapes; i++)
    {
      const Shape *shape = &shapes[i];
      double c = cos (shape->angle);
      double s = sin (shape->angle);
      double hu = sqrt (shape->ru * shape->ru * c * c + shape->rv * shape->rv * s * s);
      double hv = sqrt (shape->ru * shape->ru * s * s + shape->rv * shape->rv * c * c);

      *u_min = MIN (*u_min, shape->u - hu);
      *u_max = MAX (*u_max, shape->u + hu);
      *v_min = MIN (*v_min, shape->v - hv);
      *v_max = MAX (*v_max, shape->v + hv);
    }
}

static void
get_colors (GtkWidget *widget,
            GdkRGBA   *fg,
            GdkRGBA   *accent_bg,
            GdkRGBA   *accent,
            GdkRGBA   *accent_fg)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);

  if (fg != NULL)
    gtk_style_context_get_color (context, fg);

  if (accent_bg != NULL && !gtk_style_context_lookup_color (context, "accent_bg_color", accent_bg))
    gdk_rgba_parse (accent_bg, "#3584e4");

  if (accent != NULL && !gtk_style_context_lookup_color (context, "accent_color", accent))
    gdk_rgba_parse (accent, "#1c71d8");

  if (accent_fg != NULL && !gtk_style_context_lookup_color (context, "accent_fg_color", accent_fg))
    gdk_rgba_parse (accent_fg, "#ffffff");
}

static void
set_source_rgba (cairo_t       *cr,
                 const GdkRGBA *rgba,
                 double         alpha)
{
  cairo_set_source_rgba (cr, rgba->red, rgba->green, rgba->blue, rgba->alpha * alpha);
}

static gboolean
is_high_contrast (void)
{
  return adw_style_manager_get_high_contrast (adw_style_manager_get_default ());
}


/* UprightBodyMapRegion: one target on the map. */

#define UPRIGHT_TYPE_BODY_MAP_REGION (upright_body_map_region_get_type ())

G_DECLARE_FINAL_TYPE (UprightBodyMapRegion, upright_body_map_region, UPRIGHT, BODY_MAP_REGION, GtkWidget)

struct _UprightBodyMapRegion
{
  GtkWidget      parent_instance;

  UprightRegion  region;
  guint          index;
  guint          n_exercises;
  guint          has_count : 1;

  /* Where the figure's ground centre is in this widget's coordinates, and
   * how many pixels one figure unit is. Set by the map on allocation. */
  double         ox;
  double         oy;
  double         scale;
};

G_DEFINE_FINAL_TYPE (UprightBodyMapRegion, upright_body_map_region, GTK_TYPE_WIDGET)

enum {
  REGION_ACTIVATE,
  N_REGION_SIGNALS
};

static guint region_signals[N_REGION_SIGNALS];

static void upright_body_map_activate_region (UprightBodyMap *self,
                                              UprightRegion   region);

static void
region_append_path (UprightBodyMapRegion *self,
                    cairo_t              *cr,
                    double                grow_pixels)
{
  append_shapes_path (cr, targets[self->index].shapes, targets[self->index].n_shapes,
                      self->ox, self->oy, self->scale, grow_pixels / self->scale);
}

static void
region_update_label (UprightBodyMapRegion *self)
{
  const char *title = upright_region_get_title (self->region);
  g_autofree char *label = NULL;

  if (self->has_count)
    {
      /* Translators: a region on the body map, as in “Hip & Legs — 9 exercises”. */
      label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s — %u exercise",
                                            "%s — %u exercises",
                                            self->n_exercises),
                               title, self->n_exercises);
    }
  else
    {
      label = g_strdup (title);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), label);
}

static void
region_set_selected (UprightBodyMapRegion *self,
                     gboolean              selected)
{
  if (selected)
    gtk_widget_set_state_flags (GTK_WIDGET (self), GTK_STATE_FLAG_SELECTED, FALSE);
  else
    gtk_widget_unset_state_flags (GTK_WIDGET (self), GTK_STATE_FLAG_SELECTED);

  gtk_accessible_update_state (GTK_ACCESSIBLE (self),
                               GTK_ACCESSIBLE_STATE_PRESSED,
                               selected ? GTK_ACCESSIBLE_TRISTATE_TRUE : GTK_ACCESSIBLE_TRISTATE_FALSE,
                               -1);
}

static void
region_pressed_cb (UprightBodyMapRegion *self,
                   int                   n_press,
                   double                x,
                   double                y,
                   GtkGestureClick      *gesture)
{
  GtkWidget *widget = GTK_WIDGET (self);

  if (gtk_widget_get_focus_on_click (widget) && !gtk_widget_has_focus (widget))
    gtk_widget_grab_focus (widget);

  gtk_widget_set_state_flags (widget, GTK_STATE_FLAG_ACTIVE, FALSE);
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
region_released_cb (UprightBodyMapRegion *self,
                    int                   n_press,
                    double                x,
                    double                y,
                    GtkGestureClick      *gesture)
{
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_unset_state_flags (widget, GTK_STATE_FLAG_ACTIVE);

  /* A double click, common among people new to computers, still opens the
   * region only once. */
  if (n_press == 1 && gtk_widget_contains (widget, x, y))
    gtk_widget_activate (widget);
}

static void
region_stopped_cb (UprightBodyMapRegion *self,
                   GtkGestureClick      *gesture)
{
  gtk_widget_unset_state_flags (GTK_WIDGET (self), GTK_STATE_FLAG_ACTIVE);
}

static void
region_cancel_cb (UprightBodyMapRegion *self,
                  GdkEventSequence     *sequence,
                  GtkGesture           *gesture)
{
  gtk_widget_unset_state_flags (GTK_WIDGET (self), GTK_STATE_FLAG_ACTIVE);
}

static void
upright_body_map_region_activate (UprightBodyMapRegion *self)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self));

  if (UPRIGHT_IS_BODY_MAP (parent))
    upright_body_map_activate_region (UPRIGHT_BODY_MAP (parent), self->region);
}

static gboolean
upright_body_map_region_contains (GtkWidget *widget,
                                  double     x,
                                  double     y)
{
  UprightBodyMapRegion *self = UPRIGHT_BODY_MAP_REGION (widget);
  cairo_surface_t *surface;
  cairo_t *cr;
  gboolean inside;

  if (self->scale <= 0.0)
    return FALSE;

  surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  cr = cairo_create (surface);
  region_append_path (self, cr, 0.0);
  inside = cairo_in_fill (cr, x, y);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return inside;
}

static void
draw_vertebrae (UprightBodyMapRegion *self,
                cairo_t              *cr,
                const GdkRGBA        *color,
                double                alpha)
{
  const guint n = 12;
  /* Inside the spine's shape, clear of its rounded ends. */
  const double v_low = spine_shapes[0].v - spine_shapes[0].rv + 0.03;
  const double v_high = spine_shapes[0].v + spine_shapes[0].rv - 0.022;
  double pitch = (v_high - v_low) / (n - 1);

  cairo_save (cr);
  cairo_translate (cr, self->ox, self->oy);
  cairo_scale (cr, self->scale, -self->scale);

  for (guint i = 0; i < n; i++)
    {
      double t = (double) i / (n - 1);
      double v = v_low + t * (v_high - v_low);
      /* Lumbar vertebrae are broad, cervical ones small. */
      double hu = 0.025 - 0.011 * t;
      double hv = pitch * 0.34;
      double r = hv * 0.9;

      cairo_new_sub_path (cr);
      cairo_arc (cr, hu - r, v + hv - r, r, 0.0, G_PI / 2);
      cairo_arc (cr, -hu + r, v + hv - r, r, G_PI / 2, G_PI);
      cairo_arc (cr, -hu + r, v - hv + r, r, G_PI, 3 * G_PI / 2);
      cairo_arc (cr, hu - r, v - hv + r, r, 3 * G_PI / 2, 2 * G_PI);
      cairo_close_path (cr);
    }

  cairo_restore (cr);

  set_source_rgba (cr, color, alpha);
  cairo_fill (cr);
}

/* The spine shows its vertebrae; the ground has a ring for a steady
 * stance. */
static void
draw_details (UprightBodyMapRegion *self,
              cairo_t              *cr,
              const GdkRGBA        *color,
              double                alpha)
{
  if (self->region == UPRIGHT_REGION_SPINE)
    {
      draw_vertebrae (self, cr, color, alpha);
    }
  else if (self->region == UPRIGHT_REGION_BALANCE)
    {
      cairo_save (cr);
      cairo_translate (cr, self->ox, self->oy);
      cairo_scale (cr, self->scale, -self->scale);
      cairo_scale (cr, 0.13, 0.034);
      cairo_new_sub_path (cr);
      cairo_arc (cr, 0.0, 0.0, 1.0, 0.0, 2 * G_PI);
      cairo_restore (cr);
      cairo_set_line_width (cr, MAX (1.5, self->scale * 0.004));
      set_source_rgba (cr, color, alpha);
      cairo_stroke (cr);
    }
}

static void
upright_body_map_region_snapshot (GtkWidget   *widget,
                                  GtkSnapshot *snapshot)
{
  UprightBodyMapRegion *self = UPRIGHT_BODY_MAP_REGION (widget);
  GtkStateFlags flags = gtk_widget_get_state_flags (widget);
  gboolean selected = (flags & GTK_STATE_FLAG_SELECTED) != 0;
  gboolean hovered = (flags & (GTK_STATE_FLAG_PRELIGHT | GTK_STATE_FLAG_ACTIVE)) != 0;
  gboolean focused = (flags & GTK_STATE_FLAG_FOCUS_VISIBLE) != 0;
  gboolean high_contrast = is_high_contrast ();
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  double margin = FOCUS_GAP + FOCUS_WIDTH + 2;
  GdkRGBA accent_bg, accent, accent_fg;
  double fill_alpha;
  cairo_t *cr;

  if (self->scale <= 0.0 || width <= 0 || height <= 0)
    return;

  get_colors (widget, NULL, &accent_bg, &accent, &accent_fg);

  if (selected)
    fill_alpha = hovered ? 1.0 : 0.85;
  else if (hovered)
    fill_alpha = 0.42;
  else
    fill_alpha = high_contrast ? 0.3 : 0.2;

  cr = gtk_snapshot_append_cairo (snapshot,
                                  &GRAPHENE_RECT_INIT (-margin, -margin,
                                                       width + 2 * margin,
                                                       height + 2 * margin));

  region_append_path (self, cr, 0.0);
  set_source_rgba (cr, &accent_bg, fill_alpha);
  cairo_fill_preserve (cr);
  cairo_set_line_width (cr, high_contrast ? 2.0 : 1.5);
  set_source_rgba (cr, &accent_bg, high_contrast || selected ? 1.0 : 0.65);
  cairo_stroke (cr);

  if (selected)
    draw_details (self, cr, &accent_fg, 0.9);
  else
    draw_details (self, cr, &accent_bg, high_contrast ? 1.0 : 0.75);

  /* The focus ring follows the shape, a little outside it, so it shows
   * against both the figure and the background. */
  if (focused)
    {
      region_append_path (self, cr, FOCUS_GAP + FOCUS_WIDTH / 2);
      cairo_set_line_width (cr, FOCUS_WIDTH);
      set_source_rgba (cr, &accent, 1.0);
      cairo_stroke (cr);
    }

  cairo_destroy (cr);
}

static void
upright_body_map_region_state_flags_changed (GtkWidget     *widget,
                                             GtkStateFlags  previous_flags)
{
  GtkStateFlags changed = previous_flags ^ gtk_widget_get_state_flags (widget);

  GTK_WIDGET_CLASS (upright_body_map_region_parent_class)->state_flags_changed (widget, previous_flags);

  if (changed & (GTK_STATE_FLAG_PRELIGHT |
                 GTK_STATE_FLAG_ACTIVE |
                 GTK_STATE_FLAG_SELECTED |
                 GTK_STATE_FLAG_FOCUS_VISIBLE))
    gtk_widget_queue_draw (widget);
}

static void
upright_body_map_region_css_changed (GtkWidget         *widget,
                                     GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (upright_body_map_region_parent_class)->css_changed (widget, change);

  /* The colours come from named theme colours, which CSS does not track. */
  gtk_widget_queue_draw (widget);
}

static void
region_activate_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  gtk_widget_activate (widget);
}

static void
upright_body_map_region_class_init (UprightBodyMapRegionClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const guint activate_keys[] = {
    GDK_KEY_Return, GDK_KEY_ISO_Enter, GDK_KEY_KP_Enter, GDK_KEY_space, GDK_KEY_KP_Space,
  };

  widget_class->contains = upright_body_map_region_contains;
  widget_class->snapshot = upright_body_map_region_snapshot;
  widget_class->state_flags_changed = upright_body_map_region_state_flags_changed;
  widget_class->css_changed = upright_body_map_region_css_changed;

  region_signals[REGION_ACTIVATE] =
    g_signal_new_class_handler ("activate",
                                G_TYPE_FROM_CLASS (klass),
                                G_SIGNAL_RUN_FIRST | G_SIGNAL_ACTION,
                                G_CALLBACK (upright_body_map_region_activate),
                                NULL, NULL,
                                NULL,
                                G_TYPE_NONE, 0);
  gtk_widget_class_set_activate_signal (widget_class, region_signals[REGION_ACTIVATE]);
  /* What a screen reader offers to press: GTK 4.8 gives a widget that is
   * not a GtkButton an action on the accessibility bus only for actions of
   * its own. */
  gtk_widget_class_install_action (widget_class, "region.activate", NULL, region_activate_action);

  for (guint i = 0; i < G_N_ELEMENTS (activate_keys); i++)
    gtk_widget_class_add_binding_signal (widget_class, activate_keys[i], 0, "activate", NULL);

  gtk_widget_class_set_css_name (widget_class, "region");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);
}

static void
upright_body_map_region_init (UprightBodyMapRegion *self)
{
  GtkGesture *gesture;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focus_on_click (GTK_WIDGET (self), TRUE);

  gesture = gtk_gesture_click_new ();
  g_signal_connect_swapped (gesture, "pressed", G_CALLBACK (region_pressed_cb), self);
  g_signal_connect_swapped (gesture, "released", G_CALLBACK (region_released_cb), self);
  g_signal_connect_swapped (gesture, "stopped", G_CALLBACK (region_stopped_cb), self);
  g_signal_connect_swapped (gesture, "cancel", G_CALLBACK (region_cancel_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));
}

static GtkWidget *
upright_body_map_region_new (guint index)
{
  UprightBodyMapRegion *self = g_object_new (UPRIGHT_TYPE_BODY_MAP_REGION, NULL);

  self->region = targets[index].region;
  self->index = index;
  region_update_label (self);
  region_set_selected (self, FALSE);

  return GTK_WIDGET (self);
}


/* UprightBodyMap */

struct _UprightBodyMap
{
  GtkWidget         parent_instance;

  GtkWidget        *regions[N_TARGETS];
  GtkWidget        *labels[N_TARGETS];

  UprightRegion     selected_region;
  gboolean          back;

  /* The layout of the last allocation: the figure's ground centre and
   * scale, and the leader lines from the labels, in pixels. */
  double            ox;
  double            oy;
  double            scale;
  gboolean          show_labels;
  graphene_point_t  leader_start[N_TARGETS];
  graphene_point_t  leader_end[N_TARGETS];
};

G_DEFINE_FINAL_TYPE (UprightBodyMap, upright_body_map, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SELECTED_REGION,
  PROP_SHOWS_BACK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  REGION_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/**
 * upright_body_map_new:
 *
 * Returns: (transfer floating): a new body map
 */
GtkWidget *
upright_body_map_new (void)
{
  return g_object_new (UPRIGHT_TYPE_BODY_MAP, NULL);
}

static void
upright_body_map_activate_region (UprightBodyMap *self,
                                  UprightRegion   region)
{
  upright_body_map_set_selected_region (self, region);
  g_signal_emit (self, signals[REGION_ACTIVATED], 0, (guint) region);
}

/**
 * upright_body_map_get_selected_region:
 * @self: a body map
 *
 * Returns: the selected region, or %UPRIGHT_REGION_NONE
 */
UprightRegion
upright_body_map_get_selected_region (UprightBodyMap *self)
{
  g_return_val_if_fail (UPRIGHT_IS_BODY_MAP (self), UPRIGHT_REGION_NONE);

  return self->selected_region;
}

/**
 * upright_body_map_set_selected_region:
 * @self: a body map
 * @region: a region on the map, or %UPRIGHT_REGION_NONE
 *
 * Highlights @region as the chosen one, without emitting
 * #UprightBodyMap::region-activated.
 */
void
upright_body_map_set_selected_region (UprightBodyMap *self,
                                      UprightRegion   region)
{
  g_return_if_fail (UPRIGHT_IS_BODY_MAP (self));
  g_return_if_fail (region == UPRIGHT_REGION_NONE ||
                    region_on_view (region, FALSE) || region_on_view (region, TRUE));

  if (self->selected_region == region)
    return;

  self->selected_region = region;

  /* The spine is only seen from behind, the core only from the front. */
  if (region != UPRIGHT_REGION_NONE && !region_on_view (region, self->back))
    upright_body_map_set_shows_back (self, !self->back);

  for (guint i = 0; i < N_TARGETS; i++)
    {
      gboolean selected = targets[i].region == region;

      region_set_selected (UPRIGHT_BODY_MAP_REGION (self->regions[i]), selected);
      if (selected)
        gtk_widget_set_state_flags (self->labels[i], GTK_STATE_FLAG_SELECTED, FALSE);
      else
        gtk_widget_unset_state_flags (self->labels[i], GTK_STATE_FLAG_SELECTED);
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_REGION]);
}

/**
 * upright_body_map_set_exercise_count:
 * @self: a body map
 * @region: a region on the map
 * @n_exercises: how many exercises there are for @region
 *
 * Adds the number of exercises to the region's accessible name and tooltip.
 */
void
upright_body_map_set_exercise_count (UprightBodyMap *self,
                                     UprightRegion   region,
                                     guint           n_exercises)
{
  g_return_if_fail (UPRIGHT_IS_BODY_MAP (self));
  g_return_if_fail (region_on_view (region, FALSE) || region_on_view (region, TRUE));

  /* The wrists, hips and feet are on both views. */
  for (guint i = 0; i < N_TARGETS; i++)
    {
      UprightBodyMapRegion *child = UPRIGHT_BODY_MAP_REGION (self->regions[i]);

      if (targets[i].region != region || (child->has_count && child->n_exercises == n_exercises))
        continue;

      child->has_count = TRUE;
      child->n_exercises = n_exercises;
      region_update_label (child);
    }
}

/**
 * upright_body_map_get_region_widget:
 * @self: a body map
 * @region: a region
 *
 * Returns: (transfer none) (nullable): the focusable child that stands for
 *   @region on the view shown, or %NULL if @region is not on that view
 */
GtkWidget *
upright_body_map_get_region_widget (UprightBodyMap *self,
                                    UprightRegion   region)
{
  int index;

  g_return_val_if_fail (UPRIGHT_IS_BODY_MAP (self), NULL);
  g_return_val_if_fail (region < UPRIGHT_N_REGIONS, NULL);

  index = target_index (region, self->back);

  return index >= 0 ? self->regions[index] : NULL;
}

/* The names beside the figure only repeat what the regions say, so they
 * stay hidden from screen readers when shown, which GTK would undo. */
static void
show_label (GtkWidget *label,
            gboolean   shown)
{
  gtk_widget_set_visible (label, shown);
  gtk_accessible_update_state (GTK_ACCESSIBLE (label),
                               GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                               -1);
}

/**
 * upright_body_map_get_shows_back:
 * @self: a body map
 *
 * Returns: whether the figure is seen from behind
 */
gboolean
upright_body_map_get_shows_back (UprightBodyMap *self)
{
  g_return_val_if_fail (UPRIGHT_IS_BODY_MAP (self), FALSE);

  return self->back;
}

/**
 * upright_body_map_set_shows_back:
 * @self: a body map
 * @shows_back: %TRUE to see the figure from behind, with the spine;
 *   %FALSE from the front, with the belly
 *
 * Turns the figure round. A region that is on both views keeps the
 * keyboard focus.
 */
void
upright_body_map_set_shows_back (UprightBodyMap *self,
                                 gboolean        shows_back)
{
  int focused = -1;

  g_return_if_fail (UPRIGHT_IS_BODY_MAP (self));

  shows_back = !!shows_back;
  if (self->back == shows_back)
    return;

  for (guint i = 0; i < N_TARGETS; i++)
    {
      if (gtk_widget_has_focus (self->regions[i]))
        focused = (int) i;
    }

  self->back = shows_back;

  for (guint i = 0; i < N_TARGETS; i++)
    {
      gboolean shown = targets[i].back == shows_back;

      gtk_widget_set_visible (self->regions[i], shown);
      show_label (self->labels[i], shown);
    }

  if (focused >= 0)
    {
      int index = target_index (targets[focused].region, shows_back);

      gtk_widget_grab_focus (self->regions[index >= 0 ? index : first_of_view (shows_back)]);
    }

  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOWS_BACK]);
}

/**
 * upright_body_map_region_at:
 * @self: a body map
 * @x: a horizontal position in @self's coordinates
 * @y: a vertical position in @self's coordinates
 *
 * Finds the region whose shape is under a point, the same way a click
 * there would.
 *
 * Returns: the region at (@x, @y), or %UPRIGHT_REGION_NONE
 */
UprightRegion
upright_body_map_region_at (UprightBodyMap *self,
                            double          x,
                            double          y)
{
  GtkWidget *widget = GTK_WIDGET (self);

  g_return_val_if_fail (UPRIGHT_IS_BODY_MAP (self), UPRIGHT_REGION_NONE);

  /* Later children are on top, as when GTK picks a widget for an event. */
  for (GtkWidget *child = gtk_widget_get_last_child (widget);
       child != NULL;
       child = gtk_widget_get_prev_sibling (child))
    {
      graphene_point_t point;

      if (!UPRIGHT_IS_BODY_MAP_REGION (child) || !gtk_widget_get_mapped (child))
        continue;

      if (gtk_widget_compute_point (widget, child, &GRAPHENE_POINT_INIT (x, y), &point) &&
          gtk_widget_contains (child, point.x, point.y))
        return UPRIGHT_BODY_MAP_REGION (child)->region;
    }

  return UPRIGHT_REGION_NONE;
}

static void
label_released_cb (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   GtkWidget       *region)
{
  if (n_press != 1)
    return;

  if (gtk_widget_get_focus_on_click (region))
    gtk_widget_grab_focus (region);

  gtk_widget_activate (region);
}

static void
label_enter_cb (GtkEventControllerMotion *controller,
                double                    x,
                double                    y,
                GtkWidget                *region)
{
  gtk_widget_set_state_flags (region, GTK_STATE_FLAG_PRELIGHT, FALSE);
}

static void
label_leave_cb (GtkEventControllerMotion *controller,
                GtkWidget                *region)
{
  gtk_widget_unset_state_flags (region, GTK_STATE_FLAG_PRELIGHT);
}

/* Returns how many pixels one figure unit may be so that the figure, and
 * the labels if @with_labels, fit into @width × @height. */
static double
compute_scale (UprightBodyMap *self,
               int             width,
               int             height,
               const int      *label_widths,
               gboolean        with_labels)
{
  double scale = MIN ((height - 2.0 * PADDING) / FIGURE_HEIGHT,
                      (width / 2.0 - PADDING) / FIGURE_HALF_WIDTH);

  if (with_labels)
    {
      for (guint i = 0; i < N_TARGETS; i++)
        {
          double room = width / 2.0 - PADDING - LABEL_GAP - label_widths[i];

          if (targets[i].back != self->back)
            continue;

          scale = MIN (scale, room / targets[i].label_clearance);
        }
    }

  return MAX (scale, 0.0);
}

static void
measure_labels (UprightBodyMap *self,
                int            *widths,
                int            *heights)
{
  for (guint i = 0; i < N_TARGETS; i++)
    {
      gtk_widget_measure (self->labels[i], GTK_ORIENTATION_HORIZONTAL, -1,
                          NULL, &widths[i], NULL, NULL);
      gtk_widget_measure (self->labels[i], GTK_ORIENTATION_VERTICAL, widths[i],
                          NULL, &heights[i], NULL, NULL);
    }
}

static void
upright_body_map_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  UprightBodyMap *self = UPRIGHT_BODY_MAP (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      double scale = (NATURAL_HEIGHT - 2.0 * PADDING) / FIGURE_HEIGHT;
      int widths[N_TARGETS], heights[N_TARGETS];
      double half = FIGURE_HALF_WIDTH * scale + PADDING;

      measure_labels (self, widths, heights);
      /* Wide enough for the labels of both views, so that turning the
       * figure round does not change the page's layout. */
      for (guint i = 0; i < N_TARGETS; i++)
        half = MAX (half, targets[i].label_clearance * scale + LABEL_GAP + widths[i] + PADDING);

      *minimum = MIN_WIDTH;
      *natural = MAX (MIN_WIDTH, (int) ceil (2 * half));
    }
  else
    {
      *minimum = MIN_HEIGHT;
      *natural = NATURAL_HEIGHT;
    }
}

static void
upright_body_map_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  UprightBodyMap *self = UPRIGHT_BODY_MAP (widget);
  int widths[N_TARGETS], heights[N_TARGETS];
  double plain_scale, label_scale;

  measure_labels (self, widths, heights);

  plain_scale = compute_scale (self, width, height, widths, FALSE);
  label_scale = compute_scale (self, width, height, widths, TRUE);
  self->show_labels = label_scale * FIGURE_HEIGHT >= MIN_LABELLED_FIGURE_HEIGHT;
  self->scale = self->show_labels ? label_scale : plain_scale;

  /* The figure sits in the middle of the widget. */
  self->ox = width / 2.0;
  self->oy = (height - self->scale * FIGURE_HEIGHT) / 2.0 + self->scale * FIGURE_TOP;

  for (guint i = 0; i < N_TARGETS; i++)
    {
      UprightBodyMapRegion *region = UPRIGHT_BODY_MAP_REGION (self->regions[i]);
      double u_min, u_max, v_min, v_max;
      GtkAllocation allocation;

      if (targets[i].back != self->back)
        continue;

      get_shapes_bounds (targets[i].shapes, targets[i].n_shapes, &u_min, &u_max, &v_min, &v_max);
      allocation.x = (int) floor (self->ox + u_min * self->scale);
      allocation.y = (int) floor (self->oy - v_max * self->scale);
      allocation.width = (int) ceil (self->ox + u_max * self->scale) - allocation.x;
      allocation.height = (int) ceil (self->oy - v_min * self->scale) - allocation.y;

      region->scale = self->scale;
      region->ox = self->ox - allocation.x;
      region->oy = self->oy - allocation.y;

      gtk_widget_measure (GTK_WIDGET (region), GTK_ORIENTATION_HORIZONTAL, -1,
                          NULL, NULL, NULL, NULL);
      gtk_widget_size_allocate (GTK_WIDGET (region), &allocation, -1);
      /* The shape may move inside an allocation of the same size. */
      gtk_widget_queue_draw (GTK_WIDGET (region));
    }

  for (guint i = 0; i < N_TARGETS; i++)
    {
      GtkAllocation allocation;
      double near_x, label_y;

      gtk_widget_set_child_visible (self->labels[i], self->show_labels);
      if (!self->show_labels || targets[i].back != self->back)
        continue;

      near_x = targets[i].label_clearance * self->scale + LABEL_GAP;
      label_y = self->oy - targets[i].label_v * self->scale;

      allocation.width = widths[i];
      allocation.height = heights[i];
      allocation.y = (int) round (label_y - heights[i] / 2.0);

      if (targets[i].label_side == GTK_POS_RIGHT)
        {
          allocation.x = (int) round (self->ox + near_x);
          self->leader_start[i] = GRAPHENE_POINT_INIT (allocation.x - 4, label_y);
        }
      else
        {
          allocation.x = (int) round (self->ox - near_x - widths[i]);
          self->leader_start[i] = GRAPHENE_POINT_INIT (allocation.x + widths[i] + 4, label_y);
        }

      self->leader_end[i] = GRAPHENE_POINT_INIT (self->ox + targets[i].target_u * self->scale,
                                                 self->oy - targets[i].target_v * self->scale);

      gtk_widget_size_allocate (self->labels[i], &allocation, -1);
    }
}

static void
append_ellipse (cairo_t *cr,
                double   u,
                double   v,
                double   ru,
                double   rv)
{
  cairo_save (cr);
  cairo_translate (cr, u, v);
  cairo_scale (cr, ru, rv);
  cairo_new_sub_path (cr);
  cairo_arc (cr, 0.0, 0.0, 1.0, 0.0, 2 * G_PI);
  cairo_restore (cr);
}

/* The outline of the body below the head, down its right-hand side: neck,
 * shoulder, the outside of the arm, the hand, the inside of the arm, the
 * side of the trunk, the outside of the leg, the foot and the inside of the
 * leg up to the crotch. The left-hand side mirrors it. A smooth curve runs
 * through the points; the armpit and the crotch are corners.
 */
static const struct {
  double   u;
  double   v;
  gboolean corner;
} body_outline[] = {
  { 0.030, 0.880, TRUE },
  { 0.034, 0.852 },
  { 0.080, 0.838 },
  { 0.128, 0.822 },
  { 0.152, 0.790 },
  { 0.160, 0.740 },
  { 0.170, 0.665 },
  { 0.188, 0.600 },
  { 0.212, 0.520 },
  { 0.222, 0.490 },
  { 0.232, 0.455 },
  { 0.232, 0.410 },
  { 0.215, 0.385 },
  { 0.198, 0.400 },
  { 0.188, 0.440 },
  { 0.180, 0.490 },
  { 0.160, 0.560 },
  { 0.133, 0.640 },
  { 0.122, 0.700 },
  { 0.117, 0.735, TRUE },
  { 0.112, 0.690 },
  { 0.097, 0.620 },
  { 0.103, 0.560 },
  { 0.112, 0.510 },
  { 0.110, 0.430 },
  { 0.097, 0.340 },
  { 0.090, 0.290 },
  { 0.095, 0.210 },
  { 0.082, 0.120 },
  { 0.072, 0.060 },
  { 0.086, 0.030 },
  { 0.092, 0.008 },
  { 0.060, 0.000 },
  { 0.035, 0.008 },
  { 0.036, 0.050 },
  { 0.034, 0.120 },
  { 0.028, 0.210 },
  { 0.030, 0.290 },
  { 0.018, 0.380 },
  { 0.008, 0.440 },
  { 0.000, 0.448, TRUE },
};

#define N_OUTLINE_HALF G_N_ELEMENTS (body_outline)
#define N_OUTLINE      (2 * N_OUTLINE_HALF - 1)

/* The closed outline: the right-hand side, then the left-hand side back
 * up, sharing the point on the centre line at the crotch. */
static void
get_outline_point (guint     i,
                   double   *u,
                   double   *v,
                   gboolean *corner)
{
  i %= N_OUTLINE;

  if (i < N_OUTLINE_HALF)
    {
      *u = body_outline[i].u;
    }
  else
    {
      i = N_OUTLINE - 1 - i;
      *u = -body_outline[i].u;
    }

  *v = body_outline[i].v;
  *corner = body_outline[i].corner;
}

/* The direction of the curve through outline point @i, scaled to unit
 * length, or zero at a corner. */
static void
get_outline_direction (guint   i,
                       double *du,
                       double *dv)
{
  double u0, v0, u1, v1, u, v, length;
  gboolean corner, ignored;

  get_outline_point (i, &u, &v, &corner);
  if (corner)
    {
      *du = *dv = 0.0;
      return;
    }

  get_outline_point (i + N_OUTLINE - 1, &u0, &v0, &ignored);
  get_outline_point (i + 1, &u1, &v1, &ignored);
  length = hypot (u1 - u0, v1 - v0);
  *du = (u1 - u0) / length;
  *dv = (v1 - v0) / length;
}

static void
append_body (cairo_t *cr)
{
  double u, v;
  gboolean corner;

  get_outline_point (0, &u, &v, &corner);
  cairo_new_sub_path (cr);
  cairo_move_to (cr, u, v);

  for (guint i = 0; i < N_OUTLINE; i++)
    {
      double u1, v1, du0, dv0, du1, dv1, third;

      get_outline_point (i + 1, &u1, &v1, &corner);
      get_outline_direction (i, &du0, &dv0);
      get_outline_direction (i + 1, &du1, &dv1);
      third = hypot (u1 - u, v1 - v) / 3;

      cairo_curve_to (cr,
                      u + du0 * third, v + dv0 * third,
                      u1 - du1 * third, v1 - dv1 * third,
                      u1, v1);
      u = u1;
      v = v1;
    }

  cairo_close_path (cr);
}

/* Adds one part of the figure to the path, in figure units. The parts
 * overlap, so they are filled one by one. */
static void
append_figure_part (cairo_t *cr,
                    guint    part)
{
  if (part == 0)
    {
      append_ellipse (cr, 0.0, 0.931, 0.061, 0.069);
      cairo_rectangle (cr, -0.031, 0.83, 0.062, 0.07);
    }
  else
    {
      append_body (cr);
    }
}

#define N_FIGURE_PARTS 2

static void
fill_figure (UprightBodyMap *self,
             cairo_t        *cr)
{
  for (guint part = 0; part < N_FIGURE_PARTS; part++)
    {
      cairo_save (cr);
      cairo_translate (cr, self->ox, self->oy);
      cairo_scale (cr, self->scale, -self->scale);
      append_figure_part (cr, part);
      cairo_restore (cr);
      cairo_fill (cr);
    }
}

static void
stroke_figure (UprightBodyMap *self,
               cairo_t        *cr,
               double          line_width)
{
  cairo_set_line_width (cr, line_width);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  for (guint part = 0; part < N_FIGURE_PARTS; part++)
    {
      cairo_save (cr);
      cairo_translate (cr, self->ox, self->oy);
      cairo_scale (cr, self->scale, -self->scale);
      append_figure_part (cr, part);
      cairo_restore (cr);
      cairo_stroke (cr);
    }
}

static void
upright_body_map_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  UprightBodyMap *self = UPRIGHT_BODY_MAP (widget);
  gboolean high_contrast = is_high_contrast ();
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GdkRGBA fg, accent_bg;
  cairo_pattern_t *fill, *outline;
  cairo_t *cr;

  if (self->scale <= 0.0 || width <= 0 || height <= 0)
    return;

  get_colors (widget, &fg, &accent_bg, NULL, NULL);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  /* The silhouette: a soft fill in the text colour, so it suits light, dark
   * and high-contrast styles, with a stronger outline around the whole
   * figure. The parts overlap, so they are first painted opaque into masks:
   * the outline mask is every part stroked, then every part's inside
   * cleared, which leaves only the outer half of the strokes.
   */
  cairo_push_group (cr);
  fill_figure (self, cr);
  fill = cairo_pop_group (cr);

  cairo_push_group (cr);
  stroke_figure (self, cr, high_contrast ? 4.0 : 3.0);
  cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
  fill_figure (self, cr);
  outline = cairo_pop_group (cr);

  set_source_rgba (cr, &fg, high_contrast ? 0.2 : 0.11);
  cairo_mask (cr, fill);
  set_source_rgba (cr, &fg, high_contrast ? 0.8 : 0.32);
  cairo_mask (cr, outline);
  cairo_pattern_destroy (fill);
  cairo_pattern_destroy (outline);

  if (self->show_labels)
    {
      cairo_set_line_width (cr, 1.0);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

      for (guint i = 0; i < N_TARGETS; i++)
        {
          gboolean selected = targets[i].region == self->selected_region;

          if (targets[i].back != self->back)
            continue;

          cairo_move_to (cr, self->leader_start[i].x, self->leader_start[i].y);
          cairo_line_to (cr, self->leader_end[i].x, self->leader_end[i].y);
          if (selected)
            set_source_rgba (cr, &accent_bg, 1.0);
          else
            set_source_rgba (cr, &fg, high_contrast ? 0.8 : 0.4);
          cairo_stroke (cr);

          cairo_arc (cr, self->leader_end[i].x, self->leader_end[i].y, 2.5, 0.0, 2 * G_PI);
          set_source_rgba (cr, &accent_bg, 1.0);
          cairo_fill (cr);
        }
    }

  cairo_destroy (cr);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_snapshot_child (widget, child, snapshot);
}

static void
upright_body_map_css_changed (GtkWidget         *widget,
                              GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (upright_body_map_parent_class)->css_changed (widget, change);

  gtk_widget_queue_draw (widget);
}

static int
focus_index (UprightBodyMap *self)
{
  GtkWidget *focus_child = gtk_widget_get_focus_child (GTK_WIDGET (self));

  for (guint i = 0; i < N_TARGETS; i++)
    {
      if (self->regions[i] == focus_child)
        return (int) i;
    }

  return -1;
}

/* Where each shape's centre is, averaged over a target's shapes: the wrists
 * and the hips are both on the centre line, one pair outside the other. */
static void
target_centre (guint   index,
               double *u,
               double *v)
{
  double su = 0.0, sv = 0.0;

  for (guint i = 0; i < targets[index].n_shapes; i++)
    {
      su += fabs (targets[index].shapes[i].u);
      sv += targets[index].shapes[i].v;
    }
  *u = su / targets[index].n_shapes;
  *v = sv / targets[index].n_shapes;
}

/* Regions whose centres are this close in height sit side by side. */
#define SAME_ROW 0.1

/* The region an arrow key leads to from @current, by where the regions
 * are on the figure: Up and Down go to the nearest row above or below (the
 * region nearest the centre line in it), Left and Right to the region
 * beside this one, further out or further in. -1 if there is none. */
static int
neighbour (int              current,
           GtkDirectionType direction)
{
  gboolean back = targets[current].back;
  double cu, cv;
  double row_v = 0.0;
  gboolean have_row = FALSE;
  int best = -1;
  double best_distance = G_MAXDOUBLE;

  target_centre ((guint) current, &cu, &cv);

  /* Up and Down: first the nearest row in that direction. */
  if (direction == GTK_DIR_UP || direction == GTK_DIR_DOWN)
    {
      for (guint i = 0; i < N_TARGETS; i++)
        {
          double u, v;

          target_centre (i, &u, &v);
          if ((int) i == current || targets[i].back != back || fabs (v - cv) < SAME_ROW ||
              (direction == GTK_DIR_UP) != (v > cv))
            continue;
          if (!have_row || fabs (v - cv) < fabs (row_v - cv))
            row_v = v;
          have_row = TRUE;
        }
      if (!have_row)
        return -1;
    }

  for (guint i = 0; i < N_TARGETS; i++)
    {
      double u, v, distance;

      if ((int) i == current || targets[i].back != back)
        continue;

      target_centre (i, &u, &v);
      if (direction == GTK_DIR_UP || direction == GTK_DIR_DOWN)
        {
          /* In that row, the region nearest the centre line. */
          if (fabs (v - row_v) >= SAME_ROW || (direction == GTK_DIR_UP) != (v > cv))
            continue;
          distance = u;
        }
      else
        {
          /* The figure is the same on both sides: Left and Right both
           * lead to the region beside this one. */
          if (fabs (v - cv) >= SAME_ROW)
            continue;
          distance = fabs (u - cu);
        }

      if (distance < best_distance)
        {
          best_distance = distance;
          best = (int) i;
        }
    }

  return best;
}

/* The map is a single stop in the Tab chain: Tab and Shift+Tab enter it at
 * the selected region, else at the first (as a group of radio buttons does,
 * so Shift+Tab retraces Tab), and leave it from any region. The arrow keys
 * move between the regions as they lie on the figure, and stop at its
 * edges.
 */
static gboolean
upright_body_map_focus (GtkWidget        *widget,
                        GtkDirectionType  direction)
{
  UprightBodyMap *self = UPRIGHT_BODY_MAP (widget);
  int current = focus_index (self);
  int selected = target_index (self->selected_region, self->back);
  int next;

  switch (direction)
    {
    case GTK_DIR_TAB_FORWARD:
    case GTK_DIR_TAB_BACKWARD:
      if (current >= 0)
        return FALSE;
      next = selected >= 0 ? selected : (int) first_of_view (self->back);
      break;

    case GTK_DIR_UP:
    case GTK_DIR_DOWN:
    case GTK_DIR_LEFT:
    case GTK_DIR_RIGHT:
      if (current >= 0)
        next = neighbour (current, direction);
      else
        next = selected >= 0 ? selected : (int) first_of_view (self->back);
      break;

    default:
      g_assert_not_reached ();
    }

  if (next < 0 || next == current)
    return TRUE;

  return gtk_widget_grab_focus (self->regions[next]);
}

static void
upright_body_map_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  UprightBodyMap *self = UPRIGHT_BODY_MAP (object);

  switch (prop_id)
    {
    case PROP_SELECTED_REGION:
      g_value_set_uint (value, self->selected_region);
      break;

    case PROP_SHOWS_BACK:
      g_value_set_boolean (value, self->back);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
upright_body_map_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  UprightBodyMap *self = UPRIGHT_BODY_MAP (object);

  switch (prop_id)
    {
    case PROP_SELECTED_REGION:
      upright_body_map_set_selected_region (self, (UprightRegion) g_value_get_uint (value));
      break;

    case PROP_SHOWS_BACK:
      upright_body_map_set_shows_back (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
upright_body_map_dispose (GObject *object)
{
  UprightBodyMap *self = UPRIGHT_BODY_MAP (object);

  for (guint i = 0; i < N_TARGETS; i++)
    {
      g_clear_pointer (&self->regions[i], gtk_widget_unparent);
      g_clear_pointer (&self->labels[i], gtk_widget_unparent);
    }

  G_OBJECT_CLASS (upright_body_map_parent_class)->dispose (object);
}

static void
upright_body_map_class_init (UprightBodyMapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = upright_body_map_dispose;
  object_class->get_property = upright_body_map_get_property;
  object_class->set_property = upright_body_map_set_property;

  widget_class->measure = upright_body_map_measure;
  widget_class->size_allocate = upright_body_map_size_allocate;
  widget_class->snapshot = upright_body_map_snapshot;
  widget_class->css_changed = upright_body_map_css_changed;
  widget_class->focus = upright_body_map_focus;

  /**
   * UprightBodyMap:selected-region:
   *
   * The chosen region, an #UprightRegion, or %UPRIGHT_REGION_NONE.
   */
  properties[PROP_SELECTED_REGION] =
    g_param_spec_uint ("selected-region", NULL, NULL,
                       UPRIGHT_REGION_NONE, UPRIGHT_N_REGIONS - 1,
                       UPRIGHT_REGION_NONE,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  /**
   * UprightBodyMap:shows-back:
   *
   * Whether the figure is seen from behind, with the spine, rather than
   * from the front, with the belly.
   */
  properties[PROP_SHOWS_BACK] =
    g_param_spec_boolean ("shows-back", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * UprightBodyMap::region-activated:
   * @self: the body map
   * @region: the #UprightRegion
   *
   * Emitted when the person clicks, taps or presses Enter or Space on a
   * region. The region is selected first.
   */
  signals[REGION_ACTIVATED] =
    g_signal_new ("region-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_css_name (widget_class, "bodymap");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
upright_body_map_init (UprightBodyMap *self)
{
  self->selected_region = UPRIGHT_REGION_NONE;

  /* Regions first, in keyboard order, so assistive technologies read them
   * in that order too; the labels only repeat their names. */
  for (guint i = 0; i < N_TARGETS; i++)
    {
      self->regions[i] = upright_body_map_region_new (i);
      gtk_widget_set_parent (self->regions[i], GTK_WIDGET (self));
    }

  for (guint i = 0; i < N_TARGETS; i++)
    {
      GtkWidget *label = gtk_label_new (upright_region_get_title (targets[i].region));
      GtkGesture *click = gtk_gesture_click_new ();
      GtkEventController *motion = gtk_event_controller_motion_new ();
      gboolean left = targets[i].label_side == GTK_POS_LEFT;

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 9);
      gtk_label_set_justify (GTK_LABEL (label), left ? GTK_JUSTIFY_RIGHT : GTK_JUSTIFY_LEFT);
      gtk_label_set_xalign (GTK_LABEL (label), left ? 1.0 : 0.0);
      gtk_accessible_update_state (GTK_ACCESSIBLE (label),
                                   GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                                   -1);

      g_signal_connect_object (click, "released", G_CALLBACK (label_released_cb),
                               self->regions[i], 0);
      gtk_widget_add_controller (label, GTK_EVENT_CONTROLLER (click));

      g_signal_connect_object (motion, "enter", G_CALLBACK (label_enter_cb),
                               self->regions[i], 0);
      g_signal_connect_object (motion, "leave", G_CALLBACK (label_leave_cb),
                               self->regions[i], 0);
      gtk_widget_add_controller (label, motion);

      gtk_widget_set_parent (label, GTK_WIDGET (self));
      self->labels[i] = label;
    }

  /* The back first: the spine, where most fractures from thinning bones
   * happen, and with it the wrists, hips and feet. Only the core is on the
   * front alone. */
  self->back = TRUE;
  for (guint i = 0; i < N_TARGETS; i++)
    {
      gtk_widget_set_visible (self->regions[i], targets[i].back);
      show_label (self->labels[i], targets[i].back);
    }
}
