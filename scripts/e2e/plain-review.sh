# The plain mode beyond chat (issue 17, item 9): review --plain (and review from a pipe) lists
# today's modules and grades answers through the review's own reducer, recorded in the store;
# replay from a pipe prints the conversation, its lessons and the summary; talk without a full
# terminal says what to do; a piped chat whose model never answers is bounded by --plain-wait.
source "$(dirname "$0")/lib.bash"
command -v sqlite3 > /dev/null || fail "sqlite3 is not installed (scripts/install-deps installs it)"
no_screen_codes() {  # no_screen_codes FILE: no escape or other control character, no box drawing
  if LC_ALL=C grep -q $'[\x01-\x08\x0b-\x1f\x7f]' "$1"; then fail "control characters in the plain output: $(cat -v "$1" | head -5)"; fi
  if grep -q '[┌┐└┘│─]' "$1"; then fail "box drawing in the plain output"; fi
}
recording="$root/transcripts/recorded-job-interview.txt"

# Two saved modules whose first problem is a fill-in (the template order asks problem 0 first).
db="$work/review.sqlite"
"$bin" analyze "$recording" --offline --out "$work/modules" > /dev/null
fills=()
for file in "$work"/modules/validated/*.json; do
  kind=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["problems"][0]["kind"])' "$file")
  [ "$kind" = fillInTheBlank ] && fills+=("$file")
done
[ "${#fills[@]}" -ge 2 ] || fail "fewer than 2 modules with a fill-in first problem"
"$bin" saved import --db "$db" --user e2e-plain "${fills[@]:0:2}" > /dev/null
q() { sqlite3 "$db" "$1"; }
right=$(q "SELECT json_extract(moduleJSON, '\$.problems[0].answer') FROM saved_module WHERE id = 1")

# From a pipe (no --plain): the list, /show, a right answer rated Good with an empty line, a wrong
# one that only Again may rate, the summary; both reviews are in the store.
printf '%s\n' "/list" "/show 1" "/practice 1" "$right" "" "/practice" "certainly not this" "3" "1" "/note Check the ending." "/stats" > "$work/in.txt"
"$bin" review --db "$db" --user e2e-plain --no-fuzz < "$work/in.txt" > "$work/out.txt" 2> "$work/err.txt" \
  || fail "review from a pipe: $(cat "$work/err.txt")"
out() { cat "$work/out.txt"; }
out | has -x "ChatTutor review, plain mode, for e2e-plain: 2 modules to review today." || fail "no plain review opening: $(head -3 "$work/out.txt")"
out | has -E '^1\. .+: .+ → .+ \(New\)$' || fail "module 1 is not listed with its change: $(head -5 "$work/out.txt")"
out | has '^Lesson 1: ' && out | has '^You wrote: ' || fail "/show 1 did not read module 1"
out | has -x "✓ Right. You wrote: $right" || fail "the right answer is not marked ✓ with what was typed: $(out | tail -20)"
out | has '^Module 1 recorded: next review in ' || fail "the rating was not recorded"
out | has '^✗ Not quite: the answer is .*You wrote: certainly not this$' || fail "the wrong answer is not marked ✗ with what was typed"
out | has -x "A wrong answer is rated Again: press Enter or 1." || fail "a wrong answer could be rated Good"
out | has -x "All done: 2 modules reviewed, 1 correct." || fail "no summary: $(out | tail -8)"
out | has -x "Review stats" || fail "/stats printed nothing"
out | has -x "Note saved for module 2." || fail "/note after the last rating was not saved: $(out | tail -8)"
[ "$(q "SELECT COUNT(*) FROM saved_module WHERE note = 'Check the ending.'")" = 1 ] || fail "the note after the rating is not in the store"
has -x "Reviewed 2 modules (1 correct) for e2e-plain in $db." < "$work/out.txt" || fail "no count at exit"
[ "$(q 'SELECT COUNT(*) FROM review_log')" = 2 ] || fail "the store has $(q 'SELECT COUNT(*) FROM review_log') reviews, not 2"
[ "$(q 'SELECT group_concat(rating) FROM (SELECT rating FROM review_log ORDER BY id)')" = "3,1" ] \
  || fail "ratings in the store: $(q 'SELECT group_concat(rating) FROM review_log')"
no_screen_codes "$work/out.txt"
pass "review from a pipe: numbered list, /show, ✓/✗ beside what was typed, Good and Again recorded in the store, /note after the rating, /stats"

"$bin" review --plain --db "$db" --user e2e-plain < /dev/null > "$work/none.txt" 2>&1 || fail "review --plain with nothing due failed"
has -x "Nothing to review now for e2e-plain." < "$work/none.txt" && has '^Your next review is in ' < "$work/none.txt" \
  || fail "nothing due: $(cat "$work/none.txt")"
pass "review --plain with nothing due says when the next review is"

# replay from a pipe: every speaker by name, lessons announced, the summary; not paced to a file.
"$bin" replay "$recording" --offline --db "$work/replay.sqlite" < /dev/null > "$work/replay.txt" 2> "$work/err.txt" \
  || fail "replay from a pipe: $(cat "$work/err.txt")"
has -x "ChatTutor, plain mode: Replay: Recorded: a job interview. .*" < "$work/replay.txt" || fail "no replay opening: $(head -2 "$work/replay.txt")"
# The recording names no learner and has one: "Learner", as analyze calls them (never "You").
has '^Interviewer: ' < "$work/replay.txt" && has '^Learner: ' < "$work/replay.txt" && ! has '^You: ' < "$work/replay.txt" \
  || fail "the speakers are not named as analyze names them"
has -E '^[0-9]+ new lessons?:$' < "$work/replay.txt" || fail "no lessons announced in the replay"
has -x "Summary of the conversation." < "$work/replay.txt" || fail "no summary after the replay: $(tail -5 "$work/replay.txt")"
no_screen_codes "$work/replay.txt"
pass "replay from a pipe: the conversation with each speaker's name, its lessons and the summary"

# talk where no screen can be had: plain lines on both sides. The host reads a FIFO kept open;
# the guest pipes one line with the code in CHATTUTOR_TALK_CODE, so its input ends: it leaves,
# its line is analysed in its own process and its summary comes. The host sees the guest by name.
export CHATTUTOR_TALK_ROOT="$work/rendezvous"; mkdir -m 700 "$CHATTUTOR_TALK_ROOT"
mkfifo "$work/host.in"
TERM=dumb "$bin" talk host --db "$work/talk.sqlite" --user minji < "$work/host.in" > "$work/host.out" 2> "$work/host.err" &
host_pid=$!
exec 7> "$work/host.in"  # the host's input stays open until the end of this check
for _ in $(seq 150); do has -o 'Join code: [A-Z0-9-]*' "$work/host.out" 2>/dev/null && break; sleep 0.2; done
code=$(grep -o 'Join code: [A-Z0-9-]*' "$work/host.out" | head -1 | cut -d' ' -f3)
[ -n "$code" ] || fail "the plain host shows no join code: $(cat "$work/host.out" "$work/host.err")"
has -x "ChatTutor talk, plain mode: .*" "$work/host.out" || fail "no plain talk opening on the host: $(head -3 "$work/host.out")"
printf '%s\n' "She go to school every day and my brother play football." \
  | CHATTUTOR_TALK_CODE="$code" timeout 120 "$bin" talk join --db "$work/guest.sqlite" --user jun > "$work/guest.out" 2> "$work/guest.err" \
  || fail "the plain guest: $(cat "$work/guest.err" "$work/guest.out")"
has -x "ChatTutor talk, plain mode, with minji: .*" "$work/guest.out" || fail "no plain talk opening on the guest: $(cat "$work/guest.out")"
has -x "You left the conversation. Your messages are analysed here: your modules and summary follow." "$work/guest.out" \
  && has -x "Summary of the conversation." "$work/guest.out" || fail "the guest who left has no summary: $(cat "$work/guest.out")"
for _ in $(seq 100); do has -x "jun: She go to school every day and my brother play football." "$work/host.out" && break; sleep 0.2; done
has -x "jun joined. Say hello!" "$work/host.out" && has -x "jun: She go to school every day and my brother play football." "$work/host.out" \
  || fail "the host does not show the guest by name: $(cat "$work/host.out")"
exec 7>&-  # the host's input ends: it ends the conversation and quits
for _ in $(seq 150); do kill -0 "$host_pid" 2>/dev/null || break; sleep 0.2; done
if kill -0 "$host_pid" 2>/dev/null; then kill "$host_pid"; fail "the plain host did not quit at the end of its input: $(tail -5 "$work/host.out")"; fi
no_screen_codes "$work/host.out"; no_screen_codes "$work/guest.out"
pass "talk with TERM=dumb: plain lines on both sides, the guest by name, the guest's own summary when it leaves"

# A model that accepts and never answers: a piped chat waits at most --plain-wait for lessons,
# goes on, and, once the input has ended, leaves without the summary (exit 75), not hanging.
coproc SILENT { python3 "$root/scripts/e2e/failing-model-server.py" silent; }
read -r silent_url <&"${SILENT[0]}"
messages=("I has a cat." "She go to school." "We was happy." "He have two dog.")
printf '%s\n' "${messages[@]}" > "$work/chat.txt"
started=$SECONDS
set +e
CHATTUTOR_LLM_BASE_URL="$silent_url" CHATTUTOR_LLM_MODEL=silent-model CHATTUTOR_LLM_IDLE_TIMEOUT=120 "$bin" chat --llm --batch-size 2 --plain-wait 2 \
  --db "$work/chat.sqlite" < "$work/chat.txt" > "$work/chat.out" 2> "$work/chat.err"
status=$?
set -e
exec {SILENT[1]}>&-
[ "$status" = 75 ] || fail "a silent model: exit $status (not 75): $(cat "$work/chat.err")"
has -x "No lessons after 2 s: the analyser is slow or not answering. Going on; lessons are announced when they come." "$work/chat.out" \
  || fail "no line when the wait ran out: $(cat "$work/chat.out")"
has -x "You: He have two dog." "$work/chat.out" || fail "the chat did not go on after the wait"
has -x "The summary did not come within 2 s: the analyser is slow or not answering. Leaving without it." "$work/chat.out" \
  || fail "no line when the summary did not come"
has -F -- "--plain-wait" "$work/chat.err" || fail "the exit message does not name --plain-wait: $(cat "$work/chat.err")"
[ $((SECONDS - started)) -lt 60 ] || fail "a silent model held the piped chat $((SECONDS - started)) s"
pass "a silent model: the piped chat goes on after --plain-wait, then leaves with exit 75 in $((SECONDS - started)) s"
