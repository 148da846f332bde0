#!/usr/bin/env bash
# Installs the Debian packages the directory scripts need (OpenLDAP slapd + ldap-utils,
# Samba AD DC). Idempotent: runs `apt-get update` (once) and `apt-get install` only when
# something is missing. The distro's own slapd/samba services are never left running:
# a temporary policy-rc.d blocks service starts during the install, and any daemons
# that the packages started anyway are stopped and disabled afterwards.
set -euo pipefail

PKGS=(
  slapd ldap-utils                  # OpenLDAP server + ldapadd/ldapsearch/ldapwhoami
  samba samba-dsdb-modules          # AD DC binary (samba) + its LDB modules
  samba-ad-provision                # provision templates used by samba-tool domain provision
  samba-vfs-modules                 # vfs objects (acl_xattr...) the provisioned shares use
  winbind                           # winbindd, spawned by the AD DC
  python3-samba samba-common-bin    # samba-tool
)

[ "$(id -u)" = 0 ] || { echo "install.sh: must run as root" >&2; exit 1; }

missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if [ "${#missing[@]}" -gt 0 ]; then
  echo "install.sh: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # Block service starts from maintainer scripts (keeps ports 389/636/88/445... free).
  created_policy=0
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
    chmod 755 /usr/sbin/policy-rc.d
    created_policy=1
  fi
  trap '[ "$created_policy" = 1 ] && rm -f /usr/sbin/policy-rc.d' EXIT
  # apt-get update once, only when the lists don't know a package we need.
  if ! apt-get install -y -qq --no-install-recommends \
        -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
        "${missing[@]}"; then
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends \
        -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
        "${missing[@]}"
  fi
fi

# Make sure the distro services are neither running nor enabled (harmless if absent):
# our scripts run their own slapd/samba with private configs on loopback.
for svc in slapd samba-ad-dc smbd nmbd winbind; do
  if [ -d /run/systemd/system ]; then
    systemctl disable --now "$svc" >/dev/null 2>&1 || true
  elif command -v systemctl >/dev/null 2>&1; then
    systemctl disable "$svc" >/dev/null 2>&1 || true   # offline: just drop the wants/ links
  fi
  if [ -x "/etc/init.d/$svc" ]; then
    "/etc/init.d/$svc" stop >/dev/null 2>&1 || true    # direct call, bypasses policy-rc.d
    update-rc.d "$svc" disable >/dev/null 2>&1 || true
  fi
done

for b in slapd ldapadd ldapsearch ldapwhoami samba samba-tool winbindd; do
  command -v "$b" >/dev/null 2>&1 || [ -x "/usr/sbin/$b" ] || { echo "install.sh: $b missing after install" >&2; exit 1; }
done
echo "install.sh: OK"
