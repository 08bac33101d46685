# `chattutor --help` lists every command, and `scripts` lists the transcripts.
source "$(dirname "$0")/lib.bash"
"$bin" --help > "$work/help"
for command in analyze check scripts serve; do
  grep -q "^  $command" "$work/help" || fail "--help does not list $command"
done
pass "--help lists the commands"
(cd "$root" && "$bin" scripts) > "$work/scripts"
for name in job-interview travel restaurant school small-talk; do
  grep -q "$name" "$work/scripts" || fail "scripts does not list $name"
done
grep -q "Could not read" "$work/scripts" && fail "a shipped transcript is malformed: $(cat "$work/scripts")"
pass "scripts lists the interviewer scripts and recordings"
(cd "$root" && "$bin" replay recorded-family --plain --speed 64 < /dev/null) > "$work/replay-name" \
  || fail "replay with a name that scripts lists failed"
has "Recorded: my family" < "$work/replay-name" || fail "replay recorded-family did not play it"
echo "She go to school." | "$bin" check --lang ko | has "1줄 검사하고 1개 발견했어요." || fail "check --lang ko"
pass "replay takes a name that scripts lists; check takes --lang"

# --version prints the version; an unknown command says so, with the nearest one, and exits 64.
"$bin" --version | has -E '^[0-9]+\.[0-9]+\.[0-9]+$' || fail "--version does not print a version"
status=0; "$bin" chek > "$work/unknown.out" 2> "$work/unknown.err" || status=$?
[ "$status" -eq 64 ] || fail "an unknown command exited $status, not 64"
has "Did you mean 'check'" < "$work/unknown.err" || fail "an unknown command names no nearest one: $(cat "$work/unknown.err")"
! has "Unexpected argument" < "$work/unknown.err" || fail "an unknown command is reported as an argument of chat"
pass "--version, and an unknown command with its nearest"
