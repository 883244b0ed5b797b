/* fuzz-article.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer target for the Learn page's input: the front matter parser and
 * the Markdown-to-blocks step of the article view, which takes every
 * decision about structure, escaping and links without needing a display.
 * Besides crashes and leaks it checks that each block's markup is valid
 * Pango markup, so no input can inject markup into a label.
 */

#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include "core/upright-article.h"
#include "widgets/upright-article-view-private.h"

static gboolean
valid_label_markup (const char *markup)
{
  static GRegex *links;
  g_autofree char *without_links = NULL;

  /* Links are GtkLabel's addition to Pango markup: take them out first. */
  if (links == NULL)
    links = g_regex_new ("<a href=\"[^\"<>]*\">|</a>", G_REGEX_OPTIMIZE, 0, NULL);

  without_links = g_regex_replace_literal (links, markup, -1, 0, "", 0, NULL);

  return without_links != NULL &&
         pango_parse_markup (without_links, -1, 0, NULL, NULL, NULL, NULL);
}

static void
check_block (UprightArticleBlock *block)
{
  if ((block->kind == UPRIGHT_ARTICLE_BLOCK_HEADING ||
       block->kind == UPRIGHT_ARTICLE_BLOCK_PARAGRAPH) &&
      block->text != NULL &&
      !valid_label_markup (block->text))
    {
      g_printerr ("Invalid markup: %s\n", block->text);
      abort ();
    }

  if (block->text != NULL && !g_utf8_validate (block->text, -1, NULL))
    abort ();

  /* An image may only come from the application's own resources. */
  if (block->resource_path != NULL && strstr (block->resource_path, "..") != NULL)
    abort ();

  for (guint i = 0; block->children != NULL && i < block->children->len; i++)
    check_block (g_ptr_array_index (block->children, i));
}

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(UprightArticle) article = NULL;
  g_autoptr(UprightArticleBlock) document = NULL;
  g_autofree char *text = NULL;
  const char *markdown;

  article = upright_article_new_from_text ((const char *) data, size, NULL);
  if (article != NULL)
    {
      markdown = upright_article_get_body (article);
    }
  else
    {
      /* Input the header parser refused still goes through the renderer,
       * which must cope with anything, invalid UTF-8 included. */
      text = g_strndup ((const char *) data, size);
      markdown = text;
    }

  document = upright_article_block_parse (markdown, "/io/github/upright/Upright/articles/");
  if (document != NULL)
    check_block (document);

  /* The same bytes as a link target. */
  if (text != NULL)
    upright_article_link_kind (text);

  return 0;
}
