"""The receptionist's side of a practice call: one coherent person reacting to each answer.

    in_context(judgement, asked, text) -> Judgement  what an answer means after the question asked
    react(level, step, judgement, history) -> Reaction   her next lines

She introduces herself once (in her greeting) and only repeats her name when asked; she answers
the caller's questions (who is responsible, her name, when the boss can be reached) before her
own next question; a lie is caught and the question asked again (a second lie ends the call);
rudeness ends it; an evasive or off-topic answer is pressed once, then the call ends. Once she
has named the right person or a good time to call, she does not also say "we are not
interested"; and she connects (friendly), takes an email (busy) or passes the call on (strict)
only after the caller has honestly said for whom and why they call.
"""

from __future__ import annotations

from dataclasses import replace

from bot.coach.roleplay import ASKS_REASON, Judgement, Reaction, Turn, steps_of

# Her lines that ask the caller for what is still missing before she connects.
ASK_MISSING = ("ask_why", "ask_for_whom")


def in_context(judgement: Judgement, asked: str, text: str) -> Judgement:
    """A bare "yes" to "Has this been arranged with him?" claims an appointment: a lie."""
    if asked == "arranged" and judgement.affirms and not judgement.lie and not judgement.honest:
        return replace(judgement, lie=True, claim="expected", quote=text.strip(), on_topic=True)
    return judgement


def _answers_to_questions(judgement: Judgement) -> list[str]:
    """Her answers to what the caller asked, in the order a person would give them."""
    lines = []
    if judgement.asks_name:
        lines.append("give_name")
    if judgement.asks_who or (
        judgement.asks_contact and not (judgement.asks_name or judgement.asks_when)
    ):
        lines.append("give_contact")
    if judgement.asks_when:
        lines.append("give_time")
    return lines


def _not_twice(line: str, said: list[str]) -> str:
    """Asked again for her name or the right person, she says so ("as I said")."""
    if line in ("give_name", "give_contact") and line in said:
        return f"{line}_again"
    return line


def _unclear(turn: Turn) -> bool:
    j = turn.judgement
    if turn.step in ASKS_REASON:
        return j.evasive or not (j.honest or (turn.step == "arranged" and j.on_topic))
    return j.evasive or not j.on_topic


def react(level: str, step: int, judgement: Judgement, history: list[Turn]) -> Reaction:
    """Her reaction to `judgement`, given at `step` of the level's questions (`history`: the
    answers before this one, with what she said to each)."""
    steps = steps_of(level)
    step = min(step, len(steps) - 1)
    asked = steps[step]
    said = [line for turn in history for line in turn.said]
    if judgement.lie:
        if any(turn.judgement.lie for turn in history):
            return Reaction(("lie_end",), step, ended=True, outcome="declined")
        # a claimed call or appointment she can check in the boss's calendar, she says so
        checked = judgement.claim in ("expected", "asked_to_call", "returning_call")
        line = "caught_lie_calendar" if checked else "caught_lie"
        if judgement.claim == "personal":
            line = "caught_lie_personal"
        if asked == "arranged":  # she asks her own question again, not "what is it about"
            line = "caught_lie_arranged"
        return Reaction((line,), max(step, 1))
    if judgement.rude:
        return Reaction(("rude_end",), step, ended=True, outcome="declined")
    answers = _answers_to_questions(judgement)
    if asked == "open" and not judgement.honest:
        if judgement.evasive:
            return Reaction(("press_what_about",), 1)
        return Reaction((*answers, "what_about"), 1)
    turn = Turn(asked, "", judgement)
    if _unclear(turn):
        same = {asked, "open"} if asked == "what_about" else {asked}
        if any(before.step in same and _unclear(before) for before in history):
            return Reaction(("evasive_end",), step, ended=True, outcome="declined")
        # a question of the caller's is answered even so ("when can I reach him?" gets a time)
        told = [_not_twice(line, said) for line in answers]
        if asked in ASKS_REASON:
            return Reaction((*told, f"press_{asked}"), step)
        if told:
            return Reaction((*told, "press"), step)
        return Reaction(("press",) if judgement.evasive else ("off_topic",), step)
    lines = ["interrupt"] if judgement.too_long else []
    lines += [_not_twice(line, said) for line in answers]
    following = step + (2 if asked == "open" else 1)  # an honest greeting answers "what about"
    helped = any(line.startswith(("give_contact", "give_time")) for line in [*lines, *said])
    if following < len(steps) and steps[following] == "no_interest" and helped:
        following = len(steps)  # she has named the right person or a time: no "not interested"
    if following < len(steps):
        return Reaction((*lines, steps[following]), following)
    return _ending(level, len(steps) - 1, judgement, history, lines)


def _ending(level: str, last: int, judgement: Judgement, history: list[Turn], lines) -> Reaction:
    """The end of her questions: she connects, passes the call on or notes a call-back, but
    only once she knows for whom and why the caller calls."""
    turns = [*(turn.judgement for turn in history), judgement]
    why = any(j.why and not j.lie for j in turns)
    for_whom = any(j.for_whom and not j.lie for j in turns)
    if not (why and for_whom):
        asked_already = bool(history) and bool(set(history[-1].said) & set(ASK_MISSING))
        if asked_already:
            return Reaction(("evasive_end",), last, ended=True, outcome="declined")
        return Reaction((*lines, "ask_why" if not why else "ask_for_whom"), last)
    if "give_time" in lines:
        return Reaction((*lines, "will_tell"), last + 1, ended=True, outcome="callback")
    if level == "busy":  # she proposed an email: she gives the address, she does not connect
        return Reaction((*lines, "email_noted"), last + 1, ended=True, outcome="email")
    if level == "strict":  # her last line names the contact: no need to name it just before
        lines = [line for line in lines if line not in ("give_contact", "give_contact_again")]
        return Reaction((*lines, "pass_on"), last + 1, ended=True, outcome="contact")
    return Reaction((*lines, "connect"), last + 1, ended=True, outcome="connected")
