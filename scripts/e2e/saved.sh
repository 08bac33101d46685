# `chattutor saved` and the store's robustness, on the real binary: import, list, filters, note,
# tag, delete (asks / refuses / --yes), export (JSON, Markdown, Anki parsed back); a corrupt
# file left untouched, a read-only directory, two processes at once, kill -9 during saves.
source "$(dirname "$0")/lib.bash"
command -v sqlite3 >/dev/null || fail "sqlite3 is not installed (scripts/install-deps installs it)"

for file in "$root"/transcripts/recorded-*.txt; do
  "$bin" analyze "$file" --out "$work/modules/$(basename "$file" .txt)" > /dev/null
done
mkdir -p "$work/all"; cp "$work"/modules/*/validated/*.json "$work/all/"
total=$(ls "$work/all" | wc -l)
[ "$total" -ge 10 ] || fail "expected at least 10 modules from the recordings, got $total"
db="$work/db.sqlite"
s() { "$bin" saved "$@" --db "$db" --user minji; }

[[ "$(s import "$work/all")" == "Saved $total modules"* ]] || fail "import did not save $total modules"
[[ "$(s import "$work/all")" == "Saved 0 modules for minji ($total already saved"* ]] || fail "a second import duplicated"
[ "$(s list | tail -n +2 | wc -l)" = "$total" ] || fail "list does not show $total modules"
[ "$(s list --format json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')" = "$total" ] || fail "list --format json"
USER=nobody-here "$bin" saved list --db "$db" > "$work/other"
grep -q "nobody-here has no saved modules" "$work/other" && grep -q "Saved under other names: minji ($total)" "$work/other" \
  || fail "list under a name with no saves does not name the one with them: $(cat "$work/other")"
pass "import saves $total modules once; list shows them as a table and as JSON; another name is told whose they are"

id=$(s list --type R:VERB --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
s tag "$id" verbs "exam week" > /dev/null
[ "$(s tag "$id" Verbs extra)" = "Tags of $id: verbs, exam week, extra" ] || fail "tag: adding (case-insensitive, no duplicate)"
[ "$(s tag "$id" EXTRA --remove)" = "Tags of $id: verbs, exam week" ] || fail "tag --remove"
s note "$id" "버스에서 다시 보기" > /dev/null
[ "$(s list --tag verbs --format json | python3 -c 'import json,sys; r=json.load(sys.stdin); print(len(r), r[0]["note"], r[0]["tags"])')" = "1 버스에서 다시 보기 ['verbs', 'exam week']" ] || fail "tag/note/--tag"
s list --type R:VERB --format json | python3 -c 'import json,sys; assert all(r["errorType"].startswith("R:VERB") for r in json.load(sys.stdin))' || fail "--type"
[ "$(s list --since 2000-01-01 | tail -n +2 | wc -l)" = "$total" ] && [[ "$(s list --since 0d)" == *"$id "* ]] || fail "--since"
! "$bin" saved list --db "$db" --since yesterday 2> "$work/err" && grep -q "takes a day" "$work/err" || fail "--since with a bad value"
pass "tag (add, no duplicates, --remove), note, and the --type, --tag and --since filters"

set +e; echo | s delete "$id" 2> "$work/err"; status=$?; set -e
[ "$status" = 64 ] && grep -q "pass --yes" "$work/err" || fail "delete without --yes in a script: $status $(cat "$work/err")"
[ "$(s list | tail -n +2 | wc -l)" = "$total" ] || fail "delete without --yes deleted"
! s show 99999 2> "$work/err" && grep -q "no saved module 99999" "$work/err" || fail "show of a missing ID"
pass "delete refuses without --yes when stdin is not a terminal; a missing ID is named"

# On a terminal, delete asks: "n" keeps the module, "y" deletes it.
if command -v tmux > /dev/null; then
  trap 'for answer in n y; do tmux -L "chattutor-saved-$$-$answer" kill-server 2> /dev/null || true; done; rm -rf "$work"' EXIT
  ask() {  # ask ANSWER: runs delete in tmux (a server of its own), answers, prints the pane
    local socket="chattutor-saved-$$-$1"
    tmux -L "$socket" -f /dev/null new-session -d -s ask -x 120 -y 10 \
      "$bin saved delete $id --db $db --user minji; echo EXIT=\$?; sleep 30"
    for _ in $(seq 1 100); do tmux -L "$socket" capture-pane -p -t ask 2> /dev/null | has "\[y/N\]" && break; sleep 0.1; done
    tmux -L "$socket" send-keys -t ask "$1" Enter
    for _ in $(seq 1 100); do tmux -L "$socket" capture-pane -p -t ask 2> /dev/null | has "EXIT=" && break; sleep 0.1; done
    tmux -L "$socket" capture-pane -p -t ask
    tmux -L "$socket" kill-server 2> /dev/null || true
  }
  pane=$(ask n)
  [[ "$pane" == *"[y/N]"* && "$pane" == *"Nothing deleted."* ]] || fail "delete on a terminal, answered n: $pane"
  [ "$(s list | tail -n +2 | wc -l)" = "$total" ] || fail "answering n deleted"
  pane=$(ask y)
  [[ "$pane" == *"Deleted 1 module."* ]] || fail "delete on a terminal, answered y: $pane"
  [ "$(s list | tail -n +2 | wc -l)" = "$((total - 1))" ] || fail "answering y did not delete"
  s import "$work/all" > /dev/null  # put it back (a new ID)
  id=$(s list --type R:VERB --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
  s tag "$id" verbs "exam week" > /dev/null
  pass "delete on a terminal asks [y/N]: n keeps the module, y deletes it"
fi

s export --format json --out "$work/export.json" 2> /dev/null
[ "$(stat -c %a "$work/export.json")" = 600 ] || fail "the export is not owner-only"
python3 - "$work/export.json" "$total" <<'PY' || fail "JSON export"
import json, sys
doc = json.load(open(sys.argv[1]))
assert doc["format"] == "chattutor-saved-modules" and len(doc["modules"]) == int(sys.argv[2])
assert all(m["module"]["problems"] and "schedule" in m and "reviews" in m for m in doc["modules"])
PY
[ "$(s export --format markdown | grep -c "^## ")" = "$total" ] || fail "Markdown export: one section per module"
status=0; s export --format json --out "$work/export.json" 2> "$work/exists.err" || status=$?
[ "$status" -eq 73 ] && has "already exists; nothing was replaced" < "$work/exists.err" \
  || fail "export over an existing file exited $status: $(cat "$work/exists.err")"
s export --format json --out "$work/export.json" --force 2> /dev/null || fail "export --force did not replace the file"
status=0; echo hi | "$bin" chat --plain --db "$work/no/such/x.sqlite" > /dev/null 2> "$work/nodir.err" || status=$?
[ "$status" -eq 73 ] && has "the folder $work/no/such does not exist" < "$work/nodir.err" && [ ! -e "$work/no" ] \
  || fail "--db in a missing folder exited $status: $(cat "$work/nodir.err")"
pass "export refuses an existing --out file unless --force; --db in a missing folder is an error, nothing created"
s export --format anki --out "$work/a.txt" 2> /dev/null
s tag "$id" more > /dev/null
s export --format anki --out "$work/b.txt" 2> /dev/null
python3 - "$work/a.txt" "$work/b.txt" <<'PY' || fail "Anki export"
import sys
def parse(path):
    headers, notes = {}, []
    for line in open(path, encoding="utf-8").read().splitlines():
        if line.startswith("#"):
            key, value = line[1:].split(":", 1); headers[key] = value
        else:
            notes.append(line.split("\t"))
    return headers, notes
headers, a = parse(sys.argv[1]); _, b = parse(sys.argv[2])
assert headers == {"separator": "tab", "html": "true", "guid column": "1", "notetype": "Basic",
                   "deck": "ChatTutor::minji", "tags column": "4"}, headers
assert all(len(n) == 4 for n in a) and len({n[0] for n in a}) == len(a)
assert [n[0] for n in a] == [n[0] for n in b], "GUIDs changed between exports"
assert any("more" in n[3].split() for n in b)
PY
[ "$(s delete "$id" --yes)" = "Deleted 1 module." ] || fail "delete --yes"
[ "$(s list | tail -n +2 | wc -l)" = "$((total - 1))" ] || fail "delete --yes did not delete"
pass "export: JSON (everything, mode 600), Markdown, Anki (headers, 4 columns, stable GUIDs); delete --yes"

# Stored text that would command a terminal (saved before the checks, or by another program)
# is printed harmlessly by every text format; `saved tag` and `saved note` refuse it.
hostile=$'\e]0;pwned\a\e[2J\xc2\x9b2J\xe2\x80\xae'  # OSC title, CSI clear, the one-byte C1 CSI, a bidi override
id=$(s list --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
sqlite3 "$db" "UPDATE saved_module SET tags = json_array('$hostile' || 'exam'), note = '$hostile' || 'note' WHERE id = $id"
unsafe_bytes=(-e $'[\x01-\x08\x0b-\x1f\x7f]' -e $'\xc2[\x80-\x9f]' -e $'\xe2\x80[\xaa-\xae]')  # C0, DEL, C1, bidi
for output in "$(s list)" "$(s show "$id")" "$(s export --format markdown)" "$(s export --format anki)" "$(s tag "$id" fine)"; do
  ! printf '%s' "$output" | LC_ALL=C has "${unsafe_bytes[@]}" || fail "control characters printed: $(printf '%q' "$output" | head -c 300)"
  ! printf '%s' "$output" | has pwned || fail "an escape sequence's text printed"
done
# JSON keeps the stored text exactly, with every unsafe character written as a \u escape.
for output in "$(s list --format json)" "$(s show "$id" --format json)" "$(s export --format json)"; do
  ! printf '%s' "$output" | LC_ALL=C has "${unsafe_bytes[@]}" || fail "JSON printed a control character raw: $(printf '%q' "$output" | head -c 300)"
  printf '%s' "$output" | python3 -c '
import json, sys
def strings(value):
    if isinstance(value, str): yield value
    elif isinstance(value, dict): yield from (s for v in value.values() for s in strings(v))
    elif isinstance(value, list): yield from (s for v in value for s in strings(v))
assert sys.argv[1] + "note" in strings(json.load(sys.stdin))' "$hostile" || fail "JSON lost the stored note"
done
[[ "$(s list)" == *"exam,fine"* ]] || fail "the cleaned tag is not shown: $(s list | head -3)"
! s tag "$id" $'bad\e[2J' 2> "$work/err" && grep -q "control characters" "$work/err" || fail "saved tag accepted an escape sequence"
! s note "$id" $'bad\a' 2> "$work/err" && grep -q "control characters" "$work/err" || fail "saved note accepted a control character"
pass "stored escape sequences print harmlessly in list, show, Markdown, Anki and tag; tag and note refuse them"

# Reading commands never create a database.
! "$bin" saved list --db "$work/none/db.sqlite" 2> "$work/err" && grep -q "no saved modules yet" "$work/err" || fail "list of a missing database"
[ ! -e "$work/none" ] || fail "saved list created a database"
pass "saved list with no database: a clear message, and nothing created"

# A corrupt or foreign file: a clear error and the file byte for byte untouched.
head -c 4096 /dev/urandom > "$work/corrupt.sqlite"; sum=$(sha256sum < "$work/corrupt.sqlite")
set +e; "$bin" saved list --db "$work/corrupt.sqlite" 2> "$work/err"; status=$?; set -e
[ "$status" != 0 ] && grep -q "not a ChatTutor database" "$work/err" || fail "corrupt file: $(cat "$work/err")"
[ "$(sha256sum < "$work/corrupt.sqlite")" = "$sum" ] && [ ! -e "$work/corrupt.sqlite-wal" ] || fail "the corrupt file was touched"
pass "a corrupt file: '$(cut -c1-60 < "$work/err")...', left untouched"

# A read-only directory (as an unprivileged user: root ignores permissions).
mkdir -p "$work/ro"; chmod 555 "$work/ro"; chmod 755 "$work"
unprivileged=()
[ "$(id -u)" = 0 ] && unprivileged=(setpriv --reuid=65534 --regid=65534 --clear-groups)
set +e; "${unprivileged[@]}" "$bin" saved import --db "$work/ro/db.sqlite" "$work/all" 2> "$work/err"; status=$?; set -e
[ "$status" != 0 ] && grep -q "read-only" "$work/err" || fail "read-only directory: $status $(cat "$work/err")"
pass "a read-only directory: '$(cut -c1-70 < "$work/err")...'"

# A read-only backup in a read-only directory: list, show and export read it; tag is refused.
mkdir -p "$work/backup"; cp "$db" "$work/backup/db.sqlite"; chmod 444 "$work/backup/db.sqlite"; chmod 555 "$work/backup"
b() { "${unprivileged[@]}" "$bin" saved "$@" --db "$work/backup/db.sqlite" --user minji; }
[ "$(b list | tail -n +2 | wc -l)" = "$(s list | tail -n +2 | wc -l)" ] || fail "a read-only backup cannot be listed"
b show "$id" | has "^## 1\\." && [ "$(b export --format markdown | grep -c "^## ")" -ge 1 ] || fail "a read-only backup cannot be shown or exported"
set +e; b tag "$id" more 2> "$work/err"; status=$?; set -e
[ "$status" != 0 ] && grep -q "read-only" "$work/err" || fail "tagging a read-only backup: $status $(cat "$work/err")"
[ "$(ls "$work/backup")" = db.sqlite ] || fail "reading the backup left files beside it: $(ls "$work/backup")"
pass "a read-only backup is listed, shown and exported; changing it is refused"

# A FIFO as --db is refused at once, not waited on.
mkfifo "$work/fifo"
set +e; timeout 10 "$bin" saved list --db "$work/fifo" 2> "$work/err"; status=$?; set -e
[ "$status" != 0 ] && [ "$status" != 124 ] && grep -q "is not a file" "$work/err" || fail "--db naming a FIFO: $status $(cat "$work/err")"
pass "--db naming a FIFO: '$(cut -c1-70 < "$work/err")...'"

# Two processes at once on one file: no "database is locked".
db2="$work/two.sqlite"
"$bin" saved import --db "$db2" --user a "$work/all" > "$work/a.out" 2>&1 &
"$bin" saved import --db "$db2" --user b "$work/all" > "$work/b.out" 2>&1 &
wait
grep -q "Saved $total" "$work/a.out" && grep -q "Saved $total" "$work/b.out" || fail "two processes: $(cat "$work/a.out" "$work/b.out")"
pass "two processes importing into one file at once both finish"

# kill -9 during saves: every module in the file is whole (with its schedule) or absent.
db3="$work/killed.sqlite"
"$bin" saved import --db "$db3" --user k0 "$work/all" > /dev/null
killed_mid_import=0
for round in $(seq 1 25); do
  "$bin" saved import --db "$db3" --user "k$round" "$work/all" > /dev/null 2>&1 &
  pid=$!
  # Kill as soon as its first save shows, so that the kill lands among its saves.
  for _ in $(seq 1 200); do
    [ "$(sqlite3 "$db3" "SELECT COUNT(*) FROM learner WHERE name = 'k$round'" 2> /dev/null)" = 1 ] && break
    sleep 0.01
  done
  kill -9 "$pid" 2> /dev/null || true
  wait "$pid" 2> /dev/null || true
done
[ "$(sqlite3 "$db3" 'PRAGMA integrity_check')" = ok ] || fail "kill -9: integrity check failed"
broken=$(sqlite3 "$db3" "SELECT COUNT(*) FROM saved_module m LEFT JOIN review_card c ON c.savedModuleId = m.id
  WHERE c.savedModuleId IS NULL OR NOT json_valid(m.moduleJSON) OR json_array_length(m.moduleJSON, '$.problems') < 1")
[ "$broken" = 0 ] || fail "kill -9 left $broken half-written modules"
partial=$(sqlite3 "$db3" "SELECT COUNT(*) FROM (SELECT learnerId, COUNT(*) n FROM saved_module GROUP BY learnerId HAVING n < $total)")
[ "$partial" -ge 1 ] || fail "kill -9 never landed among the saves (the test proved nothing)"
"$bin" saved list --db "$db3" --user k1 > /dev/null || fail "the database does not open after kill -9"
pass "kill -9 during 25 imports ($partial stopped part-way): integrity ok, every saved module whole with its schedule"
