#!/usr/bin/env bash
# OpenLDAP (Debian slapd) on loopback for the integration tests.
#   openldap.sh start <workdir> <port>   config + mdb data in <workdir>, slapd on ldap://127.0.0.1:<port>/,
#                                        seeded from openldap-seed.ldif on first start; exits 0 when ldapsearch works
#   openldap.sh stop <workdir>           kills slapd via <workdir>/slapd.pid, waits for it to exit
# Env: OPENLDAP_ADMIN_PW (default admin-pass) - password of cn=admin,dc=example,dc=org.
# Data persists in <workdir> across stop/start (seeding happens only once); use a fresh
# <workdir> for a fresh directory. slapd's log (loglevel stats) is <workdir>/slapd.log.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BASE_DN="dc=example,dc=org"
ADMIN_DN="cn=admin,$BASE_DN"
ADMIN_PW="${OPENLDAP_ADMIN_PW:-admin-pass}"

die() { echo "openldap.sh: $*" >&2; exit 1; }
usage() { echo "usage: $0 start <workdir> <port> | stop <workdir>" >&2; exit 2; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN{printf "%.1fs", b-a}'; }

alive() { [ -s "$1/slapd.pid" ] && kill -0 "$(cat "$1/slapd.pid")" 2>/dev/null; }

port_busy() { # 0 if something listens on 127.0.0.1:$1 (or 0.0.0.0/any)
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

start() {
  local dir="$1" port="$2" t0; t0="$(now)"
  [[ "$port" =~ ^[0-9]+$ ]] || die "port must be a number: $port"
  [ -x /usr/sbin/slapd ] && command -v ldapadd >/dev/null || "$HERE/install.sh"
  mkdir -p "$dir"; dir="$(cd "$dir" && pwd)"
  if alive "$dir"; then echo "openldap.sh: already running (pid $(cat "$dir/slapd.pid"))"; return 0; fi
  port_busy "$port" && die "127.0.0.1:$port is already in use"
  mkdir -p "$dir/data"
  cat > "$dir/slapd.conf" <<CONF
include         /etc/ldap/schema/core.schema
include         /etc/ldap/schema/cosine.schema
include         /etc/ldap/schema/nis.schema
include         /etc/ldap/schema/inetorgperson.schema
pidfile         $dir/slapd.pid
argsfile        $dir/slapd.args
modulepath      /usr/lib/ldap
moduleload      back_mdb
loglevel        stats

database        mdb
maxsize         67108864
suffix          "$BASE_DN"
rootdn          "$ADMIN_DN"
rootpw          $ADMIN_PW
directory       $dir/data
index           objectClass eq
index           uid,cn,mail eq,sub
index           entryUUID eq
access to attrs=userPassword
        by self write
        by anonymous auth
        by * none
access to *
        by * read
CONF
  chmod 600 "$dir/slapd.conf"
  /usr/sbin/slaptest -Q -u -f "$dir/slapd.conf" || die "slaptest rejected $dir/slapd.conf"
  local fresh=1; [ -e "$dir/data/data.mdb" ] && fresh=0
  # Foreground (-d) in the background: logs go to a file; std streams detached so a
  # caller reading our output (e.g. Java ProcessBuilder) is not held open by slapd.
  setsid /usr/sbin/slapd -f "$dir/slapd.conf" -h "ldap://127.0.0.1:$port/" -d stats \
    </dev/null >"$dir/slapd.log" 2>&1 &
  local ok=0
  for _ in $(seq 100); do
    if ldapsearch -x -LLL -H "ldap://127.0.0.1:$port" -s base -b "" namingContexts >/dev/null 2>&1; then ok=1; break; fi
    sleep 0.1
  done
  [ "$ok" = 1 ] || { tail -20 "$dir/slapd.log" >&2; die "slapd did not answer on 127.0.0.1:$port"; }
  if [ "$fresh" = 1 ]; then
    ldapadd -x -H "ldap://127.0.0.1:$port" -D "$ADMIN_DN" -w "$ADMIN_PW" -f "$HERE/openldap-seed.ldif" >/dev/null \
      || die "seeding from openldap-seed.ldif failed"
  fi
  ldapsearch -x -LLL -H "ldap://127.0.0.1:$port" -D "$ADMIN_DN" -w "$ADMIN_PW" -b "ou=people,$BASE_DN" "(uid=*)" dn >/dev/null \
    || die "ldapsearch as $ADMIN_DN failed"
  echo "openldap.sh: slapd pid $(cat "$dir/slapd.pid") on ldap://127.0.0.1:$port/ (base $BASE_DN, seeded=$fresh) ready in $(since "$t0")"
}

stop() {
  local dir="$1"
  [ -s "$dir/slapd.pid" ] || { echo "openldap.sh: not running (no $dir/slapd.pid)"; return 0; }
  local pid; pid="$(cat "$dir/slapd.pid")"
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && { kill -KILL "$pid" 2>/dev/null || true; sleep 0.2; }
  fi
  rm -f "$dir/slapd.pid"
  echo "openldap.sh: stopped (pid $pid)"
}

case "${1:-}" in
  start) [ $# -eq 3 ] || usage; start "$2" "$3" ;;
  stop)  [ $# -eq 2 ] || usage; stop "$2" ;;
  *) usage ;;
esac
