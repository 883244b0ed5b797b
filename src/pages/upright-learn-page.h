/* upright-learn-page.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define UPRIGHT_TYPE_LEARN_PAGE (upright_learn_page_get_type ())

G_DECLARE_FINAL_TYPE (UprightLearnPage, upright_learn_page, UPRIGHT, LEARN_PAGE, GtkWidget)

G_END_DECLS
