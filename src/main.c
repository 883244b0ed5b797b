/* main.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "upright-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(UprightApplication) app = NULL;
  const char *localedir = g_getenv ("UPRIGHT_LOCALEDIR");

  /* Run from the build tree, the translations are there, not installed. */
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = upright_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
