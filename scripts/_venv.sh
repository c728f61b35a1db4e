# shellcheck shell=bash
# Sourced by scripts/test.sh and scripts/run.sh (not run on its own).
# Makes .venv at the repo root and installs the project into it, quietly.
#
#   va_ensure_venv LOGFILE   # cwd must be the repo root; pip's output goes to LOGFILE
#
# A stamp (.venv/.va-coach-stamp, the sha256 of pyproject.toml) lets a second run
# skip pip entirely while pyproject.toml is unchanged. Set VA_COACH_REINSTALL=1 to
# force a reinstall, PYTHON to choose the interpreter (default: python3).

va_log_tail() {
    # Print the end of a log file, indented, to stderr.
    [[ -s $1 ]] || return 0
    echo "-- last lines of $1:" >&2
    tail -n "${2:-40}" "$1" | sed 's/^/   /' >&2
}

va_ensure_venv() {
    local log=$1 py=${PYTHON:-python3} stamp=.venv/.va-coach-stamp want
    want=$(sha256sum pyproject.toml | cut -d' ' -f1)

    local clear=
    if [[ -e .venv ]] && ! .venv/bin/python -c '' >/dev/null 2>&1; then
        if [[ ! -O .venv ]]; then
            echo "!! .venv/bin/python does not run and .venv is not yours to recreate" >&2
            return 1
        fi
        echo "== .venv is broken (its Python is gone?): recreating it"
        clear=--clear
    fi
    if [[ -n $clear || ! -x .venv/bin/python ]]; then
        if ! "$py" -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1; then
            echo "!! need Python >= 3.11 as '$py' (found: $("$py" --version 2>&1 || echo none))" >&2
            return 1
        fi
        echo "== creating .venv ($("$py" --version 2>&1))"
        "$py" -m venv $clear .venv >>"$log" 2>&1 || { va_log_tail "$log"; return 1; }
        rm -f "$stamp"
    fi

    if [[ -z ${VA_COACH_REINSTALL:-} && -x .venv/bin/va-coach && -f $stamp && $(<"$stamp") == "$want" ]]; then
        echo "== Python dependencies up to date (.venv)"
        return 0
    fi

    echo "== installing Python dependencies into .venv (log: $log)"
    rm -f "$stamp"
    if ! .venv/bin/python -m pip install -q --upgrade pip >>"$log" 2>&1 ||
        ! .venv/bin/python -m pip install -e ".[dev,postgres]" >>"$log" 2>&1; then
        echo "!! pip install failed" >&2
        va_log_tail "$log"
        return 1
    fi
    echo "$want" >"$stamp"
}
