#!/usr/bin/env bash
# `make bench`: builds, starts the real test stack with fresh data, runs the benchmarks against the
# packaged services and prints their numbers, then stops everything.
set -euo pipefail
cd "$(dirname "$0")/.."

JAVA_HOME=$(local/find-jdk.sh)
export JAVA_HOME
launcher=("$JAVA_HOME/bin/java" -Xmx256m -XX:+UseSerialGC -Dhelhet.root="$PWD" -jar local/launcher/target/helhet-launcher.jar)

./mvnw -B -ntp -q install -DskipTests
mkdir -p .helhet
"${launcher[@]}" stack --profile test --fresh > .helhet/bench-stack.log 2>&1 &
trap '"${launcher[@]}" stop --profile test > /dev/null 2>&1 || true' EXIT

"$JAVA_HOME/bin/java" -Dhelhet.root="$PWD" -Dhelhet.stack.file="$PWD/.helhet/test/stack.properties" \
  -jar tests/bench/target/helhet-bench.jar
