/* upright-storage.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define UPRIGHT_STORAGE_ERROR (upright_storage_error_quark ())

/**
 * UprightStorageError:
 * @UPRIGHT_STORAGE_ERROR_NOT_LOCAL: the file is not in a local folder
 * @UPRIGHT_STORAGE_ERROR_READ: the file could not be read
 * @UPRIGHT_STORAGE_ERROR_WRITE: the new contents could not be written
 * @UPRIGHT_STORAGE_ERROR_BACKUP: the backup of the current file could not be kept
 * @UPRIGHT_STORAGE_ERROR_REPLACE: the new contents could not take the file's place
 * @UPRIGHT_STORAGE_ERROR_MOVE_ASIDE: the file could not be moved aside
 *
 * A missing file is reported as %G_IO_ERROR_NOT_FOUND and cancellation as
 * %G_IO_ERROR_CANCELLED, as everywhere in GIO.
 */
typedef enum {
  UPRIGHT_STORAGE_ERROR_NOT_LOCAL,
  UPRIGHT_STORAGE_ERROR_READ,
  UPRIGHT_STORAGE_ERROR_WRITE,
  UPRIGHT_STORAGE_ERROR_BACKUP,
  UPRIGHT_STORAGE_ERROR_REPLACE,
  UPRIGHT_STORAGE_ERROR_MOVE_ASIDE,
} UprightStorageError;

GQuark    upright_storage_error_quark  (void);

char     *upright_storage_get_data_dir (void);

GBytes   *upright_storage_load         (GFile                *file,
                                        GCancellable         *cancellable,
                                        GError              **error);
gboolean  upright_storage_save         (GFile                *file,
                                        GBytes               *contents,
                                        GCancellable         *cancellable,
                                        GError              **error);
void      upright_storage_save_async   (GFile                *file,
                                        GBytes               *contents,
                                        GCancellable         *cancellable,
                                        GAsyncReadyCallback   callback,
                                        gpointer              user_data);
gboolean  upright_storage_save_finish  (GFile                *file,
                                        GAsyncResult         *result,
                                        GError              **error);
GFile    *upright_storage_move_aside   (GFile                *file,
                                        GError              **error);

G_END_DECLS
