/* upright-article-library.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "upright-article.h"

G_BEGIN_DECLS

#define UPRIGHT_TYPE_ARTICLE_LIBRARY (upright_article_library_get_type ())

G_DECLARE_FINAL_TYPE (UprightArticleLibrary, upright_article_library, UPRIGHT, ARTICLE_LIBRARY, GObject)

UprightArticleLibrary *upright_article_library_new_from_resource (const char            *path,
                                                                  const char * const    *languages,
                                                                  GError               **error);
UprightArticle        *upright_article_library_lookup            (UprightArticleLibrary *self,
                                                                  const char            *id);
UprightArticle        *upright_article_library_find_for_exercise (UprightArticleLibrary *self,
                                                                  const char            *exercise_id);

G_END_DECLS
