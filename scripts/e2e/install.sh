# scripts/install puts chattutor (and chattutor-serve, when built) on a PATH, with what it reads:
# from another folder, with only the prefix's bin on PATH, --version, scripts (transcripts from
# PREFIX/share/chattutor), check (the analyser's data beside the binary) and serve (chattutor-serve
# found beside chattutor) work. Without chattutor-serve, serve says how to build it (issue 17, items 1, 3).
source "$(dirname "$0")/lib.bash"
export CHATTUTOR_BUILD_CONFIGURATION=debug
prefix="$work/prefix"
"$root/scripts/install" --prefix "$prefix" > "$work/install.out" 2> "$work/install.err" || fail "scripts/install failed: $(cat "$work/install.err")"
has "Installed chattutor chattutor-serve in $prefix/bin" < "$work/install.out" || fail "install did not report both binaries: $(cat "$work/install.out")"
has "is not on your PATH" < "$work/install.out" || fail "install did not say its bin is off PATH: $(cat "$work/install.out")"
[ -d "$prefix/share/chattutor/transcripts" ] && [ -d "$prefix/share/chattutor/themes" ] || fail "no transcripts or themes in $prefix/share/chattutor"

elsewhere="$work/elsewhere"; mkdir -p "$elsewhere"
installed() { (cd "$elsewhere" && env PATH="$prefix/bin:/usr/bin:/bin" chattutor "$@"); }
installed --version | has -E '^[0-9]+\.[0-9]+\.[0-9]+$' || fail "the installed chattutor prints no version"
installed scripts > "$work/scripts" 2>&1 || fail "installed chattutor scripts failed: $(cat "$work/scripts")"
has "job-interview" < "$work/scripts" || fail "the installed chattutor does not find its transcripts: $(cat "$work/scripts")"
echo "She go to school every days." | installed check --format corrected > "$work/check" 2>&1 || fail "installed check failed: $(cat "$work/check")"
has "goes" < "$work/check" || fail "the installed check corrected nothing: $(cat "$work/check")"
installed serve --version | has -E '^[0-9]+\.[0-9]+\.[0-9]+$' || fail "the installed chattutor serve did not start chattutor-serve"
pass "installed in a prefix: --version, scripts, check and serve work from another folder through PATH"

# chattutor alone: serve says what to run, and exits 69.
alone="$work/alone"; mkdir -p "$alone"; cp "$prefix/bin/chattutor" "$alone/"
status=0; env PATH=/usr/bin:/bin "$alone/chattutor" serve --port 0 > /dev/null 2> "$work/alone.err" || status=$?
[ "$status" -eq 69 ] || fail "serve without chattutor-serve exited $status, not 69: $(cat "$work/alone.err")"
has "scripts/run serve" < "$work/alone.err" && has "swift build -c release --product chattutor-serve" < "$work/alone.err" \
  || fail "serve without chattutor-serve does not say how to build it: $(cat "$work/alone.err")"
pass "chattutor without chattutor-serve: serve names the commands that build it (exit 69)"

# chattutor alone: serve --help says how to build it, then prints chattutor-serve's own help (both
# come from the declarations in TutorCommandLine/Serve, so they cannot drift apart).
env PATH=/usr/bin:/bin "$alone/chattutor" serve --help > "$work/alone-help" 2>&1 || fail "serve --help without chattutor-serve failed: $(cat "$work/alone-help")"
{ "$prefix/bin/chattutor-serve" --help; echo; "$prefix/bin/chattutor-serve" run --help; } > "$work/serve-help"
has "scripts/run serve" < "$work/alone-help" && sed -n '/^OVERVIEW: Serve/,$p' "$work/alone-help" | cmp -s - "$work/serve-help" \
  || fail "serve --help without chattutor-serve is not chattutor-serve's help: $(diff "$work/alone-help" "$work/serve-help")"
pass "chattutor without chattutor-serve: serve --help is chattutor-serve's own help, after how to build it"
