# The LLM path from the real binary, against the fake OpenAI server (chattutor-bench-llm serve):
# doctor, analyze --llm (usage per stage), check --llm, a dead endpoint, servers that fail or never
# answer (every stage done offline), the key never shown, the
# model interviewer in chat and brought into a talk host's conversation after the guest leaves.
source "$(dirname "$0")/lib.bash"
fake="$(dirname "$bin")/chattutor-bench-llm"
[ -x "$fake" ] || fail "no fake server binary at $fake (swift build first)"
recording="$root/transcripts/recorded-job-interview.txt"
export XDG_CONFIG_HOME="$work/config"

# No model configured: doctor says so and passes; --llm refuses with what to set.
env -u CHATTUTOR_LLM_BASE_URL -u CHATTUTOR_LLM_MODEL -u OPENAI_API_KEY "$bin" doctor --db "$work/db.sqlite" > "$work/doctor0" \
  || fail "doctor without a model exited $?: $(cat "$work/doctor0")"
grep -q "none configured" "$work/doctor0" || fail "doctor without a model: $(cat "$work/doctor0")"
set +e; echo "I goed home." | env -u CHATTUTOR_LLM_BASE_URL "$bin" check --llm 2> "$work/err"; status=$?; set -e
[ "$status" -eq 78 ] && grep -q "CHATTUTOR_LLM_BASE_URL" "$work/err" || fail "check --llm without a model: $status $(cat "$work/err")"
pass "no model: doctor notes it, --llm says what to set"

# The fake server, answering after 50 ms.
coproc FAKE { "$fake" serve --latency-ms 50; }
read -r url <&"${FAKE[0]}"
trap 'exec {FAKE[1]}>&-; [ -z "${socket:-}" ] || tm kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
export CHATTUTOR_LLM_BASE_URL="$url" CHATTUTOR_LLM_MODEL=fake-model CHATTUTOR_LLM_API_KEY=sk-e2e-secret-value

"$bin" doctor --db "$work/db.sqlite" > "$work/doctor1" 2>&1 || fail "doctor with the fake model exited $?: $(cat "$work/doctor1")"
grep -q "structured output: json_schema accepted" "$work/doctor1" || fail "doctor: $(cat "$work/doctor1")"
grep -q "sk-e2e" "$work/doctor1" && fail "doctor printed the API key"
pass "doctor: endpoint reachable, model listed, structured output"

"$bin" analyze "$recording" --llm --format json --out "$work/out" > "$work/llm.json" 2> "$work/err" || fail "analyze --llm exited $?: $(cat "$work/err")"
python3 - "$work/llm.json" <<'PY' || fail "analyze --llm --format json: usage per stage missing or wrong"
import json, sys
d = json.load(open(sys.argv[1]))
llm = d["llm"]
assert llm["analysis"]["requests"] == d["batches"], (llm["analysis"], d["batches"])
for stage in ("analysis", "generation", "judge"):
    assert llm[stage]["requests"] > 0 and llm[stage]["promptTokens"] > 0 and llm[stage]["milliseconds"] > 0, stage
assert d["modulesValidated"] > 0 and d["model"].startswith("http://127.0.0.1"), d["model"]
assert all(m["provenance"]["generator"].startswith("llm/generator") for m in d["validated"])
PY
grep -rq "sk-e2e" "$work/out" "$work/llm.json" && fail "the API key was written out"
pass "analyze --llm: one analysis request per batch, tokens and time per stage, LLM modules validated"

echo "Yesterday i goed to school." | "$bin" check --llm --format corrected > "$work/corrected"
[ "$(cat "$work/corrected")" = "Yesterday I went to school." ] || fail "check --llm: $(cat "$work/corrected")"
pass "check --llm"

# A dead endpoint: analyze still works (the built-in analyser takes over every batch).
export CHATTUTOR_LLM_BASE_URL="http://127.0.0.1:9/v1"
"$bin" analyze "$recording" --llm > "$work/dead.txt" 2>&1 || fail "analyze with a dead endpoint exited $?"
grep -q "analysed by builtin-rules/1 after a failure" "$work/dead.txt" || fail "dead endpoint: $(cat "$work/dead.txt")"
set +e; "$bin" doctor --db "$work/db.sqlite" > "$work/doctor2" 2>&1; status=$?; set -e
[ "$status" -eq 1 ] && grep -q "cannot reach the model" "$work/doctor2" || fail "doctor with a dead endpoint: $status $(cat "$work/doctor2")"
pass "dead endpoint: analyze falls back to the built-in analyser; doctor exits 1 and says why"

# A server failing in each real way, and one that accepts and never answers: every stage is
# done offline (built-in analyser, ranking, templates; modules not judged), the modules pass the
# same validator, the report says so, and the silent server costs one idle timeout, not minutes.
for kind in malformed 500 429 empty truncated silent; do
  coproc FAILING { python3 "$root/scripts/e2e/failing-model-server.py" "$kind"; }
  read -r failing_url <&"${FAILING[0]}"
  started=$(date +%s%N)
  CHATTUTOR_LLM_BASE_URL="$failing_url" CHATTUTOR_LLM_IDLE_TIMEOUT=2 "$bin" analyze "$recording" --llm --format json \
    --out "$work/offline-$kind" > "$work/offline-$kind.json" 2> "$work/err" || fail "analyze --llm, $kind server: exited $?: $(cat "$work/err")"
  elapsed_ms=$(( ($(date +%s%N) - started) / 1000000 ))
  exec {FAILING[1]}>&-
  python3 - "$work/offline-$kind.json" "$work/offline-$kind" <<'PY' || fail "analyze --llm, $kind server: modules missing or not marked offline"
import json, os, sys
summary, out = json.load(open(sys.argv[1])), sys.argv[2]
assert summary["modulesValidated"] >= 5 and summary["modulesRejected"] == 0, (summary["modulesValidated"], summary["modulesRejected"])
assert all(m["provenance"]["generator"].startswith("builtin-templates") for m in summary["validated"])
assert summary["offlineModules"]["generation"] == summary["modulesValidated"], summary["offlineModules"]
assert len(os.listdir(os.path.join(out, "validated"))) == summary["modulesValidated"]
reports = [json.load(open(os.path.join(out, "validation_reports", name))) for name in os.listdir(os.path.join(out, "validation_reports"))]
notes = [check["reason"] for report in reports for check in report["checks"] if check["name"] == "generation"]
assert len(notes) == len(reports) and all(note.startswith("generated offline by builtin-templates") for note in notes), notes[:1]
PY
  if [ "$kind" = silent ]; then
    [ "$elapsed_ms" -lt 12000 ] || fail "analyze --llm against a silent server took $elapsed_ms ms (idle timeout 2 s)"
    grep -q '"circuitOpenings" : 1' "$work/offline-$kind.json" || fail "silent server: the circuit did not open once"
  fi
  echo "  $kind server: $(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["modulesValidated"])' "$work/offline-$kind.json") modules validated in $elapsed_ms ms"
done
pass "a failing or silent model: every stage done offline, modules validated and marked so, a silent server costs one idle timeout"

# The model interviewer in a real terminal: its turn streams in, the learner answers, the
# next turn comes; Ctrl-E ends the conversation and Ctrl-C quits cleanly.
command -v tmux >/dev/null || fail "tmux is not installed (scripts/install-deps installs it)"
export CHATTUTOR_LLM_BASE_URL="$url"
socket="chattutor-e2e-llm-$$"
pane=llm
screen() { tm capture-pane -p -t "$pane"; }
wait_for() { wait_pane "$pane" "$1" "${2:-15}"; }
tm -f /dev/null new-session -d -s llm -x 110 -y 30 \
  "env XDG_STATE_HOME=$work/state TERM=xterm-256color LANG=C.UTF-8 $bin chat --interviewer llm --scenario job-interview --offline --db $work/chat.sqlite; echo EXIT=\$?; sleep 30"
wait_for "Interviewer: That sounds great. What happened next?"
wait_for "Job interview: first round (model)"
tm send-keys -t llm -l "Yesterday i goed to the office."; tm send-keys -t llm Enter
wait_for "You: Yesterday i goed to the office."
deadline=$((SECONDS + 15))
until [ "$(screen | grep -c "Interviewer: That sounds great")" -ge 2 ]; do
  [ $SECONDS -lt $deadline ] || { screen >&2; tm kill-server 2>/dev/null || true; fail "no second interviewer turn"; }
  sleep 0.2
done
tm send-keys -t llm C-e
wait_for "Conversation ended"
tm send-keys -t llm C-c; sleep 0.5; tm send-keys -t llm y
wait_for "EXIT=0"
tm kill-server 2>/dev/null || true
pass "chat --interviewer llm: turns stream in, the learner answers, ending and quitting work"

# talk host --interviewer llm: once the guest has left, /interviewer brings the model in.
export CHATTUTOR_TALK_ROOT="$work/rendezvous"
mkdir -m 700 "$CHATTUTOR_TALK_ROOT"
talk() { tm -f /dev/null new-session -d -s "$1" -x 110 -y 30 "env XDG_STATE_HOME=$work/state TERM=xterm-256color LANG=C.UTF-8 $bin talk $2; echo EXIT=\$?; sleep 30"; }
talk host "host --interviewer llm --scenario job-interview --offline --db $work/host.sqlite --user host"
pane=host; wait_for "Join code:"
talk guest "join $(screen | grep -o 'Join code: [A-Z0-9-]*' | head -1 | cut -d' ' -f3) --db $work/guest.sqlite --user guest"
pane=guest; wait_for "You joined"
tm send-keys -t guest -l "/end"; tm send-keys -t guest Enter
pane=host; wait_for "Type /interviewer"
tm send-keys -t host -l "/interviewer"; tm send-keys -t host Enter
wait_for "Interviewer: That sounds great. What happened next?"
wait_for "Job interview: first round (model)"
tm send-keys -t host C-c
wait_for "EXIT=0"
tm kill-server 2>/dev/null || true
pass "talk host --interviewer llm: after the guest leaves, /interviewer brings in the model interviewer"
