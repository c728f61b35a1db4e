"""Whether a caller's sentence tells of a message she left or sent that nobody answered
(bot/coach/roleplay_claims.py, bot/coach/roleplay.py): that is a first contact, not an earlier
conversation or a call being returned.

"Ich hab Frau Adler auf LinkedIn eine Nachricht geschickt, aber keine Antwort bekommen", "I've
tried his line a few times and keep getting voicemail", "a missed call from this number – that was
me" (_UNANSWERED), or the caller's own message with no answer told of, "I emailed Mr Berger a
short introduction last month", "Ich hatte ihm einen Katalog geschickt" (_OWN_MESSAGE). Not when
the sentence tells of a conversation (_CONVERSED: "after our chat at the expo"), of his call or
answer (_HIS_ANSWER: "he left me a voicemail", "and he replied") or of business done (_BUSINESS:
"the invoice we sent him", "das Angebot, das wir ihm geschickt haben")."""

from __future__ import annotations

import re

_UNANSWERED = re.compile(
    r"\b(keine|ohne) (antwort|rückmeldung|reaktion)\b|\bunbeantwortet\b|\bnicht (durchgekommen|"
    r"abgehört|erreicht|zurückgemeldet|gemeldet|geantwortet)\b|\bnichts (gehört|zurückgekommen)\b|"
    r"\b(lande|landete|landen|komme|kam)\w* (\w+ ){0,3}(bei|auf|in) (der|dem|die) (mailbox|"
    r"anrufbeantworter|warteschleife)\b|\bkennt (mich|uns) (ja |doch |noch )*nicht\b|"
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
    r"\bnever got a word in\b|\b(kam|kommt) (bisher |noch |bis jetzt )?nichts zurück\b|"
    # whether it arrived at all: "wollte nur fragen, ob er angekommen ist", "if it reached him"
    r"\bob (er|sie|es|die|der|das|diese[rs]?) (\w+ )?(angekommen|eingegangen|durchgekommen)\b|"
    r"\b(whether|if) (it|that|they|the \w+) (ever |actually )?(arrived|reached (him|her)|got through|"
    r"came through|landed)\b",
    re.IGNORECASE,
)
_OWN_MESSAGE = re.compile(
    r"\b(i|we)('ve|'d| have| had)?( just| already| also| actually| \w+ly)? (emailed|e-mailed|"
    r"mailed|sent|posted|wrote|messaged|dropped|flicked|rang|rung|tried|left)\b|"
    r"\b(ich|i|wir) (hab|habe|haben|hatte|hatten)\b[^.!?;]{0,70}\b(geschickt|geschrieben|gemailt|"
    r"zugeschickt|verschickt|probiert|versucht|angerufen|hinterlassen|aufgesprochen|draufgesprochen)\b",
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
    # (not his answer denied: "er hat noch nicht geantwortet", "he hasn't replied")
    r"(?<!nicht )(?<!n't )(?<!not )(?<!never )\b(replied|answered|responded|back and forth|"
    r"hin und her|was going to|left off|geantwortet|zurückgeschrieben|zurückgerufen|angefragt|"
    r"gebeten|meinte|sagte|versprochen|"
    r"returning|return (his|her)|(call|calling|ring|ringing|phone|phoning) (him|her) back|"
    r"zurückrufen|rufe (\w+ )?zurück|ruf (\w+ )?zurück|"
    r"(left|rang|called|emailed|messaged|wrote to|texted) (me|us)\b|mich angerufen|"
    r"verpasst\w* anruf\w* (von|aus)|(mich|uns) zu erreichen|"
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


# He was busy when she called: "da war Herr Berger in einer Besprechung", "he was in a meeting"
# (blind set 23) is his meeting, not a talk with the caller.
_BUSY = re.compile(
    r"\b(war|ist|sei|was|is) (\w+ ){0,3}(in|im) (einer |einem |a |an )?(besprechung|meeting|termin|"
    r"call|telefonat)\b",
    re.IGNORECASE,
)


# Contact said not to have happened: "gesprochen haben wir nie", "nur aus dem Publikum", "da war
# aber keiner mehr da", "we've never actually met", "nobody was in" (blind set 20), "kennen ihn
# nur von seinem LinkedIn-Profil" (blind set 23).
_NO_CONTACT = re.compile(
    r"\b(gesprochen|getroffen|telefoniert|kennengelernt) haben wir (uns )?(aber |bisher |bislang |noch "
    r"|persönlich )*(nie|nicht)\b|"
    r"\bkennen tun wir uns (noch |bisher )?nicht\b|"
    r"\bhaben (wir|uns) (uns )?(noch )?nie (gesprochen|getroffen|kennengelernt)\b|"
    r"\bnur aus dem publikum\b|\bda war (aber |leider |wohl )?(keiner|niemand)( mehr)? "
    r"(da|erreichbar)\b|\bwe('ve| have)? never (actually )?(met|spoken|talked)\b|"
    r"\bfrom the audience\b|\b(no one|nobody|no-one) was (there|in|around)\b|"
    # seen but not spoken to: "habe Herrn Berger von Weitem gesehen, aber nicht mit ihm
    # gesprochen", "but didn't get to speak to him" (blind set 24)
    r"\bnicht mit (ihm|ihr|herrn? \w+|frau \w+) (\w+ )?(gesprochen|geredet|telefoniert)\b|"
    r"\b(didn'?t|did not|never) (actually )?(get to |manage to )?(speak|talk) (to|with) (him|her|mr "
    r"\w+|ms \w+|mrs \w+)\b|"
    # no chance to speak, never introduced, someone else spoken to (blind set 27): "hatte aber
    # keine Gelegenheit, ihn anzusprechen", "though we've never been introduced", "I only spoke
    # to one of your sales reps, not Mr Berger"
    r"\bkeine (gelegenheit|chance|zeit),? (ihn|sie|mit (ihm|ihr)) (\w+ )?(anzusprechen|zu sprechen|"
    r"kennenzulernen)\b|\bnicht dazu gekommen,? (ihn|sie|mit (ihm|ihr)) (\w+ )?(anzusprechen|zu "
    r"sprechen)\b|\b(wurden|sind) (uns|einander) (noch )?(nie|nicht) vorgestellt\b|"
    r"\b(didn'?t|did not|never) (get|got|have|had) (a|the) chance to (speak|talk|say hello) (to|"
    r"with)\b|\b(we'?ve|we have|have) never been introduced\b|\bspoke (\w+ ){0,3}(to|with) "
    r"[^.!?]{0,40}\bnot (to |with )?(him|her|mr \w+|ms \w+|mrs \w+)\b|"
    # not met, not spoken yet (blind set 28): "though I didn't meet Mr Berger himself", "We didn't
    # meet", "Mr Berger and I haven't spoken yet"; "habe ihn aber nicht getroffen", "Herr Berger
    # und ich haben noch nicht gesprochen"
    r"\b(didn'?t|did not|never) (actually )?(get to )?meet (him|her|mr \w+|ms \w+|mrs \w+|dr \w+)\b|"
    r"\bwe (didn'?t|did not|never|haven'?t|have not) (actually |yet )?(met|meet|spoken|speak|talked|"
    r"talk)\b|\b(he|she|mr \w+|ms \w+|mrs \w+|dr \w+) and i (haven'?t|have not|never|didn'?t|did "
    r"not) (yet |actually )?(spoken|talked|met|speak|talk|meet)\b|"
    r"\b(ihn|sie|herrn? \w+|frau \w+) (aber |selbst |persönlich )*(nicht|nie) (getroffen|"
    r"kennengelernt|gesprochen)\b|\b(herr \w+|frau \w+|er|sie) und ich haben (uns )?(noch )?(nicht|"
    r"nie) (gesprochen|getroffen|telefoniert)\b|"
    # "habe mit Herrn Berger dort aber nicht gesprochen" (blind set 43)
    r"\bmit (ihm|ihr|herrn? \w+|frau \w+) (\w+ ){0,2}(aber |leider |jedoch )?(nicht|nie) "
    r"(gesprochen|geredet|telefoniert)\b|"
    # "wir haben noch nie miteinander gesprochen, der Herr Berger und ich" (blind set 39)
    r"\bwir haben (uns )?(noch |bisher |bislang )?(nie|nicht) (miteinander |persönlich )?(gesprochen|"
    r"getroffen|telefoniert|kennengelernt)\b|"
    # known from a public page only: "Wir kennen Herrn Berger bisher nur von seinem LinkedIn-Profil"
    r"\bkenne?n? (\w+ ){1,3}(bisher |bislang |nur )+(von|aus|über) (sein\w*|ihr\w*|de[mnr]|eine[mnr]?) "
    r"[\w-]*(profil|website|webseite|homepage|artikel|interview|vortrag|podcast|beitr[aä]g\w*)\b|"
    r"\b(only )?know (him|her|mr \w+|ms \w+|mrs \w+|dr \w+)('s|’s)? (work )?(only )?(from|through|via) "
    r"(his|her|the|your) (linkedin|profile|website|articles?|interviews?|talks?|podcast|posts?)\b",
    re.IGNORECASE,
)


def no_contact(sentence: str) -> bool:
    """Whether the sentence says the caller has not yet reached or spoken to anyone."""
    return bool(_NO_CONTACT.search(sentence))


def unanswered(sentence: str) -> bool:
    """Whether the sentence tells of a message the caller left or sent that nobody answered."""
    sentence = _BUSY.sub(" ", sentence)
    if _CONVERSED.search(sentence) or _HIS_ANSWER.search(sentence) or _BUSINESS.search(sentence):
        return False
    return bool(_UNANSWERED.search(sentence) or _OWN_MESSAGE.search(sentence))
