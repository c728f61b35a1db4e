"""The practice judge's cues for German answers (bot/coach/roleplay_cues.py explains the form)."""

from __future__ import annotations

from bot.coach.roleplay_cue_form import Cue
from bot.coach.roleplay_cue_form import cues as _cues

CUES: dict[str, tuple[Cue, ...]] = {
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
}
