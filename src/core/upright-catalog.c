/* upright-catalog.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include "upright-catalog.h"
#include "upright-exercise-private.h"

typedef struct {
  char *citation;
  char *url;
} Reference;

struct _UprightCatalog
{
  GObject     parent_instance;

  GPtrArray  *exercises;
  GHashTable *by_id;
  GHashTable *references;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (UprightCatalog, upright_catalog, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

G_DEFINE_QUARK (upright-catalog-error-quark, upright_catalog_error)

static void
reference_free (gpointer data)
{
  Reference *reference = data;

  g_free (reference->citation);
  g_free (reference->url);
  g_free (reference);
}

static GType
upright_catalog_get_item_type (GListModel *model)
{
  return UPRIGHT_TYPE_EXERCISE;
}

static guint
upright_catalog_get_n_items (GListModel *model)
{
  return UPRIGHT_CATALOG (model)->exercises->len;
}

static gpointer
upright_catalog_get_item (GListModel *model,
                          guint       position)
{
  UprightCatalog *self = UPRIGHT_CATALOG (model);

  if (position >= self->exercises->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->exercises, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = upright_catalog_get_item_type;
  iface->get_n_items = upright_catalog_get_n_items;
  iface->get_item = upright_catalog_get_item;
}

static void
upright_catalog_finalize (GObject *object)
{
  UprightCatalog *self = UPRIGHT_CATALOG (object);

  g_clear_pointer (&self->exercises, g_ptr_array_unref);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->references, g_hash_table_unref);

  G_OBJECT_CLASS (upright_catalog_parent_class)->finalize (object);
}

static void
upright_catalog_class_init (UprightCatalogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = upright_catalog_finalize;
}

static void
upright_catalog_init (UprightCatalog *self)
{
  self->exercises = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->references = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, reference_free);
}

static gboolean
load_references (UprightCatalog  *self,
                 JsonObject      *root,
                 GError         **error)
{
  JsonNode *node = json_object_get_member (root, "references");
  g_autoptr(GList) members = NULL;
  JsonObject *references;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, UPRIGHT_CATALOG_ERROR, UPRIGHT_CATALOG_ERROR_INVALID,
                   "Field “references”: expected an object of citations");
      return FALSE;
    }

  references = json_node_get_object (node);
  members = json_object_get_members (references);
  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *id = l->data;
      JsonNode *entry = json_object_get_member (references, id);
      JsonObject *object;
      const char *citation, *url;
      Reference *reference;

      if (!JSON_NODE_HOLDS_OBJECT (entry))
        {
          g_set_error (error, UPRIGHT_CATALOG_ERROR, UPRIGHT_CATALOG_ERROR_INVALID,
                       "Reference “%s”: expected an object", id);
          return FALSE;
        }

      object = json_node_get_object (entry);
      citation = json_object_get_string_member_with_default (object, "citation", NULL);
      url = json_object_get_string_member_with_default (object, "url", NULL);
      if (citation == NULL || *citation == '\0' || !g_utf8_validate (citation, -1, NULL))
        {
          g_set_error (error, UPRIGHT_CATALOG_ERROR, UPRIGHT_CATALOG_ERROR_INVALID,
                       "Reference “%s”, field “citation”: missing or not text", id);
          return FALSE;
        }
      if (url != NULL && !g_str_has_prefix (url, "https://"))
        {
          g_set_error (error, UPRIGHT_CATALOG_ERROR, UPRIGHT_CATALOG_ERROR_INVALID,
                       "Reference “%s”, field “url”: only https addresses are allowed", id);
          return FALSE;
        }

      reference = g_new0 (Reference, 1);
      reference->citation = g_strdup (citation);
      reference->url = g_strdup (url);
      g_hash_table_insert (self->references, g_strdup (id), reference);
    }

  return TRUE;
}

/**
 * upright_catalog_new_from_bytes:
 * @bytes: the catalogue as JSON
 * @error: return location for an error
 *
 * Loads and checks a catalogue. The first problem found is reported with the
 * exercise and the field it is in.
 *
 * Returns: (transfer full) (nullable): the catalogue
 */
UprightCatalog *
upright_catalog_new_from_bytes (GBytes  *bytes,
                                GError **error)
{
  g_autoptr(UprightCatalog) self = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) parse_error = NULL;
  JsonObject *root;
  JsonNode *node;
  JsonArray *exercises;
  const char *data;
  gsize size;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &size);
  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, size, &parse_error))
    {
      g_set_error (error, UPRIGHT_CATALOG_ERROR, UPRIGHT_CATALOG_ERROR_PARSE,
                   "Not a valid JSON file: %s", parse_error->message);
      return NULL;
    }

  node = json_parser_get_root (parser);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, UPRIGHT_CATALOG_ERROR, UPRIGHT_CATALOG_ERROR_FORMAT,
                   "Not an exercise catalogue");
      return NULL;
    }

  root = json_node_get_object (node);
  if (g_strcmp0 (json_object_get_string_member_with_default (root, "format", NULL), "upright-catalog") != 0)
    {
      g_set_error (error, UPRIGHT_CATALOG_ERROR, UPRIGHT_CATALOG_ERROR_FORMAT,
                   "Not an exercise catalogue: “format” is not “upright-catalog”");
      return NULL;
    }
  if (json_object_get_int_member_with_default (root, "version", 0) != UPRIGHT_CATALOG_VERSION)
    {
      g_set_error (error, UPRIGHT_CATALOG_ERROR, UPRIGHT_CATALOG_ERROR_FORMAT,
                   "Catalogue version %" G_GINT64_FORMAT " cannot be read; this version of Upright reads version %d",
                   json_object_get_int_member_with_default (root, "version", 0),
                   UPRIGHT_CATALOG_VERSION);
      return NULL;
    }

  self = g_object_new (UPRIGHT_TYPE_CATALOG, NULL);

  if (!load_references (self, root, error))
    return NULL;

  node = json_object_get_member (root, "exercises");
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error (error, UPRIGHT_CATALOG_ERROR, UPRIGHT_CATALOG_ERROR_INVALID,
                   "Field “exercises”: expected a list of exercises");
      return NULL;
    }

  exercises = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (exercises); i++)
    {
      UprightExercise *exercise;
      const char *id;

      exercise = _upright_exercise_new_from_json (json_array_get_element (exercises, i),
                                                  i, self->references, error);
      if (exercise == NULL)
        return NULL;

      id = upright_exercise_get_id (exercise);
      if (g_hash_table_contains (self->by_id, id))
        {
          g_set_error (error, UPRIGHT_CATALOG_ERROR, UPRIGHT_CATALOG_ERROR_DUPLICATE_ID,
                       "Exercise “%s”, field “id”: used by more than one exercise", id);
          g_object_unref (exercise);
          return NULL;
        }

      g_ptr_array_add (self->exercises, exercise);
      g_hash_table_insert (self->by_id, (gpointer) id, exercise);
    }

  return g_steal_pointer (&self);
}

/**
 * upright_catalog_new_from_resource:
 * @path: a resource path
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the catalogue
 */
UprightCatalog *
upright_catalog_new_from_resource (const char  *path,
                                   GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;

  return upright_catalog_new_from_bytes (bytes, error);
}

/**
 * upright_catalog_new_from_file:
 * @file: a JSON file
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the catalogue
 */
UprightCatalog *
upright_catalog_new_from_file (GFile   *file,
                               GError **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  bytes = g_file_load_bytes (file, NULL, NULL, error);
  if (bytes == NULL)
    return NULL;

  return upright_catalog_new_from_bytes (bytes, error);
}

/**
 * upright_catalog_lookup:
 * @self: a catalogue
 * @id: an exercise id
 *
 * Returns: (transfer none) (nullable): the exercise called @id
 */
UprightExercise *
upright_catalog_lookup (UprightCatalog *self,
                        const char     *id)
{
  g_return_val_if_fail (UPRIGHT_IS_CATALOG (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->by_id, id);
}

/**
 * upright_catalog_count_region:
 * @self: a catalogue
 * @region: a region
 *
 * Returns: the number of exercises for @region
 */
guint
upright_catalog_count_region (UprightCatalog *self,
                              UprightRegion   region)
{
  guint count = 0;

  g_return_val_if_fail (UPRIGHT_IS_CATALOG (self), 0);

  for (guint i = 0; i < self->exercises->len; i++)
    {
      if (upright_exercise_has_region (g_ptr_array_index (self->exercises, i), region))
        count++;
    }

  return count;
}

/**
 * upright_catalog_get_citation:
 * @self: a catalogue
 * @reference_id: a reference id such as “R1”
 *
 * Returns: (transfer none) (nullable): the full citation
 */
const char *
upright_catalog_get_citation (UprightCatalog *self,
                              const char     *reference_id)
{
  Reference *reference;

  g_return_val_if_fail (UPRIGHT_IS_CATALOG (self), NULL);
  g_return_val_if_fail (reference_id != NULL, NULL);

  reference = g_hash_table_lookup (self->references, reference_id);

  return reference != NULL ? reference->citation : NULL;
}

/**
 * upright_catalog_get_reference_url:
 * @self: a catalogue
 * @reference_id: a reference id such as “R1”
 *
 * Returns: (transfer none) (nullable): an https address for the reference
 */
const char *
upright_catalog_get_reference_url (UprightCatalog *self,
                                   const char     *reference_id)
{
  Reference *reference;

  g_return_val_if_fail (UPRIGHT_IS_CATALOG (self), NULL);
  g_return_val_if_fail (reference_id != NULL, NULL);

  reference = g_hash_table_lookup (self->references, reference_id);

  return reference != NULL ? reference->url : NULL;
}
