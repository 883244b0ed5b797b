/* upright-journal.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "upright-journal.h"
#include "upright-assessment-private.h"
#include "upright-journal-private.h"
#include "upright-json-private.h"
#include "upright-record-private.h"
#include "upright-store.h"

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

/* What the journal's file holds, as read in a thread or as written from
 * one: records and assessments are sealed, so sharing them is safe. */
typedef struct {
  GPtrArray  *records;
  GPtrArray  *assessments;
  char       *extra;
  /* When read from a file: the record ids to @records, as UprightJournal's
   * @ids, which are there once the records were read. */
  GHashTable *ids;
} JournalData;

struct _UprightJournal
{
  GObject       parent_instance;

  UprightStore *store;
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
};

G_DEFINE_QUARK (upright-journal-error-quark, upright_journal_error)

/* Tells the person, in plain words, that @bytes are not a journal, and
 * developers, in the debug log, why. */
static void
set_not_a_journal (GError     **error,
                   const char  *detail)
{
  g_debug ("Not a journal: %s", detail);
  g_set_error_literal (error, UPRIGHT_JOURNAL_ERROR, UPRIGHT_JOURNAL_ERROR_NOT_A_JOURNAL,
                       _("This is not a file of Upright's progress, or it is damaged beyond reading."));
}

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

/* Keys of the store: each record and self-test is an entry of its own. */
#define RECORD_KEY "record/"
#define ASSESSMENT_KEY "assessment/"

static void
journal_data_free (JournalData *data)
{
  g_clear_pointer (&data->records, g_ptr_array_unref);
  g_clear_pointer (&data->assessments, g_ptr_array_unref);
  g_clear_pointer (&data->ids, g_hash_table_unref);
  g_free (data->extra);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JournalData, journal_data_free)

static void
record_changed (UprightJournal *self,
                const char     *id)
{
  g_autofree char *key = g_strconcat (RECORD_KEY, id, NULL);

  upright_store_changed (self->store, key);
}

static void
assessment_changed (UprightJournal *self,
                    const char     *id)
{
  g_autofree char *key = g_strconcat (ASSESSMENT_KEY, id, NULL);

  upright_store_changed (self->store, key);
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

static const char *
get_record_id (gpointer item)
{
  return upright_record_get_id (item);
}

static const char *
get_assessment_id (gpointer item)
{
  return upright_assessment_get_id (item);
}

/* Reading the file */

/* The members of the file's top-level object. */
enum {
  ROOT_FORMAT,
  ROOT_VERSION,
  ROOT_RECORDS,
  ROOT_ASSESSMENTS,
  N_ROOT_MEMBERS
};

static const char * const root_member_names[N_ROOT_MEMBERS] = {
  "format", "version", "records", "assessments",
};

/* What a list of the file holds, and how to read one of its items. */
typedef struct {
  const char *what;
  gpointer   (*read) (const UprightJsonObject *object, guint index, GError **error);
  const char *(*get_id) (gpointer item);
} ListKind;

static gpointer
read_record (const UprightJsonObject  *object,
             guint                     index,
             GError                  **error)
{
  return _upright_record_new_from_json (object, index, error);
}

static gpointer
read_assessment (const UprightJsonObject  *object,
                 guint                     index,
                 GError                  **error)
{
  return _upright_assessment_new_from_json (object, index, error);
}

static const ListKind list_kinds[N_ROOT_MEMBERS] = {
  [ROOT_RECORDS] = { "Record", read_record, get_record_id },
  [ROOT_ASSESSMENTS] = { "Self-test", read_assessment, get_assessment_id },
};

/* What the file holds, as it is read. */
typedef struct {
  GPtrArray  *items[N_ROOT_MEMBERS];
  /* Item ids to items, to find one that is there twice. */
  GHashTable *ids[N_ROOT_MEMBERS];
  char       *extra;
} Parse;

static void
parse_clear (Parse *parse)
{
  for (guint i = 0; i < N_ROOT_MEMBERS; i++)
    {
      g_clear_pointer (&parse->items[i], g_ptr_array_unref);
      g_clear_pointer (&parse->ids[i], g_hash_table_unref);
    }
  g_clear_pointer (&parse->extra, g_free);
}

static const UprightJsonMember *
find_member (const UprightJsonObject *object,
             guint                    name)
{
  for (guint i = 0; i < object->n_members; i++)
    {
      if (object->members[i].known == (int) name)
        return &object->members[i];
    }

  return NULL;
}

/* Checks the top-level object before its lists are read: that it is a
 * journal of this version, and that its lists are lists. */
static gboolean
read_root_cb (const UprightJsonObject  *root,
              gpointer                  user_data,
              GError                  **error)
{
  Parse *parse = user_data;
  const UprightJsonMember *format = find_member (root, ROOT_FORMAT);
  const UprightJsonMember *version = find_member (root, ROOT_VERSION);
  const UprightJsonMember *records = find_member (root, ROOT_RECORDS);
  const UprightJsonMember *assessments = find_member (root, ROOT_ASSESSMENTS);

  if (root->repeated != NULL)
    {
      g_autofree char *detail = g_strdup_printf ("Member “%s” is repeated", root->repeated);

      set_not_a_journal (error, detail);
      return FALSE;
    }

  if (format == NULL || format->value.kind != UPRIGHT_JSON_STRING ||
      g_strcmp0 (format->value.string, "upright-journal") != 0)
    {
      set_not_a_journal (error, "“format” is not “upright-journal”");
      return FALSE;
    }

  if (version == NULL || version->value.kind != UPRIGHT_JSON_INTEGER ||
      version->value.integer != UPRIGHT_JOURNAL_VERSION)
    {
      if (version != NULL && version->value.kind == UPRIGHT_JSON_INTEGER &&
          version->value.integer > UPRIGHT_JOURNAL_VERSION)
        g_set_error_literal (error, UPRIGHT_JOURNAL_ERROR, UPRIGHT_JOURNAL_ERROR_NEWER_VERSION,
                             _("This file was written by a newer version of Upright. "
                               "Update Upright to read it."));
      else
        set_not_a_journal (error, "“version” is not a version this build reads");
      return FALSE;
    }

  if (records == NULL || records->value.kind != UPRIGHT_JSON_ARRAY)
    {
      set_not_a_journal (error, "Member “records”: expected a list of records");
      return FALSE;
    }

  /* A file from before self-tests has none. */
  if (assessments != NULL && assessments->value.kind != UPRIGHT_JSON_ARRAY)
    {
      set_not_a_journal (error, "Member “assessments”: expected a list");
      return FALSE;
    }

  parse->extra = _upright_json_object_get_extra (root);

  return TRUE;
}

/* Reads one item of the file's lists. A repeated id means the file was
 * damaged or mixed up: no item is dropped to make it fit. */
static gboolean
read_item_cb (guint                     list,
              guint                     index,
              const UprightJsonObject  *object,
              gpointer                  user_data,
              GError                  **error)
{
  Parse *parse = user_data;
  const ListKind *kind = &list_kinds[list];
  gpointer item;
  const char *id;

  g_assert (kind->read != NULL);

  item = kind->read (object, index, error);
  if (item == NULL)
    return FALSE;

  g_ptr_array_add (parse->items[list], item);

  id = kind->get_id (item);
  if (!g_hash_table_insert (parse->ids[list], (gpointer) id, item))
    {
      g_debug ("%s %u: the id “%s” is repeated", kind->what, index + 1, id);
      _upright_json_set_damaged (error, kind->what, index);
      return FALSE;
    }

  return TRUE;
}

/* Puts @items in order, which they mostly are already. */
static void
sort_items (GPtrArray    *items,
            GCompareFunc  compare)
{
  for (guint i = 1; i < items->len; i++)
    {
      if (compare (&items->pdata[i - 1], &items->pdata[i]) > 0)
        {
          g_ptr_array_sort (items, compare);
          return;
        }
    }
}

/* Reads the contents of a journal file, @size bytes at @data of which
 * @capacity may be read (see _upright_json_stream_read()): returns its
 * records in time order, sealed, in @assessments its self-tests in time
 * order, and in @extra the members this version does not know, as the
 * text of an object, or NULL with @error set if any of it cannot be read.
 */
static GPtrArray *
parse_text (const char  *data,
            gsize        size,
            gsize        capacity,
            GPtrArray  **assessments,
            char       **extra,
            GHashTable **ids,
            GError     **error)
{
  static const UprightJsonNames root_names = { root_member_names, N_ROOT_MEMBERS };
  UprightJsonNames item_names[N_ROOT_MEMBERS] = { { NULL, 0 } };
  g_autoptr(GError) local_error = NULL;
  g_autofree char *escaped = NULL;
  Parse parse = { { NULL } };
  GPtrArray *records;
  gboolean controls;

  *assessments = NULL;
  *extra = NULL;

  /* Not JSON that Upright writes is refused before it is read. */
  if (!_upright_json_check_text_full (data, size, &controls, &local_error))
    {
      set_not_a_journal (error, local_error->message);
      return NULL;
    }

  /* json-glib reads and writes some of these. */
  if (controls)
    {
      escaped = _upright_json_escape_controls (data, size, UPRIGHT_JSON_STREAM_PADDING, &size);
      data = escaped;
      capacity = size + UPRIGHT_JSON_STREAM_PADDING;
    }

  item_names[ROOT_RECORDS] = *_upright_record_get_json_names ();
  item_names[ROOT_ASSESSMENTS] = *_upright_assessment_get_json_names ();
  for (guint list = ROOT_RECORDS; list <= ROOT_ASSESSMENTS; list++)
    {
      parse.items[list] = g_ptr_array_new_with_free_func (g_object_unref);
      parse.ids[list] = g_hash_table_new (g_str_hash, g_str_equal);
    }

  /* Some editors start a file with a byte order mark. */
  if (size >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      size -= 3;
      capacity -= 3;
    }

  if (!_upright_json_stream_read (data, size, capacity, &root_names,
                                  (1 << ROOT_RECORDS) | (1 << ROOT_ASSESSMENTS), item_names,
                                  read_root_cb, read_item_cb, &parse, &local_error))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA))
        set_not_a_journal (error, local_error->message);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      parse_clear (&parse);
      return NULL;
    }

  sort_items (parse.items[ROOT_RECORDS], compare_records);
  sort_items (parse.items[ROOT_ASSESSMENTS], compare_assessments);

  records = g_steal_pointer (&parse.items[ROOT_RECORDS]);
  *assessments = g_steal_pointer (&parse.items[ROOT_ASSESSMENTS]);
  *extra = g_steal_pointer (&parse.extra);
  if (ids != NULL)
    *ids = g_steal_pointer (&parse.ids[ROOT_RECORDS]);
  parse_clear (&parse);

  return records;
}

/* Reads the contents of a journal file: returns its records in time order,
 * sealed, in @assessments its self-tests in time order, and in @extra the
 * members this version does not know, or NULL with @error set if any of it
 * cannot be read. This is all that loading does besides reading the file,
 * so that the fuzzer and tests can drive it directly.
 */
GPtrArray *
_upright_journal_parse (GBytes     *bytes,
                        GPtrArray **assessments,
                        char      **extra,
                        GError    **error)
{
  const char *data;
  gsize size;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (assessments != NULL, NULL);
  g_return_val_if_fail (extra != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &size);

  return parse_text (data, size, size, assessments, extra, NULL, error);
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

/* The store's format */

static gpointer
journal_parse (GBytes     *bytes,
               GPtrArray  *dropped,
               GError    **error)
{
  g_autoptr(JournalData) data = g_new0 (JournalData, 1);

  /* No file yet is an empty journal. */
  if (bytes == NULL)
    {
      data->records = g_ptr_array_new_with_free_func (g_object_unref);
      data->assessments = g_ptr_array_new_with_free_func (g_object_unref);
      return g_steal_pointer (&data);
    }

  {
    gsize size;
    const char *text = g_bytes_get_data (bytes, &size);

    /* The store pads what it reads for simdjson. */
    data->records = parse_text (text, size, size + UPRIGHT_JSON_STREAM_PADDING,
                                &data->assessments, &data->extra, &data->ids, error);
    if (data->records == NULL)
      return NULL;
  }

  return g_steal_pointer (&data);
}

static GBytes *
journal_serialize (gpointer snapshot)
{
  JournalData *data = snapshot;

  return _upright_journal_serialize (data->records, data->assessments, data->extra);
}

static gpointer
journal_snapshot (gpointer owner)
{
  UprightJournal *self = owner;
  JournalData *data = g_new0 (JournalData, 1);

  /* Turning many records into text takes a while, so that is done in a
   * thread, from a copy of the list. */
  data->records = g_ptr_array_copy (self->records, ref_record, NULL);
  g_ptr_array_set_free_func (data->records, g_object_unref);
  data->assessments = copy_assessments (self);
  data->extra = g_strdup (self->extra);

  return data;
}

static gboolean
is_kept (GHashTable *keep,
         const char *prefix,
         const char *id)
{
  g_autofree char *key = NULL;

  if (g_hash_table_size (keep) == 0)
    return FALSE;

  key = g_strconcat (prefix, id, NULL);

  return g_hash_table_contains (keep, key);
}

/* Makes @theirs hold what it holds, but the items named in @keep as they are
 * in @ours (or without them, if @ours has none). */
static void
merge_items (GPtrArray     *theirs,
             GPtrArray     *ours,
             GHashTable    *keep,
             const char    *prefix,
             const char  *(*get_id) (gpointer item),
             GCompareFunc   compare)
{
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();
  guint j = 0;

  if (g_hash_table_size (keep) == 0)
    return;

  for (guint i = 0; i < theirs->len; i++)
    {
      gpointer item = g_ptr_array_index (theirs, i);

      if (is_kept (keep, prefix, get_id (item)))
        g_object_unref (item);
      else
        theirs->pdata[j++] = item;
    }
  theirs->len = j;

  for (guint i = 0; i < ours->len; i++)
    {
      gpointer item = g_ptr_array_index (ours, i);

      if (is_kept (keep, prefix, get_id (item)))
        g_ptr_array_add (theirs, g_object_ref (item));
    }

  g_ptr_array_sort (theirs, compare);
}

/* Makes @records the journal's records; @ids, if not NULL, maps their ids
 * to them already. */
static void
set_records (UprightJournal *self,
             GPtrArray      *records,
             GHashTable     *ids)
{
  g_autoptr(GPtrArray) old = g_steal_pointer (&self->records);

  self->records = g_ptr_array_ref (records);
  if (ids != NULL)
    {
      g_hash_table_unref (self->ids);
      self->ids = g_hash_table_ref (ids);
    }
  else
    {
      g_hash_table_remove_all (self->ids);
      for (guint i = 0; i < self->records->len; i++)
        {
          UprightRecord *record = g_ptr_array_index (self->records, i);

          g_hash_table_insert (self->ids, (gpointer) upright_record_get_id (record), record);
        }
    }

  if (old->len > 0 || self->records->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old->len, self->records->len);
}

static void
set_assessments (UprightJournal *self,
                 GPtrArray      *assessments)
{
  g_list_store_splice (self->assessments, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->assessments)),
                       assessments->pdata, assessments->len);
}

static void
journal_merge (gpointer    owner,
               gpointer    parsed,
               GHashTable *keep,
               gboolean    keep_all)
{
  UprightJournal *self = owner;
  JournalData *theirs = parsed;
  g_autoptr(GPtrArray) assessments = NULL;

  if (keep_all)
    return;

  assessments = copy_assessments (self);
  merge_items (theirs->records, self->records, keep, RECORD_KEY,
               get_record_id, compare_records);
  merge_items (theirs->assessments, assessments, keep, ASSESSMENT_KEY,
               get_assessment_id, compare_assessments);

  g_free (self->extra);
  self->extra = g_strdup (theirs->extra);
  set_assessments (self, theirs->assessments);
  set_records (self, theirs->records, g_hash_table_size (keep) == 0 ? theirs->ids : NULL);
}

static const UprightStoreFormat journal_format = {
  journal_parse,
  (GDestroyNotify) journal_data_free,
  journal_snapshot,
  journal_serialize,
  (GDestroyNotify) journal_data_free,
  journal_merge,
  UPRIGHT_JSON_STREAM_PADDING,
};

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

  /* Nothing may be lost when the journal goes: write what is not on disk. */
  if (self->store != NULL && !upright_store_close (self->store, &error))
    {
      /* A file that could not be read was never going to be written. */
      if (g_error_matches (error, UPRIGHT_STORE_ERROR, UPRIGHT_STORE_ERROR_NOT_LOADED))
        g_debug ("%s", error->message);
      else
        g_warning ("Could not save the journal: %s", error->message);
    }

  G_OBJECT_CLASS (upright_journal_parent_class)->dispose (object);
}

static void
upright_journal_finalize (GObject *object)
{
  UprightJournal *self = UPRIGHT_JOURNAL (object);

  g_clear_object (&self->store);
  g_free (self->extra);
  g_clear_pointer (&self->ids, g_hash_table_unref);
  g_clear_pointer (&self->records, g_ptr_array_unref);
  g_clear_object (&self->assessments);

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
      g_value_set_object (value, upright_store_get_file (self->store));
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
      self->store = upright_store_new (g_value_get_object (value), &journal_format, self);
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
}

static void
upright_journal_init (UprightJournal *self)
{
  self->records = g_ptr_array_new_with_free_func (g_object_unref);
  self->ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->assessments = g_list_store_new (UPRIGHT_TYPE_ASSESSMENT);
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

  return upright_store_get_file (self->store);
}

/**
 * upright_journal_get_store:
 * @self: a journal
 *
 * The store tells whether the journal was read, where a file that could not
 * be read went, whether changes are saved, and when they are.
 *
 * Returns: (transfer none): the journal's store
 */
UprightStore *
upright_journal_get_store (UprightJournal *self)
{
  g_return_val_if_fail (UPRIGHT_IS_JOURNAL (self), NULL);

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
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * upright_journal_load_async:
 * @self: a journal
 * @cancellable: (nullable): a cancellable
 * @callback: called when the journal has been read
 * @user_data: data for @callback
 *
 * Reads the journal's file in a thread; see upright_store_load_async(). A
 * missing file is an empty journal. A file that is not a journal this
 * version can read, down to a single field of a single record, is moved
 * aside, never overwritten, and the journal starts empty. Records added
 * meanwhile join the ones read.
 *
 * If it fails, it may be called again.
 */
void
upright_journal_load_async (UprightJournal      *self,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (UPRIGHT_IS_JOURNAL (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, upright_journal_load_async);
  g_task_set_check_cancellable (task, FALSE);
  upright_store_load_async (self->store, cancellable, load_cb, task);
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

  return upright_store_get_state (self->store) == UPRIGHT_STORE_STATE_READY;
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

  return upright_store_get_recovered_file (self->store);
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
  record_changed (self, upright_record_get_id (record));
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
  record_changed (self, id);

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
 * upright_journal_flush_async:
 * @self: a journal
 * @cancellable: (nullable): a cancellable
 * @callback: called when every change so far is on disk
 * @user_data: data for @callback
 *
 * Writes pending changes now instead of shortly, for something the person
 * confirmed: say it is saved only once this succeeded. If the journal is
 * still being read, waits for that first. Cancelling @cancellable does not
 * stop the save itself.
 */
void
upright_journal_flush_async (UprightJournal      *self,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (UPRIGHT_IS_JOURNAL (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, upright_journal_flush_async);
  upright_store_save_async (self->store, NULL, flush_cb, task);
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
 * upright_journal_close:
 * @self: a journal
 * @error: return location for an error
 *
 * Writes every change that is not on disk yet, now, and stops saving. The
 * application calls this when it quits.
 *
 * Returns: whether nothing was lost
 */
gboolean
upright_journal_close (UprightJournal  *self,
                       GError         **error)
{
  g_return_val_if_fail (UPRIGHT_IS_JOURNAL (self), FALSE);

  return upright_store_close (self->store, error);
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
  assessment_changed (self, upright_assessment_get_id (assessment));
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
  assessment_changed (self, id);

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
  g_autoptr(JournalData) data = NULL;

  g_return_val_if_fail (UPRIGHT_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (upright_journal_is_loaded (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = upright_store_parse (self->store, bytes, error);
  if (data == NULL)
    return FALSE;

  g_free (self->extra);
  self->extra = g_steal_pointer (&data->extra);
  set_assessments (self, data->assessments);
  set_records (self, data->records, data->ids);

  /* Everything is the person's choice now, whatever another program wrote. */
  upright_store_changed (self->store, NULL);

  return TRUE;
}

static void
read_last_good_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  UprightJournal *self = g_task_get_source_object (task);
  g_autoptr(JournalData) copy = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) assessments = NULL;
  GError *error = NULL;

  copy = upright_store_read_file_finish (UPRIGHT_STORE (object), result, &error);
  if (copy == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  if (!upright_journal_is_loaded (self))
    {
      g_task_return_new_error (task, UPRIGHT_STORE_ERROR, UPRIGHT_STORE_ERROR_NOT_LOADED,
                               _("Your progress has not been read yet. Try again in a moment."));
      return;
    }

  if (!upright_store_set_last_good_used (self->store, TRUE, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  /* What was done since the recovery stays: the copy's records join it. */
  records = g_ptr_array_copy (self->records, ref_record, NULL);
  g_ptr_array_set_free_func (records, g_object_unref);
  for (guint i = 0; i < copy->records->len; i++)
    {
      UprightRecord *record = g_ptr_array_index (copy->records, i);

      if (!g_hash_table_contains (self->ids, upright_record_get_id (record)))
        {
          g_ptr_array_add (records, g_object_ref (record));
          record_changed (self, upright_record_get_id (record));
        }
    }
  g_ptr_array_sort (records, compare_records);

  assessments = copy_assessments (self);
  for (guint i = 0; i < copy->assessments->len; i++)
    {
      UprightAssessment *assessment = g_ptr_array_index (copy->assessments, i);
      const char *id = upright_assessment_get_id (assessment);

      if (upright_journal_lookup_assessment (self, id) == NULL)
        {
          g_ptr_array_add (assessments, g_object_ref (assessment));
          assessment_changed (self, id);
        }
    }
  g_ptr_array_sort (assessments, compare_assessments);

  if (self->extra == NULL)
    self->extra = g_steal_pointer (&copy->extra);

  set_assessments (self, assessments);
  set_records (self, records, NULL);

  g_task_return_boolean (task, TRUE);
}

/**
 * upright_journal_restore_last_good_async:
 * @self: a journal that has been read
 * @cancellable: (nullable): a cancellable
 * @callback: called when the copy has been restored
 * @user_data: data for @callback
 *
 * Brings back the records and self-tests of the last good copy that was
 * kept when the journal's file could not be read (see
 * upright_store_get_last_good_file()), beside those added since. The copy
 * is then no longer offered. To undo, upright_journal_restore() what
 * upright_journal_to_bytes() gave before, and give the copy back with
 * upright_store_set_last_good_used().
 */
void
upright_journal_restore_last_good_async (UprightJournal      *self,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GFile *copy;

  g_return_if_fail (UPRIGHT_IS_JOURNAL (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, upright_journal_restore_last_good_async);

  copy = upright_store_get_last_good_file (self->store);
  if (!upright_journal_is_loaded (self) || copy == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                               _("There is no last good copy of your progress to restore."));
      return;
    }

  upright_store_read_file_async (self->store, copy, cancellable, read_last_good_cb,
                                 g_steal_pointer (&task));
}

/**
 * upright_journal_restore_last_good_finish:
 * @self: a journal
 * @result: the result
 * @error: return location for an error
 *
 * Returns: whether the copy's records are back
 */
gboolean
upright_journal_restore_last_good_finish (UprightJournal  *self,
                                          GAsyncResult    *result,
                                          GError         **error)
{
  g_return_val_if_fail (UPRIGHT_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
