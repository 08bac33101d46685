# Two `chattutor serve` instances behind HAProxy with one PostgreSQL database, all on loopback
# (scripts/cluster): conversations spread over both by their id; a conversation's requests all
# reach its owner (its module is saved through HAProxy); a save made through one instance is
# listed by the other; an instance killed with SIGKILL is taken out by the health checks and
# new conversations go to the survivor, the save still listed; the dead instance's conversations
# are answered 410 conversation_lost by the survivor; SIGTERM drains the survivor.
source "$(dirname "$0")/lib.bash"
command -v curl >/dev/null || fail "curl is not installed"
serve_bin="$root/.build/debug/chattutor-serve"
[ -x "$serve_bin" ] || fail "no chattutor-serve at $serve_bin (swift build --product chattutor-serve)"

export CHATTUTOR_CLUSTER_DIR="$work/cluster"
front=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
trap '"$root/scripts/cluster" stop > /dev/null 2>&1 || true; rm -rf "$work"' EXIT
"$root/scripts/cluster" start --instances 2 --port "$front" > "$work/start.out" || fail "cluster start: $(cat "$work/start.out")"
source "$CHATTUTOR_CLUSTER_DIR/env"
token="$CLUSTER_TOKEN"
instance_api() { echo "http://127.0.0.1:$((CLUSTER_FIRST_PORT + $1 - 1))"; }
req() {  # req API METHOD PATH [BODY]: prints the body, then the status on its own line
  curl -s -m 20 -w '\n%{http_code}' -X "$2" "$1$3" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' ${4:+--data-binary "$4"}
}
status() { tail -n 1 <<< "$1"; }
body() { sed '$d' <<< "$1"; }
message() {  # message CONVERSATION SPEAKER TEXT
  python3 -c 'import json,sys; print(json.dumps({"conversation_id": sys.argv[1], "user_id": "demo", "speaker": sys.argv[2], "text": sys.argv[3]}))' "$@"
}
conversations_on() { curl -s "$(instance_api "$1")/health" | python3 -c 'import json,sys; print(json.load(sys.stdin)["conversations"])'; }
pass "HAProxy on $CLUSTER_URL in front of 2 instances and PostgreSQL"

# A wrong database password is said to be one, at once (not a timeout), without the password.
wrong_url=$(sed 's|^\(postgres://[^:]*:\)[^@]*@|\1wrong-secret-4242@|' <<< "$CHATTUTOR_DATABASE_URL")
refused=$(CHATTUTOR_DATABASE_URL="$wrong_url" timeout 10 "$serve_bin" token list 2>&1 > /dev/null) && fail "a wrong password was accepted"
grep -q "refused the login (PostgreSQL error 28P01: password authentication failed" <<< "$refused" || fail "a wrong password: $refused"
! grep -q 4242 <<< "$refused" || fail "the wrong password is shown: $refused"
pass "a wrong database password is reported as a refused login"

# Spread: 24 conversations, one message each, through HAProxy.
for i in $(seq 1 24); do
  [ "$(status "$(req "$CLUSTER_URL" POST /message "$(message "spread-$i" learner "I has a question.")")")" = 202 ] || fail "spread-$i"
done
first=$(conversations_on 1); second=$(conversations_on 2)
[ $((first + second)) = 24 ] || fail "24 conversations, but the instances hold $first and $second"
[ "$first" -gt 0 ] && [ "$second" -gt 0 ] || fail "one instance got every conversation ($first, $second)"
pass "24 conversations spread by their id: $first on instance 1, $second on instance 2"

# One conversation to its end through HAProxy; its module saved through HAProxy (the module is
# in its owner's memory, so the save must reach the owner too).
sent=0
while IFS= read -r line; do
  case "$line" in
    interviewer:*) speaker=interviewer; text="${line#interviewer: }" ;;
    learner:*) speaker=learner; text="${line#learner: }" ;;
    *) continue ;;
  esac
  [ "$(status "$(req "$CLUSTER_URL" POST /message "$(message c-save "$speaker" "$text")")")" = 202 ] || fail "POST /message c-save"
  sent=$((sent + 1))
done < "$root/transcripts/recorded-job-interview.txt"
[ "$(status "$(req "$CLUSTER_URL" POST /end_conversation/c-save)")" = 202 ] || fail "end_conversation"
for _ in $(seq 1 200); do
  list=$(body "$(req "$CLUSTER_URL" GET /teaching_modules/list/c-save)")
  [ "$(python3 -c 'import json,sys; print(json.load(sys.stdin).get("finished"))' <<< "$list")" = True ] && break
  sleep 0.1
done
module=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["modules"][0]["id"])' <<< "$list") || fail "no module: $list"
[ "$(status "$(curl -s -w '\n%{http_code}' "$CLUSTER_URL/teaching_module/$module" -H "Authorization: Bearer $token" -H "X-Conversation-ID: c-save")")" = 200 ] \
  || fail "GET /teaching_module with X-Conversation-ID did not reach the owner"
saved=$(req "$CLUSTER_URL" POST /user_modules/save "{\"module_id\": \"$module\", \"conversation_id\": \"c-save\"}")
[ "$(status "$saved")" = 201 ] || fail "save through HAProxy: $saved"
for i in 1 2; do
  listed=$(body "$(req "$(instance_api $i)" GET /user_modules/user/demo)")
  [ "$(python3 -c 'import json,sys; print([m["module"]["id"] for m in json.load(sys.stdin)["modules"]])' <<< "$listed")" = "['$module']" ] \
    || fail "instance $i does not list the save: $listed"
done
pass "$sent messages, end, modules and save all reached the owner through HAProxy; both instances list the save"

# Kill the owner of c-save; HAProxy's checks (1 s, 2 falls) take it out; new conversations all
# go to the survivor, and the save is still listed through HAProxy.
owner=1; [ "$(conversations_on 2)" -gt "$second" ] && owner=2
survivor=$((3 - owner))
kill -KILL "$(cat "$CHATTUTOR_CLUSTER_DIR/serve$owner.pid")"
for _ in $(seq 1 50); do
  [ "$(status "$(req "$CLUSTER_URL" POST /message "$(message probe learner "Hello.")")")" = 202 ] && break
  sleep 0.1
done
before=$(conversations_on "$survivor")
for i in $(seq 1 6); do
  [ "$(status "$(req "$CLUSTER_URL" POST /message "$(message "after-kill-$i" learner "She go home.")")")" = 202 ] || fail "after-kill-$i"
done
[ "$(conversations_on "$survivor")" = $((before + 6)) ] || fail "new conversations did not all go to the survivor"
[ "$(body "$(req "$CLUSTER_URL" GET /user_modules/user/demo)" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["modules"]))')" = 1 ] \
  || fail "the save is not listed after the kill"
pass "instance $owner killed (SIGKILL): 6 new conversations all on instance $survivor, the save still listed"

# The dead instance's conversations reach the survivor, which does not hold them: the shared
# record of owners says they were the dead one's, so each is answered 410 conversation_lost at
# once (never a hang, never started afresh); the survivor's own conversations go on (202).
lost_message=$(req "$CLUSTER_URL" POST /message "$(message c-save learner "Are you there?")")
[ "$(status "$lost_message")" = 410 ] || fail "a message to the dead instance's conversation: $lost_message"
[ "$(body "$lost_message" | python3 -c 'import json,sys; print(json.load(sys.stdin)["error"]["code"])')" = conversation_lost ] \
  || fail "410 without conversation_lost: $lost_message"
[ "$(status "$(req "$CLUSTER_URL" GET /teaching_modules/list/c-save)")" = 410 ] || fail "the dead instance's module list is not 410"
gone=0 going=0
for i in $(seq 1 24); do
  code=$(status "$(req "$CLUSTER_URL" POST /message "$(message "spread-$i" learner "Is it still here?")")")
  case "$code" in
    410) gone=$((gone + 1)) ;;
    202) going=$((going + 1)) ;;
    *) fail "spread-$i after the kill: $code" ;;
  esac
done
owner_count=$first; [ "$owner" = 2 ] && owner_count=$second
[ "$gone" = "$owner_count" ] && [ "$going" = $((24 - owner_count)) ] \
  || fail "after the kill: $gone conversations lost and $going going on; expected $owner_count lost (instance $owner's)"
pass "the dead instance's conversations are 410 conversation_lost on the survivor ($gone of 24), the survivor's go on ($going)"

# Drain the survivor: SIGTERM; for its drain delay (3 s) /health is 503 (HAProxy takes it out)
# while its conversations' messages are still taken; then it drains and stops.
pid=$(cat "$CHATTUTOR_CLUSTER_DIR/serve$survivor.pid")
kill -TERM "$pid"
sleep 0.3
[ "$(curl -s -o /dev/null -w '%{http_code}' "$(instance_api "$survivor")/health")" = 503 ] || fail "/health is not 503 right after SIGTERM"
[ "$(status "$(req "$(instance_api "$survivor")" POST /message "$(message after-kill-1 learner "He go out.")")")" = 202 ] \
  || fail "a message during the drain delay was refused"
for _ in $(seq 1 100); do kill -0 "$pid" 2> /dev/null || break; sleep 0.1; done
! kill -0 "$pid" 2> /dev/null || fail "instance $survivor did not stop within 10 s of SIGTERM"
grep -q "shutting down" "$CHATTUTOR_CLUSTER_DIR/serve$survivor.log" || fail "instance $survivor did not drain: $(tail -3 "$CHATTUTOR_CLUSTER_DIR/serve$survivor.log")"
pass "instance $survivor on SIGTERM: /health 503 at once, messages still taken, then drained and stopped"
"$root/scripts/cluster" stop > /dev/null
