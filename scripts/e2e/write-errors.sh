# A file the user asked for that cannot be written is said in words, never as
# "NSCocoaErrorDomain error 512" or Foundation's "The file doesn't exist" for a missing folder
# (issue 17, item 3): saved export --out a folder or into a missing one, analyze --out a file.
source "$(dirname "$0")/lib.bash"
db="$work/db.sqlite"
touch "$work/a-file"
"$bin" analyze "$root/transcripts/recorded-job-interview.txt" --offline --out "$work/modules" > /dev/null 2>&1 || fail "analyze --out failed"
"$bin" saved import "$work/modules/validated" --db "$db" > /dev/null 2>&1 || fail "saved import failed"
expect_write_error() {  # expect_write_error EXPECTED ARGS...: exit 73, the words, no NSCocoaErrorDomain
  local expected=$1; shift
  status=0; "$bin" "$@" > /dev/null 2> "$work/err" || status=$?
  [ "$status" -eq 73 ] || fail "$* exited $status, not 73: $(cat "$work/err")"
  has -F "$expected" < "$work/err" || fail "$*: expected '$expected', got: $(cat "$work/err")"
  ! has NSCocoaErrorDomain < "$work/err" || fail "$*: a Foundation error code reached the user: $(cat "$work/err")"
}
expect_write_error "cannot write $work (it is a folder; name a file)" saved export --db "$db" --out "$work"
expect_write_error "(the folder $work/missing does not exist)" saved export --db "$db" --out "$work/missing/out.json"
expect_write_error "cannot write the modules under $work/a-file: it is a file; name a folder" \
  analyze "$root/transcripts/recorded-job-interview.txt" --offline --out "$work/a-file"
pass "unwritable --out paths are said in words (a folder, a missing folder, a file), exit 73"
