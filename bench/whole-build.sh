#!/usr/bin/env bash
# Whole-process timings of cold, full peersite builds, optionally paired with Hugo on the same corpus.
#
#   bench/whole-build.sh CORPUS_DIR [RUNS]
#
# CORPUS_DIR holds content/ (made by CorpusWriter, wiki links). Runs one warm-up build, then RUNS (default 5)
# timed builds of
#
#   java $JAVA_OPTS -jar generator/cli/target/peersite.jar build --content CORPUS_DIR/content \
#       --templates templates --output TMP/peersite-out $PEERSITE_ARGS
#
# each in a new JVM under /usr/bin/time, and prints every run and the median of wall time, CPU time (user+sys)
# and peak resident memory. Every build after the first replaces the previous output, so deleting it is timed
# too, as it is for Hugo (hugo-baseline scripts empty their output folder first).
#
# With HUGO_BASELINE (a script taking CORPUS_DIR OUT_DIR that runs one cold Hugo build) and HUGO_CORPUS (the same
# corpus with Markdown links: CorpusWriter --links markdown, same --pages and --seed) both set, it alternates
# peersite and Hugo pair by pair (one warm-up pair, then RUNS pairs), so that a drift in the machine's speed hits
# both, and also prints Hugo's medians and the median of the per-pair wall-time ratios peersite/Hugo.
#
# Environment: JAVA_OPTS (JVM options, e.g. -Xmx1g), PEERSITE_ARGS (extra build options, e.g. --threads 2),
# TEMPLATES (theme folder; default the repository's templates/), HUGO_BASELINE, HUGO_CORPUS, TMPDIR.
# Output goes to a temporary folder outside the repository, deleted at the end.
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
corpus=$(cd "$1" && pwd)
jar=$root/generator/cli/target/peersite.jar
templates=${TEMPLATES:-$root/templates}
read -ra java_opts <<< "${JAVA_OPTS:-}"
read -ra peersite_args <<< "${PEERSITE_ARGS:-}"

[ -f "$jar" ] || { echo "$0: $jar not found; build it: cd generator && mvn -q package -pl cli -am -DskipTests" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "$0: /usr/bin/time (GNU time) not found: apt-get install time" >&2; exit 2; }

hugo=0
if [ -n "${HUGO_BASELINE:-}" ] || [ -n "${HUGO_CORPUS:-}" ]; then
  [ -n "${HUGO_BASELINE:-}" ] && [ -n "${HUGO_CORPUS:-}" ] \
    || { echo "$0: set both HUGO_BASELINE and HUGO_CORPUS, or neither" >&2; exit 2; }
  [ -x "$HUGO_BASELINE" ] || { echo "$0: HUGO_BASELINE $HUGO_BASELINE is not an executable script" >&2; exit 2; }
  [ -d "$HUGO_CORPUS/content" ] || { echo "$0: $HUGO_CORPUS/content not found" >&2; exit 2; }
  hugo_corpus=$(cd "$HUGO_CORPUS" && pwd)
  hugo=1
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/peersite-whole-build.XXXXXX")
trap 'rm -rf "$work"' EXIT

# One timed run: appends "wall cpu rss_kib" to $work/NAME.times, or prints the log and stops on failure.
timed() {
  local name=$1 label=$2
  shift 2
  if ! /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" > "$work/$name.log" 2>&1; then
    echo "$0: $name build failed:" >&2
    tail -n 30 "$work/$name.log" >&2
    exit 1
  fi
  read -r wall user sys rss < <(tail -n 1 "$work/time")
  local cpu
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  [ "$label" = warm-up ] || echo "$wall $cpu $rss" >> "$work/$name.times"
  printf '%-9s %-8s %7.2f s wall %8.2f s cpu %7.0f MiB peak\n' "$label" "$name" "$wall" "$cpu" \
    "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')"
}

peersite() {
  timed peersite "$1" java "${java_opts[@]}" -jar "$jar" build --content "$corpus/content" --templates "$templates" \
    --output "$work/peersite-out" "${peersite_args[@]}"
}

hugo_build() {
  timed hugo "$1" "$HUGO_BASELINE" "$hugo_corpus" "$work/hugo-out"
}

# Median (the mean of the middle two for an even count), min and max of column COL of a file.
stats() {
  cut -d' ' -f"$2" "$1" | sort -g | awk '{ v[NR] = $1 } END {
    m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "%.2f (%.2f-%.2f)", m, v[1], v[NR] }'
}

pages=$(find "$corpus/content" -name '*.md' | wc -l)
echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -n 1)"
echo "# corpus $corpus/content: $pages Markdown files, $(du -sh --apparent-size "$corpus/content" | cut -f1)"
[ $hugo = 1 ] && echo "# hugo corpus $hugo_corpus/content, baseline $HUGO_BASELINE, $(hugo version 2>/dev/null | head -n 1 || echo 'hugo version unknown')"
echo "# java ${java_opts[*]:+${java_opts[*]} }-jar $jar build ...${peersite_args[*]:+ ${peersite_args[*]}}"

peersite warm-up
[ $hugo = 1 ] && hugo_build warm-up
for ((i = 1; i <= runs; i++)); do
  peersite "run $i"
  [ $hugo = 1 ] && hugo_build "run $i"
done
echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# $(find "$work/peersite-out" -type f | wc -l) files, $(du -sh --apparent-size "$work/peersite-out" | cut -f1) written by peersite; its own last line: $(tail -n 1 "$work/peersite.log")"

echo
echo "| generator | runs | wall s, median (min-max) | cpu s (user+sys) | peak RSS MiB |"
echo "|---|---:|---:|---:|---:|"
row() {
  local rss
  rss=$(cut -d' ' -f3 "$work/$1.times" | sort -g | awk '{ v[NR] = $1 / 1024 } END {
    printf "%.0f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
  echo "| $1 | $runs | $(stats "$work/$1.times" 1) | $(stats "$work/$1.times" 2 | cut -d' ' -f1) | $rss |"
}
row peersite
if [ $hugo = 1 ]; then
  row hugo
  paste -d' ' <(cut -d' ' -f1 "$work/peersite.times") <(cut -d' ' -f1 "$work/hugo.times") \
    | awk '{ printf "%.4f\n", $1 / $2 }' > "$work/ratios"
  echo "| ratio peersite/Hugo, per pair | $runs | $(stats "$work/ratios" 1) | | |"
fi
