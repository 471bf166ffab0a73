#!/usr/bin/env bash
# The performance budget in one command: builds peersite, writes the benchmark corpora with its own CorpusWriter,
# runs every whole-process measure of docs/performance.md, and prints one Markdown table to paste there.
#
#   bench/report.sh [--runs N] [--50k] [--runs-50k N] [--baseline CHECKOUT] [--no-build] [--corpora DIR]
#                   [--allow-dirty]
#
# Measures (each build a new process, timed from outside with GNU time: wall, user+sys CPU, peak RSS):
#   the real site      this checkout's content/ and templates/, a cold build
#   cold 1k, 10k, 50k  corpora of 1,000, 10,000 (and with --50k 50,000) pages, a cold build into an output folder
#                      that holds the previous build (peersite replaces it, Hugo's folder is emptied first, both
#                      inside the timing)
#   cached 10k         with --cache: one interview's body edited, then nothing changed, then one guide added
#   stages, output     --timings of the cold 10k builds; bytes and files of the 10k output
# peersite runs as users run it: bin/peersite of the distribution this checkout makes, unpacked into a temporary
# folder. With --baseline CHECKOUT (another clone or worktree, e.g. main's) its distribution runs in the same
# rounds on the same corpora, with its own content/ and templates/. With hugo on the PATH, Hugo builds the same
# corpora (--links markdown) with the small theme in bench/hugo/ (or HUGO_SITE=DIR, another Hugo project folder).
#
# Every round runs each contender once, so a drift in the machine's speed hits all of them, and starts one place
# further along the list than the round before, so that no build always follows the same one; the first round is
# a warm-up and is not counted. Figures are medians (min-max) of --runs rounds (default 5; 50k: 3),
# ratios the medians of the per-round ratios. The machine, JDK, Hugo version and load average go above the table.
#
# It refuses to measure uncommitted changes to generator/, templates/, content/ or bench/ (the table names a
# commit), unless --allow-dirty, which the table then says. --no-build uses the jars already built, and refuses
# them when a source file is newer. Corpora go to a temporary folder, deleted at the end, or are kept in and
# reused from --corpora DIR (CorpusWriter is deterministic; empty DIR when CorpusWriter changes). Needs: java,
# mvn (unless --no-build), git, GNU time (/usr/bin/time), tar; optionally hugo. Linux only (it reads /proc).
set -euo pipefail

usage() {
  sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//' >&2
  exit 2
}
die() {
  echo "report.sh: $*" >&2
  exit 2
}
say() {
  echo "report.sh: $*" >&2
}

runs=5
runs50=3
with50=0
baseline=""
build=1
corpora=""
allow_dirty=0
command_line="bench/report.sh${*:+ $*}"
while [ $# -gt 0 ]; do
  case $1 in
    --runs) runs=${2:-}; shift 2 || usage ;;
    --runs-50k) runs50=${2:-}; shift 2 || usage ;;
    --50k) with50=1; shift ;;
    --baseline) baseline=${2:-}; shift 2 || usage ;;
    --no-build) build=0; shift ;;
    --corpora) corpora=${2:-}; shift 2 || usage ;;
    --allow-dirty) allow_dirty=1; shift ;;
    -h | --help) usage ;;
    *) echo "report.sh: unknown option $1" >&2; usage ;;
  esac
done
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || die "--runs wants a positive number, not '$runs'"
[[ "$runs50" =~ ^[1-9][0-9]*$ ]] || die "--runs-50k wants a positive number, not '$runs50'"

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
[ -x /usr/bin/time ] && /usr/bin/time -f %e true 2>/dev/null \
  || die "GNU time is needed as /usr/bin/time (apt-get install time)"
command -v java > /dev/null || [ -n "${JAVA_HOME:-}" ] || die "no java on the PATH and no JAVA_HOME"
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
command -v git > /dev/null || die "git is needed (the table names the commit it measured)"
[ $build = 0 ] || command -v mvn > /dev/null || die "mvn is needed to build peersite (or --no-build)"
hugo_site=${HUGO_SITE:-$root/bench/hugo}
hugo=0
if command -v hugo > /dev/null; then
  [ -f "$hugo_site/hugo.toml" ] || [ -f "$hugo_site/config.toml" ] || die "HUGO_SITE $hugo_site has no hugo.toml"
  hugo=1
fi

# A checkout's state for the table: "abc1234" or "abc1234 + uncommitted changes", refusing the latter unless asked.
state_of() {
  local dir=$1 commit dirty
  commit=$(git -C "$dir" rev-parse --short HEAD) || die "$dir is not a git checkout"
  dirty=$(git -C "$dir" status --porcelain -- generator templates content bench pom.xml)
  if [ -n "$dirty" ]; then
    [ $allow_dirty = 1 ] || die "$dir has uncommitted changes; commit them, or pass --allow-dirty:
$dirty"
    echo "$commit + uncommitted changes"
  else
    echo "$commit"
  fi
}

# Builds a checkout's jars and distribution, or checks that those already built are not older than its sources.
build_checkout() {
  local dir=$1
  if [ $build = 1 ]; then
    say "building $dir (mvn package, no tests)"
    (cd "$dir" && mvn -q -B package -DskipTests -Dpeersite.skip=true \
      -pl generator/cli,generator/benchmarks,generator/distribution -am) >&2 \
      || die "the build of $dir failed"
  fi
  local jar=$dir/generator/cli/target/peersite.jar
  [ -f "$jar" ] || die "$jar not found: build it, or drop --no-build"
  local newer
  newer=$(find "$dir/generator" "$dir/templates" -path '*/target' -prune -o -type f -newer "$jar" -print | head -n 3)
  [ -z "$newer" ] || die "sources are newer than $jar (a stale build would mislead): $newer"
}

# Unpacks a checkout's distribution into DEST and prints its bin/peersite.
unpack() {
  local dir=$1 dest=$2 archive
  archive=$(find "$dir/generator/distribution/target" -maxdepth 1 -name 'peersite-*.tar.gz' | head -n 1)
  [ -n "$archive" ] || die "no distribution in $dir/generator/distribution/target"
  mkdir -p "$dest"
  tar -xzf "$archive" -C "$dest"
  find "$dest" -path '*/bin/peersite' -type f | head -n 1
}

this_state=$(state_of "$root")
[ -z "$baseline" ] || { [ -d "$baseline/generator" ] || die "--baseline $baseline is not a peersite checkout"; }
[ -z "$baseline" ] || baseline=$(cd "$baseline" && pwd)
base_state=""
[ -z "$baseline" ] || base_state=$(state_of "$baseline")

work=$(mktemp -d "${TMPDIR:-/tmp}/peersite-report.XXXXXX")
trap 'rm -rf "$work"' EXIT
if [ -n "$corpora" ]; then
  mkdir -p "$corpora"
  corpora=$(cd "$corpora" && pwd)
else
  corpora=$work/corpora
fi

build_checkout "$root"
[ -z "$baseline" ] || build_checkout "$baseline"
peersite_bin=$(unpack "$root" "$work/dist/peersite")
contenders=(peersite)
declare -A bin=([peersite]=$peersite_bin) home=([peersite]=$root)
if [ -n "$baseline" ]; then
  bin[baseline]=$(unpack "$baseline" "$work/dist/baseline")
  home[baseline]=$baseline
  contenders+=(baseline)
fi

# The corpus of N pages with wiki links (peersite) and Markdown links (Hugo), written unless already there.
corpus() {
  local pages=$1 links=$2 dir=$corpora/$1-$2
  if [ ! -f "$dir/content/site.yaml" ]; then
    say "writing the $pages-page corpus ($links links)"
    "$java" -cp "$root/generator/benchmarks/target/benchmarks.jar" org.peersite.bench.CorpusWriter \
      --pages "$pages" --links "$links" --out "$dir" > /dev/null || die "CorpusWriter failed for $pages pages"
  fi
  echo "$dir/content"
}

results=$work/results    # measure contender round wall cpu rss_kib
stages=$work/stages      # measure contender round stage seconds
: > "$results"
: > "$stages"

# timed MEASURE CONTENDER ROUND COMMAND...: one run under GNU time; round 0 is the warm-up and is not recorded.
timed() {
  local measure=$1 who=$2 round=$3
  shift 3
  local log=$work/log
  if ! /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" > "$log" 2>&1; then
    echo "report.sh: $who failed on '$measure' (round $round): $*" >&2
    tail -n 20 "$log" >&2
    exit 1
  fi
  local wall user sys rss
  read -r wall user sys rss < <(tail -n 1 "$work/time")
  printf '  %-26s %-9s round %d: %6.2f s wall\n' "$measure" "$who" "$round" "$wall" >&2
  [ "$round" -gt 0 ] || return 0
  echo "$measure $who $round $wall $(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }') $rss" >> "$results"
  # "peersite: stage times: load 0.61 s, parse 1.02 s, ..." from --timings
  sed -n 's/.*stage times: //p' "$log" | tr ',' '\n' | awk -v m="$measure" -v w="$who" -v r="$round" \
    'NF >= 2 { print m, w, r, $1, $2 }' >> "$stages"
}

peersite_build() {   # MEASURE CONTENDER ROUND CONTENT TEMPLATES OUTPUT [ARGS...]
  local measure=$1 who=$2 round=$3 content=$4 templates=$5 output=$6
  shift 6
  timed "$measure" "$who" "$round" "${bin[$who]}" build --content "$content" --templates "$templates" \
    --output "$output" --timings "$@"
}

hugo_build() {   # MEASURE ROUND CONTENT OUTPUT
  local project=$work/hugo-project
  rm -rf "$project"
  mkdir -p "$project" "$4"
  cp -R "$hugo_site/." "$project/"
  ln -s "$3" "$project/content"
  timed "$1" hugo "$2" sh -c 'find "$1" -mindepth 1 -delete && exec hugo --quiet --minify=false --ignoreCache \
    --source "$2" --destination "$1"' sh "$4" "$project"
}

# in_turn ROUND JOB...: the jobs, started at the ROUND-th (modulo their count), so that no contender always runs
# right after the same other one (a build that writes 100 MB leaves the next one to pay for its write-back).
in_turn() {
  local r=$1
  shift
  local jobs=("$@") i
  for ((i = 0; i < ${#jobs[@]}; i++)); do
    echo "${jobs[(i + r) % ${#jobs[@]}]}"
  done
}

cold_rounds() {   # MEASURE PAGES ROUNDS
  local measure=$1 pages=$2 rounds=$3 wiki markdown=""
  wiki=$(corpus "$pages" wiki)
  [ $hugo = 0 ] || markdown=$(corpus "$pages" markdown)
  say "$measure: $rounds rounds after a warm-up"
  local jobs=("${contenders[@]}") who
  [ $hugo = 0 ] || jobs+=(hugo)
  for ((r = 0; r <= rounds; r++)); do
    for who in $(in_turn "$r" "${jobs[@]}"); do
      if [ "$who" = hugo ]; then
        hugo_build "$measure" "$r" "$markdown" "$work/out/hugo-$pages"
      else
        peersite_build "$measure" "$who" "$r" "$wiki" "${home[$who]}/templates" "$work/out/$who-$pages"
      fi
    done
  done
}

output_size() {   # DIR -> "bytes files"
  echo "$(find "$1" -type f -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }') $(find "$1" -type f | wc -l)"
}

cpu_model=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
ram=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
java_version=$("$java" -version 2>&1 | head -n 1)
hugo_version=$([ $hugo = 1 ] && hugo version | sed 's/ BuildDate.*//' || echo "not on the PATH")
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
started=$(date -u '+%Y-%m-%d %H:%M UTC')

# The real site: each checkout's own content and theme.
real_pages=$(find "$root/content" -name '*.md' | wc -l)
say "the real site: $((2 * runs)) rounds after a warm-up"
for ((r = 0; r <= 2 * runs; r++)); do
  for who in $(in_turn "$r" "${contenders[@]}"); do
    peersite_build real "$who" "$r" "${home[$who]}/content" "${home[$who]}/templates" "$work/out/$who-real"
  done
done

cold_rounds cold-1k 1000 "$runs"

# 10,000 pages: cold builds, then cached builds of an edited copy, in the same rounds.
wiki10=$(corpus 10000 wiki)
md10=""
[ $hugo = 0 ] || md10=$(corpus 10000 markdown)
mapfile -t edited < <(cd "$wiki10" && find interviews -name '*.md' | sort | head -n $((runs + 1)))
mapfile -t added < <(cd "$wiki10" && find guides -name '*.md' | sort | head -n $((runs + 1)))
for who in "${contenders[@]}"; do
  mkdir -p "$work/cached-$who"
  cp -R "$wiki10" "$work/cached-$who/content"
  say "priming $who's cache at 10,000 pages"
  peersite_build prime "$who" 0 "$work/cached-$who/content" "${home[$who]}/templates" "$work/cached-$who/out" \
    --cache "$work/cached-$who/cache"
done
say "10,000 pages: $runs rounds after a warm-up"
jobs10=()
for who in "${contenders[@]}"; do jobs10+=("cold:$who" "cached:$who"); done
[ $hugo = 0 ] || jobs10+=(cold:hugo)
for ((r = 0; r <= runs; r++)); do
  for job in $(in_turn "$r" "${jobs10[@]}"); do
    who=${job#*:}
    if [ "$job" = cold:hugo ]; then
      hugo_build cold-10k "$r" "$md10" "$work/out/hugo-10000"
      continue
    elif [ "${job%%:*}" = cold ]; then
      peersite_build cold-10k "$who" "$r" "$wiki10" "${home[$who]}/templates" "$work/out/$who-10000"
      continue
    fi
    printf '\nA sentence added by round %d of the report.\n' "$r" >> "$work/cached-$who/content/${edited[$r]}"
    peersite_build edit-10k "$who" "$r" "$work/cached-$who/content" "${home[$who]}/templates" \
      "$work/cached-$who/out" --cache "$work/cached-$who/cache"
    peersite_build nothing-10k "$who" "$r" "$work/cached-$who/content" "${home[$who]}/templates" \
      "$work/cached-$who/out" --cache "$work/cached-$who/cache"
    # A page added: a copy of a guide under a new file name and title (the names every link may resolve to).
    sed "0,/^title: .*/s//title: A guide added by round $r of the report/" "$wiki10/${added[$r]}" \
      > "$work/cached-$who/content/guides/added-by-round-$r.md"
    peersite_build page-10k "$who" "$r" "$work/cached-$who/content" "${home[$who]}/templates" \
      "$work/cached-$who/out" --cache "$work/cached-$who/cache"
  done
done
# A cached build is only worth timing if it made the right site: the same bytes as a build from nothing.
for who in "${contenders[@]}"; do
  peersite_build check-cached "$who" 0 "$work/cached-$who/content" "${home[$who]}/templates" "$work/cached-$who/cold"
  diff -r -q -x .peersite-output "$work/cached-$who/out" "$work/cached-$who/cold" > "$work/diff" 2>&1 \
    || { head -n 20 "$work/diff" >&2; die "$who's cached output differs from a build from nothing"; }
done
declare -A size
for who in "${contenders[@]}"; do
  size[$who]=$(output_size "$work/out/$who-10000")
done
[ $hugo = 0 ] || size[hugo]=$(output_size "$work/out/hugo-10000")

if [ $with50 = 1 ]; then
  cold_rounds cold-50k 50000 "$runs50"
fi
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# ---- the table ----

# Numbers, one a line -> "median min max" (the median of an even count is the mean of the middle two).
median_min_max() {
  sort -g | awk '{ v[NR] = $1 } END { if (NR) print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2),
    v[1], v[NR] }'
}
# Numbers, one a line -> "median (min–max)" with two decimals.
median_range() {
  median_min_max | awk 'NF { printf "%.2f (%.2f–%.2f)", $1, $2, $3 }'
}
# stats MEASURE CONTENDER COLUMN(4 wall, 5 cpu, 6 rss) -> "median min max" (rss in MiB), or nothing
stats() {
  awk -v m="$1" -v w="$2" -v c="$3" '$1 == m && $2 == w { print (c == 6 ? $c / 1024 : $c) }' "$results" \
    | median_min_max
}
# ratio MEASURE_A A MEASURE_B B -> "0.85 (0.45–1.57), CPU 0.79": the medians of A's wall time (min-max) and CPU
# time over B's, round by round
ratio() {
  local ma=$1 a=$2 mb=$3 b=$4
  join <(awk -v m="$ma" -v w="$a" '$1 == m && $2 == w { print $3, $4, $5 }' "$results" | sort) \
    <(awk -v m="$mb" -v w="$b" '$1 == m && $2 == w { print $3, $4, $5 }' "$results" | sort) \
    | awk '{ print $2 / $4, $3 / $5 }' > "$work/ratios"
  [ -s "$work/ratios" ] || return 0
  local wall cpu
  wall=$(cut -d' ' -f1 "$work/ratios" | median_range)
  cpu=$(cut -d' ' -f2 "$work/ratios" | median_range | cut -d' ' -f1)
  echo "$wall, CPU $cpu"
}
seconds() {   # MEASURE CONTENDER -> "1.23 s (1.10–1.40)"
  local s
  s=$(stats "$1" "$2" 4)
  if [ -n "$s" ]; then awk -v s="$s" 'BEGIN { split(s, v, " "); printf "%.2f s (%.2f–%.2f)", v[1], v[2], v[3] }'; fi
}
cpu() {   # MEASURE CONTENDER PAGES -> "3.20 s, 3.2 ms/page"
  local s
  s=$(stats "$1" "$2" 5)
  if [ -n "$s" ]; then
    awk -v s="$s" -v p="$3" 'BEGIN { split(s, v, " "); printf "%.2f s, %.2f ms/page", v[1], 1000 * v[1] / p }'
  fi
}
rss() {
  local s
  s=$(stats "$1" "$2" 6)
  if [ -n "$s" ]; then awk -v s="$s" 'BEGIN { split(s, v, " "); printf "%.0f MiB", v[1] }'; fi
}
stage_times() {   # MEASURE CONTENDER PAGES -> "load 0.06, parse 0.10, ... ms/page"
  awk -v m="$1" -v w="$2" '$1 == m && $2 == w { print $4, $5 }' "$stages" | sort -k1,1 -k2g | awk -v p="$3" '
    { t[$1] = t[$1] " " $2; n[$1]++ }
    END { order = "load parse bodies link render write cache"; k = split(order, s, " ")
          for (i = 1; i <= k; i++) if (n[s[i]]) { split(substr(t[s[i]], 2), v, " "); c = n[s[i]]
            m = c % 2 ? v[(c + 1) / 2] : (v[c / 2] + v[c / 2 + 1]) / 2
            printf "%s%s %.2f", (out++ ? ", " : ""), s[i], 1000 * m / p } }'
}
bytes() {   # "bytes files" -> "340.1 MB in 10,394 files"
  if [ -n "${1:-}" ]; then
    awk -v s="$1" 'BEGIN { split(s, v, " "); n = sprintf("%d", v[2])
      while (n ~ /[0-9][0-9][0-9][0-9]/) sub(/[0-9][0-9][0-9]($|,)/, ",&", n)
      printf "%.1f MB in %s files", v[1] / 1e6, n }'
  fi
}

has_base=0
[ -z "$baseline" ] || has_base=1
row() {   # LABEL MEASURE PAGES HUGO_MEASURE TARGET
  local label=$1 m=$2 pages=$3 hm=$4 target=$5 line
  line="| $label | $(seconds "$m" peersite) | $(cpu "$m" peersite "$pages") | $(rss "$m" peersite) |"
  if [ $has_base = 1 ]; then
    line+=" $(seconds "$m" baseline) | $(cpu "$m" baseline "$pages") | $(rss "$m" baseline) |"
    line+=" $(ratio "$m" peersite "$m" baseline) |"
  fi
  if [ $hugo = 1 ]; then
    if [ -n "$hm" ]; then
      line+=" $(seconds "$hm" hugo) | $(cpu "$hm" hugo "$pages") | $(rss "$hm" hugo) |"
      line+=" $(ratio "$m" peersite "$hm" hugo) |"
    else
      line+=" | | | |"
    fi
  fi
  echo "$line $target |"
}

echo "### Performance report, $started"
echo
echo "- Command: \`$command_line\`, $runs rounds after a warm-up round$([ $with50 = 1 ] \
  && echo " ($runs50 at 50,000 pages)"); medians (min–max); ratios are medians of per-round ratios."
echo "- Machine: $(nproc) cores, $cpu_model, $ram RAM, $(uname -sr); $java_version; Hugo: $hugo_version." \
  "Load average $load_before before, $load_after after."
echo "- peersite: $this_state, its distribution's \`bin/peersite\`.$([ $has_base = 1 ] \
  && echo " Baseline: $base_state (\`$(basename "$baseline")\`), the same way.")"
[ $hugo = 0 ] || echo "- Hugo: the theme in \`$(realpath --relative-to="$root" "$hugo_site" 2>/dev/null \
  || echo "$hugo_site")\`, the same corpora with Markdown links."
echo
header="| measure | peersite wall | CPU | peak RSS |"
rule="|---|---:|---:|---:|"
[ $has_base = 0 ] || { header+=" baseline wall | CPU | peak RSS | peersite / baseline |"; rule+="---:|---:|---:|---:|"; }
[ $hugo = 0 ] || { header+=" Hugo wall | CPU | peak RSS | peersite / Hugo |"; rule+="---:|---:|---:|---:|"; }
echo "$header target |"
echo "$rule---|"
row "the real site, $real_pages pages" real "$real_pages" "" "≤ 0.5 s"
row "cold, 1,000 pages" cold-1k 1000 cold-1k "≤ 0.8 × Hugo"
row "cold, 10,000 pages" cold-10k 10000 cold-10k "≤ 0.4 × Hugo; ≤ 1 ms CPU/page; ≤ 768 MiB"
row "cached 10,000, one body edited" edit-10k 10000 cold-10k "≤ 0.1 × Hugo cold"
row "cached 10,000, nothing changed" nothing-10k 10000 cold-10k "≤ 0.05 × Hugo cold"
row "cached 10,000, one page added" page-10k 10000 cold-10k "≤ 0.1 × Hugo cold"
[ $with50 = 0 ] || row "cold, 50,000 pages" cold-50k 50000 cold-50k "≤ 2 GiB"
for m in cold-10k edit-10k; do
  line="| stage wall times, $([ $m = cold-10k ] && echo cold || echo "cached, one body edited"), 10,000 (ms/page) |"
  line+=" $(stage_times $m peersite 10000) | | |"
  [ $has_base = 0 ] || line+=" $(stage_times $m baseline 10000) | | | |"
  [ $hugo = 0 ] || line+=" | | | |"
  echo "$line \`--timings\` |"
done
line="| output, 10,000 pages | $(bytes "${size[peersite]}") | | |"
[ $has_base = 0 ] || line+=" $(bytes "${size[baseline]}") | | | |"
[ $hugo = 0 ] || line+=" $(bytes "${size[hugo]}") | | | |"
echo "$line ≤ Hugo's bytes |"
