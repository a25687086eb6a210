#!/usr/bin/env bash
# Installs pg_dump 18 from Debian sid into /opt/migrationtest/pg_dump-18 for SchemaPgDumpCrossCheckTests' PG 18 run.
# Bookworm has no pg_dump 18 and sid's needs glibc >= 2.38, so the packages and their dependencies are downloaded
# into a private apt root, unpacked, and pg_dump runs through sid's own dynamic loader. The system is untouched.
set -euo pipefail
dest=${1:-/opt/migrationtest/pg_dump-18}
[ -x "$dest/pg_dump" ] && "$dest/pg_dump" --version >/dev/null 2>&1 && exit 0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work"/{etc/apt/apt.conf.d,etc/apt/preferences.d,var/lib/apt/lists/partial,var/cache/apt/archives/partial,var/lib/dpkg}
touch "$work/var/lib/dpkg/status"
echo 'deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian sid main' >"$work/etc/apt/sources.list"
apt_opts=(-q -o "Dir=$work" -o "Dir::State::status=$work/var/lib/dpkg/status" -o Debug::NoLocking=1
  -o APT::Install-Recommends=false -o APT::Sandbox::User=root)
apt-get "${apt_opts[@]}" update >/dev/null
apt-get "${apt_opts[@]}" -y install -d postgresql-client-18 >/dev/null
rm -rf "$dest" && mkdir -p "$dest/root"
for deb in "$work"/var/cache/apt/archives/*.deb; do dpkg-deb -x "$deb" "$dest/root"; done
cat >"$dest/pg_dump" <<'WRAPPER'
#!/bin/sh
root=$(dirname "$(readlink -f "$0")")/root
exec "$root/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2" \
  --library-path "$root/usr/lib/x86_64-linux-gnu:$root/lib/x86_64-linux-gnu" \
  "$root/usr/lib/postgresql/18/bin/pg_dump" "$@"
WRAPPER
chmod +x "$dest/pg_dump"
"$dest/pg_dump" --version
