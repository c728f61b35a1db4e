"""The cues the practice judge looks for, per language (see bot/coach/roleplay.py).

German patterns run over two normalised strings of the answer: `surface` (lower-cased words) and
`lemmas` (simplemma lemmas). In both, every form of "you" (Sie, Ihnen, Ihr…, du, dich, dir,
dein…, euch, euer…) is written `@you`, so one pattern covers an answer in "Sie" and in "du":
"stellen Sie mich durch" and "stell mich durch" both reach the lemmas "stellen … durch".
Each entry is (which string, regex).
"""

from __future__ import annotations

import re

Cue = tuple[str, re.Pattern[str]]


def _cues(*pairs: tuple[str, str]) -> tuple[Cue, ...]:
    return tuple((where, re.compile(pattern)) for where, pattern in pairs)


YOU = {
    "de": frozenset(
        "sie ihnen ihr ihre ihren ihrem ihrer ihres du dich dir dein deine deinen deinem deiner "
        "deines euch euer eure euren eurem eurer eures".split()
    ),
    "en": frozenset(),  # English has one "you": nothing to fold
}

CUES: dict[str, dict[str, tuple[Cue, ...]]] = {
    "de": {
        "lie": _cues(
            ("lemmas", r"\b(erwarten|warten)\b[^.!?]{0,30}\b(anruf|mich)\b"),
            ("lemmas", r"\b(erwarten) (mein|mich)\b"),
            ("surface", r"\bwir haben\b[^.!?]{0,30}\b(telefoniert|gesprochen)\b"),
            ("surface", r"\b(kennen uns|kennt mich|kennt uns)\b(?! noch nicht)"),
            ("lemmas", r"\b(sein|@you|bestehend\w*) (lieferant|geschäftspartner|partner|kunde)\b"),
            ("surface", r"\b(laufende[nr]? (bestellung|auftrag)|bestehende[rn]? \w+)\b"),
            ("surface", r"\b(arbeiten|arbeite) (schon|seit)\b[^.!?]{0,20}\bzusammen\b"),
            ("surface", r"\b(privat|persönliche angelegenheit|das ist persönlich)\b"),
            ("surface", r"\b(zur(ü|ue)ck(zu)?rufen|r(ü|ue)ckruf)\b"),
            ("surface", r"\bweiß bescheid\b"),
            ("surface", r"\bwir haben (einen|ein) termin\b"),
            ("surface", r"\bhat (gesagt|gemeint),? ich soll\w*\b"),
            ("lemmas", r"\b(bitten|warten|erwarten)\b[^.!?]{0,40}\b(anruf|rückruf|rückmeldung)\b"),
            ("lemmas", r"\b(anruf|rückruf|rückmeldung)\b[^.!?]{0,30}\b(bitten|warten|erwarten)\b"),
            ("surface", r"\b(schon|bereits) (\w+ ){0,2}(kunde|kundin|lieferant\w*|partner\w*)\b"),
            ("surface", r"\b(angebot|unterlagen|infos?) (schon )?(geschickt|gesendet|geschickt)\b"),
        ),
        "evasive": _cues(
            ("surface", r"\blieber (direkt|persönlich)\b"),
            ("surface", r"\bgeschäftliche\w* (angelegenheit|sache)\b"),
            ("surface", r"\b(kompliziert|zu weit führen)\b"),
            ("surface", r"\bes ist (wichtig|dringend)\b"),
            (
                "surface",
                r"^es geht um (eine )?(kooperation|zusammenarbeit|ein projekt|ein thema)\b",
            ),
            ("surface", r"\bwegen einer empfehlung\b"),
            ("surface", r"\bgeht @you nichts an\b"),
            ("surface", r"\b(den|die) (chef|chefin|geschäftsführung) sprechen\b"),
            ("surface", r"\bentscheider(in)?\b"),
            ("surface", r"\bverstehen? @you (doch |eh |sowieso )?(nicht|sowieso nicht)\b"),
            ("surface", r"\bnur (fünf|zwei|5|2) minuten\b"),
            ("surface", r"\b(privat|persönliche angelegenheit)\b"),
            ("surface", r"\bsag\w* (@you )?ihm einfach\b"),
            ("surface", r"\bweiß (genau|schon),? worum es geht\b"),
            ("surface", r"\bkeine zeit für @you\b"),
            ("surface", r"\b(vertraulich|unter uns)\b"),
            ("surface", r"\blieber (ihm|ihr|dem chef)? ?(selbst|selber|persönlich)\b"),
            ("surface", r"\bnur kurz (was|etwas) (klären|besprechen|fragen)\b"),
            (
                "surface",
                r"\bist (der|die) (chef|chefin|inhaber\w*|geschäftsführer\w*) (da|im haus|zu sprechen)\b",
            ),
        ),
        "put_through": _cues(
            ("lemmas", r"\b(durchstellen|verbinden|weiterleiten)\b"),
            ("lemmas", r"\bstellen\b[^.!?]{0,30}\bdurch\b"),
        ),
        "rude": _cues(
            ("surface", r"\bgeht @you nichts an\b"),
            ("surface", r"\bkeine zeit für @you\b"),
            ("surface", r"\bich will\b[^.!?]{0,20}\bsprechen\b"),
            (
                "surface",
                r"\b(mein gott|meine güte|jetzt stell\w* @you sich|stell dich nicht so an)\b",
            ),
            ("surface", r"\bnicht so an\b"),
            ("surface", r"\bverstehen? @you (doch |eh )?(sowieso |eh )?nicht\b"),
            ("surface", r"\b(verstehst|versteht) @you (doch |eh )?(sowieso |eh )?nicht\b"),
            ("surface", r"\bnicht zu viel verlangt\b"),
            (
                "surface",
                r"\bsind @you (die|der) entscheider(in)?\b|\bbist @you (die|der) entscheider(in)?\b",
            ),
            ("surface", r"\b(egal|wie auch immer|von mir aus)\b"),
            ("surface", r"\b(fragerei|verhör)\b"),
            (
                "surface",
                r"\b(doch )?nur (die|der|eine|ein) (sekretär\w*|empfangsdame|telefonist\w*|assistent\w*)\b",
            ),
        ),
        "pushy": _cues(
            (
                "surface",
                r"\beinfach\b[^.!?]{0,25}\b(durch|verbind\w*|weiter\w*)\b|\bverbind\w* [^.!?]{0,15}einfach\b",
            ),
            ("surface", r"\b(verbind\w*|stell\w*) (@you )?mich (jetzt|sofort|endlich)\b"),
        ),
        "polite": _cues(
            ("surface", r"\b(guten (tag|morgen|abend)|hallo|grüß gott|moin|servus)\b"),
            ("surface", r"\b(bitte|danke|dank|dankeschön)\b"),
            ("surface", r"\b(schönen tag|schöne woche|einen guten)\b"),
            (
                "surface",
                r"\b(ich schätze|schätze,? dass @you|entschuldig\w* die störung|wenn ich fragen darf|darf ich fragen)\b",
            ),
            ("surface", r"\b(gute frage|das ist nett|sehr nett|freundlich von)\b"),
        ),
        "asks_contact": _cues(
            (
                "lemmas",
                r"\bwer\b[^.!?]{0,50}\b(zuständig|verantwortlich|kümmern|richtig|ansprechpartner\w*)\b",
            ),
            ("surface", r"\bmit wem (spreche|rede)\b"),
            ("surface", r"\bwie (heißen|heißt) @you\b|\b@you(r)? name\b"),
            ("surface", r"\bwann (erreiche|erreicht|passt|ist er|ist sie|kann ich)\b"),
            ("surface", r"\ban wen (darf|kann|soll|sollte)\b"),
            ("surface", r"\b(die|der) richtige\b[^.!?]*\?"),
            ("surface", r"\bansprechpartner\w*\b[^.!?]*\?"),
            ("surface", r"\bwer\b[^.!?]{0,60}\?"),
            ("surface", r"\b(fragen|wissen),? wer\b"),
            ("surface", r"\bwann (ist|wäre|sind) (er|sie|herr|frau)\b[^.!]*\?"),
        ),
        "identity": _cues(
            ("lemmas", r"\brufen\b[^.!?]{0,6}\b(für|im auftrag|von)\b"),
            ("surface", r"\bim auftrag (von|der|des)\b"),
            ("surface", r"\bhier ist \w+ (von|vom)\b"),
            ("surface", r"\bunser(e|em)? auftraggeber\w*\b"),
            ("surface", r"\barbeite für\b"),
            ("surface", r"\bim namen (von|der|des)\b"),
            (
                "surface",
                r"\b(melde|telefoniere) mich (von|für|im auftrag)\b|\btelefoniere (für|im)\b",
            ),
            ("surface", r"\b(mein|meine|unser\w*) (auftraggeber\w*|kundin)\b"),
        ),
        "offer": _cues(
            (
                "lemmas",
                r"\bwir (bieten|unterstützen|helfen|entwickeln|drucken|betreuen|beraten|organisieren|planen|bauen|liefern|verkaufen|produzieren|installieren|vermitteln|schulen|programmieren|gestalten)\b",
            ),
            ("surface", r"\b(kaltanruf|kaltakquise|akquiseanruf|werbeanruf)\b"),
            ("surface", r"\bunser\w* [^.!?]{0,40}vorstellen\b"),
            ("surface", r"\b(erstkontakt|unverbindliche[rn]? anruf|kennt uns noch nicht)\b"),
            ("surface", r"\bob [^.!?]{0,50}\binteresse\b"),
        ),
        "topic": _cues(
            ("surface", r"\bes geht um ((?:[^\s.!?,]+ ){2,}[^\s.!?,]+|(?:[^\s.!?,]+ )+für)"),
        ),
        "vague_topic": _cues(
            (
                "surface",
                r"\bes geht um (eine |ein )?(geschäftliche\w* )?(kooperation|zusammenarbeit|angelegenheit|sache|thema|projekt)\b",
            ),
        ),
        "agreed": _cues(
            ("surface", r"\b(abgesprochen|vereinbart|ausgemacht)\b"),
        ),
        "negation": _cues(
            ("surface", r"\b(nicht|nein|kein\w*)\b"),
        ),
    },
    "en": {
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
    },
}
