# `chattutor review` end to end in tmux: 3 saved modules (fill-in, multiple choice, rewrite)
# reviewed with real keys, then sqlite3 checks that each schedule changed and each review is logged.
source "$(dirname "$0")/lib.bash"
command -v tmux >/dev/null || fail "tmux is not installed (scripts/install-deps installs it)"
command -v sqlite3 >/dev/null || fail "sqlite3 is not installed (scripts/install-deps installs it)"
socket="chattutor-review-$$"
trap 'tm kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
screen() { tm capture-pane -p -t review; }
wait_for() { wait_pane review "$1" "${2:-20}"; }  # wait_for PATTERN [SECONDS]
keys() { tm send-keys -t review -l "$1"; }
press() { tm send-keys -t review "$@"; }

db="$work/db.sqlite"
"$bin" analyze "$root/transcripts/recorded-job-interview.txt" --out "$work/out" > /dev/null
# Three modules whose problems are fill-in, multiple choice, rewrite (the template order).
modules=()
for file in "$work"/out/validated/*.json; do
  kinds=$(python3 -c 'import json,sys; print(",".join(p["kind"] for p in json.load(open(sys.argv[1]))["problems"]))' "$file")
  [ "$kinds" = "fillInTheBlank,multipleChoice,rewrite" ] && modules+=("$file")
done
[ "${#modules[@]}" -ge 3 ] || fail "fewer than 3 modules with fill-in, multiple-choice and rewrite problems"
"$bin" saved import --db "$db" --user e2e "${modules[@]:0:3}" > /dev/null
q() { sqlite3 "$db" "$1"; }
[ "$(q 'SELECT COUNT(*) FROM review_card WHERE state = 0')" = 3 ] || fail "the 3 saved modules are not new cards"
# The problem asked rotates with the review count: ask problem 0, 1 and 2 of modules 1, 2 and 3.
q "UPDATE review_card SET reviewCount = savedModuleId - 1"
answer() { q "SELECT json_extract(moduleJSON, '\$.problems[$2].$3') FROM saved_module WHERE id = $1"; }
fill_answer=$(answer 1 0 answer)
wrong_choice=$(python3 -c 'import json,sys; p=json.loads(sys.argv[1]); print(next(i+1 for i,c in enumerate(p["choices"]) if c != p["answer"]))' \
  "$(q "SELECT json_extract(moduleJSON, '\$.problems[1]') FROM saved_module WHERE id = 2")")
rewrite_answer=$(answer 3 2 answer)
before=$(q "SELECT group_concat(due) FROM review_card")

tm -f /dev/null new-session -d -s review -x 100 -y 30 \
  "env TERM=xterm-256color LANG=C.UTF-8 $bin review --db $db --user e2e --no-fuzz; echo EXIT=\$?; sleep 30"
wait_for "1 of 3 · New"
keys "$fill_answer"; press Enter
wait_for "✓ Right"
press n; wait_for "Note for this module"
keys "버스에서 다시 보기"; press Enter; wait_for "Your note: 버스에서 다시 보기"
press t; wait_for "Tags, separated by commas"
keys "verbs, 시험"; press Enter; wait_for "Tags:      verbs, 시험"
press Enter
wait_for "2 of 3 · New"
[ "$(q "SELECT note || '|' || tags FROM saved_module WHERE id = 1")" = '버스에서 다시 보기|["verbs","시험"]' ] || fail "note and tags from the TUI not saved"
pass "fill-in: the right answer is graded right; n and t edit the note and tags (saved); Enter rates it Good"
keys "$wrong_choice"; press Enter
wait_for "✗ Not quite"
press 4; wait_for "rated Again"
press Enter
wait_for "3 of 3 · New"
pass "multiple choice: a wrong choice is graded wrong, shows the explanation, and can only be Again"
keys "$rewrite_answer"; press Enter
wait_for "Model answer"
wait_for "Rate yourself"
press Enter; wait_for "How did you do"
press 4
wait_for "Session summary"
wait_for "Reviewed:  3 modules"
wait_for "Correct:   2 of 3"
wait_for "Next due:  in [0-9u]"  # "in under a minute" or "in 1 minute"
pass "rewrite: the model answer, then the learner's own rating; the summary says 3 reviewed, 2 correct, next due"
press s
wait_for "Review stats"
wait_for "Reviews:    3 in all"
# The Again and Hard cards are due in minutes, the Easy one in days: "due today" is 2, or
# fewer when the minutes cross midnight; the store's count decides (local days, UTC in the table).
due_today=$(q "SELECT COUNT(*) FROM review_card WHERE state <> 0 AND due < strftime('%Y-%m-%d %H:%M:%f', date('now', 'localtime', '+1 day'), 'utc')")
wait_for "Due today:  $due_today"
pass "stats: due today, reviews, the 30-day chart"
press q
wait_for "EXIT=0"
screen | has "Reviewed 3 modules (2 correct) for e2e" || fail "no closing line: $(screen)"

# The schedule changed in the database, and every review is in the log.
[ "$(q "SELECT group_concat(due) FROM review_card")" != "$before" ] || fail "no due date changed"
states=$(q "SELECT group_concat(state || ':' || IFNULL(step, '-') || ':' || reviewCount, ' ') FROM (SELECT * FROM review_card ORDER BY savedModuleId)")
[ "$states" = "1:1:1 1:0:2 2:-:3" ] || fail "schedules after the session: $states (want learning step 1, learning step 0, review)"
log=$(q "SELECT group_concat(rating || ':' || stateBefore || ':' || IFNULL(answeredCorrectly, 'self') || ':' || problemIndex, ' ') FROM (SELECT * FROM review_log ORDER BY id)")
[ "$log" = "3:0:1:0 1:0:0:1 4:0:self:2" ] || fail "review log: $log"
[ "$(q "SELECT COUNT(*) FROM review_card WHERE due > strftime('%Y-%m-%d %H:%M:%f', 'now')")" = 3 ] || fail "a card is still due now"
[ "$(q "SELECT CAST(ROUND((julianday(due) - julianday(lastReview)) ) AS INT) FROM review_card WHERE savedModuleId = 3")" -ge 1 ] || fail "the Easy card is not due in days"
pass "sqlite3: each card moved on (Learning 1, Learning 0, Review in days), 3 reviews logged with rating and grade"

# Nothing due now: the session says when the next one is.
tm kill-server 2>/dev/null || true
socket="$socket-again"  # a new server: a dying one never takes the next one's socket
tm -f /dev/null new-session -d -s review -x 100 -y 30 \
  "env TERM=xterm-256color LANG=C.UTF-8 $bin review --db $db --user e2e; echo EXIT=\$?; sleep 30"
wait_for "Nothing to review now"
wait_for "Your next review is in"
press q
wait_for "EXIT=0"
pass "with nothing due, review says when the next review is"

# Without a terminal the review is plain lines (scripts/e2e/plain-review.sh tests them).
echo | "$bin" review --db "$db" --user e2e > "$work/plain" 2> "$work/err" || fail "review without a terminal: $(cat "$work/err")"
has -x "Nothing to review now for e2e." < "$work/plain" || fail "review without a terminal: $(cat "$work/plain")"
pass "review without a terminal: the plain review, which says nothing is due"
