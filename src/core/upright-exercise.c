/* upright-exercise.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "upright-catalog.h"
#include "upright-exercise-private.h"
#include "upright-text.h"

struct _UprightExercise
{
  GObject         parent_instance;

  char           *id;
  char           *title;
  char           *summary;
  UprightRegion  *regions;
  guint           n_regions;
  UprightCategory category;
  char          **equipment;
  char           *start_position;
  char          **steps;
  char           *breathing;
  UprightDose     dose;
  char           *dose_note;
  /* The easier and harder versions' text (the main one has its steps),
   * their own safety note, and each version's tags. */
  char           *version_text[UPRIGHT_N_VERSIONS];
  char           *version_safety[UPRIGHT_N_VERSIONS];
  UprightTag      version_tags[UPRIGHT_N_VERSIONS];
  char          **safety_notes;
  char          **references;
  char           *demo_id;

  /* Casefolded title, summary and steps, made on the first search. */
  char           *search_text;
};

G_DEFINE_FINAL_TYPE (UprightExercise, upright_exercise, G_TYPE_OBJECT)

static const char * const category_names[UPRIGHT_N_CATEGORIES] = {
  [UPRIGHT_CATEGORY_STRENGTH] = "strength",
  [UPRIGHT_CATEGORY_BALANCE] = "balance",
  [UPRIGHT_CATEGORY_POSTURE] = "posture",
  [UPRIGHT_CATEGORY_IMPACT] = "impact",
};

static const char * const category_titles[UPRIGHT_N_CATEGORIES] = {
  [UPRIGHT_CATEGORY_STRENGTH] = N_("Strength"),
  [UPRIGHT_CATEGORY_BALANCE] = N_("Balance"),
  [UPRIGHT_CATEGORY_POSTURE] = N_("Posture"),
  [UPRIGHT_CATEGORY_IMPACT] = N_("Impact"),
};

static const char * const tag_names[UPRIGHT_N_TAGS] = {
  "floor",
  "kneeling",
  "spinal-flexion",
  "twist",
  "impact",
  "load",
  "unsupported-balance",
  "prone",
  "strenuous",
};

const char *
upright_category_to_string (UprightCategory category)
{
  g_return_val_if_fail (category < UPRIGHT_N_CATEGORIES, NULL);

  return category_names[category];
}

gboolean
upright_category_from_string (const char      *name,
                              UprightCategory *category)
{
  g_return_val_if_fail (category != NULL, FALSE);

  for (guint i = 0; name != NULL && i < UPRIGHT_N_CATEGORIES; i++)
    {
      if (g_str_equal (name, category_names[i]))
        {
          *category = (UprightCategory) i;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * upright_category_get_title:
 * @category: a category
 *
 * Returns: (transfer none): the translated name of @category
 */
const char *
upright_category_get_title (UprightCategory category)
{
  g_return_val_if_fail (category < UPRIGHT_N_CATEGORIES, NULL);

  return g_dgettext (GETTEXT_PACKAGE, category_titles[category]);
}

/**
 * upright_tag_to_string:
 * @tag: a single tag
 *
 * Returns: (nullable): the catalogue name of @tag
 */
const char *
upright_tag_to_string (UprightTag tag)
{
  for (guint i = 0; i < UPRIGHT_N_TAGS; i++)
    {
      if (tag == (UprightTag) (1 << i))
        return tag_names[i];
    }

  g_return_val_if_reached (NULL);
}

gboolean
upright_tag_from_string (const char *name,
                         UprightTag *tag)
{
  g_return_val_if_fail (tag != NULL, FALSE);

  for (guint i = 0; name != NULL && i < UPRIGHT_N_TAGS; i++)
    {
      if (g_str_equal (name, tag_names[i]))
        {
          *tag = (UprightTag) (1 << i);
          return TRUE;
        }
    }

  return FALSE;
}

static void
upright_exercise_finalize (GObject *object)
{
  UprightExercise *self = UPRIGHT_EXERCISE (object);

  g_free (self->id);
  g_free (self->title);
  g_free (self->summary);
  g_free (self->regions);
  g_strfreev (self->equipment);
  g_free (self->start_position);
  g_strfreev (self->steps);
  g_free (self->breathing);
  g_free (self->dose_note);
  for (guint i = 0; i < UPRIGHT_N_VERSIONS; i++)
    {
      g_free (self->version_text[i]);
      g_free (self->version_safety[i]);
    }
  g_strfreev (self->safety_notes);
  g_strfreev (self->references);
  g_free (self->demo_id);
  g_free (self->search_text);

  G_OBJECT_CLASS (upright_exercise_parent_class)->finalize (object);
}

static void
upright_exercise_class_init (UprightExerciseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = upright_exercise_finalize;
}

static void
upright_exercise_init (UprightExercise *self)
{
}

/* Loading */

/* Reads and checks one exercise of the catalogue. Every problem names the
 * exercise (its id, or its position before the id is known) and the field.
 */
typedef struct {
  JsonObject  *object;
  const char  *id;
  guint        index;
  GError     **error;
} Reader;

G_GNUC_PRINTF (3, 4)
static gboolean
reader_fail (Reader     *reader,
             const char *field,
             const char *format,
             ...)
{
  g_autofree char *problem = NULL;
  va_list args;

  va_start (args, format);
  problem = g_strdup_vprintf (format, args);
  va_end (args);

  if (reader->id != NULL)
    g_set_error (reader->error, UPRIGHT_CATALOG_ERROR, UPRIGHT_CATALOG_ERROR_INVALID,
                 "Exercise “%s”, field “%s”: %s", reader->id, field, problem);
  else
    g_set_error (reader->error, UPRIGHT_CATALOG_ERROR, UPRIGHT_CATALOG_ERROR_INVALID,
                 "Exercise %u, field “%s”: %s", reader->index + 1, field, problem);

  return FALSE;
}

static JsonNode *
reader_member (Reader     *reader,
               JsonObject *object,
               const char *field,
               const char *path,
               gboolean    optional)
{
  JsonNode *node = json_object_get_member (object, field);

  if (node == NULL && !optional)
    reader_fail (reader, path, "missing");

  return node;
}

/* Strings shown to the user go through gettext, so translations of the
 * catalogue come from the same place as the rest of the interface. */
static char *
translate (const char *text)
{
  return g_strdup (*text != '\0' ? g_dgettext (GETTEXT_PACKAGE, text) : text);
}

static gboolean
read_string (Reader      *reader,
             JsonObject  *object,
             const char  *field,
             const char  *path,
             gboolean     optional,
             char       **out)
{
  JsonNode *node = reader_member (reader, object, field, path, optional);
  const char *value;

  if (node == NULL)
    return optional;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return reader_fail (reader, path, "expected a string");

  value = json_node_get_string (node);
  if (!g_utf8_validate (value, -1, NULL))
    return reader_fail (reader, path, "not valid UTF-8");
  if (*value == '\0' || g_ascii_isspace (*value))
    return reader_fail (reader, path, "empty or starting with a space");

  *out = translate (value);

  return TRUE;
}

static gboolean
read_uint (Reader     *reader,
           JsonObject *object,
           const char *field,
           const char *path,
           gboolean    optional,
           guint       min,
           guint       max,
           guint      *out)
{
  JsonNode *node = reader_member (reader, object, field, path, optional);
  gint64 value;

  if (node == NULL)
    return optional;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return reader_fail (reader, path, "expected a whole number");

  value = json_node_get_int (node);
  if (value < min || value > max)
    return reader_fail (reader, path, "%" G_GINT64_FORMAT " is not between %u and %u", value, min, max);

  *out = (guint) value;

  return TRUE;
}

static gboolean
read_boolean (Reader     *reader,
              JsonObject *object,
              const char *field,
              const char *path,
              gboolean   *out)
{
  JsonNode *node = reader_member (reader, object, field, path, FALSE);

  if (node == NULL)
    return FALSE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return reader_fail (reader, path, "expected true or false");

  *out = json_node_get_boolean (node);

  return TRUE;
}

static gboolean
read_string_array (Reader       *reader,
                   JsonObject   *object,
                   const char   *field,
                   guint         min,
                   guint         max,
                   gboolean      translated,
                   char       ***out)
{
  JsonNode *node = reader_member (reader, object, field, field, FALSE);
  g_autoptr(GStrvBuilder) builder = NULL;
  JsonArray *array;
  guint length;

  if (node == NULL)
    return FALSE;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return reader_fail (reader, field, "expected a list");

  array = json_node_get_array (node);
  length = json_array_get_length (array);
  if (length < min || length > max)
    return reader_fail (reader, field, "has %u items, expected %u to %u", length, min, max);

  builder = g_strv_builder_new ();
  for (guint i = 0; i < length; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      const char *value;

      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
        return reader_fail (reader, field, "item %u is not a string", i + 1);

      value = json_node_get_string (element);
      if (!g_utf8_validate (value, -1, NULL) || *value == '\0')
        return reader_fail (reader, field, "item %u is empty or not valid UTF-8", i + 1);

      g_strv_builder_add (builder, translated ? g_dgettext (GETTEXT_PACKAGE, value) : value);
    }

  *out = g_strv_builder_end (builder);

  return TRUE;
}

static gboolean
read_dose (Reader          *reader,
           UprightExercise *self)
{
  JsonNode *node = reader_member (reader, reader->object, "dose", "dose", FALSE);
  JsonObject *dose;
  UprightDose *d = &self->dose;

  if (node == NULL)
    return FALSE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return reader_fail (reader, "dose", "expected an object");

  dose = json_node_get_object (node);

  if (!read_uint (reader, dose, "sets", "dose.sets", FALSE, 1, 5, &d->sets) ||
      !read_uint (reader, dose, "reps", "dose.reps", TRUE, 1, 50, &d->reps) ||
      !read_uint (reader, dose, "hold_seconds", "dose.hold_seconds", TRUE, 1, 3600, &d->hold_seconds) ||
      !read_uint (reader, dose, "rest_seconds", "dose.rest_seconds", FALSE, 0, 300, &d->rest_seconds) ||
      !read_boolean (reader, dose, "per_side", "dose.per_side", &d->per_side) ||
      !read_boolean (reader, dose, "typical", "dose.typical", &d->typical) ||
      !read_string (reader, dose, "note", "dose.note", TRUE, &self->dose_note))
    return FALSE;

  if (d->reps == 0 && d->hold_seconds == 0)
    return reader_fail (reader, "dose", "needs “reps”, “hold_seconds” or both");

  node = json_object_get_member (dose, "tempo");
  if (node != NULL)
    {
      JsonObject *tempo;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return reader_fail (reader, "dose.tempo", "expected an object");

      tempo = json_node_get_object (node);
      if (!read_uint (reader, tempo, "up", "dose.tempo.up", FALSE, 1, 10, &d->tempo_up) ||
          !read_uint (reader, tempo, "down", "dose.tempo.down", FALSE, 1, 10, &d->tempo_down))
        return FALSE;
    }

  d->note = self->dose_note;

  return TRUE;
}

/* Reads a list of tags at @path. “strenuous” is never written: the loader
 * gives it to every version that is not marked “gentle”, the few things
 * advised in the weeks after a new, painful spine fracture. */
static gboolean
read_tags (Reader     *reader,
           JsonObject *object,
           const char *path,
           UprightTag *out)
{
  g_autofree char *gentle_path = NULL;
  JsonNode *node = reader_member (reader, object, "tags", path, FALSE);
  gboolean gentle = FALSE;
  JsonArray *array;

  if (node == NULL)
    return FALSE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return reader_fail (reader, path, "expected a list");

  *out = 0;
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      const char *name;
      UprightTag tag;

      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
        return reader_fail (reader, path, "item %u is not a string", i + 1);

      name = json_node_get_string (element);
      if (!upright_tag_from_string (name, &tag) || tag == UPRIGHT_TAG_STRENUOUS)
        return reader_fail (reader, path, "unknown tag “%s”", name);
      *out |= tag;
    }

  /* “tags” becomes “gentle”, and “easier.tags” “easier.gentle”. */
  g_assert (g_str_has_suffix (path, "tags"));
  gentle_path = g_strdup_printf ("%.*sgentle", (int) (strlen (path) - strlen ("tags")), path);
  node = json_object_get_member (object, "gentle");
  if (node != NULL)
    {
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
        return reader_fail (reader, gentle_path, "expected true or false");
      gentle = json_node_get_boolean (node);
    }
  if (!gentle)
    *out |= UPRIGHT_TAG_STRENUOUS;

  return TRUE;
}

/* Reads the easier or harder version: its text, its own tags and, if it
 * needs one, its own safety note. */
static gboolean
read_version (Reader          *reader,
              UprightExercise *self,
              const char      *field,
              UprightVersion   version)
{
  JsonNode *node = reader_member (reader, reader->object, field, field, FALSE);
  g_autofree char *tags_path = g_strconcat (field, ".tags", NULL);
  g_autofree char *text_path = g_strconcat (field, ".text", NULL);
  g_autofree char *safety_path = g_strconcat (field, ".safety", NULL);
  JsonObject *object;

  if (node == NULL)
    return FALSE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return reader_fail (reader, field, "expected an object with “text” and “tags”");

  object = json_node_get_object (node);

  return read_string (reader, object, "text", text_path, FALSE, &self->version_text[version]) &&
         read_string (reader, object, "safety", safety_path, TRUE, &self->version_safety[version]) &&
         read_tags (reader, object, tags_path, &self->version_tags[version]);
}

UprightExercise *
_upright_exercise_new_from_json (JsonNode    *node,
                                 guint        index,
                                 GHashTable  *references,
                                 GError     **error)
{
  g_autoptr(UprightExercise) self = NULL;
  g_auto(GStrv) regions = NULL;
  g_autofree char *category = NULL;
  Reader reader = { NULL, NULL, index, error };
  JsonNode *id_node;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      reader_fail (&reader, "(exercise)", "expected an object");
      return NULL;
    }

  reader.object = json_node_get_object (node);
  self = g_object_new (UPRIGHT_TYPE_EXERCISE, NULL);

  /* The id comes first, so that later problems can name the exercise. */
  id_node = reader_member (&reader, reader.object, "id", "id", FALSE);
  if (id_node == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_VALUE (id_node) || json_node_get_value_type (id_node) != G_TYPE_STRING)
    {
      reader_fail (&reader, "id", "expected a string");
      return NULL;
    }
  if (!upright_text_is_id (json_node_get_string (id_node)))
    {
      reader_fail (&reader, "id", "“%s” may only have lowercase letters, digits and dashes",
                   json_node_get_string (id_node));
      return NULL;
    }
  self->id = g_strdup (json_node_get_string (id_node));
  reader.id = self->id;

  if (!read_string (&reader, reader.object, "title", "title", FALSE, &self->title) ||
      !read_string (&reader, reader.object, "summary", "summary", FALSE, &self->summary) ||
      !read_string_array (&reader, reader.object, "regions", 1, 3, FALSE, &regions) ||
      !read_string (&reader, reader.object, "category", "category", FALSE, &category) ||
      !read_string_array (&reader, reader.object, "equipment", 0, 8, TRUE, &self->equipment) ||
      !read_string (&reader, reader.object, "start_position", "start_position", FALSE, &self->start_position) ||
      !read_string_array (&reader, reader.object, "steps", 3, 6, TRUE, &self->steps) ||
      !read_string (&reader, reader.object, "breathing", "breathing", FALSE, &self->breathing) ||
      !read_dose (&reader, self) ||
      !read_version (&reader, self, "easier", UPRIGHT_VERSION_EASIER) ||
      !read_version (&reader, self, "harder", UPRIGHT_VERSION_HARDER) ||
      !read_string_array (&reader, reader.object, "safety", 1, 6, TRUE, &self->safety_notes) ||
      !read_tags (&reader, reader.object, "tags", &self->version_tags[UPRIGHT_VERSION_MAIN]) ||
      !read_string_array (&reader, reader.object, "references", 1, 10, FALSE, &self->references) ||
      !read_string (&reader, reader.object, "demo", "demo", FALSE, &self->demo_id))
    return NULL;

  self->n_regions = g_strv_length (regions);
  self->regions = g_new0 (UprightRegion, self->n_regions);
  for (guint i = 0; i < self->n_regions; i++)
    {
      if (!upright_region_from_string (regions[i], &self->regions[i]) ||
          self->regions[i] == UPRIGHT_REGION_NONE)
        {
          reader_fail (&reader, "regions", "unknown region “%s”", regions[i]);
          return NULL;
        }
    }

  /* The category was read as a string to report its value, not translated. */
  {
    const char *raw = json_object_get_string_member (reader.object, "category");

    if (!upright_category_from_string (raw, &self->category))
      {
        reader_fail (&reader, "category", "unknown category “%s”", raw);
        return NULL;
      }
  }

  for (guint i = 0; self->references[i] != NULL; i++)
    {
      if (!g_hash_table_contains (references, self->references[i]))
        {
          reader_fail (&reader, "references", "unknown reference “%s”", self->references[i]);
          return NULL;
        }
    }

  if (!upright_text_is_id (self->demo_id))
    {
      reader_fail (&reader, "demo", "“%s” may only have lowercase letters, digits and dashes",
                   self->demo_id);
      return NULL;
    }

  return g_steal_pointer (&self);
}

/* Getters */

const char *
upright_exercise_get_id (UprightExercise *self)
{
  g_return_val_if_fail (UPRIGHT_IS_EXERCISE (self), NULL);

  return self->id;
}

const char *
upright_exercise_get_title (UprightExercise *self)
{
  g_return_val_if_fail (UPRIGHT_IS_EXERCISE (self), NULL);

  return self->title;
}

const char *
upright_exercise_get_summary (UprightExercise *self)
{
  g_return_val_if_fail (UPRIGHT_IS_EXERCISE (self), NULL);

  return self->summary;
}

gboolean
upright_exercise_has_region (UprightExercise *self,
                             UprightRegion    region)
{
  g_return_val_if_fail (UPRIGHT_IS_EXERCISE (self), FALSE);

  for (guint i = 0; i < self->n_regions; i++)
    {
      if (self->regions[i] == region)
        return TRUE;
    }

  return FALSE;
}

/**
 * upright_exercise_get_regions:
 * @self: an exercise
 * @n_regions: (out): the number of regions
 *
 * Returns: (array length=n_regions) (transfer none): the regions it trains
 */
const UprightRegion *
upright_exercise_get_regions (UprightExercise *self,
                              guint           *n_regions)
{
  g_return_val_if_fail (UPRIGHT_IS_EXERCISE (self), NULL);
  g_return_val_if_fail (n_regions != NULL, NULL);

  *n_regions = self->n_regions;

  return self->regions;
}

UprightCategory
upright_exercise_get_category (UprightExercise *self)
{
  g_return_val_if_fail (UPRIGHT_IS_EXERCISE (self), 0);

  return self->category;
}

const char * const *
upright_exercise_get_equipment (UprightExercise *self)
{
  g_return_val_if_fail (UPRIGHT_IS_EXERCISE (self), NULL);

  return (const char * const *) self->equipment;
}

const char *
upright_exercise_get_start_position (UprightExercise *self)
{
  g_return_val_if_fail (UPRIGHT_IS_EXERCISE (self), NULL);

  return self->start_position;
}

const char * const *
upright_exercise_get_steps (UprightExercise *self)
{
  g_return_val_if_fail (UPRIGHT_IS_EXERCISE (self), NULL);

  return (const char * const *) self->steps;
}

const char *
upright_exercise_get_breathing (UprightExercise *self)
{
  g_return_val_if_fail (UPRIGHT_IS_EXERCISE (self), NULL);

  return self->breathing;
}

const UprightDose *
upright_exercise_get_dose (UprightExercise *self)
{
  g_return_val_if_fail (UPRIGHT_IS_EXERCISE (self), NULL);

  return &self->dose;
}

const char *
upright_exercise_get_easier (UprightExercise *self)
{
  g_return_val_if_fail (UPRIGHT_IS_EXERCISE (self), NULL);

  return self->version_text[UPRIGHT_VERSION_EASIER];
}

const char *
upright_exercise_get_harder (UprightExercise *self)
{
  g_return_val_if_fail (UPRIGHT_IS_EXERCISE (self), NULL);

  return self->version_text[UPRIGHT_VERSION_HARDER];
}

const char * const *
upright_exercise_get_safety_notes (UprightExercise *self)
{
  g_return_val_if_fail (UPRIGHT_IS_EXERCISE (self), NULL);

  return (const char * const *) self->safety_notes;
}

/**
 * upright_exercise_get_tags:
 * @self: an exercise
 *
 * Returns: the tags of the exercise as its steps describe it
 */
UprightTag
upright_exercise_get_tags (UprightExercise *self)
{
  g_return_val_if_fail (UPRIGHT_IS_EXERCISE (self), 0);

  return self->version_tags[UPRIGHT_VERSION_MAIN];
}

/**
 * upright_exercise_get_version_tags:
 * @self: an exercise
 * @version: which version
 *
 * Returns: the tags of that version of the exercise
 */
UprightTag
upright_exercise_get_version_tags (UprightExercise *self,
                                   UprightVersion   version)
{
  g_return_val_if_fail (UPRIGHT_IS_EXERCISE (self), 0);
  g_return_val_if_fail (version < UPRIGHT_N_VERSIONS, 0);

  return self->version_tags[version];
}

/**
 * upright_exercise_get_version_safety:
 * @self: an exercise
 * @version: the easier or harder version
 *
 * Returns: (nullable): a safety note that belongs to that version only
 */
const char *
upright_exercise_get_version_safety (UprightExercise *self,
                                     UprightVersion   version)
{
  g_return_val_if_fail (UPRIGHT_IS_EXERCISE (self), NULL);
  g_return_val_if_fail (version < UPRIGHT_N_VERSIONS, NULL);

  return self->version_safety[version];
}

const char * const *
upright_exercise_get_references (UprightExercise *self)
{
  g_return_val_if_fail (UPRIGHT_IS_EXERCISE (self), NULL);

  return (const char * const *) self->references;
}

const char *
upright_exercise_get_demo_id (UprightExercise *self)
{
  g_return_val_if_fail (UPRIGHT_IS_EXERCISE (self), NULL);

  return self->demo_id;
}

/**
 * upright_exercise_format_dose:
 * @self: an exercise
 *
 * Describes the default dose in a few words, such as “2 sets × 10 reps” or
 * “6 reps, hold 5 s each · each side”.
 *
 * Returns: (transfer full): the description
 */
char *
upright_exercise_format_dose (UprightExercise *self)
{
  g_return_val_if_fail (UPRIGHT_IS_EXERCISE (self), NULL);

  return upright_dose_format (&self->dose);
}

/**
 * upright_dose_format:
 * @dose: a dose
 *
 * Describes @dose in a few words, such as “2 sets × 10 reps · each side”.
 *
 * Returns: (transfer full): the description
 */
char *
upright_dose_format (const UprightDose *dose)
{
  const UprightDose *d = dose;
  g_autofree char *amount = NULL;
  g_autofree char *sets = NULL;

  g_return_val_if_fail (dose != NULL, NULL);

  if (d->reps > 0 && d->hold_seconds > 0)
    /* Translators: a number of repetitions, each held for some seconds. */
    amount = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u rep, hold %u s", "%u reps, hold %u s each", d->reps),
                              d->reps, d->hold_seconds);
  else if (d->reps > 0)
    amount = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u rep", "%u reps", d->reps), d->reps);
  else if (d->hold_seconds >= 300 && d->hold_seconds % 60 == 0)
    /* A walk, or a rest lying down, lasts minutes. */
    amount = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u minute", "%u minutes", d->hold_seconds / 60),
                              d->hold_seconds / 60);
  else
    amount = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "hold %u second", "hold %u seconds", d->hold_seconds),
                              d->hold_seconds);

  if (d->sets > 1)
    /* Translators: the number of sets, then what each set is: “2 sets × 10 reps”. */
    sets = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u set × %s", "%u sets × %s", d->sets),
                            d->sets, amount);
  else
    sets = g_steal_pointer (&amount);

  if (d->per_side)
    /* Translators: an exercise done on the left and on the right. */
    return g_strdup_printf (_("%s · each side"), sets);

  return g_steal_pointer (&sets);
}

/**
 * upright_exercise_matches:
 * @self: an exercise
 * @query: words to look for
 *
 * Checks whether every word of @query appears in the title, summary or
 * steps, ignoring case.
 *
 * Returns: %TRUE if all words were found; an empty query matches everything
 */
gboolean
upright_exercise_matches (UprightExercise *self,
                          const char      *query)
{
  g_return_val_if_fail (UPRIGHT_IS_EXERCISE (self), FALSE);

  if (self->search_text == NULL)
    {
      g_autoptr(GString) text = g_string_new (self->title);
      g_autofree char *steps = g_strjoinv ("\n", self->steps);

      g_string_append_printf (text, "\n%s\n%s", self->summary, steps);
      self->search_text = upright_text_fold (text->str);
    }

  return upright_text_matches_words (self->search_text, query);
}
