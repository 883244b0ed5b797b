/* upright-record.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "upright-record.h"
#include "upright-record-private.h"
#include "upright-json-private.h"
#include "upright-text.h"

/**
 * UprightRecord:
 *
 * One exercise the user did: which, when, how much, how it felt.
 *
 * A record is made with upright_record_new() and filled in with the setters;
 * once it has been added to a journal it is sealed and never changes again,
 * so lists, undo and saving can share it freely.
 *
 * The start keeps its UTC offset, so that a morning in Madrid stays a
 * morning after travelling to New York. It is kept to the second, and the
 * offset to the minute, exactly as the journal writes it.
 */
struct _UprightRecord
{
  GObject          parent_instance;

  char            *id;
  char            *exercise_id;
  GDateTime       *start;
  UprightRegion   *regions;
  guint            n_regions;
  UprightCategory  category;
  guint            duration;
  guint            sets;
  guint            reps;
  guint            hold;
  guint            effort;
  guint            pain;
  char            *note;
  /* The members of a read record that this version does not know, as the
   * text of a JSON object, so that saving in a thread shares no JSON nodes. */
  char            *extra;
  gboolean         completed;
  gboolean         sealed;
};

G_DEFINE_FINAL_TYPE (UprightRecord, upright_record, G_TYPE_OBJECT)

/* The members of a record in the journal, in the order they are written. */
enum {
  MEMBER_ID,
  MEMBER_EXERCISE,
  MEMBER_CATEGORY,
  MEMBER_REGIONS,
  MEMBER_START,
  MEMBER_DURATION,
  MEMBER_SETS,
  MEMBER_REPS,
  MEMBER_HOLD,
  MEMBER_COMPLETED,
  MEMBER_EFFORT,
  MEMBER_PAIN,
  MEMBER_NOTE,
  N_MEMBERS
};

static const char * const member_names[N_MEMBERS] = {
  "id", "exercise", "category", "regions", "start", "duration", "sets", "reps",
  "hold", "completed", "effort", "pain", "note",
};

static const UprightJsonNames json_names = { member_names, N_MEMBERS };

static void
upright_record_finalize (GObject *object)
{
  UprightRecord *self = UPRIGHT_RECORD (object);

  g_free (self->id);
  g_free (self->exercise_id);
  g_clear_pointer (&self->start, g_date_time_unref);
  g_free (self->regions);
  g_free (self->note);
  g_free (self->extra);

  G_OBJECT_CLASS (upright_record_parent_class)->finalize (object);
}

static void
upright_record_class_init (UprightRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = upright_record_finalize;
}

static void
upright_record_init (UprightRecord *self)
{
}

static gboolean
regions_are_valid (const UprightRegion *regions,
                   guint                n_regions)
{
  guint seen = 0;

  if (n_regions >= UPRIGHT_N_REGIONS)
    return FALSE;

  for (guint i = 0; i < n_regions; i++)
    {
      if (regions[i] <= UPRIGHT_REGION_NONE || regions[i] >= UPRIGHT_N_REGIONS ||
          (seen & (1u << regions[i])) != 0)
        return FALSE;

      seen |= 1u << regions[i];
    }

  return TRUE;
}

static gboolean
note_is_valid (const char *note)
{
  return g_utf8_validate (note, -1, NULL) &&
         g_utf8_strlen (note, -1) <= UPRIGHT_RECORD_MAX_NOTE_CHARS;
}

/**
 * upright_record_new:
 * @exercise_id: the id of the exercise that was done
 * @category: what it trained, as counted against the weekly goals
 * @start: when it started, in the user's time zone at the time
 *
 * Creates a record with a new random id, no regions, no sets or
 * repetitions, not completed, effort and pain 0 and no note. Fill it in with
 * the setters, then add it to a journal; from then on it cannot change.
 *
 * @start is kept to the second, with its UTC offset at that moment.
 *
 * Returns: (transfer full): a new record
 */
UprightRecord *
upright_record_new (const char      *exercise_id,
                    UprightCategory  category,
                    GDateTime       *start)
{
  g_autoptr(GDateTime) normalized = NULL;
  UprightRecord *self;

  g_return_val_if_fail (exercise_id != NULL && upright_text_is_id (exercise_id), NULL);
  g_return_val_if_fail (category < UPRIGHT_N_CATEGORIES, NULL);
  g_return_val_if_fail (start != NULL, NULL);

  normalized = upright_text_normalize_time (start);
  g_return_val_if_fail (normalized != NULL, NULL);

  self = g_object_new (UPRIGHT_TYPE_RECORD, NULL);
  self->id = g_uuid_string_random ();
  self->exercise_id = g_strdup (exercise_id);
  self->category = category;
  self->start = g_steal_pointer (&normalized);

  return self;
}

/**
 * upright_record_new_walk:
 * @start: when the walk started
 * @minutes: how long it lasted, 1 to %UPRIGHT_RECORD_MAX_WALK_MINUTES
 *
 * Makes the record of a walk she logs herself, without the timer: the
 * “walking” exercise, counted as impact (walking is the impact everyone can
 * do, brisk walking the most advised after a spine fracture), done in full.
 * It asks neither effort nor pain, so those stay 0 and the weekly means
 * leave it out.
 *
 * Returns: (transfer full): a new record, not yet in a journal
 */
UprightRecord *
upright_record_new_walk (GDateTime *start,
                         guint      minutes)
{
  UprightRecord *self;

  g_return_val_if_fail (start != NULL, NULL);
  g_return_val_if_fail (minutes >= 1 && minutes <= UPRIGHT_RECORD_MAX_WALK_MINUTES, NULL);

  self = upright_record_new (UPRIGHT_RECORD_WALK_EXERCISE, UPRIGHT_CATEGORY_IMPACT, start);
  self->duration = minutes * 60;
  self->sets = 1;
  self->completed = TRUE;

  return self;
}

/**
 * upright_record_is_walk:
 * @self: a record
 *
 * Returns: whether @self is a walk, logged or timed
 */
gboolean
upright_record_is_walk (UprightRecord *self)
{
  g_return_val_if_fail (UPRIGHT_IS_RECORD (self), FALSE);

  return g_str_equal (self->exercise_id, UPRIGHT_RECORD_WALK_EXERCISE);
}

/**
 * upright_record_copy:
 * @self: a record
 *
 * Makes a record that can still be changed, with everything @self has,
 * its id included, to put in the journal's place of @self with
 * upright_journal_replace() once changed.
 *
 * Returns: (transfer full): a copy that is not sealed
 */
UprightRecord *
upright_record_copy (UprightRecord *self)
{
  UprightRecord *copy;

  g_return_val_if_fail (UPRIGHT_IS_RECORD (self), NULL);

  copy = g_object_new (UPRIGHT_TYPE_RECORD, NULL);
  copy->id = g_strdup (self->id);
  copy->exercise_id = g_strdup (self->exercise_id);
  copy->start = g_date_time_ref (self->start);
  copy->regions = g_memdup2 (self->regions, self->n_regions * sizeof (UprightRegion));
  copy->n_regions = self->n_regions;
  copy->category = self->category;
  copy->duration = self->duration;
  copy->sets = self->sets;
  copy->reps = self->reps;
  copy->hold = self->hold;
  copy->effort = self->effort;
  copy->pain = self->pain;
  copy->note = g_strdup (self->note);
  copy->extra = g_strdup (self->extra);
  copy->completed = self->completed;

  return copy;
}

/**
 * upright_record_get_id:
 * @self: a record
 *
 * Returns: (transfer none): the record's id, unique in its journal
 */
const char *
upright_record_get_id (UprightRecord *self)
{
  g_return_val_if_fail (UPRIGHT_IS_RECORD (self), NULL);

  return self->id;
}

/**
 * upright_record_get_exercise_id:
 * @self: a record
 *
 * The exercise may no longer be in the catalogue.
 *
 * Returns: (transfer none): the id of the exercise that was done
 */
const char *
upright_record_get_exercise_id (UprightRecord *self)
{
  g_return_val_if_fail (UPRIGHT_IS_RECORD (self), NULL);

  return self->exercise_id;
}

/**
 * upright_record_get_category:
 * @self: a record
 *
 * Returns: what the exercise trained when it was done
 */
UprightCategory
upright_record_get_category (UprightRecord *self)
{
  g_return_val_if_fail (UPRIGHT_IS_RECORD (self), UPRIGHT_CATEGORY_STRENGTH);

  return self->category;
}

/**
 * upright_record_get_regions:
 * @self: a record
 * @n_regions: (out): the number of regions
 *
 * Returns: (array length=n_regions) (transfer none) (nullable): the body
 *   regions the exercise trained, each once
 */
const UprightRegion *
upright_record_get_regions (UprightRecord *self,
                            guint         *n_regions)
{
  g_return_val_if_fail (UPRIGHT_IS_RECORD (self), NULL);
  g_return_val_if_fail (n_regions != NULL, NULL);

  *n_regions = self->n_regions;

  return self->regions;
}

/**
 * upright_record_has_region:
 * @self: a record
 * @region: a region
 *
 * Returns: whether the exercise trained @region
 */
gboolean
upright_record_has_region (UprightRecord *self,
                           UprightRegion  region)
{
  g_return_val_if_fail (UPRIGHT_IS_RECORD (self), FALSE);

  for (guint i = 0; i < self->n_regions; i++)
    {
      if (self->regions[i] == region)
        return TRUE;
    }

  return FALSE;
}

/**
 * upright_record_get_start:
 * @self: a record
 *
 * Returns: (transfer none): when the exercise started, with the UTC offset
 *   the user was in
 */
GDateTime *
upright_record_get_start (UprightRecord *self)
{
  g_return_val_if_fail (UPRIGHT_IS_RECORD (self), NULL);

  return self->start;
}

/**
 * upright_record_get_duration_seconds:
 * @self: a record
 *
 * Returns: how long the exercise took, rests included
 */
guint
upright_record_get_duration_seconds (UprightRecord *self)
{
  g_return_val_if_fail (UPRIGHT_IS_RECORD (self), 0);

  return self->duration;
}

/**
 * upright_record_get_sets_done:
 * @self: a record
 *
 * Returns: how many sets were done
 */
guint
upright_record_get_sets_done (UprightRecord *self)
{
  g_return_val_if_fail (UPRIGHT_IS_RECORD (self), 0);

  return self->sets;
}

/**
 * upright_record_get_reps_done:
 * @self: a record
 *
 * Returns: repetitions in a set, or 0 for an exercise that is a single hold
 */
guint
upright_record_get_reps_done (UprightRecord *self)
{
  g_return_val_if_fail (UPRIGHT_IS_RECORD (self), 0);

  return self->reps;
}

/**
 * upright_record_get_hold_seconds:
 * @self: a record
 *
 * Returns: seconds each hold lasted, or 0 for an exercise without holds
 */
guint
upright_record_get_hold_seconds (UprightRecord *self)
{
  g_return_val_if_fail (UPRIGHT_IS_RECORD (self), 0);

  return self->hold;
}

/**
 * upright_record_get_completed:
 * @self: a record
 *
 * Returns: %TRUE if the exercise was done fully, %FALSE if partly
 */
gboolean
upright_record_get_completed (UprightRecord *self)
{
  g_return_val_if_fail (UPRIGHT_IS_RECORD (self), FALSE);

  return self->completed;
}

/**
 * upright_record_get_effort:
 * @self: a record
 *
 * Returns: how hard it felt, from 0 (nothing) to 10 (the hardest possible)
 */
guint
upright_record_get_effort (UprightRecord *self)
{
  g_return_val_if_fail (UPRIGHT_IS_RECORD (self), 0);

  return self->effort;
}

/**
 * upright_record_get_pain:
 * @self: a record
 *
 * Returns: how much it hurt, from 0 (not at all) to 10 (the worst possible)
 */
guint
upright_record_get_pain (UprightRecord *self)
{
  g_return_val_if_fail (UPRIGHT_IS_RECORD (self), 0);

  return self->pain;
}

/**
 * upright_record_get_note:
 * @self: a record
 *
 * Returns: (transfer none) (nullable): what the user wrote about it
 */
const char *
upright_record_get_note (UprightRecord *self)
{
  g_return_val_if_fail (UPRIGHT_IS_RECORD (self), NULL);

  return self->note;
}

/**
 * upright_record_is_sealed:
 * @self: a record
 *
 * Returns: whether the record has been in a journal and can no longer change
 */
gboolean
upright_record_is_sealed (UprightRecord *self)
{
  g_return_val_if_fail (UPRIGHT_IS_RECORD (self), FALSE);

  return self->sealed;
}

/**
 * upright_record_set_regions:
 * @self: a record that is not sealed
 * @regions: (array length=n_regions) (nullable): body regions, each once,
 *   not %UPRIGHT_REGION_NONE
 * @n_regions: the number of regions
 */
void
upright_record_set_regions (UprightRecord       *self,
                            const UprightRegion *regions,
                            guint                n_regions)
{
  g_return_if_fail (UPRIGHT_IS_RECORD (self));
  g_return_if_fail (!self->sealed);
  g_return_if_fail (regions != NULL || n_regions == 0);
  g_return_if_fail (regions_are_valid (regions, n_regions));

  g_clear_pointer (&self->regions, g_free);
  self->n_regions = n_regions;
  if (n_regions > 0)
    self->regions = g_memdup2 (regions, n_regions * sizeof (UprightRegion));
}

/**
 * upright_record_set_duration_seconds:
 * @self: a record that is not sealed
 * @seconds: how long the exercise took, at most
 *   %UPRIGHT_RECORD_MAX_DURATION
 */
void
upright_record_set_duration_seconds (UprightRecord *self,
                                     guint          seconds)
{
  g_return_if_fail (UPRIGHT_IS_RECORD (self));
  g_return_if_fail (!self->sealed);
  g_return_if_fail (seconds <= UPRIGHT_RECORD_MAX_DURATION);

  self->duration = seconds;
}

/**
 * upright_record_set_sets_done:
 * @self: a record that is not sealed
 * @sets: how many sets were done, at most %UPRIGHT_RECORD_MAX_SETS
 */
void
upright_record_set_sets_done (UprightRecord *self,
                              guint          sets)
{
  g_return_if_fail (UPRIGHT_IS_RECORD (self));
  g_return_if_fail (!self->sealed);
  g_return_if_fail (sets <= UPRIGHT_RECORD_MAX_SETS);

  self->sets = sets;
}

/**
 * upright_record_set_reps_done:
 * @self: a record that is not sealed
 * @reps: repetitions in a set, 0 for a single hold, at most
 *   %UPRIGHT_RECORD_MAX_REPS
 */
void
upright_record_set_reps_done (UprightRecord *self,
                              guint          reps)
{
  g_return_if_fail (UPRIGHT_IS_RECORD (self));
  g_return_if_fail (!self->sealed);
  g_return_if_fail (reps <= UPRIGHT_RECORD_MAX_REPS);

  self->reps = reps;
}

/**
 * upright_record_set_hold_seconds:
 * @self: a record that is not sealed
 * @seconds: seconds each hold lasted, 0 without holds, at most
 *   %UPRIGHT_RECORD_MAX_HOLD
 *
 * As in #UprightDose, repetitions can be holds too, so both this and the
 * repetitions may be set.
 */
void
upright_record_set_hold_seconds (UprightRecord *self,
                                 guint          seconds)
{
  g_return_if_fail (UPRIGHT_IS_RECORD (self));
  g_return_if_fail (!self->sealed);
  g_return_if_fail (seconds <= UPRIGHT_RECORD_MAX_HOLD);

  self->hold = seconds;
}

/**
 * upright_record_set_completed:
 * @self: a record that is not sealed
 * @completed: %TRUE if the exercise was done fully, %FALSE if partly
 */
void
upright_record_set_completed (UprightRecord *self,
                              gboolean       completed)
{
  g_return_if_fail (UPRIGHT_IS_RECORD (self));
  g_return_if_fail (!self->sealed);

  self->completed = !!completed;
}

/**
 * upright_record_set_effort:
 * @self: a record that is not sealed
 * @effort: how hard it felt, from 0 to %UPRIGHT_RECORD_MAX_SCALE
 */
void
upright_record_set_effort (UprightRecord *self,
                           guint          effort)
{
  g_return_if_fail (UPRIGHT_IS_RECORD (self));
  g_return_if_fail (!self->sealed);
  g_return_if_fail (effort <= UPRIGHT_RECORD_MAX_SCALE);

  self->effort = effort;
}

/**
 * upright_record_set_pain:
 * @self: a record that is not sealed
 * @pain: how much it hurt, from 0 to %UPRIGHT_RECORD_MAX_SCALE
 */
void
upright_record_set_pain (UprightRecord *self,
                         guint          pain)
{
  g_return_if_fail (UPRIGHT_IS_RECORD (self));
  g_return_if_fail (!self->sealed);
  g_return_if_fail (pain <= UPRIGHT_RECORD_MAX_SCALE);

  self->pain = pain;
}

/**
 * upright_record_set_note:
 * @self: a record that is not sealed
 * @note: (nullable): UTF-8 text; an empty note is no note
 *
 * A note longer than %UPRIGHT_RECORD_MAX_NOTE_CHARS characters is cut to
 * that length; the entry it comes from should not allow more.
 */
void
upright_record_set_note (UprightRecord *self,
                         const char    *note)
{
  g_return_if_fail (UPRIGHT_IS_RECORD (self));
  g_return_if_fail (!self->sealed);
  g_return_if_fail (note == NULL || g_utf8_validate (note, -1, NULL));

  g_clear_pointer (&self->note, g_free);
  if (note == NULL || *note == '\0')
    return;

  if (g_utf8_strlen (note, -1) > UPRIGHT_RECORD_MAX_NOTE_CHARS)
    self->note = g_utf8_substring (note, 0, UPRIGHT_RECORD_MAX_NOTE_CHARS);
  else
    self->note = g_strdup (note);
}

/* Reading and writing */

typedef UprightJsonReader Reader;

static gboolean
read_uint (Reader     *reader,
           guint       member,
           guint       max,
           guint      *out)
{
  return _upright_json_reader_count (reader, member, _upright_json_reader_get (reader, member), max, out);
}

static gboolean
read_boolean (Reader     *reader,
              guint       member,
              gboolean   *out)
{
  const UprightJsonValue *value = _upright_json_reader_get (reader, member);

  if (value == NULL)
    return _upright_json_reader_fail (reader, member_names[member], "missing");

  if (value->kind != UPRIGHT_JSON_BOOLEAN)
    return _upright_json_reader_fail (reader, member_names[member], "expected true or false");

  *out = value->boolean;

  return TRUE;
}

static gboolean
read_regions (Reader        *reader,
              UprightRecord *self)
{
  const UprightJsonMember *member = reader->found[MEMBER_REGIONS];
  guint length;

  if (member == NULL)
    return _upright_json_reader_fail (reader, "regions", "missing");

  if (member->value.kind != UPRIGHT_JSON_ARRAY)
    return _upright_json_reader_fail (reader, "regions", "expected a list");

  length = member->n_items;
  if (length >= UPRIGHT_N_REGIONS)
    return _upright_json_reader_fail (reader, "regions", "has %u items, more than there are regions", length);

  if (length > 0)
    self->regions = g_new0 (UprightRegion, length);
  self->n_regions = length;
  for (guint i = 0; i < length; i++)
    {
      const UprightJsonValue *item = &member->items[i];

      if (item->kind != UPRIGHT_JSON_STRING ||
          !upright_region_from_string (item->string, &self->regions[i]) ||
          self->regions[i] == UPRIGHT_REGION_NONE)
        return _upright_json_reader_fail (reader, "regions", "item %u is not a region", i + 1);
    }

  if (!regions_are_valid (self->regions, self->n_regions))
    return _upright_json_reader_fail (reader, "regions", "a region is repeated");

  return TRUE;
}

static gboolean
read_start (Reader        *reader,
            UprightRecord *self)
{
  const char *text = _upright_json_reader_string (reader, MEMBER_START);

  if (text == NULL)
    return FALSE;

  self->start = upright_text_parse_time (text);

  if (self->start == NULL)
    return _upright_json_reader_fail (reader, "start", "“%s” is not a date and time with a UTC offset", text);

  return TRUE;
}

static gboolean
read_note (Reader        *reader,
           UprightRecord *self)
{
  const UprightJsonValue *value = _upright_json_reader_get (reader, MEMBER_NOTE);
  const char *note;

  if (value == NULL || value->kind == UPRIGHT_JSON_NULL)
    return TRUE;

  note = _upright_json_reader_string (reader, MEMBER_NOTE);
  if (note == NULL)
    return FALSE;

  if (!note_is_valid (note))
    return _upright_json_reader_fail (reader, "note", "longer than %u characters", UPRIGHT_RECORD_MAX_NOTE_CHARS);

  if (*note != '\0')
    self->note = g_strdup (note);

  return TRUE;
}

/* The members of a record, for the journal's reader. */
const UprightJsonNames *
_upright_record_get_json_names (void)
{
  return &json_names;
}

/* Reads and checks one record of the journal from the members the
 * journal's reader found in it, or from %NULL when the item was not an
 * object. Every problem names the record (its position, and its id once
 * that is known) and the member. The record comes back sealed.
 */
UprightRecord *
_upright_record_new_from_json (const UprightJsonObject  *object,
                               guint                     index,
                               GError                  **error)
{
  g_autoptr(UprightRecord) self = NULL;
  Reader reader;
  const char *text;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (object == NULL)
    {
      UprightJsonObject empty = { NULL, 0, NULL };

      _upright_json_reader_init (&reader, &empty, &json_names, "Record", index, error);
      _upright_json_reader_fail (&reader, "(record)", "expected an object");
      return NULL;
    }

  if (!_upright_json_reader_init (&reader, object, &json_names, "Record", index, error))
    return NULL;

  self = g_object_new (UPRIGHT_TYPE_RECORD, NULL);

  /* The id comes first, so that later problems can name the record. */
  text = _upright_json_reader_string (&reader, MEMBER_ID);
  if (text == NULL)
    return NULL;
  if (!upright_text_is_uuid (text))
    {
      _upright_json_reader_fail (&reader, "id", "“%s” is not a UUID", text);
      return NULL;
    }
  self->id = g_strdup (text);
  reader.id = self->id;

  text = _upright_json_reader_string (&reader, MEMBER_EXERCISE);
  if (text == NULL)
    return NULL;
  if (!upright_text_is_id (text))
    {
      _upright_json_reader_fail (&reader, "exercise", "“%s” is not an exercise id", text);
      return NULL;
    }
  self->exercise_id = g_strdup (text);

  text = _upright_json_reader_string (&reader, MEMBER_CATEGORY);
  if (text == NULL)
    return NULL;
  if (!upright_category_from_string (text, &self->category))
    {
      _upright_json_reader_fail (&reader, "category", "unknown category “%s”", text);
      return NULL;
    }

  if (!read_regions (&reader, self) ||
      !read_start (&reader, self) ||
      !read_uint (&reader, MEMBER_DURATION, UPRIGHT_RECORD_MAX_DURATION, &self->duration) ||
      !read_uint (&reader, MEMBER_SETS, UPRIGHT_RECORD_MAX_SETS, &self->sets) ||
      !read_uint (&reader, MEMBER_REPS, UPRIGHT_RECORD_MAX_REPS, &self->reps) ||
      !read_uint (&reader, MEMBER_HOLD, UPRIGHT_RECORD_MAX_HOLD, &self->hold) ||
      !read_boolean (&reader, MEMBER_COMPLETED, &self->completed) ||
      !read_uint (&reader, MEMBER_EFFORT, UPRIGHT_RECORD_MAX_SCALE, &self->effort) ||
      !read_uint (&reader, MEMBER_PAIN, UPRIGHT_RECORD_MAX_SCALE, &self->pain) ||
      !read_note (&reader, self))
    return NULL;

  self->extra = _upright_json_object_get_extra (object);
  self->sealed = TRUE;

  return g_steal_pointer (&self);
}

/* Adds the record to @builder as an object. Sealed records do not change,
 * so this may run in any thread. */
void
_upright_record_build_json (UprightRecord *self,
                            JsonBuilder   *builder)
{
  g_autofree char *start = NULL;

  g_return_if_fail (UPRIGHT_IS_RECORD (self));
  g_return_if_fail (JSON_IS_BUILDER (builder));

  start = upright_text_format_time (self->start);

  json_builder_begin_object (builder);

  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, self->id);
  json_builder_set_member_name (builder, "exercise");
  json_builder_add_string_value (builder, self->exercise_id);
  json_builder_set_member_name (builder, "category");
  json_builder_add_string_value (builder, upright_category_to_string (self->category));

  json_builder_set_member_name (builder, "regions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->n_regions; i++)
    json_builder_add_string_value (builder, upright_region_to_string (self->regions[i]));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "start");
  json_builder_add_string_value (builder, start);
  json_builder_set_member_name (builder, "duration");
  json_builder_add_int_value (builder, self->duration);
  json_builder_set_member_name (builder, "sets");
  json_builder_add_int_value (builder, self->sets);
  json_builder_set_member_name (builder, "reps");
  json_builder_add_int_value (builder, self->reps);
  json_builder_set_member_name (builder, "hold");
  json_builder_add_int_value (builder, self->hold);
  json_builder_set_member_name (builder, "completed");
  json_builder_add_boolean_value (builder, self->completed);
  json_builder_set_member_name (builder, "effort");
  json_builder_add_int_value (builder, self->effort);
  json_builder_set_member_name (builder, "pain");
  json_builder_add_int_value (builder, self->pain);
  json_builder_set_member_name (builder, "note");
  if (self->note != NULL)
    json_builder_add_string_value (builder, self->note);
  else
    json_builder_add_null_value (builder);

  _upright_json_add_extra (builder, self->extra);

  json_builder_end_object (builder);
}

void
_upright_record_seal (UprightRecord *self)
{
  g_return_if_fail (UPRIGHT_IS_RECORD (self));

  self->sealed = TRUE;
}

/* Time order: by start, then by id, so that the order is the same however
 * the records came in. */
int
_upright_record_compare (UprightRecord *a,
                         UprightRecord *b)
{
  int order = g_date_time_compare (a->start, b->start);

  if (order != 0)
    return order;

  return strcmp (a->id, b->id);
}
