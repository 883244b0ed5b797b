/* upright-plan.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "upright-routine.h"
#include "upright-store.h"

G_BEGIN_DECLS

#define UPRIGHT_PLAN_VERSION 1

#define UPRIGHT_TYPE_PLAN (upright_plan_get_type ())

G_DECLARE_FINAL_TYPE (UprightPlan, upright_plan, UPRIGHT, PLAN, GObject)

UprightPlan         *upright_plan_new                (GFile                *file);
GFile               *upright_plan_get_file           (UprightPlan          *self);
UprightStore        *upright_plan_get_store          (UprightPlan          *self);

void                 upright_plan_load_async         (UprightPlan          *self,
                                                      GCancellable         *cancellable,
                                                      GAsyncReadyCallback   callback,
                                                      gpointer              user_data);
gboolean             upright_plan_load_finish        (UprightPlan          *self,
                                                      GAsyncResult         *result,
                                                      GError              **error);
gboolean             upright_plan_is_loaded          (UprightPlan          *self);
GFile               *upright_plan_get_recovered_file (UprightPlan          *self);

gboolean             upright_plan_is_bookmarked      (UprightPlan          *self,
                                                      const char           *article_id);
void                 upright_plan_set_bookmarked     (UprightPlan          *self,
                                                      const char           *article_id,
                                                      gboolean              bookmarked);
const char * const  *upright_plan_get_bookmarks      (UprightPlan          *self);
gboolean             upright_plan_is_read            (UprightPlan          *self,
                                                      const char           *article_id);
void                 upright_plan_set_read           (UprightPlan          *self,
                                                      const char           *article_id,
                                                      gboolean              read);

GListModel          *upright_plan_get_routines       (UprightPlan          *self);
UprightRoutine      *upright_plan_lookup_routine     (UprightPlan          *self,
                                                      const char           *id);
gboolean             upright_plan_find_routine       (UprightPlan          *self,
                                                      const char           *id,
                                                      guint                *position);
void                 upright_plan_add_routine        (UprightPlan          *self,
                                                      UprightRoutine       *routine);
void                 upright_plan_insert_routine     (UprightPlan          *self,
                                                      guint                 position,
                                                      UprightRoutine       *routine);
UprightRoutine      *upright_plan_remove_routine     (UprightPlan          *self,
                                                      const char           *id);
void                 upright_plan_move_routine       (UprightPlan          *self,
                                                      guint                 from,
                                                      guint                 to);

void                 upright_plan_flush_async        (UprightPlan          *self,
                                                      GCancellable         *cancellable,
                                                      GAsyncReadyCallback   callback,
                                                      gpointer              user_data);
gboolean             upright_plan_flush_finish       (UprightPlan          *self,
                                                      GAsyncResult         *result,
                                                      GError              **error);
gboolean             upright_plan_close              (UprightPlan          *self,
                                                      GError              **error);

gboolean             upright_plan_is_valid_video_uri (const char           *uri);
const char          *upright_plan_get_video          (UprightPlan          *self,
                                                      const char           *exercise_id);
void                 upright_plan_set_video          (UprightPlan          *self,
                                                      const char           *exercise_id,
                                                      const char           *uri);

G_END_DECLS
