/* upright-posture-timer.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>
#include <adwaita.h>

#include "upright-posture-timer.h"

/* A countdown for an exercise, meant to be read from across the room: a
 * ring that empties over the current phase, the seconds left in very large
 * type inside it with the phase in words underneath, and below the ring the
 * set, the side, the repetition and what comes next.
 *
 * The ring is drawn; everything else is real text in labels, so assistive
 * technologies, text scaling and the style sheet all reach it. The text in
 * the ring grows and shrinks with the ring.
 */

/* The ring's diameter in pixels, and the width of its stroke as a share
 * of the diameter. */
#define RING_NATURAL   320
#define RING_MINIMUM   200
#define RING_STROKE    0.07

/* The text in the ring, at its size in the style sheet, fills at most
 * this share of the ring's inner diameter, measured corner to corner. */
#define TEXT_FILL      0.8

/* How far the text in the ring may grow with a large ring. */
#define TEXT_MAX_SCALE 2.5

/* Pixels between the ring and the lines under it. */
#define CAPTION_GAP    16

struct _UprightPostureTimer
{
  GtkWidget             parent_instance;

  UprightIntervalTimer *timer;
  GSignalGroup         *timer_signals;
  guint                 tick_id;
  /* The exercise's own words for the moment, instead of a phase's name. */
  char                 *cue;

  GtkWidget            *centre;
  GtkWidget            *seconds_label;
  GtkWidget            *phase_label;
  GtkWidget            *captions;
  GtkWidget            *set_label;
  GtkWidget            *rep_label;
  GtkWidget            *next_label;

  /* The phase whose style class the widget carries. */
  UprightTimerPhase     phase;

  /* The ring, from the last allocation. */
  double                ring_x;
  double                ring_y;
  double                ring_diameter;

  /* What assistive technologies were last told, so that they hear of a
   * change once a second and not on every frame. */
  char                 *value_text;
};

G_DEFINE_FINAL_TYPE (UprightPostureTimer, upright_posture_timer, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TIMER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const phase_classes[UPRIGHT_TIMER_N_PHASES] = {
  [UPRIGHT_TIMER_PHASE_IDLE] = "idle",
  [UPRIGHT_TIMER_PHASE_COUNT_IN] = "count-in",
  [UPRIGHT_TIMER_PHASE_WORK] = "work",
  [UPRIGHT_TIMER_PHASE_RELAX] = "relax",
  [UPRIGHT_TIMER_PHASE_SWITCH_SIDE] = "switch-side",
  [UPRIGHT_TIMER_PHASE_REST] = "rest",
  [UPRIGHT_TIMER_PHASE_DONE] = "done",
};

static UprightTimerPhase
get_phase (UprightPostureTimer *self)
{
  if (self->timer == NULL)
    return UPRIGHT_TIMER_PHASE_IDLE;

  return upright_interval_timer_get_phase (self->timer);
}

/* Whether a count down is under way: the ring empties and the seconds
 * show. */
static gboolean
is_counting (UprightTimerPhase phase)
{
  return phase != UPRIGHT_TIMER_PHASE_IDLE && phase != UPRIGHT_TIMER_PHASE_DONE;
}

static gboolean
is_paused (UprightPostureTimer *self)
{
  return self->timer != NULL && upright_interval_timer_get_paused (self->timer);
}

/* Whole seconds left, rounded up, so that the display reaches 0 only when
 * the phase ends. */
static guint
get_seconds_left (UprightPostureTimer *self)
{
  gint64 remaining_ms = upright_interval_timer_get_remaining_ms (self->timer);

  return (guint) ((MAX (remaining_ms, 0) + 999) / 1000);
}

static guint
get_phase_seconds (UprightPostureTimer *self)
{
  gint64 duration_ms = upright_interval_timer_get_phase_duration_ms (self->timer);

  return (guint) ((MAX (duration_ms, 0) + 999) / 1000);
}

/* The share of the ring still shown, from 1 at the start of a phase to 0
 * at its end. */
static double
get_remaining_fraction (UprightPostureTimer *self)
{
  if (!is_counting (get_phase (self)))
    return 1.0;

  return CLAMP (1.0 - upright_interval_timer_get_progress (self->timer), 0.0, 1.0);
}

static const char *
get_status_title (UprightPostureTimer *self)
{
  UprightTimerPhase phase = get_phase (self);

  if (phase == UPRIGHT_TIMER_PHASE_IDLE)
    return _("Ready");
  if (phase == UPRIGHT_TIMER_PHASE_DONE)
    return upright_timer_phase_get_title (phase);
  if (is_paused (self))
    return _("Paused");
  if (self->cue != NULL && *self->cue != '\0')
    return self->cue;

  return upright_interval_timer_get_title (self->timer);
}

static void
set_label_text (GtkWidget  *label,
                const char *text)
{
  gboolean visible = text != NULL && *text != '\0';

  if (visible && g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), text) != 0)
    gtk_label_set_text (GTK_LABEL (label), text);

  gtk_widget_set_visible (label, visible);
}

/* Joins the words of @text with no-break spaces, so that a line that
 * wraps breaks between its parts and not inside one. */
static char *
keep_together (const char *text)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);

  return g_strjoinv ("\u00a0", words);
}

/* “Set 2 of 3 · Left side”: the set when there is more than one, and the
 * side of a per-side exercise. */
static char *
format_set_line (UprightPostureTimer *self)
{
  guint n_sets = upright_interval_timer_get_n_sets (self->timer);
  UprightTimerSide side = upright_interval_timer_get_side (self->timer);
  g_autofree char *set = NULL;
  g_autofree char *side_title = NULL;

  if (n_sets > 1)
    {
      /* Translators: under the exercise timer, as in “Set 2 of 3”. */
      g_autofree char *text = g_strdup_printf (_("Set %u of %u"),
                                               upright_interval_timer_get_set (self->timer),
                                               n_sets);

      set = keep_together (text);
    }

  if (side != UPRIGHT_TIMER_SIDE_NONE)
    side_title = keep_together (upright_timer_side_get_title (side));

  if (set != NULL && side_title != NULL)
    {
      /* Translators: under the exercise timer, the set and the side, as in
       * “Set 2 of 3 · Left side”. */
      return g_strdup_printf (_("%s · %s"), set, side_title);
    }

  return g_strdup (set != NULL ? set : side_title);
}

/* “Rep 4 of 10”, while the repetitions of a set are under way: during a
 * rest or a change of sides they are done, and the line under them says
 * what comes next. */
static char *
format_rep_line (UprightPostureTimer *self)
{
  guint n_reps = upright_interval_timer_get_n_reps (self->timer);
  UprightTimerPhase phase = get_phase (self);

  /* Counting her in, nothing is under way yet: the line under it says the
   * first repetition comes next. */
  if (n_reps <= 1 || phase == UPRIGHT_TIMER_PHASE_REST || phase == UPRIGHT_TIMER_PHASE_SWITCH_SIDE ||
      phase == UPRIGHT_TIMER_PHASE_COUNT_IN)
    return NULL;

  /* Translators: under the exercise timer, as in “Rep 4 of 10”. */
  return g_strdup_printf (_("Rep %u of %u"), upright_interval_timer_get_rep (self->timer), n_reps);
}

/* What a screen reader says about the timer, as in “Hold, 7 seconds left,
 * set 2 of 3, left side”. */
static char *
format_value_text (UprightPostureTimer *self)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *text = NULL;
  UprightTimerPhase phase = get_phase (self);
  guint n_sets, n_reps, seconds;
  UprightTimerSide side;

  if (!is_counting (phase))
    return g_strdup (get_status_title (self));

  seconds = get_seconds_left (self);
  n_sets = upright_interval_timer_get_n_sets (self->timer);
  n_reps = upright_interval_timer_get_n_reps (self->timer);
  side = upright_interval_timer_get_side (self->timer);

  if (is_paused (self))
    g_ptr_array_add (parts, g_strdup (_("Paused")));
  g_ptr_array_add (parts, g_strdup (self->cue != NULL && *self->cue != '\0' ? self->cue
                                                                           : upright_interval_timer_get_title (self->timer)));
  g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                        "%u second left",
                                                        "%u seconds left",
                                                        seconds),
                                           seconds));

  if (n_sets > 1)
    {
      /* Translators: read out by a screen reader, as in “Hold, 7 seconds
       * left, set 2 of 3, left side”. */
      g_ptr_array_add (parts, g_strdup_printf (_("set %u of %u"),
                                               upright_interval_timer_get_set (self->timer),
                                               n_sets));
    }

  if (n_reps > 1 && phase != UPRIGHT_TIMER_PHASE_REST && phase != UPRIGHT_TIMER_PHASE_SWITCH_SIDE)
    {
      /* Translators: read out by a screen reader, as in “Hold, 7 seconds
       * left, repetition 4 of 10”. */
      g_ptr_array_add (parts, g_strdup_printf (_("repetition %u of %u"),
                                               upright_interval_timer_get_rep (self->timer),
                                               n_reps));
    }

  if (side == UPRIGHT_TIMER_SIDE_LEFT)
    g_ptr_array_add (parts, g_strdup (_("left side")));
  else if (side == UPRIGHT_TIMER_SIDE_RIGHT)
    g_ptr_array_add (parts, g_strdup (_("right side")));

  text = g_strdup (g_ptr_array_index (parts, 0));
  for (guint i = 1; i < parts->len; i++)
    {
      char *longer;

      /* Translators: joins the parts of what a screen reader says about
       * the exercise timer, as in “Hold, 7 seconds left”. */
      longer = g_strdup_printf (_("%s, %s"), text, (char *) g_ptr_array_index (parts, i));
      g_free (text);
      text = longer;
    }

  return g_steal_pointer (&text);
}

static void
update_accessible (UprightPostureTimer *self)
{
  g_autofree char *value_text = format_value_text (self);
  UprightTimerPhase phase = get_phase (self);

  if (g_strcmp0 (value_text, self->value_text) == 0)
    return;

  g_free (self->value_text);
  self->value_text = g_steal_pointer (&value_text);

  if (is_counting (phase))
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, 0.0,
                                      GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, (double) get_phase_seconds (self),
                                      GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, (double) get_seconds_left (self),
                                      GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, self->value_text,
                                      -1);
    }
  else
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_VALUE_MAX);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_VALUE_NOW);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, 0.0,
                                      GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, self->value_text,
                                      -1);
    }
}

static void
update_phase_class (UprightPostureTimer *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  UprightTimerPhase phase = get_phase (self);

  if (phase != self->phase)
    {
      gtk_widget_remove_css_class (widget, phase_classes[self->phase]);
      gtk_widget_add_css_class (widget, phase_classes[phase]);
      self->phase = phase;
    }

  if (is_paused (self))
    gtk_widget_add_css_class (widget, "paused");
  else
    gtk_widget_remove_css_class (widget, "paused");
}

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *frame_clock,
         gpointer       user_data)
{
  gtk_widget_queue_draw (widget);

  return G_SOURCE_CONTINUE;
}

static void
remove_tick (UprightPostureTimer *self)
{
  if (self->tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->tick_id);
      self->tick_id = 0;
    }
}

/* Redraws on every frame while the ring moves and can be seen, so that it
 * empties smoothly between whole seconds. */
static void
update_tick (UprightPostureTimer *self)
{
  gboolean moving = self->timer != NULL &&
                    gtk_widget_get_mapped (GTK_WIDGET (self)) &&
                    is_counting (get_phase (self)) &&
                    upright_interval_timer_get_running (self->timer) &&
                    !upright_interval_timer_get_paused (self->timer);

  if (moving && self->tick_id == 0)
    self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), tick_cb, NULL, NULL);
  else if (!moving)
    remove_tick (self);
}

static void
update (UprightPostureTimer *self)
{
  UprightTimerPhase phase = get_phase (self);

  update_phase_class (self);
  set_label_text (self->phase_label, get_status_title (self));

  if (is_counting (phase))
    {
      g_autofree char *seconds = g_strdup_printf ("%u", get_seconds_left (self));
      g_autofree char *set_line = format_set_line (self);
      g_autofree char *rep_line = format_rep_line (self);
      g_autofree char *next = upright_interval_timer_describe_next (self->timer);
      g_autofree char *next_line = NULL;

      if (next != NULL)
        {
          /* Translators: under the exercise timer, what comes after this
           * phase, as in “Next: Rest 60 s”. */
          next_line = g_strdup_printf (_("Next: %s"), next);
        }

      set_label_text (self->seconds_label, seconds);
      set_label_text (self->set_label, set_line);
      set_label_text (self->rep_label, rep_line);
      set_label_text (self->next_label, next_line);
    }
  else
    {
      set_label_text (self->seconds_label, NULL);
      set_label_text (self->set_label, NULL);
      set_label_text (self->rep_label, NULL);
      set_label_text (self->next_label, NULL);
    }

  update_accessible (self);
  update_tick (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
timer_notify_cb (UprightPostureTimer *self,
                 GParamSpec          *pspec,
                 GObject             *timer)
{
  update (self);
}

static void
get_phase_color (UprightPostureTimer *self,
                 UprightTimerPhase    phase,
                 GdkRGBA             *color)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  const char *name;
  const char *fallback;

  switch (phase)
    {
    case UPRIGHT_TIMER_PHASE_COUNT_IN:
    case UPRIGHT_TIMER_PHASE_SWITCH_SIDE:
      name = "warning_color";
      fallback = "#9c6e03";
      break;

    case UPRIGHT_TIMER_PHASE_RELAX:
    case UPRIGHT_TIMER_PHASE_REST:
    case UPRIGHT_TIMER_PHASE_DONE:
      name = "success_color";
      fallback = "#1b8553";
      break;

    case UPRIGHT_TIMER_PHASE_IDLE:
    case UPRIGHT_TIMER_PHASE_WORK:
    default:
      name = "accent_color";
      fallback = "#1c71d8";
      break;
    }

  if (!gtk_style_context_lookup_color (context, name, color))
    gdk_rgba_parse (color, fallback);
}

static void
set_source_rgba (cairo_t       *cr,
                 const GdkRGBA *rgba,
                 double         alpha)
{
  cairo_set_source_rgba (cr, rgba->red, rgba->green, rgba->blue, rgba->alpha * alpha);
}

static void
upright_posture_timer_snapshot (GtkWidget   *widget,
                                GtkSnapshot *snapshot)
{
  UprightPostureTimer *self = UPRIGHT_POSTURE_TIMER (widget);
  gboolean high_contrast = adw_style_manager_get_high_contrast (adw_style_manager_get_default ());
  double diameter = self->ring_diameter;
  double stroke = diameter * RING_STROKE;
  double radius = (diameter - stroke) / 2.0;
  double remaining;
  GdkRGBA fg, color;
  cairo_t *cr;

  if (radius > 0.0)
    {
      gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
      get_phase_color (self, get_phase (self), &color);
      remaining = get_remaining_fraction (self);

      cr = gtk_snapshot_append_cairo (snapshot,
                                      &GRAPHENE_RECT_INIT (self->ring_x - diameter / 2.0,
                                                           self->ring_y - diameter / 2.0,
                                                           diameter, diameter));
      cairo_set_line_width (cr, stroke);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

      /* The track, faint in the text colour so that it suits every style. */
      cairo_new_sub_path (cr);
      cairo_arc (cr, self->ring_x, self->ring_y, radius, 0.0, 2 * G_PI);
      set_source_rgba (cr, &fg, high_contrast ? 0.3 : 0.12);
      cairo_stroke (cr);

      /* What is left of the phase runs clockwise from where the sweep has
       * got to back round to the top, so the empty part grows like the
       * hand of a clock. */
      if (remaining > 0.001)
        {
          double end = 1.5 * G_PI;
          double start = end - remaining * 2 * G_PI;

          cairo_new_sub_path (cr);
          cairo_arc (cr, self->ring_x, self->ring_y, radius, start, end);
          /* A paused ring fades, but stays clear of the track. */
          if (is_paused (self))
            set_source_rgba (cr, &color, high_contrast ? 0.65 : 0.45);
          else
            set_source_rgba (cr, &color, 1.0);
          cairo_stroke (cr);
        }

      cairo_destroy (cr);
    }

  gtk_widget_snapshot_child (widget, self->centre, snapshot);
  gtk_widget_snapshot_child (widget, self->captions, snapshot);
}

/* The size of the text in the ring at its size in the style sheet. The
 * width allows for as many digits as the phase can show, so that the text
 * keeps its size as the seconds count down. */
static void
measure_centre (UprightPostureTimer *self,
                int                 *width,
                int                 *height)
{
  g_autoptr(PangoLayout) layout = NULL;
  g_autofree char *zeros = NULL;
  guint digits = 2;
  int digits_width;

  gtk_widget_measure (self->centre, GTK_ORIENTATION_HORIZONTAL, -1,
                      NULL, width, NULL, NULL);
  gtk_widget_measure (self->centre, GTK_ORIENTATION_VERTICAL, *width,
                      NULL, height, NULL, NULL);

  if (self->timer != NULL)
    {
      for (guint seconds = get_phase_seconds (self); seconds >= 100; seconds /= 10)
        digits++;
    }

  zeros = g_strnfill (digits, '0');
  layout = gtk_widget_create_pango_layout (self->seconds_label, zeros);
  pango_layout_get_pixel_size (layout, &digits_width, NULL);

  *width = MAX (*width, digits_width);
}

/* The natural size of the ring: large enough to hold the text in it at
 * its size in the style sheet, which is @width by @height. */
static int
get_ring_natural (int width,
                  int height)
{
  double diameter = hypot (width, height) / (TEXT_FILL * (1.0 - 2.0 * RING_STROKE));

  return MAX (RING_NATURAL, (int) ceil (diameter));
}

/* The height of the lines under the ring when each fits on one line. The
 * ring keeps room for all of them, so that it stays where it is as lines
 * come and go between phases. */
static int
get_caption_reserve (UprightPostureTimer *self)
{
  int reserve = 0;
  guint n_lines = 0;

  for (GtkWidget *label = gtk_widget_get_first_child (self->captions);
       label != NULL;
       label = gtk_widget_get_next_sibling (label))
    {
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (label, "Xg");
      int height;

      pango_layout_get_pixel_size (layout, NULL, &height);
      reserve += height;
      n_lines++;
    }

  if (n_lines > 1)
    reserve += (int) (n_lines - 1) * gtk_box_get_spacing (GTK_BOX (self->captions));

  return reserve;
}

static GtkSizeRequestMode
upright_posture_timer_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
upright_posture_timer_measure (GtkWidget      *widget,
                               GtkOrientation  orientation,
                               int             for_size,
                               int            *minimum,
                               int            *natural,
                               int            *minimum_baseline,
                               int            *natural_baseline)
{
  UprightPostureTimer *self = UPRIGHT_POSTURE_TIMER (widget);
  int caption_min, caption_nat;
  int centre_width, centre_height, ring_natural;

  measure_centre (self, &centre_width, &centre_height);
  ring_natural = get_ring_natural (centre_width, centre_height);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      gtk_widget_measure (self->captions, orientation, -1,
                          &caption_min, &caption_nat, NULL, NULL);
      *minimum = MAX (RING_MINIMUM, caption_min);
      *natural = MAX (ring_natural, caption_nat);
    }
  else
    {
      int reserve = get_caption_reserve (self);
      int ring = ring_natural;

      gtk_widget_measure (self->captions, orientation, for_size,
                          &caption_min, &caption_nat, NULL, NULL);
      caption_min = MAX (caption_min, reserve);
      caption_nat = MAX (caption_nat, reserve);

      /* A narrow widget has a smaller ring, with no room wasted above and
       * below it. */
      if (for_size >= 0)
        ring = CLAMP (for_size, RING_MINIMUM, ring_natural);

      *minimum = RING_MINIMUM + CAPTION_GAP + caption_min;
      *natural = ring + CAPTION_GAP + caption_nat;
    }
}

static void
upright_posture_timer_size_allocate (GtkWidget *widget,
                                     int        width,
                                     int        height,
                                     int        baseline)
{
  UprightPostureTimer *self = UPRIGHT_POSTURE_TIMER (widget);
  int caption_min, caption_nat, caption_height, caption_room;
  int centre_width, centre_height;
  double diameter, top, scale;
  GskTransform *transform;

  gtk_widget_measure (self->captions, GTK_ORIENTATION_VERTICAL, width,
                      &caption_min, &caption_nat, NULL, NULL);
  caption_height = height - caption_nat - CAPTION_GAP >= RING_MINIMUM ? caption_nat : caption_min;
  caption_room = MAX (caption_height, get_caption_reserve (self));

  /* The ring takes the room the lines under it leave, and is round. */
  diameter = MAX (0, MIN (width, height - caption_room - CAPTION_GAP));
  top = floor ((height - diameter - CAPTION_GAP - caption_room) / 2.0);

  self->ring_diameter = diameter;
  self->ring_x = width / 2.0;
  self->ring_y = top + diameter / 2.0;

  gtk_widget_size_allocate (self->captions,
                            &(GtkAllocation) {
                              0, (int) (top + diameter) + CAPTION_GAP,
                              width, caption_height
                            },
                            -1);

  /* The text in the ring keeps its proportion to the ring. */
  measure_centre (self, &centre_width, &centre_height);
  scale = MIN (diameter / get_ring_natural (centre_width, centre_height), TEXT_MAX_SCALE);

  transform = gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (self->ring_x, self->ring_y));
  transform = gsk_transform_scale (transform, scale, scale);
  transform = gsk_transform_translate (transform,
                                       &GRAPHENE_POINT_INIT (-centre_width / 2.0,
                                                             -centre_height / 2.0));
  gtk_widget_allocate (self->centre, centre_width, centre_height, -1, transform);
}

static void
upright_posture_timer_css_changed (GtkWidget         *widget,
                                   GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (upright_posture_timer_parent_class)->css_changed (widget, change);

  gtk_widget_queue_draw (widget);
}

static void
upright_posture_timer_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (upright_posture_timer_parent_class)->map (widget);

  update_tick (UPRIGHT_POSTURE_TIMER (widget));
}

static void
upright_posture_timer_unmap (GtkWidget *widget)
{
  remove_tick (UPRIGHT_POSTURE_TIMER (widget));

  GTK_WIDGET_CLASS (upright_posture_timer_parent_class)->unmap (widget);
}

static void
upright_posture_timer_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  UprightPostureTimer *self = UPRIGHT_POSTURE_TIMER (object);

  switch (prop_id)
    {
    case PROP_TIMER:
      g_value_set_object (value, self->timer);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
upright_posture_timer_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  UprightPostureTimer *self = UPRIGHT_POSTURE_TIMER (object);

  switch (prop_id)
    {
    case PROP_TIMER:
      upright_posture_timer_set_timer (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
upright_posture_timer_dispose (GObject *object)
{
  UprightPostureTimer *self = UPRIGHT_POSTURE_TIMER (object);

  remove_tick (self);

  if (self->timer_signals != NULL)
    g_signal_group_set_target (self->timer_signals, NULL);
  g_clear_object (&self->timer_signals);
  g_clear_object (&self->timer);

  g_clear_pointer (&self->centre, gtk_widget_unparent);
  g_clear_pointer (&self->captions, gtk_widget_unparent);

  G_OBJECT_CLASS (upright_posture_timer_parent_class)->dispose (object);
}

static void
upright_posture_timer_finalize (GObject *object)
{
  g_free (UPRIGHT_POSTURE_TIMER (object)->cue);

  UprightPostureTimer *self = UPRIGHT_POSTURE_TIMER (object);

  g_free (self->value_text);

  G_OBJECT_CLASS (upright_posture_timer_parent_class)->finalize (object);
}

static void
upright_posture_timer_class_init (UprightPostureTimerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = upright_posture_timer_dispose;
  object_class->finalize = upright_posture_timer_finalize;
  object_class->get_property = upright_posture_timer_get_property;
  object_class->set_property = upright_posture_timer_set_property;

  widget_class->get_request_mode = upright_posture_timer_get_request_mode;
  widget_class->measure = upright_posture_timer_measure;
  widget_class->size_allocate = upright_posture_timer_size_allocate;
  widget_class->snapshot = upright_posture_timer_snapshot;
  widget_class->css_changed = upright_posture_timer_css_changed;
  widget_class->map = upright_posture_timer_map;
  widget_class->unmap = upright_posture_timer_unmap;

  /**
   * UprightPostureTimer:timer:
   *
   * The #UprightIntervalTimer to show, or %NULL.
   */
  properties[PROP_TIMER] =
    g_param_spec_object ("timer", NULL, NULL,
                         UPRIGHT_TYPE_INTERVAL_TIMER,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "posturetimer");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_METER);
}

static GtkWidget *
add_label (GtkWidget  *box,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (label, css_class);
  gtk_box_append (GTK_BOX (box), label);

  return label;
}

static void
upright_posture_timer_init (UprightPostureTimer *self)
{
  GtkWidget *widget = GTK_WIDGET (self);

  self->centre = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (self->centre, "timer-centre");
  gtk_widget_set_parent (self->centre, widget);

  self->seconds_label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->seconds_label, "timer-seconds");
  gtk_box_append (GTK_BOX (self->centre), self->seconds_label);

  /* An exercise's own words can be long: they go onto a few short lines,
   * or the ring would shrink all its text to fit one long one. */
  self->phase_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->phase_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->phase_label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_justify (GTK_LABEL (self->phase_label), GTK_JUSTIFY_CENTER);
  gtk_label_set_max_width_chars (GTK_LABEL (self->phase_label), 14);
  gtk_widget_add_css_class (self->phase_label, "timer-phase");
  gtk_box_append (GTK_BOX (self->centre), self->phase_label);

  self->captions = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_add_css_class (self->captions, "timer-captions");
  gtk_widget_set_parent (self->captions, widget);

  self->set_label = add_label (self->captions, "timer-set");
  self->rep_label = add_label (self->captions, "timer-rep");
  self->next_label = add_label (self->captions, "timer-next");

  self->timer_signals = g_signal_group_new (UPRIGHT_TYPE_INTERVAL_TIMER);
  g_signal_group_connect_swapped (self->timer_signals, "notify",
                                  G_CALLBACK (timer_notify_cb), self);

  self->phase = UPRIGHT_TIMER_PHASE_IDLE;
  gtk_widget_add_css_class (widget, phase_classes[self->phase]);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Exercise timer"),
                                  -1);
  update (self);
}

/**
 * upright_posture_timer_new:
 *
 * Creates a timer display with no timer to show.
 *
 * Returns: the new #UprightPostureTimer
 */
GtkWidget *
upright_posture_timer_new (void)
{
  return g_object_new (UPRIGHT_TYPE_POSTURE_TIMER, NULL);
}

/**
 * upright_posture_timer_get_timer:
 * @self: a #UprightPostureTimer
 *
 * Returns: (transfer none) (nullable): the timer shown
 */
UprightIntervalTimer *
upright_posture_timer_get_timer (UprightPostureTimer *self)
{
  g_return_val_if_fail (UPRIGHT_IS_POSTURE_TIMER (self), NULL);

  return self->timer;
}

/**
 * upright_posture_timer_set_timer:
 * @self: a #UprightPostureTimer
 * @timer: (nullable): the timer to show
 *
 * Shows @timer, following it as it runs. With no timer, or one that has
 * not started, the display shows a full ring and “Ready”.
 */
void
upright_posture_timer_set_timer (UprightPostureTimer  *self,
                                 UprightIntervalTimer *timer)
{
  g_return_if_fail (UPRIGHT_IS_POSTURE_TIMER (self));
  g_return_if_fail (timer == NULL || UPRIGHT_IS_INTERVAL_TIMER (timer));

  if (!g_set_object (&self->timer, timer))
    return;

  g_signal_group_set_target (self->timer_signals, timer);
  update (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMER]);
}

/**
 * upright_posture_timer_set_cue:
 * @self: a posture timer
 * @cue: (nullable): the exercise's own words for the moment, such as
 *   “Breathe out and push up to stand”, or %NULL for the phase's name
 *
 * Shown in large letters above the seconds while the timer runs.
 */
void
upright_posture_timer_set_cue (UprightPostureTimer *self,
                               const char          *cue)
{
  g_return_if_fail (UPRIGHT_IS_POSTURE_TIMER (self));

  if (g_strcmp0 (self->cue, cue) == 0)
    return;

  g_free (self->cue);
  self->cue = g_strdup (cue);
  update (self);
}
