#!/usr/bin/env bash
# Whole-process timings of cached peersite builds: after one page's body was edited, and with nothing changed,
# optionally paired with a cold Hugo build of the same corpus.
#
#   bench/cached-build.sh CORPUS_DIR [RUNS]
#
# Copies CORPUS_DIR/content (made by CorpusWriter, wiki links) to a temporary folder, builds it once with
#
#   java $JAVA_OPTS -jar generator/cli/target/peersite.jar build --content TMP/content --templates templates \
#       --output TMP/peersite-out --cache TMP/cache $PEERSITE_ARGS
#
# to fill the cache and the output folder, then times RUNS (default 5) builds of each kind, alternating:
#   edit     one more sentence appended to the body of a different interview each time, then a cached build
#   nothing  a cached build with nothing changed
# each in a new JVM under /usr/bin/time. With HUGO_BASELINE and HUGO_CORPUS set (see whole-build.sh), each pair
# also runs one cold Hugo build, and the table gives each kind's time as a fraction of Hugo's cold build, median
# of the per-run ratios. After the runs it checks that the cached output equals a build from nothing of the
# edited content, byte for byte, so the timings are of builds that made the right site.
#
# Environment: JAVA_OPTS, PEERSITE_ARGS, TEMPLATES, HUGO_BASELINE, HUGO_CORPUS, TMPDIR (as whole-build.sh).
set -euo pipefail

usage() {
  echo "usage: $0 CORPUS_DIR [RUNS]   (env: JAVA_OPTS, PEERSITE_ARGS, TEMPLATES, HUGO_BASELINE + HUGO_CORPUS)" >&2
  exit 2
}
[ $# -ge 1 ] && [ $# -le 2 ] || usage
runs=${2:-5}
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || usage
[ -d "$1/content" ] || { echo "$0: $1/content not found (make one with CorpusWriter, see bench/README.md)" >&2; exit 2; }
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
jar=$root/generator/cli/target/peersite.jar
templates=${TEMPLATES:-$root/templates}
read -ra java_opts <<< "${JAVA_OPTS:-}"
read -ra peersite_args <<< "${PEERSITE_ARGS:-}"
[ -f "$jar" ] || { echo "$0: $jar not found; build it: cd generator && mvn -q package -pl cli -am -DskipTests" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "$0: /usr/bin/time (GNU time) not found: apt-get install time" >&2; exit 2; }
hugo=0
if [ -n "${HUGO_BASELINE:-}" ] && [ -n "${HUGO_CORPUS:-}" ]; then
  hugo_corpus=$(cd "$HUGO_CORPUS" && pwd)
  hugo=1
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/peersite-cached-build.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp -R "$1/content" "$work/content"
mapfile -t interviews < <(find "$work/content/interviews" -name '*.md' | sort | head -n "$runs")
[ "${#interviews[@]}" -ge "$runs" ] || { echo "$0: the corpus has fewer than $runs interviews" >&2; exit 2; }

timed() {
  local name=$1
  shift
  if ! /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" > "$work/$name.log" 2>&1; then
    echo "$0: $name failed:" >&2
    tail -n 30 "$work/$name.log" >&2
    exit 1
  fi
  read -r wall user sys rss < <(tail -n 1 "$work/time")
  echo "$wall $(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }') $rss" >> "$work/$name.times"
  printf '%-8s %7.2f s wall  %s\n' "$name" "$wall" "$(tail -n 1 "$work/$name.log" | cut -c1-110)"
}

cached() {
  timed "$1" java "${java_opts[@]}" -jar "$jar" build --content "$work/content" --templates "$templates" \
    --output "$work/peersite-out" --cache "$work/cache" "${peersite_args[@]}"
}

echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -n 1)"
echo "# corpus $1/content: $(find "$work/content" -name '*.md' | wc -l) Markdown files"
cached prime
for ((i = 0; i < runs; i++)); do
  printf '\nThis sentence was added by run %d of the cached-build benchmark.\n' "$i" >> "${interviews[$i]}"
  cached edit
  cached nothing
  if [ $hugo = 1 ]; then
    timed hugo "$HUGO_BASELINE" "$hugo_corpus" "$work/hugo-out"
  fi
done
echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"

# The cached output must be the site a build from nothing makes of the same content.
java "${java_opts[@]}" -jar "$jar" build --content "$work/content" --templates "$templates" \
  --output "$work/cold-out" "${peersite_args[@]}" > "$work/cold.log" 2>&1
if ! diff -r -q -x .peersite-output "$work/peersite-out" "$work/cold-out" > "$work/diff" 2>&1; then
  echo "$0: the cached output differs from a build from nothing:" >&2
  head -n 20 "$work/diff" >&2
  exit 1
fi
echo "# the cached output equals a build from nothing of the edited content"

median() {
  sort -g | awk '{ v[NR] = $1 } END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "%.2f (%.2f-%.2f)", m, v[1], v[NR] }'
}
echo
echo "| cached build | runs | wall s, median (min-max) | cpu s | peak RSS MiB |$([ $hugo = 1 ] && echo ' / Hugo cold, per run |')"
echo "|---|---:|---:|---:|---:|$([ $hugo = 1 ] && echo '---:|')"
for kind in edit nothing; do
  ratio=""
  if [ $hugo = 1 ]; then
    ratio=" $(paste -d' ' <(cut -d' ' -f1 "$work/$kind.times") <(cut -d' ' -f1 "$work/hugo.times") \
      | awk '{ printf "%.4f\n", $1 / $2 }' | median) |"
  fi
  echo "| $kind | $runs | $(cut -d' ' -f1 "$work/$kind.times" | median) | $(cut -d' ' -f2 "$work/$kind.times" | median | cut -d' ' -f1) | $(cut -d' ' -f3 "$work/$kind.times" | awk '{ print $1 / 1024 }' | median | cut -d' ' -f1) |$ratio"
done
if [ $hugo = 1 ]; then
  echo "| Hugo cold | $runs | $(cut -d' ' -f1 "$work/hugo.times" | median) | $(cut -d' ' -f2 "$work/hugo.times" | median | cut -d' ' -f1) | $(cut -d' ' -f3 "$work/hugo.times" | awk '{ print $1 / 1024 }' | median | cut -d' ' -f1) | |"
fi
