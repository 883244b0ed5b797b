/* upright-json.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "upright-json-private.h"

/*
 * Returns the members of @object not named in @known, as the text of a JSON
 * object, or %NULL when there are none.
 */
char *
_upright_json_get_extra (JsonObject         *object,
                         const char * const *known,
                         gsize               n_known)
{
  g_autoptr(JsonObject) extra = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GList) members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;
      gboolean is_known = FALSE;

      for (gsize i = 0; i < n_known && !is_known; i++)
        is_known = g_str_equal (name, known[i]);

      if (is_known)
        continue;

      if (extra == NULL)
        extra = json_object_new ();
      json_object_set_member (extra, name, json_node_copy (json_object_get_member (object, name)));
    }

  if (extra == NULL)
    return NULL;

  node = json_node_init_object (json_node_alloc (), extra);

  return json_to_string (node, FALSE);
}

/*
 * Adds the members _upright_json_get_extra() kept to the object @builder is
 * building.
 */
void
_upright_json_add_extra (JsonBuilder *builder,
                         const char  *extra)
{
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GList) members = NULL;
  JsonObject *object;

  if (extra == NULL)
    return;

  node = json_from_string (extra, NULL);
  g_return_if_fail (node != NULL && JSON_NODE_HOLDS_OBJECT (node));

  object = json_node_get_object (node);
  members = json_object_get_members (object);
  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;

      json_builder_set_member_name (builder, name);
      json_builder_add_value (builder, json_node_copy (json_object_get_member (object, name)));
    }
}
