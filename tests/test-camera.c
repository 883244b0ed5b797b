/* test-camera.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fcntl.h>
#include <gio/gunixfdlist.h>
#include <gst/gst.h>

#include "media/upright-camera.h"
#include "media/upright-video-paintable.h"

#define TIMEOUT_MS 10000

/* A test source stands in for the camera; see upright-camera.c. */
#define TEST_SOURCE "videotestsrc is-live=true pattern=ball ! capsfilter caps=\"video/x-raw,width=320,height=240,framerate=30/1\""

typedef gboolean (*Condition) (UprightCamera *camera);

static void
wait_for (UprightCamera *camera,
          Condition      condition,
          const char    *what)
{
  gint64 deadline = g_get_monotonic_time () + TIMEOUT_MS * G_TIME_SPAN_MILLISECOND;

  while (!condition (camera))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("Timed out waiting until %s", what);
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
}

/* Runs what is due on the main loop. Once the pipeline is stopped its
 * threads are gone, so whatever they handed over is due now. */
static void
drain (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static guint64
n_frames (UprightCamera *camera)
{
  return upright_video_paintable_get_n_frames_shown (UPRIGHT_VIDEO_PAINTABLE (upright_camera_get_paintable (camera)));
}

static guint64 frames_wanted;

static gboolean
shows_frames (UprightCamera *camera)
{
  return n_frames (camera) >= frames_wanted;
}

static gboolean
has_failed (UprightCamera *camera)
{
  return upright_camera_get_error (camera) != NULL;
}

/* Her picture comes, mirrored; stopped, the camera is let go and no more
 * pictures come; it can be started again. */
static void
test_camera_start_stop (void)
{
  g_autoptr(UprightCamera) camera = NULL;
  GdkPaintable *paintable;
  gboolean mirror = FALSE;
  guint64 frames;

  g_setenv ("UPRIGHT_CAMERA_SOURCE", TEST_SOURCE, TRUE);
  camera = upright_camera_new ();
  paintable = upright_camera_get_paintable (camera);
  g_object_get (paintable, "mirror", &mirror, NULL);
  g_assert_true (mirror);
  g_assert_false (upright_camera_get_running (camera));

  upright_camera_start (camera);
  g_assert_no_error ((GError *) upright_camera_get_error (camera));
  g_assert_true (upright_camera_get_running (camera));
  frames_wanted = 5;
  wait_for (camera, shows_frames, "pictures come from the camera");
  g_assert_cmpint (gdk_paintable_get_intrinsic_width (paintable), ==, 320);
  g_assert_no_error ((GError *) upright_camera_get_error (camera));

  upright_camera_stop (camera);
  g_assert_false (upright_camera_get_running (camera));
  frames = n_frames (camera);
  drain ();
  g_assert_cmpuint (n_frames (camera), ==, frames);
  /* Nothing of her stays on screen either. */
  g_assert_cmpint (gdk_paintable_get_intrinsic_width (paintable), ==, 0);

  upright_camera_start (camera);
  frames_wanted = n_frames (camera) + 5;
  wait_for (camera, shows_frames, "pictures come again");

  g_assert_finalize_object (g_steal_pointer (&camera));
}

/* No camera, or one that cannot be opened, says so in words. */
static void
test_camera_missing (void)
{
  g_autoptr(UprightCamera) camera = NULL;
  const GError *error;

  g_setenv ("UPRIGHT_CAMERA_SOURCE", "", TRUE);
  camera = upright_camera_new ();
  upright_camera_start (camera);
  wait_for (camera, has_failed, "the camera is found missing");
  error = upright_camera_get_error (camera);
  g_assert_error ((GError *) error, UPRIGHT_CAMERA_ERROR, UPRIGHT_CAMERA_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "No camera was found. Connect one, then try again.");
  g_assert_false (upright_camera_get_running (camera));
  g_clear_object (&camera);

  if (gst_element_factory_find ("v4l2src") == NULL)
    return;

  /* A device that is not there. */
  g_setenv ("UPRIGHT_CAMERA_SOURCE", "v4l2src device=/nonexistent/video9", TRUE);
  camera = upright_camera_new ();
  upright_camera_start (camera);
  wait_for (camera, has_failed, "the camera fails to open");
  error = upright_camera_get_error (camera);
  g_assert_true (error->domain == UPRIGHT_CAMERA_ERROR);
  g_assert_cmpstr (error->message, !=, "");
  g_assert_false (upright_camera_get_running (camera));
}


/* The Camera portal, as the desktop provides it to a sandbox: a stand-in
 * on a private session bus that answers as the test tells it to. */

typedef struct {
  GDBusConnection *bus;
  guint            object_id;
  guint            name_id;
  gboolean         owned;
  /* What it answers AccessCamera with, or -1 to keep her thinking. */
  int              response;
  char            *request_path;
  guint            n_access;
  guint            n_remote;
} FakePortal;

static const char portal_xml[] =
  "<node>"
  "  <interface name='org.freedesktop.portal.Camera'>"
  "    <method name='AccessCamera'>"
  "      <arg type='a{sv}' name='options' direction='in'/>"
  "      <arg type='o' name='handle' direction='out'/>"
  "    </method>"
  "    <method name='OpenPipeWireRemote'>"
  "      <arg type='a{sv}' name='options' direction='in'/>"
  "      <arg type='h' name='fd' direction='out'/>"
  "    </method>"
  "  </interface>"
  "</node>";

static void
fake_portal_respond (FakePortal *portal,
                     guint32     response)
{
  g_assert_nonnull (portal->request_path);
  g_dbus_connection_emit_signal (portal->bus, NULL, portal->request_path,
                                 "org.freedesktop.portal.Request", "Response",
                                 g_variant_new ("(u@a{sv})", response, g_variant_new_array (G_VARIANT_TYPE ("{sv}"), NULL, 0)),
                                 NULL);
}

static void
fake_portal_method_cb (GDBusConnection       *bus,
                       const char            *sender,
                       const char            *path,
                       const char            *interface,
                       const char            *method,
                       GVariant              *parameters,
                       GDBusMethodInvocation *invocation,
                       gpointer               user_data)
{
  FakePortal *portal = user_data;

  if (g_str_equal (method, "AccessCamera"))
    {
      g_autoptr(GVariant) options = g_variant_get_child_value (parameters, 0);
      g_autofree char *unique = g_strdup (sender + 1);
      const char *token = NULL;

      portal->n_access++;
      g_assert_true (g_variant_lookup (options, "handle_token", "&s", &token));
      g_strdelimit (unique, ".", '_');
      g_free (portal->request_path);
      portal->request_path = g_strdup_printf ("/org/freedesktop/portal/desktop/request/%s/%s", unique, token);
      g_dbus_method_invocation_return_value (invocation, g_variant_new ("(o)", portal->request_path));
      if (portal->response >= 0)
        fake_portal_respond (portal, (guint32) portal->response);
    }
  else
    {
      g_autoptr(GUnixFDList) fds = g_unix_fd_list_new ();
      int fd = open ("/dev/null", O_RDWR | O_CLOEXEC);

      portal->n_remote++;
      g_assert_cmpint (g_unix_fd_list_append (fds, fd, NULL), ==, 0);
      close (fd);
      g_dbus_method_invocation_return_value_with_unix_fd_list (invocation, g_variant_new ("(h)", 0), fds);
    }
}

static void
fake_portal_name_cb (GDBusConnection *bus,
                     const char      *name,
                     gpointer         user_data)
{
  ((FakePortal *) user_data)->owned = TRUE;
}

static void
fake_portal_start (FakePortal *portal,
                   int         response)
{
  static const GDBusInterfaceVTable vtable = { fake_portal_method_cb };
  g_autoptr(GDBusNodeInfo) info = g_dbus_node_info_new_for_xml (portal_xml, NULL);
  g_autoptr(GError) error = NULL;
  gint64 deadline = g_get_monotonic_time () + TIMEOUT_MS * G_TIME_SPAN_MILLISECOND;

  portal->response = response;
  portal->bus = g_dbus_connection_new_for_address_sync (g_getenv ("DBUS_SESSION_BUS_ADDRESS"),
                                                        G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                                        G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                        NULL, NULL, &error);
  g_assert_no_error (error);
  portal->object_id = g_dbus_connection_register_object (portal->bus, "/org/freedesktop/portal/desktop",
                                                         info->interfaces[0], &vtable, portal, NULL, &error);
  g_assert_no_error (error);
  portal->name_id = g_bus_own_name_on_connection (portal->bus, "org.freedesktop.portal.Desktop",
                                                  G_BUS_NAME_OWNER_FLAGS_NONE,
                                                  fake_portal_name_cb, NULL, portal, NULL);
  while (!portal->owned)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
}

static void
fake_portal_stop (FakePortal *portal)
{
  g_bus_unown_name (portal->name_id);
  g_dbus_connection_unregister_object (portal->bus, portal->object_id);
  g_dbus_connection_flush_sync (portal->bus, NULL, NULL);
  g_clear_object (&portal->bus);
  g_clear_pointer (&portal->request_path, g_free);
}

static FakePortal *current_portal;

static gboolean
portal_was_asked (UprightCamera *camera)
{
  return current_portal->n_access > 0;
}

static gboolean
is_running (UprightCamera *camera)
{
  return upright_camera_get_running (camera);
}

/* In a sandbox the portal is asked first; the camera opens only once it
 * says yes, through the PipeWire connection it hands over. */
static void
test_camera_portal_allowed (void)
{
  g_autoptr(GTestDBus) dbus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_autoptr(UprightCamera) camera = NULL;
  FakePortal portal = { 0 };

  g_test_dbus_up (dbus);
  fake_portal_start (&portal, 0);
  current_portal = &portal;
  g_setenv ("UPRIGHT_CAMERA_PORTAL", "1", TRUE);
  g_setenv ("UPRIGHT_CAMERA_SOURCE", TEST_SOURCE, TRUE);

  camera = upright_camera_new ();
  upright_camera_start (camera);
  /* Nothing opens before the answer. */
  g_assert_false (upright_camera_get_running (camera));
  g_assert_no_error ((GError *) upright_camera_get_error (camera));

  wait_for (camera, is_running, "the portal lets the camera open");
  g_assert_cmpuint (portal.n_access, ==, 1);
  g_assert_cmpuint (portal.n_remote, ==, 1);
  frames_wanted = n_frames (camera) + 5;
  wait_for (camera, shows_frames, "pictures come through the portal");

  upright_camera_stop (camera);
  g_assert_false (upright_camera_get_running (camera));
  g_assert_finalize_object (g_steal_pointer (&camera));

  fake_portal_stop (&portal);
  g_test_dbus_down (dbus);
  g_unsetenv ("UPRIGHT_CAMERA_PORTAL");
}

/* Her no, no portal at all, or leaving the page while she is being asked:
 * the camera never opens, and the first two say why in words. */
static void
test_camera_portal_refused (void)
{
  g_autoptr(GTestDBus) dbus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_autoptr(UprightCamera) camera = NULL;
  FakePortal portal = { 0 };
  const GError *error;

  g_test_dbus_up (dbus);
  g_setenv ("UPRIGHT_CAMERA_PORTAL", "1", TRUE);
  g_setenv ("UPRIGHT_CAMERA_SOURCE", TEST_SOURCE, TRUE);

  /* No portal on the bus. */
  camera = upright_camera_new ();
  upright_camera_start (camera);
  wait_for (camera, has_failed, "the missing portal is noticed");
  g_assert_error ((GError *) upright_camera_get_error (camera), UPRIGHT_CAMERA_ERROR, UPRIGHT_CAMERA_ERROR_DENIED);
  g_assert_false (upright_camera_get_running (camera));
  g_clear_object (&camera);

  /* She says no. */
  fake_portal_start (&portal, 1);
  current_portal = &portal;
  camera = upright_camera_new ();
  upright_camera_start (camera);
  wait_for (camera, has_failed, "her no is heard");
  error = upright_camera_get_error (camera);
  g_assert_error ((GError *) error, UPRIGHT_CAMERA_ERROR, UPRIGHT_CAMERA_ERROR_DENIED);
  g_assert_cmpstr (error->message, ==,
                   "Upright may not use the camera. Check the camera's settings, or the privacy settings of your computer.");
  g_assert_false (upright_camera_get_running (camera));
  g_assert_cmpuint (portal.n_remote, ==, 0);
  g_clear_object (&camera);

  /* She leaves the page before she answers; her yes then opens nothing. */
  portal.response = -1;
  portal.n_access = 0;
  camera = upright_camera_new ();
  upright_camera_start (camera);
  wait_for (camera, portal_was_asked, "the portal is asked");
  upright_camera_stop (camera);
  fake_portal_respond (&portal, 0);
  g_dbus_connection_flush_sync (portal.bus, NULL, NULL);
  drain ();
  g_assert_false (upright_camera_get_running (camera));
  g_assert_no_error ((GError *) upright_camera_get_error (camera));
  g_assert_cmpuint (portal.n_remote, ==, 0);
  g_assert_finalize_object (g_steal_pointer (&camera));

  fake_portal_stop (&portal);
  g_test_dbus_down (dbus);
  g_unsetenv ("UPRIGHT_CAMERA_PORTAL");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  gst_init (&argc, &argv);

  g_test_add_func ("/camera/start-stop", test_camera_start_stop);
  g_test_add_func ("/camera/missing", test_camera_missing);
  g_test_add_func ("/camera/portal-allowed", test_camera_portal_allowed);
  g_test_add_func ("/camera/portal-refused", test_camera_portal_refused);

  return g_test_run ();
}
