/* upright-welcome-window.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "media/upright-speech.h"

#include "widgets/upright-accessible.h"
#include "widgets/upright-safety-questions.h"

#include "upright-welcome-window.h"

/**
 * UprightWelcomeWindow:
 *
 * What a new user meets first, and can open again from the menu: what
 * Upright is and is not, the questions of her safety profile, the weekly
 * goals, and when to stop. It can be skipped; until the questions were
 * answered, the exercises that depend on them say so.
 */

static const char * const pages[] = { "welcome", "safety", "goals", "stop" };

struct _UprightWelcomeWindow
{
  AdwWindow   parent_instance;

  GSettings  *settings;

  /* Template widgets */
  GtkStack   *stack;
  GtkBox     *safety_box;
  GtkLabel   *goals_label;
  AdwActionRow *speech_row;
  GtkSwitch  *speech_switch;
  GtkButton  *back_button;
  GtkButton  *next_button;
  GtkButton  *skip_button;
};

G_DEFINE_FINAL_TYPE (UprightWelcomeWindow, upright_welcome_window, ADW_TYPE_WINDOW)

static guint
get_position (UprightWelcomeWindow *self)
{
  const char *name = gtk_stack_get_visible_child_name (self->stack);

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      if (g_strcmp0 (pages[i], name) == 0)
        return i;
    }

  return 0;
}

static void
update_buttons (UprightWelcomeWindow *self)
{
  guint position = get_position (self);
  gboolean last = position + 1 == G_N_ELEMENTS (pages);

  gtk_widget_set_visible (GTK_WIDGET (self->back_button), position > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->skip_button), !last);
  gtk_button_set_label (self->next_button, last ? _("_Get Started") : _("_Next"));
}

/**
 * upright_welcome_window_show_page:
 * @self: the welcome window
 * @name: “welcome”, “safety”, “goals” or “stop”
 */
void
upright_welcome_window_show_page (UprightWelcomeWindow *self,
                                  const char           *name)
{
  g_return_if_fail (UPRIGHT_IS_WELCOME_WINDOW (self));
  g_return_if_fail (name != NULL);

  gtk_stack_set_visible_child_name (self->stack, name);
  update_buttons (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->next_button));
}

/**
 * upright_welcome_window_get_page:
 * @self: the welcome window
 *
 * Returns: the name of the page shown
 */
const char *
upright_welcome_window_get_page (UprightWelcomeWindow *self)
{
  g_return_val_if_fail (UPRIGHT_IS_WELCOME_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

static void
finish (UprightWelcomeWindow *self)
{
  g_settings_set_boolean (self->settings, "welcome-done", TRUE);
  gtk_window_close (GTK_WINDOW (self));
}

static void
next_clicked_cb (UprightWelcomeWindow *self)
{
  guint position = get_position (self);

  /* Going on from the questions is answering them, whatever the answers. */
  if (g_str_equal (pages[position], "safety"))
    g_settings_set_boolean (self->settings, "safety-profile-answered", TRUE);

  if (position + 1 < G_N_ELEMENTS (pages))
    upright_welcome_window_show_page (self, pages[position + 1]);
  else
    finish (self);
}

static void
back_clicked_cb (UprightWelcomeWindow *self)
{
  guint position = get_position (self);

  if (position > 0)
    upright_welcome_window_show_page (self, pages[position - 1]);
}

static void
skip_clicked_cb (UprightWelcomeWindow *self)
{
  finish (self);
}

static void
update_goals (UprightWelcomeWindow *self)
{
  guint strength = g_settings_get_uint (self->settings, "goal-strength-days");
  guint balance = g_settings_get_uint (self->settings, "goal-balance-minutes");
  guint posture = g_settings_get_uint (self->settings, "goal-posture-days");
  guint impact = g_settings_get_uint (self->settings, "goal-impact-days");
  g_autofree char *strength_text = NULL;
  g_autofree char *balance_text = NULL;
  g_autofree char *posture_text = NULL;
  g_autofree char *impact_text = NULL;
  g_autofree char *text = NULL;

  strength_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "Strength on %u day a week",
                                                "Strength on %u days a week", strength),
                                   strength);
  balance_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "Balance for %u minute a week",
                                               "Balance for %u minutes a week", balance),
                                  balance);
  posture_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "Posture on %u day a week",
                                               "Posture on %u days a week", posture),
                                  posture);
  if (impact > 0)
    impact_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "Impact on %u day a week",
                                                "Impact on %u days a week", impact),
                                   impact);
  else
    impact_text = g_strdup (_("Impact: off until you choose it, as it does not suit everyone"));

  text = g_strdup_printf ("• %s\n• %s\n• %s\n• %s", strength_text, balance_text, posture_text, impact_text);
  gtk_label_set_label (self->goals_label, text);
}

static gboolean
upright_welcome_window_close_request (GtkWindow *window)
{
  UprightWelcomeWindow *self = UPRIGHT_WELCOME_WINDOW (window);

  /* Closed is skipped: it is not shown by itself again. */
  g_settings_set_boolean (self->settings, "welcome-done", TRUE);

  return GTK_WINDOW_CLASS (upright_welcome_window_parent_class)->close_request (window);
}

static void
upright_welcome_window_dispose (GObject *object)
{
  UprightWelcomeWindow *self = UPRIGHT_WELCOME_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), UPRIGHT_TYPE_WELCOME_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (upright_welcome_window_parent_class)->dispose (object);
}

static gboolean
quit_cb (GtkWidget *widget,
         GVariant  *args,
         gpointer   user_data)
{
  GApplication *application = g_application_get_default ();

  /* Let go of the window it belongs to while that still exists: GTK 4.8
   * would let go of it at this window's end, after quitting freed it. */
  gtk_window_set_transient_for (GTK_WINDOW (widget), NULL);
  gtk_window_destroy (GTK_WINDOW (widget));
  if (application != NULL)
    g_action_group_activate_action (G_ACTION_GROUP (application), "quit", NULL);
  return TRUE;
}

static void
upright_welcome_window_class_init (UprightWelcomeWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = upright_welcome_window_dispose;
  window_class->close_request = upright_welcome_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/upright-welcome-window.ui");
  gtk_widget_class_bind_template_child (widget_class, UprightWelcomeWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, UprightWelcomeWindow, safety_box);
  gtk_widget_class_bind_template_child (widget_class, UprightWelcomeWindow, goals_label);
  gtk_widget_class_bind_template_child (widget_class, UprightWelcomeWindow, speech_row);
  gtk_widget_class_bind_template_child (widget_class, UprightWelcomeWindow, speech_switch);
  gtk_widget_class_bind_template_child (widget_class, UprightWelcomeWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, UprightWelcomeWindow, next_button);
  gtk_widget_class_bind_template_child (widget_class, UprightWelcomeWindow, skip_button);
  gtk_widget_class_bind_template_callback (widget_class, next_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, skip_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  /* The window is not the application's, so its Ctrl+Q is added here. */
  gtk_widget_class_add_binding (widget_class, GDK_KEY_q, GDK_CONTROL_MASK, quit_cb, NULL);
}

static void
upright_welcome_window_init (UprightWelcomeWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* One name for each button, without its mnemonic's underscore. */
  upright_accessible_fix_names (GTK_WIDGET (self));
}

/**
 * upright_welcome_window_new:
 * @settings: Upright's settings
 *
 * Returns: (transfer full): a new welcome window, on its first page
 */
UprightWelcomeWindow *
upright_welcome_window_new (GSettings *settings)
{
  UprightWelcomeWindow *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (UPRIGHT_TYPE_WELCOME_WINDOW, NULL);
  self->settings = g_object_ref (settings);
  gtk_box_append (self->safety_box, upright_safety_questions_new (settings));

  /* Spoken guidance is offered here once, as well as in Preferences. */
  g_settings_bind (settings, "spoken-guidance", self->speech_switch, "active", G_SETTINGS_BIND_DEFAULT);
  if (!upright_speech_is_built_in ())
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->speech_row), FALSE);
      adw_action_row_set_subtitle (self->speech_row, _("This copy of Upright was built without speech"));
    }
  update_goals (self);
  upright_welcome_window_show_page (self, pages[0]);

  return self;
}
