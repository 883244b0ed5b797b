/* upright-media.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gst/gst.h>

#include "upright-media.h"

/* The elements Upright's demonstrations and cue sounds need: playback,
 * frames handed to the toolkit, WebM with VP8 or VP9, and generated tones.
 */
static const char * const required_elements[] = {
  "playbin",
  "appsink",
  "videoconvert",
  "videoscale",
  "matroskademux",
  "vp8dec",
  "vp9dec",
  "audiotestsrc",
  "autoaudiosink",
  "scaletempo",
};

/**
 * upright_media_ensure_init:
 * @error: return location for an error
 *
 * Initializes GStreamer the first time it is called. Media objects call this
 * lazily, so that starting Upright does not wait for the plugin registry.
 *
 * Returns: %TRUE if GStreamer can be used
 */
gboolean
upright_media_ensure_init (GError **error)
{
  static gsize initialized = 0;
  static gboolean ok = FALSE;
  static GError *init_error = NULL;

  if (g_once_init_enter (&initialized))
    {
      ok = gst_init_check (NULL, NULL, &init_error);
      g_once_init_leave (&initialized, 1);
    }

  if (!ok && error != NULL)
    *error = g_error_copy (init_error);

  return ok;
}

/**
 * upright_media_get_missing_elements:
 *
 * Checks the GStreamer registry for the elements Upright needs.
 *
 * Returns: (transfer full): the names of the missing elements, an empty
 *   array when nothing is missing, or %NULL when GStreamer cannot start
 */
char **
upright_media_get_missing_elements (void)
{
  g_autoptr(GStrvBuilder) missing = NULL;

  if (!upright_media_ensure_init (NULL))
    return NULL;

  missing = g_strv_builder_new ();

  for (guint i = 0; i < G_N_ELEMENTS (required_elements); i++)
    {
      g_autoptr(GstElementFactory) factory = gst_element_factory_find (required_elements[i]);

      if (factory == NULL)
        g_strv_builder_add (missing, required_elements[i]);
    }

  return g_strv_builder_end (missing);
}

/**
 * upright_media_get_debug_info:
 *
 * Describes the GStreamer version and any missing elements, for the
 * troubleshooting section of the About window.
 *
 * Returns: (transfer full): a plain-text report
 */
char *
upright_media_get_debug_info (void)
{
  g_autoptr(GString) info = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) missing = NULL;

  if (!upright_media_ensure_init (&error))
    {
      g_string_append_printf (info, "GStreamer could not start: %s\n", error->message);
      return g_string_free (g_steal_pointer (&info), FALSE);
    }

  {
    g_autofree char *version = gst_version_string ();

    g_string_append_printf (info, "%s\n", version);
  }

  missing = upright_media_get_missing_elements ();
  if (missing != NULL && missing[0] != NULL)
    {
      g_autofree char *list = g_strjoinv (", ", missing);

      g_string_append_printf (info, "Missing GStreamer elements: %s\n", list);
    }
  else
    {
      g_string_append (info, "All required GStreamer elements are present\n");
    }

  return g_string_free (g_steal_pointer (&info), FALSE);
}
