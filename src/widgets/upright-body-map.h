/* upright-body-map.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "core/upright-region.h"

G_BEGIN_DECLS

#define UPRIGHT_TYPE_BODY_MAP (upright_body_map_get_type ())

G_DECLARE_FINAL_TYPE (UprightBodyMap, upright_body_map, UPRIGHT, BODY_MAP, GtkWidget)

GtkWidget     *upright_body_map_new                 (void);
UprightRegion  upright_body_map_get_selected_region (UprightBodyMap *self);
void           upright_body_map_set_selected_region (UprightBodyMap *self,
                                                     UprightRegion   region);
void           upright_body_map_set_exercise_count  (UprightBodyMap *self,
                                                     UprightRegion   region,
                                                     guint           n_exercises);
gboolean       upright_body_map_get_shows_back      (UprightBodyMap *self);
void           upright_body_map_set_shows_back      (UprightBodyMap *self,
                                                     gboolean        shows_back);
GtkWidget     *upright_body_map_get_region_widget   (UprightBodyMap *self,
                                                     UprightRegion   region);
UprightRegion  upright_body_map_region_at           (UprightBodyMap *self,
                                                     double          x,
                                                     double          y);

G_END_DECLS
