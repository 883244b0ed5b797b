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
 * they fit; where they do not, as on a phone or with large text, as many
 * to a line as fit, the lines sharing the row's width, so that three
 * buttons take two lines rather than three. Their order, read line by
 * line, and the order of the keyboard focus, is the same either way. Its
 * children are added in a template with `<child>`.
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

/* How many buttons go on a line of @width, @widest each. */
static guint
get_per_line (guint n,
              int   widest,
              int   width)
{
  guint per_line;

  if (n == 0 || width < 0 || row_width (n, widest) <= width)
    return MAX (n, 1);

  per_line = (guint) MAX (1, (width + SPACING) / (widest + SPACING));

  return MIN (per_line, n);
}

/* The width of each button on the line that starts with button @first. */
static int
get_cell_width (guint n,
                guint per_line,
                guint first,
                int   width)
{
  guint on_line = MIN (per_line, n - first);

  return (width - (int) (on_line - 1) * SPACING) / (int) on_line;
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
      guint per_line = get_per_line (n, widest, for_size);
      int line_min = 0, line_nat = 0;
      guint i = 0;

      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          int child_min, child_nat;

          if (!gtk_widget_should_layout (child))
            continue;

          gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL,
                              in_a_row ? widest : get_cell_width (n, per_line, i - i % per_line, for_size),
                              &child_min, &child_nat, NULL, NULL);
          line_min = MAX (line_min, child_min);
          line_nat = MAX (line_nat, child_nat);

          i++;
          if (i % per_line == 0 || i == n)
            {
              *minimum += line_min + (i > per_line ? SPACING : 0);
              *natural += line_nat + (i > per_line ? SPACING : 0);
              line_min = line_nat = 0;
            }
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
  guint per_line = get_per_line (n, widest, width);
  int x = in_a_row ? (width - row_width (n, widest)) / 2 : 0;
  int y = 0, line_height = 0;
  guint i = 0;

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
          continue;
        }

      /* A line's height is that of its tallest button. */
      if (i % per_line == 0)
        {
          int cell = get_cell_width (n, per_line, i, width);
          guint j = 0;

          line_height = 0;
          x = 0;
          for (GtkWidget *other = child; other != NULL && j < per_line;
               other = gtk_widget_get_next_sibling (other))
            {
              if (!gtk_widget_should_layout (other))
                continue;
              gtk_widget_measure (other, GTK_ORIENTATION_VERTICAL, cell, NULL, &child_height, NULL, NULL);
              line_height = MAX (line_height, child_height);
              j++;
            }
        }

      {
        int cell = get_cell_width (n, per_line, i - i % per_line, width);

        gtk_widget_allocate (child, cell, line_height, -1,
                             gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (x, y)));
        x += cell + SPACING;
      }

      i++;
      if (i % per_line == 0)
        y += line_height + SPACING;
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
