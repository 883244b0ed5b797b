/* upright-article-view-private.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "upright-article-view.h"

G_BEGIN_DECLS

/* The article view works in two steps: a Markdown document becomes a tree
 * of blocks, with every decision about structure, escaping, links and
 * images taken; then each block becomes a widget. The first step needs no
 * display, so tests and the fuzzer can run it alone.
 */

typedef enum {
  UPRIGHT_ARTICLE_BLOCK_DOCUMENT,
  UPRIGHT_ARTICLE_BLOCK_HEADING,
  UPRIGHT_ARTICLE_BLOCK_PARAGRAPH,
  UPRIGHT_ARTICLE_BLOCK_PLAIN,
  UPRIGHT_ARTICLE_BLOCK_CODE,
  UPRIGHT_ARTICLE_BLOCK_LIST,
  UPRIGHT_ARTICLE_BLOCK_ITEM,
  UPRIGHT_ARTICLE_BLOCK_QUOTE,
  UPRIGHT_ARTICLE_BLOCK_RULE,
  UPRIGHT_ARTICLE_BLOCK_IMAGE,
} UprightArticleBlockKind;

typedef struct _UprightArticleBlock UprightArticleBlock;

struct _UprightArticleBlock
{
  UprightArticleBlockKind  kind;

  /* The level of a heading, 1 to 6. */
  int                      level;

  /* Whether a list keeps its items close together. */
  gboolean                 tight;

  /* Pango markup for a heading or a paragraph; plain text for plain and
   * code blocks; the marker of a list item; the alternative text of an
   * image. */
  char                    *text;

  /* The resource an image is loaded from, or %NULL if it may not be
   * loaded. */
  char                    *resource_path;

  /* The blocks inside a document, list, item or quote. */
  GPtrArray               *children;
};

/* Containers nested deeper than this are rendered flat. */
#define UPRIGHT_ARTICLE_MAX_DEPTH 16

typedef enum {
  UPRIGHT_ARTICLE_LINK_IGNORED,
  UPRIGHT_ARTICLE_LINK_INTERNAL,
  UPRIGHT_ARTICLE_LINK_BROWSER,
} UprightArticleLinkKind;

G_GNUC_INTERNAL
UprightArticleBlock    *upright_article_block_parse (const char          *markdown,
                                                     const char          *resource_base);
G_GNUC_INTERNAL
void                    upright_article_block_free  (UprightArticleBlock *block);
G_GNUC_INTERNAL
UprightArticleLinkKind  upright_article_link_kind   (const char          *uri);

/* Opens an https: link in the browser. Tests replace it, so that no
 * browser starts. */
G_GNUC_INTERNAL
extern void (*upright_article_view_open_uri_func) (GtkWidget  *widget,
                                                   const char *uri);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (UprightArticleBlock, upright_article_block_free)

G_END_DECLS
