/* upright-video-view.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "media/upright-video-paintable.h"

#include "upright-video-view.h"

/* A demonstration with the controls a learner needs: play and pause,
 * start again, a frame back or on, slower speeds, a mirror image to copy
 * while facing the screen, looping and full screen, and the exercise's
 * cues as captions below the picture in step with it.
 *
 * Space plays and pauses, comma and period step, F goes full screen, when
 * the focus is in the view. A video that cannot be played says why in
 * place of the picture.
 */
struct _UprightVideoView
{
  GtkWidget      parent_instance;

  UprightPlayer *player;
  GArray        *caption_times;
  GPtrArray     *caption_texts;
  int            shown_caption;
  GtkWindow     *fullscreen;

  GtkWidget     *overlay;
  GtkWidget     *picture;
  GtkWidget     *caption_label;
  /* The caption in the full-screen window, when it is open. */
  GtkWidget     *fullscreen_caption;
  gboolean       compact;
  GtkWidget     *error_box;
  GtkWidget     *error_label;
  GtkWidget     *controls;
  /* Where the controls go while building. */
  GtkWidget     *group;
  GtkWidget     *play_button;
  GtkWidget     *speed_button;

  /* Paused because the view went out of sight, to play on when it is back. */
  gboolean       resume_on_map;
};

G_DEFINE_FINAL_TYPE (UprightVideoView, upright_video_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_MIRROR,
  PROP_LOOP,
  PROP_RATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const double rates[] = { 0.25, 0.5, 0.75, 1.0 };

static void
update_play_button (UprightVideoView *self)
{
  gboolean playing = upright_player_get_state (self->player) == UPRIGHT_PLAYER_PLAYING;

  gtk_button_set_icon_name (GTK_BUTTON (self->play_button),
                            playing ? "media-playback-pause-symbolic" : "media-playback-start-symbolic");
  gtk_widget_set_tooltip_text (self->play_button, playing ? _("Pause (Space)") : _("Play (Space)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->play_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, playing ? _("Pause") : _("Play"),
                                  -1);
}

static void
update_speed_button (UprightVideoView *self)
{
  double rate = upright_player_get_rate (self->player);
  g_autofree char *label = NULL;
  g_autofree char *name = NULL;

  /* Translators: a playback speed, “0.5×” */
  label = g_strdup_printf (_("%g×"), rate);
  gtk_menu_button_set_label (GTK_MENU_BUTTON (self->speed_button), label);

  /* Translators: the accessible name of the speed menu, “Speed: 0.5×” */
  name = g_strdup_printf (_("Speed: %s"), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->speed_button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static void
update_error (UprightVideoView *self)
{
  const GError *error = upright_player_get_error (self->player);

  gtk_widget_set_visible (self->error_box, error != NULL);
  /* The picture keeps its room, so the frame keeps its size and its dark
   * ground under the message; only what it last showed is hidden. */
  gtk_widget_set_opacity (self->picture, error == NULL ? 1.0 : 0.0);
  gtk_widget_set_sensitive (self->controls, error == NULL && upright_player_get_uri (self->player) != NULL);
  if (error != NULL)
    gtk_label_set_label (GTK_LABEL (self->error_label), error->message);
}

/* The captions sit in a band below the picture, never over the body they
 * describe. The band is there for as long as the video has captions, and
 * two lines high at least, so that the picture does not jump as they
 * change; a video without captions, or the small view of a session, which
 * shows the cues itself, has no band. */
static void
update_caption_band (UprightVideoView *self)
{
  const char *text = "";
  gboolean has_captions = self->caption_texts != NULL && self->caption_texts->len > 0;

  if (self->shown_caption >= 0)
    text = g_ptr_array_index (self->caption_texts, self->shown_caption);

  gtk_widget_set_visible (self->caption_label, has_captions && !self->compact);
  gtk_label_set_label (GTK_LABEL (self->caption_label), text);
  if (self->fullscreen_caption != NULL)
    {
      gtk_widget_set_visible (self->fullscreen_caption, has_captions);
      gtk_label_set_label (GTK_LABEL (self->fullscreen_caption), text);
    }
}

/* The caption is the last cue at or before the position, which a loop
 * brings back to the start. */
static void
update_caption (UprightVideoView *self)
{
  gint64 position = upright_player_get_position (self->player);
  double seconds = position >= 0 ? position / (double) G_TIME_SPAN_SECOND / 1000.0 : 0;
  int shown = -1;

  for (guint i = 0; self->caption_times != NULL && i < self->caption_times->len; i++)
    {
      if (g_array_index (self->caption_times, double, i) <= seconds + 0.001)
        shown = (int) i;
    }

  if (shown == self->shown_caption)
    return;

  self->shown_caption = shown;
  update_caption_band (self);
}

/* Actions */

static void
toggle_play_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  UprightVideoView *self = UPRIGHT_VIDEO_VIEW (widget);

  if (upright_player_get_state (self->player) == UPRIGHT_PLAYER_PLAYING)
    upright_player_pause (self->player);
  else
    upright_player_play (self->player);
}

static void
restart_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  upright_player_restart (UPRIGHT_VIDEO_VIEW (widget)->player);
}

static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  upright_player_step (UPRIGHT_VIDEO_VIEW (widget)->player, g_variant_get_int32 (parameter));
}

static gboolean
fullscreen_key_cb (GtkWidget *widget,
                   GVariant  *args,
                   gpointer   user_data)
{
  gtk_window_destroy (GTK_WINDOW (widget));

  return TRUE;
}

static void
fullscreen_destroyed_cb (UprightVideoView *self)
{
  self->fullscreen = NULL;
  self->fullscreen_caption = NULL;
}

static void
fullscreen_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  UprightVideoView *self = UPRIGHT_VIDEO_VIEW (widget);
  GtkWidget *window, *picture, *box;
  GtkEventController *shortcuts;
  GtkRoot *root;
  GdkMonitor *monitor = NULL;

  if (self->fullscreen != NULL)
    {
      gtk_window_destroy (self->fullscreen);
      return;
    }

  /* The same picture in a window of its own: a paintable can be shown in
   * two places at once, so nothing is copied or reparented. */
  window = gtk_window_new ();
  gtk_window_set_title (GTK_WINDOW (window), _("Demonstration"));
  root = gtk_widget_get_root (widget);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (root));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_widget_add_css_class (window, "video-fullscreen");

  /* Sized to the screen from the start, so that it fills it even before,
   * or without, a window manager that makes it full screen. */
  if (GTK_IS_NATIVE (root) && gtk_native_get_surface (GTK_NATIVE (root)) != NULL)
    monitor = gdk_display_get_monitor_at_surface (gtk_widget_get_display (widget),
                                                  gtk_native_get_surface (GTK_NATIVE (root)));
  if (monitor != NULL)
    {
      GdkRectangle geometry;

      gdk_monitor_get_geometry (monitor, &geometry);
      gtk_window_set_default_size (GTK_WINDOW (window), geometry.width, geometry.height);
    }

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  picture = gtk_picture_new_for_paintable (upright_player_get_paintable (self->player));
  gtk_picture_set_can_shrink (GTK_PICTURE (picture), TRUE);
  gtk_widget_set_vexpand (picture, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (picture), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Demonstration, full screen. Press Escape or F to leave."), -1);
  gtk_box_append (GTK_BOX (box), picture);
  self->fullscreen_caption = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->fullscreen_caption), TRUE);
  gtk_label_set_justify (GTK_LABEL (self->fullscreen_caption), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (self->fullscreen_caption, "video-caption");
  gtk_box_append (GTK_BOX (box), self->fullscreen_caption);
  gtk_window_set_child (GTK_WINDOW (window), box);

  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_alternative_trigger_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                                                       gtk_keyval_trigger_new (GDK_KEY_f, 0)),
                                                          gtk_callback_action_new (fullscreen_key_cb, NULL, NULL)));
  gtk_widget_add_controller (window, shortcuts);

  self->fullscreen = GTK_WINDOW (window);
  g_signal_connect_object (window, "destroy", G_CALLBACK (fullscreen_destroyed_cb), self, G_CONNECT_SWAPPED);
  update_caption_band (self);
  gtk_window_fullscreen (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
}

/* Building */

static GtkWidget *
add_button (UprightVideoView *self,
            const char       *icon_name,
            const char       *label,
            const char       *tooltip,
            const char       *action_name,
            GVariant         *target)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  if (target != NULL)
    gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "video-button");
  gtk_box_append (GTK_BOX (self->group), button);

  return button;
}

static GtkWidget *
add_toggle (UprightVideoView *self,
            const char       *icon_name,
            const char       *label,
            const char       *tooltip,
            const char       *action_name)
{
  GtkWidget *button = gtk_toggle_button_new ();

  gtk_button_set_icon_name (GTK_BUTTON (button), icon_name);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "video-button");
  gtk_box_append (GTK_BOX (self->group), button);

  return button;
}

static void
build (UprightVideoView *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkWidget *icon, *title;

  self->overlay = gtk_overlay_new ();
  gtk_widget_add_css_class (self->overlay, "video-frame");
  gtk_widget_set_parent (self->overlay, GTK_WIDGET (self));

  self->picture = gtk_picture_new_for_paintable (upright_player_get_paintable (self->player));
  gtk_picture_set_can_shrink (GTK_PICTURE (self->picture), TRUE);
  gtk_picture_set_content_fit (GTK_PICTURE (self->picture), GTK_CONTENT_FIT_CONTAIN);
  gtk_widget_set_size_request (self->picture, 200, 150);
  gtk_widget_set_vexpand (self->picture, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->picture), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Demonstration"), -1);
  gtk_overlay_set_child (GTK_OVERLAY (self->overlay), self->picture);

  self->caption_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->caption_label), TRUE);
  gtk_label_set_justify (GTK_LABEL (self->caption_label), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (self->caption_label, "video-caption");
  gtk_widget_set_visible (self->caption_label, FALSE);
  gtk_widget_set_parent (self->caption_label, GTK_WIDGET (self));

  self->error_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_valign (self->error_box, GTK_ALIGN_CENTER);
  gtk_widget_set_halign (self->error_box, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_start (self->error_box, 12);
  gtk_widget_set_margin_end (self->error_box, 12);
  icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  gtk_image_set_pixel_size (GTK_IMAGE (icon), 48);
  gtk_widget_add_css_class (icon, "dim-label");
  title = gtk_label_new (_("This Video Cannot Be Played"));
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_add_css_class (title, "heading");
  self->error_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->error_label), TRUE);
  gtk_label_set_justify (GTK_LABEL (self->error_label), GTK_JUSTIFY_CENTER);
  gtk_box_append (GTK_BOX (self->error_box), icon);
  gtk_box_append (GTK_BOX (self->error_box), title);
  gtk_box_append (GTK_BOX (self->error_box), self->error_label);
  gtk_widget_set_visible (self->error_box, FALSE);
  gtk_overlay_add_overlay (GTK_OVERLAY (self->overlay), self->error_box);

  self->controls = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);
  gtk_widget_set_halign (self->controls, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->controls, "video-controls");
  gtk_widget_set_parent (self->controls, GTK_WIDGET (self));
  self->group = self->controls;

  add_button (self, "media-skip-backward-symbolic", _("Start Again"), _("Start Again"), "video.restart", NULL);
  add_button (self, "media-seek-backward-symbolic", _("Back One Frame"), _("Back One Frame (Comma)"),
              "video.step", g_variant_new_int32 (-1));
  self->play_button = add_button (self, "media-playback-start-symbolic", _("Play"), _("Play (Space)"),
                                  "video.toggle-play", NULL);
  gtk_widget_add_css_class (self->play_button, "circular");
  gtk_widget_add_css_class (self->play_button, "suggested-action");
  gtk_widget_remove_css_class (self->play_button, "flat");
  add_button (self, "media-seek-forward-symbolic", _("Forward One Frame"), _("Forward One Frame (Period)"),
              "video.step", g_variant_new_int32 (1));

  for (guint i = 0; i < G_N_ELEMENTS (rates); i++)
    {
      g_autofree char *label = NULL;
      g_autoptr(GMenuItem) item = NULL;

      /* Translators: a playback speed in the speed menu */
      label = rates[i] < 1.0 ? g_strdup_printf (_("%g× (slow motion)"), rates[i]) : g_strdup (_("1× (normal speed)"));
      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target_value (item, "video.rate", g_variant_new_double (rates[i]));
      g_menu_append_item (menu, item);
    }
  self->speed_button = gtk_menu_button_new ();
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->speed_button), G_MENU_MODEL (menu));
  gtk_widget_set_tooltip_text (self->speed_button, _("Speed"));
  gtk_widget_add_css_class (self->speed_button, "flat");
  gtk_box_append (GTK_BOX (self->group), self->speed_button);

  add_toggle (self, "object-flip-horizontal-symbolic", _("Mirror View"), _("Mirror View"), "video.mirror");
  add_toggle (self, "media-playlist-repeat-symbolic", _("Loop"), _("Loop"), "video.loop");
  add_button (self, "view-fullscreen-symbolic", _("Full Screen"), _("Full Screen (F)"), "video.fullscreen", NULL);

  update_play_button (self);
  update_speed_button (self);
  update_error (self);
}

/* Public */

/**
 * upright_video_view_set_playing:
 * @self: a video view
 * @playing: whether the video should move
 *
 * Plays or pauses the video, as its Play button would. Out of sight, the
 * choice waits until the view shows.
 */
void
upright_video_view_set_playing (UprightVideoView *self,
                                gboolean          playing)
{
  g_return_if_fail (UPRIGHT_IS_VIDEO_VIEW (self));

  if (upright_player_get_uri (self->player) == NULL || upright_player_get_error (self->player) != NULL)
    return;

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->resume_on_map = playing;
      return;
    }

  if (playing && upright_player_get_state (self->player) != UPRIGHT_PLAYER_PLAYING)
    upright_player_play (self->player);
  else if (!playing && upright_player_get_state (self->player) == UPRIGHT_PLAYER_PLAYING)
    upright_player_pause (self->player);
}

/**
 * upright_video_view_new:
 *
 * Returns: (transfer floating): a view with its own player, showing nothing
 */
GtkWidget *
upright_video_view_new (void)
{
  return g_object_new (UPRIGHT_TYPE_VIDEO_VIEW, NULL);
}

/**
 * upright_video_view_get_player:
 * @self: a video view
 *
 * Returns: (transfer none): the view's player
 */
UprightPlayer *
upright_video_view_get_player (UprightVideoView *self)
{
  g_return_val_if_fail (UPRIGHT_IS_VIDEO_VIEW (self), NULL);

  return self->player;
}

/**
 * upright_video_view_open:
 * @self: a video view
 * @uri: (nullable): a video to show, or %NULL for none
 *
 * Opens a video, shows its first frame and plays it.
 */
void
upright_video_view_open (UprightVideoView *self,
                         const char       *uri)
{
  g_return_if_fail (UPRIGHT_IS_VIDEO_VIEW (self));

  upright_player_set_uri (self->player, uri);
  self->resume_on_map = FALSE;
  if (uri != NULL && gtk_widget_get_mapped (GTK_WIDGET (self)))
    upright_player_play (self->player);
  else if (uri != NULL)
    self->resume_on_map = TRUE;

  update_error (self);
}

/**
 * upright_video_view_set_captions:
 * @self: a video view
 * @times: (array length=n_captions): when each caption starts, in seconds,
 *   in order
 * @texts: (array length=n_captions): the captions
 * @n_captions: how many there are
 */
void
upright_video_view_set_captions (UprightVideoView   *self,
                                 const double       *times,
                                 const char * const *texts,
                                 guint               n_captions)
{
  g_return_if_fail (UPRIGHT_IS_VIDEO_VIEW (self));
  g_return_if_fail (n_captions == 0 || (times != NULL && texts != NULL));

  g_array_set_size (self->caption_times, 0);
  g_ptr_array_set_size (self->caption_texts, 0);
  for (guint i = 0; i < n_captions; i++)
    {
      g_array_append_val (self->caption_times, times[i]);
      g_ptr_array_add (self->caption_texts, g_strdup (texts[i]));
    }

  self->shown_caption = -2;
  update_caption (self);
}

/**
 * upright_video_view_get_caption:
 * @self: a video view
 *
 * Returns: (nullable): the caption shown now
 */
const char *
upright_video_view_get_caption (UprightVideoView *self)
{
  g_return_val_if_fail (UPRIGHT_IS_VIDEO_VIEW (self), NULL);

  if (self->shown_caption < 0)
    return NULL;

  return g_ptr_array_index (self->caption_texts, self->shown_caption);
}

/**
 * upright_video_view_set_compact:
 * @self: a video view
 * @compact: whether to show the picture alone
 *
 * A small view beside the timer needs no controls.
 */
void
upright_video_view_set_compact (UprightVideoView *self,
                                gboolean          compact)
{
  g_return_if_fail (UPRIGHT_IS_VIDEO_VIEW (self));

  self->compact = !!compact;
  gtk_widget_set_visible (self->controls, !compact);
  update_caption_band (self);
}

/**
 * upright_video_view_bind_settings:
 * @self: a video view
 * @settings: the application settings
 *
 * Starts demonstrations at the preferred speed and mirrored as preferred;
 * changing them in the view changes them for this video only.
 */
void
upright_video_view_bind_settings (UprightVideoView *self,
                                  GSettings        *settings)
{
  g_return_if_fail (UPRIGHT_IS_VIDEO_VIEW (self));
  g_return_if_fail (G_IS_SETTINGS (settings));

  g_settings_bind (settings, "playback-speed", self, "rate", G_SETTINGS_BIND_GET);
  g_settings_bind (settings, "mirror-video", self, "mirror", G_SETTINGS_BIND_GET);
}

gboolean
upright_video_view_get_mirror (UprightVideoView *self)
{
  gboolean mirror = FALSE;

  g_return_val_if_fail (UPRIGHT_IS_VIDEO_VIEW (self), FALSE);

  g_object_get (upright_player_get_paintable (self->player), "mirror", &mirror, NULL);

  return mirror;
}

void
upright_video_view_set_mirror (UprightVideoView *self,
                               gboolean          mirror)
{
  g_return_if_fail (UPRIGHT_IS_VIDEO_VIEW (self));

  if (upright_video_view_get_mirror (self) == !!mirror)
    return;

  g_object_set (upright_player_get_paintable (self->player), "mirror", !!mirror, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MIRROR]);
}

static void
upright_video_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  UprightVideoView *self = UPRIGHT_VIDEO_VIEW (object);

  switch (prop_id)
    {
    case PROP_MIRROR:
      g_value_set_boolean (value, upright_video_view_get_mirror (self));
      break;

    case PROP_LOOP:
      g_value_set_boolean (value, upright_player_get_loop (self->player));
      break;

    case PROP_RATE:
      g_value_set_double (value, upright_player_get_rate (self->player));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
upright_video_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  UprightVideoView *self = UPRIGHT_VIDEO_VIEW (object);

  switch (prop_id)
    {
    case PROP_MIRROR:
      upright_video_view_set_mirror (self, g_value_get_boolean (value));
      break;

    case PROP_LOOP:
      upright_player_set_loop (self->player, g_value_get_boolean (value));
      break;

    case PROP_RATE:
      upright_player_set_rate (self->player, g_value_get_double (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
player_notify_cb (UprightVideoView *self,
                  GParamSpec       *pspec)
{
  const char *name = g_param_spec_get_name (pspec);

  if (g_str_equal (name, "state"))
    update_play_button (self);
  else if (g_str_equal (name, "position"))
    update_caption (self);
  else if (g_str_equal (name, "error") || g_str_equal (name, "uri"))
    update_error (self);
  else if (g_str_equal (name, "rate"))
    {
      update_speed_button (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RATE]);
    }
  else if (g_str_equal (name, "loop"))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOOP]);
}

/* Nothing plays where nobody can see it: a view on a page left behind
 * stops decoding until it is shown again. */
static void
upright_video_view_map (GtkWidget *widget)
{
  UprightVideoView *self = UPRIGHT_VIDEO_VIEW (widget);

  GTK_WIDGET_CLASS (upright_video_view_parent_class)->map (widget);

  if (self->resume_on_map)
    upright_player_play (self->player);
  self->resume_on_map = FALSE;
}

static void
upright_video_view_unmap (GtkWidget *widget)
{
  UprightVideoView *self = UPRIGHT_VIDEO_VIEW (widget);

  if (upright_player_get_state (self->player) == UPRIGHT_PLAYER_PLAYING)
    {
      upright_player_pause (self->player);
      self->resume_on_map = TRUE;
    }

  GTK_WIDGET_CLASS (upright_video_view_parent_class)->unmap (widget);
}

/* Layout: the frame of the picture on top, as wide as the view and 16:9,
 * the shape of the demonstrations, so that a demonstration fills it; then
 * the caption band and the controls, each as high as it needs. Given more
 * height than that, the frame takes it; given less, it shrinks down to its
 * minimum. */

#define SPACING 6

static GtkSizeRequestMode
upright_video_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
measure_below_frame (UprightVideoView *self,
                     int               for_width,
                     int              *height)
{
  GtkWidget *below[] = { self->caption_label, self->controls };

  *height = 0;
  for (guint i = 0; i < G_N_ELEMENTS (below); i++)
    {
      int child_height;

      if (below[i] == NULL || !gtk_widget_should_layout (below[i]))
        continue;
      gtk_widget_measure (below[i], GTK_ORIENTATION_VERTICAL, for_width, NULL, &child_height, NULL, NULL);
      *height += SPACING + child_height;
    }
}

static void
upright_video_view_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  UprightVideoView *self = UPRIGHT_VIDEO_VIEW (widget);
  GtkWidget *children[] = { self->overlay, self->caption_label, self->controls };

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = *natural = 0;
      for (guint i = 0; i < G_N_ELEMENTS (children); i++)
        {
          int child_min, child_nat;

          if (children[i] == NULL || !gtk_widget_should_layout (children[i]))
            continue;
          gtk_widget_measure (children[i], GTK_ORIENTATION_HORIZONTAL, -1, &child_min, &child_nat, NULL, NULL);
          *minimum = MAX (*minimum, child_min);
          *natural = MAX (*natural, child_nat);
        }
    }
  else
    {
      int frame_min, below;
      int width = for_size;

      if (width < 0)
        gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &width, NULL, NULL);

      gtk_widget_measure (self->overlay, GTK_ORIENTATION_VERTICAL, width, &frame_min, NULL, NULL, NULL);
      measure_below_frame (self, width, &below);
      *minimum = frame_min + below;
      *natural = MAX (frame_min, width * 9 / 16) + below;
    }
}

static void
upright_video_view_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  UprightVideoView *self = UPRIGHT_VIDEO_VIEW (widget);
  GtkWidget *below[] = { self->caption_label, self->controls };
  GtkAllocation allocation = { 0, 0, width, 0 };
  int below_height;

  measure_below_frame (self, width, &below_height);
  allocation.height = MAX (height - below_height, 0);
  gtk_widget_size_allocate (self->overlay, &allocation, -1);

  allocation.y = allocation.height;
  for (guint i = 0; i < G_N_ELEMENTS (below); i++)
    {
      if (below[i] == NULL || !gtk_widget_should_layout (below[i]))
        continue;
      gtk_widget_measure (below[i], GTK_ORIENTATION_VERTICAL, width, NULL, &allocation.height, NULL, NULL);
      allocation.y += SPACING;
      gtk_widget_size_allocate (below[i], &allocation, -1);
      allocation.y += allocation.height;
    }
}

static void
upright_video_view_dispose (GObject *object)
{
  UprightVideoView *self = UPRIGHT_VIDEO_VIEW (object);

  if (self->fullscreen != NULL)
    gtk_window_destroy (self->fullscreen);

  /* The pipeline stops before the picture lets go of its paintable. */
  if (self->player != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->player, self);
      upright_player_stop (self->player);
    }

  g_clear_pointer (&self->overlay, gtk_widget_unparent);
  g_clear_pointer (&self->caption_label, gtk_widget_unparent);
  g_clear_pointer (&self->controls, gtk_widget_unparent);
  g_clear_object (&self->player);
  g_clear_pointer (&self->caption_times, g_array_unref);
  g_clear_pointer (&self->caption_texts, g_ptr_array_unref);

  G_OBJECT_CLASS (upright_video_view_parent_class)->dispose (object);
}

static void
upright_video_view_class_init (UprightVideoViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = upright_video_view_dispose;
  object_class->get_property = upright_video_view_get_property;
  object_class->set_property = upright_video_view_set_property;

  widget_class->map = upright_video_view_map;
  widget_class->unmap = upright_video_view_unmap;

  properties[PROP_MIRROR] =
    g_param_spec_boolean ("mirror", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_LOOP] =
    g_param_spec_boolean ("loop", NULL, NULL, TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_RATE] =
    g_param_spec_double ("rate", NULL, NULL, 0.25, 1.0, 1.0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "video.toggle-play", NULL, toggle_play_action);
  gtk_widget_class_install_action (widget_class, "video.restart", NULL, restart_action);
  gtk_widget_class_install_action (widget_class, "video.step", "i", step_action);
  gtk_widget_class_install_action (widget_class, "video.fullscreen", NULL, fullscreen_action);
  gtk_widget_class_install_property_action (widget_class, "video.mirror", "mirror");
  gtk_widget_class_install_property_action (widget_class, "video.loop", "loop");
  gtk_widget_class_install_property_action (widget_class, "video.rate", "rate");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "video.toggle-play", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_period, 0, "video.step", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_comma, 0, "video.step", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, 0, "video.fullscreen", NULL);

  widget_class->get_request_mode = upright_video_view_get_request_mode;
  widget_class->measure = upright_video_view_measure;
  widget_class->size_allocate = upright_video_view_size_allocate;
  gtk_widget_class_set_css_name (widget_class, "videoview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
upright_video_view_init (UprightVideoView *self)
{
  self->caption_times = g_array_new (FALSE, FALSE, sizeof (double));
  self->caption_texts = g_ptr_array_new_with_free_func (g_free);
  self->shown_caption = -1;
  self->player = upright_player_new ();
  g_signal_connect_swapped (self->player, "notify", G_CALLBACK (player_notify_cb), self);

  build (self);
}

/**
 * upright_video_view_show_choice:
 * @self: a video view
 * @choice: (nullable): the video of an exercise, or %NULL for none
 *
 * Plays her own video or the demonstration with its captions, as the
 * exercise page and a session both do. The same video is not opened again.
 */
void
upright_video_view_show_choice (UprightVideoView         *self,
                                const UprightVideoChoice *choice)
{
  const char *uri = choice != NULL ? choice->uri : NULL;
  GArray *captions = choice != NULL ? choice->captions : NULL;
  g_autofree double *times = NULL;
  g_autofree const char **texts = NULL;

  g_return_if_fail (UPRIGHT_IS_VIDEO_VIEW (self));

  if (g_strcmp0 (upright_player_get_uri (upright_video_view_get_player (self)), uri) == 0)
    return;

  if (captions != NULL && captions->len > 0)
    {
      times = g_new (double, captions->len);
      texts = g_new (const char *, captions->len);
      for (guint i = 0; i < captions->len; i++)
        {
          times[i] = g_array_index (captions, UprightCaption, i).time;
          texts[i] = g_array_index (captions, UprightCaption, i).text;
        }
      upright_video_view_set_captions (self, times, texts, captions->len);
    }
  else
    {
      upright_video_view_set_captions (self, NULL, NULL, 0);
    }

  upright_video_view_open (self, uri);
}
