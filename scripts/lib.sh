# Shared by scripts/test.sh and the benchmarks: install Debian packages when missing and run a
# throwaway PostgreSQL cluster on loopback. Source it; it defines functions only.

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# ensure_packages CMD_OR_PATH:PACKAGE ... installs each package whose command/path is missing.
ensure_packages() {
  local missing=() item check pkg
  for item in "$@"; do
    check=${item%%:*}; pkg=${item#*:}
    if [[ $check == /* ]]; then compgen -G "$check" >/dev/null || missing+=($pkg)
    else command -v "$check" >/dev/null || missing+=($pkg); fi
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing from Debian's packages: ${missing[*]}"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

pg_bin_dir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | while read -r d; do [ -x "$d/postgres" ] && echo "$d"; done | tail -n 1; }

_pg_run() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# pg_start: starts a cluster in a new temporary folder; sets PG_DIR, PG_PORT, PG_CONNECTION.
pg_start() {
  local bin; bin=$(pg_bin_dir)
  PG_DIR=$(mktemp -d /tmp/voice-pg.XXXXXX)
  PG_PORT=55432
  while (echo >/dev/tcp/127.0.0.1/$PG_PORT) 2>/dev/null; do PG_PORT=$((PG_PORT + 1)); done
  [ "$(id -u)" = 0 ] && chown postgres "$PG_DIR"
  _pg_run "$bin/initdb" -D "$PG_DIR/data" -A trust -U postgres >/dev/null
  _pg_run "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
  PG_CONNECTION="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Include Error Detail=true"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT"
}

pg_stop() {
  [ -n "${PG_DIR:-}" ] || return 0
  _pg_run "$(pg_bin_dir)/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
