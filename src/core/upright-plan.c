/* upright-plan.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "upright-json-private.h"
#include "upright-plan.h"
#include "upright-routine.h"
#include "upright-store.h"

/* Tells the person, in plain words, that a file is not a plan, and
 * developers, in the debug log, why. */
static void
set_not_a_plan (GError     **error,
                const char  *detail)
{
  g_debug ("Not a plan: %s", detail);
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("This is not a file of Upright's routines and bookmarks, or it is damaged beyond reading."));
}

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

/* Article ids in the order they were added, without duplicates. */
typedef struct {
  GPtrArray  *ids;
  GHashTable *set;
} IdList;

/* What the plan's file holds, as read in a thread. */
typedef struct {
  /* The members this version does not know, as the text of an object. */
  char       *extra;
  IdList     *lists[N_LISTS];
  /* NULL when the file has no routines member. */
  GPtrArray  *routines;
  /* Exercise ids to the URIs of the user's own videos. */
  GHashTable *videos;
} PlanData;

struct _UprightPlan
{
  GObject       parent_instance;

  UprightStore *store;
  char         *extra;
  IdList       *lists[N_LISTS];
  GListStore   *routines;
  /* Exercise ids to the URIs of the user's own videos. */
  GHashTable   *videos;
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
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Keys of the store: each bookmark, read mark and video is an entry of its
 * own; the routines, whose order matters, are one. */
static const char * const list_keys[N_LISTS] = { "bookmark/", "read/" };
#define VIDEO_KEY "video/"
#define ROUTINES_KEY "routines"

static const char * const known_members[] = {
  "format", "version", "bookmarks", "read", "routines", "videos",
};

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
plan_data_free (PlanData *data)
{
  g_free (data->extra);
  for (guint i = 0; i < N_LISTS; i++)
    g_clear_pointer (&data->lists[i], id_list_free);
  g_clear_pointer (&data->routines, g_ptr_array_unref);
  g_clear_pointer (&data->videos, g_hash_table_unref);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlanData, plan_data_free)

/* Names, for the person, a part of the file that could not be read and is
 * left out. */
static void
drop (GPtrArray  *dropped,
      const char *format,
      ...) G_GNUC_PRINTF (2, 3);

static void
drop (GPtrArray  *dropped,
      const char *format,
      ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (dropped, g_strdup_vprintf (format, args));
  va_end (args);
}

static IdList *
read_id_list (JsonObject *root,
              List        list,
              GPtrArray  *dropped)
{
  const char *name = list_names[list];
  JsonNode *node = json_object_get_member (root, name);
  IdList *ids = id_list_new ();
  JsonArray *array;

  if (node == NULL)
    return ids;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      if (list == LIST_BOOKMARKS)
        drop (dropped, _("Your bookmarks"));
      else
        drop (dropped, _("Which articles you have read"));
      return ids;
    }

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (element) ||
          json_node_get_value_type (element) != G_TYPE_STRING ||
          *json_node_get_string (element) == '\0')
        {
          if (list == LIST_BOOKMARKS)
            drop (dropped, _("Bookmark number %u"), i + 1);
          else
            drop (dropped, _("Read mark number %u"), i + 1);
          continue;
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

/* Reads a routine, leaving out the exercises of it that cannot be read.
 * Returns NULL if the routine itself cannot be read. */
static UprightRoutine *
read_routine (JsonNode   *node,
              guint       index,
              GHashTable *ids,
              GPtrArray  *dropped)
{
  g_autoptr(UprightRoutine) routine = NULL;
  JsonObject *object;
  JsonNode *items_node;
  JsonArray *items;
  const char *id;
  const char *name = NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    goto fail;

  object = json_node_get_object (node);
  if (!read_string_member (object, "name", &name) || *name == '\0')
    {
      name = NULL;
      goto fail;
    }

  if (!read_string_member (object, "id", &id) || !upright_routine_is_valid_id (id) ||
      g_hash_table_contains (ids, id))
    goto fail;

  items_node = json_object_get_member (object, "items");
  if (items_node == NULL || !JSON_NODE_HOLDS_ARRAY (items_node))
    goto fail;

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
          /* Translators: the first is a routine's name, the second a number */
          drop (dropped, _("Exercise number %2$u of the routine “%1$s”"), name, i + 1);
          continue;
        }

      upright_routine_append_item (routine, exercise_id, sets, reps, hold);
    }

  g_hash_table_add (ids, (gpointer) upright_routine_get_id (routine));

  return g_steal_pointer (&routine);

fail:
  if (name != NULL)
    drop (dropped, _("The routine “%s”"), name);
  else
    drop (dropped, _("Routine number %u"), index + 1);

  return NULL;
}

/* Returns NULL when the file has no routines. */
static GPtrArray *
read_routines (JsonObject *root,
               GPtrArray  *dropped)
{
  JsonNode *node = json_object_get_member (root, "routines");
  g_autoptr(GPtrArray) routines = NULL;
  g_autoptr(GHashTable) ids = NULL;
  JsonArray *array;

  if (node == NULL)
    return NULL;

  routines = g_ptr_array_new_with_free_func (g_object_unref);

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      drop (dropped, _("Your routines"));
      return g_steal_pointer (&routines);
    }

  ids = g_hash_table_new (g_str_hash, g_str_equal);
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      UprightRoutine *routine = read_routine (json_array_get_element (array, i), i, ids, dropped);

      if (routine != NULL)
        g_ptr_array_add (routines, routine);
    }

  return g_steal_pointer (&routines);
}

static GHashTable *
new_videos (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/* The user's own videos: an object of exercise ids to URIs. A plan from
 * before them has none. */
static GHashTable *
read_videos (JsonObject *root,
             GPtrArray  *dropped)
{
  g_autoptr(GHashTable) videos = new_videos ();
  g_autoptr(GList) members = NULL;
  JsonNode *node = json_object_get_member (root, "videos");
  JsonObject *object;

  if (node == NULL)
    return g_steal_pointer (&videos);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      drop (dropped, _("Your own videos"));
      return g_steal_pointer (&videos);
    }

  object = json_node_get_object (node);
  members = json_object_get_members (object);
  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *id = l->data;
      JsonNode *value = json_object_get_member (object, id);

      if (!upright_routine_is_valid_id (id) ||
          !JSON_NODE_HOLDS_VALUE (value) || json_node_get_value_type (value) != G_TYPE_STRING ||
          !upright_plan_is_valid_video_uri (json_node_get_string (value)))
        {
          /* Translators: %s is the id of an exercise, such as sit-to-stand */
          drop (dropped, _("Your own video for the exercise “%s”"), id);
          continue;
        }

      g_hash_table_replace (videos, g_strdup (id), g_strdup (json_node_get_string (value)));
    }

  return g_steal_pointer (&videos);
}

/* Reads the contents of a plan file. Whatever of it cannot be read is left
 * out and named in @dropped; only a file that is not a plan at all is an
 * error. */
static gpointer
plan_parse (GBytes     *bytes,
            GPtrArray  *dropped,
            GError    **error)
{
  g_autoptr(PlanData) data = g_new0 (PlanData, 1);
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *valid = NULL;
  JsonObject *root;
  JsonNode *node;
  const char *text;
  gsize size;

  if (bytes == NULL)
    {
      for (guint i = 0; i < N_LISTS; i++)
        data->lists[i] = id_list_new ();
      data->videos = new_videos ();
      return g_steal_pointer (&data);
    }

  text = g_bytes_get_data (bytes, &size);
  if (size > 0 && memchr (text, '\0', size) != NULL)
    {
      set_not_a_plan (error, "not a text file");
      return NULL;
    }

  /* A name in letters of another encoding, say, spoils no more than the
   * entry it is in. */
  if (!g_utf8_validate_len (text, size, NULL))
    {
      valid = g_utf8_make_valid (text, size);
      text = valid;
      size = strlen (valid);
      drop (dropped, _("Letters that could not be read, now shown as “\xef\xbf\xbd”"));
    }

  if (!_upright_json_check_text (text, size, &local_error))
    {
      set_not_a_plan (error, local_error->message);
      return NULL;
    }

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, text, size, &local_error))
    {
      set_not_a_plan (error, local_error->message);
      return NULL;
    }

  node = json_parser_get_root (parser);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      set_not_a_plan (error, "not a JSON object");
      return NULL;
    }

  root = json_node_get_object (node);

  node = json_object_get_member (root, "format");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING ||
      g_strcmp0 (json_node_get_string (node), "upright-plan") != 0)
    {
      set_not_a_plan (error, "“format” is not “upright-plan”");
      return NULL;
    }

  node = json_object_get_member (root, "version");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64 ||
      json_node_get_int (node) != UPRIGHT_PLAN_VERSION)
    {
      if (node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
          json_node_get_value_type (node) == G_TYPE_INT64 &&
          json_node_get_int (node) > UPRIGHT_PLAN_VERSION)
        g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                             _("This file was written by a newer version of Upright. "
                               "Update Upright to read it."));
      else
        set_not_a_plan (error, "“version” is not a version this build reads");
      return NULL;
    }

  for (guint i = 0; i < N_LISTS; i++)
    data->lists[i] = read_id_list (root, i, dropped);
  data->routines = read_routines (root, dropped);
  data->videos = read_videos (root, dropped);
  data->extra = _upright_json_get_extra (root, known_members, G_N_ELEMENTS (known_members));

  return g_steal_pointer (&data);
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
  _upright_json_add_extra (builder, self->extra);

  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);

  text = json_generator_to_gstring (generator, g_string_new (NULL));
  g_string_append_c (text, '\n');

  return g_string_free_to_bytes (text);
}

/* A plan is small: its snapshot is the text of its file. */
static gpointer
plan_snapshot (gpointer owner)
{
  return serialize (owner);
}

static GBytes *
plan_serialize (gpointer snapshot)
{
  return g_bytes_ref (snapshot);
}

static void
changed (UprightPlan *self,
         const char  *key)
{
  upright_store_changed (self->store, key);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Sets whether an article is in a list. Before the file was read, the
 * change is kept and goes on top of what it holds, even if it changes
 * nothing yet: the file may say otherwise. */
static void
change (UprightPlan *self,
        List         list,
        const char  *article_id,
        gboolean     value)
{
  /* @article_id may be a string of the list, freed by the change. */
  g_autofree char *key = g_strconcat (list_keys[list], article_id, NULL);

  if (id_list_set (self->lists[list], key + strlen (list_keys[list]), value))
    changed (self, key);
  else if (upright_store_get_state (self->store) != UPRIGHT_STORE_STATE_READY)
    upright_store_changed (self->store, key);
}

/* Any change to the routines. */
static void
routines_changed (UprightPlan *self)
{
  changed (self, ROUTINES_KEY);
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
set_routines (UprightPlan *self,
              GPtrArray   *routines)
{
  GListModel *model = G_LIST_MODEL (self->routines);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(UprightRoutine) routine = g_list_model_get_item (model, i);

      unwatch_routine (self, routine);
    }
  for (guint i = 0; i < routines->len; i++)
    watch_routine (self, g_ptr_array_index (routines, i));

  g_list_store_splice (self->routines, 0, g_list_model_get_n_items (model),
                       routines->pdata, routines->len);
}

/* Makes the plan hold what @parsed holds, but the entries named in @keep as
 * the plan has them. */
static void
plan_merge (gpointer    owner,
            gpointer    parsed,
            GHashTable *keep,
            gboolean    keep_all)
{
  UprightPlan *self = owner;
  PlanData *theirs = parsed;
  GHashTableIter iter;
  gpointer key;

  if (keep_all)
    return;

  /* Keys are walked in no particular order; the lists keep theirs first. */
  g_hash_table_iter_init (&iter, keep);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      for (guint i = 0; i < N_LISTS; i++)
        {
          if (g_str_has_prefix (key, list_keys[i]))
            {
              const char *id = (const char *) key + strlen (list_keys[i]);

              id_list_set (theirs->lists[i], id, g_hash_table_contains (self->lists[i]->set, id));
            }
        }

      if (g_str_has_prefix (key, VIDEO_KEY))
        {
          const char *id = (const char *) key + strlen (VIDEO_KEY);
          const char *uri = g_hash_table_lookup (self->videos, id);

          if (uri != NULL)
            g_hash_table_replace (theirs->videos, g_strdup (id), g_strdup (uri));
          else
            g_hash_table_remove (theirs->videos, id);
        }
    }

  /* Keep the order of the lists as they are for the plan's own ids. */
  for (guint i = 0; i < N_LISTS; i++)
    {
      id_list_free (self->lists[i]);
      self->lists[i] = g_steal_pointer (&theirs->lists[i]);
    }

  g_clear_pointer (&self->videos, g_hash_table_unref);
  self->videos = g_steal_pointer (&theirs->videos);

  g_free (self->extra);
  self->extra = g_steal_pointer (&theirs->extra);

  /* Until the file has routines, even none, the plan suggests some. They
   * are written with the next change, not merely because they were read. */
  if (!g_hash_table_contains (keep, ROUTINES_KEY))
    {
      g_autoptr(GPtrArray) routines = NULL;

      routines = theirs->routines != NULL ? g_steal_pointer (&theirs->routines) : make_starters ();
      set_routines (self, routines);
    }

  /* While it is first read, the plan says so once it counts as read; see
   * load_cb(). */
  if (upright_plan_is_loaded (self))
    g_signal_emit (self, signals[CHANGED], 0);
}

static const UprightStoreFormat plan_format = {
  plan_parse,
  (GDestroyNotify) plan_data_free,
  plan_snapshot,
  plan_serialize,
  (GDestroyNotify) g_bytes_unref,
  plan_merge,
};

static void
upright_plan_dispose (GObject *object)
{
  UprightPlan *self = UPRIGHT_PLAN (object);
  g_autoptr(GError) error = NULL;

  /* Nothing may be lost when the plan goes: write what is not on disk. */
  if (self->store != NULL && !upright_store_close (self->store, &error))
    {
      /* A file that could not be read was never going to be written. */
      if (g_error_matches (error, UPRIGHT_STORE_ERROR, UPRIGHT_STORE_ERROR_NOT_LOADED))
        g_debug ("%s", error->message);
      else
        g_warning ("Could not save the plan: %s", error->message);
    }

  G_OBJECT_CLASS (upright_plan_parent_class)->dispose (object);
}

static void
upright_plan_finalize (GObject *object)
{
  UprightPlan *self = UPRIGHT_PLAN (object);

  g_clear_object (&self->store);
  g_free (self->extra);
  for (guint i = 0; i < N_LISTS; i++)
    g_clear_pointer (&self->lists[i], id_list_free);
  g_clear_object (&self->routines);
  g_clear_pointer (&self->videos, g_hash_table_unref);

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
      g_value_set_object (value, upright_store_get_file (self->store));
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
      self->store = upright_store_new (g_value_get_object (value), &plan_format, self);
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
}

static void
upright_plan_init (UprightPlan *self)
{
  for (guint i = 0; i < N_LISTS; i++)
    self->lists[i] = id_list_new ();

  self->routines = g_list_store_new (UPRIGHT_TYPE_ROUTINE);
  self->videos = new_videos ();
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

  return upright_store_get_file (self->store);
}

/**
 * upright_plan_get_store:
 * @self: a plan
 *
 * Returns: (transfer none): the plan's store
 */
UprightStore *
upright_plan_get_store (UprightPlan *self)
{
  g_return_val_if_fail (UPRIGHT_IS_PLAN (self), NULL);

  return self->store;
}

static void
load_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (upright_store_load_finish (UPRIGHT_STORE (object), result, &error))
    {
      /* What was read arrived while the store was still reading; only now
       * does the plan count as read, and may be changed. */
      g_signal_emit (g_task_get_source_object (task), signals[CHANGED], 0);
      g_task_return_boolean (task, TRUE);
    }
  else
    g_task_return_error (task, error);
}

/**
 * upright_plan_load_async:
 * @self: a plan
 * @cancellable: (nullable): a cancellable
 * @callback: called when the plan has been read
 * @user_data: data for @callback
 *
 * Reads the plan's file in a thread; see upright_store_load_async(). A
 * missing file is an empty plan. An entry that cannot be read is left out
 * and named (upright_store_get_dropped()), and the file as it was is kept
 * aside; a file that is not a plan at all is moved aside, and the plan
 * starts empty. Changes made meanwhile go on top of what was read.
 *
 * If it fails, it may be called again.
 */
void
upright_plan_load_async (UprightPlan         *self,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (UPRIGHT_IS_PLAN (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, upright_plan_load_async);
  g_task_set_check_cancellable (task, FALSE);
  upright_store_load_async (self->store, cancellable, load_cb, task);
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

  return upright_store_get_state (self->store) == UPRIGHT_STORE_STATE_READY;
}

/**
 * upright_plan_get_recovered_file:
 * @self: a plan
 *
 * Returns: (transfer none) (nullable): where the plan's file was kept aside
 *   because it, or part of it, could not be read, so the user can be told
 */
GFile *
upright_plan_get_recovered_file (UprightPlan *self)
{
  g_return_val_if_fail (UPRIGHT_IS_PLAN (self), NULL);

  return upright_store_get_recovered_file (self->store);
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

static void
flush_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (upright_store_save_finish (UPRIGHT_STORE (object), result, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
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
  GTask *task;

  g_return_if_fail (UPRIGHT_IS_PLAN (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, upright_plan_flush_async);
  upright_store_save_async (self->store, NULL, flush_cb, task);
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
 * upright_plan_close:
 * @self: a plan
 * @error: return location for an error
 *
 * Writes every change that is not on disk yet, now, and stops saving.
 *
 * Returns: whether nothing was lost
 */
gboolean
upright_plan_close (UprightPlan  *self,
                    GError      **error)
{
  g_return_val_if_fail (UPRIGHT_IS_PLAN (self), FALSE);

  return upright_store_close (self->store, error);
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
  g_return_if_fail (upright_plan_is_loaded (self));
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
  g_return_val_if_fail (upright_plan_is_loaded (self), NULL);

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
  g_return_if_fail (upright_plan_is_loaded (self));

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
 * GStreamer plays and the file chooser gives, with any letters beyond
 * ASCII escaped, even those of a name that is not UTF-8.
 *
 * Returns: whether @uri can name the user's own video
 */
gboolean
upright_plan_is_valid_video_uri (const char *uri)
{
  g_autofree char *scheme = NULL;

  /* The escapes stay as they are: a file name need not be UTF-8. */
  if (uri == NULL || !g_str_is_ascii (uri) || !g_uri_is_valid (uri, G_URI_FLAGS_ENCODED, NULL))
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
  g_return_if_fail (upright_plan_is_loaded (self));

  if (g_strcmp0 (g_hash_table_lookup (self->videos, exercise_id), uri) == 0)
    return;

  if (uri != NULL)
    g_hash_table_replace (self->videos, g_strdup (exercise_id), g_strdup (uri));
  else
    g_hash_table_remove (self->videos, exercise_id);

  {
    g_autofree char *key = g_strconcat (VIDEO_KEY, exercise_id, NULL);

    changed (self, key);
  }
}
