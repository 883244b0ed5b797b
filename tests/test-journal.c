/* test-journal.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include <json-glib/json-glib.h>

#include "core/upright-journal.h"
#include "core/upright-journal-private.h"
#include "core/upright-record.h"
#include "core/upright-text.h"
#include "upright-test-dir.h"
#include "upright-test-store.h"

#define ASIDE_PATTERN "^journal\\.json\\.corrupt-[0-9]{8}-[0-9]{6}(-[0-9]+)?$"

#define ID_A "0f8fad5b-d9cb-469f-a165-70867728950e"
#define ID_B "7c9e6679-7425-40de-944b-e07fc1f90ae7"

/* The start of a journal, up to its list of records. */
#define HEAD "{\"format\": \"upright-journal\", \"version\": 1, \"records\": ["

#define RECORD_A \
  "{\"id\": \"" ID_A "\", \"exercise\": \"sit-to-stand\", \"category\": \"strength\"," \
  " \"regions\": [\"hip\"], \"start\": \"2026-11-25T09:30:00+01:00\", \"duration\": 300," \
  " \"sets\": 2, \"reps\": 10, \"hold\": 0, \"completed\": true, \"effort\": 5, \"pain\": 0," \
  " \"note\": \"Fine\"}"

#define GOOD_FILE \
  HEAD RECORD_A "]," \
  " \"assessments\": []}"

/* Tests wait for saves to be done, never for a time: nothing is gained
 * by waiting before a save. */
static UprightJournal *
new_journal (GFile *file)
{
  UprightJournal *journal = upright_journal_new (file);

  upright_store_set_save_delay (upright_journal_get_store (journal), 0);

  return journal;
}

typedef struct {
  char  *dir;
  char  *path;
  char  *backup;
  GFile *file;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = upright_test_make_dir ();
  fixture->path = g_build_filename (fixture->dir, "journal.json", NULL);
  fixture->backup = g_build_filename (fixture->dir, "journal.json.bak", NULL);
  fixture->file = g_file_new_for_path (fixture->path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  upright_test_remove_tree (fixture->dir);
  g_clear_object (&fixture->file);
  g_free (fixture->backup);
  g_free (fixture->path);
  g_free (fixture->dir);
}

#define store_result_cb upright_test_result_cb
#define wait_for_result upright_test_wait_for_result

/* Logs every items-changed as “POSITION-REMOVED+ADDED”, separated by
 * spaces. */
static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GString    *log)
{
  g_string_append_printf (log, "%s%u-%u+%u", log->len > 0 ? " " : "", position, removed, added);
}

static GString *
log_items_changed (UprightJournal *journal)
{
  GString *log = g_string_new (NULL);

  g_signal_connect (journal, "items-changed", G_CALLBACK (items_changed_cb), log);

  return log;
}

static void
take_log (GString    *log,
          const char *expected)
{
  g_assert_cmpstr (log->str, ==, expected);
  g_string_truncate (log, 0);
}

static gboolean
load (UprightJournal  *journal,
      GError         **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  upright_journal_load_async (journal, NULL, store_result_cb, &result);
  wait_for_result (&result);

  return upright_journal_load_finish (journal, result, error);
}

static UprightJournal *
load_journal (GFile *file)
{
  g_autoptr(UprightJournal) journal = new_journal (file);
  g_autoptr(GError) error = NULL;

  g_assert_true (load (journal, &error));
  g_assert_no_error (error);
  g_assert_true (upright_journal_is_loaded (journal));

  return g_steal_pointer (&journal);
}

static gboolean
flush (UprightJournal  *journal,
       GError         **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  upright_journal_flush_async (journal, NULL, store_result_cb, &result);
  wait_for_result (&result);

  return upright_journal_flush_finish (journal, result, error);
}

static void
flush_journal (UprightJournal *journal)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (flush (journal, &error));
  g_assert_no_error (error);
}

static JsonNode *
read_json (const char *path)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));

  return json_node_copy (json_parser_get_root (parser));
}

static UprightRecord *
get_record (UprightJournal *journal,
            guint           position)
{
  g_autoptr(UprightRecord) record = g_list_model_get_item (G_LIST_MODEL (journal), position);

  g_assert_nonnull (record);

  /* The journal keeps its own reference. */
  return record;
}

/* The records' exercise ids in list order, joined by spaces. */
static char *
list_exercises (UprightJournal *journal)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (journal));

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? " " : "",
                            upright_record_get_exercise_id (get_record (journal, i)));

  g_assert_null (g_list_model_get_item (G_LIST_MODEL (journal), n));

  return g_strdup (text->str);
}

static void
assert_exercises (UprightJournal *journal,
                  const char     *expected)
{
  g_autofree char *exercises = list_exercises (journal);

  g_assert_cmpstr (exercises, ==, expected);
}

static GDateTime *
make_time (const char *text)
{
  GDateTime *time = g_date_time_new_from_iso8601 (text, NULL);

  g_assert_nonnull (time);

  return time;
}

static UprightRecord *
make_record (const char      *exercise_id,
             UprightCategory  category,
             const char      *start)
{
  g_autoptr(GDateTime) time = make_time (start);

  return upright_record_new (exercise_id, category, time);
}

static char *
format_start (UprightRecord *record)
{
  return g_date_time_format (upright_record_get_start (record), "%Y-%m-%dT%H:%M:%S%:z");
}

static void
assert_records_equal (UprightRecord *a,
                      UprightRecord *b)
{
  const UprightRegion *regions_a, *regions_b;
  guint n_a, n_b;
  g_autofree char *start_a = format_start (a);
  g_autofree char *start_b = format_start (b);

  g_assert_cmpstr (upright_record_get_id (a), ==, upright_record_get_id (b));
  g_assert_cmpstr (upright_record_get_exercise_id (a), ==, upright_record_get_exercise_id (b));
  g_assert_cmpint (upright_record_get_category (a), ==, upright_record_get_category (b));
  regions_a = upright_record_get_regions (a, &n_a);
  regions_b = upright_record_get_regions (b, &n_b);
  g_assert_cmpmem (regions_a, n_a * sizeof (UprightRegion), regions_b, n_b * sizeof (UprightRegion));
  g_assert_true (g_date_time_equal (upright_record_get_start (a), upright_record_get_start (b)));
  g_assert_cmpint (g_date_time_get_utc_offset (upright_record_get_start (a)), ==,
                   g_date_time_get_utc_offset (upright_record_get_start (b)));
  g_assert_cmpstr (start_a, ==, start_b);
  g_assert_cmpuint (upright_record_get_duration_seconds (a), ==,
                    upright_record_get_duration_seconds (b));
  g_assert_cmpuint (upright_record_get_sets_done (a), ==, upright_record_get_sets_done (b));
  g_assert_cmpuint (upright_record_get_reps_done (a), ==, upright_record_get_reps_done (b));
  g_assert_cmpuint (upright_record_get_hold_seconds (a), ==, upright_record_get_hold_seconds (b));
  g_assert_cmpint (upright_record_get_completed (a), ==, upright_record_get_completed (b));
  g_assert_cmpuint (upright_record_get_effort (a), ==, upright_record_get_effort (b));
  g_assert_cmpuint (upright_record_get_pain (a), ==, upright_record_get_pain (b));
  g_assert_cmpstr (upright_record_get_note (a), ==, upright_record_get_note (b));
}

static void
assert_same_lists (UprightJournal *a,
                   UprightJournal *b)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (a));

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (b)), ==, n);
  for (guint i = 0; i < n; i++)
    assert_records_equal (get_record (a, i), get_record (b, i));
}

/* Checks that the file at @path is a journal whose records have these
 * exercises, in this order. */
static void
assert_journal_file (const char *path,
                     const char *exercises)
{
  g_autoptr(JsonNode) node = read_json (path);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autofree char *joined = NULL;
  JsonObject *root = json_node_get_object (node);
  JsonArray *records;

  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "upright-journal");
  g_assert_cmpint (json_object_get_int_member (root, "version"), ==, 1);
  g_assert_nonnull (json_object_get_array_member (root, "assessments"));

  records = json_object_get_array_member (root, "records");
  g_assert_nonnull (records);
  for (guint i = 0; i < json_array_get_length (records); i++)
    {
      JsonObject *record = json_array_get_object_element (records, i);

      g_ptr_array_add (ids, (gpointer) json_object_get_string_member (record, "exercise"));
    }
  g_ptr_array_add (ids, NULL);

  joined = g_strjoinv (" ", (char **) ids->pdata);
  g_assert_cmpstr (joined, ==, exercises);
}

static void
test_missing (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(UprightJournal) journal = new_journal (fixture->file);
  g_autoptr(GString) log = log_items_changed (journal);
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;
  guint n_saves = _upright_store_get_n_writes ();

  g_assert_false (upright_journal_is_loaded (journal));
  g_assert_true (upright_journal_get_file (journal) == fixture->file);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (journal)) == UPRIGHT_TYPE_RECORD);

  g_assert_true (load (journal, &error));
  g_assert_no_error (error);
  g_assert_null (upright_journal_get_recovered_file (journal));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, 0);
  g_assert_null (upright_journal_lookup (journal, ID_A));
  g_assert_null (upright_journal_remove (journal, ID_A));
  take_log (log, "");

  /* Reading writes nothing, and leaves nothing to write. */
  flush_journal (journal);
  g_assert_false (upright_store_has_unsaved_changes (upright_journal_get_store (journal)));
  g_assert_cmpuint (_upright_store_get_n_writes (), ==, n_saves);
  names = upright_test_list_dir (fixture->dir);
  g_assert_cmpstr (names, ==, "");

  g_assert_finalize_object (g_steal_pointer (&journal));
  g_assert_cmpuint (_upright_store_get_n_writes (), ==, n_saves);
}

static void
test_record (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_offset (-(3 * 3600 + 30 * 60));
  g_autoptr(GDateTime) start = g_date_time_new (zone, 2026, 3, 1, 7, 5, 9.75);
  g_autoptr(UprightRecord) record = NULL;
  g_autoptr(UprightRecord) other = NULL;
  g_autoptr(GString) long_note = g_string_new (NULL);
  g_autoptr(UprightJournal) journal = NULL;
  g_autofree char *text = NULL;
  const UprightRegion regions[] = { UPRIGHT_REGION_SPINE, UPRIGHT_REGION_CORE };
  const UprightRegion *got;
  guint n_regions;

  record = upright_record_new ("wall-push-up", UPRIGHT_CATEGORY_POSTURE, start);
  other = upright_record_new ("wall-push-up", UPRIGHT_CATEGORY_POSTURE, start);

  /* A new random id each time. */
  g_assert_true (g_uuid_string_is_valid (upright_record_get_id (record)));
  g_assert_cmpstr (upright_record_get_id (record), !=, upright_record_get_id (other));

  /* Defaults. */
  g_assert_cmpstr (upright_record_get_exercise_id (record), ==, "wall-push-up");
  g_assert_cmpint (upright_record_get_category (record), ==, UPRIGHT_CATEGORY_POSTURE);
  g_assert_null (upright_record_get_regions (record, &n_regions));
  g_assert_cmpuint (n_regions, ==, 0);
  g_assert_cmpuint (upright_record_get_duration_seconds (record), ==, 0);
  g_assert_cmpuint (upright_record_get_sets_done (record), ==, 0);
  g_assert_cmpuint (upright_record_get_reps_done (record), ==, 0);
  g_assert_cmpuint (upright_record_get_hold_seconds (record), ==, 0);
  g_assert_false (upright_record_get_completed (record));
  g_assert_cmpuint (upright_record_get_effort (record), ==, 0);
  g_assert_cmpuint (upright_record_get_pain (record), ==, 0);
  g_assert_null (upright_record_get_note (record));
  g_assert_false (upright_record_is_sealed (record));

  /* The start is kept to the second, with its offset. */
  text = format_start (record);
  g_assert_cmpstr (text, ==, "2026-03-01T07:05:09-03:30");
  g_assert_cmpint (g_date_time_get_microsecond (upright_record_get_start (record)), ==, 0);

  upright_record_set_regions (record, regions, G_N_ELEMENTS (regions));
  got = upright_record_get_regions (record, &n_regions);
  g_assert_cmpmem (got, n_regions * sizeof (UprightRegion), regions, sizeof regions);
  g_assert_true (upright_record_has_region (record, UPRIGHT_REGION_CORE));
  g_assert_false (upright_record_has_region (record, UPRIGHT_REGION_HIP));
  upright_record_set_duration_seconds (record, UPRIGHT_RECORD_MAX_DURATION);
  upright_record_set_sets_done (record, 3);
  upright_record_set_reps_done (record, 0);
  upright_record_set_hold_seconds (record, 30);
  upright_record_set_completed (record, 42);
  upright_record_set_effort (record, 10);
  upright_record_set_pain (record, 1);
  g_assert_cmpuint (upright_record_get_duration_seconds (record), ==, UPRIGHT_RECORD_MAX_DURATION);
  g_assert_cmpuint (upright_record_get_sets_done (record), ==, 3);
  g_assert_cmpuint (upright_record_get_hold_seconds (record), ==, 30);
  g_assert_true (upright_record_get_completed (record) == TRUE);
  g_assert_cmpuint (upright_record_get_effort (record), ==, 10);
  g_assert_cmpuint (upright_record_get_pain (record), ==, 1);

  /* An empty note is no note; a long one is cut to whole characters. */
  upright_record_set_note (record, "");
  g_assert_null (upright_record_get_note (record));
  for (guint i = 0; i < UPRIGHT_RECORD_MAX_NOTE_CHARS + 5; i++)
    g_string_append (long_note, "é");
  upright_record_set_note (record, long_note->str);
  g_assert_cmpuint (g_utf8_strlen (upright_record_get_note (record), -1), ==,
                    UPRIGHT_RECORD_MAX_NOTE_CHARS);
  g_assert_true (g_utf8_validate (upright_record_get_note (record), -1, NULL));

  /* Out of range values are programming errors. */
  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*effort <= UPRIGHT_RECORD_MAX_SCALE*");
  upright_record_set_effort (record, 11);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (upright_record_get_effort (record), ==, 10);

  /* Once in a journal, a record no longer changes. */
  journal = load_journal (fixture->file);
  upright_journal_add (journal, record);
  g_assert_true (upright_record_is_sealed (record));
  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*!self->sealed*");
  upright_record_set_pain (record, 0);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (upright_record_get_pain (record), ==, 1);

  /* And it is in a journal only once. */
  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*g_hash_table_contains*");
  upright_journal_add (journal, record);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, 1);
  g_assert_true (upright_journal_lookup (journal, upright_record_get_id (record)) == record);
}

/* Records with every kind of offset, note and amount. */
static void
add_sample_records (UprightJournal *journal)
{
  g_autoptr(GString) log = log_items_changed (journal);
  g_autoptr(UprightRecord) a = NULL;
  g_autoptr(UprightRecord) b = NULL;
  g_autoptr(UprightRecord) c = NULL;
  g_autoptr(UprightRecord) d = NULL;
  const UprightRegion hip[] = { UPRIGHT_REGION_HIP };
  const UprightRegion spine_core[] = { UPRIGHT_REGION_SPINE, UPRIGHT_REGION_CORE };
  const UprightRegion balance[] = { UPRIGHT_REGION_BALANCE };

  /* 08:30 UTC */
  a = make_record ("sit-to-stand", UPRIGHT_CATEGORY_STRENGTH, "2026-11-25T09:30:00+01:00");
  upright_record_set_regions (a, hip, G_N_ELEMENTS (hip));
  upright_record_set_duration_seconds (a, 300);
  upright_record_set_sets_done (a, 2);
  upright_record_set_reps_done (a, 10);
  upright_record_set_completed (a, TRUE);
  upright_record_set_effort (a, 5);
  upright_record_set_note (a, "She said \"easy\"\nthen \\ rested\t— Knie gut, rodilla bien ✓ 骨");

  /* 14:00 UTC, the latest although its clock time is the earliest */
  b = make_record ("single-leg-stance", UPRIGHT_CATEGORY_BALANCE, "2026-11-25T09:00:00-05:00");
  upright_record_set_regions (b, balance, G_N_ELEMENTS (balance));
  upright_record_set_duration_seconds (b, 120);
  upright_record_set_sets_done (b, 3);
  upright_record_set_hold_seconds (b, 20);
  upright_record_set_effort (b, 3);
  upright_record_set_pain (b, 2);

  /* 12:00 UTC */
  c = make_record ("prone-extension", UPRIGHT_CATEGORY_POSTURE, "2026-11-25T12:00:00Z");
  upright_record_set_regions (c, spine_core, G_N_ELEMENTS (spine_core));
  upright_record_set_duration_seconds (c, 0);
  upright_record_set_sets_done (c, 1);
  upright_record_set_reps_done (c, 5);
  upright_record_set_hold_seconds (c, 3);
  upright_record_set_completed (c, TRUE);
  upright_record_set_effort (c, 10);
  upright_record_set_pain (c, 10);
  upright_record_set_note (c, "{\"not\": [\"json\"]}");

  /* 17:45 UTC the day before */
  d = make_record ("heel-drop", UPRIGHT_CATEGORY_IMPACT, "2026-11-24T23:30:00+05:45");

  upright_journal_add (journal, a);
  upright_journal_add (journal, b);
  upright_journal_add (journal, c);
  upright_journal_add (journal, d);
  take_log (log, "0-0+1 1-0+1 1-0+1 0-0+1");
  g_signal_handlers_disconnect_by_func (journal, items_changed_cb, log);

  assert_exercises (journal, "heel-drop sit-to-stand prone-extension single-leg-stance");
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  const char *starts[] = {
    "\"start\" : \"2026-11-24T23:30:00+05:45\"",
    "\"start\" : \"2026-11-25T09:30:00+01:00\"",
    "\"start\" : \"2026-11-25T12:00:00Z\"",
    "\"start\" : \"2026-11-25T09:00:00-05:00\"",
  };
  g_autoptr(UprightJournal) journal = load_journal (fixture->file);
  g_autoptr(UprightJournal) again = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  JsonObject *record;
  const char *previous;

  add_sample_records (journal);
  flush_journal (journal);

  /* The offsets are written as they were given, in time order. */
  g_file_get_contents (fixture->path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents,
                                  "{\n  \"format\" : \"upright-journal\",\n  \"version\" : 1,\n"));
  g_assert_true (g_str_has_suffix (contents, "\n}\n"));
  previous = contents;
  for (guint i = 0; i < G_N_ELEMENTS (starts); i++)
    {
      const char *found = strstr (previous, starts[i]);

      g_assert_nonnull (found);
      previous = found;
    }
  assert_journal_file (fixture->path, "heel-drop sit-to-stand prone-extension single-leg-stance");

  /* Every member of a record, with its type. */
  node = read_json (fixture->path);
  record = json_array_get_object_element (json_object_get_array_member (json_node_get_object (node),
                                                                         "records"), 3);
  g_assert_cmpuint (json_object_get_size (record), ==, 13);
  g_assert_true (g_uuid_string_is_valid (json_object_get_string_member (record, "id")));
  g_assert_cmpstr (json_object_get_string_member (record, "exercise"), ==, "single-leg-stance");
  g_assert_cmpstr (json_object_get_string_member (record, "category"), ==, "balance");
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (record, "regions"), 0),
                   ==, "balance");
  g_assert_cmpint (json_object_get_int_member (record, "duration"), ==, 120);
  g_assert_cmpint (json_object_get_int_member (record, "sets"), ==, 3);
  g_assert_cmpint (json_object_get_int_member (record, "reps"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (record, "hold"), ==, 20);
  g_assert_false (json_object_get_boolean_member (record, "completed"));
  g_assert_cmpint (json_object_get_int_member (record, "effort"), ==, 3);
  g_assert_cmpint (json_object_get_int_member (record, "pain"), ==, 2);
  g_assert_true (json_object_get_null_member (record, "note"));

  /* Everything reads back the same. */
  again = load_journal (fixture->file);
  g_assert_null (upright_journal_get_recovered_file (again));
  assert_same_lists (journal, again);
  g_assert_cmpstr (upright_record_get_note (get_record (again, 1)), ==,
                   "She said \"easy\"\nthen \\ rested\t— Knie gut, rodilla bien ✓ 骨");
  g_assert_true (upright_record_is_sealed (get_record (again, 0)));

  /* And is written the same again. */
  g_assert_finalize_object (g_steal_pointer (&journal));
  {
    g_autofree char *first = g_steal_pointer (&contents);
    g_autoptr(UprightRecord) removed = NULL;
    const char *id = upright_record_get_id (get_record (again, 0));

    removed = upright_journal_remove (again, id);
    upright_journal_insert (again, removed);
    flush_journal (again);
    upright_test_assert_contents (fixture->path, first, -1);
  }
}

static void
test_valid_edges (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(UprightJournal) journal = NULL;
  g_autoptr(GString) contents = g_string_new (NULL);
  g_autoptr(GString) note = g_string_new (NULL);
  const UprightRegion *regions;
  UprightRecord *record;
  guint n_regions;

  /* A note of exactly the longest length, in characters not bytes; no
   * regions; every limit; records out of order; a missing note; other ways
   * of writing a time with an offset. */
  for (guint i = 0; i < UPRIGHT_RECORD_MAX_NOTE_CHARS; i++)
    g_string_append (note, "ü");
  g_string_printf (contents,
                   HEAD "{\"id\": \"" ID_B "\", \"exercise\": \"b\", \"category\": \"impact\","
                   " \"regions\": [], \"start\": \"2026-11-26T10:00:00.25+00:00\", \"duration\": %u,"
                   " \"sets\": %u, \"reps\": %u, \"hold\": %u, \"completed\": false, \"effort\": 10,"
                   " \"pain\": 10, \"note\": \"%s\"},"
                   "{\"id\": \"A0000000-0000-4000-8000-000000000000\", \"exercise\": \"c-2\","
                   " \"category\": \"balance\","
                   " \"regions\": [\"balance\", \"hip\", \"spine\", \"wrist\", \"core\"],"
                   " \"start\": \"20261126T090000-0130\", \"duration\": 0, \"sets\": 0, \"reps\": 0,"
                   " \"hold\": 0, \"completed\": true, \"effort\": 0, \"pain\": 0},"
                   RECORD_A "]}",
                   UPRIGHT_RECORD_MAX_DURATION, UPRIGHT_RECORD_MAX_SETS, UPRIGHT_RECORD_MAX_REPS,
                   UPRIGHT_RECORD_MAX_HOLD, note->str);
  upright_test_write (fixture->path, contents->str, contents->len);

  journal = load_journal (fixture->file);
  g_assert_null (upright_journal_get_recovered_file (journal));
  assert_exercises (journal, "sit-to-stand b c-2");

  record = upright_journal_lookup (journal, ID_B);
  g_assert_nonnull (record);
  g_assert_cmpstr (upright_record_get_note (record), ==, note->str);
  g_assert_null (upright_record_get_regions (record, &n_regions));
  g_assert_cmpuint (n_regions, ==, 0);
  g_assert_cmpuint (upright_record_get_hold_seconds (record), ==, UPRIGHT_RECORD_MAX_HOLD);
  g_assert_cmpint (g_date_time_get_microsecond (upright_record_get_start (record)), ==, 0);

  record = get_record (journal, 2);
  g_assert_null (upright_record_get_note (record));
  regions = upright_record_get_regions (record, &n_regions);
  g_assert_cmpuint (n_regions, ==, 5);
  g_assert_cmpint (regions[0], ==, UPRIGHT_REGION_BALANCE);
  g_assert_cmpint (regions[4], ==, UPRIGHT_REGION_CORE);

  /* Written back in the journal's own way, in time order. */
  {
    g_autoptr(UprightRecord) removed = upright_journal_remove (journal, ID_B);
    g_autofree char *written = NULL;
    g_autoptr(GError) error = NULL;

    upright_journal_insert (journal, removed);
    flush_journal (journal);
    assert_journal_file (fixture->path, "sit-to-stand b c-2");
    g_file_get_contents (fixture->path, &written, NULL, &error);
    g_assert_no_error (error);
    g_assert_nonnull (strstr (written, "\"start\" : \"2026-11-26T10:00:00Z\""));
    g_assert_nonnull (strstr (written, "\"start\" : \"2026-11-26T09:00:00-01:30\""));
    g_assert_nonnull (strstr (written, "\"A0000000-0000-4000-8000-000000000000\""));
  }
}

/* JSON at the edges of what the journal checks before json-glib reads it,
 * after the byte order mark some editors add, is still read, and members this version does not know are written back
 * as they were. */
static void
test_json_edges (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(UprightJournal) journal = NULL;
  g_autoptr(UprightJournal) again = NULL;
  g_autoptr(UprightRecord) removed = NULL;
  g_autoptr(GString) contents = g_string_new (NULL);
  g_autoptr(GString) deepest = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;
  g_autoptr(JsonNode) node = NULL;
  JsonObject *record;
  const char *note;

  /* A record is three deep, so this makes sixty-four. */
  for (guint i = 0; i < 61; i++)
    g_string_append_c (deepest, '[');
  for (guint i = 0; i < 61; i++)
    g_string_append_c (deepest, ']');

  g_string_printf (contents,
                   "\xef\xbb\xbf\t{\"format\":\"upright-journal\",\r\n\"version\":1,\"records\":["
                   "{\"id\": \"" ID_B "\", \"exercise\": \"b\", \"category\": \"impact\","
                   " \"regions\": [], \"start\": \"2026-11-26T10:00:00Z\", \"duration\": 0,"
                   " \"sets\": 0, \"reps\": 0, \"hold\": 0, \"completed\": false, \"effort\": 0,"
                   " \"pain\": 0, \"note\": \"\\ud83d\\ude00 caf\\u00E9 \\\"[{\\\\\","
                   " \"deepest\": %s, \"big\": 999999999999999999, \"small\": -999999999999999999,"
                   " \"fraction\": -0.5e-3, \"huge\": 1.5E+300, \"zero\": 0, \"words\": [true, false, null],"
                   " \"escapes\": \"\\b\\f\\n\\r\\t\\/\\u001f\"}"
                   /* No note and a single unknown member: one more
                    * member than the known ones it has. */
                   ", {\"id\": \"" ID_A "\", \"exercise\": \"a\", \"category\": \"balance\","
                   " \"regions\": [], \"start\": \"2026-11-27T10:00:00Z\", \"duration\": 0,"
                   " \"sets\": 0, \"reps\": 0, \"hold\": 0, \"completed\": false, \"effort\": 0,"
                   " \"pain\": 0, \"side\": \"left\"}"
                   "], \"assessments\": [{\"id\": \"" ID_A "\", \"kind\": \"chair-stand\","
                   " \"time\": \"2026-11-26T10:00:00Z\", \"stands\": 0, \"score\": 0.25}]}",
                   deepest->str);
  upright_test_write (fixture->path, contents->str, contents->len);

  journal = load_journal (fixture->file);
  g_assert_null (upright_journal_get_recovered_file (journal));
  note = upright_record_get_note (get_record (journal, 0));
  g_assert_cmpstr (note, ==, "😀 café \"[{\\");

  removed = upright_journal_remove (journal, ID_B);
  upright_journal_insert (journal, removed);
  flush_journal (journal);

  again = load_journal (fixture->file);
  g_assert_null (upright_journal_get_recovered_file (again));
  assert_same_lists (journal, again);

  g_file_get_contents (fixture->path, &written, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (written, "\"big\" : 999999999999999999,"));
  g_assert_nonnull (strstr (written, "\"small\" : -999999999999999999,"));
  g_assert_nonnull (strstr (written, "\"score\" : 0.25"));
  g_assert_nonnull (strstr (written, "\"side\" : \"left\""));

  /* json-glib writes every digit of a double: compare the numbers. */
  node = read_json (fixture->path);
  record = json_array_get_object_element (json_object_get_array_member (json_node_get_object (node),
                                                                         "records"), 0);
  g_assert_cmpfloat (json_object_get_double_member (record, "fraction"), ==, -0.5e-3);
  g_assert_cmpfloat (json_object_get_double_member (record, "huge"), ==, 1.5e300);
}

/* A good journal, and then a NUL byte. */
#define NUL_FILE HEAD "]}\0"

/* A file that is broken as a whole, or a journal whose second record has
 * MEMBER set to VALUE (as JSON text), or left out if VALUE is NULL. */
static const struct {
  const char *name;
  const char *contents;
  gssize      length;
  const char *member;
  const char *value;
} corrupt_files[] = {
  { "empty", "", 0 },
  { "truncated", HEAD RECORD_A ", {\"id\": \"7c9e", -1 },
  { "array", "[]", -1 },
  { "null", "null", -1 },
  { "string", "\"upright-journal\"", -1 },
  { "no-format", "{\"version\": 1, \"records\": []}", -1 },
  { "wrong-format", "{\"format\": \"upright-plan\", \"version\": 1, \"records\": []}", -1 },
  { "no-version", "{\"format\": \"upright-journal\", \"records\": []}", -1 },
  { "future-version", "{\"format\": \"upright-journal\", \"version\": 2, \"records\": [" RECORD_A "]}", -1 },
  { "version-text", "{\"format\": \"upright-journal\", \"version\": \"1\", \"records\": []}", -1 },
  { "version-fraction", "{\"format\": \"upright-journal\", \"version\": 1.0, \"records\": []}", -1 },
  { "no-records", "{\"format\": \"upright-journal\", \"version\": 1, \"assessments\": []}", -1 },
  { "records-object", "{\"format\": \"upright-journal\", \"version\": 1, \"records\": {\"a\": " RECORD_A "}}", -1 },
  { "record-not-object", HEAD RECORD_A ", [1]]}", -1 },
  { "assessments-object", HEAD "], \"assessments\": {}}", -1 },
  { "assessment-not-object", HEAD "], \"assessments\": [1]}", -1 },
  { "assessment-unknown-kind", HEAD "], \"assessments\": [{\"id\": \"" ID_A "\", \"kind\": \"timed-up-and-go\","
    " \"time\": \"2026-11-20T10:00:00+01:00\", \"seconds\": 11}]}", -1 },
  { "assessment-no-time", HEAD "], \"assessments\": [{\"id\": \"" ID_A "\", \"kind\": \"chair-stand\","
    " \"stands\": 11}]}", -1 },
  { "assessment-too-many-stands", HEAD "], \"assessments\": [{\"id\": \"" ID_A "\", \"kind\": \"chair-stand\","
    " \"time\": \"2026-11-20T10:00:00+01:00\", \"stands\": 61}]}", -1 },
  { "assessment-three-stages", HEAD "], \"assessments\": [{\"id\": \"" ID_A "\", \"kind\": \"four-stage-balance\","
    " \"time\": \"2026-11-20T10:00:00+01:00\", \"stages\": [10, 10, 4]}]}", -1 },
  { "assessment-stage-too-long", HEAD "], \"assessments\": [{\"id\": \"" ID_A "\", \"kind\": \"four-stage-balance\","
    " \"time\": \"2026-11-20T10:00:00+01:00\", \"stages\": [10, 10, 11, 0]}]}", -1 },
  { "assessment-repeated-id", HEAD "], \"assessments\": ["
    "{\"id\": \"" ID_A "\", \"kind\": \"chair-stand\", \"time\": \"2026-11-20T10:00:00+01:00\", \"stands\": 9},"
    "{\"id\": \"" ID_A "\", \"kind\": \"chair-stand\", \"time\": \"2026-11-21T10:00:00+01:00\", \"stands\": 9}]}", -1 },
  { "duplicate-ids", HEAD RECORD_A ", " RECORD_A "]}", -1 },
  { "invalid-utf8", HEAD "], \"x\": \"caf\xe9\"}", -1 },
  { "nul-byte", NUL_FILE, sizeof (NUL_FILE) - 1 },
  { "id-missing", NULL, -1, "id", NULL },
  { "id-number", NULL, -1, "id", "7" },
  { "id-not-uuid", NULL, -1, "id", "\"record-2\"" },
  { "exercise-missing", NULL, -1, "exercise", NULL },
  { "exercise-not-id", NULL, -1, "exercise", "\"Sit to stand\"" },
  { "exercise-empty", NULL, -1, "exercise", "\"\"" },
  { "category-unknown", NULL, -1, "category", "\"cardio\"" },
  { "category-null", NULL, -1, "category", "null" },
  { "regions-missing", NULL, -1, "regions", NULL },
  { "regions-string", NULL, -1, "regions", "\"hip\"" },
  { "regions-unknown", NULL, -1, "regions", "[\"knee\"]" },
  { "regions-none", NULL, -1, "regions", "[\"none\"]" },
  { "regions-repeated", NULL, -1, "regions", "[\"hip\", \"spine\", \"hip\"]" },
  { "regions-number", NULL, -1, "regions", "[1]" },
  { "start-missing", NULL, -1, "start", NULL },
  { "start-without-offset", NULL, -1, "start", "\"2026-11-25T09:30:00\"" },
  { "start-date-only", NULL, -1, "start", "\"2026-11-25\"" },
  { "start-text", NULL, -1, "start", "\"yesterday\"" },
  { "start-bad-offset", NULL, -1, "start", "\"2026-11-25T09:30:00+25:00\"" },
  { "start-number", NULL, -1, "start", "1764059400" },
  { "duration-huge-double", NULL, -1, "duration", "1e300" },
  { "duration-huge-integer", NULL, -1, "duration", "99999999999999999999" },
  { "duration-too-long", NULL, -1, "duration", "86401" },
  { "duration-negative", NULL, -1, "duration", "-1" },
  { "duration-fraction", NULL, -1, "duration", "300.5" },
  { "duration-text", NULL, -1, "duration", "\"300\"" },
  { "sets-missing", NULL, -1, "sets", NULL },
  { "sets-too-many", NULL, -1, "sets", "101" },
  { "reps-too-many", NULL, -1, "reps", "1001" },
  { "hold-too-long", NULL, -1, "hold", "3601" },
  { "hold-null", NULL, -1, "hold", "null" },
  { "completed-text", NULL, -1, "completed", "\"yes\"" },
  { "completed-number", NULL, -1, "completed", "1" },
  { "completed-missing", NULL, -1, "completed", NULL },
  { "effort-text", NULL, -1, "effort", "\"high\"" },
  { "effort-eleven", NULL, -1, "effort", "11" },
  { "effort-missing", NULL, -1, "effort", NULL },
  { "pain-negative", NULL, -1, "pain", "-3" },
  { "pain-huge", NULL, -1, "pain", "9223372036854775807" },
  { "pain-object", NULL, -1, "pain", "{}" },
  { "note-number", NULL, -1, "note", "42" },
  { "note-list", NULL, -1, "note", "[\"a\"]" },
  { "note-too-long", NULL, -1, "note", "LONG" },
  { "note-nul", NULL, -1, "note", "\"cut\\u0000short\"" },
  /* What json-glib reads besides JSON, or reads in ways that would change or
   * lose data. */
  { "comment", NULL, -1, "note", "/* a comment */ \"ok\"" },
  { "single-quotes", NULL, -1, "exercise", "'heel-raise'" },
  { "octal", NULL, -1, "duration", "0200" },
  { "hexadecimal", NULL, -1, "sets", "0x1" },
  { "wrapping-integer", NULL, -1, "pain", "-18446744073709551606" },
  { "huge-integer-unknown", NULL, -1, "later", "18446744073709551615" },
  { "infinite-unknown", NULL, -1, "later", "1e999" },
  { "infinite-assessment", HEAD "], \"assessments\": [{\"score\": -1e400}]}", -1 },
  { "lone-low-surrogate-unknown", NULL, -1, "later", "\"\\udc00ok\"" },
  { "lone-high-surrogate-unknown", NULL, -1, "later", "\"\\ud800ok\"" },
  { "surrogate-in-name", NULL, -1, "\\udc00ok", "1" },
  { "nested-too-deep", NULL, -1, "later", "DEEP:62" },
  /* No file of Upright's has a name twice in an object: which to believe? */
  { "repeated-member", HEAD "{\"id\": \"" ID_A "\", \"exercise\": \"sit-to-stand\", \"category\": \"strength\","
    " \"regions\": [], \"start\": \"2026-11-25T09:30:00+01:00\", \"duration\": 300, \"sets\": 2,"
    " \"reps\": 10, \"hold\": 0, \"completed\": true, \"effort\": 5, \"pain\": 0, \"pain\": 9}]}", -1 },
  { "repeated-member-escaped", NULL, -1, "p\\u0061in", "3" },
  { "repeated-unknown-member", HEAD "{\"id\": \"" ID_A "\", \"exercise\": \"sit-to-stand\", \"category\": \"strength\","
    " \"regions\": [], \"start\": \"2026-11-25T09:30:00+01:00\", \"duration\": 300, \"sets\": 2,"
    " \"reps\": 10, \"hold\": 0, \"completed\": true, \"effort\": 5, \"pain\": 0, \"mood\": 1, \"mood\": 2}]}", -1 },
  { "repeated-nested-member", NULL, -1, "later", "[{\"a\": 1, \"b\": {\"c\": 2, \"c\": 3}}]" },
  { "repeated-top-level", HEAD "], \"records\": []}", -1 },
  { "repeated-top-level-unknown", HEAD "], \"goals\": 1, \"goals\": 2}", -1 },
  { "repeated-assessment-member", HEAD "], \"assessments\": [{\"id\": \"" ID_A "\", \"kind\": \"chair-stand\","
    " \"time\": \"2026-11-20T10:00:00+01:00\", \"stands\": 9, \"stands\": 12}]}", -1 },
  /* Nothing may follow the journal's object. */
  { "second-object", GOOD_FILE " {}", -1 },
  { "second-value", GOOD_FILE " 1", -1 },
  { "closing-bracket", GOOD_FILE "]", -1 },
  /* Broken JSON in an unknown member, a list of a known one, a later record. */
  { "unknown-missing-comma", NULL, -1, "later", "[1 2]" },
  { "unknown-trailing-comma", NULL, -1, "later", "{\"a\": 1,}" },
  { "unknown-bad-escape", NULL, -1, "later", "\"\\q\"" },
  { "unknown-bad-word", NULL, -1, "later", "[tru]" },
  { "regions-missing-comma", NULL, -1, "regions", "[\"hip\" \"spine\"]" },
  { "broken-after-damaged", HEAD RECORD_A ", {\"id\": 1}, {\"id\" 2}]}", -1 },
  /* Numbers that are not whole, or too large. */
  { "duration-exponent", NULL, -1, "duration", "3e2" },
  { "duration-point-zero", NULL, -1, "duration", "300.0" },
  { "effort-int64", NULL, -1, "effort", "-9223372036854775808" },
  { "assessment-no-stages", HEAD "], \"assessments\": [{\"id\": \"" ID_A "\", \"kind\": \"four-stage-balance\","
    " \"time\": \"2026-11-20T10:00:00+01:00\", \"stages\": []}]}", -1 },
  { "assessment-stage-fraction", HEAD "], \"assessments\": [{\"id\": \"" ID_A "\", \"kind\": \"four-stage-balance\","
    " \"time\": \"2026-11-20T10:00:00+01:00\", \"stages\": [10, 10, 2.5, 0]}]}", -1 },
  { "id-uppercase-short", NULL, -1, "id", "\"7C9E6679-7425-40DE-944B-E07FC1F90AE\"" },
  /* json-glib's parser recursed until the stack overflowed. */
  { "nested-far-too-deep", NULL, -1, "later", "DEEP:500000" },
};

static const char * const record_b_members[][2] = {
  { "id", "\"" ID_B "\"" },
  { "exercise", "\"heel-raise\"" },
  { "category", "\"strength\"" },
  { "regions", "[\"hip\", \"balance\"]" },
  { "start", "\"2026-11-26T10:00:00-05:00\"" },
  { "duration", "200" },
  { "sets", "1" },
  { "reps", "12" },
  { "hold", "0" },
  { "completed", "false" },
  { "effort", "4" },
  { "pain", "1" },
  { "note", "\"ok\"" },
};

/* Appends @value to @text, or what it stands for: a note one character too
 * long, or lists nested this deep. */
static void
append_value (GString    *text,
              const char *value)
{
  if (g_str_equal (value, "LONG"))
    {
      g_string_append_c (text, '"');
      for (guint j = 0; j <= UPRIGHT_RECORD_MAX_NOTE_CHARS; j++)
        g_string_append (text, "ö");
      g_string_append_c (text, '"');
    }
  else if (g_str_has_prefix (value, "DEEP:"))
    {
      guint depth = atoi (value + strlen ("DEEP:"));

      for (guint j = 0; j < depth; j++)
        g_string_append_c (text, '[');
      for (guint j = 0; j < depth; j++)
        g_string_append_c (text, ']');
    }
  else
    {
      g_string_append (text, value);
    }
}

static char *
make_corrupt_contents (guint  index,
                       gsize *length)
{
  gboolean replaced = FALSE;
  GString *text;

  if (corrupt_files[index].contents != NULL)
    {
      gssize n = corrupt_files[index].length;

      *length = n >= 0 ? (gsize) n : strlen (corrupt_files[index].contents);

      return g_memdup2 (corrupt_files[index].contents, *length);
    }

  text = g_string_new (HEAD RECORD_A ", {");
  for (guint i = 0; i < G_N_ELEMENTS (record_b_members); i++)
    {
      const char *name = record_b_members[i][0];
      const char *value = record_b_members[i][1];
      const char *separator = text->str[text->len - 1] == '{' ? "" : ", ";

      if (g_str_equal (name, corrupt_files[index].member))
        {
          replaced = TRUE;
          value = corrupt_files[index].value;
          if (value == NULL)
            continue;
        }

      g_string_append_printf (text, "%s\"%s\": ", separator, name);
      append_value (text, value);
    }

  /* A member this version does not know. */
  if (!replaced)
    {
      g_string_append_printf (text, ", \"%s\": ", corrupt_files[index].member);
      append_value (text, corrupt_files[index].value);
    }

  g_string_append (text, "}], \"assessments\": []}");

  *length = text->len;

  return g_string_free (text, FALSE);
}

static void
test_corrupt (Fixture       *fixture,
              gconstpointer  data)
{
  guint index = GPOINTER_TO_UINT (data);
  g_autoptr(UprightJournal) journal = new_journal (fixture->file);
  g_autoptr(UprightJournal) again = NULL;
  g_autoptr(UprightRecord) record = NULL;
  g_autoptr(GString) log = log_items_changed (journal);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *names = NULL;
  g_autofree char *expected_names = NULL;
  g_autofree char *last_good = NULL;
  GFile *recovered;
  gsize length;

  contents = make_corrupt_contents (index, &length);

  /* A good backup from an earlier save. */
  upright_test_write (fixture->backup, GOOD_FILE, -1);
  upright_test_write (fixture->path, contents, length);

  g_assert_true (load (journal, &error));
  g_assert_no_error (error);
  g_assert_true (upright_journal_is_loaded (journal));

  /* The file is moved aside, byte for byte, and the journal says where. */
  recovered = upright_journal_get_recovered_file (journal);
  g_assert_nonnull (recovered);
  name = g_file_get_basename (recovered);
  g_assert_true (g_regex_match_simple (ASIDE_PATTERN, name, 0, 0));
  aside = g_file_get_path (recovered);
  upright_test_assert_contents (aside, contents, length);
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));

  /* The journal starts empty, without a single record of the file, and
   * works. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, 0);
  g_assert_null (upright_journal_lookup (journal, ID_A));
  take_log (log, "");
  record = make_record ("sit-to-stand", UPRIGHT_CATEGORY_STRENGTH, "2026-11-27T08:00:00+01:00");
  upright_journal_add (journal, record);
  take_log (log, "0-0+1");
  flush_journal (journal);

  assert_journal_file (fixture->path, "sit-to-stand");
  g_assert_cmpuint (upright_test_get_mode (fixture->path), ==, 0600);
  g_assert_cmpuint (upright_test_get_mode (aside), ==, 0600);
  upright_test_assert_contents (aside, contents, length);
  /* The backup of the last good file is kept as the last good copy, where
   * no save replaces it, and offered. */
  last_good = g_strconcat (fixture->path, ".last-good", NULL);
  upright_test_assert_contents (last_good, GOOD_FILE, -1);
  g_assert_cmpuint (upright_test_get_mode (last_good), ==, 0600);
  g_assert_nonnull (upright_store_get_last_good_file (upright_journal_get_store (journal)));
  names = upright_test_list_dir (fixture->dir);
  expected_names = g_strdup_printf ("journal.json %s journal.json.last-good", name);
  g_assert_cmpstr (names, ==, expected_names);

  /* The new file reads back without recovery. */
  g_assert_finalize_object (g_steal_pointer (&journal));
  again = load_journal (fixture->file);
  g_assert_null (upright_journal_get_recovered_file (again));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (again)), ==, 1);
  assert_records_equal (get_record (again, 0), record);
}

/* Records for a journal of years: @n of them, a day apart. */
static char *
make_journal_text (guint n)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) assessments = g_ptr_array_new ();
  g_autoptr(GDateTime) base = make_time ("2023-01-02T09:00:00+01:00");
  g_autoptr(GBytes) bytes = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GDateTime) start = g_date_time_add_days (base, i);
      UprightRecord *record = upright_record_new ("old", UPRIGHT_CATEGORY_STRENGTH, start);

      upright_record_set_reps_done (record, i % 30);
      g_ptr_array_add (records, record);
    }

  bytes = _upright_journal_serialize (records, assessments, NULL);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
restore_last_good (UprightJournal *journal)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  upright_journal_restore_last_good_async (journal, NULL, store_result_cb, &result);
  wait_for_result (&result);
  g_assert_true (upright_journal_restore_last_good_finish (journal, result, &error));
  g_assert_no_error (error);
}

static guint
count_exercise (UprightJournal *journal,
                const char     *exercise_id)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (journal)); i++)
    n += g_str_equal (upright_record_get_exercise_id (get_record (journal, i)), exercise_id);

  return n;
}

/* The fault of a “last good copy” that later saves replaced: after a
 * recovery and two saves, restoring it brings back every original record,
 * and the records saved since stay. */
static void
test_recovery_two_saves_restore (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autofree char *years = make_journal_text (1000);
  g_autofree char *last_good = g_strconcat (fixture->path, ".last-good", NULL);
  g_autoptr(UprightJournal) journal = NULL;
  g_autoptr(UprightJournal) again = NULL;
  g_autoptr(UprightRecord) first = NULL;
  g_autoptr(UprightRecord) second = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;
  UprightStore *store;
  GFile *copy;

  /* Years of records were saved, then the journal was damaged. */
  upright_test_write (fixture->backup, years, -1);
  upright_test_write (fixture->path, "{\"format\": \"upright-journal\", \"version\": 1, \"rec", -1);

  journal = load_journal (fixture->file);
  store = upright_journal_get_store (journal);
  g_assert_nonnull (upright_journal_get_recovered_file (journal));
  copy = upright_store_get_last_good_file (store);
  g_assert_nonnull (copy);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, 0);

  /* She logs two exercises before she sees the notice: two saves. */
  first = make_record ("sit-to-stand", UPRIGHT_CATEGORY_STRENGTH, "2026-12-01T08:00:00+01:00");
  upright_journal_add (journal, first);
  flush_journal (journal);
  second = make_record ("heel-raise", UPRIGHT_CATEGORY_STRENGTH, "2026-12-02T08:00:00+01:00");
  upright_journal_add (journal, second);
  flush_journal (journal);

  /* The copy on offer is still the years of records. */
  upright_test_assert_contents (last_good, years, -1);
  g_assert_true (upright_store_get_last_good_file (store) == copy);

  before = upright_journal_to_bytes (journal);
  restore_last_good (journal);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, 1002);
  g_assert_cmpuint (count_exercise (journal, "old"), ==, 1000);
  g_assert_nonnull (upright_journal_lookup (journal, upright_record_get_id (first)));
  g_assert_nonnull (upright_journal_lookup (journal, upright_record_get_id (second)));
  flush_journal (journal);

  /* It is no longer offered, and not deleted either. */
  g_assert_null (upright_store_get_last_good_file (store));
  g_assert_false (g_file_test (last_good, G_FILE_TEST_EXISTS));
  names = upright_test_list_dir (fixture->dir);
  g_assert_true (g_regex_match_simple ("journal\\.json\\.restored-[0-9]{8}-[0-9]{6}( |$)", names, 0, 0));

  /* Undo: the journal as it was, and the copy offered again. */
  g_assert_true (upright_journal_restore (journal, before, &error));
  g_assert_no_error (error);
  g_assert_true (upright_store_set_last_good_used (store, FALSE, &error));
  g_assert_no_error (error);
  g_assert_nonnull (upright_store_get_last_good_file (store));
  upright_test_assert_contents (last_good, years, -1);
  assert_exercises (journal, "sit-to-stand heel-raise");

  /* Restored again, it stays after the app quits and starts again. */
  restore_last_good (journal);
  g_assert_finalize_object (g_steal_pointer (&journal));
  again = load_journal (fixture->file);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (again)), ==, 1002);
  g_assert_null (upright_store_get_last_good_file (upright_journal_get_store (again)));
}

/* A copy nobody decided about is offered again at the next start, and a
 * second recovery keeps both copies. */
static void
test_recovery_twice (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *older = make_journal_text (3);
  g_autofree char *newer = make_journal_text (5);
  g_autofree char *last_good = g_strconcat (fixture->path, ".last-good", NULL);
  g_autoptr(UprightJournal) journal = NULL;
  g_autofree char *names = NULL;

  upright_test_write (fixture->backup, older, -1);
  upright_test_write (fixture->path, "not a journal", -1);
  journal = load_journal (fixture->file);
  g_assert_finalize_object (g_steal_pointer (&journal));

  journal = load_journal (fixture->file);
  g_assert_null (upright_journal_get_recovered_file (journal));
  g_assert_nonnull (upright_store_get_last_good_file (upright_journal_get_store (journal)));
  g_assert_finalize_object (g_steal_pointer (&journal));

  upright_test_write (fixture->backup, newer, -1);
  upright_test_write (fixture->path, "not a journal either", -1);
  journal = load_journal (fixture->file);
  upright_test_assert_contents (last_good, newer, -1);
  names = upright_test_list_dir (fixture->dir);
  g_assert_true (g_regex_match_simple ("journal\\.json\\.last-good-[0-9]{8}-[0-9]{6}", names, 0, 0));
  g_assert_finalize_object (g_steal_pointer (&journal));
}

/* What the reader makes of strings and numbers at the edges of JSON:
 * escapes in known strings, non-ASCII text, “-0”, control characters in a
 * string as json-glib writes U+001F and reads others, and empty lists. */
static void
test_reader_edges (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(UprightJournal) journal = NULL;
  g_autoptr(UprightJournal) again = NULL;
  const UprightRegion *regions;
  UprightRecord *record;
  guint n_regions;
  const char *contents =
    "{\"format\": \"upright-journal\", \"version\": 1, \"records\": ["
    "{\"id\": \"" ID_B "\", \"exercise\": \"heel\\u002draise\", \"category\": \"str\\u0065ngth\","
    " \"regions\": [\"h\\u0069p\", \"spine\"], \"start\": \"2026-11-26T10:00:00\\u002b01:00\","
    " \"duration\": -0, \"sets\": 0, \"reps\": 0, \"hold\": 0, \"completed\": true, \"effort\": 0,"
    " \"pain\": 0, \"note\": \"Tab\tthen\x1funit, line\nbreak, \\u00fcber \\\"gut\\\" \xe2\x9c\x93\","
    " \"l\\u0061ter\": \"caf\xc3\xa9\"}],"
    " \"assessments\": [], \"goals\": [], \"plans\": {}}";
  g_autofree char *written = NULL;
  g_autoptr(GError) error = NULL;

  upright_test_write (fixture->path, contents, -1);
  journal = load_journal (fixture->file);
  g_assert_null (upright_journal_get_recovered_file (journal));

  record = upright_journal_lookup (journal, ID_B);
  g_assert_nonnull (record);
  g_assert_cmpstr (upright_record_get_exercise_id (record), ==, "heel-raise");
  g_assert_cmpint (upright_record_get_category (record), ==, UPRIGHT_CATEGORY_STRENGTH);
  regions = upright_record_get_regions (record, &n_regions);
  g_assert_cmpuint (n_regions, ==, 2);
  g_assert_cmpint (regions[0], ==, UPRIGHT_REGION_HIP);
  g_assert_cmpint (g_date_time_get_utc_offset (upright_record_get_start (record)), ==, G_TIME_SPAN_HOUR);
  g_assert_cmpuint (upright_record_get_duration_seconds (record), ==, 0);
  g_assert_cmpstr (upright_record_get_note (record), ==,
                   "Tab\tthen\x1funit, line\nbreak, \xc3\xbc" "ber \"gut\" \xe2\x9c\x93");
  g_assert_cmpuint (g_list_model_get_n_items (upright_journal_get_assessments (journal)), ==, 0);

  /* Saved and read back the same, the unknown members with it. */
  {
    g_autoptr(UprightRecord) removed = upright_journal_remove (journal, ID_B);

    upright_journal_insert (journal, removed);
    flush_journal (journal);
  }
  again = load_journal (fixture->file);
  g_assert_null (upright_journal_get_recovered_file (again));
  assert_same_lists (journal, again);
  g_file_get_contents (fixture->path, &written, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (written, "\"later\" : \"caf\xc3\xa9\""));
  g_assert_nonnull (strstr (written, "\"goals\" : [],"));
  g_assert_nonnull (strstr (written, "\"plans\" : {"));
}

/* The journal tells a file that is not JSON from a damaged record, as
 * json-glib did, wherever in the file the problems are. */
static void
test_parse_errors (void)
{
  static const struct {
    const char *contents;
    int         code;
  } cases[] = {
    /* Text that is not JSON comes first, even after a damaged record. */
    { HEAD RECORD_A ", {\"id\": 1}, {\"id\" 2}]}", UPRIGHT_JOURNAL_ERROR_NOT_A_JOURNAL },
    { "{\"format\": \"upright-journal\", \"version\": 2, \"records\": [1 2]}", UPRIGHT_JOURNAL_ERROR_NOT_A_JOURNAL },
    { "{\"format\": \"upright-journal\", \"version\": 2, \"records\": [{}]}", UPRIGHT_JOURNAL_ERROR_NEWER_VERSION },
    { HEAD RECORD_A ", {\"id\": 1}]}", UPRIGHT_JOURNAL_ERROR_DAMAGED },
    { HEAD "{\"id\": \"" ID_A "\", \"id\": \"" ID_B "\"}]}", UPRIGHT_JOURNAL_ERROR_DAMAGED },
    { HEAD "], \"format\": \"upright-journal\"}", UPRIGHT_JOURNAL_ERROR_NOT_A_JOURNAL },
    { "{\"records\": [], \"version\": 1, \"format\": \"upright-journal\"}", -1 },
    { "\xef\xbb\xbf" GOOD_FILE, -1 },
    { GOOD_FILE "\n\n", -1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (cases[i].contents, strlen (cases[i].contents));
      g_autoptr(GPtrArray) records = NULL;
      g_autoptr(GPtrArray) assessments = NULL;
      g_autofree char *extra = NULL;
      g_autoptr(GError) error = NULL;

      records = _upright_journal_parse (bytes, &assessments, &extra, &error);
      if (cases[i].code < 0)
        {
          g_assert_no_error (error);
          g_assert_nonnull (records);
        }
      else
        {
          g_assert_error (error, UPRIGHT_JOURNAL_ERROR, cases[i].code);
          g_assert_null (records);
        }
    }

  /* Which record is damaged, by its place in the file. */
  {
    const char *contents = HEAD RECORD_A ", " RECORD_A ", 7]}";
    g_autoptr(GBytes) bytes = g_bytes_new_static (contents, strlen (contents));
    g_autoptr(GPtrArray) assessments = NULL;
    g_autofree char *extra = NULL;
    g_autoptr(GError) error = NULL;

    g_assert_null (_upright_journal_parse (bytes, &assessments, &extra, &error));
    g_assert_error (error, UPRIGHT_JOURNAL_ERROR, UPRIGHT_JOURNAL_ERROR_DAMAGED);
  }
}

/* Record ids are checked as GLib checks a UUID, only faster. */
static void
test_uuid (void)
{
  const char *texts[] = {
    ID_A, ID_B, "A0000000-0000-4000-8000-000000000000", "a0000000-0000-4000-8000-00000000000",
    "a0000000-0000-4000-8000-0000000000000", "a0000000-0000-4000-8000_000000000000",
    "a0000000-0000-4000-8000-00000000000g", "a00000000000-4000-8000-0000000000000", "", "-",
    "{0f8fad5b-d9cb-469f-a165-70867728950e}", "0f8fad5b-d9cb-469f-a165-70867728950e ",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    g_assert_cmpint (upright_text_is_uuid (texts[i]), ==, g_uuid_string_is_valid (texts[i]));

  for (guint i = 0; i < 100; i++)
    {
      g_autofree char *uuid = g_uuid_string_random ();

      g_assert_true (upright_text_is_uuid (uuid));
    }
}

/* The second record of the corrupt files is fine when nothing replaces its
 * members, so a failure above is due to the one bad member. */
static void
test_corrupt_control (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new (HEAD RECORD_A ", {");
  g_autoptr(UprightJournal) journal = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (record_b_members); i++)
    g_string_append_printf (text, "%s\"%s\": %s",
                            i > 0 ? ", " : "", record_b_members[i][0], record_b_members[i][1]);
  g_string_append (text, "}], \"assessments\": []}");
  upright_test_write (fixture->path, text->str, text->len);

  journal = load_journal (fixture->file);
  g_assert_null (upright_journal_get_recovered_file (journal));
  assert_exercises (journal, "sit-to-stand heel-raise");
  upright_test_assert_contents (fixture->path, text->str, text->len);
}

/* The sample files in tests/data/journal, where the fuzzer starts from,
 * are what their names say: each valid one reads without recovery and
 * writes back to a file that reads the same, each corrupt one is moved
 * aside. */
static void
test_data_files (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "data", "journal", NULL);
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  guint n_valid = 0;
  guint n_corrupt = 0;
  const char *name;

  dir = g_dir_open (dir_path, 0, &error);
  g_assert_no_error (error);

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autofree char *contents = NULL;
      g_autoptr(UprightJournal) journal = NULL;
      gsize length;

      g_test_message ("%s", name);
      g_file_get_contents (path, &contents, &length, &error);
      g_assert_no_error (error);
      upright_test_write (fixture->path, contents, length);

      journal = load_journal (fixture->file);
      if (g_str_has_prefix (name, "valid-"))
        {
          g_autoptr(UprightJournal) again = NULL;
          g_autoptr(UprightRecord) removed = NULL;

          g_assert_null (upright_journal_get_recovered_file (journal));
          n_valid++;

          /* Saving it keeps every record. */
          if (g_list_model_get_n_items (G_LIST_MODEL (journal)) > 0)
            {
              removed = upright_journal_remove (journal, upright_record_get_id (get_record (journal, 0)));
              upright_journal_insert (journal, removed);
              flush_journal (journal);
            }
          again = load_journal (fixture->file);
          g_assert_null (upright_journal_get_recovered_file (again));
          assert_same_lists (journal, again);
        }
      else
        {
          g_assert_true (g_str_has_prefix (name, "corrupt-"));
          g_assert_nonnull (upright_journal_get_recovered_file (journal));
          g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, 0);
          n_corrupt++;
        }

      g_assert_finalize_object (g_steal_pointer (&journal));
      upright_test_remove_tree (fixture->dir);
      g_assert_cmpint (g_mkdir (fixture->dir, 0700), ==, 0);
    }

  g_assert_cmpuint (n_valid, >=, 3);
  g_assert_cmpuint (n_corrupt, >=, 3);
}

static void
test_read_error (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *inside = g_build_filename (fixture->path, "keep", NULL);
  g_autoptr(UprightJournal) journal = new_journal (fixture->file);
  g_autoptr(UprightRecord) record = NULL;
  g_autoptr(GError) error = NULL;
  guint n_saves = _upright_store_get_n_writes ();

  /* Something that cannot be read at all is not moved or replaced, and the
   * journal does not save. */
  g_assert_cmpint (g_mkdir (fixture->path, 0700), ==, 0);
  upright_test_write (inside, "keep\n", -1);

  g_assert_false (load (journal, &error));
  g_assert_error (error, UPRIGHT_STORE_ERROR, UPRIGHT_STORE_ERROR_READ);
  g_clear_error (&error);
  g_assert_false (upright_journal_is_loaded (journal));
  g_assert_null (upright_journal_get_recovered_file (journal));

  record = make_record ("sit-to-stand", UPRIGHT_CATEGORY_STRENGTH, "2026-11-27T08:00:00+01:00");
  upright_journal_add (journal, record);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, 1);
  g_assert_false (flush (journal, &error));
  g_assert_error (error, UPRIGHT_STORE_ERROR, UPRIGHT_STORE_ERROR_NOT_LOADED);

  g_assert_finalize_object (g_steal_pointer (&journal));
  g_assert_cmpuint (_upright_store_get_n_writes (), ==, n_saves);
  upright_test_assert_contents (inside, "keep\n", -1);
}

static void
test_mode_and_backup (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(UprightJournal) journal = load_journal (fixture->file);
  g_autoptr(UprightRecord) first = NULL;
  g_autoptr(UprightRecord) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *names = NULL;

  /* However open the umask, the journal is the user's alone. */
  umask (0);

  first = make_record ("sit-to-stand", UPRIGHT_CATEGORY_STRENGTH, "2026-11-25T09:30:00+01:00");
  upright_journal_add (journal, first);
  flush_journal (journal);
  g_assert_cmpuint (upright_test_get_mode (fixture->path), ==, 0600);
  g_assert_false (g_file_test (fixture->backup, G_FILE_TEST_EXISTS));
  g_file_get_contents (fixture->path, &saved, NULL, &error);
  g_assert_no_error (error);

  second = make_record ("heel-raise", UPRIGHT_CATEGORY_STRENGTH, "2026-11-26T09:30:00+01:00");
  upright_journal_add (journal, second);
  flush_journal (journal);
  umask (022);

  assert_journal_file (fixture->path, "sit-to-stand heel-raise");
  g_assert_cmpuint (upright_test_get_mode (fixture->path), ==, 0600);
  g_assert_cmpuint (upright_test_get_mode (fixture->backup), ==, 0600);
  upright_test_assert_contents (fixture->backup, saved, -1);
  names = upright_test_list_dir (fixture->dir);
  g_assert_cmpstr (names, ==, "journal.json journal.json.bak");
}

static void
test_burst (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(UprightJournal) journal = load_journal (fixture->file);
  g_autoptr(GString) log = log_items_changed (journal);
  g_autoptr(GString) expected = g_string_new (NULL);
  g_autoptr(GDateTime) base = make_time ("2026-11-01T08:00:00+01:00");
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(UprightRecord) last = NULL;
  guint n_saves = _upright_store_get_n_writes ();
  JsonArray *records;

  for (guint i = 0; i < 100; i++)
    {
      g_autoptr(GDateTime) start = g_date_time_add_minutes (base, i * 10);
      g_autoptr(UprightRecord) record = NULL;

      record = upright_record_new ("heel-raise", UPRIGHT_CATEGORY_STRENGTH, start);

      upright_record_set_reps_done (record, i);
      upright_journal_add (journal, record);
    }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, 100);
  for (guint i = 0; i < 100; i++)
    g_string_append_printf (expected, "%s%u-0+1", i > 0 ? " " : "", i);
  take_log (log, expected->str);

  /* Not at once, but shortly, and once. */
  g_assert_cmpuint (_upright_store_get_n_writes (), ==, n_saves);
  upright_test_wait_until_saved (upright_journal_get_store (journal));
  g_assert_cmpuint (_upright_store_get_n_writes (), ==, n_saves + 1);

  node = read_json (fixture->path);
  records = json_object_get_array_member (json_node_get_object (node), "records");
  g_assert_cmpuint (json_array_get_length (records), ==, 100);
  for (guint i = 0; i < 100; i++)
    {
      JsonObject *record = json_array_get_object_element (records, i);

      g_assert_cmpint (json_object_get_int_member (record, "reps"), ==, i);
    }

  /* A later change is a new save. */
  last = upright_journal_remove (journal, upright_record_get_id (get_record (journal, 99)));
  g_assert_nonnull (last);
  upright_test_wait_until_saved (upright_journal_get_store (journal));
  g_assert_cmpuint (_upright_store_get_n_writes (), ==, n_saves + 2);

  g_assert_finalize_object (g_steal_pointer (&journal));
  g_assert_cmpuint (_upright_store_get_n_writes (), ==, n_saves + 2);
}

static void
test_unknown_members (Fixture       *fixture,
                      gconstpointer  data)
{
  const char *original =
    "{\"format\": \"upright-journal\", \"version\": 1,"
    " \"assessments\": [{\"id\": \"" ID_A "\", \"kind\": \"chair-stand\", \"stands\": 11,"
    "                    \"time\": \"2026-11-20T10:00:00+01:00\", \"aid\": null}],"
    " \"records\": [{\"id\": \"" ID_B "\", \"exercise\": \"heel-raise\", \"category\": \"strength\","
    "  \"regions\": [\"hip\"], \"start\": \"2026-11-26T10:00:00-05:00\", \"duration\": 200,"
    "  \"sets\": 1, \"reps\": 12, \"hold\": 0, \"completed\": false, \"effort\": 4, \"pain\": 1,"
    "  \"mood\": {\"before\": 3, \"after\": [4, 5]}, \"side\": \"left\"}],"
    " \"goals\": {\"strength\": 2},"
    " \"future\": \"keep me\"}";
  const char *unknown[] = { "goals", "future" };
  g_autoptr(UprightJournal) journal = NULL;
  g_autoptr(UprightRecord) record = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonNode) saved = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *before, *after, *record_before, *record_after;

  upright_test_write (fixture->path, original, -1);
  journal = load_journal (fixture->file);
  record = make_record ("sit-to-stand", UPRIGHT_CATEGORY_STRENGTH, "2026-11-27T08:00:00+01:00");
  upright_journal_add (journal, record);
  flush_journal (journal);

  json_parser_load_from_data (parser, original, -1, &error);
  g_assert_no_error (error);
  before = json_node_get_object (json_parser_get_root (parser));
  record_before = json_array_get_object_element (json_object_get_array_member (before, "records"), 0);

  for (guint round = 0; round < 2; round++)
    {
      assert_journal_file (fixture->path, "heel-raise sit-to-stand");
      g_clear_pointer (&saved, json_node_unref);
      saved = read_json (fixture->path);
      after = json_node_get_object (saved);
      g_assert_cmpuint (json_object_get_size (after), ==, json_object_get_size (before));
      for (guint i = 0; i < G_N_ELEMENTS (unknown); i++)
        {
          g_assert_true (json_object_has_member (after, unknown[i]));
          g_assert_true (json_node_equal (json_object_get_member (before, unknown[i]),
                                          json_object_get_member (after, unknown[i])));
        }

      /* So are a record's members that this version does not know. */
      record_after = json_array_get_object_element (json_object_get_array_member (after, "records"), 0);
      g_assert_true (json_node_equal (json_object_get_member (record_before, "mood"),
                                      json_object_get_member (record_after, "mood")));
      g_assert_cmpstr (json_object_get_string_member (record_after, "side"), ==, "left");
      record_after = json_array_get_object_element (json_object_get_array_member (after, "records"), 1);
      g_assert_false (json_object_has_member (record_after, "mood"));

      /* And a self-test's. */
      g_assert_true (json_node_equal (json_object_get_member (before, "assessments"),
                                      json_object_get_member (after, "assessments")));
      g_assert_cmpuint (g_list_model_get_n_items (upright_journal_get_assessments (journal)), ==, 1);

      /* And again on the next save. */
      g_assert_finalize_object (g_steal_pointer (&journal));
      journal = load_journal (fixture->file);
      g_assert_null (upright_journal_get_recovered_file (journal));
      g_clear_object (&record);
      record = upright_journal_remove (journal, ID_B);
      upright_journal_insert (journal, record);
      flush_journal (journal);
    }
}

static void
test_undo (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(UprightJournal) journal = load_journal (fixture->file);
  g_autoptr(UprightJournal) again = NULL;
  g_autoptr(GString) log = NULL;
  g_autoptr(UprightRecord) removed = NULL;
  g_autoptr(UprightRecord) twin = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autofree char *saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  UprightRecord *middle;

  add_sample_records (journal);
  flush_journal (journal);
  g_file_get_contents (fixture->path, &saved, NULL, &error);
  g_assert_no_error (error);
  log = log_items_changed (journal);

  /* Two records may start at the same second; their ids order them. */
  middle = get_record (journal, 1);
  start = g_date_time_ref (upright_record_get_start (middle));
  twin = upright_record_new ("wrist-curl", UPRIGHT_CATEGORY_STRENGTH, start);
  upright_journal_add (journal, twin);
  if (g_strcmp0 (upright_record_get_id (twin), upright_record_get_id (middle)) < 0)
    take_log (log, "1-0+1");
  else
    take_log (log, "2-0+1");
  g_clear_object (&removed);
  removed = upright_journal_remove (journal, upright_record_get_id (twin));
  g_assert_true (removed == twin);
  g_clear_object (&removed);
  g_string_truncate (log, 0);
  flush_journal (journal);
  upright_test_assert_contents (fixture->path, saved, -1);

  /* Remove, and put back. */
  middle = get_record (journal, 2);
  id = g_strdup (upright_record_get_id (middle));
  g_assert_true (upright_journal_lookup (journal, id) == middle);
  removed = upright_journal_remove (journal, id);
  g_assert_true (removed == middle);
  take_log (log, "2-1+0");
  assert_exercises (journal, "heel-drop sit-to-stand single-leg-stance");
  g_assert_null (upright_journal_lookup (journal, id));
  g_assert_null (upright_journal_remove (journal, id));
  take_log (log, "");
  flush_journal (journal);
  assert_journal_file (fixture->path, "heel-drop sit-to-stand single-leg-stance");

  upright_journal_insert (journal, removed);
  take_log (log, "2-0+1");
  assert_exercises (journal, "heel-drop sit-to-stand prone-extension single-leg-stance");
  g_assert_true (upright_journal_lookup (journal, id) == removed);
  flush_journal (journal);
  upright_test_assert_contents (fixture->path, saved, -1);

  /* The first and the last, with the id the record itself holds. */
  g_clear_object (&removed);
  removed = upright_journal_remove (journal, upright_record_get_id (get_record (journal, 3)));
  take_log (log, "3-1+0");
  upright_journal_insert (journal, removed);
  take_log (log, "3-0+1");
  g_clear_object (&removed);
  removed = upright_journal_remove (journal, upright_record_get_id (get_record (journal, 0)));
  take_log (log, "0-1+0");
  upright_journal_insert (journal, removed);
  take_log (log, "0-0+1");
  flush_journal (journal);
  upright_test_assert_contents (fixture->path, saved, -1);

  again = load_journal (fixture->file);
  assert_same_lists (journal, again);
}

static void
test_dispose_saves (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(UprightJournal) journal = load_journal (fixture->file);
  g_autoptr(UprightJournal) again = NULL;
  g_autoptr(UprightRecord) record = NULL;
  UprightStore *store = upright_journal_get_store (journal);
  guint n_saves = _upright_store_get_n_writes ();

  record = make_record ("sit-to-stand", UPRIGHT_CATEGORY_STRENGTH, "2026-11-27T08:00:00+01:00");
  upright_journal_add (journal, record);
  g_assert_cmpuint (_upright_store_get_n_writes (), ==, n_saves);

  /* The app quits before the journal would have saved. */
  g_object_add_weak_pointer (G_OBJECT (store), (gpointer *) &store);
  g_assert_finalize_object (g_steal_pointer (&journal));
  g_assert_cmpuint (_upright_store_get_n_writes (), ==, n_saves + 1);
  assert_journal_file (fixture->path, "sit-to-stand");

  /* The store went with the journal, and no save of it is left to run. */
  g_assert_null (store);
  upright_test_run_pending ();
  g_assert_cmpuint (_upright_store_get_n_writes (), ==, n_saves + 1);

  again = load_journal (fixture->file);
  assert_records_equal (get_record (again, 0), record);
}

static void
test_dispose_while_saving (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(UprightJournal) journal = load_journal (fixture->file);
  g_autoptr(UprightRecord) a = NULL;
  g_autoptr(UprightRecord) b = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  /* A save is running in a thread when the journal changes again and is
   * disposed: the newer state wins, however the thread is timed. */
  a = make_record ("a", UPRIGHT_CATEGORY_STRENGTH, "2026-11-27T08:00:00+01:00");
  b = make_record ("b", UPRIGHT_CATEGORY_BALANCE, "2026-11-27T09:00:00+01:00");
  upright_journal_add (journal, a);
  upright_journal_flush_async (journal, NULL, store_result_cb, &result);
  upright_journal_add (journal, b);
  g_object_run_dispose (G_OBJECT (journal));
  assert_journal_file (fixture->path, "a b");

  wait_for_result (&result);
  g_assert_true (upright_journal_flush_finish (journal, result, &error));
  g_assert_no_error (error);

  /* The save in the thread, older, did not come after it. */
  upright_test_run_pending ();
  assert_journal_file (fixture->path, "a b");

  /* A disposed journal does not save any more. */
  g_clear_object (&result);
  upright_journal_flush_async (journal, NULL, store_result_cb, &result);
  wait_for_result (&result);
  g_assert_false (upright_journal_flush_finish (journal, result, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CLOSED);
  g_clear_object (&result);

  g_assert_finalize_object (g_steal_pointer (&journal));
}

static void
test_changes_before_load (Fixture       *fixture,
                          gconstpointer  data)
{
  const char *original =
    HEAD RECORD_A "], \"assessments\": [{\"id\": \"" ID_B "\", \"kind\": \"chair-stand\","
    " \"time\": \"2026-11-20T10:00:00+01:00\", \"stands\": 11}]}";
  g_autoptr(UprightJournal) journal = new_journal (fixture->file);
  g_autoptr(GString) log = log_items_changed (journal);
  g_autoptr(UprightRecord) early = NULL;
  g_autoptr(UprightRecord) late = NULL;
  g_autoptr(UprightRecord) dropped = NULL;
  g_autoptr(UprightRecord) removed = NULL;
  g_autoptr(GAsyncResult) load_result = NULL;
  g_autoptr(GAsyncResult) flush_result = NULL;
  g_autoptr(GError) error = NULL;
  guint n_saves = _upright_store_get_n_writes ();

  upright_test_write (fixture->path, original, -1);

  /* Records added before reading are in the list at once, but nothing is
   * written over a file that has not been read. */
  late = make_record ("late", UPRIGHT_CATEGORY_BALANCE, "2026-11-30T08:00:00+01:00");
  dropped = make_record ("dropped", UPRIGHT_CATEGORY_BALANCE, "2026-11-29T08:00:00+01:00");
  upright_journal_add (journal, late);
  upright_journal_add (journal, dropped);
  removed = upright_journal_remove (journal, upright_record_get_id (dropped));
  g_assert_true (removed == dropped);
  take_log (log, "0-0+1 0-0+1 0-1+0");
  assert_exercises (journal, "late");
  upright_store_set_save_delay (upright_journal_get_store (journal), 0);
  upright_test_run_pending ();
  g_assert_cmpuint (_upright_store_get_n_writes (), ==, n_saves);
  upright_test_assert_contents (fixture->path, original, -1);

  /* And while reading; a flush waits for the file to be read. */
  upright_journal_load_async (journal, NULL, store_result_cb, &load_result);
  early = make_record ("early", UPRIGHT_CATEGORY_STRENGTH, "2026-11-01T08:00:00+01:00");
  upright_journal_add (journal, early);
  take_log (log, "0-0+1");
  assert_exercises (journal, "early late");
  upright_journal_flush_async (journal, NULL, store_result_cb, &flush_result);
  wait_for_result (&load_result);
  g_assert_true (upright_journal_load_finish (journal, load_result, &error));
  g_assert_no_error (error);

  /* The list is replaced once by the merged one. */
  take_log (log, "0-2+3");
  assert_exercises (journal, "early sit-to-stand late");
  g_assert_cmpuint (g_list_model_get_n_items (upright_journal_get_assessments (journal)), ==, 1);

  wait_for_result (&flush_result);
  g_assert_true (upright_journal_flush_finish (journal, flush_result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (_upright_store_get_n_writes (), ==, n_saves + 1);
  assert_journal_file (fixture->path, "early sit-to-stand late");
  upright_test_assert_contents (fixture->backup, original, -1);

  g_clear_object (&load_result);
  g_clear_object (&flush_result);
  g_assert_finalize_object (g_steal_pointer (&journal));
  g_assert_cmpuint (_upright_store_get_n_writes (), ==, n_saves + 1);
}

static void
test_load_without_changes (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(UprightJournal) journal = new_journal (fixture->file);
  g_autoptr(GString) log = log_items_changed (journal);
  g_autoptr(GError) error = NULL;
  guint n_saves = _upright_store_get_n_writes ();

  /* Reading a good file writes nothing, not even when the app quits. */
  upright_test_write (fixture->path, GOOD_FILE, -1);
  g_assert_true (load (journal, &error));
  g_assert_no_error (error);
  take_log (log, "0-0+1");
  g_assert_nonnull (upright_journal_lookup (journal, ID_A));
  flush_journal (journal);
  g_assert_finalize_object (g_steal_pointer (&journal));
  g_assert_cmpuint (_upright_store_get_n_writes (), ==, n_saves);
  upright_test_assert_contents (fixture->path, GOOD_FILE, -1);
}

static void
save_failed_cb (UprightStore *store,
                const GError *error,
                guint        *count)
{
  /* Called again, without an error, once a save works again. */
  if (error == NULL)
    return;

  g_assert_error (error, UPRIGHT_STORE_ERROR, UPRIGHT_STORE_ERROR_WRITE);
  (*count)++;
}

static void
test_save_fails (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *subdir = g_build_filename (fixture->dir, "upright", NULL);
  g_autofree char *path = g_build_filename (subdir, "journal.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(UprightJournal) journal = NULL;
  g_autoptr(UprightRecord) record = NULL;
  g_autoptr(GError) error = NULL;
  guint failed = 0;

  g_assert_cmpint (g_mkdir (subdir, 0700), ==, 0);
  journal = load_journal (file);
  g_signal_connect (upright_journal_get_store (journal), "save-failed", G_CALLBACK (save_failed_cb), &failed);

  /* The folder disappears: the change is reported and kept. */
  g_assert_cmpint (g_rmdir (subdir), ==, 0);
  record = make_record ("sit-to-stand", UPRIGHT_CATEGORY_STRENGTH, "2026-11-27T08:00:00+01:00");
  upright_journal_add (journal, record);
  g_assert_false (flush (journal, &error));
  g_assert_error (error, UPRIGHT_STORE_ERROR, UPRIGHT_STORE_ERROR_WRITE);
  g_clear_error (&error);
  g_assert_cmpuint (failed, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, 1);

  /* Once it is back, the next flush writes it. */
  g_assert_cmpint (g_mkdir (subdir, 0700), ==, 0);
  flush_journal (journal);
  assert_journal_file (path, "sit-to-stand");
  g_assert_cmpuint (failed, ==, 1);
}

/* A number in a member this version does not know, written with an
 * exponent (5e+52), is saved in a form that reads back: json-glib 1.6
 * writes it as “5e+52.0”, which is not JSON. Found by the fuzzer. */
static void
test_unknown_exponent (void)
{
  const char *contents = "{\"format\": \"upright-journal\", \"version\": 1, \"records\": [], "
                         "\"assessments\": [], \"later\": {\"big\": [-0.5e53, 1.5, 2]}}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (contents, strlen (contents));
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) assessments = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GPtrArray) assessments_again = NULL;
  g_autofree char *extra = NULL;
  g_autofree char *extra_again = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GError) error = NULL;

  records = _upright_journal_parse (bytes, &assessments, &extra, &error);
  g_assert_no_error (error);
  saved = _upright_journal_serialize (records, assessments, extra);
  again = _upright_journal_parse (saved, &assessments_again, &extra_again, &error);
  g_assert_no_error (error);
  g_assert_nonnull (again);
  /* The numbers that can be written as they were stay numbers. */
  g_assert_nonnull (strstr (extra_again, "1.5"));
  g_assert_nonnull (strstr (extra_again, "-5e+52"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/journal/missing", test_missing);
  ADD ("/journal/record", test_record);
  ADD ("/journal/round-trip", test_round_trip);
  ADD ("/journal/valid-edges", test_valid_edges);
  ADD ("/journal/json-edges", test_json_edges);
  for (guint i = 0; i < G_N_ELEMENTS (corrupt_files); i++)
    {
      g_autofree char *path = g_strdup_printf ("/journal/corrupt/%s", corrupt_files[i].name);

      g_test_add (path, Fixture, GUINT_TO_POINTER (i), fixture_set_up, test_corrupt, fixture_tear_down);
    }
  ADD ("/journal/corrupt-control", test_corrupt_control);
  ADD ("/journal/reader-edges", test_reader_edges);
  g_test_add_func ("/journal/parse-errors", test_parse_errors);
  g_test_add_func ("/journal/uuid", test_uuid);
  ADD ("/journal/recovery/two-saves-then-restore", test_recovery_two_saves_restore);
  ADD ("/journal/recovery/twice", test_recovery_twice);
  ADD ("/journal/data-files", test_data_files);
  ADD ("/journal/read-error", test_read_error);
  ADD ("/journal/mode-and-backup", test_mode_and_backup);
  ADD ("/journal/burst", test_burst);
  ADD ("/journal/unknown-members", test_unknown_members);
  g_test_add_func ("/journal/unknown-exponent", test_unknown_exponent);
  ADD ("/journal/undo", test_undo);
  ADD ("/journal/dispose-saves", test_dispose_saves);
  ADD ("/journal/dispose-while-saving", test_dispose_while_saving);
  ADD ("/journal/changes-before-load", test_changes_before_load);
  ADD ("/journal/load-without-changes", test_load_without_changes);
  ADD ("/journal/save-fails", test_save_fails);

#undef ADD

  return g_test_run ();
}
