/* upright-button-row.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "upright-button-row.h"

/**
 * UprightButtonRow:
 *
 * Large buttons side by side, all as wide as the widest, centred, where
 * they fit; one above the other, each as wide as the row, where they do
 * not, as on a phone or with large text. Their order, and the order of
 * the keyboard focus, is the same either way. Its children are added in a
 * template with `<child>`.
 */

#define SPACING 12

struct _UprightButtonRow
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (UprightButtonRow, upright_button_row, GTK_TYPE_WIDGET)

static guint
count_children (GtkWidget *widget,
                int       *widest,
                int       *min_widest)
{
  guint n = 0;

  *widest = 0;
  *min_widest = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int minimum, natural;

      if (!gtk_widget_should_layout (child))
        continue;

      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
      *widest = MAX (*widest, natural);
      *min_widest = MAX (*min_widest, minimum);
      n++;
    }

  return n;
}

static int
row_width (guint n,
           int   widest)
{
  return n > 0 ? (int) n * widest + (int) (n - 1) * SPACING : 0;
}

static void
upright_button_row_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  int widest, min_widest;
  guint n = count_children (widget, &widest, &min_widest);

  *minimum = 0;
  *natural = 0;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* As narrow as one button, as wide as all of them in a row. */
      *minimum = min_widest;
      *natural = row_width (n, widest);
    }
  else
    {
      gboolean in_a_row = for_size < 0 || row_width (n, widest) <= for_size;
      guint i = 0;

      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          int child_min, child_nat;

          if (!gtk_widget_should_layout (child))
            continue;

          gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, in_a_row ? widest : for_size,
                              &child_min, &child_nat, NULL, NULL);
          if (in_a_row)
            {
              *minimum = MAX (*minimum, child_min);
              *natural = MAX (*natural, child_nat);
            }
          else
            {
              *minimum += child_min + (i > 0 ? SPACING : 0);
              *natural += child_nat + (i > 0 ? SPACING : 0);
            }
          i++;
        }
    }

  if (minimum_baseline != NULL)
    *minimum_baseline = -1;
  if (natural_baseline != NULL)
    *natural_baseline = -1;
}

static void
upright_button_row_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  int widest, min_widest;
  guint n = count_children (widget, &widest, &min_widest);
  gboolean in_a_row = row_width (n, widest) <= width;
  int x = in_a_row ? (width - row_width (n, widest)) / 2 : 0;
  int y = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_height;

      if (!gtk_widget_should_layout (child))
        continue;

      if (in_a_row)
        {
          gtk_widget_allocate (child, widest, height, -1,
                               gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (x, 0)));
          x += widest + SPACING;
        }
      else
        {
          gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, NULL, &child_height, NULL, NULL);
          gtk_widget_allocate (child, width, child_height, -1,
                               gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (0, y)));
          y += child_height + SPACING;
        }
    }
}

static GtkSizeRequestMode
upright_button_row_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
upright_button_row_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (upright_button_row_parent_class)->dispose (object);
}

static void
upright_button_row_class_init (UprightButtonRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = upright_button_row_dispose;
  widget_class->measure = upright_button_row_measure;
  widget_class->size_allocate = upright_button_row_size_allocate;
  widget_class->get_request_mode = upright_button_row_get_request_mode;

  gtk_widget_class_set_css_name (widget_class, "buttonrow");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
upright_button_row_init (UprightButtonRow *self)
{
}

/**
 * upright_button_row_new:
 *
 * Returns: (transfer floating): a new, empty row
 */
GtkWidget *
upright_button_row_new (void)
{
  return g_object_new (UPRIGHT_TYPE_BUTTON_ROW, NULL);
}
