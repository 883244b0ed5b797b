#!/usr/bin/env bash
# Fails when a translation in po/LINGUAS misses or leaves fuzzy any string
# that exists in the sources today.
set -u
top=${1:?usage: check-translations.sh SOURCE_ROOT}
cd "$top" || exit 1

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The same extraction that meson's update-po target runs.
xgettext --files-from=po/POTFILES.in --directory="$top" --from-code=UTF-8 \
  --add-comments --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_strdup_printf:1:c-format --flag=g_string_printf:2:c-format \
  --package-name=upright --output="$tmp/upright.pot" 2>"$tmp/xgettext.log" || {
    cat "$tmp/xgettext.log"
    exit 1
  }

# xgettext leaves the character set open; the sources are UTF-8.
sed -i 's/charset=CHARSET/charset=UTF-8/' "$tmp/upright.pot"

status=0
for lang in $(grep -v '^#' po/LINGUAS); do
  if [ ! -f "po/$lang.po" ]; then
    echo "po/$lang.po is missing"
    status=1
    continue
  fi
  msgmerge --quiet --no-fuzzy-matching "po/$lang.po" "$tmp/upright.pot" -o "$tmp/$lang.po" || { status=1; continue; }
  stats=$(LC_ALL=C msgfmt --check --statistics -o /dev/null "$tmp/$lang.po" 2>&1) || {
    echo "$lang: $stats"
    status=1
    continue
  }
  echo "$lang: $stats"
  case $stats in
    *untranslated*|*fuzzy*) status=1 ;;
  esac
  # Strings translated in the file but no longer in the sources are harmless,
  # but strings in the sources must all be there.
done

exit $status
