#!/usr/bin/env bash
# Refresh the JavaScript the book serves itself (book/_vendor) from the npm registry.
# A fresh machine does not need this: the files are committed. Needs node/npm.
set -euo pipefail
cd "$(dirname "$0")/.."
VEGA=5.33.1 VEGALITE=5.20.1 EMBED=6.29.0 MATHJAX=3.2.2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "vega@$VEGA" "vega-lite@$VEGALITE" "vega-embed@$EMBED" "mathjax@$MATHJAX" >/dev/null)
for t in "$tmp"/*.tgz; do mkdir -p "${t%.tgz}" && tar -xzf "$t" -C "${t%.tgz}"; done
out=book/_vendor
rm -rf "$out/vega" "$out/mathjax"
mkdir -p "$out/vega" "$out/mathjax/output/chtml"
cp "$tmp/vega-$VEGA/package/build/vega.min.js" "$out/vega/"
cp "$tmp/vega-lite-$VEGALITE/package/build/vega-lite.min.js" "$out/vega/"
cp "$tmp/vega-embed-$EMBED/package/build/vega-embed.min.js" "$out/vega/"
cp "$tmp/mathjax-$MATHJAX/package/es5/tex-chtml.js" "$out/mathjax/"
cp -r "$tmp/mathjax-$MATHJAX/package/es5/output/chtml/fonts" "$out/mathjax/output/chtml/"
for p in vega vega-lite vega-embed; do cp "$tmp/$p-"*/package/LICENSE "$out/vega/LICENSE.$p" 2>/dev/null || true; done
cp "$tmp/mathjax-$MATHJAX/package/LICENSE" "$out/mathjax/LICENSE"
{
  echo "# Vendored JavaScript, served by the book itself (no CDN). Refresh: make vendor"
  echo "# vega $VEGA, vega-lite $VEGALITE, vega-embed $EMBED, mathjax $MATHJAX (npm registry)"
  (cd "$out" && find vega mathjax -type f ! -name 'LICENSE*' | sort | xargs sha256sum)
} > "$out/MANIFEST.txt"
echo "vendored into $out"
