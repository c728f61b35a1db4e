"""Practice with a receptionist: judge what the caller says.

Pure functions over plain data (no telegram, no database). The cues live in roleplay_cues*.py;
German is lemmatised with simplemma and every "you" form is folded into one token, so an answer
in "Sie" and the same answer in "du" get the same judgement. False claims are read clause by
clause in roleplay_claims.py; the receptionist's reactions are in roleplay_receptionist.py,
feedback and scores in roleplay_feedback.py.

    judge(text, lang) -> Judgement      what the answer did (honest, lie, evasive, rude, ...)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import simplemma

from bot.coach import roleplay_claims_own_client as own_client
from bot.coach.roleplay_claims import ABBREVIATION, read_claims, sentences
from bot.coach.roleplay_claims_one_way import unanswered
from bot.coach.roleplay_cue_form import YOU_TOKEN
from bot.coach.roleplay_cues import CUES, YOU
from bot.coach.roleplay_learned import LearnedReading, read_learned

LONG_WORDS = 50  # a phone answer longer than this is a monologue
MAX_ANSWER = 1000  # characters
FLAGS = ("honest", "lie", "evasive", "rude", "polite", "asks_contact", "too_long")
# What else the receptionist needs to know about an answer (kept with each turn, not flags).
DETAILS = ("for_whom", "why", "asks_who", "asks_name", "asks_when", "on_topic", "affirms")
LEVELS = ("friendly", "busy", "strict")
# an unanswered message of the caller's own ("I emailed him last month, it probably got buried")
# takes back a model's reading of earlier contact, not of friendship or an invitation
ONE_WAY_FAMILIES = ("spoke_before", "returning_call", "other")
# a sentence that admits a first contact is candour, however curt ("Ganz ehrlich: Sie kennen
# uns noch nicht.")
CANDOUR = ("admits_first",)
# English callers phoning a German firm say "Frau Adler", "Herr Berger's message": the English
# cues know Mr and Ms
TITLES = {"en": {"herr": "mr", "herrn": "mr", "frau": "ms"}}
# What the receptionist asks, in order. "open" is the greeting the VA answers first; an honest
# first answer skips "what_about".
STEPS = {
    "friendly": ("open", "what_about", "in_meeting"),
    "busy": ("open", "what_about", "in_meeting", "send_email"),
    "strict": ("open", "what_about", "arranged", "send_email", "no_interest"),
}
ASKS_REASON = frozenset({"what_about", "arranged"})
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+")


@dataclass(frozen=True)
class Judgement:
    empty: bool = False
    honest: bool = False
    lie: bool = False
    evasive: bool = False
    rude: bool = False
    polite: bool = False
    asks_contact: bool = False
    too_long: bool = False
    words: int = 0
    claim: str = ""  # which false claim a lie makes (roleplay_claims.py), for the feedback
    quote: str = ""  # the caller's own sentence that makes the lie, the rudeness or the evasion
    for_whom: bool = False  # says on whose behalf the call is made
    why: bool = False  # says what the call is about (an offer, a topic, a first contact)
    asks_who: bool = False  # asks who the right person is
    asks_name: bool = False  # asks the receptionist's name
    asks_when: bool = False  # asks when the boss can be reached
    on_topic: bool = False  # answers what was asked (or acknowledges it), not something else
    affirms: bool = False  # begins with a plain "yes" (a lie after "Has this been arranged?")

    def flags(self) -> list[str]:
        return [name for name in FLAGS if getattr(self, name)]

    def details(self) -> dict:
        return {"claim": self.claim, "quote": self.quote} | {
            name: getattr(self, name) for name in DETAILS
        }


@lru_cache(maxsize=4096)
def _lemma(word: str, language: str) -> str:
    try:
        return simplemma.lemmatize(word, lang=language).lower()
    except (ValueError, KeyError):  # pragma: no cover - simplemma rejects odd input
        return word.lower()


# The apostrophe of an Irish or Italian surname ("O'Neill", "D'Angelo"), not of "o'clock".
_NAME_APOSTROPHE = re.compile(r"\b([OD])'(?=[A-Z])")


def normalise(text: str, language: str) -> dict[str, str]:
    """The answer as lower-cased words and as lemmas, each "you" form written as one word
    (YOU_TOKEN; the cue patterns say "@you")."""
    text = " ".join(text.replace("’", "'").split())
    text = _NAME_APOSTROPHE.sub(r"\1", text)  # "Mr O'Neill" is one word, as "Mr Berger" is
    text = ABBREVIATION.sub(lambda match: match.group(0)[:-1], text)  # "Dr. Kaya": no full stop
    you = YOU.get(language, YOU["en"])

    titles = TITLES.get(language, {})

    def surface(match: re.Match[str]) -> str:
        word = match.group(0).lower()
        return YOU_TOKEN if word in you else titles.get(word, word)

    def lemma(match: re.Match[str]) -> str:
        word = match.group(0)
        return YOU_TOKEN if word.lower() in you else _lemma(word, language)

    return {"surface": _WORD.sub(surface, text), "lemmas": _WORD.sub(lemma, text)}


def _hits(cues: dict, name: str, strings: dict[str, str]) -> bool:
    return any(pattern.search(strings[kind]) for kind, pattern in cues[name])


def _sentence_with(text: str, language: str, names: tuple[str, ...]) -> str:
    """The caller's first sentence, as typed, in which one of the cues `names` is found."""
    cues = CUES.get(language, CUES["en"])
    for sentence in sentences(text):
        strings = normalise(sentence, language)
        if any(_hits(cues, name, strings) for name in names):
            return sentence
    return ""


def _commands(cues: dict, strings: dict[str, str]) -> bool:
    return _hits(cues, "command", strings) and not _hits(cues, "courtesy", strings)


def judge(text: str, language: str) -> Judgement:
    """What one typed answer did. An empty answer, or one of only "?" or dots, is `empty`."""
    words = _WORD.findall(text or "")
    if not words:
        return Judgement(empty=True)
    cues = CUES.get(language, CUES["en"])
    strings = normalise(text, language)

    def hit(name: str) -> bool:
        return _hits(cues, name, strings)

    claims = read_claims(text, language, normalise)
    learned = read_learned(text, language)
    # The model reads no negation and takes a pitch ("hier ist Anna von Kessler IT, es geht um
    # Ihre Telefonanlage") for a claim, so it cannot make a lie of a line that denies a claim,
    # admits a first contact, names a public source or spells a name; nor, unless it is sure, of
    # one that says for whom or why (a claim slipped into an honest pitch, "Kessler Druck, Ihr
    # Druckdienstleister seit Jahren", is the lie the rules miss most). A claim the rules read
    # still makes it one. Once the caller has named her own client, a sure reading no longer
    # stands against the pitch: "my client's order form" is the client's, which the model cannot
    # tell from "his order".
    for_whom = hit("identity")
    topic = hit("topic") and not hit("vague_topic")
    why = hit("offer") or topic or hit("first_contact")
    candid = claims.denied or hit("admits_first")
    vetoed = (
        candid
        or (learned.family in ONE_WAY_FAMILIES and unanswered(learned.quote))
        or claims.public_source
        or hit("spells")
        or ((for_whom or why) and not _sure_lie(learned, text))
    )
    # nor of a line the rules find rude: the model reads scorn ("Ja ja, schon klar, das sagen
    # Sie doch jedem") as a claim
    rude_words = hit("rude") or hit("rude_pressure") or hit("scorn")
    # nor of a lone question for a time or a contact ("Any idea when he'll be back?")
    parts = sentences(text)
    lone = len(parts) == 1
    lone_question = lone and (hit("asks_contact") or hit("asks_when"))
    lie = claims.claim is not None or (
        learned.lie and not vetoed and not rude_words and not lone_question
    )
    # "Just put me through." presses; "Can't you just put me through?" asks (and is evasive);
    # so does a bare "Verbinden Sie mich." with no "bitte" in its sentence
    pushy = any(
        _hits(cues, "pushy", strings) or _commands(cues, strings)
        for strings in (normalise(sentence, language) for sentence in parts)
        if not strings["surface"].rstrip().endswith("?")
    )
    polite_words = hit("polite")
    # the rude model also fires on courteous lines it has not seen, so a polite word or a
    # question for a contact or a time overrules it unless the line presses too; and it takes a
    # confident lie ("Tom knows what this is about") for pressure, which the lie's feedback
    # covers already. Only a reading it is sure of (sarcastic thanks, a lie told as a put-down)
    # stands against both.
    asks_contact = hit("asks_contact")
    # Reassurance, apology and praise ("Lassen Sie sich ruhig Zeit") overrule it altogether: it
    # learned those words from sarcasm, which the scorn cues name when it is there. So do a lone
    # question for a name, a time or a contact (it learned "What's your name?" from veiled
    # threats, whose second half the scorn cues name) and a spelled name ("zum Mitschreiben: B
    # wie Berta").
    learned_rude = (
        learned.rude
        and not hit("courteous")
        and not (lone and asks_contact and not pushy)
        and not hit("spells")
        and (learned.rude_sure or not (lie or ((polite_words or asks_contact) and not pushy)))
        and not _excused_sentence(learned.rude_quote, language)
    )
    rude = rude_words or (pushy and not polite_words and not lie) or learned_rude
    # Saying for whom or why, or plainly denying a relationship, is honest; a claim spoils it.
    evasive_words = hit("evasive")
    # honesty needs positive evidence and is never credited to a rude line
    credible = for_whom or why or candid or claims.public_source or learned.honest
    honest = credible and not lie and not evasive_words and not rude
    evasive = evasive_words or (hit("put_through") and not lie and not honest)
    if claims.claim:
        quote = claims.claim.quote
    elif lie:
        quote = learned.quote
    elif rude:
        quote = (
            _sentence_with(text, language, ("rude", "rude_pressure", "scorn", "pushy", "command"))
            or learned.rude_quote
        )
    else:
        quote = _sentence_with(text, language, ("evasive",)) if evasive else ""
    return Judgement(
        honest=honest,
        lie=lie,
        evasive=evasive,
        rude=rude,
        polite=polite_words and not rude and not pushy,
        asks_contact=asks_contact,
        too_long=len(words) >= LONG_WORDS,
        words=len(words),
        claim=claims.claim.family if claims.claim else (learned.family if lie else ""),
        quote=quote,
        for_whom=for_whom and not lie,
        why=why and not lie,
        asks_who=asks_contact and hit("asks_who"),
        asks_name=asks_contact and hit("asks_name"),
        asks_when=asks_contact and hit("asks_when"),
        on_topic=honest or asks_contact or polite_words or hit("acknowledges"),
        affirms=hit("affirms") and not claims.denied,
    )


def _sure_lie(learned: LearnedReading, text: str) -> bool:
    """Whether the lie model's reading is sure enough to stand against an honest pitch."""
    return learned.lie_sure and not own_client.named(text)


def _excused_sentence(rudest: str, language: str) -> bool:
    """Whether the sentence the rude model reads as rudest opens with a greeting (it saw too few
    plain openers) or is candour ("Ganz ehrlich: Sie kennen uns noch nicht.", "I'll make sure he
    knows it's a first call"), which it learned from curt lines."""
    cues = CUES.get(language, CUES["en"])
    strings = normalise(rudest, language)
    return (
        _hits(cues, "greeting", strings)
        or any(_hits(cues, name, strings) for name in CANDOUR)
        or read_claims(rudest, language, normalise).denied
    )


# --- one turn of the call ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Reaction:
    lines: tuple[str, ...]  # keys of the receptionist's lines, said in this order
    step: int  # the index into the level's steps that is asked next
    ended: bool = False
    outcome: str | None = None  # connected, contact, declined (when ended)


@dataclass
class Turn:
    step: str  # what the receptionist had asked
    answer: str
    judgement: Judgement = field(default_factory=Judgement)
    said: tuple[str, ...] = ()  # the receptionist's reply to this answer (line keys)

    def to_dict(self) -> dict:
        return {
            "step": self.step,
            "answer": self.answer,
            "flags": self.judgement.flags(),
            "words": self.judgement.words,
            "said": list(self.said),
        } | self.judgement.details()

    @classmethod
    def from_dict(cls, data: dict) -> Turn:
        flags = set(data.get("flags", []))
        judgement = Judgement(
            **{name: name in flags for name in FLAGS},
            words=data.get("words", 0),
            claim=data.get("claim", ""),
            quote=data.get("quote", ""),
            # turns saved before these details existed: what the flags imply
            **{name: bool(data.get(name, _implied(name, flags))) for name in DETAILS},
        )
        return cls(data["step"], data.get("answer", ""), judgement, tuple(data.get("said", ())))


def _implied(name: str, flags: set[str]) -> bool:
    if name in ("for_whom", "why", "on_topic"):
        return "honest" in flags or (name == "on_topic" and bool(flags - {"lie", "evasive"}))
    return name == "asks_who" and "asks_contact" in flags


def steps_of(level: str) -> tuple[str, ...]:
    return STEPS.get(level, STEPS["friendly"])


@dataclass(frozen=True)
class Progress:
    sessions: int
    last: int | None
    best: int | None
    previous_average: int | None  # of up to five sessions before the last one


def progress(scores: list[int]) -> Progress:
    """Scores oldest first."""
    if not scores:
        return Progress(0, None, None, None)
    before = scores[-6:-1]
    average = round(sum(before) / len(before)) if before else None
    return Progress(len(scores), scores[-1], max(scores), average)
