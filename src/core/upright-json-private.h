/* upright-json-private.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "upright-json-stream-private.h"

G_BEGIN_DECLS

/* Members of the user's files that this version does not know are kept as
 * they were read and written back, so that an older Upright does not drop
 * what a newer one wrote. They travel as JSON text, which threads can share
 * where JSON nodes cannot. */
char *_upright_json_get_extra (JsonObject         *object,
                               const char * const *known,
                               gsize               n_known);
void  _upright_json_add_extra (JsonBuilder        *builder,
                               const char         *extra);

/* Reads the members of one item of a list in a file, such as a record,
 * as the streaming reader hands them over, and names the item (@what and
 * its position, and its @id once known) and the member in every problem.
 * Members are asked for by their position in @names. */
#define UPRIGHT_JSON_READER_MAX_NAMES 16

typedef struct {
  const UprightJsonObject *object;
  const UprightJsonNames  *names;
  const UprightJsonMember *found[UPRIGHT_JSON_READER_MAX_NAMES];
  const char              *what;
  guint                    index;
  const char              *id;
  GError                 **error;
} UprightJsonReader;

void        _upright_json_set_damaged    (GError                  **error,
                                          const char               *what,
                                          guint                     index);
gboolean    _upright_json_reader_init    (UprightJsonReader        *reader,
                                          const UprightJsonObject  *object,
                                          const UprightJsonNames   *names,
                                          const char               *what,
                                          guint                     index,
                                          GError                  **error);
gboolean    _upright_json_reader_fail    (UprightJsonReader        *reader,
                                          const char               *member,
                                          const char               *format,
                                          ...) G_GNUC_PRINTF (3, 4);
const UprightJsonValue *
            _upright_json_reader_get     (UprightJsonReader        *reader,
                                          guint                     name);
const char *_upright_json_reader_string  (UprightJsonReader        *reader,
                                          guint                     name);
gboolean    _upright_json_reader_count   (UprightJsonReader        *reader,
                                          guint                     name,
                                          const UprightJsonValue   *value,
                                          guint                     max,
                                          guint                    *out);
char       *_upright_json_object_get_extra (const UprightJsonObject *object);

/* Refuses what json-glib would read wrongly or crash on; see upright-json.c. */
gboolean _upright_json_check_text      (const char  *data,
                                        gsize        size,
                                        GError     **error);
gboolean _upright_json_check_text_full (const char  *data,
                                        gsize        size,
                                        gboolean    *controls,
                                        GError     **error);
char    *_upright_json_escape_controls (const char  *data,
                                        gsize        size,
                                        gsize        padding,
                                        gsize       *length);

G_END_DECLS
