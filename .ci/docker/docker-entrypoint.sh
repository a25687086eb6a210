#!/bin/sh
# Entrypoint of the postgres:<major> stand-ins that build-images.sh makes (zonky PostgreSQL binaries,
# busybox userland). Behaves like the official image's where the tests can tell: starts as root, hands
# PGDATA (which may be a fresh tmpfs or volume) to postgres, initialises it from POSTGRES_USER,
# POSTGRES_PASSWORD, POSTGRES_DB, POSTGRES_INITDB_ARGS and POSTGRES_HOST_AUTH_METHOD, and runs
# "postgres -c key=value ...". No /docker-entrypoint-initdb.d, no psql, locale C.UTF-8.
set -eu
export PATH=/usr/local/pgsql/bin:/bin
export PGDATA="${PGDATA:-/var/lib/postgresql/data}"

# As the official image: "-c x=y" alone means "postgres -c x=y"; any other command runs as given.
case "${1:-postgres}" in -*) set -- postgres "$@" ;; esac
[ "${1:-postgres}" = postgres ] || exec "$@"

if [ "$(id -u)" = 0 ]; then
  mkdir -p "$PGDATA"
  chown postgres:postgres "$PGDATA"
  chmod 700 "$PGDATA"
  # busybox has no gosu. su -p keeps the environment (PGDATA, POSTGRES_*); its options come before
  # "--" because it would otherwise take the server's "-c key=value" arguments for its own.
  # shellcheck disable=SC2016 # expanded by the inner shell
  exec su -p -s /bin/sh -c 'exec "$0" "$@"' -- postgres "$0" "$@"
fi
[ $# -gt 0 ] && shift

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  POSTGRES_USER="${POSTGRES_USER:-postgres}"
  POSTGRES_DB="${POSTGRES_DB:-$POSTGRES_USER}"
  AUTH="${POSTGRES_HOST_AUTH_METHOD:-scram-sha-256}"
  if [ -z "${POSTGRES_PASSWORD:-}" ] && [ "$AUTH" != trust ]; then
    echo "Error: Database is uninitialized and superuser password is not specified." >&2
    echo "       Set POSTGRES_PASSWORD, or POSTGRES_HOST_AUTH_METHOD=trust." >&2
    exit 1
  fi
  mkdir -p "$PGDATA"
  chmod 700 "$PGDATA"
  PWFILE=/tmp/.pgpass.$$
  (umask 077; printf '%s\n' "${POSTGRES_PASSWORD:-}" > "$PWFILE")
  # Throwaway test data: --no-sync spares initdb's fsync of ~1000 files, which is most of its time.
  # shellcheck disable=SC2086 # POSTGRES_INITDB_ARGS is a word list, as in the official image
  initdb -D "$PGDATA" -U "$POSTGRES_USER" --pwfile="$PWFILE" --auth-local=trust --auth-host="$AUTH" \
    -E UTF8 --locale=C.UTF-8 --no-sync ${POSTGRES_INITDB_ARGS:-} >/dev/null
  rm -f "$PWFILE"
  echo "host all all all $AUTH" >> "$PGDATA/pg_hba.conf"
  echo "listen_addresses = '*'" >> "$PGDATA/postgresql.conf"
  if [ "$POSTGRES_DB" != postgres ]; then
    printf 'CREATE DATABASE "%s";\n' "$(printf %s "$POSTGRES_DB" | sed 's/"/""/g')" \
      | postgres --single -D "$PGDATA" -j postgres >/dev/null
  fi
  # The official image logs this from its temporary init server, then again from the real one;
  # Testcontainers' PostgreSQLContainer waits for the line twice.
  echo "LOG:  database system is ready to accept connections (init complete)"
  echo "PostgreSQL init process complete; ready for start up."
fi
exec postgres -D "$PGDATA" "$@"
