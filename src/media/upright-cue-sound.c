/* upright-cue-sound.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <gst/app/gstappsrc.h>

#include "upright-cue-sound-private.h"
#include "upright-media.h"

/* Short tones that tell the user what the exercise timer is doing, so that
 * she can keep her eyes on her posture instead of on the screen.
 *
 * Each cue is a few sine notes rendered here into one buffer and pushed
 * through appsrc ! audioconvert ! audioresample ! sink. The volume is part
 * of the samples, so the buffer is exactly what is heard. One pipeline is
 * built on the first cue and reused: it rests in READY between cues, which
 * keeps the audio device open. Bus messages are handled on the thread-default
 * main context of the first cue, normally the main one, like everything else
 * that touches this object; streaming threads never do.
 *
 * Having no sound output is not an error: the object quietly turns
 * #UprightCueSound:available off and ignores further cues.
 */

struct _UprightCueSound
{
  GObject     parent_instance;

  char       *sink_name;
  GstElement *pipeline;
  /* Both belong to the pipeline. */
  GstElement *source;
  GstElement *sink;

  double      volume;
  UprightCue  cue;
  guint       playing : 1;
  guint       enabled : 1;
  guint       available : 1;
};

G_DEFINE_FINAL_TYPE (UprightCueSound, upright_cue_sound, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ENABLED,
  PROP_VOLUME,
  PROP_AVAILABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  PLAYED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define DEFAULT_SINK "autoaudiosink"
#define DEFAULT_VOLUME 0.7

/* Every note fades in and out with a raised cosine, so that no cue starts
 * or stops with a click.
 */
#define ATTACK_MS 8
#define RELEASE_MS 30

typedef struct {
  double freq;
  guint  start_ms;
  guint  length_ms;
  /* A fraction of full scale; the notes of a cue together stay below 0.75,
   * which leaves headroom for the resampler.
   */
  double amplitude;
  /* The time constant of a bell-like decay, or 0 for a held note. */
  guint  decay_ms;
} Note;

typedef struct {
  guint n_notes;
  Note  notes[3];
} CueShape;

/* Pitches stay between 440 Hz and 1.2 kHz: high enough for small laptop
 * speakers, low enough for ears that have lost some of the high range with
 * age. The cues differ in rhythm as much as in pitch.
 */
static const CueShape cue_shapes[] = {
  /* Get ready: two soft beeps on E5. */
  [UPRIGHT_CUE_GET_READY] = { 2, {
    { 659.26,   0, 110, 0.45, 0 },
    { 659.26, 260, 110, 0.45, 0 },
  } },
  /* Go: one longer, brighter tone on A5. */
  [UPRIGHT_CUE_GO] = { 1, {
    { 880.00,   0, 450, 0.70, 0 },
  } },
  /* Countdown: a short, quiet tick on D6. */
  [UPRIGHT_CUE_COUNTDOWN] = { 1, {
    { 1174.66,  0,  70, 0.50, 0 },
  } },
  /* Rest: a fourth down, D5 to a longer A4, that settles. */
  [UPRIGHT_CUE_REST] = { 2, {
    { 587.33,   0, 160, 0.55, 0 },
    { 440.00, 200, 320, 0.60, 0 },
  } },
  /* Done: a rising C major chime whose notes ring into each other. */
  [UPRIGHT_CUE_DONE] = { 3, {
    { 523.25,   0, 380, 0.45, 180 },
    { 659.26, 160, 380, 0.45, 180 },
    { 783.99, 320, 580, 0.45, 260 },
  } },
};

static inline gsize
ms_to_samples (guint ms)
{
  return (gsize) ms * UPRIGHT_CUE_SOUND_RATE / 1000;
}

static inline double
fade (double x)
{
  return 0.5 - 0.5 * cos (G_PI * x);
}

static void
add_note (const Note *note,
          double     *out)
{
  gsize length = ms_to_samples (note->length_ms);
  gsize attack = MIN (ms_to_samples (ATTACK_MS), length / 3);
  gsize release = MIN (ms_to_samples (RELEASE_MS), length / 3);
  double step = 2 * G_PI * note->freq / UPRIGHT_CUE_SOUND_RATE;
  double decay = note->decay_ms > 0 ? (double) ms_to_samples (note->decay_ms) : 0;

  g_assert (attack > 0 && release > 0);

  for (gsize i = 0; i < length; i++)
    {
      double envelope = note->amplitude;

      if (i < attack)
        envelope *= fade ((double) i / attack);
      if (i >= length - release)
        envelope *= fade ((double) (length - 1 - i) / release);
      if (decay > 0)
        envelope *= exp (-(double) i / decay);

      out[i] += envelope * sin (step * i);
    }
}

/**
 * upright_cue_sound_render:
 * @cue: a cue
 * @volume: from 0 to 1
 * @n_samples: (out): return location for the number of samples
 *
 * Renders @cue as mono signed 16-bit samples at %UPRIGHT_CUE_SOUND_RATE.
 *
 * Returns: (transfer full): the samples, free with g_free()
 */
gint16 *
upright_cue_sound_render (UprightCue  cue,
                          double      volume,
                          gsize      *n_samples)
{
  const CueShape *shape;
  g_autofree double *mix = NULL;
  gint16 *samples;
  gsize n = 0;

  g_return_val_if_fail ((guint) cue < G_N_ELEMENTS (cue_shapes), NULL);
  g_return_val_if_fail (n_samples != NULL, NULL);

  shape = &cue_shapes[cue];
  volume = CLAMP (volume, 0.0, 1.0);

  for (guint i = 0; i < shape->n_notes; i++)
    n = MAX (n, ms_to_samples (shape->notes[i].start_ms + shape->notes[i].length_ms));

  mix = g_new0 (double, n);
  for (guint i = 0; i < shape->n_notes; i++)
    add_note (&shape->notes[i], mix + ms_to_samples (shape->notes[i].start_ms));

  samples = g_new (gint16, n);
  for (gsize i = 0; i < n; i++)
    {
      double value = round (mix[i] * volume * G_MAXINT16);

      samples[i] = (gint16) CLAMP (value, -G_MAXINT16, G_MAXINT16);
    }

  *n_samples = n;

  return samples;
}

static void
mark_unavailable (UprightCueSound *self,
                  const char      *reason)
{
  g_debug ("Sound cues are unavailable: %s", reason);

  self->playing = FALSE;
  if (self->pipeline != NULL)
    gst_element_set_state (self->pipeline, GST_STATE_NULL);

  if (!self->available)
    return;

  self->available = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AVAILABLE]);
}

/* Stale messages belong to a cue that has already been stopped: its end of
 * stream means nothing any more, but its errors still say that the output
 * does not work.
 */
static void
handle_message (UprightCueSound *self,
                GstMessage      *message,
                gboolean         stale)
{
  switch (GST_MESSAGE_TYPE (message))
    {
    case GST_MESSAGE_ERROR:
      {
        g_autoptr(GError) error = NULL;
        g_autofree char *debug = NULL;

        gst_message_parse_error (message, &error, &debug);
        g_debug ("Sound cue error from %s: %s (%s)",
                 GST_MESSAGE_SRC_NAME (message), error->message, debug ? debug : "");
        mark_unavailable (self, error->message);
      }
      break;

    case GST_MESSAGE_WARNING:
      {
        g_autoptr(GError) error = NULL;
        g_autofree char *debug = NULL;

        gst_message_parse_warning (message, &error, &debug);
        g_debug ("Sound cue warning from %s: %s (%s)",
                 GST_MESSAGE_SRC_NAME (message), error->message, debug ? debug : "");

        /* The automatic sink warns, and falls back to discarding the sound,
         * when it cannot open any audio device.
         */
        if (GST_MESSAGE_SRC (message) == GST_OBJECT (self->sink))
          mark_unavailable (self, error->message);
      }
      break;

    case GST_MESSAGE_EOS:
      if (!stale && self->playing)
        {
          self->playing = FALSE;
          /* Back to READY releases the stream but keeps the device open
           * for the next cue.
           */
          gst_element_set_state (self->pipeline, GST_STATE_READY);
          g_signal_emit (self, signals[PLAYED], 0, (guint) self->cue);
        }
      break;

    default:
      break;
    }
}

static gboolean
bus_message_cb (GstBus     *bus,
                GstMessage *message,
                gpointer    user_data)
{
  handle_message (UPRIGHT_CUE_SOUND (user_data), message, FALSE);

  return G_SOURCE_CONTINUE;
}

static void
drain_bus (UprightCueSound *self)
{
  g_autoptr(GstBus) bus = gst_element_get_bus (self->pipeline);
  GstMessage *message;

  while ((message = gst_bus_pop (bus)) != NULL)
    {
      handle_message (self, message, TRUE);
      gst_message_unref (message);
    }
}

static GstElement *
add_element (GstElement *pipeline,
             const char *factory_name)
{
  GstElement *element = gst_element_factory_make (factory_name, NULL);

  if (element == NULL)
    {
      g_debug ("Sound cues: there is no GStreamer element %s", factory_name);
      return NULL;
    }

  gst_bin_add (GST_BIN (pipeline), element);

  return element;
}

static gboolean
ensure_pipeline (UprightCueSound *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GstElement) pipeline = NULL;
  g_autoptr(GstCaps) caps = NULL;
  g_autoptr(GstBus) bus = NULL;
  GstElement *source, *convert, *resample, *sink;

  if (self->pipeline != NULL)
    return TRUE;

  if (!upright_media_ensure_init (&error))
    {
      mark_unavailable (self, error->message);
      return FALSE;
    }

  pipeline = gst_object_ref_sink (gst_pipeline_new ("upright-cue-sound"));

  if ((source = add_element (pipeline, "appsrc")) == NULL ||
      (convert = add_element (pipeline, "audioconvert")) == NULL ||
      (resample = add_element (pipeline, "audioresample")) == NULL ||
      (sink = add_element (pipeline, self->sink_name)) == NULL)
    {
      mark_unavailable (self, "an element is missing");
      return FALSE;
    }

  if (!gst_element_link_many (source, convert, resample, sink, NULL))
    {
      mark_unavailable (self, "the elements do not link");
      return FALSE;
    }

  caps = gst_caps_new_simple ("audio/x-raw",
                              "format", G_TYPE_STRING,
                              G_BYTE_ORDER == G_LITTLE_ENDIAN ? "S16LE" : "S16BE",
                              "layout", G_TYPE_STRING, "interleaved",
                              "rate", G_TYPE_INT, UPRIGHT_CUE_SOUND_RATE,
                              "channels", G_TYPE_INT, 1,
                              NULL);
  gst_app_src_set_caps (GST_APP_SRC (source), caps);
  gst_app_src_set_stream_type (GST_APP_SRC (source), GST_APP_STREAM_TYPE_STREAM);
  g_object_set (source, "format", GST_FORMAT_TIME, NULL);

  /* Tests and headless machines discard the sound; they need not wait for
   * it to play in real time.
   */
  if (g_str_equal (self->sink_name, "fakesink"))
    g_object_set (sink, "sync", FALSE, NULL);

  bus = gst_element_get_bus (pipeline);
  gst_bus_add_watch (bus, bus_message_cb, self);

  self->source = source;
  self->sink = sink;
  self->pipeline = g_steal_pointer (&pipeline);

  return TRUE;
}

/**
 * upright_cue_sound_play:
 * @self: a cue sound
 * @cue: the cue to play
 *
 * Plays @cue, stopping a cue that is still playing. Does nothing when cues
 * are disabled, silent or unavailable. #UprightCueSound::played is emitted
 * when @cue has played to its end.
 */
void
upright_cue_sound_play (UprightCueSound *self,
                        UprightCue       cue)
{
  g_autofree gint16 *samples = NULL;
  GstBuffer *buffer;
  gsize n_samples;

  g_return_if_fail (UPRIGHT_IS_CUE_SOUND (self));
  g_return_if_fail ((guint) cue < G_N_ELEMENTS (cue_shapes));

  if (!self->enabled || self->volume <= 0.0 || !self->available)
    return;

  if (!ensure_pipeline (self))
    return;

  /* READY stops the streaming thread, so whatever is on the bus afterwards
   * came from the cue this one replaces.
   */
  self->playing = FALSE;
  if (gst_element_set_state (self->pipeline, GST_STATE_READY) == GST_STATE_CHANGE_FAILURE)
    {
      drain_bus (self);
      mark_unavailable (self, "the audio output does not open");
      return;
    }

  drain_bus (self);
  if (!self->available)
    return;

  if (gst_element_set_state (self->pipeline, GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE)
    {
      drain_bus (self);
      mark_unavailable (self, "the audio output does not start");
      return;
    }

  samples = upright_cue_sound_render (cue, self->volume, &n_samples);
  buffer = gst_buffer_new_wrapped (g_steal_pointer (&samples), n_samples * sizeof (gint16));
  GST_BUFFER_PTS (buffer) = 0;
  GST_BUFFER_DURATION (buffer) = gst_util_uint64_scale (n_samples, GST_SECOND,
                                                        UPRIGHT_CUE_SOUND_RATE);

  self->cue = cue;
  self->playing = TRUE;

  gst_app_src_push_buffer (GST_APP_SRC (self->source), buffer);
  gst_app_src_end_of_stream (GST_APP_SRC (self->source));
}

/* Only for tests: the pipeline, or %NULL before the first cue. */
GstElement *
upright_cue_sound_get_pipeline (UprightCueSound *self)
{
  g_return_val_if_fail (UPRIGHT_IS_CUE_SOUND (self), NULL);

  return self->pipeline;
}

gboolean
upright_cue_sound_get_enabled (UprightCueSound *self)
{
  g_return_val_if_fail (UPRIGHT_IS_CUE_SOUND (self), FALSE);

  return self->enabled;
}

/**
 * upright_cue_sound_set_enabled:
 * @self: a cue sound
 * @enabled: whether to play cues
 *
 * Turning cues off also silences a cue that is playing.
 */
void
upright_cue_sound_set_enabled (UprightCueSound *self,
                               gboolean         enabled)
{
  g_return_if_fail (UPRIGHT_IS_CUE_SOUND (self));

  enabled = !!enabled;
  if (self->enabled == enabled)
    return;

  self->enabled = enabled;

  if (!enabled && self->playing)
    {
      self->playing = FALSE;
      gst_element_set_state (self->pipeline, GST_STATE_READY);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENABLED]);
}

double
upright_cue_sound_get_volume (UprightCueSound *self)
{
  g_return_val_if_fail (UPRIGHT_IS_CUE_SOUND (self), 0.0);

  return self->volume;
}

/**
 * upright_cue_sound_set_volume:
 * @self: a cue sound
 * @volume: from 0 (silent) to 1
 *
 * Sets the volume of the cues played from now on.
 */
void
upright_cue_sound_set_volume (UprightCueSound *self,
                              double           volume)
{
  g_return_if_fail (UPRIGHT_IS_CUE_SOUND (self));
  g_return_if_fail (volume >= 0.0 && volume <= 1.0);

  if (self->volume == volume)
    return;

  self->volume = volume;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOLUME]);
}

/**
 * upright_cue_sound_get_available:
 * @self: a cue sound
 *
 * Returns: %FALSE once it turned out that no audio output works
 */
gboolean
upright_cue_sound_get_available (UprightCueSound *self)
{
  g_return_val_if_fail (UPRIGHT_IS_CUE_SOUND (self), FALSE);

  return self->available;
}

UprightCueSound *
upright_cue_sound_new (void)
{
  return g_object_new (UPRIGHT_TYPE_CUE_SOUND, NULL);
}

static void
upright_cue_sound_dispose (GObject *object)
{
  UprightCueSound *self = UPRIGHT_CUE_SOUND (object);

  if (self->pipeline != NULL)
    {
      g_autoptr(GstBus) bus = gst_element_get_bus (self->pipeline);

      gst_bus_remove_watch (bus);
      gst_element_set_state (self->pipeline, GST_STATE_NULL);
      self->source = NULL;
      self->sink = NULL;
      gst_clear_object (&self->pipeline);
    }

  G_OBJECT_CLASS (upright_cue_sound_parent_class)->dispose (object);
}

static void
upright_cue_sound_finalize (GObject *object)
{
  UprightCueSound *self = UPRIGHT_CUE_SOUND (object);

  g_free (self->sink_name);

  G_OBJECT_CLASS (upright_cue_sound_parent_class)->finalize (object);
}

static void
upright_cue_sound_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  UprightCueSound *self = UPRIGHT_CUE_SOUND (object);

  switch (prop_id)
    {
    case PROP_ENABLED:
      g_value_set_boolean (value, self->enabled);
      break;

    case PROP_VOLUME:
      g_value_set_double (value, self->volume);
      break;

    case PROP_AVAILABLE:
      g_value_set_boolean (value, self->available);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
upright_cue_sound_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  UprightCueSound *self = UPRIGHT_CUE_SOUND (object);

  switch (prop_id)
    {
    case PROP_ENABLED:
      upright_cue_sound_set_enabled (self, g_value_get_boolean (value));
      break;

    case PROP_VOLUME:
      upright_cue_sound_set_volume (self, g_value_get_double (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
upright_cue_sound_class_init (UprightCueSoundClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = upright_cue_sound_dispose;
  object_class->finalize = upright_cue_sound_finalize;
  object_class->get_property = upright_cue_sound_get_property;
  object_class->set_property = upright_cue_sound_set_property;

  /**
   * UprightCueSound:enabled:
   *
   * Whether cues are played at all.
   */
  properties[PROP_ENABLED] =
    g_param_spec_boolean ("enabled", NULL, NULL,
                          TRUE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * UprightCueSound:volume:
   *
   * The volume of the cues, from 0 (silent) to 1.
   */
  properties[PROP_VOLUME] =
    g_param_spec_double ("volume", NULL, NULL,
                         0.0, 1.0, DEFAULT_VOLUME,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * UprightCueSound:available:
   *
   * %FALSE once it turned out that no audio output works; cues are then
   * ignored.
   */
  properties[PROP_AVAILABLE] =
    g_param_spec_boolean ("available", NULL, NULL,
                          TRUE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * UprightCueSound::played:
   * @self: a cue sound
   * @cue: the #UprightCue
   *
   * Emitted when a cue has played to its end. A cue that another one
   * replaced before it was reported to end is not reported at all.
   */
  signals[PLAYED] =
    g_signal_new ("played",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  g_cclosure_marshal_VOID__UINT,
                  G_TYPE_NONE, 1, G_TYPE_UINT);
  g_signal_set_va_marshaller (signals[PLAYED],
                              G_TYPE_FROM_CLASS (klass),
                              g_cclosure_marshal_VOID__UINTv);
}

static void
upright_cue_sound_init (UprightCueSound *self)
{
  const char *sink_name = g_getenv ("UPRIGHT_AUDIO_SINK");

  /* Tests and headless builds name another sink, such as fakesink. */
  self->sink_name = g_strdup (sink_name != NULL && *sink_name != '\0' ? sink_name : DEFAULT_SINK);
  self->volume = DEFAULT_VOLUME;
  self->enabled = TRUE;
  self->available = TRUE;
}
