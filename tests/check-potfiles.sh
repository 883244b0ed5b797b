#!/usr/bin/env bash
# Fails when a file with translatable strings is missing from po/POTFILES.in,
# or when POTFILES.in names a file that does not exist.
set -u
top=${1:?usage: check-potfiles.sh SOURCE_ROOT}
cd "$top" || exit 1

listed=$(grep -v '^\s*#' po/POTFILES.in | sed '/^\s*$/d' | sort -u)
status=0

for file in $listed; do
  if [ ! -f "$file" ]; then
    echo "POTFILES.in lists $file, which does not exist"
    status=1
  fi
done

# C files that mark strings with _(), N_(), C_() or NC_(), and UI, desktop,
# metainfo and schema files with translatable content.
candidates=$( {
  grep -rlE '(^|[^A-Za-z0-9_])(N?C?_)\s*\(\s*"' --include='*.c' src
  grep -rl 'translatable="yes"' --include='*.ui' ui
  ls resources/*.desktop.in resources/*.metainfo.xml.in resources/*.gschema.xml 2>/dev/null
} | sort -u)

for file in $candidates; do
  if ! printf '%s\n' "$listed" | grep -qxF "$file"; then
    echo "$file has translatable strings but is not in po/POTFILES.in"
    status=1
  fi
done

[ $status -eq 0 ] && echo "POTFILES.in lists every file with translatable strings"
exit $status
