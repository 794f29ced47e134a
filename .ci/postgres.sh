#!/usr/bin/env bash
# Makes a PostgreSQL server available for claimwire's Postgres tests, on a
# fresh Debian machine as root, and prints the line that points the tests
# at it:
#
#   eval "$(.ci/postgres.sh)"     # sets CLAIMWIRE_TEST_POSTGRES_URL
#
# Idempotent: installs the Debian postgresql package only when missing,
# creates the cluster, role and database only when missing, starts the
# cluster only when it is down. Everything but the export line goes to
# stderr.
set -euo pipefail

role=claimwire
password=claimwire
db=claimwire_test

if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
  echo "postgres.sh: installing postgresql" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi

version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { found = 1 } END { exit !found }'; then
  echo "postgres.sh: creating cluster $version/main" >&2
  pg_createcluster "$version" main >&2
fi
port=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { print $3 }')
status=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { print $4 }')
if [ "$status" != "online" ]; then
  echo "postgres.sh: starting cluster $version/main on port $port" >&2
  pg_ctlcluster "$version" main start >&2
fi
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p "$port" && break
  sleep 1
done
pg_isready -h 127.0.0.1 -p "$port" >&2

psql_admin() { runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$port" "$@"; }
if [ "$(psql_admin -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$role'")" != "1" ]; then
  echo "postgres.sh: creating role $role" >&2
  psql_admin -c "CREATE ROLE $role LOGIN PASSWORD '$password'" >&2
fi
if [ "$(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'")" != "1" ]; then
  echo "postgres.sh: creating database $db" >&2
  runuser -u postgres -- createdb -p "$port" -O "$role" "$db" >&2
fi

echo "export CLAIMWIRE_TEST_POSTGRES_URL='postgres://$role:$password@127.0.0.1:$port/$db?sslmode=disable'"
