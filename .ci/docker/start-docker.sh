#!/bin/bash
# Starts a Docker engine for the Testcontainers tests on a CI machine that has none running.
# Installs Debian's docker.io (and busybox-static, the userland of the stand-in images) if missing,
# then runs dockerd in the background: there is no systemd here to start it.
# Idempotent: an engine that already answers, ours or anyone's, is left alone.
# Prints the pid file; stop the engine with stop-docker.sh.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
PIDFILE="${DOCKERD_PIDFILE:-/tmp/dockerd.pid}"
LOG="${DOCKERD_LOG:-/tmp/dockerd.log}"

# A wedged socket must not hang CI, hence the timeout.
answering() { timeout 10 docker info >/dev/null 2>&1; }

if ! command -v dockerd >/dev/null || ! command -v busybox >/dev/null; then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends docker.io busybox-static >/dev/null
fi

if ! answering; then
  # Only start one if ours is not already on its way up (a dockerd that is still starting).
  if ! { [ -s "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; }; then
    rm -f "$PIDFILE"
    # setsid: the daemon must outlive this script and not get the caller's job-control signals.
    setsid nohup dockerd --pidfile "$PIDFILE" </dev/null >"$LOG" 2>&1 &
  fi
  for _ in $(seq 1 120); do answering && break; sleep 0.5; done
  if ! answering; then
    echo "start-docker.sh: dockerd did not answer within 60 s; last lines of $LOG:" >&2
    tail -n 40 "$LOG" >&2 || true
    exit 1
  fi
fi
echo "$PIDFILE"
