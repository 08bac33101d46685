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
