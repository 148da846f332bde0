#!/usr/bin/env bash
# End-to-end check of openldap.sh and samba-ad.sh (not used by the Maven build):
#   selftest.sh [openldap-port]     (default 10389; Samba always uses 389/636)
# Starts both directories in fresh temp dirs, checks binds (right/wrong password),
# password change, Samba disable/enable, LDAPS, stop, restart, stop. Prints "N passed, N failed".
set -uo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PORT="${1:-10389}"
WORK="$(mktemp -d /tmp/authpack-dirs.XXXXXX)"
pass=0; fail=0
ok()  { if "$@" >/dev/null 2>&1; then pass=$((pass+1)); echo "  ok   $*"; else fail=$((fail+1)); echo "  FAIL $*"; fi; }
nok() { if "$@" >/dev/null 2>&1; then fail=$((fail+1)); echo "  FAIL (should fail) $*"; else pass=$((pass+1)); echo "  ok   (fails) $*"; fi; }
bind() { # url dn password -- simple bind + rootDSE read (ldapwhoami's extop is not supported by Samba)
  LDAPTLS_REQCERT=never ldapsearch -x -LLL -o nettimeout=5 -H "$1" -D "$2" -w "$3" -s base -b "" dn
}
cleanup() { "$HERE/openldap.sh" stop "$WORK/ol" >/dev/null 2>&1; "$HERE/samba-ad.sh" stop "$WORK/ad" >/dev/null 2>&1; }
trap cleanup EXIT

"$HERE/install.sh"

echo "== OpenLDAP on 127.0.0.1:$PORT"
OL=ldap://127.0.0.1:$PORT; P=ou=people,dc=example,dc=org; ADM=cn=admin,dc=example,dc=org
ok "$HERE/openldap.sh" start "$WORK/ol" "$PORT"
ok ldapwhoami -x -H "$OL" -D "uid=lisa,$P" -w Lisa-pass-1
ok ldapwhoami -x -H "$OL" -D "uid=larry,$P" -w Larry-pass-1
nok ldapwhoami -x -H "$OL" -D "uid=lisa,$P" -w wrong
ok ldappasswd -x -H "$OL" -D "$ADM" -w admin-pass -s Lisa-pass-2 "uid=lisa,$P"
ok ldapwhoami -x -H "$OL" -D "uid=lisa,$P" -w Lisa-pass-2
nok ldapwhoami -x -H "$OL" -D "uid=lisa,$P" -w Lisa-pass-1
ok test "$(ldapsearch -x -LLL -H "$OL" -D "$ADM" -w admin-pass -b "$P" '(uid=lisa)' entryUUID | grep -c '^entryUUID:')" = 1
ok "$HERE/openldap.sh" stop "$WORK/ol"
nok ldapsearch -x -H "$OL" -s base -b "" dn
ok "$HERE/openldap.sh" start "$WORK/ol" "$PORT"
ok ldapwhoami -x -H "$OL" -D "uid=lisa,$P" -w Lisa-pass-2
ok "$HERE/openldap.sh" stop "$WORK/ol"

echo "== Samba AD DC on 127.0.0.1:389/636"
AD=ldap://127.0.0.1; U=CN=Users,DC=example,DC=org; C="$WORK/ad/etc/smb.conf"
ok "$HERE/samba-ad.sh" start "$WORK/ad"
ok bind "$AD" "CN=Administrator,$U" Admin-pass-1
ok bind "$AD" "CN=adam,$U" Adam-pass-1
ok bind "$AD" "adam@example.org" Adam-pass-1
ok bind "$AD" "CN=ada,$U" Ada-pass-1
nok bind "$AD" "CN=adam,$U" wrong
ok bind ldaps://127.0.0.1 "CN=adam,$U" Adam-pass-1
ok samba-tool user disable ada -s "$C"
nok bind "$AD" "CN=ada,$U" Ada-pass-1
ok samba-tool user enable ada -s "$C"
ok bind "$AD" "CN=ada,$U" Ada-pass-1
ok samba-tool user setpassword adam --newpassword=Adam-pass-2 -s "$C"
ok bind "$AD" "CN=adam,$U" Adam-pass-2
nok bind "$AD" "CN=adam,$U" Adam-pass-1
ok "$HERE/samba-ad.sh" stop "$WORK/ad"
nok bind "$AD" "CN=Administrator,$U" Admin-pass-1
ok "$HERE/samba-ad.sh" start "$WORK/ad"
ok bind "$AD" "CN=adam,$U" Adam-pass-2
ok "$HERE/samba-ad.sh" stop "$WORK/ad"

rm -rf "$WORK"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
