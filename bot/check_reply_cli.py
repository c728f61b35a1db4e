"""`va-coach check-reply --lang de|en [--json]`: check a reply to a client, read from stdin.

Operator-facing (English on purpose): the summary is for whoever runs the bot or tunes the
lexicon; rephrasing suggestions stay in the reply's language. --json prints ReplyCheck.to_json().
Exit status: 0 checked, 1 nothing on stdin, 2 bad arguments.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from bot.coach.tone import ReplyCheck, check_reply
from bot.coach.tone_lexicon import ELEMENTS, lexicon


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="va-coach check-reply",
        description="Check a reply to a client (read from stdin): the five elements of a "
        "positive no, hard or vague wording, a score and the one change that helps most.",
    )
    parser.add_argument(
        "--lang",
        choices=["de", "en"],
        help="the reply's language; detection overrides it only when the text clearly reads "
        "as another language (default: detect)",
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    return parser


def summary(result: ReplyCheck) -> str:
    lines = []
    register = f", register {result.register}" if result.register else ""
    lines.append(f"Language: {result.language}{register}    Score: {result.score}/100")
    if not result.checked:
        lines.append("Not checked: only German and English replies can be checked.")
        return "\n".join(lines)
    lines.append("Elements:")
    for name in ELEMENTS:
        finding = result.elements[name]
        mark = "x" if finding.found else " "
        quote = f'"{finding.quote.text}"' if finding.quote else ""  # the phrase that shows it
        lines.append(f"  [{mark}] {name:<13}{quote}".rstrip())
    if result.negative_phrases:
        lines.append("Wording to rephrase:")
        for phrase in result.negative_phrases:
            lines.append(f'  - "{phrase.text}" ({phrase.kind}, chars {phrase.start}-{phrase.end})')
            lines.append(f"      try: {phrase.suggestion}")
    advice = lexicon("en").fixes.get(result.advice_key, "")
    lines.append(f"Top fix: {result.top_fix}" + (f" - {advice}" if advice else ""))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["check-reply"]:
        arguments = arguments[1:]
    try:
        args = build_parser().parse_args(arguments)
    except SystemExit as exit_:  # argparse exits on --help and on bad arguments
        return int(exit_.code or 0)
    text = sys.stdin.read()
    if not text.strip():
        print("No reply on stdin: pipe or paste the text, then end with Ctrl-D.", file=sys.stderr)
        return 1
    result = check_reply(text, args.lang)
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    else:
        print(summary(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
