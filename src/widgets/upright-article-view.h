/* upright-article-view.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define UPRIGHT_TYPE_ARTICLE_VIEW (upright_article_view_get_type ())

G_DECLARE_FINAL_TYPE (UprightArticleView, upright_article_view, UPRIGHT, ARTICLE_VIEW, GtkWidget)

GtkWidget *upright_article_view_new          (void);
void       upright_article_view_set_markdown (UprightArticleView *self,
                                              const char         *markdown,
                                              const char         *resource_base);

G_END_DECLS
