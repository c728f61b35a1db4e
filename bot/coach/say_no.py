"""The "say no" coach: the five steps as plain data, and the choices that fit each answer.

Listen → empathise → clarify → set expectations → offer an alternative (DOMAIN.md, section 1).
No telegram, no database: the flow stores `NoAnswers.to_dict()` and renders with drafting.py.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields

# "hours": outside my working hours, a rule I keep. "skills" is the spec's "expertise" and
# "format" its "other_form" (bot/draft_cli.py); stored drafts keep the older keys.
REASONS = ("workload", "skills", "deadline", "fit", "rate", "hours", "other")
ALTERNATIVES = ("later", "smaller", "referral", "format", "waitlist", "price", "own", "none")
# Alternatives that answer each reason, best first (the flow offers these, plus "own").
# For the rate, "later" is a later review of scope and budget, "smaller" a smaller package.
FITTING: dict[str, tuple[str, ...]] = {
    "workload": ("later", "smaller", "waitlist", "referral"),
    "skills": ("referral", "smaller", "format"),
    "deadline": ("later", "smaller", "format"),
    "fit": ("referral", "format", "smaller"),
    "rate": ("smaller", "later", "referral"),
    "hours": ("later", "format", "referral"),
    "other": ("later", "smaller", "referral", "format", "waitlist"),
}
CATEGORIES = ("urgent", "extra", "offhours", "rate", "general")
# Which category wins when a request has cues of several: money and off-hours requests are the
# most specific ("10 % günstiger, zusätzlich …", "am Samstag noch schnell …").
MATCH_ORDER = ("rate", "offhours", "urgent", "extra")
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
    contact: dict | None = None  # the client's contact person (bot/coach/contact.py fields)
    rate_covers: str | None = None  # rate path: "yes", "no" or "unsure" (does it cover costs?)
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
    """The request's category, from the content's cue words (first match in MATCH_ORDER)."""
    lowered = text.casefold()
    for category in MATCH_ORDER:
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
            r"agentur|agency|kanzlei|praxis|studio|verlag|shop|hotel|media|consulting|solutions|"
            r"immobilien|logistik|events?|legal|law|design|marketing|digital|services?|systems?|"
            r"software|technik|tech|bau|partners?|holding|capital|ventures|labs?|finance|"
            r"beratung|handel|werkstatt|café|cafe|restaurant|salon|akademie|academy|institut|"
            r"institute|verein|stiftung|foundation|club|schule|school|clinic|klinik)\b"
            r"|&",
            name,
        )
    )


def first_name(name: str | None) -> str:
    return (name or "").split()[0] if name else ""


def lower_after_salutation(sentence: str, lowercase_words: list[str]) -> str:
    """German: "Guten Tag,\\n\\nvielen Dank …" – only function words lose their capital."""
    first, _, rest = sentence.partition(" ")
    if first.casefold().strip(",;:") in {word.casefold() for word in lowercase_words}:
        return f"{first[:1].lower()}{first[1:]} {rest}".rstrip()
    return sentence


def first_clause(sentence: str) -> str:
    """A chat or "Shorter" opener: the thanks without its second half ("… – ich sehe, …")."""
    head = re.split(r" – |; ", sentence, maxsplit=1)[0].rstrip(" ,.")
    return f"{head}." if head != sentence.rstrip(".") else sentence


def pick(options: list[str], index: int | None) -> str:
    return options[(index or 0) % len(options)] if options else ""


def draft_context(answers: NoAnswers, phrases: dict, sender: str | None, language: str) -> dict:
    """Everything replies/<kind>.j2 needs, from the answers and the content's phrases."""
    from bot.coach.say_no_wording import contact_of, questions_for, sentences

    register = answers.register if answers.register in ("sie", "du") else "sie"
    category = answers.category if answers.category in CATEGORIES else "general"
    opener = (
        as_sentence(answers.empathy_text)
        if answers.empathy_text
        else pick(phrases["openers"][category][register], answers.empathy)
    )
    if (answers.shorter or answers.channel == "chat") and not answers.empathy_text:
        opener = first_clause(opener)
    questions = questions_for(category, register, answers.request, phrases)
    said = sentences(answers, phrases, language)
    if answers.channel == "chat":
        fit_chat(said, opener, answers.warmer)
    return {
        "email": answers.channel == "email",
        "sie": register == "sie",
        "name": answers.client_name,
        "contact": contact_of(answers.contact, None),  # the name alone: see replies/_parts.j2
        "formality": max(-1, min(1, answers.formality)),
        "category": category,
        "opener": opener,
        "question": pick(questions, answers.clarify),
        "terms": answers.terms,
        "needs": answers.needs,
        "shorter": answers.shorter,
        "warmer": answers.warmer,
        "v": answers.variant,
        "sender": sender,
        **said,
    }


CHAT_WORDS = 60  # a chat draft longer than this reads like an email


SHOWN_IN_CHAT = ("reason_sentence", "expectation_sentence", "alternative_sentence", "follow_up")


def fit_chat(said: dict, opener: str, warmer: bool) -> None:
    """Long typed text can push a chat draft past its limit: the warm extra goes first, then
    the follow-up line; the five elements stay."""
    if not warmer:
        said["warmer_opener"] = ""
    for optional in ("warmer_opener", "follow_up"):
        shown = [opener, said["warmer_opener"], *(said[key] for key in SHOWN_IN_CHAT)]
        words = len(" ".join(shown).split())
        if words + 4 > CHAT_WORDS:  # 4: the salutation
            said[optional] = ""
