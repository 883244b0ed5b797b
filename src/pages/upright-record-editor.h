/* upright-record-editor.h
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "core/upright-journal.h"

G_BEGIN_DECLS

#define UPRIGHT_TYPE_RECORD_EDITOR (upright_record_editor_get_type ())

G_DECLARE_FINAL_TYPE (UprightRecordEditor, upright_record_editor, UPRIGHT, RECORD_EDITOR, AdwWindow)

UprightRecordEditor *upright_record_editor_new (UprightJournal *journal,
                                                UprightRecord  *record,
                                                const char     *title);

G_END_DECLS
