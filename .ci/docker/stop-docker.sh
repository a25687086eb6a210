#!/bin/bash
# Removes the containers a test run left behind (Ryuk, which would reap them, is disabled here)
# and stops the dockerd that start-docker.sh started. An engine we did not start is not stopped.
set -euo pipefail
PIDFILE="${DOCKERD_PIDFILE:-/tmp/dockerd.pid}"

if timeout 10 docker info >/dev/null 2>&1; then
  docker ps -aq --filter label=org.testcontainers=true | xargs -r docker rm -f >/dev/null
fi

[ -s "$PIDFILE" ] || exit 0
pid="$(cat "$PIDFILE")"
# A stale pid file's pid may since belong to another process: only a dockerd is stopped.
if [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = dockerd ]; then
  kill "$pid"
  # dockerd takes its containerd down with it; give it time to do so cleanly.
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  if kill -0 "$pid" 2>/dev/null; then
    echo "stop-docker.sh: dockerd ($pid) still running after 30 s; killing it" >&2
    kill -9 "$pid" 2>/dev/null || true
  fi
fi
rm -f "$PIDFILE"
