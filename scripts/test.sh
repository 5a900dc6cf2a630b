#!/usr/bin/env bash
# npm test — the server's Jest suites (unit specs and e2e on throwaway SQLite databases), then the
# client's Vitest specs. Both always run, so one failing suite does not hide the other's results;
# the exit code is non-zero when either failed.
cd "$(dirname "$0")/.."
npx jest --runInBand "$@"
server=$?
npm test -w client
client=$?
echo "npm test: server (jest) $([ $server -eq 0 ] && echo passed || echo FAILED), client (vitest) $([ $client -eq 0 ] && echo passed || echo FAILED)"
[ $server -eq 0 ] && [ $client -eq 0 ]
