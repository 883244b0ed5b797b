/* upright-learn-page.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "core/upright-article-library.h"
#include "core/upright-catalog.h"
#include "core/upright-plan.h"

G_BEGIN_DECLS

#define UPRIGHT_TYPE_LEARN_PAGE (upright_learn_page_get_type ())

G_DECLARE_FINAL_TYPE (UprightLearnPage, upright_learn_page, UPRIGHT, LEARN_PAGE, GtkWidget)

void            upright_learn_page_setup        (UprightLearnPage      *self,
                                                 UprightArticleLibrary *library,
                                                 UprightCatalog        *catalog,
                                                 UprightPlan           *plan);
gboolean        upright_learn_page_show_article (UprightLearnPage      *self,
                                                 const char            *id);
UprightArticle *upright_learn_page_get_article  (UprightLearnPage      *self);
GListModel     *upright_learn_page_get_model    (UprightLearnPage      *self);
void            upright_learn_page_show_error   (UprightLearnPage      *self,
                                                 const GError          *error);

G_END_DECLS
