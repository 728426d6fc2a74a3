#!/usr/bin/env bash
# Refresh the JavaScript the book serves itself (book/_vendor) from the npm registry.
# A fresh machine does not need this: the files are committed. Needs node/npm.
# Only the vega runtime: charts are compiled to Vega and drawn as SVG at build time
# (vl-convert-python), and formulas are MathML (no MathJax). See hielspoor/book/.
set -euo pipefail
cd "$(dirname "$0")/.."
VEGA=5.33.1
TOOLTIP=0.35.2  # the version vega-embed 6.29 used with vega 5
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "vega@$VEGA" "vega-tooltip@$TOOLTIP" >/dev/null)
for t in "$tmp"/*.tgz; do mkdir -p "${t%.tgz}" && tar -xzf "$t" -C "${t%.tgz}"; done
out=book/_vendor
rm -rf "$out/vega" "$out/mathjax"
mkdir -p "$out/vega"
cp "$tmp/vega-$VEGA/package/build/vega.min.js" "$out/vega/"
cp "$tmp/vega-$VEGA/package/LICENSE" "$out/vega/LICENSE.vega" 2>/dev/null || true
cp "$tmp/vega-tooltip-$TOOLTIP/package/build/vega-tooltip.min.js" "$out/vega/"
cp "$tmp/vega-tooltip-$TOOLTIP/package/LICENSE" "$out/vega/LICENSE.vega-tooltip"
{
  echo "# Vendored JavaScript, served by the book itself (no CDN). Refresh: make vendor"
  echo "# vega $VEGA, vega-tooltip $TOOLTIP (npm registry)"
  (cd "$out" && find vega -type f ! -name 'LICENSE*' | sort | xargs sha256sum)
} > "$out/MANIFEST.txt"
echo "vendored into $out"
