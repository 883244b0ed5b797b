/* upright-video-paintable.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gst/video/video.h>

#include "upright-video-paintable.h"

/* A GdkPaintable that shows the newest video frame it was given.
 *
 * Frames arrive on a GStreamer streaming thread, where GTK must not be
 * touched. They wait in a one-frame slot under a mutex, and a single idle
 * source on the main context of the thread that made the paintable turns the
 * frame in the slot into a texture. A frame that arrives while the previous
 * one is still waiting replaces it, so a busy main loop shows fewer frames
 * instead of falling behind.
 *
 * The texture wraps the mapped frame itself: the GBytes under it keeps the
 * frame mapped and the buffer alive until GTK lets go of the texture, so no
 * pixel is copied on the way. Mirroring is a transform in the snapshot, which
 * also copies nothing.
 */

struct _UprightVideoPaintable
{
  GObject       parent_instance;

  /* Shared with the streaming thread, under the lock. */
  GMutex        lock;
  GstSample    *pending;
  GSource      *idle_source;
  guint64       n_frames_dropped;
  guint         disposed : 1;

  /* Main thread only. */
  GMainContext *context;
  GdkTexture   *texture;
  GstCaps      *caps;
  GstVideoInfo  info;
  int           intrinsic_width;
  int           intrinsic_height;
  guint64       n_frames_shown;
  guint         mirror : 1;
};

static void upright_video_paintable_paintable_init (GdkPaintableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (UprightVideoPaintable, upright_video_paintable, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (GDK_TYPE_PAINTABLE,
                                                      upright_video_paintable_paintable_init))

enum {
  PROP_0,
  PROP_MIRROR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
snapshot_texture (UprightVideoPaintable *self,
                  GdkSnapshot           *snapshot,
                  double                 width,
                  double                 height)
{
  GtkSnapshot *gtk_snapshot = GTK_SNAPSHOT (snapshot);

  if (self->texture == NULL)
    return;

  if (!self->mirror)
    {
      gtk_snapshot_append_texture (gtk_snapshot, self->texture,
                                   &GRAPHENE_RECT_INIT (0, 0, width, height));
      return;
    }

  /* Seen as in a mirror: the picture is flipped around its vertical centre
   * line, which is what a person copying a movement expects to see.
   */
  gtk_snapshot_save (gtk_snapshot);
  gtk_snapshot_translate (gtk_snapshot, &GRAPHENE_POINT_INIT (width, 0));
  gtk_snapshot_scale (gtk_snapshot, -1, 1);
  gtk_snapshot_append_texture (gtk_snapshot, self->texture,
                               &GRAPHENE_RECT_INIT (0, 0, width, height));
  gtk_snapshot_restore (gtk_snapshot);
}

static void
upright_video_paintable_snapshot (GdkPaintable *paintable,
                                  GdkSnapshot  *snapshot,
                                  double        width,
                                  double        height)
{
  snapshot_texture (UPRIGHT_VIDEO_PAINTABLE (paintable), snapshot, width, height);
}

static GdkPaintable *
upright_video_paintable_get_current_image (GdkPaintable *paintable)
{
  UprightVideoPaintable *self = UPRIGHT_VIDEO_PAINTABLE (paintable);
  g_autoptr(GtkSnapshot) snapshot = NULL;

  if (self->texture == NULL)
    return gdk_paintable_new_empty (self->intrinsic_width, self->intrinsic_height);

  if (!self->mirror)
    return g_object_ref (GDK_PAINTABLE (self->texture));

  snapshot = gtk_snapshot_new ();
  snapshot_texture (self, GDK_SNAPSHOT (snapshot), self->intrinsic_width, self->intrinsic_height);

  return gtk_snapshot_free_to_paintable (g_steal_pointer (&snapshot),
                                         &GRAPHENE_SIZE_INIT (self->intrinsic_width,
                                                              self->intrinsic_height));
}

static int
upright_video_paintable_get_intrinsic_width (GdkPaintable *paintable)
{
  return UPRIGHT_VIDEO_PAINTABLE (paintable)->intrinsic_width;
}

static int
upright_video_paintable_get_intrinsic_height (GdkPaintable *paintable)
{
  return UPRIGHT_VIDEO_PAINTABLE (paintable)->intrinsic_height;
}

static double
upright_video_paintable_get_intrinsic_aspect_ratio (GdkPaintable *paintable)
{
  UprightVideoPaintable *self = UPRIGHT_VIDEO_PAINTABLE (paintable);

  if (self->intrinsic_width <= 0 || self->intrinsic_height <= 0)
    return 0.0;

  return (double) self->intrinsic_width / self->intrinsic_height;
}

static void
upright_video_paintable_paintable_init (GdkPaintableInterface *iface)
{
  iface->snapshot = upright_video_paintable_snapshot;
  iface->get_current_image = upright_video_paintable_get_current_image;
  iface->get_intrinsic_width = upright_video_paintable_get_intrinsic_width;
  iface->get_intrinsic_height = upright_video_paintable_get_intrinsic_height;
  iface->get_intrinsic_aspect_ratio = upright_video_paintable_get_intrinsic_aspect_ratio;
}

static void
video_frame_free (gpointer data)
{
  GstVideoFrame *frame = data;

  /* Unmapping also drops the reference that mapping took on the buffer. */
  gst_video_frame_unmap (frame);
  g_free (frame);
}

/* Wraps the frame of @sample in a texture without copying its pixels. */
static GdkTexture *
texture_from_sample (UprightVideoPaintable *self,
                     GstSample             *sample)
{
  g_autoptr(GBytes) bytes = NULL;
  GstVideoFrame *frame;
  GstBuffer *buffer = gst_sample_get_buffer (sample);
  GstCaps *caps = gst_sample_get_caps (sample);
  gsize stride, size;
  int width, height;

  if (buffer == NULL || caps == NULL)
    return NULL;

  if (self->caps == NULL || !gst_caps_is_equal (caps, self->caps))
    {
      if (!gst_video_info_from_caps (&self->info, caps))
        {
          g_debug ("Ignoring a frame with caps that describe no video");
          gst_clear_caps (&self->caps);
          return NULL;
        }
      gst_caps_replace (&self->caps, caps);
    }

  if (GST_VIDEO_INFO_FORMAT (&self->info) != GST_VIDEO_FORMAT_BGRA)
    {
      g_debug ("Ignoring a frame in %s rather than BGRA",
               GST_VIDEO_INFO_NAME (&self->info));
      return NULL;
    }

  frame = g_new0 (GstVideoFrame, 1);
  /* Mapping reads the strides from the buffer's video meta when it has
   * one, so frames padded at the end of each row come out right.
   */
  if (!gst_video_frame_map (frame, &self->info, buffer, GST_MAP_READ))
    {
      g_debug ("Ignoring a video frame that could not be mapped");
      g_free (frame);
      return NULL;
    }

  width = GST_VIDEO_FRAME_WIDTH (frame);
  height = GST_VIDEO_FRAME_HEIGHT (frame);
  stride = GST_VIDEO_FRAME_PLANE_STRIDE (frame, 0);
  /* The last row need not be padded to the full stride. */
  size = stride * (height - 1) + (gsize) width * 4;

  bytes = g_bytes_new_with_free_func (GST_VIDEO_FRAME_PLANE_DATA (frame, 0), size,
                                      video_frame_free, frame);

  /* GStreamer's BGRA has straight alpha, which is how GTK's own video sink
   * hands it over too. Frames of ordinary video are opaque anyway.
   */
  return gdk_memory_texture_new (width, height, GDK_MEMORY_B8G8R8A8, bytes, stride);
}

static void
show_sample (UprightVideoPaintable *self,
             GstSample             *sample)
{
  g_autoptr(GdkTexture) texture = texture_from_sample (self, sample);
  int width, height;

  if (texture == NULL)
    return;

  /* Non-square pixels are stretched sideways, as video players do, so
   * that the height of the picture is the height of the frame.
   */
  width = gst_util_uint64_scale_int_round (GST_VIDEO_INFO_WIDTH (&self->info),
                                           MAX (GST_VIDEO_INFO_PAR_N (&self->info), 1),
                                           MAX (GST_VIDEO_INFO_PAR_D (&self->info), 1));
  height = GST_VIDEO_INFO_HEIGHT (&self->info);

  g_set_object (&self->texture, texture);
  self->n_frames_shown++;

  if (width != self->intrinsic_width || height != self->intrinsic_height)
    {
      self->intrinsic_width = width;
      self->intrinsic_height = height;
      gdk_paintable_invalidate_size (GDK_PAINTABLE (self));
    }

  gdk_paintable_invalidate_contents (GDK_PAINTABLE (self));
}

static gboolean
show_pending_cb (gpointer user_data)
{
  UprightVideoPaintable *self = user_data;
  g_autoptr(GstSample) sample = NULL;

  g_mutex_lock (&self->lock);
  sample = g_steal_pointer (&self->pending);
  g_clear_pointer (&self->idle_source, g_source_unref);
  g_mutex_unlock (&self->lock);

  if (sample != NULL)
    show_sample (self, sample);

  return G_SOURCE_REMOVE;
}

/**
 * upright_video_paintable_queue_sample:
 * @self: a video paintable
 * @sample: a frame of `video/x-raw,format=BGRA`, with any row stride
 *
 * Hands a frame over to be shown. This may be called from any thread, and
 * is meant to be called from a streaming thread: the frame is shown soon
 * after on the main context of the thread that made @self. If a frame is
 * still waiting to be shown, @sample replaces it.
 */
void
upright_video_paintable_queue_sample (UprightVideoPaintable *self,
                                      GstSample             *sample)
{
  g_autoptr(GstSample) replaced = NULL;

  g_return_if_fail (UPRIGHT_IS_VIDEO_PAINTABLE (self));
  g_return_if_fail (GST_IS_SAMPLE (sample));

  g_mutex_lock (&self->lock);

  if (self->disposed)
    {
      g_mutex_unlock (&self->lock);
      return;
    }

  replaced = g_steal_pointer (&self->pending);
  if (replaced != NULL)
    self->n_frames_dropped++;
  self->pending = gst_sample_ref (sample);

  if (self->idle_source == NULL)
    {
      self->idle_source = g_idle_source_new ();
      /* Above the default idle priority, so that frames keep coming while
       * the main loop is busy with other idle work, but below redrawing.
       */
      g_source_set_priority (self->idle_source, G_PRIORITY_HIGH_IDLE);
      g_source_set_callback (self->idle_source, show_pending_cb, self, NULL);
      g_source_set_static_name (self->idle_source, "[upright] show video frame");
      g_source_attach (self->idle_source, self->context);
    }

  g_mutex_unlock (&self->lock);

  /* The replaced frame is released outside the lock: that can unmap
   * memory and return a buffer to its pool.
   */
}

/**
 * upright_video_paintable_clear:
 * @self: a video paintable
 *
 * Forgets the frame on show and any frame waiting to be shown, so that
 * @self draws nothing and has no size until the next frame.
 */
void
upright_video_paintable_clear (UprightVideoPaintable *self)
{
  g_autoptr(GstSample) pending = NULL;
  gboolean had_size;

  g_return_if_fail (UPRIGHT_IS_VIDEO_PAINTABLE (self));

  g_mutex_lock (&self->lock);
  pending = g_steal_pointer (&self->pending);
  if (self->idle_source != NULL)
    {
      g_source_destroy (self->idle_source);
      g_clear_pointer (&self->idle_source, g_source_unref);
    }
  g_mutex_unlock (&self->lock);

  if (self->texture == NULL && self->intrinsic_width == 0 && self->intrinsic_height == 0)
    return;

  had_size = self->intrinsic_width != 0 || self->intrinsic_height != 0;
  g_clear_object (&self->texture);
  gst_clear_caps (&self->caps);
  self->intrinsic_width = 0;
  self->intrinsic_height = 0;

  if (had_size)
    gdk_paintable_invalidate_size (GDK_PAINTABLE (self));
  gdk_paintable_invalidate_contents (GDK_PAINTABLE (self));
}

/**
 * upright_video_paintable_get_texture:
 * @self: a video paintable
 *
 * Returns: (transfer none) (nullable): the frame on show, unmirrored
 */
GdkTexture *
upright_video_paintable_get_texture (UprightVideoPaintable *self)
{
  g_return_val_if_fail (UPRIGHT_IS_VIDEO_PAINTABLE (self), NULL);

  return self->texture;
}

/**
 * upright_video_paintable_get_mirror:
 * @self: a video paintable
 *
 * Returns: whether the picture is flipped left to right
 */
gboolean
upright_video_paintable_get_mirror (UprightVideoPaintable *self)
{
  g_return_val_if_fail (UPRIGHT_IS_VIDEO_PAINTABLE (self), FALSE);

  return self->mirror;
}

/**
 * upright_video_paintable_set_mirror:
 * @self: a video paintable
 * @mirror: whether to flip the picture left to right
 *
 * Shows the video as in a mirror, so that the user can follow a
 * demonstration facing her with the same side of her body.
 */
void
upright_video_paintable_set_mirror (UprightVideoPaintable *self,
                                    gboolean               mirror)
{
  g_return_if_fail (UPRIGHT_IS_VIDEO_PAINTABLE (self));

  mirror = !!mirror;
  if (self->mirror == mirror)
    return;

  self->mirror = mirror;

  if (self->texture != NULL)
    gdk_paintable_invalidate_contents (GDK_PAINTABLE (self));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MIRROR]);
}

/**
 * upright_video_paintable_get_n_frames_shown:
 * @self: a video paintable
 *
 * Counts the frames that have been turned into textures, for tests and
 * benchmarks.
 *
 * Returns: the number of frames shown so far
 */
guint64
upright_video_paintable_get_n_frames_shown (UprightVideoPaintable *self)
{
  g_return_val_if_fail (UPRIGHT_IS_VIDEO_PAINTABLE (self), 0);

  return self->n_frames_shown;
}

/**
 * upright_video_paintable_get_n_frames_dropped:
 * @self: a video paintable
 *
 * Counts the frames that a newer frame replaced before they could be
 * shown, which happens when the main loop is too busy to keep up.
 *
 * Returns: the number of frames dropped so far
 */
guint64
upright_video_paintable_get_n_frames_dropped (UprightVideoPaintable *self)
{
  guint64 n;

  g_return_val_if_fail (UPRIGHT_IS_VIDEO_PAINTABLE (self), 0);

  g_mutex_lock (&self->lock);
  n = self->n_frames_dropped;
  g_mutex_unlock (&self->lock);

  return n;
}

/**
 * upright_video_paintable_new:
 *
 * Makes a paintable with no frame yet. Frames are shown on the main
 * context of the thread that calls this.
 *
 * Returns: (transfer full): a new video paintable
 */
UprightVideoPaintable *
upright_video_paintable_new (void)
{
  return g_object_new (UPRIGHT_TYPE_VIDEO_PAINTABLE, NULL);
}

static void
upright_video_paintable_dispose (GObject *object)
{
  UprightVideoPaintable *self = UPRIGHT_VIDEO_PAINTABLE (object);
  g_autoptr(GstSample) pending = NULL;

  /* A streaming thread that still holds a pointer to the paintable finds
   * it closed from now on, and the idle source cannot run any more.
   */
  g_mutex_lock (&self->lock);
  self->disposed = TRUE;
  pending = g_steal_pointer (&self->pending);
  if (self->idle_source != NULL)
    {
      g_source_destroy (self->idle_source);
      g_clear_pointer (&self->idle_source, g_source_unref);
    }
  g_mutex_unlock (&self->lock);

  g_clear_object (&self->texture);
  gst_clear_caps (&self->caps);

  G_OBJECT_CLASS (upright_video_paintable_parent_class)->dispose (object);
}

static void
upright_video_paintable_finalize (GObject *object)
{
  UprightVideoPaintable *self = UPRIGHT_VIDEO_PAINTABLE (object);

  g_mutex_clear (&self->lock);
  g_main_context_unref (self->context);

  G_OBJECT_CLASS (upright_video_paintable_parent_class)->finalize (object);
}

static void
upright_video_paintable_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  UprightVideoPaintable *self = UPRIGHT_VIDEO_PAINTABLE (object);

  switch (prop_id)
    {
    case PROP_MIRROR:
      g_value_set_boolean (value, self->mirror);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
upright_video_paintable_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  UprightVideoPaintable *self = UPRIGHT_VIDEO_PAINTABLE (object);

  switch (prop_id)
    {
    case PROP_MIRROR:
      upright_video_paintable_set_mirror (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
upright_video_paintable_class_init (UprightVideoPaintableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = upright_video_paintable_dispose;
  object_class->finalize = upright_video_paintable_finalize;
  object_class->get_property = upright_video_paintable_get_property;
  object_class->set_property = upright_video_paintable_set_property;

  /**
   * UprightVideoPaintable:mirror:
   *
   * Whether the picture is flipped left to right, as in a mirror.
   */
  properties[PROP_MIRROR] =
    g_param_spec_boolean ("mirror", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
upright_video_paintable_init (UprightVideoPaintable *self)
{
  g_mutex_init (&self->lock);
  self->context = g_main_context_ref_thread_default ();
  gst_video_info_init (&self->info);
}
