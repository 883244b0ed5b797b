/* upright-article.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "upright-region.h"

G_BEGIN_DECLS

#define UPRIGHT_ARTICLE_ERROR (upright_article_error_quark ())

/**
 * UprightArticleError:
 * @UPRIGHT_ARTICLE_ERROR_FRONT_MATTER: the header is missing or wrong
 * @UPRIGHT_ARTICLE_ERROR_ENCODING: the text is not UTF-8
 * @UPRIGHT_ARTICLE_ERROR_DUPLICATE_ID: two articles share an id
 */
typedef enum {
  UPRIGHT_ARTICLE_ERROR_FRONT_MATTER,
  UPRIGHT_ARTICLE_ERROR_ENCODING,
  UPRIGHT_ARTICLE_ERROR_DUPLICATE_ID,
} UprightArticleError;

#define UPRIGHT_TYPE_ARTICLE (upright_article_get_type ())

G_DECLARE_FINAL_TYPE (UprightArticle, upright_article, UPRIGHT, ARTICLE, GObject)

GQuark               upright_article_error_quark   (void);

UprightArticle      *upright_article_new_from_text (const char     *text,
                                                    gssize          length,
                                                    GError        **error);
const char          *upright_article_get_id        (UprightArticle *self);
const char          *upright_article_get_title     (UprightArticle *self);
const char          *upright_article_get_summary   (UprightArticle *self);
guint                upright_article_get_minutes   (UprightArticle *self);
const UprightRegion *upright_article_get_regions   (UprightArticle *self,
                                                    guint          *n_regions);
const char * const  *upright_article_get_exercises (UprightArticle *self);
GDate               *upright_article_get_reviewed  (UprightArticle *self);
const char          *upright_article_get_body      (UprightArticle *self);
gboolean             upright_article_matches       (UprightArticle *self,
                                                    const char     *query);

G_END_DECLS
