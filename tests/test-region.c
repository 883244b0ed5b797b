/* test-region.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "core/upright-region.h"

static void
test_region_round_trip (void)
{
  for (guint i = 0; i < UPRIGHT_N_REGIONS; i++)
    {
      UprightRegion region = UPRIGHT_REGION_NONE;
      const char *name = upright_region_to_string ((UprightRegion) i);

      g_assert_nonnull (name);
      g_assert_true (upright_region_from_string (name, &region));
      g_assert_cmpint (region, ==, i);
    }
}

static void
test_region_names (void)
{
  UprightRegion region = UPRIGHT_REGION_NONE;

  /* The names are part of the catalogue, settings and link formats. */
  g_assert_true (upright_region_from_string ("spine", &region));
  g_assert_cmpint (region, ==, UPRIGHT_REGION_SPINE);
  g_assert_true (upright_region_from_string ("hip", &region));
  g_assert_cmpint (region, ==, UPRIGHT_REGION_HIP);
  g_assert_true (upright_region_from_string ("wrist", &region));
  g_assert_cmpint (region, ==, UPRIGHT_REGION_WRIST);
  g_assert_true (upright_region_from_string ("balance", &region));
  g_assert_cmpint (region, ==, UPRIGHT_REGION_BALANCE);
  g_assert_true (upright_region_from_string ("core", &region));
  g_assert_cmpint (region, ==, UPRIGHT_REGION_CORE);
}

static void
test_region_unknown (void)
{
  UprightRegion region = UPRIGHT_REGION_HIP;

  g_assert_false (upright_region_from_string ("knee", &region));
  g_assert_false (upright_region_from_string ("Hip", &region));
  g_assert_false (upright_region_from_string ("", &region));
  g_assert_false (upright_region_from_string (NULL, &region));
  /* A failed lookup leaves the output alone. */
  g_assert_cmpint (region, ==, UPRIGHT_REGION_HIP);
}

static void
test_region_titles (void)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < UPRIGHT_N_REGIONS; i++)
    {
      const char *title = upright_region_get_title ((UprightRegion) i);

      g_assert_nonnull (title);
      g_assert_cmpstr (title, !=, "");
      g_assert_false (g_hash_table_contains (seen, title));
      g_hash_table_add (seen, (gpointer) title);
    }

  g_assert_cmpstr (upright_region_get_title (UPRIGHT_REGION_HIP), ==, "Hip & Legs");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/region/round-trip", test_region_round_trip);
  g_test_add_func ("/region/names", test_region_names);
  g_test_add_func ("/region/unknown", test_region_unknown);
  g_test_add_func ("/region/titles", test_region_titles);

  return g_test_run ();
}
