"""False claims slipped into an honest-sounding pitch, by family (roleplay_claims.py reads them
after the other tables). Training set 17 hid one claim in each of 140 pitches per language; these
are the shapes among them that neither the other tables nor the lie model caught: a definite
earlier talk ("das Gespräch mit Herrn Berger", "as per my conversation with your director"), work
already done for the firm ("nachdem wir bei Ihnen die Halle umgerüstet haben", "our crew does
your offices"), a tip passed on ("hat uns den Tipp gegeben"), a call on his calendar. Each names
more than the wording it came from."""

from __future__ import annotations

from bot.coach.roleplay_cue_form import cues as _cues

_BOSS_DE = r"((herrn?|frau|dr) \w+|@you\w* (chef\w*|geschäftsführ\w*|inhaber\w*|\w*leiter\w*))"
_BOSS_EN = r"((mr|ms|mrs|dr) \w+|your (\w+ )?(boss|director|manager|md|ceo|owner|head of \w+))"
# what a supplier has done at the firm, as a past participle ("umgerüstet", "gewartet")
_DONE_DE = (
    r"(umgerüstet|installiert|eingebaut|geliefert|gebaut|eingerichtet|renoviert|saniert|"
    r"gereinigt|gewartet|ausgerichtet|organisiert|gedruckt|beliefert|verlegt|montiert|"
    r"programmiert|betreut|gestaltet|geprüft)"
)

DE = {
    # "Nach meinem letzten Telefonat mit Ihrem Chef", "weil das Gespräch mit Herrn Berger
    # unterbrochen wurde", "unser Treffen mit Frau Adler"
    "spoke_before": _cues(
        (
            "surface",
            rf"\b(das|dem|des|unser\w*|mein\w*) (letzte\w* |kurze\w* )?(gespräch|telefonat|treffen|"
            rf"call|meeting|termin)\w* mit {_BOSS_DE}"
            # (not one sought: "Ich habe das Gespräch mit Herrn Berger gesucht")
            r"(?![^.!?,;–]*\b(suchen|gesucht|vereinbaren|anfragen|bitten|ermöglichen|bekommen)\b)",
        ),
    ),
    # "als einer unserer wichtigsten Partner", "wo Sie ja schon Ihre Flotte leasen", "Wir stellen
    # Ihnen seit dem Frühjahr Zeitarbeitskräfte", "Nachdem wir bei Ihnen die Halle umgerüstet
    # haben", "im Rahmen unseres bestehenden Rahmenvertrags"
    "relationship": _cues(
        (
            "surface",
            r"\b(einer|eine|eines|einem) unserer (\w+ )?(partner|kunden|stammkunden|"
            r"geschäftspartner|bestandskunden)\b",
        ),
        (
            "surface",
            r"\b(wo|bei dem|bei der|bei denen|von dem|von der|von denen|über die|über den) "
            r"@you\w* (ja |doch |eh )?(schon|bereits|seit)\b",
        ),
        ("surface", r"\bwir (\w+ ){0,2}(@you|euch) (ja |doch )?(schon |bereits )?seit\b"),
        (
            "surface",
            rf"\bwir\b[^.!?]{{0,10}}\b(bei @you|für @you|@you|euch|bei euch|für euch)\b"
            rf"[^.!?,]{{0,40}}\b{_DONE_DE}\b",
        ),
        (
            "surface",
            r"\b(bestehend|laufend|aktuell|jetzig|gemeinsam)\w* (rahmen|wartungs|service|liefer)?"
            r"vertrag\w*\b",
        ),
    ),
    # "Herr Berger wünschte sich noch einen Anruf von uns", "er wünscht sich ein Angebot"
    "asked_to_call": _cues(
        (
            "surface",
            r"\bwünscht\w* sich ([\w@]+ ){0,3}(anruf|rückruf|rückmeldung|termin|angebot|"
            r"gespräch)\w*\b",
        ),
    ),
    # "auf die Sprachnachricht von Herrn Berger", "seine Rückrufbitte" (not "Anruf von Frau Çelik
    # für SafeFire": the caller's own name)
    "returning_call": _cues(
        ("surface", rf"\b(sprachnachricht|rückrufbitte|mailboxnachricht)\w* (von|vom) {_BOSS_DE}"),
    ),
    # "Es ist nichts Geschäftliches, sondern privat"
    "personal": _cues(
        ("surface", r"\bsondern (eher |etwas |was |rein )?(privat|persönlich)\w*\b"),
    ),
    # "Die Bäckerei von nebenan hat uns vorgeschlagen, uns zu melden", "Ihre Schwesterfirma hat
    # uns den Tipp gegeben", "Frau Dr. Keller hat uns gesagt, wir sollen uns bei ihm melden"
    "referral": _cues(
        (
            "surface",
            r"\b(hat|haben|hatte|hatten) (uns|mir) ([\w@]+ ){0,4}(vorgeschlagen|empfohlen|geraten|"
            r"nahegelegt|tipp gegeben|hinweis gegeben)\b",
        ),
        (
            "surface",
            r"\b(hat|hatte) (uns|mir) gesagt,? (wir|ich) (sollen|sollten|soll|sollte) (uns|mich) "
            r"([\w@]+ ){0,4}(melden|anrufen)\b",
        ),
    ),
}

EN = {
    # "as per my conversation with your operations director", "Tom and I had that quick call"
    "spoke_before": _cues(
        (
            "surface",
            r"\b(per|after|following|further to|from) (my|our) (\w+ )?(conversation|call|chat|"
            r"talk|meeting)s? with\b",
        ),
        (
            "surface",
            r"\b[a-z]+ and i (had|have had|did) (that|our|a|the) ([\w-]+ ){0,2}(call|chat|meeting|"
            r"conversation|talk|catch-up)\b",
        ),
    ),
    # "the agency running your social accounts", "our crew does your offices on Tuesdays"
    "relationship": _cues(
        (
            "surface",
            r"\b(the )?(agency|company|firm|team|people|crew|folks) (running|handling|managing|"
            r"doing|looking after|cleaning|printing|maintaining|servicing) (all )?(of )?your\b",
        ),
        (
            "surface",
            r"\bour (crew|team|staff|people|guys|drivers|engineers|cleaners|techs|technicians) "
            r"(does|do|did|clean|cleans|cleaned|handle|handles|service|services|serviced|maintain|"
            r"maintains|look after|looks after) your\b",
        ),
    ),
    # "being personally acquainted with Mr Berger"
    "friendship": _cues(
        ("surface", r"\b(personally |well )?acquainted with\b"),
    ),
    # "a note on Mr Berger's calendar for this call", "it's in Tom's diary"
    "expected": _cues(
        (
            "surface",
            r"\b(on|in) ((mr|ms|mrs|dr) \w+'s|[a-z]+'s) (calendar|diary|schedule|agenda)\b",
        ),
    ),
    # "Tom said just to give him a buzz whenever"
    "asked_to_call": _cues(
        (
            "surface",
            r"\bsaid (just )?to (just )?give (him|her|them) a (buzz|ring|call|bell|shout|tinkle)\b",
        ),
    ),
}
