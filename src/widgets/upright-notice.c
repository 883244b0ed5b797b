/* upright-notice.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "upright-notice.h"

/**
 * UprightNotice:
 *
 * A problem the person must know about, such as her progress not being
 * saved, shown across the top of the window until she dismisses it: what
 * happened and what to do, in words that wrap at any width, and buttons for
 * what she can do about it, side by side where they fit and one above the
 * other where they do not. Screen readers announce it as an alert.
 */

#define SPACING 8

struct _UprightNotice
{
  GtkWidget  parent_instance;

  char      *id;

  /* Template widgets */
  GtkWidget *top;
  GtkLabel  *label;
};

G_DEFINE_FINAL_TYPE (UprightNotice, upright_notice, GTK_TYPE_WIDGET)

enum {
  DISMISSED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
dismiss_clicked_cb (UprightNotice *self)
{
  g_signal_emit (self, signals[DISMISSED], 0);
}

/* The buttons are the children after the top row. */
static int
get_buttons_width (UprightNotice *self,
                   int           *n_buttons)
{
  int width = 0;

  *n_buttons = 0;
  for (GtkWidget *child = gtk_widget_get_next_sibling (self->top);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int nat;

      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &nat, NULL, NULL);
      width += nat + (*n_buttons > 0 ? SPACING : 0);
      (*n_buttons)++;
    }

  return width;
}

static void
upright_notice_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  UprightNotice *self = UPRIGHT_NOTICE (widget);
  int n_buttons;
  int buttons_width = get_buttons_width (self, &n_buttons);

  gtk_widget_measure (self->top, orientation, for_size, minimum, natural, NULL, NULL);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Narrow, the buttons go one above the other. */
      for (GtkWidget *child = gtk_widget_get_next_sibling (self->top);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          int child_min;

          gtk_widget_measure (child, orientation, -1, &child_min, NULL, NULL, NULL);
          *minimum = MAX (*minimum, child_min);
        }
      *natural = MAX (*natural, buttons_width);
    }
  else if (n_buttons > 0)
    {
      gboolean in_a_row = for_size < 0 || buttons_width <= for_size;
      int row = 0, column = 0;

      for (GtkWidget *child = gtk_widget_get_next_sibling (self->top);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          int child_min, child_nat;

          gtk_widget_measure (child, orientation, -1, &child_min, &child_nat, NULL, NULL);
          row = MAX (row, child_nat);
          column += child_nat + (column > 0 ? SPACING : 0);
        }

      *minimum += SPACING + (in_a_row ? row : column);
      *natural += SPACING + (in_a_row ? row : column);
    }

  if (minimum_baseline != NULL)
    *minimum_baseline = -1;
  if (natural_baseline != NULL)
    *natural_baseline = -1;
}

static void
upright_notice_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  UprightNotice *self = UPRIGHT_NOTICE (widget);
  int n_buttons;
  int buttons_width = get_buttons_width (self, &n_buttons);
  gboolean in_a_row = buttons_width <= width;
  int top_height;
  int x, y;

  gtk_widget_measure (self->top, GTK_ORIENTATION_VERTICAL, width, NULL, &top_height, NULL, NULL);
  gtk_widget_allocate (self->top, width, top_height, -1, NULL);

  /* In a row, they sit at the end; otherwise each takes the whole width. */
  x = in_a_row ? width - buttons_width : 0;
  y = top_height + SPACING;
  for (GtkWidget *child = gtk_widget_get_next_sibling (self->top);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_width, child_height;

      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &child_width, NULL, NULL);
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, -1, NULL, &child_height, NULL, NULL);

      if (in_a_row)
        {
          gtk_widget_allocate (child, child_width, child_height, -1,
                               gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (x, y)));
          x += child_width + SPACING;
        }
      else
        {
          gtk_widget_allocate (child, width, child_height, -1,
                               gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (0, y)));
          y += child_height + SPACING;
        }
    }
}

static GtkSizeRequestMode
upright_notice_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
upright_notice_dispose (GObject *object)
{
  UprightNotice *self = UPRIGHT_NOTICE (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), UPRIGHT_TYPE_NOTICE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (upright_notice_parent_class)->dispose (object);
}

static void
upright_notice_finalize (GObject *object)
{
  UprightNotice *self = UPRIGHT_NOTICE (object);

  g_free (self->id);

  G_OBJECT_CLASS (upright_notice_parent_class)->finalize (object);
}

static void
upright_notice_class_init (UprightNoticeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = upright_notice_dispose;
  object_class->finalize = upright_notice_finalize;

  widget_class->measure = upright_notice_measure;
  widget_class->size_allocate = upright_notice_size_allocate;
  widget_class->get_request_mode = upright_notice_get_request_mode;

  /**
   * UprightNotice::dismissed:
   *
   * Emitted when the person closes the notice.
   */
  signals[DISMISSED] =
    g_signal_new ("dismissed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/upright-notice.ui");
  gtk_widget_class_bind_template_child (widget_class, UprightNotice, top);
  gtk_widget_class_bind_template_child (widget_class, UprightNotice, label);
  gtk_widget_class_bind_template_callback (widget_class, dismiss_clicked_cb);

  gtk_widget_class_set_css_name (widget_class, "notice");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_ALERT);
}

static void
upright_notice_init (UprightNotice *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * upright_notice_new:
 * @id: what the notice is about, so that a newer one can replace it
 * @text: what happened and what to do
 *
 * Returns: (transfer floating): a new notice
 */
UprightNotice *
upright_notice_new (const char *id,
                    const char *text)
{
  UprightNotice *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  self = g_object_new (UPRIGHT_TYPE_NOTICE, NULL);
  self->id = g_strdup (id);
  gtk_label_set_label (self->label, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  -1);

  return self;
}

/**
 * upright_notice_get_id:
 * @self: a notice
 *
 * Returns: what the notice is about
 */
const char *
upright_notice_get_id (UprightNotice *self)
{
  g_return_val_if_fail (UPRIGHT_IS_NOTICE (self), NULL);

  return self->id;
}

/**
 * upright_notice_get_text:
 * @self: a notice
 *
 * Returns: what the notice says
 */
const char *
upright_notice_get_text (UprightNotice *self)
{
  g_return_val_if_fail (UPRIGHT_IS_NOTICE (self), NULL);

  return gtk_label_get_label (self->label);
}

/**
 * upright_notice_add_button:
 * @self: a notice
 * @label: the button's label, with a mnemonic
 * @action_name: the action it activates
 *
 * Adds a button for something the person can do about the problem.
 */
void
upright_notice_add_button (UprightNotice *self,
                           const char    *label,
                           const char    *action_name)
{
  GtkWidget *button;

  g_return_if_fail (UPRIGHT_IS_NOTICE (self));
  g_return_if_fail (label != NULL);
  g_return_if_fail (action_name != NULL);

  button = gtk_button_new_with_mnemonic (label);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_widget_insert_before (button, GTK_WIDGET (self), NULL);
}
