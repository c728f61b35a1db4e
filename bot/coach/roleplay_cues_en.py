"""The practice judge's cues for English answers (bot/coach/roleplay_cues.py explains the form)."""

from __future__ import annotations

from bot.coach.roleplay_cue_form import Cue
from bot.coach.roleplay_cue_form import cues as _cues

CUES: dict[str, tuple[Cue, ...]] = {
    "lie": _cues(
        ("surface", r"\b(expect\w*|waiting for)\b[^.!?]{0,15}\b(my call|me|us)\b"),
        ("surface", r"\bwe (spoke|talked|met)\b"),
        (
            "surface",
            r"\b(his|her|your|one of his|one of her|existing) (\w+ )?(suppliers?|partners?|customers?|clients?)\b",
        ),
        ("surface", r"\bcurrent order\b"),
        ("surface", r"\b(working|worked) together\b"),
        ("surface", r"\b(it'?s|it is) (personal|private)\b"),
        ("surface", r"\basked me to call\b"),
        ("surface", r"\b(he|she) knows (me|about it|us)\b"),
        ("surface", r"\bwe have an appointment\b"),
        ("surface", r"\btold me to (give \w+ a )?call\b"),
        (
            "surface",
            r"\b(asked|waiting|waits) (for|to hear)\b[^.!?]{0,20}\b(my|our|a|me|us|back)\b",
        ),
        (
            "surface",
            r"\b(already|long-standing|longstanding) (a |an )?(\w+ )?(customers?|clients?|suppliers?|partners?)\b",
        ),
        (
            "surface",
            r"\b(sent|emailed|mailed) (him|her|them) (a|the|our) (quote|offer|proposal)\b",
        ),
    ),
    "evasive": _cues(
        ("surface", r"\b(rather|prefer to) (discuss|talk)\b"),
        ("surface", r"\b(business|personal|private) matter\b"),
        ("surface", r"\b(complicated|too long to explain)\b"),
        ("surface", r"\b(it'?s|it is) (important|urgent)\b"),
        ("surface", r"^(it'?s|it is) about an? (partnership|collaboration|project|matter)\b"),
        ("surface", r"\babout a referral\b"),
        ("surface", r"\bnone of your business\b"),
        ("surface", r"\bspeak to the (boss|manager|owner)\b"),
        ("surface", r"\bdecision maker\b"),
        ("surface", r"\bwouldn'?t understand\b"),
        ("surface", r"\bonly need (five|two|5|2) minutes\b"),
        ("surface", r"\b(it'?s|it is) (personal|private)\b"),
        ("surface", r"\bjust tell (him|her)\b"),
        ("surface", r"\bknows exactly what\b"),
        ("surface", r"\bdon'?t have time for your\b"),
        ("surface", r"\bwhoever is in charge\b"),
        ("surface", r"\b(confidential|between us)\b"),
        ("surface", r"\brather (explain|tell|say)\b"),
        ("surface", r"\bsort (something|it|this) out\b"),
        (
            "surface",
            r"\bis the (owner|boss|manager|director|ceo) (around|in|there|available)\b",
        ),
    ),
    "put_through": _cues(
        ("surface", r"\b(put me through|connect me|transfer me|forward me)\b"),
    ),
    "rude": _cues(
        ("surface", r"\bnone of your business\b"),
        ("surface", r"\bdon'?t have time for your\b"),
        ("surface", r"\bi want to speak\b"),
        ("surface", r"\b(come on|such a fuss|oh please)\b"),
        ("surface", r"\bwouldn'?t understand\b"),
        ("surface", r"\bnot too much to ask\b"),
        ("surface", r"\bare you the decision maker\b"),
        ("surface", r"\b(whatever|just put me through to whoever)\b"),
        ("surface", r"\b(all (the|these) questions|interrogation)\b"),
        ("surface", r"\b(just|only) (the|a) (secretary|receptionist|assistant|operator)\b"),
    ),
    "pushy": _cues(
        ("surface", r"\bjust (put me through|connect me|transfer me|forward me)\b"),
        ("surface", r"\b(put me through|connect me|transfer me) (now|right now|immediately)\b"),
    ),
    "polite": _cues(
        ("surface", r"\b(good (morning|afternoon|evening)|morning|hello|hi)\b"),
        ("surface", r"\b(please|thanks?|thank you)\b"),
        ("surface", r"\b(have a (nice|good|great) day|sorry to bother)\b"),
        (
            "surface",
            r"\b(i appreciate|may i ask|fair question|good question|that's kind|sorry for the interruption)\b",
        ),
    ),
    "asks_contact": _cues(
        (
            "surface",
            r"\bwho\b[^.!?]{0,40}\b(in charge|responsible|looks after|handles|takes care|organi[sz]es|right person|should i)\b",
        ),
        ("surface", r"\bwho (am i|i'?m) speaking\b|\bwho should i address\b"),
        ("surface", r"\byour name\b"),
        (
            "surface",
            r"\bwhen (is|would|will|can|could)\b[^.!?]{0,40}\b(best|suit|good|reach|free)\b",
        ),
        ("surface", r"\bbest time to reach\b"),
        ("surface", r"\bright person\b[^.!?]*\?"),
        ("surface", r"\bwho should i\b"),
        ("surface", r"\bwho\b[^.!?]{0,60}\?"),
        ("surface", r"\b(wonder|wondered|ask|know),? who\b"),
        ("surface", r"\bwhen (is|would|will|does) (he|she|they|mr|ms|mrs)\b[^.!]*\?"),
        ("surface", r"\bright contact\b"),
    ),
    "identity": _cues(
        ("surface", r"\b(calling|phoning|ringing) (on behalf of|for|from)\b"),
        ("surface", r"\bon behalf of\b"),
        ("surface", r"\b(i'?m|i am) with [a-z]"),
        ("surface", r"\bthis is \w+ from\b"),
        ("surface", r"\bi work (with|for) an? \w+"),
        ("surface", r"\b(our|my) client\b"),
    ),
    "offer": _cues(
        (
            "surface",
            r"\bwe (help|offer|run|build|print|support|develop|advise|organi[sz]e|plan|sell|make|install|train|provide|deliver|design)\b",
        ),
        ("surface", r"\b(cold call|sales call)\b"),
        ("surface", r"\bintroduce our\b"),
        ("surface", r"\b(first contact|unsolicited call|doesn'?t know us yet)\b"),
        ("surface", r"\b(whether|if) [^.!?]{0,50}\b(interest|open to)\b"),
    ),
    "topic": _cues(
        ("surface", r"\b(it'?s|it is) about ((?:[^\s.!?,;]+ ){2,}[^\s.!?,;]+)"),
    ),
    "vague_topic": _cues(
        (
            "surface",
            r"\babout an? (business |personal )?(partnership|collaboration|matter|project|thing)\b",
        ),
    ),
    "agreed": _cues(
        ("surface", r"\b(is|was|been|all|it's|that's) (\w+ )?(arranged|agreed)\b"),
    ),
    "negation": _cues(
        ("surface", r"\b(not|no|never)\b|n't\b"),
    ),
}
