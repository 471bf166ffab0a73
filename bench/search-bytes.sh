#!/usr/bin/env bash
# What a reader's first search transfers: serves a built site, opens its home page in headless Chromium, types
# QUERY into the search box the way a reader would, and lists every file the page fetched for it, with its size
# as served and gzip-compressed (level 6, what most servers use).
#   bench/search-bytes.sh SITE_DIR QUERY [PORT]
# Needs chromium and python3. Writes one temporary page (measure-search.html) into SITE_DIR and removes it.
set -euo pipefail
site=$1; query=$2; port=${3:-8765}
page="$site/measure-search.html"
python3 - "$site/index.html" "$page" "$query" <<'PY'
import sys, json
html = open(sys.argv[1], encoding='utf-8').read()
probe = """<script>
window.addEventListener('load', () => {
  const input = document.getElementById('site-search-input');
  input.focus();
  input.value = %s;
  input.dispatchEvent(new Event('input'));
  const done = () => {
    const status = document.getElementById('site-search-status').textContent;
    if (!status) { setTimeout(done, 50); return; }
    const pre = document.createElement('pre');
    pre.id = 'measured';
    pre.textContent = performance.getEntriesByType('resource').map(e => e.name).join('\\n') + '\\nSTATUS ' + status;
    document.body.appendChild(pre);
  };
  done();
});
</script></body>""" % json.dumps(sys.argv[3])
open(sys.argv[2], 'w', encoding='utf-8').write(html.replace('</body>', probe))
PY
python3 -m http.server -d "$site" -b 127.0.0.1 "$port" >/dev/null 2>&1 &
server=$!
trap 'kill $server; rm -f "$page" "${dom:-}"' EXIT
sleep 1
profile=$(mktemp -d)
dom=$(mktemp)
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --disable-sync --no-first-run --user-data-dir="$profile" --virtual-time-budget=60000 --dump-dom \
  "http://127.0.0.1:$port/measure-search.html" >"$dom" 2>/dev/null
rm -rf "$profile"
python3 - "$site" "$port" "$dom" "$query" <<'PY'
import sys, gzip, re, html
site, port, query = sys.argv[1], sys.argv[2], sys.argv[4]
dom = open(sys.argv[3], encoding='utf-8').read()
m = re.search(r'<pre id="measured">(.*?)</pre>', dom, re.S)
if not m:
    sys.exit('the search never finished')
lines = html.unescape(m.group(1)).splitlines()
status = [l for l in lines if l.startswith('STATUS ')][0][7:]
raw_total = gz_total = 0
prefix = 'http://127.0.0.1:%s/' % port
print('query %r: %s' % (query, status))
for url in lines:
    if not url.startswith(prefix):
        continue
    path = url[len(prefix):]
    if not (path.startswith('search/') or path.startswith('previews/') or 'minisearch' in path):
        continue
    data = open(site + '/' + path, 'rb').read()
    gz = len(gzip.compress(data, 6))
    raw_total += len(data); gz_total += gz
    print('  %-34s %9d bytes  %8d gzip' % (path, len(data), gz))
print('  %-34s %9d bytes  %8d gzip' % ('total', raw_total, gz_total))
PY
