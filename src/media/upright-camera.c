/* upright-camera.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <gst/app/gstappsink.h>
#include <gst/gst.h>
#include <gio/gunixfdlist.h>
#include <unistd.h>

#include "upright-camera.h"
#include "upright-media.h"
#include "upright-video-paintable.h"

/* Her own picture from the camera, mirrored as in a looking glass, to set
 * beside a demonstration. The frames go from the camera to the screen and
 * nowhere else: nothing is recorded, written or sent. The camera is opened
 * by upright_camera_start() and let go by upright_camera_stop(), so that
 * its light is on only while she can see herself.
 *
 * The camera is the first video source GStreamer's device monitor finds
 * (V4L2, or PipeWire where the desktop offers it). In a sandbox, where
 * Upright sees no devices, the desktop's Camera portal asks her first and
 * then hands over a PipeWire connection to the camera alone. Tests, and
 * anyone checking the view without a camera, name a pipeline description
 * of their own in UPRIGHT_CAMERA_SOURCE, such as "videotestsrc
 * is-live=true"; UPRIGHT_CAMERA_PORTAL=1 goes through the portal outside a
 * sandbox too, and then uses that source once the portal has said yes.
 */

#define MAX_FRAME_SIDE 1280

struct _UprightCamera
{
  GObject                parent_instance;

  GstElement            *pipeline;
  UprightVideoPaintable *paintable;
  GError                *error;
  guint                  bus_watch_id;
  gboolean               running;

  /* Asking the Camera portal, when sandboxed. */
  GCancellable          *portal_cancellable;
  GDBusConnection       *portal_bus;
  guint                  response_id;
};

G_DEFINE_FINAL_TYPE (UprightCamera, upright_camera, G_TYPE_OBJECT)

G_DEFINE_QUARK (upright-camera-error-quark, upright_camera_error)

enum {
  PROP_0,
  PROP_RUNNING,
  PROP_ERROR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

UprightCamera *
upright_camera_new (void)
{
  return g_object_new (UPRIGHT_TYPE_CAMERA, NULL);
}

/**
 * upright_camera_get_paintable:
 * @self: a camera
 *
 * Returns: (transfer none): the camera's picture, mirrored
 */
GdkPaintable *
upright_camera_get_paintable (UprightCamera *self)
{
  g_return_val_if_fail (UPRIGHT_IS_CAMERA (self), NULL);

  return GDK_PAINTABLE (self->paintable);
}

/**
 * upright_camera_get_running:
 * @self: a camera
 *
 * Returns: whether the camera is open
 */
gboolean
upright_camera_get_running (UprightCamera *self)
{
  g_return_val_if_fail (UPRIGHT_IS_CAMERA (self), FALSE);

  return self->running;
}

/**
 * upright_camera_get_error:
 * @self: a camera
 *
 * Returns: (nullable): why the camera could not be shown, in words for her
 */
const GError *
upright_camera_get_error (UprightCamera *self)
{
  g_return_val_if_fail (UPRIGHT_IS_CAMERA (self), NULL);

  return self->error;
}

static void
set_running (UprightCamera *self,
             gboolean       running)
{
  if (self->running == running)
    return;

  self->running = running;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
}

static void end_portal_request (UprightCamera *self);

static void
close_pipeline (UprightCamera *self)
{
  end_portal_request (self);
  g_clear_handle_id (&self->bus_watch_id, g_source_remove);
  if (self->pipeline != NULL)
    {
      /* NULL closes the device: the camera's light goes off. */
      gst_element_set_state (self->pipeline, GST_STATE_NULL);
      g_clear_object (&self->pipeline);
    }
  upright_video_paintable_clear (self->paintable);
  set_running (self, FALSE);
}

static void
fail (UprightCamera *self,
      GError        *error)
{
  close_pipeline (self);
  g_clear_error (&self->error);
  self->error = error;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
}

static GError *
error_from_gst (const GError *error)
{
  if (g_error_matches (error, GST_RESOURCE_ERROR, GST_RESOURCE_ERROR_BUSY))
    return g_error_new_literal (UPRIGHT_CAMERA_ERROR, UPRIGHT_CAMERA_ERROR_BUSY,
                                _("Another application is using the camera. Close it, then try again."));
  if (g_error_matches (error, GST_RESOURCE_ERROR, GST_RESOURCE_ERROR_NOT_AUTHORIZED) ||
      g_error_matches (error, GST_RESOURCE_ERROR, GST_RESOURCE_ERROR_OPEN_READ_WRITE) ||
      g_error_matches (error, GST_RESOURCE_ERROR, GST_RESOURCE_ERROR_OPEN_READ))
    return g_error_new_literal (UPRIGHT_CAMERA_ERROR, UPRIGHT_CAMERA_ERROR_DENIED,
                                _("Upright may not use the camera. Check the camera's settings, or the privacy settings of your computer."));
  if (g_error_matches (error, GST_RESOURCE_ERROR, GST_RESOURCE_ERROR_NOT_FOUND))
    return g_error_new_literal (UPRIGHT_CAMERA_ERROR, UPRIGHT_CAMERA_ERROR_NOT_FOUND,
                                _("No camera was found. Connect one, then try again."));

  return g_error_new_literal (UPRIGHT_CAMERA_ERROR, UPRIGHT_CAMERA_ERROR_FAILED,
                              _("The camera could not be started"));
}

static gboolean
bus_message_cb (GstBus     *bus,
                GstMessage *message,
                gpointer    user_data)
{
  UprightCamera *self = user_data;

  switch (GST_MESSAGE_TYPE (message))
    {
    case GST_MESSAGE_ERROR:
      {
        g_autoptr(GError) error = NULL;
        g_autofree char *debug = NULL;

        gst_message_parse_error (message, &error, &debug);
        g_debug ("Camera error from %s: %s (%s)",
                 GST_MESSAGE_SRC_NAME (message), error->message, debug ? debug : "");
        self->bus_watch_id = 0;
        fail (self, error_from_gst (error));
        return G_SOURCE_REMOVE;
      }

    case GST_MESSAGE_EOS:
      self->bus_watch_id = 0;
      fail (self, g_error_new_literal (UPRIGHT_CAMERA_ERROR, UPRIGHT_CAMERA_ERROR_FAILED,
                                       _("The camera stopped sending pictures")));
      return G_SOURCE_REMOVE;

    default:
      break;
    }

  return G_SOURCE_CONTINUE;
}

static GstFlowReturn
new_sample_cb (GstAppSink *sink,
               gpointer    user_data)
{
  UprightCamera *self = user_data;
  g_autoptr(GstSample) sample = gst_app_sink_pull_sample (sink);

  if (sample != NULL)
    upright_video_paintable_queue_sample (self->paintable, sample);

  return GST_FLOW_OK;
}

/* The camera, or the source the environment names. */
static GstElement *
make_source (GError **error)
{
  const char *description = g_getenv ("UPRIGHT_CAMERA_SOURCE");
  g_autoptr(GstDeviceMonitor) monitor = NULL;
  GList *devices;
  GstElement *source = NULL;

  if (description != NULL)
    {
      g_autoptr(GError) parse_error = NULL;

      if (*description != '\0')
        source = gst_parse_bin_from_description (description, TRUE, &parse_error);
      if (parse_error != NULL)
        g_debug ("The camera source “%s” cannot be made: %s", description, parse_error->message);
      if (source == NULL)
        g_set_error_literal (error, UPRIGHT_CAMERA_ERROR, UPRIGHT_CAMERA_ERROR_NOT_FOUND,
                             _("No camera was found. Connect one, then try again."));
      return source;
    }

  monitor = gst_device_monitor_new ();
  gst_device_monitor_add_filter (monitor, "Video/Source", NULL);
  devices = gst_device_monitor_get_devices (monitor);
  if (devices != NULL)
    source = gst_device_create_element (devices->data, "upright-camera-source");
  g_list_free_full (devices, gst_object_unref);

  if (source == NULL)
    g_set_error_literal (error, UPRIGHT_CAMERA_ERROR, UPRIGHT_CAMERA_ERROR_NOT_FOUND,
                         _("No camera was found. Connect one, then try again."));

  return source;
}

/* Shows the pictures of @source, which it takes. */
static void
open_pipeline (UprightCamera *self,
               GstElement    *source)
{
  g_autoptr(GstCaps) caps = NULL;
  g_autoptr(GstBus) bus = NULL;
  GstElement *convert, *scale, *sink;
  GstAppSinkCallbacks callbacks = { .new_sample = new_sample_cb };

  convert = gst_element_factory_make ("videoconvert", NULL);
  scale = gst_element_factory_make ("videoscale", NULL);
  sink = gst_element_factory_make ("appsink", NULL);
  if (convert == NULL || scale == NULL || sink == NULL)
    {
      gst_object_unref (gst_object_ref_sink (source));
      g_clear_pointer (&convert, gst_object_unref);
      g_clear_pointer (&scale, gst_object_unref);
      g_clear_pointer (&sink, gst_object_unref);
      fail (self, g_error_new_literal (UPRIGHT_CAMERA_ERROR, UPRIGHT_CAMERA_ERROR_FAILED,
                                       _("The camera could not be started")));
      return;
    }

  caps = gst_caps_new_simple ("video/x-raw",
                              "format", G_TYPE_STRING, "BGRA",
                              "width", GST_TYPE_INT_RANGE, 1, MAX_FRAME_SIDE,
                              "height", GST_TYPE_INT_RANGE, 1, MAX_FRAME_SIDE,
                              NULL);
  /* The newest picture only: a late one is of no use to her. */
  g_object_set (sink,
                "caps", caps,
                "sync", FALSE,
                "max-buffers", 1,
                "drop", TRUE,
                "enable-last-sample", FALSE,
                NULL);
  gst_app_sink_set_callbacks (GST_APP_SINK (sink), &callbacks, self, NULL);

  self->pipeline = gst_object_ref_sink (gst_pipeline_new ("upright-camera"));
  gst_bin_add_many (GST_BIN (self->pipeline), source, convert, scale, sink, NULL);
  if (!gst_element_link_many (source, convert, scale, sink, NULL))
    {
      fail (self, g_error_new_literal (UPRIGHT_CAMERA_ERROR, UPRIGHT_CAMERA_ERROR_FAILED,
                                       _("The camera could not be started")));
      return;
    }

  bus = gst_element_get_bus (self->pipeline);
  self->bus_watch_id = gst_bus_add_watch (bus, bus_message_cb, self);

  if (gst_element_set_state (self->pipeline, GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE)
    {
      g_autoptr(GstMessage) message = gst_bus_pop_filtered (bus, GST_MESSAGE_ERROR);
      g_autoptr(GError) gst_error = NULL;

      if (message != NULL)
        gst_message_parse_error (message, &gst_error, NULL);
      fail (self, gst_error != NULL ? error_from_gst (gst_error)
                                    : g_error_new_literal (UPRIGHT_CAMERA_ERROR, UPRIGHT_CAMERA_ERROR_FAILED,
                                                           _("The camera could not be started")));
      return;
    }

  set_running (self, TRUE);
}

/* The Camera portal */

#define PORTAL_BUS_NAME "org.freedesktop.portal.Desktop"
#define PORTAL_PATH     "/org/freedesktop/portal/desktop"
#define CAMERA_IFACE    "org.freedesktop.portal.Camera"
#define REQUEST_IFACE   "org.freedesktop.portal.Request"

static gboolean
use_portal (void)
{
  const char *forced = g_getenv ("UPRIGHT_CAMERA_PORTAL");

  if (forced != NULL)
    return g_str_equal (forced, "1");

  return g_getenv ("UPRIGHT_CAMERA_SOURCE") == NULL &&
         g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS);
}

static void
end_portal_request (UprightCamera *self)
{
  if (self->portal_cancellable != NULL)
    g_cancellable_cancel (self->portal_cancellable);
  g_clear_object (&self->portal_cancellable);
  if (self->response_id != 0)
    g_dbus_connection_signal_unsubscribe (self->portal_bus, self->response_id);
  self->response_id = 0;
  g_clear_object (&self->portal_bus);
}

static void
portal_failed (UprightCamera *self,
               const GError  *error)
{
  if (error != NULL)
    g_debug ("The Camera portal: %s", error->message);
  end_portal_request (self);
  fail (self, g_error_new_literal (UPRIGHT_CAMERA_ERROR, UPRIGHT_CAMERA_ERROR_DENIED,
                                   _("Upright may not use the camera. Check the camera's settings, or the privacy settings of your computer.")));
}

static void
remote_opened_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  UprightCamera *self = user_data;
  g_autoptr(GUnixFDList) fds = NULL;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;
  GstElement *source;
  const char *description;
  int handle, fd;

  reply = g_dbus_connection_call_with_unix_fd_list_finish (G_DBUS_CONNECTION (object), &fds, result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (reply == NULL)
    {
      portal_failed (self, error);
      return;
    }

  g_variant_get (reply, "(h)", &handle);
  fd = fds != NULL ? g_unix_fd_list_get (fds, handle, &error) : -1;
  end_portal_request (self);
  if (fd < 0)
    {
      portal_failed (self, error);
      return;
    }

  /* The connection shows this camera and nothing else of PipeWire's. */
  description = g_getenv ("UPRIGHT_CAMERA_SOURCE");
  if (description != NULL)
    {
      close (fd);
      source = make_source (&error);
    }
  else if ((source = gst_element_factory_make ("pipewiresrc", "upright-camera-source")) != NULL)
    g_object_set (source, "fd", fd, NULL);
  else
    {
      close (fd);
      g_set_error_literal (&error, UPRIGHT_CAMERA_ERROR, UPRIGHT_CAMERA_ERROR_FAILED,
                           _("The camera could not be started"));
    }

  if (source == NULL)
    fail (self, g_steal_pointer (&error));
  else
    open_pipeline (self, source);
}

static void
access_response_cb (GDBusConnection *bus,
                    const char      *sender,
                    const char      *path,
                    const char      *interface,
                    const char      *signal,
                    GVariant        *parameters,
                    gpointer         user_data)
{
  UprightCamera *self = user_data;
  GVariantBuilder options;
  guint32 response;

  g_variant_get (parameters, "(u@a{sv})", &response, NULL);
  g_dbus_connection_signal_unsubscribe (bus, self->response_id);
  self->response_id = 0;

  /* 0 is yes; 1 is her no, 2 anything else. */
  if (response != 0)
    {
      portal_failed (self, NULL);
      return;
    }

  g_variant_builder_init (&options, G_VARIANT_TYPE_VARDICT);
  g_dbus_connection_call_with_unix_fd_list (bus, PORTAL_BUS_NAME, PORTAL_PATH, CAMERA_IFACE,
                                            "OpenPipeWireRemote", g_variant_new ("(a{sv})", &options),
                                            G_VARIANT_TYPE ("(h)"), G_DBUS_CALL_FLAGS_NONE, -1, NULL,
                                            self->portal_cancellable, remote_opened_cb, self);
}

static void
access_called_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  UprightCamera *self = user_data;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;

  reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (reply == NULL)
    portal_failed (self, error);
  /* Otherwise the answer comes as the request's Response. */
}

/* Asks the portal for the camera; she may be asked whether to allow it. */
static void
ask_portal (UprightCamera *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sender = NULL;
  g_autofree char *token = NULL;
  g_autofree char *path = NULL;
  GVariantBuilder options;

  self->portal_bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  if (self->portal_bus == NULL)
    {
      portal_failed (self, error);
      return;
    }
  self->portal_cancellable = g_cancellable_new ();

  /* The request's path is known before the call, so that its answer
   * cannot come before it is listened for. */
  sender = g_strdup (g_dbus_connection_get_unique_name (self->portal_bus) + 1);
  g_strdelimit (sender, ".", '_');
  token = g_strdup_printf ("upright%u", g_random_int ());
  path = g_strconcat (PORTAL_PATH "/request/", sender, "/", token, NULL);
  self->response_id = g_dbus_connection_signal_subscribe (self->portal_bus, PORTAL_BUS_NAME, REQUEST_IFACE,
                                                          "Response", path, NULL,
                                                          G_DBUS_SIGNAL_FLAGS_NONE,
                                                          access_response_cb, self, NULL);

  g_variant_builder_init (&options, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&options, "{sv}", "handle_token", g_variant_new_string (token));
  g_dbus_connection_call (self->portal_bus, PORTAL_BUS_NAME, PORTAL_PATH, CAMERA_IFACE,
                          "AccessCamera", g_variant_new ("(a{sv})", &options),
                          G_VARIANT_TYPE ("(o)"), G_DBUS_CALL_FLAGS_NONE, -1,
                          self->portal_cancellable, access_called_cb, self);
}

/**
 * upright_camera_start:
 * @self: a camera
 *
 * Opens the camera and shows its picture; if it cannot, says why in
 * #UprightCamera:error and shows nothing. In a sandbox the camera opens
 * once the desktop allows it, and #UprightCamera:running tells when.
 */
void
upright_camera_start (UprightCamera *self)
{
  g_autoptr(GError) error = NULL;
  GstElement *source;

  g_return_if_fail (UPRIGHT_IS_CAMERA (self));

  if (self->pipeline != NULL || self->portal_bus != NULL)
    return;

  if (self->error != NULL)
    {
      g_clear_error (&self->error);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
    }

  if (!upright_media_ensure_init (&error))
    {
      fail (self, g_error_new_literal (UPRIGHT_CAMERA_ERROR, UPRIGHT_CAMERA_ERROR_FAILED,
                                       _("The camera could not be started")));
      return;
    }

  if (use_portal ())
    {
      ask_portal (self);
      return;
    }

  source = make_source (&error);
  if (source == NULL)
    {
      fail (self, g_steal_pointer (&error));
      return;
    }

  open_pipeline (self, source);
}

/**
 * upright_camera_stop:
 * @self: a camera
 *
 * Lets go of the camera.
 */
void
upright_camera_stop (UprightCamera *self)
{
  g_return_if_fail (UPRIGHT_IS_CAMERA (self));

  close_pipeline (self);
}

static void
upright_camera_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  UprightCamera *self = UPRIGHT_CAMERA (object);

  switch (prop_id)
    {
    case PROP_RUNNING:
      g_value_set_boolean (value, self->running);
      break;

    case PROP_ERROR:
      g_value_set_boxed (value, self->error);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
upright_camera_dispose (GObject *object)
{
  UprightCamera *self = UPRIGHT_CAMERA (object);

  close_pipeline (self);

  G_OBJECT_CLASS (upright_camera_parent_class)->dispose (object);
}

static void
upright_camera_finalize (GObject *object)
{
  UprightCamera *self = UPRIGHT_CAMERA (object);

  g_clear_object (&self->paintable);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (upright_camera_parent_class)->finalize (object);
}

static void
upright_camera_class_init (UprightCameraClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = upright_camera_get_property;
  object_class->dispose = upright_camera_dispose;
  object_class->finalize = upright_camera_finalize;

  properties[PROP_RUNNING] =
    g_param_spec_boolean ("running", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ERROR] =
    g_param_spec_boxed ("error", NULL, NULL, G_TYPE_ERROR,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
upright_camera_init (UprightCamera *self)
{
  self->paintable = upright_video_paintable_new ();
  /* As in a looking glass, so that her right hand is on the right. */
  upright_video_paintable_set_mirror (self->paintable, TRUE);
}
