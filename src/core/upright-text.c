/* upright-text.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "upright-text.h"

/**
 * upright_text_is_id:
 * @text: a string
 *
 * Checks whether @text can name an exercise, article or demo: lowercase
 * ASCII letters, digits and dashes, not starting with a dash.
 *
 * Returns: %TRUE if @text is a valid id
 */
gboolean
upright_text_is_id (const char *text)
{
  g_return_val_if_fail (text != NULL, FALSE);

  if (*text == '\0' || *text == '-')
    return FALSE;

  for (const char *c = text; *c; c++)
    {
      if (!g_ascii_islower (*c) && !g_ascii_isdigit (*c) && *c != '-')
        return FALSE;
    }

  return TRUE;
}

/**
 * upright_text_fold:
 * @text: UTF-8 text
 *
 * Makes text comparable for searching: normalized and case-folded.
 *
 * Returns: (transfer full): the folded text
 */
char *
upright_text_fold (const char *text)
{
  g_autofree char *normalized = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  normalized = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);

  return g_utf8_casefold (normalized != NULL ? normalized : "", -1);
}

/**
 * upright_text_matches_words:
 * @folded_text: text folded with upright_text_fold()
 * @query: (nullable): words to look for, as typed
 *
 * Returns: %TRUE if every word of @query appears in @folded_text, ignoring
 *   case; an empty query matches everything
 */
gboolean
upright_text_matches_words (const char *folded_text,
                            const char *query)
{
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;

  g_return_val_if_fail (folded_text != NULL, FALSE);

  if (query == NULL)
    return TRUE;

  folded = upright_text_fold (query);
  words = g_strsplit_set (folded, " \t\n", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] != '\0' && strstr (folded_text, words[i]) == NULL)
        return FALSE;
    }

  return TRUE;
}
