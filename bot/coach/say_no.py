"""The "say no" coach: the five steps as plain data, and the choices that fit each answer.

Listen → empathise → clarify → set expectations → offer an alternative (DOMAIN.md, section 1).
No telegram, no database: the flow stores `NoAnswers.to_dict()` and renders with drafting.py.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields

REASONS = ("workload", "skills", "deadline", "fit", "rate", "other")
ALTERNATIVES = ("later", "smaller", "referral", "format", "waitlist", "price", "own")
# Alternatives that answer each reason, best first (the flow offers these, plus "own").
FITTING: dict[str, tuple[str, ...]] = {
    "workload": ("later", "smaller", "waitlist", "referral"),
    "skills": ("referral", "smaller", "format"),
    "deadline": ("later", "smaller", "format"),
    "fit": ("referral", "format", "smaller"),
    "rate": ("price", "smaller", "referral"),
    "other": ("later", "smaller", "referral", "format", "waitlist", "price"),
}
CATEGORIES = ("urgent", "extra", "offhours", "rate", "general")
MAX_TYPED = 500


@dataclass
class NoAnswers:
    """Everything the VA answered; enough to render the draft again in any tone."""

    request: str = ""
    category: str = "general"
    client_name: str | None = None
    client_id: int | None = None
    register: str = "sie"
    channel: str = "email"
    want: bool | None = None
    time: bool | None = None
    energy: bool | None = None
    empathy: int | None = None  # index into the category's openers
    empathy_text: str | None = None  # the VA's own opener
    clarify: int | None = None
    reason: str | None = None
    reason_text: str | None = None
    expectation: str | None = None
    needs: str | None = None
    alternative: str | None = None
    alternative_text: str | None = None
    alternative_date: str | None = None  # ISO date
    colleague_gender: str | None = None  # "f", "m" or "n", for German case agreement
    terms: str | None = None  # for an acceptance with clear terms
    shorter: bool = False
    warmer: bool = False
    formality: int = 0  # -1 casual, 0 neutral, 1 formal
    variant: int = 0
    step: int = 1  # where the coach stands (bot/coach/say_no_steps.py): saved with the answers
    extra: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> NoAnswers:
        known = {f.name for f in fields(cls)}
        return cls(**{key: value for key, value in data.items() if key in known})

    @property
    def all_yes(self) -> bool:
        return bool(self.want and self.time and self.energy)


def classify_request(text: str, cues: dict[str, list[str]]) -> str:
    """The request's category, from the content's cue words (first match in CATEGORIES order)."""
    lowered = text.casefold()
    for category in CATEGORIES[:-1]:
        for cue in cues.get(category, []):
            if re.search(rf"(?<!\w){re.escape(cue.casefold())}", lowered):
                return category
    return "general"


def fitting_alternatives(reason: str | None) -> tuple[str, ...]:
    return FITTING.get(reason or "other", FITTING["other"])


def as_sentence(text: str) -> str:
    """A typed fragment as a sentence: trimmed, single-spaced, capitalised, with a full stop."""
    cleaned = " ".join(text.split()).strip(" -–")
    if not cleaned:
        return ""
    cleaned = cleaned[0].upper() + cleaned[1:]
    return cleaned if cleaned[-1] in ".!?…" else f"{cleaned}."


def as_fragment(text: str) -> str:
    """A typed fragment to go after a colon: trimmed, without a final full stop."""
    cleaned = " ".join(text.split()).strip(" -–")
    return cleaned.rstrip(".;,:") if not cleaned.endswith("…") else cleaned


def restatement(text: str, limit: int = 240) -> str:
    """The request as the coach repeats it: the first words, cut at a word boundary."""
    cleaned = " ".join(text.split())
    if len(cleaned) <= limit:
        return cleaned
    cut = cleaned[:limit].rsplit(" ", 1)[0]
    return f"{cut} …"


def is_company(name: str | None) -> bool:
    """Company names get a neutral salutation ("Guten Tag,") instead of a person's name."""
    if not name:
        return True
    return bool(
        re.search(
            r"(?i)\b(gmbh|ag|ug|kg|ohg|gbr|e\.\s?v\.|ltd|llc|inc|plc|corp|co\.?|gruppe|group|team|"
            r"agentur|agency|kanzlei|praxis|studio|verlag|shop|hotel|media|consulting|solutions)\b"
            r"|&",
            name,
        )
    )


def first_name(name: str | None) -> str:
    return (name or "").split()[0] if name else ""


def greeted(answers: NoAnswers, language: str) -> bool:
    """Whether the draft opens with a salutation ending in a comma (mirrors replies/_parts.j2)."""
    person = bool(answers.client_name) and not is_company(answers.client_name)
    if answers.channel == "email":
        return True
    if language == "de":
        return answers.register == "du" and person
    return person and answers.formality <= 0


def lower_after_salutation(sentence: str, lowercase_words: list[str]) -> str:
    """German: "Guten Tag,\\n\\nvielen Dank …" – only function words lose their capital."""
    first, _, rest = sentence.partition(" ")
    if first.casefold().strip(",;:") in {word.casefold() for word in lowercase_words}:
        return f"{first[:1].lower()}{first[1:]} {rest}".rstrip()
    return sentence


def pick(options: list[str], index: int | None) -> str:
    return options[(index or 0) % len(options)] if options else ""


def draft_context(answers: NoAnswers, phrases: dict, sender: str | None, language: str) -> dict:
    """Everything replies/<kind>.j2 needs, from the answers and the content's phrases."""
    register = answers.register if answers.register in ("sie", "du") else "sie"
    category = answers.category if answers.category in CATEGORIES else "general"
    opener = (
        as_sentence(answers.empathy_text)
        if answers.empathy_text
        else pick(phrases["openers"][category][register], answers.empathy)
    )
    if greeted(answers, language):
        opener = lower_after_salutation(opener, phrases.get("lowercase_after_salutation", []))
    question = pick(phrases["questions"][category][register], answers.clarify)
    formality = answers.formality + (-1 if language == "en" and register == "du" else 0)
    return {
        "email": answers.channel == "email",
        "sie": register == "sie",
        "name": answers.client_name,
        "formality": max(-1, min(1, formality)),
        "opener": opener,
        "question": question,
        "reason": answers.reason,
        "reason_text": answers.reason_text,
        "expectation": answers.expectation,
        "needs": answers.needs,
        "alternative": answers.alternative,
        "alternative_text": answers.alternative_text,
        "alternative_date": answers.alternative_date,
        "colleague_gender": answers.colleague_gender,
        "terms": answers.terms,
        "shorter": answers.shorter,
        "warmer": answers.warmer,
        "v": answers.variant,
        "sender": sender,
    }
