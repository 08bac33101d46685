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
if screen | has -- "종료할까요?"; then tm send-keys -t ko y; fi
wait_for "EXIT=0"
screen | has -- "모듈 1개를 .*에 저장했어요" || { screen >&2; fail "the line printed at exit is not in Korean"; }
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
