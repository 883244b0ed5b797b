/* upright-mirror-view.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "upright-mirror-view.h"

/* "Show Me Beside the Demonstration": a toggle that shows her own picture
 * from the camera, mirrored, to compare her form with a demonstration. The
 * camera is made when she first asks and let go when she turns it off or
 * the view leaves the screen, so its light is on only while she sees
 * herself. A camera that cannot be shown is said in words in its place.
 */
struct _UprightMirrorView
{
  GtkWidget        parent_instance;

  GtkToggleButton *button;
  GtkWidget       *picture;
  GtkLabel        *message;
  UprightCamera   *camera;
};

G_DEFINE_FINAL_TYPE (UprightMirrorView, upright_mirror_view, GTK_TYPE_WIDGET)

GtkWidget *
upright_mirror_view_new (void)
{
  return g_object_new (UPRIGHT_TYPE_MIRROR_VIEW, NULL);
}

/**
 * upright_mirror_view_get_camera:
 * @self: a mirror view
 *
 * Returns: (transfer none) (nullable): the camera, once she asked to see
 *   herself
 */
UprightCamera *
upright_mirror_view_get_camera (UprightMirrorView *self)
{
  g_return_val_if_fail (UPRIGHT_IS_MIRROR_VIEW (self), NULL);

  return self->camera;
}

/**
 * upright_mirror_view_stop:
 * @self: a mirror view
 *
 * Turns the mirror off and lets the camera go.
 */
void
upright_mirror_view_stop (UprightMirrorView *self)
{
  g_return_if_fail (UPRIGHT_IS_MIRROR_VIEW (self));

  gtk_toggle_button_set_active (self->button, FALSE);
}

static void
update (UprightMirrorView *self)
{
  gboolean active = gtk_toggle_button_get_active (self->button);
  const GError *error = self->camera != NULL ? upright_camera_get_error (self->camera) : NULL;

  gtk_widget_set_visible (self->picture, active && error == NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->message), active);
  if (error != NULL)
    {
      gtk_label_set_label (self->message, error->message);
      gtk_widget_remove_css_class (GTK_WIDGET (self->message), "dim-label");
    }
  else
    {
      gtk_label_set_label (self->message,
                           _("Only you see this: the camera's picture is not recorded or sent anywhere, "
                             "and the camera turns off when you leave this page."));
      gtk_widget_add_css_class (GTK_WIDGET (self->message), "dim-label");
    }
}

static void
toggled_cb (UprightMirrorView *self)
{
  gboolean active = gtk_toggle_button_get_active (self->button);

  if (active && self->camera == NULL)
    {
      self->camera = upright_camera_new ();
      gtk_picture_set_paintable (GTK_PICTURE (self->picture), upright_camera_get_paintable (self->camera));
      g_signal_connect_object (self->camera, "notify::error", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
    }

  if (self->camera != NULL)
    {
      if (active)
        upright_camera_start (self->camera);
      else
        upright_camera_stop (self->camera);
    }

  update (self);
}

/* Out of sight, the camera is let go, and its light goes off. */
static void
upright_mirror_view_unmap (GtkWidget *widget)
{
  UprightMirrorView *self = UPRIGHT_MIRROR_VIEW (widget);

  upright_mirror_view_stop (self);

  GTK_WIDGET_CLASS (upright_mirror_view_parent_class)->unmap (widget);
}

static void
upright_mirror_view_dispose (GObject *object)
{
  UprightMirrorView *self = UPRIGHT_MIRROR_VIEW (object);
  GtkWidget *child;

  if (self->camera != NULL)
    upright_camera_stop (self->camera);
  g_clear_object (&self->camera);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (upright_mirror_view_parent_class)->dispose (object);
}

static void
upright_mirror_view_class_init (UprightMirrorViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = upright_mirror_view_dispose;
  widget_class->unmap = upright_mirror_view_unmap;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "mirrorview");
}

static void
upright_mirror_view_init (UprightMirrorView *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  GtkWidget *box, *label;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 6);

  /* The label wraps on a phone with large text; its mnemonic names the
   * button for a screen reader too. */
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("camera-web-symbolic"));
  label = gtk_label_new_with_mnemonic (_("Show _Me Beside the Demonstration"));
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), label);
  self->button = GTK_TOGGLE_BUTTON (gtk_toggle_button_new ());
  gtk_button_set_child (GTK_BUTTON (self->button), box);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (self->button));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button),
                               _("See yourself in the camera, as in a mirror, to compare with the demonstration. Nothing is recorded."));
  gtk_widget_set_halign (GTK_WIDGET (self->button), GTK_ALIGN_START);
  g_signal_connect_swapped (self->button, "toggled", G_CALLBACK (toggled_cb), self);
  gtk_widget_set_parent (GTK_WIDGET (self->button), GTK_WIDGET (self));

  self->picture = gtk_picture_new ();
  gtk_picture_set_can_shrink (GTK_PICTURE (self->picture), TRUE);
  gtk_widget_set_size_request (self->picture, -1, 158);
  gtk_widget_add_css_class (self->picture, "mirror-frame");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->picture), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("You, from the camera, mirrored"), -1);
  gtk_widget_set_visible (self->picture, FALSE);
  gtk_widget_set_parent (self->picture, GTK_WIDGET (self));

  self->message = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->message, TRUE);
  gtk_label_set_xalign (self->message, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->message), FALSE);
  gtk_widget_set_parent (GTK_WIDGET (self->message), GTK_WIDGET (self));
}
