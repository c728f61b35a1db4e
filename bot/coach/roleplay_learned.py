"""What the learned models (linear_model.py) read in one caller line, for the practice judge.

The rules in roleplay_claims.py and roleplay_cues*.py catch the claims and the rudeness their
authors foresaw; blind sets showed a quarter of new lies and a third of new rude lines slipping
past them. The models add what the rules miss: roleplay.judge() ORs them with the rules.

A lie needs more than a likely "lie": at least LIE_FLOOR (the model's own threshold is chosen
for recall and fires on vague lines such as "It's a business matter", which are evasive, not
false), and clearly likelier than an honest first contact (MARGIN), because honest openings
share most words with lies ("I'm calling Mr Berger about …"); calling an honest caller a liar
is the worse mistake in practice. Only a lie it is sure of (LIE_SURE, and SURE_MARGIN above an
honest opening) stands against a line that also says for whom or why (roleplay.judge): chosen on
training set 17 (lies hidden in honest pitches, honest lines that sound like lies), each half
left out of the models in turn, where it took lie recall from 0.79 to 0.85 in German and from
0.83 to 0.89 in English, for one more honest line in a hundred called a lie in German and two in
English.

Rudeness likewise needs RUDE_FLOOR: the rude model's own threshold lies close to what it gives a
line it knows little about, and it gives plain courtesy ("It'll only take 30 seconds, I
promise.") up to 0.7. In roleplay.judge a "please" or "thanks" overrules a rude reading below
RUDE_SURE (sarcastic thanks, "thanks so much for keeping me on hold", read above it), and
reassurance, praise or a greeting (roleplay_cues_courteous.py) overrules any rude reading.

A short request to speak to someone ("Guten Tag, ich möchte bitte Herrn Berger sprechen.") is
never quoted as the lie, and a lie found only there is dropped: most lies open with such a
request, so the models learn it as a sign of one, while it is the most common honest opening.
A rude sentence can hide behind a greeting and an honest pitch, whose words outweigh it in the
whole line ("Hi, calling for Cedar Software, we sell scheduling tools. I'll keep ringing every
hour until someone puts me through."), so each sentence of SENTENCE_WORDS words or more is also
read alone and the rudest reading counts (training set 14, rudeness inside pitches, not yet
trained on: rude recall 0.35 to 0.61 in German, 0.49 to 0.74 in English, precision unchanged);
roleplay.judge() then weighs that sentence's own candour and greeting.
Lines under MIN_WORDS words are left to the rules: they carry too few n-grams, and on lines the
models had not seen, their lie or rude reading of a short line ("Priya Nair.", "Bye now.",
"Friday morning works.") was wrong eight times in nine.

The floors, the margin and MIN_WORDS were chosen on lines the models had not been trained on
(the first blind set, the training writer's openings and follow-up answers, each left out in
turn): below the floors, the models' own lies and rudeness there were wrong about as often as
right. RUDE_FLOOR and RUDE_SURE were set again with training set 6 and blind set 5 each left
out of the models (English rude recall 0.60 and 0.73 before, 0.88 and 0.87 after).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.coach.linear_model import best_sentence, model
from bot.coach.roleplay_claims import sentences

MARGIN = 0.1
LIE_FLOOR = 0.65
LIE_SURE = 0.9
SURE_MARGIN = 0.3
RUDE_FLOOR = 0.75
RUDE_SURE = 0.9
MIN_WORDS = 6
SENTENCE_WORDS = 4
REQUEST_WORDS = 10  # a request sentence longer than this says more than the request
_REQUEST = {
    "de": re.compile(
        r"\b(möchte|möchten|würde|würden|könnte|könnten|kann|darf|will)\b.*\b(sprechen|"
        r"verbunden|durchgestellt|erreichen)\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(like|want|could|can|may|wondering)\b.*\b(speak|talk|put through|connected|reach)\b",
        re.IGNORECASE,
    ),
}
_WORD = re.compile(r"\w\w+")  # words of two letters or more: a spelled name is not six words
# Below this the likeliest family is named wrongly one time in five: the feedback then says only
# that the claim is untrue ("other"). At 0.5, the writer's lines not trained on were named right
# 98-100 % of the time, at 0 only 78-88 %.
FAMILY_SURE = 0.5
FAMILIES = (
    "friendship",
    "asked_to_call",
    "spoke_before",
    "returning_call",
    "relationship",
    "expected",
    "personal",
    "referral",
    "order",
)


@dataclass(frozen=True)
class LearnedReading:
    lie: bool = False
    lie_sure: bool = False  # so sure that a pitch in the line does not take it back
    rude: bool = False
    rude_sure: bool = False  # so sure that a "thanks" or a lie in the line does not take it back
    honest: bool = False
    family: str = ""  # for a lie: which false claim the family models find likeliest
    quote: str = ""  # the sentence that reads most like the lie
    rude_quote: str = ""  # the sentence that reads most like the rudeness


def read_learned(text: str, language: str) -> LearnedReading:
    lie_model, rude_model = model("judge_lie", language), model("judge_rude", language)
    honest_model = model("judge_honest", language)
    if not (lie_model and rude_model and honest_model) or len(_WORD.findall(text)) < MIN_WORDS:
        return LearnedReading()
    p_lie, p_honest = lie_model.probability(text), honest_model.probability(text)
    lie = p_lie >= max(lie_model.threshold, LIE_FLOOR) and p_lie >= p_honest + MARGIN
    parts = sentences(text)
    rude_floor = max(rude_model.threshold, RUDE_FLOOR)
    p_rude = rude_model.probability(text)
    rude_sentence = ""
    # a greeting and a pitch dilute one rude sentence ("Hi, calling for Cedar Software, we sell
    # scheduling tools. I'll keep ringing every hour until someone puts me through."): each
    # sentence is read alone too
    alone = [part for part in parts if len(_WORD.findall(part)) >= SENTENCE_WORDS]
    if len(parts) > 1 and alone:
        p_part, part = max((rude_model.probability(part), part) for part in alone)
        if p_part > p_rude:
            p_rude, rude_sentence = p_part, part.strip()
    rude = p_rude >= rude_floor
    candidates = [part for part in parts if not _bare_request(part, language)]
    quote = best_sentence(text, lie_model, candidates) if lie and candidates else ""
    lie = lie and bool(candidates)
    return LearnedReading(
        lie=lie,
        lie_sure=lie and p_lie >= LIE_SURE and p_lie >= p_honest + SURE_MARGIN,
        rude=rude,
        rude_sure=rude and p_rude >= RUDE_SURE,
        honest=not (lie or rude) and p_honest >= honest_model.threshold,
        family=_family(text, language) if lie else "",
        quote=quote,
        rude_quote=(rude_sentence or best_sentence(text, rude_model, parts)) if rude else "",
    )


def _bare_request(sentence: str, language: str) -> bool:
    request = _REQUEST.get(language)
    return (
        bool(request and request.search(sentence)) and len(_WORD.findall(sentence)) <= REQUEST_WORDS
    )


def _family(text: str, language: str) -> str:
    scored = []
    for family in FAMILIES:
        found = model(f"judge_family_{family}", language)
        if found:
            scored.append((found.probability(text), family))
    probability, family = max(scored) if scored else (0.0, "other")
    return family if probability >= FAMILY_SURE else "other"
