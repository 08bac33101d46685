# The scripted interviewer listens (issue 17, item 4), in tmux on the real binary: an answer
# with a keyword gets the script's follow-up, a question asked back gets an answer before the
# next question, a message in Korean a prompt in English, "Sorry?" help, and no line comes twice;
# the learner's own question gets an answer on its topic (the shipped topics), an unknown one a
# neutral line; a question the learner has already answered (answered [...]) is skipped.
source "$(dirname "$0")/lib.bash"
command -v tmux >/dev/null || fail "tmux is not installed (scripts/install-deps installs it)"
socket="chattutor-e2e-interviewer-$$"
trap 'tm kill-server 2>/dev/null || true; rm -rf "$work"' EXIT

screen() { tm capture-pane -p -t e2e; }
wait_for() { wait_pane e2e "$1" "${2:-10}"; }  # wait_for PATTERN [SECONDS]
type_line() { tm send-keys -t e2e -l "$1"; tm send-keys -t e2e Enter; }

# Wide, so that each line of the chat is one row of the screen.
tm -f /dev/null new-session -d -s e2e -x 220 -y 50 \
  "env XDG_STATE_HOME=$work/state TERM=xterm-256color LANG=C.UTF-8 $bin chat --script small-talk --db $work/db.sqlite --user e2e; echo EXIT=\$?; sleep 30"
wait_for "How long have you lived here?"

type_line "I have lived here for about three years."
wait_for "Interviewer: Oh, nice! Do you like living here?"
pass "an answer with a keyword (years) gets its follow-up"

type_line "Yes, I like it very much. What about you?"
wait_for "Interviewer: Me? I moved in last Saturday. There are still boxes everywhere! What do you like about this neighbourhood?"
pass "a question asked back is answered before the next question"

type_line "Yes."
wait_for "Interviewer: Oh, really? Tell me a little more!"
pass "a very short answer gets a prompt to say more"

type_line "I don't like the noise, but the park is quiet and green."
wait_for "Interviewer: I love that too. Do you go for walks there?"
count=$(screen | grep -c "Do you like living here?" || true)
[ "$count" = 1 ] || fail "a line came $count times: $(screen)"
pass "a keyword in a longer answer picks its follow-up; no line comes twice"

type_line "I think it is a nice place."
wait_for "Interviewer: Is there a good place to eat around here?"
type_line "네, 치킨집이 맛있어요."
wait_for "Interviewer: Could you try that in English? Simple words are fine."
pass "a message in Korean gets a gentle prompt to try in English"

type_line "Sorry?"
wait_for "Interviewer: That's okay, there's no wrong answer. Just say what comes to mind."
pass "a learner who did not understand gets help, not an answer about the interviewer"

type_line "I like the chicken place. Do you play any games?"
wait_for "Interviewer: I play board games with my friends on Friday nights. It's a lot of fun. Where did you grow up?"
pass "the learner's own question gets an answer on its topic (games), not the script's answer to its question"

type_line "I grew up in a small city. Do you believe in ghosts?"
wait_for "Interviewer: Ha, good question! I'm not sure, to be honest. What do you do? Are you a student, or do you work?"
pass "a question no topic knows gets a neutral line"

type_line "I am a nurse at a hospital."
wait_for "Interviewer: What time do you usually get up on weekdays?"
type_line "I usually get up at seven thirty."
wait_for "Interviewer: What do you usually do on weekends?"
type_line "Last weekend I went hiking with my friends, it was great."
wait_for "Interviewer: That's nice. What do you like to do together?"
type_line "We talk a lot and eat lunch together."
wait_for "Interviewer: Do you have any hobbies?"
if screen | has "What did you do last weekend?"; then fail "the weekend story was asked for again: $(screen)"; fi
pass "a question the learner has already answered (last weekend) is skipped"

tm send-keys -t e2e C-c; sleep 0.5
if screen | has "not saved"; then tm send-keys -t e2e y; fi
wait_for "EXIT=0"
pass "quits cleanly"
