/* upright-self-tests.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "core/upright-assessment.h"

G_BEGIN_DECLS

#define UPRIGHT_TYPE_SELF_TESTS (upright_self_tests_get_type ())

G_DECLARE_FINAL_TYPE (UprightSelfTests, upright_self_tests, UPRIGHT, SELF_TESTS, GtkWidget)

const char *upright_self_tests_get_test_id   (UprightAssessmentKind  kind);
gboolean    upright_self_tests_find_kind     (const char            *id,
                                              UprightAssessmentKind *kind);
void        upright_self_tests_update        (UprightSelfTests      *self,
                                              GListModel            *assessments);
GtkWidget  *upright_self_tests_get_chart     (UprightSelfTests      *self,
                                              UprightAssessmentKind  kind);

G_END_DECLS
