#!/bin/bash
# Verification by serial (the QR code's target, GET /verify/{serial} asking for JSON) against Liberty's own
# /health/live, loaded by wrk in the same run on loopback: warm-up of both, then the two endpoints in turns,
# ROUNDS times each, with the same connections and duration. Prints each run and the medians of requests/s and
# p99 latency, and the ratios the goal is stated in (VERIFY-LOAD.md). Reports, never asserts.
#
#   ear/src/test/resources/benchmarks/verify-load.sh http://127.0.0.1:9080 CW-DEMO-02
#
# The server must run with the public verification's rate limit off (bootstrap property
# verify.rate.per.minute=0), or wrk measures the 429 answers. Only loopback addresses are accepted: this
# loads a server, never point it at someone else's.
set -euo pipefail

BASE=${1:?base URL, e.g. http://127.0.0.1:9080}
SERIAL=${2:?a released serial number, e.g. CW-DEMO-02}
CONNECTIONS=${CONNECTIONS:-8}
THREADS=${THREADS:-1}
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-15s}
ROUNDS=${ROUNDS:-3}

case "$BASE" in
  http://127.0.0.1:*|http://localhost:*|http://\[::1\]:*) ;;
  *) echo "only a server on loopback is loaded: $BASE" >&2; exit 2 ;;
esac
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }

VERIFY="$BASE/verify/$SERIAL"
HEALTH="$BASE/health/live"

status=$(curl -s -o /dev/null -w '%{http_code}' -H 'Accept: application/json' "$VERIFY")
[ "$status" = 200 ] || { echo "$VERIFY answers $status (rate limit on? server down?)" >&2; exit 1; }
curl -s -H 'Accept: application/json' "$VERIFY"; echo

# "Requests/sec:  4148.12" and the 99% line of --latency, in ms
run() {
  local url=$1 out rps p99
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H 'Accept: application/json' "$url")
  if grep -q 'Non-2xx' <<<"$out"; then
    echo "$url: answers that are not 2xx — not a valid run:" >&2
    echo "$out" >&2
    exit 1
  fi
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {v=$2; if (v ~ /us$/) {sub(/us$/, "", v); v=v/1000} else if (v ~ /ms$/) {sub(/ms$/, "", v)} else if (v ~ /s$/) {sub(/s$/, "", v); v=v*1000}; print v}' <<<"$out")
  echo "$rps $p99"
}

median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

echo "warm-up: $WARMUP each"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H 'Accept: application/json' "$HEALTH" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H 'Accept: application/json' "$VERIFY" >/dev/null

health_rps=(); health_p99=(); verify_rps=(); verify_p99=()
printf '%-6s %-8s %12s %10s %s\n' round endpoint 'requests/s' 'p99 ms' 'load (1 min)'
for round in $(seq 1 "$ROUNDS"); do
  read -r r p < <(run "$HEALTH"); health_rps+=("$r"); health_p99+=("$p")
  printf '%-6s %-8s %12s %10s %s\n' "$round" health "$r" "$p" "$(cut -d' ' -f1 /proc/loadavg)"
  read -r r p < <(run "$VERIFY"); verify_rps+=("$r"); verify_p99+=("$p")
  printf '%-6s %-8s %12s %10s %s\n' "$round" verify "$r" "$p" "$(cut -d' ' -f1 /proc/loadavg)"
done

hr=$(printf '%s\n' "${health_rps[@]}" | median); hp=$(printf '%s\n' "${health_p99[@]}" | median)
vr=$(printf '%s\n' "${verify_rps[@]}" | median); vp=$(printf '%s\n' "${verify_p99[@]}" | median)
echo
echo "medians over $ROUNDS rounds, $THREADS thread(s), $CONNECTIONS connections, $DURATION each:"
echo "  /health/live        $hr requests/s, p99 $hp ms"
echo "  /verify/$SERIAL  $vr requests/s, p99 $vp ms"
awk -v vr="$vr" -v hr="$hr" -v vp="$vp" -v hp="$hp" 'BEGIN {
  printf "  throughput: %.0f %% of the health endpoint (goal >= 50 %%)\n", 100 * vr / hr
  printf "  p99: %.2f x the health endpoint (goal <= 2 x)\n", vp / hp }'
