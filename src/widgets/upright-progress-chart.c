/* upright-progress-chart.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "upright-progress-chart.h"

/* Weekly bars of one measure with the week's goal as a line across them.
 *
 * The chart is a single focusable widget: Left and Right (Home, End) move
 * a selection along the weeks, as the pointer does when it hovers, and the
 * selected week's figures are written above the bars, in the tooltip and
 * in the accessible description, after a summary of the whole chart. The
 * bars themselves are drawn, not widgets, so that a year of weeks costs
 * nothing to lay out; the drawing is the display-free UprightChart's.
 */
struct _UprightProgressChart
{
  GtkWidget          parent_instance;

  UprightChart       chart;
  char              *summary;

  int                selected;
  int                hovered;
};

G_DEFINE_FINAL_TYPE (UprightProgressChart, upright_progress_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_METRIC,
  PROP_SELECTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * upright_progress_chart_get_value:
 * @self: a chart
 * @week: the position of a week
 *
 * Returns: the week's bar, in days, minutes or points from 0 to 10; NAN
 *   when there is nothing to show, such as the effort of a week without
 *   exercise
 */
double
upright_progress_chart_get_value (UprightProgressChart *self,
                                  guint                 week)
{
  g_return_val_if_fail (UPRIGHT_IS_PROGRESS_CHART (self), NAN);
  g_return_val_if_fail (week < upright_chart_get_n_weeks (&self->chart), NAN);

  return upright_chart_get_value (&self->chart, week);
}

/**
 * upright_progress_chart_describe_week:
 * @self: a chart
 * @week: the position of a week
 *
 * Returns: (transfer full): the week's figures in a sentence
 */
char *
upright_progress_chart_describe_week (UprightProgressChart *self,
                                      guint                 week)
{
  g_return_val_if_fail (UPRIGHT_IS_PROGRESS_CHART (self), NULL);
  g_return_val_if_fail (week < upright_chart_get_n_weeks (&self->chart), NULL);

  return upright_chart_describe_week (&self->chart, week);
}

static void
update_summary (UprightProgressChart *self)
{
  g_free (self->summary);
  self->summary = upright_chart_summarize (&self->chart);
}


static void
update_accessible (UprightProgressChart *self)
{
  g_autofree char *description = NULL;

  if (self->selected >= 0 && (guint) self->selected < upright_chart_get_n_weeks (&self->chart))
    {
      g_autofree char *week = upright_chart_describe_week (&self->chart, self->selected);

      description = g_strdup_printf ("%s %s", self->summary, week);
    }
  else
    description = g_strdup (self->summary);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

/* Geometry */

static void
upright_progress_chart_measure (GtkWidget      *widget,
                                GtkOrientation  orientation,
                                int             for_size,
                                int            *minimum,
                                int            *natural,
                                int            *minimum_baseline,
                                int            *natural_baseline)
{
  /* The chart grows with the text: room for seven lines of figures. */
  int line_height = upright_chart_get_line_height (gtk_widget_get_pango_context (widget));

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 240;
      *natural = 600;
    }
  else
    {
      *minimum = MAX (180, line_height * 11);
      *natural = MAX (220, line_height * 13);
    }
}

static void
upright_progress_chart_size_allocate (GtkWidget *widget,
                                      int        width,
                                      int        height,
                                      int        baseline)
{
  upright_chart_layout (&UPRIGHT_PROGRESS_CHART (widget)->chart, gtk_widget_get_pango_context (widget),
                        width, height);
}

/* Drawing */

static void
lookup_color (GtkWidget    *widget,
              const char   *name,
              const char   *fallback,
              UprightColor *color)
{
  GdkRGBA rgba;

  if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), name, &rgba))
    gdk_rgba_parse (&rgba, fallback);
  *color = (UprightColor) { rgba.red, rgba.green, rgba.blue, rgba.alpha };
}

static void
upright_progress_chart_snapshot (GtkWidget   *widget,
                                 GtkSnapshot *snapshot)
{
  UprightProgressChart *self = UPRIGHT_PROGRESS_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  UprightChartStyle style;
  GdkRGBA fg;
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  style.fg = (UprightColor) { fg.red, fg.green, fg.blue, fg.alpha };
  lookup_color (widget, "accent_color", "#1c71d8", &style.accent);
  lookup_color (widget, "success_color", "#1b8553", &style.success);
  lookup_color (widget, "warning_color", "#9c6e03", &style.warning);
  style.high_contrast = adw_style_manager_get_high_contrast (adw_style_manager_get_default ());

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  upright_chart_draw (&self->chart, cr, gtk_widget_get_pango_context (widget), &style,
                      self->hovered >= 0 ? self->hovered : self->selected,
                      gtk_widget_has_focus (widget));
  cairo_destroy (cr);
}


/* Input */

static void
set_hovered (UprightProgressChart *self,
             int                   hovered)
{
  if (self->hovered == hovered)
    return;

  self->hovered = hovered;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           UprightProgressChart     *self)
{
  set_hovered (self, upright_chart_week_at (&self->chart, x));
}

static void
leave_cb (GtkEventControllerMotion *controller,
          UprightProgressChart     *self)
{
  set_hovered (self, -1);
}

static void
pressed_cb (GtkGestureClick      *gesture,
            int                   n_press,
            double                x,
            double                y,
            UprightProgressChart *self)
{
  int week = upright_chart_week_at (&self->chart, x);

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (week >= 0)
    upright_progress_chart_set_selected (self, week);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                UprightProgressChart  *self)
{
  int n = (int) upright_chart_get_n_weeks (&self->chart);
  int selected = self->selected;
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;

  if (n == 0 || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      selected = selected < 0 ? n - 1 : selected + (rtl ? 1 : -1);
      break;

    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      selected = selected < 0 ? n - 1 : selected + (rtl ? -1 : 1);
      break;

    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      selected = 0;
      break;

    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      selected = n - 1;
      break;

    default:
      return GDK_EVENT_PROPAGATE;
    }

  upright_progress_chart_set_selected (self, CLAMP (selected, 0, n - 1));

  return GDK_EVENT_STOP;
}

static void
focus_enter_cb (UprightProgressChart *self)
{
  /* Focus lands on the newest week, the one she most likely wants. */
  if (self->selected < 0 && upright_chart_get_n_weeks (&self->chart) > 0)
    upright_progress_chart_set_selected (self, (int) upright_chart_get_n_weeks (&self->chart) - 1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
upright_progress_chart_query_tooltip (GtkWidget  *widget,
                                      int         x,
                                      int         y,
                                      gboolean    keyboard,
                                      GtkTooltip *tooltip)
{
  UprightProgressChart *self = UPRIGHT_PROGRESS_CHART (widget);
  int week = keyboard ? self->selected : upright_chart_week_at (&self->chart, x);
  g_autofree char *text = NULL;

  if (week < 0)
    return FALSE;

  text = upright_chart_describe_week (&self->chart, week);
  gtk_tooltip_set_text (tooltip, text);

  return TRUE;
}

/* Public */

/**
 * upright_progress_chart_new:
 * @metric: what the bars show
 *
 * Returns: (transfer floating): a chart without weeks
 */
GtkWidget *
upright_progress_chart_new (UprightChartMetric metric)
{
  return g_object_new (UPRIGHT_TYPE_PROGRESS_CHART, "metric", metric, NULL);
}

UprightChartMetric
upright_progress_chart_get_metric (UprightProgressChart *self)
{
  g_return_val_if_fail (UPRIGHT_IS_PROGRESS_CHART (self), UPRIGHT_CHART_STRENGTH);

  return self->chart.metric;
}

void
upright_progress_chart_set_metric (UprightProgressChart *self,
                                   UprightChartMetric    metric)
{
  g_return_if_fail (UPRIGHT_IS_PROGRESS_CHART (self));
  g_return_if_fail (metric <= UPRIGHT_CHART_PAIN);

  if (self->chart.metric == metric)
    return;

  self->chart.metric = metric;
  update_summary (self);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_METRIC]);
}

/**
 * upright_progress_chart_set_weeks:
 * @self: a chart
 * @weeks: (element-type UprightWeek): the weeks to show, oldest first
 * @target: the weekly goal in the chart's unit, or 0 for none
 * @today: (nullable): today, to mark the week still running
 *
 * Shows @weeks. The selection stays on the same position when there is
 * one.
 */
void
upright_progress_chart_set_weeks (UprightProgressChart *self,
                                  GArray               *weeks,
                                  guint                 target,
                                  const GDate          *today)
{
  g_return_if_fail (UPRIGHT_IS_PROGRESS_CHART (self));
  g_return_if_fail (weeks == NULL || g_array_get_element_size (weeks) == sizeof (UprightWeek));

  g_clear_pointer (&self->chart.weeks, g_array_unref);
  if (weeks != NULL)
    self->chart.weeks = g_array_ref (weeks);
  self->chart.target = target;
  if (today != NULL && g_date_valid (today))
    self->chart.today = *today;
  else
    g_date_clear (&self->chart.today, 1);

  if (self->selected >= (int) upright_chart_get_n_weeks (&self->chart))
    upright_progress_chart_set_selected (self, (int) upright_chart_get_n_weeks (&self->chart) - 1);
  self->hovered = -1;

  update_summary (self);
  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

guint
upright_progress_chart_get_n_weeks (UprightProgressChart *self)
{
  g_return_val_if_fail (UPRIGHT_IS_PROGRESS_CHART (self), 0);

  return upright_chart_get_n_weeks (&self->chart);
}

/**
 * upright_progress_chart_get_selected:
 * @self: a chart
 *
 * Returns: the position of the selected week, or -1
 */
int
upright_progress_chart_get_selected (UprightProgressChart *self)
{
  g_return_val_if_fail (UPRIGHT_IS_PROGRESS_CHART (self), -1);

  return self->selected;
}

void
upright_progress_chart_set_selected (UprightProgressChart *self,
                                     int                   selected)
{
  g_return_if_fail (UPRIGHT_IS_PROGRESS_CHART (self));
  g_return_if_fail (selected >= -1 && selected < (int) MAX (upright_chart_get_n_weeks (&self->chart), 1));

  if (self->selected == selected)
    return;

  self->selected = selected;
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

/**
 * upright_progress_chart_get_summary:
 * @self: a chart
 *
 * Returns: the chart in a sentence or two, as a screen reader hears it
 */
const char *
upright_progress_chart_get_summary (UprightProgressChart *self)
{
  g_return_val_if_fail (UPRIGHT_IS_PROGRESS_CHART (self), NULL);

  return self->summary;
}

static void
upright_progress_chart_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  UprightProgressChart *self = UPRIGHT_PROGRESS_CHART (object);

  switch (prop_id)
    {
    case PROP_METRIC:
      g_value_set_enum (value, self->chart.metric);
      break;

    case PROP_SELECTED:
      g_value_set_int (value, self->selected);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
upright_progress_chart_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  UprightProgressChart *self = UPRIGHT_PROGRESS_CHART (object);

  switch (prop_id)
    {
    case PROP_METRIC:
      upright_progress_chart_set_metric (self, g_value_get_enum (value));
      break;

    case PROP_SELECTED:
      upright_progress_chart_set_selected (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
upright_progress_chart_finalize (GObject *object)
{
  UprightProgressChart *self = UPRIGHT_PROGRESS_CHART (object);

  g_clear_pointer (&self->chart.weeks, g_array_unref);
  g_free (self->summary);

  G_OBJECT_CLASS (upright_progress_chart_parent_class)->finalize (object);
}

static void
upright_progress_chart_class_init (UprightProgressChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = upright_progress_chart_finalize;
  object_class->get_property = upright_progress_chart_get_property;
  object_class->set_property = upright_progress_chart_set_property;

  widget_class->measure = upright_progress_chart_measure;
  widget_class->size_allocate = upright_progress_chart_size_allocate;
  widget_class->snapshot = upright_progress_chart_snapshot;
  widget_class->query_tooltip = upright_progress_chart_query_tooltip;

  properties[PROP_METRIC] =
    g_param_spec_enum ("metric", NULL, NULL,
                       UPRIGHT_TYPE_CHART_METRIC, UPRIGHT_CHART_STRENGTH,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SELECTED] =
    g_param_spec_int ("selected", NULL, NULL,
                      -1, G_MAXINT, -1,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "progresschart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
upright_progress_chart_init (UprightProgressChart *self)
{
  GtkEventController *controller;
  GtkGesture *click;

  self->selected = -1;
  self->hovered = -1;
  g_date_clear (&self->chart.today, 1);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect (controller, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  click = gtk_gesture_click_new ();
  g_signal_connect (click, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (controller, "enter", G_CALLBACK (focus_enter_cb), self);
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (gtk_widget_queue_draw), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  update_summary (self);
}
