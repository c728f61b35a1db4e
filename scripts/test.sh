#!/usr/bin/env bash
# Run the test suite: bash scripts/test.sh [extra pytest args...]
#
# Idempotent, works on a fresh machine:
#   1. creates .venv and installs the project with [dev,postgres] (scripts/_venv.sh);
#   2. starts a throwaway PostgreSQL server on 127.0.0.1 (installing Debian's
#      `postgresql` package first if it is missing and we are root) and exports
#      VA_COACH_TEST_PG_URL; the server and its data are removed on exit;
#   3. installs e2e/node_modules if e2e/package.json exists;
#   4. runs pytest and exits with its exit code.
# With CI=true it also exports VA_COACH_REQUIRE_PG=1 (and VA_COACH_REQUIRE_E2E=1
# when e2e/package.json exists), and fails the run if either setup failed.
# A VA_COACH_TEST_PG_URL already set in the environment is used as it is.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/_venv.sh
. scripts/_venv.sh

WORK=$(mktemp -d "${TMPDIR:-/tmp}/va-coach-test.XXXXXX")
chmod 755 "$WORK" # the postgres OS user must reach $WORK/pg
LOG=$WORK/install.log
: >"$LOG"
PG_BIN=
PG_DATA=
POLICY_RC_D_CREATED=
SETUP_FAILED=()

IS_ROOT=
[[ $(id -u) == 0 ]] && IS_ROOT=1
if [[ ${CI:-} == true ]]; then
    export VA_COACH_REQUIRE_PG=1
fi

# Run a command as the OS user that owns the throwaway cluster.
as_pg() {
    if [[ -n $IS_ROOT ]]; then
        if command -v runuser >/dev/null 2>&1; then
            (cd "$WORK" && runuser -u postgres -- "$@")
        else
            (cd "$WORK" && su postgres -s /bin/sh -c "$(printf '%q ' "$@")")
        fi
    else
        (cd "$WORK" && "$@")
    fi
}

# shellcheck disable=SC2317  # invoked by the EXIT trap
cleanup() {
    local rc=$?
    set +e
    if [[ -n $PG_DATA && -f $PG_DATA/postmaster.pid ]]; then
        echo "== stopping PostgreSQL"
        as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w -t 30 stop >>"$LOG" 2>&1 ||
            as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -m immediate -w -t 30 stop >>"$LOG" 2>&1
    fi
    if [[ -n $POLICY_RC_D_CREATED ]]; then
        rm -f /usr/sbin/policy-rc.d
    fi
    rm -rf "$WORK"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Newest /usr/lib/postgresql/*/bin that has the server tools, or nothing.
find_pg_bin() {
    local d best=
    for d in /usr/lib/postgresql/*/bin; do
        [[ -x $d/initdb && -x $d/pg_ctl && -x $d/postgres ]] || continue
        if [[ -z $best ]] || [[ $(printf '%s\n%s\n' "$best" "$d" | sort -V | tail -n1) == "$d" ]]; then
            best=$d
        fi
    done
    [[ -n $best ]] && echo "$best"
    return 0
}

install_pg() {
    echo "== installing PostgreSQL (apt-get install postgresql)"
    # No service may start during the install (no systemd here anyway): the
    # standard Debian policy-rc.d that forbids it, only for the duration.
    if [[ ! -e /usr/sbin/policy-rc.d ]]; then
        printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
        chmod 755 /usr/sbin/policy-rc.d
        POLICY_RC_D_CREATED=1
    fi
    local rc=0
    {
        DEBIAN_FRONTEND=noninteractive apt-get update -q &&
            DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
                -o DPkg::Lock::Timeout=300 postgresql
    } >>"$LOG" 2>&1 || rc=$?
    if [[ -n $POLICY_RC_D_CREATED ]]; then
        rm -f /usr/sbin/policy-rc.d
        POLICY_RC_D_CREATED=
    fi
    if ((rc != 0)); then
        echo "!! apt-get install postgresql failed (exit $rc)" >&2
        va_log_tail "$LOG"
    fi
    return "$rc"
}

# hunspell and its German and English dictionaries, for the spelling check of the drafts
# (tests/quality/). Installed like PostgreSQL when root and missing; without them that check is
# skipped with its reason, except in CI (VA_COACH_REQUIRE_HUNSPELL=1).
HUNSPELL_PACKAGES=(hunspell hunspell-de-de hunspell-en-gb hunspell-en-us)
setup_hunspell() {
    if [[ ${CI:-} == true ]]; then
        export VA_COACH_REQUIRE_HUNSPELL=1
    fi
    if command -v hunspell >/dev/null 2>&1 &&
        [[ -f /usr/share/hunspell/de_DE.dic && -f /usr/share/hunspell/en_GB.dic && -f /usr/share/hunspell/en_US.dic ]]; then
        return 0
    fi
    if [[ -z $IS_ROOT ]] || ! command -v apt-get >/dev/null 2>&1; then
        echo "== hunspell or a dictionary is missing: the drafts' spelling check will be skipped"
        return 1
    fi
    echo "== installing hunspell (apt-get install ${HUNSPELL_PACKAGES[*]})"
    if ! {
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
            -o DPkg::Lock::Timeout=300 "${HUNSPELL_PACKAGES[@]}" ||
            { DEBIAN_FRONTEND=noninteractive apt-get update -q &&
                DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
                    -o DPkg::Lock::Timeout=300 "${HUNSPELL_PACKAGES[@]}"; }
    } >>"$LOG" 2>&1; then
        echo "!! apt-get install hunspell failed" >&2
        va_log_tail "$LOG"
        return 1
    fi
}

# Print a free TCP port on 127.0.0.1: 55432 if free, else the next free one.
free_port() {
    .venv/bin/python - <<'EOF'
import socket

def free(port):
    with socket.socket() as s:
        # As the postmaster does: TIME_WAIT leftovers don't make a port busy.
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True

for port in range(55432, 55532):
    if free(port):
        print(port)
        break
else:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        print(s.getsockname()[1])
EOF
}

start_pg() {
    if [[ -n ${VA_COACH_TEST_PG_URL:-} ]]; then
        echo "== using the PostgreSQL server in VA_COACH_TEST_PG_URL (already set)"
        return 0
    fi
    PG_BIN=$(find_pg_bin)
    if [[ -z $PG_BIN ]]; then
        if [[ -z $IS_ROOT ]]; then
            echo "== PostgreSQL is not installed (and not root to install it): PostgreSQL tests will be skipped"
            return 1
        fi
        install_pg || return 1
        PG_BIN=$(find_pg_bin)
        if [[ -z $PG_BIN ]]; then
            echo "!! PostgreSQL installed but no /usr/lib/postgresql/*/bin/initdb found" >&2
            return 1
        fi
    fi
    if [[ -n $IS_ROOT ]] && ! id -u postgres >/dev/null 2>&1; then
        echo "!! no 'postgres' OS user to run the server as: PostgreSQL tests will be skipped" >&2
        return 1
    fi

    local port pg=$WORK/pg i
    port=$(free_port) || return 1
    echo "== starting PostgreSQL on 127.0.0.1:$port ($("$PG_BIN/postgres" --version 2>/dev/null))"
    mkdir -p "$pg/sock"
    [[ -n $IS_ROOT ]] && chown -R postgres: "$pg"

    if ! as_pg "$PG_BIN/initdb" -D "$pg/data" -U postgres -A trust -E UTF8 --no-locale -N >>"$LOG" 2>&1; then
        echo "!! initdb failed" >&2
        va_log_tail "$LOG"
        return 1
    fi
    PG_DATA=$pg/data
    # Listen on 127.0.0.1 only; socket in our temp dir; no durability (throwaway).
    if ! as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$pg/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories='$pg/sock' -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >>"$LOG" 2>&1; then
        echo "!! pg_ctl start failed" >&2
        va_log_tail "$LOG"
        va_log_tail "$pg/server.log"
        return 1
    fi
    for ((i = 0; i < 60; i++)); do
        "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$port" && break
        sleep 0.5
    done
    if ! "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$port"; then
        echo "!! PostgreSQL did not become ready on 127.0.0.1:$port" >&2
        va_log_tail "$pg/server.log"
        return 1
    fi
    if ! "$PG_BIN/createdb" -h 127.0.0.1 -p "$port" -U postgres va_coach_test >>"$LOG" 2>&1; then
        echo "!! createdb va_coach_test failed" >&2
        va_log_tail "$LOG"
        return 1
    fi
    export VA_COACH_TEST_PG_URL="postgresql+asyncpg://postgres@127.0.0.1:$port/va_coach_test"
}

setup_e2e() {
    [[ -f e2e/package.json ]] || return 0
    if [[ ${CI:-} == true ]]; then
        export VA_COACH_REQUIRE_E2E=1
    fi
    if ! command -v npm >/dev/null 2>&1; then
        echo "== npm not found: end-to-end tests will be skipped"
        return 1
    fi
    local cmd=(npm ci --no-audit --no-fund) stamp=e2e/node_modules/.va-coach-stamp want
    if [[ ! -f e2e/package-lock.json ]]; then
        cmd=(npm install --no-audit --no-fund)
    fi
    want=$(cat e2e/package.json e2e/package-lock.json 2>/dev/null | sha256sum | cut -d' ' -f1)
    if [[ -f $stamp && $(<"$stamp") == "$want" ]]; then
        echo "== e2e dependencies up to date (e2e/node_modules)"
        return 0
    fi
    echo "== installing e2e dependencies (${cmd[*]} in e2e/)"
    if ! (cd e2e && "${cmd[@]}") >>"$LOG" 2>&1; then
        echo "!! ${cmd[*]} failed in e2e/" >&2
        va_log_tail "$LOG"
        return 1
    fi
    # npm install may have just written the lockfile: hash what is there now.
    cat e2e/package.json e2e/package-lock.json 2>/dev/null | sha256sum | cut -d' ' -f1 >"$stamp"
}

T0=$SECONDS
va_ensure_venv "$LOG" || exit 1
T1=$SECONDS
start_pg || SETUP_FAILED+=("PostgreSQL")
T2=$SECONDS
setup_e2e || SETUP_FAILED+=("e2e (npm)")
setup_hunspell || SETUP_FAILED+=("hunspell")
T3=$SECONDS
echo "== setup done in $((T3 - T0))s (venv $((T1 - T0))s, PostgreSQL $((T2 - T1))s, e2e $((T3 - T2))s); running pytest"
[[ -n ${VA_COACH_TEST_PG_URL:-} ]] && echo "   VA_COACH_TEST_PG_URL=$VA_COACH_TEST_PG_URL"

rc=0
.venv/bin/python -m pytest -q "$@" || rc=$?

if [[ ${CI:-} == true && ${#SETUP_FAILED[@]} -gt 0 ]]; then
    echo "!! CI: setup failed for: ${SETUP_FAILED[*]}" >&2
    ((rc != 0)) || rc=1
fi
exit "$rc"
