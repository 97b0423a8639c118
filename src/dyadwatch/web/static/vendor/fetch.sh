#!/usr/bin/env bash
# Re-create the vendored Vega bundles from the npm registry with exact pins (build-time only).
# The dashboard serves these files itself: no CDN, so it works offline and under a strict CSP.
# Usage: bash src/dyadwatch/web/static/vendor/fetch.sh   (needs npm; checks SHA256SUMS afterwards)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm pack --silent vega@6.2.0 vega-lite@6.4.1 vega-embed@7.1.0 >/dev/null
for pkg in vega-6.2.0 vega-lite-6.4.1 vega-embed-7.1.0; do
  mkdir -p "$pkg" && tar xzf "$pkg.tgz" -C "$pkg"
done
cp vega-6.2.0/package/build/vega.min.js "$here/vega.min.js"
cp vega-lite-6.4.1/package/build/vega-lite.min.js "$here/vega-lite.min.js"
cp vega-embed-7.1.0/package/build/vega-embed.min.js "$here/vega-embed.min.js"
cp vega-6.2.0/package/LICENSE "$here/LICENSE-vega.txt"
cp vega-lite-6.4.1/package/LICENSE "$here/LICENSE-vega-lite.txt"
cp vega-embed-7.1.0/package/LICENSE "$here/LICENSE-vega-embed.txt"
# strip the sourceMappingURL comments: the maps are not shipped
sed -i 's|//# sourceMappingURL=.*$||' "$here"/*.min.js
cd "$here" && sha256sum -c SHA256SUMS
