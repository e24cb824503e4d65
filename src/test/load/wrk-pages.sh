#!/usr/bin/env bash
# Page timings under load: wrk, 64 connections, 30 s per page, against a running Claimtrace
# (e.g. `./mvnw spring-boot:run -Dspring-boot.run.profiles=demo`, extraction finished).
# Usage: src/test/load/wrk-pages.sh [base-url] [duration]    Needs wrk (apt-get install wrk).
set -euo pipefail
base="${1:-http://localhost:8080}"
duration="${2:-30s}"
connections="${CONNECTIONS:-64}"
threads="${THREADS:-2}"
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }

# The newest article's page, found through the public API.
id="$(curl -fsS "$base/api/v1/articles?size=1" | grep -o '"id":[0-9]*' | head -n1 | cut -d: -f2)"
article="/articles/${id:?no published article: load data first (e.g. the demo profile)}"

pages=(
	"/"
	"/articles"
	"$article"
	"/claims"
	"/claims?kind=killed&sort=figure&dir=desc"
	"/search?q=North+Korean+soldiers"
	"/compare?kind=killed&party=north+korean"
	"/map"
	"/sources"
	"/feed.atom"
	"/api/v1/claims?size=50"
)
printf '%-45s %12s %10s %10s %10s %8s\n' page requests/s p50 p99 max errors
for p in "${pages[@]}"; do
	out="$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "$base$p")"
	rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
	p50="$(awk '$1=="50%" {print $2}' <<<"$out")"
	p99="$(awk '$1=="99%" {print $2}' <<<"$out")"
	max="$(awk '/Latency/ && !done {print $4; done=1}' <<<"$out")"
	errors="$(awk '/Non-2xx|Socket errors/ {e=e $0 "; "} END {print (e ? e : "0")}' <<<"$out")"
	printf '%-45s %12s %10s %10s %10s %8s\n' "$p" "$rps" "$p50" "$p99" "$max" "$errors"
done
