"""`va-coach judge-call --lang de|en [--json]`: the practice judge on one caller line from stdin.

Operator-facing (English on purpose): for whoever tunes or checks the judge in
bot/coach/roleplay.py. --json prints `{"flags": [...]}`, the flags in roleplay.FLAGS order
(honest, lie, evasive, rude, polite, asks_contact, too_long). Without --json, a short summary
that also names the false claim found and the sentence that makes it.
Exit status: 0 judged, 1 nothing to judge on stdin, 2 bad arguments.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from bot.coach.roleplay import judge


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="va-coach judge-call",
        description="Judge one thing a caller says to a receptionist (read from stdin): honest, "
        "lie, evasive, rude, polite, asks_contact, too_long.",
    )
    parser.add_argument("--lang", choices=["de", "en"], required=True, help="the line's language")
    parser.add_argument("--json", action="store_true", help='print {"flags": [...]} as JSON')
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["judge-call"]:
        arguments = arguments[1:]
    try:
        args = build_parser().parse_args(arguments)
    except SystemExit as exit_:  # argparse exits on --help and on bad arguments
        return int(exit_.code or 0)
    line = " ".join(sys.stdin.read().split())
    judgement = judge(line, args.lang)
    if judgement.empty:
        print("Nothing to judge on stdin: pipe or type one caller line.", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps({"flags": judgement.flags()}, ensure_ascii=False))
        return 0
    print(f"Flags: {', '.join(judgement.flags()) or '(none)'}")
    if judgement.claim:
        print(f"False claim: {judgement.claim} in “{judgement.quote}”")
    return 0


if __name__ == "__main__":
    sys.exit(main())
