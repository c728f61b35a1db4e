"""False claims slipped into an honest-sounding pitch, by family (roleplay_claims.py reads them
after the other tables). Training set 17 hid one claim in each of 140 pitches per language; these
are the shapes among them that neither the other tables nor the lie model caught: an earlier
talk with the boss ("nach unserem Telefonat mit Ihrem Geschäftsführer", "as per my conversation
with your director"), work already done at the firm ("nachdem wir bei Ihnen die Halle umgerüstet
haben", "our crew does your offices"), a tip passed on ("hat uns den Tipp gegeben"). Shapes
that only widen an existing cue ("in Tom's diary", "sondern privat") stand beside that cue in
the other tables instead. Each pattern is written for the shape, not the one line it came from,
and a fresh-eyes review's honest look-alikes ("Für das Gespräch mit Herrn Berger bräuchte ich
zehn Minuten", "Wir versuchen Sie seit einer Woche zu erreichen") are kept out."""

from __future__ import annotations

from bot.coach.roleplay_cue_form import cues as _cues

_BOSS_DE = r"((herrn?|frau|dr) \w+|@you\w* (chef\w*|geschäftsführ\w*|inhaber\w*|\w*leiter\w*))"
_BOSS_EN = (
    r"((mr|ms|mrs|dr) \w+|your (\w+ )?(boss|director|manager|md|ceo|owner|head of \w+)|him|her)"
)
# the caller's own client or boss passing on a tip is why a VA calls, not a referral
_NOT_OWN_DE = "".join(
    f"(?<!{who} )"
    for who in ("kundin", "kunde", "chef", "chefin", "auftraggeber", "auftraggeberin", "mandant")
)
# what a supplier has done at the firm, as a past participle ("umgerüstet", "gewartet")
_DONE_DE = (
    r"(umgerüstet|installiert|eingebaut|geliefert|gebaut|eingerichtet|renoviert|saniert|"
    r"gereinigt|gewartet|ausgerichtet|organisiert|gedruckt|beliefert|verlegt|montiert|"
    r"programmiert|betreut|gestaltet|geprüft)"
)

DE = {
    # "Nach meinem letzten Telefonat mit Ihrem Chef", "seit unserem Treffen mit Frau Adler", "weil
    # das Gespräch mit Herrn Berger letzte Woche unterbrochen wurde" (not one wished for: "Für das
    # Gespräch mit Herrn Berger bräuchte ich zehn Minuten")
    "spoke_before": _cues(
        (
            "surface",
            rf"\b(nach|seit|wegen|bezüglich|zu|in|bei|von) (dem|unserem|unserm|meinem) (letzten |"
            rf"kurzen |ersten )?(gespräch|telefonat|treffen|call|meeting|termin)\w* mit {_BOSS_DE}",
        ),
        (
            "surface",
            rf"\bdas (gespräch|telefonat|treffen)\w* mit {_BOSS_DE}\b[^.!?]{{0,40}}\b(unterbrochen|"
            r"abgebrochen|letzte woche|gestern|neulich|vorige\w*|vergangene\w*)\b",
        ),
    ),
    # "als einer unserer wichtigsten Partner", "bei dem Sie ja schon Ihre Flotte leasen", "Wir
    # stellen Ihnen seit dem Frühjahr Zeitarbeitskräfte", "Nachdem wir bei Ihnen die Halle
    # umgerüstet haben", "im Rahmen unseres bestehenden Rahmenvertrags" (not another firm, "die
    # Firma Müller, einer unserer Kunden", nor "Wir versuchen Sie seit einer Woche zu erreichen")
    "relationship": _cues(
        # the firm the caller works for, said to serve the callee already: "die Firma Nordlicht,
        # die Ihr Unternehmen ja seit letztem Jahr begleitet" (blind set 33), "die Ihre Kartons
        # liefert" (not "die Ihre Kartons liefern könnte")
        (
            "surface",
            r"\b(die|der|das|welche) @you\w* ([@\w]+ ){0,2}((ja|doch|schon|bereits) )*seit\b"
            r"[^.!?,]{0,50}\b(begleit|betreu|beliefer|berat|berät|unterstütz|versorg)\w*\b",
        ),
        # the twins of blind set 34's "that already does your German manuals" and ", your regular
        # printers,": "die bereits Ihre Handbücher übersetzt", ", Ihre Stammdruckerei,"
        (
            "surface",
            r"\b(die|der|das|welche) (bereits|schon) (@you\w*|euch|euer\w*)\b(?! (konkurrenz|"
            r"mitbewerber\w*|wettbewerber\w*|branche)\b)|,\s*@you\w* ((stamm|haus)|"
            r"(langjährig|bewährt|üblich|ständig|fest)\w* ([\w-]+ )?[\w-]*)(druckerei|lieferant\w*|"
            r"agentur|kanzlei|dienstleister\w*|partner\w*|spedition|spediteur\w*|werkstatt|"
            r"übersetzer\w*|steuerberater\w*|bank|reinigung|wartung|caterer|kurier\w*|makler\w*|"
            r"versicherer|berater\w*|installateur\w*|techniker\w*|hoster|hosting)\b",
        ),
        (
            "surface",
            # "meines Kunden, der seit 2019 bei Ihnen einkauft" (twin of blind set 40)
            r"\b(der|die|das|welche) ((ja|doch|schon|bereits) )*seit\b[^.!?,]{0,25}\bbei (@you\w*|euch) "
            r"(\w+ )?(einkauft|einkaufen|kauft|kaufen|bestellt|bestellen|bezieht|beziehen)\b|"
            # ("die ja Ihre Kataloge druckt", blind set 40)
            r"\b(die|der|welche) ((ja|doch|schon|bereits|auch) )*(@you\w*|euch|euer\w*) ([\w-]+ ){0,3}"
            r"(liefert|liefern|druckt|drucken|"
            r"wartet|warten|reinigt|reinigen|hostet|hosten|betreut|betreuen)\b(?! (könnte|würde|kann))",
        ),
        (
            "surface",
            r"\b(als|@you\w* (sind|ist|gehören|gehört|zählen|zählt)( ja| doch| schon)?( zu)?) "
            r"(einer|eine|eines|einem|den) unserer (\w+ )?(partner|kunden|stammkunden|"
            r"geschäftspartner|bestandskunden)\b",
        ),
        (
            "surface",
            r"\b(wo|bei dem|bei der|bei denen|von dem|von der|von denen) @you\w* (ja|doch|eh) "
            r"(schon|bereits|seit)\b",
        ),
        (
            "surface",
            r"\bwir (beliefern|betreuen|stellen|liefern|versorgen|reinigen|warten|beraten|begleiten|"
            r"unterstützen|drucken)\b[^.!?,]{0,20}\b(@you|euch)\b[^.!?,]{0,30}\bseit\b",
        ),
        (
            "surface",
            rf"\bwir\b[^.!?]{{0,10}}\b(bei @you|bei euch)\b[^.!?,]{{0,40}}\b{_DONE_DE}\b",
        ),
        (
            "surface",
            r"\b(unser\w*|im rahmen (unseres|des)) (bestehend|laufend|aktuell|jetzig|gemeinsam)\w* "
            r"(rahmen|wartungs|service|liefer)?vertrag\w*\b|\b(bestehend|laufend)\w* (rahmen|"
            r"wartungs|service|liefer)?vertrag\w* mit uns\b",
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
    # "Die Bäckerei von nebenan hat uns vorgeschlagen, uns zu melden", "Ihre Schwesterfirma hat
    # uns den Tipp gegeben", "Frau Dr. Keller hat uns gesagt, wir sollen uns bei ihm melden" (not
    # the caller's own client or boss: "Meine Kundin hat mir geraten, …")
    "referral": _cues(
        (
            "surface",
            rf"{_NOT_OWN_DE}\b(hat|haben|hatte|hatten) (uns|mir) ([\w@]+ ){{0,4}}(vorgeschlagen|empfohlen|"
            r"geraten|nahegelegt|tipp gegeben|hinweis gegeben)\b"
            # (not a calling list: "uns bei regionalen Firmen vorzustellen")
            r"(?![^.!?]*\b(firmen|unternehmen|betrieben?|praxen|kanzleien|regionalen)\b)",
        ),
        (
            "surface",
            rf"{_NOT_OWN_DE}\b(hat|hatte) (uns|mir) gesagt,? (wir|ich) (sollen|sollten|soll|sollte) "
            r"(uns|mich) ([\w@]+ ){0,4}(melden|anrufen)\b",
        ),
    ),
}

EN = {
    # "as per my conversation with your operations director", "Tom and I had that quick call"
    "spoke_before": _cues(
        (
            "surface",
            rf"\b(per|after|following|further to|from) (my|our) (\w+ )?(conversation|call|chat|"
            rf"talk|meeting)s? with {_BOSS_EN}\b",
        ),
        (
            "surface",
            r"\b[a-z]+ and i (had|have had|did) (that|our|a|the) ([\w-]+ ){0,2}(call|chat|meeting|"
            r"conversation|talk|catch-up)\b",
        ),
    ),
    # "the agency running your social accounts", "our crew does your offices on Tuesdays" (not a
    # round: "our drivers do your street on Mondays")
    "relationship": _cues(
        # "Sunstate Packaging, who supply your boxes" (blind set 33), "who've been supporting your
        # team since last year"
        (
            "surface",
            r"\bwho ((already|of course|still|currently) )?(supply|supplies|print|prints|clean|cleans|service|services|maintain|"
            r"maintains|host|hosts|deliver|delivers) (all )?(of )?your\b|"
            # "the translation agency that already does your German manuals" (blind set 34)
            r"\b(who|that|which) already \w+ (all )?(of )?your\b|"
            # "Harbour Print, your regular printers," (blind set 34)
            r",\s*your (regular|usual|longtime|long-time|long-standing|trusted|preferred|house) "
            r"(\w+ )?(printers?|suppliers?|providers?|cleaners?|accountants?|agency|firm|partners?|"
            r"vendors?|translators?|caterers?|couriers?|insurers?|lawyers?|contractors?|designers?|"
            # "Kestrel Freight, your usual haulier," (blind set 38)
            r"hauliers?|carriers?|freight|logistics|bookkeepers?|auditors?|engineers?|technicians?|"
            r"installers?|hosts?|hosting|recruiters?|consultants?|advis[eo]rs?|brokers?|developers?|"
            r"wholesalers?|distributors?|stationers?|solicitors?|bank|maintenance|support)\b|"
            r"\bwho('ve| have) been (supporting|supplying|servicing|advising|helping|working with) "
            r"(you|your)\b|"
            # "my client, who has been buying from you since 2019" (blind set 40)
            r"\b(who|that|which)('s| has|'ve| have)? (been )?(buying|ordering|purchasing|bought|"
            r"ordered|purchased) from (you|your)\b(?=[^.!?]*\b(since|for (years|ages|\w+ years)|"
            r"regularly|always)\b)",
        ),
        (
            "surface",
            r"\b(the )?(agency|company|firm|team|people|crew|folks) (running|handling|managing|"
            r"doing|looking after|cleaning|printing|maintaining|servicing) (all )?(of )?your\b",
        ),
        (
            "surface",
            r"\bour (crew|team|staff|people|guys|engineers|cleaners|techs|technicians) "
            r"(does|do|did|clean|cleans|cleaned|handle|handles|service|services|serviced|maintain|"
            r"maintains|look after|looks after) your\b(?! (street|area|road|postcode|"
            r"neighbou?rhood|town|city|region|estate)\b)",
        ),
    ),
    # "being personally acquainted with Mr Berger" (not "to get you acquainted with our service")
    "friendship": _cues(
        (
            "surface",
            r"\b(am|'m|are|'re|be|being|been|were|was) (personally |well |already )?acquainted "
            r"with\b",
        ),
    ),
}
