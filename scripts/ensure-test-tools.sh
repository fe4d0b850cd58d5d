#!/usr/bin/env bash
# The browser tests need Debian's Chromium and nginx (with the brotli module). Install them when
# missing and running as root; otherwise say, in one line, what to install.
set -euo pipefail

packages=()
[ -x /usr/bin/chromium ] || packages+=(chromium)
[ -x /usr/sbin/nginx ] || packages+=(nginx)
[ -e /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || packages+=(libnginx-mod-http-brotli-static)

[ ${#packages[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installerar ${packages[*]} från Debian (behövs för webbläsartesterna) ..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
  # Debian starts nginx on port 80 when it is installed; the tests run their own on loopback.
  if pgrep -x nginx >/dev/null && [ -f /run/nginx.pid ]; then nginx -s stop 2>/dev/null || true; fi
else
  echo "Testerna behöver Debian-paketen: ${packages[*]}. Installera dem med: sudo apt-get install -y ${packages[*]}" >&2
  exit 1
fi
