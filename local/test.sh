#!/usr/bin/env bash
# `make test`: starts the real test stack (PostgreSQL, Kafka, Keycloak) once, in the background while
# Maven builds, runs every test of every module against it, and stops it again whatever happens.
set -euo pipefail
cd "$(dirname "$0")/.."

JAVA_HOME=$(local/find-jdk.sh)
export JAVA_HOME
mvnw=(./mvnw -B -ntp)
launcher=("$JAVA_HOME/bin/java" -Xmx256m -XX:+UseSerialGC -Dhelhet.root="$PWD" -jar local/launcher/target/helhet-launcher.jar)
started=$(date +%s)

"${mvnw[@]}" -q install -DskipTests -pl local/launcher -am

mkdir -p .helhet
# Debian's Chromium for the browser tests and PostgreSQL 15 for the backup test, installed alongside the
# build (BrowserIT waits for Chromium), one after the other: two apt-get runs at once would fight over dpkg's lock.
{ local/ensure-chromium.sh > .helhet/chromium.log 2>&1; local/ensure-postgres-15.sh > .helhet/postgres-15.log 2>&1; } &
"${launcher[@]}" stack --profile test --fresh > .helhet/test-stack.log 2>&1 &
stop_stack() {
  "${launcher[@]}" stop --profile test > /dev/null 2>&1 || true
}
trap stop_stack EXIT

"${mvnw[@]}" verify "$@"

echo "make test: every test passed in $(( $(date +%s) - started )) s"
