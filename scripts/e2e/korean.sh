# The Korean interface end to end in tmux (issue 17, item 8): chat --lang ko at 80 columns (status
# bar, help, modules, summary, quit), review --lang ko, and the choice order: --lang, then
# config.toml's language, then the locale (LANG=ko_KR.UTF-8), else English.
source "$(dirname "$0")/lib.bash"
one_pane_per_server ko ko 15
db="$work/db.sqlite"
mkdir -p "$work/config/chattutor"

start() {  # start ENV... -- ARGS...: the binary in an 80x24 pane, with the exit code shown after it
  local env=()
  while [ "$1" != "--" ]; do env+=("$1"); shift; done
  shift
  cleanup_tmux
  tm -f /dev/null new-session -d -s ko -x 80 -y 24 \
    "env XDG_CONFIG_HOME=$work/config XDG_STATE_HOME=$work/state TERM=xterm-256color LANG=C.UTF-8 ${env[*]} $bin $* ; echo EXIT=\$?; sleep 30"
}
fits() {  # no line of the pane is wider than 80 columns
  local width
  width=$(screen | LC_ALL=C.UTF-8 wc -L)
  [ "$width" -le 80 ] || { screen >&2; fail "$1: a line is $width columns wide at 80"; }
}

start -- chat --lang ko --batch-size 2 --db "$db" --user e2e-learner
wait_for "인터뷰어:"
wait_for "?:도움말 Tab:모듈 ^E:끝내기 ^C:종료"
screen | has -- "메시지를 입력하세요" || fail "the input hint is not in Korean"
fits "the chat"
pass "chat --lang ko: the interviewer, the input hint and the whole key hints in Korean at 80 columns"
tm send-keys -t ko '?'
wait_for "키 안내"
screen | has -- "종료 (저장 안 한 모듈이 있으면 먼저 물어봐요)" || { screen >&2; fail "the help's last entry is cut at 80 columns"; }
fits "the help"
tm send-keys -t ko Escape
sleep 0.2
pass "chat --lang ko: ? shows the Korean help, whole at 80 columns"
type_line "She go to school by bus every day."
type_line "I bought three book last week."
wait_for "✓[1-9]" 30
tm send-keys -t ko Tab; sleep 0.2
wait_for " 모듈 [1-9]"
wait_for "↑↓:선택 Enter:열기 s:저장 Tab:채팅 ^C:종료"
tm send-keys -t ko s
wait_for "저장했어요"
pass "chat --lang ko: modules arrive; Tab shows the Korean module pane (one pane at 80 columns); s saves with a Korean notice"
tm send-keys -t ko Tab; sleep 0.1; tm send-keys -t ko C-e
wait_for "대화 요약" 30
wait_for "분석한 메시지: 2개"
fits "the summary"
tm send-keys -t ko Escape; sleep 0.1; tm send-keys -t ko C-c
# Ctrl-C asks first when a module is still unsaved (the last batch's may have arrived): wait for
# either the question or the exit before answering, not a screen read that may come too soon.
wait_for '종료할까요?\|EXIT=0'
if screen | has -- "종료할까요?"; then tm send-keys -t ko y; fi
wait_for "EXIT=0"
# The line names the database path, which may wrap at 80 columns: read the pane with wrapped
# lines joined.
tm capture-pane -p -J -t ko | has -- "모듈 1개를 .*에 저장했어요" || { screen >&2; fail "the line printed at exit is not in Korean"; }
pass "chat --lang ko: the summary in Korean; quitting prints the saved count in Korean; exit 0"

start -- review --lang ko --db "$db" --user e2e-learner
wait_for "ChatTutor 복습 · e2e-learner"
wait_for "내 답:"
wait_for "Enter:확인  ^T:통계  ^C:종료"
tm send-keys -t ko C-t
wait_for "복습 통계"
fits "the review"
tm send-keys -t ko C-c
wait_for "EXIT=0"
pass "review --lang ko: the problem, the hints and the stats in Korean"

# The choice order. The locale alone gives Korean; config.toml's language wins over the
# locale; --lang wins over config.toml.
start LANG=ko_KR.UTF-8 -- chat --db "$db" --user e2e-learner
wait_for "인터뷰어:"
tm send-keys -t ko C-c; wait_for "EXIT=0"
pass "LANG=ko_KR.UTF-8 alone: Korean"
echo 'language = "en"' > "$work/config/chattutor/config.toml"
start LANG=ko_KR.UTF-8 -- chat --db "$db" --user e2e-learner
wait_for "Interviewer:"
tm send-keys -t ko C-c; wait_for "EXIT=0"
pass "language = \"en\" in config.toml wins over a Korean locale"
echo 'language = "ko"' > "$work/config/chattutor/config.toml"
start -- chat --lang en --db "$db" --user e2e-learner
wait_for "Interviewer:"
tm send-keys -t ko C-c; wait_for "EXIT=0"
start -- chat --db "$db" --user e2e-learner
wait_for "인터뷰어:"
tm send-keys -t ko C-c; wait_for "EXIT=0"
pass "--lang en wins over language = \"ko\" in config.toml, which alone gives Korean"
echo 'language = "jp"' > "$work/config/chattutor/config.toml"
if XDG_CONFIG_HOME="$work/config" "$bin" chat --db "$db" > "$work/out" 2>&1; then fail "language = \"jp\" was accepted"; fi
has -F "config.toml" "$work/out" && has -F "one of en, ko" "$work/out" || fail "the error does not name the file and the choices: $(cat "$work/out")"
pass "an unknown language in config.toml is refused, naming the file and the choices"

# Korean beyond the screens (issue 17, items 8 and 9): the plain mode says 모듈 as the TUI does,
# review --plain, and the messages of saved, check and a broken config.toml.
rm -f "$work/config/chattutor/config.toml"
printf '%s\n' "She go to school by bus." "I bought three book yesterday." "/show 1" > "$work/plain-in.txt"
CHATTUTOR_LANG=ko XDG_CONFIG_HOME="$work/config" "$bin" chat --batch-size 2 --db "$work/plain.sqlite" --user e2e-ko \
  < "$work/plain-in.txt" > "$work/plain-ko.txt" 2> "$work/err" || fail "a Korean piped chat: $(cat "$work/err")"
has -x "ChatTutor 일반 텍스트 모드: .*" "$work/plain-ko.txt" || fail "no Korean plain opening: $(head -2 "$work/plain-ko.txt")"
has -E "^새 모듈 [0-9]+개:$" "$work/plain-ko.txt" || fail "modules are not announced as 모듈: $(cat "$work/plain-ko.txt")"
has -E "^모듈 1: " "$work/plain-ko.txt" || fail "/show 1 is not in Korean"
if has "레슨" "$work/plain-ko.txt"; then fail "the plain mode says 레슨 where the TUI says 모듈"; fi
pass "a Korean piped chat: plain lines in Korean, 모듈 as in the TUI (never 레슨)"
"$bin" analyze "$root/transcripts/recorded-job-interview.txt" --offline --out "$work/ko-modules" > /dev/null
"$bin" saved import --db "$work/plain.sqlite" --user e2e-review "$work"/ko-modules/validated/*.json > /dev/null
"$bin" review --lang ko --db "$work/plain.sqlite" --user e2e-review < /dev/null > "$work/review-ko.txt" 2>&1 \
  || fail "review --lang ko from a pipe: $(cat "$work/review-ko.txt")"
has -E "^ChatTutor 복습, 일반 텍스트 모드, e2e-review: 오늘 복습할 모듈 [0-9]+개\.$" "$work/review-ko.txt" \
  || fail "the plain review is not in Korean: $(head -3 "$work/review-ko.txt")"
pass "review --lang ko from a pipe: the plain review in Korean"
LANG=ko_KR.UTF-8 "$bin" saved list --db "$work/plain.sqlite" --user nobody > "$work/saved-ko.txt" 2>&1
has -x "nobody님에게는 (이 조건에 맞는) 저장된 모듈이 없어요." "$work/saved-ko.txt" || fail "saved list in Korean: $(cat "$work/saved-ko.txt")"
set +e; LANG=ko_KR.UTF-8 "$bin" check "$work/no-such-file.txt" > /dev/null 2> "$work/check-ko.txt"; status=$?; set -e
[ "$status" = 66 ] && has -F "을(를) 읽을 수 없어요: 그런 파일이 없어요" "$work/check-ko.txt" || fail "check in Korean: exit $status, $(cat "$work/check-ko.txt")"
printf 'language = "ko"\ntheme = [\n' > "$work/config/chattutor/config.toml"
set +e; LANG=ko_KR.UTF-8 XDG_CONFIG_HOME="$work/config" "$bin" review --db "$work/plain.sqlite" < /dev/null > /dev/null 2> "$work/config-ko.txt"; status=$?; set -e
[ "$status" = 78 ] && has -F "올바른 TOML이 아니에요" "$work/config-ko.txt" && has -F "config.toml:2:" "$work/config-ko.txt" \
  || fail "a broken config.toml in Korean: exit $status, $(cat "$work/config-ko.txt")"
rm -f "$work/config/chattutor/config.toml"
pass "LANG=ko_KR.UTF-8: saved, check and a broken config.toml say so in Korean"

# The command line's own errors in Korean (issue 17): ArgumentParser's messages, our option
# checks and an unknown command, from --lang ko, CHATTUTOR_LANG, the locale and config.toml; the
# usage line stays as ArgumentParser writes it. In English they are ArgumentParser's own.
cli() {  # cli ENV... -- ARGS...: runs chattutor with the environment given; its standard error in $work/cli.txt
  local env=(); while [ "$1" != -- ]; do env+=("$1"); shift; done; shift
  set +e; env "${env[@]}" XDG_CONFIG_HOME="$work/config" "$bin" "$@" < /dev/null > /dev/null 2> "$work/cli.txt"; cli_status=$?; set -e
}
cli CHATTUTOR_LANG=ko -- chekc
[ "$cli_status" = 64 ] && has -x "chattutor: 'chekc' 명령은 없어요. 혹시 'check' 명령인가요? 명령 목록은 'chattutor --help'로 볼 수 있어요." "$work/cli.txt" \
  || fail "an unknown command in Korean: exit $cli_status, $(cat "$work/cli.txt")"
cli LANG=ko_KR.UTF-8 -- chat --batch-size x
[ "$cli_status" = 64 ] && has -x "오류: '--batch-size <batch-size>' 옵션에 'x' 값은 쓸 수 없어요" "$work/cli.txt" \
  && has "^사용법: chattutor chat" "$work/cli.txt" && has -x "  자세한 내용은 'chattutor chat --help'로 볼 수 있어요." "$work/cli.txt" \
  || fail "a bad option value with a Korean locale: exit $cli_status, $(cat "$work/cli.txt")"
cli -- chat --lang ko --bogus
has -x "오류: 없는 옵션이에요: '--bogus'. 혹시 '--mouse' 옵션인가요?" "$work/cli.txt" || fail "an unknown option with --lang ko: $(cat "$work/cli.txt")"
cli CHATTUTOR_LANG=ko -- check --format nope
has -x "오류: '--format <format>' 옵션에 'nope' 값은 쓸 수 없어요. 쓸 수 있는 값: 'text', 'json', 'corrected'" "$work/cli.txt" \
  || fail "a bad choice in Korean: $(cat "$work/cli.txt")"
cli CHATTUTOR_LANG=ko -- analyze
has -x "오류: 빠진 인자가 있어요: '<file>'" "$work/cli.txt" || fail "a missing argument in Korean: $(cat "$work/cli.txt")"
printf 'language = "ko"\n' > "$work/config/chattutor/config.toml"
cli -- review --retention 2
has -x "오류: --retention 값은 0.70에서 0.99 사이여야 해요" "$work/cli.txt" || fail "our own option check with language = ko in config.toml: $(cat "$work/cli.txt")"
cli -- saved list --since abc
has -x "오류: --since에는 날짜(2025-03-01)나 일수(7d)를 써 주세요. 지금 값: 'abc'" "$work/cli.txt" || fail "--since in Korean: $(cat "$work/cli.txt")"
rm -f "$work/config/chattutor/config.toml"
cli CHATTUTOR_LANG=ko CHATTUTOR_LLM_BASE_URL=http://127.0.0.1:9/v1 CHATTUTOR_LLM_MODEL=m CHATTUTOR_LLM_IDLE_TIMEOUT=x -- check --llm "$root/README.md"
if has -E "a number|true or false|one of" "$work/cli.txt"; then fail "a Korean config error holds English pieces: $(cat "$work/cli.txt")"; fi
cli -- chat --batch-size x
has -x "Error: The value 'x' is invalid for '--batch-size <batch-size>'" "$work/cli.txt" && has -x "  See 'chattutor chat --help' for more information." "$work/cli.txt" \
  || fail "in English the error is not ArgumentParser's own: $(cat "$work/cli.txt")"
cli CHATTUTOR_LANG=ko -- saved list --db "$work/no-such.sqlite"
[ "$cli_status" = 66 ] && has -F "아직 저장된 모듈이 없어요: $work/no-such.sqlite에 데이터베이스가 없어요" "$work/cli.txt" \
  || fail "saved list with no database in Korean: exit $cli_status, $(cat "$work/cli.txt")"
pass "command-line errors in Korean (--lang ko, CHATTUTOR_LANG, the locale, config.toml); English as ArgumentParser writes it"
cli -u CHATTUTOR_LLM_BASE_URL -u CHATTUTOR_LLM_MODEL -u OPENAI_API_KEY CHATTUTOR_LANG=ko -- check --llm "$root/README.md"
[ "$cli_status" = 78 ] && has -F "chattutor: --llm에는 모델이 필요해요: CHATTUTOR_LLM_BASE_URL과" "$work/cli.txt" \
  || fail "--llm with no model in Korean: exit $cli_status, $(cat "$work/cli.txt")"
set +e; env -u CHATTUTOR_LLM_BASE_URL -u CHATTUTOR_LLM_MODEL CHATTUTOR_LANG=ko XDG_CONFIG_HOME="$work/config" TERM=dumb \
  "$bin" doctor --offline --db "$work/doctor.sqlite" > "$work/doctor-ko.txt" 2>&1; status=$?; set -e
[ "$status" = 1 ] && has "^고칠 것  터미널 *TERM이 dumb이에요" "$work/doctor-ko.txt" && has "^참고 *모델 *설정된 모델이 없어요" "$work/doctor-ko.txt" \
  && has -x "문제 1개를 찾았어요." "$work/doctor-ko.txt" || fail "doctor in Korean: exit $status, $(cat "$work/doctor-ko.txt")"
pass "--llm with no model and doctor's report in Korean"
