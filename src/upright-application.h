/* upright-application.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "core/upright-reminder.h"
#include "pages/upright-window.h"

G_BEGIN_DECLS

#define UPRIGHT_TYPE_APPLICATION (upright_application_get_type ())

G_DECLARE_FINAL_TYPE (UprightApplication, upright_application, UPRIGHT, APPLICATION, AdwApplication)

UprightApplication   *upright_application_new                (void);
GSettings            *upright_application_get_settings       (UprightApplication *self);
UprightCatalog       *upright_application_get_catalog        (UprightApplication *self);
UprightSafetyProfile *upright_application_get_safety_profile (UprightApplication *self);
UprightArticleLibrary *upright_application_get_library       (UprightApplication *self);
UprightPlan          *upright_application_get_plan           (UprightApplication *self);
UprightReminder      *upright_application_get_reminder       (UprightApplication *self);
void                  upright_application_get_models         (UprightApplication  *self,
                                                              UprightWindowModels *models);

G_END_DECLS
