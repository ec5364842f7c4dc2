#!/usr/bin/env bash
# Sourced by the bench scripts that own a section of bench/RESULTS.md (bench/run.sh rewrites the
# file without them). write_section MARKER TEXT replaces the text between "<!-- MARKER" and
# "<!-- /MARKER -->", or appends TEXT when the file has no such section yet.
write_section() {
  local marker="$1" section="$2" results="bench/RESULTS.md"
  if grep -q "<!-- $marker" "$results"; then
    awk -v section="$section" -v start="<!-- $marker" -v stop="<!-- /$marker -->" '
      index($0, start) == 1 {print section; skip=1; next}
      index($0, stop) == 1 {skip=0; next}
      !skip {print}' "$results" > "$results.tmp" && mv "$results.tmp" "$results"
  else
    printf '\n%s\n' "$section" >> "$results"
  fi
  echo "wrote its section of $results"
}
