#!/usr/bin/env bash
# Load test of `dyad serve`: POST /v1/code on the demo article and a filtered GET /v1/events, with
# N concurrent clients (the `loadtest` example of dyad-server). Prints requests/s and latency
# percentiles; figures only.
#
#   scripts/loadtest.sh [--models DIR] [--db PATH] [--clients 32] [--seconds 20] [--query PATH]
#
# --db: the store to query (e.g. one filled by the bench_store example); default a fresh one.
# --models: syntax models directory (default: the embedded models).
set -euo pipefail
cd "$(dirname "$0")/.."

models=""
db="/tmp/dyad-loadtest-$$.db"
clients=32
seconds=20
query='/v1/events?source=USA&root=19&limit=50'
port=$((20000 + $$ % 20000))
while [ $# -gt 0 ]; do
    case "$1" in
        --models) models="$2"; shift 2 ;;
        --db) db="$2"; shift 2 ;;
        --clients) clients="$2"; shift 2 ;;
        --seconds) seconds="$2"; shift 2 ;;
        --query) query="$2"; shift 2 ;;
        --port) port="$2"; shift 2 ;;
        *) echo "loadtest.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done

cargo build --release --quiet --bin dyad
cargo build --release --quiet -p dyad-server --example loadtest

token="loadtest-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
log="/tmp/dyad-loadtest-$$.log"
serve_args=(serve --db "$db" --addr "127.0.0.1:$port" --token "$token")
if [ -n "$models" ]; then serve_args+=(--models "$models"); fi
RUST_LOG=warn target/release/dyad "${serve_args[@]}" 2>"$log" &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true' EXIT

for _ in $(seq 1 100); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then break; fi
    if ! kill -0 "$server" 2>/dev/null; then echo "dyad serve failed:" >&2; cat "$log" >&2; exit 1; fi
    sleep 0.2
done

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
loadtest=(target/release/examples/loadtest --url "http://127.0.0.1:$port" --clients "$clients" --seconds "$seconds" --token "$token")
"${loadtest[@]}" code examples/seed-article.txt
"${loadtest[@]}" get "$query"
echo "machine: load average after $(cut -d' ' -f1-3 /proc/loadavg)"
