/* upright-region-list.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "core/upright-catalog.h"
#include "core/upright-safety-profile.h"

G_BEGIN_DECLS

#define UPRIGHT_TYPE_REGION_LIST (upright_region_list_get_type ())

G_DECLARE_FINAL_TYPE (UprightRegionList, upright_region_list, UPRIGHT, REGION_LIST, GtkWidget)

void           upright_region_list_setup            (UprightRegionList    *self,
                                                     UprightCatalog       *catalog,
                                                     UprightSafetyProfile *profile,
                                                     GSettings            *settings);
UprightRegion  upright_region_list_get_region       (UprightRegionList    *self);
void           upright_region_list_set_region       (UprightRegionList    *self,
                                                     UprightRegion         region);
GListModel    *upright_region_list_get_model        (UprightRegionList    *self);
void           upright_region_list_set_show_back    (UprightRegionList    *self,
                                                     gboolean              show_back);
void           upright_region_list_focus_exercise   (UprightRegionList    *self,
                                                     const char           *id);
void           upright_region_list_focus_search     (UprightRegionList    *self);

G_END_DECLS
