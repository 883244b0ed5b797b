/* upright-test-utils.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Sets up GTK and libadwaita for a widget test: no animations, so that a
 * test sees the end of a transition at once, and Upright's own icons. */
static inline void
upright_test_init (int    *argc,
                   char ***argv)
{
  gtk_test_init (argc, argv, NULL);
  adw_init ();

  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    "/io/github/upright/Upright/icons");
}

/* Runs the main loop until @done returns TRUE, failing after @timeout_ms. */
static inline void
upright_test_wait_until (gboolean (*done) (gpointer data),
                         gpointer   data,
                         guint      timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + timeout_ms * G_TIME_SPAN_MILLISECOND;

  while (!done (data))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("Timed out waiting for a condition");
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static inline void
upright_test_painted_cb (GdkFrameClock *clock,
                         guint         *n_painted)
{
  (*n_painted)++;
}

static inline void
upright_test_drain (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/*
 * Lets what is pending happen, and waits for it to be on screen: every
 * event and idle that is due runs, then each window that shows paints a
 * frame, twice, so that a relayout one frame asks for is done by the
 * next. It waits for frames, not for a length of time: on a busy machine
 * it takes longer, on a quiet one less.
 */
static inline void
upright_test_settle (void)
{
  g_autoptr(GPtrArray) clocks = g_ptr_array_new_with_free_func (g_object_unref);
  GList *toplevels;
  guint n_painted = 0;
  gint64 deadline;

  upright_test_drain ();

  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    {
      GdkSurface *surface;

      if (!gtk_widget_get_mapped (l->data) ||
          (surface = gtk_native_get_surface (GTK_NATIVE (l->data))) == NULL)
        continue;
      g_ptr_array_add (clocks, g_object_ref (gdk_surface_get_frame_clock (surface)));
    }
  g_list_free (toplevels);

  for (guint frame = 0; frame < 2; frame++)
    {
      for (guint i = 0; i < clocks->len; i++)
        {
          GdkFrameClock *clock = g_ptr_array_index (clocks, i);
          gulong handler = g_signal_connect (clock, "after-paint", G_CALLBACK (upright_test_painted_cb), &n_painted);

          n_painted = 0;
          gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_PAINT);
          deadline = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;
          while (n_painted == 0)
            {
              if (g_get_monotonic_time () > deadline)
                g_error ("Timed out waiting for a window to paint");
              g_main_context_iteration (NULL, TRUE);
            }
          g_signal_handler_disconnect (clock, handler);
        }
      upright_test_drain ();
    }
}

typedef struct {
  const char *text;
  gboolean    searched;
} UprightTestSearch;

static inline void
upright_test_search_changed_cb (GtkEditable       *entry,
                                UprightTestSearch *search)
{
  /* Replacing the text clears it first, which searches at once too. */
  if (g_str_equal (gtk_editable_get_text (entry), search->text))
    search->searched = TRUE;
}

static inline gboolean
upright_test_searched (gpointer data)
{
  return ((UprightTestSearch *) data)->searched;
}

/* Types @text into a search entry and waits until it searches: the entry
 * waits for typing to pause, which takes longer on a busy machine. */
static inline void
upright_test_search (gpointer    entry,
                     const char *text)
{
  UprightTestSearch search = { text, FALSE };
  gulong handler;

  g_assert_true (GTK_IS_SEARCH_ENTRY (entry));

  handler = g_signal_connect (entry, "search-changed", G_CALLBACK (upright_test_search_changed_cb), &search);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  upright_test_wait_until (upright_test_searched, &search, 10000);
  g_signal_handler_disconnect (entry, handler);
  upright_test_settle ();
}

static inline gboolean
upright_test_widget_is_drawn (gpointer data)
{
  GtkWidget *widget = data;

  return gtk_widget_get_mapped (widget) &&
         gtk_widget_get_width (widget) > 0 &&
         gtk_widget_get_height (widget) > 0;
}

static inline GskRenderNode *
upright_test_snapshot_widget (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot),
                          gtk_widget_get_width (widget), gtk_widget_get_height (widget));

  return gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
}

/* GTK draws nothing of a widget waiting for a new layout, as when a video's
 * first frame changes its picture's size. */
static inline gboolean
upright_test_widget_is_laid_out (gpointer data)
{
  g_autoptr(GskRenderNode) node = upright_test_snapshot_widget (data);

  return node != NULL;
}

/*
 * Renders @widget as it is on screen into a texture, saves it as a PNG file
 * named @basename in the test build folder, and returns the number of
 * distinct colours in it, so tests can tell a real drawing from a blank one.
 */
static inline guint
upright_test_render_widget (GtkWidget  *widget,
                            const char *basename)
{
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GHashTable) colours = NULL;
  g_autofree guchar *pixels = NULL;
  g_autofree char *path = NULL;
  GskRenderer *renderer;
  int width, height;

  upright_test_wait_until (upright_test_widget_is_drawn, widget, 5000);
  /* Let a pending relayout finish, so every child has its allocation. */
  upright_test_settle ();
  upright_test_wait_until (upright_test_widget_is_laid_out, widget, 5000);

  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);

  node = upright_test_snapshot_widget (widget);
  g_assert_nonnull (node);

  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  g_assert_nonnull (renderer);
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_nonnull (texture);

  path = g_test_build_filename (G_TEST_BUILT, basename, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Saved %s", path);

  pixels = g_malloc ((gsize) width * height * 4);
  gdk_texture_download (texture, pixels, (gsize) width * 4);

  colours = g_hash_table_new (NULL, NULL);
  for (gsize i = 0; i < (gsize) width * height; i++)
    {
      guint32 pixel;

      memcpy (&pixel, pixels + i * 4, sizeof pixel);
      g_hash_table_add (colours, GUINT_TO_POINTER (pixel));
    }

  return g_hash_table_size (colours);
}

G_END_DECLS
