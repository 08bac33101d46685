# Settings from the real binary: typed flags refused by ArgumentParser (exit 64), and config.toml,
# CHATTUTOR_SERVE_* and theme files read by TOMLKit, their errors naming the file, line or key and
# what to write (exit 78 for settings, 65 for a theme).
source "$(dirname "$0")/lib.bash"
export XDG_CONFIG_HOME="$work/config"
mkdir -p "$XDG_CONFIG_HOME/chattutor"
config="$XDG_CONFIG_HOME/chattutor/config.toml"
unset CHATTUTOR_LLM_BASE_URL CHATTUTOR_LLM_MODEL CHATTUTOR_LLM_API_KEY OPENAI_API_KEY

expect() {  # expect STATUS PATTERN COMMAND...: the command exits STATUS and its stderr matches PATTERN
  local want=$1 pattern=$2 status=0
  shift 2
  "$@" < /dev/null > "$work/out" 2> "$work/err" || status=$?
  [ "$status" -eq "$want" ] || fail "$* exited $status, not $want: $(cat "$work/err")"
  has -F -- "$pattern" < "$work/err" || fail "$*: stderr does not say '$pattern': $(cat "$work/err")"
}

expect 64 "The value 'abc' is invalid for '--port <port>'" "$bin" serve --port abc --db "$work/db.sqlite"
expect 64 "--port '70000' is not a whole number from 0 to 65535" "$bin" serve --port 70000 --db "$work/db.sqlite"
expect 64 "--idle-timeout '0' is not a number of seconds above 0" "$bin" serve --idle-timeout 0 --db "$work/db.sqlite"
expect 64 "--log-level 'loud' is not one of trace, debug, info" "$bin" serve --log-level loud --db "$work/db.sqlite"
expect 64 "--batch-size must be at least 1" "$bin" replay "$root/transcripts/recorded-job-interview.txt" --batch-size 0
pass "serve's flags are typed and range-checked, and replay checks --batch-size, before anything starts (exit 64)"

expect 78 "CHATTUTOR_SERVE_PORT 'x' is not a whole number from 0 to 65535" env CHATTUTOR_SERVE_PORT=x "$bin" serve --db "$work/db.sqlite"
printf 'serve_port = true\n' > "$config"
expect 78 "$config: serve_port must be a whole number from 0 to 65535, not true or false (true)" "$bin" serve --db "$work/db.sqlite"
printf 'serve_prot = 8000\n' > "$config"
expect 78 "$config: unknown key 'serve_prot'; the keys are serve_host, serve_port" "$bin" serve --db "$work/db.sqlite"
pass "serve's environment and config.toml values are checked, naming the variable or the file and key (exit 78)"

printf '# my model\nmodel = gpt-4o\n' > "$config"
expect 78 "$config:2:" "$bin" analyze "$root/transcripts/recorded-job-interview.txt"
has -F 'key = "value"' < "$work/err" || fail "broken TOML: no hint of how to write a value: $(cat "$work/err")"
printf 'modle = "m"\n' > "$config"
expect 78 "$config: unknown key 'modle'; the keys are base_url, model" "$bin" analyze "$root/transcripts/recorded-job-interview.txt"
printf 'model = "m"\nidle_timeout = "soon"\n' > "$config"
expect 78 "$config: idle_timeout 'soon' is not a number of seconds" "$bin" analyze "$root/transcripts/recorded-job-interview.txt"
"$bin" analyze "$root/transcripts/recorded-job-interview.txt" --offline > /dev/null || fail "--offline still reads the broken config.toml"
rm -f "$config"
pass "config.toml: broken TOML names the line, an unknown key lists the keys, a bad value says what it must be; --offline reads none"

# A broken config.toml, or a bad CHATTUTOR_LANG, is a setting, not a mistake on the command line:
# every command that reads the interface's language says it once, as analyze does, with no usage
# line (exit 78), in our words (not TOMLKit's), and in Korean too; a bad --lang stays a usage error.
once() {  # once PATTERN: $work/err says PATTERN on exactly one line, and no usage line or ExitCode
  [ "$(grep -cF -- "$1" "$work/err")" -eq 1 ] || fail "not said exactly once ('$1'): $(cat "$work/err")"
  [ "$(wc -l < "$work/err")" -eq 1 ] || fail "more than one line: $(cat "$work/err")"
  ! has -e "Usage:" -e "사용법:" -e "ExitCode(" -e "could not determine" < "$work/err" || fail "a usage line or a raw error: $(cat "$work/err")"
}
printf 'hi\n' > "$work/line.txt"
printf '# my settings\nlanguage = ko\n' > "$config"
for args in "chat --plain" "check $work/line.txt" "review --plain --db $work/db.sqlite" \
  "replay $root/transcripts/recorded-job-interview.txt --plain --offline --db $work/db.sqlite"; do
  # shellcheck disable=SC2086
  expect 78 "chattutor: $config:2:" "$bin" $args
  once "key = \"value\""
  # shellcheck disable=SC2086
  expect 78 "chattutor: $config:2:" env CHATTUTOR_LANG=ko "$bin" $args
  once "올바른 TOML이 아니에요"
  # shellcheck disable=SC2086
  expect 78 "chattutor: $config:2:" env LANG=ko_KR.UTF-8 "$bin" $args
  once "올바른 TOML이 아니에요"
done
rm -f "$config"
expect 78 "CHATTUTOR_LANG 'fr' is not one of en, ko" env CHATTUTOR_LANG=fr "$bin" check "$work/line.txt"
once "CHATTUTOR_LANG 'fr'"
printf 'language = "fr"\n' > "$config"
expect 78 "$config: language 'fr' is not one of en, ko" "$bin" review --plain --db "$work/db.sqlite"
once "language 'fr'"
rm -f "$config"
expect 64 "--lang 'fr' is not one of en, ko" "$bin" check --lang fr "$work/line.txt"
has -F "Usage:" < "$work/err" || fail "--lang fr is a usage error, with its usage line: $(cat "$work/err")"
pass "a broken config.toml or CHATTUTOR_LANG: chat, check, review and replay say it once, with no usage line (exit 78), in Korean too; --lang fr is a usage error (64)"

themes="$work/themes"
mkdir -p "$themes"
printf 'name = "broken"\n[interviewer]\nbold = "yes"\n' > "$themes/broken.toml"
expect 65 "$themes/broken.toml: interviewer.bold must be true or false, not a string" \
  env CHATTUTOR_THEMES="$themes" "$bin" replay "$root/transcripts/recorded-job-interview.txt" --theme broken --offline --db "$work/db.sqlite"
pass "a theme with a value of the wrong type is refused, naming the file and the key (exit 65)"
