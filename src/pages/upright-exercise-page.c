/* upright-exercise-page.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "core/upright-demo.h"
#include "widgets/upright-accessible.h"
#include "widgets/upright-mirror-view.h"
#include "widgets/upright-video-view.h"

#include "upright-exercise-page.h"

/* Everything about one exercise: how to do it, how much, how to make it
 * easier or harder, how to stay safe, and where the advice comes from.
 */
struct _UprightExercisePage
{
  GtkWidget             parent_instance;

  UprightCatalog       *catalog;
  UprightSafetyProfile *profile;
  UprightArticleLibrary *library;
  UprightPlan          *plan;
  UprightExercise      *exercise;
  GtkWidget            *video_view;

  /* Template widgets */
  GtkScrolledWindow    *scrolled_window;
  GtkLabel             *title_label;
  GtkLabel             *summary_label;
  GtkWidget            *why_button;
  GtkWidget            *start_button;
  GtkLabel             *why_content;
  GtkWidget            *advice_box;
  GtkBox               *advice_reasons;
  GtkLabel             *advice_hint;
  GtkBox               *easier_notes;
  GtkBox               *harder_notes;
  GtkWidget            *back_button;
  GtkLabel             *dose_label;
  GtkWidget            *rest_row;
  GtkLabel             *rest_label;
  GtkLabel             *equipment_label;
  GtkLabel             *start_position_label;
  GtkBox               *steps_box;
  GtkLabel             *breathing_label;
  GtkLabel             *easier_label;
  GtkLabel             *harder_label;
  GtkBox               *safety_notes;
  GtkBox               *references_box;
  GtkBox               *video_box;
  GtkWidget            *demo_placeholder;
  GtkLabel             *video_source_label;
  GtkWidget            *own_video_button;
  GtkWidget            *remove_video_button;
  GtkWidget            *mirror_view;
};

G_DEFINE_FINAL_TYPE (UprightExercisePage, upright_exercise_page, GTK_TYPE_WIDGET)

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static GtkWidget *
text_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);

  return label;
}

static GtkWidget *
bullet (const char *text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *dot = gtk_label_new ("•");

  gtk_widget_set_valign (dot, GTK_ALIGN_START);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dot), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  gtk_box_append (GTK_BOX (box), dot);
  gtk_box_append (GTK_BOX (box), text_label (text));

  return box;
}

/* The label in @box called @name, made the first time. The labels stay
 * and only change: widgets taken out of a page that a screen reader is
 * reading confuse GTK's accessibility. */
static GtkLabel *
get_note_label (GtkBox     *box,
                const char *name,
                const char *css_class)
{
  GtkWidget *label = g_object_get_data (G_OBJECT (box), name);

  if (label == NULL)
    {
      label = text_label ("");
      gtk_widget_add_css_class (label, css_class);
      gtk_box_append (box, label);
      g_object_set_data (G_OBJECT (box), name, label);
    }

  return GTK_LABEL (label);
}

/* Under the easier or harder version: its own safety note, and why the
 * safety profile does not advise it, if it does not. */
static void
update_version_notes (UprightExercisePage *self,
                      UprightVersion       version,
                      GtkBox              *box)
{
  const char *note = upright_exercise_get_version_safety (self->exercise, version);
  GtkLabel *note_label = get_note_label (box, "note", "version-note");
  GtkLabel *warning_label = get_note_label (box, "warning", "version-warning");
  g_auto(GStrv) reasons = NULL;

  gtk_label_set_label (note_label, note != NULL ? note : "");
  gtk_widget_set_visible (GTK_WIDGET (note_label), note != NULL);

  if (self->profile != NULL)
    reasons = upright_safety_profile_explain_version (self->profile, self->exercise, version);

  if (reasons != NULL && reasons[0] != NULL)
    {
      g_autoptr(GString) text = g_string_new (_("Not advised for you:"));

      for (guint i = 0; reasons[i] != NULL; i++)
        g_string_append_printf (text, "\n• %s", reasons[i]);
      gtk_label_set_label (warning_label, text->str);
      gtk_widget_set_visible (GTK_WIDGET (warning_label), TRUE);
    }
  else
    {
      gtk_label_set_label (warning_label, "");
      gtk_widget_set_visible (GTK_WIDGET (warning_label), FALSE);
    }

  gtk_widget_set_visible (GTK_WIDGET (box),
                          gtk_widget_get_visible (GTK_WIDGET (note_label)) ||
                          gtk_widget_get_visible (GTK_WIDGET (warning_label)));
}

static void
update_advice (UprightExercisePage *self)
{
  g_auto(GStrv) reasons = NULL;

  clear_box (self->advice_reasons);

  if (self->exercise == NULL || self->profile == NULL)
    {
      gtk_widget_set_visible (self->advice_box, FALSE);
      return;
    }

  reasons = upright_safety_profile_explain (self->profile, self->exercise);
  for (guint i = 0; reasons[i] != NULL; i++)
    gtk_box_append (self->advice_reasons, bullet (reasons[i]));

  gtk_widget_set_visible (self->advice_box, reasons[0] != NULL);

  /* Point to the easier version only when it suits her. */
  if (upright_safety_profile_conflicts_version (self->profile, self->exercise, UPRIGHT_VERSION_EASIER) == 0)
    gtk_label_set_label (self->advice_hint, _("Talk to your physiotherapist before you try it, or start with the easier version below."));
  else
    gtk_label_set_label (self->advice_hint, _("Talk to your physiotherapist before you try it."));

  update_version_notes (self, UPRIGHT_VERSION_EASIER, self->easier_notes);
  update_version_notes (self, UPRIGHT_VERSION_HARDER, self->harder_notes);
}

static char *
describe_dose (UprightExercise *exercise)
{
  const UprightDose *dose = upright_exercise_get_dose (exercise);
  g_autofree char *amount = upright_exercise_format_dose (exercise);
  g_autoptr(GString) text = g_string_new (amount);

  if (dose->tempo_up > 0 && dose->tempo_down > 0)
    {
      g_string_append_c (text, '\n');
      /* Translators: the pace of one repetition; “s” stands for seconds. */
      g_string_append_printf (text, _("Pace: lift for %u s, lower for %u s."),
                              dose->tempo_up, dose->tempo_down);
    }

  if (dose->note != NULL)
    g_string_append_printf (text, "\n%s", dose->note);

  /* Figures that no guideline fixes are labelled as such. */
  g_string_append_c (text, '\n');
  if (dose->typical)
    g_string_append (text, _("A common starting point, not a rule: adjust it with your physiotherapist."));
  else
    g_string_append (text, _("As recommended by the guidelines cited below."));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
update_references (UprightExercisePage *self)
{
  const char * const *references = upright_exercise_get_references (self->exercise);

  clear_box (self->references_box);

  for (guint i = 0; references[i] != NULL; i++)
    {
      const char *citation = upright_catalog_get_citation (self->catalog, references[i]);
      const char *url = upright_catalog_get_reference_url (self->catalog, references[i]);
      g_autofree char *markup = NULL;
      GtkWidget *label;

      /* Citations and addresses come from the catalogue: escape both. */
      if (url != NULL)
        markup = g_markup_printf_escaped ("%u. %s <a href=\"%s\">%s</a>", i + 1, citation, url, url);
      else
        markup = g_markup_printf_escaped ("%u. %s", i + 1, citation);

      label = text_label (NULL);
      gtk_label_set_markup (GTK_LABEL (label), markup);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "caption");
      gtk_box_append (self->references_box, label);
    }
}

static void
update_why (UprightExercisePage *self)
{
  UprightArticle *article = NULL;

  if (self->library != NULL)
    article = upright_article_library_find_for_exercise (self->library,
                                                         upright_exercise_get_id (self->exercise));

  gtk_widget_set_visible (self->why_button, article != NULL);
  if (article != NULL)
    {
      /* Translators: a link to the article that explains an exercise. */
      g_autofree char *label = g_strdup_printf (_("Why this helps: %s"), upright_article_get_title (article));

      gtk_label_set_label (self->why_content, label);
      /* Its words are in a box of its own, which GTK does not read out. */
      upright_accessible_set_label (self->why_button, label);
      /* The action is named only once it has its target. */
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->why_button), "s",
                                        upright_article_get_id (article));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->why_button), "win.show-article");
    }
}

static void
update (UprightExercisePage *self)
{
  UprightExercise *exercise = self->exercise;
  const char * const *equipment;
  const char * const *steps;
  const char * const *notes;
  g_autofree char *dose = NULL;
  g_autofree char *rest = NULL;
  const UprightDose *d;

  if (exercise == NULL)
    return;

  gtk_label_set_label (self->title_label, upright_exercise_get_title (exercise));
  gtk_label_set_label (self->summary_label, upright_exercise_get_summary (exercise));

  dose = describe_dose (exercise);
  gtk_label_set_label (self->dose_label, dose);

  d = upright_exercise_get_dose (exercise);
  if (d->sets > 1)
    {
      g_autofree char *seconds = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u second", "%u seconds", d->rest_seconds),
                                                  d->rest_seconds);

      /* No guideline gives rest times. Translators: %s is a number of seconds. */
      rest = g_strdup_printf (_("%s — a common starting point"), seconds);
    }
  gtk_widget_set_visible (self->rest_row, rest != NULL);
  gtk_label_set_label (self->rest_label, rest != NULL ? rest : "");

  equipment = upright_exercise_get_equipment (exercise);
  if (equipment[0] != NULL)
    {
      g_autofree char *list = g_strjoinv ("\n", (char **) equipment);

      gtk_label_set_label (self->equipment_label, list);
    }
  else
    {
      gtk_label_set_label (self->equipment_label, _("Nothing"));
    }

  gtk_label_set_label (self->start_position_label, upright_exercise_get_start_position (exercise));

  clear_box (self->steps_box);
  steps = upright_exercise_get_steps (exercise);
  for (guint i = 0; steps[i] != NULL; i++)
    {
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      GtkWidget *badge = gtk_label_new (number);

      gtk_widget_add_css_class (badge, "step-number");
      gtk_widget_set_valign (badge, GTK_ALIGN_START);
      gtk_box_append (GTK_BOX (row), badge);
      gtk_box_append (GTK_BOX (row), text_label (steps[i]));
      gtk_box_append (self->steps_box, row);
    }

  gtk_label_set_label (self->breathing_label, upright_exercise_get_breathing (exercise));
  gtk_label_set_label (self->easier_label, upright_exercise_get_easier (exercise));
  gtk_label_set_label (self->harder_label, upright_exercise_get_harder (exercise));

  clear_box (self->safety_notes);
  notes = upright_exercise_get_safety_notes (exercise);
  for (guint i = 0; notes[i] != NULL; i++)
    gtk_box_append (self->safety_notes, bullet (notes[i]));

  update_references (self);
  update_advice (self);
  update_why (self);

  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->start_button), "s", upright_exercise_get_id (exercise));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->start_button), "win.start-session");
}

/* The demonstration, or her own video */

static void
update_video (UprightExercisePage *self)
{
  UprightVideoView *view = UPRIGHT_VIDEO_VIEW (self->video_view);
  g_autoptr(UprightVideoChoice) choice = NULL;
  g_autofree char *source = NULL;

  if (self->exercise == NULL)
    return;

  /* Her own video, or the demonstration: the same choice as in a session.
   * A file of hers that has gone is the player's to report, in place of
   * the picture. */
  choice = upright_video_choice_new (self->exercise, self->plan);
  if (choice->own_name != NULL)
    /* Translators: %s is the name of a video file of the user's */
    source = g_strdup_printf (_("Your own video: “%s”"), choice->own_name);
  else if (choice->uri != NULL)
    source = g_strdup (_("Upright's demonstration"));

  gtk_widget_set_visible (self->video_view, choice->uri != NULL);
  gtk_widget_set_visible (self->demo_placeholder, choice->uri == NULL);
  gtk_widget_set_visible (self->remove_video_button, choice->own_name != NULL);
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->video_source_label)), source != NULL);
  gtk_label_set_label (self->video_source_label, source != NULL ? source : "");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "exercise.choose-video", self->plan != NULL);

  /* The plan changes for other reasons too, such as a bookmark: only a
   * different video is opened. */
  upright_video_view_show_choice (view, choice);
}

static void
video_chosen_cb (GtkNativeDialog     *chooser,
                 int                  response,
                 UprightExercisePage *self)
{
  if (response == GTK_RESPONSE_ACCEPT && self->plan != NULL && self->exercise != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *uri = file != NULL ? g_file_get_uri (file) : NULL;

      if (uri != NULL && upright_plan_is_valid_video_uri (uri) && upright_plan_is_loaded (self->plan))
        upright_plan_set_video (self->plan, upright_exercise_get_id (self->exercise), uri);
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
choose_video_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  UprightExercisePage *self = UPRIGHT_EXERCISE_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->plan == NULL || self->exercise == NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Choose a Video"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Use"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Videos"));
  gtk_file_filter_add_mime_type (filter, "video/*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect (chooser, "response", G_CALLBACK (video_chosen_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
remove_video_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  UprightExercisePage *self = UPRIGHT_EXERCISE_PAGE (widget);

  if (self->plan != NULL && self->exercise != NULL && upright_plan_is_loaded (self->plan))
    upright_plan_set_video (self->plan, upright_exercise_get_id (self->exercise), NULL);
}

/**
 * upright_exercise_page_setup_videos:
 * @self: an exercise page
 * @plan: the user's plan, which keeps her own videos
 * @settings: the application settings, for the speed and mirror to start
 *   with
 */
void
upright_exercise_page_setup_videos (UprightExercisePage *self,
                                    UprightPlan         *plan,
                                    GSettings           *settings)
{
  g_return_if_fail (UPRIGHT_IS_EXERCISE_PAGE (self));
  g_return_if_fail (UPRIGHT_IS_PLAN (plan));
  g_return_if_fail (G_IS_SETTINGS (settings));

  g_set_object (&self->plan, plan);
  g_signal_connect_object (plan, "changed", G_CALLBACK (update_video), self, G_CONNECT_SWAPPED);
  upright_video_view_bind_settings (UPRIGHT_VIDEO_VIEW (self->video_view), settings);
  update_video (self);
}

/**
 * upright_exercise_page_get_video_view:
 * @self: an exercise page
 *
 * Returns: (transfer none): the view of the demonstration
 */
GtkWidget *
upright_exercise_page_get_video_view (UprightExercisePage *self)
{
  g_return_val_if_fail (UPRIGHT_IS_EXERCISE_PAGE (self), NULL);

  return self->video_view;
}

/**
 * upright_exercise_page_setup:
 * @self: an exercise page
 * @catalog: the catalogue, for citations
 * @profile: the user's safety profile
 * @library: (nullable): the articles, for “Why this helps”
 *
 * Called once, before an exercise is shown.
 */
void
upright_exercise_page_setup (UprightExercisePage   *self,
                             UprightCatalog        *catalog,
                             UprightSafetyProfile  *profile,
                             UprightArticleLibrary *library)
{
  g_return_if_fail (UPRIGHT_IS_EXERCISE_PAGE (self));
  g_return_if_fail (UPRIGHT_IS_CATALOG (catalog));
  g_return_if_fail (UPRIGHT_IS_SAFETY_PROFILE (profile));
  g_return_if_fail (library == NULL || UPRIGHT_IS_ARTICLE_LIBRARY (library));
  g_return_if_fail (self->catalog == NULL);

  self->catalog = g_object_ref (catalog);
  self->profile = g_object_ref (profile);
  g_set_object (&self->library, library);

  g_signal_connect_object (profile, "notify", G_CALLBACK (update_advice), self, G_CONNECT_SWAPPED);
}

/**
 * upright_exercise_page_get_exercise:
 * @self: an exercise page
 *
 * Returns: (transfer none) (nullable): the exercise shown
 */
UprightExercise *
upright_exercise_page_get_exercise (UprightExercisePage *self)
{
  g_return_val_if_fail (UPRIGHT_IS_EXERCISE_PAGE (self), NULL);

  return self->exercise;
}

/**
 * upright_exercise_page_set_exercise:
 * @self: an exercise page
 * @exercise: the exercise to show
 *
 * Shows @exercise from the top of the page.
 */
void
upright_exercise_page_set_exercise (UprightExercisePage *self,
                                    UprightExercise     *exercise)
{
  GtkAdjustment *adjustment;

  g_return_if_fail (UPRIGHT_IS_EXERCISE_PAGE (self));
  g_return_if_fail (UPRIGHT_IS_EXERCISE (exercise));
  g_return_if_fail (self->catalog != NULL);

  g_set_object (&self->exercise, exercise);
  update (self);
  update_video (self);

  adjustment = gtk_scrolled_window_get_vadjustment (self->scrolled_window);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
}

/**
 * upright_exercise_page_focus:
 * @self: an exercise page
 *
 * Moves the keyboard focus into the page, onto its back button. The page's
 * text scrolls with Page Up, Page Down, Home and End from there.
 */
void
upright_exercise_page_focus (UprightExercisePage *self)
{
  g_return_if_fail (UPRIGHT_IS_EXERCISE_PAGE (self));

  gtk_widget_grab_focus (self->back_button);
}

static void
scroll_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  UprightExercisePage *self = UPRIGHT_EXERCISE_PAGE (widget);
  gboolean handled;

  /* The text is not focusable, so the keys that scroll it are bound on the
   * whole page rather than left to the scrolled window. */
  g_signal_emit_by_name (self->scrolled_window, "scroll-child",
                         (GtkScrollType) g_variant_get_int32 (parameter), FALSE, &handled);
}

/**
 * upright_exercise_page_stop_mirror:
 * @self: an exercise page
 *
 * Turns off the camera mirror, as when she leaves the page.
 */
void
upright_exercise_page_stop_mirror (UprightExercisePage *self)
{
  g_return_if_fail (UPRIGHT_IS_EXERCISE_PAGE (self));

  upright_mirror_view_stop (UPRIGHT_MIRROR_VIEW (self->mirror_view));
}

/**
 * upright_exercise_page_get_camera:
 * @self: an exercise page
 *
 * Returns: (transfer none) (nullable): the camera, once she asked to see
 *   herself beside the demonstration
 */
UprightCamera *
upright_exercise_page_get_camera (UprightExercisePage *self)
{
  g_return_val_if_fail (UPRIGHT_IS_EXERCISE_PAGE (self), NULL);

  return upright_mirror_view_get_camera (UPRIGHT_MIRROR_VIEW (self->mirror_view));
}

static void
upright_exercise_page_dispose (GObject *object)
{
  UprightExercisePage *self = UPRIGHT_EXERCISE_PAGE (object);
  GtkWidget *child;


  gtk_widget_dispose_template (GTK_WIDGET (self), UPRIGHT_TYPE_EXERCISE_PAGE);

  /* The template's outer box has no id, so it is not cleared above. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->exercise);
  g_clear_object (&self->plan);
  g_clear_object (&self->catalog);
  g_clear_object (&self->profile);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (upright_exercise_page_parent_class)->dispose (object);
}

static void
upright_exercise_page_class_init (UprightExercisePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = upright_exercise_page_dispose;

  g_type_ensure (UPRIGHT_TYPE_MIRROR_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/upright-exercise-page.ui");
  gtk_widget_class_bind_template_child (widget_class, UprightExercisePage, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, UprightExercisePage, title_label);
  gtk_widget_class_bind_template_child (widget_class, UprightExercisePage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, UprightExercisePage, why_button);
  gtk_widget_class_bind_template_child (widget_class, UprightExercisePage, why_content);
  gtk_widget_class_bind_template_child (widget_class, UprightExercisePage, start_button);
  gtk_widget_class_bind_template_child (widget_class, UprightExercisePage, advice_box);
  gtk_widget_class_bind_template_child (widget_class, UprightExercisePage, advice_reasons);
  gtk_widget_class_bind_template_child (widget_class, UprightExercisePage, back_button);
  gtk_widget_class_bind_template_child (widget_class, UprightExercisePage, dose_label);
  gtk_widget_class_bind_template_child (widget_class, UprightExercisePage, rest_row);
  gtk_widget_class_bind_template_child (widget_class, UprightExercisePage, rest_label);
  gtk_widget_class_bind_template_child (widget_class, UprightExercisePage, equipment_label);
  gtk_widget_class_bind_template_child (widget_class, UprightExercisePage, start_position_label);
  gtk_widget_class_bind_template_child (widget_class, UprightExercisePage, steps_box);
  gtk_widget_class_bind_template_child (widget_class, UprightExercisePage, breathing_label);
  gtk_widget_class_bind_template_child (widget_class, UprightExercisePage, easier_label);
  gtk_widget_class_bind_template_child (widget_class, UprightExercisePage, harder_label);
  gtk_widget_class_bind_template_child (widget_class, UprightExercisePage, safety_notes);
  gtk_widget_class_bind_template_child (widget_class, UprightExercisePage, advice_hint);
  gtk_widget_class_bind_template_child (widget_class, UprightExercisePage, easier_notes);
  gtk_widget_class_bind_template_child (widget_class, UprightExercisePage, harder_notes);
  gtk_widget_class_bind_template_child (widget_class, UprightExercisePage, references_box);
  gtk_widget_class_bind_template_child (widget_class, UprightExercisePage, video_box);
  gtk_widget_class_bind_template_child (widget_class, UprightExercisePage, demo_placeholder);
  gtk_widget_class_bind_template_child (widget_class, UprightExercisePage, video_source_label);
  gtk_widget_class_bind_template_child (widget_class, UprightExercisePage, own_video_button);
  gtk_widget_class_bind_template_child (widget_class, UprightExercisePage, remove_video_button);
  gtk_widget_class_bind_template_child (widget_class, UprightExercisePage, mirror_view);

  gtk_widget_class_install_action (widget_class, "exercise.choose-video", NULL, choose_video_action);
  gtk_widget_class_install_action (widget_class, "exercise.remove-video", NULL, remove_video_action);

  gtk_widget_class_install_action (widget_class, "exercise.scroll", "i", scroll_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "exercise.scroll", "i", GTK_SCROLL_PAGE_FORWARD);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "exercise.scroll", "i", GTK_SCROLL_PAGE_BACKWARD);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, GDK_CONTROL_MASK, "exercise.scroll", "i", GTK_SCROLL_START);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, GDK_CONTROL_MASK, "exercise.scroll", "i", GTK_SCROLL_END);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "exercisepage");
}

static void
upright_exercise_page_init (UprightExercisePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->video_view = upright_video_view_new ();
  gtk_widget_set_visible (self->video_view, FALSE);
  gtk_box_prepend (self->video_box, self->video_view);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "exercise.choose-video", FALSE);

  /* Scrolled, the page is as high as it would like to be, not as little
   * as it could: the demonstration gets the height its width calls for. */
  {
    GtkWidget *viewport = gtk_scrolled_window_get_child (self->scrolled_window);

    if (GTK_IS_SCROLLABLE (viewport))
      gtk_scrollable_set_vscroll_policy (GTK_SCROLLABLE (viewport), GTK_SCROLL_NATURAL);
  }
}
