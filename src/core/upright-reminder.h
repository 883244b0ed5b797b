/* upright-reminder.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * UprightNowFunc:
 * @user_data: the data given to upright_reminder_set_now_func()
 *
 * A wall clock.
 *
 * Returns: (transfer full): the time now, in local time
 */
typedef GDateTime *(*UprightNowFunc) (gpointer user_data);

#define UPRIGHT_TYPE_REMINDER (upright_reminder_get_type ())

G_DECLARE_FINAL_TYPE (UprightReminder, upright_reminder, UPRIGHT, REMINDER, GObject)

UprightReminder *upright_reminder_new (void);

gboolean         upright_reminder_get_enabled           (UprightReminder *self);
void             upright_reminder_set_enabled           (UprightReminder *self,
                                                         gboolean         enabled);
guint            upright_reminder_get_interval_minutes  (UprightReminder *self);
void             upright_reminder_set_interval_minutes  (UprightReminder *self,
                                                         guint            minutes);
guint            upright_reminder_get_active_start_hour (UprightReminder *self);
void             upright_reminder_set_active_start_hour (UprightReminder *self,
                                                         guint            hour);
guint            upright_reminder_get_active_end_hour   (UprightReminder *self);
void             upright_reminder_set_active_end_hour   (UprightReminder *self,
                                                         guint            hour);
gboolean         upright_reminder_get_in_session        (UprightReminder *self);
void             upright_reminder_set_in_session        (UprightReminder *self,
                                                         gboolean         in_session);

void             upright_reminder_set_now_func      (UprightReminder *self,
                                                     UprightNowFunc   now_func,
                                                     gpointer         user_data);
void             upright_reminder_set_auto_schedule (UprightReminder *self,
                                                     gboolean         auto_schedule);
gboolean         upright_reminder_get_auto_schedule (UprightReminder *self);

GDateTime       *upright_reminder_get_next_due (UprightReminder *self);
gboolean         upright_reminder_check        (UprightReminder *self);
void             upright_reminder_snooze       (UprightReminder *self,
                                                guint            minutes);
void             upright_reminder_reset        (UprightReminder *self);

G_END_DECLS
