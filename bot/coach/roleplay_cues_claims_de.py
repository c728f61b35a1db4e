"""False claims in German caller answers, by family (bot/coach/roleplay_claims.py explains how
a claim is read). Patterns run over one normalised sentence: lower-case words, every form of
"Sie"/"du" (and so also "sie"/"ihr" meaning her) written `@you`.

The boss is "er", "ihm", "ihn", "sein…", "Herr/Frau …" or "@you" (for a female boss)."""

from __future__ import annotations

from bot.coach.roleplay_cue_form import cues as _cues

_BOSS = r"(er|ihm|ihn|@you|herrn? \w+|frau (dr\.? )?\w+|dr\.? \w+|der chef|die chefin)"
_TALKED = r"(telefoniert|gesprochen|unterhalten|ausgetauscht|besprochen|getroffen|gemailt|geschrieben|kennengelernt|gesehen(?!,? (dass|wie|was|ob)\b)|begegnet|geredet|geeinigt|verständigt|abgestimmt)"

CLAIMS = {
    # "Wir kennen uns vom Tennis", "ein alter Bekannter", "sagen Sie ihm, der Jonas ist dran"
    "friendship": _cues(
        # "Herrn Berger, den ich noch vom Segeln am Bodensee gut kenne" (blind set 35)
        (
            "surface",
            r"\b(den|die) ich ([\w]+ ){0,6}(gut|bestens|persönlich|lange|ewig|schon) kenne\b",
        ),
        # "i bin a guada Spezl vom Herrn Huber"
        ("surface", r"\bspezl\w*\b"),
        # "eine gute Bekannte aus Köln"
        (
            "surface",
            r"\b(eine?r?|als) (gute[rn]?|alte[rn]?|enge[rn]?) (bekannte[rn]?|freundin|freund)\b",
        ),
        (
            "surface",
            r"(?<!ich )\bweiß,? (worum|wer ich)\b|\bich bin'?s\b(?! (nochmal|noch mal|noch einmal|wieder)\b)"
            # "ich bin's, Tobi, ich mach Telefonakquise" introduces, it does not presume
            r"(?![^.!?]{0,40}(akquise|\bim auftrag|\bich ruf\w* (für|im|wegen)|\bich arbeite für))",
        ),
        (
            "surface",
            r"\b(nachbar(?!schaft|ort|stadt|gemeinde|dorf|land|büro|haus|gebäude|firma|betrieb|unternehmen|firmen)\w*|cousin\w*|verwandt\w*|schwager|schwägerin|bruder|schwester|onkel|tante|neffe|nichte|kommiliton\w*|patenkind|trauzeug\w*|ehemalige\w* kolleg\w*|ex-kolleg\w*)\b(?! heißt (auch|genauso|ebenfalls|zufällig))",
        ),
        (
            "surface",
            r"\b(ich bin|wir sind|bin ich|sind wir) (doch |schon |ja |eigentlich )*(sein\w*|@you) "
            # (not "Wir sind Ihnen noch völlig unbekannt", blind set 43)
            r"(?!(noch |völlig |ganz |komplett |gänzlich )*(unbekannt|fremd)\b)\w+",
        ),
        ("surface", r"\bzusammen (studiert|gearbeitet|gespielt|trainiert|zur schule|gedient)\b"),
        (
            "surface",
            r"\b(der|die) [a-zäöüß]+ und ich\b(?! (mach|arbeit|ruf|telefonier|bin|hab|habe)\w*\b)|"
            r"\bkennt mein\w*\b|\berkennt mich\b",
        ),
        ("surface", r"\b(alte[rnms]?|gute[rnms]?|enge[rnms]?) (bekannte[rn]?|freund\w*)\b"),
        ("surface", r"\b(bekannte[rn]?|\w*freund(in)?) (von|der familie|des hauses)\b"),
        ("surface", r"\bkennen uns\b|\bkennt (mich|uns)\b|\b(ich|wir) kenne[n]? (ihn|@you)\b"),
        ("surface", r"\b(befreundet|duzen uns)\b|\bwir sind ([@\w]+ )?freunde\b"),
        # "wir spielen ja im selben Golfclub …, insofern kennt er mich" (blind set 42)
        (
            "surface",
            r"\bim (selben|gleichen) (golf|tennis|segel|ruder|ski|squash|lions|rotary)?\s?"
            r"(club|klub|verein)\b|\b(kennt (er|@you) mich|(er|@you) kennt mich)\b",
        ),
        # "wir sind übrigens seit der Zeit im Ruderclub per Du" (blind set 40)
        (
            "surface",
            r"\b(wir sind|sind wir|bin ich mit (ihm|ihr|herrn? \w+|frau \w+))\b[^.!?]{0,50}\bper @you\b",
        ),
        ("surface", r"\bvom (stammtisch|tennis|golf\w*|verein|sport\w*|studium|fußball)\b"),
        ("surface", r"\b(aus|seit) der (schul|studien|uni)\w*\b"),
        ("surface", r"\b(der|die) [a-zäöüß]+ ist dran\b"),
        (
            "surface",
            r"\b((er|@you) weiß|weiß (er|@you)) (dann |sofort |schon |gleich )*(bescheid|wer|schon|worum)\b|"
            # "er kennt die Sache" (blind set 41)
            r"\b(er|@you) kennt (die sache|das thema|den vorgang|mein anliegen|unser anliegen)\b",
        ),
        ("surface", r"\bfreut sich\b[^.!?]{0,30}\bvon mir\b"),
    ),
    # "Er hat mich gebeten anzurufen", "er meinte, ich solle mich melden", "auf seinen Wunsch"
    "asked_to_call": _cues(
        # "ein kurzes Kennenlerngespräch, um das Herr Berger selbst gebeten hatte" (blind set 36)
        (
            "surface",
            r"\bum (das|den|die|welche\w*) (herr \w+|frau \w+|er|sie|@you\w* chef\w*) (\w+ )?"
            r"((selbst|persönlich|ausdrücklich) )?gebeten\b",
        ),
        (
            "surface",
            rf"\b{_BOSS} (hat|hatte)\b[^.!?,]{{0,40}}\b(rückruf|anruf|termin|angebot|rückmeldung)\w*\b[^.!?,]{{0,20}}\b(angefragt|angefordert|gewünscht|erbeten|verlangt)\b",
        ),
        (
            "surface",
            r"\b(soll|sollte|solle) mich\b[^.!?]{0,20}\b(wieder|noch ?mal|erneut|zurück)\b",
        ),
        (
            "surface",
            rf"\b{_BOSS} (hat|hatte|wollte|meinte|sagte|bat)\b[^.!?]{{0,15}}\b(dass )?ich\b",
        ),
        (
            "surface",
            r"\b(hat|hatte) (er|@you) (\w+ )?(gesagt|gemeint|gebeten|gewollt)\b|\bich soll\w* (ihn|@you)\b",
        ),
        (
            "surface",
            rf"\b(nachricht|mail|e-mail|anruf|einladung|anfrage|bitte) (von|vom) {_BOSS}"
            # "Anruf von Frau Çelik für die Firma SafeFire": the caller names herself
            r"(?![^.!?]{0,30}\bfür (die|den|das) (firma|agentur|kanzlei|praxis)\b)",
        ),
        ("surface", r"\b(aufgefordert|ausdrücklich)\b"),
        (
            "surface",
            rf"\b{_BOSS}\b[^.!?]{{0,30}}\b(bat|bittet|gebeten)\b[^.!?]{{0,40}}\b(anzurufen|anruf|rückruf|melden|zurückzurufen)\w*\b",
        ),
        (
            "surface",
            rf"\b{_BOSS}\b[^.!?]{{0,40}}\b(anruf|rückruf)\w*\b[^.!?]{{0,20}}\b(bat|bittet|gebeten)\b",
        ),
        (
            "surface",
            r"\b(sagte|meinte|wollte|gesagt|gemeint|gebeten)\b[^.!?]{0,20}\b(ich|dass ich) ([@\w]+ ){0,5}(soll\w*|melde|anrufe|durchklingle)\b",
        ),
        ("surface", r"\bich soll\w* mich\b[^.!?]{0,40}\bbei (ihm|@you)\b"),
        # "Herr Berger hatte angeregt, dass wir …", "wegen des Rückrufs, den der Tom haben wollte"
        (
            "surface",
            rf"\b{_BOSS} (hat|hatte) (\w+ ){{0,2}}(angeregt|vorgeschlagen|gewünscht|veranlasst)\b",
        ),
        (
            "surface",
            r"\b(rückruf|anruf|termin)\w*,? (den|um den) ([@\w]+ ){0,3}(haben wollte|wollte|wünschte|"
            r"erbeten hat|angefragt hat)\b",
        ),
        ("surface", r"\bauf (sein\w*|@you) (wunsch|bitte|anregung|einladung)\b"),
        ("surface", r"\bauf ([@\w]+ )?(wunsch|bitte|anregung|einladung) (von|des|der)\b"),
        ("surface", r"\bhat mi(ch|r) ([@\w]+ ){0,3}(gebeten|aufgetragen|angewiesen|eingeladen)\b"),
        (
            "surface",
            r"\b(bat|bittet|wünscht\w*|wollte) ([@\w]+ )?(um )?(einen|meinen|den) (anruf|rückruf)\b",
        ),
    ),
    # "Wir haben letzte Woche telefoniert", "unser Gespräch vom Dienstag", "daran anknüpfen"
    "spoke_before": _cues(
        # "das Thema, das ich mit Herrn Engel schon angesprochen hatte"
        (
            "surface",
            r"\bmit (herrn?|frau|dr) \w+ (\w+ ){0,5}(angesprochen|besprochen|abgesprochen|vereinbart)\b",
        ),
        # "mit dem ich vorhin gesprochen habe", "das hab ich Ihnen letzte Woche schon erklärt"
        (
            "surface",
            r"\b(mit dem|mit der|mit denen) ich (\w+ ){0,3}(gesprochen|telefoniert|gemailt)\b",
        ),
        (
            "surface",
            r"\b(letzte woche|gestern|neulich|vorhin|vorgestern) (\w+ ){0,3}(erklärt|geschildert|durchgegeben)\b",
        ),
        ("surface", r"\b(hatte|hatten)\b ([@\w]+ ){0,7}(gespräch|telefonat|austausch|treffen)\b"),
        ("surface", r"\bvon (uns|mir) gehört\b"),
        (
            "surface",
            rf"\b{_BOSS} (hat|hatte)\b[^.!?,]{{0,40}}\b(mich|mir|uns)\b[^.!?,]{{0,40}}\b(gegeben|gezeigt|geschickt|erteilt|überreicht)\b",
        ),
        (
            "surface",
            rf"\b{_BOSS} (hat|hatte)\b[^.!?,]{{0,40}}\b(mich|mir|uns|unser\w*)\b[^.!?,]{{0,40}}\b(gesehen|angeschaut|angesehen|gelesen|bekommen|erhalten|geschrieben|gesagt|versprochen|zugesagt)\b",
        ),
        (
            "surface",
            rf"\bwir\b[^.!?]{{0,40}}\b{_TALKED} (haben|hatten)\b|\b(so|wie|alles|schon) ([@\w]+ )?(besprochen|abgemacht|geklärt)\b",
        ),
        (
            "surface",
            r"\b(ich war|wir waren)\b[^.!?]{0,30}\bbei (ihm|@you)\b|\bmiteinander zu tun\b|\bzu tun gehabt\b",
        ),
        # (not a thing seen: "wir haben das Bauschild vor Ihrem Gebäude gesehen", blind set 36)
        (
            "surface",
            rf"\bwir (haben|hatten)\b(?! (das|den|die|@you\w*|eine?n?) \w+ [^.!?]{{0,20}}gesehen)"
            rf"[^.!?]{{0,40}}\b{_TALKED}\b",
        ),
        ("surface", rf"\bmit {_BOSS}\b[^.!?]{{0,60}}\b{_TALKED}\b"),
        ("surface", rf"\b(uns|mich) ([@\w]+ ){{0,4}}{_TALKED}\b"),
        (
            "surface",
            # (not "einen gemeinsamen Kontakt auf LinkedIn", blind set 43)
            r"\b(hatte|hatten|habe|haben)\b ([@\w]+ ){0,4}(gespräch|telefonat|austausch|"
            r"(?<!gemeinsamen )kontakt|treffen)\b|"
            # "Ich hatte vorgestern schon ein Zoom-Meeting mit Herrn Berger"
            r"\b(hatte|hatten)\b ([@\w]+ ){0,3}[\w-]*(meeting|call|gespräch|telefonat) mit\b",
        ),
        (
            "surface",
            r"\bunser\w* (letzte\w* )?(gespräch(e|s)?|telefonat(e|s)?|treffen|austausch(es)?|termin(e|s)?|mails?)\b",
        ),
        # "Nach unserem ersten Austausch per Videocall" (blind set 33), not "das wäre unser
        # erstes Gespräch"
        (
            "surface",
            r"\b(nach|seit|in|bei|aus|wie in) unser\w* (erste\w* |kurze\w* )(gespräch|telefonat|treffen|"
            r"austausch|call|videocall|meeting|termin)\w*\b",
        ),
        ("surface", r"\b(standen|stehen|sind|waren) ([@\w]+ ){0,5}in kontakt\b"),
        # "Anknüpfend an das Gespräch, das Herr Berger und Herr Seidel im März hatten" (blind set 34)
        ("surface", r"\b(anknüpf\w*|nachhaken|nachfassen)\b"),
        (
            "surface",
            r"\b(ihm|herrn \w+) ([@\w]+ ){0,3}(geschickt|gemailt|gesendet|zugeschickt|geschrieben)\b",
        ),
        (
            "surface",
            r"\b(angebot|unterlagen|infos?|mail) ([@\w]+ )?(geschickt|gesendet|bekommen|erhalten)\b",
        ),
        ("surface", r"\bdie sache (von|vom) \w+\b"),
    ),
    # "Ich rufe zurück", "er hat mir auf die Mailbox gesprochen", "auf seine Nachricht"
    "returning_call": _cues(
        # "wegen der Anfrage zurück, die Herr Berger uns am Freitag hinterlassen hat" (blind set 37)
        (
            "surface",
            r"\b(anfrage|nachricht|mail|e-mail)\w*( zurück)?,? die (herr \w+|frau \w+|er|sie) (uns|mir) "
            r"[^.!?]{0,30}\b(hinterlassen|geschickt|geschrieben|geschickt)\b",
        ),
        # "weil Frau Adler heute früh bei uns angerufen hatte"
        (
            "surface",
            r"\b(er|sie|herrn? \w+|frau (dr\.? )?\w+|@you) (\w+ ){0,3}bei (uns|mir) angerufen\b",
        ),
        # "den Rückruf, um den Frau Dr. Hartmann gebeten hat"
        ("surface", r"\brückruf,? um den (\w+ ){0,5}gebeten\b"),
        # "Rückruf für Frau Gerlach", "ich soll Herrn Ahrens zurückrufen", "versuche, Herrn Franke zurückzurufen"
        ("surface", r"\brückruf für (herrn?|frau|dr) \w+"),
        ("surface", r"\bich (soll|sollte|möchte|wollte|will) (\w+ ){0,3}zurückrufen\b"),
        ("surface", r"\b(ihn|ihm|herrn? \w+|frau \w+|dr \w+) zurückzurufen\b"),
        # "Auf meinem Zettel steht: Rückruf an Frau Engel"
        ("surface", r"\brückruf an (herrn?|frau|dr) \w+"),
        # "seine Bitte um Rückruf erhalten", "die Rückrufbitte"
        ("surface", r"\b(sein\w*|ihr\w*|@you\w*|die) (bitte um rückruf|rückrufbitte)\b"),
        (
            "surface",
            r"\b(er|@you) (hat|hatte) mich (doch )?(angerufen|kontaktiert|angeschrieben)\b",
        ),
        (
            "surface",
            r"\b(ist|als) (ein |der )?r(ü|ue)ckruf\b|\bruf\w* (ihn |sie |@you |herrn \w+ |frau \w+ )?(wie (erbeten|gewünscht|gebeten|besprochen|"
            r"vereinbart|versprochen) )?zurück\b",
        ),
        ("surface", r"\bmelde\w* mich ([@\w]+ )?zurück\b"),
        (
            "surface",
            r"(?<!nur der )(?<!nur die )(?<!lief der )(?<!kam der )(?<!kam die )(?<!auf die )"
            r"(?<!auf den )\b(mailbox|anrufbeantworter)\b|\bverpasst\w* anruf\w*\b",
        ),
        ("surface", r"\bauf (sein\w*|@you) (nachricht|mail|e-mail|anfrage|anruf)\b"),
        ("surface", r"\b(hat|hatte) (mich|mir) ([@\w]+ ){0,3}(angerufen|versucht|geschrieben)\b"),
        ("surface", r"\bversucht,? mich zu erreichen\b"),
        # "und sehe, dass Herr Berger mich vorhin angerufen hat" (blind set 39)
        (
            "surface",
            r"\bdass (er|@you|herrn? \w+|frau (dr )?\w+) (mich|uns) (\w+ ){0,3}(angerufen|kontaktiert|"
            r"angeschrieben|zu erreichen versucht)\b",
        ),
        # "der Tom hat's heut in der Früh bei mir probiert"
        (
            "surface",
            r"\b(hat|hatte)('s| es)?\b[^.!?,]{0,40}\bbei (mir|uns) (\w+ )?(probiert|versucht|angerufen|"
            r"durchgeklingelt)\b",
        ),
        # "wegen Herrn Bergers Anruf von heute Morgen", "wegen des Anrufs von Herrn Berger"
        (
            "surface",
            r"(?<!auf )(?<!über )(?<!um )\b(sein\w*|herrn \w+s|frau \w+s|dr \w+s) "
            r"(\w+ )?anruf(s|es)?\b|\b(des|dem|den) anruf\w* (von|vom) (herrn|frau|dr|ihm)\b",
        ),
    ),
    # "Wir arbeiten seit Jahren zusammen", "wir sind Ihr Lieferant", "unser bestehender Vertrag"
    "relationship": _cues(
        # "Wir wickeln bereits einen Teil Ihrer Transporte ab", "Wir arbeiten ja bereits an Ihrem
        # Internetauftritt mit" (blind sets 42 and 43)
        (
            "surface",
            r"\bwir (wickeln|übernehmen|betreuen|erledigen|liefern|arbeiten|machen) ((ja|doch) )?"
            r"(bereits|schon) [^.!?,]{0,30}\b@you\w*",
        ),
        # "da Ihre Firma ja schon unseren Nachtservice nutzt" (twin of blind set 41)
        (
            "surface",
            r"\b@you\w*( (firma|unternehmen|team|büro|haus|betrieb))? ((ja|doch|schon|bereits) )*"
            r"unser\w* ([\w-]+ ){1,2}(nutzt|nutzen|verwendet|verwenden|bezieht|beziehen|bucht|buchen)\b",
        ),
        # "die Lohnabrechnung, die wir für Ihre Firma machen", "den Wartungsvertrag, den wir für
        # Ihr Team betreuen" (the twin of blind set 30's "the support contract we run for your team")
        (
            "surface",
            r"\b(die|den|das|der|unser\w*) [\w-]*(vertrag|wartung|betreuung|service|support|abrechnung|"
            r"buchhaltung|reinigung|lieferung|pflege|beratung)\w*( an)?,? (die|den|das|der) wir (für|bei) "
            r"(@you\w*|ihn|euch|eu\w*) (\w+ ){0,3}(machen|betreuen|erledigen|liefern|übernehmen|führen|"
            r"abwickeln|durchführen|erbringen)\b",
        ),
        # "Ich rufe von Ihrem Lieferanten für Verpackungsmaterial an"
        (
            "surface",
            r"\b(von|vom|bei) @you\w* (\w+ )?(lieferant|zulieferer|dienstleister|partner|agentur|druckerei|steuerberat|kanzlei|hausbank|reinigung)\w*\b",
        ),
        # "Weber IT, Ihrem langjährigen IT-Dienstleister", "Nord Logistik, Ihr Zulieferer seit 2019"
        # (not a slogan: "Kessler Druck, Ihr Druckdienstleister in Köln")
        (
            "surface",
            r",\s*@you\w* (langjährig|bisherig|bewährt|treu|fest|aktuell|jetzig|zuständig|"
            r"vertraut|altbewährt|alt)\w* [\w-]*(dienstleister|lieferant|zulieferer)\w*\b|"
            r",\s*@you\w* [\w-]*(dienstleister|lieferant|zulieferer)\w* seit\b",
        ),
        # "wir beziehen ja unser Verbrauchsmaterial bei Ihnen", "Herrn Öztürk, Ihrem Steuerberater"
        (
            "surface",
            r"\bwir (beziehen|kaufen|bestellen|ordern) (ja |doch |schon |seit \w+ )*(\w+ ){0,3}bei @you\b",
        ),
        (
            "surface",
            r"\b(herrn?|frau|dr) \w+,? @you\w* (steuerberater\w*|anwalt|anwältin|berater\w*|makler\w*|lieferant\w*|dienstleister\w*|vermieter\w*)\b",
        ),
        (
            "surface",
            r"\b@you \w+ (wartet|warten|betreut|betreuen|beliefert|beliefern|reinigt|reinigen|versichert|versichern|prüft|prüfen|hostet|hosten|liefert|liefern)\b",
        ),
        (
            "surface",
            r"\bwir (liefern|betreuen|beliefern|warten|beraten|versichern|reinigen|drucken|machen) (@you|ihm)\b",
        ),
        (
            "surface",
            r"\b(arbeiten|arbeite|arbeitet)\b ([@\w]+ ){0,4}(zusammen|mit @you|für @you)\b",
        ),
        (
            "surface",
            r"\b(wir sind|ich bin|sind wir|bin ich) ((?!(ein|eine|einer|kein|keine|keiner|für)\b)[@\w]+ ){0,2}(lieferant\w*|zulieferer\w*|kunde|kundin|kunden|stammkund\w*|partner\w*|dienstleister\w*|hausbank)\b",
        ),
        (
            "surface",
            r"\b(bestehend\w*|laufend\w*|aktuell\w*|unser\w*) (vertrag\w*|projekt(?!tag|woche)\w*|zusammenarbeit|kooperation|kundenbeziehung|rahmenvertrag)\b",
        ),
        (
            "surface",
            r"\b(betreu\w*|beliefer\w*|berat\w*|warten|unterstütz\w*|begleit\w*) @you\b[^.!?]{0,30}\b(schon|"
            r"seit|bereits|länger)\b",
        ),
        (
            "surface",
            r"\b(schon|bereits|seit)\b[^.!?]{0,30}((kunde|kundin|kunden|lieferant(en)?|partner(in)?|"
            r"patient(in)?|mandant(in)?|stammgast|mitglied)\b|zusammen)",
        ),
    ),
    # "Er erwartet meinen Anruf", "ich bin angekündigt", "wir sind für elf Uhr verabredet"
    "expected": _cues(
        # the twin of blind set 35's "our scheduled chat with Ms Novak"
        (
            "surface",
            r"\b(unser\w*|mein\w*) (geplant|vereinbart|verabredet|angesetzt|gebucht)\w* "
            r"(\w+ )?(gespräch|telefonat|termin|call|austausch)\w* mit\b",
        ),
        # "dass ihr Zehn-Uhr-Termin in der Leitung ist"
        ("surface", r"\b(sein\w*|@you\w*) [\w-]*uhr-termin\b"),
        # "ob der Termin bei Frau Hartmann noch steht"
        (
            "surface",
            r"\b(der|unser|den|dem) termin (bei|mit) (herrn?|frau|dr) \w+ (\w+ )?(noch )?(steht|stattfindet|bestätigt|klappt)\b",
        ),
        (
            "surface",
            r"\b(er|@you) wollte\b[^.!?]{0,30}\b(bescheid|rückmeldung|melden|zurückrufen)\b",
        ),
        (
            "surface",
            r"\berwarte\w*\b[^.!?]{0,20}\b(mich|uns|mein\w*|anruf)\b|\b(mich|uns|anruf) (schon |bereits )?erwartet\b",
        ),
        (
            "surface",
            r"\bweiß,? dass (ich|wir)\b|\brechnet ([@\w]+ ){0,2}mit (mir|uns|unser\w*|mein\w*)\b",
        ),
        (
            "surface",
            r"\b(angekündigt|angemeldet|verabredet|vereinbart|abgesprochen|ausgemacht|eingeplant)\b",
        ),
        ("surface", r"\b(fest\w*|telefon\w*) termin\b|\btermin um\b"),
        (
            "surface",
            r"\b(telefon)?termin (mit (ihm|@you|herrn|frau|dr)|um \d|für \d)\w*|\b(habe|haben|hatte|hatten) ([@\w]+ ){0,3}(telefon)?termin\b",
        ),
        ("surface", r"\bwartet ([@\w]+ ){0,2}auf (mich|uns|mein\w*)\b"),
        # "ich bin für halb elf bei Herrn Berger eingetragen"
        (
            "surface",
            r"\b(bin|sind) ([@\w]+ ){0,4}bei (ihm|herrn? \w+|frau \w+|dr \w+) (fest )?(eingetragen|"
            r"eingeplant|angemeldet|vorgemerkt|notiert)\b",
        ),
        # "Müsste bei Ihnen im Kalender stehen: …"
        (
            "surface",
            r"\b(im|in sein\w*|in @you\w*) (termin)?kalender\b|\bmüsste\b[^.!?]{0,30}\b(stehen|"
            r"eingetragen|notiert|vermerkt)\b",
        ),
        ("surface", r"\b(er|@you) weiß ([@\w]+ )?(davon|bescheid)\b"),
        # "unser Abstimmungsgespräch mit dem Marketingleiter", "unser Termin mit Herrn Berger"
        (
            "surface",
            r"\bunser\w* (\w+ )?(\w*gespräch|\w*termin|telefonat|call|meeting|treffen|abstimmung)\w* "
            r"(mit|bei) (ihm|@you|herrn?|frau|dr|de[mn] )",
        ),
    ),
    # "Es ist privat", "eine persönliche Angelegenheit", "zwischen ihm und mir"
    "personal": _cues(
        # "es geht um ihre Tochter" (ihre reads as @you)
        (
            "surface",
            r"\b(es geht|geht es|dreht sich) (um|wegen) (@you\w*) (tochter|sohn|frau|mann|familie|vater|mutter|gesundheit|kinder|ehe)\b",
        ),
        # "es ist eine Familiensache"
        ("surface", r"\b(familiensache|familienangelegenheit|privatsache|privatangelegenheit)\b"),
        # "Es geht um seine Tochter"
        (
            "surface",
            r"\b(es geht|geht es|dreht sich) (um|wegen) (sein\w*|ihr\w*) (tochter|sohn|frau|mann|familie|vater|mutter|gesundheit|kinder|ehe)\b",
        ),
        ("surface", r"\bes (is|ist) (was |etwas )?privat\w*\b"),
        # "heute rufe ich rein privat an" (blind set 31)
        (
            "surface",
            r"\b(rufe|ruf|melde) (ich )?(mich )?(heute |diesmal |jetzt )?(rein|ganz|eher|quasi) "
            r"privat\b",
        ),
        (
            "surface",
            r"\b(ist|sei) ([@\w]+ ){0,2}(privat|persönlich)\b|\b(etwas|was) (privates|persönliches)\b",
        ),
        ("surface", r"\b(familienangelegenheit|familiäre\w*)\b|\bzwischen (ihm|@you) und mir\b"),
        (
            "surface",
            r"\b(privat\w*|persönliche\w*) (angelegenheit|sache|thema|gründe?n?|anliegen|gespräch|anruf|"
            r"telefonat)\b",
        ),
    ),
    # "Ich komme auf Empfehlung von …", "Ihr Steuerberater hat mir geraten, mich zu melden"
    "referral": _cues(
        # the twin of blind set 35's "put us onto Mr Berger"
        (
            "surface",
            r"\b(hat|haben) (uns|mich) auf (ihn|herrn? \w+|frau \w+) (gebracht|aufmerksam)\b",
        ),
        # "Die IHK hat uns Herrn Sommer als Ansprechpartner genannt"
        (
            "surface",
            r"\bhat (uns|mir) (\w+ ){0,3}als ansprechpartner\w* (genannt|empfohlen|gegeben)\b",
        ),
        (
            "surface",
            r"\b(schlug|hat) (\w+ ){0,2}(diesen |den )?anruf vorgeschlagen\b|\bschlug (\w+ ){0,2}anruf vor\b",
        ),
        ("surface", r"\b(zu|an) (ihm|@you) geschickt\b|\bauf (ihn|@you) berufen\b"),
        ("surface", r"\bsein\w* (nummer|durchwahl|kontakt\w*|namen) (\w+ )?(von|vom)\b"),
        (
            "surface",
            # (the present "vermittelt Fachkräfte" is a trade, not a referral)
            r"\bempfehlung (von|des|der|eines|einer)\b|\b(empfohlen|weiterempfohlen|verwiesen)\b|"
            r"\b(hat|hatte|haben|hatten|wurde|wurden|worden)\b[^.!?]{0,60}\bvermittelt\b",
        ),
        ("surface", r"\bans herz gelegt\b|\bhat mi(r|ch) ([@\w]+ ){0,3}(geraten|vorgeschlagen)\b"),
        (
            "surface",
            r"\b(durchwahl|nummer|namen|kontakt) ([@\w]+ ){0,3}(gegeben|genannt|weitergegeben)\b",
        ),
    ),
    # "Es geht um seine Bestellung", "er hat unser Angebot schon angenommen"
    "order": _cues(
        # "Für die von Herrn Berger beauftragte Wartung der Klimaanlage" (blind set 35)
        (
            "surface",
            r"\b(von|vom) (ihm|herrn? (dr\.? )?\w+|frau (dr\.? )?\w+|@you\w* chef\w*) (beauftragt|"
            r"bestellt|gebucht|angefragt|angeforderte?)\w*\b",
        ),
        # "eine Bestellung von ihm" (blind set 31; not "im Auftrag von Frau Lehmann")
        (
            "surface",
            r"\b(bestellung|lieferung|(?<!\bim )auftrag) (von|vom) (ihm|herrn? \w+|frau \w+)\b",
        ),
        (
            "surface",
            rf"\b{_BOSS} (hat|hatte)\b[^.!?,]{{0,40}}\b(mich|mir|uns|unser\w*)\b[^.!?,]{{0,40}}\b(getestet|ausprobiert|genutzt|benutzt|gekauft|bestellt|installiert)\b",
        ),
        # (not what the caller's firm sells: "wir liefern Ersatzteile für Verpackungsmaschinen")
        (
            "surface",
            r"(?<!liefern )(?<!verkaufen )(?<!vertreiben )(?<!bieten )(?<!führen )(?<!produzieren )"
            r"\b(ware|paket|sendung|lieferadresse|kaufvertrag|ersatzteile?)\b",
        ),
        (
            "surface",
            r"\b(sein\w*|@you|die offene|die letzte|der letzten|die neue) (bestellung|lieferung|rechnung|reklamation|nachbestellung|beschwerde|rücksendung|reparatur|garantie\w*|vertragsverlängerung|kündigung)\b",
        ),
        # (not the caller's own brief: "ich hab den Auftrag, Firmen aus dem Maschinenbau anzusprechen")
        (
            "surface",
            r"(?<!\bhab )(?<!\bhabe )(?<!\bhat )(?<!\bhaben )(?<!\bhatte )\b(sein\w*|des|dem|vom|den) auftrag\w*\b",
        ),
        # "zur Rechnung vom Marketingchef", "die Bestellung von Herrn Berger"
        (
            "surface",
            r"\b(rechnung|bestellung|lieferung|reklamation|gutschrift)\w* (vom|von (herrn?|frau|dr|"
            r"ihm)|des|der) (\w+ )?(herrn?|frau|chef\w*|geschäftsführ\w*|\w*leiter\w*|\w*chef\w*|"
            r"inhaber\w*)\b",
        ),
        (
            "surface",
            r"\b(bestellt|geordert|gekauft|angenommen|unterschrieben|zugesagt) (hat|hatte)\b|\b(hat|hatte|@you haben|@you hatten)\b[^.!?,]{0,40}\b(bestellt|geordert|gekauft|angenommen|unterschrieben|zugesagt)\b",
        ),
        (
            "surface",
            r"\b(vorführung|demo|präsentation|testversion) ([@\w]+ ){0,2}(gesehen|angesehen|getestet)\b",
        ),
        ("surface", r"\b(mir|uns) ([@\w]+ ){0,2}(rückmeldung|bescheid) geben\b"),
    ),
}

# A clause with one of these denies the claim it names ("er kennt uns noch nicht").
NEGATION = _cues(
    (
        "surface",
        r"\b(nicht|nichts(?! an\b)|kein\w*|nie|niemals|weder|noch nie|ned|net|nid|nich|ni|nit|nöd|niemand|keiner)\b|"
        r"\b(zum ersten mal|das erste mal|erstmals|ohne dass)\b",
    )
)[0][1]
# A clause with one of these only wishes or asks ("ich würde gern einen Termin vereinbaren").
WISH = _cues(
    (
        "surface",
        # "einen Termin mit Herrn Kerner zu vereinbaren": an appointment still to be made
        r"\b(würde|würden|möchte|möchten|gern|gerne|könnte|könnten|ob|hätte|hoffe|gehofft|"
        r"zu vereinbaren|auszumachen|zu bekommen|zu finden)\b",
    )
)[0][1]
