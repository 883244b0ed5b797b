/* test-catalog.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "core/upright-catalog.h"

static UprightCatalog *
load_fixture (const char  *name,
              GError     **error)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "catalog", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return upright_catalog_new_from_file (file, error);
}

static void
test_catalog_valid (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(UprightCatalog) catalog = load_fixture ("valid.json", &error);
  g_autoptr(UprightExercise) first = NULL;
  UprightExercise *bird_dog;
  const UprightDose *dose;
  guint n_regions;
  const UprightRegion *regions;

  g_assert_no_error (error);
  g_assert_nonnull (catalog);

  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (catalog)) == UPRIGHT_TYPE_EXERCISE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (catalog)), ==, 3);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (catalog), 3));

  /* The model keeps the file's order. */
  first = g_list_model_get_item (G_LIST_MODEL (catalog), 0);
  g_assert_cmpstr (upright_exercise_get_id (first), ==, "sit-to-stand");
  g_assert_cmpstr (upright_exercise_get_title (first), ==, "Sit to Stand");
  g_assert_cmpint (upright_exercise_get_category (first), ==, UPRIGHT_CATEGORY_STRENGTH);
  g_assert_cmpuint (g_strv_length ((char **) upright_exercise_get_steps (first)), ==, 3);
  g_assert_cmpstr (upright_exercise_get_steps (first)[1], ==, "Stand up tall.");
  g_assert_cmpstr (upright_exercise_get_equipment (first)[0], ==, "Sturdy chair");
  g_assert_cmpstr (upright_exercise_get_demo_id (first), ==, "sit-to-stand");
  /* Everything but the gentle programme is strenuous. */
  g_assert_cmpint (upright_exercise_get_tags (first), ==, UPRIGHT_TAG_STRENUOUS);
  g_assert_cmpstr (upright_exercise_get_easier (first), ==, "Use your hands.");
  g_assert_cmpstr (upright_exercise_get_harder (first), ==, "Hold a weight.");
  g_assert_cmpint (upright_exercise_get_version_tags (first, UPRIGHT_VERSION_MAIN), ==, UPRIGHT_TAG_STRENUOUS);
  g_assert_cmpint (upright_exercise_get_version_tags (first, UPRIGHT_VERSION_EASIER), ==, UPRIGHT_TAG_STRENUOUS);
  g_assert_cmpint (upright_exercise_get_version_tags (first, UPRIGHT_VERSION_HARDER), ==,
                   UPRIGHT_TAG_LOAD | UPRIGHT_TAG_STRENUOUS);
  g_assert_null (upright_exercise_get_version_safety (first, UPRIGHT_VERSION_EASIER));
  g_assert_cmpstr (upright_exercise_get_version_safety (first, UPRIGHT_VERSION_HARDER), ==, "Keep the weight close.");

  bird_dog = upright_catalog_lookup (catalog, "bird-dog");
  g_assert_nonnull (bird_dog);
  g_assert_null (upright_catalog_lookup (catalog, "sit-up"));
  regions = upright_exercise_get_regions (bird_dog, &n_regions);
  g_assert_cmpuint (n_regions, ==, 2);
  g_assert_cmpint (regions[0], ==, UPRIGHT_REGION_CORE);
  g_assert_cmpint (regions[1], ==, UPRIGHT_REGION_SPINE);
  g_assert_true (upright_exercise_has_region (bird_dog, UPRIGHT_REGION_SPINE));
  g_assert_false (upright_exercise_has_region (bird_dog, UPRIGHT_REGION_HIP));
  g_assert_cmpint (upright_exercise_get_tags (bird_dog), ==,
                   UPRIGHT_TAG_FLOOR | UPRIGHT_TAG_KNEELING | UPRIGHT_TAG_STRENUOUS);
  /* Each version has its own tags: the harder one says nothing of the floor. */
  g_assert_cmpint (upright_exercise_get_version_tags (bird_dog, UPRIGHT_VERSION_EASIER), ==,
                   UPRIGHT_TAG_FLOOR | UPRIGHT_TAG_KNEELING | UPRIGHT_TAG_STRENUOUS);
  g_assert_cmpint (upright_exercise_get_version_tags (bird_dog, UPRIGHT_VERSION_HARDER), ==, UPRIGHT_TAG_STRENUOUS);
  g_assert_cmpint (upright_exercise_get_version_tags (upright_catalog_lookup (catalog, "heel-raise"),
                                                      UPRIGHT_VERSION_EASIER), ==, 0);

  dose = upright_exercise_get_dose (bird_dog);
  g_assert_cmpuint (dose->sets, ==, 1);
  g_assert_cmpuint (dose->reps, ==, 6);
  g_assert_cmpuint (dose->hold_seconds, ==, 5);
  g_assert_cmpuint (dose->rest_seconds, ==, 30);
  g_assert_true (dose->per_side);
  g_assert_true (dose->typical);
  g_assert_cmpstr (dose->note, ==, "Build up slowly.");

  dose = upright_exercise_get_dose (upright_catalog_lookup (catalog, "heel-raise"));
  g_assert_cmpuint (dose->tempo_up, ==, 3);
  g_assert_cmpuint (dose->tempo_down, ==, 5);
  g_assert_null (dose->note);

  g_assert_cmpuint (upright_catalog_count_region (catalog, UPRIGHT_REGION_HIP), ==, 2);
  g_assert_cmpuint (upright_catalog_count_region (catalog, UPRIGHT_REGION_SPINE), ==, 1);
  g_assert_cmpuint (upright_catalog_count_region (catalog, UPRIGHT_REGION_WRIST), ==, 0);

  g_assert_cmpstr (upright_catalog_get_citation (catalog, "R2"), ==, "Second reference.");
  g_assert_cmpstr (upright_catalog_get_reference_url (catalog, "R1"), ==, "https://example.org/r1");
  g_assert_null (upright_catalog_get_reference_url (catalog, "R2"));
  g_assert_null (upright_catalog_get_citation (catalog, "R3"));

  /* The catalogue lets go of its exercises, and nothing else holds them. */
  g_clear_object (&catalog);
  g_assert_finalize_object (g_steal_pointer (&first));
}

static void
test_catalog_broken (void)
{
  const struct {
    const char *fixture;
    UprightCatalogError code;
    const char *message;
  } cases[] = {
    { "missing-field.json", UPRIGHT_CATALOG_ERROR_INVALID, "Exercise “bird-dog”, field “breathing”: missing" },
    { "wrong-type.json", UPRIGHT_CATALOG_ERROR_INVALID, "Exercise “sit-to-stand”, field “dose.reps”: expected a whole number" },
    { "duplicate-id.json", UPRIGHT_CATALOG_ERROR_DUPLICATE_ID, "Exercise “sit-to-stand”, field “id”: used by more than one exercise" },
    { "unknown-region.json", UPRIGHT_CATALOG_ERROR_INVALID, "Exercise “bird-dog”, field “regions”: unknown region “knee”" },
    { "unknown-tag.json", UPRIGHT_CATALOG_ERROR_INVALID, "Exercise “heel-raise”, field “tags”: unknown tag “jumping”" },
    { "unknown-reference.json", UPRIGHT_CATALOG_ERROR_INVALID, "Exercise “sit-to-stand”, field “references”: unknown reference “R9”" },
    { "too-few-steps.json", UPRIGHT_CATALOG_ERROR_INVALID, "Exercise “sit-to-stand”, field “steps”: has 1 items, expected 3 to 6" },
    { "out-of-range.json", UPRIGHT_CATALOG_ERROR_INVALID, "Exercise “bird-dog”, field “dose.sets”: 0 is not between 1 and 5" },
    { "missing-id.json", UPRIGHT_CATALOG_ERROR_INVALID, "Exercise 1, field “id”: missing" },
    { "future-version.json", UPRIGHT_CATALOG_ERROR_FORMAT, "Catalogue version 3 cannot be read; this version of Upright reads version 2" },
    { "version-unknown-tag.json", UPRIGHT_CATALOG_ERROR_INVALID, "Exercise “heel-raise”, field “harder.tags”: unknown tag “hopping”" },
    { "version-missing-tags.json", UPRIGHT_CATALOG_ERROR_INVALID, "Exercise “heel-raise”, field “harder.tags”: missing" },
    { "version-not-object.json", UPRIGHT_CATALOG_ERROR_INVALID, "Exercise “bird-dog”, field “easier”: expected an object with “text” and “tags”" },
    { "truncated.json", UPRIGHT_CATALOG_ERROR_PARSE, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(UprightCatalog) catalog = NULL;

      g_test_message ("%s", cases[i].fixture);
      catalog = load_fixture (cases[i].fixture, &error);
      g_assert_null (catalog);
      g_assert_error (error, UPRIGHT_CATALOG_ERROR, cases[i].code);
      if (cases[i].message != NULL)
        g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

static void
test_catalog_not_a_catalog (void)
{
  const char *inputs[] = {
    "",
    "[]",
    "{\"format\": \"upright-journal\", \"version\": 1}",
    "{\"format\": \"upright-catalog\", \"version\": 1, \"references\": {}}",
    "{\"format\": \"upright-catalog\", \"version\": 1, \"references\": {\"R1\": {\"citation\": \"x\", \"url\": \"http://example.org\"}}, \"exercises\": []}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (inputs[i], strlen (inputs[i]));
      g_autoptr(GError) error = NULL;
      g_autoptr(UprightCatalog) catalog = upright_catalog_new_from_bytes (bytes, &error);

      g_assert_null (catalog);
      g_assert_nonnull (error);
      g_assert_true (error->domain == UPRIGHT_CATALOG_ERROR);
    }
}

static void
test_exercise_dose_text (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(UprightCatalog) catalog = load_fixture ("valid.json", &error);
  g_autofree char *sit = NULL;
  g_autofree char *bird = NULL;
  g_autofree char *heel = NULL;

  g_assert_no_error (error);
  sit = upright_exercise_format_dose (upright_catalog_lookup (catalog, "sit-to-stand"));
  bird = upright_exercise_format_dose (upright_catalog_lookup (catalog, "bird-dog"));
  heel = upright_exercise_format_dose (upright_catalog_lookup (catalog, "heel-raise"));
  g_assert_cmpstr (sit, ==, "2 sets × 10 reps");
  g_assert_cmpstr (bird, ==, "6 reps, hold 5 s each · each side");
  g_assert_cmpstr (heel, ==, "10 reps");
}

static void
test_exercise_search (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(UprightCatalog) catalog = load_fixture ("valid.json", &error);
  UprightExercise *sit;

  g_assert_no_error (error);
  sit = upright_catalog_lookup (catalog, "sit-to-stand");

  g_assert_true (upright_exercise_matches (sit, NULL));
  g_assert_true (upright_exercise_matches (sit, ""));
  g_assert_true (upright_exercise_matches (sit, "  "));
  /* Title, summary and steps, in any case. */
  g_assert_true (upright_exercise_matches (sit, "SIT"));
  g_assert_true (upright_exercise_matches (sit, "chair"));
  g_assert_true (upright_exercise_matches (sit, "tall"));
  /* Every word must be there. */
  g_assert_true (upright_exercise_matches (sit, "stand slowly"));
  g_assert_false (upright_exercise_matches (sit, "stand kneel"));
  g_assert_false (upright_exercise_matches (sit, "breathe"));
  g_assert_false (upright_exercise_matches (upright_catalog_lookup (catalog, "bird-dog"), "chair"));
}

static void
test_catalog_shipped (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "resources", "catalog", "exercises.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(UprightCatalog) catalog = upright_catalog_new_from_file (file, &error);
  guint n_items, categories[UPRIGHT_N_CATEGORIES] = { 0 };

  g_assert_no_error (error);
  n_items = g_list_model_get_n_items (G_LIST_MODEL (catalog));
  g_assert_cmpuint (n_items, >=, 40);

  /* Every region of the body map has exercises, and so does the core. */
  for (UprightRegion region = UPRIGHT_REGION_SPINE; region < UPRIGHT_N_REGIONS; region++)
    g_assert_cmpuint (upright_catalog_count_region (catalog, region), >=, 3);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(UprightExercise) exercise = g_list_model_get_item (G_LIST_MODEL (catalog), i);
      const char * const *references = upright_exercise_get_references (exercise);

      categories[upright_exercise_get_category (exercise)]++;

      /* A one-line summary. */
      g_assert_cmpuint (g_utf8_strlen (upright_exercise_get_summary (exercise), -1), <=, 110);

      /* Core exercises appear under the spine on the body map. */
      if (upright_exercise_has_region (exercise, UPRIGHT_REGION_CORE))
        g_assert_true (upright_exercise_has_region (exercise, UPRIGHT_REGION_SPINE));

      for (guint j = 0; references[j] != NULL; j++)
        g_assert_nonnull (upright_catalog_get_citation (catalog, references[j]));
    }

  g_assert_cmpuint (categories[UPRIGHT_CATEGORY_STRENGTH], >=, 5);
  g_assert_cmpuint (categories[UPRIGHT_CATEGORY_BALANCE], >=, 3);
  g_assert_cmpuint (categories[UPRIGHT_CATEGORY_POSTURE], >=, 3);
  g_assert_cmpuint (categories[UPRIGHT_CATEGORY_IMPACT], >=, 4);

  /* Walking, turning and stepping: balance on the move, as in Otago. */
  {
    const char *dynamic[] = {
      "walk-and-turn", "figure-of-eight", "heel-and-toe-walking", "sideways-walking", "heel-to-toe-walk",
    };

    for (guint i = 0; i < G_N_ELEMENTS (dynamic); i++)
      {
        UprightExercise *exercise = upright_catalog_lookup (catalog, dynamic[i]);

        g_assert_nonnull (exercise);
        g_assert_cmpint (upright_exercise_get_category (exercise), ==, UPRIGHT_CATEGORY_BALANCE);
      }
  }

  /* The gentle programme after a new, painful spine fracture: breathing,
   * resting on the back and walking, and nothing strenuous in them. */
  {
    const char *gentle[] = { "deep-breathing", "resting-posture", "walking" };

    for (guint i = 0; i < G_N_ELEMENTS (gentle); i++)
      g_assert_false (upright_exercise_get_tags (upright_catalog_lookup (catalog, gentle[i])) & UPRIGHT_TAG_STRENUOUS);
  }

  /* Every impact exercise is impact in every version that is not brisk
   * walking or marching, so that the impact answers mark them. */
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(UprightExercise) exercise = g_list_model_get_item (G_LIST_MODEL (catalog), i);

      if (upright_exercise_get_category (exercise) == UPRIGHT_CATEGORY_IMPACT &&
          !g_str_equal (upright_exercise_get_id (exercise), "walking"))
        g_assert_true (upright_exercise_get_tags (exercise) & UPRIGHT_TAG_IMPACT);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/catalog/valid", test_catalog_valid);
  g_test_add_func ("/catalog/broken", test_catalog_broken);
  g_test_add_func ("/catalog/not-a-catalog", test_catalog_not_a_catalog);
  g_test_add_func ("/catalog/shipped", test_catalog_shipped);
  g_test_add_func ("/exercise/dose-text", test_exercise_dose_text);
  g_test_add_func ("/exercise/search", test_exercise_search);

  return g_test_run ();
}
