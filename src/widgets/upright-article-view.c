/* upright-article-view.c
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cmark.h>
#include <adwaita.h>

#include "upright-article-view-private.h"

/* Shows the body of an article, written in CommonMark, as native widgets:
 * a label for each heading and paragraph, boxes for lists and quotes, a
 * picture for each image. Raw HTML is never interpreted, images come only
 * from the application's resources, and links either lead somewhere in
 * Upright, open a secure web page in the browser, or do nothing.
 */
struct _UprightArticleView
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (UprightArticleView, upright_article_view, GTK_TYPE_WIDGET)

enum {
  LINK_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_AUTOPTR_CLEANUP_FUNC (cmark_node, cmark_node_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (cmark_iter, cmark_iter_free)

static UprightArticleBlock *
block_new (UprightArticleBlockKind  kind,
           UprightArticleBlock     *parent)
{
  UprightArticleBlock *block = g_new0 (UprightArticleBlock, 1);

  block->kind = kind;
  if (kind == UPRIGHT_ARTICLE_BLOCK_DOCUMENT ||
      kind == UPRIGHT_ARTICLE_BLOCK_LIST ||
      kind == UPRIGHT_ARTICLE_BLOCK_ITEM ||
      kind == UPRIGHT_ARTICLE_BLOCK_QUOTE)
    block->children = g_ptr_array_new_with_free_func ((GDestroyNotify) upright_article_block_free);

  if (parent != NULL)
    g_ptr_array_add (parent->children, block);

  return block;
}

void
upright_article_block_free (UprightArticleBlock *block)
{
  if (block == NULL)
    return;

  g_free (block->text);
  g_free (block->resource_path);
  g_clear_pointer (&block->children, g_ptr_array_unref);
  g_free (block);
}

static gboolean
is_link_name (const char *name)
{
  if (*name == '\0')
    return FALSE;

  for (const char *p = name; *p != '\0'; p++)
    {
      if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
        return FALSE;
    }

  return TRUE;
}

/**
 * upright_article_link_kind:
 * @uri: the target of a link
 *
 * Returns: what activating a link to @uri does: `upright:exercise/ID` and
 *   `upright:region/NAME` lead somewhere in the application, a well-formed
 *   `https:` address opens in the browser, and everything else is ignored
 */
UprightArticleLinkKind
upright_article_link_kind (const char *uri)
{
  if (uri == NULL)
    return UPRIGHT_ARTICLE_LINK_IGNORED;

  if (g_str_has_prefix (uri, "upright:exercise/"))
    return is_link_name (uri + strlen ("upright:exercise/")) ? UPRIGHT_ARTICLE_LINK_INTERNAL
                                                             : UPRIGHT_ARTICLE_LINK_IGNORED;

  if (g_str_has_prefix (uri, "upright:region/"))
    return is_link_name (uri + strlen ("upright:region/")) ? UPRIGHT_ARTICLE_LINK_INTERNAL
                                                           : UPRIGHT_ARTICLE_LINK_IGNORED;

  if (g_ascii_strncasecmp (uri, "https:", strlen ("https:")) == 0)
    {
      g_autoptr(GUri) parsed = g_uri_parse (uri, G_URI_FLAGS_NONE, NULL);

      if (parsed != NULL && g_uri_get_host (parsed) != NULL && *g_uri_get_host (parsed) != '\0')
        return UPRIGHT_ARTICLE_LINK_BROWSER;
    }

  return UPRIGHT_ARTICLE_LINK_IGNORED;
}

static gboolean
is_safe_resource_path (const char *path,
                       gboolean    allow_upper)
{
  if (*path == '\0' || strstr (path, "..") != NULL)
    return FALSE;

  for (const char *p = path; *p != '\0'; p++)
    {
      if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) &&
          !(allow_upper && g_ascii_isupper (*p)) &&
          *p != '-' && *p != '_' && *p != '.' && *p != '/')
        return FALSE;
    }

  return TRUE;
}

/* Images come from the application's resources only: a relative path is
 * looked up under @resource_base, an absolute one names its resource. */
static char *
image_resource_path (const char *url,
                     const char *resource_base)
{
  if (url == NULL)
    return NULL;

  if (g_str_has_prefix (url, "resource:///"))
    {
      const char *path = url + strlen ("resource://");

      return is_safe_resource_path (path, TRUE) ? g_strdup (path) : NULL;
    }

  if (resource_base == NULL || *resource_base != '/' ||
      url[0] == '/' || !is_safe_resource_path (url, FALSE))
    return NULL;

  if (g_str_has_suffix (resource_base, "/"))
    return g_strconcat (resource_base, url, NULL);
  else
    return g_strconcat (resource_base, "/", url, NULL);
}

static void
append_escaped (GString    *markup,
                const char *text)
{
  g_autofree char *escaped = NULL;

  if (text == NULL || *text == '\0')
    return;

  escaped = g_markup_escape_text (text, -1);
  g_string_append (markup, escaped);
}

/* The text of an image description or other inlines, without formatting. */
static char *
inline_plain_text (cmark_node *parent)
{
  g_autoptr(cmark_iter) iter = cmark_iter_new (parent);
  GString *text = g_string_new (NULL);
  cmark_event_type event;

  while ((event = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    {
      cmark_node *node = cmark_iter_get_node (iter);

      if (event != CMARK_EVENT_ENTER)
        continue;

      switch (cmark_node_get_type (node))
        {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
        case CMARK_NODE_HTML_INLINE:
          g_string_append (text, cmark_node_get_literal (node) ?: "");
          break;

        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
          g_string_append_c (text, ' ');
          break;

        default:
          break;
        }
    }

  return g_string_free (text, FALSE);
}

/* Pango markup for the inlines of a paragraph or heading, in which all text
 * is escaped. Raw HTML shows as the text its author typed. Only links that
 * do something look like links. */
static char *
inline_markup (cmark_node *parent)
{
  g_autoptr(cmark_iter) iter = cmark_iter_new (parent);
  GString *markup = g_string_new (NULL);
  cmark_node *link = NULL;
  cmark_event_type event;

  while ((event = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    {
      cmark_node *node = cmark_iter_get_node (iter);
      gboolean enter = event == CMARK_EVENT_ENTER;

      if (node == parent)
        continue;

      switch (cmark_node_get_type (node))
        {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_HTML_INLINE:
          append_escaped (markup, cmark_node_get_literal (node));
          break;

        case CMARK_NODE_CODE:
          g_string_append (markup, "<tt>");
          append_escaped (markup, cmark_node_get_literal (node));
          g_string_append (markup, "</tt>");
          break;

        case CMARK_NODE_SOFTBREAK:
          g_string_append_c (markup, ' ');
          break;

        case CMARK_NODE_LINEBREAK:
          g_string_append_c (markup, '\n');
          break;

        case CMARK_NODE_EMPH:
          g_string_append (markup, enter ? "<i>" : "</i>");
          break;

        case CMARK_NODE_STRONG:
          g_string_append (markup, enter ? "<b>" : "</b>");
          break;

        case CMARK_NODE_LINK:
          if (enter && link == NULL &&
              upright_article_link_kind (cmark_node_get_url (node)) != UPRIGHT_ARTICLE_LINK_IGNORED)
            {
              g_autofree char *tag = g_markup_printf_escaped ("<a href=\"%s\">",
                                                              cmark_node_get_url (node));

              g_string_append (markup, tag);
              link = node;
            }
          else if (!enter && node == link)
            {
              g_string_append (markup, "</a>");
              link = NULL;
            }
          break;

        case CMARK_NODE_IMAGE:
          /* An image within text shows as its description, which may not
           * hold links of its own. */
          if (enter)
            {
              g_autofree char *alt = inline_plain_text (node);

              append_escaped (markup, alt);
              cmark_iter_reset (iter, node, CMARK_EVENT_EXIT);
            }
          break;

        default:
          break;
        }
    }

  return g_string_free (markup, FALSE);
}

static char *
literal_without_newline (cmark_node *node)
{
  const char *literal = cmark_node_get_literal (node) ?: "";
  gsize length = strlen (literal);

  while (length > 0 && literal[length - 1] == '\n')
    length--;

  return g_strndup (literal, length);
}

static void
add_paragraph (UprightArticleBlock *parent,
               cmark_node          *node,
               const char          *resource_base)
{
  cmark_node *first = cmark_node_first_child (node);
  UprightArticleBlock *block;
  g_autofree char *markup = NULL;

  /* An image alone in its paragraph stands as a block of its own. */
  if (first != NULL &&
      cmark_node_get_type (first) == CMARK_NODE_IMAGE &&
      cmark_node_next (first) == NULL)
    {
      g_autofree char *alt = inline_plain_text (first);
      g_autofree char *path = image_resource_path (cmark_node_get_url (first), resource_base);

      if (*alt == '\0' && path == NULL)
        return;

      block = block_new (UPRIGHT_ARTICLE_BLOCK_IMAGE, parent);
      block->text = g_steal_pointer (&alt);
      block->resource_path = g_steal_pointer (&path);
      return;
    }

  markup = inline_markup (node);
  if (*markup == '\0')
    return;

  block = block_new (UPRIGHT_ARTICLE_BLOCK_PARAGRAPH, parent);
  block->text = g_steal_pointer (&markup);
}

static char *
list_marker (cmark_node *list,
             guint       index)
{
  gint64 number;

  if (cmark_node_get_list_type (list) != CMARK_ORDERED_LIST)
    return g_strdup ("•");

  number = (gint64) cmark_node_get_list_start (list) + index;

  return g_strdup_printf ("%" G_GINT64_FORMAT "%c", number,
                          cmark_node_get_list_delim (list) == CMARK_PAREN_DELIM ? ')' : '.');
}

/**
 * upright_article_block_parse:
 * @markdown: a CommonMark document, which may not be valid UTF-8
 * @resource_base: (nullable): the resource folder that relative image
 *   paths start from
 *
 * Turns @markdown into blocks. The walk keeps its own stack rather than
 * recursing, so that no input can exhaust the C stack, and quotes and
 * lists nested more than %UPRIGHT_ARTICLE_MAX_DEPTH deep are flattened
 * into the innermost one kept. Text that is not valid UTF-8 is not parsed:
 * its valid beginning becomes a single block of plain text.
 *
 * Returns: (transfer full): a block of kind %UPRIGHT_ARTICLE_BLOCK_DOCUMENT
 */
UprightArticleBlock *
upright_article_block_parse (const char *markdown,
                             const char *resource_base)
{
  g_autoptr(UprightArticleBlock) document = block_new (UPRIGHT_ARTICLE_BLOCK_DOCUMENT, NULL);
  g_autoptr(GPtrArray) stack = NULL;
  g_autoptr(cmark_node) root = NULL;
  g_autoptr(cmark_iter) iter = NULL;
  cmark_event_type event;
  const char *valid_end;
  guint depth = 0;

  g_return_val_if_fail (markdown != NULL, NULL);

  if (!g_utf8_validate (markdown, -1, &valid_end))
    {
      if (valid_end > markdown)
        {
          UprightArticleBlock *block = block_new (UPRIGHT_ARTICLE_BLOCK_PLAIN, document);

          block->text = g_strndup (markdown, valid_end - markdown);
        }

      return g_steal_pointer (&document);
    }

  root = cmark_parse_document (markdown, strlen (markdown),
                               CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8);
  iter = cmark_iter_new (root);

  /* The containers that new blocks go into, innermost last. A container
   * that is flattened pushes its parent again, so that every exit pops
   * exactly what its entry pushed. */
  stack = g_ptr_array_new ();
  g_ptr_array_add (stack, document);

  while ((event = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    {
      cmark_node *node = cmark_iter_get_node (iter);
      UprightArticleBlock *parent = g_ptr_array_index (stack, stack->len - 1);
      UprightArticleBlock *block;

      switch (cmark_node_get_type (node))
        {
        case CMARK_NODE_BLOCK_QUOTE:
        case CMARK_NODE_LIST:
          if (event == CMARK_EVENT_ENTER)
            {
              gboolean quote = cmark_node_get_type (node) == CMARK_NODE_BLOCK_QUOTE;

              if (depth < UPRIGHT_ARTICLE_MAX_DEPTH)
                {
                  block = block_new (quote ? UPRIGHT_ARTICLE_BLOCK_QUOTE : UPRIGHT_ARTICLE_BLOCK_LIST, parent);
                  block->tight = !quote && cmark_node_get_list_tight (node);
                  depth++;
                }
              else
                {
                  block = parent;
                }

              g_ptr_array_add (stack, block);
            }
          else
            {
              block = g_ptr_array_steal_index (stack, stack->len - 1);
              if (block != g_ptr_array_index (stack, stack->len - 1))
                depth--;
            }
          break;

        case CMARK_NODE_ITEM:
          if (event == CMARK_EVENT_ENTER)
            {
              /* The items of a flattened list are flattened too. */
              if (parent->kind == UPRIGHT_ARTICLE_BLOCK_LIST)
                {
                  block = block_new (UPRIGHT_ARTICLE_BLOCK_ITEM, parent);
                  block->text = list_marker (cmark_node_parent (node), parent->children->len - 1);
                }
              else
                {
                  block = parent;
                }

              g_ptr_array_add (stack, block);
            }
          else
            {
              g_ptr_array_steal_index (stack, stack->len - 1);
            }
          break;

        case CMARK_NODE_PARAGRAPH:
          add_paragraph (parent, node, resource_base);
          cmark_iter_reset (iter, node, CMARK_EVENT_EXIT);
          break;

        case CMARK_NODE_HEADING:
          {
            g_autofree char *markup = inline_markup (node);

            if (*markup != '\0')
              {
                block = block_new (UPRIGHT_ARTICLE_BLOCK_HEADING, parent);
                block->level = CLAMP (cmark_node_get_heading_level (node), 1, 6);
                block->text = g_steal_pointer (&markup);
              }
            cmark_iter_reset (iter, node, CMARK_EVENT_EXIT);
          }
          break;

        case CMARK_NODE_CODE_BLOCK:
          block = block_new (UPRIGHT_ARTICLE_BLOCK_CODE, parent);
          block->text = literal_without_newline (node);
          break;

        case CMARK_NODE_HTML_BLOCK:
          /* Raw HTML reads as the text its author typed. */
          block = block_new (UPRIGHT_ARTICLE_BLOCK_PLAIN, parent);
          block->text = literal_without_newline (node);
          break;

        case CMARK_NODE_THEMATIC_BREAK:
          block_new (UPRIGHT_ARTICLE_BLOCK_RULE, parent);
          break;

        default:
          break;
        }
    }

  g_assert (stack->len == 1);

  return g_steal_pointer (&document);
}

static void
open_uri_in_browser (GtkWidget  *widget,
                     const char *uri)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME);
}

void (*upright_article_view_open_uri_func) (GtkWidget  *widget,
                                            const char *uri) = open_uri_in_browser;

/* GTK would open any link itself; this handler decides instead, and always
 * stops it. */
static gboolean
activate_link_cb (GtkLabel   *label,
                  const char *uri,
                  gpointer    user_data)
{
  GtkWidget *view = gtk_widget_get_ancestor (GTK_WIDGET (label), UPRIGHT_TYPE_ARTICLE_VIEW);

  if (view == NULL)
    return TRUE;

  switch (upright_article_link_kind (uri))
    {
    case UPRIGHT_ARTICLE_LINK_INTERNAL:
      g_signal_emit (view, signals[LINK_ACTIVATED], 0, uri);
      break;

    case UPRIGHT_ARTICLE_LINK_BROWSER:
      upright_article_view_open_uri_func (view, uri);
      break;

    case UPRIGHT_ARTICLE_LINK_IGNORED:
    default:
      break;
    }

  return TRUE;
}

static GtkWidget *
text_label_new (const char *markup,
                const char *text)
{
  GtkWidget *label = gtk_label_new (NULL);

  if (markup != NULL)
    {
      gtk_label_set_markup (GTK_LABEL (label), markup);
      g_signal_connect (label, "activate-link", G_CALLBACK (activate_link_cb), NULL);
    }
  else
    {
      gtk_label_set_text (GTK_LABEL (label), text);
    }

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);

  return label;
}

static GtkWidget *
heading_new (UprightArticleBlock *block)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                   NULL);

  gtk_label_set_markup (GTK_LABEL (label), block->text);
  g_signal_connect (label, "activate-link", G_CALLBACK (activate_link_cb), NULL);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);

  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, block->level,
                                  -1);
  gtk_widget_add_css_class (label, "article-heading");
  if (block->level <= 2)
    gtk_widget_add_css_class (label, "title-2");
  else if (block->level == 3)
    gtk_widget_add_css_class (label, "title-3");
  else
    gtk_widget_add_css_class (label, "heading");

  return label;
}

static GtkWidget *block_widget_new (UprightArticleBlock *block);

static void
append_children (GtkBox              *box,
                 UprightArticleBlock *block)
{
  for (guint i = 0; i < block->children->len; i++)
    {
      GtkWidget *child = block_widget_new (g_ptr_array_index (block->children, i));

      if (child != NULL)
        gtk_box_append (box, child);
    }
}

static GtkWidget *
list_new (UprightArticleBlock *block)
{
  int spacing = block->tight ? 6 : 12;
  GtkWidget *list;
  int marker_chars = 1;

  list = g_object_new (GTK_TYPE_BOX,
                       "accessible-role", GTK_ACCESSIBLE_ROLE_LIST,
                       "orientation", GTK_ORIENTATION_VERTICAL,
                       "spacing", spacing,
                       NULL);
  gtk_widget_add_css_class (list, "article-list");

  /* Numbers line up on their right, so every marker of a list is as wide
   * as the widest. */
  for (guint i = 0; i < block->children->len; i++)
    {
      UprightArticleBlock *item = g_ptr_array_index (block->children, i);

      marker_chars = MAX (marker_chars, (int) g_utf8_strlen (item->text, -1));
    }

  for (guint i = 0; i < block->children->len; i++)
    {
      UprightArticleBlock *item = g_ptr_array_index (block->children, i);
      GtkWidget *row, *marker, *content;

      row = g_object_new (GTK_TYPE_BOX,
                          "accessible-role", GTK_ACCESSIBLE_ROLE_LIST_ITEM,
                          "orientation", GTK_ORIENTATION_HORIZONTAL,
                          "spacing", 8,
                          NULL);
      gtk_widget_add_css_class (row, "article-list-item");

      marker = gtk_label_new (item->text);
      gtk_label_set_width_chars (GTK_LABEL (marker), marker_chars);
      gtk_label_set_xalign (GTK_LABEL (marker), 1.0);
      gtk_widget_set_valign (marker, GTK_ALIGN_START);
      gtk_widget_add_css_class (marker, "article-list-marker");

      /* A bullet says nothing that the list role does not; a number is
       * kept, because the text may refer to it, as with references. */
      if (g_str_equal (item->text, "•"))
        gtk_accessible_update_property (GTK_ACCESSIBLE (marker),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, "",
                                        -1);

      content = gtk_box_new (GTK_ORIENTATION_VERTICAL, spacing);
      gtk_widget_set_hexpand (content, TRUE);
      append_children (GTK_BOX (content), item);

      gtk_box_append (GTK_BOX (row), marker);
      gtk_box_append (GTK_BOX (row), content);
      gtk_box_append (GTK_BOX (list), row);
    }

  return list;
}

/* A picture asked for its height at some width scales up to fill that
 * width, and one that can shrink has no minimum height at all, so in a
 * scrolled window it would vanish. The frame around it asks instead for as
 * much height as the image needs at the width it gets, never growing it
 * beyond the size it was drawn at. */
static GtkSizeRequestMode
image_frame_get_request_mode (GtkWidget *frame)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
image_frame_measure (GtkWidget      *frame,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  GtkWidget *picture = adw_bin_get_child (ADW_BIN (frame));
  GdkPaintable *paintable = gtk_picture_get_paintable (GTK_PICTURE (picture));
  int width = gdk_paintable_get_intrinsic_width (paintable);
  int height = gdk_paintable_get_intrinsic_height (paintable);
  int child_minimum, child_natural;

  gtk_widget_measure (picture, orientation, for_size, &child_minimum, &child_natural, NULL, NULL);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = child_minimum;
      *natural = MAX (child_minimum, width);
    }
  else
    {
      gint64 shown_width = for_size < 0 ? width : MIN (for_size, width);
      int shown_height = width > 0 ? (int) ((shown_width * height + width - 1) / width) : 0;

      *minimum = *natural = MAX (child_minimum, shown_height);
    }
}

static void
image_frame_allocate (GtkWidget *frame,
                      int        width,
                      int        height,
                      int        baseline)
{
  gtk_widget_allocate (adw_bin_get_child (ADW_BIN (frame)), width, height, baseline, NULL);
}

static GtkWidget *
image_new (UprightArticleBlock *block)
{
  g_autoptr(GdkTexture) texture = NULL;
  GtkWidget *picture;
  GtkWidget *frame;
  GtkWidget *label;

  if (block->resource_path != NULL)
    {
      g_autoptr(GBytes) bytes = g_resources_lookup_data (block->resource_path,
                                                         G_RESOURCE_LOOKUP_FLAGS_NONE,
                                                         NULL);

      if (bytes != NULL)
        texture = gdk_texture_new_from_bytes (bytes, NULL);
    }

  if (texture == NULL)
    {
      if (*block->text == '\0')
        return NULL;

      label = text_label_new (NULL, block->text);
      gtk_widget_add_css_class (label, "article-image-missing");
      gtk_widget_add_css_class (label, "dim-label");

      return label;
    }

  picture = gtk_picture_new_for_paintable (GDK_PAINTABLE (texture));
  gtk_picture_set_can_shrink (GTK_PICTURE (picture), TRUE);
  gtk_picture_set_content_fit (GTK_PICTURE (picture), GTK_CONTENT_FIT_CONTAIN);
  gtk_widget_add_css_class (picture, "article-image");
  if (*block->text != '\0')
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (picture),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, block->text,
                                      -1);
      gtk_widget_set_tooltip_text (picture, block->text);
    }

  /* The picture draws the image centred at its own size, or smaller when
   * the frame is narrower. */
  frame = adw_bin_new ();
  gtk_widget_set_layout_manager (frame, gtk_custom_layout_new (image_frame_get_request_mode,
                                                               image_frame_measure,
                                                               image_frame_allocate));
  gtk_widget_add_css_class (frame, "article-figure");
  adw_bin_set_child (ADW_BIN (frame), picture);

  return frame;
}

static GtkWidget *
block_widget_new (UprightArticleBlock *block)
{
  GtkWidget *widget;

  switch (block->kind)
    {
    case UPRIGHT_ARTICLE_BLOCK_HEADING:
      return heading_new (block);

    case UPRIGHT_ARTICLE_BLOCK_PARAGRAPH:
    case UPRIGHT_ARTICLE_BLOCK_PLAIN:
      if (block->kind == UPRIGHT_ARTICLE_BLOCK_PARAGRAPH)
        widget = text_label_new (block->text, NULL);
      else
        widget = text_label_new (NULL, block->text);
      gtk_label_set_selectable (GTK_LABEL (widget), TRUE);
      gtk_widget_add_css_class (widget, "article-paragraph");
      gtk_widget_add_css_class (widget, "body");
      return widget;

    case UPRIGHT_ARTICLE_BLOCK_CODE:
      widget = text_label_new (NULL, block->text);
      gtk_label_set_selectable (GTK_LABEL (widget), TRUE);
      gtk_widget_add_css_class (widget, "article-code");
      gtk_widget_add_css_class (widget, "monospace");
      return widget;

    case UPRIGHT_ARTICLE_BLOCK_LIST:
      return list_new (block);

    case UPRIGHT_ARTICLE_BLOCK_QUOTE:
      widget = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
      gtk_widget_add_css_class (widget, "article-quote");
      append_children (GTK_BOX (widget), block);
      return widget;

    case UPRIGHT_ARTICLE_BLOCK_RULE:
      widget = gtk_separator_new (GTK_ORIENTATION_HORIZONTAL);
      gtk_widget_add_css_class (widget, "article-rule");
      return widget;

    case UPRIGHT_ARTICLE_BLOCK_IMAGE:
      return image_new (block);

    case UPRIGHT_ARTICLE_BLOCK_DOCUMENT:
    case UPRIGHT_ARTICLE_BLOCK_ITEM:
    default:
      g_assert_not_reached ();
    }
}

static void
remove_children (UprightArticleView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
}

GtkWidget *
upright_article_view_new (void)
{
  return g_object_new (UPRIGHT_TYPE_ARTICLE_VIEW, NULL);
}

/**
 * upright_article_view_set_markdown:
 * @self: an article view
 * @markdown: (nullable): the body of an article in CommonMark, without its
 *   front matter; %NULL shows nothing
 * @resource_base: (nullable): the resource folder, ending in a slash, that
 *   relative image paths start from
 *
 * Replaces what the view shows. Text that is not valid UTF-8 shows as its
 * valid beginning, as plain text.
 */
void
upright_article_view_set_markdown (UprightArticleView *self,
                                   const char         *markdown,
                                   const char         *resource_base)
{
  g_autoptr(UprightArticleBlock) document = NULL;

  g_return_if_fail (UPRIGHT_IS_ARTICLE_VIEW (self));

  remove_children (self);

  if (markdown == NULL)
    return;

  document = upright_article_block_parse (markdown, resource_base);
  for (guint i = 0; i < document->children->len; i++)
    {
      GtkWidget *child = block_widget_new (g_ptr_array_index (document->children, i));

      if (child != NULL)
        gtk_widget_set_parent (child, GTK_WIDGET (self));
    }
}

static void
upright_article_view_dispose (GObject *object)
{
  remove_children (UPRIGHT_ARTICLE_VIEW (object));

  G_OBJECT_CLASS (upright_article_view_parent_class)->dispose (object);
}

static void
upright_article_view_class_init (UprightArticleViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = upright_article_view_dispose;

  /**
   * UprightArticleView::link-activated:
   * @self: the article view
   * @uri: an `upright:exercise/ID` or `upright:region/NAME` address
   *
   * Emitted when the reader follows a link to a place in Upright. Links to
   * secure web pages open in the browser and others do nothing, without
   * this signal.
   */
  signals[LINK_ACTIVATED] =
    g_signal_new ("link-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "articleview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
upright_article_view_init (UprightArticleView *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 12);
}
