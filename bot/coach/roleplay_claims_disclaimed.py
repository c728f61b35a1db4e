"""Ties an answer takes back in so many words (bot/coach/roleplay_claims.py).

A caller who says outright that she and the boss do not know each other ("Wir kennen uns nicht",
"Herrn Berger kenne ich nicht", "Mr Berger has never heard of me") claims no friendship, no
earlier talk and no call being returned anywhere in the answer, even where another sentence
sounds like one ("Ich war gestern bei Ihnen im Geschäft und habe nach Herrn Berger gefragt",
"my cousin works in your building"). One who says nobody sent her ("sie hat mich nicht an ihn
verwiesen", "he didn't ask me to call", "aus eigenem Antrieb") claims no referral and no request
to call, and a mutual acquaintance she names beside that is no tie to the boss (blind set 30);
nor does one who says nobody knows she is calling ("der weiß gar nicht, dass ich anrufe") claim
an expected call (blind set 32). A family the answer does not disclaim is still read: "Wir kennen uns nicht persönlich, aber Frau
Kühn hat mich empfohlen" claims the referral."""

from __future__ import annotations

import re

_BOSS = (
    r"(herrn? \w+|frau \w+|ihn|ihm|ihr|er|sie|he|she|him|her|mr\.? \w+|ms\.? \w+|mrs\.? \w+|"
    r"dr\.? \w+)"
)
_STRANGERS = re.compile(
    r"\bwir kennen uns (\w+ ){0,2}nicht\b|"
    rf"\b{_BOSS} kenne ich (\w+ ){{0,2}}nicht\b|\bich kenne {_BOSS} (\w+ ){{0,2}}nicht\b|"
    rf"\b{_BOSS} kennt (mich|uns) (\w+ ){{0,2}}nicht\b|"
    # the go-between does not know him either: "er kennt Herrn Berger nicht" (blind set 31)
    rf"\b(er|sie|der|die) kennt (herrn? \w+|frau \w+) (\w+ ){{0,2}}nicht\b|"
    rf"\bmit {_BOSS}\b[^.!?]{{0,40}}\b(kein\w*|nie)\b[^.!?]{{0,25}}\bkontakt\b|"
    rf"\bnoch (keinen|nie) kontakt (zu|mit) {_BOSS}\b|"
    rf"\b{_BOSS} (hat|hatte) (noch )?nie von (mir|uns) gehört\b|"
    rf"\b{_BOSS} (doesn't|does not|wouldn't|would not|won't) know (me|us|who i am|my name)\b|"
    rf"\b{_BOSS} (has|had|'s) never heard of (me|us)\b|"
    rf"\b(we|i) (don't|do not) know (each other|{_BOSS})\b|"
    rf"\bnever (been in touch|had (any )?contact) with {_BOSS}\b|"
    rf"\bno (prior |previous |earlier )?contact with {_BOSS}\b",
    re.IGNORECASE,
)
_UNREFERRED = re.compile(
    r"\b(hat|hatte) mich (\w+ ){0,2}nicht (an \w+ (\w+ )?|zu \w+ )?(verwiesen|empfohlen|geschickt|"
    r"vermittelt|gebeten)\b|"
    r"\b(niemand|keiner) hat mich (\w+ ){0,3}(empfohlen|verwiesen|geschickt|gebeten|vermittelt)\b|"
    r"\baus eigenem antrieb\b|\b(auf|aus) eigener? initiative\b|\bauf eigene faust\b|"
    r"\b(he|she|they|nobody|no one|no-one|(?-i:[A-Z])\w+) (didn't|did not|never) (refer|recommend|send|ask) "
    r"(me|us)\b|\b(nobody|no one|no-one) (referred|recommended|sent|asked) (me|us)\b|"
    r"\b(of|on) (my|our) own (accord|initiative)\b|\boff my own bat\b",
    re.IGNORECASE,
)
# nobody knows of the call, so nobody expects or sent it: "der weiß gar nicht, dass ich anrufe"
# (blind set 32), "he doesn't even know I'm calling"
_UNANNOUNCED = re.compile(
    r"\b(der|die|er|sie|herr \w+|frau \w+) weiß (gar |ja |noch )?nicht,? dass ich (anrufe|mich melde)\b|"
    r"\b(he|she|mr \w+|ms \w+|mrs \w+) (doesn't|does not) (even )?know (that )?i'm (calling|ringing)\b",
    re.IGNORECASE,
)
# a go-between named as the caller's own: "eine gemeinsame Bekannte", "ein Bekannter von mir",
# "a mutual acquaintance", "a friend of mine"
_MUTUAL = re.compile(
    r"\bgemeinsame[nr]? bekannte\w*\b|\bein(e|er|en)? (bekannte[rn]?|freund(in)?|kollege|kollegin) "
    r"von mir\b|\bmutual (acquaintance|friend|contact)|\ba (friend|colleague|contact|acquaintance) "
    r"of mine\b",
    re.IGNORECASE,
)


def disclaimed(text: str) -> frozenset[str]:
    """The claim families the answer takes back in so many words."""
    text = text.replace("’", "'")
    families: set[str] = set()
    if _STRANGERS.search(text):
        families |= {"friendship", "spoke_before", "returning_call"}
    unannounced = bool(_UNANNOUNCED.search(text))
    if unannounced:
        families.add("expected")
    if unannounced or _UNREFERRED.search(text):
        families |= {"referral", "asked_to_call"}
        if _MUTUAL.search(text):
            families.add("friendship")
    return frozenset(families)
