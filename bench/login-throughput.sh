#!/usr/bin/env bash
# Login throughput: Authpack direct grant (username + password, and phone + SMS code) vs Keycloak's
# stock direct grant, same server, same run.
# See bench/README.md. Everything it writes goes under bench/results/ (git-ignored).
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"

# ---- settings (environment) --------------------------------------------------------------------
WARMUP="${WARMUP:-10}"              # seconds of warm-up per run (discarded)
MEASURE="${MEASURE:-20}"            # seconds measured per run
ROUNDS="${ROUNDS:-4}"               # rounds; stock and authpack back to back (order swapped each round), then phone
PREWARM="${PREWARM:-30}"            # seconds of untimed load per password login before the first round
CONCURRENCY="${CONCURRENCY:-8}"     # concurrent clients
PHONE_CODE="${PHONE_CODE:-true}"    # true: also run the phone-code login (label phone) in every round
USERS_PER_THREAD="${USERS_PER_THREAD:-20}"  # phone-code: users (phones) per client; CONCURRENCY x this are created
MAX_REQUESTS="${MAX_REQUESTS:-2000000}"  # per run, warm-up included
MAX_ERRORS="${MAX_ERRORS:-200}"     # per run; the run is aborted when reached
READY_TIMEOUT="${READY_TIMEOUT:-240}"    # seconds to wait for Keycloak to become ready
KC_VERSION="${KC_VERSION:-26.5.6}"
KC_DIST_ZIP="${KC_DIST_ZIP:-}"      # optional path to keycloak-quarkus-dist-<version>.zip
BUNDLE_JAR="${BUNDLE_JAR:-$ROOT/bundle/target/authpack-bundle-0.1.0-SNAPSHOT.jar}"
REALM_JSON="${REALM_JSON:-$ROOT/demo/demo-realm.json}"
KEEP_WORK="${KEEP_WORK:-false}"     # true: keep bench/results/work/ (Keycloak, its log) after the run
# Keycloak's default brute-force protector (with brute force on, as in the demo realm) rejects a login
# while another login of the same user is in progress. Every client here logs in as alice, so that
# would turn most requests into errors. true: start Keycloak with allowConcurrentRequests=true (server
# option; the realm's brute-force settings stay on). false: Keycloak's default, expect errors.
ALLOW_CONCURRENT_LOGINS="${ALLOW_CONCURRENT_LOGINS:-true}"

HOST=127.0.0.1                      # loopback only, for Keycloak's listeners and for every request
REALM=demo
USERNAME_=alice
PASSWORD_=Wonderland-2026
ADMIN_USER=admin
ADMIN_PASSWORD=admin

RESULTS_DIR="$BENCH_DIR/results"
WORK="$RESULTS_DIR/work"
KC_HOME="$WORK/keycloak-$KC_VERSION"
KC_LOG="$WORK/keycloak.log"
STAMP="$(date +%Y%m%d-%H%M%S)"
RESULT_FILE="$RESULTS_DIR/$STAMP.txt"

for v in WARMUP MEASURE ROUNDS PREWARM CONCURRENCY USERS_PER_THREAD MAX_REQUESTS MAX_ERRORS READY_TIMEOUT; do
  [[ "${!v}" =~ ^[0-9]+$ ]] || { echo "error: $v must be a non-negative integer, got '${!v}'" >&2; exit 2; }
done
(( MEASURE >= 1 && ROUNDS >= 1 && CONCURRENCY >= 1 && USERS_PER_THREAD >= 1 )) || { echo "error: MEASURE, ROUNDS, CONCURRENCY, USERS_PER_THREAD must be >= 1" >&2; exit 2; }
[[ "$PHONE_CODE" == true || "$PHONE_CODE" == false ]] || { echo "error: PHONE_CODE must be true or false, got '$PHONE_CODE'" >&2; exit 2; }
(( CONCURRENCY * USERS_PER_THREAD <= 100000000 )) || { echo "error: CONCURRENCY x USERS_PER_THREAD is too large" >&2; exit 2; }
for tool in java curl unzip; do
  command -v "$tool" >/dev/null || { echo "error: '$tool' is required" >&2; exit 2; }
done

mkdir -p "$RESULTS_DIR"
log() { echo "[bench $(date +%H:%M:%S)] $*" >&2; }

# ---- ports: defaults 18080/19000, or the next free ones; explicit values must be free -----------
port_in_use() { (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }
pick_port() { # name default explicit
  local name=$1 port=$2 explicit=$3 tries=0
  if [[ -n "$explicit" ]]; then
    port_in_use "$explicit" && { echo "error: $name=$explicit is in use" >&2; return 1; }
    echo "$explicit"; return 0
  fi
  while port_in_use "$port"; do
    (( ++tries < 100 )) || { echo "error: no free port near $2 for $name" >&2; return 1; }
    port=$((port + 1))
  done
  echo "$port"
}
HTTP_PORT="$(pick_port BENCH_HTTP_PORT 18080 "${BENCH_HTTP_PORT:-}")"
MGMT_PORT="$(pick_port BENCH_MGMT_PORT 19000 "${BENCH_MGMT_PORT:-}")"
[[ "$HTTP_PORT" != "$MGMT_PORT" ]] || { echo "error: HTTP and management ports must differ" >&2; exit 2; }
BASE="http://$HOST:$HTTP_PORT"
TOKEN_URL="$BASE/realms/$REALM/protocol/openid-connect/token"

# ---- cleanup: stop Keycloak on any exit, Ctrl-C included ----------------------------------------
KC_PID=""
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [[ -n "$KC_PID" ]] && kill -0 -- "-$KC_PID" 2>/dev/null; then
    log "stopping Keycloak (process group $KC_PID)"
    kill -TERM -- "-$KC_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do
      kill -0 -- "-$KC_PID" 2>/dev/null || break
      sleep 0.5
    done
    if kill -0 -- "-$KC_PID" 2>/dev/null; then
      log "Keycloak did not stop in 30 s, killing it"
      kill -KILL -- "-$KC_PID" 2>/dev/null || true
    fi
  fi
  if [[ "$KEEP_WORK" != true && -d "$WORK" && $rc -eq 0 ]]; then
    rm -rf "$KC_HOME"
  fi
  exit "$rc"
}
trap cleanup EXIT
mark_stopped() { log "$1"; if [[ -f "$RESULT_FILE" ]]; then echo "run $1 - incomplete" >>"$RESULT_FILE"; fi; }
trap 'mark_stopped interrupted; exit 130' INT
trap 'mark_stopped terminated; exit 143' TERM

# ---- 1. bundle ---------------------------------------------------------------------------------
if [[ ! -f "$BUNDLE_JAR" ]]; then
  log "bundle jar missing, building it (mvn install -pl bundle -am)"
  (cd "$ROOT" && mvn -q install -DskipTests -pl bundle -am)
fi
[[ -f "$BUNDLE_JAR" ]] || { echo "error: $BUNDLE_JAR not found after the build" >&2; exit 1; }
[[ -f "$REALM_JSON" ]] || { echo "error: $REALM_JSON not found" >&2; exit 1; }

# ---- 2. fresh Keycloak -------------------------------------------------------------------------
mkdir -p "$WORK"
if [[ -z "$KC_DIST_ZIP" ]]; then
  KC_DIST_ZIP="$HOME/.m2/repository/org/keycloak/keycloak-quarkus-dist/$KC_VERSION/keycloak-quarkus-dist-$KC_VERSION.zip"
  if [[ ! -f "$KC_DIST_ZIP" ]]; then
    log "fetching keycloak-quarkus-dist $KC_VERSION with Maven"
    mkdir -p "$WORK/dist"
    (cd "$WORK/dist" && mvn -q dependency:copy \
      -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" -DoutputDirectory="$WORK/dist")
    KC_DIST_ZIP="$WORK/dist/keycloak-quarkus-dist-$KC_VERSION.zip"
  fi
fi
[[ -f "$KC_DIST_ZIP" ]] || { echo "error: Keycloak distribution not found: $KC_DIST_ZIP" >&2; exit 1; }

log "preparing a fresh Keycloak $KC_VERSION in ${KC_HOME#"$ROOT"/}"
rm -rf "$KC_HOME"
unzip -q "$KC_DIST_ZIP" -d "$WORK"
[[ -x "$KC_HOME/bin/kc.sh" || -f "$KC_HOME/bin/kc.sh" ]] || { echo "error: unexpected zip layout (no $KC_HOME/bin/kc.sh)" >&2; exit 1; }
# The bundle may be rebuilt by someone else while we copy it: retry until the copy is a whole jar
# equal to the source, and record the copy's hash (what Keycloak really loads), not the source's later.
BUNDLE_COPY="$KC_HOME/providers/$(basename "$BUNDLE_JAR")"
for try in 1 2 3 4 5; do
  bundle_mtime="$(date -r "$BUNDLE_JAR" -Is)"
  cp "$BUNDLE_JAR" "$BUNDLE_COPY"
  if cmp -s "$BUNDLE_JAR" "$BUNDLE_COPY" && unzip -tqq "$BUNDLE_COPY" >/dev/null 2>&1; then break; fi
  (( try < 5 )) || { echo "error: $BUNDLE_JAR keeps changing or is not a valid jar" >&2; exit 1; }
  log "bundle jar changed while copying it (a build running?), copying again"; sleep 3
done
BUNDLE_INFO="$(basename "$BUNDLE_JAR") sha256=$(sha256sum "$BUNDLE_COPY" | cut -c1-16) mtime=$bundle_mtime"
mkdir -p "$KC_HOME/data/import"
cp "$REALM_JSON" "$KC_HOME/data/import/"

# ---- 3. start and wait for ready ---------------------------------------------------------------
log "starting Keycloak on $HOST:$HTTP_PORT (management $HOST:$MGMT_PORT), log: ${KC_LOG#"$ROOT"/}"
# setsid: Keycloak gets its own process group, so cleanup stops kc.sh and its java child together,
# and a Ctrl-C in the terminal reaches this script (which stops Keycloak) rather than Keycloak directly.
KC_ARGS=(start-dev --http-host="$HOST" --http-port="$HTTP_PORT" --http-management-port="$MGMT_PORT"
  --health-enabled=true --import-realm)
if [[ "$ALLOW_CONCURRENT_LOGINS" == true ]]; then
  KC_ARGS+=(--spi-brute-force-protector--default-brute-force-detector--allow-concurrent-requests=true)
fi
KC_BOOTSTRAP_ADMIN_USERNAME="$ADMIN_USER" KC_BOOTSTRAP_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
  setsid bash "$KC_HOME/bin/kc.sh" "${KC_ARGS[@]}" </dev/null >"$KC_LOG" 2>&1 &
KC_PID=$!
# setsid made KC_PID the leader of a new process group; cleanup signals that group (and only it).
for _ in $(seq 1 50); do  # setsid() runs a moment after the fork
  kc_pgid="$(ps -o pgid= -p "$KC_PID" 2>/dev/null | tr -d ' ')"
  [[ "$kc_pgid" != "$KC_PID" ]] || break
  sleep 0.1
done
[[ "$kc_pgid" == "$KC_PID" ]] || { echo "error: Keycloak did not get its own process group (pgid $kc_pgid)" >&2; kill -TERM "$KC_PID"; KC_PID=""; exit 1; }

deadline=$((SECONDS + READY_TIMEOUT))
until curl -fsS -o /dev/null --max-time 2 "http://$HOST:$MGMT_PORT/health/ready" 2>/dev/null; do
  if ! kill -0 "$KC_PID" 2>/dev/null; then
    echo "error: Keycloak exited during start-up; last lines of $KC_LOG:" >&2; tail -n 40 "$KC_LOG" >&2; exit 1
  fi
  if (( SECONDS >= deadline )); then
    echo "error: Keycloak not ready after ${READY_TIMEOUT}s; last lines of $KC_LOG:" >&2; tail -n 40 "$KC_LOG" >&2; exit 1
  fi
  sleep 1
done
# Make sure what answered is our Keycloak and not something that grabbed the port meanwhile.
grep -q "Listening on: http://$HOST:$HTTP_PORT" "$KC_LOG" || {
  echo "error: Keycloak is ready but its log does not show it listening on $HOST:$HTTP_PORT" >&2; tail -n 40 "$KC_LOG" >&2; exit 1; }
log "Keycloak ready after ${SECONDS}s"

# ---- 4. admin: client bench-stock (stock "direct grant" flow, no override) -----------------------
json_field() { sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p"; }
admin_token() {
  curl -fsS --max-time 30 "$BASE/realms/master/protocol/openid-connect/token" \
    --data-urlencode grant_type=password --data-urlencode client_id=admin-cli \
    --data-urlencode "username=$ADMIN_USER" --data-urlencode "password=$ADMIN_PASSWORD" | json_field access_token
}
ADMIN_TOKEN="$(admin_token)"
[[ -n "$ADMIN_TOKEN" ]] || { echo "error: could not get an admin token" >&2; exit 1; }
USER_ID="$(curl -fsS --max-time 30 "$BASE/admin/realms/$REALM/users?username=$USERNAME_&exact=true" \
  -H "Authorization: Bearer $ADMIN_TOKEN" | sed -n 's/^\[{"id":"\([^"]*\)".*/\1/p')"
[[ -n "$USER_ID" ]] || { echo "error: user $USERNAME_ not found in realm $REALM" >&2; exit 1; }

status="$(curl -sS --max-time 30 -o "$WORK/create-client.out" -w '%{http_code}' -X POST "$BASE/admin/realms/$REALM/clients" \
  -H "Authorization: Bearer $ADMIN_TOKEN" -H 'Content-Type: application/json' \
  -d '{"clientId":"bench-stock","name":"Benchmark: stock direct grant","enabled":true,"publicClient":true,
       "standardFlowEnabled":false,"directAccessGrantsEnabled":true}')"
[[ "$status" == 201 ]] || { echo "error: creating client bench-stock answered HTTP $status: $(cat "$WORK/create-client.out")" >&2; exit 1; }
overrides="$(curl -fsS --max-time 30 "$BASE/admin/realms/$REALM/clients?clientId=bench-stock" \
  -H "Authorization: Bearer $ADMIN_TOKEN" | sed -n 's/.*"authenticationFlowBindingOverrides":\({[^}]*}\).*/\1/p')"
[[ -z "$overrides" || "$overrides" == "{}" ]] || { echo "error: bench-stock has flow overrides: $overrides" >&2; exit 1; }
log "created client bench-stock (stock direct grant flow)"

STOCK_BODY="grant_type=password&client_id=bench-stock&username=$USERNAME_&password=$PASSWORD_&scope=openid"
AUTHPACK_BODY="grant_type=password&client_id=demo-app&login_method=username&username=$USERNAME_&password=$PASSWORD_&scope=openid"
# LoginBench --phone-code appends &phone=<E.164>&code=<the code the SMS sink received> to this.
PHONE_BODY="grant_type=password&client_id=demo-app&scope=openid&login_method=phone_code"

# ---- 4b. phone-code: a pool of users with phones, CONCURRENCY x USERS_PER_THREAD -------------------
# LoginBench gives each client thread its own USERS_PER_THREAD phones, so no phone is used by two
# threads at once. Each user: enabled, no password, phoneNumber (E.164) verified, as Authpack stores it.
PHONE_USERS=$((CONCURRENCY * USERS_PER_THREAD))
PHONES=()
PHONE_USER_IDS=()
phone_of() { printf '+86139%08d' "$1"; }
if [[ "$PHONE_CODE" == true ]]; then
  log "creating $PHONE_USERS users with phones $(phone_of 1) .. $(phone_of "$PHONE_USERS")"
  token_at=$SECONDS
  for i in $(seq 1 "$PHONE_USERS"); do
    if (( SECONDS - token_at > 30 )); then  # admin-cli tokens live 60 s
      ADMIN_TOKEN="$(admin_token)"; token_at=$SECONDS
    fi
    phone="$(phone_of "$i")"
    name="$(printf 'bench-phone-%04d' "$i")"
    status="$(curl -sS --max-time 30 -o "$WORK/create-user.out" -D "$WORK/create-user.headers" -w '%{http_code}' \
      -X POST "$BASE/admin/realms/$REALM/users" -H "Authorization: Bearer $ADMIN_TOKEN" -H 'Content-Type: application/json' \
      -d "{\"username\":\"$name\",\"enabled\":true,\"attributes\":{\"phoneNumber\":[\"$phone\"],
           \"phoneNumberVerified\":[\"true\"],\"phoneCountryCode\":[\"+86\"]}}")"
    [[ "$status" == 201 ]] || { echo "error: creating user $name answered HTTP $status: $(head -c 500 "$WORK/create-user.out")" >&2; exit 1; }
    id="$(tr -d '\r' <"$WORK/create-user.headers" | sed -n 's#^[Ll]ocation: .*/users/\([^/[:space:]]*\)$#\1#p')"
    [[ -n "$id" ]] || { echo "error: creating user $name: no Location header" >&2; exit 1; }
    PHONES+=("$phone")
    PHONE_USER_IDS+=("$id")
  done
  PHONES_CSV="$(IFS=,; echo "${PHONES[*]}")"
  log "created $PHONE_USERS phone users"
fi
# LoginBench --phone-code sets the realm's SMS settings itself (it needs the URL of its own SMS sink).
PHONE_ENV=(BENCH_ADMIN_USER="$ADMIN_USER" BENCH_ADMIN_PASSWORD="$ADMIN_PASSWORD")

# One login each before measuring, so a broken setup fails fast with the server's answer.
smoke() { # label body
  local out="$WORK/smoke-$1.out" code
  code="$(curl -sS --max-time 30 -o "$out" -w '%{http_code}' -H 'Content-Type: application/x-www-form-urlencoded' \
    --data "$2" "$TOKEN_URL")"
  if [[ "$code" != 200 ]] || ! grep -q '"access_token":"' "$out"; then
    echo "error: smoke login '$1' answered HTTP $code: $(head -c 500 "$out")" >&2; return 1
  fi
}
smoke stock "$STOCK_BODY"
smoke authpack "$AUTHPACK_BODY"
if [[ "$PHONE_CODE" == true ]]; then
  # One client, one phone, 1 s: LoginBench configures the SMS settings, checks one cycle, then loops.
  set +e
  line="$(env "${PHONE_ENV[@]}" java "$BENCH_DIR/LoginBench.java" --phone-code "$TOKEN_URL" phone-smoke "$PHONE_BODY" \
    "${PHONES[0]}" 1 0 1 10000 1 2>"$WORK/smoke-phone.err")"
  rc=$?
  set -e
  if (( rc != 0 )); then
    echo "error: smoke phone-code login failed (exit $rc)${line:+: $line}" >&2; cat "$WORK/smoke-phone.err" >&2; exit 1
  fi
  log "smoke logins OK (stock, authpack, phone-code)"
else
  log "smoke logins OK for both clients"
fi

# ---- 5. runs, interleaved: stock, authpack, phone, stock, authpack, phone, ... ---------------------
{
  echo "# Authpack login throughput benchmark"
  echo "date:        $(date -Is)"
  echo "git:         $(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo '?')$( (cd "$ROOT" && [[ -n "$(git --no-optional-locks status --porcelain 2>/dev/null)" ]]) && echo ' (dirty tree)')"
  echo "bundle:      $BUNDLE_INFO"
  echo "keycloak:    $KC_VERSION start-dev (dev-file H2), $HOST:$HTTP_PORT, brute force on, allowConcurrentRequests=$ALLOW_CONCURRENT_LOGINS"
  echo "java:        $(java -version 2>&1 | head -n 1)"
  echo "machine:     $(nproc) CPUs, load average at start: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
  echo "settings:    concurrency=$CONCURRENCY warmup=${WARMUP}s measure=${MEASURE}s rounds=$ROUNDS phone_code=$PHONE_CODE"
  echo "stock:       $STOCK_BODY"
  echo "authpack:    $AUTHPACK_BODY"
  if [[ "$PHONE_CODE" == true ]]; then
    echo "phone:       POST /realms/$REALM/authpack/sms/send {\"phone\":\"<E.164>\",\"scene\":\"login\"}, code from LoginBench's SMS sink, then"
    echo "             $PHONE_BODY&phone=<E.164>&code=<code>"
    echo "             $PHONE_USERS users $(phone_of 1)..$(phone_of "$PHONE_USERS"), $USERS_PER_THREAD per client"
    echo "sms:         sender=http (LoginBench sink) resendCooldownSeconds=0 perPhoneHourly=10000 perIpHourly=1000000 codeTtlSeconds=300"
  fi
  echo
} | tee "$RESULT_FILE"

LINES=()
any_errors=0
# The JIT keeps warming for minutes; one untimed run of each password login first keeps that drift
# out of the first round.
if (( PREWARM > 0 )); then
  for body in "$STOCK_BODY" "$AUTHPACK_BODY"; do
    log "pre-warm: ${PREWARM}s of ${body%%&username*}..."
    java "$BENCH_DIR/LoginBench.java" "$TOKEN_URL" prewarm "$body" "$CONCURRENCY" "$PREWARM" 1 \
      "$MAX_REQUESTS" "$MAX_ERRORS" >/dev/null 2>&1 || true
  done
fi
LABELS=(stock authpack)
if [[ "$PHONE_CODE" == true ]]; then LABELS+=(phone); fi
for round in $(seq 1 "$ROUNDS"); do
  # stock and authpack run back to back, their order swapped every round, so neither profits from the
  # server still warming up; phone runs last
  if (( round % 2 == 1 )); then ORDER=(stock authpack); else ORDER=(authpack stock); fi
  if [[ "$PHONE_CODE" == true ]]; then ORDER+=(phone); fi
  for label in "${ORDER[@]}"; do
    case $label in
      stock)    bench_env=(); bench_args=("$TOKEN_URL" stock "$STOCK_BODY") ;;
      authpack) bench_env=(); bench_args=("$TOKEN_URL" authpack "$AUTHPACK_BODY") ;;
      phone)    bench_env=("${PHONE_ENV[@]}"); bench_args=(--phone-code "$TOKEN_URL" phone "$PHONE_BODY" "$PHONES_CSV") ;;
    esac
    log "round $round/$ROUNDS: $label (warm-up ${WARMUP}s, measure ${MEASURE}s)"
    set +e
    line="$(env "${bench_env[@]}" java "$BENCH_DIR/LoginBench.java" "${bench_args[@]}" \
      "$CONCURRENCY" "$WARMUP" "$MEASURE" "$MAX_REQUESTS" "$MAX_ERRORS" 2>"$WORK/loginbench.err")"
    rc=$?
    set -e
    if [[ -s "$WORK/loginbench.err" ]]; then tee -a "$RESULT_FILE" <"$WORK/loginbench.err" >&2; fi
    [[ -n "$line" ]] || { echo "error: LoginBench printed nothing (exit $rc)" >&2; exit 1; }
    (( rc == 0 )) || any_errors=1
    echo "round=$round $line" | tee -a "$RESULT_FILE"
    LINES+=("round=$round $line")
  done
done

# ---- 6. medians and ratios ---------------------------------------------------------------------
printf '%s\n' "${LINES[@]}" | awk -v rounds="$ROUNDS" '
  function median(label, key,    n, i, j, t, a) {
    n = cnt[label]
    for (i = 1; i <= n; i++) a[i] = v[label, key, i]
    for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
    return (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  {
    delete f
    for (i = 1; i <= NF; i++) { split($i, kv, "="); f[kv[1]] = kv[2] }
    l = f["label"]; c = ++cnt[l]; rd[l, f["round"]] = f["rps"]
    split("rps p50_ms p90_ms p99_ms max_ms login_p50_ms login_p90_ms login_p99_ms login_max_ms send_p50_ms send_p99_ms", keys, " ")
    for (k in keys) v[l, keys[k], c] = f[keys[k]]
    err[l] += f["errors"] + f["warmup_errors"]
    if (f["status"] != "OK") bad[l]++
  }
  END {
    print ""
    printf "medians over %d round(s):\n", rounds
    phone = cnt["phone"] > 0
    printf "  %-12s %10s %10s %10s %10s %10s %8s\n", "label", "req/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "errors"
    for (li = 1; li <= 2 + phone; li++) {
      l = (li == 1) ? "stock" : (li == 2) ? "authpack" : "phone"
      printf "  %-12s %10.1f %10.2f %10.2f %10.2f %10.2f %8d\n", l, median(l, "rps"), median(l, "p50_ms"),
        median(l, "p90_ms"), median(l, "p99_ms"), median(l, "max_ms"), err[l]
    }
    if (phone) {
      printf "  %-12s %10s %10.2f %10.2f %10.2f %10.2f %8s\n", "phone login", "-", median("phone", "login_p50_ms"),
        median("phone", "login_p90_ms"), median("phone", "login_p99_ms"), median("phone", "login_max_ms"), "-"
      printf "  (phone: whole cycle = send code + take it from the sink + token request; phone login: the token request alone;\n"
      printf "   sending the code: p50 %.2f ms, p99 %.2f ms)\n", median("phone", "send_p50_ms"), median("phone", "send_p99_ms")
    }
    s = median("stock", "rps"); a = median("authpack", "rps")
    sp50 = median("stock", "p50_ms"); ap50 = median("authpack", "p50_ms")
    sp99 = median("stock", "p99_ms"); ap99 = median("authpack", "p99_ms")
    # per round, stock and authpack ran back to back, so their ratio is free of the drift between rounds
    n = 0
    for (r = 1; r <= rounds; r++) if (rd["stock", r] > 0 && rd["authpack", r] != "") { n++; pr_[n] = rd["authpack", r] / rd["stock", r] }
    for (i = 2; i <= n; i++) { t = pr_[i]; for (j = i - 1; j >= 1 && pr_[j] > t; j--) pr_[j + 1] = pr_[j]; pr_[j + 1] = t }
    paired = (n == 0) ? 0 : (n % 2) ? pr_[(n + 1) / 2] : (pr_[n / 2] + pr_[n / 2 + 1]) / 2
    print ""
    print "ratio authpack/stock (throughput: higher is better; latency: lower is better):"
    printf "  throughput %s (ratio of medians); per-round pairs:", (s > 0) ? sprintf("%.3f", a / s) : "n/a"
    for (r = 1; r <= rounds; r++) if (rd["stock", r] > 0) printf " %.3f", rd["authpack", r] / rd["stock", r]
    printf "; median of pairs %.3f\n", paired
    printf "  p50        %s\n", (sp50 > 0) ? sprintf("%.3f", ap50 / sp50) : "n/a"
    printf "  p99        %s\n", (sp99 > 0) ? sprintf("%.3f", ap99 / sp99) : "n/a"
    if (phone) {
      pr = median("phone", "rps"); pl50 = median("phone", "login_p50_ms"); pl99 = median("phone", "login_p99_ms")
      print ""
      print "ratio phone/stock (throughput: completed phone-code logins/s, code sending included; latency: token request alone):"
      printf "  throughput %s\n", (s > 0) ? sprintf("%.3f", pr / s) : "n/a"
      printf "  login p50  %s\n", (sp50 > 0) ? sprintf("%.3f", pl50 / sp50) : "n/a"
      printf "  login p99  %s\n", (sp99 > 0) ? sprintf("%.3f", pl99 / sp99) : "n/a"
    }
    print ""
    if (bad["stock"] + bad["authpack"] > 0) {
      printf "verdict: INVALID - %d run(s) had errors (stock %d, authpack %d); see the error samples above\n",
        bad["stock"] + bad["authpack"], bad["stock"] + 0, bad["authpack"] + 0
    } else if (paired >= 0.95) {
      printf "verdict: PASS - authpack throughput is %.1f%% of stock (median of per-round pairs; goal >= 95%%)\n", 100 * paired
    } else {
      printf "verdict: FAIL - authpack throughput is %.1f%% of stock (median of per-round pairs; goal >= 95%%)\n", 100 * paired
    }
    if (phone) {
      if (bad["stock"] + bad["phone"] > 0) {
        printf "phone-code: INVALID - %d run(s) had errors (stock %d, phone %d); see the error samples above\n",
          bad["stock"] + bad["phone"], bad["stock"] + 0, bad["phone"] + 0
      } else if (s > 0 && sp50 > 0 && sp99 > 0) {
        printf "phone-code: %.2fx stock throughput (phone-code logins/s incl. sending the code vs stock logins/s); token request alone: p50 %.2fx, p99 %.2fx of stock%s\n",
          pr / s, pl50 / sp50, pl99 / sp99, (pr / s > 1) ? "" : " - NOT above 1x as expected"
      } else {
        print "phone-code: n/a - no stock logins completed"
      }
    }
  }' | tee -a "$RESULT_FILE"

# A lockout of alice during the runs would make later runs fail; show the brute-force state.
bf_state="$(curl -fsS --max-time 30 "$BASE/admin/realms/$REALM/attack-detection/brute-force/users/$USER_ID" \
  -H "Authorization: Bearer $(admin_token)" 2>/dev/null || echo '?')"
echo "brute-force state of $USERNAME_ after the runs: $bf_state" | tee -a "$RESULT_FILE"
if [[ "$PHONE_CODE" == true ]]; then
  # Correct codes must never count as failures; any failure here means some login used a wrong or stale code.
  bf_token="$(admin_token)"; failures=0; failed_users=0; locked=0; lockouts=0; unread=0
  for id in "${PHONE_USER_IDS[@]}"; do
    st="$(curl -fsS --max-time 30 "$BASE/admin/realms/$REALM/attack-detection/brute-force/users/$id" \
      -H "Authorization: Bearer $bf_token" 2>/dev/null || true)"
    n="$(sed -n 's/.*"numFailures":\([0-9]*\).*/\1/p' <<<"$st")"
    if [[ -z "$n" ]]; then unread=$((unread + 1)); continue; fi
    failures=$((failures + n)); (( n == 0 )) || failed_users=$((failed_users + 1))
    lockouts=$((lockouts + $(sed -n 's/.*"numTemporaryLockouts":\([0-9]*\).*/\1/p' <<<"$st" | grep . || echo 0)))
    if grep -q '"disabled":true' <<<"$st"; then locked=$((locked + 1)); fi
  done
  echo "brute-force state of the $PHONE_USERS phone users after the runs: numFailures $failures (users with failures $failed_users)," \
    "temporarily locked $locked, lockouts $lockouts, unreadable $unread" | tee -a "$RESULT_FILE"
fi
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')" | tee -a "$RESULT_FILE"
log "results written to ${RESULT_FILE#"$ROOT"/}"
exit "$any_errors"
