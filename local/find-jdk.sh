#!/usr/bin/env bash
# Prints the home of a JDK 21 or newer: $JAVA_HOME when it is one, else the newest Temurin under
# /usr/lib/jvm, else any JDK there. Helhet compiles for Java 21 and runs on the JDK found here.
set -euo pipefail

major_version() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | awk -F'= ' '/java.specification.version/ { split($2, v, "."); print v[1]; exit }'
}

candidates=()
[ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
for dir in $(ls -d /usr/lib/jvm/temurin-* 2>/dev/null | sort -rV) $(ls -d /usr/lib/jvm/* 2>/dev/null | sort -rV); do
  candidates+=("$dir")
done

for home in "${candidates[@]}"; do
  if [ -x "$home/bin/javac" ]; then
    version=$(major_version "$home" || echo 0)
    if [ "${version:-0}" -ge 21 ]; then
      echo "$home"
      exit 0
    fi
  fi
done

echo "No JDK 21 or newer found (looked at JAVA_HOME and /usr/lib/jvm). Install one, e.g. Temurin 21 or 25, and set JAVA_HOME." >&2
exit 1
