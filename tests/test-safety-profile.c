/* test-safety-profile.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "core/upright-catalog.h"
#include "core/upright-safety-profile.h"

static UprightCatalog *catalog;

static void
test_profile_default (void)
{
  g_autoptr(UprightSafetyProfile) profile = upright_safety_profile_new ();

  /* With no answers, everything is advised. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (catalog)); i++)
    {
      g_autoptr(UprightExercise) exercise = g_list_model_get_item (G_LIST_MODEL (catalog), i);
      g_auto(GStrv) reasons = upright_safety_profile_explain (profile, exercise);

      g_assert_true (upright_safety_profile_advises (profile, exercise));
      g_assert_cmpuint (g_strv_length (reasons), ==, 0);
    }
}

static void
test_profile_answers (void)
{
  /* The fixture's heel raise carries every tag but the floor ones, the bird
   * dog only floor and kneeling, and sit to stand none; all three are
   * strenuous, but the heel raise's easier version is gentle. */
  const struct {
    const char *answer;
    UprightTag heel_raise;
    UprightTag bird_dog;
    UprightTag sit;
    guint n_heel_reasons;
  } cases[] = {
    { "spine-fracture",
      UPRIGHT_TAG_SPINAL_FLEXION | UPRIGHT_TAG_TWIST | UPRIGHT_TAG_LOAD | UPRIGHT_TAG_IMPACT, 0, 0, 4 },
    { "avoid-floor", 0, UPRIGHT_TAG_FLOOR | UPRIGHT_TAG_KNEELING, 0, 0 },
    { "walking-aid", UPRIGHT_TAG_UNSUPPORTED_BALANCE, 0, 0, 1 },
    { "avoid-impact", UPRIGHT_TAG_IMPACT, 0, 0, 1 },
    { "several-fractures", UPRIGHT_TAG_IMPACT, 0, 0, 1 },
    { "recent-spine-fracture", UPRIGHT_TAG_STRENUOUS, UPRIGHT_TAG_STRENUOUS, UPRIGHT_TAG_STRENUOUS, 1 },
  };
  UprightExercise *heel_raise = upright_catalog_lookup (catalog, "heel-raise");
  UprightExercise *bird_dog = upright_catalog_lookup (catalog, "bird-dog");
  UprightExercise *sit = upright_catalog_lookup (catalog, "sit-to-stand");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(UprightSafetyProfile) profile = upright_safety_profile_new ();
      g_auto(GStrv) reasons = NULL;

      g_test_message ("%s", cases[i].answer);
      g_object_set (profile, cases[i].answer, TRUE, NULL);

      g_assert_cmpint (upright_safety_profile_conflicts (profile, heel_raise), ==, cases[i].heel_raise);
      g_assert_cmpint (upright_safety_profile_conflicts (profile, bird_dog), ==, cases[i].bird_dog);
      g_assert_cmpint (upright_safety_profile_conflicts (profile, sit), ==, cases[i].sit);
      g_assert_cmpint (upright_safety_profile_advises (profile, sit), ==, cases[i].sit == 0);
      g_assert_cmpint (upright_safety_profile_advises (profile, heel_raise), ==, cases[i].heel_raise == 0);

      reasons = upright_safety_profile_explain (profile, heel_raise);
      g_assert_cmpuint (g_strv_length (reasons), ==, cases[i].n_heel_reasons);
    }
}

static void
test_profile_versions (void)
{
  g_autoptr(UprightSafetyProfile) profile = upright_safety_profile_new ();
  UprightExercise *heel_raise = upright_catalog_lookup (catalog, "heel-raise");
  UprightExercise *bird_dog = upright_catalog_lookup (catalog, "bird-dog");
  UprightExercise *sit = upright_catalog_lookup (catalog, "sit-to-stand");
  g_auto(GStrv) reasons = NULL;

  /* With a walking aid, the heel raise's harder version, without hands, is
   * not advised, and its easier one is. */
  g_object_set (profile, "walking-aid", TRUE, NULL);
  g_assert_cmpint (upright_safety_profile_conflicts_version (profile, heel_raise, UPRIGHT_VERSION_HARDER), ==,
                   UPRIGHT_TAG_UNSUPPORTED_BALANCE);
  g_assert_cmpint (upright_safety_profile_conflicts_version (profile, heel_raise, UPRIGHT_VERSION_EASIER), ==, 0);
  reasons = upright_safety_profile_explain_version (profile, heel_raise, UPRIGHT_VERSION_HARDER);
  g_assert_cmpuint (g_strv_length (reasons), ==, 1);
  g_clear_pointer (&reasons, g_strfreev);

  /* A weight in the harder version of an exercise with no tags of its own
   * is judged on its own. */
  g_object_set (profile, "walking-aid", FALSE, "spine-fracture", TRUE, NULL);
  g_assert_true (upright_safety_profile_advises (profile, sit));
  g_assert_cmpint (upright_safety_profile_conflicts_version (profile, sit, UPRIGHT_VERSION_HARDER), ==, UPRIGHT_TAG_LOAD);
  reasons = upright_safety_profile_explain_version (profile, sit, UPRIGHT_VERSION_HARDER);
  g_assert_cmpuint (g_strv_length (reasons), ==, 1);
  g_clear_pointer (&reasons, g_strfreev);

  /* Avoiding the floor: the bird dog's easier version is on the floor too,
   * its harder one (in this fixture) is not. */
  g_object_set (profile, "spine-fracture", FALSE, "avoid-floor", TRUE, NULL);
  g_assert_cmpint (upright_safety_profile_conflicts_version (profile, bird_dog, UPRIGHT_VERSION_EASIER), ==,
                   UPRIGHT_TAG_FLOOR | UPRIGHT_TAG_KNEELING);
  g_assert_cmpint (upright_safety_profile_conflicts_version (profile, bird_dog, UPRIGHT_VERSION_HARDER), ==, 0);

  /* After a recent painful fracture only the gentle version is advised. */
  g_object_set (profile, "avoid-floor", FALSE, "recent-spine-fracture", TRUE, NULL);
  g_assert_cmpint (upright_safety_profile_conflicts_version (profile, heel_raise, UPRIGHT_VERSION_EASIER), ==, 0);
  g_assert_cmpint (upright_safety_profile_conflicts_version (profile, heel_raise, UPRIGHT_VERSION_MAIN), ==,
                   UPRIGHT_TAG_STRENUOUS);
}

/* Every answer marks something in the shipped catalogue, and every
 * version of every exercise is judged by its own tags. */
static void
test_profile_shipped (void)
{
  const char *answers[] = {
    "spine-fracture", "avoid-floor", "walking-aid", "avoid-impact", "several-fractures",
    "recent-spine-fracture",
  };
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "resources", "catalog", "exercises.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(UprightCatalog) shipped = upright_catalog_new_from_file (file, &error);
  guint n;

  g_assert_no_error (error);
  n = g_list_model_get_n_items (G_LIST_MODEL (shipped));

  for (guint a = 0; a < G_N_ELEMENTS (answers); a++)
    {
      g_autoptr(UprightSafetyProfile) profile = upright_safety_profile_new ();
      guint marked = 0, advised = 0;

      g_object_set (profile, answers[a], TRUE, NULL);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(UprightExercise) exercise = g_list_model_get_item (G_LIST_MODEL (shipped), i);

          for (UprightVersion v = 0; v < UPRIGHT_N_VERSIONS; v++)
            {
              if (upright_safety_profile_conflicts_version (profile, exercise, v) != 0)
                marked++;
              else
                advised++;
            }
        }
      g_test_message ("%s marks %u versions and leaves %u", answers[a], marked, advised);
      g_assert_cmpuint (marked, >, 0);
      /* Whatever she answers, something is left for her to do. */
      g_assert_cmpuint (advised, >=, 3);
    }
}

static void
test_profile_reasons (void)
{
  g_autoptr(UprightSafetyProfile) profile = upright_safety_profile_new ();
  g_auto(GStrv) reasons = NULL;

  g_object_set (profile, "avoid-floor", TRUE, NULL);
  reasons = upright_safety_profile_explain (profile, upright_catalog_lookup (catalog, "bird-dog"));
  g_assert_cmpuint (g_strv_length (reasons), ==, 2);
  g_assert_cmpstr (reasons[0], ==, "It is done on the floor, which you said you avoid.");
  g_assert_cmpstr (reasons[1], ==, "It puts your weight on your knees, which you said you avoid.");
}

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

static void
test_profile_notify (void)
{
  g_autoptr(UprightSafetyProfile) profile = upright_safety_profile_new ();
  guint count = 0;
  gboolean value;

  g_signal_connect (profile, "notify::walking-aid", G_CALLBACK (notify_cb), &count);

  g_object_set (profile, "walking-aid", TRUE, NULL);
  g_assert_cmpuint (count, ==, 1);
  /* Setting the same answer again changes nothing. */
  g_object_set (profile, "walking-aid", TRUE, NULL);
  g_assert_cmpuint (count, ==, 1);
  g_object_get (profile, "walking-aid", &value, NULL);
  g_assert_true (value);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  path = g_test_build_filename (G_TEST_DIST, "data", "catalog", "valid.json", NULL);
  file = g_file_new_for_path (path);
  catalog = upright_catalog_new_from_file (file, &error);
  g_assert_no_error (error);

  g_test_add_func ("/safety-profile/default", test_profile_default);
  g_test_add_func ("/safety-profile/answers", test_profile_answers);
  g_test_add_func ("/safety-profile/versions", test_profile_versions);
  g_test_add_func ("/safety-profile/shipped", test_profile_shipped);
  g_test_add_func ("/safety-profile/reasons", test_profile_reasons);
  g_test_add_func ("/safety-profile/notify", test_profile_notify);

  status = g_test_run ();
  g_clear_object (&catalog);

  return status;
}
