/* upright-speech.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#if HAVE_SPEECH
#include <libspeechd.h>
#endif

#include "upright-speech.h"

/* Spoken guidance: what a session shows, said aloud with the desktop's own
 * voice and rate, through Speech Dispatcher. The connection is made on the
 * first thing to say; a new thing to say cuts short the one before, as the
 * screen would. Without Speech Dispatcher, nothing is said and
 * upright_speech_get_problem() says why.
 */

struct _UprightSpeech
{
  GObject        parent_instance;

#if HAVE_SPEECH
  SPDConnection *connection;
#endif
  char          *problem;
  gboolean       tried;
};

G_DEFINE_FINAL_TYPE (UprightSpeech, upright_speech, G_TYPE_OBJECT)

UprightSpeech *
upright_speech_new (void)
{
  return g_object_new (UPRIGHT_TYPE_SPEECH, NULL);
}

/**
 * upright_speech_is_built_in:
 *
 * Returns: whether this build of Upright can speak at all
 */
gboolean
upright_speech_is_built_in (void)
{
  return HAVE_SPEECH;
}

/**
 * upright_speech_get_problem:
 * @self: a speech
 *
 * Returns: (nullable): why nothing can be said, in words for her
 */
const char *
upright_speech_get_problem (UprightSpeech *self)
{
  g_return_val_if_fail (UPRIGHT_IS_SPEECH (self), NULL);

  return self->problem;
}

#if HAVE_SPEECH
static gboolean
ensure_connection (UprightSpeech *self)
{
  char *error = NULL;
  const char *messages;

  if (self->connection != NULL)
    return TRUE;
  if (self->tried)
    return FALSE;
  self->tried = TRUE;

  self->connection = spd_open2 ("upright", "guidance", NULL, SPD_MODE_THREADED, NULL, TRUE, &error);
  if (self->connection == NULL)
    {
      g_debug ("Speech Dispatcher cannot be reached: %s", error != NULL ? error : "");
      free (error);
      g_free (self->problem);
      self->problem = g_strdup (_("Nothing can be said aloud: Speech Dispatcher is not running on this computer"));
      return FALSE;
    }

  /* In the language Upright speaks, such as "de" for German. */
  messages = setlocale (LC_MESSAGES, NULL);
  if (messages != NULL && g_ascii_isalpha (messages[0]) && g_ascii_isalpha (messages[1]) &&
      !g_str_equal (messages, "C") && !g_str_equal (messages, "POSIX"))
    {
      g_autofree char *language = g_strndup (messages, 2);

      spd_set_language (self->connection, language);
    }

  return TRUE;
}
#endif

/**
 * upright_speech_say:
 * @self: a speech
 * @text: what to say
 *
 * Says @text, cutting short whatever is being said.
 *
 * Returns: whether it could be said
 */
gboolean
upright_speech_say (UprightSpeech *self,
                    const char    *text)
{
  g_return_val_if_fail (UPRIGHT_IS_SPEECH (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

#if HAVE_SPEECH
  if (!ensure_connection (self))
    return FALSE;

  spd_cancel (self->connection);
  return spd_say (self->connection, SPD_MESSAGE, text) >= 0;
#else
  if (self->problem == NULL)
    self->problem = g_strdup (_("Nothing can be said aloud: this copy of Upright was built without speech"));
  return FALSE;
#endif
}

/**
 * upright_speech_stop:
 * @self: a speech
 *
 * Stops what is being said.
 */
void
upright_speech_stop (UprightSpeech *self)
{
  g_return_if_fail (UPRIGHT_IS_SPEECH (self));

#if HAVE_SPEECH
  if (self->connection != NULL)
    spd_cancel (self->connection);
#endif
}

static void
upright_speech_finalize (GObject *object)
{
  UprightSpeech *self = UPRIGHT_SPEECH (object);

#if HAVE_SPEECH
  g_clear_pointer (&self->connection, spd_close);
#endif
  g_free (self->problem);

  G_OBJECT_CLASS (upright_speech_parent_class)->finalize (object);
}

static void
upright_speech_class_init (UprightSpeechClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = upright_speech_finalize;
}

static void
upright_speech_init (UprightSpeech *self)
{
}
