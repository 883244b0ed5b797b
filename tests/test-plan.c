/* test-plan.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include "core/upright-catalog.h"
#include "core/upright-interval-timer.h"
#include "core/upright-plan.h"
#include "upright-test-dir.h"
#include "upright-test-store.h"

#define ASIDE_PATTERN "^plan\\.json\\.corrupt-[0-9]{8}-[0-9]{6}(-[0-9]+)?$"

/* Tests wait for saves to be done, never for a time: nothing is gained
 * by waiting before a save. */
static UprightPlan *
new_plan (GFile *file)
{
  UprightPlan *plan = upright_plan_new (file);

  upright_store_set_save_delay (upright_plan_get_store (plan), 0);

  return plan;
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
  fixture->path = g_build_filename (fixture->dir, "plan.json", NULL);
  fixture->backup = g_build_filename (fixture->dir, "plan.json.bak", NULL);
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

static void
store_result_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GAsyncResult **out = user_data;

  g_assert_null (*out);
  *out = g_object_ref (result);
}

static void
wait_for_result (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);
}

static void
count_cb (gpointer  instance,
          guint    *count)
{
  (*count)++;
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static gboolean
load (UprightPlan  *plan,
      GError      **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  upright_plan_load_async (plan, NULL, store_result_cb, &result);
  wait_for_result (&result);

  return upright_plan_load_finish (plan, result, error);
}

static UprightPlan *
load_plan (GFile *file)
{
  g_autoptr(UprightPlan) plan = new_plan (file);
  g_autoptr(GError) error = NULL;

  g_assert_true (load (plan, &error));
  g_assert_no_error (error);
  g_assert_true (upright_plan_is_loaded (plan));

  return g_steal_pointer (&plan);
}

static gboolean
flush (UprightPlan  *plan,
       GError      **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  upright_plan_flush_async (plan, NULL, store_result_cb, &result);
  wait_for_result (&result);

  return upright_plan_flush_finish (plan, result, error);
}

static void
flush_plan (UprightPlan *plan)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (flush (plan, &error));
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

static void
assert_ids (const char * const *ids,
            const char         *expected)
{
  g_autofree char *joined = NULL;

  g_assert_nonnull (ids);
  joined = g_strjoinv (" ", (char **) ids);
  g_assert_cmpstr (joined, ==, expected);
}

/* Checks that @path is a valid plan with these bookmarks and read articles. */
static void
assert_plan_file (const char *path,
                  const char *bookmarks,
                  const char *read)
{
  g_autoptr(JsonNode) node = read_json (path);
  JsonObject *root = json_node_get_object (node);
  const char *expected[] = { bookmarks, read };
  const char *names[] = { "bookmarks", "read" };

  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "upright-plan");
  g_assert_cmpint (json_object_get_int_member (root, "version"), ==, 1);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      JsonArray *array = json_object_get_array_member (root, names[i]);
      g_autoptr(GPtrArray) ids = g_ptr_array_new ();

      g_assert_nonnull (array);
      for (guint j = 0; j < json_array_get_length (array); j++)
        g_ptr_array_add (ids, (gpointer) json_array_get_string_element (array, j));
      g_ptr_array_add (ids, NULL);
      assert_ids ((const char * const *) ids->pdata, expected[i]);
    }
}

static void
test_missing (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(UprightPlan) plan = new_plan (fixture->file);
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;
  guint n_saves = _upright_store_get_n_writes ();
  guint changed = 0;

  g_signal_connect (plan, "changed", G_CALLBACK (count_cb), &changed);
  g_assert_false (upright_plan_is_loaded (plan));
  g_assert_true (upright_plan_get_file (plan) == fixture->file);

  g_assert_true (load (plan, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_null (upright_plan_get_recovered_file (plan));
  assert_ids (upright_plan_get_bookmarks (plan), "");
  g_assert_false (upright_plan_is_bookmarked (plan, "posture"));
  g_assert_false (upright_plan_is_read (plan, "posture"));

  /* Reading writes nothing, and leaves nothing to write. */
  flush_plan (plan);
  g_assert_false (upright_store_has_unsaved_changes (upright_plan_get_store (plan)));
  g_assert_cmpuint (_upright_store_get_n_writes (), ==, n_saves);
  names = upright_test_list_dir (fixture->dir);
  g_assert_cmpstr (names, ==, "");

  g_assert_finalize_object (g_steal_pointer (&plan));
  g_assert_cmpuint (_upright_store_get_n_writes (), ==, n_saves);
}

static const struct {
  const char *name;
  const char *contents;
  gssize      length;
} corrupt_files[] = {
  { "empty", "", 0 },
  { "truncated", "{\"format\": \"upright-plan\", \"version\": 1, \"bookmarks\": [\"post", -1 },
  { "array", "[]", -1 },
  { "null", "null", -1 },
  { "string", "\"upright-plan\"", -1 },
  { "no-format", "{\"version\": 1, \"bookmarks\": []}", -1 },
  { "wrong-format", "{\"format\": \"upright-journal\", \"version\": 1, \"bookmarks\": []}", -1 },
  { "no-version", "{\"format\": \"upright-plan\", \"bookmarks\": []}", -1 },
  { "future-version", "{\"format\": \"upright-plan\", \"version\": 99, \"bookmarks\": [\"posture\"]}", -1 },
  { "version-zero", "{\"format\": \"upright-plan\", \"version\": 0}", -1 },
  { "version-text", "{\"format\": \"upright-plan\", \"version\": \"1\"}", -1 },
  { "version-fraction", "{\"format\": \"upright-plan\", \"version\": 1.5}", -1 },
  /* Deeper than any file of Upright's, which json-glib would recurse into
   * without limit. */
  { "deep-nesting", "{\"format\": \"upright-plan\", \"version\": 1, \"x\": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}", -1 },
  { "comment", "{\"format\": \"upright-plan\", \"version\": 1 /* hi */}", -1 },
  { "nul-byte", "{\"format\": \"upright-plan\", \"version\": 1}\0", 41 },
};

/* Files with one entry that cannot be read: it is left out alone. */
static const struct {
  const char *name;
  const char *contents;
  gssize      length;
} damaged_files[] = {
  { "videos-list", "{\"format\": \"upright-plan\", \"version\": 1, \"videos\": [\"file:///a.webm\"]}", -1 },
  { "videos-not-id", "{\"format\": \"upright-plan\", \"version\": 1, \"videos\": {\"Sit To Stand\": \"file:///a.webm\"}}", -1 },
  { "videos-number", "{\"format\": \"upright-plan\", \"version\": 1, \"videos\": {\"sit-to-stand\": 7}}", -1 },
  { "videos-web", "{\"format\": \"upright-plan\", \"version\": 1, \"videos\": {\"sit-to-stand\": \"https://example.com/a.webm\"}}", -1 },
  { "videos-path", "{\"format\": \"upright-plan\", \"version\": 1, \"videos\": {\"sit-to-stand\": \"/home/me/a.webm\"}}", -1 },
  { "bookmarks-not-array", "{\"format\": \"upright-plan\", \"version\": 1, \"bookmarks\": \"posture\"}", -1 },
  { "bookmarks-object", "{\"format\": \"upright-plan\", \"version\": 1, \"bookmarks\": {\"posture\": true}}", -1 },
  { "bookmark-number", "{\"format\": \"upright-plan\", \"version\": 1, \"bookmarks\": [\"posture\", 3]}", -1 },
  { "bookmark-null", "{\"format\": \"upright-plan\", \"version\": 1, \"bookmarks\": [null]}", -1 },
  { "bookmark-empty", "{\"format\": \"upright-plan\", \"version\": 1, \"bookmarks\": [\"\"]}", -1 },
  { "read-not-array", "{\"format\": \"upright-plan\", \"version\": 1, \"read\": 7}", -1 },
  { "read-nested", "{\"format\": \"upright-plan\", \"version\": 1, \"read\": [[\"posture\"]]}", -1 },
  { "invalid-utf8", "{\"format\": \"upright-plan\", \"version\": 1, \"bookmarks\": [\"caf\xe9" "\"]}", -1 },
#define ROUTINES(json) "{\"format\": \"upright-plan\", \"version\": 1, \"routines\": " json "}"
#define ROUTINE(items) ROUTINES ("[{\"id\": \"morning\", \"name\": \"Morning\", \"items\": " items "}]")
  { "routines-object", ROUTINES ("{\"morning\": []}"), -1 },
  { "routines-null", ROUTINES ("null"), -1 },
  { "routine-string", ROUTINES ("[\"morning\"]"), -1 },
  { "routine-no-id", ROUTINES ("[{\"name\": \"Morning\", \"items\": []}]"), -1 },
  { "routine-empty-id", ROUTINES ("[{\"id\": \"\", \"name\": \"Morning\", \"items\": []}]"), -1 },
  { "routine-bad-id", ROUTINES ("[{\"id\": \"My Morning\", \"name\": \"Morning\", \"items\": []}]"), -1 },
  { "routine-id-number", ROUTINES ("[{\"id\": 7, \"name\": \"Morning\", \"items\": []}]"), -1 },
  { "routine-same-id", ROUTINES ("[{\"id\": \"a\", \"name\": \"A\", \"items\": []},"
                                 " {\"id\": \"a\", \"name\": \"B\", \"items\": []}]"), -1 },
  { "routine-no-name", ROUTINES ("[{\"id\": \"morning\", \"items\": []}]"), -1 },
  { "routine-empty-name", ROUTINES ("[{\"id\": \"morning\", \"name\": \"\", \"items\": []}]"), -1 },
  { "routine-name-array", ROUTINES ("[{\"id\": \"morning\", \"name\": [\"Morning\"], \"items\": []}]"), -1 },
  { "routine-no-items", ROUTINES ("[{\"id\": \"morning\", \"name\": \"Morning\"}]"), -1 },
  { "items-object", ROUTINE ("{\"exercise\": \"chin-tuck\"}"), -1 },
  { "item-string", ROUTINE ("[\"chin-tuck\"]"), -1 },
  { "item-no-exercise", ROUTINE ("[{\"sets\": 2}]"), -1 },
  { "item-bad-exercise", ROUTINE ("[{\"exercise\": \"Chin Tuck\"}]"), -1 },
  { "item-empty-exercise", ROUTINE ("[{\"exercise\": \"\"}]"), -1 },
  { "item-exercise-number", ROUTINE ("[{\"exercise\": 3}]"), -1 },
  { "item-sets-negative", ROUTINE ("[{\"exercise\": \"chin-tuck\", \"sets\": -1}]"), -1 },
  { "item-sets-text", ROUTINE ("[{\"exercise\": \"chin-tuck\", \"sets\": \"2\"}]"), -1 },
  { "item-reps-huge", ROUTINE ("[{\"exercise\": \"chin-tuck\", \"reps\": 4294967297}]"), -1 },
  { "item-reps-too-many", ROUTINE ("[{\"exercise\": \"chin-tuck\", \"reps\": 101}]"), -1 },
  { "item-hold-fraction", ROUTINE ("[{\"exercise\": \"chin-tuck\", \"hold\": 2.5}]"), -1 },
  { "item-hold-null", ROUTINE ("[{\"exercise\": \"chin-tuck\", \"hold\": null}]"), -1 },
  { "item-hold-too-long", ROUTINE ("[{\"exercise\": \"chin-tuck\", \"hold\": 601}]"), -1 },
#undef ROUTINE
#undef ROUTINES
};

static void
test_corrupt (Fixture       *fixture,
              gconstpointer  data)
{
  guint index = GPOINTER_TO_UINT (data);
  const char *contents = corrupt_files[index].contents;
  gssize length = corrupt_files[index].length;
  g_autoptr(UprightPlan) plan = new_plan (fixture->file);
  g_autoptr(UprightPlan) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *names = NULL;
  g_autofree char *expected_names = NULL;
  g_autofree char *last_good = NULL;
  GFile *recovered;
  guint changed = 0;

  if (length < 0)
    length = strlen (contents);

  /* A good backup from an earlier save. */
  upright_test_write (fixture->backup, "{\"format\": \"upright-plan\", \"version\": 1}", -1);
  upright_test_write (fixture->path, contents, length);

  g_signal_connect (plan, "changed", G_CALLBACK (count_cb), &changed);
  g_assert_true (load (plan, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 1);

  /* The file is moved aside, byte for byte, and the plan says where. */
  recovered = upright_plan_get_recovered_file (plan);
  g_assert_nonnull (recovered);
  name = g_file_get_basename (recovered);
  g_assert_true (g_regex_match_simple (ASIDE_PATTERN, name, 0, 0));
  aside = g_file_get_path (recovered);
  upright_test_assert_contents (aside, contents, length);
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));

  /* The plan starts empty and works. */
  assert_ids (upright_plan_get_bookmarks (plan), "");
  g_assert_false (upright_plan_is_bookmarked (plan, "posture"));
  upright_plan_set_bookmarked (plan, "posture", TRUE);
  upright_plan_set_read (plan, "spine-fractures", TRUE);
  g_assert_cmpuint (changed, ==, 3);
  flush_plan (plan);

  assert_plan_file (fixture->path, "posture", "spine-fractures");
  g_assert_cmpuint (upright_test_get_mode (fixture->path), ==, 0600);
  upright_test_assert_contents (aside, contents, length);
  /* The backup of the last good file is kept where no save replaces it. */
  last_good = g_strconcat (fixture->path, ".last-good", NULL);
  upright_test_assert_contents (last_good, "{\"format\": \"upright-plan\", \"version\": 1}", -1);
  names = upright_test_list_dir (fixture->dir);
  expected_names = g_strdup_printf ("plan.json %s plan.json.last-good", name);
  g_assert_cmpstr (names, ==, expected_names);

  /* The new file reads back without recovery. */
  g_assert_finalize_object (g_steal_pointer (&plan));
  again = load_plan (fixture->file);
  g_assert_null (upright_plan_get_recovered_file (again));
  g_assert_true (upright_plan_is_bookmarked (again, "posture"));
  g_assert_true (upright_plan_is_read (again, "spine-fractures"));
}

static void
test_damaged (Fixture       *fixture,
              gconstpointer  data)
{
  guint index = GPOINTER_TO_UINT (data);
  const char *contents = damaged_files[index].contents;
  gssize length = damaged_files[index].length;
  g_autoptr(UprightPlan) plan = new_plan (fixture->file);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *aside = NULL;
  const char * const *dropped;
  GFile *recovered;

  if (length < 0)
    length = strlen (contents);

  upright_test_write (fixture->path, contents, length);
  g_assert_true (load (plan, &error));
  g_assert_no_error (error);

  /* What could not be read is named, and the file as it was is kept aside,
   * byte for byte. */
  dropped = upright_store_get_dropped (upright_plan_get_store (plan));
  g_assert_nonnull (dropped);
  g_assert_cmpuint (g_strv_length ((char **) dropped), >=, 1);
  g_assert_cmpstr (dropped[0], !=, "");
  recovered = upright_plan_get_recovered_file (plan);
  g_assert_nonnull (recovered);
  name = g_file_get_basename (recovered);
  g_assert_true (g_regex_match_simple (ASIDE_PATTERN, name, 0, 0));
  aside = g_file_get_path (recovered);
  upright_test_assert_contents (aside, contents, length);
  g_assert_cmpuint (upright_test_get_mode (aside), ==, 0600);

  /* What could be read is written shortly, so the next start finds nothing
   * wrong, and the plan works. */
  upright_test_wait_until_saved (upright_plan_get_store (plan));
  upright_plan_set_read (plan, "posture", TRUE);
  flush_plan (plan);
  g_assert_finalize_object (g_steal_pointer (&plan));
  plan = load_plan (fixture->file);
  g_assert_null (upright_plan_get_recovered_file (plan));
  g_assert_true (upright_plan_is_read (plan, "posture"));
}

/* One bad entry of each kind in a plan of good ones: each bad one is left
 * out alone, and every good one is kept. */
static void
test_damaged_entries (Fixture       *fixture,
                      gconstpointer  data)
{
  const char *contents =
    "{\"format\": \"upright-plan\", \"version\": 1,"
    " \"bookmarks\": [\"posture\", 7, \"balance-and-falls\"],"
    " \"read\": [\"posture\", null],"
    " \"routines\": ["
    "   {\"id\": \"morning\", \"name\": \"Morning\", \"items\": [{\"exercise\": \"chin-tuck\", \"sets\": 2}]},"
    "   {\"id\": \"Bad Id\", \"name\": \"Broken\", \"items\": []},"
    "   {\"id\": \"evening\", \"name\": \"Evening\", \"items\": ["
    "     {\"exercise\": \"heel-raise\"}, {\"exercise\": \"wall-plank\", \"hold\": 9999}]}],"
    " \"videos\": {\"sit-to-stand\": \"file:///home/me/sit.webm\","
    "              \"heel-raise\": \"file:///home/me/caf\xe9.webm\","
    "              \"wall-plank\": \"https://example.com/a.webm\"},"
    " \"later\": {\"kept\": true}}";
  g_autoptr(UprightPlan) plan = NULL;
  g_autoptr(UprightRoutine) evening = NULL;
  g_autofree char *joined = NULL;
  g_autofree char *saved = NULL;
  g_autoptr(GError) error = NULL;
  const char * const *dropped;

  upright_test_write (fixture->path, contents, -1);
  plan = load_plan (fixture->file);

  assert_ids (upright_plan_get_bookmarks (plan), "posture balance-and-falls");
  g_assert_true (upright_plan_is_read (plan, "posture"));
  g_assert_cmpuint (g_list_model_get_n_items (upright_plan_get_routines (plan)), ==, 2);
  g_assert_nonnull (upright_plan_lookup_routine (plan, "morning"));
  evening = g_object_ref (upright_plan_lookup_routine (plan, "evening"));
  g_assert_cmpuint (upright_routine_get_n_items (evening), ==, 1);
  g_assert_cmpstr (upright_plan_get_video (plan, "sit-to-stand"), ==, "file:///home/me/sit.webm");
  g_assert_null (upright_plan_get_video (plan, "heel-raise"));
  g_assert_null (upright_plan_get_video (plan, "wall-plank"));

  /* Each is named, in words a person can follow. */
  dropped = upright_store_get_dropped (upright_plan_get_store (plan));
  joined = g_strjoinv ("; ", (char **) dropped);
  g_assert_cmpstr (joined, ==,
                   "Letters that could not be read, now shown as “\xef\xbf\xbd”; "
                   "Bookmark number 2; Read mark number 2; The routine “Broken”; "
                   "Exercise number 2 of the routine “Evening”; "
                   "Your own video for the exercise “heel-raise”; "
                   "Your own video for the exercise “wall-plank”");

  /* Written again, it keeps what a later version added. */
  upright_plan_set_read (plan, "hip-fractures", TRUE);
  flush_plan (plan);
  g_file_get_contents (fixture->path, &saved, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (saved, "\"later\""));
}

static void
test_read_error (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *inside = g_build_filename (fixture->path, "keep", NULL);
  g_autoptr(UprightPlan) plan = new_plan (fixture->file);
  g_autoptr(GError) error = NULL;
  guint n_saves = _upright_store_get_n_writes ();

  /* Something that cannot be read at all is not moved or replaced, and the
   * plan does not save. */
  g_assert_cmpint (g_mkdir (fixture->path, 0700), ==, 0);
  upright_test_write (inside, "keep\n", -1);

  g_assert_false (load (plan, &error));
  g_assert_error (error, UPRIGHT_STORE_ERROR, UPRIGHT_STORE_ERROR_READ);
  g_clear_error (&error);
  g_assert_false (upright_plan_is_loaded (plan));
  g_assert_null (upright_plan_get_recovered_file (plan));

  upright_plan_set_bookmarked (plan, "posture", TRUE);
  g_assert_true (upright_plan_is_bookmarked (plan, "posture"));
  g_assert_false (flush (plan, &error));
  g_assert_error (error, UPRIGHT_STORE_ERROR, UPRIGHT_STORE_ERROR_NOT_LOADED);

  g_assert_finalize_object (g_steal_pointer (&plan));
  g_assert_cmpuint (_upright_store_get_n_writes (), ==, n_saves);
  upright_test_assert_contents (inside, "keep\n", -1);
}

static void
test_bookmarks (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(UprightPlan) plan = NULL;
  guint changed = 0;

  /* Repeated ids in the file keep their first place. */
  upright_test_write (fixture->path,
                      "{\"format\": \"upright-plan\", \"version\": 1,"
                      " \"bookmarks\": [\"b\", \"a\", \"b\", \"c\", \"a\"],"
                      " \"read\": [\"x\", \"x\"]}", -1);
  plan = load_plan (fixture->file);
  g_assert_null (upright_plan_get_recovered_file (plan));
  assert_ids (upright_plan_get_bookmarks (plan), "b a c");
  g_assert_true (upright_plan_is_read (plan, "x"));

  g_signal_connect (plan, "changed", G_CALLBACK (count_cb), &changed);

  /* No change, no signal. */
  upright_plan_set_bookmarked (plan, "a", TRUE);
  upright_plan_set_bookmarked (plan, "d", FALSE);
  upright_plan_set_read (plan, "x", TRUE);
  g_assert_cmpuint (changed, ==, 0);

  /* Removing keeps the order; adding goes at the end. */
  upright_plan_set_bookmarked (plan, "b", FALSE);
  assert_ids (upright_plan_get_bookmarks (plan), "a c");
  upright_plan_set_bookmarked (plan, "b", TRUE);
  upright_plan_set_bookmarked (plan, "d", TRUE);
  assert_ids (upright_plan_get_bookmarks (plan), "a c b d");
  g_assert_cmpuint (changed, ==, 3);

  /* An id taken from the list itself can be removed. */
  upright_plan_set_bookmarked (plan, upright_plan_get_bookmarks (plan)[0], FALSE);
  assert_ids (upright_plan_get_bookmarks (plan), "c b d");

  /* Read articles are a list of their own. */
  g_assert_false (upright_plan_is_bookmarked (plan, "x"));
  upright_plan_set_read (plan, "x", FALSE);
  upright_plan_set_read (plan, "y", TRUE);
  upright_plan_set_read (plan, "z", TRUE);
  g_assert_false (upright_plan_is_read (plan, "x"));
  g_assert_true (upright_plan_is_read (plan, "y"));
  g_assert_false (upright_plan_is_bookmarked (plan, "y"));
  g_assert_cmpuint (changed, ==, 7);

  /* Non-ASCII ids are text like any other. */
  upright_plan_set_bookmarked (plan, "ostéoporose", TRUE);

  flush_plan (plan);
  assert_plan_file (fixture->path, "c b d ostéoporose", "y z");
  g_assert_cmpuint (upright_test_get_mode (fixture->path), ==, 0600);
  upright_test_assert_contents (fixture->backup,
                                "{\"format\": \"upright-plan\", \"version\": 1,"
                                " \"bookmarks\": [\"b\", \"a\", \"b\", \"c\", \"a\"],"
                                " \"read\": [\"x\", \"x\"]}", -1);
}

static void
test_pretty (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(UprightPlan) plan = load_plan (fixture->file);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  upright_plan_set_bookmarked (plan, "posture", TRUE);
  flush_plan (plan);

  g_file_get_contents (fixture->path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, "{\n  \"format\""));
  g_assert_true (g_str_has_suffix (contents, "\n}\n"));
  g_assert_nonnull (strstr (contents, "\n  \"bookmarks\" : [\n    \"posture\"\n  ]"));
}

static void
test_unknown_members (Fixture       *fixture,
                      gconstpointer  data)
{
  const char *original =
    "{\"format\": \"upright-plan\", \"version\": 1,"
    " \"reminders\": [{\"id\": \"morning\", \"days\": [\"mon\", \"thu\"],"
    "                  \"hour\": 8.5, \"sound\": null}],"
    " \"bookmarks\": [\"a\"],"
    " \"videos\": {\"sit-to-stand\": \"file:///home/me/Videos/sit%20down.webm\"},"
    " \"read\": [],"
    " \"future\": \"keep me\"}";
  g_autoptr(UprightPlan) plan = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonNode) saved = NULL;
  g_autoptr(GError) error = NULL;
  const char *unknown[] = { "reminders", "future" };
  JsonObject *before, *after;

  upright_test_write (fixture->path, original, -1);
  plan = load_plan (fixture->file);
  upright_plan_set_bookmarked (plan, "b", TRUE);
  flush_plan (plan);

  json_parser_load_from_data (parser, original, -1, &error);
  g_assert_no_error (error);
  before = json_node_get_object (json_parser_get_root (parser));
  saved = read_json (fixture->path);
  after = json_node_get_object (saved);

  assert_plan_file (fixture->path, "a b", "");
  g_assert_cmpstr (upright_plan_get_video (plan, "sit-to-stand"), ==, "file:///home/me/Videos/sit%20down.webm");
  g_assert_true (json_node_equal (json_object_get_member (before, "videos"),
                                  json_object_get_member (after, "videos")));
  /* The same members, and the suggested routines. */
  g_assert_true (json_object_has_member (after, "routines"));
  g_assert_cmpuint (json_object_get_size (after), ==, json_object_get_size (before) + 1);
  for (guint i = 0; i < G_N_ELEMENTS (unknown); i++)
    {
      g_assert_true (json_object_has_member (after, unknown[i]));
      g_assert_true (json_node_equal (json_object_get_member (before, unknown[i]),
                                      json_object_get_member (after, unknown[i])));
    }

  /* And again on the next save. */
  g_assert_finalize_object (g_steal_pointer (&plan));
  plan = load_plan (fixture->file);
  upright_plan_set_read (plan, "a", TRUE);
  flush_plan (plan);
  g_clear_pointer (&saved, json_node_unref);
  saved = read_json (fixture->path);
  after = json_node_get_object (saved);
  for (guint i = 0; i < G_N_ELEMENTS (unknown); i++)
    g_assert_true (json_node_equal (json_object_get_member (before, unknown[i]),
                                    json_object_get_member (after, unknown[i])));
}

static void
test_burst (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(UprightPlan) plan = load_plan (fixture->file);
  g_autoptr(GString) expected = g_string_new (NULL);
  guint n_saves = _upright_store_get_n_writes ();
  guint changed = 0;

  g_signal_connect (plan, "changed", G_CALLBACK (count_cb), &changed);

  for (guint i = 0; i < 100; i++)
    {
      g_autofree char *id = g_strdup_printf ("article-%u", i / 2);

      /* Each id is bookmarked and unbookmarked in turn; every fourth stays. */
      upright_plan_set_bookmarked (plan, id, i % 2 == 0 || (i / 2) % 4 == 0);
    }
  /* 50 additions, and 37 removals: ids 0, 4… 48 were already bookmarked. */
  g_assert_cmpuint (changed, ==, 87);

  for (guint i = 0; i < 50; i += 4)
    g_string_append_printf (expected, "%sarticle-%u", expected->len > 0 ? " " : "", i);
  assert_ids (upright_plan_get_bookmarks (plan), expected->str);

  /* Not at once, but shortly, and once. */
  g_assert_cmpuint (_upright_store_get_n_writes (), ==, n_saves);
  upright_test_wait_until_saved (upright_plan_get_store (plan));
  g_assert_cmpuint (_upright_store_get_n_writes (), ==, n_saves + 1);
  assert_plan_file (fixture->path, expected->str, "");

  /* A later change is a new save. */
  upright_plan_set_read (plan, "article-1", TRUE);
  upright_test_wait_until_saved (upright_plan_get_store (plan));
  g_assert_cmpuint (_upright_store_get_n_writes (), ==, n_saves + 2);
  assert_plan_file (fixture->path, expected->str, "article-1");

  g_assert_finalize_object (g_steal_pointer (&plan));
  g_assert_cmpuint (_upright_store_get_n_writes (), ==, n_saves + 2);
}

static void
test_changes_before_load (Fixture       *fixture,
                          gconstpointer  data)
{
  const char *original =
    "{\"format\": \"upright-plan\", \"version\": 1, \"bookmarks\": [\"a\"], \"read\": [\"r\"], \"routines\": []}";
  g_autoptr(UprightPlan) plan = new_plan (fixture->file);
  g_autoptr(GAsyncResult) load_result = NULL;
  g_autoptr(GAsyncResult) flush_result = NULL;
  g_autoptr(GError) error = NULL;
  guint n_saves = _upright_store_get_n_writes ();
  guint changed = 0;

  upright_test_write (fixture->path, original, -1);
  g_signal_connect (plan, "changed", G_CALLBACK (count_cb), &changed);

  /* Changes before reading are kept, but nothing is written over a file
   * that has not been read. */
  upright_plan_set_bookmarked (plan, "b", TRUE);
  upright_plan_set_read (plan, "r", FALSE);
  upright_plan_set_read (plan, "s", TRUE);
  g_assert_cmpuint (changed, ==, 2);
  g_assert_true (upright_plan_is_bookmarked (plan, "b"));
  upright_store_set_save_delay (upright_plan_get_store (plan), 0);
  upright_test_run_pending ();
  g_assert_cmpuint (_upright_store_get_n_writes (), ==, n_saves);
  upright_test_assert_contents (fixture->path, original, -1);

  /* And while reading; a flush waits for the file to be read. */
  upright_plan_load_async (plan, NULL, store_result_cb, &load_result);
  upright_plan_set_bookmarked (plan, "c", TRUE);
  upright_plan_flush_async (plan, NULL, store_result_cb, &flush_result);
  wait_for_result (&load_result);
  g_assert_true (upright_plan_load_finish (plan, load_result, &error));
  g_assert_no_error (error);
  wait_for_result (&flush_result);
  g_assert_true (upright_plan_flush_finish (plan, flush_result, &error));
  g_assert_no_error (error);

  assert_ids (upright_plan_get_bookmarks (plan), "a b c");
  g_assert_false (upright_plan_is_read (plan, "r"));
  g_assert_true (upright_plan_is_read (plan, "s"));
  g_assert_cmpuint (_upright_store_get_n_writes (), ==, n_saves + 1);
  assert_plan_file (fixture->path, "a b c", "s");
  upright_test_assert_contents (fixture->backup, original, -1);
}

static void
test_dispose_saves (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(UprightPlan) plan = load_plan (fixture->file);
  UprightStore *store = upright_plan_get_store (plan);
  guint n_saves = _upright_store_get_n_writes ();

  upright_plan_set_bookmarked (plan, "posture", TRUE);
  upright_plan_set_read (plan, "posture", TRUE);
  g_assert_cmpuint (_upright_store_get_n_writes (), ==, n_saves);

  /* The app quits before the plan would have saved. */
  g_object_add_weak_pointer (G_OBJECT (store), (gpointer *) &store);
  g_assert_finalize_object (g_steal_pointer (&plan));
  g_assert_cmpuint (_upright_store_get_n_writes (), ==, n_saves + 1);
  assert_plan_file (fixture->path, "posture", "posture");

  /* The store went with the plan, and no save of it is left to run. */
  g_assert_null (store);
  upright_test_run_pending ();
  g_assert_cmpuint (_upright_store_get_n_writes (), ==, n_saves + 1);
}

static void
test_dispose_while_saving (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(UprightPlan) plan = load_plan (fixture->file);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  /* A save is running in a thread when the plan changes again and is
   * disposed: the newer state wins, however the thread is timed. */
  upright_plan_set_bookmarked (plan, "a", TRUE);
  upright_plan_flush_async (plan, NULL, store_result_cb, &result);
  upright_plan_set_bookmarked (plan, "b", TRUE);
  g_object_run_dispose (G_OBJECT (plan));
  assert_plan_file (fixture->path, "a b", "");

  wait_for_result (&result);
  g_assert_true (upright_plan_flush_finish (plan, result, &error));
  g_assert_no_error (error);

  /* The save in the thread, older, did not come after it. */
  upright_test_run_pending ();
  assert_plan_file (fixture->path, "a b", "");

  /* A disposed plan does not save any more. */
  g_clear_object (&result);
  upright_plan_flush_async (plan, NULL, store_result_cb, &result);
  wait_for_result (&result);
  g_assert_false (upright_plan_flush_finish (plan, result, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CLOSED);
  g_clear_object (&result);

  g_assert_finalize_object (g_steal_pointer (&plan));
}

static void
test_flush_during_save (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(UprightPlan) plan = load_plan (fixture->file);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  guint n_saves = _upright_store_get_n_writes ();

  /* A change made while a flush is being written is part of the flush. */
  upright_plan_set_bookmarked (plan, "a", TRUE);
  upright_plan_flush_async (plan, NULL, store_result_cb, &result);
  upright_plan_set_bookmarked (plan, "b", TRUE);
  wait_for_result (&result);
  g_assert_true (upright_plan_flush_finish (plan, result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (_upright_store_get_n_writes (), ==, n_saves + 2);
  assert_plan_file (fixture->path, "a b", "");
  g_clear_object (&result);

  /* Nothing left to write. */
  flush_plan (plan);
  g_assert_finalize_object (g_steal_pointer (&plan));
  g_assert_cmpuint (_upright_store_get_n_writes (), ==, n_saves + 2);
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
  g_autofree char *path = g_build_filename (subdir, "plan.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(UprightPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  guint failed = 0;

  g_assert_cmpint (g_mkdir (subdir, 0700), ==, 0);
  plan = load_plan (file);
  g_signal_connect (upright_plan_get_store (plan), "save-failed", G_CALLBACK (save_failed_cb), &failed);

  /* The folder disappears: the change is reported and kept. */
  g_assert_cmpint (g_rmdir (subdir), ==, 0);
  upright_plan_set_bookmarked (plan, "posture", TRUE);
  g_assert_false (flush (plan, &error));
  g_assert_error (error, UPRIGHT_STORE_ERROR, UPRIGHT_STORE_ERROR_WRITE);
  g_clear_error (&error);
  g_assert_cmpuint (failed, ==, 1);

  /* Once it is back, the next flush writes it. */
  g_assert_cmpint (g_mkdir (subdir, 0700), ==, 0);
  flush_plan (plan);
  assert_plan_file (path, "posture", "");
  g_assert_cmpuint (failed, ==, 1);
}

/* The routines of @plan as text, to compare them whole. */
static char *
dump_routines (UprightPlan *plan)
{
  GListModel *routines = upright_plan_get_routines (plan);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (routines); i++)
    {
      g_autoptr(UprightRoutine) routine = g_list_model_get_item (routines, i);

      g_string_append_printf (text, "%s%s=%s:", i > 0 ? "; " : "",
                              upright_routine_get_id (routine),
                              upright_routine_get_name (routine));
      for (guint j = 0; j < upright_routine_get_n_items (routine); j++)
        {
          guint sets, reps, hold;

          upright_routine_get_dose_override (routine, j, &sets, &reps, &hold);
          g_string_append_printf (text, " %s/%u/%u/%u",
                                  upright_routine_get_exercise_id (routine, j), sets, reps, hold);
        }
    }

  return g_string_free (text, FALSE);
}

/* Maps the shipped exercises' ids to their tags. */
static GHashTable *
load_catalog_tags (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "resources", "catalog",
                                                 "exercises.json", NULL);
  g_autoptr(JsonNode) node = read_json (path);
  GHashTable *tags = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) g_strfreev);
  JsonArray *exercises = json_object_get_array_member (json_node_get_object (node), "exercises");

  g_assert_nonnull (exercises);
  for (guint i = 0; i < json_array_get_length (exercises); i++)
    {
      JsonObject *exercise = json_array_get_object_element (exercises, i);
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

      if (json_object_has_member (exercise, "tags"))
        {
          JsonArray *array = json_object_get_array_member (exercise, "tags");

          for (guint j = 0; j < json_array_get_length (array); j++)
            g_strv_builder_add (builder, json_array_get_string_element (array, j));
        }
      g_hash_table_insert (tags, g_strdup (json_object_get_string_member (exercise, "id")),
                           g_strv_builder_end (builder));
    }
  g_assert_cmpuint (g_hash_table_size (tags), >, 0);

  return tags;
}

static void
assert_starters (UprightPlan *plan)
{
  g_autoptr(GHashTable) tags = load_catalog_tags ();
  GListModel *routines = upright_plan_get_routines (plan);
  const char *ids[] = { "starter-posture-balance", "starter-strength", "starter-strength-no-floor" };
  const char *names[] = { "Daily Posture and Balance", "Strength", "Strength Without Floor Work" };

  g_assert_cmpuint (g_list_model_get_n_items (routines), ==, G_N_ELEMENTS (ids));
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(UprightRoutine) routine = g_list_model_get_item (routines, i);

      g_assert_true (upright_plan_lookup_routine (plan, ids[i]) == routine);
      g_assert_cmpstr (upright_routine_get_id (routine), ==, ids[i]);
      g_assert_cmpstr (upright_routine_get_name (routine), ==, names[i]);
      g_assert_cmpuint (upright_routine_get_n_items (routine), >=, 6);

      for (guint j = 0; j < upright_routine_get_n_items (routine); j++)
        {
          const char *exercise_id = upright_routine_get_exercise_id (routine, j);
          const char * const *exercise_tags = g_hash_table_lookup (tags, exercise_id);
          guint sets, reps, hold;

          if (exercise_tags == NULL)
            g_error ("Starter “%s” has an unknown exercise “%s”", ids[i], exercise_id);

          /* Each exercise's own dose. */
          upright_routine_get_dose_override (routine, j, &sets, &reps, &hold);
          g_assert_cmpuint (sets + reps + hold, ==, 0);

          if (g_str_equal (ids[i], "starter-strength-no-floor"))
            {
              g_assert_false (g_strv_contains (exercise_tags, "floor"));
              g_assert_false (g_strv_contains (exercise_tags, "kneeling"));
            }
        }
    }
}

static void
test_starters (Fixture       *fixture,
               gconstpointer  data)
{
  const char *original =
    "{\"format\": \"upright-plan\", \"version\": 1, \"bookmarks\": [\"a\"], \"read\": []}";
  g_autoptr(UprightPlan) plan = new_plan (fixture->file);
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  guint n_saves = _upright_store_get_n_writes ();

  /* None until the plan has been read. */
  g_assert_cmpuint (g_list_model_get_n_items (upright_plan_get_routines (plan)), ==, 0);

  /* A new user gets the suggested routines, and reading writes nothing. */
  g_assert_true (load (plan, &error));
  g_assert_no_error (error);
  assert_starters (plan);
  flush_plan (plan);
  g_assert_cmpuint (_upright_store_get_n_writes (), ==, n_saves);
  names = upright_test_list_dir (fixture->dir);
  g_assert_cmpstr (names, ==, "");
  g_assert_finalize_object (g_steal_pointer (&plan));

  /* So does a file from before routines, and they are kept from then on. */
  upright_test_write (fixture->path, original, -1);
  plan = load_plan (fixture->file);
  assert_starters (plan);
  before = dump_routines (plan);
  upright_plan_set_bookmarked (plan, "b", TRUE);
  flush_plan (plan);
  assert_plan_file (fixture->path, "a b", "");
  g_assert_finalize_object (g_steal_pointer (&plan));

  plan = load_plan (fixture->file);
  after = dump_routines (plan);
  g_assert_cmpstr (after, ==, before);
}

static void
test_routines (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(UprightPlan) plan = NULL;
  g_autoptr(UprightRoutine) morning = NULL;
  g_autoptr(UprightRoutine) evening = NULL;
  g_autoptr(UprightRoutine) removed = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *expected = NULL;
  JsonArray *routines;
  JsonObject *item;
  guint changed = 0;
  guint routine_changed = 0;
  guint notified = 0;
  guint position;

  upright_test_write (fixture->path,
                      "{\"format\": \"upright-plan\", \"version\": 1, \"routines\": []}", -1);
  plan = load_plan (fixture->file);
  g_assert_cmpuint (g_list_model_get_n_items (upright_plan_get_routines (plan)), ==, 0);
  g_signal_connect (plan, "changed", G_CALLBACK (count_cb), &changed);

  /* A new routine gets a random id. */
  morning = upright_routine_new (NULL, "Morning");
  g_assert_true (g_uuid_string_is_valid (upright_routine_get_id (morning)));
  g_assert_true (upright_routine_is_valid_id (upright_routine_get_id (morning)));
  g_signal_connect (morning, "changed", G_CALLBACK (count_cb), &routine_changed);
  g_signal_connect (morning, "notify::name", G_CALLBACK (count_notify_cb), &notified);
  upright_routine_append_item (morning, "chin-tuck", 0, 0, 0);
  upright_routine_append_item (morning, "sit-to-stand", 2, 10, 0);
  g_assert_cmpuint (routine_changed, ==, 2);
  g_assert_cmpuint (changed, ==, 0);

  upright_plan_add_routine (plan, morning);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_true (upright_plan_lookup_routine (plan, upright_routine_get_id (morning)) == morning);

  /* Edits through the routine are changes to the plan. */
  upright_routine_set_name (morning, "Morning");
  g_assert_cmpuint (notified, ==, 0);
  upright_routine_set_name (morning, "Mornings, gently ☀");
  g_assert_cmpuint (notified, ==, 1);
  upright_routine_append_item (morning, "wall-angel", 1, 8, 3);
  upright_routine_append_item (morning, "heel-raise", 3, 12, 0);
  upright_routine_append_item (morning, "chin-tuck", 0, 0, 10);
  upright_routine_remove_item (morning, 1);
  upright_routine_move_item (morning, 0, 2);
  upright_routine_move_item (morning, 3, 0);
  upright_routine_move_item (morning, 1, 1);
  upright_routine_set_dose_override (morning, 1, 2, 10, 5);
  g_assert_cmpuint (changed, ==, 9);
  g_assert_cmpuint (routine_changed, ==, 10);
  g_assert_cmpuint (upright_routine_get_n_items (morning), ==, 4);
  g_assert_cmpstr (upright_routine_get_exercise_id (morning, 0), ==, "chin-tuck");
  g_assert_cmpstr (upright_routine_get_exercise_id (morning, 1), ==, "wall-angel");
  g_assert_cmpstr (upright_routine_get_exercise_id (morning, 2), ==, "heel-raise");
  g_assert_cmpstr (upright_routine_get_exercise_id (morning, 3), ==, "chin-tuck");

  /* Routines are reordered and removed; a removed one can be put back. */
  evening = upright_routine_new ("evening", "Evening");
  upright_routine_append_item (evening, "weight-shift", 0, 0, 30);
  upright_plan_add_routine (plan, evening);
  removed = upright_routine_new ("gone", "Gone");
  upright_plan_insert_routine (plan, 0, removed);
  g_clear_object (&removed);
  upright_plan_move_routine (plan, 2, 0);
  g_assert_true (upright_plan_find_routine (plan, "gone", &position));
  g_assert_cmpuint (position, ==, 1);
  removed = upright_plan_remove_routine (plan, "gone");
  g_assert_nonnull (removed);
  g_assert_null (upright_plan_remove_routine (plan, "gone"));
  g_assert_null (upright_plan_lookup_routine (plan, "gone"));
  g_assert_false (upright_plan_find_routine (plan, "gone", NULL));
  g_assert_cmpuint (changed, ==, 13);

  /* A removed routine is no longer part of the plan. */
  upright_routine_set_name (removed, "Still gone");
  g_assert_cmpuint (changed, ==, 13);

  before = dump_routines (plan);
  expected = g_strdup_printf ("evening=Evening: weight-shift/0/0/30; "
                              "%s=Mornings, gently ☀: chin-tuck/0/0/10 wall-angel/2/10/5"
                              " heel-raise/3/12/0 chin-tuck/0/0/0",
                              upright_routine_get_id (morning));
  g_assert_cmpstr (before, ==, expected);
  flush_plan (plan);

  /* The file says it plainly. */
  node = read_json (fixture->path);
  routines = json_object_get_array_member (json_node_get_object (node), "routines");
  g_assert_cmpuint (json_array_get_length (routines), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (routines, 0), "id"),
                   ==, "evening");
  item = json_array_get_object_element (json_object_get_array_member (json_array_get_object_element (routines, 1),
                                                                       "items"), 1);
  g_assert_cmpstr (json_object_get_string_member (item, "exercise"), ==, "wall-angel");
  g_assert_cmpint (json_object_get_int_member (item, "sets"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (item, "reps"), ==, 10);
  g_assert_cmpint (json_object_get_int_member (item, "hold"), ==, 5);
  g_assert_cmpuint (json_object_get_size (item), ==, 4);

  g_signal_handlers_disconnect_by_data (morning, &routine_changed);
  g_signal_handlers_disconnect_by_data (morning, &notified);
  g_assert_finalize_object (g_steal_pointer (&plan));

  /* Read back exactly. */
  plan = load_plan (fixture->file);
  after = dump_routines (plan);
  g_assert_cmpstr (after, ==, before);
}

static void
test_routines_all_deleted (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(UprightPlan) plan = load_plan (fixture->file);
  GListModel *routines = upright_plan_get_routines (plan);
  g_autoptr(JsonNode) node = NULL;

  /* Deleting the suggested routines is for good. */
  while (g_list_model_get_n_items (routines) > 0)
    {
      g_autoptr(UprightRoutine) routine = g_list_model_get_item (routines, 0);
      g_autoptr(UprightRoutine) removed = upright_plan_remove_routine (plan, upright_routine_get_id (routine));

      g_assert_true (removed == routine);
    }
  flush_plan (plan);
  g_assert_finalize_object (g_steal_pointer (&plan));

  node = read_json (fixture->path);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_node_get_object (node),
                                                                         "routines")), ==, 0);

  plan = load_plan (fixture->file);
  g_assert_cmpuint (g_list_model_get_n_items (upright_plan_get_routines (plan)), ==, 0);
}

static void
test_routines_burst (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(UprightPlan) plan = load_plan (fixture->file);
  g_autoptr(UprightRoutine) routine = upright_routine_new (NULL, "Burst");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  guint n_saves = _upright_store_get_n_writes ();

  upright_plan_add_routine (plan, routine);
  for (guint i = 0; i < 50; i++)
    {
      g_autofree char *name = g_strdup_printf ("Burst %u", i);

      upright_routine_set_name (routine, name);
      upright_routine_append_item (routine, i % 2 ? "heel-raise" : "toe-raise", i % 4, i, 0);
      if (i % 3 == 0)
        upright_routine_move_item (routine, upright_routine_get_n_items (routine) - 1, 0);
      if (i % 5 == 0)
        upright_routine_remove_item (routine, 0);
      upright_plan_move_routine (plan, 0, 3);
    }

  /* Not at once, but shortly, and once. */
  g_assert_cmpuint (_upright_store_get_n_writes (), ==, n_saves);
  upright_test_wait_until_saved (upright_plan_get_store (plan));
  g_assert_cmpuint (_upright_store_get_n_writes (), ==, n_saves + 1);

  before = dump_routines (plan);
  g_assert_finalize_object (g_steal_pointer (&plan));
  g_assert_cmpuint (_upright_store_get_n_writes (), ==, n_saves + 1);
  plan = load_plan (fixture->file);
  after = dump_routines (plan);
  g_assert_cmpstr (after, ==, before);
}

static UprightCatalog *
load_shipped_catalog (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "resources", "catalog",
                                                 "exercises.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  UprightCatalog *catalog = upright_catalog_new_from_file (file, &error);

  g_assert_no_error (error);

  return catalog;
}

static void
test_routine_apply_dose (void)
{
  g_autoptr(UprightRoutine) routine = upright_routine_new (NULL, "Mine");
  const UprightDose reps_only = { .sets = 2, .reps = 10, .rest_seconds = 60 };
  const UprightDose hold_only = { .sets = 1, .hold_seconds = 10 };
  const UprightDose reps_and_hold = { .sets = 1, .reps = 5, .hold_seconds = 3 };
  UprightDose dose;

  upright_routine_append_item (routine, "a", 0, 0, 0);
  upright_routine_append_item (routine, "b", 3, 12, 20);

  /* No override keeps the exercise's figures. */
  dose = reps_only;
  upright_routine_apply_dose (routine, 0, &dose);
  g_assert_cmpmem (&dose, sizeof dose, &reps_only, sizeof reps_only);

  /* An override changes what the exercise counts, and nothing else. */
  dose = reps_only;
  upright_routine_apply_dose (routine, 1, &dose);
  g_assert_cmpuint (dose.sets, ==, 3);
  g_assert_cmpuint (dose.reps, ==, 12);
  g_assert_cmpuint (dose.hold_seconds, ==, 0);
  g_assert_cmpuint (dose.rest_seconds, ==, 60);

  dose = hold_only;
  upright_routine_apply_dose (routine, 1, &dose);
  g_assert_cmpuint (dose.sets, ==, 3);
  g_assert_cmpuint (dose.reps, ==, 0);
  g_assert_cmpuint (dose.hold_seconds, ==, 20);

  dose = reps_and_hold;
  upright_routine_apply_dose (routine, 1, &dose);
  g_assert_cmpuint (dose.reps, ==, 12);
  g_assert_cmpuint (dose.hold_seconds, ==, 20);
}

static void
test_routine_posture_break (void)
{
  g_autoptr(UprightRoutine) routine = upright_routine_new_posture_break ();
  g_autoptr(UprightCatalog) catalog = load_shipped_catalog ();
  guint total = 0;

  g_assert_cmpuint (upright_routine_get_n_items (routine), >, 0);

  for (guint i = 0; i < upright_routine_get_n_items (routine); i++)
    {
      UprightExercise *exercise = upright_catalog_lookup (catalog, upright_routine_get_exercise_id (routine, i));
      g_autoptr(UprightIntervalTimer) timer = NULL;
      UprightDose dose;

      g_assert_nonnull (exercise);
      /* A break at a desk: standing or sitting, nothing to fetch. */
      g_assert_cmpint (upright_exercise_get_category (exercise), ==, UPRIGHT_CATEGORY_POSTURE);
      g_assert_cmpuint (upright_exercise_get_tags (exercise) & ~UPRIGHT_TAG_STRENUOUS, ==, 0);

      dose = *upright_exercise_get_dose (exercise);
      upright_routine_apply_dose (routine, i, &dose);
      timer = upright_interval_timer_new (&dose, 0);
      total += upright_interval_timer_get_total_seconds (timer);
    }

  /* About a minute, as the reminder promises. */
  g_assert_cmpuint (total, >=, 40);
  g_assert_cmpuint (total, <=, 75);
}

static void
test_routine_estimate (void)
{
  g_autoptr(UprightCatalog) catalog = load_shipped_catalog ();
  g_autoptr(UprightRoutine) routine = upright_routine_new (NULL, "Mine");
  g_autoptr(UprightIntervalTimer) sit_timer = NULL;
  g_autoptr(UprightIntervalTimer) plank_timer = NULL;
  UprightDose sit, plank;

  g_assert_cmpuint (upright_routine_estimate_seconds (routine, catalog, 5, 30), ==, 0);

  upright_routine_append_item (routine, "sit-to-stand", 2, 0, 0);
  upright_routine_append_item (routine, "no-such-exercise", 0, 0, 0);
  upright_routine_append_item (routine, "wall-plank", 0, 0, 20);

  /* Sit to stand names no rest of its own, so it takes the one given;
   * the plank keeps its own. */
  sit = *upright_exercise_get_dose (upright_catalog_lookup (catalog, "sit-to-stand"));
  sit.sets = 2;
  sit.rest_seconds = 45;
  plank = *upright_exercise_get_dose (upright_catalog_lookup (catalog, "wall-plank"));
  plank.hold_seconds = 20;
  sit_timer = upright_interval_timer_new (&sit, 5);
  plank_timer = upright_interval_timer_new (&plank, 5);

  g_assert_cmpuint (upright_routine_estimate_seconds (routine, catalog, 5, 45), ==,
                    upright_interval_timer_get_total_seconds (sit_timer) +
                    upright_interval_timer_get_total_seconds (plank_timer) +
                    2 * UPRIGHT_ROUTINE_CHANGEOVER_SECONDS);
  /* 2 × 10 reps of 4 s with a rest, and 2 holds of 20 s with a rest, and
   * a changeover for each of the two. */
  g_assert_cmpuint (upright_routine_estimate_seconds (routine, catalog, 5, 45), ==,
                    5 + 2 * 10 * 4 + 45 + 5 + 2 * 20 + plank.rest_seconds + 2 * 30);
}

static void
test_videos (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(UprightPlan) plan = load_plan (fixture->file);
  g_autoptr(JsonNode) saved = NULL;
  JsonObject *videos;
  guint changed = 0;

  g_assert_null (upright_plan_get_video (plan, "sit-to-stand"));
  g_signal_connect (plan, "changed", G_CALLBACK (count_cb), &changed);

  upright_plan_set_video (plan, "sit-to-stand", "file:///home/me/Videos/physio.webm");
  upright_plan_set_video (plan, "heel-raise", "file:///media/usb/heel%20raise.mp4");
  upright_plan_set_video (plan, "heel-raise", "file:///media/usb/heel%20raise.mp4");
  g_assert_cmpuint (changed, ==, 2);
  flush_plan (plan);

  /* Kept in the file, sorted by exercise. */
  saved = read_json (fixture->path);
  videos = json_object_get_object_member (json_node_get_object (saved), "videos");
  g_assert_nonnull (videos);
  g_assert_cmpuint (json_object_get_size (videos), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (videos, "heel-raise"), ==, "file:///media/usb/heel%20raise.mp4");

  g_assert_finalize_object (g_steal_pointer (&plan));
  plan = load_plan (fixture->file);
  g_assert_cmpstr (upright_plan_get_video (plan, "sit-to-stand"), ==, "file:///home/me/Videos/physio.webm");

  /* Removed, back to the demonstration. */
  upright_plan_set_video (plan, "sit-to-stand", NULL);
  g_assert_null (upright_plan_get_video (plan, "sit-to-stand"));
  flush_plan (plan);
  g_assert_finalize_object (g_steal_pointer (&plan));
  plan = load_plan (fixture->file);
  g_assert_null (upright_plan_get_video (plan, "sit-to-stand"));
  g_assert_nonnull (upright_plan_get_video (plan, "heel-raise"));

  /* Only files on this computer. */
  g_assert_true (upright_plan_is_valid_video_uri ("file:///tmp/a.webm"));
  g_assert_false (upright_plan_is_valid_video_uri ("https://example.com/a.webm"));
  g_assert_false (upright_plan_is_valid_video_uri ("/tmp/a.webm"));
  g_assert_false (upright_plan_is_valid_video_uri (NULL));
  /* A name that is not UTF-8 is still a name, escaped. */
  g_assert_true (upright_plan_is_valid_video_uri ("file:///tmp/%DF%FC.webm"));
  g_assert_false (upright_plan_is_valid_video_uri ("file:///tmp/\xdf.webm"));
  g_assert_false (upright_plan_is_valid_video_uri ("file:///tmp/%zz.webm"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/plan/missing", test_missing);
  for (guint i = 0; i < G_N_ELEMENTS (corrupt_files); i++)
    {
      g_autofree char *path = g_strdup_printf ("/plan/corrupt/%s", corrupt_files[i].name);

      g_test_add (path, Fixture, GUINT_TO_POINTER (i), fixture_set_up, test_corrupt, fixture_tear_down);
    }
  for (guint i = 0; i < G_N_ELEMENTS (damaged_files); i++)
    {
      g_autofree char *path = g_strdup_printf ("/plan/damaged/%s", damaged_files[i].name);

      g_test_add (path, Fixture, GUINT_TO_POINTER (i), fixture_set_up, test_damaged, fixture_tear_down);
    }
  ADD ("/plan/damaged-entries", test_damaged_entries);
  ADD ("/plan/read-error", test_read_error);
  ADD ("/plan/bookmarks", test_bookmarks);
  ADD ("/plan/pretty", test_pretty);
  ADD ("/plan/unknown-members", test_unknown_members);
  ADD ("/plan/burst", test_burst);
  ADD ("/plan/changes-before-load", test_changes_before_load);
  ADD ("/plan/dispose-saves", test_dispose_saves);
  ADD ("/plan/dispose-while-saving", test_dispose_while_saving);
  ADD ("/plan/flush-during-save", test_flush_during_save);
  ADD ("/plan/save-fails", test_save_fails);
  ADD ("/plan/videos", test_videos);
  ADD ("/plan/routines/starters", test_starters);
  g_test_add_func ("/plan/routines/apply-dose", test_routine_apply_dose);
  g_test_add_func ("/plan/routines/posture-break", test_routine_posture_break);
  g_test_add_func ("/plan/routines/estimate", test_routine_estimate);
  ADD ("/plan/routines/edit", test_routines);
  ADD ("/plan/routines/all-deleted", test_routines_all_deleted);
  ADD ("/plan/routines/burst", test_routines_burst);

#undef ADD

  return g_test_run ();
}
