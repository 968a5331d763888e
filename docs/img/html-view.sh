#!/usr/bin/env sh
# Regenerates docs/img/html-view.png: the --format html view of html-view.txt in headless
# Chromium. Run from the repository root after `npm run build`.
set -eu
dir=$(mktemp -d)
node dist/cli.cjs --format html --ref-date 2021-07-21 docs/img/html-view.txt > "$dir/view.html"
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$dir/profile" --hide-scrollbars \
  --screenshot="$PWD/docs/img/html-view.png" --window-size=1200,900 "file://$dir/view.html" 2>/dev/null
rm -rf "$dir"
