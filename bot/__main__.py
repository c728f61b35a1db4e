"""Command line: `va-coach run | console | status | db upgrade|backup|restore | check-reply |
i18n update`. Messages to the operator are English on purpose: they are for whoever runs the
bot, not for its users."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import re
import sys
from pathlib import Path

from bot.config import Settings, default_database_url, token_problem
from bot.runtime.logs import configure_logging

ENVIRONMENT_HELP = """environment variables (or a .env file in the working directory):
  BOT_TOKEN               token from @BotFather (required for `run`)
  DATABASE_URL            SQLAlchemy async URL; default: SQLite at {database}
                          PostgreSQL: postgresql+asyncpg://user:password@host/dbname
  VA_COACH_DATA_DIR       where the default SQLite database lives
  TELEGRAM_BASE_URL       Bot API base URL (a local Bot API server or emulator), default
                          https://api.telegram.org/bot
  TELEGRAM_BASE_FILE_URL  Bot API file base URL, default https://api.telegram.org/file/bot
  WEBHOOK_URL             public HTTPS URL Telegram posts updates to (with --webhook)
  WEBHOOK_LISTEN          address the webhook server binds to, default 127.0.0.1
  WEBHOOK_PORT            port of the webhook server, default 8443
  WEBHOOK_SECRET          secret token Telegram sends in X-Telegram-Bot-Api-Secret-Token
  RETENTION_DAYS          days reply drafts and notes are kept, default 180
  LOG_LEVEL               DEBUG, INFO (default), WARNING
Values are never printed; only their names appear here."""

SECRET_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
TOKEN_MESSAGES = {
    "missing": "No bot token: set BOT_TOKEN to the token @BotFather gave you "
    "(or try the bot without Telegram: `va-coach console`).",
    "rejected": "Telegram rejected BOT_TOKEN (401 Unauthorized): copy the token again from "
    "@BotFather, or create a new one there with /token.",
    "malformed": "BOT_TOKEN does not look like a token from @BotFather (digits, a colon, then "
    "about 35 letters); copy it again from @BotFather, or try `va-coach console` without one.",
}


def webhook_problem(settings: Settings) -> str | None:
    if not settings.webhook_url or not settings.webhook_url.startswith("https://"):
        return "--webhook needs WEBHOOK_URL, the public https:// address Telegram should post to."
    secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else ""
    if not SECRET_PATTERN.match(secret):
        return (
            "--webhook needs WEBHOOK_SECRET: 1 to 256 characters of A-Z, a-z, 0-9, _ and -; "
            "requests without it are refused."
        )
    return None


def build_parser(settings: Settings | None = None) -> argparse.ArgumentParser:
    database = default_database_url(settings.data_dir if settings else None)
    parser = argparse.ArgumentParser(
        prog="va-coach",
        description="VA Coach: a Telegram coach for freelance virtual assistants.",
        epilog=ENVIRONMENT_HELP.format(database=database),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser(
        "run",
        help="run the bot on Telegram (polling, or --webhook)",
        epilog=ENVIRONMENT_HELP.format(database=database),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    run.add_argument("--webhook", action="store_true", help="receive updates by webhook")
    commands.add_parser("console", help="chat with the bot in this terminal, no token needed")
    commands.add_parser(
        "status",
        help='print {"role": ..., "database": ...} as JSON; docs/deploy.md lists the exit codes',
    )
    database_command = commands.add_parser("db", help="database maintenance")
    actions = database_command.add_subparsers(dest="action", required=True)
    actions.add_parser("upgrade", help="upgrade the schema (every `run` does this first)")
    backup = actions.add_parser("backup", help="copy the database to FILE, safe while a bot runs")
    backup.add_argument("file", type=Path, metavar="FILE")
    restore = actions.add_parser("restore", help="replace the database with FILE (bot stopped)")
    restore.add_argument("file", type=Path, metavar="FILE")
    commands.add_parser(
        "check-reply",
        help="check a reply to a client read from stdin (--lang de|en, --json)",
        add_help=False,
    )
    commands.add_parser(
        "draft",
        help="write the say-no draft for a JSON spec read from stdin (--json; README)",
        add_help=False,
    )
    commands.add_parser(
        "judge-call",
        help="judge one caller line of a practice call read from stdin (--lang de|en, --json)",
        add_help=False,
    )
    i18n = commands.add_parser("i18n", help="update the gettext catalogs from the code")
    i18n.add_argument("action", choices=["update"])
    return parser


def main(argv: list[str] | None = None) -> int:
    # python-telegram-bot 22 warns until durations are opted in as timedelta; v23 makes it so.
    os.environ.setdefault("PTB_TIMEDELTA", "1")
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["judge-call"]:  # `va-coach judge-call --lang de|en --json`: one caller line
        from bot.judge_cli import main as judge_call_main

        return judge_call_main(argv[1:])
    if argv[:1] == ["check-reply"]:  # scripting: its own arguments and exit codes
        from bot.check_reply_cli import main as check_reply_main

        return check_reply_main(argv[1:])
    if argv[:1] == ["draft"]:  # `va-coach draft --json`: one JSON draft spec in, one draft out
        from bot.draft_cli import main as draft_main

        return draft_main(argv[1:])
    settings = Settings()
    args = build_parser(settings).parse_args(argv)
    configure_logging(settings.log_level)
    if args.command == "run":
        problem = token_problem(settings.token_value())
        if problem:
            print(TOKEN_MESSAGES[problem], file=sys.stderr)
            return 2
        if args.webhook and (problem := webhook_problem(settings)):
            print(problem, file=sys.stderr)
            return 2
        from telegram.error import InvalidToken

        from bot.runtime.runner import run

        try:
            run(settings, webhook=args.webhook)
        except InvalidToken:  # no traceback: it would carry the token
            print(TOKEN_MESSAGES["rejected"], file=sys.stderr)
            return 2
        return 0
    if args.command == "console":
        from bot.offline.console import run_console

        # The conversation is the output here; only problems are logged.
        logging.disable(logging.INFO)
        return asyncio.run(run_console(settings))
    if args.command == "status":
        from bot.ops.health import status_command

        return asyncio.run(status_command(settings.effective_database_url))
    if args.command == "db" and args.action in ("backup", "restore"):
        from bot.ops.backup import backup_command, restore_command

        command = backup_command if args.action == "backup" else restore_command
        return command(settings.effective_database_url, args.file)
    if args.command == "db":
        from bot.runtime.runner import upgrade_database

        asyncio.run(upgrade_database(settings))
        return 0
    if args.command == "i18n":
        from bot.catalogs import update_catalogs

        for language, messages in update_catalogs().items():
            print(f"{language}: {len(messages)} message(s) to translate")
        return 0
    return 2


if __name__ == "__main__":
    sys.exit(main())
