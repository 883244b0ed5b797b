/* upright-assessment.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "upright-assessment-private.h"
#include "upright-json-private.h"
#include "upright-text.h"

/**
 * UprightAssessment:
 *
 * The result of one self-test: when, which test, and what she managed.
 *
 * Like a record, an assessment is filled in after upright_assessment_new()
 * and sealed once a journal has it, so that lists and saving can share it.
 * Its time keeps the UTC offset it was taken in.
 */
struct _UprightAssessment
{
  GObject                parent_instance;

  char                  *id;
  UprightAssessmentKind  kind;
  GDateTime             *time;
  guint                  stands;
  guint                  stages[UPRIGHT_ASSESSMENT_N_STAGES];
  guint                  tenths;
  /* Members this version does not know, as the text of a JSON object. */
  char                  *extra;
  gboolean               sealed;
};

G_DEFINE_FINAL_TYPE (UprightAssessment, upright_assessment, G_TYPE_OBJECT)

static const char * const kind_names[UPRIGHT_N_ASSESSMENT_KINDS] = {
  [UPRIGHT_ASSESSMENT_CHAIR_STAND] = "chair-stand",
  [UPRIGHT_ASSESSMENT_FOUR_STAGE_BALANCE] = "four-stage-balance",
  [UPRIGHT_ASSESSMENT_TIMED_UP_AND_GO] = "timed-up-and-go",
};

/* The members of a self-test in the journal. */
enum {
  MEMBER_ID,
  MEMBER_KIND,
  MEMBER_TIME,
  MEMBER_STANDS,
  MEMBER_STAGES,
  MEMBER_TENTHS,
  N_MEMBERS
};

static const char * const member_names[N_MEMBERS] = {
  "id", "kind", "time", "stands", "stages", "tenths",
};

static const UprightJsonNames json_names = { member_names, N_MEMBERS };

static void
upright_assessment_finalize (GObject *object)
{
  UprightAssessment *self = UPRIGHT_ASSESSMENT (object);

  g_free (self->id);
  g_clear_pointer (&self->time, g_date_time_unref);
  g_free (self->extra);

  G_OBJECT_CLASS (upright_assessment_parent_class)->finalize (object);
}

static void
upright_assessment_class_init (UprightAssessmentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = upright_assessment_finalize;
}

static void
upright_assessment_init (UprightAssessment *self)
{
}

/**
 * upright_assessment_new:
 * @kind: which test
 * @time: when it was taken, in the local time of the day
 *
 * Returns: (transfer full): a result with nothing achieved yet
 */
UprightAssessment *
upright_assessment_new (UprightAssessmentKind  kind,
                        GDateTime             *time)
{
  g_autoptr(GDateTime) normalized = NULL;
  UprightAssessment *self;

  g_return_val_if_fail (kind < UPRIGHT_N_ASSESSMENT_KINDS, NULL);
  g_return_val_if_fail (time != NULL, NULL);

  normalized = upright_text_normalize_time (time);
  g_return_val_if_fail (normalized != NULL, NULL);

  self = g_object_new (UPRIGHT_TYPE_ASSESSMENT, NULL);
  self->id = g_uuid_string_random ();
  self->kind = kind;
  self->time = g_steal_pointer (&normalized);

  return self;
}

const char *
upright_assessment_get_id (UprightAssessment *self)
{
  g_return_val_if_fail (UPRIGHT_IS_ASSESSMENT (self), NULL);

  return self->id;
}

UprightAssessmentKind
upright_assessment_get_kind (UprightAssessment *self)
{
  g_return_val_if_fail (UPRIGHT_IS_ASSESSMENT (self), UPRIGHT_ASSESSMENT_CHAIR_STAND);

  return self->kind;
}

/**
 * upright_assessment_get_time:
 * @self: an assessment
 *
 * Returns: (transfer none): when the test was taken, in its own UTC offset
 */
GDateTime *
upright_assessment_get_time (UprightAssessment *self)
{
  g_return_val_if_fail (UPRIGHT_IS_ASSESSMENT (self), NULL);

  return self->time;
}

/**
 * upright_assessment_get_stands:
 * @self: a 30-Second Chair Stand
 *
 * Returns: how many full stands she made in 30 seconds
 */
guint
upright_assessment_get_stands (UprightAssessment *self)
{
  g_return_val_if_fail (UPRIGHT_IS_ASSESSMENT (self), 0);

  return self->stands;
}

void
upright_assessment_set_stands (UprightAssessment *self,
                               guint              stands)
{
  g_return_if_fail (UPRIGHT_IS_ASSESSMENT (self));
  g_return_if_fail (!self->sealed);
  g_return_if_fail (self->kind == UPRIGHT_ASSESSMENT_CHAIR_STAND);
  g_return_if_fail (stands <= UPRIGHT_ASSESSMENT_MAX_STANDS);

  self->stands = stands;
}

/**
 * upright_assessment_get_stage:
 * @self: a 4-Stage Balance Test
 * @stage: 0 for feet side by side, 1 for one foot half ahead, 2 for one
 *   foot in front of the other, 3 for standing on one foot
 *
 * Returns: the seconds she held the stance, up to 10; 0 when she did not
 *   try it
 */
guint
upright_assessment_get_stage (UprightAssessment *self,
                              guint              stage)
{
  g_return_val_if_fail (UPRIGHT_IS_ASSESSMENT (self), 0);
  g_return_val_if_fail (stage < UPRIGHT_ASSESSMENT_N_STAGES, 0);

  return self->stages[stage];
}

void
upright_assessment_set_stage (UprightAssessment *self,
                              guint              stage,
                              guint              seconds)
{
  g_return_if_fail (UPRIGHT_IS_ASSESSMENT (self));
  g_return_if_fail (!self->sealed);
  g_return_if_fail (self->kind == UPRIGHT_ASSESSMENT_FOUR_STAGE_BALANCE);
  g_return_if_fail (stage < UPRIGHT_ASSESSMENT_N_STAGES);
  g_return_if_fail (seconds <= UPRIGHT_ASSESSMENT_STAGE_SECONDS);

  self->stages[stage] = seconds;
}

/**
 * upright_assessment_get_stages_passed:
 * @self: a 4-Stage Balance Test
 *
 * The test stops at the first stance not held for the full 10 seconds, so
 * its result is how many stances in a row she held that long.
 *
 * Returns: from 0 to 4
 */
guint
upright_assessment_get_stages_passed (UprightAssessment *self)
{
  guint passed = 0;

  g_return_val_if_fail (UPRIGHT_IS_ASSESSMENT (self), 0);

  while (passed < UPRIGHT_ASSESSMENT_N_STAGES &&
         self->stages[passed] >= UPRIGHT_ASSESSMENT_STAGE_SECONDS)
    passed++;

  return passed;
}

/**
 * upright_assessment_get_tenths:
 * @self: a Timed Up and Go
 *
 * Returns: how long she took, in tenths of a second; 0 when she did not
 *   finish
 */
guint
upright_assessment_get_tenths (UprightAssessment *self)
{
  g_return_val_if_fail (UPRIGHT_IS_ASSESSMENT (self), 0);

  return self->tenths;
}

void
upright_assessment_set_tenths (UprightAssessment *self,
                               guint              tenths)
{
  g_return_if_fail (UPRIGHT_IS_ASSESSMENT (self));
  g_return_if_fail (!self->sealed);
  g_return_if_fail (self->kind == UPRIGHT_ASSESSMENT_TIMED_UP_AND_GO);
  g_return_if_fail (tenths <= UPRIGHT_ASSESSMENT_MAX_TUG_TENTHS);

  self->tenths = tenths;
}

gboolean
upright_assessment_is_sealed (UprightAssessment *self)
{
  g_return_val_if_fail (UPRIGHT_IS_ASSESSMENT (self), FALSE);

  return self->sealed;
}

/**
 * upright_assessment_kind_get_title:
 * @kind: a kind of self-test
 *
 * Returns: the test's name, translated
 */
const char *
upright_assessment_kind_get_title (UprightAssessmentKind kind)
{
  switch (kind)
    {
    case UPRIGHT_ASSESSMENT_CHAIR_STAND:
      return _("30-Second Chair Stand");
    case UPRIGHT_ASSESSMENT_FOUR_STAGE_BALANCE:
      return _("4-Stage Balance Test");
    case UPRIGHT_ASSESSMENT_TIMED_UP_AND_GO:
      return _("Timed Up and Go");
    default:
      g_return_val_if_reached (NULL);
    }
}

void
_upright_assessment_seal (UprightAssessment *self)
{
  g_return_if_fail (UPRIGHT_IS_ASSESSMENT (self));

  self->sealed = TRUE;
}

/* Earliest first; the same time is ordered by id, so that the order is
 * the same after every load. */
int
_upright_assessment_compare (UprightAssessment *a,
                             UprightAssessment *b)
{
  int order = g_date_time_compare (a->time, b->time);

  return order != 0 ? order : strcmp (a->id, b->id);
}

/* Reading */

typedef UprightJsonReader Reader;

static gboolean
read_results (Reader            *reader,
              UprightAssessment *self)
{
  const UprightJsonMember *member;

  if (self->kind == UPRIGHT_ASSESSMENT_CHAIR_STAND)
    return _upright_json_reader_count (reader, MEMBER_STANDS, _upright_json_reader_get (reader, MEMBER_STANDS),
                                       UPRIGHT_ASSESSMENT_MAX_STANDS, &self->stands);
  if (self->kind == UPRIGHT_ASSESSMENT_TIMED_UP_AND_GO)
    return _upright_json_reader_count (reader, MEMBER_TENTHS, _upright_json_reader_get (reader, MEMBER_TENTHS),
                                       UPRIGHT_ASSESSMENT_MAX_TUG_TENTHS, &self->tenths);

  member = reader->found[MEMBER_STAGES];
  if (member == NULL)
    return _upright_json_reader_fail (reader, "stages", "missing");
  if (member->value.kind != UPRIGHT_JSON_ARRAY)
    return _upright_json_reader_fail (reader, "stages", "expected a list");

  if (member->n_items != UPRIGHT_ASSESSMENT_N_STAGES)
    return _upright_json_reader_fail (reader, "stages", "expected %u numbers", UPRIGHT_ASSESSMENT_N_STAGES);

  for (guint i = 0; i < UPRIGHT_ASSESSMENT_N_STAGES; i++)
    {
      if (!_upright_json_reader_count (reader, MEMBER_STAGES, &member->items[i],
                                       UPRIGHT_ASSESSMENT_STAGE_SECONDS, &self->stages[i]))
        return FALSE;
    }

  return TRUE;
}

/* The members of a self-test, for the journal's reader. */
const UprightJsonNames *
_upright_assessment_get_json_names (void)
{
  return &json_names;
}

/*
 * Reads one self-test of a journal from the members the journal's reader
 * found in it, or from %NULL when the item was not an object. A test of a
 * kind this version does not know is an error: the journal keeps such a
 * file aside rather than lose the test by saving without it.
 */
UprightAssessment *
_upright_assessment_new_from_json (const UprightJsonObject  *object,
                                   guint                     index,
                                   GError                  **error)
{
  g_autoptr(UprightAssessment) self = NULL;
  Reader reader;
  const char *text;
  gboolean known = FALSE;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (object == NULL)
    {
      UprightJsonObject empty = { NULL, 0, NULL };

      _upright_json_reader_init (&reader, &empty, &json_names, "Self-test", index, error);
      _upright_json_reader_fail (&reader, "(self-test)", "expected an object");
      return NULL;
    }

  if (!_upright_json_reader_init (&reader, object, &json_names, "Self-test", index, error))
    return NULL;

  self = g_object_new (UPRIGHT_TYPE_ASSESSMENT, NULL);

  text = _upright_json_reader_string (&reader, MEMBER_ID);
  if (text == NULL)
    return NULL;
  if (!upright_text_is_uuid (text))
    {
      _upright_json_reader_fail (&reader, "id", "“%s” is not a UUID", text);
      return NULL;
    }
  self->id = g_strdup (text);

  text = _upright_json_reader_string (&reader, MEMBER_KIND);
  if (text == NULL)
    return NULL;
  for (guint i = 0; i < UPRIGHT_N_ASSESSMENT_KINDS; i++)
    {
      if (g_str_equal (text, kind_names[i]))
        {
          self->kind = i;
          known = TRUE;
        }
    }
  if (!known)
    {
      _upright_json_reader_fail (&reader, "kind", "unknown self-test “%s”", text);
      return NULL;
    }

  text = _upright_json_reader_string (&reader, MEMBER_TIME);
  if (text == NULL)
    return NULL;
  self->time = upright_text_parse_time (text);
  if (self->time == NULL)
    {
      _upright_json_reader_fail (&reader, "time", "“%s” is not a date and time with a UTC offset", text);
      return NULL;
    }

  if (!read_results (&reader, self))
    return NULL;

  self->extra = _upright_json_object_get_extra (object);

  self->sealed = TRUE;

  return g_steal_pointer (&self);
}

void
_upright_assessment_build_json (UprightAssessment *self,
                                JsonBuilder       *builder)
{
  g_autofree char *time = NULL;

  g_return_if_fail (UPRIGHT_IS_ASSESSMENT (self));
  g_return_if_fail (JSON_IS_BUILDER (builder));

  time = upright_text_format_time (self->time);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, self->id);
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, kind_names[self->kind]);
  json_builder_set_member_name (builder, "time");
  json_builder_add_string_value (builder, time);

  if (self->kind == UPRIGHT_ASSESSMENT_CHAIR_STAND)
    {
      json_builder_set_member_name (builder, "stands");
      json_builder_add_int_value (builder, self->stands);
    }
  else if (self->kind == UPRIGHT_ASSESSMENT_TIMED_UP_AND_GO)
    {
      json_builder_set_member_name (builder, "tenths");
      json_builder_add_int_value (builder, self->tenths);
    }
  else
    {
      json_builder_set_member_name (builder, "stages");
      json_builder_begin_array (builder);
      for (guint i = 0; i < UPRIGHT_ASSESSMENT_N_STAGES; i++)
        json_builder_add_int_value (builder, self->stages[i]);
      json_builder_end_array (builder);
    }

  _upright_json_add_extra (builder, self->extra);

  json_builder_end_object (builder);
}

/* Below-average scores of the 30-Second Chair Stand by age, from STEADI
 * (after Rikli and Jones, 1999). */
static const UprightChairStandNorm chair_stand_norms[] = {
  { 60, 64, 12, 14 },
  { 65, 69, 11, 12 },
  { 70, 74, 10, 12 },
  { 75, 79, 10, 11 },
  { 80, 84, 9, 10 },
  { 85, 89, 8, 8 },
  { 90, 94, 4, 7 },
};

/* Average times of the Timed Up and Go by age, from a meta-analysis of
 * healthy older people (Bohannon, 2006). */
static const UprightTimedUpAndGoNorm tug_norms[] = {
  { 60, 69, 81 },
  { 70, 79, 92 },
  { 80, 99, 113 },
};

/**
 * upright_assessment_get_chair_stand_norms:
 * @n_norms: (out): how many age groups there are
 *
 * The published scores of the 30-Second Chair Stand below which a result
 * is below average, by age group, youngest first.
 *
 * Returns: (array length=n_norms): the norms
 */
const UprightChairStandNorm *
upright_assessment_get_chair_stand_norms (guint *n_norms)
{
  g_return_val_if_fail (n_norms != NULL, NULL);

  *n_norms = G_N_ELEMENTS (chair_stand_norms);

  return chair_stand_norms;
}

/**
 * upright_assessment_get_tug_norms:
 * @n_norms: (out): how many age groups there are
 *
 * The average times of the Timed Up and Go by age group, youngest first.
 *
 * Returns: (array length=n_norms): the norms
 */
const UprightTimedUpAndGoNorm *
upright_assessment_get_tug_norms (guint *n_norms)
{
  g_return_val_if_fail (n_norms != NULL, NULL);

  *n_norms = G_N_ELEMENTS (tug_norms);

  return tug_norms;
}

/**
 * upright_assessment_find_chair_stand_norm:
 * @age: an age in years
 *
 * Returns: (nullable): the row of the 30-Second Chair Stand's table for
 *   @age, or %NULL if the table has none
 */
const UprightChairStandNorm *
upright_assessment_find_chair_stand_norm (guint age)
{
  for (guint i = 0; i < G_N_ELEMENTS (chair_stand_norms); i++)
    {
      if (age >= chair_stand_norms[i].min_age && age <= chair_stand_norms[i].max_age)
        return &chair_stand_norms[i];
    }

  return NULL;
}

/**
 * upright_assessment_find_tug_norm:
 * @age: an age in years
 *
 * Returns: (nullable): the row of the Timed Up and Go's table for @age, or
 *   %NULL if the table has none
 */
const UprightTimedUpAndGoNorm *
upright_assessment_find_tug_norm (guint age)
{
  for (guint i = 0; i < G_N_ELEMENTS (tug_norms); i++)
    {
      if (age >= tug_norms[i].min_age && age <= tug_norms[i].max_age)
        return &tug_norms[i];
    }

  return NULL;
}
