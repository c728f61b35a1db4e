"""The sentences of a say-no draft: written per reason, alternative, register and channel.

The wording lives in content/<lang>/data/say_no.yaml under `draft`; this module only chooses
the variant that fits (register, chat or "Shorter", "More formal"/"More casual") and fills the
typed text into slots where any noun phrase fits. Pure: no Telegram, no database.
"""

from __future__ import annotations

import re

from bot.coach.contact import Contact

# Alternatives with their own wording when the reason is the rate (a package, a later review,
# someone whose rates fit the budget).
RATE_ALTERNATIVES = ("later", "smaller", "referral")
TITLE = re.compile(r"^(?:dr|prof|mag|dipl|ing)\.?(?:-\w+\.?)?$", re.IGNORECASE)


def tone_of(formality: int) -> str | None:
    return "formal" if formality > 0 else ("casual" if formality < 0 else None)


def phrase(entry: object, register: str, formality: int, short: bool, variant: int = 0) -> str:
    """The variant of one sentence that fits: short first (chat, "Shorter"), then the tone, then
    the register, then "all". A list holds alternatives picked by `variant`."""
    if entry is None:
        return ""
    if not isinstance(entry, dict):
        entry = {"all": entry}
    tone = tone_of(formality)
    keys = []
    if short:
        keys += [f"{register}_short", "short"]
    if tone:
        keys.append(f"{register}_{tone}")
    keys += [register, "all"]
    for key in keys:
        if key in entry:
            chosen = entry[key]
            if isinstance(chosen, list):
                chosen = chosen[variant % len(chosen)] if chosen else ""
            return str(chosen)
    return ""


def fill(template: str, **values: str) -> str:
    """Placeholders replaced one by one, so braces in typed text stay as they are."""
    for key, value in values.items():
        template = template.replace("{" + key + "}", value)
    return template


def colleague(text: str, gender: str | None, wording: dict) -> tuple[str, str | None]:
    """The recommended person as the VA typed them, without "meine Kollegin" typed twice; a
    typed "Kollegin"/"Kollege" also tells the gender."""
    cleaned = text.strip()
    for typed_gender, pattern in wording.get("colleague_typed", {}).items():
        match = re.match(pattern, cleaned, re.IGNORECASE)
        if match and match.end() > 0:
            return cleaned[match.end() :].strip(), typed_gender
    return cleaned, gender


def person_from_name(name: str | None) -> Contact | None:
    """Drafts saved before contacts existed named a person only in the client name: two or
    three capitalised words read as first and last name; anything else greets no one."""
    from bot.coach.say_no import is_company

    if not name or is_company(name):
        return None
    words = name.split()
    titles = []
    while words and TITLE.match(words[0]):
        titles.append(words.pop(0))
    if not 2 <= len(words) <= 3 or not all(word[:1].isupper() for word in words):
        return None
    return Contact(" ".join(titles), words[0], " ".join(words[1:]), "name")


def contact_of(stored: dict | None, client_name: str | None) -> Contact | None:
    if stored:
        contact = Contact(
            **{key: str(stored.get(key) or "") for key in ("title", "first", "last", "address")}
        )
        return contact if contact.known else None
    return person_from_name(client_name)


def contact_columns(client: object) -> dict | None:
    """A client row's contact person (migration 0008), as NoAnswers.contact keeps it."""
    values = {
        key: getattr(client, f"contact_{key}", None) or ""
        for key in ("title", "first", "last", "address")
    }
    return values if values["first"] or values["last"] else None


def mentions(text: str, patterns: list[str]) -> bool:
    lowered = text.casefold()
    return any(re.search(pattern, lowered) for pattern in patterns)


def questions_for(category: str, register: str, request: str, phrases: dict) -> list[str]:
    """The clarifying questions that fit, without those the request already answers (a date or
    time, an amount); at least one stays."""
    questions = phrases["questions"][category][register]
    topics = phrases.get("question_topics", {}).get(category, [])
    said = {
        topic
        for topic, patterns in phrases.get("mentions", {}).items()
        if mentions(request or "", patterns)
    }
    kept = [
        question
        for index, question in enumerate(questions)
        if (topics[index] if index < len(topics) else None) not in said
    ]
    return kept or questions[-1:]


def _date(iso: str | None, pattern: str, language: str) -> str:
    from datetime import date

    from babel.dates import format_date

    return format_date(date.fromisoformat(iso), pattern, locale=language) if iso else ""


def _reason_key(reason: str, answers, wording: dict) -> str:
    """A full diary "for the next few weeks" would contradict a later date a week away: with a
    date, the reason's wording names no span (`<reason>_dated`, where there is one)."""
    dated = f"{reason}_dated"
    return dated if answers.alternative_date and dated in wording["reason"] else reason


def _alternative_key(answers) -> str:
    kind = answers.alternative or "none"
    if kind == "own" and not answers.alternative_text:
        kind = "none"
    if answers.reason == "rate" and kind in RATE_ALTERNATIVES:
        kind = f"{kind}_rate"
    if kind.startswith(("later", "waitlist")) and answers.alternative_date:
        return f"{kind}_date"
    if answers.alternative_text and not kind.startswith(("later", "waitlist", "none")):
        return f"{kind}_text"
    return kind


def sentences(answers, phrases: dict, language: str) -> dict:
    """The reason, the expectations and the alternative, each a finished sentence ("" if none).

    Chat and "Shorter" take the short variants; the VA's typed text goes only into slots where
    any noun phrase fits ("Fest zusagen kann ich Ihnen …", "All I need from you is …")."""
    from bot.coach.say_no import as_fragment, as_sentence

    wording = phrases["draft"]
    register = answers.register if answers.register in ("sie", "du") else "sie"
    short = answers.shorter or answers.channel == "chat"

    def say(entry: object, **values: str) -> str:
        return fill(phrase(entry, register, answers.formality, short, answers.variant), **values)

    reason = answers.reason if answers.reason in wording["reason"] else "other"
    if reason == "other" and answers.reason_text:
        reason_sentence = say(
            wording["reason"]["other_text"], text=as_sentence(answers.reason_text)
        )
    else:
        reason_sentence = say(wording["reason"][_reason_key(reason, answers, wording)])

    expectation = as_fragment(answers.expectation or "")
    needs = as_fragment(answers.needs or "")
    starts = {word.casefold() for word in phrases.get("sentence_starts", [])}

    def whole(text: str) -> bool:  # "Ich schicke …", "Please send …": a sentence already
        return bool(text) and text.split()[0].casefold().strip(",:") in starts

    parts = []
    if expectation:
        frame = wording["expectation_text"]
        parts.append(
            as_sentence(expectation) if whole(expectation) else say(frame, text=expectation)
        )
    if needs:
        frame = wording["needs_text" if expectation else "needs_only_text"]
        parts.append(as_sentence(needs) if whole(needs) else say(frame, text=needs))
    follow_up = ""
    if not parts:  # nothing typed: a commitment on the reply, after the alternative it answers
        key = _alternative_key(answers)
        default = "expectation_none" if key == "none" else "expectation_default"
        follow_up = say(wording.get(f"{default}_{key}") or wording[default])

    key = _alternative_key(answers)
    text = answers.alternative_text or ""
    person, gender = colleague(as_fragment(text), answers.colleague_gender, wording)
    alternative = say(
        wording["alternative"].get(key, ""),
        text=as_sentence(text) if key == "own_text" else as_fragment(text),
        date=_date(answers.alternative_date, wording["date_pattern"], language),
        colleague=fill(wording["colleague"].get(gender or "n", "{text}"), text=person),
    )
    return {
        "reason_sentence": reason_sentence,
        "expectation_sentence": " ".join(parts),
        "alternative_sentence": alternative,
        "follow_up": follow_up,
        "warmer_opener": say(wording["warmer_opener"]),
        "closing": say(wording["warmer_closing" if answers.warmer else "closing"]),
    }
