/* upright-goal-card.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "upright-goal-card.h"

/* One weekly goal on the Progress page: how far this week has come, as
 * words and as a bar, and what is left to do. The card is to read: it
 * takes no focus, and its bar tells a screen reader the same words.
 */
struct _UprightGoalCard
{
  GtkWidget    parent_instance;

  UprightGoal  goal;
  gboolean     met;

  /* Template widgets */
  GtkLabel    *title_label;
  GtkLabel    *value_label;
  GtkLevelBar *bar;
  GtkLabel    *status_label;
};

G_DEFINE_FINAL_TYPE (UprightGoalCard, upright_goal_card, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_GOAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const titles[UPRIGHT_N_GOALS] = {
  [UPRIGHT_GOAL_STRENGTH] = N_("Strength"),
  [UPRIGHT_GOAL_BALANCE] = N_("Balance"),
  [UPRIGHT_GOAL_POSTURE] = N_("Posture"),
  [UPRIGHT_GOAL_IMPACT] = N_("Impact"),
};

static char *
describe_progress (UprightGoal goal,
                   guint       progress,
                   guint       target)
{
  if (goal == UPRIGHT_GOAL_BALANCE)
    return target > 0
      /* Translators: minutes of balance exercise this week against the goal */
      ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u minute", "%u of %u minutes", target),
                         progress, target)
      : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u minute", "%u minutes", progress), progress);

  return target > 0
    /* Translators: days with this kind of exercise this week against the goal */
    ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u day", "%u of %u days", target),
                       progress, target)
    : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u day", "%u days", progress), progress);
}

static char *
describe_status (UprightGoal goal,
                 guint       progress,
                 guint       target)
{
  guint left;

  if (target == 0)
    return g_strdup (_("No goal set"));
  if (progress >= target)
    return g_strdup (_("Goal met this week"));

  left = target - progress;
  if (goal == UPRIGHT_GOAL_BALANCE)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u more minute to go", "%u more minutes to go", left),
                            left);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u more day to go", "%u more days to go", left), left);
}

static void
set_goal (UprightGoalCard *self,
          UprightGoal      goal)
{
  self->goal = goal;
  gtk_label_set_label (self->title_label, _(titles[goal]));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->bar), GTK_ACCESSIBLE_PROPERTY_LABEL, _(titles[goal]), -1);
}

/**
 * upright_goal_card_set_progress:
 * @self: a goal card
 * @progress: this week's days or minutes
 * @target: the goal, or 0 for none
 *
 * Shows how far this week has come.
 */
void
upright_goal_card_set_progress (UprightGoalCard *self,
                                guint            progress,
                                guint            target)
{
  g_autofree char *value = NULL;
  g_autofree char *status = NULL;
  g_autofree char *description = NULL;

  g_return_if_fail (UPRIGHT_IS_GOAL_CARD (self));

  value = describe_progress (self->goal, progress, target);
  status = describe_status (self->goal, progress, target);
  description = g_strdup_printf ("%s. %s", value, status);

  gtk_label_set_label (self->value_label, value);
  gtk_label_set_label (self->status_label, status);
  gtk_level_bar_set_max_value (self->bar, MAX (target, 1));
  gtk_level_bar_set_value (self->bar, MIN (progress, MAX (target, 1)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->bar),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);

  self->met = target > 0 && progress >= target;
  if (self->met)
    gtk_widget_add_css_class (GTK_WIDGET (self), "goal-met");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "goal-met");
}

/**
 * upright_goal_card_new:
 * @goal: the goal the card shows
 *
 * Returns: (transfer floating): a card with no progress yet
 */
GtkWidget *
upright_goal_card_new (UprightGoal goal)
{
  g_return_val_if_fail (goal < UPRIGHT_N_GOALS, NULL);

  return g_object_new (UPRIGHT_TYPE_GOAL_CARD, "goal", goal, NULL);
}

UprightGoal
upright_goal_card_get_goal (UprightGoalCard *self)
{
  g_return_val_if_fail (UPRIGHT_IS_GOAL_CARD (self), UPRIGHT_GOAL_STRENGTH);

  return self->goal;
}

/**
 * upright_goal_card_get_value:
 * @self: a goal card
 *
 * Returns: the progress as the card writes it, such as “2 of 3 days”
 */
const char *
upright_goal_card_get_value (UprightGoalCard *self)
{
  g_return_val_if_fail (UPRIGHT_IS_GOAL_CARD (self), NULL);

  return gtk_label_get_label (self->value_label);
}

/**
 * upright_goal_card_get_status:
 * @self: a goal card
 *
 * Returns: what is left to do, as the card writes it
 */
const char *
upright_goal_card_get_status (UprightGoalCard *self)
{
  g_return_val_if_fail (UPRIGHT_IS_GOAL_CARD (self), NULL);

  return gtk_label_get_label (self->status_label);
}

gboolean
upright_goal_card_get_met (UprightGoalCard *self)
{
  g_return_val_if_fail (UPRIGHT_IS_GOAL_CARD (self), FALSE);

  return self->met;
}

static void
upright_goal_card_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  UprightGoalCard *self = UPRIGHT_GOAL_CARD (object);

  switch (prop_id)
    {
    case PROP_GOAL:
      g_value_set_uint (value, self->goal);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
upright_goal_card_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  UprightGoalCard *self = UPRIGHT_GOAL_CARD (object);

  switch (prop_id)
    {
    case PROP_GOAL:
      set_goal (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
upright_goal_card_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), UPRIGHT_TYPE_GOAL_CARD);

  G_OBJECT_CLASS (upright_goal_card_parent_class)->dispose (object);
}

static void
upright_goal_card_class_init (UprightGoalCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = upright_goal_card_dispose;
  object_class->get_property = upright_goal_card_get_property;
  object_class->set_property = upright_goal_card_set_property;

  properties[PROP_GOAL] =
    g_param_spec_uint ("goal", NULL, NULL,
                       0, UPRIGHT_N_GOALS - 1, UPRIGHT_GOAL_STRENGTH,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/upright-goal-card.ui");
  gtk_widget_class_bind_template_child (widget_class, UprightGoalCard, title_label);
  gtk_widget_class_bind_template_child (widget_class, UprightGoalCard, value_label);
  gtk_widget_class_bind_template_child (widget_class, UprightGoalCard, bar);
  gtk_widget_class_bind_template_child (widget_class, UprightGoalCard, status_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "goalcard");
}

static void
upright_goal_card_init (UprightGoalCard *self)
{
  GtkLayoutManager *layout;

  gtk_widget_init_template (GTK_WIDGET (self));

  layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 6);

  /* A bar that fills towards the goal, without the low and high marks of
   * a level meter. */
  gtk_level_bar_remove_offset_value (self->bar, GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (self->bar, GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (self->bar, GTK_LEVEL_BAR_OFFSET_FULL);
}
