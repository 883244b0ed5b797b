/* upright-progress-page.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define UPRIGHT_TYPE_PROGRESS_PAGE (upright_progress_page_get_type ())

G_DECLARE_FINAL_TYPE (UprightProgressPage, upright_progress_page, UPRIGHT, PROGRESS_PAGE, GtkWidget)

G_END_DECLS
