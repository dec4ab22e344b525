#!/usr/bin/env bash
# The install test. Packs the plugin (`npm pack`, after `npm run build`), copies the host app template
# (tests/install/host-app: a plain Strapi 5 app with its own package.json, not the playground) into a
# temporary directory, installs it, installs the tarball into it, builds it (admin included), starts
# it (`strapi start`, SQLite, a free 127.0.0.1 port) and checks it. Prints `ok: <check>` or
# `FAILED: <check>` per check (.ci/run counts them) and exits 1 if any failed. The server is stopped
# and the temporary directory removed on every exit.
#
#   tests/install/run.sh [--no-build]   --no-build: dist/ is already built (.ci/run builds just before)
#   NEWSROOM_INSTALL_KEEP=1             keep the temporary directory (logs, app) for a look afterwards
#   NEWSROOM_INSTALL_TMPDIR=<dir>       where the temporary directory goes (default /dev/shm or $TMPDIR)
set -uo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE=$ROOT/tests/install
BUILD=true
[ "${1:-}" = "--no-build" ] && BUILD=false

# The host's node_modules is ~1 GB in ~80,000 files: on a disk mounted with `discard` removing it takes
# minutes, in tmpfs seconds. So /dev/shm when it has 4 GB free, unless NEWSROOM_INSTALL_TMPDIR says where.
tmp_parent() {
  if [ -n "${NEWSROOM_INSTALL_TMPDIR:-}" ]; then echo "$NEWSROOM_INSTALL_TMPDIR"; return; fi
  local free_kb
  free_kb=$(df -Pk /dev/shm 2>/dev/null | awk 'NR == 2 { print $4 }')
  if [ -w /dev/shm ] && [ "${free_kb:-0}" -ge 4194304 ]; then echo /dev/shm; else echo "${TMPDIR:-/tmp}"; fi
}
WORK=$(mktemp -d "$(tmp_parent)/newsroom-install.XXXXXX")
APP=$WORK/app
LOGS=$WORK/logs
mkdir -p "$LOGS"
SERVER_PID=
passed=0
failed=0
started=$SECONDS

stop_server() {
  [ -n "$SERVER_PID" ] || return 0
  if kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null
    for _ in $(seq 1 40); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.25; done
    kill -9 "$SERVER_PID" 2>/dev/null
  fi
  wait "$SERVER_PID" 2>/dev/null
  SERVER_PID=
}
cleanup() {
  stop_server
  if [ "${NEWSROOM_INSTALL_KEEP:-}" = 1 ]; then echo "kept $WORK"; return; fi
  local t0=$SECONDS
  rm -rf "$WORK"
  echo "removed $WORK ($((SECONDS - t0)) s)"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

ok() { passed=$((passed + 1)); echo "ok: $1"; }
fail() { failed=$((failed + 1)); echo "FAILED: $1"; }
# The end of a log, indented so that none of its lines reads as a check.
show_log() { [ -s "$1" ] && tail -n "${2:-40}" "$1" | sed 's/^/    | /'; return 0; }
finish() {
  echo "install test: $passed passed, $failed failed ($((SECONDS - started)) s)"
  [ "$failed" -eq 0 ] && [ "$1" -eq 0 ]
  exit $?
}

# check NAME LOG COMMAND...: runs COMMAND with its output in LOG; shows the log's end on failure.
check() {
  local name=$1 log=$2 t0=$SECONDS; shift 2
  if "$@" >"$log" 2>&1; then ok "$name ($((SECONDS - t0)) s)"; return 0; fi
  fail "$name ($((SECONDS - t0)) s)"; show_log "$log"; return 1
}
# A check the later ones cannot do without: stop here if it fails.
require() { check "$@" || finish 1; }

free_port() {
  node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}
secret() { node -e 'console.log(require("crypto").randomBytes(24).toString("base64"))'; }

# --- the package -------------------------------------------------------------------------------
cd "$ROOT" || exit 1
if $BUILD; then require "the plugin builds" "$LOGS/build.log" npm run build; fi
pack() {
  npm pack --pack-destination "$WORK" --json >"$WORK/pack.json" &&
    node -e '
      const [{ filename, files }] = require(process.argv[1]);
      const paths = files.map((f) => f.path);
      const need = ["package.json", "dist/server/index.js", "dist/server/index.mjs", "dist/admin/index.js", "dist/admin/index.mjs", "dist/slug/index.js"];
      const missing = need.filter((p) => !paths.includes(p));
      const stray = paths.filter((p) => !/^(dist\/|package\.json$|README\.md$|LICENSE)/.test(p));
      if (missing.length || stray.length) { console.error({ missing, stray }); process.exit(1); }
      require("fs").renameSync(require("path").join(process.argv[2], filename), require("path").join(process.argv[2], "plugin.tgz"));
    ' "$WORK/pack.json" "$WORK"
}
require "npm pack: the tarball holds dist/, package.json and README only" "$LOGS/pack.log" pack
TARBALL=$WORK/plugin.tgz

# --- a fresh host app ----------------------------------------------------------------------------
cp -R "$HERE/host-app" "$APP"
cd "$APP" || exit 1
NPM_FLAGS=(--prefer-offline --no-audit --no-fund --loglevel=error)
require "host app installs (npm install: @strapi/strapi 5.54.0, better-sqlite3 from source)" \
  "$LOGS/npm-install-host.log" npm install "${NPM_FLAGS[@]}"
require "the packed plugin installs into the host (npm install <tarball>)" \
  "$LOGS/npm-install-plugin.log" npm install "${NPM_FLAGS[@]}" "$TARBALL"

# One copy of each Strapi package the plugin shares with its host: errors are recognised with
# `instanceof`, so a second @strapi/utils would turn every 4xx of the plugin into a 500.
npm ls --all --json >"$WORK/npm-ls.json" 2>"$LOGS/npm-ls.err"
npm ls --all --parseable >"$WORK/npm-ls.txt" 2>>"$LOGS/npm-ls.err"
one_copy() {
  local pkg=$1 paths versions
  paths=$(grep -c "/node_modules/$pkg\$" "$WORK/npm-ls.txt")
  versions=$(node -e '
    const versions = new Set();
    const walk = (node) => { for (const [name, dep] of Object.entries(node.dependencies || {})) {
      if (name === process.argv[2]) versions.add(dep.version); walk(dep); } };
    walk(require(process.argv[1])); console.log([...versions].join(" "));' "$WORK/npm-ls.json" "$pkg")
  echo "$pkg: $paths installed copies, versions: $versions"
  grep "/node_modules/$pkg\$" "$WORK/npm-ls.txt"
  [ "$paths" -eq 1 ] && [ "$(wc -w <<<"$versions")" -eq 1 ]
}
for pkg in @strapi/utils @strapi/design-system @strapi/icons; do
  check "npm ls $pkg in the host: one copy, one version" "$LOGS/npm-ls-${pkg#@strapi/}.log" one_copy "$pkg"
done
same_utils() {
  # The plugin's `require('@strapi/utils')` and Strapi core's resolve to the same file.
  node -e '
    const at = (pkg) => require.resolve("@strapi/utils", { paths: [require("path").dirname(require.resolve(pkg))] });
    const plugin = at("strapi-plugin-newsroom/package.json"), core = at("@strapi/core/package.json");
    console.log({ plugin, core }); process.exit(plugin === core ? 0 : 1);'
}
check "the plugin and @strapi/core load the same @strapi/utils" "$LOGS/resolve-utils.log" same_utils

export NODE_ENV=production STRAPI_TELEMETRY_DISABLED=true
export HOST=127.0.0.1 DATABASE_FILENAME=.tmp/install-test.db NEWSROOM_INSTALL_REPORT=$WORK/report.json
APP_KEYS="$(secret),$(secret)" ADMIN_JWT_SECRET=$(secret) API_TOKEN_SALT=$(secret) TRANSFER_TOKEN_SALT=$(secret)
ENCRYPTION_KEY=$(secret) JWT_SECRET=$(secret)
export APP_KEYS ADMIN_JWT_SECRET API_TOKEN_SALT TRANSFER_TOKEN_SALT ENCRYPTION_KEY JWT_SECRET

require "strapi build in the host (server and admin, with the plugin's admin bundle)" \
  "$LOGS/strapi-build.log" npx --no-install strapi build
check "the host's admin build exists" "$LOGS/admin-build.log" test -s dist/build/index.html

# --- boot and HTTP --------------------------------------------------------------------------------
PORT=$(free_port)
export PORT
URL=http://127.0.0.1:$PORT
node node_modules/@strapi/strapi/bin/strapi.js start >"$LOGS/server.log" 2>&1 &
SERVER_PID=$!
wait_ready() {
  for _ in $(seq 1 240); do
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "strapi start exited"; return 1; }
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$URL/_health")" = 204 ] && return 0
    sleep 0.5
  done
  echo "no answer from $URL/_health in 120 s"
  return 1
}
if ! check "strapi start answers on $URL (SQLite)" "$LOGS/wait.log" wait_ready; then
  show_log "$LOGS/server.log" 60
  finish 1
fi

node "$HERE/http-checks.js" "$URL" "$NEWSROOM_INSTALL_REPORT" | tee "$LOGS/http-checks.log"
http_rc=${PIPESTATUS[0]}
passed=$((passed + $(grep -c '^ok: ' "$LOGS/http-checks.log")))
failed=$((failed + $(grep -c '^FAILED: ' "$LOGS/http-checks.log")))
if [ "$http_rc" -ne 0 ] && ! grep -q '^FAILED: ' "$LOGS/http-checks.log"; then fail "HTTP checks ran to the end"; fi

stop_server
no_server_errors() {
  # Strapi's log lines are `[time] level: message`, coloured; any `error` line or 5xx answer fails.
  node -e '
    const log = require("fs").readFileSync(process.argv[1], "utf8").replace(/\x1b\[[0-9;]*m/g, "");
    const bad = log.split("\n").filter((l) => /^\[[^\]]+\] error:/.test(l) || /^\[[^\]]+\] http: .* 5\d\d$/.test(l));
    if (bad.length) { console.log(bad.join("\n")); process.exit(1); }' "$LOGS/server.log"
}
check "no error and no 5xx in the server log" "$LOGS/server-errors.log" no_server_errors
[ "$failed" -eq 0 ] || show_log "$LOGS/server.log" 60
finish 0
