/* upright-self-tests.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "draw/upright-test-chart.h"
#include "widgets/upright-accessible.h"

#include "upright-self-tests.h"

/* The Progress page's self-tests: for each of STEADI's three tests a row
 * with its latest result and a Start button (progress.start-test, which
 * the page provides), and under it the results so far as a chart.
 */
struct _UprightSelfTests
{
  GtkWidget   parent_instance;

  GtkWidget  *rows[UPRIGHT_N_ASSESSMENT_KINDS];
  GtkWidget  *charts[UPRIGHT_N_ASSESSMENT_KINDS];

  /* Template widgets */
  GtkListBox *list_box;
};

G_DEFINE_FINAL_TYPE (UprightSelfTests, upright_self_tests, GTK_TYPE_WIDGET)

static const char * const test_ids[UPRIGHT_N_ASSESSMENT_KINDS] = {
  [UPRIGHT_ASSESSMENT_CHAIR_STAND] = "chair-stand",
  [UPRIGHT_ASSESSMENT_FOUR_STAGE_BALANCE] = "four-stage-balance",
  [UPRIGHT_ASSESSMENT_TIMED_UP_AND_GO] = "timed-up-and-go",
};

/**
 * upright_self_tests_get_test_id:
 * @kind: a self-test
 *
 * Returns: the name of @kind in progress.start-test and in its row's name
 */
const char *
upright_self_tests_get_test_id (UprightAssessmentKind kind)
{
  g_return_val_if_fail (kind < UPRIGHT_N_ASSESSMENT_KINDS, NULL);

  return test_ids[kind];
}

/**
 * upright_self_tests_find_kind:
 * @id: the name of a self-test
 * @kind: (out): the self-test
 *
 * Returns: whether @id names a self-test
 */
gboolean
upright_self_tests_find_kind (const char            *id,
                              UprightAssessmentKind *kind)
{
  g_return_val_if_fail (id != NULL, FALSE);

  for (guint k = 0; k < UPRIGHT_N_ASSESSMENT_KINDS; k++)
    if (g_str_equal (id, test_ids[k]))
      {
        *kind = k;
        return TRUE;
      }

  return FALSE;
}

/**
 * upright_self_tests_get_chart:
 * @self: the self-tests section
 * @kind: a self-test
 *
 * Returns: (transfer none): the chart of @kind's results
 */
GtkWidget *
upright_self_tests_get_chart (UprightSelfTests      *self,
                              UprightAssessmentKind  kind)
{
  g_return_val_if_fail (UPRIGHT_IS_SELF_TESTS (self), NULL);
  g_return_val_if_fail (kind < UPRIGHT_N_ASSESSMENT_KINDS, NULL);

  return self->charts[kind];
}

static char *
describe_score (UprightAssessment *test)
{
  guint score = (guint) upright_test_chart_get_score (test);

  if (upright_assessment_get_kind (test) == UPRIGHT_ASSESSMENT_CHAIR_STAND)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u stand", "%u stands", score), score);
  if (upright_assessment_get_kind (test) == UPRIGHT_ASSESSMENT_TIMED_UP_AND_GO)
    /* Translators: the time of a Timed Up and Go, such as “9.4 seconds” */
    return g_strdup_printf (_("%.1f seconds"), upright_test_chart_get_score (test));

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of 4 stances", "%u of 4 stances", score), score);
}

/* The results of one test over time, oldest first, as bars. */
static void
draw_test_chart (GtkDrawingArea *area,
                 cairo_t        *cr,
                 int             width,
                 int             height,
                 gpointer        user_data)
{
  GtkStyleContext *style = gtk_widget_get_style_context (GTK_WIDGET (area));
  GdkRGBA fg, accent;

  gtk_style_context_get_color (style, &fg);
  if (!gtk_style_context_lookup_color (style, "accent_color", &accent))
    gdk_rgba_parse (&accent, "#1c71d8");

  upright_test_chart_draw (cr, gtk_widget_get_pango_context (GTK_WIDGET (area)),
                           &(UprightColor) { fg.red, fg.green, fg.blue, fg.alpha },
                           &(UprightColor) { accent.red, accent.green, accent.blue, accent.alpha },
                           GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (area), "kind")),
                           g_object_get_data (G_OBJECT (area), "tests"),
                           width, height);
}

static GtkWidget *
create_test_row (UprightAssessmentKind kind)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *start = gtk_button_new_with_label (_("Start"));
  g_autofree char *start_label = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), upright_assessment_kind_get_title (kind));
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_set_name (row, test_ids[kind]);

  /* Translators: the accessible name of a button, %s is a self-test */
  start_label = g_strdup_printf (_("Start the %s"), upright_assessment_kind_get_title (kind));
  gtk_widget_set_valign (start, GTK_ALIGN_CENTER);
  gtk_widget_set_name (start, "start");
  /* Kept when the page gives its buttons their names: three buttons that
   * all say "Start" would not tell a screen reader's user which test. */
  upright_accessible_set_label (start, start_label);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (start), "progress.start-test");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (start), "s", test_ids[kind]);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), start);

  return row;
}

/**
 * upright_self_tests_update:
 * @self: the self-tests section
 * @assessments: (element-type UprightAssessment): the journal's self-tests,
 *   earliest first
 *
 * Shows the latest result of each test, and the last twelve as a chart.
 */
void
upright_self_tests_update (UprightSelfTests *self,
                           GListModel       *assessments)
{
  GListModel *model = assessments;

  g_return_if_fail (UPRIGHT_IS_SELF_TESTS (self));
  g_return_if_fail (G_IS_LIST_MODEL (assessments));


  for (guint kind = 0; kind < UPRIGHT_N_ASSESSMENT_KINDS; kind++)
    {
      GPtrArray *tests = g_ptr_array_new_with_free_func (g_object_unref);
      g_autofree char *subtitle = NULL;
      g_autoptr(GString) summary = g_string_new (NULL);

      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(UprightAssessment) test = g_list_model_get_item (model, i);

          if (upright_assessment_get_kind (test) == kind)
            g_ptr_array_add (tests, g_steal_pointer (&test));
        }

      /* The latest twelve are what the chart has room for. */
      if (tests->len > 12)
        g_ptr_array_remove_range (tests, 0, tests->len - 12);

      if (tests->len > 0)
        {
          UprightAssessment *last = g_ptr_array_index (tests, tests->len - 1);
          g_autofree char *score = describe_score (last);
          g_autofree char *date = g_date_time_format (upright_assessment_get_time (last), C_("self-test date", "%-d %B %Y"));

          /* Translators: the latest result of a self-test and its day */
          subtitle = g_strdup_printf (_("Last time: %s, on %s"), score, g_strstrip (date));
        }
      else if (kind == UPRIGHT_ASSESSMENT_CHAIR_STAND)
        subtitle = g_strdup (_("How strong your legs are: stand up from a chair as often as you can in 30 seconds."));
      else if (kind == UPRIGHT_ASSESSMENT_TIMED_UP_AND_GO)
        subtitle = g_strdup (_("How well you move: stand up, walk 3 metres, turn, walk back and sit down, timed."));
      else
        subtitle = g_strdup (_("How steady you are: hold four stances, each harder than the last, for 10 seconds."));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->rows[kind]), subtitle);

      for (guint i = 0; i < tests->len; i++)
        {
          g_autofree char *score = describe_score (g_ptr_array_index (tests, i));
          g_autofree char *date = g_date_time_format (upright_assessment_get_time (g_ptr_array_index (tests, i)),
                                                      C_("self-test date", "%-d %B %Y"));

          g_string_append_printf (summary, "%s%s: %s", i > 0 ? "; " : "", g_strstrip (date), score);
        }
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->charts[kind]),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary->str,
                                      -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (self->charts[kind])),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary->str,
                                      -1);

      gtk_widget_set_visible (gtk_widget_get_parent (self->charts[kind]), tests->len > 0);
      g_object_set_data_full (G_OBJECT (self->charts[kind]), "tests", tests,
                              (GDestroyNotify) g_ptr_array_unref);
      gtk_widget_queue_draw (self->charts[kind]);
    }
}

static void
upright_self_tests_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), UPRIGHT_TYPE_SELF_TESTS);
  /* The heading and its description are not bound, so not disposed. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (upright_self_tests_parent_class)->dispose (object);
}

static void
upright_self_tests_class_init (UprightSelfTestsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = upright_self_tests_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/upright-self-tests.ui");
  gtk_widget_class_bind_template_child (widget_class, UprightSelfTests, list_box);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "selftests");
}

static void
upright_self_tests_init (UprightSelfTests *self)
{
  GtkLayoutManager *layout;

  gtk_widget_init_template (GTK_WIDGET (self));

  layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 12);

  for (guint kind = 0; kind < UPRIGHT_N_ASSESSMENT_KINDS; kind++)
    {
      GtkWidget *chart = g_object_new (GTK_TYPE_DRAWING_AREA,
                                       "accessible-role", GTK_ACCESSIBLE_ROLE_IMG,
                                       NULL);
      GtkWidget *chart_row;
      g_autofree char *label = NULL;

      self->rows[kind] = create_test_row (kind);
      gtk_list_box_append (self->list_box, self->rows[kind]);

      /* Translators: the accessible name of a chart, %s is a self-test */
      label = g_strdup_printf (_("Results of the %s"), upright_assessment_kind_get_title (kind));
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (chart), 110);
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (chart), draw_test_chart, NULL, NULL);
      gtk_accessible_update_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      g_object_set_data (G_OBJECT (chart), "kind", GUINT_TO_POINTER (kind));
      gtk_widget_set_margin_start (chart, 12);
      gtk_widget_set_margin_end (chart, 12);
      gtk_widget_set_margin_top (chart, 6);
      gtk_widget_set_margin_bottom (chart, 6);
      self->charts[kind] = chart;

      /* The results sit under the test they belong to. */
      chart_row = gtk_list_box_row_new ();
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (chart_row), FALSE);
      /* A stop for Tab like the week charts, named for what it shows (a
       * row that takes no focus would end Tab's way through the list). */
      gtk_accessible_update_property (GTK_ACCESSIBLE (chart_row), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (chart_row), chart);
      gtk_widget_set_visible (chart_row, FALSE);
      gtk_list_box_append (self->list_box, chart_row);
    }
}
