/* test-export.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "core/upright-catalog.h"
#include "core/upright-export.h"
#include "core/upright-journal.h"
#include "core/upright-record.h"
#include "upright-test-dir.h"

#define HEADER \
  "date,start,exercise,title,category,regions,duration_seconds,sets_done,reps_done," \
  "hold_seconds,completed,effort,pain,note\r\n"

#define N_COLUMNS 14

/* The column of the note. */
#define NOTE 13

/* A small reader of RFC 4180 text, independent of the code under test:
 * returns the rows, each a NULL-terminated array of fields with the quoting
 * undone. Anything that is not RFC 4180 fails the test: a quote inside an
 * unquoted field, text after a closing quote, a line break that is not
 * CRLF outside quotes, or a last row without its CRLF.
 */
static GPtrArray *
read_csv (const char *csv)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  const char *p = csv;

  while (*p != '\0')
    {
      g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);

      for (;;)
        {
          g_autoptr(GString) field = g_string_new (NULL);

          if (*p == '"')
            {
              for (p++; ; p++)
                {
                  g_assert_cmpint (*p, !=, '\0');
                  if (*p == '"' && p[1] == '"')
                    p++;
                  else if (*p == '"')
                    break;
                  g_string_append_c (field, *p);
                }
              p++;
            }
          else
            {
              for (; *p != '\0' && *p != ',' && *p != '\r' && *p != '\n'; p++)
                {
                  g_assert_cmpint (*p, !=, '"');
                  g_string_append_c (field, *p);
                }
            }

          g_ptr_array_add (fields, g_string_free (g_steal_pointer (&field), FALSE));

          if (*p == ',')
            {
              p++;
              continue;
            }

          g_assert_true (p[0] == '\r' && p[1] == '\n');
          p += 2;
          break;
        }

      g_ptr_array_add (fields, NULL);
      g_ptr_array_add (rows, g_ptr_array_free (g_steal_pointer (&fields), FALSE));
    }

  return rows;
}

static char **
get_row (GPtrArray *rows,
         guint      index)
{
  g_assert_cmpuint (index, <, rows->len);

  return g_ptr_array_index (rows, index);
}

/* Every row has every column, and the first names them. */
static GPtrArray *
read_table (const char *csv,
            guint       n_records)
{
  GPtrArray *rows = read_csv (csv);

  g_assert_true (g_str_has_prefix (csv, HEADER));
  g_assert_cmpuint (rows->len, ==, n_records + 1);
  for (guint i = 0; i < rows->len; i++)
    g_assert_cmpuint (g_strv_length (get_row (rows, i)), ==, N_COLUMNS);

  g_assert_cmpstr (get_row (rows, 0)[0], ==, "date");
  g_assert_cmpstr (get_row (rows, 0)[NOTE], ==, "note");

  return rows;
}

static UprightRecord *
make_record (const char      *exercise_id,
             UprightCategory  category,
             const char      *start)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_iso8601 (start, NULL);

  g_assert_nonnull (time);

  return upright_record_new (exercise_id, category, time);
}

static GListStore *
make_store (void)
{
  return g_list_store_new (UPRIGHT_TYPE_RECORD);
}

static char *
export (GListModel     *records,
        UprightCatalog *catalog)
{
  g_autoptr(GError) error = NULL;
  char *csv = upright_export_csv (records, catalog, &error);

  g_assert_no_error (error);
  g_assert_nonnull (csv);
  g_assert_true (g_utf8_validate (csv, -1, NULL));

  return csv;
}

/* Exports a single record with @note and returns the text. */
static char *
export_note (const char *note)
{
  g_autoptr(GListStore) store = make_store ();
  g_autoptr(UprightRecord) record = NULL;

  record = make_record ("sit-to-stand", UPRIGHT_CATEGORY_STRENGTH, "2026-11-25T09:30:00+01:00");
  upright_record_set_note (record, note);
  g_list_store_append (store, record);

  return export (G_LIST_MODEL (store), NULL);
}

static UprightCatalog *
load_catalog (const char *replace,
              const char *with)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "catalog", "valid.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  UprightCatalog *catalog;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  if (replace != NULL)
    {
      g_autoptr(GString) text = g_string_new (contents);

      g_assert_cmpuint (g_string_replace (text, replace, with, 1), ==, 1);
      g_free (contents);
      length = text->len;
      contents = g_string_free (g_steal_pointer (&text), FALSE);
    }

  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  catalog = upright_catalog_new_from_bytes (bytes, &error);
  g_assert_no_error (error);

  return catalog;
}

static void
test_empty (void)
{
  g_autoptr(GListStore) store = make_store ();
  g_autofree char *csv = export (G_LIST_MODEL (store), NULL);
  g_autoptr(GPtrArray) rows = NULL;

  /* Only the header, with its line end. */
  g_assert_cmpstr (csv, ==, HEADER);
  rows = read_table (csv, 0);
}

/* A journal file written by hand, and what it must export to, also written
 * by hand. The file has its records out of order; the journal puts them in
 * time order, which is not the order of their clock times. */
static const char journal_text[] =
  "{\"format\": \"upright-journal\", \"version\": 1, \"records\": ["
  "{\"id\": \"7c9e6679-7425-40de-944b-e07fc1f90ae7\", \"exercise\": \"wall-angel\","
  " \"category\": \"posture\", \"regions\": [\"spine\", \"core\"],"
  " \"start\": \"2026-11-25T22:00:00-05:00\", \"duration\": 90, \"sets\": 1, \"reps\": 5,"
  " \"hold\": 3, \"completed\": true, \"effort\": 10, \"pain\": 10,"
  " \"note\": \"She said \\\"slowly\\\"\\nthen rested\"},"
  "{\"id\": \"0f8fad5b-d9cb-469f-a165-70867728950e\", \"exercise\": \"sit-to-stand\","
  " \"category\": \"strength\", \"regions\": [\"hip\"],"
  " \"start\": \"2026-11-25T09:30:00+01:00\", \"duration\": 300, \"sets\": 2, \"reps\": 10,"
  " \"hold\": 0, \"completed\": true, \"effort\": 5, \"pain\": 0, \"note\": \"Fine, thanks\"},"
  "{\"id\": \"c56a4180-65aa-42ec-a945-5fd21dec0538\", \"exercise\": \"heel-drop\","
  " \"category\": \"impact\", \"regions\": [],"
  " \"start\": \"2026-11-26T07:00:00Z\", \"duration\": 0, \"sets\": 0, \"reps\": 0,"
  " \"hold\": 0, \"completed\": false, \"effort\": 0, \"pain\": 0, \"note\": \"=1+2\"},"
  "{\"id\": \"16fd2706-8baf-433b-82eb-8c7fada847da\", \"exercise\": \"heel-raise\","
  " \"category\": \"balance\", \"regions\": [\"hip\", \"balance\"],"
  " \"start\": \"2026-11-25T00:30:00+05:45\", \"duration\": 120, \"sets\": 3, \"reps\": 12,"
  " \"hold\": 0, \"completed\": false, \"effort\": 3, \"pain\": 2, \"note\": null}"
  "], \"assessments\": []}";

static const char journal_csv[] =
  HEADER
  "2026-11-25,2026-11-25T00:30:00+05:45,heel-raise,Heel Raise,balance,hip balance,120,3,12,0,no,3,2,\r\n"
  "2026-11-25,2026-11-25T09:30:00+01:00,sit-to-stand,Sit to Stand,strength,hip,300,2,10,0,yes,5,0,"
  "\"Fine, thanks\"\r\n"
  "2026-11-25,2026-11-25T22:00:00-05:00,wall-angel,,posture,spine core,90,1,5,3,yes,10,10,"
  "\"She said \"\"slowly\"\"\nthen rested\"\r\n"
  "2026-11-26,2026-11-26T07:00:00+00:00,heel-drop,,impact,,0,0,0,0,no,0,0,'=1+2\r\n";

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  gboolean *done = user_data;

  g_assert_true (upright_journal_load_finish (UPRIGHT_JOURNAL (object), result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

static void
test_journal (void)
{
  g_autofree char *dir = upright_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "journal.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(UprightJournal) journal = upright_journal_new (file);
  g_autoptr(UprightCatalog) catalog = load_catalog (NULL, NULL);
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *csv = NULL;
  gboolean done = FALSE;

  upright_test_write (path, journal_text, -1);
  upright_journal_load_async (journal, NULL, loaded_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (upright_journal_get_recovered_file (journal));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, 4);

  csv = export (G_LIST_MODEL (journal), catalog);
  g_assert_cmpstr (csv, ==, journal_csv);

  rows = read_table (csv, 4);
  g_assert_cmpstr (get_row (rows, 3)[NOTE], ==, "She said \"slowly\"\nthen rested");
  g_assert_cmpstr (get_row (rows, 4)[NOTE], ==, "'=1+2");

  g_assert_finalize_object (g_steal_pointer (&journal));
  upright_test_remove_tree (dir);
}

static void
test_without_catalog (void)
{
  g_autoptr(GListStore) store = make_store ();
  g_autoptr(UprightRecord) record = NULL;
  g_autoptr(UprightCatalog) catalog = load_catalog (NULL, NULL);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) rows_with = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *csv_with = NULL;

  record = make_record ("bird-dog", UPRIGHT_CATEGORY_STRENGTH, "2026-11-25T09:30:00+01:00");
  g_list_store_append (store, record);

  /* The title comes only from a catalogue. */
  csv = export (G_LIST_MODEL (store), NULL);
  rows = read_table (csv, 1);
  g_assert_cmpstr (get_row (rows, 1)[2], ==, "bird-dog");
  g_assert_cmpstr (get_row (rows, 1)[3], ==, "");

  csv_with = export (G_LIST_MODEL (store), catalog);
  rows_with = read_table (csv_with, 1);
  g_assert_cmpstr (get_row (rows_with, 1)[3], ==, "Bird Dog");
}

static const struct {
  const char *note;
  const char *field;
} quoting[] = {
  { "plain text", "plain text" },
  { " spaces kept ", " spaces kept " },
  { "a,b", "\"a,b\"" },
  { ",", "\",\"" },
  { "say \"hi\"", "\"say \"\"hi\"\"\"" },
  { "\"", "\"\"\"\"" },
  { "line\nbreak", "\"line\nbreak\"" },
  { "carriage\rreturn", "\"carriage\rreturn\"" },
  { "windows\r\nline", "\"windows\r\nline\"" },
  { "trailing line\n", "\"trailing line\n\"" },
  { "all, \"of\"\r\nthem", "\"all, \"\"of\"\"\r\nthem\"" },
  { "Knie gut, rodilla bien ✓ 骨", "\"Knie gut, rodilla bien ✓ 骨\"" },
  { "apostrophe's fine", "apostrophe's fine" },
};

static void
test_quoting (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (quoting); i++)
    {
      g_autofree char *csv = export_note (quoting[i].note);
      g_autofree char *expected = g_strdup_printf (",%s\r\n", quoting[i].field);
      g_autoptr(GPtrArray) rows = NULL;

      g_test_message ("note: %s", quoting[i].note);

      /* Written exactly so, as the last field of the only row... */
      g_assert_true (g_str_has_prefix (csv, HEADER));
      g_assert_true (g_str_has_suffix (csv, expected));
      g_assert_cmpstr (csv + strlen (HEADER) + strlen ("2026-11-25,2026-11-25T09:30:00+01:00,"
                                                      "sit-to-stand,,strength,,0,0,0,0,no,0,0"),
                       ==, expected);

      /* ...and read back as it was. */
      rows = read_table (csv, 1);
      g_assert_cmpstr (get_row (rows, 1)[NOTE], ==, quoting[i].note);
    }
}

static const struct {
  const char *note;
  const char *field;
} formulas[] = {
  { "=1+2", "'=1+2" },
  { "+1", "'+1" },
  { "-1", "'-1" },
  { "- felt fine", "'- felt fine" },
  { "@SUM(A1:A9)", "'@SUM(A1:A9)" },
  { "\t=1", "'\t=1" },
  { "\r=1", "\"'\r=1\"" },
  { "=HYPERLINK(\"https://example.com\",\"x\")", "\"'=HYPERLINK(\"\"https://example.com\"\",\"\"x\"\")\"" },
  { "=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0" },
  /* Only the start of a field matters. */
  { "1+1=2", "1+1=2" },
  { " =1", " =1" },
  { "'quoted'", "'quoted'" },
};

static void
test_formula_guard (void)
{
  g_autoptr(GListStore) store = make_store ();
  g_autoptr(UprightRecord) record = NULL;
  g_autoptr(UprightCatalog) catalog = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *csv = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (formulas); i++)
    {
      g_autofree char *note_csv = export_note (formulas[i].note);
      g_autofree char *expected = g_strdup_printf (",0,0,%s\r\n", formulas[i].field);
      g_autoptr(GPtrArray) note_rows = NULL;
      g_autofree char *read_back = NULL;

      g_test_message ("note: %s", formulas[i].note);
      g_assert_true (g_str_has_suffix (note_csv, expected));

      /* The spreadsheet sees the text after a leading quote. */
      note_rows = read_table (note_csv, 1);
      read_back = g_strdup (get_row (note_rows, 1)[NOTE]);
      if (g_str_equal (formulas[i].field, formulas[i].note))
        g_assert_cmpstr (read_back, ==, formulas[i].note);
      else
        g_assert_cmpstr (read_back + 1, ==, formulas[i].note);
    }

  /* Titles come from a file too. */
  catalog = load_catalog ("\"Sit to Stand\"", "\"=Sit to Stand\"");
  record = make_record ("sit-to-stand", UPRIGHT_CATEGORY_STRENGTH, "2026-11-25T09:30:00+01:00");
  g_list_store_append (store, record);
  csv = export (G_LIST_MODEL (store), catalog);
  rows = read_table (csv, 1);
  g_assert_cmpstr (get_row (rows, 1)[3], ==, "'=Sit to Stand");
}

static const struct {
  const char *start;
  const char *date;
  const char *written;
} offsets[] = {
  { "2026-11-25T09:30:00+01:00", "2026-11-25", "2026-11-25T09:30:00+01:00" },
  { "2026-11-25T09:30:00Z", "2026-11-25", "2026-11-25T09:30:00+00:00" },
  { "2026-03-01T07:05:09-03:30", "2026-03-01", "2026-03-01T07:05:09-03:30" },
  /* The day where the user was, not the day in UTC. */
  { "2026-01-01T00:15:00+14:00", "2026-01-01", "2026-01-01T00:15:00+14:00" },
  { "2025-12-31T23:45:00-12:00", "2025-12-31", "2025-12-31T23:45:00-12:00" },
  /* Four-digit years, whatever the year. */
  { "0999-05-06T10:00:00+00:00", "0999-05-06", "0999-05-06T10:00:00+00:00" },
};

static void
test_dates (void)
{
  g_autoptr(GListStore) store = make_store ();
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *csv = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (offsets); i++)
    {
      g_autoptr(UprightRecord) record = make_record ("sit-to-stand", UPRIGHT_CATEGORY_STRENGTH,
                                                     offsets[i].start);

      g_list_store_append (store, record);
    }

  /* The list's order is kept, whatever the times. */
  csv = export (G_LIST_MODEL (store), NULL);
  rows = read_table (csv, G_N_ELEMENTS (offsets));
  for (guint i = 0; i < G_N_ELEMENTS (offsets); i++)
    {
      g_assert_cmpstr (get_row (rows, i + 1)[0], ==, offsets[i].date);
      g_assert_cmpstr (get_row (rows, i + 1)[1], ==, offsets[i].written);
    }
}

/* Every category and region by its id, every amount, and yes or no. */
static void
test_fields (void)
{
  const UprightRegion all[] = {
    UPRIGHT_REGION_BALANCE, UPRIGHT_REGION_HIP, UPRIGHT_REGION_SPINE,
    UPRIGHT_REGION_WRIST, UPRIGHT_REGION_CORE,
  };
  const char *categories[] = { "strength", "balance", "posture", "impact" };
  g_autoptr(GListStore) store = make_store ();
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *csv = NULL;
  char **row;

  for (guint i = 0; i < UPRIGHT_N_CATEGORIES; i++)
    {
      g_autoptr(UprightRecord) record = make_record ("bird-dog", i, "2026-11-25T09:30:00+01:00");

      upright_record_set_regions (record, all, i + 1);
      upright_record_set_duration_seconds (record, UPRIGHT_RECORD_MAX_DURATION - i);
      upright_record_set_sets_done (record, UPRIGHT_RECORD_MAX_SETS - i);
      upright_record_set_reps_done (record, UPRIGHT_RECORD_MAX_REPS - i);
      upright_record_set_hold_seconds (record, UPRIGHT_RECORD_MAX_HOLD - i);
      upright_record_set_completed (record, i % 2 == 0);
      upright_record_set_effort (record, i);
      upright_record_set_pain (record, 10 - i);
      g_list_store_append (store, record);
    }

  csv = export (G_LIST_MODEL (store), NULL);
  rows = read_table (csv, UPRIGHT_N_CATEGORIES);

  row = get_row (rows, 1);
  g_assert_cmpstr (row[4], ==, "strength");
  g_assert_cmpstr (row[5], ==, "balance");
  g_assert_cmpstr (row[6], ==, "86400");
  g_assert_cmpstr (row[7], ==, "100");
  g_assert_cmpstr (row[8], ==, "1000");
  g_assert_cmpstr (row[9], ==, "3600");
  g_assert_cmpstr (row[10], ==, "yes");
  g_assert_cmpstr (row[11], ==, "0");
  g_assert_cmpstr (row[12], ==, "10");
  g_assert_cmpstr (row[13], ==, "");

  row = get_row (rows, 4);
  g_assert_cmpstr (row[5], ==, "balance hip spine wrist");
  g_assert_cmpstr (row[6], ==, "86397");
  g_assert_cmpstr (row[10], ==, "no");
  g_assert_cmpstr (row[11], ==, "3");
  g_assert_cmpstr (row[12], ==, "7");

  for (guint i = 0; i < UPRIGHT_N_CATEGORIES; i++)
    g_assert_cmpstr (get_row (rows, i + 1)[4], ==, categories[i]);
}

static void
test_not_a_record (void)
{
  g_autoptr(GListStore) store = g_list_store_new (G_TYPE_OBJECT);
  g_autoptr(UprightRecord) record = NULL;
  g_autoptr(GObject) other = g_object_new (G_TYPE_OBJECT, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;

  record = make_record ("sit-to-stand", UPRIGHT_CATEGORY_STRENGTH, "2026-11-25T09:30:00+01:00");
  g_list_store_append (store, record);
  csv = export (G_LIST_MODEL (store), NULL);
  g_clear_pointer (&csv, g_free);

  g_list_store_append (store, other);
  csv = upright_export_csv (G_LIST_MODEL (store), NULL, &error);
  g_assert_error (error, UPRIGHT_EXPORT_ERROR, UPRIGHT_EXPORT_ERROR_NOT_A_RECORD);
  g_assert_null (csv);
}

/* Texts that are not RFC 4180. */
static const char *reader_bad[] = {
  "a,b\n",
  "a,b\r\nc",
  "a,\"b\r\n",
  "a,b\"c\"\r\n",
  "a,\"b\"c\r\n",
};

/* The reader the tests rely on refuses what is not RFC 4180, so it cannot
 * pass broken output by accident. */
static void
test_reader (void)
{
  g_autoptr(GPtrArray) rows = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (reader_bad); i++)
    {
      g_autofree char *path = g_strdup_printf ("/export/reader/subprocess/%u", i);

      g_test_trap_subprocess (path, 0, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_failed ();
    }

  rows = read_csv ("a,\"b,\"\"c\"\"\r\nd\",\r\n,\r\n");
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpstrv (get_row (rows, 0), ((const char * const []) { "a", "b,\"c\"\r\nd", "", NULL }));
  g_assert_cmpstrv (get_row (rows, 1), ((const char * const []) { "", "", NULL }));
}

/* Fails in read_csv(), which test_reader() checks. */
static void
test_reader_subprocess (gconstpointer data)
{
  g_ptr_array_unref (read_csv (reader_bad[GPOINTER_TO_UINT (data)]));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/empty", test_empty);
  g_test_add_func ("/export/journal", test_journal);
  g_test_add_func ("/export/without-catalog", test_without_catalog);
  g_test_add_func ("/export/quoting", test_quoting);
  g_test_add_func ("/export/formula-guard", test_formula_guard);
  g_test_add_func ("/export/dates", test_dates);
  g_test_add_func ("/export/fields", test_fields);
  g_test_add_func ("/export/not-a-record", test_not_a_record);
  g_test_add_func ("/export/reader", test_reader);
  for (guint i = 0; i < G_N_ELEMENTS (reader_bad); i++)
    {
      g_autofree char *path = g_strdup_printf ("/export/reader/subprocess/%u", i);

      g_test_add_data_func (path, GUINT_TO_POINTER (i), test_reader_subprocess);
    }

  return g_test_run ();
}
