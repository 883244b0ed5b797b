/* test-cue-sound.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "media/upright-cue-sound-private.h"

#define N_CUES (UPRIGHT_CUE_DONE + 1)
#define FULL_SCALE ((double) G_MAXINT16)

/* Long enough for a cue on a loaded machine; the sink discards the sound, so
 * a cue normally ends in a few milliseconds.
 */
#define PLAY_TIMEOUT_MS 10000
/* How long to wait before concluding that nothing is coming. */
#define QUIET_MS 300

typedef struct {
  UprightCueSound *cues;
  GMainLoop       *loop;
  GArray          *played;
  guint            wanted;
  guint            available_notifies;
  gboolean         timed_out;
  gint64           replaced_at;

  /* The ends of cues posted on the pipeline's bus, counted as they are
   * posted, on GStreamer's threads, whether or not the main loop runs. */
  GMutex           eos_lock;
  GCond            eos_posted;
  guint            n_eos;
} Fixture;

static void
played_cb (UprightCueSound *cues,
           guint            cue,
           Fixture         *f)
{
  g_array_append_val (f->played, cue);

  if (f->played->len >= f->wanted)
    g_main_loop_quit (f->loop);
}

static void
notify_available_cb (UprightCueSound *cues,
                     GParamSpec      *pspec,
                     Fixture         *f)
{
  f->available_notifies++;
  g_main_loop_quit (f->loop);
}

static gboolean
timeout_cb (gpointer user_data)
{
  Fixture *f = user_data;

  f->timed_out = TRUE;
  g_main_loop_quit (f->loop);

  return G_SOURCE_REMOVE;
}

/* The sink is named in the environment before the object is created: in
 * main() for the tests that discard the sound, and at the start of the
 * subprocesses that try other sinks.
 */
static void
fixture_set_up (Fixture    *f,
                const char *sink_name)
{
  if (sink_name != NULL)
    g_setenv ("UPRIGHT_AUDIO_SINK", sink_name, TRUE);

  g_mutex_init (&f->eos_lock);
  g_cond_init (&f->eos_posted);
  f->cues = upright_cue_sound_new ();
  f->loop = g_main_loop_new (NULL, FALSE);
  f->played = g_array_new (FALSE, FALSE, sizeof (guint));
  g_signal_connect (f->cues, "played", G_CALLBACK (played_cb), f);
  g_signal_connect (f->cues, "notify::available", G_CALLBACK (notify_available_cb), f);
}

static GstBusSyncReply
count_eos_cb (GstBus     *bus,
              GstMessage *message,
              gpointer    user_data)
{
  Fixture *f = user_data;

  if (GST_MESSAGE_TYPE (message) == GST_MESSAGE_EOS)
    {
      g_mutex_lock (&f->eos_lock);
      f->n_eos++;
      g_cond_broadcast (&f->eos_posted);
      g_mutex_unlock (&f->eos_lock);
    }

  return GST_BUS_PASS;
}

/* Counts the ends of cues from now on; the pipeline must exist, so a cue
 * must have played. */
static void
count_eos (Fixture *f)
{
  GstElement *pipeline = upright_cue_sound_get_pipeline (f->cues);
  g_autoptr(GstBus) bus = NULL;

  g_assert_nonnull (pipeline);
  bus = gst_element_get_bus (pipeline);
  gst_bus_set_sync_handler (bus, count_eos_cb, f, NULL);
}

static guint
get_n_eos (Fixture *f)
{
  guint n;

  g_mutex_lock (&f->eos_lock);
  n = f->n_eos;
  g_mutex_unlock (&f->eos_lock);

  return n;
}

/* Blocks the main loop, as other work would, until the end of a cue has
 * been posted: it is then on the bus, not yet handled. */
static void
block_until_eos (Fixture *f,
                 guint    n_eos)
{
  gint64 deadline = g_get_monotonic_time () + PLAY_TIMEOUT_MS * G_TIME_SPAN_MILLISECOND;

  g_mutex_lock (&f->eos_lock);
  while (f->n_eos < n_eos)
    if (!g_cond_wait_until (&f->eos_posted, &f->eos_lock, deadline))
      g_error ("The end of the cue was never posted");
  g_mutex_unlock (&f->eos_lock);
}

static void
fixture_tear_down (Fixture *f)
{
  GstElement *pipeline = upright_cue_sound_get_pipeline (f->cues);

  if (pipeline != NULL)
    {
      g_autoptr(GstBus) bus = gst_element_get_bus (pipeline);

      gst_bus_set_sync_handler (bus, NULL, NULL, NULL);
    }
  g_assert_finalize_object (f->cues);
  g_main_loop_unref (f->loop);
  g_array_unref (f->played);
  g_mutex_clear (&f->eos_lock);
  g_cond_clear (&f->eos_posted);
}

/* Runs the main loop until @n cues in all have been reported, or until
 * @timeout_ms have passed; returns whether it timed out.
 */
static gboolean
run (Fixture *f,
     guint    n,
     guint    timeout_ms)
{
  guint id;

  f->wanted = n;
  f->timed_out = FALSE;
  if (f->played->len >= n)
    return FALSE;

  id = g_timeout_add (timeout_ms, timeout_cb, f);
  g_main_loop_run (f->loop);
  if (!f->timed_out)
    g_source_remove (id);

  return f->timed_out;
}

static void
wait_for_played (Fixture *f,
                 guint    n)
{
  if (run (f, n, PLAY_TIMEOUT_MS))
    g_error ("Only %u of %u cues were reported played", f->played->len, n);
}

static void
wait_quietly (Fixture *f)
{
  run (f, G_MAXUINT, QUIET_MS);
}

static guint
played_at (Fixture *f,
           guint    i)
{
  return g_array_index (f->played, guint, i);
}

/* The power of one frequency in the samples (the Goertzel algorithm). */
static double
power_at (const gint16 *samples,
          gsize         n,
          double        freq)
{
  double coeff = 2 * cos (2 * G_PI * freq / UPRIGHT_CUE_SOUND_RATE);
  double q1 = 0, q2 = 0;

  for (gsize i = 0; i < n; i++)
    {
      double q0 = coeff * q1 - q2 + samples[i];

      q2 = q1;
      q1 = q0;
    }

  return q1 * q1 + q2 * q2 - coeff * q1 * q2;
}

/* The loudest of the notes the cues use, and a few they do not. */
static double
dominant_frequency (const gint16 *samples,
                    gsize         n)
{
  static const double candidates[] = {
    330.0, 440.0, 523.25, 587.33, 659.26, 783.99, 880.0, 1000.0, 1174.66, 1500.0, 2000.0,
  };
  double best = 0, best_power = -1;

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      double power = power_at (samples, n, candidates[i]);

      if (power > best_power)
        {
          best = candidates[i];
          best_power = power;
        }
    }

  return best;
}

static int
peak (const gint16 *samples,
      gsize         n)
{
  int max = 0;

  for (gsize i = 0; i < n; i++)
    max = MAX (max, ABS ((int) samples[i]));

  return max;
}

static gsize
ms (guint milliseconds)
{
  return (gsize) milliseconds * UPRIGHT_CUE_SOUND_RATE / 1000;
}

static void
test_cue_sound_defaults (void)
{
  Fixture f = { 0 };
  gboolean enabled, available;
  double volume;

  fixture_set_up (&f, NULL);

  g_object_get (f.cues, "enabled", &enabled, "volume", &volume, "available", &available, NULL);
  g_assert_true (enabled);
  g_assert_cmpfloat (volume, ==, 0.7);
  g_assert_true (available);
  /* GStreamer is not touched before the first cue. */
  g_assert_null (upright_cue_sound_get_pipeline (f.cues));

  upright_cue_sound_set_volume (f.cues, 0.25);
  g_assert_cmpfloat (upright_cue_sound_get_volume (f.cues), ==, 0.25);
  upright_cue_sound_set_enabled (f.cues, FALSE);
  g_assert_false (upright_cue_sound_get_enabled (f.cues));

  fixture_tear_down (&f);
}

static void
test_cue_sound_render_duration (void)
{
  for (guint cue = 0; cue < N_CUES; cue++)
    {
      gsize n = 0;
      g_autofree gint16 *samples = upright_cue_sound_render (cue, 1.0, &n);

      g_assert_nonnull (samples);
      g_assert_cmpuint (n, >=, ms (50));
      g_assert_cmpuint (n, <=, UPRIGHT_CUE_SOUND_RATE);
    }
}

static void
test_cue_sound_render_no_clicks (void)
{
  for (guint cue = 0; cue < N_CUES; cue++)
    {
      gsize n = 0;
      g_autofree gint16 *samples = upright_cue_sound_render (cue, 1.0, &n);
      int cue_peak = peak (samples, n);

      /* The first and last samples are silent, and the first and last
       * milliseconds are still fading. */
      g_assert_cmpint (ABS (samples[0]), <=, 0.01 * FULL_SCALE);
      g_assert_cmpint (ABS (samples[n - 1]), <=, 0.01 * FULL_SCALE);
      g_assert_cmpint (peak (samples, ms (1)), <, 0.2 * cue_peak);
      g_assert_cmpint (peak (samples + n - ms (1), ms (1)), <, 0.2 * cue_peak);

      /* No jump between neighbouring samples is larger than the steepest
       * slope of the highest note at full scale. */
      for (gsize i = 1; i < n; i++)
        g_assert_cmpint (ABS (samples[i] - samples[i - 1]), <=,
                         2 * G_PI * 1200 / UPRIGHT_CUE_SOUND_RATE * FULL_SCALE);
    }
}

static void
test_cue_sound_render_pitch (void)
{
  static const double expected[N_CUES] = {
    [UPRIGHT_CUE_GET_READY] = 659.26,
    [UPRIGHT_CUE_GO] = 880.0,
    [UPRIGHT_CUE_COUNTDOWN] = 1174.66,
    [UPRIGHT_CUE_REST] = 440.0,
    [UPRIGHT_CUE_DONE] = 783.99,
  };
  gsize lengths[N_CUES];
  double pitches[N_CUES];

  for (guint cue = 0; cue < N_CUES; cue++)
    {
      g_autofree gint16 *samples = upright_cue_sound_render (cue, 1.0, &lengths[cue]);

      pitches[cue] = dominant_frequency (samples, lengths[cue]);
      g_assert_cmpfloat (pitches[cue], ==, expected[cue]);
    }

  /* Go, rest and the countdown tick are told apart by pitch alone. */
  g_assert_cmpfloat (pitches[UPRIGHT_CUE_GO], !=, pitches[UPRIGHT_CUE_REST]);
  g_assert_cmpfloat (pitches[UPRIGHT_CUE_GO], !=, pitches[UPRIGHT_CUE_COUNTDOWN]);
  g_assert_cmpfloat (pitches[UPRIGHT_CUE_REST], !=, pitches[UPRIGHT_CUE_COUNTDOWN]);

  /* Every cue differs from every other in pitch or length. */
  for (guint a = 0; a < N_CUES; a++)
    for (guint b = a + 1; b < N_CUES; b++)
      g_assert_true (pitches[a] != pitches[b] || lengths[a] != lengths[b]);

  /* Rest falls and done rises. */
  {
    gsize n;
    g_autofree gint16 *rest = upright_cue_sound_render (UPRIGHT_CUE_REST, 1.0, &n);
    g_autofree gint16 *done = NULL;

    g_assert_cmpfloat (dominant_frequency (rest, ms (150)), ==, 587.33);
    g_assert_cmpfloat (dominant_frequency (rest + n - ms (200), ms (200)), ==, 440.0);

    done = upright_cue_sound_render (UPRIGHT_CUE_DONE, 1.0, &n);
    g_assert_cmpfloat (dominant_frequency (done, ms (150)), ==, 523.25);
    g_assert_cmpfloat (dominant_frequency (done + n - ms (200), ms (200)), ==, 783.99);
  }

  /* Get ready is two beeps: silence between them. */
  {
    gsize n;
    g_autofree gint16 *ready = upright_cue_sound_render (UPRIGHT_CUE_GET_READY, 1.0, &n);

    g_assert_cmpint (peak (ready + ms (120), ms (130)), ==, 0);
    g_assert_cmpint (peak (ready + ms (270), ms (80)), >, 0.3 * FULL_SCALE);
  }
}

static void
test_cue_sound_render_volume (void)
{
  for (guint cue = 0; cue < N_CUES; cue++)
    {
      gsize n_full, n_half, n_silent;
      g_autofree gint16 *full = upright_cue_sound_render (cue, 1.0, &n_full);
      g_autofree gint16 *half = upright_cue_sound_render (cue, 0.5, &n_half);
      g_autofree gint16 *silent = upright_cue_sound_render (cue, 0.0, &n_silent);
      int full_peak = peak (full, n_full);

      g_assert_cmpuint (n_full, ==, n_half);
      g_assert_cmpuint (n_full, ==, n_silent);

      /* Loud enough to hear, with headroom for the resampler. */
      g_assert_cmpint (full_peak, >=, 0.4 * FULL_SCALE);
      g_assert_cmpint (full_peak, <=, 0.75 * FULL_SCALE);
      g_assert_cmpint (ABS (2 * peak (half, n_half) - full_peak), <=, 2);
      g_assert_cmpint (peak (silent, n_silent), ==, 0);
    }
}

static void
test_cue_sound_play_each (void)
{
  Fixture f = { 0 };
  GstElement *pipeline = NULL;

  fixture_set_up (&f, NULL);

  for (guint cue = 0; cue < N_CUES; cue++)
    {
      upright_cue_sound_play (f.cues, cue);
      wait_for_played (&f, cue + 1);
      g_assert_cmpuint (played_at (&f, cue), ==, cue);

      /* One pipeline serves every cue. */
      if (cue == 0)
        pipeline = upright_cue_sound_get_pipeline (f.cues);
      g_assert_nonnull (pipeline);
      g_assert_true (upright_cue_sound_get_pipeline (f.cues) == pipeline);
    }

  /* Each cue is reported once. */
  wait_quietly (&f);
  g_assert_cmpuint (f.played->len, ==, N_CUES);
  g_assert_true (upright_cue_sound_get_available (f.cues));
  g_assert_cmpuint (f.available_notifies, ==, 0);

  fixture_tear_down (&f);
}

static void
test_cue_sound_play_again (void)
{
  Fixture f = { 0 };

  fixture_set_up (&f, NULL);

  /* The same cue twice in a row, as the countdown does. */
  upright_cue_sound_play (f.cues, UPRIGHT_CUE_COUNTDOWN);
  wait_for_played (&f, 1);
  upright_cue_sound_play (f.cues, UPRIGHT_CUE_COUNTDOWN);
  wait_for_played (&f, 2);
  g_assert_cmpuint (played_at (&f, 0), ==, UPRIGHT_CUE_COUNTDOWN);
  g_assert_cmpuint (played_at (&f, 1), ==, UPRIGHT_CUE_COUNTDOWN);

  fixture_tear_down (&f);
}

static void
test_cue_sound_disabled (void)
{
  Fixture f = { 0 };

  fixture_set_up (&f, NULL);

  g_object_set (f.cues, "enabled", FALSE, NULL);
  upright_cue_sound_play (f.cues, UPRIGHT_CUE_GO);
  wait_quietly (&f);
  g_assert_cmpuint (f.played->len, ==, 0);
  g_assert_null (upright_cue_sound_get_pipeline (f.cues));

  g_object_set (f.cues, "enabled", TRUE, "volume", 0.0, NULL);
  upright_cue_sound_play (f.cues, UPRIGHT_CUE_GO);
  wait_quietly (&f);
  g_assert_cmpuint (f.played->len, ==, 0);
  g_assert_null (upright_cue_sound_get_pipeline (f.cues));

  fixture_tear_down (&f);
}

static void
test_cue_sound_disable_while_playing (void)
{
  Fixture f = { 0 };

  fixture_set_up (&f, NULL);

  /* The cue may have reached the sink already, but turning cues off before
   * its end is reported silences it.
   */
  upright_cue_sound_play (f.cues, UPRIGHT_CUE_DONE);
  upright_cue_sound_set_enabled (f.cues, FALSE);
  wait_quietly (&f);
  g_assert_cmpuint (f.played->len, ==, 0);

  upright_cue_sound_set_enabled (f.cues, TRUE);
  upright_cue_sound_play (f.cues, UPRIGHT_CUE_GO);
  wait_for_played (&f, 1);
  g_assert_cmpuint (played_at (&f, 0), ==, UPRIGHT_CUE_GO);

  fixture_tear_down (&f);
}

static void
test_cue_sound_replace (void)
{
  Fixture f = { 0 };
  guint n_eos;

  fixture_set_up (&f, NULL);

  /* The first cue's end is on the bus, but not yet handled, when the second
   * cue starts: only the second is reported.
   */
  upright_cue_sound_play (f.cues, UPRIGHT_CUE_COUNTDOWN);
  wait_for_played (&f, 1);
  count_eos (&f);
  n_eos = get_n_eos (&f);

  upright_cue_sound_play (f.cues, UPRIGHT_CUE_GO);
  block_until_eos (&f, n_eos + 1);
  upright_cue_sound_play (f.cues, UPRIGHT_CUE_REST);
  wait_for_played (&f, 2);
  wait_quietly (&f);
  g_assert_cmpuint (f.played->len, ==, 2);
  g_assert_cmpuint (played_at (&f, 1), ==, UPRIGHT_CUE_REST);

  /* Likewise for several cues in quick succession. */
  upright_cue_sound_play (f.cues, UPRIGHT_CUE_COUNTDOWN);
  upright_cue_sound_play (f.cues, UPRIGHT_CUE_COUNTDOWN);
  upright_cue_sound_play (f.cues, UPRIGHT_CUE_DONE);
  wait_for_played (&f, 3);
  wait_quietly (&f);
  g_assert_cmpuint (f.played->len, ==, 3);
  g_assert_cmpuint (played_at (&f, 2), ==, UPRIGHT_CUE_DONE);

  fixture_tear_down (&f);
}

/* Makes the sink of a pipeline that already played take real time, as an
 * audio device does.
 */
static void
play_in_real_time (UprightCueSound *cues)
{
  GstElement *pipeline = upright_cue_sound_get_pipeline (cues);
  g_autoptr(GstIterator) sinks = NULL;
  GValue item = G_VALUE_INIT;

  g_assert_nonnull (pipeline);
  sinks = gst_bin_iterate_sinks (GST_BIN (pipeline));
  g_assert_cmpint (gst_iterator_next (sinks, &item), ==, GST_ITERATOR_OK);
  g_object_set (g_value_get_object (&item), "sync", TRUE, NULL);
  g_value_unset (&item);
}

static guint
elapsed_ms (gint64 since)
{
  return (g_get_monotonic_time () - since) / G_TIME_SPAN_MILLISECOND;
}

static gboolean
play_cb (gpointer user_data)
{
  Fixture *f = user_data;

  upright_cue_sound_play (f->cues, UPRIGHT_CUE_GO);
  f->replaced_at = g_get_monotonic_time ();

  return G_SOURCE_REMOVE;
}

static void
test_cue_sound_real_time (void)
{
  Fixture f = { 0 };
  gint64 start;
  guint n_eos;

  fixture_set_up (&f, NULL);

  upright_cue_sound_play (f.cues, UPRIGHT_CUE_COUNTDOWN);
  wait_for_played (&f, 1);
  play_in_real_time (f.cues);

  /* A cue is reported when it has played to its end. */
  start = g_get_monotonic_time ();
  upright_cue_sound_play (f.cues, UPRIGHT_CUE_GO);
  wait_for_played (&f, 2);
  g_assert_cmpuint (played_at (&f, 1), ==, UPRIGHT_CUE_GO);
  g_assert_cmpuint (elapsed_ms (start), >=, 400);

  /* A new cue cuts the one that is playing short; only the new one is
   * reported, at its own end.
   */
  upright_cue_sound_play (f.cues, UPRIGHT_CUE_DONE);
  g_timeout_add (150, play_cb, &f);
  wait_for_played (&f, 3);
  g_assert_cmpuint (played_at (&f, 2), ==, UPRIGHT_CUE_GO);
  g_assert_cmpuint (elapsed_ms (f.replaced_at), >=, 400);

  /* The end of a cue that had played out, but was not yet reported when the
   * next one started, is not taken for the end of the next one.
   */
  count_eos (&f);
  n_eos = get_n_eos (&f);
  upright_cue_sound_play (f.cues, UPRIGHT_CUE_GO);
  block_until_eos (&f, n_eos + 1);
  start = g_get_monotonic_time ();
  upright_cue_sound_play (f.cues, UPRIGHT_CUE_REST);
  wait_for_played (&f, 4);
  g_assert_cmpuint (played_at (&f, 3), ==, UPRIGHT_CUE_REST);
  g_assert_cmpuint (elapsed_ms (start), >=, 450);

  wait_quietly (&f);
  g_assert_cmpuint (f.played->len, ==, 4);

  fixture_tear_down (&f);
}

/* The tests below run in subprocesses that name their sink before GStreamer
 * starts. Warnings are fatal in tests, so each also checks that an audio
 * output that does not work is not reported as a warning.
 */
static void
assert_unavailable_after_play (Fixture *f)
{
  /* Later cues do nothing, and say nothing. */
  upright_cue_sound_play (f->cues, UPRIGHT_CUE_REST);
  upright_cue_sound_play (f->cues, UPRIGHT_CUE_DONE);
  wait_quietly (f);

  g_assert_false (upright_cue_sound_get_available (f->cues));
  g_assert_cmpuint (f->available_notifies, ==, 1);
  g_assert_cmpuint (f->played->len, ==, 0);
}

static void
test_cue_sound_missing_sink (void)
{
  Fixture f = { 0 };

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_passed ();
      return;
    }

  fixture_set_up (&f, "upright-no-such-sink");

  /* Known at once. */
  upright_cue_sound_play (f.cues, UPRIGHT_CUE_GO);
  g_assert_false (upright_cue_sound_get_available (f.cues));
  assert_unavailable_after_play (&f);

  fixture_tear_down (&f);
}

static void
test_cue_sound_failing_sink (void)
{
  Fixture f = { 0 };

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_passed ();
      return;
    }

  /* A file sink without a file name cannot start. */
  fixture_set_up (&f, "filesink");

  upright_cue_sound_play (f.cues, UPRIGHT_CUE_GO);
  g_assert_false (upright_cue_sound_get_available (f.cues));
  assert_unavailable_after_play (&f);

  fixture_tear_down (&f);
}

static void
test_cue_sound_error_while_playing (void)
{
  Fixture f = { 0 };

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_passed ();
      return;
    }

  /* The pipeline starts, but its end is not a sink: the error arrives on the
   * bus from the streaming thread.
   */
  fixture_set_up (&f, "identity");

  upright_cue_sound_play (f.cues, UPRIGHT_CUE_GO);
  if (f.available_notifies == 0)
    run (&f, G_MAXUINT, PLAY_TIMEOUT_MS);
  g_assert_false (upright_cue_sound_get_available (f.cues));
  assert_unavailable_after_play (&f);

  fixture_tear_down (&f);
}

int
main (int   argc,
      char *argv[])
{
  /* Set before GStreamer starts any thread. */
  g_setenv ("UPRIGHT_AUDIO_SINK", "fakesink", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cue-sound/defaults", test_cue_sound_defaults);
  g_test_add_func ("/cue-sound/render/duration", test_cue_sound_render_duration);
  g_test_add_func ("/cue-sound/render/no-clicks", test_cue_sound_render_no_clicks);
  g_test_add_func ("/cue-sound/render/pitch", test_cue_sound_render_pitch);
  g_test_add_func ("/cue-sound/render/volume", test_cue_sound_render_volume);
  g_test_add_func ("/cue-sound/play/each", test_cue_sound_play_each);
  g_test_add_func ("/cue-sound/play/again", test_cue_sound_play_again);
  g_test_add_func ("/cue-sound/play/disabled", test_cue_sound_disabled);
  g_test_add_func ("/cue-sound/play/disable-while-playing", test_cue_sound_disable_while_playing);
  g_test_add_func ("/cue-sound/play/replace", test_cue_sound_replace);
  g_test_add_func ("/cue-sound/play/real-time", test_cue_sound_real_time);
  g_test_add_func ("/cue-sound/unavailable/missing-sink", test_cue_sound_missing_sink);
  g_test_add_func ("/cue-sound/unavailable/failing-sink", test_cue_sound_failing_sink);
  g_test_add_func ("/cue-sound/unavailable/error-while-playing",
                   test_cue_sound_error_while_playing);

  return g_test_run ();
}
