# Talk mode end to end: two real processes in two tmux panes over the Unix socket.
# Wrong codes and broken frames from other processes, a full conversation with a save on each
# side (checked in each database), the host ending for both, a dropped guest, Ctrl-C, the host
# a guest who leaves first (its own modules and summary), the host going on with the interviewer
# after the guest left, the host quitting (the guest still gets its modules and saves one), a
# killed host, a guest that stops reading.
source "$(dirname "$0")/lib.bash"
command -v tmux >/dev/null || fail "tmux is not installed (scripts/install-deps installs it)"
socket="chattutor-talk-e2e-$$"
trap 'tm kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
export CHATTUTOR_TALK_ROOT="$work/rendezvous"
mkdir -m 1777 "$CHATTUTOR_TALK_ROOT"  # shared by every user, as /tmp is
chmod 711 "$work"

screen() { tm capture-pane -p -t "$1"; }
wait_for() { wait_pane "$@"; }  # wait_for PANE PATTERN [SECONDS]
type_line() { tm send-keys -t "$1" -l "$2"; tm send-keys -t "$1" Enter; sleep 0.2; }
restored() {  # restored PANE MESSAGE: after EXIT=, stty's report says the terminal is cooked again
  wait_for "$1" "$STTY_LINE" 10
  screen "$1" | has -- "$RESTORED_LINE" || fail "$2: $(screen "$1" | tail -3)"
}
start() {  # start NAME ARGS...: a chattutor talk process in its own tmux session
  local name=$1; shift
  tm -f /dev/null new-session -d -s "$name" -x 120 -y 40 \
    "env XDG_STATE_HOME=$work/$name-state ${talk_env:-} TERM=xterm-256color LANG=C.UTF-8 $bin talk $* ; echo EXIT=\$?; stty -a | tr ' ' '\n' | grep -x -e icanon -e -icanon -e echo -e -echo | tr '\n' ' '; echo; sleep 60"
}
code_of() { screen "$1" | grep -o 'Join code: [A-Z0-9-]*' | head -1 | cut -d' ' -f3; }
pair() {  # pair N [HOST ARGS...]: hostN and guestN (users host-N, guest-N, own databases), joined
  local n=$1; shift
  start "host$n" host --db "$work/host$n.sqlite" --user "host-$n" "$@"
  wait_for "host$n" "Join code:"
  # The code is typed at the prompt (on the command line every local user could read it in ps).
  start "guest$n" join --db "$work/guest$n.sqlite" --user "guest-$n"
  wait_for "guest$n" "Join code (as the host"
  type_line "guest$n" "$(code_of "host$n")"
  wait_for "host$n" "guest-$n joined"
  wait_for "guest$n" "You joined"  # the TUI is up (raw mode): keys are keys, Ctrl-C is not SIGINT
}
save_first() {  # save_first N: guestN closes its summary, saves its first module; checks its database
  tm send-keys -t "guest$1" Escape; sleep 0.2; tm send-keys -t "guest$1" s
  wait_for "guest$1" "saved 1"
  [ "$(rows "$work/guest$1.sqlite")" = "guest-$1:learner-b" ] || fail "guest$1's database: $(rows "$work/guest$1.sqlite")"
}
rows() { sqlite3 "$1" "SELECT learner.name || ':' || json_extract(moduleJSON, '$.learner') FROM saved_module JOIN learner ON learner.id = learnerId"; }
raw_peer() {  # raw_peer CODE KIND: another process sends a broken frame or a wrong code; prints what happened
  python3 - "$CHATTUTOR_TALK_ROOT" "$1" "$2" <<'PY'
import glob, hashlib, json, socket, struct, sys
root, code, kind = sys.argv[1:]
# The room is named by a hash of the whole code (a guesser would read it in /proc/net/unix).
room = hashlib.sha256(("chattutor-talk-room:" + code.replace("-", "")).encode()).hexdigest()[:32]
path = glob.glob(f"{root}/chattutor-talk-*/{room}/socket")[0]
s = socket.socket(socket.AF_UNIX); s.settimeout(20); s.connect(path)
frame = lambda body: struct.pack(">I", len(body)) + body
if kind == "malformed": s.sendall(frame(b"not json!"))
elif kind == "oversized": s.sendall(struct.pack(">I", 10_000_000) + b"x" * 1000)
elif kind == "version": s.sendall(frame(b'{"v":99,"frame":{"leave":{}}}'))
elif kind == "wrong": s.sendall(frame(json.dumps({"v": 3, "frame": {"hello": {"proof": "A" * 16, "name": "x"}}}).encode()))
try:
    while s.recv(4096): pass
except ConnectionResetError:  # the host closed with our unread bytes in its buffer
    pass
print("closed")
PY
}

# 1. Wrong codes and broken frames from other processes are refused, one connection at a time;
#    a code one character off finds no room; the host is unharmed and the right code still joins.
start attack host --db "$work/attack.sqlite" --user hoster
wait_for attack "Join code:"
code=$(code_of attack)
[ "${#code}" = 19 ] || fail "the join code is not 16 characters in 4 groups: $code"
[ "$(raw_peer "$code" malformed)" = closed ] || fail "a malformed hello was not refused"
wait_for attack "wrong code (1 so far)"
[ "$(raw_peer "$code" oversized)" = closed ] || fail "an oversized frame was not refused"
wait_for attack "wrong code (2 so far)"
for n in 3 4 5; do
  [ "$(raw_peer "$code" wrong)" = closed ] || fail "a wrong code was not refused"
  wait_for attack "wrong code ($n so far)"
done
last=${code: -1}; [ "$last" = 2 ] && off=3 || off=2
start intruder join "${code%?}$off" --db "$work/intruder.sqlite"
wait_for intruder "EXIT=66"
screen intruder | has "no conversation is waiting" || fail "a code one character off: $(screen intruder)"
[ ! -e "$work/intruder.sqlite" ] || fail "a refused join created a database"
type_line attack "I am still here."
wait_for attack "You: I am still here."
# Another Unix user scans for rooms: the host's directories cannot be listed; /proc/net/unix
# shows the socket, whose name is a hash of the code; wrong codes cost that user growing delays
# (0.25 s, 0.5 s, 0.75 s, ...) but lock nobody else out, and the real guest still joins at once.
if [ "$(id -u)" = 0 ] && id nobody > /dev/null 2>&1; then
  scan=$(runuser -u nobody -- python3 - "$CHATTUTOR_TALK_ROOT" <<'PY'
import json, os, socket, struct, sys, time
root = sys.argv[1]
listed = []
for entry in os.listdir(root):
    try: listed += os.listdir(f"{root}/{entry}")
    except PermissionError: pass
sockets = [line.split()[-1] for line in open("/proc/net/unix") if line.rstrip().endswith("/socket") and root in line]
frame = lambda body: struct.pack(">I", len(body)) + body
started, refused = time.monotonic(), 0
for attempt in range(4):
    for path in sockets:
        s = socket.socket(socket.AF_UNIX); s.settimeout(20); s.connect(path)
        s.sendall(frame(json.dumps({"v": 3, "frame": {"hello": {"proof": "B" * 16, "name": "scanner"}}}).encode()))
        try:
            while s.recv(4096): pass
        except ConnectionResetError: pass
        refused += 1
print(f"listed={len(listed)} sockets={len(sockets)} refused={refused} seconds={time.monotonic() - started:.1f}")
PY
  ) || fail "the scan as another user failed: $scan"
  echo "  (as nobody: $scan)"
  [[ "$scan" == "listed=0 sockets=1 refused=4 "* ]] || fail "another user listed a room or found no socket: $scan"
  wait_for attack "wrong code (9 so far)"
else
  echo "  (skipped the scan as another user: needs root to run as nobody)"
fi
# The code from the environment: not in the process list, where every local user could read it.
talk_env="CHATTUTOR_TALK_CODE=$code" start late join --db "$work/late.sqlite" --user late
wait_for attack "late joined"
wait_for late "You joined"
! tr '\0' ' ' < "/proc/$(pgrep -P "$(tm display -p -t late '#{pane_pid}')" chattutor)/cmdline" | has -F "$code" || fail "the join code is in the process list"
pass "malformed, oversized and wrong-code joins are refused; the right code still joins after them; the host keeps working"
tm send-keys -t late C-c; wait_for late "EXIT=0"
wait_for attack "late left"
tm send-keys -t attack C-c; wait_for attack "EXIT=0"

# 2. A full conversation: both chat, each sees only their own modules and saves one.
start host host --db "$work/host.sqlite" --user host-learner --batch-size 2
wait_for host "Join code:"
code=$(code_of host)
start guest join "$code" --db "$work/guest.sqlite" --user guest-learner
wait_for guest "You joined host-learner's conversation"
wait_for host "guest-learner joined"
wait_for guest "host's rules (offline)"  # the guest's status bar names the host's analyser, not its id
screen host | has "rules (offline)" || fail "the host's status bar does not name its analyser: $(screen host | tail -1)"
screen guest | has "builtin-rules" && fail "the guest's status bar shows the analyser's id"
[ -z "$(ls "$CHATTUTOR_TALK_ROOT"/chattutor-talk-*/)" ] || fail "the socket is still reachable after the guest joined"
type_line host "She go to school by bus every day."
type_line guest "I bought three book last week."
type_line host "Yesterday i go to the park."
type_line guest "It was a interesting movie."
wait_for guest "host-learner: Yesterday i go to the park."  # each side by the name they joined with
wait_for host "guest-learner: It was a interesting movie."
wait_for host "go → went"
wait_for guest "book → books"
screen host | has "book → books" && fail "the host sees the guest's module"
screen guest | has "go → went" && fail "the guest sees the host's module"
pass "both learners chat; each sees only their own modules"
for pane in host guest; do tm send-keys -t $pane Tab; sleep 0.2; tm send-keys -t $pane s; done
wait_for host "saved 1"
wait_for guest "saved 1"
[ "$(rows "$work/host.sqlite")" = "host-learner:learner-a" ] || fail "host database: $(rows "$work/host.sqlite")"
[ "$(rows "$work/guest.sqlite")" = "guest-learner:learner-b" ] || fail "guest database: $(rows "$work/guest.sqlite")"
pass "each saved one module into their own database"
tm send-keys -t host Escape; sleep 0.1; tm send-keys -t host C-e
wait_for guest "The host ended the conversation"
wait_for guest "Conversation summary"
wait_for guest "Messages analysed: 2"
wait_for host "Conversation summary"
pass "the host's end ends it for both; both get the summary"
tm send-keys -t guest Escape; sleep 0.1; tm send-keys -t guest C-c; sleep 0.3; tm send-keys -t guest y
wait_for guest "EXIT=0"
restored guest "guest terminal not restored"
tm send-keys -t host Escape; sleep 0.1; tm send-keys -t host C-c; sleep 0.3; tm send-keys -t host y
wait_for host "EXIT=0"
restored host "host terminal not restored"
pass "Ctrl-C quits each side and restores its terminal"

# 3. A guest that drops is shown to the host, who keeps chatting and can end.
pair 2 --batch-size 2
# A real drop: the guest's process is killed outright, with no chance to say goodbye.
guest_pid=$(pgrep -P "$(tm display -p -t guest2 '#{pane_pid}')" chattutor)
kill -9 "$guest_pid"
wait_for host2 "guest-2 dropped"
type_line host2 "She go to school every day."
type_line host2 "I has a dog."
wait_for host2 "You: I has a dog."
tm send-keys -t host2 C-e
wait_for host2 "Conversation summary"
pass "a dropped guest is shown to the host, who keeps chatting and ends"
# 4. A guest who quits with Ctrl-C leaves: the host is told; the guest's terminal is restored.
pair 3
tm send-keys -t guest3 C-c
wait_for guest3 "EXIT=0"
restored guest3 "guest terminal not restored after Ctrl-C"
wait_for host3 "guest-3 left."
pass "a guest's Ctrl-C leaves: the host is told, the guest's terminal is restored"


# 5. The guest leaves first, before a batch of its lines was analysed: its own engine analyses
#    them, and it gets its modules and summary like a host who ends, and saves one. The host
#    goes on with the interviewer in the same conversation: a line from before the leave and
#    one after it make one batch, and its module reaches the host.
pair 5 --batch-size 2 --script school
type_line host5 "She go to school every day."
wait_for guest5 "host-5: She go to school every day."
type_line guest5 "I bought three book last week."
wait_for host5 "guest-5: I bought three book last week."
type_line guest5 "/end"
wait_for host5 "Type /interviewer to go on with the"
wait_for guest5 "You left the conversation. Your messages are analysed here"
wait_for guest5 "book → books"
wait_for guest5 "Conversation summary"
wait_for guest5 "Singular, plural and uncountable nouns  *1"  # the summary row: its grammar topic and the count
save_first 5
pass "a guest who leaves first gets its modules and summary (analysed in its own process) and saves one"
type_line host5 "/interviewer"
wait_for host5 "The interviewer (First day at a"
first_question=$(sed -n 's/^interviewer: //p' transcripts/school.txt | head -1 | cut -c1-30)
wait_for host5 "Interviewer: $first_question"
type_line host5 "Yesterday i go to the park."
wait_for host5 "go → goes"
wait_for host5 "go → went"
tm send-keys -t host5 C-e
wait_for host5 "Conversation summary"
pass "after the guest leaves, /interviewer brings in the interviewer; the host's lines before and after are analysed together"
tm send-keys -t host5 Escape; sleep 0.1; tm send-keys -t host5 C-c; sleep 0.3; tm send-keys -t host5 y
wait_for host5 "EXIT=0"

# 6. The host quits without /end: the conversation ends for both first; the guest gets its
#    remaining modules and its own summary, and saves one.
pair 6
type_line host6 "She go to school every day."
type_line guest6 "I bought three book last week."
wait_for host6 "guest-6: I bought three book last week."
tm send-keys -t host6 C-c
wait_for host6 "EXIT=0"
restored host6 "host terminal not restored after quitting for both"
wait_for guest6 "The host ended the conversation"
wait_for guest6 "book → books"
wait_for guest6 "Conversation summary"
wait_for guest6 "Singular, plural and uncountable nouns  *1"
screen guest6 | has "verb agreement" && fail "the guest's summary shows the host's findings: $(screen guest6)"
save_first 6
pass "the host's quit ends for both: the guest gets its modules and its own summary, and saves one"

# 7. A host killed outright shows as a drop on the guest's side, whose own engine takes over.
pair 7
type_line guest7 "I bought three book last week."
wait_for host7 "guest-7: I bought three book last week."
kill -9 "$(pgrep -P "$(tm display -p -t host7 '#{pane_pid}')" chattutor)"
wait_for guest7 "The host dropped."
pass "a killed host is shown to the guest as a drop"
# ...and the guest's own engine analyses its lines: its modules and summary still come.
wait_for guest7 "book → books"
wait_for guest7 "Conversation summary"
save_first 7
pass "after the host's kill the guest analyses its own lines, gets its modules and summary, and saves one"
if grep -rq -e "go to school" -e "three book" "$work"/*-state; then fail "a log holds message text"; fi

# 8. A guest that stops reading (its process stopped) never freezes the host: the host's lines
#    (more than the socket holds) appear at once, the guest is dropped within the stall limit
#    (5 s), and SIGTERM ends the host.
pair 8
guest_pid=$(pgrep -P "$(tm display -p -t guest8 '#{pane_pid}')" chattutor)
host_pid=$(pgrep -P "$(tm display -p -t host8 '#{pane_pid}')" chattutor)
kill -STOP "$guest_pid"
tm set-buffer -b long "$(python3 -c 'print(("My sister go to school by bus every day. " * 100)[:3990])')"
started=$SECONDS
for _ in $(seq 1 60); do tm paste-buffer -p -b long -t host8; tm send-keys -t host8 Enter; done
type_line host8 "Still here."
wait_for host8 "You: Still here." 20
wait_for host8 "guest-8 stopped reading and was dropped" 30
echo "  (240 KB sent to a stopped guest: host responsive, guest dropped, $((SECONDS - started)) s)"
kill -TERM "$host_pid"
wait_for host8 "EXIT=" 10
restored host8 "host terminal not restored after SIGTERM"
kill -CONT "$guest_pid"
pass "a guest that stops reading is dropped; the host stays responsive and SIGTERM ends it"

# 9. The same, but the host hangs up (SIGHUP) while the stopped guest is still connected (before
#    the stall limit drops it): the host ends within seconds and restores its terminal.
pair 9
guest_pid=$(pgrep -P "$(tm display -p -t guest9 '#{pane_pid}')" chattutor)
host_pid=$(pgrep -P "$(tm display -p -t host9 '#{pane_pid}')" chattutor)
kill -STOP "$guest_pid"
for _ in $(seq 1 60); do tm paste-buffer -p -b long -t host9; tm send-keys -t host9 Enter; done
type_line host9 "Still here."
wait_for host9 "You: Still here." 20
screen host9 | has "stopped reading" && echo "  (note: the guest was dropped before the hang-up)"
started=$SECONDS
kill -HUP "$host_pid"
# The host ends for both first and waits at most Reducer.endingForBothLimit (10 s) for the
# guest's summary to go out (a stopped guest never takes it), then for the batch in analysis to
# finish (the debug build analyses a 4 KB line in about a second; on a loaded machine, load 6 on
# two cores, the whole took 17 s, so the guard is 40 s: it catches a hang, not a slow analysis).
wait_for host9 "EXIT=" 40
echo "  (SIGHUP with a stopped guest connected: the host ended in $((SECONDS - started)) s)"
restored host9 "host terminal not restored after SIGHUP"
kill -CONT "$guest_pid"
pass "with a stopped guest still connected, SIGHUP ends the host within its 10-s limit for ending for both"
