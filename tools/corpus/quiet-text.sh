#!/usr/bin/env bash
# Runs the blame-language checker over a folder of real published postmortems (Markdown files kept
# outside the repository: the project stores no third-party text) and reports every language
# finding with its line, the number of words read, and findings per 5,000 words. On text that is
# blameless by intent, every finding is a candidate false alarm to judge by hand.
#
#   ./mvnw -B -q package -DskipTests && tools/corpus/quiet-text.sh FOLDER
#
# With --markdown, each file is checked as the Markdown postmortem it is (what `check` does with
# a .md file): the reader's model is checked, so lines run together as paragraphs and text the
# reader keeps as notes is checked with it. Only language findings are counted.
set -euo pipefail
format=txt
if [ "${1:-}" = "--markdown" ]; then
  format=md
  shift
fi
cd "$(dirname "$0")/../.."
dir=${1:?usage: tools/corpus/quiet-text.sh [--markdown] FOLDER-OF-MARKDOWN-POSTMORTEMS}
jar=postmortem-cli/target/postmortem.jar
[ -f "$jar" ] || { echo "build first: ./mvnw -B -q package -DskipTests" >&2; exit 2; }
words=0
findings=0
files=0
while IFS= read -r -d '' f; do
  files=$((files + 1))
  words=$((words + $(wc -w < "$f")))
  # as prose (the default), the whole file is read line by line, so text the Markdown reader
  # would park is checked too; with --markdown, as the reader reads it
  out=$(java -jar "$jar" check --stdin-format "$format" --no-color - < "$f" \
    | grep -E '^-:[0-9]+:[0-9]+: (error|warning|info) language\.' || true)
  if [ -n "$out" ]; then
    while IFS= read -r line; do
      findings=$((findings + 1))
      n=${line#-:}; n=${n%%:*}
      printf '%s:%s\n    %s\n' "$(basename "$f")" "${line#-:}" "$(sed -n "${n}p" "$f" | cut -c1-200)"
    done <<< "$out"
  fi
# MDX, Quarto and ERB-wrapped Markdown postmortems are read as well
done < <(find "$dir" -type f \( -name '*.md' -o -name '*.markdown' -o -name '*.mdx' -o -name '*.qmd' -o -name '*.md.erb' \) -print0 | sort -z)
echo "$files files, $words words, $findings language findings"
awk -v f="$findings" -v w="$words" 'BEGIN { if (w > 0) printf "%.2f findings per 5,000 words\n", f * 5000 / w }'
