/* test-hands-video.c: her own video, and files that are no video at all
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>
#include <string.h>

#include "hands.h"

static char *
make_clip (Hands      *hands,
           const char *name,
           const char *caps,
           const char *encoder)
{
  g_autofree char *path = hands_data_path (hands, name);
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *location = g_strdup_printf ("location=%s", path);
  g_auto(GStrv) caps_args = g_strsplit (caps, " ", -1);
  g_auto(GStrv) encoder_args = g_strsplit (encoder, " ", -1);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_ptr_array_add (argv, (char *) "gst-launch-1.0");
  g_ptr_array_add (argv, (char *) "-q");
  g_ptr_array_add (argv, (char *) "videotestsrc");
  g_ptr_array_add (argv, (char *) "num-buffers=6");
  g_ptr_array_add (argv, (char *) "!");
  g_ptr_array_add (argv, (char *) caps);
  g_ptr_array_add (argv, (char *) "!");
  for (guint i = 0; encoder_args[i]; i++)
    g_ptr_array_add (argv, encoder_args[i]);
  g_ptr_array_add (argv, (char *) "!");
  g_ptr_array_add (argv, (char *) "webmmux");
  g_ptr_array_add (argv, (char *) "!");
  g_ptr_array_add (argv, (char *) "filesink");
  g_ptr_array_add (argv, location);
  g_ptr_array_add (argv, NULL);
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  (void) caps_args;

  return g_steal_pointer (&path);
}

/* Use My Own Video…, then the file typed into the chooser. */
static void
choose_video (Hands      *hands,
              const char *path)
{
  g_autoptr(AtspiAccessible) button = hands_wait_find (hands, ATSPI_ROLE_PUSH_BUTTON, "Use My Own Video…");

  hands_do_action (hands, button);
  g_clear_object (&button);
  button = hands_wait_find (hands, ATSPI_ROLE_INVALID, "Choose a Video");
  hands_key (hands, "ctrl+l");
  /* The chooser may remember what was typed last time. */
  hands_key (hands, "ctrl+a");
  hands_type (hands, path);
  hands_key (hands, "Return");
  hands_wait_gone (hands, ATSPI_ROLE_INVALID, "Choose a Video");
}

typedef struct
{
  const char *message;
} Message;

/* The message shows inside the frame of the video, where the picture
 * would be. */
static gboolean
message_in_frame (Hands    *hands,
                  gpointer  user_data)
{
  Message *message = user_data;
  g_autoptr(AtspiAccessible) label = hands_find (hands_get_app (hands), ATSPI_ROLE_LABEL, message->message);
  g_autoptr(AtspiAccessible) picture = NULL;
  g_autoptr(AtspiRect) inner = NULL;
  g_autoptr(AtspiRect) outer = NULL;

  if (label == NULL)
    return FALSE;
  picture = hands_find (hands_get_app (hands), ATSPI_ROLE_INVALID, "Demonstration");
  g_assert_nonnull (picture);
  inner = atspi_component_get_extents (ATSPI_COMPONENT (label), ATSPI_COORD_TYPE_WINDOW, NULL);
  outer = atspi_component_get_extents (ATSPI_COMPONENT (picture), ATSPI_COORD_TYPE_WINDOW, NULL);
  g_assert_cmpint (inner->width, >, 0);
  g_assert_cmpint (outer->height, >=, 150);
  g_assert_cmpint (inner->x, >=, outer->x);
  g_assert_cmpint (inner->y, >=, outer->y);
  g_assert_cmpint (inner->x + inner->width, <=, outer->x + outer->width);
  g_assert_cmpint (inner->y + inner->height, <=, outer->y + outer->height);

  return TRUE;
}

static void
wait_message (Hands      *hands,
              const char *text)
{
  Message message = { text };
  g_autofree char *what = g_strdup_printf ("“%s” inside the video's frame", text);

  hands_wait (hands, message_in_frame, &message, what);
}

static gboolean
named (Hands    *hands,
       gpointer  user_data)
{
  g_autoptr(AtspiAccessible) node = hands_find (hands_get_app (hands), ATSPI_ROLE_PUSH_BUTTON, user_data);

  return node != NULL;
}

/* The video plays as it opens: paused with a click, then played again. */
static void
pause_and_play (Hands      *hands,
                const char *what)
{
  g_autoptr(AtspiAccessible) node = hands_wait_find (hands, ATSPI_ROLE_PUSH_BUTTON, "Pause");
  g_autofree char *paused = g_strdup_printf ("%s to pause", what);
  g_autofree char *playing = g_strdup_printf ("%s to play", what);

  hands_click (hands, node);
  hands_wait (hands, named, (gpointer) "Play", paused);
  g_clear_object (&node);
  node = hands_wait_find (hands, ATSPI_ROLE_PUSH_BUTTON, "Play");
  hands_click (hands, node);
  hands_wait (hands, named, (gpointer) "Pause", playing);
}

static gboolean
have_gst_launch (void)
{
  g_autofree char *path = g_find_program_in_path ("gst-launch-1.0");

  if (path == NULL)
    g_test_skip ("gst-launch-1.0 is missing: install gstreamer1.0-tools");

  return path != NULL;
}

/* Starts Upright on the hip exercises and opens the first with a click. */
static Hands *
open_exercise (void)
{
  Hands *hands = hands_new ();

  hands_set_setting (hands, "last-region", "'hip'");
  return hands;
}

static void
show_first_exercise (Hands *hands)
{
  g_autoptr(AtspiAccessible) node = NULL;

  hands_launch (hands);
  node = hands_wait_find_prefix (hands, ATSPI_ROLE_LIST_ITEM, NULL);
  hands_click (hands, node);
  g_clear_object (&node);
  node = hands_wait_find (hands, ATSPI_ROLE_PUSH_BUTTON, "Use My Own Video…");
}

static void
test_own_video (void)
{
  Hands *hands;
  g_autofree char *clip = NULL;
  g_autoptr(AtspiAccessible) node = NULL;

  if (!have_gst_launch ())
    return;

  /* Her own video: set, played and paused, then the demonstration again. */
  hands = open_exercise ();
  clip = make_clip (hands, "own.webm", "video/x-raw,width=320,height=240,framerate=15/1", "vp8enc deadline=1");
  show_first_exercise (hands);
  choose_video (hands, clip);
  hands_wait_file (hands, "plan.json", "own.webm");
  pause_and_play (hands, "her video");
  node = hands_wait_find (hands, ATSPI_ROLE_PUSH_BUTTON, "Use the Demonstration");
  hands_do_action (hands, node);
  hands_wait_file_lacks (hands, "plan.json", "own.webm");
  hands_wait_gone (hands, ATSPI_ROLE_PUSH_BUTTON, "Use the Demonstration");

  hands_quit (hands);
  hands_free (hands);
}

static void
test_picture (void)
{
  Hands *hands = open_exercise ();
  g_autofree char *picture = hands_data_path (hands, "picture.webm");
  g_autoptr(GError) error = NULL;
  /* A PNG's signature and header, enough for anyone to know a picture. */
  static const guchar png[] = {
    0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
    0, 0, 0, 16, 0, 0, 0, 16, 8, 6, 0, 0, 0, 0x1f, 0xf3, 0xff, 0x61,
  };

  hands_write_data (hands, "picture.webm", "");
  g_file_set_contents (picture, (const char *) png, sizeof png, &error);
  g_assert_no_error (error);

  show_first_exercise (hands);
  choose_video (hands, picture);
  wait_message (hands, "This file is a picture, not a video");

  hands_quit (hands);
  hands_free (hands);
}

static void
test_pipe (void)
{
  Hands *hands = open_exercise ();
  g_autofree char *fifo = hands_data_path (hands, "pipe.webm");

  /* Opening a pipe waits until something writes to it: the window must go
   * on answering, and say why it plays nothing. */
  hands_write_data (hands, "placeholder", "");
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  show_first_exercise (hands);
  choose_video (hands, fifo);
  wait_message (hands, "This is not a video file but a folder, a pipe or a device");

  hands_quit (hands);
  hands_free (hands);
}

static void
test_large_and_deleted (void)
{
  Hands *hands;
  g_autofree char *big = NULL;

  if (!have_gst_launch ())
    return;

  /* A 4K video plays and pauses, and the window still answers; deleted
   * while it plays, it is missed at once. */
  hands = open_exercise ();
  big = make_clip (hands, "big.webm", "video/x-raw,width=3840,height=2160,framerate=6/1",
                   "vp9enc deadline=1 cpu-used=8");
  show_first_exercise (hands);
  choose_video (hands, big);
  hands_wait_file (hands, "plan.json", "big.webm");
  pause_and_play (hands, "the 4K video");
  g_assert_cmpint (g_unlink (big), ==, 0);
  wait_message (hands, "The video file was moved or deleted while it was open");

  hands_quit (hands);
  hands_free (hands);
}

static gboolean
mirror_showing (Hands    *hands,
                gpointer  user_data)
{
  g_autoptr(AtspiAccessible) picture = hands_find (hands_get_app (hands), ATSPI_ROLE_IMAGE,
                                                   "You, from the camera, mirrored");
  gboolean wanted = GPOINTER_TO_INT (user_data);
  gboolean shown = FALSE;

  if (picture != NULL && ATSPI_IS_COMPONENT (picture))
    {
      g_autoptr(AtspiRect) rect = atspi_component_get_extents (ATSPI_COMPONENT (picture),
                                                               ATSPI_COORD_TYPE_WINDOW, NULL);

      shown = rect != NULL && rect->width > 0 && rect->height > 0;
    }

  return shown == wanted;
}

static gboolean
mirror_released (Hands    *hands,
                 gpointer  user_data)
{
  g_autoptr(AtspiAccessible) button = hands_find (hands_get_app (hands), ATSPI_ROLE_PUSH_BUTTON,
                                                  "Show Me Beside the Demonstration");

  return button != NULL && !hands_has_state (button, ATSPI_STATE_PRESSED);
}

/* Alt+M shows her beside the demonstration, from a test source in place of
 * the camera; pressed again, it goes; on again, leaving the page with
 * Escape lets the camera go. */
static void
test_mirror (void)
{
  Hands *hands = open_exercise ();

  g_setenv ("UPRIGHT_CAMERA_SOURCE",
            "videotestsrc is-live=true pattern=ball ! capsfilter caps=\"video/x-raw,width=320,height=240\"", TRUE);
  show_first_exercise (hands);

  hands_key (hands, "alt+m");
  hands_wait (hands, mirror_showing, GINT_TO_POINTER (TRUE), "her picture beside the demonstration");
  hands_key (hands, "alt+m");
  hands_wait (hands, mirror_showing, GINT_TO_POINTER (FALSE), "her picture to go");

  hands_key (hands, "alt+m");
  hands_wait (hands, mirror_showing, GINT_TO_POINTER (TRUE), "her picture again");
  g_assert_false (mirror_released (hands, NULL));
  hands_key (hands, "Escape");
  hands_wait (hands, mirror_released, NULL, "the camera to be let go with the page");

  g_unsetenv ("UPRIGHT_CAMERA_SOURCE");
  hands_quit (hands);
  hands_free (hands);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hands-on/video/own", test_own_video);
  g_test_add_func ("/hands-on/video/picture", test_picture);
  g_test_add_func ("/hands-on/video/pipe", test_pipe);
  g_test_add_func ("/hands-on/video/large-and-deleted", test_large_and_deleted);
  g_test_add_func ("/hands-on/video/mirror", test_mirror);

  return g_test_run ();
}
