# `chattutor analyze` on every recorded conversation: modules written, valid, with context.
source "$(dirname "$0")/lib.bash"

recordings=$(grep -l '^@kind recording' "$root"/transcripts/*.txt)
[ -n "$recordings" ] || fail "no recorded conversations in transcripts/"
for file in $recordings; do
  name=$(basename "$file" .txt)
  out="$work/$name"
  "$bin" analyze "$file" --out "$out" > "$work/$name.summary" || fail "analyze $name exited $?"
  count=$(find "$out/validated" -name '*.json' | wc -l)
  # A recording marked '# expect: no module' is a false-alarm control (near-correct English):
  # it must give none; every other recording has errors to teach and must give some.
  if grep -q '^# expect: no module' "$file"; then
    [ "$count" -eq 0 ] || fail "$name: a false-alarm control gave $count module(s)"
    pass "$name: no module, as its '# expect: no module' line says"
    continue
  fi
  [ "$count" -ge 1 ] || fail "$name: no validated module"
  extra=$(find "$out" -mindepth 1 -maxdepth 1 ! -name validated ! -name rejected ! -name validation_reports)
  [ -z "$extra" ] || fail "$name: analyze wrote more than the three folders: $extra"
  reports=$(find "$out/validation_reports" -name '*.json' | wc -l)
  modules=$(( count + $(find "$out/rejected" -name '*.json' | wc -l) ))
  [ "$reports" -ge "$modules" ] || fail "$name: $modules modules but $reports reports"
  python_with_jsonschema - "$root/docs/module.schema.json" "$out/validated" <<'PY' || fail "$name: a module does not match the schema"
import json, sys, pathlib, jsonschema
schema = json.load(open(sys.argv[1]))
validator = jsonschema.Draft202012Validator(schema)
for path in sorted(pathlib.Path(sys.argv[2]).glob("*.json")):
    module = json.load(open(path))
    errors = list(validator.iter_errors(module))
    if errors:
        print(path.name, errors[0].message); sys.exit(1)
    u = module["utterance"]
    if u["messageIndex"] > 0 and not u["context"]:
        print(path.name, "has no context"); sys.exit(1)
PY
  pass "$name: $count validated module(s), schema-valid, with context"
done

# A teacher reads the report by the learners' names (@learner, @learner-b), or "Learner" for
# the one learner of a recording that names none; never the internal "Learner A".
summary="$work/recorded-two-learners.summary"
has -E '\[Minho, message [0-9]+\]' < "$summary" && has -E '\[Sora, message [0-9]+\]' < "$summary" \
  || fail "two learners are not named in the report: $(cat "$summary")"
summary="$work/recorded-job-interview.summary"
has -E '\[Learner, message [0-9]+\]' < "$summary" && ! has -F 'Learner A' < "$summary" \
  || fail "one unnamed learner is not 'Learner': $(cat "$summary")"
"$bin" analyze "$root/transcripts/recorded-two-learners.txt" --format json > "$work/names.json"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(d["learners"] != {"learner-a": "Minho", "learner-b": "Sora"})' \
  "$work/names.json" || fail "analyze --format json does not give the learners' names"
pass "analyze names the learners as the file does (Minho, Sora), and a single unnamed one 'Learner'"

# Findings and modules are named as the app names them for the learner, never by ERRANT code
# (R:DET, M:PREP); with --lang ko, in Korean. --format json keeps the codes for programs.
summary="$work/recorded-job-interview.summary"
has -E '^  findings [1-9][0-9]*: [A-Z][a-z]' < "$summary" && ! has -E '\b[RMU]:[A-Z]' < "$summary" \
  || fail "analyze's report names findings by code: $(cat "$summary")"
"$bin" analyze "$root/transcripts/recorded-job-interview.txt" --lang ko > "$work/ko.summary" || fail "analyze --lang ko exited $?"
python3 - "$work/ko.summary" <<'PY' || fail "analyze --lang ko does not name the findings in Korean: $(cat "$work/ko.summary")"
import re, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
findings = [line for line in lines if line.startswith("  findings ")]
modules = [line for line in lines if line.startswith("  ✓ ")]
hangul = re.compile("[\uac00-\ud7a3]")
sys.exit(not (findings and hangul.search(findings[0]) and modules and all(hangul.search(m.split(":")[0]) for m in modules)))
PY
"$bin" analyze "$root/transcripts/recorded-job-interview.txt" --format json > "$work/codes.json"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(not all(":" in k for k in d["findingsByErrorType"]))' \
  "$work/codes.json" || fail "analyze --format json lost the ERRANT codes"
pass "analyze names findings and modules as the learner sees them (Korean with --lang ko); JSON keeps the codes"

# The same conversation gives the same modules: 10 runs of each, byte for byte (rounds follow the
# batches' order, not which analysis finished first), with each rank given once per learner.
for file in $recordings; do
  name=$(basename "$file" .txt)
  first=""
  for run in 1 2 3 4 5 6 7 8 9 10; do
    rm -rf "$work/again"
    "$bin" analyze "$file" --out "$work/again" > /dev/null || fail "analyze $name (run $run) exited $?"
    digest=$(cd "$work/again" && find validated rejected -name '*.json' -print0 | sort -z | xargs -0 sha256sum | sha256sum)
    [ -z "$first" ] && first=$digest
    [ "$digest" = "$first" ] || fail "$name: run $run wrote different modules from run 1"
  done
  python3 - "$work/again/validated" <<'PY' || fail "$name: a rank is given twice"
import collections, json, pathlib, sys
ranks = collections.Counter()
for path in pathlib.Path(sys.argv[1]).glob("*.json"):
    module = json.load(open(path))
    ranks[(module["learner"], module["provenance"]["cluster"]["rank"])] += 1
repeated = [key for key, count in ranks.items() if count > 1]
if repeated:
    print(repeated); sys.exit(1)
PY
  pass "$name: 10 runs, byte-identical modules, unique ranks"
done

# JSON summary parses and agrees with the files.
"$bin" analyze "$(echo "$recordings" | head -1)" --format json > "$work/summary.json"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["modulesValidated"]==len(d["validated"])>0, d["modulesValidated"]' "$work/summary.json" \
  || fail "analyze --format json summary is inconsistent"
pass "analyze --format json"

# A malformed transcript names the file and line, exits 65, and writes nothing.
printf '@title Broken\n@kind recording\n@description x\nlearner: hi\nwizard: boo\n' > "$work/broken.txt"
set +e; "$bin" analyze "$work/broken.txt" --out "$work/broken-out" 2> "$work/err"; status=$?; set -e
[ "$status" -eq 65 ] || fail "malformed transcript exited $status, expected 65"
grep -q "broken.txt:5: unknown speaker 'wizard'" "$work/err" || fail "malformed transcript message: $(cat "$work/err")"
[ ! -e "$work/broken-out" ] || fail "a failed analyze wrote output"
pass "malformed transcript: clear error, nothing written"

# A script is not a recording.
set +e; "$bin" analyze "$root/transcripts/job-interview.txt" 2> "$work/err"; status=$?; set -e
[ "$status" -eq 65 ] && grep -q "not a recorded conversation" "$work/err" || fail "analyze of a script: $status $(cat "$work/err")"
pass "analyze refuses an interviewer script"
