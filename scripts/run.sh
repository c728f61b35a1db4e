#!/usr/bin/env bash
# Run the bot: bash scripts/run.sh [args for `va-coach run`...]
# Creates .venv and installs the project on first use (see scripts/_venv.sh).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/_venv.sh
. scripts/_venv.sh

log=$(mktemp "${TMPDIR:-/tmp}/va-coach-install.XXXXXX.log")
va_ensure_venv "$log" || { rm -f "$log"; exit 1; }
rm -f "$log"

exec .venv/bin/va-coach run "$@"
