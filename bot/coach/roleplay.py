"""Practice with a receptionist: judge a typed answer, choose the receptionist's reaction, score.

Pure functions over plain data (no telegram, no database). The cues live in roleplay_cues.py;
German is lemmatised with simplemma and every "you" form is folded into one token, so an answer
in "Sie" and the same answer in "du" get the same judgement.

    judge(text, lang) -> Judgement      what the answer did (honest, lie, evasive, rude, ...)
    react(level, step, judgement, history) -> Reaction   the receptionist's next line
    session_score(turns) -> 0..100      per answer: clear, polite, short; once: asked for a contact
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from functools import lru_cache

import simplemma

from bot.coach.roleplay_cues import CUES, YOU

LONG_WORDS = 50  # a phone answer longer than this is a monologue
MAX_ANSWER = 1000  # characters
FLAGS = ("honest", "lie", "evasive", "rude", "polite", "asks_contact", "too_long")
LEVELS = ("friendly", "busy", "strict")
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

    def flags(self) -> list[str]:
        return [name for name in FLAGS if getattr(self, name)]


@lru_cache(maxsize=4096)
def _lemma(word: str, language: str) -> str:
    try:
        return simplemma.lemmatize(word, lang=language).lower()
    except (ValueError, KeyError):  # pragma: no cover - simplemma rejects odd input
        return word.lower()


def normalise(text: str, language: str) -> dict[str, str]:
    """The answer as lower-cased words and as lemmas, each "you" form written `@you`."""
    text = " ".join(text.replace("’", "'").split())
    you = YOU.get(language, YOU["en"])

    def surface(match: re.Match[str]) -> str:
        word = match.group(0).lower()
        return "@you" if word in you else word

    def lemma(match: re.Match[str]) -> str:
        word = match.group(0)
        return "@you" if word.lower() in you else _lemma(word, language)

    return {"surface": _WORD.sub(surface, text), "lemmas": _WORD.sub(lemma, text)}


def judge(text: str, language: str) -> Judgement:
    """What one typed answer did. An empty answer, or one of only "?" or dots, is `empty`."""
    words = _WORD.findall(text or "")
    if not words:
        return Judgement(empty=True)
    cues = CUES.get(language, CUES["en"])
    strings = normalise(text, language)

    def hit(name: str, where: dict[str, str] | None = None) -> bool:
        return any(pattern.search((where or strings)[kind]) for kind, pattern in cues[name])

    agreed = False
    for sentence in re.split(r"[.!?;]+", strings["surface"]):
        if hit("agreed", {"surface": sentence, "lemmas": sentence}) and not hit(
            "negation", {"surface": sentence, "lemmas": sentence}
        ):
            agreed = True
    lie = hit("lie") or agreed
    pushy = hit("pushy")
    polite_words = hit("polite")
    rude = hit("rude") or (pushy and not polite_words and not lie)
    topic = hit("topic") and not hit("vague_topic")
    honest = (hit("identity") or hit("offer") or topic) and not lie
    evasive = hit("evasive") or (hit("put_through") and not lie and not honest)
    return Judgement(
        honest=honest,
        lie=lie,
        evasive=evasive,
        rude=rude,
        polite=polite_words and not rude and not pushy,
        asks_contact=hit("asks_contact"),
        too_long=len(words) >= LONG_WORDS,
        words=len(words),
    )


# --- the receptionist's side -----------------------------------------------------------------------
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

    def to_dict(self) -> dict:
        return {
            "step": self.step,
            "answer": self.answer,
            "flags": self.judgement.flags(),
            "words": self.judgement.words,
        }

    @classmethod
    def from_dict(cls, data: dict) -> Turn:
        flags = set(data.get("flags", []))
        judgement = Judgement(**{name: name in flags for name in FLAGS}, words=data.get("words", 0))
        return cls(step=data["step"], answer=data.get("answer", ""), judgement=judgement)


def steps_of(level: str) -> tuple[str, ...]:
    return STEPS.get(level, STEPS["friendly"])


def react(level: str, step: int, judgement: Judgement, history: list[Turn]) -> Reaction:
    """The receptionist's answer to `judgement`, given at `step` of the level's questions.

    A lie is caught and the question asked again (a second lie ends the call); rudeness ends
    it; an evasive answer is pressed once, then the call ends; a clear answer moves on. Asking
    for the right contact or the receptionist's name is answered before the next question."""
    steps = steps_of(level)
    step = min(step, len(steps) - 1)
    asked = steps[step]
    lies = sum(turn.judgement.lie for turn in history)
    if judgement.lie:
        if lies >= 1:
            return Reaction(("lie_end",), step, ended=True, outcome="declined")
        return Reaction(("caught_lie",), max(step, 1))
    if judgement.rude:
        return Reaction(("rude_end",), step, ended=True, outcome="declined")
    if asked == "open" and not judgement.honest:
        if judgement.evasive:
            return Reaction(("press_what_about",), 1)
        return Reaction((*(("give_contact",) if judgement.asks_contact else ()), "what_about"), 1)
    unclear = judgement.evasive or (asked in ASKS_REASON and not judgement.honest)
    if unclear:
        same = {asked, "open"} if asked == "what_about" else {asked}
        pressed = any(turn.step in same and _unclear(turn) for turn in history)
        if pressed:
            return Reaction(("evasive_end",), step, ended=True, outcome="declined")
        return Reaction((f"press_{asked}" if asked in ASKS_REASON else "press",), step)
    lines: list[str] = []
    if judgement.too_long:
        lines.append("interrupt")
    if judgement.asks_contact:
        lines.append("give_contact")
    following = step + (2 if asked == "open" else 1)  # an honest greeting answers "what about"
    if following >= len(steps):
        ending = "connect" if level != "strict" else "pass_on"
        return Reaction(
            (*lines, ending),
            following,
            ended=True,
            outcome="connected" if level != "strict" else "contact",
        )
    return Reaction((*lines, steps[following]), following)


def _unclear(turn: Turn) -> bool:
    return turn.judgement.evasive or (turn.step in ASKS_REASON and not turn.judgement.honest)


# --- feedback and scores ---------------------------------------------------------------------------
def feedback(turn: Turn) -> list[tuple[bool, str]]:
    """(good?, key) per aspect of one answer, the most important first."""
    j, items = turn.judgement, []
    if j.lie:
        items.append((False, "lie"))
    elif turn.step in ASKS_REASON:
        items.append((True, "honest") if j.honest and not j.evasive else (False, "vague"))
    elif j.evasive:
        items.append((False, "vague"))
    if j.rude:
        items.append((False, "rude"))
    else:
        items.append((True, "polite") if j.polite else (False, "not_polite"))
    if j.asks_contact:
        items.append((True, "contact"))
    items.append((False, "long") if j.too_long else (True, "short"))
    return items


def turn_points(turn: Turn) -> int:
    """0-3: clear (honest where the reason was asked, else not evasive), polite, short."""
    j = turn.judgement
    if j.lie:
        return 0
    clear = j.honest if turn.step in ASKS_REASON else not j.evasive
    return int(clear and not j.evasive) + int(j.polite and not j.rude) + int(not j.too_long)


def session_score(turns: list[Turn]) -> int:
    """0-100 over the answers given; asking for a contact or a name once is one more point."""
    if not turns:
        return 0
    points = sum(turn_points(turn) for turn in turns)
    points += int(any(turn.judgement.asks_contact for turn in turns))
    return round(100 * points / (3 * len(turns) + 1))


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


def as_dict(judgement: Judgement) -> dict:
    return asdict(judgement)
