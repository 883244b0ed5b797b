/* upright-region.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * UprightRegion:
 * @UPRIGHT_REGION_NONE: no region
 * @UPRIGHT_REGION_SPINE: spine and posture
 * @UPRIGHT_REGION_HIP: hip and legs
 * @UPRIGHT_REGION_WRIST: wrist and forearm
 * @UPRIGHT_REGION_BALANCE: balance, the whole body
 * @UPRIGHT_REGION_CORE: trunk muscles
 *
 * The body regions that exercises are grouped by. The first four are the
 * targets of the body map; core exercises appear with the spine.
 */
typedef enum {
  UPRIGHT_REGION_NONE,
  UPRIGHT_REGION_SPINE,
  UPRIGHT_REGION_HIP,
  UPRIGHT_REGION_WRIST,
  UPRIGHT_REGION_BALANCE,
  UPRIGHT_REGION_CORE,
} UprightRegion;

#define UPRIGHT_N_REGIONS (UPRIGHT_REGION_CORE + 1)

gboolean     upright_region_from_string (const char    *name,
                                         UprightRegion *region);
const char  *upright_region_to_string   (UprightRegion  region);
const char  *upright_region_get_title   (UprightRegion  region);

G_END_DECLS
