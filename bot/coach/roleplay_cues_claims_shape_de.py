"""False claims recognised by the shape of the sentence rather than by a listed phrase
(bot/coach/roleplay_claims.py tries these after the listed family cues and judges each match by its
clause: negated, wished or asked claims are not made).

A cold caller and the boss share no past. So any declarative clause in which the two are tied
together is a false claim, whatever the verb: the boss did something to or with the caller
("er hat mir …", "he left me …"), the caller did something to the boss in the past ("ich habe
Herrn Berger … geschrieben", "I emailed Mr Berger"), the boss asked, told or wanted something
of the caller (reported speech, "er bat mich, …", "he asked if I could …"), the two do
something together ("er und ich …", "we sail together"), or a business tie lasts ("seit
Jahren für Herrn Berger", "a client of ours"). The boss here is never "Sie"/"you": that is
the receptionist as often as the boss, and "Sie wollten wissen, worum es geht" claims nothing.
"""

from __future__ import annotations

from bot.coach.roleplay_cue_form import cues as _cues

_B_DE = (
    r"(er|ihm|ihn|((dem|den|der) )?herrn? (dr )?\w+|((die|der) )?frau (dr )?\w+|dr \w+|"
    r"(der|die|dem|den|@you) (chef|chefin|geschäftsführer\w*|inhaber\w*))"
)
_ME_DE = r"(ich|mich|mir|wir|uns)"
_ASKED_DE = (
    r"(bat|bittet|gebeten|meinte|gemeint|sagte|gesagt|schrieb|geschrieben|forderte|aufgefordert|"
    r"trug|aufgetragen|lud|eingeladen|schlug|vorgeschlagen|riet|geraten|erwähnte|erwähnt|bot|"
    r"angeboten)"
)

CLAIMS = {
    "friendship": _cues(
        # "weil ich Frau Adler privat ja ganz gut kenne"
        (
            "surface",
            r"\b(herrn? \w+|frau \w+|ihn|sie|den \w+|die \w+) (\w+ ){0,3}(privat|persönlich|gut|lange|ewig) (\w+ ){0,2}kenne\b",
        ),
        # "da ich den Thomas ja noch vom Tennisclub kenne"
        (
            "surface",
            r"\bkenn\w*\b[^.!?]{0,30}\b(vom|von der|aus dem|aus der) [\w-]*(club|klub|verein|studium|schule|uni|studio|kurs|chor)\b",
        ),
        (
            "surface",
            r"\b(vom|von der|aus dem|aus der) [\w-]*(club|klub|verein|studium|schule|uni|studio|kurs|chor) (\w+ ){0,3}kenn\w*\b",
        ),
        # "Klar kennt der mich"
        ("surface", r"\b(klar|natürlich|sicher|freilich|logisch),? kennt (der|er|sie|die) mich\b"),
        ("surface", rf"\b{_B_DE} und ich\b|\bich und {_B_DE}\b"),
        # "Thomas und ich …": one word before "und ich" (not "meine Kollegin und ich")
        ("surface", r"^\W*((ach|also|ja|na),? )?(?!mein|unser|wir|ihr)\w+ und ich\b"),
        ("surface", r"\b(sind|waren) (\w+ ){0,4}(freunde|freundinnen|kumpels|bekannte)\b"),
        ("surface", r"\bwir (?!arbeit)(\w+ ){0,3}zusammen\b"),
        ("surface", rf"\b(ich|wir) kenne?n? {_B_DE}\b"),
        (
            "surface",
            r"(?<!für 'nen )(?<!für nen )(?<!für einen )(?<!für ein' )\b(schwieger\w*|weggefährt\w*|kumpel\w*|"
            r"jugendfreund\w*|sandkasten\w*|"
            r"stiefvater|stiefmutter|stiefbruder|stiefschwester|pate|patin|patenonkel)\b",
        ),
        (
            "surface",
            r"\b(sag\w*|richte\w*) (@you )?(ihm|ihr|herrn \w+|frau \w+)\b[^.!?]{0,40}"
            r"\b(ist|sei|wäre) (dran|am apparat|am telefon|in der leitung)\b",
        ),
        ("surface", r"\bgrüß\w* (@you )?(ihn|ihm|herrn \w+|frau \w+) (von|vom)\b"),
    ),
    "asked_to_call": _cues(
        # "Herr Berger wollte, dass wir uns diese Woche noch bei ihm melden"
        (
            "surface",
            r"\b(er|sie|herrn? \w+|frau (dr\.? )?\w+|dr\.? \w+) wollte,? dass (ich|wir) (\w+ ){0,7}(melde|melden|anrufe|anrufen|vorbeikomme|zurückrufe)\b",
        ),
        (
            "surface",
            r"\bauf (wunsch|bitte|anregung|einladung|veranlassung) (@you|sein\w*|des|der|von)\b",
        ),
        (
            "surface",
            rf"\b{_B_DE} (hat |hatte )?(\w+ ){{0,3}}{_ASKED_DE}\b[^.!?;]{{0,30}}\b{_ME_DE}\b",
        ),
        ("surface", rf"\b{_B_DE} (will|wollte|wünscht\w*)( sich)?,? (dass )?(ich|wir|mich|uns)\b"),
    ),
    "spoke_before": _cues(
        # "Ich hab Ihren Chef beim letzten Gespräch als sehr angenehm erlebt"
        ("surface", r"\bbeim letzten (gespräch|telefonat|treffen|termin|call)\b"),
        ("surface", r"\b(@you\w*|den|die) (chef|chefin|geschäftsführer\w*) (\w+ ){0,5}erlebt\b"),
        ("surface", rf"\b{_B_DE} (hat|hatte|war)\b[^.!?,;]{{0,40}}\b(mich|mir|uns)\b"),
        (
            "surface",
            rf"\b{_B_DE} (hat|hatte)\b[^.!?,;]{{0,40}}\b(unser\w*|mein\w*)\b[^.!?,;]{{0,30}}"
            r"\b\w*ge\w+(t|en)\b",
        ),
        (
            "surface",
            rf"\b{_B_DE} (schrieb|rief|gab|schickte|zeigte|versprach|sah|traf)\b[^.!?,;]{{0,30}}"
            rf"\b(mich|mir|uns)\b",
        ),
        (
            "surface",
            rf"\b(ich|wir) (hab|habe|haben|hatte|hatten)\b[^.!?,;]{{0,40}}\b{_B_DE}\b[^.!?,;]{{0,40}}"
            r"\b(?!gefunden|gesehen|gelesen|entdeckt|gegoogelt|recherchiert|gehört|erlebt|verfolgt)\w*ge\w+(t|en)\b",
        ),
        ("surface", r"\bmiteinander\b|\bhin und her\b"),
        (
            "surface",
            r"\bwir (haben|hatten)\b[^.!?,;]{0,30}\b(mails?|e-mails?|nachrichten|briefe)\b[^.!?,;]{0,20}"
            r"\b(geschickt|geschrieben|ausgetauscht|gewechselt)\b",
        ),
        (
            "surface",
            rf"\b(ich|wir) (war|waren|bin|sind|hatte|hatten|hab|habe|haben)\b[^.!?,;]{{0,30}}\bmit {_B_DE}\b",
        ),
        (
            "surface",
            r"\b(ich|wir|er)\b[^.!?,;]{0,40}\b(im|in) (austausch|kontakt|verbindung|gespräch)\b",
        ),
        (
            "surface",
            r"\bwie (\w+ )?(besprochen|vereinbart|abgesprochen|angekündigt|versprochen|"
            r"gewünscht|erwähnt|ausgemacht|verabredet)\b",
        ),
    ),
    "expected": _cues(
        # "der Herr Berger wartet seit zehn Minuten auf meinen Anruf"
        ("surface", r"\bwartet\b[^.!?]{0,30}\bauf (meinen|unseren|den) (anruf|rückruf)\b"),
        # "zu dem vereinbarten Telefonat", "hab mit Herrn Berger heute um drei diesen Videocall"
        (
            "surface",
            r"\b(vereinbart|verabredet|abgemacht|ausgemacht)\w* (\w+ )?(telefonat|termin|gespräch|anruf|call|rückruf|videocall|meeting)\b",
        ),
        (
            "surface",
            r"\b(hab|habe|haben|hätte|hatte)\b[^.!?]{0,20}\bmit (herrn?|frau|dr) \w+\b[^.!?]{0,30}\b(call|videocall|termin|telefonat|meeting|besprechung)\b",
        ),
        (
            "surface",
            r"\b(ich bin|wir sind|bin ich|sind wir)\b[^.!?,;]{0,30}\b(eingetragen|eingeplant|"
            r"vorgemerkt|notiert|angemeldet|gebucht)\b",
        ),
        (
            "surface",
            r"\b(bei ihm|sein\w*|ihrem chef) (im )?(\w*kalender|planer)\b|\btermin mit (mir|uns)\b",
        ),
        ("surface", rf"\b{_B_DE}\b[^.!?;]{{0,40}}\bzeit für (mich|uns)\b"),
        ("surface", r"\b(gesagt|erzählt|erwähnt|angekündigt|ausgerichtet),? dass (ich|wir)\b"),
        (
            "surface",
            rf"\b{_B_DE}\b[^.!?;]{{0,30}},? dass (ich|wir)\b[^.!?;]{{0,30}}\b(melde|anrufe|komme|"
            r"vorbeikomme|zurückrufe|durchrufe)\b",
        ),
        (
            "surface",
            r"\b(mich|uns|anruf|gespräch|telefonat)\b[^.!?,;]{0,30}"
            r"\b(eingeplant|vorgemerkt|eingetragen|reserviert|geblockt)\b",
        ),
    ),
    "relationship": _cues(
        # "von der Agentur, die Ihre Social-Media-Kanäle betreut", "wir liefern doch euern Kaffee"
        (
            "surface",
            r"(firma|agentur|kanzlei|druckerei|dienstleister|büro|service)( an)?,? (die|der) @you\w* ([\w-]+ ){0,4}(betreut|macht|wartet|liefert|druckt|erledigt|reinigt|übernimmt|pflegt)\b",
        ),
        (
            "surface",
            r"\bwir (liefern|drucken|machen|betreuen|warten|putzen|reinigen|beraten) (doch |ja |schon )*@you\w* \w+",
        ),
        # "wir machen seit dem Frühjahr die Social-Media-Betreuung für Sie"
        ("surface", r"\bwir \w+ (schon |bereits )?seit\b[^.!?]{0,50}\b(für|bei) @you\b"),
        # "von der IT-Firma, die bei Ihnen die Server betreut", "da wir Sie ja schon seit letztem Sommer beliefern"
        (
            "surface",
            r"(firma|agentur|kanzlei|druckerei|dienstleister|büro|service)( an)?,? (die|der) (bei|für) @you (\w+ ){0,4}(betreut|macht|wartet|liefert|druckt|erledigt|reinigt|übernimmt|pflegt|abrechnet)\b",
        ),
        (
            "surface",
            r"\bwir @you (ja |doch )?(schon |bereits )?(seit [\w ]{1,20} )?(beliefern|betreuen|beraten|bedienen|versorgen)\b",
        ),
        # "Wir putzen doch schon seit letztem Sommer bei Ihnen", "mit Ihnen zusammengearbeitet" (claimed, or denied: "noch nie")
        (
            "surface",
            r"\b(wir|ich) (putzen|liefern|betreuen|warten|drucken|beliefern|reinigen|beraten|beschriften) (\w+ ){0,2}(schon )?seit\b",
        ),
        ("surface", r"\bmit @you (\w+ ){0,2}zusammengearbeitet\b"),
        (
            "surface",
            r"\b(wir sind|ich bin) (die|der|das|@you|sein\w*) [\w-]*(dienstleister|lieferant|anbieter|"
            r"partner|berater|beraterin|agentur|kanzlei|bank|versicherung|druckerei|werbeagentur)\b"
            # "wir sind die Agentur Sprachbrücke" names the caller's own firm
            r"(?!\s*,)(?! (?!(von|vom|für|des|bei)\b)[\w-]+)",
        ),
        (
            "surface",
            rf"\b(@you|{_B_DE})\b[^.!?,;]{{0,30}}\b(kund\w*|mandant\w*|partner\w*) (bei|von) (uns|mir)\b",
        ),
        ("surface", r"\b(sind|ist|bist) (\w+ ){0,3}unser\w* (kund\w*|mandant\w*|partner\w*)\b"),
        (
            "surface",
            r"\b(wir sind|ich bin) (die|der|das) (?!assisten|mitarbeiter|kolleg|vertret|sekretär)"
            r"[\w-]+ (von|vom|des) (herrn? \w+|frau \w+|dr \w+|ihm)\b",
        ),
        (
            "surface",
            rf"\b(arbeite\w*|tätig)\b[^.!?,;]{{0,30}}\bfür {_B_DE}\b"
            # "ich arbeite für Herrn Kühn von Kühn Versicherungsmakler": the VA's own client
            r"(?!\s+(von|vom|bei)\b)(?!,? (@you|er) (hat|führt|leitet|betreibt|ist)\b)"
            # "für Dr. Kaiser, einen Unternehmensberater" (blind set 40): named by his trade
            r"(?![^,.!?;]{0,20}, (einen|eine|einem|einer) )",
        ),
        (
            "surface",
            r"\b(wir|ich) (sind|bin|waren|war)\b(?=[^.!?,;]*\b(zuständig|verantwortlich)\b)"
            r"(?=[^.!?,;]*(@you|\bsein\w*))",
        ),
        (
            "surface",
            r"\b(wir|ich) (kümmer\w*|mach\w*|betreu\w*|liefer\w*|beliefer\w*|wart\w*|pfleg\w*|erledig\w*|"
            r"druck\w*|prüf\w*|host\w*|reinig\w*|versicher\w*|berat\w*|führ\w*|verwalt\w*)\b"
            r"(?=[^.!?,;]*\b(doch|ja|schon|bereits|seit|längst)\b)(?=[^.!?,;]*((?<!wie )\b@you (?!(region|branche|gegend|stadt|nähe|warteschleife|leitung|schleife)\b)\w+|"
            r"\b(die|das|den|der) (schreinerei|praxis|firma|werkstatt|kanzlei|betrieb|unternehmen|büro|"
            r"haus)\b|\b(ihn|ihm|herrn \w+)\b))",
        ),
        (
            "surface",
            r"\b(wir|ich) \w+ (\w+ ){0,3}(seit|schon|bereits|lange|länger|jahren)\b[^.!?,;]{0,30}"
            r"(?<!wie )\b@you (?!(region|branche|gegend|stadt|nähe|warteschleife|leitung|schleife)\b)\w+\s*($|[,.;!?])",
        ),
    ),
    "personal": _cues(
        # "Ist nichts Geschäftliches, eher privat"
        # "… sondern privat" stands after the denial of business ("Es ist nichts Geschäftliches,
        # sondern privat")
        (
            "surface",
            r"\b(nichts|nix) geschäftlich\w*|\beher (privat|persönlich)\b|\bsondern (eher |etwas |"
            r"was |rein )?(privat|persönlich)\w*\b",
        ),
        ("surface", r"\bprivat\w*(sache|angelegenheit)\b|\b(privater|persönlicher) natur\b"),
        # "ich bräuchte Frau Adler kurz privat", "ich müsste ihn mal privat sprechen", "is nix für
        # die Firma"
        (
            "surface",
            r"\b(brauche|bräuchte|müsste)\w* (\w+ ){0,3}(kurz |mal |ganz )?privat\b"
            r"|\b(is|ist) (nix|nichts) für die firma\b",
        ),
    ),
    "referral": _cues(
        # "Ihr Steuerberater, Herr Lang, meinte, Herr Berger könnte Interesse haben"
        (
            "surface",
            r"(?<!kundin )(?<!kunde )(?<!chefin )(?<!chef )\b(meinte|sagte|meint|sagt),? (dass )?(herrn? \w+|frau \w+|er|sie) (könnte|würde|hätte|sei|wäre)\b",
        ),
        ("surface", r"\bkomme über\b|\bden kontakt (hergestellt|vermittelt)\b"),
        ("surface", r"\b(lässt|lassen|soll) (\w+ ){0,2}grüßen\b|\bgrüße (von|vom)\b"),
        (
            "surface",
            r"\b(zusammengebracht|zusammen gebracht|bekannt gemacht|in kontakt gebracht)\b",
        ),
        (
            "surface",
            r"(?<!\bim )\b(durchwahl|nummer|handynummer|kontakt\w*|namen|adresse)\b[^.!?,;]{0,30}\b(von|vom|über) "
            r"(sein\w*|herrn? \w+|frau \w+|dr \w+|(einem|einer|dem|der|@you) (\w+ )?(bekannt\w*|"
            r"kolleg\w*|freund\w*|\w*partner\w*|kund\w*|berater\w*|nachbar\w*))",
        ),
        ("surface", rf"\ban {_B_DE} (verwiesen|weitergeleitet|vermittelt|weitergereicht)\b"),
    ),
    "order": _cues(
        # "bei der Rechnung vom März ist uns ein Zahlendreher passiert"
        (
            "surface",
            r"\b(bei|in|auf|mit|zu) (der|dem|den) (rechnung|lieferung|bestellung|reklamation|sendung) (vom|von|für|über)\b",
        ),
        # "Es geht um die Rechnung vom Februar", "die Lieferung, die noch aussteht", "Herrn Bergers Kaffeebestellung"
        (
            "surface",
            r"\b(es geht um|wegen|bezüglich) (die|der|den|das) (\w+ )?(rechnung|lieferung|bestellung|reklamation|sendung)\b",
        ),
        ("surface", r"\b(herrn?|frau|dr) \w+s \w*(bestellung|lieferung|rechnung|reklamation)\b"),
        (
            "surface",
            # (not a product: "ihm unsere Bestell-App zeigen")
            rf"\b{_B_DE}\b[^.!?;]{{0,30}}\b(unterschreib\w*|unterzeichn\w*|bestell\w*|gekauft|"
            r"kaufen|geordert|beauftragt|angefordert|gebucht)\b(?!-)",
        ),
        (
            "surface",
            r"\b(der|die|den|dem) (bestellung|lieferung|rechnung|reklamation|auftrag\w*) (von|vom) "
            r"(letzte[rnm]?|gestern|vorgestern|montag|dienstag|mittwoch|donnerstag|freitag)\b",
        ),
        (
            "surface",
            r"\bsein\w* (freigabe|unterschrift|zusage|okay|ok|bestätigung|auftrag\w*|bestellung)\b",
        ),
    ),
}
