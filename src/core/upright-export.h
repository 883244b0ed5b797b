/* upright-export.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "upright-catalog.h"

G_BEGIN_DECLS

#define UPRIGHT_EXPORT_ERROR (upright_export_error_quark ())

/**
 * UprightExportError:
 * @UPRIGHT_EXPORT_ERROR_NOT_A_RECORD: an item of the list is not an #UprightRecord
 */
typedef enum {
  UPRIGHT_EXPORT_ERROR_NOT_A_RECORD,
} UprightExportError;

GQuark  upright_export_error_quark (void);

char   *upright_export_csv         (GListModel      *records,
                                    UprightCatalog  *catalog,
                                    GError         **error);

G_END_DECLS
