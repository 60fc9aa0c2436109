#!/usr/bin/env bash
# BackupRestoreIT takes and restores backups with PostgreSQL 15's pg_dump and pg_restore, as an operator would, on a
# PostgreSQL 15 server of its own. Installs Debian's postgresql-15 (server and client tools) when it is missing; the
# package's own cluster is not used. `make test` runs this in the background while Maven builds.
set -euo pipefail
bin=/usr/lib/postgresql/15/bin
if [ -x $bin/initdb ] && [ -x $bin/pg_dump ] && [ -x $bin/pg_restore ]; then
  echo "PostgreSQL 15 present: $($bin/pg_dump --version)"
  exit 0
fi
sudo=()
if [ "$(id -u)" -ne 0 ]; then sudo=(sudo -n); fi
export DEBIAN_FRONTEND=noninteractive
if ! "${sudo[@]}" apt-get install -y postgresql-15; then
  "${sudo[@]}" apt-get update
  "${sudo[@]}" apt-get install -y postgresql-15
fi
$bin/pg_dump --version
