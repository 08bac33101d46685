# The TUI end to end in tmux: chat, modules, marks, save, summary, export, resize, quit; then NO_COLOR.
source "$(dirname "$0")/lib.bash"
one_pane_per_server e2e e2e 10

run_session() {  # run_session LABEL ENV...
  local label=$1; shift
  local db="$work/$label/db.sqlite"
  cleanup_tmux
  mkdir -p "$work/$label"
  # In a folder of its own: /export without a name writes there.
  tm -f /dev/null new-session -d -s e2e -x 120 -y 40 \
    "cd $work/$label && env $* XDG_STATE_HOME=$work/$label/state TERM=xterm-256color LANG=C.UTF-8 $bin chat --db $db --user e2e-learner; echo EXIT=\$?; stty -a | tr ' ' '\n' | grep -x -e icanon -e -icanon -e echo -e -echo | tr '\n' ' '; echo; sleep 30"
  wait_for "Interviewer:"
  local messages=(
    "Hi, I live here for two year." "She go to school by bus every day." "Yesterday i go to the park with my dog."
    "I like 김치 and 불고기 very much." "My mother work at a bank in Seoul." "I bought three book last week."
    "We discussed about the plan." "It was a interesting movie." "I am student at a university."
    "You should to study more." "This cafe is more better than that one." "안녕하세요, nice to meet you!"
  )
  for message in "${messages[@]}"; do type_line "$message"; done
  wait_for "Modules [1-9]"
  pass "$label: modules of the first batch appear in the side pane"
  # The batch's findings are underlined in the learner's own messages; F3 hides and shows them.
  marked() { tm capture-pane -e -p -t e2e | has $'three \e\\[4mbook'; }
  marked || { tm capture-pane -e -p -t e2e | cat -v >&2; fail "$label: the finding 'book' is not underlined"; }
  tm send-keys -t e2e F3; wait_for "Marks off"
  ! marked || fail "$label: F3 did not hide the marks"
  tm send-keys -t e2e F3; wait_for "Marks on"
  marked || fail "$label: F3 again did not show the marks"
  pass "$label: the findings are underlined in the learner's messages; F3 hides and shows them"
  tm send-keys -t e2e Tab; sleep 0.2; tm send-keys -t e2e s
  wait_for "saved 1"
  rows=$(sqlite3 "$db" "SELECT COUNT(*) FROM saved_module JOIN learner ON learner.id = learnerId WHERE learner.name = 'e2e-learner'")
  [ "$rows" = 1 ] || fail "$label: expected 1 saved row, found $rows"
  mode=$(stat -c %a "$db")
  [ "$mode" = 600 ] || fail "$label: the database is mode $mode, not 600"
  pass "$label: s saved one module (a row in SQLite, mode 600)"
  tm send-keys -t e2e Escape; sleep 0.1; tm send-keys -t e2e C-e
  wait_for "Conversation summary"
  wait_for "Messages analysed: 12"
  pass "$label: ending shows the summary"
  # e in the summary: /export with a file name in the input line. A bad folder is refused (the
  # chat stays); the learner's own names get JSON and Markdown, owner-only, that analyze reads.
  tm send-keys -t e2e e
  # The suggested name says when (the session's start) and what (the script): portable characters only.
  wait_for "› /export chattutor-20[0-9][0-9]-[01][0-9]-[0-3][0-9]-[0-2][0-9][0-5][0-9]-small-talk\.md"
  tm send-keys -t e2e Enter
  wait_for "Exported [0-9]* messages and [1-9][0-9]* findings to /"
  type_line "/export"
  for _ in $(seq 50); do compgen -G "$work/$label/chattutor-*-small-talk-2.md" >/dev/null && break; sleep 0.2; done
  suggested=$(cd "$work/$label" && ls chattutor-*-small-talk.md chattutor-*-small-talk-2.md 2>/dev/null | wc -l)
  [ "$suggested" = 2 ] || fail "$label: e then /export did not write NAME.md and NAME-2.md: $(ls "$work/$label")"
  pass "$label: e suggests chattutor-DATE-TIME-small-talk.md; Enter writes it (said as a full path), /export again NAME-2.md"
  type_line "/export $work/$label/no-such-folder/talk.md"
  wait_for "Not exported: the folder"
  type_line "/export $work/$label/talk.json"
  wait_for "Exported [0-9]* messages and [1-9][0-9]* findings"
  type_line "/export $work/$label/talk.md"
  wait_for "Exported [0-9]* messages and [1-9][0-9]* findings"
  for file in talk.json talk.md; do
    [ "$(stat -c %a "$work/$label/$file")" = 600 ] || fail "$label: $file is not mode 600"
    "$bin" analyze "$work/$label/$file" > "$work/$label/analyze.out" 2>&1 || fail "$label: analyze $file: $(cat "$work/$label/analyze.out")"
    has "modules validated [1-9]" "$work/$label/analyze.out" || fail "$label: analyze $file: $(cat "$work/$label/analyze.out")"
  done
  has -F '"original" : "book"' "$work/$label/talk.json" || fail "$label: the JSON export lacks the finding 'book'"
  has -F '###### ✎ “book” → “books”' "$work/$label/talk.md" || fail "$label: the Markdown export lacks the finding 'book'"
  pass "$label: e in the summary starts /export; a bad folder is refused; JSON and Markdown are written (600) and analyze reads both"
  tm resize-window -t e2e -x 70 -y 20; sleep 0.5
  width=$(screen | LC_ALL=C.UTF-8 wc -L)
  [ "$width" -le 70 ] || fail "$label: a line $width columns wide after resizing to 70"
  wait_for "✓[0-9]"
  tm resize-window -t e2e -x 120 -y 40; sleep 0.5
  wait_for "Modules [1-9]"
  pass "$label: resized to 70x20 and back"
  tm send-keys -t e2e C-c
  wait_for "not saved"
  tm send-keys -t e2e y
  wait_for "EXIT=0"
  wait_for "$STTY_LINE"
  screen | has -- "$RESTORED_LINE" || fail "$label: terminal not restored: $(screen | tail -3)"
  pass "$label: Ctrl-C asks, quits, and the terminal is restored"
  if grep -rq -e "go to school" -e "김치" "$work/$label/state"; then fail "$label: the app's state holds message text"; fi
}

run_session colour
run_session no-colour NO_COLOR=1
cleanup_tmux
# With NO_COLOR nothing is drawn in colour (attributes only).
tm -f /dev/null new-session -d -s e2e -x 100 -y 30 "env NO_COLOR=1 XDG_STATE_HOME=$work/nc TERM=xterm-256color $bin chat --db $work/nc.sqlite --user x; sleep 5"
wait_for "Interviewer:"
if tm capture-pane -e -p -t e2e | has -E $'\e\\[([0-9;]*;)?(3[0-7]|4[0-7]|38;5|48;5|9[0-7])m'; then fail "NO_COLOR still drew colours"; fi
pass "NO_COLOR: no colours"

# Hostile bytes: numbers out of range in a mouse report or a modified key (they crashed every
# TUI with an overflow) are dropped, and the typing after them arrives.
cleanup_tmux
tm -f /dev/null new-session -d -s e2e -x 100 -y 30 \
  "env XDG_STATE_HOME=$work/hostile TERM=xterm-256color LANG=C.UTF-8 $bin chat --db $work/hostile.sqlite --user h; echo EXIT=\$?; sleep 30"
wait_for "Interviewer:"
for sequence in $'\e[<64;-9223372036854775808;1M' $'\e[1;-9223372036854775808A' $'\e[1;99999999999999999999A' \
  $'\e[<65;9223372036854775807;9223372036854775807M' "$(printf '\e[%0.s1;' $(seq 1 60))A"; do
  # shellcheck disable=SC2046  # one argument per byte
  tm send-keys -t e2e -H $(printf '%s' "$sequence" | od -An -v -tx1)
done
tm send-keys -t e2e -l "still here"
wait_for "still here"
! screen | has "EXIT=" || fail "hostile bytes ended the app: $(screen | tail -5)"
pass "hostile escape sequences (Int.min, huge numbers, 60 parameters) are dropped; the app goes on"

# The mouse is the terminal's (drag copies) until F2 asks for it; F2 gives it back. tmux knows
# whether the program asked for mouse reports.
mouse() { tm display -p -t e2e '#{mouse_any_flag}'; }
[ "$(mouse)" = 0 ] || fail "the app took the mouse at start"
tm send-keys -t e2e F2; wait_for "Mouse on"
[ "$(mouse)" = 1 ] || fail "F2 did not turn mouse reports on"
tm send-keys -t e2e F2; wait_for "Mouse off"
[ "$(mouse)" = 0 ] || fail "F2 again did not turn mouse reports off"
pass "mouse: off at start (drag copies), F2 on (notice says Shift-drag copies), F2 off"
tm send-keys -t e2e C-c; sleep 0.5
if screen | has "not saved"; then tm send-keys -t e2e y; fi
wait_for "EXIT=0"

# SIGQUIT (a crash report, like SIGSEGV): the terminal is restored before the report is printed,
# so its lines start at the left edge (raw mode would staircase them), and the app ends.
cleanup_tmux
tm -f /dev/null new-session -d -s e2e -x 100 -y 30 \
  "env XDG_STATE_HOME=$work/quit TERM=xterm-256color LANG=C.UTF-8 $bin chat --db $work/quit.sqlite --user q; echo EXIT=\$?; stty -a | tr ' ' '\n' | grep -x -e icanon -e -icanon -e echo -e -echo | tr '\n' ' '; echo; sleep 30"
wait_for "Interviewer:"
kill -QUIT "$(pgrep -P "$(tm display -p -t e2e '#{pane_pid}')" chattutor)"
wait_for "Backtrace took" 30
screen | has "^Platform: " || fail "SIGQUIT: the crash report is not at the left edge: $(screen | head -8)"
if screen | has "Press space to interact"; then tm send-keys -t e2e q; fi
wait_for "EXIT=131"
wait_for "$STTY_LINE"
screen | has -- "$RESTORED_LINE" || fail "SIGQUIT: terminal not restored: $(screen | tail -3)"
pass "SIGQUIT: terminal restored before the crash report, the app ends (exit 131)"

# Not a terminal: the plain mode by itself (lines, no escape sequences; scripts/e2e/plain.sh
# checks it in full). An unknown TERM: a clear error and a non-zero exit.
set +e; echo | "$bin" chat --db "$work/x.sqlite" > "$work/out" 2> "$work/err"; status=$?; set -e
[ "$status" -eq 0 ] && grep -q "Interviewer" "$work/out" && ! grep -q $'\e' "$work/out" \
  || fail "stdin not a terminal: $status $(cat "$work/out" "$work/err")"
cleanup_tmux
tm -f /dev/null new-session -d -s e2e -x 100 -y 30 "TERM=no-such-terminal $bin chat --db $work/y.sqlite; echo EXIT=\$?; sleep 5"
wait_for "EXIT="
screen | has "not known" && ! screen | has "EXIT=0" || fail "unknown TERM: $(screen)"
pass "not a terminal: plain mode; unknown TERM: clear error, non-zero exit"
