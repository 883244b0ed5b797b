/* upright-accessible.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void upright_accessible_set_label  (GtkWidget  *widget,
                                    const char *label);
void upright_accessible_fix_names  (GtkWidget  *root);
void upright_accessible_one_stop_rows (GtkWidget *root);
void upright_accessible_add_activate (GtkWidget *row);
GtkWidget *upright_accessible_find_child (GtkWidget *root,
                                          GType      type);

GtkWidget *upright_accessible_find_search_button (GtkWidget *root);

G_END_DECLS
