/* upright-json-stream-private.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A reader for large files of Upright's that walks the text once, without
 * building a tree of it (simdjson's On-Demand API underneath). It hands
 * the objects of the file to C code one at a time, each as a flat list of
 * its members, and checks as it goes that the whole text is JSON.
 *
 * Only reading uses it: files are written with json-glib. */

typedef enum {
  UPRIGHT_JSON_NULL,
  UPRIGHT_JSON_BOOLEAN,
  UPRIGHT_JSON_INTEGER,
  UPRIGHT_JSON_NUMBER,
  UPRIGHT_JSON_STRING,
  UPRIGHT_JSON_ARRAY,
  UPRIGHT_JSON_OBJECT,
} UprightJsonKind;

/* A value; only the field of its kind is set. A whole number is an
 * integer when it is written without a fraction or exponent, as json-glib
 * reads it. A string is UTF-8 and ends with a NUL; the text check refuses
 * an escaped NUL inside one. Lists and objects only say their kind. */
typedef struct {
  UprightJsonKind  kind;
  gboolean         boolean;
  gint64           integer;
  double           number;
  const char      *string;
} UprightJsonValue;

/* One member of an object, in the order of the file.
 *
 * A member named in the reader's list of names (see
 * _upright_json_stream_read()) is @known, its position there; its value is
 * read, and for a list, so are its items (an item that is a list or an
 * object itself only says so). Any other member is -1: its value is
 * checked all through but not read, and @text is the member as the file
 * has it, from the quote before its name to the end of its value, for
 * writing it back unchanged. */
typedef struct {
  const char             *name;
  int                     known;
  UprightJsonValue        value;
  const UprightJsonValue *items;
  guint                   n_items;
  const char             *text;
  gsize                   text_length;
} UprightJsonMember;

/* An object's members, valid until the callback it is given to returns.
 * @repeated is a name that is there twice, in the object or in a value
 * of one of its members this version does not know, or %NULL. */
typedef struct {
  const UprightJsonMember *members;
  guint                    n_members;
  const char              *repeated;
} UprightJsonObject;

typedef struct {
  const char * const *names;
  guint               n_names;
} UprightJsonNames;

/* Called with the top-level object's members, before any list of it is
 * read. The members that are lists of objects only say their kind. */
typedef gboolean (*UprightJsonRootFunc) (const UprightJsonObject  *root,
                                         gpointer                  user_data,
                                         GError                  **error);

/* Called for each item of the top-level list whose name is @list in the
 * root's names; @item is %NULL when the item is not an object. */
typedef gboolean (*UprightJsonItemFunc) (guint                     list,
                                         guint                     index,
                                         const UprightJsonObject  *item,
                                         gpointer                  user_data,
                                         GError                  **error);

/* The bytes simdjson may read beyond the end of the text. */
#define UPRIGHT_JSON_STREAM_PADDING 64

gboolean _upright_json_stream_read (const char              *data,
                                    gsize                    size,
                                    gsize                    capacity,
                                    const UprightJsonNames  *root_names,
                                    guint64                  lists,
                                    const UprightJsonNames  *item_names,
                                    UprightJsonRootFunc      root_func,
                                    UprightJsonItemFunc      item_func,
                                    gpointer                 user_data,
                                    GError                 **error);

G_END_DECLS
