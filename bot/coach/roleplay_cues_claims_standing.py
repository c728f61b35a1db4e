"""False claims made by a phrase that stands whatever its clause wishes (bot/coach/roleplay_claims.py).

Most claims are statements ("wir arbeiten zusammen"), and a clause that only wishes or asks
("ich würde gern zusammenarbeiten") does not make them. These phrases name the caller's standing
or the reason for the call as a given, so a wish in the same clause does not take them back:
"Als langjähriger Kunde würde ich gern …", "Auf Empfehlung von Frau Lang würde ich gern …",
"As one of your customers I'd like to …", "At Mr Berger's request I'd like to …". A negation
in the clause still denies them ("nicht auf seinen Wunsch").
"""

from __future__ import annotations

from bot.coach.roleplay_cue_form import cues as _cues

_HEAD_DE = r"(chef\w*|geschäftsführ\w*|inhaber\w*|vorstand\w*|vorgesetzt\w*|direktor\w*|leit\w*)"
_PARTNER_DE = (
    r"(kunde|kundin|kunden|lieferant\w*|zulieferer\w*|partner\w*|dienstleister\w*|mandant\w*|"
    r"auftraggeber\w*|hausbank)"
)
# someone who already works for the boss ("als sein Steuerberater", "as his accountant")
_ADVISER_DE = r"(steuerberater\w*|anwalt|anwältin|berater\w*|makler\w*|vermieter\w*|prüfer\w*)"
_ADVISER_EN = r"(accountants?|lawyers?|solicitors?|advis[eo]rs?|brokers?|landlords?|auditors?)"
_BOSS_EN = r"((mr|ms|mrs|dr) \w+'s|your (\w+ )?\w+'s|his|her|[a-z]+'s)"
_PARTNER_EN = r"(suppliers?|customers?|clients?|partners?|providers?|vendors?|contractors?)"
_LONG_EN = r"(long-standing|longstanding|existing|regular|loyal|old|long-time|longtime)"

DE = {
    # "auf seinen ausdrücklichen Wunsch", "auf Wunsch von Herrn Berger", "auf Wunsch Ihres Chefs"
    # ("auf Ihren Wunsch" alone may be the receptionist's own: not a claim)
    "asked_to_call": _cues(
        (
            "surface",
            r"\bauf (ausdrücklich\w* )?sein\w* (\w+ )?(wunsch|bitte|anregung|einladung|veranlassung)\b",
        ),
        # "wie von Herrn Berger gewünscht", "wie er es wollte"
        (
            "surface",
            r"\bwie (von )?(er|ihm|herrn? \w+|frau \w+|@you\w* \w+) (es )?(gewünscht|verlangt|erbeten|"
            r"angeregt|gewollt|wollte)\b",
        ),
        (
            "surface",
            rf"\bauf ([@\w]+ ){{0,2}}(wunsch|bitte|anregung|einladung|veranlassung|anweisung) "
            rf"(von (herrn?|frau|dr|ihm)\b|(des|der|@you|sein\w*) (\w+ )?{_HEAD_DE})",
        ),
    ),
    # "als langjähriger Kunde Ihres Hauses", "als Ihr Lieferant", "als Stammkundin"
    "relationship": _cues(
        (
            "surface",
            rf"\bals (@you |sein\w* )?(langjährig\w*|treu\w*|bestehend\w*|alt\w*|regelmäßig\w*|"
            rf"fest\w*|bisherig\w*) (\w+ )?{_PARTNER_DE}\b",
        ),
        ("surface", rf"\bals (@you|sein\w*) (\w+ )?({_PARTNER_DE}|{_ADVISER_DE})\b"),
        ("surface", r"\bals stammkund\w*\b"),
        ("surface", rf"\bals (\w+ )?{_PARTNER_DE} (@you|sein\w*|des hauses|von (@you|ihm))\b"),
    ),
    # "auf Empfehlung Ihres Geschäftsführers", "auf Anraten von Frau Lang"
    "referral": _cues(
        (
            "surface",
            r"\b(auf|nach) ([@\w]+ ){0,2}(empfehlung|anraten|rat|tipp) "
            r"(von|vom|des|der|eines|einer|@you \w+|sein\w*)\b",
        ),
        ("surface", r"\bauf sein\w* (\w+ )?(empfehlung|anraten|rat)\b"),
    ),
    # "Ich hätte eine kurze Frage zur letzten Rechnung an Herrn Berger": the invoice is claimed
    # whatever the caller wishes to ask about it
    "order": _cues(
        (
            "surface",
            r"\bzur (letzten|offenen|aktuellen|neuen) (rechnung|bestellung|lieferung|gutschrift)\b|"
            r"\b(rechnung|bestellung|lieferung|gutschrift)\w* (an|für) (herrn?|frau|dr) \w+",
        ),
    ),
}

EN = {
    # "at Mr Berger's explicit request", "at your director's suggestion"
    "asked_to_call": _cues(
        (
            "surface",
            rf"\b(at|on) (the )?{_BOSS_EN} (\w+ )?(request|suggestion|invitation|instruction|"
            r"wish|behest)\b",
        ),
        ("surface", r"\b(at|on) the (\w+ )?(request|suggestion|invitation|instruction) of\b"),
        # "I'm calling as he requested"
        (
            "surface",
            r"\b(as|like) (he|she|mr \w+|ms \w+|mrs \w+|dr \w+|your (\w+ )?(boss|manager)) "
            r"(had )?(requested|asked|wanted|suggested|instructed)\b",
        ),
    ),
    # "as a long-standing supplier of yours", "as one of your customers"
    "relationship": _cues(
        (
            "surface",
            rf"\bas (one of )?(your|his|her|(mr|ms|mrs|dr) \w+'s) (\w+ ){{0,2}}"
            rf"({_PARTNER_EN}|{_ADVISER_EN})\b",
        ),
        ("surface", rf"\bas an? {_LONG_EN} (\w+ )?{_PARTNER_EN}\b"),
        (
            "surface",
            rf"\bas an? (\w+ ){{0,2}}{_PARTNER_EN} of (yours|his|hers|your|(mr|ms|mrs|dr) \w+)\b",
        ),
    ),
    # "on your accountant's recommendation", "on the recommendation of Ms Hale"
    "referral": _cues(
        ("surface", rf"\b(on|at) (the )?{_BOSS_EN} (\w+ )?(recommendation|advice|referral|tip)\b"),
        ("surface", r"\b(on|at) the (\w+ )?(recommendation|advice) of\b"),
    ),
}
