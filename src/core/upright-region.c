/* upright-region.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "upright-region.h"

static const struct {
  const char *name;
  const char *title;
} regions[UPRIGHT_N_REGIONS] = {
  [UPRIGHT_REGION_NONE] = { "none", N_("No Region") },
  [UPRIGHT_REGION_SPINE] = { "spine", N_("Spine & Posture") },
  [UPRIGHT_REGION_HIP] = { "hip", N_("Hip & Legs") },
  [UPRIGHT_REGION_WRIST] = { "wrist", N_("Wrist & Forearm") },
  [UPRIGHT_REGION_BALANCE] = { "balance", N_("Balance") },
  [UPRIGHT_REGION_CORE] = { "core", N_("Core") },
};

/**
 * upright_region_from_string:
 * @name: a region name such as "hip"
 * @region: (out): where to store the region
 *
 * Looks up a region by the name used in the catalogue, in GSettings and in
 * `upright:region/NAME` links.
 *
 * Returns: %TRUE if @name names a region
 */
gboolean
upright_region_from_string (const char    *name,
                            UprightRegion *region)
{
  g_return_val_if_fail (region != NULL, FALSE);

  if (name == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (regions); i++)
    {
      if (g_str_equal (name, regions[i].name))
        {
          *region = (UprightRegion) i;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * upright_region_to_string:
 * @region: a region
 *
 * Returns: (transfer none): the name of @region, as understood by
 *   upright_region_from_string()
 */
const char *
upright_region_to_string (UprightRegion region)
{
  g_return_val_if_fail (region < UPRIGHT_N_REGIONS, NULL);

  return regions[region].name;
}

/**
 * upright_region_get_title:
 * @region: a region
 *
 * Returns: (transfer none): the translated title of @region
 */
const char *
upright_region_get_title (UprightRegion region)
{
  g_return_val_if_fail (region < UPRIGHT_N_REGIONS, NULL);

  return g_dgettext (GETTEXT_PACKAGE, regions[region].title);
}
