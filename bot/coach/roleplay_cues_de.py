"""The practice judge's cues for German answers (bot/coach/roleplay_cues.py explains the form)."""

from __future__ import annotations

from bot.coach.roleplay_cue_form import Cue
from bot.coach.roleplay_cue_form import cues as _cues

CUES: dict[str, tuple[Cue, ...]] = {
    "evasive": _cues(
        ("surface", r"\blieber (direkt|persönlich)\b"),
        ("surface", r"\bgeschäftliche\w* (angelegenheit|sache)\b"),
        ("surface", r"\b(kompliziert|zu weit führen)\b"),
        ("surface", r"\bes ist (wichtig|dringend)\b"),
        (
            "surface",
            r"^es geht um (eine )?(kooperation|zusammenarbeit|ein projekt|ein thema)\b",
        ),
        ("surface", r"\bwegen einer empfehlung\b"),
        ("surface", r"\bgeht @you nichts an\b"),
        ("surface", r"\b(den|die) (chef|chefin|geschäftsführung) sprechen\b"),
        ("surface", r"\bentscheider(in)?\b"),
        ("surface", r"\bverstehen? @you (doch |eh |sowieso )?(nicht|sowieso nicht)\b"),
        ("surface", r"\bnur (fünf|zwei|5|2) minuten\b"),
        ("surface", r"(?<!nicht )\b(privat|persönliche angelegenheit)\b"),
        ("surface", r"\bsag\w* (@you )?ihm einfach\b"),
        ("surface", r"\bweiß (genau|schon),? worum es geht\b"),
        ("surface", r"\bkeine zeit für @you\b"),
        ("surface", r"\b(vertraulich|unter uns)\b"),
        ("surface", r"\blieber (ihm|ihr|dem chef)? ?(selbst|selber|persönlich)\b"),
        ("surface", r"\bnur kurz (was|etwas) (klären|besprechen|fragen)\b"),
        (
            "surface",
            r"\bist (der|die) (chef|chefin|inhaber\w*|geschäftsführer\w*) (da|im haus|zu sprechen)\b",
        ),
    ),
    "put_through": _cues(
        ("lemmas", r"\b(durchstellen|verbinden|weiterleiten)\b"),
        ("lemmas", r"\bstellen\b[^.!?]{0,30}\bdurch\b"),
    ),
    "rude": _cues(
        ("surface", r"\bgeht @you nichts an\b"),
        ("surface", r"\bkeine zeit für @you\b"),
        ("surface", r"\bich will\b[^.!?]{0,20}\bsprechen\b"),
        (
            "surface",
            r"\b(mein gott|meine güte|jetzt stell\w* @you sich|stell dich nicht so an)\b",
        ),
        ("surface", r"\bnicht so an\b"),
        ("surface", r"\bverstehen? @you (doch |eh )?(sowieso |eh )?nicht\b"),
        ("surface", r"\b(verstehst|versteht) @you (doch |eh )?(sowieso |eh )?nicht\b"),
        # "Sind Sie immer so hilfsbereit?" (blind set 42), "wenn am Ende Ihr Name fällt", "Sie haben
        # zwei Minuten, dann will ich ihn am Apparat haben" (blind set 43)
        (
            "surface",
            r"\bsind @you immer so (hilfsbereit|freundlich|nett|entgegenkommend|zuvorkommend)\b|"
            r"\b@you\w* name fällt\b|\b@you haben (zwei|drei|fünf|zehn|\d+) minuten\b",
        ),
        # "dass Sie am Empfang die technischen Details ohnehin nicht verstehen" (blind set 40)
        (
            "surface",
            r"\bdass @you\b[^.!?]{0,50}\b(ohnehin|sowieso|eh|doch) (nicht|kaum) "
            r"(verstehen|verstehst|beurteilen|einschätzen|nachvollziehen)\b",
        ),
        ("surface", r"\bnicht zu viel verlangt\b"),
        (
            "surface",
            r"\bsind @you (die|der) entscheider(in)?\b|\bbist @you (die|der) entscheider(in)?\b",
        ),
        # (not on her own initiative: "ich rufe von mir aus an", blind set 28)
        (
            "surface",
            r"\b(egal|wie auch immer|(?<!\brufe )(?<!\bmelde mich )(?<!\bunverbindlich )(?<!\bganz )von mir aus(?! an\b))\b",
        ),
        ("surface", r"\b(fragerei|verhör)\b"),
        (
            "surface",
            r"\b(doch )?nur (die|der|eine|ein) (sekretär\w*|empfangsdame|telefonist\w*|assistent\w*)\b",
        ),
    ),
    # pressure and condescension that are not in the list above
    "rude_pressure": _cues(
        (
            "surface",
            r"\b(diskutiere|bespreche|rede)\b[^.!?]{0,20}\bnicht mit (dem empfang|der zentrale|@you)\b",
        ),
        ("surface", r"\bnicht irgendwer\b|\b(zu blöd|blöd|dämlich|bescheuert|nervt|nervig)\b"),
        ("surface", r"\bnicht ewig zeit\b|\bdafür sind @you (doch )?da\b"),
        (
            "surface",
            r"\bich will (den|die) (chef\w*|inhaber\w*|geschäftsführ\w*)\b|\bna (toll|super|prima)\b",
        ),
        ("surface", r"\b(alles besser weiß|besserwisser\w*|rede nicht mit @you|neugierig)\b"),
        (
            "surface",
            r"(?<!wäre es )(?<!ist es )\b(lächerlich|unverschämt|frechheit|unfassbar|nervig)\b",
        ),
        (
            "surface",
            r"\bsind @you (der|die) (chef\w*|inhaber\w*|entscheider\w*)\b|\bwie oft (soll|muss) ich\b",
        ),
        ("surface", r"\b(abwimmeln|abgewimmelt|ausfragen|auszufragen|ausgefragt|löchern)\b"),
        ("surface", r"\bhalte\w* (@you )?mich (\w+ )?auf\b|\bbeschwer\w*\b|\bentscheide ich\b"),
        (
            "surface",
            r"(^|[.!?] )(durchstellen|verbinden|weiterleiten)[.!]|\b(sofort|und zwar jetzt)\b",
        ),
        ("surface", r"\bkönnen @you überhaupt\b|\bmeine sorge\b|\bwas soll das\b"),
        ("surface", r"\b(verschwende\w*|stehl\w*) (@you )?meine zeit\b|\b(theater|zirkus)\b"),
        (
            "surface",
            r"\bmach\w* (@you )?(doch )?(einfach |mal )?@you (job|arbeit)\b|\bso schwer ist das\b",
        ),
        ("surface", r"\bist das umständlich\b|\bumständlich bei @you\b"),
        # "Ich rufe so lange an, bis er rangeht" (blind set 33), "nicht die Person, die ich
        # brauche", "über Ihrer Gehaltsstufe"
        (
            "surface",
            r"\bso lange an,? bis\b|\bnicht (die|der) (person|mensch|ansprechpartner\w*),? "
            r"(die|den) ich brauche\b|\bgehalts(stufe|klasse|gruppe)\b",
        ),
    ),
    "pushy": _cues(
        (
            "surface",
            r"\beinfach\b[^.!?]{0,25}\b(durch|verbind\w*|weiter\w*)\b|\bverbind\w* [^.!?]{0,15}einfach\b",
        ),
        ("surface", r"\b(verbind\w*|stell\w*) (@you )?mich (jetzt|sofort|endlich)\b"),
    ),
    "polite": _cues(
        ("surface", r"\b(guten (tag|morgen|abend)|hallo|grüß gott|moin|servus)\b"),
        ("surface", r"\b(bitte|danke|dank|dankeschön)\b"),
        ("surface", r"\b(schönen tag|schöne woche|einen guten)\b"),
        (
            "surface",
            r"\b(ich schätze|schätze,? dass @you|entschuldig\w* die störung|wenn ich fragen darf|darf ich fragen)\b",
        ),
        ("surface", r"\b(gute frage|das ist nett|sehr nett|freundlich von)\b"),
    ),
    "asks_contact": _cues(
        (
            "lemmas",
            r"\bwer\b[^.!?]{0,50}\b(zuständig|verantwortlich|kümmern|richtig|ansprechpartner\w*)\b",
        ),
        ("surface", r"\bmit wem (spreche|rede)\b"),
        ("surface", r"\bwie (heißen|heißt) @you\b|\b@you(r)? name\b"),
        ("surface", r"\bwann (erreiche|erreicht|passt|ist er|ist sie|kann ich)\b"),
        ("surface", r"\ban wen\b[^.!?]{0,15}\b(darf|kann|soll|sollte|richte|schicke)\b"),
        ("surface", r"\b(die|der) richtige\b[^.!?]*\?"),
        ("surface", r"\bansprechpartner\w*\b[^.!?]*\?"),
        ("surface", r"\bwer\b[^.!?]{0,60}\?"),
        ("surface", r"\b(fragen|wissen),? wer\b"),
        ("surface", r"\bwann (ist|wäre|sind) (er|sie|herr|frau)\b[^.!]*\?"),
        (
            "surface",
            r"\b(beste|günstigste|passende) zeit\b[^.!]*\?|\bam besten (erreich|anruf)\w*[^.!]*\?",
        ),
    ),
    "identity": _cues(
        (
            "surface",
            r"\bich bin für\b|\b(akquise|vertrieb|terminvereinbarung|kundengewinnung) für\b",
        ),
        (
            "surface",
            r"(?<!ist )(?<!sehr )(?<!so )(?<!zu )(?<!bin )(?<!sind )\b\w+ hier (von|vom|für|bei)\b",
        ),
        ("surface", r"^\W*(für|im auftrag von) (der |die |den |das )?\w+"),
        ("surface", r"\bvereinbare\w* (\w+ ){0,2}für\b"),
        ("surface", r"\bich bin (der |die )?\w+ (von|vom|bei)\b"),
        # a full name: "Ich bin Simon Haas von Cleverbox" (not "ich bin ein Freund von ihm")
        (
            "surface",
            r"\bich bin (?!(ein|eine|der|die|sein|seine|ihr|ihre|qyou)\b)\w+ \w+ (von|vom)\b",
        ),
        (
            "surface",
            r"\b(für|im auftrag) (eine[rnms]?|die|den|meine[rnms]?|unsere[rnms]?) (\w+ ){0,2}(agentur|kundin|kunden|firma|hersteller\w*|trainer\w*|berater\w*|auftraggeber\w*|\w*firma)\b",
        ),
        ("surface", r"\b(assistent\w*|mitarbeiter\w*) (bei|für|von)\b"),
        ("lemmas", r"\brufen\b[^.!?]{0,6}\b(für|im auftrag|von)\b"),
        ("surface", r"\bim auftrag (von|der|des)\b"),
        ("surface", r"\bhier ist \w+ (von|vom)\b"),
        ("surface", r"\bunser(e|em)? auftraggeber\w*\b"),
        ("surface", r"\barbeite für\b"),
        ("surface", r"\bim namen (von|der|des|einer|eines)\b"),
        (
            "surface",
            r"\b(melde|telefoniere) mich (von|für|im auftrag)\b|\btelefoniere (für|im)\b",
        ),
        ("surface", r"\b(mein|meine|unser\w*) (auftraggeber\w*|kundin|kunde|kunden)\b"),
        (
            "surface",
            r"\b(ich|und) (vertrete|unterstütze|betreue) (die |den |das |eine?[nms]? )?[a-zäöü]",
        ),
    ),
    "offer": _cues(
        (
            "lemmas",
            r"\bwir (bieten|unterstützen|helfen|entwickeln|drucken|betreuen|beraten|organisieren|planen|bauen|liefern|verkaufen|produzieren|installieren|vermitteln|schulen|programmieren|gestalten)\b",
        ),
        # "wir machen Imagefilme", "erzählen, was wir so machen" (not "wir machen Ihre …": a claim)
        ("surface", r"\bwir machen (?!@you\b|sein\w*\b|ihm\b)\w+|\bwas wir (so |genau )?machen\b"),
        ("surface", r"\bunser\w* [^.!?]{0,40}vorstellen\b"),
        ("surface", r"\bob [^.!?]{0,50}\binteresse\b"),
        # "Ich wollte Herrn Berger eine Kooperation vorschlagen" (blind set 34)
        (
            "surface",
            r"\b(eine?n?|unsere?n?) (kooperation|zusammenarbeit|partnerschaft|idee|angebot)\w* "
            r"(vorschlagen|vorstellen|anbieten|unterbreiten)\b",
        ),
    ),
    "topic": _cues(
        ("surface", r"\bes geht um ((?:[^\s.!?,]+ ){1,}[^\s.!?,]+|(?:[^\s.!?,]+ )+für)"),
    ),
    "vague_topic": _cues(
        (
            "surface",
            r"\bes geht um (eine |ein )?(geschäftliche\w* )?(kooperation|zusammenarbeit|angelegenheit|sache|thema|projekt)\b",
        ),
    ),
    # an honest first contact says so ("Es ist ein Erstkontakt", "er kennt uns noch nicht"),
    # or says plainly why it calls and what it offers
    "first_contact": _cues(
        ("surface", r"\bweil ich\b[^.!?]{0,60}\b(anrufe|telefoniere|frage|vorstelle)\b"),
        ("surface", r"\bwir (machen|richten|stellen|setzen)\b[^.!?]{0,40}\b(ein|um|auf|für)\b"),
        (
            "surface",
            r"\bwir haben (eine|ein|einen) (\w+ )?(app|software|lösung|produkt|training|schulung|system|tool|programm)\b",
        ),
        (
            "surface",
            r"\bum\b[^.!?]{0,60}\b(vorzustellen|zu zeigen|anzubieten|herauszufinden|zu fragen)\b",
        ),
        (
            "surface",
            r"\b(haben|hat) (eine|ein|einen) [^.!?]{0,40}(entwickelt|gebaut|programmiert|entworfen)\b",
        ),
        (
            "surface",
            r"\bwir sind ein\w* (\w+ ){0,2}(start-up|startup|firma|agentur|unternehmen|team|anbieter|hersteller|betrieb)\b",
        ),
        ("surface", r"\b(anbieter|hersteller|entwickler)\w* (von|für)\b"),
        ("surface", r"\b(rufe|melde mich|telefoniere)\b[^.!?]{0,30}\b(weil|wegen)\b"),
        (
            "surface",
            r"\b(möchte\w*|würde\w*|will|wollen)\b[^.!?]{0,60}\b(vorstellen|zeigen|vorführen|präsentieren)\b",
        ),
        ("surface", r"\binteresse an\b|\bangebot für\b"),
        ("surface", r"\b(ich|wir) (stelle|stellen) (\w+ ){1,6}vor\b"),
        (
            "surface",
            r"\b(@you|er|mein\w*|unser\w*) (\w+ )?(bietet|verkauft|entwickelt|schult|trainiert|berät)\b",
        ),
        (
            "surface",
            r"\bunser\w* (\w+ )?(app|software|lösung|produkt|angebot|training|schulung|system|zeiterfassung)\b",
        ),
    ),
    # which kind of question a contact question is, and whether an answer stays on the call
    "asks_who": _cues(
        (
            "surface",
            r"\bwer\b|\ban wen\b|\bansprech(partner\w*|person)\b|\bzuständig\w*|\b(die|der) richtige\b",
        ),
    ),
    "asks_name": _cues(
        ("surface", r"\bwie (heißen|heißt|war) @you\b|\b@you name\w*\b|\bmit wem (spreche|rede)\b"),
    ),
    # spelling a name or a number letter by letter ("K-Ö-H-L-E-R", "B wie Berta, E, R")
    "spells": _cues(
        ("surface", r"\b([^\W\d_]-){3,}[^\W\d_]\b"),
        ("surface", r"\b[^\W\d_] wie [^\W\d_]{3,}\b[^.!?]{0,40}\b[^\W\d_] wie [^\W\d_]{3,}\b"),
    ),
    "asks_when": _cues(
        ("surface", r"\bwann\b|\b(beste|günstigste) zeit\b|\bam besten (erreich|anruf)\w*"),
    ),
    "acknowledges": _cues(
        (
            "surface",
            r"\b(ok|okay|gut|alles klar|verstehe|verstanden|in ordnung|kein problem|gern|gerne|warte\w*|später|morgen|nachricht|e-mail|mail|adresse|melde mich|versuche|noch einmal|nochmal|schade|trotzdem|ja|nein|klar|einverstanden|passt|dranbleiben|bleibe dran)\b",
        ),
    ),
    "affirms": _cues(
        (
            "surface",
            r"^\W*(ja|jawohl|genau|natürlich|klar|sicher|selbstverständlich|freilich)\b(?![^.!?]*\b(nicht|nein|kein\w*)\b)",
        )
    ),
    # says plainly that this is a first contact: candour, but not yet why the call is made
    "admits_first": _cues(
        # "ich hatte es heute Vormittag schon probiert"
        (
            "surface",
            r"\bich (hab|habe|hatte) es (\w+ ){0,3}schon (mal |einmal )?(probiert|versucht)\b",
        ),
        # "Ich hab es heute schon einmal versucht, da war besetzt", "noch mit niemandem gesprochen"
        (
            "surface",
            r"\b(niemand|keiner) (hat )?(abgenommen|rangegangen|drangegangen)\b|\bwar (leider )?besetzt\b",
        ),
        ("surface", r"\bnoch mit niemandem gesprochen\b|\bmein (zweiter|dritter) versuch\b"),
        # ihn auf LinkedIn gefunden (nicht "er hat mir auf LinkedIn geschrieben")
        (
            "surface",
            r"^(?!.*\b(hat|hatte) (mir|mich|uns)\b).*\b(auf|über|bei) (linkedin|xing|google|"
            r"instagram)\b",
        ),
        ("surface", r"\b(erstkontakt|unverbindliche[rn]? anruf|kennt uns noch nicht)\b"),
        ("surface", r"\b(kaltanruf|kaltakquise|akquiseanruf|werbeanruf)\b"),
        (
            "surface",
            r"\b(erstkontakt|erste[rnms]? (anruf|kontakt)|ersten mal|kaltanruf|kaltakquise|akquiseanruf|werbeanruf|werbung)\b",
        ),
    ),
}
