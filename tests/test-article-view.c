/* test-article-view.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "widgets/upright-article-view-private.h"

#include "upright-test-utils.h"

#define APP_ICON_URL "resource://" RESOURCE_PREFIX "/icons/scalable/apps/io.github.upright.Upright.svg"

typedef struct {
  GtkWidget *window;
  GtkWidget *back;
  GtkWidget *scrolled;
  GtkWidget *view;
} Fixture;

/* Puts a view in a window as the Learn page does: below a back button, in
 * a scrolled window, with margins around it. */
static void
fixture_open (Fixture    *fixture,
              const char *markdown,
              const char *resource_base)
{
  GtkWidget *page, *box;

  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 600, 800);

  page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  fixture->back = gtk_button_new_with_label ("Articles");
  gtk_widget_set_halign (fixture->back, GTK_ALIGN_START);
  gtk_widget_set_margin_top (fixture->back, 12);
  gtk_widget_set_margin_start (fixture->back, 12);
  gtk_box_append (GTK_BOX (page), fixture->back);

  fixture->scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (fixture->scrolled),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (fixture->scrolled, TRUE);
  gtk_box_append (GTK_BOX (page), fixture->scrolled);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 36);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  fixture->view = upright_article_view_new ();
  gtk_box_append (GTK_BOX (box), fixture->view);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (fixture->scrolled), box);
  gtk_window_set_child (GTK_WINDOW (fixture->window), page);

  upright_article_view_set_markdown (UPRIGHT_ARTICLE_VIEW (fixture->view), markdown, resource_base);

  g_object_ref (fixture->view);
  gtk_window_present (GTK_WINDOW (fixture->window));
  upright_test_wait_until (upright_test_widget_is_drawn, fixture->window, 5000);
  upright_test_settle ();
}

static void
fixture_close (Fixture *fixture)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  upright_test_settle ();
  g_assert_finalize_object (fixture->view);
}

static char *
read_fixture (const char *basename)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "articles", basename, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  return contents;
}

static guint
count_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;

  return n;
}

static GtkWidget *
child_at (GtkWidget *widget,
          guint      index)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);

  for (guint i = 0; i < index && child != NULL; i++)
    child = gtk_widget_get_next_sibling (child);
  g_assert_nonnull (child);

  return child;
}

static void
assert_widget (GtkWidget  *widget,
               GType       type,
               const char *css_class)
{
  g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (widget, type));
  if (css_class != NULL)
    g_assert_true (gtk_widget_has_css_class (widget, css_class));
}

static gboolean
layout_has_attribute (GtkLabel      *label,
                      PangoAttrType  type)
{
  PangoAttrList *attrs = pango_layout_get_attributes (gtk_label_get_layout (label));
  gboolean found = FALSE;
  GSList *list;

  if (attrs == NULL)
    return FALSE;

  list = pango_attr_list_get_attributes (attrs);
  for (GSList *l = list; l != NULL; l = l->next)
    {
      PangoAttribute *attr = l->data;

      if (attr->klass->type == type)
        found = TRUE;
    }
  g_slist_free_full (list, (GDestroyNotify) pango_attribute_destroy);

  return found;
}

static void
assert_paragraph (GtkWidget  *widget,
                  const char *text)
{
  assert_widget (widget, GTK_TYPE_LABEL, "article-paragraph");
  g_assert_true (gtk_widget_has_css_class (widget, "body"));
  g_assert_true (gtk_label_get_selectable (GTK_LABEL (widget)));
  g_assert_true (gtk_label_get_wrap (GTK_LABEL (widget)));
  g_assert_cmpint (gtk_label_get_wrap_mode (GTK_LABEL (widget)), ==, PANGO_WRAP_WORD_CHAR);
  g_assert_cmpfloat (gtk_label_get_xalign (GTK_LABEL (widget)), ==, 0.0);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (widget)), ==, text);
}

/* Checks a list item and returns the box with its blocks. */
static GtkWidget *
assert_list_item (GtkWidget  *list,
                  guint       index,
                  const char *marker)
{
  GtkWidget *item = child_at (list, index);
  GtkWidget *label;

  assert_widget (item, GTK_TYPE_BOX, "article-list-item");
  g_assert_cmpint (gtk_orientable_get_orientation (GTK_ORIENTABLE (item)), ==, GTK_ORIENTATION_HORIZONTAL);
  gtk_test_accessible_assert_role (item, GTK_ACCESSIBLE_ROLE_LIST_ITEM);
  g_assert_cmpuint (count_children (item), ==, 2);

  label = child_at (item, 0);
  assert_widget (label, GTK_TYPE_LABEL, "article-list-marker");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, marker);

  assert_widget (child_at (item, 1), GTK_TYPE_BOX, NULL);
  g_assert_cmpint (gtk_orientable_get_orientation (GTK_ORIENTABLE (child_at (item, 1))), ==, GTK_ORIENTATION_VERTICAL);

  return child_at (item, 1);
}

/* The conversion without widgets: the exact markup each block gets. */
static void
test_article_view_blocks (void)
{
  g_autofree char *markdown = read_fixture ("view-blocks.md");
  g_autoptr(UprightArticleBlock) document = upright_article_block_parse (markdown, NULL);
  UprightArticleBlock *block, *list, *item;

  g_assert_cmpint (document->kind, ==, UPRIGHT_ARTICLE_BLOCK_DOCUMENT);
  g_assert_cmpuint (document->children->len, ==, 12);

  for (guint i = 0; i < 6; i++)
    {
      block = g_ptr_array_index (document->children, i);
      g_assert_cmpint (block->kind, ==, UPRIGHT_ARTICLE_BLOCK_HEADING);
      g_assert_cmpint (block->level, ==, i + 1);
    }

  block = g_ptr_array_index (document->children, 6);
  g_assert_cmpint (block->kind, ==, UPRIGHT_ARTICLE_BLOCK_PARAGRAPH);
  g_assert_cmpstr (block->text, ==,
                   "A paragraph with <i>emphasis</i>, <b>strong words</b>, <tt>code</tt> "
                   "and a <a href=\"upright:exercise/sit-to-stand\">link</a>. "
                   "A soft break joins lines,\nand a hard break keeps them apart.");

  list = g_ptr_array_index (document->children, 7);
  g_assert_cmpint (list->kind, ==, UPRIGHT_ARTICLE_BLOCK_LIST);
  g_assert_false (list->tight);
  g_assert_cmpuint (list->children->len, ==, 3);
  item = g_ptr_array_index (list->children, 1);
  g_assert_cmpint (item->kind, ==, UPRIGHT_ARTICLE_BLOCK_ITEM);
  g_assert_cmpstr (item->text, ==, "•");
  list = g_ptr_array_index (item->children, 1);
  g_assert_cmpint (list->kind, ==, UPRIGHT_ARTICLE_BLOCK_LIST);
  g_assert_true (list->tight);
  g_assert_cmpstr (((UprightArticleBlock *) g_ptr_array_index (list->children, 0))->text, ==, "3.");
  g_assert_cmpstr (((UprightArticleBlock *) g_ptr_array_index (list->children, 1))->text, ==, "4.");

  block = g_ptr_array_index (document->children, 9);
  g_assert_cmpint (block->kind, ==, UPRIGHT_ARTICLE_BLOCK_CODE);
  g_assert_cmpstr (block->text, ==, "code <b>stays</b> & literal");

  block = g_ptr_array_index (document->children, 11);
  g_assert_cmpint (block->kind, ==, UPRIGHT_ARTICLE_BLOCK_IMAGE);
  g_assert_cmpstr (block->text, ==, "The Upright icon");
  g_assert_cmpstr (block->resource_path, ==, RESOURCE_PREFIX "/icons/scalable/apps/io.github.upright.Upright.svg");
}

static void
test_article_view_widget_tree (void)
{
  const char *heading_classes[] = { "title-2", "title-2", "title-3", "heading", "heading", "heading" };
  const char *heading_texts[] = { "Heading One", "Heading Two", "Heading Three",
                                  "Heading Four", "Heading Five", "Heading Six" };
  g_autofree char *markdown = read_fixture ("view-blocks.md");
  GtkWidget *widget, *list, *content, *nested;
  Fixture fixture;

  fixture_open (&fixture, markdown, NULL);
  g_assert_cmpuint (count_children (fixture.view), ==, 12);

  for (guint i = 0; i < G_N_ELEMENTS (heading_classes); i++)
    {
      widget = child_at (fixture.view, i);
      assert_widget (widget, GTK_TYPE_LABEL, "article-heading");
      g_assert_true (gtk_widget_has_css_class (widget, heading_classes[i]));
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (widget)), ==, heading_texts[i]);
      gtk_test_accessible_assert_role (widget, GTK_ACCESSIBLE_ROLE_HEADING);
      gtk_test_accessible_assert_property (widget, GTK_ACCESSIBLE_PROPERTY_LEVEL, (int) i + 1);
    }

  /* Emphasis, strong words and code become Pango attributes. */
  widget = child_at (fixture.view, 6);
  assert_paragraph (widget, "A paragraph with emphasis, strong words, code and a link. "
                            "A soft break joins lines,\nand a hard break keeps them apart.");
  g_assert_true (gtk_label_get_use_markup (GTK_LABEL (widget)));
  g_assert_true (layout_has_attribute (GTK_LABEL (widget), PANGO_ATTR_STYLE));
  g_assert_true (layout_has_attribute (GTK_LABEL (widget), PANGO_ATTR_WEIGHT));
  g_assert_true (layout_has_attribute (GTK_LABEL (widget), PANGO_ATTR_FAMILY));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (widget)),
                            "<a href=\"upright:exercise/sit-to-stand\">link</a>"));

  /* A loose bullet list, with a tight ordered list starting at 3 inside
   * its second item. */
  list = child_at (fixture.view, 7);
  assert_widget (list, GTK_TYPE_BOX, "article-list");
  gtk_test_accessible_assert_role (list, GTK_ACCESSIBLE_ROLE_LIST);
  g_assert_cmpuint (count_children (list), ==, 3);

  content = assert_list_item (list, 0, "•");
  g_assert_cmpuint (count_children (content), ==, 1);
  assert_paragraph (child_at (content, 0), "First item");
  gtk_test_accessible_assert_property (child_at (child_at (list, 0), 0), GTK_ACCESSIBLE_PROPERTY_LABEL, "");

  content = assert_list_item (list, 1, "•");
  g_assert_cmpuint (count_children (content), ==, 2);
  assert_paragraph (child_at (content, 0), "Second item, with a nested list:");
  nested = child_at (content, 1);
  assert_widget (nested, GTK_TYPE_BOX, "article-list");
  g_assert_cmpuint (count_children (nested), ==, 2);
  assert_paragraph (child_at (assert_list_item (nested, 0, "3."), 0), "Third");
  assert_paragraph (child_at (assert_list_item (nested, 1, "4."), 0), "Fourth");
  /* Numbers are read out, since the text may refer to them. */
  gtk_test_accessible_assert_property (child_at (child_at (nested, 0), 0), GTK_ACCESSIBLE_PROPERTY_LABEL, "3.");

  content = assert_list_item (list, 2, "•");
  assert_paragraph (child_at (content, 0), "Last item");

  /* The nested list is indented by the marker column of its parent. */
  {
    graphene_point_t outer, inner;

    g_assert_true (gtk_widget_compute_point (child_at (list, 0), fixture.view,
                                             &GRAPHENE_POINT_INIT (0, 0), &outer));
    g_assert_true (gtk_widget_compute_point (child_at (nested, 0), fixture.view,
                                             &GRAPHENE_POINT_INIT (0, 0), &inner));
    g_assert_cmpfloat (inner.x, >, outer.x + 8);
  }

  widget = child_at (fixture.view, 8);
  assert_widget (widget, GTK_TYPE_BOX, "article-quote");
  g_assert_cmpuint (count_children (widget), ==, 1);
  assert_paragraph (child_at (widget, 0), "Stand tall and breathe out as you rise.");

  widget = child_at (fixture.view, 9);
  assert_widget (widget, GTK_TYPE_LABEL, "article-code");
  g_assert_true (gtk_widget_has_css_class (widget, "monospace"));
  g_assert_true (gtk_label_get_selectable (GTK_LABEL (widget)));
  g_assert_false (gtk_label_get_use_markup (GTK_LABEL (widget)));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (widget)), ==, "code <b>stays</b> & literal");

  assert_widget (child_at (fixture.view, 10), GTK_TYPE_SEPARATOR, NULL);

  /* The image is never wider than it was drawn. */
  widget = child_at (fixture.view, 11);
  assert_widget (widget, ADW_TYPE_BIN, "article-figure");
  widget = adw_bin_get_child (ADW_BIN (widget));
  assert_widget (widget, GTK_TYPE_PICTURE, "article-image");
  g_assert_true (gtk_picture_get_can_shrink (GTK_PICTURE (widget)));
  g_assert_cmpint (gtk_picture_get_content_fit (GTK_PICTURE (widget)), ==, GTK_CONTENT_FIT_CONTAIN);
  g_assert_nonnull (gtk_picture_get_paintable (GTK_PICTURE (widget)));
  gtk_test_accessible_assert_role (widget, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_test_accessible_assert_property (widget, GTK_ACCESSIBLE_PROPERTY_LABEL, "The Upright icon");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (widget), ==, "The Upright icon");

  /* Even in a scrolled window, which gives its child only the height it
   * needs, the image keeps the height it was drawn with; in less room it
   * shrinks and keeps its shape. */
  g_assert_cmpint (gtk_widget_get_height (widget), ==, 128);
  {
    GtkWidget *frame = child_at (fixture.view, 11);
    int minimum, natural;

    gtk_widget_measure (frame, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
    g_assert_cmpint (minimum, ==, 0);
    g_assert_cmpint (natural, ==, 128);
    gtk_widget_measure (frame, GTK_ORIENTATION_VERTICAL, 1000, &minimum, &natural, NULL, NULL);
    g_assert_cmpint (minimum, ==, 128);
    g_assert_cmpint (natural, ==, 128);
    gtk_widget_measure (frame, GTK_ORIENTATION_VERTICAL, 64, &minimum, &natural, NULL, NULL);
    g_assert_cmpint (minimum, ==, 64);
    g_assert_cmpint (natural, ==, 64);
  }

  fixture_close (&fixture);
}

static void
test_article_view_escaping (void)
{
  const char *markdown =
    "1 < 2 & <b>not bold</b> &amp;\n"
    "\n"
    "Fish &amp; <span weight=\"bold\">chips</span> &lt;i&gt; </a>\n"
    "\n"
    "`<i>code</i>` and [a & b](https://example.org/?a=1&b=2)\n"
    "\n"
    "# Heading <b>x</b> & y\n"
    "\n"
    "<div>\n"
    "<b>Raw block</b>\n"
    "</div>\n";
  Fixture fixture;
  GtkWidget *widget;

  fixture_open (&fixture, markdown, NULL);
  g_assert_cmpuint (count_children (fixture.view), ==, 5);

  /* Raw HTML is not interpreted: the reader sees the text as typed, with
   * CommonMark's entities such as &amp; resolved. */
  widget = child_at (fixture.view, 0);
  assert_paragraph (widget, "1 < 2 & <b>not bold</b> &");
  g_assert_false (layout_has_attribute (GTK_LABEL (widget), PANGO_ATTR_WEIGHT));

  widget = child_at (fixture.view, 1);
  assert_paragraph (widget, "Fish & <span weight=\"bold\">chips</span> <i> </a>");
  g_assert_false (layout_has_attribute (GTK_LABEL (widget), PANGO_ATTR_WEIGHT));
  g_assert_false (layout_has_attribute (GTK_LABEL (widget), PANGO_ATTR_STYLE));

  widget = child_at (fixture.view, 2);
  assert_paragraph (widget, "<i>code</i> and a & b");
  g_assert_false (layout_has_attribute (GTK_LABEL (widget), PANGO_ATTR_STYLE));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (widget)),
                            "<a href=\"https://example.org/?a=1&amp;b=2\">a &amp; b</a>"));

  widget = child_at (fixture.view, 3);
  assert_widget (widget, GTK_TYPE_LABEL, "article-heading");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (widget)), ==, "Heading <b>x</b> & y");

  widget = child_at (fixture.view, 4);
  assert_paragraph (widget, "<div>\n<b>Raw block</b>\n</div>");
  g_assert_false (gtk_label_get_use_markup (GTK_LABEL (widget)));

  fixture_close (&fixture);
}

static void
record_uri_cb (UprightArticleView *view,
               const char         *uri,
               GPtrArray          *uris)
{
  g_ptr_array_add (uris, g_strdup (uri));
}

static GPtrArray *browser_uris;

static void
record_browser_uri (GtkWidget  *widget,
                    const char *uri)
{
  g_assert_true (UPRIGHT_IS_ARTICLE_VIEW (widget));
  g_ptr_array_add (browser_uris, g_strdup (uri));
}

static void
test_article_view_links (void)
{
  const struct {
    const char *uri;
    UprightArticleLinkKind kind;
  } links[] = {
    { "upright:exercise/sit-to-stand", UPRIGHT_ARTICLE_LINK_INTERNAL },
    { "upright:region/hip", UPRIGHT_ARTICLE_LINK_INTERNAL },
    { "upright:foo/bar", UPRIGHT_ARTICLE_LINK_IGNORED },
    { "upright:exercise/../x", UPRIGHT_ARTICLE_LINK_IGNORED },
    { "upright:exercise/", UPRIGHT_ARTICLE_LINK_IGNORED },
    { "upright:exercise/Sit", UPRIGHT_ARTICLE_LINK_IGNORED },
    { "upright:region/hip?x=1", UPRIGHT_ARTICLE_LINK_IGNORED },
    { "javascript:alert(1)", UPRIGHT_ARTICLE_LINK_IGNORED },
    { "file:///etc/passwd", UPRIGHT_ARTICLE_LINK_IGNORED },
    { "http://example.org", UPRIGHT_ARTICLE_LINK_IGNORED },
    { "mailto:someone@example.org", UPRIGHT_ARTICLE_LINK_IGNORED },
    { "exercises/sit-to-stand", UPRIGHT_ARTICLE_LINK_IGNORED },
    { "https:", UPRIGHT_ARTICLE_LINK_IGNORED },
    { "https://example.org", UPRIGHT_ARTICLE_LINK_BROWSER },
  };
  g_autoptr(GPtrArray) activated = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) markdown = g_string_new (NULL);
  void (*open_uri_func) (GtkWidget *, const char *) = upright_article_view_open_uri_func;
  Fixture fixture;
  GtkWidget *label;
  const char *markup;

  for (guint i = 0; i < G_N_ELEMENTS (links); i++)
    {
      g_assert_cmpint (upright_article_link_kind (links[i].uri), ==, links[i].kind);
      g_string_append_printf (markdown, "[Link %u](<%s>) ", i, links[i].uri);
    }

  browser_uris = g_ptr_array_new_with_free_func (g_free);
  upright_article_view_open_uri_func = record_browser_uri;

  fixture_open (&fixture, markdown->str, NULL);
  g_signal_connect (fixture.view, "link-activated", G_CALLBACK (record_uri_cb), activated);
  g_assert_cmpuint (count_children (fixture.view), ==, 1);
  label = child_at (fixture.view, 0);

  /* Only links that do something look like links. */
  markup = gtk_label_get_label (GTK_LABEL (label));
  for (guint i = 0; i < G_N_ELEMENTS (links); i++)
    {
      g_autofree char *tag = g_markup_printf_escaped ("<a href=\"%s\">", links[i].uri);

      g_assert_true ((strstr (markup, tag) != NULL) == (links[i].kind != UPRIGHT_ARTICLE_LINK_IGNORED));
    }

  /* Clicking a link emits activate-link on its label. Every link is
   * handled, so GTK never opens one itself. */
  for (guint i = 0; i < G_N_ELEMENTS (links); i++)
    {
      gboolean handled = FALSE;

      g_signal_emit_by_name (label, "activate-link", links[i].uri, &handled);
      g_assert_true (handled);
    }

  g_assert_cmpuint (activated->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (activated, 0), ==, "upright:exercise/sit-to-stand");
  g_assert_cmpstr (g_ptr_array_index (activated, 1), ==, "upright:region/hip");
  g_assert_cmpuint (browser_uris->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (browser_uris, 0), ==, "https://example.org");

  /* A label that has left its view does nothing. */
  {
    g_autoptr(GtkWidget) orphan = g_object_ref (label);
    gboolean handled = FALSE;

    upright_article_view_set_markdown (UPRIGHT_ARTICLE_VIEW (fixture.view), "", NULL);
    g_signal_emit_by_name (orphan, "activate-link", "upright:region/hip", &handled);
    g_assert_true (handled);
    g_assert_cmpuint (activated->len, ==, 2);
  }

  fixture_close (&fixture);

  upright_article_view_open_uri_func = open_uri_func;
  g_clear_pointer (&browser_uris, g_ptr_array_unref);
}

static void
test_article_view_images (void)
{
  const char *markdown =
    "![Body](icons/scalable/actions/upright-body-symbolic.svg)\n\n"
    "![Up](../icons/scalable/actions/upright-body-symbolic.svg)\n\n"
    "![Capitals](icons/scalable/apps/io.github.upright.Upright.svg)\n\n"
    "![Web](https://example.org/x.png)\n\n"
    "![File](file:///etc/passwd)\n\n"
    "![Style](resource:///io/github/upright/Upright/style.css)\n\n"
    "![Gone](gone.png)\n\n"
    "![](gone.png)\n\n"
    "Text with ![a *small* icon](icons/scalable/actions/upright-body-symbolic.svg) in it.\n";
  const char *missing[] = { "Up", "Capitals", "Web", "File", "Style", "Gone" };
  GtkWidget *widget;
  Fixture fixture;

  fixture_open (&fixture, markdown, RESOURCE_PREFIX "/");
  g_assert_cmpuint (count_children (fixture.view), ==, 8);

  widget = child_at (fixture.view, 0);
  assert_widget (widget, ADW_TYPE_BIN, "article-figure");
  assert_widget (adw_bin_get_child (ADW_BIN (widget)), GTK_TYPE_PICTURE, "article-image");

  /* Images outside the resources, or that do not load, leave their
   * description; one without a description leaves nothing. */
  for (guint i = 0; i < G_N_ELEMENTS (missing); i++)
    {
      widget = child_at (fixture.view, i + 1);
      assert_widget (widget, GTK_TYPE_LABEL, "article-image-missing");
      g_assert_true (gtk_widget_has_css_class (widget, "dim-label"));
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (widget)), ==, missing[i]);
    }

  /* An image within text reads as its description. */
  assert_paragraph (child_at (fixture.view, 7), "Text with a small icon in it.");

  /* Without a base, relative paths lead nowhere. */
  upright_article_view_set_markdown (UPRIGHT_ARTICLE_VIEW (fixture.view),
                                     "![Body](icons/scalable/actions/upright-body-symbolic.svg)", NULL);
  g_assert_cmpuint (count_children (fixture.view), ==, 1);
  assert_widget (child_at (fixture.view, 0), GTK_TYPE_LABEL, "article-image-missing");

  /* A base without its final slash works too. */
  upright_article_view_set_markdown (UPRIGHT_ARTICLE_VIEW (fixture.view),
                                     "![Body](icons/scalable/actions/upright-body-symbolic.svg)", RESOURCE_PREFIX);
  assert_widget (child_at (fixture.view, 0), ADW_TYPE_BIN, "article-figure");

  fixture_close (&fixture);
}

static guint
quote_depth (GtkWidget *widget)
{
  guint depth = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      guint child_depth = quote_depth (child);

      depth = MAX (depth, child_depth);
    }

  return depth + (gtk_widget_has_css_class (widget, "article-quote") ? 1 : 0);
}

static guint
list_depth (GtkWidget *widget)
{
  guint depth = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      guint child_depth = list_depth (child);

      depth = MAX (depth, child_depth);
    }

  return depth + (gtk_widget_has_css_class (widget, "article-list") ? 1 : 0);
}

static gboolean
has_label_with_text (GtkWidget  *widget,
                     const char *text)
{
  if (GTK_IS_LABEL (widget) && g_str_equal (gtk_label_get_text (GTK_LABEL (widget)), text))
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (has_label_with_text (child, text))
        return TRUE;
    }

  return FALSE;
}

static char *
repeat (const char *piece,
        guint       times,
        const char *end)
{
  GString *string = g_string_new (NULL);

  for (guint i = 0; i < times; i++)
    g_string_append (string, piece);
  g_string_append (string, end);

  return g_string_free (string, FALSE);
}

/* Inputs that have broken Markdown renderers: deep nesting, runs of
 * delimiters that never close, control characters, bad entities. Runs of
 * inline delimiters are @n long. */
static GPtrArray *
pathological_inputs (guint n)
{
  GPtrArray *inputs = g_ptr_array_new_with_free_func (g_free);
  const char *fixed[] = {
    "",
    "---",
    "---\n---\n",
    "---\ntitle: x\n---\n",
    "-",
    "#",
    "1.",
    ">",
    "```",
    "![](",
    "[]()",
    "&#0; &#xD800; &#1114112; &bogus;",
    "Control \x01\x02\x1b\x7f characters\r\nand \xc2\x85 next line",
    "Noncharacters \xef\xbf\xbe \xef\xbf\xbf and a BOM \xef\xbb\xbf",
    "<!-- comment --> <?php ?> <![CDATA[ x ]]>",
    "99999999999. Large start\n",
    "999999999. Large start\n1. next\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (fixed); i++)
    g_ptr_array_add (inputs, g_strdup (fixed[i]));

  g_ptr_array_add (inputs, repeat ("> ", 10000, "deep quote"));
  g_ptr_array_add (inputs, repeat ("- ", 2000, "deep list"));
  g_ptr_array_add (inputs, repeat ("1. ", 1000, "deep numbers"));
  g_ptr_array_add (inputs, repeat ("> - ", 1000, "deep mix"));
  g_ptr_array_add (inputs, repeat ("*", n, "a"));
  g_ptr_array_add (inputs, repeat ("*a **b ", n, "c"));
  g_ptr_array_add (inputs, repeat ("[", n, "x"));
  g_ptr_array_add (inputs, repeat ("![", n, "x](y)"));
  g_ptr_array_add (inputs, repeat ("[a](upright:region/hip)", n, ""));
  g_ptr_array_add (inputs, repeat ("`", n, ""));
  g_ptr_array_add (inputs, repeat ("<", n, "b>"));
  g_ptr_array_add (inputs, repeat ("x", n, ""));

  return inputs;
}

static void
test_article_view_pathological (void)
{
  g_autoptr(GPtrArray) large = pathological_inputs (20000);
  g_autoptr(GPtrArray) inputs = pathological_inputs (200);
  g_autofree char *quotes = repeat ("> ", 10000, "deep quote");
  g_autofree char *lists = repeat ("- ", 2000, "deep list");
  g_autofree char *mixed = repeat ("> - ", 1000, "deep mix");
  Fixture fixture;

  /* The conversion takes long inputs in its stride. GTK takes its time to
   * wrap long words, so the widgets get shorter ones. */
  for (guint i = 0; i < large->len; i++)
    upright_article_block_free (upright_article_block_parse (g_ptr_array_index (large, i), NULL));

  fixture_open (&fixture, NULL, NULL);
  g_assert_cmpuint (count_children (fixture.view), ==, 0);

  for (guint i = 0; i < inputs->len; i++)
    {
      upright_article_view_set_markdown (UPRIGHT_ARTICLE_VIEW (fixture.view), g_ptr_array_index (inputs, i), NULL);
      upright_test_settle ();
    }

  upright_article_view_set_markdown (UPRIGHT_ARTICLE_VIEW (fixture.view), "", NULL);
  g_assert_cmpuint (count_children (fixture.view), ==, 0);

  upright_article_view_set_markdown (UPRIGHT_ARTICLE_VIEW (fixture.view), "---\n---\n", NULL);
  g_assert_cmpuint (count_children (fixture.view), ==, 2);
  assert_widget (child_at (fixture.view, 0), GTK_TYPE_SEPARATOR, NULL);
  assert_widget (child_at (fixture.view, 1), GTK_TYPE_SEPARATOR, NULL);

  /* Deep nesting is cut at a safe depth; what is deeper still shows. */
  upright_article_view_set_markdown (UPRIGHT_ARTICLE_VIEW (fixture.view), quotes, NULL);
  g_assert_cmpuint (quote_depth (fixture.view), ==, UPRIGHT_ARTICLE_MAX_DEPTH);
  g_assert_true (has_label_with_text (fixture.view, "deep quote"));

  upright_article_view_set_markdown (UPRIGHT_ARTICLE_VIEW (fixture.view), lists, NULL);
  g_assert_cmpuint (list_depth (fixture.view), ==, UPRIGHT_ARTICLE_MAX_DEPTH);
  g_assert_true (has_label_with_text (fixture.view, "deep list"));

  upright_article_view_set_markdown (UPRIGHT_ARTICLE_VIEW (fixture.view), mixed, NULL);
  g_assert_cmpuint (quote_depth (fixture.view) + list_depth (fixture.view), ==, UPRIGHT_ARTICLE_MAX_DEPTH);
  g_assert_true (has_label_with_text (fixture.view, "deep mix"));
  upright_test_settle ();

  /* Text that is not UTF-8 shows as its valid beginning, as plain text. */
  upright_article_view_set_markdown (UPRIGHT_ARTICLE_VIEW (fixture.view), "**Good** <b>text \xff\xfe bad", NULL);
  g_assert_cmpuint (count_children (fixture.view), ==, 1);
  assert_paragraph (child_at (fixture.view, 0), "**Good** <b>text ");
  g_assert_false (gtk_label_get_use_markup (GTK_LABEL (child_at (fixture.view, 0))));

  upright_article_view_set_markdown (UPRIGHT_ARTICLE_VIEW (fixture.view), "\xc3", NULL);
  g_assert_cmpuint (count_children (fixture.view), ==, 0);

  upright_article_view_set_markdown (UPRIGHT_ARTICLE_VIEW (fixture.view), "Truncated \xe2\x80", NULL);
  assert_paragraph (child_at (fixture.view, 0), "Truncated ");
  upright_test_settle ();

  fixture_close (&fixture);
}

static void
test_article_view_replace (void)
{
  GtkWidget *old_child;
  Fixture fixture;

  fixture_open (&fixture, "# Old\n\nOld text", NULL);
  g_assert_cmpuint (count_children (fixture.view), ==, 2);
  old_child = child_at (fixture.view, 0);
  g_object_add_weak_pointer (G_OBJECT (old_child), (gpointer *) &old_child);

  upright_article_view_set_markdown (UPRIGHT_ARTICLE_VIEW (fixture.view), "New text", NULL);
  g_assert_null (old_child);
  g_assert_cmpuint (count_children (fixture.view), ==, 1);
  assert_paragraph (child_at (fixture.view, 0), "New text");

  upright_article_view_set_markdown (UPRIGHT_ARTICLE_VIEW (fixture.view), NULL, NULL);
  g_assert_cmpuint (count_children (fixture.view), ==, 0);

  upright_article_view_set_markdown (UPRIGHT_ARTICLE_VIEW (fixture.view), "Last text", NULL);

  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*assertion*failed*");
  upright_article_view_set_markdown (NULL, "x", NULL);
  g_test_assert_expected_messages ();

  fixture_close (&fixture);
}

/* Makes the window tall enough to show the whole article at its width. */
static void
fit_window_to_article (Fixture *fixture)
{
  GtkScrolledWindow *scrolled = GTK_SCROLLED_WINDOW (fixture->scrolled);
  int natural;

  gtk_scrolled_window_set_min_content_height (scrolled, -1);
  upright_test_settle ();
  gtk_widget_measure (gtk_scrolled_window_get_child (scrolled), GTK_ORIENTATION_VERTICAL,
                      gtk_widget_get_width (fixture->scrolled), NULL, &natural, NULL, NULL);
  gtk_scrolled_window_set_min_content_height (scrolled, natural);
  upright_test_settle ();
}

static void
test_article_view_rendering (void)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  g_autofree char *markdown = read_fixture ("view-reading.md");
  const struct {
    AdwColorScheme scheme;
    const char *basename;
  } schemes[] = {
    { ADW_COLOR_SCHEME_FORCE_LIGHT, "article-view-light.png" },
    { ADW_COLOR_SCHEME_FORCE_DARK, "article-view-dark.png" },
  };
  Fixture fixture;

  fixture_open (&fixture, markdown, NULL);

  fit_window_to_article (&fixture);

  for (guint i = 0; i < G_N_ELEMENTS (schemes); i++)
    {
      adw_style_manager_set_color_scheme (style_manager, schemes[i].scheme);
      g_assert_cmpuint (upright_test_render_widget (fixture.window, schemes[i].basename), >, 16);
    }

  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_DEFAULT);
  upright_test_settle ();

  /* High contrast follows the desktop's accessibility setting, which the
   * test can set where the desktop's schemas are installed. */
  {
    GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
    g_autoptr(GSettingsSchema) schema = NULL;

    if (source != NULL)
      schema = g_settings_schema_source_lookup (source, "org.gnome.desktop.a11y.interface", TRUE);

    if (schema != NULL && g_settings_schema_has_key (schema, "high-contrast"))
      {
        g_autoptr(GSettings) settings = g_settings_new ("org.gnome.desktop.a11y.interface");

        g_settings_set_boolean (settings, "high-contrast", TRUE);
        upright_test_settle ();
        if (adw_style_manager_get_high_contrast (style_manager))
          g_assert_cmpuint (upright_test_render_widget (fixture.window, "article-view-high-contrast.png"), >, 16);
        else
          g_test_message ("High contrast could not be turned on");
        g_settings_reset (settings, "high-contrast");
        upright_test_settle ();
      }
    else
      {
        g_test_message ("No desktop accessibility settings: high contrast not rendered");
      }
  }

  /* A narrow window: everything wraps and nothing is cut off. */
  gtk_window_set_default_size (GTK_WINDOW (fixture.window), 360, 800);
  fit_window_to_article (&fixture);
  g_assert_cmpuint (upright_test_render_widget (fixture.window, "article-view-narrow.png"), >, 16);
  g_assert_cmpint (gtk_widget_get_width (fixture.view), <=, 360 - 24);

  fixture_close (&fixture);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkCssProvider) provider = NULL;

  upright_test_init (&argc, &argv);

  /* The application's own style sheet, as the running app loads it. */
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, RESOURCE_PREFIX "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  g_test_add_func ("/article-view/blocks", test_article_view_blocks);
  g_test_add_func ("/article-view/widget-tree", test_article_view_widget_tree);
  g_test_add_func ("/article-view/escaping", test_article_view_escaping);
  g_test_add_func ("/article-view/links", test_article_view_links);
  g_test_add_func ("/article-view/images", test_article_view_images);
  g_test_add_func ("/article-view/pathological", test_article_view_pathological);
  g_test_add_func ("/article-view/replace", test_article_view_replace);
  g_test_add_func ("/article-view/rendering", test_article_view_rendering);

  return g_test_run ();
}
