/* upright-catalog.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "upright-exercise.h"

G_BEGIN_DECLS

#define UPRIGHT_CATALOG_ERROR (upright_catalog_error_quark ())

/**
 * UprightCatalogError:
 * @UPRIGHT_CATALOG_ERROR_PARSE: the file is not JSON
 * @UPRIGHT_CATALOG_ERROR_FORMAT: not a catalogue, or a version this build cannot read
 * @UPRIGHT_CATALOG_ERROR_INVALID: a field is missing or wrong
 * @UPRIGHT_CATALOG_ERROR_DUPLICATE_ID: two exercises share an id
 */
typedef enum {
  UPRIGHT_CATALOG_ERROR_PARSE,
  UPRIGHT_CATALOG_ERROR_FORMAT,
  UPRIGHT_CATALOG_ERROR_INVALID,
  UPRIGHT_CATALOG_ERROR_DUPLICATE_ID,
} UprightCatalogError;

#define UPRIGHT_CATALOG_VERSION 2

#define UPRIGHT_TYPE_CATALOG (upright_catalog_get_type ())

G_DECLARE_FINAL_TYPE (UprightCatalog, upright_catalog, UPRIGHT, CATALOG, GObject)

GQuark           upright_catalog_error_quark          (void);

UprightCatalog  *upright_catalog_new_from_bytes       (GBytes         *bytes,
                                                       GError        **error);
UprightCatalog  *upright_catalog_new_from_resource    (const char     *path,
                                                       GError        **error);
UprightCatalog  *upright_catalog_new_from_file        (GFile          *file,
                                                       GError        **error);
UprightExercise *upright_catalog_lookup               (UprightCatalog *self,
                                                       const char     *id);
guint            upright_catalog_count_region         (UprightCatalog *self,
                                                       UprightRegion   region);
const char      *upright_catalog_get_citation         (UprightCatalog *self,
                                                       const char     *reference_id);
const char      *upright_catalog_get_reference_url    (UprightCatalog *self,
                                                       const char     *reference_id);

G_END_DECLS
