# `chattutor check`: the rules' own examples are found; correct English gets nothing; bad bytes survive.
source "$(dirname "$0")/lib.bash"

# Every enabled rule's flag examples are corrected as the rule says.
python3 - "$root/Sources/TutorRules/Resources/rules.json" "$work/examples.txt" "$work/expected.txt" <<'PY'
import json, sys
rules = json.load(open(sys.argv[1]))["rules"]
with open(sys.argv[2], "w") as src, open(sys.argv[3], "w") as exp:
    for rule in rules:
        if rule.get("enabled", True):
            for example in rule["examples"]["flag"]:
                text, corrected = example.split(" => ")
                src.write(text + "\n"); exp.write(corrected + "\n")
PY
"$bin" check "$work/examples.txt" --format corrected > "$work/got.txt"
diff "$work/expected.txt" "$work/got.txt" > "$work/diff" || fail "check missed rule examples:
$(cat "$work/diff")"
pass "check corrects all $(wc -l < "$work/examples.txt") rule examples"

# The shipped correct sentences: no finding at all.
"$bin" check "$root/examples/correct-english.txt" --format json > "$work/correct.jsonl"
flagged=$(python3 -c 'import json,sys; print(sum(1 for l in open(sys.argv[1]) if json.loads(l)["findings"]))' "$work/correct.jsonl")
[ "$flagged" -eq 0 ] || fail "check flagged $flagged correct sentences: $(grep -v '"findings":\[\]' "$work/correct.jsonl" | head -3)"
pass "check flags nothing in examples/correct-english.txt ($(wc -l < "$work/correct.jsonl") lines)"

# Text output names the rule and the correction.
echo "She go to school." | "$bin" check > "$work/text.txt"
grep -q "go → goes" "$work/text.txt" && grep -q "agreement.third-person" "$work/text.txt" || fail "text output: $(cat "$work/text.txt")"
pass "check text output"

# Invalid UTF-8 and escape sequences: one sanitised answer per line, nothing raw. (A NUL byte
# makes the input binary, as for git and grep: refused below.)
printf 'caf\xc3\x28 is good\nred \033[31mtext\033[0m here\nbell\007 and delete\177 here\n\n' > "$work/bad.txt"
"$bin" check "$work/bad.txt" --format corrected > "$work/bad.out"
[ "$(wc -l < "$work/bad.out")" -eq 4 ] || fail "bad input: expected 4 output lines, got $(wc -l < "$work/bad.out")"
if LC_ALL=C grep -q $'[\x01-\x08\x0b-\x1f\x7f]' "$work/bad.out"; then fail "control characters reached the output"; fi
pass "check sanitises invalid UTF-8 and escape sequences"

# A missing file is a clear error.
set +e; "$bin" check "$work/nope.txt" 2> "$work/err"; status=$?; set -e
[ "$status" -eq 66 ] && grep -q "cannot read" "$work/err" || fail "missing file: $status $(cat "$work/err")"
pass "check: missing file"

# Hostile input: a stream with no line break, a device, a directory; a line over the limit.
set +e; timeout 20 "$bin" check - < /dev/zero > /dev/null 2> "$work/err"; status=$?; set -e
[ "$status" -eq 65 ] && grep -q "holds binary data" "$work/err" || fail "check - < /dev/zero: $status $(cat "$work/err")"
for path in /dev/zero "$work"; do
  set +e; "$bin" check "$path" > /dev/null 2> "$work/err"; status=$?; set -e
  [ "$status" -eq 65 ] && grep -qE "a device|a directory" "$work/err" || fail "check $path: $status $(cat "$work/err")"
  set +e; "$bin" analyze "$path" > /dev/null 2> "$work/err"; status=$?; set -e
  [ "$status" -ne 0 ] && grep -qE "a device|a directory" "$work/err" || fail "analyze $path: $status $(cat "$work/err")"
done
python3 -c "print('She go to school. ' * 300)" | "$bin" check --format corrected > "$work/long.out" 2> "$work/err"
[ "$(wc -l < "$work/long.out")" -eq 1 ] && grep -q "line 1: longer than the 4000 characters" "$work/err" || fail "a long line is cut silently: $(cat "$work/err")"
pass "check - < /dev/zero, check and analyze of a device or a directory: true messages; a cut line is named"

# A binary file is refused with its line, not checked as text.
status=0; "$bin" check /bin/ls > "$work/bin.out" 2> "$work/err" || status=$?
[ "$status" -eq 65 ] && grep -q "holds binary data" "$work/err" && [ ! -s "$work/bin.out" ] || fail "check /bin/ls: $status $(cat "$work/err")"
pass "check refuses a binary file"

# Typed at a terminal, check says how to finish, answers each line, and Ctrl-D ends it.
if command -v tmux > /dev/null; then
  socket="chattutor-check-$$"
  trap 'tm kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
  tm -f /dev/null new-session -d -s check -x 100 -y 20 "$bin check; echo EXIT=\$?; sleep 30"
  wait_screen() { wait_pane check "$1" 20; }
  wait_screen "Ctrl-D at the start of a line ends the input"
  tm send-keys -t check -l "She go to school."; tm send-keys -t check Enter
  wait_screen "go → goes"
  tm send-keys -t check C-d
  wait_screen "EXIT=0"
  pass "check at a terminal says Ctrl-D ends it, answers each line, and ends on Ctrl-D"
fi
