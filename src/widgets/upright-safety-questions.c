/* upright-safety-questions.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "upright-accessible.h"
#include "upright-safety-questions.h"

/**
 * UprightSafetyQuestions:
 *
 * The questions of the safety profile, each a row with a switch kept in
 * step with its setting, in one place for every window that asks them.
 * Each answer says what it changes.
 */

struct _UprightSafetyQuestions
{
  AdwPreferencesGroup  parent_instance;

  GSettings           *settings;
};

G_DEFINE_FINAL_TYPE (UprightSafetyQuestions, upright_safety_questions, ADW_TYPE_PREFERENCES_GROUP)

static const struct {
  const char *key;
  const char *title;
  const char *subtitle;
} questions[] = {
  { "safety-spine-fracture",
    N_("I have had a _spine (vertebral) fracture"),
    N_("Marks exercises that bend the spine forward, twist it or add load") },
  { "safety-recent-spine-fracture",
    N_("My spine fracture is _recent and still painful"),
    N_("Leaves only the gentle programme of the first weeks") },
  { "safety-several-fractures",
    N_("I have broken _more than one bone in minor falls"),
    N_("Keeps impact to brisk walking, as after a spine fracture") },
  { "safety-avoid-floor",
    N_("I avoid getting down to the _floor"),
    N_("Marks exercises done lying or kneeling") },
  { "safety-walking-aid",
    N_("I use a _walking aid"),
    N_("Marks balance exercises without something to hold") },
  { "safety-avoid-impact",
    N_("I have been told to avoid _impact"),
    N_("Marks hops, jumps and stamps") },
};

/* The text of a label with a mnemonic, as it reads: “_Floor” is “Floor”,
 * and “__” a single underscore. */
static char *
strip_mnemonic (const char *text)
{
  GString *plain = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '_')
        {
          p++;
          if (*p == '\0')
            break;
        }
      g_string_append_c (plain, *p);
    }

  return g_string_free (plain, FALSE);
}

static void
upright_safety_questions_dispose (GObject *object)
{
  UprightSafetyQuestions *self = UPRIGHT_SAFETY_QUESTIONS (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (upright_safety_questions_parent_class)->dispose (object);
}

static void
upright_safety_questions_class_init (UprightSafetyQuestionsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = upright_safety_questions_dispose;
}

static void
upright_safety_questions_init (UprightSafetyQuestions *self)
{
}

/**
 * upright_safety_questions_new:
 * @settings: the settings that keep the answers
 *
 * Questions whose keys @settings does not have are left out.
 *
 * Returns: (transfer floating): the safety questions
 */
GtkWidget *
upright_safety_questions_new (GSettings *settings)
{
  UprightSafetyQuestions *self;
  g_autoptr(GSettingsSchema) schema = NULL;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (UPRIGHT_TYPE_SAFETY_QUESTIONS,
                       "title", _("Your Safety Profile"),
                       NULL);
  self->settings = g_object_ref (settings);
  g_object_get (settings, "settings-schema", &schema, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (questions); i++)
    {
      g_autofree char *name = NULL;
      GtkWidget *row, *toggle;

      if (!g_settings_schema_has_key (schema, questions[i].key))
        continue;

      toggle = gtk_switch_new ();
      gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
      g_settings_bind (settings, questions[i].key, toggle, "active", G_SETTINGS_BIND_DEFAULT);

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(questions[i].title));
      adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _(questions[i].subtitle));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);

      /* Read out as the question, not with its mnemonic. */
      name = strip_mnemonic (_(questions[i].title));
      upright_accessible_set_label (toggle, name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (toggle),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _(questions[i].subtitle),
                                      -1);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
    }

  return GTK_WIDGET (self);
}
