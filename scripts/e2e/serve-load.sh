# A short load run against the real debug server (scripts/bench-serve --debug): 20 concurrent
# conversations of 30 messages, all ended and polled to the end; nothing may be lost, every
# message is accepted, modules are made, and the server exits 0 on SIGTERM.
source "$(dirname "$0")/lib.bash"
[ -x "$root/.build/debug/chattutor-load" ] || fail "no chattutor-load binary (run swift build first)"

set +e
"$root/scripts/bench-serve" --debug --conversations 20 --messages 30 --users 5 \
  --poll-interval-ms 50 --finish-timeout 120 --format json > "$work/report.json" 2> "$work/stderr"
status=$?
set -e
[ "$status" -eq 0 ] || fail "bench-serve exited $status: $(cat "$work/stderr") $(cat "$work/report.json")"
python3 - "$work/report.json" <<'PY' || fail "load report: $(cat "$work/report.json")"
import json, sys
report = json.load(open(sys.argv[1]))
assert report["lostConversations"] == 0, report["lostConversations"]
assert report["messagesAccepted"] == report["messagesSent"] == 600, report["messagesAccepted"]
assert report["conversationsFinished"] == 20, report["conversationsFinished"]
assert report["errors"] == {}, report["errors"]
assert report["modules"] > 0, "no module from 20 conversations of real learner text"
assert report["messageLatency"]["count"] == 600
assert report["server"]["peakRSSMiB"] > 0
PY
grep -q "stopped on SIGTERM with status 0" "$work/stderr" || fail "the server did not stop cleanly: $(cat "$work/stderr")"
pass "20 conversations x 30 messages: 600 accepted, $(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["modules"])' "$work/report.json") modules, 0 lost; server exited 0 on SIGTERM"
