"""`va-coach draft --json`: one draft spec (JSON) on stdin, the say-no coach's draft on stdout.

A contract for checking drafts from outside (tests/quality/ uses it too). The spec:

    {"lang": "de"|"en", "request": "...",
     "client": {"name": "...", "register": "sie"|"du",
                "contact": {"title": "Dr.", "first": "...", "last": "...", "address": "herr"|"frau"|"name"|""}},
     "channel": "email"|"chat",
     "reason": {"kind": "workload"|"expertise"|"deadline"|"fit"|"rate"|"hours"|"other", "text": "..."},
     "expectations": "...", "needs": "...",
     "alternative": {"kind": "later"|"smaller"|"other_form"|"waitlist"|"referral"|"none", "text": "...",
                     "date": "2027-01-11" or a typed date},
     "sender": "...", "today": "2027-01-06"}

Optional: "tone": {"shorter": bool, "warmer": bool, "formality": -1|0|1}. Prints
{"text": ..., "elements": {...}}, the elements as the reply check (bot/coach/tone.py) sees them.
Operator-facing messages are English. Exit status: 0 drafted, 1 nothing on stdin, 2 bad spec.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from datetime import date

from bot.coach.say_no import NoAnswers, classify_request

# The spec's names for what the coach stores under older keys.
REASON_KINDS = {
    "workload": "workload",
    "expertise": "skills",
    "deadline": "deadline",
    "fit": "fit",
    "rate": "rate",
    "hours": "hours",
    "other": "other",
}
ALTERNATIVE_KINDS = {
    "later": "later",
    "smaller": "smaller",
    "other_form": "format",
    "waitlist": "waitlist",
    "referral": "referral",
    "none": "none",
}
ADDRESSES = ("herr", "frau", "name", "")


class SpecError(ValueError):
    """The spec cannot be drafted; the message says which field and why."""


def _text(value: object, field: str) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise SpecError(f"{field} must be a string")
    return value.strip() or None


def _date(value: object, language: str, today: date) -> str | None:
    typed = _text(value, "alternative.date")
    if typed is None:
        return None
    try:
        return date.fromisoformat(typed).isoformat()
    except ValueError:
        from bot.coach.dates import parse_date

        parsed = parse_date(typed, language, today)
        if parsed is None:
            raise SpecError(f"alternative.date: cannot read {typed!r} as a future date") from None
        return parsed.isoformat()


def answers_from_spec(spec: dict) -> tuple[NoAnswers, str, str | None]:
    """The coach's answers for a spec, its language and the sender."""
    if not isinstance(spec, dict):
        raise SpecError("the spec must be a JSON object")
    language = spec.get("lang")
    if language not in ("de", "en"):
        raise SpecError('lang must be "de" or "en"')
    today = date.fromisoformat(spec["today"]) if spec.get("today") else date.today()
    client = spec.get("client") or {}
    contact = client.get("contact") or None
    if contact is not None:
        if not isinstance(contact, dict) or contact.get("address", "") not in ADDRESSES:
            raise SpecError('client.contact.address must be "herr", "frau", "name" or ""')
        contact = {
            key: _text((client.get("contact") or {}).get(key), f"client.contact.{key}") or ""
            for key in ("title", "first", "last", "address")
        }
    reason = spec.get("reason") or {}
    alternative = spec.get("alternative") or {}
    if reason.get("kind") not in REASON_KINDS:
        raise SpecError(f"reason.kind must be one of {', '.join(REASON_KINDS)}")
    if alternative.get("kind", "none") not in ALTERNATIVE_KINDS:
        raise SpecError(f"alternative.kind must be one of {', '.join(ALTERNATIVE_KINDS)}")
    if spec.get("channel", "email") not in ("email", "chat"):
        raise SpecError('channel must be "email" or "chat"')
    if client.get("register", "sie") not in ("sie", "du"):
        raise SpecError('client.register must be "sie" or "du"')
    request = _text(spec.get("request"), "request") or ""
    from bot.i18n import in_every_language

    tone = spec.get("tone") or {}
    answers = NoAnswers(
        request=request,
        category=classify_request(request, in_every_language("say_no", "cues")),
        client_name=_text(client.get("name"), "client.name"),
        register=client.get("register", "sie"),
        channel=spec.get("channel", "email"),
        contact=contact,
        reason=REASON_KINDS[reason["kind"]],
        reason_text=_text(reason.get("text"), "reason.text"),
        expectation=_text(spec.get("expectations"), "expectations"),
        needs=_text(spec.get("needs"), "needs"),
        alternative=ALTERNATIVE_KINDS[alternative.get("kind", "none")],
        alternative_text=_text(alternative.get("text"), "alternative.text"),
        alternative_date=_date(alternative.get("date"), language, today),
        shorter=bool(tone.get("shorter")),
        warmer=bool(tone.get("warmer")),
        formality=max(-1, min(1, int(tone.get("formality", 0)))),
    )
    return answers, language, _text(spec.get("sender"), "sender")


def draft(spec: dict) -> dict:
    """{"text": the draft, "elements": {element: found}} for one spec."""
    from bot.coach.drafting import renderer
    from bot.coach.say_no import draft_context
    from bot.coach.tone import check_reply
    from bot.i18n import translator

    answers, language, sender = answers_from_spec(spec)
    phrases = translator(language).data("say_no")
    text = renderer(language).render("say_no", **draft_context(answers, phrases, sender, language))
    return {"text": text, "elements": check_reply(text, language).to_json()["elements"]}


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["draft"]:
        arguments = arguments[1:]
    if arguments and arguments[0] in ("-h", "--help"):
        print(__doc__)
        return 0
    if arguments not in ([], ["--json"]):
        print(
            "usage: va-coach draft --json < spec.json  (see README: Checking drafts)",
            file=sys.stderr,
        )
        return 2
    source = sys.stdin.read()
    if not source.strip():
        print("No spec on stdin: pipe one JSON draft spec, then end with Ctrl-D.", file=sys.stderr)
        return 1
    try:
        result = draft(json.loads(source))
    except json.JSONDecodeError as error:
        print(f"The spec is not valid JSON: {error}", file=sys.stderr)
        return 2
    except (SpecError, ValueError, TypeError) as error:
        print(f"Cannot draft this spec: {error}", file=sys.stderr)
        return 2
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
