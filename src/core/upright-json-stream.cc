/* upright-json-stream.cc
 *
 * Copyright 2026 The Upright authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include <simdjson.h>

#include "upright-json-stream-private.h"

/* The journal is read with simdjson's On-Demand API: it finds where every
 * token of the text is in one fast pass, then reads the values as they are
 * asked for, from the text itself. What is never asked for is only skipped,
 * so every value here is asked for, members this version does not know
 * included: nothing that is not JSON can be kept and written back.
 *
 * Strings without escapes are taken from the text as they are; only the
 * rest go through simdjson's unescaping, which keeps what it unescapes for
 * the whole document. */

namespace ondemand = simdjson::ondemand;
using simdjson::error_code;

static_assert (UPRIGHT_JSON_STREAM_PADDING >= simdjson::SIMDJSON_PADDING,
               "The padding must be what simdjson reads past the text");

namespace {

/* Copies of the strings of one object, each with a NUL after it. They
 * stay where they are until the next object, so that members can point at
 * them as they are read. */
class Strings
{
public:
  void
  clear ()
  {
    block_ = 0;
    used_ = 0;
  }

  const char *
  keep (std::string_view text)
  {
    std::size_t needed = text.size () + 1;
    char *copy;

    while (block_ < blocks_.size () && used_ + needed > sizes_[block_])
      {
        block_++;
        used_ = 0;
      }

    if (block_ == blocks_.size ())
      {
        std::size_t size = std::max (needed, BLOCK_SIZE);

        blocks_.emplace_back (new char[size]);
        sizes_.push_back (size);
        used_ = 0;
      }

    copy = blocks_[block_].get () + used_;
    std::memcpy (copy, text.data (), text.size ());
    copy[text.size ()] = '\0';
    used_ += needed;

    return copy;
  }

private:
  static constexpr std::size_t BLOCK_SIZE = 4096;

  std::vector<std::unique_ptr<char[]>> blocks_;
  std::vector<std::size_t>             sizes_;
  std::size_t                          block_ = 0;
  std::size_t                          used_ = 0;
};

struct Reader
{
  ondemand::document  doc;
  const std::string_view *root_names;
  std::size_t         n_root_names;

  /* What one object is read into; reused for every object. The items of
   * all its lists are in @items, each list's from @first_items on. */
  std::vector<UprightJsonMember> members;
  std::vector<std::size_t>       first_items;
  std::vector<UprightJsonValue>  items;
  Strings                        strings;
  std::unordered_set<std::string_view> unknown_names;
  std::string                    repeated;
  bool                           has_repeated;
};

bool
is_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

void
note_repeated (Reader           &reader,
               std::string_view  name)
{
  if (!reader.has_repeated)
    {
      reader.repeated.assign (name);
      reader.has_repeated = true;
    }
}

/* Reads a string value, from the text when it has no escapes. */
error_code
read_string (Reader          &reader,
             ondemand::value &value,
             const char     **out)
{
  std::string_view token;
  std::string_view unescaped;
  std::size_t end;
  error_code error;

  token = value.raw_json_token ();

  /* The token runs to the next one: the string, then any spaces. */
  end = token.size ();
  while (end > 0 && is_space (token[end - 1]))
    end--;

  if (end >= 2 && token[0] == '"' && token[end - 1] == '"' &&
      std::memchr (token.data () + 1, '\\', end - 2) == nullptr)
    {
      ondemand::raw_json_string raw;

      if ((error = value.get_raw_json_string ().get (raw)))
        return error;
      if (out != nullptr)
        *out = reader.strings.keep (token.substr (1, end - 2));
      return simdjson::SUCCESS;
    }

  if ((error = value.get_string ().get (unescaped)))
    return error;
  if (out != nullptr)
    *out = reader.strings.keep (unescaped);

  return simdjson::SUCCESS;
}

/* Reads a number: json-glib reads one without a fraction or an exponent as
 * a whole number, so that is what an integer is here. */
error_code
read_number (ondemand::value  &value,
             UprightJsonValue *out)
{
  std::string_view token = value.raw_json_token ();
  bool whole = token.find_first_of (".eE") == std::string_view::npos;
  error_code error;

  if (whole)
    {
      int64_t integer;

      error = value.get_int64 ().get (integer);
      if (!error)
        {
          out->kind = UPRIGHT_JSON_INTEGER;
          out->integer = integer;
          return simdjson::SUCCESS;
        }

      /* Beyond 64 bits; the text check refuses these first. */
      if (error != simdjson::NUMBER_OUT_OF_RANGE)
        return error;
    }

  out->kind = UPRIGHT_JSON_NUMBER;

  return value.get_double ().get (out->number);
}

/* Reads a value that is not a list or an object into @out, its string (if
 * any) into the scratch buffer. */
error_code
read_scalar (Reader             &reader,
             ondemand::value    &value,
             ondemand::json_type type,
             UprightJsonValue   *out)
{
  error_code error = simdjson::SUCCESS;
  bool boolean = false;
  bool is_null = false;

  switch (type)
    {
    case ondemand::json_type::string:
      out->kind = UPRIGHT_JSON_STRING;
      error = read_string (reader, value, &out->string);
      break;

    case ondemand::json_type::number:
      error = read_number (value, out);
      break;

    case ondemand::json_type::boolean:
      out->kind = UPRIGHT_JSON_BOOLEAN;
      error = value.get_bool ().get (boolean);
      out->boolean = boolean;
      break;

    case ondemand::json_type::null:
      out->kind = UPRIGHT_JSON_NULL;
      error = value.is_null ().get (is_null);
      if (!error && !is_null)
        error = simdjson::N_ATOM_ERROR;
      break;

    case ondemand::json_type::array:
    case ondemand::json_type::object:
    default:
      error = simdjson::INCORRECT_TYPE;
      break;
    }

  return error;
}

/* Checks a value all through without keeping it. Names repeated in an
 * object of it are noted. */
error_code
check_value (Reader          &reader,
             ondemand::value &value)
{
  ondemand::json_type type;
  error_code error;

  if ((error = value.type ().get (type)))
    return error;

  if (type == ondemand::json_type::object)
    {
      std::unordered_set<std::string_view> names;
      ondemand::object object;

      if ((error = value.get_object ().get (object)))
        return error;

      for (auto result : object)
        {
          ondemand::field field;
          std::string_view name;

          if ((error = std::move (result).get (field)) ||
              (error = field.unescaped_key ().get (name)))
            return error;
          if (!names.insert (name).second)
            note_repeated (reader, name);
          if ((error = check_value (reader, field.value ())))
            return error;
        }

      return simdjson::SUCCESS;
    }

  if (type == ondemand::json_type::array)
    {
      ondemand::array array;

      if ((error = value.get_array ().get (array)))
        return error;

      for (auto element : array)
        {
          ondemand::value child;

          if ((error = element.get (child)) ||
              (error = check_value (reader, child)))
            return error;
        }

      return simdjson::SUCCESS;
    }

  {
    UprightJsonValue ignored;

    if (type == ondemand::json_type::string)
      return read_string (reader, value, nullptr);

    return read_scalar (reader, value, type, &ignored);
  }
}

/* Reads a list's items: scalars as values, lists and objects only as their
 * kind, after checking them. */
error_code
read_items (Reader            &reader,
            ondemand::value   &value,
            UprightJsonMember *member)
{
  ondemand::array array;
  error_code error;

  if ((error = value.get_array ().get (array)))
    return error;

  reader.first_items.back () = reader.items.size ();
  member->n_items = 0;

  for (auto element : array)
    {
      ondemand::value item;
      ondemand::json_type type;
      UprightJsonValue scalar = {};

      if ((error = element.get (item)) ||
          (error = item.type ().get (type)))
        return error;

      if (type == ondemand::json_type::array || type == ondemand::json_type::object)
        {
          scalar.kind = type == ondemand::json_type::array ? UPRIGHT_JSON_ARRAY : UPRIGHT_JSON_OBJECT;
          if ((error = check_value (reader, item)))
            return error;
        }
      else if ((error = read_scalar (reader, item, type, &scalar)))
        {
          return error;
        }

      reader.items.push_back (scalar);
      member->n_items++;
    }

  return simdjson::SUCCESS;
}

/* Finds which of @names @key is, looking first where the last one was
 * found, as members mostly come in the same order. */
int
find_name (ondemand::raw_json_string  key,
           const std::string_view    *names,
           std::size_t                n_names,
           std::size_t                guess)
{
  std::size_t position = guess < n_names ? guess : 0;

  for (std::size_t i = 0; i < n_names; i++)
    {
      if (key.unsafe_is_equal (names[position]))
        return (int) position;
      if (++position == n_names)
        position = 0;
    }

  return -1;
}

/* Reads the members of @object into the reader's scratch space. Members
 * named in @lists are not looked into. */
error_code
read_object (Reader                 &reader,
             ondemand::object       &object,
             const std::string_view *names,
             std::size_t             n_names,
             guint64                 lists,
             UprightJsonObject      *out)
{
  guint64 seen = 0;
  std::size_t guess = 0;
  error_code error;

  reader.members.clear ();
  reader.first_items.clear ();
  reader.items.clear ();
  reader.strings.clear ();
  reader.unknown_names.clear ();
  reader.has_repeated = false;

  for (auto result : object)
    {
      UprightJsonMember &member = reader.members.emplace_back ();
      ondemand::field field;
      ondemand::raw_json_string key;
      std::string_view name;
      ondemand::json_type type;

      reader.first_items.push_back (0);

      if ((error = std::move (result).get (field)))
        return error;

      key = field.key ();
      member.known = find_name (key, names, n_names, guess);
      if (member.known < 0)
        {
          /* A known name may be written with escapes. */
          if ((error = field.unescaped_key ().get (name)))
            return error;
          for (std::size_t i = 0; i < n_names && member.known < 0; i++)
            if (name == names[i])
              member.known = (int) i;
        }

      if (member.known >= 0)
        {
          guint64 bit = G_GUINT64_CONSTANT (1) << member.known;

          if (seen & bit)
            note_repeated (reader, names[member.known]);
          seen |= bit;
          guess = (std::size_t) member.known + 1;
          member.name = names[member.known].data ();
        }
      else
        {
          if (!reader.unknown_names.insert (name).second)
            note_repeated (reader, name);
          member.name = reader.strings.keep (name);
        }

      ondemand::value &value = field.value ();
      if ((error = value.type ().get (type)))
        return error;

      if (member.known < 0)
        {
          const char *start = key.raw () - 1;
          const char *end;

          member.value.kind = UPRIGHT_JSON_NULL;
          if ((error = check_value (reader, value)) ||
              (error = reader.doc.current_location ().get (end)))
            return error;
          while (end > start && is_space (end[-1]))
            end--;
          member.text = start;
          member.text_length = (std::size_t) (end - start);
        }
      else if (type == ondemand::json_type::array)
        {
          member.value.kind = UPRIGHT_JSON_ARRAY;
          if ((lists & (G_GUINT64_CONSTANT (1) << member.known)) == 0 &&
              (error = read_items (reader, value, &member)))
            return error;
        }
      else if (type == ondemand::json_type::object)
        {
          member.value.kind = UPRIGHT_JSON_OBJECT;
          if ((lists & (G_GUINT64_CONSTANT (1) << member.known)) == 0 &&
              (error = check_value (reader, value)))
            return error;
        }
      else if ((error = read_scalar (reader, value, type, &member.value)))
        {
          return error;
        }
    }

  /* Now that the items stay where they are, point at them. */
  for (std::size_t i = 0; i < reader.members.size (); i++)
    {
      UprightJsonMember &member = reader.members[i];

      if (member.n_items > 0)
        member.items = &reader.items[reader.first_items[i]];
    }

  out->members = reader.members.data ();
  out->n_members = (guint) reader.members.size ();
  out->repeated = reader.has_repeated ? reader.repeated.c_str () : nullptr;

  return simdjson::SUCCESS;
}

std::vector<std::string_view>
get_names (const UprightJsonNames *names)
{
  std::vector<std::string_view> views;

  g_assert (names->n_names <= 64);
  for (guint i = 0; i < names->n_names; i++)
    {
      g_assert (ondemand::raw_json_string::is_free_from_unescaped_quote (names->names[i]));
      views.emplace_back (names->names[i]);
    }

  return views;
}

void
set_json_error (GError     **error,
                error_code   code)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "Not JSON: %s",
               simdjson::error_message (code));
}

/* Reads the items of the lists in the top-level object and hands them to
 * @item_func, unless that is NULL. Once it refused one, in @item_error, the
 * rest is only checked: text that is not JSON anywhere in the file is its
 * first problem, as it is for a parser that reads it all first. */
error_code
read_lists (Reader                  &reader,
            const UprightJsonNames  *item_names,
            guint64                  lists,
            UprightJsonItemFunc      item_func,
            gpointer                 user_data,
            GError                 **item_error)
{
  std::vector<std::vector<std::string_view>> names (reader.n_root_names);
  ondemand::object root;
  error_code code;

  for (std::size_t i = 0; i < reader.n_root_names; i++)
    if (lists & (G_GUINT64_CONSTANT (1) << i))
      names[i] = get_names (&item_names[i]);

  reader.doc.rewind ();
  if ((code = reader.doc.get_object ().get (root)))
    return code;

  for (auto result : root)
    {
      ondemand::field field;
      ondemand::array array;
      ondemand::json_type type;
      int list;
      guint index = 0;

      if ((code = std::move (result).get (field)))
        return code;

      list = find_name (field.key (), reader.root_names, reader.n_root_names, 0);
      if (list < 0 || (lists & (G_GUINT64_CONSTANT (1) << list)) == 0)
        continue;

      /* The root function refuses a list that is not one. */
      if ((code = field.value ().type ().get (type)))
        return code;
      if (type != ondemand::json_type::array)
        continue;

      if ((code = field.value ().get_array ().get (array)))
        return code;

      for (auto element : array)
        {
          ondemand::value item;
          ondemand::object object;
          UprightJsonObject members;
          bool reading = item_func != nullptr && *item_error == nullptr;

          if ((code = element.get (item)) ||
              (code = item.type ().get (type)))
            return code;

          if (type != ondemand::json_type::object || !reading)
            {
              if ((code = check_value (reader, item)))
                return code;
              if (reading)
                item_func ((guint) list, index, nullptr, user_data, item_error);
            }
          else
            {
              if ((code = item.get_object ().get (object)) ||
                  (code = read_object (reader, object, names[list].data (), names[list].size (), 0, &members)))
                return code;
              item_func ((guint) list, index, &members, user_data, item_error);
            }

          index++;
        }
    }

  return simdjson::SUCCESS;
}

gboolean
read_document (const char              *data,
               gsize                    size,
               gsize                    capacity,
               const UprightJsonNames  *root_names,
               guint64                  lists,
               const UprightJsonNames  *item_names,
               UprightJsonRootFunc      root_func,
               UprightJsonItemFunc      item_func,
               gpointer                 user_data,
               GError                 **error)
{
  ondemand::parser parser;
  std::unique_ptr<char[]> copy;
  std::vector<std::string_view> names = get_names (root_names);
  Reader reader;
  ondemand::object root;
  UprightJsonObject members;
  const char *end;
  error_code code;

  reader.root_names = names.data ();
  reader.n_root_names = names.size ();

  /* simdjson reads a little past the end of the text. */
  if (capacity < size + UPRIGHT_JSON_STREAM_PADDING)
    {
      copy.reset (new char[size + UPRIGHT_JSON_STREAM_PADDING]);
      std::memcpy (copy.get (), data, size);
      std::memset (copy.get () + size, 0, UPRIGHT_JSON_STREAM_PADDING);
      data = copy.get ();
      capacity = size + UPRIGHT_JSON_STREAM_PADDING;
    }

  if ((code = parser.iterate (data, size, capacity).get (reader.doc)))
    {
      set_json_error (error, code);
      return FALSE;
    }

  code = reader.doc.get_object ().get (root);
  if (code == simdjson::INCORRECT_TYPE)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "Not a JSON object");
      return FALSE;
    }
  if (code || (code = read_object (reader, root, names.data (), names.size (), lists, &members)))
    {
      set_json_error (error, code);
      return FALSE;
    }

  /* Nothing may follow the object. */
  if (reader.doc.current_location ().get (end) != simdjson::OUT_OF_BOUNDS)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "Not JSON: text after the object");
      return FALSE;
    }

  {
    GError *item_error = nullptr;

    if (!root_func (&members, user_data, &item_error))
      item_func = nullptr;

    if (lists != 0 &&
        (code = read_lists (reader, item_names, lists, item_func, user_data, &item_error)))
      {
        g_clear_error (&item_error);
        set_json_error (error, code);
        return FALSE;
      }

    if (item_error != nullptr)
      {
        g_propagate_error (error, item_error);
        return FALSE;
      }
  }

  return TRUE;
}

} /* namespace */

/**
 * _upright_json_stream_read:
 * @data: the text, which need not end with a NUL
 * @size: its length in bytes
 * @capacity: how many bytes from @data may be read: when that is less than
 *   @size and %UPRIGHT_JSON_STREAM_PADDING, the text is copied first
 * @root_names: the members of the top-level object to read
 * @lists: a bit for each of @root_names that is a list of objects, which
 *   are read one by one after @root_func accepted the top-level object
 * @item_names: for each of @root_names, the members of its items to read
 * @root_func: given the top-level object's members
 * @item_func: given each item of the lists, in the order of the file
 * @user_data: for the functions
 * @error: where to say why the text cannot be read
 *
 * Reads JSON text whose top level is an object, such as the journal. When
 * the text is not JSON, or the top level is not an object, @error is
 * %G_IO_ERROR_INVALID_DATA with a technical message; when a function
 * returns %FALSE, reading stops with its error.
 *
 * Returns: %TRUE if all was read and the functions accepted it
 */
gboolean
_upright_json_stream_read (const char              *data,
                           gsize                    size,
                           gsize                    capacity,
                           const UprightJsonNames  *root_names,
                           guint64                  lists,
                           const UprightJsonNames  *item_names,
                           UprightJsonRootFunc      root_func,
                           UprightJsonItemFunc      item_func,
                           gpointer                 user_data,
                           GError                 **error)
{
  g_return_val_if_fail (data != NULL || size == 0, FALSE);
  g_return_val_if_fail (root_names != NULL && root_names->n_names <= 64, FALSE);
  g_return_val_if_fail (lists == 0 || (item_names != NULL && item_func != NULL), FALSE);
  g_return_val_if_fail (root_func != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* No C++ exception may reach C: simdjson reports errors as values, and
   * running out of memory ends the program as it does in GLib. */
  try
    {
      return read_document (data != NULL ? data : "", size, capacity, root_names, lists,
                            item_names, root_func, item_func, user_data, error);
    }
  catch (const std::bad_alloc &)
    {
      g_error ("Out of memory reading JSON");
    }
}
