# `chattutor serve` on the real binary: a token, a recorded conversation posted with curl, ended,
# polled until finished, a module saved, listed, updated, deleted; 401, 403 and 413; the SSE
# stream; ids per user (another user's is 404), percent-encoded ids, 415 and 405; the per-user
# caps (429 with Retry-After); idle and slow connections over the cap (503, closed) while
# /health still answers; SIGTERM ends open conversations and exits 0; and no chat text in the
# database or the log.
source "$(dirname "$0")/lib.bash"
command -v curl >/dev/null || fail "curl is not installed"
command -v sqlite3 >/dev/null || fail "sqlite3 is not installed (scripts/install-deps installs it)"

db="$work/serve.sqlite"
token=$("$bin" serve token create --user alice --db "$db" 2> /dev/null)
[[ "$token" =~ ^[0-9a-f]{12}\.[A-Za-z0-9_-]{43}$ ]] || fail "token create printed '$token'"
other=$("$bin" serve token create --user bob --db "$db" 2> /dev/null)
[ "$(sqlite3 "$db" "SELECT COUNT(*) FROM api_token WHERE userName = 'alice' AND length(hash) = 32")" = 1 ] || fail "the token's hash is not stored"
! grep -aq "${token#*.}" "$db" || fail "the token's secret is in the database"
bulk=$("$bin" serve token create --user load --count 3 --db "$db")
[ "$(printf '%s\n' "$bulk" | cut -f1 | tr '\n' ' ')" = "load-1 load-2 load-3 " ] || fail "token create --count: $bulk"
"$bin" serve token list --db "$db" | has "^${token%%.*}	alice	" || fail "token list does not show alice's token id"
pass "token create (once, hashed; --count N), token list"

log="$work/serve.log"
XDG_CONFIG_HOME="$work/config" "$bin" serve --port 0 --db "$db" --offline --max-text 500 --shutdown-grace 5 \
  --max-conversations 4 --max-messages 200 --max-connections 40 --header-timeout 1 --keep-alive-timeout 2 > "$work/serve.out" 2> "$log" &
pid=$!
trap 'kill "$pid" 2> /dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do grep -q "listening on" "$work/serve.out" 2> /dev/null && break; sleep 0.1; done
port=$(sed -n 's/.*listening on http:\/\/127.0.0.1:\([0-9]*\).*/\1/p' "$work/serve.out")
[ -n "$port" ] || fail "the server did not start: $(cat "$log")"
api="http://127.0.0.1:$port"
req() {  # req METHOD PATH [BODY] [TOKEN]: prints the body, then the status on its own line
  curl -s -w '\n%{http_code}' -X "$1" "$api$2" -H "Authorization: Bearer ${4-$token}" \
    -H 'Content-Type: application/json' ${3:+--data-binary "$3"}
}
status() { tail -n 1 <<< "$1"; }
body() { sed '$d' <<< "$1"; }

[ "$(status "$(req GET /health)")" = 200 ] || fail "health"
pass "serves on a free port ($port); /health is 200"

# A second server on the same port says the port is in use and what to pass, not NIO's bind(...).
status=0; "$bin" serve --port "$port" --db "$work/second.sqlite" --offline --log-level error > /dev/null 2> "$work/second.err" || status=$?
[ "$status" -eq 70 ] || fail "a second server on port $port exited $status, not 70: $(cat "$work/second.err")"
has "cannot listen on 127.0.0.1:$port: the port is in use" < "$work/second.err" && ! has "bind(" < "$work/second.err" \
  || fail "a port in use is not said plainly: $(cat "$work/second.err")"
pass "a second server on the same port: 'the port is in use', pass another --port (exit 70)"

transcript="$root/transcripts/recorded-job-interview.txt"
sent=0
while IFS= read -r line; do
  case "$line" in
    interviewer:*) speaker=interviewer; text="${line#interviewer: }" ;;
    learner:*) speaker=learner; text="${line#learner: }" ;;
    *) continue ;;
  esac
  json=$(python3 -c 'import json,sys; print(json.dumps({"conversation_id": "c1", "user_id": "alice", "speaker": sys.argv[1], "text": sys.argv[2]}))' "$speaker" "$text")
  answer=$(req POST /message "$json")
  [ "$(status "$answer")" = 202 ] || fail "POST /message: $answer"
  sent=$((sent + 1))
done < "$transcript"
[ "$sent" -ge 10 ] || fail "only $sent messages in $transcript"
body "$answer" | python3 -c 'import json,sys; r=json.load(sys.stdin); assert r["conversation_id"]=="c1" and r["message_index"]>0' || fail "message receipt"
pass "$sent messages of $(basename "$transcript") posted: 202 each"

events="$work/events.txt"
curl -s -N "$api/conversations/c1/events" -H "Authorization: Bearer $token" > "$events" &
sse=$!
[ "$(status "$(req POST /end_conversation/c1)")" = 202 ] || fail "end_conversation"
for _ in $(seq 1 200); do
  list=$(body "$(req GET /teaching_modules/list/c1)")
  [ "$(python3 -c 'import json,sys; print(json.load(sys.stdin)["finished"])' <<< "$list")" = True ] && break
  sleep 0.1
done
count=$(python3 -c 'import json,sys; r=json.load(sys.stdin); assert r["status"]=="finished"; print(len(r["modules"]))' <<< "$list") || fail "never finished: $list"
[ "$count" -ge 1 ] || fail "no module validated"
wait "$sse" || true
grep -q '^event: done' "$events" || fail "the SSE stream has no done event"
[ "$(grep -c '^event: module' "$events")" = "$count" ] || fail "SSE: $(grep -c '^event: module' "$events") module events for $count modules"
pass "ended; $count module(s) finished by polling; SSE sent $count module event(s) and done"

# Before anything is saved, no chat text may be on disk.
for phrase in "Jisoo Kim" "Chungnam University" "marketing plan"; do
  ! strings "$db"* | has "$phrase" || fail "chat text ($phrase) in the database before any save"
done
pass "no chat text in the database while the conversation ran"

module=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["modules"][0]["id"])' <<< "$list")
[ "$(status "$(req GET "/teaching_module/$module")")" = 200 ] || fail "GET teaching_module"
[ "$(status "$(req POST /user_modules/save "{\"module_id\":\"$module\"}")")" = 201 ] || fail "save"
[ "$(status "$(req POST /user_modules/save "{\"module_id\":\"$module\"}")")" = 200 ] || fail "save again"
saved=$(req GET /user_modules/user/alice)
[ "$(body "$saved" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["modules"]))')" = 1 ] || fail "list: $saved"
updated=$(req PUT "/user_modules/$module" '{"note":"버스에서 다시 보기","tags":["verbs"]}')
[ "$(status "$updated")" = 200 ] && body "$updated" | has '"verbs"' || fail "update: $updated"
[ "$("$bin" saved list --db "$db" --user alice --format json | python3 -c 'import json,sys; r=json.load(sys.stdin); print(r[0]["note"])')" = "버스에서 다시 보기" ] \
  || fail "the save is not in the store for alice"
[ "$(status "$(req DELETE "/user_modules/$module")")" = 204 ] || fail "delete"
[ "$(status "$(req DELETE "/user_modules/$module")")" = 404 ] || fail "delete twice"
pass "module fetched, saved (201, then 200), listed, note and tags updated (seen by \`saved list\`), deleted (204, then 404)"

# Hostile text through the API: escape sequences (OSC title, CSI clear, the one-byte C1 CSI,
# bidi overrides) inside messages are accepted and analysed but reach no module, no JSON answer
# and no printer raw; tags and notes holding them are refused with 400.
unsafe_check='import sys,unicodedata; t=sys.stdin.read(); bad=[c for c in t if ord(c)<32 and c not in "\n\t" or 0x7f<=ord(c)<=0x9f or 0x202a<=ord(c)<=0x202e or 0x2066<=ord(c)<=0x2069]; sys.exit(1 if bad or "pwned" in t else 0)'
for n in $(seq 1 10); do
  json=$(python3 -c 'import json,sys; print(json.dumps({"conversation_id": "h1", "user_id": "alice", "speaker": "learner",
    "text": "\x1b]0;pwned\x07Yesterday I go to \x1b[2Jschool \u009b2J with my \u202efriend number " + sys.argv[1] + "."}))' "$n")
  [ "$(status "$(req POST /message "$json")")" = 202 ] || fail "a message with escape sequences was not accepted"
done
[ "$(status "$(req POST /end_conversation/h1)")" = 202 ] || fail "end_conversation h1"
for _ in $(seq 1 200); do
  hostile_list=$(body "$(req GET /teaching_modules/list/h1)")
  [ "$(python3 -c 'import json,sys; print(json.load(sys.stdin)["finished"])' <<< "$hostile_list")" = True ] && break
  sleep 0.1
done
hostile_module=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["modules"][0]["id"])' <<< "$hostile_list") || fail "no module from the hostile conversation: $hostile_list"
python3 -c "$unsafe_check" <<< "$hostile_list" || fail "a control or bidi character (or an OSC's text) in the modules' JSON"
[ "$(status "$(req POST /user_modules/save "{\"module_id\":\"$hostile_module\"}")")" = 201 ] || fail "save the hostile conversation's module"
sid=$("$bin" saved list --db "$db" --user alice --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
for printed in "$("$bin" saved list --db "$db" --user alice)" "$("$bin" saved list --db "$db" --user alice --format json)" \
  "$("$bin" saved show "$sid" --db "$db" --user alice)" "$("$bin" saved show "$sid" --db "$db" --user alice --format json)"; do
  python3 -c "$unsafe_check" <<< "$printed" || fail "a saved module printed a control or bidi character: $(printf '%q' "$printed" | head -c 300)"
done
for bad in '{"tags":["a\u001b]0;pwned\u0007"]}' '{"tags":["a\u009b2J"]}' '{"note":"a\u202eb"}' '{"note":"a\u0085b"}'; do
  [ "$(status "$(req PUT "/user_modules/$hostile_module" "$bad")")" = 400 ] || fail "PUT $bad was not refused with 400"
done
[ "$(status "$(req DELETE "/user_modules/$hostile_module")")" = 204 ] || fail "delete the hostile conversation's module"
pass "escape sequences in messages reach no module, JSON answer or printer; tags and notes holding them are 400"

sentinel='{"conversation_id": "c3", "user_id": "alice", "speaker": "learner", "text": "My cat eat purple elephant cake yesterday."}'
[ "$(status "$(req POST /message "$sentinel")")" = 202 ] || fail "sentinel message"
[ "$(status "$(req GET /teaching_modules/list/c1 '' '')")" = 401 ] || fail "no token is not 401"
[ "$(status "$(req GET /teaching_modules/list/c1 '' 'x.y')")" = 401 ] || fail "a bad token is not 401"
[ "$(status "$(req GET /teaching_modules/list/c1 '' "$other")")" = 404 ] || fail "another user's conversation id is not 404 (ids are per user)"
long=$(python3 -c 'import json; print(json.dumps({"conversation_id": "c2", "user_id": "alice", "speaker": "learner", "text": "a" * 600}))')
[ "$(status "$(req POST /message "$long")")" = 413 ] || fail "text over --max-text is not 413"
huge=$(python3 -c 'import json; print(json.dumps({"conversation_id": "c2", "user_id": "alice", "speaker": "learner", "text": "a" * 20000}))')
[ "$(status "$(req POST /message "$huge")")" = 413 ] || fail "a body over 16 KiB is not 413"
[ "$(status "$(req POST /message '{"conversation_id": "c2"')")" = 400 ] || fail "malformed JSON is not 400"
metrics=$(req GET /metrics)
body "$metrics" | has 'chattutor_http_requests_total{method="POST",route="/message",status="202"}' || fail "metrics: $metrics"
pass "401 (no token, bad token), 404 (another user's id), 413 (text, body), 400 (malformed), /metrics"

colon='{"conversation_id": "c:1", "user_id": "alice", "speaker": "learner", "text": "I goes home."}'
[ "$(status "$(req POST /message "$colon")")" = 202 ] || fail "an id with ':'"
[ "$(status "$(req GET /teaching_modules/list/c%3A1)")" = 200 ] || fail "a percent-encoded id is not decoded"
[ "$(curl -s -o /dev/null -w '%{http_code}' -X POST "$api/message" -H "Authorization: Bearer $token" -H 'Content-Type: text/plain' --data-binary "$colon")" = 415 ] \
  || fail "text/plain on a JSON route is not 415"
[ "$(curl -s -o /dev/null -w '%{http_code}' -X TRACE "$api/health")" = 405 ] || fail "TRACE is not 405"
# alice has c3 and c:1 open (c1 ended): two more, then 429.
for id in q1 q2; do [ "$(status "$(req POST /message "{\"conversation_id\": \"$id\", \"user_id\": \"alice\", \"speaker\": \"learner\", \"text\": \"hi\"}")")" = 202 ] || fail "open $id"; done
headers=$(curl -s -D - -o /dev/null -X POST "$api/message" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  --data-binary '{"conversation_id": "q3", "user_id": "alice", "speaker": "learner", "text": "hi"}')
has '^HTTP/1.1 429' <<< "$headers" && has '^retry-after: [0-9]' <<< "$(tr 'A-Z' 'a-z' <<< "$headers")" || fail "a fifth open conversation: $headers"
[ "$(status "$(req POST /message '{"conversation_id": "q3", "user_id": "bob", "speaker": "learner", "text": "hi"}' "$other")")" = 202 ] \
  || fail "bob's conversations are not his own"
pass "ids: c%3A1 decoded; 415 (text/plain), 405 (TRACE); the 5th open conversation is 429 with Retry-After; bob's q3 is his own"

# 60 idle connections and 20 slow headers against --max-connections 40 --header-timeout 1.
python3 - "$port" > "$work/flood.txt" <<'PY' || fail "connection flood: $(cat "$work/flood.txt")"
import socket, sys, time, urllib.request
port = int(sys.argv[1])
sockets = []
for index in range(80):
    s = socket.create_connection(("127.0.0.1", port))
    if index >= 60: s.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\n")
    sockets.append(s)
refused = 0
for s in sockets:
    s.settimeout(0.2)
    try:
        if s.recv(200).startswith(b"HTTP/1.1 503"): refused += 1
    except (socket.timeout, ConnectionResetError):
        pass
time.sleep(1.5)
closed = 0
for s in sockets:
    s.settimeout(0.5)
    try:
        while s.recv(4096): pass
        closed += 1
    except ConnectionResetError:
        closed += 1
    except socket.timeout:
        pass
started = time.time()
health = urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=5).status
print(f"refused={refused} closed_after_timeout={closed} health={health} health_s={time.time() - started:.3f}")
assert refused >= 35 and health == 200 and closed == len(sockets), "expected 503s over the cap, all closed by the header timeout, /health 200"
PY
pass "connections: $(cat "$work/flood.txt")"

kill -TERM "$pid"
set +e; wait "$pid"; code=$?; set -e
[ "$code" = 0 ] || fail "SIGTERM: exit $code"
grep -q 'ended_open=[1-9]' "$log" || fail "SIGTERM did not end the open conversations: $(grep -a 'shutting down' "$log")"
pass "SIGTERM: the open conversations ended and analysed, exit 0"

grep -q '"route": "/message"\|route=/message' "$log" || fail "the log has no request lines: $(head -3 "$log")"
for phrase in "Jisoo Kim" "Chungnam University" "marketing plan" "purple elephant"; do
  ! grep -aq "$phrase" "$log" "$work/serve.out" || fail "chat text ($phrase) in the log"
done
! strings "$db"* | has "purple elephant" || fail "chat text of an unsaved conversation in the database"
! grep -aq "${token#*.}" "$log" || fail "the token is in the log"
pass "no chat text in the log or the database, no token in the log"
