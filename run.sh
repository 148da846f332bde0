#!/usr/bin/env bash
# Runs Authpack: a real Keycloak 26.5.6 with the Authpack bundle and the demo realm, on embedded H2
# kept in .run/ across restarts, at http://localhost:8080 (admin / admin). Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")"

KC_VERSION=26.5.6
RUN_DIR=.run
KC_HOME="$RUN_DIR/keycloak-$KC_VERSION"
HTTP_PORT="${AUTHPACK_HTTP_PORT:-8080}"
MANAGEMENT_PORT="${AUTHPACK_MANAGEMENT_PORT:-9000}"

echo "==> Building the Authpack bundle"
mvn -q -DskipTests install -pl bundle -am

if [ ! -x "$KC_HOME/bin/kc.sh" ]; then
  echo "==> Fetching Keycloak $KC_VERSION from Maven Central (cached in ~/.m2)"
  mkdir -p "$RUN_DIR"
  mvn -q dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" -DoutputDirectory="$RUN_DIR"
  (cd "$RUN_DIR" && unzip -q -o "keycloak-quarkus-dist-$KC_VERSION.zip" && rm -f "keycloak-quarkus-dist-$KC_VERSION.zip")
  chmod +x "$KC_HOME/bin/"*.sh
fi

rm -f "$KC_HOME"/providers/authpack-*.jar
cp bundle/target/authpack-bundle-*.jar "$KC_HOME/providers/"
mkdir -p "$KC_HOME/data/import"
cp demo/demo-realm.json "$KC_HOME/data/import/demo-realm.json"

cat <<INFO
==> Starting Keycloak (first start builds the server and takes about a minute)
    Admin console : http://localhost:$HTTP_PORT/admin/   (admin / admin)
    Demo realm    : http://localhost:$HTTP_PORT/realms/demo/account/
    Authpack API  : http://localhost:$HTTP_PORT/realms/demo/authpack/
    Token endpoint: http://localhost:$HTTP_PORT/realms/demo/protocol/openid-connect/token  (client_id=demo-app)
    Data (H2)     : $KC_HOME/data  (delete it to start over)
    SMS codes     : printed to this console as [authpack-dev-sms] lines (dev-only console sender)
    Email codes   : printed to this console as [authpack-dev-mail] lines (dev-only console sender)
INFO

export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}"
exec "$KC_HOME/bin/kc.sh" start-dev \
  --http-port="$HTTP_PORT" --http-management-port="$MANAGEMENT_PORT" \
  --health-enabled=true --import-realm \
  --features=declarative-ui \
  --spi-authpack-sms-sender--console--enabled=true \
  --spi-authpack-mail-sender--console--enabled=true
