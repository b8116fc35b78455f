#!/usr/bin/env bash
# Smoke test of the embedded default: `npm start` with no DATABASE_URL starts PostgreSQL, migrates, loads the demo,
# answers a query, stops everything on SIGTERM, and a second start reuses the data.
set -euo pipefail
cd "$(dirname "$0")/.."
unset DATABASE_URL
dir=$(mktemp -d)
trap 'pkill -KILL -f -- "-D $dir/postgres" 2>/dev/null || true' EXIT
export PORT=${SMOKE_PORT:-4599} EMBEDDED_PG_DIR="$dir/postgres" EMBEDDED_PG_PORT=${SMOKE_PG_PORT:-54399} LOG_LEVEL=warn

start() {
  # A process group of its own, so the stop below reaches npm, node and PostgreSQL as Ctrl-C in a terminal would.
  setsid npm start --silent >"$dir/hub.log" 2>&1 &
  pid=$!
  for _ in $(seq 120); do
    if curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then cat "$dir/hub.log"; echo "smoke: hub exited early"; exit 1; fi
    sleep 1
  done
  cat "$dir/hub.log"; echo "smoke: hub not ready in 120 s"; exit 1
}

# What this smoke test started: its process group (npm, node) and the PostgreSQL of its own data folder; never a
# hub someone else runs on the same machine.
ours() { pgrep -g "$pid" >/dev/null || pgrep -f -- "-D $EMBEDDED_PG_DIR" >/dev/null; }

stop() {
  kill -"$1" -- -"$pid"
  for _ in $(seq 30); do
    ours || break
    sleep 1
  done
  if ours; then pgrep -ag "$pid"; pgrep -fa -- "-D $EMBEDDED_PG_DIR"; echo "smoke: still running 30 s after SIG$1"; cat "$dir/hub.log"; exit 1; fi
}

count_schools() {
  token=$(node dist/src/cli/token.js --role QUALITY_LEADER --secretariat 05001)
  curl -sf "http://127.0.0.1:$PORT/graphql" -H 'content-type: application/json' -H "authorization: Bearer $token" \
    -d '{"query":"{ schools(first: 1) { totalCount } }"}' | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const r=JSON.parse(s);if(r.errors){console.error(s);process.exit(1)}console.log(r.data.schools.totalCount)})'
}

start
first=$(count_schools)
[ "$first" -ge 12 ] || { echo "smoke: expected the demo jurisdiction, got $first schools"; exit 1; }
stop INT
start
second=$(count_schools)
[ "$second" = "$first" ] || { echo "smoke: second start did not reuse the data ($first then $second)"; exit 1; }
stop TERM
rm -rf "$dir"
echo "smoke: embedded default OK ($first demo schools; restart reused the data; nothing left running)"
