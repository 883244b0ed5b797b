/* upright-journal.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "upright-journal.h"
#include "upright-assessment-private.h"
#include "upright-journal-private.h"
#include "upright-json-private.h"
#include "upright-record-private.h"
#include "upright-storage.h"

/**
 * UprightJournal:
 *
 * The exercises the user did, as a #GListModel of #UprightRecord in time
 * order: the earliest start first. Records with the same start are ordered
 * by id, so the order never depends on how they came in.
 *
 * The journal is the only reader and writer of `journal.json`. It reads the
 * file once, in a thread, and writes every change shortly after it is made,
 * a burst of changes at once. Members of the file it does not know are
 * written back as they were read.
 *
 * Besides records, the journal keeps the results of self-tests, the
 * `assessments` of the file, as a list of #UprightAssessment of its own.
 */

/* Changes are written this long after the first one, so that a burst of
 * changes is written once. */
#define SAVE_DELAY_MS 500


typedef enum {
  LOAD_NONE,
  LOAD_RUNNING,
  LOAD_DONE,
} LoadState;

/* What a thread read from the file. */
typedef struct {
  char      *extra;
  GPtrArray *records;
  GPtrArray *assessments;
  GFile     *recovered_file;
} LoadData;

/* What a thread writes: records and assessments are sealed, so sharing
 * them is safe. */
typedef struct {
  GFile     *file;
  GPtrArray *records;
  GPtrArray *assessments;
  char      *extra;
} SaveData;

struct _UprightJournal
{
  GObject       parent_instance;

  GFile        *file;
  GFile        *recovered_file;
  /* The members of the file that this version does not know, as the text
   * of a JSON object, so that saving in a thread shares no JSON nodes. */
  char         *extra;
  /* Sorted with _upright_record_compare(). Before the file was read, these
   * are the records added meanwhile. */
  GPtrArray    *records;
  /* Record ids to records, both owned by @records. */
  GHashTable   *ids;
  /* Sorted with _upright_assessment_compare(), like @records. */
  GListStore   *assessments;
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

static void upright_journal_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (UprightJournal, upright_journal, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      upright_journal_list_model_init))

enum {
  PROP_0,
  PROP_FILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SAVE_FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void start_save (UprightJournal *self);

static void
load_data_free (LoadData *load)
{
  g_free (load->extra);
  g_clear_pointer (&load->records, g_ptr_array_unref);
  g_clear_pointer (&load->assessments, g_ptr_array_unref);
  g_clear_object (&load->recovered_file);
  g_free (load);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LoadData, load_data_free)

static void
save_data_free (SaveData *save)
{
  g_object_unref (save->file);
  g_ptr_array_unref (save->records);
  g_ptr_array_unref (save->assessments);
  g_free (save->extra);
  g_free (save);
}

static int
compare_records (gconstpointer a,
                 gconstpointer b)
{
  UprightRecord *record_a = *(UprightRecord **) a;
  UprightRecord *record_b = *(UprightRecord **) b;

  return _upright_record_compare (record_a, record_b);
}

/* Where @record goes in @records to keep them in order. */
static guint
find_position (GPtrArray     *records,
               UprightRecord *record)
{
  guint low = 0;
  guint high = records->len;

  /* Records are mostly added at the end. */
  if (high == 0 || _upright_record_compare (g_ptr_array_index (records, high - 1), record) < 0)
    return high;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (_upright_record_compare (g_ptr_array_index (records, middle), record) < 0)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

static gboolean
is_known_member (const char *name)
{
  return g_str_equal (name, "format") ||
         g_str_equal (name, "version") ||
         g_str_equal (name, "records") ||
         g_str_equal (name, "assessments");
}

/* What a list of the file holds, and how to read one of its items. */
typedef struct {
  const char *member;
  const char *what;
  /* When the member is missing, NULL for an empty list. */
  const char *missing;
  const char *not_a_list;
  gpointer   (*read) (JsonNode *node, guint index, GError **error);
  const char *(*get_id) (gpointer item);
  GCompareFunc compare;
} ListKind;

/* Reads one of the file's lists into its items in time order. A repeated
 * id means the file was damaged or mixed up: no item is dropped to make it
 * fit. */
static GPtrArray *
read_list (JsonObject      *root,
           const ListKind  *kind,
           GError         **error)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GHashTable) ids = NULL;
  JsonNode *node;
  JsonArray *array;
  guint length;

  node = json_object_get_member (root, kind->member);
  if (node == NULL && kind->missing == NULL)
    return g_ptr_array_new_with_free_func (g_object_unref);

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "Member “%s”: %s", kind->member,
                   node == NULL ? kind->missing : kind->not_a_list);
      return NULL;
    }

  array = json_node_get_array (node);
  length = json_array_get_length (array);
  items = g_ptr_array_new_full (length, g_object_unref);
  ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < length; i++)
    {
      gpointer item;
      const char *id;

      item = kind->read (json_array_get_element (array, i), i, error);
      if (item == NULL)
        return NULL;

      g_ptr_array_add (items, item);

      id = kind->get_id (item);
      if (!g_hash_table_add (ids, (gpointer) id))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "%s %u: the id “%s” is repeated", kind->what, i + 1, id);
          return NULL;
        }
    }

  g_ptr_array_sort (items, kind->compare);

  return g_steal_pointer (&items);
}

static gpointer
read_record (JsonNode  *node,
             guint      index,
             GError   **error)
{
  return _upright_record_new_from_json (node, index, error);
}

static const char *
get_record_id (gpointer item)
{
  return upright_record_get_id (item);
}

static gpointer
read_assessment (JsonNode  *node,
                 guint      index,
                 GError   **error)
{
  return _upright_assessment_new_from_json (node, index, error);
}

static const char *
get_assessment_id (gpointer item)
{
  return upright_assessment_get_id (item);
}


static int
compare_assessments (gconstpointer a,
                     gconstpointer b)
{
  return _upright_assessment_compare (*(UprightAssessment **) a, *(UprightAssessment **) b);
}

static int
compare_assessment_items (gconstpointer a,
                          gconstpointer b,
                          gpointer      user_data)
{
  return _upright_assessment_compare ((UprightAssessment *) a, (UprightAssessment *) b);
}

static const ListKind records_kind = {
  "records", "Record", "expected a list of records", "expected a list of records",
  read_record, get_record_id, compare_records,
};

/* A file from before self-tests has none. */
static const ListKind assessments_kind = {
  "assessments", "Self-test", NULL, "expected a list",
  read_assessment, get_assessment_id, compare_assessments,
};


/* Returns the members this version does not know as the text of an
 * object, or NULL if there are none. */
static char *
get_extra (JsonObject *root)
{
  g_autoptr(JsonObject) extra = json_object_new ();
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GList) members = json_object_get_members (root);

  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;

      if (!is_known_member (name))
        json_object_set_member (extra, name, json_node_copy (json_object_get_member (root, name)));
    }

  if (json_object_get_size (extra) == 0)
    return NULL;

  node = json_node_init_object (json_node_alloc (), extra);

  return json_to_string (node, FALSE);
}

/* Reads the contents of a journal file: returns its records in time order,
 * sealed, in @assessments its self-tests in time order, and in @extra the
 * members this version does not know (see get_extra()), or NULL with @error
 * set if any of it cannot be read. This is all that loading does besides
 * reading the file, so that the fuzzer and tests can drive it directly.
 */
GPtrArray *
_upright_journal_parse (GBytes     *bytes,
                        GPtrArray **assessments,
                        char      **extra,
                        GError    **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) tests = NULL;
  JsonObject *root;
  JsonNode *node;
  const char *data;
  gsize size;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (assessments != NULL, NULL);
  g_return_val_if_fail (extra != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  *assessments = NULL;
  *extra = NULL;

  data = g_bytes_get_data (bytes, &size);
  if (!g_utf8_validate_len (data, size, NULL))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "Not UTF-8 text");
      return NULL;
    }

  if (!_upright_json_check_text (data, size, error))
    return NULL;

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, data, size, error))
    return NULL;

  node = json_parser_get_root (parser);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "Not a JSON object");
      return NULL;
    }

  root = json_node_get_object (node);

  node = json_object_get_member (root, "format");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING ||
      g_strcmp0 (json_node_get_string (node), "upright-journal") != 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "Not a journal: “format” is not “upright-journal”");
      return NULL;
    }

  node = json_object_get_member (root, "version");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64 ||
      json_node_get_int (node) != UPRIGHT_JOURNAL_VERSION)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "“version” is not %d, the version this build reads",
                   UPRIGHT_JOURNAL_VERSION);
      return NULL;
    }

  records = read_list (root, &records_kind, error);
  if (records == NULL)
    return NULL;

  tests = read_list (root, &assessments_kind, error);
  if (tests == NULL)
    return NULL;

  *assessments = g_steal_pointer (&tests);
  *extra = get_extra (root);

  return g_steal_pointer (&records);
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

  if (bytes != NULL)
    load->records = _upright_journal_parse (bytes, &load->assessments, &load->extra, &error);

  if (bytes != NULL && load->records == NULL)
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

  if (load->records == NULL)
    load->records = g_ptr_array_new_with_free_func (g_object_unref);
  if (load->assessments == NULL)
    load->assessments = g_ptr_array_new_with_free_func (g_object_unref);

  g_task_return_pointer (task, g_steal_pointer (&load), (GDestroyNotify) load_data_free);
}

/* Turns records and self-tests in time order and the unknown members into
 * the file's contents. This runs in a thread, or in dispose(). */
GBytes *
_upright_journal_serialize (GPtrArray  *records,
                            GPtrArray  *assessments,
                            const char *extra)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  GString *text;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, "upright-journal");
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, UPRIGHT_JOURNAL_VERSION);

  json_builder_set_member_name (builder, "records");
  json_builder_begin_array (builder);
  for (guint i = 0; i < records->len; i++)
    _upright_record_build_json (g_ptr_array_index (records, i), builder);
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "assessments");
  json_builder_begin_array (builder);
  for (guint i = 0; assessments != NULL && i < assessments->len; i++)
    _upright_assessment_build_json (g_ptr_array_index (assessments, i), builder);
  json_builder_end_array (builder);

  /* Members written by later versions stay as they were. */
  _upright_json_add_extra (builder, extra);

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
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveData *save = task_data;
  g_autoptr(GBytes) bytes = NULL;
  GError *error = NULL;

  bytes = _upright_journal_serialize (save->records, save->assessments, save->extra);

  if (upright_storage_save (save->file, bytes, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
complete_flush (UprightJournal *self,
                const GError   *error)
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
  UprightJournal *self = user_data;

  self->save_source = 0;
  start_save (self);

  return G_SOURCE_REMOVE;
}

static void
schedule_save (UprightJournal *self)
{
  g_assert (self->load_state == LOAD_DONE);

  /* A running save schedules the next one when it is done. */
  if (self->save_source != 0 || self->saving || g_cancellable_is_cancelled (self->cancellable))
    return;

  self->save_source = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, self);
  g_source_set_name_by_id (self->save_source, "[upright] save journal");
}

/* After a save, changes made meanwhile are written at once if a flush waits
 * for them, and shortly if not. */
static void
save_done (UprightJournal *self)
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
  g_autoptr(UprightJournal) self = NULL;
  g_autoptr(GError) error = NULL;

  /* dispose() cancels, and from then on the result is always “cancelled”:
   * return before touching the journal, which may be gone. */
  if (!g_task_propagate_boolean (G_TASK (result), &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  /* Flush callbacks may drop the last other reference. */
  self = g_object_ref (UPRIGHT_JOURNAL (user_data));
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

static gpointer
ref_record (gconstpointer record,
            gpointer      user_data)
{
  return g_object_ref ((gpointer) record);
}

static GPtrArray *
copy_assessments (UprightJournal *self)
{
  GListModel *model = G_LIST_MODEL (self->assessments);
  guint n = g_list_model_get_n_items (model);
  GPtrArray *copy = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (copy, g_list_model_get_item (model, i));

  return copy;
}

static void
start_save (UprightJournal *self)
{
  g_autoptr(GTask) task = NULL;
  SaveData *save;

  g_assert (self->load_state == LOAD_DONE);
  g_assert (!self->saving);

  g_clear_handle_id (&self->save_source, g_source_remove);

  /* Turning many records into text takes a while, so that is done in the
   * thread too, from a copy of the list. */
  save = g_new0 (SaveData, 1);
  save->file = g_object_ref (self->file);
  save->records = g_ptr_array_copy (self->records, ref_record, NULL);
  g_ptr_array_set_free_func (save->records, g_object_unref);
  save->assessments = copy_assessments (self);
  save->extra = g_strdup (self->extra);

  self->dirty = FALSE;
  self->saving = TRUE;

  /* No reference is held: dispose() must be able to run meanwhile, to write
   * what changes after this. Once it has cancelled, the result is
   * “cancelled” whatever the thread did, as with upright_storage_save_async(). */
  task = g_task_new (NULL, self->cancellable, save_cb, self);
  g_task_set_source_tag (task, start_save);
  g_task_set_task_data (task, save, (GDestroyNotify) save_data_free);
  g_task_run_in_thread (task, save_thread);
}

static void
changed (UprightJournal *self)
{
  /* Before the file was read, the records are kept and merged with it. */
  if (self->load_state != LOAD_DONE)
    return;

  self->dirty = TRUE;
  schedule_save (self);
}

/* Puts @record in its place and returns the place. */
static guint
insert_record (UprightJournal *self,
               UprightRecord  *record)
{
  guint position = find_position (self->records, record);

  g_ptr_array_insert (self->records, position, g_object_ref (record));
  g_hash_table_insert (self->ids, (gpointer) upright_record_get_id (record), record);

  return position;
}

static void
apply_load (UprightJournal *self,
            LoadData       *load)
{
  g_autoptr(GPtrArray) added = g_steal_pointer (&self->records);
  guint n_before = added->len;

  g_free (self->extra);
  self->extra = g_steal_pointer (&load->extra);
  g_set_object (&self->recovered_file, load->recovered_file);
  self->load_state = LOAD_DONE;

  self->records = g_steal_pointer (&load->records);
  g_hash_table_remove_all (self->ids);
  for (guint i = 0; i < self->records->len; i++)
    {
      UprightRecord *record = g_ptr_array_index (self->records, i);

      g_hash_table_insert (self->ids, (gpointer) upright_record_get_id (record), record);
    }

  /* Self-tests taken while the file was being read join what it held. */
  {
    GListModel *model = G_LIST_MODEL (self->assessments);
    guint n_added = g_list_model_get_n_items (model);

    for (guint i = 0; i < load->assessments->len; i++)
      g_list_store_insert_sorted (self->assessments, g_ptr_array_index (load->assessments, i),
                                  compare_assessment_items, NULL);
    if (n_added > 0)
      self->dirty = TRUE;
  }

  /* Records added while the file was being read join what it held. */
  for (guint i = 0; i < added->len; i++)
    {
      UprightRecord *record = g_ptr_array_index (added, i);

      /* Only a record that came from the file itself can have its id. */
      if (g_hash_table_contains (self->ids, upright_record_get_id (record)))
        continue;

      insert_record (self, record);
      self->dirty = TRUE;
    }

  if (n_before > 0 || self->records->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, n_before, self->records->len);

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
  UprightJournal *self = g_task_get_source_object (task);
  g_autoptr(LoadData) load = NULL;
  g_autoptr(GError) error = NULL;

  load = g_task_propagate_pointer (G_TASK (result), &error);

  if (g_cancellable_is_cancelled (self->cancellable))
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                               "The journal was closed before it was read");
      return;
    }

  if (load == NULL)
    {
      g_autoptr(GError) flush_error = NULL;

      self->load_state = LOAD_NONE;
      flush_error = g_error_new (G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED,
                                 "The journal could not be read, so it is not saved: %s",
                                 error->message);
      complete_flush (self, flush_error);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  apply_load (self, load);
  g_task_return_boolean (task, TRUE);
}

static GType
upright_journal_get_item_type (GListModel *model)
{
  return UPRIGHT_TYPE_RECORD;
}

static guint
upright_journal_get_n_items (GListModel *model)
{
  UprightJournal *self = UPRIGHT_JOURNAL (model);

  return self->records->len;
}

static gpointer
upright_journal_get_item (GListModel *model,
                          guint       position)
{
  UprightJournal *self = UPRIGHT_JOURNAL (model);

  if (position >= self->records->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->records, position));
}

static void
upright_journal_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = upright_journal_get_item_type;
  iface->get_n_items = upright_journal_get_n_items;
  iface->get_item = upright_journal_get_item;
}

static void
upright_journal_dispose (GObject *object)
{
  UprightJournal *self = UPRIGHT_JOURNAL (object);
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->save_source, g_source_remove);

  /* Nothing may be lost when the app quits, so write what is not on disk
   * yet. A save still running in a thread has just been cancelled; this one
   * waits for it and replaces the file after it.
   */
  if (self->load_state == LOAD_DONE && (self->dirty || self->saving))
    {
      g_autoptr(GPtrArray) assessments = copy_assessments (self);
      g_autoptr(GBytes) bytes = _upright_journal_serialize (self->records, assessments, self->extra);

      self->dirty = FALSE;
      self->saving = FALSE;
      if (!upright_storage_save (self->file, bytes, NULL, &error))
        g_warning ("Could not save the journal: %s", error->message);
    }
  else if (self->flush_tasks->len > 0)
    {
      error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED,
                                   "The journal was closed before it was read");
    }

  complete_flush (self, error);
  g_clear_object (&self->recovered_file);

  G_OBJECT_CLASS (upright_journal_parent_class)->dispose (object);
}

static void
upright_journal_finalize (GObject *object)
{
  UprightJournal *self = UPRIGHT_JOURNAL (object);

  g_clear_object (&self->file);
  g_clear_object (&self->cancellable);
  g_free (self->extra);
  g_clear_pointer (&self->ids, g_hash_table_unref);
  g_clear_pointer (&self->records, g_ptr_array_unref);
  g_clear_object (&self->assessments);
  g_clear_pointer (&self->flush_tasks, g_ptr_array_unref);

  G_OBJECT_CLASS (upright_journal_parent_class)->finalize (object);
}

static void
upright_journal_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  UprightJournal *self = UPRIGHT_JOURNAL (object);

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
upright_journal_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  UprightJournal *self = UPRIGHT_JOURNAL (object);

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
upright_journal_class_init (UprightJournalClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = upright_journal_dispose;
  object_class->finalize = upright_journal_finalize;
  object_class->get_property = upright_journal_get_property;
  object_class->set_property = upright_journal_set_property;

  /**
   * UprightJournal:file:
   *
   * The journal's file, normally `journal.json` in Upright's data folder.
   */
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL,
                         G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * UprightJournal::save-failed:
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
upright_journal_init (UprightJournal *self)
{
  self->records = g_ptr_array_new_with_free_func (g_object_unref);
  self->ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->assessments = g_list_store_new (UPRIGHT_TYPE_ASSESSMENT);
  self->flush_tasks = g_ptr_array_new_with_free_func (g_object_unref);
  self->cancellable = g_cancellable_new ();
}

/**
 * upright_journal_new:
 * @file: the journal's file
 *
 * Creates an empty journal. Read @file with upright_journal_load_async();
 * nothing is written to it before it has been read.
 *
 * Returns: (transfer full): a journal
 */
UprightJournal *
upright_journal_new (GFile *file)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  return g_object_new (UPRIGHT_TYPE_JOURNAL, "file", file, NULL);
}

/**
 * upright_journal_get_file:
 * @self: a journal
 *
 * Returns: (transfer none): the journal's file
 */
GFile *
upright_journal_get_file (UprightJournal *self)
{
  g_return_val_if_fail (UPRIGHT_IS_JOURNAL (self), NULL);

  return self->file;
}

/**
 * upright_journal_load_async:
 * @self: a journal
 * @cancellable: (nullable): a cancellable
 * @callback: called when the journal has been read
 * @user_data: data for @callback
 *
 * Reads the journal's file in a thread. A missing file is an empty journal.
 * A file that is not a journal this version can read, down to a single
 * field of a single record, is moved aside, never overwritten, and the
 * journal starts empty; see upright_journal_get_recovered_file(). Records
 * added meanwhile join the ones read.
 *
 * Call this once; if it fails, it may be called again.
 */
void
upright_journal_load_async (UprightJournal      *self,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) thread_task = NULL;

  g_return_if_fail (UPRIGHT_IS_JOURNAL (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));
  g_return_if_fail (self->load_state == LOAD_NONE);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, upright_journal_load_async);
  /* Once the file was read (and perhaps moved aside), the journal uses it
   * even if @cancellable is cancelled afterwards, and says so. */
  g_task_set_check_cancellable (task, FALSE);

  self->load_state = LOAD_RUNNING;

  /* The thread's task may be freed in the thread: it must not hold the
   * journal, or the journal's last reference could be dropped there. */
  thread_task = g_task_new (NULL, cancellable, load_cb, g_steal_pointer (&task));
  g_task_set_check_cancellable (thread_task, FALSE);
  g_task_set_task_data (thread_task, g_object_ref (self->file), g_object_unref);
  g_task_run_in_thread (thread_task, load_thread);
}

/**
 * upright_journal_load_finish:
 * @self: a journal
 * @result: the result
 * @error: return location for an error
 *
 * A file that had to be moved aside is not an error.
 *
 * Returns: whether the journal was read; if not, nothing is written to its
 *   file
 */
gboolean
upright_journal_load_finish (UprightJournal  *self,
                             GAsyncResult    *result,
                             GError         **error)
{
  g_return_val_if_fail (UPRIGHT_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == upright_journal_load_async,
                        FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * upright_journal_is_loaded:
 * @self: a journal
 *
 * Returns: whether the journal's file has been read
 */
gboolean
upright_journal_is_loaded (UprightJournal *self)
{
  g_return_val_if_fail (UPRIGHT_IS_JOURNAL (self), FALSE);

  return self->load_state == LOAD_DONE;
}

/**
 * upright_journal_get_recovered_file:
 * @self: a journal
 *
 * Returns: (transfer none) (nullable): where the journal's file was moved
 *   because it could not be read, so the user can be told
 */
GFile *
upright_journal_get_recovered_file (UprightJournal *self)
{
  g_return_val_if_fail (UPRIGHT_IS_JOURNAL (self), NULL);

  return self->recovered_file;
}

/**
 * upright_journal_add:
 * @self: a journal
 * @record: a record whose id is not in the journal yet
 *
 * Puts @record in its place in time order and seals it; from then on it
 * cannot change. The journal is saved shortly afterwards.
 */
void
upright_journal_add (UprightJournal *self,
                     UprightRecord  *record)
{
  guint position;

  g_return_if_fail (UPRIGHT_IS_JOURNAL (self));
  g_return_if_fail (UPRIGHT_IS_RECORD (record));
  g_return_if_fail (!g_hash_table_contains (self->ids, upright_record_get_id (record)));

  _upright_record_seal (record);
  position = insert_record (self, record);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);
  changed (self);
}

/**
 * upright_journal_remove:
 * @self: a journal
 * @id: the id of a record
 *
 * Takes a record out of the journal. To undo this, give it back to
 * upright_journal_insert().
 *
 * Returns: (transfer full) (nullable): the removed record, or %NULL if there
 *   was no record with this id
 */
UprightRecord *
upright_journal_remove (UprightJournal *self,
                        const char     *id)
{
  UprightRecord *record;
  guint position;

  g_return_val_if_fail (UPRIGHT_IS_JOURNAL (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  record = g_hash_table_lookup (self->ids, id);
  if (record == NULL)
    return NULL;

  g_hash_table_remove (self->ids, id);
  position = find_position (self->records, record);
  g_assert (position < self->records->len && g_ptr_array_index (self->records, position) == record);
  record = g_ptr_array_steal_index (self->records, position);

  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);
  changed (self);

  return record;
}

/**
 * upright_journal_insert:
 * @self: a journal
 * @record: a record whose id is not in the journal
 *
 * Puts back a record that upright_journal_remove() took out, in its place
 * in time order, so that the list is as it was. It works like
 * upright_journal_add(), which is what new records go through.
 */
void
upright_journal_insert (UprightJournal *self,
                        UprightRecord  *record)
{
  upright_journal_add (self, record);
}

/**
 * upright_journal_lookup:
 * @self: a journal
 * @id: the id of a record
 *
 * Returns: (transfer none) (nullable): the record with this id, if it is in
 *   the journal
 */
UprightRecord *
upright_journal_lookup (UprightJournal *self,
                        const char     *id)
{
  g_return_val_if_fail (UPRIGHT_IS_JOURNAL (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->ids, id);
}

/**
 * upright_journal_flush_async:
 * @self: a journal
 * @cancellable: (nullable): a cancellable
 * @callback: called when every change so far is on disk
 * @user_data: data for @callback
 *
 * Writes pending changes now instead of shortly. If the journal is still
 * being read, waits for that first. Cancelling @cancellable does not stop
 * the save itself.
 */
void
upright_journal_flush_async (UprightJournal      *self,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (UPRIGHT_IS_JOURNAL (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, upright_journal_flush_async);

  if (g_cancellable_is_cancelled (self->cancellable))
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "The journal was closed");
      return;
    }

  switch (self->load_state)
    {
    case LOAD_NONE:
      if (self->records->len > 0)
        g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED,
                                 "The journal has not been read, so it is not saved");
      else
        g_task_return_boolean (task, TRUE);
      break;

    case LOAD_RUNNING:
      if (self->records->len > 0)
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
 * upright_journal_flush_finish:
 * @self: a journal
 * @result: the result
 * @error: return location for an error
 *
 * Returns: whether every change made before the flush is on disk
 */
gboolean
upright_journal_flush_finish (UprightJournal  *self,
                              GAsyncResult    *result,
                              GError         **error)
{
  g_return_val_if_fail (UPRIGHT_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == upright_journal_flush_async,
                        FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * upright_journal_replace:
 * @self: a journal
 * @record: a changed copy of a record of the journal, made with
 *   upright_record_copy()
 *
 * Puts @record in the place of the record with its id, and seals it.
 */
void
upright_journal_replace (UprightJournal *self,
                         UprightRecord  *record)
{
  g_autoptr(UprightRecord) old = NULL;

  g_return_if_fail (UPRIGHT_IS_JOURNAL (self));
  g_return_if_fail (UPRIGHT_IS_RECORD (record));
  g_return_if_fail (!upright_record_is_sealed (record));

  old = upright_journal_remove (self, upright_record_get_id (record));
  g_return_if_fail (old != NULL);

  upright_journal_add (self, record);
}

static gboolean
find_assessment (UprightJournal *self,
                 const char     *id,
                 guint          *position)
{
  GListModel *model = G_LIST_MODEL (self->assessments);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(UprightAssessment) assessment = g_list_model_get_item (model, i);

      if (g_str_equal (upright_assessment_get_id (assessment), id))
        {
          *position = i;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * upright_journal_get_assessments:
 * @self: a journal
 *
 * Returns: (transfer none): the self-tests, a list of #UprightAssessment,
 *   earliest first
 */
GListModel *
upright_journal_get_assessments (UprightJournal *self)
{
  g_return_val_if_fail (UPRIGHT_IS_JOURNAL (self), NULL);

  return G_LIST_MODEL (self->assessments);
}

/**
 * upright_journal_add_assessment:
 * @self: a journal
 * @assessment: a self-test whose id is not in the journal
 *
 * Puts @assessment in its place in time order and seals it. The journal is
 * saved shortly afterwards.
 */
void
upright_journal_add_assessment (UprightJournal    *self,
                                UprightAssessment *assessment)
{
  g_return_if_fail (UPRIGHT_IS_JOURNAL (self));
  g_return_if_fail (UPRIGHT_IS_ASSESSMENT (assessment));
  g_return_if_fail (upright_journal_lookup_assessment (self, upright_assessment_get_id (assessment)) == NULL);

  _upright_assessment_seal (assessment);
  g_list_store_insert_sorted (self->assessments, assessment,
                              compare_assessment_items, NULL);
  changed (self);
}

/**
 * upright_journal_lookup_assessment:
 * @self: a journal
 * @id: the id of a self-test
 *
 * Returns: (transfer none) (nullable): the self-test with this id
 */
UprightAssessment *
upright_journal_lookup_assessment (UprightJournal *self,
                                   const char     *id)
{
  g_autoptr(UprightAssessment) assessment = NULL;
  guint position;

  g_return_val_if_fail (UPRIGHT_IS_JOURNAL (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  if (!find_assessment (self, id, &position))
    return NULL;

  assessment = g_list_model_get_item (G_LIST_MODEL (self->assessments), position);

  /* The store keeps it alive. */
  return assessment;
}

/**
 * upright_journal_remove_assessment:
 * @self: a journal
 * @id: the id of a self-test
 *
 * Returns: (transfer full) (nullable): the removed self-test; give it back
 *   to upright_journal_add_assessment() to undo
 */
UprightAssessment *
upright_journal_remove_assessment (UprightJournal *self,
                                   const char     *id)
{
  UprightAssessment *assessment;
  guint position;

  g_return_val_if_fail (UPRIGHT_IS_JOURNAL (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  if (!find_assessment (self, id, &position))
    return NULL;

  assessment = g_list_model_get_item (G_LIST_MODEL (self->assessments), position);
  g_list_store_remove (self->assessments, position);
  changed (self);

  return assessment;
}

/**
 * upright_journal_to_bytes:
 * @self: a journal that has been read
 *
 * Writes everything the journal holds as its file would have it, for a
 * backup.
 *
 * Returns: (transfer full): the contents of a journal file
 */
GBytes *
upright_journal_to_bytes (UprightJournal *self)
{
  g_autoptr(GPtrArray) assessments = NULL;

  g_return_val_if_fail (UPRIGHT_IS_JOURNAL (self), NULL);

  assessments = copy_assessments (self);

  return _upright_journal_serialize (self->records, assessments, self->extra);
}

/**
 * upright_journal_restore:
 * @self: a journal that has been read
 * @bytes: the contents of a journal file, such as a backup
 * @error: where to say why @bytes cannot be restored
 *
 * Replaces everything in the journal with what @bytes holds. All of @bytes
 * is checked first: if any of it cannot be read, the journal stays exactly
 * as it was. To undo, restore what upright_journal_to_bytes() gave before.
 *
 * Returns: %TRUE if the journal now holds what @bytes does
 */
gboolean
upright_journal_restore (UprightJournal  *self,
                         GBytes          *bytes,
                         GError         **error)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) assessments = NULL;
  g_autofree char *extra = NULL;
  g_autoptr(GPtrArray) old = NULL;
  guint n_before;

  g_return_val_if_fail (UPRIGHT_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (self->load_state == LOAD_DONE, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  records = _upright_journal_parse (bytes, &assessments, &extra, error);
  if (records == NULL)
    return FALSE;

  n_before = self->records->len;
  old = g_steal_pointer (&self->records);
  self->records = g_steal_pointer (&records);
  g_hash_table_remove_all (self->ids);
  for (guint i = 0; i < self->records->len; i++)
    {
      UprightRecord *record = g_ptr_array_index (self->records, i);

      g_hash_table_insert (self->ids, (gpointer) upright_record_get_id (record), record);
    }

  g_free (self->extra);
  self->extra = g_steal_pointer (&extra);

  g_list_store_splice (self->assessments, 0, g_list_model_get_n_items (G_LIST_MODEL (self->assessments)),
                       assessments->pdata, assessments->len);

  g_list_model_items_changed (G_LIST_MODEL (self), 0, n_before, self->records->len);
  changed (self);

  return TRUE;
}
