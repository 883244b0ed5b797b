/* fuzz-journal.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer target for journal.json: the same parser that loading the
 * journal uses, from the raw bytes to sealed records. Besides crashes, leaks
 * and GLib criticals it checks what the journal promises about a file it
 * accepted: the records are in time order with unique ids, and saving them
 * gives a file that reads back to the same records, so that the app can
 * never write a journal it will later refuse and move aside.
 */

#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include "core/upright-journal-private.h"
#include "core/upright-record-private.h"

static void
fail (const char *format,
      ...) G_GNUC_PRINTF (1, 2) G_GNUC_NORETURN;

static void
fail (const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_printerr ("%s\n", message);

  abort ();
}

/* A critical or a warning is a bug the fuzzer should stop at and keep the
 * input of: libFuzzer catches abort(), not GLib's breakpoint trap. */
static void
log_cb (const char     *domain,
        GLogLevelFlags  level,
        const char     *message,
        gpointer        user_data)
{
  if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    fail ("%s: %s", domain != NULL ? domain : "(no domain)", message);
}

static void
check_order (GPtrArray *records)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < records->len; i++)
    {
      UprightRecord *record = g_ptr_array_index (records, i);

      if (!upright_record_is_sealed (record))
        fail ("Record %u is not sealed", i);

      if (!g_hash_table_add (ids, (gpointer) upright_record_get_id (record)))
        fail ("Record %u repeats the id %s", i, upright_record_get_id (record));

      if (i > 0 && _upright_record_compare (g_ptr_array_index (records, i - 1), record) >= 0)
        fail ("Record %u is out of order", i);
    }
}

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static gboolean initialized;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) saved_again = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GPtrArray) assessments = NULL;
  g_autoptr(GPtrArray) assessments_again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *extra = NULL;
  g_autofree char *extra_again = NULL;

  if (!initialized)
    {
      g_log_set_default_handler (log_cb, NULL);
      initialized = TRUE;
    }

  bytes = g_bytes_new_static (data, size);
  records = _upright_journal_parse (bytes, &assessments, &extra, &error);
  if (records == NULL)
    {
      if (error == NULL || extra != NULL || assessments != NULL)
        fail ("A refused file must come with an error and nothing else");

      return 0;
    }

  if (error != NULL)
    fail ("An accepted file came with an error: %s", error->message);

  check_order (records);

  /* What is saved reads back, and is saved the same way again. */
  saved = _upright_journal_serialize (records, assessments, extra);
  again = _upright_journal_parse (saved, &assessments_again, &extra_again, &error);
  if (again == NULL)
    fail ("A saved journal does not read back: %s\n%.*s", error->message,
          (int) g_bytes_get_size (saved), (const char *) g_bytes_get_data (saved, NULL));

  if (again->len != records->len)
    fail ("%u records were saved, %u read back", records->len, again->len);

  check_order (again);

  if (assessments_again->len != assessments->len)
    fail ("%u self-tests read back as %u", assessments->len, assessments_again->len);

  saved_again = _upright_journal_serialize (again, assessments_again, extra_again);
  if (!g_bytes_equal (saved, saved_again))
    fail ("A journal is saved differently after reading it back:\n%.*s\n----\n%.*s",
          (int) g_bytes_get_size (saved), (const char *) g_bytes_get_data (saved, NULL),
          (int) g_bytes_get_size (saved_again), (const char *) g_bytes_get_data (saved_again, NULL));

  return 0;
}
