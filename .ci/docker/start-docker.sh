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
# The pid file may be stale and its pid reused: check that it still names a dockerd.
ours_running() { [ -s "$PIDFILE" ] && [ "$(cat "/proc/$(cat "$PIDFILE")/comm" 2>/dev/null)" = dockerd ]; }

if ! command -v dockerd >/dev/null || ! command -v docker >/dev/null || ! command -v busybox >/dev/null; then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends docker.io busybox-static >/dev/null
fi

if ! answering; then
  # Only start one if ours is not already on its way up (a dockerd that is still starting).
  if ! ours_running; then
    rm -f "$PIDFILE"
    # setsid: the daemon must outlive this script and not get the caller's job-control signals;
    # -w keeps $! alive exactly as long as dockerd.
    setsid -w nohup dockerd --pidfile "$PIDFILE" </dev/null >"$LOG" 2>&1 &
    spawned=$!
  fi
  for _ in $(seq 1 120); do
    answering && break
    # A daemon that died will never answer: say so now rather than after a minute.
    [ -z "${spawned:-}" ] || kill -0 "$spawned" 2>/dev/null || break
    sleep 0.5
  done
  if ! answering; then
    echo "start-docker.sh: dockerd is not answering; last lines of $LOG:" >&2
    tail -n 40 "$LOG" >&2 || true
    exit 1
  fi
fi
echo "$PIDFILE"
