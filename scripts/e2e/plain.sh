# The plain mode (chat --plain; TERM=dumb): lines a screen reader can read, from a pipe and at a terminal.
source "$(dirname "$0")/lib.bash"

messages=(
  "Hi, I am nurse in a small hospital." "I work there since three years." "My sister have two cats."
  "Last week we go to Busan by train." "The weather was very good." "I am interesting in cooking."
  "I cooked a pasta for my family." "There is many restaurant near my home." "My english is getting better."
  "I want to learn drive next year."
)
db="$work/db.sqlite"
no_screen_codes() {  # no_screen_codes FILE: no escape or other control character, no box drawing
  if LC_ALL=C grep -q $'[\x01-\x08\x0b-\x1f\x7f]' "$1"; then fail "control characters in the plain output: $(cat -v "$1" | head -5)"; fi
  if grep -q '[┌┐└┘│─]' "$1"; then fail "box drawing in the plain output"; fi
}

# Piped, with TERM=dumb: each message answered in turn, the lessons announced after the tenth,
# /show and /save work on them, and the end of the input ends the chat with the summary.
{ printf '%s\n' "${messages[@]}"; printf '%s\n' "/show 1" "/save 1" "/lessons"; } > "$work/in.txt"
TERM=dumb "$bin" chat --db "$db" --user e2e-plain < "$work/in.txt" > "$work/out.txt" 2> "$work/err.txt" \
  || fail "chat with TERM=dumb and piped input: $(cat "$work/err.txt")"
out() { cat "$work/out.txt"; }
out | has -x "ChatTutor, plain mode: .*" || fail "no plain-mode opening: $(head -3 "$work/out.txt")"
[ "$(out | grep -c '^Interviewer: ')" -ge 11 ] || fail "the interviewer's lines: $(out | head -20)"
out | has -x "You: Hi, I am nurse in a small hospital." || fail "the learner's line is not said with their name"
out | has -x "Looking for lessons in your last 10 messages." || fail "no progress line for the batch"
announced=$(out | grep -n -m1 -E '^[0-9]+ new lessons?:$' | cut -d: -f1)
[ -n "$announced" ] || fail "no lessons announced: $(out | tail -20)"
out | sed -n "$((announced + 1))p" | has -E '^1\. .+: .+ → .+' || fail "lesson 1 is not named with its change"
out | has -x "/show 1 reads a lesson, /practice 1 answers its problems, /save 1 keeps it for review." \
  || fail "no numbered actions after the announcement"
shown=$(out | grep -n -m1 '^Lesson 1: ' | cut -d: -f1)
[ -n "$shown" ] && [ "$shown" -gt "$announced" ] || fail "/show 1 did not read lesson 1 after it was announced"
out | sed -n "$((shown + 1))p" | has '^You wrote: ' || fail "/show 1 does not say what the learner wrote"
out | has '^Saved “' || fail "/save 1 did not save: $(out | tail -20)"
out | has -x "Conversation ended. Your last messages are being analysed; the summary follows." || fail "no end line"
out | has -x "Summary of the conversation." && out | has -x "10 messages analysed." || fail "no summary: $(out | tail -12)"
out | has -x "Findings by category:" || fail "the summary has no findings"
# The summary counts findings by grammar topic, each topic one row ("Plural nouns" and "Singular and
# plural nouns" lessons share one), and counts at least one finding for each lesson announced.
rows=$(out | sed -n '/^Findings by category:$/,$p' | tail -n +2 | sed -n '/^[^:]*: [0-9][0-9]*$/!q;p')
[ -n "$rows" ] || fail "the summary has no rows: $(out | tail -12)"
twice=$(printf '%s\n' "$rows" | sed -E 's/: [0-9]+$//' | sort | uniq -d)
[ -z "$twice" ] || fail "a topic is two rows of the summary: $twice"
counted=$(printf '%s\n' "$rows" | awk -F': ' '{ n += $NF } END { print n }')
lessons=$(out | grep -E '^[0-9]+\. [^:]+: .+ → ' | sed -E 's/^[0-9]+\. //; s/ \(saved\)$//' | sort -u | wc -l)
[ "$counted" -ge "$lessons" ] || fail "the summary counts $counted findings for $lessons lessons: $rows"
no_screen_codes "$work/out.txt"
pass "piped with TERM=dumb: named lines, lessons announced after the batch, /show, /save, the summary at the end of input (a row per grammar topic, each once)"
"$bin" saved list --db "$db" --user e2e-plain > "$work/saved.txt"
lesson=$(out | sed -n "$((announced + 1))p" | sed -E 's/^1\. ([^:]+):.*/\1/')
has -F -- "$lesson" < "$work/saved.txt" || fail "saved list does not show the saved lesson '$lesson': $(cat "$work/saved.txt")"
pass "chattutor saved lists the lesson /save 1 kept"

# Typed text with escape sequences and bytes that are not UTF-8 is shown safely.
printf 'I \033[2J\033[31mlike red.\033[0m\nI \xff\xfe like \xc3\n/end\n' > "$work/bad.txt"
"$bin" chat --plain --db "$db" --user e2e-plain < "$work/bad.txt" > "$work/bad.out" 2> "$work/err.txt" \
  || fail "chat --plain with hostile input: $(cat "$work/err.txt")"
has -x "You: I like red." < "$work/bad.out" || fail "the escape sequences were not removed: $(cat -v "$work/bad.out")"
has -x "You: I �� like �" < "$work/bad.out" || fail "invalid UTF-8 is not shown as U+FFFD: $(cat -v "$work/bad.out")"
no_screen_codes "$work/bad.out"
pass "escape sequences and invalid UTF-8 in typed text are shown safely"

# At a terminal with TERM=dumb (no --plain): no screen, the lines scroll; typed lines are not
# said again; lessons, /show, /save, /end's summary and /quit as in the pipe.
command -v tmux > /dev/null || fail "tmux is not installed (scripts/install-deps installs it)"
socket="chattutor-plain-$$"
trap 'tm kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
tm -f /dev/null new-session -d -s plain -x 100 -y 50 \
  "env TERM=dumb LANG=C.UTF-8 XDG_STATE_HOME=$work/state $bin chat --db $work/tty.sqlite --user e2e-tty; echo EXIT=\$?; sleep 30"
wait_pane plain "^Interviewer: "
for message in "${messages[@]}"; do
  tm send-keys -t plain -l "$message"; tm send-keys -t plain Enter
done
wait_pane plain "^/show 1 reads a lesson" 30
tm capture-pane -p -t plain | has -x "You: Hi, I am nurse in a small hospital." && fail "a typed line was said again at a terminal"
tm send-keys -t plain -l "/show 1"; tm send-keys -t plain Enter
wait_pane plain "^Lesson 1: "
tm send-keys -t plain -l "/save 1"; tm send-keys -t plain Enter
wait_pane plain "^Saved “"
tm send-keys -t plain -l "/end"; tm send-keys -t plain Enter
wait_pane plain "^Summary of the conversation." 30
tm send-keys -t plain -l "/quit"; tm send-keys -t plain Enter
wait_pane plain "not saved and will be lost"
tm send-keys -t plain -l "/quit"; tm send-keys -t plain Enter
wait_pane plain "EXIT=0"
tm capture-pane -p -S - -t plain > "$work/pane.txt"
no_screen_codes "$work/pane.txt"
pass "TERM=dumb at a terminal: plain lines, lessons, /show, /save, /end's summary, /quit asks once"
