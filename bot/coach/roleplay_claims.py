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
  Mr Berger an introduction last month, it probably got buried") claims no earlier contact and
  no returned call (unanswered()).

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
from bot.coach.roleplay_cues_claims_de import CLAIMS as CLAIMS_DE
from bot.coach.roleplay_cues_claims_de import NEGATION as NEGATION_DE
from bot.coach.roleplay_cues_claims_de import WISH as WISH_DE
from bot.coach.roleplay_cues_claims_en import CLAIMS as CLAIMS_EN
from bot.coach.roleplay_cues_claims_en import NEGATION as NEGATION_EN
from bot.coach.roleplay_cues_claims_en import WISH as WISH_EN

CLAIMS = {"de": CLAIMS_DE, "en": CLAIMS_EN}
# The listed cues of every family are tried before the shapes: they name the family better
# ("we already work together" is a collaboration, not the "we … together" of a friendship).
# Each pass says whether a wish in the clause takes its claims back (the standing phrases of
# roleplay_cues_claims_standing.py are claimed whatever the clause wishes) and whether a negation
# does (an order named as ours is claimed whatever the clause denies).
PASSES = {
    "de": (
        (standing.PRESUPPOSED_DE, False, False),
        (CLAIMS_DE, True, True),
        (standing.DE, False, True),
        (shape_de.CLAIMS, True, True),
        (hidden.DE, True, True),
    ),
    "en": (
        (standing.PRESUPPOSED_EN, False, False),
        (CLAIMS_EN, True, True),
        (standing.EN, False, True),
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
# A wish word after a verb of asking or telling belongs to the reported request, not to the
# caller: "he asked if I could call" and "er meinte, ich könnte anrufen" still claim. The caller's
# own "I wanted to ask" is a wish of the caller's, so the verb must not follow "I"/"ich".
_REPORTING = re.compile(
    r"(?<!\bi )(?<!\bwe )(?<!\bich )(?<!\bwir )\b(asked|told|said|thought|mentioned|suggested|"
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
    r"profile)\b",
    re.IGNORECASE,
)
# A message the caller left or sent that nobody answered is a first contact, not an earlier
# conversation: "Ich hab Frau Adler auf LinkedIn eine Nachricht geschickt, aber keine Antwort
# bekommen", "I've tried his line a few times and keep getting voicemail", "a missed call from
# this number – that was me" (_UNANSWERED), or the caller's own message with no answer told of,
# "I emailed Mr Berger a short introduction last month", "Ich hatte ihm einen Katalog geschickt"
# (_OWN_MESSAGE). Not when the sentence tells of a conversation (_CONVERSED: "after our chat at
# the expo"), of his call or answer (_HIS_ANSWER: "he left me a voicemail", "and he replied") or
# of business done (_BUSINESS: "the invoice we sent him", "das Angebot, das wir ihm geschickt
# haben").
_UNANSWERED = re.compile(
    r"\b(keine|ohne) (antwort|rückmeldung|reaktion)\b|\bunbeantwortet\b|\bnicht (durchgekommen|"
    r"abgehört|erreicht|zurückgemeldet|gemeldet|geantwortet)\b|\bnichts (gehört|zurückgekommen)\b|"
    r"\b(lande|landete|landen|komme|kam)\w* (\w+ ){0,3}(bei|auf|in) (der|dem|die) (mailbox|"
    r"anrufbeantworter|warteschleife)\b|\bkennt (mich|uns) (noch )?nicht\b|"
    r"\b(haven'?t|hasn'?t|didn'?t|never) (heard|had) (anything |a word )?(back|a reply|a response|an "
    r"answer|anything)\b|\bno (reply|response|answer)\b|\b(couldn'?t|didn'?t|can'?t|never) get "
    r"through\b|\b(keep|kept) getting (the )?(voicemail|answerphone)\b|\b(went|goes|going|gone) "
    r"(straight )?to (voicemail|answerphone)\b|\bmissed call\b[^.!?]{0,40}\bthat was me\b|"
    r"\b(didn'?t|did not) leave a message\b|\b(don'?t think|doubt|not sure if) (it|that|anyone|"
    r"anybody) (got|went|reached|heard|listened|picked)\b|"
    # a letter or an email that may not have been read: "weil Post ja gern mal liegen bleibt",
    # "not sure it reached her", "it may have landed in spam", "it probably got buried"
    r"\bliegen ?(bleibt|geblieben)\b|\buntergegangen\b|\bnot sure (if )?it (reached|got to)\b|"
    r"\b(im|in|into) (the |your )?spam\b|\bgot buried\b|"
    # only a recording answered: "da lief nur die Bandansage", "it only rang out"
    r"\bnur (die|der|den) (bandansage|mailbox|anrufbeantworter)\b|\b(rang|rings|ringing) out\b|"
    r"\bnever got a word in\b",
    re.IGNORECASE,
)
_OWN_MESSAGE = re.compile(
    r"\b(i|we)('ve|'d| have| had)?( just| already| also| actually| \w+ly)? (emailed|e-mailed|"
    r"mailed|sent|posted|wrote|messaged|dropped|flicked|rang|rung|tried|left)\b|"
    r"\b(ich|i|wir) (hab|habe|haben|hatte|hatten)\b[^.!?;]{0,50}\b(geschickt|geschrieben|gemailt|"
    r"zugeschickt|verschickt|probiert|versucht|angerufen)\b",
    re.IGNORECASE,
)
_CONVERSED = re.compile(
    # (not a message left: "auf Ihren Anrufbeantworter gesprochen")
    r"(?<!anrufbeantworter )(?<!mailbox )\b(gesprochen|telefoniert|getroffen|unterhalten|geredet|"
    r"besprochen|vereinbart|spoke|spoken|talked|met|chatted|discussed|agreed|arranged|"
    r"conversation|gespräch\w*|telefonat\w*|treffen|unterhaltung|meetings?|besprechung\w*)\b|"
    r"\b(our|my|unser\w*|mein\w*) (\w+ )?(call|chat|meeting|talk|catch-up|zoom)\b",
    re.IGNORECASE,
)
_HIS_ANSWER = re.compile(
    r"\b(replied|answered|responded|back and forth|hin und her|was going to|left off|"
    r"geantwortet|zurückgeschrieben|zurückgerufen|angefragt|gebeten|meinte|sagte|versprochen|"
    r"returning|return (his|her)|(call|calling|ring|ringing|phone|phoning) (him|her) back|"
    r"zurückrufen|rufe (\w+ )?zurück|ruf (\w+ )?zurück|"
    r"(left|rang|called|emailed|messaged|wrote to|texted) (me|us)\b|mich angerufen|"
    r"(he|she|they|er) (\w+ )?(wanted|wollte|wartet|is waiting|was waiting|expects|erwartet|"
    r"liked|mochte|fand|freut|freute|looks forward|is looking forward|asked|said|told|promised|"
    r"agreed))\b",
    re.IGNORECASE,
)
_BUSINESS = re.compile(
    r"\b(batch|shipment|delivery|parcel|lieferung|sendung|ware|paket|invoice|rechnung|order|"
    r"bestellung|auftrag|vertrag|contract|(das|des|dem) angebot\w*|(the|that) (quote|proposal))\b",
    re.IGNORECASE,
)
# "and we" starts a clause too: in "Ms Adler tried us twice and we couldn't pick up" the
# negation is not the claim's (but "Mr Berger and I have never met" is one clause).
_CLAUSE = re.compile(
    r"[,:()]|\s[–—-]\s|\s(?=(aber(?! (noch|nicht|doch|auch|schon|wirklich|leider|gar|kein\w*)\b)|"
    r"sondern|obwohl|but|although|though)\s)|"
    r"\s(?=(and we|und wir)('d|'re|'ll|'ve)?\s)"
)


def unanswered(sentence: str) -> bool:
    """Whether the sentence tells of a message the caller left or sent that nobody answered."""
    if _CONVERSED.search(sentence) or _HIS_ANSWER.search(sentence) or _BUSINESS.search(sentence):
        return False
    return bool(_UNANSWERED.search(sentence) or _OWN_MESSAGE.search(sentence))


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


def clause_at(text: str, position: int) -> str:
    """The clause of `text` (a normalised sentence) that holds `position`."""
    start = 0
    for separator in _CLAUSE.finditer(text):
        if separator.start() >= position:
            return text[start : separator.start()]
        start = separator.end()
    return text[start:]


def _wishes(clause: str, wish: re.Pattern[str]) -> bool:
    reporting = _REPORTING.search(clause)
    end = reporting.start() if reporting else len(clause)
    return bool(wish.search(clause, 0, end))


def read_claims(text: str, language: str, normalise) -> ClaimReading:
    """What the answer claims; `normalise` is roleplay.normalise (passed in to avoid a cycle)."""
    passes = PASSES.get(language, PASSES["en"])
    negation, wish = NEGATION.get(language, NEGATION["en"]), WISH.get(language, WISH["en"])
    denied = False
    # whose request it was is often said a sentence earlier ("Ich bin die Assistentin von Dr.
    # Kessler; er … hat mich gebeten, …"), but it must be said by the time of the request: in
    # "Frau Yilmaz meinte, ich soll mich melden, sobald meine Kundin …" Frau Yilmaz asked
    said = ""
    public_source = bool(_PUBLIC_SOURCE.search(text))
    behalf = own_client.calls_on_behalf(text)
    for sentence in sentences(text):
        if _UNDELIVERED.search(sentence) and _ORDERED_THING.search(sentence):
            return ClaimReading(Claim("order", sentence), denied, public_source)
        one_way = unanswered(sentence)
        strings = normalise(_HEDGE.sub("", sentence), language)
        question = sentence.rstrip().endswith("?") and bool(_ASKING.match(sentence))
        for family, cues, wishable, deniable in (
            (f, c, w, d) for table, w, d in passes for f, c in table.items()
        ):
            if family == "referral" and public_source:
                continue
            if one_way and family in ("spoke_before", "returning_call"):
                continue
            for where, pattern in cues:
                for match in pattern.finditer(strings[where]):
                    clause = clause_at(strings[where], match.start())
                    upto = match.end() if where == "surface" else len(strings["surface"])
                    own_side = own_client.named(said + strings["surface"][:upto])
                    if own_client.asked(family, match.group(0), clause, own_side, behalf):
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
                    if negation.search(clause):
                        denied = True
                    elif passed_on or not (wishable and _wishes(clause, wish)):
                        return ClaimReading(Claim(family, sentence), denied, public_source)
        said += strings["surface"] + " "
    return ClaimReading(None, denied, public_source)
