/* upright-plan.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "upright-json-private.h"
#include "upright-plan.h"
#include "upright-routine.h"
#include "upright-storage.h"

/* Changes are written this long after the first one, so that a burst of
 * changes is written once. */
#define SAVE_DELAY_MS 500

typedef enum {
  LIST_BOOKMARKS,
  LIST_READ,
  N_LISTS
} List;

static const char * const list_names[N_LISTS] = { "bookmarks", "read" };

/* The routines a plan starts with, until the user has routines of her own.
 * They follow the weekly guidelines: posture and balance every day, and
 * strength for all major muscle groups on two days a week. Every dose is the
 * exercise's own. */
typedef struct {
  const char        *id;
  const char        *name;
  const char * const exercises[12];
} Starter;

static const Starter starters[] = {
  {
    "starter-posture-balance",
    /* Translators: the name of a routine Upright suggests, about 10 minutes */
    N_("Daily Posture and Balance"),
    { "chin-tuck", "shoulder-blade-squeeze", "counter-back-bend",
      "stance-progression", "weight-shift", "heel-to-toe-walk", NULL },
  },
  {
    "starter-strength",
    /* Translators: the name of a routine Upright suggests, about 25 minutes */
    N_("Strength"),
    { "sit-to-stand", "mini-squat", "heel-raise", "band-row", "wall-push-up",
      "step-up", "hip-hinge", "wrist-curl", "wall-plank", NULL },
  },
  {
    "starter-strength-no-floor",
    /* Translators: the name of a routine Upright suggests, done standing or
     * sitting, for those who cannot get down to the floor */
    N_("Strength Without Floor Work"),
    { "sit-to-stand", "standing-hip-extension", "side-leg-raise", "toe-raise",
      "wall-angel", "band-row", "wall-push-up", "wall-plank", "grip-squeeze", NULL },
  },
};

typedef enum {
  LOAD_NONE,
  LOAD_RUNNING,
  LOAD_DONE,
} LoadState;

/* Article ids in the order they were added, without duplicates. */
typedef struct {
  GPtrArray  *ids;
  GHashTable *set;
} IdList;

/* A change made before the file was read, to be made again on what is read. */
typedef struct {
  char     *id;
  List      list;
  gboolean  value;
} QueuedChange;

/* What a thread read from the file. */
typedef struct {
  JsonObject *root;
  IdList     *lists[N_LISTS];
  /* NULL when the file has no routines member. */
  GPtrArray  *routines;
  /* Exercise ids to the URIs of the user's own videos. */
  GHashTable *videos;
  GFile      *recovered_file;
} LoadData;

struct _UprightPlan
{
  GObject       parent_instance;

  GFile        *file;
  GFile        *recovered_file;
  /* The object as read, for the members this version does not know. */
  JsonObject   *root;
  IdList       *lists[N_LISTS];
  GListStore   *routines;
  /* Exercise ids to the URIs of the user's own videos. */
  GHashTable   *videos;
  GArray       *queued;
  GPtrArray    *flush_tasks;
  /* Cancelled in dispose, and only there. */
  GCancellable *cancellable;

  LoadState     load_state;
  guint         save_source;
  /* Changes that no save has started to write yet. */
  guint         dirty : 1;
  /* A save runs in a thread. */
  guint         saving : 1;
};

G_DEFINE_FINAL_TYPE (UprightPlan, upright_plan, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  SAVE_FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void start_save (UprightPlan *self);

static IdList *
id_list_new (void)
{
  IdList *list = g_new0 (IdList, 1);

  /* Preallocated, so that the array is always there and NULL-terminated. */
  list->ids = g_ptr_array_new_null_terminated (4, g_free, TRUE);
  list->set = g_hash_table_new (g_str_hash, g_str_equal);

  return list;
}

static void
id_list_free (IdList *list)
{
  g_hash_table_unref (list->set);
  g_ptr_array_unref (list->ids);
  g_free (list);
}

/* Returns whether the list changed. */
static gboolean
id_list_set (IdList     *list,
             const char *id,
             gboolean    present)
{
  guint position;

  if (present == g_hash_table_contains (list->set, id))
    return FALSE;

  if (present)
    {
      char *copy = g_strdup (id);

      g_ptr_array_add (list->ids, copy);
      g_hash_table_add (list->set, copy);
    }
  else
    {
      g_hash_table_remove (list->set, id);
      if (g_ptr_array_find_with_equal_func (list->ids, id, g_str_equal, &position))
        g_ptr_array_remove_index (list->ids, position);
    }

  return TRUE;
}

static void
queued_change_clear (gpointer data)
{
  QueuedChange *change = data;

  g_free (change->id);
}

static void
load_data_free (LoadData *load)
{
  g_clear_pointer (&load->root, json_object_unref);
  for (guint i = 0; i < N_LISTS; i++)
    g_clear_pointer (&load->lists[i], id_list_free);
  g_clear_pointer (&load->routines, g_ptr_array_unref);
  g_clear_pointer (&load->videos, g_hash_table_unref);
  g_clear_object (&load->recovered_file);
  g_free (load);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LoadData, load_data_free)

static gboolean
is_known_member (const char *name)
{
  if (g_str_equal (name, "format") || g_str_equal (name, "version") ||
      g_str_equal (name, "routines") || g_str_equal (name, "videos"))
    return TRUE;

  for (guint i = 0; i < N_LISTS; i++)
    {
      if (g_str_equal (name, list_names[i]))
        return TRUE;
    }

  return FALSE;
}

static IdList *
read_id_list (JsonObject  *root,
              List         list,
              GError     **error)
{
  const char *name = list_names[list];
  JsonNode *node = json_object_get_member (root, name);
  IdList *ids = id_list_new ();
  JsonArray *array;

  if (node == NULL)
    return ids;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "Member “%s”: expected a list of article ids", name);
      id_list_free (ids);
      return NULL;
    }

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (element) ||
          json_node_get_value_type (element) != G_TYPE_STRING ||
          *json_node_get_string (element) == '\0')
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "Member “%s”, item %u: expected an article id", name, i);
          id_list_free (ids);
          return NULL;
        }

      /* A repeated id keeps its first place. */
      id_list_set (ids, json_node_get_string (element), TRUE);
    }

  return ids;
}

static gboolean
read_string_member (JsonObject  *object,
                    const char  *member,
                    const char **value)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return FALSE;

  *value = json_node_get_string (node);

  return TRUE;
}

/* A missing number is 0, the exercise's own figure. */
static gboolean
read_count_member (JsonObject *object,
                   const char *member,
                   guint       max,
                   guint      *value)
{
  JsonNode *node = json_object_get_member (object, member);
  gint64 number;

  *value = 0;
  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return FALSE;

  number = json_node_get_int (node);
  if (number < 0 || number > max)
    return FALSE;

  *value = number;

  return TRUE;
}

static UprightRoutine *
read_routine (JsonNode    *node,
              guint        index,
              GHashTable  *ids,
              GError     **error)
{
  g_autoptr(UprightRoutine) routine = NULL;
  JsonObject *object;
  JsonNode *items_node;
  JsonArray *items;
  const char *id;
  const char *name;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "Routine %u: expected an object", index);
      return NULL;
    }

  object = json_node_get_object (node);
  if (!read_string_member (object, "id", &id) || !upright_routine_is_valid_id (id))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "Routine %u: “id” is not an id", index);
      return NULL;
    }

  if (g_hash_table_contains (ids, id))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "Routine %u: the id “%s” is used twice", index, id);
      return NULL;
    }

  if (!read_string_member (object, "name", &name) || *name == '\0')
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "Routine %u: “name” is not a name", index);
      return NULL;
    }

  items_node = json_object_get_member (object, "items");
  if (items_node == NULL || !JSON_NODE_HOLDS_ARRAY (items_node))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "Routine %u: “items” is not a list", index);
      return NULL;
    }

  routine = upright_routine_new (id, name);
  items = json_node_get_array (items_node);
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonNode *item_node = json_array_get_element (items, i);
      JsonObject *item;
      const char *exercise_id;
      guint sets, reps, hold;

      if (!JSON_NODE_HOLDS_OBJECT (item_node) ||
          !read_string_member ((item = json_node_get_object (item_node)), "exercise", &exercise_id) ||
          !upright_routine_is_valid_id (exercise_id) ||
          !read_count_member (item, "sets", UPRIGHT_ROUTINE_MAX_SETS, &sets) ||
          !read_count_member (item, "reps", UPRIGHT_ROUTINE_MAX_REPS, &reps) ||
          !read_count_member (item, "hold", UPRIGHT_ROUTINE_MAX_HOLD_SECONDS, &hold))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "Routine %u, item %u: expected an exercise id and figures", index, i);
          return NULL;
        }

      upright_routine_append_item (routine, exercise_id, sets, reps, hold);
    }

  g_hash_table_add (ids, (gpointer) upright_routine_get_id (routine));

  return g_steal_pointer (&routine);
}

/* Sets @routines to NULL when the file has none. */
static gboolean
read_routines (JsonObject  *root,
               GPtrArray  **routines,
               GError     **error)
{
  JsonNode *node = json_object_get_member (root, "routines");
  g_autoptr(GPtrArray) result = NULL;
  g_autoptr(GHashTable) ids = NULL;
  JsonArray *array;

  *routines = NULL;
  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "Member “routines”: expected a list of routines");
      return FALSE;
    }

  result = g_ptr_array_new_with_free_func (g_object_unref);
  ids = g_hash_table_new (g_str_hash, g_str_equal);
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      UprightRoutine *routine = read_routine (json_array_get_element (array, i), i, ids, error);

      if (routine == NULL)
        return FALSE;

      g_ptr_array_add (result, routine);
    }

  *routines = g_steal_pointer (&result);

  return TRUE;
}

static GHashTable *
new_videos (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/* The user's own videos: an object of exercise ids to URIs. A plan from
 * before them has none. */
static GHashTable *
read_videos (JsonObject  *root,
             GError     **error)
{
  g_autoptr(GHashTable) videos = new_videos ();
  g_autoptr(GList) members = NULL;
  JsonNode *node = json_object_get_member (root, "videos");
  JsonObject *object;

  if (node == NULL)
    return g_steal_pointer (&videos);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "Member “videos”: expected an object of exercise ids and files");
      return NULL;
    }

  object = json_node_get_object (node);
  members = json_object_get_members (object);
  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *id = l->data;
      JsonNode *value = json_object_get_member (object, id);
      const char *uri;

      if (!upright_routine_is_valid_id (id))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "Member “videos”: “%s” is not an exercise id", id);
          return NULL;
        }

      if (!JSON_NODE_HOLDS_VALUE (value) || json_node_get_value_type (value) != G_TYPE_STRING ||
          !upright_plan_is_valid_video_uri ((uri = json_node_get_string (value))))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "Member “videos”, “%s”: expected the URI of a file", id);
          return NULL;
        }

      g_hash_table_replace (videos, g_strdup (id), g_strdup (uri));
    }

  return g_steal_pointer (&videos);
}

static gboolean
parse_plan (GBytes    *bytes,
            LoadData  *load,
            GError   **error)
{
  g_autoptr(JsonParser) parser = NULL;
  IdList *lists[N_LISTS] = { NULL };
  GPtrArray *routines = NULL;
  GHashTable *videos;
  JsonObject *root;
  JsonNode *node;
  const char *data;
  gsize size;

  data = g_bytes_get_data (bytes, &size);
  if (!g_utf8_validate_len (data, size, NULL))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "Not UTF-8 text");
      return FALSE;
    }

  if (!_upright_json_check_text (data, size, error))
    return FALSE;

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, data, size, error))
    return FALSE;

  node = json_parser_get_root (parser);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "Not a JSON object");
      return FALSE;
    }

  root = json_node_get_object (node);

  node = json_object_get_member (root, "format");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING ||
      g_strcmp0 (json_node_get_string (node), "upright-plan") != 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "Not a plan: “format” is not “upright-plan”");
      return FALSE;
    }

  node = json_object_get_member (root, "version");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64 ||
      json_node_get_int (node) != UPRIGHT_PLAN_VERSION)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "“version” is not %d, the version this build reads", UPRIGHT_PLAN_VERSION);
      return FALSE;
    }

  for (guint i = 0; i < N_LISTS; i++)
    {
      lists[i] = read_id_list (root, i, error);
      if (lists[i] == NULL)
        {
          for (guint j = 0; j < i; j++)
            id_list_free (lists[j]);
          return FALSE;
        }
    }

  if (!read_routines (root, &routines, error))
    {
      for (guint i = 0; i < N_LISTS; i++)
        id_list_free (lists[i]);
      return FALSE;
    }

  videos = read_videos (root, error);
  if (videos == NULL)
    {
      for (guint i = 0; i < N_LISTS; i++)
        id_list_free (lists[i]);
      g_clear_pointer (&routines, g_ptr_array_unref);
      return FALSE;
    }

  load->root = json_object_ref (root);
  load->videos = videos;
  for (guint i = 0; i < N_LISTS; i++)
    load->lists[i] = lists[i];
  load->routines = routines;

  return TRUE;
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GFile *file = task_data;
  g_autoptr(LoadData) load = g_new0 (LoadData, 1);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  bytes = upright_storage_load (file, cancellable, &error);
  if (bytes == NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (bytes != NULL && !parse_plan (bytes, load, &error))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      /* Never overwrite what cannot be read: it is the user's data. */
      g_debug ("%s cannot be read and is moved aside: %s", name, error->message);
      g_clear_error (&error);
      load->recovered_file = upright_storage_move_aside (file, &error);
      if (load->recovered_file == NULL)
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
    }

  for (guint i = 0; i < N_LISTS; i++)
    {
      if (load->lists[i] == NULL)
        load->lists[i] = id_list_new ();
    }

  g_task_return_pointer (task, g_steal_pointer (&load), (GDestroyNotify) load_data_free);
}

static GBytes *
serialize (UprightPlan *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  GString *text;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, "upright-plan");
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, UPRIGHT_PLAN_VERSION);

  for (guint i = 0; i < N_LISTS; i++)
    {
      GPtrArray *ids = self->lists[i]->ids;

      json_builder_set_member_name (builder, list_names[i]);
      json_builder_begin_array (builder);
      for (guint j = 0; j < ids->len; j++)
        json_builder_add_string_value (builder, g_ptr_array_index (ids, j));
      json_builder_end_array (builder);
    }

  json_builder_set_member_name (builder, "routines");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->routines)); i++)
    {
      g_autoptr(UprightRoutine) routine = g_list_model_get_item (G_LIST_MODEL (self->routines), i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, upright_routine_get_id (routine));
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, upright_routine_get_name (routine));
      json_builder_set_member_name (builder, "items");
      json_builder_begin_array (builder);
      for (guint j = 0; j < upright_routine_get_n_items (routine); j++)
        {
          guint sets, reps, hold;

          upright_routine_get_dose_override (routine, j, &sets, &reps, &hold);
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "exercise");
          json_builder_add_string_value (builder, upright_routine_get_exercise_id (routine, j));
          json_builder_set_member_name (builder, "sets");
          json_builder_add_int_value (builder, sets);
          json_builder_set_member_name (builder, "reps");
          json_builder_add_int_value (builder, reps);
          json_builder_set_member_name (builder, "hold");
          json_builder_add_int_value (builder, hold);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  /* Sorted, so that the file does not change with the hash table's order. */
  {
    g_autoptr(GList) ids = g_list_sort (g_hash_table_get_keys (self->videos), (GCompareFunc) strcmp);

    json_builder_set_member_name (builder, "videos");
    json_builder_begin_object (builder);
    for (GList *l = ids; l != NULL; l = l->next)
      {
        json_builder_set_member_name (builder, l->data);
        json_builder_add_string_value (builder, g_hash_table_lookup (self->videos, l->data));
      }
    json_builder_end_object (builder);
  }

  /* Members written by later versions stay as they were. */
  if (self->root != NULL)
    {
      g_autoptr(GList) members = json_object_get_members (self->root);

      for (GList *l = members; l != NULL; l = l->next)
        {
          const char *name = l->data;

          if (is_known_member (name))
            continue;

          json_builder_set_member_name (builder, name);
          json_builder_add_value (builder, json_node_copy (json_object_get_member (self->root, name)));
        }
    }

  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);

  text = json_generator_to_gstring (generator, g_string_new (NULL));
  g_string_append_c (text, '\n');

  return g_string_free_to_bytes (text);
}

static void
complete_flush (UprightPlan  *self,
                const GError *error)
{
  g_autoptr(GPtrArray) tasks = g_steal_pointer (&self->flush_tasks);

  self->flush_tasks = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < tasks->len; i++)
    {
      GTask *task = g_ptr_array_index (tasks, i);

      if (error != NULL)
        g_task_return_error (task, g_error_copy (error));
      else
        g_task_return_boolean (task, TRUE);
    }
}

static gboolean
save_timeout_cb (gpointer user_data)
{
  UprightPlan *self = user_data;

  self->save_source = 0;
  start_save (self);

  return G_SOURCE_REMOVE;
}

static void
schedule_save (UprightPlan *self)
{
  g_assert (self->load_state == LOAD_DONE);

  /* A running save schedules the next one when it is done. */
  if (self->save_source != 0 || self->saving || g_cancellable_is_cancelled (self->cancellable))
    return;

  self->save_source = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, self);
  g_source_set_name_by_id (self->save_source, "[upright] save plan");
}

/* After a save, changes made meanwhile are written at once if a flush waits
 * for them, and shortly if not. */
static void
save_done (UprightPlan *self)
{
  if (!self->dirty)
    complete_flush (self, NULL);
  else if (self->flush_tasks->len > 0)
    start_save (self);
  else
    schedule_save (self);
}

static void
save_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(UprightPlan) self = NULL;
  g_autoptr(GError) error = NULL;

  /* dispose() cancels, and from then on the result is always “cancelled”:
   * return before touching the plan, which may be gone. */
  if (!upright_storage_save_finish (G_FILE (object), result, &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  /* Flush callbacks may drop the last other reference. */
  self = g_object_ref (UPRIGHT_PLAN (user_data));
  self->saving = FALSE;

  if (error != NULL)
    {
      /* Written again with the next change or flush. */
      self->dirty = TRUE;
      complete_flush (self, error);
      g_signal_emit (self, signals[SAVE_FAILED], 0, error);
      return;
    }

  save_done (self);
}

static void
start_save (UprightPlan *self)
{
  g_autoptr(GBytes) bytes = NULL;

  g_assert (self->load_state == LOAD_DONE);
  g_assert (!self->saving);

  g_clear_handle_id (&self->save_source, g_source_remove);

  bytes = serialize (self);
  self->dirty = FALSE;
  self->saving = TRUE;

  /* No reference is held: dispose() must be able to run meanwhile, to write
   * what changes after this. */
  upright_storage_save_async (self->file, bytes, self->cancellable, save_cb, self);
}

static void
change (UprightPlan *self,
        List         list,
        const char  *article_id,
        gboolean     value)
{
  /* @article_id may be a string of the list, freed by the change. */
  g_autofree char *id = g_strdup (article_id);
  gboolean changed;

  changed = id_list_set (self->lists[list], id, value);

  if (self->load_state != LOAD_DONE)
    {
      /* Kept even if it changes nothing yet: the file may say otherwise. */
      QueuedChange queued = { g_steal_pointer (&id), list, value };

      g_array_append_val (self->queued, queued);
    }
  else if (changed)
    {
      self->dirty = TRUE;
      schedule_save (self);
    }

  if (changed)
    g_signal_emit (self, signals[CHANGED], 0);
}

/* Any change to the routines. */
static void
routines_changed (UprightPlan *self)
{
  g_assert (self->load_state == LOAD_DONE);

  self->dirty = TRUE;
  schedule_save (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
routine_changed_cb (UprightPlan    *self,
                    UprightRoutine *routine)
{
  routines_changed (self);
}

static void
watch_routine (UprightPlan    *self,
               UprightRoutine *routine)
{
  g_signal_connect_object (routine, "changed", G_CALLBACK (routine_changed_cb),
                           self, G_CONNECT_SWAPPED);
}

static void
unwatch_routine (UprightPlan    *self,
                 UprightRoutine *routine)
{
  g_signal_handlers_disconnect_by_func (routine, routine_changed_cb, self);
}

static GPtrArray *
make_starters (void)
{
  GPtrArray *routines = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < G_N_ELEMENTS (starters); i++)
    {
      UprightRoutine *routine;

      routine = upright_routine_new (starters[i].id,
                                     g_dgettext (GETTEXT_PACKAGE, starters[i].name));
      for (guint j = 0; starters[i].exercises[j] != NULL; j++)
        upright_routine_append_item (routine, starters[i].exercises[j], 0, 0, 0);
      g_ptr_array_add (routines, routine);
    }

  return routines;
}

static void
apply_load (UprightPlan *self,
            LoadData    *load)
{
  g_autoptr(GPtrArray) routines = NULL;

  g_clear_pointer (&self->root, json_object_unref);
  self->root = g_steal_pointer (&load->root);

  for (guint i = 0; i < N_LISTS; i++)
    {
      id_list_free (self->lists[i]);
      self->lists[i] = g_steal_pointer (&load->lists[i]);
    }

  /* Until the file has routines, even none, the plan suggests some. They
   * are written with the next change, not merely because they were read. */
  routines = load->routines != NULL ? g_steal_pointer (&load->routines) : make_starters ();
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->routines)); i++)
    {
      g_autoptr(UprightRoutine) routine = g_list_model_get_item (G_LIST_MODEL (self->routines), i);

      unwatch_routine (self, routine);
    }
  for (guint i = 0; i < routines->len; i++)
    watch_routine (self, g_ptr_array_index (routines, i));
  g_list_store_splice (self->routines, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->routines)),
                       routines->pdata, routines->len);

  g_clear_pointer (&self->videos, g_hash_table_unref);
  self->videos = load->videos != NULL ? g_steal_pointer (&load->videos) : new_videos ();

  g_set_object (&self->recovered_file, load->recovered_file);
  self->load_state = LOAD_DONE;

  /* Changes made while the file was being read go on top of what it held. */
  for (guint i = 0; i < self->queued->len; i++)
    {
      QueuedChange *queued = &g_array_index (self->queued, QueuedChange, i);

      if (id_list_set (self->lists[queued->list], queued->id, queued->value))
        self->dirty = TRUE;
    }
  g_array_set_size (self->queued, 0);

  g_signal_emit (self, signals[CHANGED], 0);

  if (self->dirty && self->flush_tasks->len > 0)
    start_save (self);
  else if (self->dirty)
    schedule_save (self);
  else
    complete_flush (self, NULL);
}

static void
load_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  UprightPlan *self = g_task_get_source_object (task);
  g_autoptr(LoadData) load = NULL;
  g_autoptr(GError) error = NULL;

  load = g_task_propagate_pointer (G_TASK (result), &error);

  if (g_cancellable_is_cancelled (self->cancellable))
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                               "The plan was closed before it was read");
      return;
    }

  if (load == NULL)
    {
      g_autoptr(GError) flush_error = NULL;

      self->load_state = LOAD_NONE;
      flush_error = g_error_new (G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED,
                                 "The plan could not be read, so it is not saved: %s",
                                 error->message);
      complete_flush (self, flush_error);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  apply_load (self, load);
  g_task_return_boolean (task, TRUE);
}

static void
upright_plan_dispose (GObject *object)
{
  UprightPlan *self = UPRIGHT_PLAN (object);
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->save_source, g_source_remove);

  /* Nothing may be lost when the app quits, so write what is not on disk
   * yet. A save still running in a thread has just been cancelled; this one
   * waits for it and replaces the file after it.
   */
  if (self->load_state == LOAD_DONE && (self->dirty || self->saving))
    {
      g_autoptr(GBytes) bytes = serialize (self);

      self->dirty = FALSE;
      self->saving = FALSE;
      if (!upright_storage_save (self->file, bytes, NULL, &error))
        g_warning ("Could not save the plan: %s", error->message);
    }
  else if (self->flush_tasks->len > 0)
    {
      error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED,
                                   "The plan was closed before it was read");
    }

  complete_flush (self, error);
  g_clear_object (&self->recovered_file);

  G_OBJECT_CLASS (upright_plan_parent_class)->dispose (object);
}

static void
upright_plan_finalize (GObject *object)
{
  UprightPlan *self = UPRIGHT_PLAN (object);

  g_clear_object (&self->file);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->root, json_object_unref);
  for (guint i = 0; i < N_LISTS; i++)
    g_clear_pointer (&self->lists[i], id_list_free);
  g_clear_object (&self->routines);
  g_clear_pointer (&self->videos, g_hash_table_unref);
  g_clear_pointer (&self->queued, g_array_unref);
  g_clear_pointer (&self->flush_tasks, g_ptr_array_unref);

  G_OBJECT_CLASS (upright_plan_parent_class)->finalize (object);
}

static void
upright_plan_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  UprightPlan *self = UPRIGHT_PLAN (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
upright_plan_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  UprightPlan *self = UPRIGHT_PLAN (object);

  switch (prop_id)
    {
    case PROP_FILE:
      self->file = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
upright_plan_class_init (UprightPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = upright_plan_dispose;
  object_class->finalize = upright_plan_finalize;
  object_class->get_property = upright_plan_get_property;
  object_class->set_property = upright_plan_set_property;

  /**
   * UprightPlan:file:
   *
   * The plan's file, normally `plan.json` in Upright's data folder.
   */
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL,
                         G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * UprightPlan::changed:
   *
   * Emitted after the plan was loaded and after every change.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * UprightPlan::save-failed:
   * @error: what went wrong
   *
   * Emitted when changes could not be written. They are kept, and written
   * again with the next change or flush.
   */
  signals[SAVE_FAILED] =
    g_signal_new ("save-failed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
upright_plan_init (UprightPlan *self)
{
  for (guint i = 0; i < N_LISTS; i++)
    self->lists[i] = id_list_new ();

  self->routines = g_list_store_new (UPRIGHT_TYPE_ROUTINE);
  self->videos = new_videos ();
  self->queued = g_array_new (FALSE, FALSE, sizeof (QueuedChange));
  g_array_set_clear_func (self->queued, queued_change_clear);
  self->flush_tasks = g_ptr_array_new_with_free_func (g_object_unref);
  self->cancellable = g_cancellable_new ();
}

/**
 * upright_plan_new:
 * @file: the plan's file
 *
 * Creates an empty plan. Read @file with upright_plan_load_async(); nothing
 * is written to it before it has been read.
 *
 * Returns: (transfer full): a plan
 */
UprightPlan *
upright_plan_new (GFile *file)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  return g_object_new (UPRIGHT_TYPE_PLAN, "file", file, NULL);
}

/**
 * upright_plan_get_file:
 * @self: a plan
 *
 * Returns: (transfer none): the plan's file
 */
GFile *
upright_plan_get_file (UprightPlan *self)
{
  g_return_val_if_fail (UPRIGHT_IS_PLAN (self), NULL);

  return self->file;
}

/**
 * upright_plan_load_async:
 * @self: a plan
 * @cancellable: (nullable): a cancellable
 * @callback: called when the plan has been read
 * @user_data: data for @callback
 *
 * Reads the plan's file in a thread. A missing file is an empty plan. A file
 * that is not a plan this version can read is moved aside, never
 * overwritten, and the plan starts empty; see
 * upright_plan_get_recovered_file(). Changes made meanwhile are made again on
 * what was read.
 *
 * Call this once; if it fails, it may be called again.
 */
void
upright_plan_load_async (UprightPlan         *self,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) thread_task = NULL;

  g_return_if_fail (UPRIGHT_IS_PLAN (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));
  g_return_if_fail (self->load_state == LOAD_NONE);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, upright_plan_load_async);
  /* Once the file was read (and perhaps moved aside), the plan uses it even
   * if @cancellable is cancelled afterwards, and says so. */
  g_task_set_check_cancellable (task, FALSE);

  self->load_state = LOAD_RUNNING;

  /* The thread's task may be freed in the thread: it must not hold the plan,
   * or the plan's last reference could be dropped there. */
  thread_task = g_task_new (NULL, cancellable, load_cb, g_steal_pointer (&task));
  g_task_set_check_cancellable (thread_task, FALSE);
  g_task_set_task_data (thread_task, g_object_ref (self->file), g_object_unref);
  g_task_run_in_thread (thread_task, load_thread);
}

/**
 * upright_plan_load_finish:
 * @self: a plan
 * @result: the result
 * @error: return location for an error
 *
 * A file that had to be moved aside is not an error.
 *
 * Returns: whether the plan was read; if not, nothing is written to its file
 */
gboolean
upright_plan_load_finish (UprightPlan   *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (UPRIGHT_IS_PLAN (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == upright_plan_load_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * upright_plan_is_loaded:
 * @self: a plan
 *
 * Returns: whether the plan's file has been read
 */
gboolean
upright_plan_is_loaded (UprightPlan *self)
{
  g_return_val_if_fail (UPRIGHT_IS_PLAN (self), FALSE);

  return self->load_state == LOAD_DONE;
}

/**
 * upright_plan_get_recovered_file:
 * @self: a plan
 *
 * Returns: (transfer none) (nullable): where the plan's file was moved
 *   because it could not be read, so the user can be told
 */
GFile *
upright_plan_get_recovered_file (UprightPlan *self)
{
  g_return_val_if_fail (UPRIGHT_IS_PLAN (self), NULL);

  return self->recovered_file;
}

/**
 * upright_plan_is_bookmarked:
 * @self: a plan
 * @article_id: an article id
 *
 * Returns: whether the user bookmarked the article
 */
gboolean
upright_plan_is_bookmarked (UprightPlan *self,
                            const char  *article_id)
{
  g_return_val_if_fail (UPRIGHT_IS_PLAN (self), FALSE);
  g_return_val_if_fail (article_id != NULL, FALSE);

  return g_hash_table_contains (self->lists[LIST_BOOKMARKS]->set, article_id);
}

/**
 * upright_plan_set_bookmarked:
 * @self: a plan
 * @article_id: an article id
 * @bookmarked: whether the article is bookmarked
 *
 * A new bookmark goes at the end of the list.
 */
void
upright_plan_set_bookmarked (UprightPlan *self,
                             const char  *article_id,
                             gboolean     bookmarked)
{
  g_return_if_fail (UPRIGHT_IS_PLAN (self));
  g_return_if_fail (article_id != NULL && *article_id != '\0');
  g_return_if_fail (g_utf8_validate (article_id, -1, NULL));

  change (self, LIST_BOOKMARKS, article_id, !!bookmarked);
}

/**
 * upright_plan_get_bookmarks:
 * @self: a plan
 *
 * Returns: (transfer none) (array zero-terminated=1): the bookmarked article
 *   ids in the order they were added, valid until the next change
 */
const char * const *
upright_plan_get_bookmarks (UprightPlan *self)
{
  static const char * const empty[] = { NULL };
  GPtrArray *ids;

  g_return_val_if_fail (UPRIGHT_IS_PLAN (self), NULL);

  ids = self->lists[LIST_BOOKMARKS]->ids;

  return ids->pdata != NULL ? (const char * const *) ids->pdata : empty;
}

/**
 * upright_plan_is_read:
 * @self: a plan
 * @article_id: an article id
 *
 * Returns: whether the user has read the article
 */
gboolean
upright_plan_is_read (UprightPlan *self,
                      const char  *article_id)
{
  g_return_val_if_fail (UPRIGHT_IS_PLAN (self), FALSE);
  g_return_val_if_fail (article_id != NULL, FALSE);

  return g_hash_table_contains (self->lists[LIST_READ]->set, article_id);
}

/**
 * upright_plan_set_read:
 * @self: a plan
 * @article_id: an article id
 * @read: whether the article has been read
 */
void
upright_plan_set_read (UprightPlan *self,
                       const char  *article_id,
                       gboolean     read)
{
  g_return_if_fail (UPRIGHT_IS_PLAN (self));
  g_return_if_fail (article_id != NULL && *article_id != '\0');
  g_return_if_fail (g_utf8_validate (article_id, -1, NULL));

  change (self, LIST_READ, article_id, !!read);
}

/**
 * upright_plan_flush_async:
 * @self: a plan
 * @cancellable: (nullable): a cancellable
 * @callback: called when every change so far is on disk
 * @user_data: data for @callback
 *
 * Writes pending changes now instead of shortly. If the plan is still being
 * read, waits for that first. Cancelling @cancellable does not stop the save
 * itself.
 */
void
upright_plan_flush_async (UprightPlan         *self,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (UPRIGHT_IS_PLAN (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, upright_plan_flush_async);

  if (g_cancellable_is_cancelled (self->cancellable))
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "The plan was closed");
      return;
    }

  switch (self->load_state)
    {
    case LOAD_NONE:
      if (self->queued->len > 0)
        g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED,
                                 "The plan has not been read, so it is not saved");
      else
        g_task_return_boolean (task, TRUE);
      break;

    case LOAD_RUNNING:
      if (self->queued->len > 0)
        g_ptr_array_add (self->flush_tasks, g_steal_pointer (&task));
      else
        g_task_return_boolean (task, TRUE);
      break;

    case LOAD_DONE:
      if (!self->dirty && !self->saving)
        {
          g_task_return_boolean (task, TRUE);
          break;
        }

      g_ptr_array_add (self->flush_tasks, g_steal_pointer (&task));
      /* A running save starts the next one at once when it is done. */
      if (!self->saving)
        start_save (self);
      break;

    default:
      g_assert_not_reached ();
    }
}

/**
 * upright_plan_flush_finish:
 * @self: a plan
 * @result: the result
 * @error: return location for an error
 *
 * Returns: whether every change made before the flush is on disk
 */
gboolean
upright_plan_flush_finish (UprightPlan   *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (UPRIGHT_IS_PLAN (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == upright_plan_flush_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * upright_plan_get_routines:
 * @self: a plan
 *
 * The user's routines, in her order. Until the plan has been read there are
 * none; a plan whose file never had routines starts with a few suggested
 * ones. Change them with the functions of the plan and of #UprightRoutine,
 * which save them shortly.
 *
 * Returns: (transfer none): a list of #UprightRoutine
 */
GListModel *
upright_plan_get_routines (UprightPlan *self)
{
  g_return_val_if_fail (UPRIGHT_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->routines);
}

/**
 * upright_plan_find_routine:
 * @self: a plan
 * @id: a routine id
 * @position: (out) (optional): where the routine is
 *
 * Returns: whether the plan has a routine with @id
 */
gboolean
upright_plan_find_routine (UprightPlan *self,
                           const char  *id,
                           guint       *position)
{
  GListModel *model;

  g_return_val_if_fail (UPRIGHT_IS_PLAN (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  model = G_LIST_MODEL (self->routines);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(UprightRoutine) routine = g_list_model_get_item (model, i);

      if (g_str_equal (upright_routine_get_id (routine), id))
        {
          if (position != NULL)
            *position = i;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * upright_plan_lookup_routine:
 * @self: a plan
 * @id: a routine id
 *
 * Returns: (transfer none) (nullable): the routine with @id
 */
UprightRoutine *
upright_plan_lookup_routine (UprightPlan *self,
                             const char  *id)
{
  g_autoptr(UprightRoutine) routine = NULL;
  guint position;

  g_return_val_if_fail (UPRIGHT_IS_PLAN (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  if (!upright_plan_find_routine (self, id, &position))
    return NULL;

  /* The store keeps it alive. */
  routine = g_list_model_get_item (G_LIST_MODEL (self->routines), position);

  return routine;
}

/**
 * upright_plan_insert_routine:
 * @self: a plan that has been read
 * @position: where the routine goes, at most the number of routines
 * @routine: a routine whose id is not in the plan yet
 *
 * Adds @routine, for example to undo upright_plan_remove_routine().
 */
void
upright_plan_insert_routine (UprightPlan    *self,
                             guint           position,
                             UprightRoutine *routine)
{
  g_return_if_fail (UPRIGHT_IS_PLAN (self));
  g_return_if_fail (UPRIGHT_IS_ROUTINE (routine));
  g_return_if_fail (self->load_state == LOAD_DONE);
  g_return_if_fail (position <= g_list_model_get_n_items (G_LIST_MODEL (self->routines)));
  g_return_if_fail (!upright_plan_find_routine (self, upright_routine_get_id (routine), NULL));

  watch_routine (self, routine);
  g_list_store_insert (self->routines, position, routine);
  routines_changed (self);
}

/**
 * upright_plan_add_routine:
 * @self: a plan that has been read
 * @routine: a routine whose id is not in the plan yet
 *
 * Adds @routine after the others.
 */
void
upright_plan_add_routine (UprightPlan    *self,
                          UprightRoutine *routine)
{
  g_return_if_fail (UPRIGHT_IS_PLAN (self));

  upright_plan_insert_routine (self, g_list_model_get_n_items (G_LIST_MODEL (self->routines)), routine);
}

/**
 * upright_plan_remove_routine:
 * @self: a plan that has been read
 * @id: a routine id
 *
 * To undo, find the routine's position first with
 * upright_plan_find_routine() and put it back with
 * upright_plan_insert_routine().
 *
 * Returns: (transfer full) (nullable): the removed routine, or %NULL if the
 *   plan has none with @id
 */
UprightRoutine *
upright_plan_remove_routine (UprightPlan *self,
                             const char  *id)
{
  UprightRoutine *routine;
  guint position;

  g_return_val_if_fail (UPRIGHT_IS_PLAN (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (self->load_state == LOAD_DONE, NULL);

  if (!upright_plan_find_routine (self, id, &position))
    return NULL;

  routine = g_list_model_get_item (G_LIST_MODEL (self->routines), position);
  unwatch_routine (self, routine);
  g_list_store_remove (self->routines, position);
  routines_changed (self);

  return routine;
}

/**
 * upright_plan_move_routine:
 * @self: a plan that has been read
 * @from: the position of a routine
 * @to: the position it gets
 */
void
upright_plan_move_routine (UprightPlan *self,
                           guint        from,
                           guint        to)
{
  g_autoptr(UprightRoutine) routine = NULL;
  guint n_routines;

  g_return_if_fail (UPRIGHT_IS_PLAN (self));
  g_return_if_fail (self->load_state == LOAD_DONE);

  n_routines = g_list_model_get_n_items (G_LIST_MODEL (self->routines));
  g_return_if_fail (from < n_routines);
  g_return_if_fail (to < n_routines);

  if (from == to)
    return;

  routine = g_list_model_get_item (G_LIST_MODEL (self->routines), from);
  g_list_store_remove (self->routines, from);
  g_list_store_insert (self->routines, to, routine);
  routines_changed (self);
}

/**
 * upright_plan_is_valid_video_uri:
 * @uri: (nullable): a URI
 *
 * The user's own videos are files on her computer: a `file:` URI, which
 * GStreamer plays and the file chooser gives.
 *
 * Returns: whether @uri can name the user's own video
 */
gboolean
upright_plan_is_valid_video_uri (const char *uri)
{
  g_autofree char *scheme = NULL;

  if (uri == NULL || !g_utf8_validate (uri, -1, NULL) || !g_uri_is_valid (uri, G_URI_FLAGS_NONE, NULL))
    return FALSE;

  scheme = g_uri_parse_scheme (uri);

  return g_strcmp0 (scheme, "file") == 0;
}

/**
 * upright_plan_get_video:
 * @self: a plan
 * @exercise_id: an exercise id
 *
 * Returns: (nullable): the URI of the user's own video of the exercise
 */
const char *
upright_plan_get_video (UprightPlan *self,
                        const char  *exercise_id)
{
  g_return_val_if_fail (UPRIGHT_IS_PLAN (self), NULL);
  g_return_val_if_fail (exercise_id != NULL, NULL);

  return g_hash_table_lookup (self->videos, exercise_id);
}

/**
 * upright_plan_set_video:
 * @self: a plan that has been read
 * @exercise_id: an exercise id
 * @uri: (nullable): the `file:` URI of her own video of the exercise, or
 *   %NULL to go back to Upright's demonstration
 *
 * Attaches a video, such as one a physiotherapist recorded, to an exercise.
 */
void
upright_plan_set_video (UprightPlan *self,
                        const char  *exercise_id,
                        const char  *uri)
{
  g_return_if_fail (UPRIGHT_IS_PLAN (self));
  g_return_if_fail (upright_routine_is_valid_id (exercise_id));
  g_return_if_fail (uri == NULL || upright_plan_is_valid_video_uri (uri));
  g_return_if_fail (self->load_state == LOAD_DONE);

  if (g_strcmp0 (g_hash_table_lookup (self->videos, exercise_id), uri) == 0)
    return;

  if (uri != NULL)
    g_hash_table_replace (self->videos, g_strdup (exercise_id), g_strdup (uri));
  else
    g_hash_table_remove (self->videos, exercise_id);

  self->dirty = TRUE;
  schedule_save (self);
  g_signal_emit (self, signals[CHANGED], 0);
}
