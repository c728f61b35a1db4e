"""Whose request a caller reports (bot/coach/roleplay_claims.py): "he asked me to call" is a false
claim when the callee asked, but when the VA's own client or boss asked, it is why a VA calls at
all. The client counts once the line has named her, before the request ("Meine Kundin, Frau Dr.
Reiter, hat mich gebeten …"), or, after "im Namen von" / "on behalf of", when a pronoun asks
("… She asked me to find out …")."""

from __future__ import annotations

import re

from bot.coach.roleplay_cue_form import YOU_TOKEN

# "Meine Chefin hat mich gebeten, bei Ihnen anzurufen" reports the caller's own client or boss
# asking: that is why a VA calls at all, not a claim that the callee asked.
OWN_SIDE = re.compile(
    r"\b(meine?r?|unsere?r?) (chef|chefin|kunde|kundin|auftraggeber|auftraggeberin|arbeitgeber|"
    r"arbeitgeberin|vorgesetzter?|mandant|mandantin|klient|klientin)\b|"
    r"\b(my|our) (boss|client|manager|employer|customer)\b|"
    r"\b(ein kunde|eine kundin) von uns\b|\bone of our (clients|customers)\b|"
    # "hat mich gebeten, ein paar Firmen in der Region anzurufen": a calling list, not the callee
    # (blind set 27) "bei Maschinenbaufirmen nachzufragen"
    r"\b\w*(firmen|unternehmen|betriebe|praxen|kanzleien|anbieter|schreinereien|tischlereien|"
    r"druckereien|bäckereien|brauereien|gärtnereien)\b[^.!?]{0,30}\b(anzurufen|"
    r"anzufragen|nachzufragen|zu kontaktieren)\b|"
    r"\b(call|ring|phone|contact) (a few |some |local |several )?(companies|businesses|firms)\b|"
    # "asked me to reach out to property managers in the area", "… to contact hotels nearby"
    r"\b(reach out to|get in touch with|contact|call|ring|phone) (\w+ ){0,2}(companies|businesses|"
    r"firms|managers|owners|shops|hotels|practices|offices|agencies|landlords|restaurants|"
    r"schools)\b|"
    # "Ich bin die Assistentin von Dr. Kessler; er … hat mich gebeten": her own client asks
    r"\b((die|der) )?(virtuelle |persönliche )?(assistentin|assistent|assistenz) (von|für)\b|"
    r"\b(i'?m|i am) ((mr|ms|mrs|dr) )?(\w+'s|the) (virtual |personal )?(assistant|va)\b|"
    # "virtual assistant to Mr Berg", "I work for a freelance copywriter", "ich arbeite für eine …"
    r"\b(virtual |personal )?(assistant|va) (working |calling )?(to|for)\b|"
    r"\bi (work for|assist) (a|an)\b|\bi'?m assisting\b|"
    # "ich arbeite als VA für einen Fotografen"
    r"\bich arbeite (hier )?(als \w+ )?für (eine?[nmr]?)\b|"
    r"\bich (unterstütze|assistiere) (eine?[nmr]?)\b|"
    # "Herr Aydın, für den ich arbeite, hat mich gebeten", "Mr Haddad, who I work for, asked me"
    r"\b(für den|für die) ich arbeite\b|\b(who|whom) i work for\b|"
    # "a van leasing company in Perth asked me to get in touch" (blind set 37)
    r"\b(a|an) ([\w-]+ ){0,3}(company|firm|agency|studio|business|practice|shop|bakery)\b"
    r"[^.!?]{0,30}\b(asked|wants|wanted) me\b|"
    # "I'm calling for a client who runs a corporate events company" (blind set 36)
    r"\b(calling|ringing|phoning|here) (on behalf of|for) (a|an) (client|customer)\b|"
    r"\b(für|im auftrag) (eine[rns]?) (kundin|kunden|klientin|klienten|mandantin|mandanten)\b",
    re.IGNORECASE,
)
# "Ich rufe im Namen von Frau Keller an … sie hat mich gebeten", "calling on behalf of Ms Ruiz.
# She asked me to …": once the caller has said for whom she calls, "he/she asked me" is that
# client asking (a named person or "your manager" asking still claims).
BEHALF = re.compile(
    r"\b(im (namen|auftrag) von|für (meine?n?|unsere?n?) (kund\w*|klient\w*|chef\w*|auftraggeber\w*))\b|"
    r"\b(on behalf of|(va|virtual assistant|assistant) (for|to)|"
    r"i work for|i assist|i'?m assisting)\b|\bich (arbeite für|assistiere)\b|"
    # "I'm calling for Lotte Vink, who runs Vink Design … she asked me to get in touch"
    # (a firm by its name, not the callee: "calling for Tom, who runs the warehouse")
    r"\b(calling|ringing|phoning) for [\w' .&-]{2,40}, who (runs|owns|founded|set up|started|heads) "
    r"(?-i:[A-Z])|"
    # "I'm calling for Daniel Foster at Foster Web Studio. He's asked me to …" (blind set 31)
    r"\b(calling|ringing|phoning) for (?-i:[A-Z])\w+ (?-i:[A-Z])\w+ (at|from|of) (?-i:[A-Z])",
    re.IGNORECASE,
)
CLIENT_ASKED = re.compile(
    rf"^\W*(he|she|they|er|sie|{YOU_TOKEN})\b[^.!?]*\b(asked|told|wanted|wants|requested|gebeten|bat|"
    r"beauftragt|möchte|will|wollte)\b",
    re.IGNORECASE,
)
# a name with a title asking is the callee ("… and Mr Berger asked me to ring him"; "ich bin
# Assistent für die Agentur Pixelhaus. Herr Berger hatte um einen Anruf gebeten", blind set 33)
# unless the line names that person as her own client right there ("Meine Kundin, Frau Dr.
# Reiter, hat mich gebeten", "Frau Petersen hat mich gebeten … Frau Petersen ist meine Chefin")
_TITLED = r"(mr|ms|mrs|herrn?|frau) (dr\.? )?\w+ "
NAMED_ASKER = re.compile(rf"^\W*{_TITLED}", re.IGNORECASE)
# the asker named right before the matched request: "Mr Berger left word that I …" (blind set 36)
_ASKER_BEFORE = re.compile(rf"\b{_TITLED}$", re.IGNORECASE)
ASKED = re.compile(r"\b(asked|requested|gebeten|bat|beauftragt)\b", re.IGNORECASE)
# her own client or boss as the one who advised ("my client suggested I speak to …"), not his
# accountant or partner ("Mr Berger's business partner recommended we get in touch")
OWN_SUGGESTED = re.compile(
    r"\b(my|our) (client|boss|manager|employer)s? (\w+ ){0,2}(suggested|advised|recommended|urged)\b|"
    r"\b(meine?|unsere?) (kundin|kunde|chefin|chef|auftraggeberin|auftraggeber) (hat )?(mir |uns )?"
    r"(\w+ ){0,2}(empfohlen|geraten|vorgeschlagen)\b",
    re.IGNORECASE,
)


def named(text_so_far: str) -> bool:
    """Whether the caller's own client or boss is named in the line up to this point."""
    return bool(OWN_SIDE.search(text_so_far))


# The asker named as the caller's own side right after the request: "Frau Petersen hat mich
# gebeten, Sie anzurufen – also, Frau Petersen ist meine Chefin" (blind set 22).
_NAMED_AFTER = re.compile(
    r"\b(ist|is) (meine?|my|unsere?|our) (chefin|chef|kundin|kunde|auftraggeberin|auftraggeber|"
    r"client|boss|manager|managerin)\b",
    re.IGNORECASE,
)


# "… and at Mr Berger's request I'm following up" (blind set 36): the callee named as the one who
# asked, after the caller named the firm she works for
_CALLEE_REQUEST = re.compile(
    r"\b(at|on|following|per|after|in response to) (mr|ms|mrs|dr) \w+'s\b", re.IGNORECASE
)


def request(
    cue: str, sentence_before: str, said_before: str, named_after_it: bool
) -> tuple[str, bool]:
    """The matched request with the asker named just before it ("Mr Berger" + "left word that
    I"), and whether that asker is her own client: named so right beside it ("Meine Kundin, Frau
    Dr. Reiter, hat mich gebeten", "… Frau Petersen ist meine Chefin") or earlier in the line
    ("ich bin die Assistentin von Herrn Dr. Falk. Herr Falk hat mich gebeten")."""
    before = sentence_before[-30:]
    asker = _ASKER_BEFORE.search(before)
    beside = before[: asker.start()] if asker else before
    matched = (asker.group(0) if asker else "") + cue
    titled = NAMED_ASKER.match(matched)
    surname = titled.group(0).split()[-1] if titled else ""
    earlier = said_before + sentence_before[: len(sentence_before) - len(before) + len(beside)]
    apposed = (
        named_after_it
        or named(beside)
        or (bool(surname) and bool(re.search(rf"\b{re.escape(surname)}\b", earlier)))
    )
    return matched, apposed


def named_after(rest_of_sentence: str) -> bool:
    """Whether the rest of the sentence says the one just named is the caller's own client."""
    return bool(_NAMED_AFTER.search(rest_of_sentence))


def calls_on_behalf(text: str) -> bool:
    """Whether the line says on whose behalf the call is made."""
    return bool(BEHALF.search(text))


def asked(
    family: str, matched: str, clause: str, own_side: bool, behalf: bool, apposed: bool = False
) -> bool:
    """Whether a matched "… asked me" ("er hat mich beauftragt") is the caller's own client
    asking (OWN_SIDE, BEHALF), or a matched referral only her own client's advice
    (OWN_SUGGESTED). `apposed`: the asker is named as her own client right beside the request."""
    if family == "referral":
        # her own client's advice is no referral: "my client suggested I speak to the operations
        # manager at a few companies" (blind set 26)
        return bool(OWN_SUGGESTED.search(clause))
    if family not in ("asked_to_call", "spoke_before", "order"):
        return False
    # (unless the asker is named as the callee would be: "… and Mr Berger asked me to ring him")
    if own_side and family == "asked_to_call":
        return apposed or not (NAMED_ASKER.match(matched) or _CALLEE_REQUEST.search(matched))
    return (own_side and bool(ASKED.search(clause) or ASKED.search(matched))) or (
        behalf and bool(CLIENT_ASKED.match(matched))
    )
