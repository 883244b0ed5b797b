/* upright-routines-page.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "core/upright-catalog.h"
#include "core/upright-plan.h"
#include "core/upright-safety-profile.h"

G_BEGIN_DECLS

#define UPRIGHT_TYPE_ROUTINES_PAGE (upright_routines_page_get_type ())

G_DECLARE_FINAL_TYPE (UprightRoutinesPage, upright_routines_page, UPRIGHT, ROUTINES_PAGE, GtkWidget)

void            upright_routines_page_setup        (UprightRoutinesPage  *self,
                                                    UprightPlan          *plan,
                                                    UprightCatalog       *catalog,
                                                    UprightSafetyProfile *profile,
                                                    GSettings            *settings);
void            upright_routines_page_show_error   (UprightRoutinesPage  *self,
                                                    const GError         *error);
gboolean        upright_routines_page_edit         (UprightRoutinesPage  *self,
                                                    const char           *id);
UprightRoutine *upright_routines_page_get_routine  (UprightRoutinesPage  *self);
GtkWindow      *upright_routines_page_get_chooser  (UprightRoutinesPage  *self);

G_END_DECLS
