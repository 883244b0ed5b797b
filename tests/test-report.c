/* test-report.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "core/upright-assessment.h"
#include "draw/upright-report.h"

#include "upright-test-records.h"

/* @n sessions in the four weeks up to Wednesday 25 November 2026, the
 * first of them the day the report's first week starts; and one session
 * just before that week, which the report leaves out. */
static GListModel *
make_records (guint n)
{
  GListStore *store = g_list_store_new (UPRIGHT_TYPE_RECORD);
  g_autoptr(UprightRecord) before = upright_test_record ("heel-raise", UPRIGHT_CATEGORY_STRENGTH,
                                                         "2026-11-01T23:30:00+01:00", 120, 5, 0);

  g_list_store_append (store, before);

  for (guint i = 0; i < n; i++)
    {
      /* From Monday 2 November, up to 24 days on, a few a day. */
      g_autofree char *when = upright_test_day (28 + (i % 24), 8 + i / 24);
      g_autoptr(UprightRecord) record = upright_test_record (i % 2 ? "weight-shift" : "sit-to-stand",
                                                             i % 2 ? UPRIGHT_CATEGORY_BALANCE : UPRIGHT_CATEGORY_STRENGTH,
                                                             when, 600, 6, i == 3 ? 4 : 0);

      if (i % 5 == 0)
        upright_record_set_note (record, "A long note, which the table cuts to a single line so that every row "
                                         "keeps its height, whatever she wrote, “quotes”, commas, and all.");
      g_list_store_append (store, record);
    }

  return G_LIST_MODEL (store);
}

static GListModel *
make_tests (void)
{
  GListStore *store = g_list_store_new (UPRIGHT_TYPE_ASSESSMENT);
  g_autoptr(GDateTime) time = g_date_time_new_from_iso8601 ("2026-11-14T11:00:00+01:00", NULL);
  g_autoptr(UprightAssessment) chair = upright_assessment_new (UPRIGHT_ASSESSMENT_CHAIR_STAND, time);
  g_autoptr(UprightAssessment) balance = upright_assessment_new (UPRIGHT_ASSESSMENT_FOUR_STAGE_BALANCE, time);

  upright_assessment_set_stands (chair, 11);
  upright_assessment_set_stage (balance, 0, 10);
  upright_assessment_set_stage (balance, 1, 10);
  upright_assessment_set_stage (balance, 2, 7);
  g_list_store_append (store, chair);
  g_list_store_append (store, balance);

  return G_LIST_MODEL (store);
}

static void
init_report (UprightReport *report,
             GListModel    *records,
             GListModel    *tests,
             guint          n_weeks)
{
  memset (report, 0, sizeof *report);
  report->records = records;
  report->assessments = tests;
  report->goals.strength_days = 2;
  report->goals.balance_minutes = 120;
  report->goals.posture_days = 7;
  g_date_clear (&report->today, 1);
  g_date_set_dmy (&report->today, 25, G_DATE_NOVEMBER, 2026);
  report->n_weeks = n_weeks;
}

/* Counts the page objects of a PDF, the way a viewer finds its pages. */
static guint
count_page_objects (GBytes *pdf)
{
  gsize size;
  const char *data = g_bytes_get_data (pdf, &size);
  const char *end = data + size;
  guint n = 0;

  /* The document has compressed, binary streams: no string functions. */
  for (const char *p = data; p + 12 <= end; p++)
    {
      if (memcmp (p, "/Type /Page", 11) == 0 && p[11] != 's')
        n++;
    }

  return n;
}

/* Asks a real PDF reader for the number of pages, when there is one. */
static int
read_pages_with_pdfinfo (GBytes *pdf)
{
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *output = NULL;
  g_autoptr(GError) error = NULL;
  const char *line;
  int status;
  int pages = -1;

  if (pdfinfo == NULL)
    return -1;

  dir = g_dir_make_tmp ("upright-report-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "report.pdf", NULL);
  g_file_set_contents (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), &error);
  g_assert_no_error (error);

  {
    const char *argv[] = { pdfinfo, path, NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                  &output, NULL, &status, &error);
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
  }

  line = strstr (output, "Pages:");
  g_assert_nonnull (line);
  pages = atoi (line + strlen ("Pages:"));

  g_remove (path);
  g_rmdir (dir);

  return pages;
}

static void
test_pages (void)
{
  const struct {
    guint sessions;
    guint pages;
  } cases[] = {
    /* Two pages, then the table of sessions, 30 rows a page. */
    { 0, 3 },
    { 1, 3 },
    { 30, 3 },
    { 31, 4 },
    { 95, 6 },
  };
  g_autoptr(GListModel) tests = make_tests ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GListModel) records = make_records (cases[i].sessions);
      g_autoptr(GBytes) pdf = NULL;
      g_autoptr(GError) error = NULL;
      UprightReport report;
      const char *data;
      gsize size;
      int read_pages;

      init_report (&report, records, tests, 4);
      g_assert_cmpuint (upright_report_count_sessions (&report), ==, cases[i].sessions);
      g_assert_cmpuint (upright_report_count_pages (&report), ==, cases[i].pages);

      pdf = upright_report_to_pdf (&report, &error);
      g_assert_no_error (error);
      g_assert_nonnull (pdf);

      data = g_bytes_get_data (pdf, &size);
      g_assert_cmpuint (size, >, 1000);
      g_assert_true (g_str_has_prefix (data, "%PDF-"));
      g_assert_nonnull (g_strstr_len (data + size - 32, 32, "%%EOF"));
      g_assert_cmpuint (count_page_objects (pdf), ==, cases[i].pages);

      read_pages = read_pages_with_pdfinfo (pdf);
      if (read_pages >= 0)
        g_assert_cmpint (read_pages, ==, cases[i].pages);
      else
        g_test_message ("No PDF reader to open the report with");

      if (cases[i].sessions == 95)
        {
          g_autofree char *path = g_test_build_filename (G_TEST_BUILT, "report.pdf", NULL);

          g_file_set_contents (path, data, size, &error);
          g_assert_no_error (error);
          g_test_message ("Saved %s", path);
        }
    }
}

static void
test_range (void)
{
  g_autoptr(GListModel) records = make_records (10);
  UprightReport report;

  /* Twelve weeks reach back to the session before the four. */
  init_report (&report, records, NULL, 12);
  g_assert_cmpuint (upright_report_count_sessions (&report), ==, 11);

  /* A report of a day before any session has none. */
  init_report (&report, records, NULL, 4);
  g_date_set_dmy (&report.today, 1, G_DATE_OCTOBER, 2026);
  g_assert_cmpuint (upright_report_count_sessions (&report), ==, 0);
  g_assert_cmpuint (upright_report_count_pages (&report), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report/pages", test_pages);
  g_test_add_func ("/report/range", test_range);

  return g_test_run ();
}
