# Shared helpers for the end-to-end checks: the binary under test and a failure reporter.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
bin="${CHATTUTOR_BIN:-$root/.build/debug/chattutor}"
[ -x "$bin" ] || { echo "e2e: no binary at $bin (run swift build first)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
pass() { echo "ok: $*"; }
# `... | has PATTERN`: grep that reads all its input. `grep -q` stops at the first match, so
# under pipefail a long writer (metrics, `strings` of a database) dies of SIGPIPE and the
# pipeline fails, or, negated with `!`, passes when it should not.
has() { grep "$@" > /dev/null; }
# tmux, for the checks that drive a terminal program: each script sets `socket` (its own tmux
# server). wait_pane PANE PATTERN [SECONDS] waits until the pane's screen shows PATTERN: a hang
# guard, not a timing assertion; on a timeout it prints the screen and fails.
tm() { tmux -L "$socket" "$@"; }
wait_pane() {
  local deadline=$((SECONDS + ${3:-15}))
  until tm capture-pane -p -t "$1" | has -- "$2"; do
    [ $SECONDS -lt $deadline ] || { tm capture-pane -p -t "$1" >&2 || true; fail "timed out in $1 waiting for: $2"; }
    sleep 0.2
  done
}
# For a script that drives one pane, PANE, each session on a tmux server of its own:
# `one_pane_per_server NAME PANE SECONDS` defines screen, wait_for PATTERN [SECONDS] (SECONDS
# by default), type_line TEXT, and cleanup_tmux, which stops the server and moves on to a fresh
# socket, so a dying server never takes the next session's socket.
one_pane_per_server() {
  command -v tmux >/dev/null || fail "tmux is not installed (scripts/install-deps installs it)"
  server_name=$1; pane=$2; pane_wait=$3; sessions=0; socket="chattutor-$server_name-$$-0"
  cleanup_tmux() { tm kill-server 2>/dev/null || true; sessions=$((sessions + 1)); socket="chattutor-$server_name-$$-$sessions"; }
  screen() { tm capture-pane -p -t "$pane"; }
  wait_for() { wait_pane "$pane" "$1" "${2:-$pane_wait}"; }
  type_line() { tm send-keys -t "$pane" -l "$1"; tm send-keys -t "$pane" Enter; sleep 0.15; }
  trap 'cleanup_tmux; rm -rf "$work"' EXIT
}
python_with_jsonschema() {
  python3 -c 'import jsonschema' 2>/dev/null || pip install -q jsonschema >&2
  python3 "$@"
}
# The pane's last words after the program exits: `stty -a` reduced to "icanon echo" (restored) or
# "-icanon -echo" (left raw). `EXIT=` is printed before stty runs, so wait for stty's own line.
STTY_LINE='^-\?icanon -\?echo *$'
RESTORED_LINE='^icanon echo *$'
