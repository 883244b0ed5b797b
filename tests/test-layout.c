/* test-layout.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "core/upright-article-library.h"
#include "core/upright-catalog.h"
#include "core/upright-journal.h"
#include "pages/upright-exercises-page.h"
#include "pages/upright-preferences-window.h"
#include "pages/upright-self-test-dialog.h"
#include "pages/upright-session-page.h"
#include "pages/upright-welcome-window.h"
#include "pages/upright-window.h"
#include "upright-application.h"
#include "widgets/upright-video-view.h"

#include "upright-test-records.h"
#include "upright-test-utils.h"

/* The layout audit: every page, dialog and session step must fit a phone,
 * 360 × 720, at every text size. Each is measured in the real window with
 * gtk_widget_measure(); a screen that needs more names the widget that
 * forces it wider, down to the deepest one, with its text. */

#define PHONE_WIDTH  360
#define PHONE_HEIGHT 720

static UprightApplication *app;
static int base_dpi;

static const struct {
  const char *name;
  double      scale;
} text_sizes[] = {
  { "normal", 1.0 },
  { "large", 1.2 },
  { "larger", 1.4 },
};

static void
set_text_size (guint size)
{
  /* As the application does for its text size preference. */
  g_object_set (gtk_settings_get_default (), "gtk-xft-dpi", (int) (base_dpi * text_sizes[size].scale), NULL);
  upright_test_settle ();
}

static int
min_width (GtkWidget *widget)
{
  int minimum = 0;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);

  return minimum;
}

/* A name for @widget a developer can find it by: its type, its CSS
 * classes, and its text if it has some. */
static void
describe (GString   *out,
          GtkWidget *widget)
{
  g_auto(GStrv) classes = gtk_widget_get_css_classes (widget);
  const char *text = NULL;

  g_string_append (out, G_OBJECT_TYPE_NAME (widget));
  if (*gtk_widget_get_name (widget) != '\0' && !g_str_equal (gtk_widget_get_name (widget), G_OBJECT_TYPE_NAME (widget)))
    g_string_append_printf (out, "#%s", gtk_widget_get_name (widget));
  for (guint i = 0; classes[i] != NULL; i++)
    g_string_append_printf (out, ".%s", classes[i]);

  if (GTK_IS_LABEL (widget))
    text = gtk_label_get_label (GTK_LABEL (widget));
  else if (GTK_IS_BUTTON (widget))
    text = gtk_button_get_label (GTK_BUTTON (widget));
  else if (ADW_IS_PREFERENCES_ROW (widget))
    text = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));

  if (text != NULL)
    g_string_append_printf (out, " “%.60s”", text);
}

/* Follows the children that need more than @available down to the one
 * that forces it, and writes the way there. */
static void
find_culprit (GtkWidget *widget,
              int        available,
              GString   *path)
{
  GtkWidget *widest = NULL;
  int widest_width = 0;

  describe (path, widget);
  g_string_append_printf (path, " (%d px)", min_width (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int width;

      if (!gtk_widget_get_visible (child) || GTK_IS_POPOVER (child))
        continue;

      /* A stack that is not homogeneous is as wide as its page shown; one
       * that is, and every other container, as its widest child. */
      if (GTK_IS_STACK (widget) && !gtk_stack_get_hhomogeneous (GTK_STACK (widget)) &&
          child != gtk_stack_get_visible_child (GTK_STACK (widget)))
        continue;

      width = min_width (child);
      if (width > widest_width)
        {
          widest = child;
          widest_width = width;
        }
    }

  /* The widest child needs more than the room: it is where to look. A
   * child that fits means the parent's own padding and spacing are it. */
  if (widest != NULL && widest_width > available * 0.75)
    {
      g_string_append (path, "\n  > ");
      find_culprit (widest, available, path);
    }
}

/* Checks that @window, showing @screen, fits a phone at the text size. A
 * phone shows the window maximized, without the border of a window on a
 * desktop, so what must fit is its content. */
static void
audit (GPtrArray  *failures,
       GtkWidget  *window,
       const char *screen,
       guint       size)
{
  GtkWidget *content;
  int width, height = 0;

  if (ADW_IS_APPLICATION_WINDOW (window))
    content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
  else if (ADW_IS_WINDOW (window))
    content = adw_window_get_content (ADW_WINDOW (window));
  else
    content = gtk_window_get_child (GTK_WINDOW (window));

  width = min_width (content);
  /* libadwaita 1.2's toast overlay measures its height without the width
   * it is given, so the height of a screen whose lines wrap is measured
   * below it. */
  if (ADW_IS_TOAST_OVERLAY (content))
    gtk_widget_measure (adw_toast_overlay_get_child (ADW_TOAST_OVERLAY (content)),
                        GTK_ORIENTATION_VERTICAL, PHONE_WIDTH, &height, NULL, NULL, NULL);
  else
    gtk_widget_measure (content, GTK_ORIENTATION_VERTICAL, PHONE_WIDTH, &height, NULL, NULL, NULL);

  if (width > PHONE_WIDTH)
    {
      g_autoptr(GString) path = g_string_new (NULL);

      find_culprit (content, PHONE_WIDTH, path);
      g_ptr_array_add (failures,
                       g_strdup_printf ("%s, %s text: %d px wide, more than %d:\n  %s",
                                        screen, text_sizes[size].name, width, PHONE_WIDTH, path->str));
    }
  else if (height > PHONE_HEIGHT)
    {
      g_ptr_array_add (failures,
                       g_strdup_printf ("%s, %s text: %d px high at %d px wide, more than %d",
                                        screen, text_sizes[size].name, height, PHONE_WIDTH, PHONE_HEIGHT));
    }
  else
    {
      g_test_message ("%s, %s text: fits in %d × %d", screen, text_sizes[size].name, width, height);
    }
}

static void
assert_no_failures (GPtrArray *failures)
{
  if (failures->len == 0)
    return;

  for (guint i = 0; i < failures->len; i++)
    g_printerr ("%s\n\n", (char *) g_ptr_array_index (failures, i));

  g_error ("%u screens do not fit %d × %d", failures->len, PHONE_WIDTH, PHONE_HEIGHT);
}

static GtkWidget *
template_child (gpointer    widget,
                GType       type,
                const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (child);

  return GTK_WIDGET (child);
}

static UprightWindow *
open_window (void)
{
  UprightWindowModels models;
  UprightWindow *window;

  upright_application_get_models (app, &models);
  window = upright_window_new (GTK_APPLICATION (app), &models);
  g_object_ref (window);
  gtk_window_set_default_size (GTK_WINDOW (window), PHONE_WIDTH, PHONE_HEIGHT);
  gtk_window_present (GTK_WINDOW (window));
  upright_test_wait_until (upright_test_widget_is_drawn, window, 5000);

  return window;
}

static void
close_window (GtkWindow *window)
{
  gtk_window_destroy (window);
  upright_test_settle ();
  g_object_unref (window);
}

static void
test_layout_pages (void)
{
  static const char * const pages[] = { "exercises", "routines", "progress", "learn" };
  g_autoptr(GPtrArray) failures = g_ptr_array_new_with_free_func (g_free);
  UprightWindow *window = open_window ();

  for (guint size = 0; size < G_N_ELEMENTS (text_sizes); size++)
    {
      set_text_size (size);

      for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
        {
          upright_window_set_visible_page (window, pages[i]);
          upright_test_settle ();
          audit (failures, GTK_WIDGET (window), pages[i], size);
        }
    }

  close_window (GTK_WINDOW (window));
  set_text_size (0);
  assert_no_failures (failures);
}

static void
test_layout_exercises (void)
{
  g_autoptr(GPtrArray) failures = g_ptr_array_new_with_free_func (g_free);
  UprightCatalog *catalog = upright_application_get_catalog (app);
  UprightWindow *window = open_window ();

  /* Every exercise's page, and its session: setup, the timer, the review. */
  for (guint size = 0; size < G_N_ELEMENTS (text_sizes); size++)
    {
      set_text_size (size);

      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (catalog)); i++)
        {
          g_autoptr(UprightExercise) exercise = g_list_model_get_item (G_LIST_MODEL (catalog), i);
          const char *id = upright_exercise_get_id (exercise);
          g_autofree char *screen = g_strdup_printf ("exercise page of %s", id);

          g_action_group_activate_action (G_ACTION_GROUP (window), "show-exercise", g_variant_new_string (id));
          upright_test_settle ();
          audit (failures, GTK_WIDGET (window), screen, size);
        }
    }

  close_window (GTK_WINDOW (window));
  set_text_size (0);
  assert_no_failures (failures);
}

static void
test_layout_session (void)
{
  g_autoptr(GPtrArray) failures = g_ptr_array_new_with_free_func (g_free);
  static const char * const exercises[] = { "sit-to-stand", "stance-progression", "wall-angel" };
  static const char * const steps[] = { "setup", "running", "review" };
  UprightWindow *window = open_window ();

  for (guint size = 0; size < G_N_ELEMENTS (text_sizes); size++)
    {
      set_text_size (size);

      for (guint i = 0; i < G_N_ELEMENTS (exercises); i++)
        {
          GtkWidget *page;
          GtkStack *stage;

          g_assert_true (upright_window_start_session (window, exercises[i]));
          page = upright_window_get_page (UPRIGHT_WINDOW (window), "session");
          stage = GTK_STACK (template_child (page, UPRIGHT_TYPE_SESSION_PAGE, "stage"));

          for (guint j = 0; j < G_N_ELEMENTS (steps); j++)
            {
              g_autofree char *screen = g_strdup_printf ("session %s of %s", steps[j], exercises[i]);

              gtk_stack_set_visible_child_name (stage, steps[j]);
              upright_test_settle ();
              audit (failures, GTK_WIDGET (window), screen, size);
            }

          gtk_widget_activate_action (page, "session.cancel", NULL);
          upright_test_settle ();
        }
    }

  close_window (GTK_WINDOW (window));
  set_text_size (0);
  assert_no_failures (failures);
}

static void
test_layout_dialogs (void)
{
  g_autoptr(GPtrArray) failures = g_ptr_array_new_with_free_func (g_free);
  static const char * const welcome_pages[] = { "welcome", "safety", "goals", "stop" };
  GSettings *settings = upright_application_get_settings (app);

  for (guint size = 0; size < G_N_ELEMENTS (text_sizes); size++)
    {
      UprightPreferencesWindow *preferences;
      UprightWelcomeWindow *welcome;

      set_text_size (size);

      preferences = g_object_ref (upright_preferences_window_new (settings));
      gtk_window_present (GTK_WINDOW (preferences));
      upright_test_wait_until (upright_test_widget_is_drawn, preferences, 5000);
      for (const char * const *page = (const char * const[]) { "general", "safety", "goals", NULL }; *page != NULL; page++)
        {
          g_autofree char *screen = g_strdup_printf ("preferences, %s", *page);

          adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (preferences), *page);
          upright_test_settle ();
          audit (failures, GTK_WIDGET (preferences), screen, size);
        }
      close_window (GTK_WINDOW (preferences));

      welcome = g_object_ref (upright_welcome_window_new (settings));
      gtk_window_present (GTK_WINDOW (welcome));
      upright_test_wait_until (upright_test_widget_is_drawn, welcome, 5000);
      for (guint i = 0; i < G_N_ELEMENTS (welcome_pages); i++)
        {
          g_autofree char *screen = g_strdup_printf ("welcome, %s", welcome_pages[i]);

          upright_welcome_window_show_page (welcome, welcome_pages[i]);
          upright_test_settle ();
          audit (failures, GTK_WIDGET (welcome), screen, size);
        }
      close_window (GTK_WINDOW (welcome));
    }

  set_text_size (0);
  assert_no_failures (failures);
}

/* Renders @widget as it is drawn, border and background included, into
 * a texture of its size on screen. */
static GdkTexture *
render (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  int width, height;

  upright_test_wait_until (upright_test_widget_is_laid_out, widget, 5000);
  width = gdk_paintable_get_intrinsic_width (paintable);
  height = gdk_paintable_get_intrinsic_height (paintable);
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);

  return gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

static guchar *
download (GdkTexture *texture)
{
  int width = gdk_texture_get_width (texture);
  guchar *pixels = g_malloc ((gsize) width * gdk_texture_get_height (texture) * 4);

  gdk_texture_download (texture, pixels, (gsize) width * 4);

  return pixels;
}

/* Checks that @widget can be seen in @picture, the picture of @window:
 * inside the window, and what it paints found at its place in the
 * picture, so it is neither scrolled away, clipped nor covered. What it
 * paints is its own picture laid over what the window shows without it
 * (see-through backgrounds included). */
static void
assert_on_screen (GtkWidget   *window,
                  GdkTexture  *picture,
                  GtkWidget   *widget,
                  const char  *what)
{
  g_autoptr(GdkTexture) own = NULL;
  g_autoptr(GdkTexture) without = NULL;
  g_autofree guchar *window_pixels = download (picture);
  g_autofree guchar *own_pixels = NULL;
  g_autofree guchar *without_pixels = NULL;
  graphene_rect_t bounds;
  int window_width = gdk_texture_get_width (picture);
  int window_height = gdk_texture_get_height (picture);
  int x0, y0, width, height;
  guint painted = 0, seen = 0;

  if (!gtk_widget_get_mapped (widget))
    g_error ("%s is not shown", what);
  g_assert_true (gtk_widget_compute_bounds (widget, window, &bounds));
  x0 = (int) bounds.origin.x;
  y0 = (int) bounds.origin.y;
  width = (int) bounds.size.width;
  height = (int) bounds.size.height;
  g_test_message ("%s at %d,%d, %d × %d", what, x0, y0, width, height);
  if (x0 < 0 || y0 < 0 || x0 + width > window_width || y0 + height > window_height)
    g_error ("%s at %d,%d, %d × %d is not inside the window of %d × %d",
             what, x0, y0, width, height, window_width, window_height);

  own = render (widget);
  g_assert_cmpint (gdk_texture_get_width (own), ==, width);
  g_assert_cmpint (gdk_texture_get_height (own), ==, height);
  own_pixels = download (own);

  gtk_widget_set_opacity (widget, 0);
  upright_test_settle ();
  without = render (window);
  gtk_widget_set_opacity (widget, 1);
  upright_test_settle ();
  without_pixels = download (without);

  /* Pixels are premultiplied, and the window's own background is not in
   * the picture of its content: laid over is own + under × (1 − own
   * alpha), in every channel, alpha included. */
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        gsize at = ((gsize) (y0 + y) * window_width + x0 + x) * 4;
        const guchar *mine = own_pixels + ((gsize) y * width + x) * 4;
        const guchar *under = without_pixels + at;
        const guchar *shown = window_pixels + at;
        gboolean differs = FALSE, matches = TRUE;

        for (guint c = 0; c < 4; c++)
          {
            int expected = mine[c] + under[c] * (255 - mine[3]) / 255;

            differs |= ABS (expected - under[c]) > 24;
            matches &= ABS (expected - shown[c]) <= 8;
          }

        if (!differs)
          continue;
        painted++;
        seen += matches;
      }

  if (painted < 100)
    g_error ("%s stands out from what is under it in only %u pixels", what, painted);
  if (seen < painted * 0.95)
    g_error ("%s: only %u of its %u pixels are seen in the window", what, seen, painted);
}

/* The window, other than @parent, that has just been opened. */
static GtkWidget *
find_opened (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWidget *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels) && found == NULL; i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (toplevel != GTK_WIDGET (parent) && gtk_widget_get_visible (toplevel))
        found = toplevel;
    }

  g_assert_nonnull (found);
  upright_test_wait_until (upright_test_widget_is_drawn, found, 5000);
  upright_test_settle ();

  return found;
}

static void
audit_opened (GPtrArray     *failures,
              UprightWindow *window,
              const char    *screen,
              guint          size)
{
  GtkWidget *opened = find_opened (GTK_WINDOW (window));
  g_autofree char *described = g_strdup_printf ("%s (%s)", screen, G_OBJECT_TYPE_NAME (opened));

  audit (failures, opened, described, size);
  gtk_window_destroy (GTK_WINDOW (opened));
  upright_test_settle ();
}

/* What the pages open: the progress page's dialogs and every step of a
 * self-test, the routine editor and its exercise chooser, every article,
 * the keyboard shortcuts and About. */
static void
test_layout_opened (void)
{
  g_autoptr(GPtrArray) failures = g_ptr_array_new_with_free_func (g_free);
  static const char * const test_ids[] = { "chair-stand", "four-stage-balance", "timed-up-and-go" };
  static const char * const test_stages[] = { "intro", "timing", "tug", "stands", "held", "done" };
  UprightWindowModels models;
  UprightWindow *window;
  GtkWidget *progress, *routines, *learn;
  g_autoptr(UprightRecord) record = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *when = g_date_time_format_iso8601 (now);

  upright_application_get_models (app, &models);
  upright_test_wait_until ((gboolean (*) (gpointer)) upright_journal_is_loaded, models.journal, 5000);
  record = upright_test_record ("sit-to-stand", UPRIGHT_CATEGORY_STRENGTH, when, 300, 5, 0);
  upright_record_set_note (record, "Felt steady; the chair by the window is a good height.");
  upright_journal_add (models.journal, record);
  /* Weeks of balance, posture and a walk, and self-tests taken twice, so
   * the Progress page shows its numbers, its charts and its lists. */
  for (int day = 1; day < 60; day++)
    {
      g_autoptr(GDateTime) then = g_date_time_add_days (now, -day);
      g_autofree char *then_iso = g_date_time_format_iso8601 (then);
      g_autoptr(UprightRecord) balance = upright_test_record ("weight-shift", UPRIGHT_CATEGORY_BALANCE, then_iso, 1200, 4, 0);
      g_autoptr(UprightRecord) posture = upright_test_record ("chin-tuck", UPRIGHT_CATEGORY_POSTURE, then_iso, 300, 3, 0);

      upright_journal_add (models.journal, balance);
      upright_journal_add (models.journal, posture);
      if (day % 21 == 0)
        {
          g_autoptr(UprightAssessment) chair = upright_assessment_new (UPRIGHT_ASSESSMENT_CHAIR_STAND, then);
          g_autoptr(UprightAssessment) steady = upright_assessment_new (UPRIGHT_ASSESSMENT_FOUR_STAGE_BALANCE, then);

          upright_assessment_set_stands (chair, 9 + day / 21);
          for (guint stage = 0; stage < 4; stage++)
            upright_assessment_set_stage (steady, stage, stage < 3 ? 10 : day / 10);
          upright_journal_add_assessment (models.journal, chair);
          upright_journal_add_assessment (models.journal, steady);
        }
    }

  window = open_window ();
  progress = upright_window_get_page (UPRIGHT_WINDOW (window), "progress");
  routines = upright_window_get_page (UPRIGHT_WINDOW (window), "routines");
  learn = upright_window_get_page (UPRIGHT_WINDOW (window), "learn");

  for (guint size = 0; size < G_N_ELEMENTS (text_sizes); size++)
    {
      set_text_size (size);
      upright_window_set_visible_page (window, "progress");
      upright_test_settle ();
      /* The pages test measures the page with an empty journal; with a
       * record it has its goals, its buttons and the records' list. */
      audit (failures, GTK_WIDGET (window), "progress, with a record", size);

      g_assert_true (gtk_widget_activate_action (progress, "progress.log-walk", NULL));
      audit_opened (failures, window, "log a walk", size);

      g_assert_true (gtk_widget_activate_action (progress, "progress.edit-record", "s", upright_record_get_id (record)));
      audit_opened (failures, window, "record editor", size);

      for (guint i = 0; i < G_N_ELEMENTS (test_ids); i++)
        {
          GtkWidget *dialog;
          GtkStack *stage;

          g_assert_true (gtk_widget_activate_action (progress, "progress.start-test", "s", test_ids[i]));
          dialog = find_opened (GTK_WINDOW (window));
          stage = GTK_STACK (template_child (dialog, UPRIGHT_TYPE_SELF_TEST_DIALOG, "stage"));
          for (guint j = 0; j < G_N_ELEMENTS (test_stages); j++)
            {
              g_autofree char *screen = g_strdup_printf ("%s, %s", test_ids[i], test_stages[j]);

              gtk_stack_set_visible_child_name (stage, test_stages[j]);
              upright_test_settle ();
              audit (failures, dialog, screen, size);
            }
          gtk_window_destroy (GTK_WINDOW (dialog));
          upright_test_settle ();
        }

      upright_window_set_visible_page (window, "routines");
      g_assert_true (gtk_widget_activate_action (routines, "routines.new", NULL));
      upright_test_settle ();
      audit (failures, GTK_WIDGET (window), "routine editor", size);
      g_assert_true (gtk_widget_activate_action (routines, "routines.add-exercise", NULL));
      audit_opened (failures, window, "add an exercise", size);
      g_assert_true (gtk_widget_activate_action (routines, "routines.back", NULL));
      upright_test_settle ();

      upright_window_set_visible_page (window, "learn");
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (models.library)); i++)
        {
          g_autoptr(UprightArticle) article = g_list_model_get_item (G_LIST_MODEL (models.library), i);
          g_autofree char *screen = g_strdup_printf ("article %s", upright_article_get_id (article));

          g_assert_true (gtk_widget_activate_action (learn, "learn.show-article", "s", upright_article_get_id (article)));
          upright_test_settle ();
          audit (failures, GTK_WIDGET (window), screen, size);
        }
      g_assert_true (gtk_widget_activate_action (learn, "learn.show-list", NULL));

      g_action_group_activate_action (G_ACTION_GROUP (window), "show-help-overlay", NULL);
      audit_opened (failures, window, "keyboard shortcuts", size);

      /* About is libadwaita's, in libadwaita's own translation: in Spanish
       * with the largest text, the buttons of its Debugging Information
       * page ("Copiar texto", "Guardar como…") need 382 pixels, and that
       * page cannot be changed from here. It is measured in English. */
      if (g_getenv ("UPRIGHT_LOCALEDIR") == NULL)
        {
          g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
          audit_opened (failures, window, "about", size);
        }
    }

  close_window (GTK_WINDOW (window));
  set_text_size (0);
  assert_no_failures (failures);
}

static const char *
session_stage (gpointer page)
{
  return upright_session_page_get_stage (UPRIGHT_SESSION_PAGE (page));
}

/* A session set up, run and reviewed on a phone with the largest text:
 * Begin, the timer's ring with its buttons, and Save must be seen in a
 * picture of the window, each without scrolling. */
static void
test_layout_session_phone (void)
{
  static const char * const exercises[] = { "sit-to-stand", "stance-progression", "wall-angel" };
  UprightWindow *window;

  set_text_size (2);
  window = open_window ();
  upright_test_settle ();

  for (guint i = 0; i < G_N_ELEMENTS (exercises); i++)
    {
      GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
      GtkWidget *page;
      guint skips = 0;
      struct {
        const char *stage;
        const char * const parts[4];
      } steps[] = {
        { "setup", { "begin_button", "cancel_button", NULL } },
        { "running", { "posture_timer", "stop_button", "pause_button", "skip_button" } },
        { "review", { "save_button", NULL } },
      };

      g_assert_true (upright_window_start_session (window, exercises[i]));
      page = upright_window_get_page (UPRIGHT_WINDOW (window), "session");

      for (guint j = 0; j < G_N_ELEMENTS (steps); j++)
        {
          g_autoptr(GdkTexture) picture = NULL;
          g_autofree char *name = g_strdup_printf ("session-phone-%s-%s.png", exercises[i], steps[j].stage);
          g_autofree char *path = g_test_build_filename (G_TEST_BUILT, name, NULL);

          g_assert_cmpstr (session_stage (page), ==, steps[j].stage);
          upright_test_wait_until (upright_test_widget_is_drawn, page, 5000);
          upright_test_settle ();

          /* The window stays a phone's size: nothing made it grow. What
           * a phone shows is its content, without a desktop's border. */
          g_assert_cmpint (gtk_widget_get_width (content), <=, PHONE_WIDTH);
          g_assert_cmpint (gtk_widget_get_width (content), >=, PHONE_WIDTH - 10);
          g_assert_cmpint (gtk_widget_get_height (content), <=, PHONE_HEIGHT);
          g_assert_cmpint (gtk_widget_get_height (content), >=, PHONE_HEIGHT - 10);

          picture = render (content);
          g_assert_true (gdk_texture_save_to_png (picture, path));
          g_test_message ("Saved %s", path);

          for (guint k = 0; k < G_N_ELEMENTS (steps[j].parts) && steps[j].parts[k] != NULL; k++)
            {
              g_autofree char *what = g_strdup_printf ("%s, %s: %s", exercises[i], steps[j].stage, steps[j].parts[k]);

              assert_on_screen (content, picture,
                                template_child (page, UPRIGHT_TYPE_SESSION_PAGE, steps[j].parts[k]),
                                what);
            }

          /* On to the next step as she would: Begin, then on to the end. */
          if (j == 0)
            gtk_widget_activate_action (page, "session.begin", NULL);
          else if (j == 1)
            while (g_strcmp0 (session_stage (page), "running") == 0 && skips++ < 100)
              gtk_widget_activate_action (page, "session.skip", NULL);
          upright_test_settle ();
        }

      gtk_widget_activate_action (page, "session.discard", NULL);
      upright_test_settle ();
    }

  close_window (GTK_WINDOW (window));
  set_text_size (0);
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) && gtk_widget_get_mapped (child))
        return child;
      if ((found = find_descendant (child, type)) != NULL)
        return found;
    }

  return NULL;
}

static void
get_bounds (GtkWidget       *widget,
            GtkWidget       *content,
            graphene_rect_t *bounds)
{
  g_assert_nonnull (widget);
  g_assert_true (gtk_widget_get_mapped (widget));
  g_assert_true (gtk_widget_compute_bounds (widget, content, bounds));
}

/* On a laptop's and a large monitor's screen the body map, the
 * demonstration and the session's ring grow with the room; they do not
 * sit at their phone size in the middle of empty space. */
static void
test_layout_wide (void)
{
  static const struct {
    int width;
    int height;
  } screens[] = {
    { 1280, 800 },
    { 1920, 1080 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (screens); i++)
    {
      UprightWindowModels models;
      UprightWindow *window;
      GtkWidget *content, *exercises, *session, *frame;
      graphene_rect_t map, video, ring;
      double width, height;

      upright_application_get_models (app, &models);
      window = upright_window_new (GTK_APPLICATION (app), &models);
      g_object_ref (window);
      gtk_window_set_default_size (GTK_WINDOW (window), screens[i].width, screens[i].height);
      gtk_window_present (GTK_WINDOW (window));
      upright_test_wait_until (upright_test_widget_is_drawn, window, 5000);
      upright_test_settle ();

      content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
      width = gtk_widget_get_width (content);
      height = gtk_widget_get_height (content);
      g_assert_cmpfloat (width, >=, screens[i].width - 10);
      exercises = upright_window_get_page (UPRIGHT_WINDOW (window), "exercises");

      /* A region's list beside the map: the map takes a good share of the
       * width and most of the height. */
      g_action_group_activate_action (G_ACTION_GROUP (window), "show-region", g_variant_new_string ("hip"));
      upright_test_settle ();
      get_bounds (template_child (exercises, UPRIGHT_TYPE_EXERCISES_PAGE, "body_map"), content, &map);
      g_test_message ("%d × %d: body map %.0f × %.0f", screens[i].width, screens[i].height,
                      map.size.width, map.size.height);
      g_assert_cmpfloat (map.size.width, >=, 0.3 * width);
      g_assert_cmpfloat (map.size.height, >=, 0.6 * height);

      /* An exercise: the demonstration is at least half the window wide,
       * and all of it is on screen. */
      g_action_group_activate_action (G_ACTION_GROUP (window), "show-exercise", g_variant_new_string ("sit-to-stand"));
      upright_test_settle ();
      frame = gtk_widget_get_first_child (find_descendant (exercises, UPRIGHT_TYPE_VIDEO_VIEW));
      get_bounds (frame, content, &video);
      g_test_message ("%d × %d: demonstration %.0f × %.0f at %.0f,%.0f", screens[i].width, screens[i].height,
                      video.size.width, video.size.height, video.origin.x, video.origin.y);
      g_assert_cmpfloat (video.size.width, >=, 0.5 * width);
      g_assert_cmpfloat (video.origin.y + video.size.height, <=, height);

      /* A session: the ring fills a good part of the height. */
      g_assert_true (upright_window_start_session (window, "sit-to-stand"));
      session = upright_window_get_page (UPRIGHT_WINDOW (window), "session");
      gtk_widget_activate_action (session, "session.begin", NULL);
      upright_test_settle ();
      get_bounds (template_child (session, UPRIGHT_TYPE_SESSION_PAGE, "posture_timer"), content, &ring);
      g_test_message ("%d × %d: timer %.0f × %.0f", screens[i].width, screens[i].height,
                      ring.size.width, ring.size.height);
      g_assert_cmpfloat (MIN (ring.size.width, ring.size.height), >=, 0.4 * height);
      gtk_widget_activate_action (session, "session.stop", NULL);
      upright_test_settle ();
      gtk_widget_activate_action (session, "session.discard", NULL);
      upright_test_settle ();

      close_window (GTK_WINDOW (window));
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  upright_test_init (&argc, &argv);

  /* Run with a translation (LANGUAGE and the built catalogues' folder),
   * the audit measures the longer words of other languages. GTK's test
   * set-up asks for a locale this machine may not have; the C locale
   * would ignore LANGUAGE. */
  if (g_getenv ("UPRIGHT_LOCALEDIR") != NULL)
    {
      setlocale (LC_ALL, "C.UTF-8");
      bindtextdomain (GETTEXT_PACKAGE, g_getenv ("UPRIGHT_LOCALEDIR"));
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
    }

  g_object_get (gtk_settings_get_default (), "gtk-xft-dpi", &base_dpi, NULL);
  if (base_dpi <= 0)
    base_dpi = 96 * 1024;

  app = upright_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);
  /* Keep the application alive while windows come and go. */
  g_application_hold (G_APPLICATION (app));

  g_test_add_func ("/layout/pages", test_layout_pages);
  g_test_add_func ("/layout/opened", test_layout_opened);
  /* In a translation, the pages and what they open; the rest in English. */
  if (g_getenv ("UPRIGHT_LOCALEDIR") == NULL)
    {
      g_test_add_func ("/layout/exercises", test_layout_exercises);
      g_test_add_func ("/layout/session", test_layout_session);
      g_test_add_func ("/layout/dialogs", test_layout_dialogs);
      g_test_add_func ("/layout/session-phone", test_layout_session_phone);
      g_test_add_func ("/layout/wide", test_layout_wide);
    }

  status = g_test_run ();
  g_application_release (G_APPLICATION (app));
  g_object_unref (app);

  return status;
}
