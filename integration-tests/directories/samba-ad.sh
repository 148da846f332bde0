#!/usr/bin/env bash
# Samba AD DC (Debian samba) on loopback for the integration tests.
#   samba-ad.sh start <workdir>   provisions EXAMPLE.ORG in <workdir> (once), starts `samba -i` bound to lo,
#                                 waits until a simple bind as Administrator works on ldap://127.0.0.1:389,
#                                 creates the test users (if missing), exits 0
#   samba-ad.sh stop <workdir>    TERMs samba (<workdir>/run/samba.pid), waits until it and its ports are gone
# Env:
#   SAMBA_ADMIN_PW   Administrator password (default Admin-pass-1)
#   SAMBA_SERVICES   smb.conf "server services" (default "ldap, cldap": LDAP/LDAPS/GC only, ports
#                    389 tcp+udp, 636, 3268, 3269; starts in <1s). "full" keeps provision's default list
#                    (adds kdc 88/464, rpc 135/49152+, smb 139/445, nbt 137/138 udp, winbindd; ~3s).
# Samba's LDAP ports are fixed (389/636/3268/3269), so only one DC per machine. Must run as root.
# Data persists in <workdir> across stop/start; a fresh <workdir> gives a fresh domain.
# Log: <workdir>/samba.log (provision log: <workdir>/provision.log).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REALM=EXAMPLE.ORG
DOMAIN=EXAMPLE
BASE_DN="DC=example,DC=org"
USERS_DN="CN=Users,$BASE_DN"
ADMIN_DN="CN=Administrator,$USERS_DN"
ADMIN_PW="${SAMBA_ADMIN_PW:-Admin-pass-1}"
SERVICES="${SAMBA_SERVICES:-ldap, cldap}"
# name:password:given name:surname:mail
USERS=(
  "adam:Adam-pass-1:Adam:Ad:adam@example.org"
  "ada:Ada-pass-1:Ada:Ad:ada@example.org"
)

die() { echo "samba-ad.sh: $*" >&2; exit 1; }
usage() { echo "usage: $0 start <workdir> | stop <workdir>" >&2; exit 2; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN{printf "%.1fs", b-a}'; }

tcp_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
pidof_dc() { [ -s "$1/run/samba.pid" ] && tr -dc '0-9' < "$1/run/samba.pid"; }
alive() { local p; p="$(pidof_dc "$1")" && [ -n "$p" ] && kill -0 "$p" 2>/dev/null && \
  grep -q samba "/proc/$p/comm" 2>/dev/null; }
admin_bind() {
  ldapsearch -x -LLL -o nettimeout=5 -H ldap://127.0.0.1 -D "$ADMIN_DN" -w "$ADMIN_PW" -s base -b "" dn >/dev/null 2>&1
}

ports_for() { # TCP ports the configured services listen on
  if [ "$1" = full ]; then echo "88 135 139 389 445 464 636 3268 3269"; else echo "389 636 3268 3269"; fi
}

start() {
  local dir="$1" t0 t; t0="$(now)"
  [ "$(id -u)" = 0 ] || die "must run as root (samba AD DC)"
  command -v samba-tool >/dev/null && [ -x /usr/sbin/samba ] || "$HERE/install.sh"
  mkdir -p "$dir"; dir="$(cd "$dir" && pwd)"
  local conf="$dir/etc/smb.conf"

  if alive "$dir"; then
    echo "samba-ad.sh: already running (pid $(pidof_dc "$dir"))"
  else
    if [ ! -e "$dir/private/sam.ldb" ]; then
      t="$(now)"
      rm -rf "$dir/etc" "$dir/private" "$dir/state" "$dir/cache" "$dir/bind-dns" "$dir/run"
      mkdir -p "$dir/run"
      : > "$dir/empty.conf"   # keeps /etc/samba/smb.conf (shares, passwd program...) out of ours
      samba-tool domain provision -s "$dir/empty.conf" --targetdir="$dir" \
        --realm="$REALM" --domain="$DOMAIN" --server-role=dc --dns-backend=NONE \
        --host-name=dc1 --adminpass="$ADMIN_PW" --use-rfc2307 \
        --option="netbios name=DC1" --option="interfaces=lo" --option="bind interfaces only=yes" \
        --option="pid directory=$dir/run" \
        >"$dir/provision.log" 2>&1 || { tail -30 "$dir/provision.log" >&2; die "provision failed (see $dir/provision.log)"; }
      # Plain (non-TLS) simple binds on 389, as Keycloak's authType=simple over ldap:// does;
      # no grace period for the previous password after a reset. (--option= on provision
      # does not carry these two into smb.conf, hence the edit.)
      sed -i '/^\[global\]/a\\tldap server require strong auth = no\n\told password allowed period = 0' "$conf"
      grep -q 'ldap server require strong auth = no' "$conf" || die "could not edit $conf"
      # Test-friendly password policy: no complexity/history/age (history>0 also lets the
      # previous password keep working for simple binds right after a reset).
      samba-tool domain passwordsettings set -s "$conf" --complexity=off --history-length=0 \
        --min-pwd-age=0 --max-pwd-age=0 --account-lockout-threshold=0 >/dev/null
      echo "samba-ad.sh: provisioned $REALM in $dir in $(since "$t")"
    fi
    # (Re)apply the services line every start, so SAMBA_SERVICES can change between runs.
    local svc_line="$SERVICES" kind=ldap
    if [ "$SERVICES" = full ]; then
      kind=full
      svc_line="s3fs, rpc, nbt, wrepl, ldap, cldap, kdc, drepl, winbindd, ntp_signd, kcc, dnsupdate"
    fi
    sed -i "s/^[[:space:]]*server services[[:space:]]*=.*/\tserver services = $svc_line/" "$conf"
    grep -q '^[[:space:]]*server services' "$conf" || die "no 'server services' line in $conf"

    local busy="" p
    for p in $(ports_for "$kind"); do tcp_open "$p" && busy="$busy $p"; done
    if [ -n "$busy" ]; then
      ss -ltnp 2>/dev/null | grep -E ":($(echo $busy | tr ' ' '|'))\b" >&2 || true
      die "127.0.0.1 port(s)$busy already in use (another LDAP server / samba?)"
    fi

    t="$(now)"
    # -i: foreground, logs to stdout -> samba.log; setsid + detached std streams so callers
    # capturing our output (Java ProcessBuilder, $(...)) are not held open by samba.
    setsid /usr/sbin/samba -s "$conf" -i </dev/null >"$dir/samba.log" 2>&1 &
    local ok=0
    for _ in $(seq 600); do   # 60 s
      if admin_bind; then ok=1; break; fi
      if ! kill -0 $! 2>/dev/null && ! alive "$dir"; then break; fi
      sleep 0.1
    done
    [ "$ok" = 1 ] || { tail -30 "$dir/samba.log" >&2; die "samba did not accept an Administrator bind on 127.0.0.1:389"; }
    echo "samba-ad.sh: samba pid $(pidof_dc "$dir") up (services: $svc_line); Administrator bind OK after $(since "$t")"
  fi

  t="$(now)"
  local u name pw given sn mail created=""
  for u in "${USERS[@]}"; do
    IFS=: read -r name pw given sn mail <<<"$u"
    if ! samba-tool user show "$name" -s "$conf" >/dev/null 2>&1; then
      samba-tool user create "$name" "$pw" --given-name="$given" --surname="$sn" \
        --mail-address="$mail" --use-username-as-cn -s "$conf" >/dev/null
      created="$created $name"
    fi
  done
  LDAPTLS_REQCERT=never ldapsearch -x -LLL -o nettimeout=5 -H ldaps://127.0.0.1 -D "$ADMIN_DN" -w "$ADMIN_PW" \
    -b "$USERS_DN" "(sAMAccountName=adam)" dn >/dev/null || die "LDAPS search on 127.0.0.1:636 failed"
  echo "samba-ad.sh: users created:${created:- none (already present)} in $(since "$t"); ready in $(since "$t0") total"
}

stop() {
  local dir="$1" pid t0; t0="$(now)"
  pid="$(pidof_dc "$dir" || true)"
  if [ -z "$pid" ] || ! kill -0 "$pid" 2>/dev/null; then echo "samba-ad.sh: not running"; return 0; fi
  kill -TERM "$pid"
  for _ in $(seq 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$pid" 2>/dev/null; then
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true   # its process group (setsid)
  fi
  # Wait for stragglers (prefork children, smbd, winbindd) and the ports.
  local p busy
  for _ in $(seq 100); do
    busy=""
    pgrep -g "$pid" >/dev/null 2>&1 && busy=1
    for p in 389 636 3268 3269 88 445; do tcp_open "$p" && busy=1; done
    [ -z "$busy" ] && break
    sleep 0.1
  done
  [ -z "$busy" ] || { pkill -KILL -g "$pid" 2>/dev/null || true; sleep 0.5; }
  rm -f "$dir/run/samba.pid"
  echo "samba-ad.sh: stopped (pid $pid) in $(since "$t0")"
}

case "${1:-}" in
  start) [ $# -eq 2 ] || usage; start "$2" ;;
  stop)  [ $# -eq 2 ] || usage; stop "$2" ;;
  *) usage ;;
esac
