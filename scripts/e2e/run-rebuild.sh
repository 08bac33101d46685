# scripts/run builds with the same flags whatever its standard error is (issue 17, item 2): a run
# with stderr on a terminal, then one with it in a pipe, then a terminal again, and the last two
# compile nothing. (SwiftPM adds -color-diagnostics on a terminal; had that reached the build,
# each switch would rebuild everything.) On the debug build the suite has just made, so it costs
# seconds; scripts/run's release build goes through the same scripts/build-products.
source "$(dirname "$0")/lib.bash"
command -v script > /dev/null || fail "no 'script' command (util-linux) to give scripts/run a terminal"
export CHATTUTOR_BUILD_CONFIGURATION=debug
# The first three runs ask SwiftPM each time (its plan is what is checked); the last two check
# scripts/build-products' own stamp, which skips SwiftPM when nothing changed since its build.
export CHATTUTOR_BUILD_CHECK=always
run_on_terminal() { script -qec "$root/scripts/run --version" /dev/null > "$1" 2>&1 || fail "scripts/run on a terminal failed: $(cat "$1")"; }

run_on_terminal "$work/terminal-1"
has -F $'\r' < "$work/terminal-1" || fail "the first run did not have a terminal: $(cat -A "$work/terminal-1")"
"$root/scripts/run" --version > "$work/pipe.out" 2> "$work/pipe.err" || fail "scripts/run with stderr in a file failed: $(cat "$work/pipe.err")"
has -E '^[0-9]+\.[0-9]+\.[0-9]+$' < "$work/pipe.out" || fail "scripts/run --version printed no version: $(cat "$work/pipe.out")"
! has Compiling < "$work/pipe.err" || fail "stderr in a file after a terminal run recompiled: $(cat "$work/pipe.err")"
run_on_terminal "$work/terminal-2"
! has Compiling < "$work/terminal-2" || fail "a terminal run after a piped one recompiled: $(cat -A "$work/terminal-2")"
pass "scripts/run: terminal, pipe, terminal again; the last two compile nothing"

unset CHATTUTOR_BUILD_CHECK
stamp="$root/.build/debug/.chattutor.built"
[ -f "$stamp" ] || fail "scripts/build-products left no stamp at $stamp"
"$root/scripts/run" --version > /dev/null 2> "$work/current.err" || fail "scripts/run failed: $(cat "$work/current.err")"
! has "Build of product" < "$work/current.err" || fail "scripts/run asked SwiftPM although nothing changed: $(cat "$work/current.err")"
touch -d '2000-01-01' "$stamp"
"$root/scripts/run" --version > /dev/null 2> "$work/stale.err" || fail "scripts/run failed: $(cat "$work/stale.err")"
has "Build of product" < "$work/stale.err" || fail "scripts/run skipped SwiftPM with sources newer than its stamp: $(cat "$work/stale.err")"
[ "$stamp" -nt "$root/Package.swift" ] || fail "scripts/run did not renew its stamp after the build"
pass "scripts/run: nothing changed, SwiftPM is not asked; a source newer than the last build, it is"
