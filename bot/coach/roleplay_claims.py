"""Which false claim a caller's answer makes, judged per clause (bot/coach/roleplay.py).

A cold call has no history with the boss, so any claim of one is a lie: friendship, a request
to call, earlier contact, a call being returned, an existing business relationship, an expected
call, "it's personal", a referral, an order. The cues (roleplay_cues_claims_<lang>.py) describe
what is claimed (who knows whom, who asked whom, what already happened) rather than whole
phrases; this module decides whether the claim is really made:

- a claim in a clause that negates it ("er erwartet mich nicht", "we haven't spoken") is a
  candid denial, which counts for honesty, not against it;
- a claim in the first clause of a question that is negated asks only for show ("Hat er Ihnen
  nicht gesagt, dass ich anrufe?", "Didn't he tell you I'd be calling?"): it claims;
- a claim in a clause that only wishes or asks ("ich würde gern einen Termin vereinbaren",
  "whether you'd be interested") is not made either, nor one in the first clause of a question
  ("Ist das eine private Nummer?"); a later clause of a question still claims ("Wussten Sie
  nicht, dass wir schon lange zusammenarbeiten?"), and so does an order or a standing phrase
  asked about ("Where's the deposit for Tom's order?", "… know I'm calling as he requested?");
- a sentence that tells of a message the caller left or sent that nobody answered ("I emailed
  Mr Berger an introduction last month, it probably got buried") claims no earlier contact, no
  returned call and no standing relationship ("ich hab schon einmal angerufen, da war er in einer
  Besprechung"), and one that says no contact happened ("gesprochen haben wir nicht") is candour
  (roleplay_claims_one_way.py).

Clauses are the parts of a sentence between commas, colons and dashes, so "Nein, er kennt uns
noch nicht" negates the claim while "Wir kennen uns, er weiß nicht, dass ich anrufe" still
makes one (the negation is in another clause).

Two kinds of claim ignore the clause's negation: an order named as ours or by its number ("Die
Rechnung zum Auftrag 4711 stimmt nicht"; standing.PRESUPPOSED_*) and a complaint that something
ordered has not come ("Our shipment still hasn't arrived"). And "he/she asked me" is no claim
when it is the VA's own client asking: her client or boss named before the request ("Meine
Kundin, Frau Dr. Reiter, hat mich gebeten …"), or, after "im Namen von" / "on behalf of", a
pronoun asking ("… She asked me to find out …").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.coach import roleplay_claims_own_client as own_client
from bot.coach import roleplay_cues_claims_hidden as hidden
from bot.coach import roleplay_cues_claims_shape_de as shape_de
from bot.coach import roleplay_cues_claims_shape_en as shape_en
from bot.coach import roleplay_cues_claims_standing as standing
from bot.coach.roleplay_claims_disclaimed import disclaimed
from bot.coach.roleplay_claims_one_way import no_contact, unanswered
from bot.coach.roleplay_cues_claims_de import CLAIMS as CLAIMS_DE
from bot.coach.roleplay_cues_claims_de import NEGATION as NEGATION_DE
from bot.coach.roleplay_cues_claims_de import WISH as WISH_DE
from bot.coach.roleplay_cues_claims_en import CLAIMS as CLAIMS_EN
from bot.coach.roleplay_cues_claims_en import NEGATION as NEGATION_EN
from bot.coach.roleplay_cues_claims_en import WISH as WISH_EN
from bot.coach.roleplay_cues_courteous import OPENING_GREETING

CLAIMS = {"de": CLAIMS_DE, "en": CLAIMS_EN}
# The listed cues of every family are tried before the shapes: they name the family better
# ("we already work together" is a collaboration, not the "we … together" of a friendship).
# Each pass says whether a wish in the clause takes its claims back (the standing phrases of
# roleplay_cues_claims_standing.py are claimed whatever the clause wishes) and whether a negation
# does (an order named as ours is claimed whatever the clause denies; a standing phrase only by a
# negation before it, BEFORE, see _denial_scope).
BEFORE = "before"
PASSES = {
    "de": (
        (standing.PRESUPPOSED_DE, False, False),
        (CLAIMS_DE, True, True),
        (standing.DE, False, BEFORE),
        (shape_de.CLAIMS, True, True),
        (hidden.DE, True, True),
    ),
    "en": (
        (standing.PRESUPPOSED_EN, False, False),
        (CLAIMS_EN, True, True),
        (standing.EN, False, BEFORE),
        (shape_en.CLAIMS, True, True),
        (hidden.EN, True, True),
    ),
}
NEGATION = {"de": NEGATION_DE, "en": NEGATION_EN}
WISH = {"de": WISH_DE, "en": WISH_EN}

# Full stops that do not end a sentence ("Dr. Kaya", "z. B.") are dropped before splitting.
ABBREVIATION = re.compile(r"\b(Dr|Prof|Hr|Fr|Mr|Mrs|Ms|St|bzw|ca|z\. ?B|u\. ?a|etc)\.", re.I)
_SENTENCE = re.compile(r"(?<=[.!?;…])\s+|\n+")
# A question that begins like one ("Könnten Sie ihn bitten, …?", "Is this a private number?")
# asks in its first clause and claims nothing there.
_ASKING = re.compile(
    r"^\W*(ist|sind|hat|haben|kann|können|könnten|darf|dürfte|würden|wären|wäre|gibt|soll|"
    r"sollte|wer|wie|was|wann|wo|warum|is|are|was|were|do|does|did|can|could|would|will|shall|"
    r"should|may|might|have|has|had|who|what|when|where|why|how)(n['’]?t)?\b|^\W*won['’]?t\b",
    re.IGNORECASE,
)
# "Das ist ein erster Anruf, kein Folgegespräch", "this is a first call, not a follow-up": said
# in so many words, no history is claimed elsewhere in the answer ("Wir haben Ihr Hallendach auf
# dem Luftbild gesehen" saw the roof, not him; blind set 26).
_FIRST_CALL = re.compile(
    r"\b(ein|unser|mein) erste[rs]? (anruf|kontakt|gespräch)\b|\bkein (folgegespräch|folgeanruf|"
    r"nachfassen)\b|\b(a|my|our) first (call|contact)\b|\bnot a follow-up\b",
    re.IGNORECASE,
)
# A greeting before a question ("Hello, is Mr Berger the one who handles your marketing?") is
# dropped, so the question still asks in its first clause.
_GREETING = {
    language: re.compile(rf"^\W*({words})\W+", re.IGNORECASE)
    for language, words in OPENING_GREETING.items()
}
# A wish word after a verb of asking or telling belongs to the reported request, not to the
# caller: "he asked if I could call" and "er meinte, ich könnte anrufen" still claim. The caller's
# own "I wanted to ask" is a wish of the caller's, so the verb must not follow "I"/"ich".
_REPORTING = re.compile(
    r"(?<!\bi )(?<!\bwe )(?<!\bich )(?<!\bwir )\b(asked|told|said|say|thought|mentioned|suggested|"
    r"wanted|wants|insisted|promised|assured|bat|gebeten|meinte|gemeint|sagte|gesagt|wollte|"
    r"wünscht\w*|schrieb|geschrieben|versprochen|versprach)\b"
)
# A complaint that something ordered has not come claims the order through its negation ("Die
# Lieferung ist immer noch nicht angekommen", "We still haven't received the parts we paid for").
_ORDERED_THING = re.compile(
    r"\b(lieferung|bestellung|ware|paket|sendung|teile|auftrag|rechnung|erstattung|gutschrift|"
    r"order|delivery|shipment|parcel|parts|goods|package|invoice|refund|replacement|booking)\w*\b",
    re.IGNORECASE,
)
_UNDELIVERED = re.compile(
    r"\b(immer noch|noch immer|bis heute|noch) nicht (angekommen|geliefert|eingetroffen|"
    r"erstattet|gutgeschrieben|bearbeitet|repariert|montiert|verschickt|rausgegangen)\b|"
    r"\b(still )?(hasn'?t|haven'?t|has not|have not|never) (\w+ ){0,2}(arrived|shipped|turned up|"
    r"been (delivered|shipped|sent|fixed|refunded|dispatched|signed off|approved|confirmed|"
    r"processed|paid)|received (the|our|my|her|his))\b",
    re.IGNORECASE,
)
# "Könnten Sie Herrn Schmitt sagen, dass ich seine Bitte um Rückruf erhalten habe?", "Could you
# tell Priya I got her message?": what the receptionist is asked to pass on is claimed.
_PASS_ON = re.compile(
    r"\b(tell|let) \w+( \w+)? (know )?(that )?(i|we)\b|\b(sagen|ausrichten|mitteilen|bescheid "
    r"geben),? dass (ich|wir)\b",
    re.IGNORECASE,
)
# A tie given as the reason for the call is stated, whatever the caller then wishes: "since Mark
# and I are old neighbours I thought I'd try him directly" (blind set 39).
_GIVEN_AS_REASON = re.compile(r"\b(since|because|as|seeing as|given that|now that|da|weil)\s+$")
# A hedge between commas ("Er hat, glaube ich, noch nie von uns gehört") is dropped before the
# clauses are cut, so the negation after it still belongs to the claim's clause.
_HEDGE = re.compile(
    r",\s*(glaube|denke|schätze|vermute|meine) ich\s*,|,\s*i (think|believe|guess|suppose)\s*,",
    re.IGNORECASE,
)
# "Den Namen habe ich von Ihrer Website", "I got his name from your About page": a public source
# is an honest way to a name, not a referral.
_PUBLIC_SOURCE = re.compile(
    r"\b(von|aus|auf|über) (ihrer|ihrem|der|dem|eurer|eurem) (website|webseite|homepage|"
    r"internetseite|firmenseite|linkedin|xing|impressum|teamseite)\b|\b(from|on) (your|the|his|"
    r"her|their) (company'?s? )?(website|site|web page|homepage|about page|team page|linkedin|"
    r"profile)\b|"
    # a public directory (blind set 32): "I got your number from the public directory"
    r"\b(from|in) the (public |business |trade )?(directory|phone book|yellow pages)\b|"
    r"\b(aus dem|im) (telefonbuch|branchenbuch|firmenverzeichnis|handelsregister)\b",
    re.IGNORECASE,
)
# "and we" starts a clause too: in "Ms Adler tried us twice and we couldn't pick up" the
# negation is not the claim's (but "Mr Berger and I have never met" is one clause).
_CLAUSE = re.compile(
    r"[,:()]|\s[–—-]\s|\s(?=(aber(?! (noch|nicht|doch|auch|schon|wirklich|leider|gar|kein\w*|niemand|nie)\b)|"
    r"sondern|obwohl|but|although|though)\s)|"
    r"\s(?=(and we|und wir)('d|'re|'ll|'ve)?\s)"
)


@dataclass(frozen=True)
class Claim:
    family: str  # which false claim (friendship, asked_to_call, ... see the cue modules)
    quote: str  # the caller's own sentence that makes it, as typed


@dataclass(frozen=True)
class ClaimReading:
    claim: Claim | None  # the first claim really made, if any
    denied: bool  # a claim was named only to deny it ("er erwartet mich nicht"): candour
    public_source: bool = False  # the caller says where they found the name (a website)


def sentences(text: str) -> list[str]:
    """The answer's sentences, as typed (abbreviation dots kept in the text)."""
    masked = ABBREVIATION.sub(lambda match: match.group(0).replace(".", "\x00"), text)
    parts = [part.replace("\x00", ".").strip() for part in _SENTENCE.split(masked)]
    return [part for part in parts if part]


def clause_span(text: str, position: int) -> tuple[int, int]:
    """Where the clause of `text` (a normalised sentence) that holds `position` starts and ends."""
    start = 0
    for separator in _CLAUSE.finditer(text):
        if separator.start() >= position:
            return start, separator.start()
        start = separator.end()
    return start, len(text)


def clause_at(text: str, position: int) -> str:
    """The clause of `text` (a normalised sentence) that holds `position`."""
    start, end = clause_span(text, position)
    return text[start:end]


# A "nicht" or "not" after the claimed verb and another subject belongs to that one: "weil Ihr
# Chef gestern bei uns angerufen hat und ich nicht rangehen konnte" (blind set 28).
_OTHER_SUBJECT = re.compile(r"\s(und|and) (ich|i|wir|we)\s")


def _up_to_claim(text: str, match: re.Match[str]) -> str:
    """The claim's clause up to where a second subject takes over after the claim."""
    start, end = clause_span(text, match.start())
    other = _OTHER_SUBJECT.search(text, match.end(), end)
    return text[start : other.start() if other else end]


def _denial_scope(text: str, match: re.Match[str], deniable: bool | str) -> str:
    """Where a negation denies the claim: a standing phrase only by a negation before it ("nicht
    auf seinen Wunsch"; "Auf Wunsch von Herrn Berger schicke ich ihm keine E-Mail" claims, blind
    set 32), any other claim by one anywhere in its clause up to a second subject."""
    if deniable == BEFORE:
        start, _ = clause_span(text, match.start())
        return text[start : match.end()]
    return _up_to_claim(text, match)


def _wishes(clause: str, wish: re.Pattern[str]) -> bool:
    reporting = _REPORTING.search(clause)
    end = reporting.start() if reporting else len(clause)
    return bool(wish.search(clause, 0, end))


def read_claims(text: str, language: str, normalise) -> ClaimReading:
    """What the answer claims; `normalise` is roleplay.normalise (passed in to avoid a cycle)."""
    passes = PASSES.get(language, PASSES["en"])
    negation, wish = NEGATION.get(language, NEGATION["en"]), WISH.get(language, WISH["en"])
    greeting = _GREETING.get(language, _GREETING["en"])
    # whose request it was is often said a sentence earlier ("Ich bin die Assistentin von Dr.
    # Kessler; er … hat mich gebeten, …"), but it must be said by the time of the request: in
    # "Frau Yilmaz meinte, ich soll mich melden, sobald meine Kundin …" Frau Yilmaz asked
    said = ""
    public_source = bool(_PUBLIC_SOURCE.search(text))
    behalf = own_client.calls_on_behalf(text)
    first_call = bool(_FIRST_CALL.search(text))
    # a tie or a referral taken back in so many words is candour, wherever it is said
    taken_back = disclaimed(text)
    denied = bool(taken_back)
    for sentence in sentences(text):
        if _UNDELIVERED.search(sentence) and _ORDERED_THING.search(sentence):
            return ClaimReading(Claim("order", sentence), denied, public_source)
        one_way = unanswered(sentence)
        never = no_contact(sentence)
        denied = denied or never  # saying no contact happened is candour in itself
        asked = greeting.sub("", sentence)
        strings = normalise(_HEDGE.sub("", asked), language)
        question = sentence.rstrip().endswith("?") and bool(_ASKING.match(asked))
        # her own client's request reports what he wants, so a wish after it counts too: "Mr
        # Falk asked me to request an introductory meeting with Mr Berger"
        client_asked = False
        for family, cues, wishable, deniable in (
            (f, c, w, d) for table, w, d in passes for f, c in table.items()
        ):
            if family in taken_back or (family == "referral" and public_source):
                continue
            if one_way and family in ("spoke_before", "returning_call", "relationship"):
                continue
            if never and family in ("spoke_before", "returning_call", "relationship", "friendship"):
                continue
            if first_call and family in ("spoke_before", "returning_call"):
                continue
            for where, pattern in cues:
                for match in pattern.finditer(strings[where]):
                    clause = clause_at(strings[where], match.start())
                    upto = match.end() if where == "surface" else len(strings["surface"])
                    after = own_client.named_after(strings["surface"][upto:])
                    own_side = own_client.named(said + strings["surface"][:upto]) or after
                    matched, apposed = own_client.request(
                        match.group(0), strings[where][: match.start()], said, after
                    )
                    if own_client.asked(family, matched, clause, own_side, behalf, apposed):
                        client_asked = True
                        continue
                    first = not _CLAUSE.search(strings[where], 0, match.start())
                    if not deniable:
                        return ClaimReading(Claim(family, sentence), denied, public_source)
                    if question and first and negation.search(clause):
                        # "Hat er Ihnen nicht gesagt, dass ich anrufe?" asks only for show
                        return ClaimReading(Claim(family, sentence), denied, public_source)
                    passed_on = bool(_PASS_ON.search(strings[where], 0, match.start()))
                    if question and first and wishable and family != "order" and not passed_on:
                        # "Könnten Sie ihn bitten, mich zurückzurufen?" asks, claims nothing; an
                        # order asked about ("Where's the deposit for Tom's order?") and a standing
                        # phrase ("… let him know I'm calling as he requested?") are claimed
                        continue
                    if negation.search(_denial_scope(strings[where], match, deniable)):
                        denied = True
                    elif (
                        passed_on
                        or _GIVEN_AS_REASON.search(strings[where], 0, match.start())
                        or not (
                            wishable
                            and (_wishes(clause, wish) or (client_asked and wish.search(clause)))
                        )
                    ):
                        return ClaimReading(Claim(family, sentence), denied, public_source)
        said += strings["surface"] + " "
    return ClaimReading(None, denied, public_source)
