/* upright-safety-profile.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "upright-safety-profile.h"

/* The user's answers about her health, and what they rule out. The app binds
 * the properties to GSettings; the model itself knows nothing of where the
 * answers are kept.
 */
struct _UprightSafetyProfile
{
  GObject  parent_instance;

  gboolean answers[6];
};

G_DEFINE_FINAL_TYPE (UprightSafetyProfile, upright_safety_profile, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SPINE_FRACTURE,
  PROP_AVOID_FLOOR,
  PROP_WALKING_AID,
  PROP_AVOID_IMPACT,
  PROP_SEVERAL_FRACTURES,
  PROP_RECENT_SPINE_FRACTURE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Which answer rules out which tags, and why. The reasons follow the
 * guidelines: after a spine fracture avoid flexion and twisting, have weights
 * checked by a physiotherapist and keep impact to brisk walking (Too Fit To
 * Fracture; UK consensus 2022), and after more than one low-trauma fracture
 * keep impact to brisk walking too (UK consensus 2022); floor work needs a
 * safe way down and up, and a new, painful spine fracture calls for gentle
 * exercise only until the pain settles (Bone Fit).
 */
static const struct {
  guint       answer;
  UprightTag  tag;
  const char *reason;
} rules[] = {
  { PROP_SPINE_FRACTURE, UPRIGHT_TAG_SPINAL_FLEXION,
    N_("It bends the spine forward, which is not advised after a spine fracture.") },
  { PROP_SPINE_FRACTURE, UPRIGHT_TAG_TWIST,
    N_("It can twist the spine, which is not advised after a spine fracture.") },
  { PROP_SPINE_FRACTURE, UPRIGHT_TAG_LOAD,
    N_("It adds weight or resistance. After a spine fracture, have a physiotherapist check your technique before you add load.") },
  { PROP_SPINE_FRACTURE, UPRIGHT_TAG_PRONE,
    N_("It is done lying face down. After a spine fracture, learn it with a physiotherapist first: ribs have been injured in face-down exercise and while rolling over.") },
  { PROP_SPINE_FRACTURE, UPRIGHT_TAG_IMPACT,
    N_("It involves impact. After a spine fracture, keep impact to the level of brisk walking.") },
  { PROP_AVOID_FLOOR, UPRIGHT_TAG_FLOOR,
    N_("It is done on the floor, which you said you avoid.") },
  { PROP_AVOID_FLOOR, UPRIGHT_TAG_KNEELING,
    N_("It puts your weight on your knees, which you said you avoid.") },
  { PROP_WALKING_AID, UPRIGHT_TAG_UNSUPPORTED_BALANCE,
    N_("It is a balance exercise without anything to hold. With a walking aid, keep a sturdy support within reach.") },
  { PROP_AVOID_IMPACT, UPRIGHT_TAG_IMPACT,
    N_("It involves impact, which you have been told to avoid.") },
  { PROP_SEVERAL_FRACTURES, UPRIGHT_TAG_IMPACT,
    N_("It involves impact. After more than one low-trauma fracture, keep impact to the level of brisk walking.") },
  { PROP_RECENT_SPINE_FRACTURE, UPRIGHT_TAG_STRENUOUS,
    N_("In the weeks after a new, painful spine fracture, keep to the gentle programme — breathing, resting on your back and short walks — until your doctor or physiotherapist says you can do more.") },
};

UprightSafetyProfile *
upright_safety_profile_new (void)
{
  return g_object_new (UPRIGHT_TYPE_SAFETY_PROFILE, NULL);
}

/**
 * upright_safety_profile_conflicts_version:
 * @self: a safety profile
 * @exercise: an exercise
 * @version: which version of it
 *
 * Returns: the tags of that version of @exercise that the answers rule out
 */
UprightTag
upright_safety_profile_conflicts_version (UprightSafetyProfile *self,
                                          UprightExercise      *exercise,
                                          UprightVersion        version)
{
  UprightTag tags, conflicts = 0;

  g_return_val_if_fail (UPRIGHT_IS_SAFETY_PROFILE (self), 0);
  g_return_val_if_fail (UPRIGHT_IS_EXERCISE (exercise), 0);
  g_return_val_if_fail (version < UPRIGHT_N_VERSIONS, 0);

  tags = upright_exercise_get_version_tags (exercise, version);
  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      if (self->answers[rules[i].answer - 1] && (tags & rules[i].tag) != 0)
        conflicts |= rules[i].tag;
    }

  return conflicts;
}

/**
 * upright_safety_profile_conflicts:
 * @self: a safety profile
 * @exercise: an exercise
 *
 * Returns: the tags of @exercise, as its steps describe it, that the
 *   answers rule out
 */
UprightTag
upright_safety_profile_conflicts (UprightSafetyProfile *self,
                                  UprightExercise      *exercise)
{
  return upright_safety_profile_conflicts_version (self, exercise, UPRIGHT_VERSION_MAIN);
}

/**
 * upright_safety_profile_advises:
 * @self: a safety profile
 * @exercise: an exercise
 *
 * Returns: %TRUE if nothing in the answers rules @exercise out
 */
gboolean
upright_safety_profile_advises (UprightSafetyProfile *self,
                                UprightExercise      *exercise)
{
  return upright_safety_profile_conflicts (self, exercise) == 0;
}

/**
 * upright_safety_profile_explain_version:
 * @self: a safety profile
 * @exercise: an exercise
 * @version: which version of it
 *
 * Returns: (transfer full): one translated sentence per reason that
 *   version is not advised; empty when it is
 */
char **
upright_safety_profile_explain_version (UprightSafetyProfile *self,
                                        UprightExercise      *exercise,
                                        UprightVersion        version)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  UprightTag tags;

  g_return_val_if_fail (UPRIGHT_IS_SAFETY_PROFILE (self), NULL);
  g_return_val_if_fail (UPRIGHT_IS_EXERCISE (exercise), NULL);
  g_return_val_if_fail (version < UPRIGHT_N_VERSIONS, NULL);

  tags = upright_exercise_get_version_tags (exercise, version);
  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      const char *reason = g_dgettext (GETTEXT_PACKAGE, rules[i].reason);

      if (self->answers[rules[i].answer - 1] && (tags & rules[i].tag) != 0)
        g_strv_builder_add (builder, reason);
    }

  return g_strv_builder_end (builder);
}

/**
 * upright_safety_profile_explain:
 * @self: a safety profile
 * @exercise: an exercise
 *
 * Returns: (transfer full): one translated sentence per reason the exercise
 *   is not advised; empty when it is
 */
char **
upright_safety_profile_explain (UprightSafetyProfile *self,
                                UprightExercise      *exercise)
{
  return upright_safety_profile_explain_version (self, exercise, UPRIGHT_VERSION_MAIN);
}

static void
upright_safety_profile_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  UprightSafetyProfile *self = UPRIGHT_SAFETY_PROFILE (object);

  if (prop_id > PROP_0 && prop_id < N_PROPS)
    g_value_set_boolean (value, self->answers[prop_id - 1]);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
upright_safety_profile_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  UprightSafetyProfile *self = UPRIGHT_SAFETY_PROFILE (object);
  gboolean answer;

  if (prop_id <= PROP_0 || prop_id >= N_PROPS)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  answer = g_value_get_boolean (value);
  if (self->answers[prop_id - 1] == answer)
    return;

  self->answers[prop_id - 1] = answer;
  g_object_notify_by_pspec (object, properties[prop_id]);
}

static void
upright_safety_profile_class_init (UprightSafetyProfileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = upright_safety_profile_get_property;
  object_class->set_property = upright_safety_profile_set_property;

  /**
   * UprightSafetyProfile:spine-fracture:
   *
   * Whether the user has had a vertebral fracture.
   */
  properties[PROP_SPINE_FRACTURE] = g_param_spec_boolean ("spine-fracture", NULL, NULL, FALSE, flags);

  /**
   * UprightSafetyProfile:avoid-floor:
   *
   * Whether the user avoids getting down to the floor.
   */
  properties[PROP_AVOID_FLOOR] = g_param_spec_boolean ("avoid-floor", NULL, NULL, FALSE, flags);

  /**
   * UprightSafetyProfile:walking-aid:
   *
   * Whether the user walks with a stick, crutch or frame.
   */
  properties[PROP_WALKING_AID] = g_param_spec_boolean ("walking-aid", NULL, NULL, FALSE, flags);

  /**
   * UprightSafetyProfile:avoid-impact:
   *
   * Whether a clinician has advised against impact.
   */
  properties[PROP_AVOID_IMPACT] = g_param_spec_boolean ("avoid-impact", NULL, NULL, FALSE, flags);

  /**
   * UprightSafetyProfile:several-fractures:
   *
   * Whether the user has broken more than one bone in a low-trauma
   * fracture, such as a fall from standing height.
   */
  properties[PROP_SEVERAL_FRACTURES] = g_param_spec_boolean ("several-fractures", NULL, NULL, FALSE, flags);

  /**
   * UprightSafetyProfile:recent-spine-fracture:
   *
   * Whether the user has a recent spine fracture that still hurts.
   */
  properties[PROP_RECENT_SPINE_FRACTURE] = g_param_spec_boolean ("recent-spine-fracture", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
upright_safety_profile_init (UprightSafetyProfile *self)
{
}
