#!/usr/bin/env bash
# npm run test:postgres — the e2e suites on PostgreSQL. Uses TEST_POSTGRES_URL when it answers;
# otherwise starts Debian's PostgreSQL cluster (package `postgresql`) and creates the `agora` role.
# Each test file creates its own throwaway database there and drops it afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."

URL="${TEST_POSTGRES_URL:-postgres://agora:agora@127.0.0.1:5432/postgres}"
reachable() { node -e "const {Client}=require('pg');const c=new Client({connectionString:process.argv[1]});c.connect().then(()=>c.end()).then(()=>process.exit(0),()=>process.exit(1))" "$URL"; }

if ! reachable; then
  if ! command -v pg_ctlcluster >/dev/null; then
    echo "No PostgreSQL at $URL and Debian's postgresql package is not installed (apt-get install postgresql)." >&2
    exit 1
  fi
  version=$(ls /usr/lib/postgresql | sort -n | tail -1)
  pg_lsclusters -h | grep -q "^$version main" || pg_createcluster "$version" main >/dev/null
  pg_ctlcluster "$version" main start || true
  su postgres -c "psql -q -c \"DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'agora') THEN CREATE ROLE agora LOGIN CREATEDB PASSWORD 'agora'; END IF; END \\\$\\\$;\""
  # DROP DATABASE … WITH (FORCE) of the throwaway databases ends their leftover connections.
  su postgres -c "psql -q -c 'GRANT pg_signal_backend TO agora'"
  for _ in $(seq 1 30); do reachable && break; sleep 1; done
fi

echo "Running the e2e suites on PostgreSQL ($URL)"
npm run build:server >/dev/null
TEST_POSTGRES_URL="$URL" npx jest -c jest.postgres.config.js --runInBand "$@"
