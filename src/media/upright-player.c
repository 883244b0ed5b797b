/* upright-player.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <gst/app/gstappsink.h>
#include <gst/pbutils/pbutils.h>
#include <gst/video/video.h>

#include "upright-media.h"
#include "upright-player-private.h"
#include "upright-video-paintable.h"

/* Plays one video at a time for the exercise demonstrations.
 *
 * A playbin decodes the file and hands BGRA frames to an appsink, whose
 * callbacks pass them on to an #UprightVideoPaintable; that is the only work
 * done on a streaming thread. Everything else happens on the main context:
 * bus messages arrive through a bus watch and become property notifications
 * and signals there.
 *
 * #UprightPlayer:state is what the player has been asked to do, not the
 * state GStreamer is in at this moment. While the pipeline opens a file or
 * finishes a flushing seek it is "busy"; a seek asked for meanwhile waits
 * and replaces any seek already waiting, so dragging a slider does not pile
 * up seeks, and playing starts only once the pipeline is ready.
 *
 * Looping is seamless: seeks carry the segment flag, so at the end the
 * demuxer posts SEGMENT_DONE instead of sending end-of-stream, and a seek
 * back to the start without flushing queues the next pass right behind the
 * last frame. A stream that ends without SEGMENT_DONE still loops, through
 * end-of-stream and a flushing seek.
 */

struct _UprightPlayer
{
  GObject                parent_instance;

  GstElement            *pipeline;
  /* Belongs to the pipeline. */
  GstElement            *video_sink;
  UprightVideoPaintable *paintable;

  char                  *uri;
  UprightPlayerState     state;
  double                 rate;
  GError                *error;
  /* A description of a plugin GStreamer could not find, for the error. */
  char                  *missing_plugin;
  gint64                 duration;
  gint64                 notified_position;
  guint                  position_source_id;
  /* When the opening pipeline last said anything, and the timeout that
   * gives up on it when it falls silent.
   */
  gint64                 open_progress_time;
  guint                  open_watchdog_id;

  /* The file is looked at in a worker thread before GStreamer opens it. */
  GCancellable          *check_cancellable;
  /* Tells when the file goes away or changes while it is open. */
  GFileMonitor          *monitor;

  /* A seek asked for while the pipeline was busy, or -1. */
  gint64                 pending_seek;
  /* Seeks of a loop running on one of GStreamer's threads. While one
   * runs it holds the pipeline's state lock, so the state waits for it
   * rather than block the main thread. */
  guint                  loop_seeks_running;

  /* The stream time of the newest frame, written on a streaming thread. */
  GMutex                 frame_lock;
  gint64                 frame_time;

  guint                  loop : 1;
  guint                  muted : 1;
  /* Waiting for the first frame after opening. */
  guint                  opening : 1;
  /* Waiting for a flushing seek to finish. */
  guint                  seeking : 1;
  /* The last seek asked for a SEGMENT_DONE at the end. */
  guint                  segment_armed : 1;
  /* Played to the end without looping. */
  guint                  at_end : 1;
};

G_DEFINE_FINAL_TYPE (UprightPlayer, upright_player, G_TYPE_OBJECT)

G_DEFINE_QUARK (upright-player-error-quark, upright_player_error)

G_DEFINE_ENUM_TYPE (UprightPlayerState, upright_player_state,
  G_DEFINE_ENUM_VALUE (UPRIGHT_PLAYER_STOPPED, "stopped"),
  G_DEFINE_ENUM_VALUE (UPRIGHT_PLAYER_PAUSED, "paused"),
  G_DEFINE_ENUM_VALUE (UPRIGHT_PLAYER_PLAYING, "playing"))

enum {
  PROP_0,
  PROP_URI,
  PROP_STATE,
  PROP_POSITION,
  PROP_DURATION,
  PROP_RATE,
  PROP_LOOP,
  PROP_MUTED,
  PROP_ERROR,
  PROP_PAINTABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  EOS,
  LOOPED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Ten updates a second move a position slider smoothly enough without
 * keeping the main loop busy.
 */
#define POSITION_INTERVAL_MS 100

/* The longest side of a frame the player hands on. */
#define MAX_FRAME_SIDE 1920

/* How much of a file is read to tell a picture from a video. */
#define SNIFF_BYTES 4096

/* A pipeline that opens a file and then says nothing for this long has
 * got stuck. GStreamer's decodebin now and then loses the error of a
 * demuxer that fails at once, as on a file that ends inside its header,
 * and then waits for ever. Opening a local file posts messages every few
 * milliseconds, so the limit is only reached when nothing happens.
 */
#define OPEN_SILENCE_LIMIT (3 * G_TIME_SPAN_SECOND)
#define OPEN_WATCHDOG_INTERVAL_MS 500

/* Video sinks drop frames that are this late, rather than show them. */
#define MAX_LATENESS (20 * GST_MSECOND)

static void
notify (UprightPlayer *self,
        guint          prop_id)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
set_state (UprightPlayer      *self,
           UprightPlayerState  state);

/* Streaming threads */

static void
frame_arrived (UprightPlayer *self,
               GstSample     *sample)
{
  GstBuffer *buffer = gst_sample_get_buffer (sample);
  const GstSegment *segment = gst_sample_get_segment (sample);

  if (buffer != NULL && segment != NULL && GST_BUFFER_PTS_IS_VALID (buffer))
    {
      guint64 stream_time = gst_segment_to_stream_time (segment, GST_FORMAT_TIME,
                                                        GST_BUFFER_PTS (buffer));

      g_mutex_lock (&self->frame_lock);
      self->frame_time = GST_CLOCK_TIME_IS_VALID (stream_time) ? (gint64) stream_time : -1;
      g_mutex_unlock (&self->frame_lock);
    }

  upright_video_paintable_queue_sample (self->paintable, sample);
}

static GstFlowReturn
new_preroll_cb (GstAppSink *sink,
                gpointer    user_data)
{
  g_autoptr(GstSample) sample = gst_app_sink_pull_preroll (sink);

  /* The prerolled frame is the one to show after opening, seeking or
   * stepping while paused.
   */
  if (sample != NULL)
    frame_arrived (user_data, sample);

  return GST_FLOW_OK;
}

static GstFlowReturn
new_sample_cb (GstAppSink *sink,
               gpointer    user_data)
{
  g_autoptr(GstSample) sample = gst_app_sink_pull_sample (sink);

  if (sample != NULL)
    frame_arrived (user_data, sample);

  return GST_FLOW_OK;
}

/* Position */

static gint64
query_position (UprightPlayer *self)
{
  gint64 position = -1;

  if (self->pipeline == NULL || self->state == UPRIGHT_PLAYER_STOPPED)
    return -1;

  if (!gst_element_query_position (self->pipeline, GST_FORMAT_TIME, &position) || position < 0)
    {
      g_mutex_lock (&self->frame_lock);
      position = self->frame_time;
      g_mutex_unlock (&self->frame_lock);
    }

  return position;
}

static void
update_position (UprightPlayer *self)
{
  gint64 position = query_position (self);

  if (position == self->notified_position)
    return;

  self->notified_position = position;
  notify (self, PROP_POSITION);
}

static gboolean
position_cb (gpointer user_data)
{
  update_position (user_data);

  return G_SOURCE_CONTINUE;
}

static void
update_position_source (UprightPlayer *self)
{
  if (self->state == UPRIGHT_PLAYER_PLAYING)
    {
      if (self->position_source_id == 0)
        {
          self->position_source_id = g_timeout_add (POSITION_INTERVAL_MS, position_cb, self);
          g_source_set_static_name (g_main_context_find_source_by_id (NULL, self->position_source_id),
                                    "[upright] player position");
        }
    }
  else
    {
      g_clear_handle_id (&self->position_source_id, g_source_remove);
    }
}

static void
update_duration (UprightPlayer *self)
{
  gint64 duration = -1;

  if (self->pipeline != NULL &&
      (!gst_element_query_duration (self->pipeline, GST_FORMAT_TIME, &duration) || duration <= 0))
    duration = -1;

  if (duration == self->duration)
    return;

  self->duration = duration;
  notify (self, PROP_DURATION);
}

/* Pipeline state */

static gboolean
is_busy (UprightPlayer *self)
{
  return self->opening || self->seeking;
}

/* Drops the messages of a stream that has been stopped, so that none of
 * them is taken for news about the next one.
 */
static void
flush_bus (UprightPlayer *self)
{
  g_autoptr(GstBus) bus = gst_element_get_bus (self->pipeline);

  gst_bus_set_flushing (bus, TRUE);
  gst_bus_set_flushing (bus, FALSE);
}

static void
shut_down (UprightPlayer *self,
           GstState       state)
{
  if (self->pipeline != NULL)
    {
      gst_element_set_state (self->pipeline, state);
      flush_bus (self);
    }

  self->opening = FALSE;
  g_clear_handle_id (&self->open_watchdog_id, g_source_remove);
  self->seeking = FALSE;
  self->segment_armed = FALSE;
  self->at_end = FALSE;
  self->pending_seek = -1;

  g_mutex_lock (&self->frame_lock);
  self->frame_time = -1;
  g_mutex_unlock (&self->frame_lock);

  upright_video_paintable_clear (self->paintable);
}

static void
fail (UprightPlayer *self,
      GError        *error)
{
  g_assert (error != NULL);

  /* The first error is the one that says what went wrong; the others
   * follow from it.
   */
  if (self->error != NULL)
    {
      g_error_free (error);
      return;
    }

  g_debug ("Cannot play %s: %s", self->uri ? self->uri : "a video", error->message);

  self->error = error;
  shut_down (self, GST_STATE_NULL);
  set_state (self, UPRIGHT_PLAYER_STOPPED);
  update_position (self);
  notify (self, PROP_ERROR);
}

static void
clear_error (UprightPlayer *self)
{
  g_clear_pointer (&self->missing_plugin, g_free);

  if (self->error == NULL)
    return;

  g_clear_error (&self->error);
  notify (self, PROP_ERROR);
}

static void
set_state (UprightPlayer      *self,
           UprightPlayerState  state)
{
  if (self->state == state)
    return;

  self->state = state;
  update_position_source (self);
  notify (self, PROP_STATE);
}

/* Starts playing once the pipeline is ready, or at once if it is. */
static void
apply_state (UprightPlayer *self)
{
  /* While the file is looked at, the state waits for it to open. */
  if (self->pipeline == NULL || self->error != NULL || self->check_cancellable != NULL)
    return;

  /* A loop's seek finishes only while the frames before it flow out, so
   * pausing waits for it; see loop_seek_done_cb(). */
  if (self->loop_seeks_running > 0)
    return;

  switch (self->state)
    {
    case UPRIGHT_PLAYER_PLAYING:
      if (!is_busy (self))
        gst_element_set_state (self->pipeline, GST_STATE_PLAYING);
      break;

    case UPRIGHT_PLAYER_PAUSED:
      gst_element_set_state (self->pipeline, GST_STATE_PAUSED);
      break;

    case UPRIGHT_PLAYER_STOPPED:
    default:
      break;
    }
}

typedef struct
{
  GWeakRef     player;
  double       rate;
  GstSeekFlags flags;
  gint64       position;
} SeekData;

static void
seek_data_free (gpointer data)
{
  SeekData *seek = data;

  g_weak_ref_clear (&seek->player);
  g_free (seek);
}

/* Back on the main thread once a loop's seek has returned. */
static gboolean
loop_seek_done_cb (gpointer user_data)
{
  SeekData *data = user_data;
  g_autoptr(UprightPlayer) self = g_weak_ref_get (&data->player);

  if (self != NULL)
    {
      g_assert (self->loop_seeks_running > 0);
      self->loop_seeks_running--;
      apply_state (self);
    }

  return G_SOURCE_REMOVE;
}

static void
seek_async_cb (GstElement *pipeline,
               gpointer    user_data)
{
  SeekData *data = user_data;

  if (!gst_element_seek (pipeline, data->rate, GST_FORMAT_TIME, data->flags,
                         GST_SEEK_TYPE_SET, MAX (data->position, 0),
                         GST_SEEK_TYPE_SET, GST_CLOCK_TIME_NONE))
    g_debug ("The video could not loop");

  /* The player is only ever touched, and let go, on the main thread. */
  g_idle_add_full (G_PRIORITY_DEFAULT, loop_seek_done_cb, data, seek_data_free);
}

/* Seeks back to the start for the next pass of a loop, from one of
 * GStreamer's threads: a seek waits for the streaming thread, which may be
 * busy with a large frame for a long time, and the main thread must not
 * wait with it. */
static void
perform_loop_seek (UprightPlayer *self,
                   gboolean       flush)
{
  SeekData *data = g_new0 (SeekData, 1);

  g_assert (self->pipeline != NULL);

  g_weak_ref_init (&data->player, self);
  data->rate = self->rate;
  data->flags = GST_SEEK_FLAG_ACCURATE | GST_SEEK_FLAG_SEGMENT;
  if (flush)
    data->flags |= GST_SEEK_FLAG_FLUSH;
  data->position = 0;
  self->loop_seeks_running++;
  gst_element_call_async (self->pipeline, seek_async_cb, data, NULL);

  self->segment_armed = TRUE;
  self->at_end = FALSE;
  if (flush)
    self->seeking = TRUE;
}

static gboolean
perform_seek (UprightPlayer *self,
              gint64         position,
              gboolean       flush)
{
  GstSeekFlags flags = GST_SEEK_FLAG_ACCURATE;
  gboolean ok;

  g_assert (self->pipeline != NULL);

  if (flush)
    flags |= GST_SEEK_FLAG_FLUSH;
  if (self->loop)
    flags |= GST_SEEK_FLAG_SEGMENT;

  ok = gst_element_seek (self->pipeline, self->rate, GST_FORMAT_TIME, flags,
                         GST_SEEK_TYPE_SET, MAX (position, 0),
                         GST_SEEK_TYPE_SET, GST_CLOCK_TIME_NONE);
  if (!ok)
    {
      g_debug ("The video could not seek to %" GST_TIME_FORMAT, GST_TIME_ARGS (position));
      return FALSE;
    }

  self->segment_armed = self->loop;
  self->at_end = FALSE;
  /* A flushing seek prerolls again, which ends with ASYNC_DONE. */
  if (flush)
    self->seeking = TRUE;

  return TRUE;
}

static gboolean bus_message_cb (GstBus     *bus,
                                GstMessage *message,
                                gpointer    user_data);

static gboolean
open_watchdog_cb (gpointer user_data)
{
  UprightPlayer *self = user_data;

  if (g_get_monotonic_time () - self->open_progress_time < OPEN_SILENCE_LIMIT)
    return G_SOURCE_CONTINUE;

  g_debug ("Opening %s got stuck", self->uri);
  self->open_watchdog_id = 0;
  fail (self, g_error_new_literal (UPRIGHT_PLAYER_ERROR, UPRIGHT_PLAYER_ERROR_NOT_A_VIDEO,
                                   _("This file is not a video Upright can play")));

  return G_SOURCE_REMOVE;
}

static void
open_pipeline (UprightPlayer *self)
{
  GstStateChangeReturn result;

  g_assert (self->pipeline != NULL && self->uri != NULL);

  /* playbin forgets its URI when it failed to open it, so it is given
   * again every time.
   */
  g_object_set (self->pipeline, "uri", self->uri, NULL);

  /* Always through PAUSED: the first frame shows, and a seek that arms
   * looping can happen before playing starts.
   */
  self->opening = TRUE;
  result = gst_element_set_state (self->pipeline, GST_STATE_PAUSED);

  if (result == GST_STATE_CHANGE_FAILURE)
    {
      g_autoptr(GstBus) bus = gst_element_get_bus (self->pipeline);
      GstMessage *message;

      /* The reason is on the bus by now. It is read at once, since the
       * pipeline will not post anything more.
       */
      while (self->error == NULL &&
             (message = gst_bus_pop_filtered (bus, GST_MESSAGE_ERROR | GST_MESSAGE_ELEMENT)) != NULL)
        {
          bus_message_cb (bus, message, self);
          gst_message_unref (message);
        }

      if (self->error == NULL)
        fail (self, g_error_new_literal (UPRIGHT_PLAYER_ERROR, UPRIGHT_PLAYER_ERROR_FAILED,
                                         _("The video could not be played")));
      return;
    }

  if (self->opening && self->open_watchdog_id == 0)
    {
      self->open_progress_time = g_get_monotonic_time ();
      self->open_watchdog_id = g_timeout_add (OPEN_WATCHDOG_INTERVAL_MS, open_watchdog_cb, self);
      g_source_set_static_name (g_main_context_find_source_by_id (NULL, self->open_watchdog_id),
                                "[upright] player open watchdog");
    }
}

static void start_opening (UprightPlayer *self);

static gboolean
ensure_open (UprightPlayer *self)
{
  if (self->uri == NULL || self->pipeline == NULL)
    return FALSE;

  /* The file is being looked at: it opens when that is done. */
  if (self->check_cancellable != NULL)
    return TRUE;

  /* Trying again after an error: the file may be there now. */
  if (self->error != NULL || self->state == UPRIGHT_PLAYER_STOPPED)
    {
      set_state (self, UPRIGHT_PLAYER_STOPPED);
      start_opening (self);
    }

  return self->error == NULL;
}

static void
request_seek (UprightPlayer *self,
              gint64         position)
{
  if (!ensure_open (self))
    return;

  /* Whatever comes next, the video no longer rests at its end. */
  self->at_end = FALSE;

  if (is_busy (self))
    {
      self->pending_seek = position;
      return;
    }

  perform_seek (self, position, TRUE);
}

/* Where a seek that keeps the picture where it is should go. */
static gint64
current_seek_position (UprightPlayer *self)
{
  gint64 position;

  if (self->pending_seek >= 0)
    return self->pending_seek;

  position = query_position (self);

  return MAX (position, 0);
}

/* Bus messages */

static GError *
error_from_message (UprightPlayer *self,
                    const GError  *error)
{
  if (self->missing_plugin != NULL ||
      g_error_matches (error, GST_CORE_ERROR, GST_CORE_ERROR_MISSING_PLUGIN) ||
      g_error_matches (error, GST_STREAM_ERROR, GST_STREAM_ERROR_CODEC_NOT_FOUND))
    {
      if (self->missing_plugin != NULL)
        return g_error_new (UPRIGHT_PLAYER_ERROR, UPRIGHT_PLAYER_ERROR_MISSING_CODEC,
                            /* Translators: %s names a piece of software, such as "VP8 decoder". */
                            _("Upright needs %s to play this video"), self->missing_plugin);

      return g_error_new_literal (UPRIGHT_PLAYER_ERROR, UPRIGHT_PLAYER_ERROR_MISSING_CODEC,
                                  _("Upright is missing a part it needs to play this video"));
    }

  if (g_error_matches (error, GST_RESOURCE_ERROR, GST_RESOURCE_ERROR_NOT_FOUND))
    return g_error_new_literal (UPRIGHT_PLAYER_ERROR, UPRIGHT_PLAYER_ERROR_NOT_FOUND,
                                _("The video file could not be found"));

  if (g_error_matches (error, GST_RESOURCE_ERROR, GST_RESOURCE_ERROR_OPEN_READ) ||
      g_error_matches (error, GST_RESOURCE_ERROR, GST_RESOURCE_ERROR_READ) ||
      g_error_matches (error, GST_RESOURCE_ERROR, GST_RESOURCE_ERROR_NOT_AUTHORIZED))
    return g_error_new_literal (UPRIGHT_PLAYER_ERROR, UPRIGHT_PLAYER_ERROR_NOT_READABLE,
                                _("The video file could not be read"));

  if (error->domain == GST_STREAM_ERROR)
    return g_error_new_literal (UPRIGHT_PLAYER_ERROR, UPRIGHT_PLAYER_ERROR_NOT_A_VIDEO,
                                _("This file is not a video Upright can play"));

  return g_error_new_literal (UPRIGHT_PLAYER_ERROR, UPRIGHT_PLAYER_ERROR_FAILED,
                              _("The video could not be played"));
}

static gboolean
has_video (UprightPlayer *self)
{
  int n_video = 0;

  g_object_get (self->pipeline, "n-video", &n_video, NULL);

  return n_video > 0;
}

static void
async_done (UprightPlayer *self)
{
  if (self->opening)
    {
      self->opening = FALSE;
      g_clear_handle_id (&self->open_watchdog_id, g_source_remove);

      /* A file whose only stream is audio, or text that passes for
       * subtitles, opens without an error but has nothing to show.
       */
      if (!has_video (self))
        {
          fail (self, self->missing_plugin != NULL
                      ? error_from_message (self, NULL)
                      : g_error_new_literal (UPRIGHT_PLAYER_ERROR, UPRIGHT_PLAYER_ERROR_NOT_A_VIDEO,
                                             _("This file is not a video Upright can play")));
          return;
        }

      /* Looping and playing at another speed both need a seek before the
       * pipeline starts.
       */
      if (self->pending_seek < 0 && (self->loop || self->rate != 1.0))
        self->pending_seek = 0;
    }
  else
    {
      self->seeking = FALSE;
    }

  update_duration (self);

  if (self->pending_seek >= 0)
    {
      gint64 position = self->pending_seek;

      self->pending_seek = -1;
      perform_seek (self, position, TRUE);
    }

  update_position (self);
  apply_state (self);
}

/* Played to the end, or to the end of a segment. */
static void
reached_end (UprightPlayer *self,
             gboolean       flushed)
{
  if (self->loop)
    {
      /* After end-of-stream the pipeline has drained and must be flushed
       * to start again; after SEGMENT_DONE the next pass queues up behind
       * the frames still on their way. Those frames move only while the
       * video plays: paused, a seek that waited for them would wait for
       * good, holding the pipeline, so it flushes them instead.
       */
      perform_loop_seek (self, flushed || self->state != UPRIGHT_PLAYER_PLAYING);
      g_signal_emit (self, signals[LOOPED], 0);
      return;
    }

  self->at_end = TRUE;
  set_state (self, UPRIGHT_PLAYER_PAUSED);
  apply_state (self);
  update_position (self);
  g_signal_emit (self, signals[EOS], 0);
}

static gboolean
bus_message_cb (GstBus     *bus,
                GstMessage *message,
                gpointer    user_data)
{
  UprightPlayer *self = user_data;

  if (self->opening)
    self->open_progress_time = g_get_monotonic_time ();

  switch (GST_MESSAGE_TYPE (message))
    {
    case GST_MESSAGE_ERROR:
      {
        g_autoptr(GError) error = NULL;
        g_autofree char *debug = NULL;

        gst_message_parse_error (message, &error, &debug);
        g_debug ("Video error from %s: %s (%s)",
                 GST_MESSAGE_SRC_NAME (message), error->message, debug ? debug : "");
        fail (self, error_from_message (self, error));
      }
      break;

    case GST_MESSAGE_WARNING:
      {
        g_autoptr(GError) error = NULL;
        g_autofree char *debug = NULL;

        gst_message_parse_warning (message, &error, &debug);
        g_debug ("Video warning from %s: %s (%s)",
                 GST_MESSAGE_SRC_NAME (message), error->message, debug ? debug : "");
      }
      break;

    case GST_MESSAGE_ELEMENT:
      if (gst_is_missing_plugin_message (message) && self->missing_plugin == NULL)
        {
          self->missing_plugin = gst_missing_plugin_message_get_description (message);
          g_debug ("Video needs a missing plugin: %s", self->missing_plugin);
        }
      break;

    case GST_MESSAGE_ASYNC_DONE:
      if (self->error == NULL && self->state != UPRIGHT_PLAYER_STOPPED)
        async_done (self);
      break;

    case GST_MESSAGE_SEGMENT_DONE:
      if (self->error == NULL && self->state != UPRIGHT_PLAYER_STOPPED)
        reached_end (self, FALSE);
      break;

    case GST_MESSAGE_EOS:
      if (self->error == NULL && self->state != UPRIGHT_PLAYER_STOPPED)
        reached_end (self, TRUE);
      break;

    case GST_MESSAGE_DURATION_CHANGED:
      update_duration (self);
      break;

    case GST_MESSAGE_STEP_DONE:
      update_position (self);
      break;

    default:
      break;
    }

  return G_SOURCE_CONTINUE;
}

static gboolean
ensure_pipeline (UprightPlayer *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GstElement) pipeline = NULL;
  g_autoptr(GstCaps) caps = NULL;
  g_autoptr(GstBus) bus = NULL;
  GstElement *video_sink;
  const char *audio_sink_name;
  GstAppSinkCallbacks callbacks = {
    .new_preroll = new_preroll_cb,
    .new_sample = new_sample_cb,
  };

  if (self->pipeline != NULL)
    return TRUE;

  if (!upright_media_ensure_init (&error))
    {
      g_debug ("GStreamer cannot start: %s", error->message);
      fail (self, g_error_new_literal (UPRIGHT_PLAYER_ERROR, UPRIGHT_PLAYER_ERROR_FAILED,
                                       _("Videos cannot be played on this computer")));
      return FALSE;
    }

  pipeline = gst_element_factory_make ("playbin", "upright-player");
  video_sink = gst_element_factory_make ("appsink", "upright-video-sink");
  if (pipeline == NULL || video_sink == NULL)
    {
      if (video_sink != NULL)
        gst_object_unref (gst_object_ref_sink (video_sink));
      fail (self, g_error_new (UPRIGHT_PLAYER_ERROR, UPRIGHT_PLAYER_ERROR_MISSING_CODEC,
                               /* Translators: %s names a piece of software, such as "VP8 decoder". */
                               _("Upright needs %s to play this video"),
                               pipeline == NULL ? "GStreamer Base Plugins (playbin)"
                                                : "GStreamer Base Plugins (appsink)"));
      return FALSE;
    }
  gst_object_ref_sink (pipeline);

  /* One frame at most waits in the sink: a frame that is late by the time
   * the main loop gets to it is no use.
   */
  /* No larger than full HD: playbin scales a bigger video down, so a 4K
   * file costs no more memory and conversion than a demonstration does. */
  caps = gst_caps_new_simple ("video/x-raw",
                              "format", G_TYPE_STRING, "BGRA",
                              "width", GST_TYPE_INT_RANGE, 1, MAX_FRAME_SIDE,
                              "height", GST_TYPE_INT_RANGE, 1, MAX_FRAME_SIDE,
                              NULL);
  g_object_set (video_sink,
                "caps", caps,
                "sync", TRUE,
                "max-buffers", 1,
                "drop", TRUE,
                "qos", TRUE,
                "max-lateness", (gint64) MAX_LATENESS,
                "enable-last-sample", FALSE,
                NULL);
  gst_app_sink_set_callbacks (GST_APP_SINK (video_sink), &callbacks, self, NULL);

  g_object_set (pipeline,
                "video-sink", video_sink,
                "mute", (gboolean) self->muted,
                NULL);

  /* Tests and headless machines name another sink, such as fakesink. It
   * still keeps time, so audio and video end together.
   */
  audio_sink_name = g_getenv ("UPRIGHT_AUDIO_SINK");
  if (audio_sink_name != NULL && *audio_sink_name != '\0')
    {
      GstElement *audio_sink = gst_element_factory_make (audio_sink_name, NULL);

      if (audio_sink != NULL)
        {
          if (g_object_class_find_property (G_OBJECT_GET_CLASS (audio_sink), "sync") != NULL)
            g_object_set (audio_sink, "sync", TRUE, NULL);
          g_object_set (pipeline, "audio-sink", audio_sink, NULL);
        }
    }

  /* Slow motion keeps the pitch of any narration. */
  {
    GstElement *scaletempo = gst_element_factory_make ("scaletempo", NULL);

    if (scaletempo != NULL)
      g_object_set (pipeline, "audio-filter", scaletempo, NULL);
  }

  bus = gst_element_get_bus (pipeline);
  gst_bus_add_watch (bus, bus_message_cb, self);

  self->video_sink = video_sink;
  self->pipeline = g_steal_pointer (&pipeline);

  return TRUE;
}

/* The file, looked at before GStreamer opens it */

static void
monitor_changed_cb (GFileMonitor      *monitor,
                    GFile             *file,
                    GFile             *other_file,
                    GFileMonitorEvent  event,
                    UprightPlayer     *self)
{
  switch (event)
    {
    case G_FILE_MONITOR_EVENT_DELETED:
    case G_FILE_MONITOR_EVENT_MOVED_OUT:
    case G_FILE_MONITOR_EVENT_RENAMED:
      fail (self, g_error_new_literal (UPRIGHT_PLAYER_ERROR, UPRIGHT_PLAYER_ERROR_NOT_FOUND,
                                       _("The video file was moved or deleted while it was open")));
      break;

    case G_FILE_MONITOR_EVENT_CREATED:
    case G_FILE_MONITOR_EVENT_MOVED_IN:
    case G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT:
      /* Replaced by another file, or written anew: open what is there now. */
      g_debug ("%s changed; opening it again", self->uri);
      start_opening (self);
      break;

    case G_FILE_MONITOR_EVENT_CHANGED:
    case G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED:
    case G_FILE_MONITOR_EVENT_PRE_UNMOUNT:
    case G_FILE_MONITOR_EVENT_UNMOUNTED:
    case G_FILE_MONITOR_EVENT_MOVED:
    default:
      break;
    }
}

static void
check_file_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  GFile *file = source_object;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *content_type = NULL;
  guchar data[SNIFF_BYTES];
  gssize n_read;
  gboolean uncertain = FALSE;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE, G_FILE_QUERY_INFO_NONE,
                            cancellable, &error);
  if (info == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_task_return_new_error (task, UPRIGHT_PLAYER_ERROR, UPRIGHT_PLAYER_ERROR_NOT_FOUND,
                                 "%s", _("The video file is not there: it may have been moved or deleted"));
      else
        g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* A pipe or a device would block whoever opens it, perhaps for ever. */
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_task_return_new_error (task, UPRIGHT_PLAYER_ERROR, UPRIGHT_PLAYER_ERROR_NOT_A_VIDEO,
                               "%s", _("This is not a video file but a folder, a pipe or a device"));
      return;
    }

  stream = g_file_read (file, cancellable, &error);
  if (stream == NULL)
    {
      g_task_return_new_error (task, UPRIGHT_PLAYER_ERROR, UPRIGHT_PLAYER_ERROR_NOT_READABLE,
                               "%s", _("The video file cannot be read: you may not have permission"));
      return;
    }
  n_read = g_input_stream_read (G_INPUT_STREAM (stream), data, sizeof data, cancellable, NULL);
  if (n_read > 0)
    content_type = g_content_type_guess (NULL, data, (gsize) n_read, &uncertain);

  /* A picture with a video's name would be shown as a video that never
   * ends, at a cost in memory that never stops growing. */
  if (content_type != NULL && !uncertain && g_str_has_prefix (content_type, "image/"))
    {
      g_task_return_new_error (task, UPRIGHT_PLAYER_ERROR, UPRIGHT_PLAYER_ERROR_NOT_A_VIDEO,
                               "%s", _("This file is a picture, not a video"));
      return;
    }

  g_task_return_boolean (task, TRUE);
}

static void
file_checked_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  UprightPlayer *self;
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = UPRIGHT_PLAYER (user_data);
  g_clear_object (&self->check_cancellable);

  if (error != NULL)
    {
      fail (self, g_steal_pointer (&error));
      return;
    }

  if (self->monitor == NULL)
    {
      self->monitor = g_file_monitor_file (G_FILE (object), G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
      if (self->monitor != NULL)
        g_signal_connect (self->monitor, "changed", G_CALLBACK (monitor_changed_cb), self);
    }

  open_pipeline (self);
}

static void
stop_checking (UprightPlayer *self)
{
  g_cancellable_cancel (self->check_cancellable);
  g_clear_object (&self->check_cancellable);
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
}

/* Opens the player's URI. A file is first looked at in a worker thread,
 * so that nothing about it can make the main thread wait. */
static void
start_opening (UprightPlayer *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GTask) task = NULL;
  gboolean was_playing = self->state == UPRIGHT_PLAYER_PLAYING;

  g_cancellable_cancel (self->check_cancellable);
  g_clear_object (&self->check_cancellable);
  shut_down (self, GST_STATE_NULL);
  clear_error (self);
  set_state (self, was_playing ? UPRIGHT_PLAYER_PLAYING : UPRIGHT_PLAYER_PAUSED);

  if (!ensure_pipeline (self))
    return;

  if (!g_str_has_prefix (self->uri, "file:"))
    {
      open_pipeline (self);
      return;
    }

  file = g_file_new_for_uri (self->uri);
  self->check_cancellable = g_cancellable_new ();
  task = g_task_new (file, self->check_cancellable, file_checked_cb, self);
  g_task_set_source_tag (task, start_opening);
  g_task_run_in_thread (task, check_file_thread);
}

/* Public API */

/**
 * upright_player_set_uri:
 * @self: a player
 * @uri: (nullable): the URI of a video, or %NULL to close it
 *
 * Opens @uri and pauses on its first frame. A video that cannot be played
 * sets #UprightPlayer:error and leaves the player stopped.
 */
void
upright_player_set_uri (UprightPlayer *self,
                        const char    *uri)
{
  g_return_if_fail (UPRIGHT_IS_PLAYER (self));

  if (g_strcmp0 (self->uri, uri) == 0)
    return;

  g_object_freeze_notify (G_OBJECT (self));

  stop_checking (self);
  shut_down (self, GST_STATE_NULL);
  clear_error (self);
  set_state (self, UPRIGHT_PLAYER_STOPPED);

  g_free (self->uri);
  self->uri = g_strdup (uri);
  notify (self, PROP_URI);

  if (self->uri != NULL)
    start_opening (self);

  update_duration (self);
  update_position (self);

  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * upright_player_get_uri:
 * @self: a player
 *
 * Returns: (nullable): the URI of the open video
 */
const char *
upright_player_get_uri (UprightPlayer *self)
{
  g_return_val_if_fail (UPRIGHT_IS_PLAYER (self), NULL);

  return self->uri;
}

/**
 * upright_player_play:
 * @self: a player
 *
 * Plays the video, from the start if it had played to its end. After an
 * error this tries to open the video again.
 */
void
upright_player_play (UprightPlayer *self)
{
  g_return_if_fail (UPRIGHT_IS_PLAYER (self));

  if (!ensure_open (self))
    return;

  if (self->at_end)
    request_seek (self, 0);

  set_state (self, UPRIGHT_PLAYER_PLAYING);
  apply_state (self);
}

/**
 * upright_player_pause:
 * @self: a player
 *
 * Pauses the video on the frame it shows.
 */
void
upright_player_pause (UprightPlayer *self)
{
  g_return_if_fail (UPRIGHT_IS_PLAYER (self));

  if (self->state != UPRIGHT_PLAYER_PLAYING)
    return;

  set_state (self, UPRIGHT_PLAYER_PAUSED);
  apply_state (self);
  update_position (self);
}

/**
 * upright_player_stop:
 * @self: a player
 *
 * Stops the video and lets go of the decoders. The video stays open:
 * playing starts it again from the beginning.
 */
void
upright_player_stop (UprightPlayer *self)
{
  g_return_if_fail (UPRIGHT_IS_PLAYER (self));

  if (self->state == UPRIGHT_PLAYER_STOPPED)
    return;

  shut_down (self, GST_STATE_READY);
  set_state (self, UPRIGHT_PLAYER_STOPPED);
  update_position (self);
}

/**
 * upright_player_seek:
 * @self: a player
 * @position_ns: the position to show, in nanoseconds
 *
 * Shows the frame at @position_ns exactly, playing on from there if the
 * video was playing. A stopped video opens paused at @position_ns.
 */
void
upright_player_seek (UprightPlayer *self,
                     gint64         position_ns)
{
  g_return_if_fail (UPRIGHT_IS_PLAYER (self));
  g_return_if_fail (position_ns >= 0);

  request_seek (self, position_ns);
}

/**
 * upright_player_restart:
 * @self: a player
 *
 * Goes back to the first frame, playing or paused as before.
 */
void
upright_player_restart (UprightPlayer *self)
{
  g_return_if_fail (UPRIGHT_IS_PLAYER (self));

  request_seek (self, 0);
}

/**
 * upright_player_step:
 * @self: a player
 * @frames: how many frames to move, forwards if positive
 *
 * Pauses the video and moves it frame by frame, so that the user can
 * study a position.
 */
void
upright_player_step (UprightPlayer *self,
                     int            frames)
{
  g_return_if_fail (UPRIGHT_IS_PLAYER (self));

  if (frames == 0 || !ensure_open (self))
    return;

  upright_player_pause (self);

  if (frames > 0)
    {
      /* The sink skips over the frames and prerolls on the one after. */
      if (!gst_element_send_event (self->pipeline,
                                   gst_event_new_step (GST_FORMAT_BUFFERS, frames, 1.0, TRUE, FALSE)))
        g_debug ("The video could not step forwards");
      return;
    }

  /* Decoders only go forwards, so stepping back is an exact seek to the
   * time of an earlier frame.
   */
  {
    gint64 frame_duration = upright_player_get_frame_duration (self);
    gint64 position;

    if (frame_duration <= 0)
      return;

    if (self->pending_seek >= 0)
      position = self->pending_seek;
    else
      {
        g_mutex_lock (&self->frame_lock);
        position = self->frame_time;
        g_mutex_unlock (&self->frame_lock);

        if (position < 0)
          position = current_seek_position (self);
      }

    request_seek (self, MAX (position + frames * frame_duration, 0));
  }
}

/**
 * upright_player_set_rate:
 * @self: a player
 * @rate: the speed, from %UPRIGHT_PLAYER_MIN_RATE to %UPRIGHT_PLAYER_MAX_RATE
 *
 * Plays the video slower or faster, from the frame it shows.
 */
void
upright_player_set_rate (UprightPlayer *self,
                         double         rate)
{
  g_return_if_fail (UPRIGHT_IS_PLAYER (self));
  g_return_if_fail (rate >= UPRIGHT_PLAYER_MIN_RATE && rate <= UPRIGHT_PLAYER_MAX_RATE);

  if (self->rate == rate)
    return;

  self->rate = rate;

  /* The new rate comes with the next seek; one is made now unless the
   * video is closed, where opening makes one.
   */
  if (self->pipeline != NULL && self->uri != NULL && self->error == NULL &&
      self->state != UPRIGHT_PLAYER_STOPPED && !self->opening)
    request_seek (self, current_seek_position (self));

  notify (self, PROP_RATE);
}

/**
 * upright_player_get_rate:
 * @self: a player
 *
 * Returns: the playback speed, 1 being normal
 */
double
upright_player_get_rate (UprightPlayer *self)
{
  g_return_val_if_fail (UPRIGHT_IS_PLAYER (self), 1.0);

  return self->rate;
}

/**
 * upright_player_set_loop:
 * @self: a player
 * @loop: whether to play the video again from the start at its end
 *
 * Demonstrations loop by default, without a pause between passes.
 */
void
upright_player_set_loop (UprightPlayer *self,
                         gboolean       loop)
{
  g_return_if_fail (UPRIGHT_IS_PLAYER (self));

  loop = !!loop;
  if (self->loop == loop)
    return;

  self->loop = loop;

  /* Only a seek changes whether the demuxer stops at the end of the
   * segment or sends end-of-stream.
   */
  if (self->pipeline != NULL && self->uri != NULL && self->error == NULL &&
      self->state != UPRIGHT_PLAYER_STOPPED && !self->opening && !self->at_end &&
      self->segment_armed != self->loop)
    request_seek (self, current_seek_position (self));

  notify (self, PROP_LOOP);
}

/**
 * upright_player_get_loop:
 * @self: a player
 *
 * Returns: whether the video starts again at its end
 */
gboolean
upright_player_get_loop (UprightPlayer *self)
{
  g_return_val_if_fail (UPRIGHT_IS_PLAYER (self), FALSE);

  return self->loop;
}

/**
 * upright_player_set_muted:
 * @self: a player
 * @muted: whether to silence the video
 *
 * Videos start muted: a demonstration should not startle anyone.
 */
void
upright_player_set_muted (UprightPlayer *self,
                          gboolean       muted)
{
  g_return_if_fail (UPRIGHT_IS_PLAYER (self));

  muted = !!muted;
  if (self->muted == muted)
    return;

  self->muted = muted;
  if (self->pipeline != NULL)
    g_object_set (self->pipeline, "mute", muted, NULL);

  notify (self, PROP_MUTED);
}

/**
 * upright_player_get_muted:
 * @self: a player
 *
 * Returns: whether the sound of the video is off
 */
gboolean
upright_player_get_muted (UprightPlayer *self)
{
  g_return_val_if_fail (UPRIGHT_IS_PLAYER (self), TRUE);

  return self->muted;
}

/**
 * upright_player_get_state:
 * @self: a player
 *
 * Returns: whether the video is stopped, paused or playing
 */
UprightPlayerState
upright_player_get_state (UprightPlayer *self)
{
  g_return_val_if_fail (UPRIGHT_IS_PLAYER (self), UPRIGHT_PLAYER_STOPPED);

  return self->state;
}

/**
 * upright_player_get_position:
 * @self: a player
 *
 * Returns: the position in the video in nanoseconds, or -1 when unknown
 */
gint64
upright_player_get_position (UprightPlayer *self)
{
  g_return_val_if_fail (UPRIGHT_IS_PLAYER (self), -1);

  return query_position (self);
}

/**
 * upright_player_get_duration:
 * @self: a player
 *
 * Returns: the length of the video in nanoseconds, or -1 when unknown
 */
gint64
upright_player_get_duration (UprightPlayer *self)
{
  g_return_val_if_fail (UPRIGHT_IS_PLAYER (self), -1);

  return self->duration;
}

/**
 * upright_player_get_error:
 * @self: a player
 *
 * Returns: (nullable): why the video cannot be played, or %NULL
 */
const GError *
upright_player_get_error (UprightPlayer *self)
{
  g_return_val_if_fail (UPRIGHT_IS_PLAYER (self), NULL);

  return self->error;
}

/**
 * upright_player_get_paintable:
 * @self: a player
 *
 * Returns: (transfer none): the #UprightVideoPaintable that shows the video
 */
GdkPaintable *
upright_player_get_paintable (UprightPlayer *self)
{
  g_return_val_if_fail (UPRIGHT_IS_PLAYER (self), NULL);

  return GDK_PAINTABLE (self->paintable);
}

/**
 * upright_player_get_frame_duration:
 * @self: a player
 *
 * Returns: how long each frame is shown in nanoseconds, from the frame
 *   rate of the video, or -1 when unknown
 */
gint64
upright_player_get_frame_duration (UprightPlayer *self)
{
  g_autoptr(GstPad) pad = NULL;
  g_autoptr(GstCaps) caps = NULL;
  GstStructure *structure;
  int fps_n = 0, fps_d = 0;

  g_return_val_if_fail (UPRIGHT_IS_PLAYER (self), -1);

  if (self->video_sink == NULL)
    return -1;

  pad = gst_element_get_static_pad (self->video_sink, "sink");
  caps = gst_pad_get_current_caps (pad);
  if (caps == NULL || gst_caps_is_empty (caps))
    return -1;

  structure = gst_caps_get_structure (caps, 0);
  if (!gst_structure_get_fraction (structure, "framerate", &fps_n, &fps_d) ||
      fps_n <= 0 || fps_d <= 0)
    return -1;

  return (gint64) gst_util_uint64_scale_int (GST_SECOND, fps_d, fps_n);
}

/**
 * upright_player_new:
 *
 * Makes a player with nothing open. GStreamer starts when the first video
 * is opened.
 *
 * Returns: (transfer full): a new player
 */
UprightPlayer *
upright_player_new (void)
{
  return g_object_new (UPRIGHT_TYPE_PLAYER, NULL);
}

static void
upright_player_dispose (GObject *object)
{
  UprightPlayer *self = UPRIGHT_PLAYER (object);

  g_clear_handle_id (&self->position_source_id, g_source_remove);
  g_clear_handle_id (&self->open_watchdog_id, g_source_remove);
  stop_checking (self);

  /* The streaming threads are stopped before the paintable they feed
   * goes away.
   */
  if (self->pipeline != NULL)
    {
      g_autoptr(GstBus) bus = gst_element_get_bus (self->pipeline);

      gst_bus_remove_watch (bus);
      gst_element_set_state (self->pipeline, GST_STATE_NULL);
      self->video_sink = NULL;
      gst_clear_object (&self->pipeline);
    }

  g_clear_object (&self->paintable);

  G_OBJECT_CLASS (upright_player_parent_class)->dispose (object);
}

static void
upright_player_finalize (GObject *object)
{
  UprightPlayer *self = UPRIGHT_PLAYER (object);

  g_free (self->uri);
  g_free (self->missing_plugin);
  g_clear_error (&self->error);
  g_mutex_clear (&self->frame_lock);

  G_OBJECT_CLASS (upright_player_parent_class)->finalize (object);
}

static void
upright_player_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  UprightPlayer *self = UPRIGHT_PLAYER (object);

  switch (prop_id)
    {
    case PROP_URI:
      g_value_set_string (value, self->uri);
      break;

    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;

    case PROP_POSITION:
      g_value_set_int64 (value, upright_player_get_position (self));
      break;

    case PROP_DURATION:
      g_value_set_int64 (value, self->duration);
      break;

    case PROP_RATE:
      g_value_set_double (value, self->rate);
      break;

    case PROP_LOOP:
      g_value_set_boolean (value, self->loop);
      break;

    case PROP_MUTED:
      g_value_set_boolean (value, self->muted);
      break;

    case PROP_ERROR:
      g_value_set_boxed (value, self->error);
      break;

    case PROP_PAINTABLE:
      g_value_set_object (value, self->paintable);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
upright_player_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  UprightPlayer *self = UPRIGHT_PLAYER (object);

  switch (prop_id)
    {
    case PROP_URI:
      upright_player_set_uri (self, g_value_get_string (value));
      break;

    case PROP_RATE:
      upright_player_set_rate (self, g_value_get_double (value));
      break;

    case PROP_LOOP:
      upright_player_set_loop (self, g_value_get_boolean (value));
      break;

    case PROP_MUTED:
      upright_player_set_muted (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
upright_player_class_init (UprightPlayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = upright_player_dispose;
  object_class->finalize = upright_player_finalize;
  object_class->get_property = upright_player_get_property;
  object_class->set_property = upright_player_set_property;

  /**
   * UprightPlayer:uri:
   *
   * The URI of the open video, or %NULL.
   */
  properties[PROP_URI] =
    g_param_spec_string ("uri", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * UprightPlayer:state:
   *
   * Whether the video is stopped, paused or playing.
   */
  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL,
                       UPRIGHT_TYPE_PLAYER_STATE, UPRIGHT_PLAYER_STOPPED,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * UprightPlayer:position:
   *
   * The position in the video in nanoseconds, or -1 when unknown. While
   * the video plays it is notified about ten times a second.
   */
  properties[PROP_POSITION] =
    g_param_spec_int64 ("position", NULL, NULL,
                        -1, G_MAXINT64, -1,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * UprightPlayer:duration:
   *
   * The length of the video in nanoseconds, or -1 when unknown.
   */
  properties[PROP_DURATION] =
    g_param_spec_int64 ("duration", NULL, NULL,
                        -1, G_MAXINT64, -1,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * UprightPlayer:rate:
   *
   * The playback speed: 1 is normal, 0.25 a quarter of it.
   */
  properties[PROP_RATE] =
    g_param_spec_double ("rate", NULL, NULL,
                         UPRIGHT_PLAYER_MIN_RATE, UPRIGHT_PLAYER_MAX_RATE, 1.0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * UprightPlayer:loop:
   *
   * Whether the video starts again at its end.
   */
  properties[PROP_LOOP] =
    g_param_spec_boolean ("loop", NULL, NULL,
                          TRUE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * UprightPlayer:muted:
   *
   * Whether the sound of the video is off.
   */
  properties[PROP_MUTED] =
    g_param_spec_boolean ("muted", NULL, NULL,
                          TRUE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * UprightPlayer:error:
   *
   * Why the video cannot be played, in words for the user, or %NULL.
   */
  properties[PROP_ERROR] =
    g_param_spec_boxed ("error", NULL, NULL,
                        G_TYPE_ERROR,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * UprightPlayer:paintable:
   *
   * The #UprightVideoPaintable that shows the video.
   */
  properties[PROP_PAINTABLE] =
    g_param_spec_object ("paintable", NULL, NULL,
                         GDK_TYPE_PAINTABLE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * UprightPlayer::eos:
   * @self: a player
   *
   * Emitted when the video has played to its end and does not loop. The
   * player is then paused on the last frame.
   */
  signals[EOS] =
    g_signal_new ("eos",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  g_cclosure_marshal_VOID__VOID,
                  G_TYPE_NONE, 0);

  /**
   * UprightPlayer::looped:
   * @self: a player
   *
   * Emitted when the video has played to its end and starts again.
   */
  signals[LOOPED] =
    g_signal_new ("looped",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  g_cclosure_marshal_VOID__VOID,
                  G_TYPE_NONE, 0);
}

static void
upright_player_init (UprightPlayer *self)
{
  g_mutex_init (&self->frame_lock);

  self->paintable = upright_video_paintable_new ();
  self->state = UPRIGHT_PLAYER_STOPPED;
  self->rate = 1.0;
  self->loop = TRUE;
  self->muted = TRUE;
  self->duration = -1;
  self->notified_position = -1;
  self->pending_seek = -1;
  self->frame_time = -1;
}

/**
 * upright_player_is_settled:
 * @self: a player
 *
 * For tests, which wait for this rather than for a length of time.
 *
 * Returns: whether nothing the player asked of the pipeline is still on
 *   its way: no opening, seek or state change unfinished, and no message
 *   of the pipeline's waiting to be handled
 */
gboolean
upright_player_is_settled (UprightPlayer *self)
{
  g_autoptr(GstBus) bus = NULL;

  g_return_val_if_fail (UPRIGHT_IS_PLAYER (self), FALSE);

  if (self->opening || self->seeking || self->pending_seek >= 0 || self->loop_seeks_running > 0)
    return FALSE;
  if (self->pipeline == NULL)
    return TRUE;
  if (gst_element_get_state (self->pipeline, NULL, NULL, 0) == GST_STATE_CHANGE_ASYNC)
    return FALSE;

  bus = gst_element_get_bus (self->pipeline);

  return bus == NULL || !gst_bus_have_pending (bus);
}
