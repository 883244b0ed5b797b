/* upright-routine.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "upright-interval-timer.h"
#include "upright-routine.h"

/* One exercise of a routine; 0 means the exercise's own figure. */
typedef struct {
  char  *exercise_id;
  guint  sets;
  guint  reps;
  guint  hold_seconds;
} Item;

struct _UprightRoutine
{
  GObject  parent_instance;

  char    *id;
  char    *name;
  GArray  *items;
};

G_DEFINE_FINAL_TYPE (UprightRoutine, upright_routine, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
item_clear (gpointer data)
{
  Item *item = data;

  g_free (item->exercise_id);
}

static gboolean
dose_is_valid (guint sets,
               guint reps,
               guint hold_seconds)
{
  return sets <= UPRIGHT_ROUTINE_MAX_SETS &&
         reps <= UPRIGHT_ROUTINE_MAX_REPS &&
         hold_seconds <= UPRIGHT_ROUTINE_MAX_HOLD_SECONDS;
}

static void
emit_changed (UprightRoutine *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
upright_routine_finalize (GObject *object)
{
  UprightRoutine *self = UPRIGHT_ROUTINE (object);

  g_free (self->id);
  g_free (self->name);
  g_array_unref (self->items);

  G_OBJECT_CLASS (upright_routine_parent_class)->finalize (object);
}

static void
upright_routine_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  UprightRoutine *self = UPRIGHT_ROUTINE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
upright_routine_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  UprightRoutine *self = UPRIGHT_ROUTINE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_assert (self->id == NULL);
      self->id = g_value_dup_string (value);
      break;

    case PROP_NAME:
      upright_routine_set_name (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
upright_routine_constructed (GObject *object)
{
  UprightRoutine *self = UPRIGHT_ROUTINE (object);

  G_OBJECT_CLASS (upright_routine_parent_class)->constructed (object);

  if (self->id == NULL)
    self->id = g_uuid_string_random ();
  if (self->name == NULL)
    self->name = g_strdup ("");
}

static void
upright_routine_class_init (UprightRoutineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = upright_routine_finalize;
  object_class->get_property = upright_routine_get_property;
  object_class->set_property = upright_routine_set_property;
  object_class->constructed = upright_routine_constructed;

  /**
   * UprightRoutine:id:
   *
   * The routine's id, which never changes: a random UUID, or a fixed id for
   * the routines Upright suggests.
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * UprightRoutine:name:
   *
   * The name the user gave the routine.
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * UprightRoutine::changed:
   *
   * Emitted after every change to the name or the exercises.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
upright_routine_init (UprightRoutine *self)
{
  self->items = g_array_new (FALSE, FALSE, sizeof (Item));
  g_array_set_clear_func (self->items, item_clear);
}

/**
 * upright_routine_is_valid_id:
 * @id: (nullable): an exercise or routine id
 *
 * Returns: whether @id is made only of lowercase ASCII letters, digits and
 *   dashes, and is not empty
 */
gboolean
upright_routine_is_valid_id (const char *id)
{
  if (id == NULL || *id == '\0')
    return FALSE;

  for (const char *p = id; *p != '\0'; p++)
    {
      if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
        return FALSE;
    }

  return TRUE;
}

/**
 * upright_routine_new:
 * @id: (nullable): the routine's id, or %NULL for a new random one
 * @name: the routine's name, not empty
 *
 * Returns: (transfer full): a routine without exercises
 */
UprightRoutine *
upright_routine_new (const char *id,
                     const char *name)
{
  g_return_val_if_fail (id == NULL || upright_routine_is_valid_id (id), NULL);
  g_return_val_if_fail (name != NULL && *name != '\0', NULL);

  return g_object_new (UPRIGHT_TYPE_ROUTINE, "id", id, "name", name, NULL);
}

/**
 * upright_routine_get_id:
 * @self: a routine
 *
 * Returns: the routine's id
 */
const char *
upright_routine_get_id (UprightRoutine *self)
{
  g_return_val_if_fail (UPRIGHT_IS_ROUTINE (self), NULL);

  return self->id;
}

/**
 * upright_routine_get_name:
 * @self: a routine
 *
 * Returns: the routine's name
 */
const char *
upright_routine_get_name (UprightRoutine *self)
{
  g_return_val_if_fail (UPRIGHT_IS_ROUTINE (self), NULL);

  return self->name;
}

/**
 * upright_routine_set_name:
 * @self: a routine
 * @name: the new name, not empty
 */
void
upright_routine_set_name (UprightRoutine *self,
                          const char     *name)
{
  g_return_if_fail (UPRIGHT_IS_ROUTINE (self));
  g_return_if_fail (name != NULL && *name != '\0');
  g_return_if_fail (g_utf8_validate (name, -1, NULL));

  if (g_strcmp0 (self->name, name) == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
  emit_changed (self);
}

/**
 * upright_routine_get_n_items:
 * @self: a routine
 *
 * Returns: how many exercises the routine has
 */
guint
upright_routine_get_n_items (UprightRoutine *self)
{
  g_return_val_if_fail (UPRIGHT_IS_ROUTINE (self), 0);

  return self->items->len;
}

/**
 * upright_routine_get_exercise_id:
 * @self: a routine
 * @i: the position of an exercise in the routine
 *
 * Returns: the id of the exercise at @i
 */
const char *
upright_routine_get_exercise_id (UprightRoutine *self,
                                 guint           i)
{
  g_return_val_if_fail (UPRIGHT_IS_ROUTINE (self), NULL);
  g_return_val_if_fail (i < self->items->len, NULL);

  return g_array_index (self->items, Item, i).exercise_id;
}

/**
 * upright_routine_get_dose_override:
 * @self: a routine
 * @i: the position of an exercise in the routine
 * @sets: (out) (optional): sets, or 0 for the exercise's own
 * @reps: (out) (optional): repetitions, or 0 for the exercise's own
 * @hold_seconds: (out) (optional): seconds to hold, or 0 for the exercise's own
 *
 * Gets how the routine changes the exercise's default dose.
 */
void
upright_routine_get_dose_override (UprightRoutine *self,
                                   guint           i,
                                   guint          *sets,
                                   guint          *reps,
                                   guint          *hold_seconds)
{
  const Item *item;

  g_return_if_fail (UPRIGHT_IS_ROUTINE (self));
  g_return_if_fail (i < self->items->len);

  item = &g_array_index (self->items, Item, i);
  if (sets != NULL)
    *sets = item->sets;
  if (reps != NULL)
    *reps = item->reps;
  if (hold_seconds != NULL)
    *hold_seconds = item->hold_seconds;
}

/**
 * upright_routine_set_dose_override:
 * @self: a routine
 * @i: the position of an exercise in the routine
 * @sets: sets, or 0 for the exercise's own
 * @reps: repetitions, or 0 for the exercise's own
 * @hold_seconds: seconds to hold, or 0 for the exercise's own
 */
void
upright_routine_set_dose_override (UprightRoutine *self,
                                   guint           i,
                                   guint           sets,
                                   guint           reps,
                                   guint           hold_seconds)
{
  Item *item;

  g_return_if_fail (UPRIGHT_IS_ROUTINE (self));
  g_return_if_fail (i < self->items->len);
  g_return_if_fail (dose_is_valid (sets, reps, hold_seconds));

  item = &g_array_index (self->items, Item, i);
  if (item->sets == sets && item->reps == reps && item->hold_seconds == hold_seconds)
    return;

  item->sets = sets;
  item->reps = reps;
  item->hold_seconds = hold_seconds;
  emit_changed (self);
}

/**
 * upright_routine_append_item:
 * @self: a routine
 * @exercise_id: an exercise id
 * @sets: sets, or 0 for the exercise's own
 * @reps: repetitions, or 0 for the exercise's own
 * @hold_seconds: seconds to hold, or 0 for the exercise's own
 *
 * Adds an exercise at the end. An exercise may appear more than once.
 */
void
upright_routine_append_item (UprightRoutine *self,
                             const char     *exercise_id,
                             guint           sets,
                             guint           reps,
                             guint           hold_seconds)
{
  Item item;

  g_return_if_fail (UPRIGHT_IS_ROUTINE (self));
  g_return_if_fail (upright_routine_is_valid_id (exercise_id));
  g_return_if_fail (dose_is_valid (sets, reps, hold_seconds));

  item.exercise_id = g_strdup (exercise_id);
  item.sets = sets;
  item.reps = reps;
  item.hold_seconds = hold_seconds;
  g_array_append_val (self->items, item);

  emit_changed (self);
}

/**
 * upright_routine_remove_item:
 * @self: a routine
 * @i: the position of an exercise in the routine
 */
void
upright_routine_remove_item (UprightRoutine *self,
                             guint           i)
{
  g_return_if_fail (UPRIGHT_IS_ROUTINE (self));
  g_return_if_fail (i < self->items->len);

  g_array_remove_index (self->items, i);

  emit_changed (self);
}

/**
 * upright_routine_move_item:
 * @self: a routine
 * @from: the position of an exercise in the routine
 * @to: the position it gets
 */
void
upright_routine_move_item (UprightRoutine *self,
                           guint           from,
                           guint           to)
{
  Item item;

  g_return_if_fail (UPRIGHT_IS_ROUTINE (self));
  g_return_if_fail (from < self->items->len);
  g_return_if_fail (to < self->items->len);

  if (from == to)
    return;

  /* Moved by value, so that nothing is freed on the way. */
  item = g_array_index (self->items, Item, from);
  g_array_set_clear_func (self->items, NULL);
  g_array_remove_index (self->items, from);
  g_array_set_clear_func (self->items, item_clear);
  g_array_insert_val (self->items, to, item);

  emit_changed (self);
}

/**
 * upright_routine_apply_dose:
 * @self: a routine
 * @i: the position of an exercise in the routine
 * @dose: (inout): the exercise's own dose, changed to the routine's
 *
 * Puts the routine's figures in place of the exercise's own. A routine only
 * changes what the exercise counts: it gives a hold no repetitions, and a
 * repetition no hold, that the exercise does not have.
 */
void
upright_routine_apply_dose (UprightRoutine *self,
                            guint           i,
                            UprightDose    *dose)
{
  const Item *item;

  g_return_if_fail (UPRIGHT_IS_ROUTINE (self));
  g_return_if_fail (i < self->items->len);
  g_return_if_fail (dose != NULL);

  item = &g_array_index (self->items, Item, i);
  if (item->sets > 0)
    dose->sets = item->sets;
  if (item->reps > 0 && dose->reps > 0)
    dose->reps = item->reps;
  if (item->hold_seconds > 0 && dose->hold_seconds > 0)
    dose->hold_seconds = item->hold_seconds;
}

/**
 * upright_routine_new_posture_break:
 *
 * Creates the short routine a posture reminder offers: about a minute of
 * exercises that can be done standing or sitting at a desk. It is not kept
 * in the plan.
 *
 * Returns: (transfer full): a new routine
 */
UprightRoutine *
upright_routine_new_posture_break (void)
{
  UprightRoutine *self;

  /* Translators: the name of the one-minute routine a posture reminder opens */
  self = upright_routine_new ("posture-break", _("Posture Break"));
  upright_routine_append_item (self, "chin-tuck", 1, 5, 3);
  upright_routine_append_item (self, "shoulder-blade-squeeze", 1, 5, 3);

  return self;
}

/**
 * upright_routine_estimate_seconds:
 * @self: a routine
 * @catalog: the exercises the routine names
 * @count_in_seconds: the count-in before each exercise
 * @rest_seconds: the rest between sets of an exercise that names none
 *
 * Adds up how long the routine's exercises take with the timer, and
 * %UPRIGHT_ROUTINE_CHANGEOVER_SECONDS for each to get ready and to say how
 * it went, without pauses. Exercises that @catalog does not have are left
 * out, as a session leaves them out.
 *
 * Returns: the seconds the routine takes
 */
guint
upright_routine_estimate_seconds (UprightRoutine *self,
                                  UprightCatalog *catalog,
                                  guint           count_in_seconds,
                                  guint           rest_seconds)
{
  guint total = 0;

  g_return_val_if_fail (UPRIGHT_IS_ROUTINE (self), 0);
  g_return_val_if_fail (UPRIGHT_IS_CATALOG (catalog), 0);

  for (guint i = 0; i < self->items->len; i++)
    {
      const Item *item = &g_array_index (self->items, Item, i);
      UprightExercise *exercise = upright_catalog_lookup (catalog, item->exercise_id);
      g_autoptr(UprightIntervalTimer) timer = NULL;
      UprightDose dose;

      if (exercise == NULL)
        continue;

      dose = *upright_exercise_get_dose (exercise);
      upright_routine_apply_dose (self, i, &dose);
      if (dose.rest_seconds == 0)
        dose.rest_seconds = rest_seconds;

      timer = upright_interval_timer_new (&dose, count_in_seconds);
      total += upright_interval_timer_get_total_seconds (timer) + UPRIGHT_ROUTINE_CHANGEOVER_SECONDS;
    }

  return total;
}
