"""Courtesy that the rude model mistakes for sarcasm (bot/coach/roleplay_cues.py merges these
into the "courteous" cues, which roleplay.judge() lets overrule the model's rudeness).

The model has learned sarcasm from lines such as "Take your time, it's not like I have a day of
calls to get through", so it reads the sincere "Lassen Sie sich ruhig Zeit, ich bleibe dran" or
"It'll only take two minutes, I promise" as rude, often with certainty. These phrases reassure,
apologise or compliment; when they are sarcastic, the scorn and veiled cues (which the model
does not overrule) name what makes them so ("ich warte ja eh schon die ganze Zeit").
An opening greeting ("greeting") overrules the model too, but only where it opens the sentence
the model read as rude: "Hi, calling for Cedar Software. Pretend to care for thirty seconds?"
is rude.
"""

from __future__ import annotations

from bot.coach.roleplay_cue_form import Cue
from bot.coach.roleplay_cue_form import cues as _cues

# The words that open a line as a greeting; roleplay_claims.py drops them before a question
# ("Hello, is Mr Berger the one who …?") so the question still asks in its first clause. ("Hey"
# is left out: it opens put-downs as often as greetings.)
OPENING_GREETING = {
    "de": r"hallo|hi|guten (tag|morgen|abend)|grüß gott|servus|moin|grüezi",
    "en": r"hello|hi|hiya|good (morning|afternoon|evening)|morning",
}

DE: dict[str, tuple[Cue, ...]] = {
    "courteous": _cues(
        # no rush: "Lassen Sie sich ruhig Zeit", "es eilt wirklich nicht", "nur zwei Minuten"
        (
            "surface",
            r"\blassen @you sich (ruhig |gern |gerne )?zeit\b|\b(nicht|überhaupt nicht|gar nicht) "
            r"(so )?dringend\b|\beilt (aber |auch )?(wirklich |überhaupt )?nicht\b|\bkeine eile\b|"
            r"\bversprochen\b|\bnicht lange aufhalten\b|\bnur (ganz )?kurz\b|\bnur (eine|zwei|drei|"
            r"\d+) minuten?\b",
        ),
        # understanding and warmth: "das macht gar nichts", "völlig in Ordnung", "sehr freundlich"
        (
            "surface",
            r"\b(macht|macht doch|macht gar|macht überhaupt) nichts\b|\bvöllig in ordnung\b|"
            r"\bkein problem\b|\bkeine sorge\b|\b(so|sehr|wirklich) (freundlich|nett|hilfsbereit)\b|\bnett von "
            r"@you\b|\bentschuldig\w*\b(?!,? aber\b)|\bwünsche @you\b|\bverstehe (ich )?(gut|vollkommen|"
            r"natürlich)\b",
        ),
        ("surface", r"\bhoffentlich (hab|habe) ich\b"),
        # sincere thanks for a quick answer, patience with her tea (after retraining on blind set
        # 32 the rude model read these as sarcasm): "danke, dass Sie so schnell rangegangen sind"
        (
            "surface",
            r"\bdanke,? dass @you so (schnell|rasch|flott) (rangegangen|drangegangen|abgenommen)\b",
        ),
        # not wanting to disturb: "Nicht, dass ich ihn wieder störe", "ich will nicht stören"
        (
            "surface",
            r"\bnicht,? dass ich (ihn|sie|@you) (\w+ )?(störe|aufhalte|nerve)\b|\b(will|möchte) "
            r"(\w+ )?(nicht|ungern) (stören|aufhalten)\b",
        ),
        # the caller's own interest ("Ich würde gern erfahren, wie …"); the threat is someone
        # else's ("Ihr Chef würde sicher gern hören, wie …")
        ("surface", r"\bich würde (sehr |wirklich )?gerne? (hören|erfahren|wissen|verstehen)\b"),
    ),
    # a greeting that opens the line ("Hallo, ist dort der Empfang?"): the model saw too few
    # plain openers to tell them from rude ones
    "greeting": _cues(("surface", rf"^\W*({OPENING_GREETING['de']})\b")),
}

EN: dict[str, tuple[Cue, ...]] = {
    "courteous": _cues(
        # no rush: "take your time", "it's honestly not urgent", "it'll only take two minutes"
        (
            "surface",
            r"\btake your time\b|\bno (rush|hurry)\b|\bnot (at all )?urgent\b|\bwhenever (suits|"
            r"is convenient|works)\b|\bi promise\b|\bonly take (a|one|two|three|\d+) (minute|"
            r"second|moment)s?\b|\bdon'?t want to (take up|keep|hold|bother)\b|\blet you get on\b|\b(don'?t worry|no worries)\b|"
            # Scottish "nae bother", "no problem if you need to …", "good questions, no problem"
            # (not a sentence of its own: "No problem. I'll take my business elsewhere.")
            r"\bnae bother\b|\bi can wait\b(?! all day| forever)|\bi'?ve got my (tea|coffee|cuppa)\b|\bstop (bugging|bothering|pestering) you\b|\bno problem if\b|\w, no problem\b|\bwould it be "
            r"possible\b",
        ),
        # understanding and warmth: "sorry", "that's very kind", "you've been so helpful"
        (
            "surface",
            r"\bsorry\b(?!,? but\b)|\b(so|very|really) (kind|helpful|friendly)\b|\bfriendliest\b|\b(kind|lovely) "
            r"of you\b|\bi (completely |totally )?understand\b|\bjust so i (spell|get|note|write)\b|"
            r"\bis it best to\b|\bhappy to (wait|hold|call back|ring back|try again)\b",
        ),
        ("surface", r"\bi hope i('ve)? (got|spelt|spelled|understood|heard)\b"),
        # the caller's own interest ("I'd love to hear how you handle IT"); the threat is
        # someone else's ("your boss would love to hear how …")
        (
            "surface",
            r"\b(i would|i'd) (really )?love to (hear|learn|know|understand|show|talk|chat)\b",
        ),
    ),
    "greeting": _cues(("surface", rf"^\W*({OPENING_GREETING['en']})\b")),
}
