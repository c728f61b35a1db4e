"""Feedback and scores for a practice call (bot/coach/roleplay.py judges the answers).

    feedback(turn) -> [Note]          per answer: the caller's own phrase, what it did, a model
    call_feedback(turns) -> [Note]    over the whole call: politeness
    session_score(turns) -> 0..100

Politeness is judged over the call, not per line: one greeting or thank-you is enough, and a
single rude line costs it. An honest answer is credited wherever it comes, the opening too.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.coach.roleplay import Turn


@dataclass(frozen=True)
class Note:
    good: bool | None  # None: a tip, neither praise nor a problem
    key: str  # the text in content/<lang>/data/gatekeeper.yaml "feedback"
    quote: str = ""  # the caller's own sentence this is about
    model: str = ""  # a model sentence to say instead ("models" in the same file)
    claim: str = ""  # for a lie: which false claim ("claims" in the same file)


def feedback(turn: Turn) -> list[Note]:
    """What one answer did, the most important first."""
    j, notes = turn.judgement, []
    if j.lie:
        model = "not_arranged" if turn.step == "arranged" else "honest"
        notes.append(Note(False, "lie", j.quote, model, j.claim))
    elif j.honest:  # saying plainly "he doesn't know us yet" is credited as candour
        notes.append(Note(True, "honest" if j.for_whom or j.why else "candid"))
    elif j.rude:  # the rude note below says what matters; "evasive" on top would be noise
        pass
    elif j.evasive:
        notes.append(Note(False, "vague", j.quote, "say_why"))
    elif turn.step == "what_about":  # asked what it is about, and not told
        notes.append(Note(False, "vague", "", "say_why"))
    elif not j.on_topic and turn.step != "open":  # any greeting may open a call
        notes.append(Note(False, "off_topic", "", "say_why"))
    if j.rude:
        notes.append(Note(False, "rude", j.quote, "calm"))
    if j.asks_contact:  # the most useful question first: who, then when, then her name
        asked = "contact" if j.asks_who else "contact_time" if j.asks_when else "contact_name"
        notes.append(Note(True, asked if j.asks_who or j.asks_when or j.asks_name else "contact"))
    if j.too_long:
        notes.append(Note(False, "long", "", "short"))
    if not notes and turn.step == "open":  # a plain greeting: fine, but it costs a question
        notes.append(Note(None, "open_plain", "", "say_why"))
    elif not notes:  # nothing to improve: say so rather than leave the answer bare
        notes.append(Note(True, "fitting"))
    return notes


def polite_call(turns: list[Turn]) -> bool:
    return any(t.judgement.polite for t in turns) and not any(t.judgement.rude for t in turns)


def call_feedback(turns: list[Turn]) -> list[Note]:
    """What the whole call did: the tone is one judgement, not one per line."""
    if not turns:
        return []
    if any(turn.judgement.rude for turn in turns):
        return [Note(False, "call_rude")]
    if polite_call(turns):
        return [Note(True, "call_polite")]
    return [Note(False, "call_not_polite", model="polite")]


def turn_points(turn: Turn) -> int:
    """0-2: clear (honest where the reason was asked, else on topic and not evasive), short."""
    j = turn.judgement
    if j.lie:
        return 0
    if turn.step == "what_about":
        clear = j.honest
    else:
        clear = j.honest or (j.on_topic and not j.evasive)
    return int(clear and not j.evasive) + int(not j.too_long)


def session_score(turns: list[Turn]) -> int:
    """0-100: two points per answer, two for a polite call, one for asking for a contact."""
    if not turns:
        return 0
    points = sum(turn_points(turn) for turn in turns) + 2 * polite_call(turns)
    points += int(any(turn.judgement.asks_contact for turn in turns))
    return round(100 * points / (2 * len(turns) + 3))
