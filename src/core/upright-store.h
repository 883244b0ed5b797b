/* upright-store.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define UPRIGHT_STORE_ERROR (upright_store_error_quark ())

/**
 * UprightStoreError:
 * @UPRIGHT_STORE_ERROR_NOT_LOCAL: the file is not in a local folder
 * @UPRIGHT_STORE_ERROR_READ: the file could not be read
 * @UPRIGHT_STORE_ERROR_WRITE: the file could not be written
 * @UPRIGHT_STORE_ERROR_NO_SPACE: there is no room left on the disk
 * @UPRIGHT_STORE_ERROR_READ_ONLY: the folder or the file may not be changed
 * @UPRIGHT_STORE_ERROR_NOT_LOADED: the file has not been read, or could not
 *   be, so nothing is written to it
 * @UPRIGHT_STORE_ERROR_BUSY: other programs kept changing the file while it
 *   was being saved
 *
 * A missing file is reported as %G_IO_ERROR_NOT_FOUND and cancellation as
 * %G_IO_ERROR_CANCELLED, as everywhere in GIO. Messages are in plain words,
 * translated, and name the file.
 */
typedef enum {
  UPRIGHT_STORE_ERROR_NOT_LOCAL,
  UPRIGHT_STORE_ERROR_READ,
  UPRIGHT_STORE_ERROR_WRITE,
  UPRIGHT_STORE_ERROR_NO_SPACE,
  UPRIGHT_STORE_ERROR_READ_ONLY,
  UPRIGHT_STORE_ERROR_NOT_LOADED,
  UPRIGHT_STORE_ERROR_BUSY,
} UprightStoreError;

/**
 * UprightStoreState:
 * @UPRIGHT_STORE_STATE_NEW: the file has not been read yet
 * @UPRIGHT_STORE_STATE_LOADING: the file is being read
 * @UPRIGHT_STORE_STATE_READY: the file was read; changes are saved
 * @UPRIGHT_STORE_STATE_FAILED: the file could not be read; nothing is saved
 *   until it is read again
 * @UPRIGHT_STORE_STATE_CLOSED: upright_store_close() was called
 */
typedef enum {
  UPRIGHT_STORE_STATE_NEW,
  UPRIGHT_STORE_STATE_LOADING,
  UPRIGHT_STORE_STATE_READY,
  UPRIGHT_STORE_STATE_FAILED,
  UPRIGHT_STORE_STATE_CLOSED,
} UprightStoreState;

/**
 * UprightStoreFormat:
 * @parse: called in a thread: turns a file's contents into the owner's
 *   data (%NULL bytes for no file, which is empty), or returns %NULL with an
 *   error if the file as a whole cannot be read. Entries it cannot read may be left out, each named in @dropped
 *   (strings a person can understand); the file is then kept aside.
 * @free_parsed: frees what @parse returned
 * @snapshot: called on the main thread: what the owner holds now, in a
 *   form @serialize can use in a thread
 * @serialize: called in a thread: the contents of the file for a snapshot
 * @free_snapshot: frees what @snapshot returned
 * @merge: called on the main thread: makes the owner hold what @parsed
 *   holds, except for the entries named by keys in @keep (the owner's own
 *   changes that are not on disk yet), which stay as the owner has them.
 *   If @keep_all is set, the owner keeps everything of its own.
 * @padding: how many bytes past the end of the contents @parse may read;
 *   the store follows the contents it hands @parse with that many zero
 *   bytes, for a reader such as simdjson that reads ahead
 *
 * How an owner reads and writes its file. Keys name entries of the file
 * (a record's id, say); the owner passes them to upright_store_changed().
 */
typedef struct {
  gpointer (*parse)         (GBytes      *bytes,
                             GPtrArray   *dropped,
                             GError     **error);
  GDestroyNotify free_parsed;
  gpointer (*snapshot)      (gpointer     owner);
  GBytes  *(*serialize)     (gpointer     snapshot);
  GDestroyNotify free_snapshot;
  void     (*merge)         (gpointer     owner,
                             gpointer     parsed,
                             GHashTable  *keep,
                             gboolean     keep_all);
  gsize    padding;
} UprightStoreFormat;

#define UPRIGHT_TYPE_STORE (upright_store_get_type ())

G_DECLARE_FINAL_TYPE (UprightStore, upright_store, UPRIGHT, STORE, GObject)

GQuark             upright_store_error_quark          (void);
char              *upright_store_get_data_dir         (void);

UprightStore      *upright_store_new                  (GFile                     *file,
                                                       const UprightStoreFormat  *format,
                                                       gpointer                   owner);
GFile             *upright_store_get_file             (UprightStore              *self);
UprightStoreState  upright_store_get_state            (UprightStore              *self);
void               upright_store_set_save_delay       (UprightStore              *self,
                                                       guint                      delay_ms);

void               upright_store_load_async           (UprightStore              *self,
                                                       GCancellable              *cancellable,
                                                       GAsyncReadyCallback        callback,
                                                       gpointer                   user_data);
gboolean           upright_store_load_finish          (UprightStore              *self,
                                                       GAsyncResult              *result,
                                                       GError                   **error);
const GError      *upright_store_get_load_error       (UprightStore              *self);
GFile             *upright_store_get_recovered_file   (UprightStore              *self);
const char * const *upright_store_get_dropped         (UprightStore              *self);

GFile             *upright_store_get_last_good_file   (UprightStore              *self);
gboolean           upright_store_set_last_good_used   (UprightStore              *self,
                                                       gboolean                   used,
                                                       GError                   **error);

void               upright_store_changed              (UprightStore              *self,
                                                       const char                *key);
gboolean           upright_store_has_unsaved_changes  (UprightStore              *self);
const GError      *upright_store_get_save_error       (UprightStore              *self);

void               upright_store_save_async           (UprightStore              *self,
                                                       GCancellable              *cancellable,
                                                       GAsyncReadyCallback        callback,
                                                       gpointer                   user_data);
gboolean           upright_store_save_finish          (UprightStore              *self,
                                                       GAsyncResult              *result,
                                                       GError                   **error);
gboolean           upright_store_close                (UprightStore              *self,
                                                       GError                   **error);

void               upright_store_read_file_async      (UprightStore              *self,
                                                       GFile                     *file,
                                                       GCancellable              *cancellable,
                                                       GAsyncReadyCallback        callback,
                                                       gpointer                   user_data);
gpointer           upright_store_read_file_finish     (UprightStore              *self,
                                                       GAsyncResult              *result,
                                                       GError                   **error);
gpointer           upright_store_parse                (UprightStore              *self,
                                                       GBytes                    *bytes,
                                                       GError                   **error);

G_END_DECLS
