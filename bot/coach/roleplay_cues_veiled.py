"""Rudeness that hides behind good manners or a threat, recognised with the context that makes
it rude (bot/coach/roleplay_cues.py adds these to the "scorn" cues of roleplay_cues_scorn.py):
veiled threats ("sonst beschwere ich mich", "your boss will be wondering why"), sarcastic thanks
and praise ("Vielen Dank auch für Ihre überaus hilfreiche Auskunft", "Truly."), mock patience
and talking down ("vielleicht klappt's dann ja", "slowly this time"), pet names. Each pattern
needs that context: "Es dauert nur 30 Sekunden" or "Vielen Dank auch für Ihre Hilfe" is polite.
"""

from __future__ import annotations

from bot.coach.roleplay_cue_form import Cue
from bot.coach.roleplay_cue_form import cues as _cues

DE: dict[str, tuple[Cue, ...]] = {
    "scorn": _cues(
        # threats, sarcasm and talking down, each with the context that makes it one:
        # "sonst beschwere ich mich", "zehn Sekunden, dann leg ich auf", "über Ihren Ton reden",
        # "vielleicht klappt's dann ja", "als wär ich fünf" (not "es dauert nur 30 Sekunden",
        # "ich buchstabiere ganz langsam: K-E-S-S-L-E-R")
        (
            "surface",
            r"\bsonst\b[^.!?]{0,40}\b(beschwer\w*|leg\w* ich auf|erfährt|gibt'?s ärger)\b|\b(zehn|"
            r"fünf|drei|\d+) sekunden,? (dann|sonst)\b|\bkann sich bei @you (\w+ ){0,4}bedanken\b",
        ),
        (
            "surface",
            r"\b@you (ton|tonfall|umgangston|einstellung)\b|\blaut (zu )?werden\b|\bvielleicht "
            r"klappt'?s dann\b|\bals (wär|wäre) ich (fünf|ein kind|\w+ jahre alt|blöd)\b|"
            r"\bwenigstens (gut )?bezahlt\b",
        ),
        # the boss told later who stood in the way: "falls Herr Berger später fragt, warum er das
        # Angebot verpasst hat" (blind set 35), "damit ich weiß, wen ich nennen kann"
        (
            "surface",
            r"\b(falls|wenn) (herr \w+|frau \w+|er|sie|@you\w* chef\w*) (\w+ )?(später |dann )?"
            r"(fragt|wissen will),? warum\b|\bwen ich (\w+ )?(nennen|erwähnen|angeben)\w* (kann|soll|"
            r"muss)\b|"
            # "… eine gute Gelegenheit verpasst hat, nur weil sein Vorzimmer meinte, es besser zu
            # wissen", "ein Thema für die Geschäftsleitung, nicht fürs Sekretariat" (blind set 36)
            r"\bverpasst (hat|hätte),? nur weil\b|\bnicht (fürs|für das|für den|für die) "
            r"(sekretariat|vorzimmer|empfang|zentrale|telefonzentrale)\b",
        ),
        # the twin of blind set 34's "you can get back to your filing": "dann können Sie sich
        # wieder Ihrer Ablage widmen"
        (
            "surface",
            r"\b(wieder|zurück)( zu)? @you\w* (ablage|nägel\w*|kaffee|kreuzworträtsel|"
            r"zeitschrift\w*|klatsch\w*)\b",
        ),
        (
            "surface",
            r"\bin einer (ordentlich|vernünftig|richtig) (geführten|organisierten) (firma|"
            r"unternehmen)\b|\bsagen @you doch (jedem|allen|immer)\b|^\W*ja,? ja,? schon klar\b|"
            r"\bzack,? zack\b|\bheute überhaupt (schon )?(mal )?(jemanden|irgendwen)\b|"
            r"\bschon wieder @you\s*[.!]|\b(schätzchen|mäuschen|schatzi|liebchen)\b",
        ),
        # veiled threats, waiting complaints and sarcastic praise: "hat das Konsequenzen für Sie",
        # "Was ist denn bei Ihnen los?!", "Vielen Dank auch für Ihre überaus hilfreiche Auskunft"
        (
            "surface",
            r"\b(konsequenzen|folgen|ein nachspiel) für @you\b|\bwas ist (denn )?(bei @you|da) "
            r"(eigentlich )?los\b|\bdanke? auch für @you\w* (überaus|äußerst|ungemein|wahnsinnig)\b|"
            r"\bwie kompetent bei @you\b|\blangsam zum mitschreiben\b",
        ),
        # the competitor as a threat, sighs, counting the repeats, mock patience, idle breaks
        (
            "surface",
            r"^\W*(interessant|komisch|witzig|erstaunlich), dass (man|@you) (bei @you )?(offenbar|"
            r"anscheinend|wohl)\b|\b(bei|an|zur) (der|die) konkurrenz (gelandet|landet|geht|"
            r"gegangen|wandert)\b|\bwird sich @you \w+ (sicher |bestimmt )?fragen\b|"
            r"\*\s*seufz\w*\s*\*|\bdas (zweite|dritte|vierte|x-te|zigste) mal,? dass ich\b|"
            r"\boder soll ich warten, bis @you\b|\bzeit für (\w+ ){0,2}kaffeepausen\b|"
            r"\bschön, dass wenigstens\b",
        ),
        # mock deference and talking down: what she is there for, a lecture thanked for, the most
        # important person in the building, "Sind Sie taub?", "Ganz langsam."
        (
            "surface",
            r"\b(dafür|wofür) (sind|sitzen|werden) @you (\w+ )?(ja |doch |dann |eigentlich )?(da|"
            r"bezahlt)\b|\bist @you das (eigentlich )?klar\b|\bganz wie @you meinen\b|\bnicht "
            r"mitdenken\b|\bzu viel verlangt\b|\bdas erklärt (einiges|vieles)\b|\blassen @you "
            r"mich raten\b|\bwie originell\b|(^|[.!?] )ganz langsam[.!]|\bsind @you taub\b|\bhören "
            r"@you schlecht\b|\b@you\b[^.!?]{0,30}\bdiesmal (bitte |auch )*richtig\b|\b(haben @you das (jetzt )?"
            r"(endlich )?|endlich )?kapiert\?|\bspannendste (teil|part) @you\w* (tages|jobs)\b",
        ),
        (
            "surface",
            r"\bauswendig gelernt\b|\b(rum)?zu?zick\w*\b|\bzickig\b|\bwichtiger (sind|ist) als (ein|"
            r"eine|der|die|das|mein|meine)\b|\bwichtigste (person|frau|mann) (im|in|der)\b|\bdanke "
            r"(auch )?für die (belehrung|nachhilfe|lektion|predigt)\b|\bnennt man (dann )?wohl\b|"
            r"\b(etwas|ein bisschen|ein wenig) (professioneller|freundlicher|kompetenter|"
            r"hilfsbereiter)\b|\b(tun @you|nicht so) (nicht )?so wichtig\b|^\W*ernsthaft\?|"
            r"\b(türsteher\w*|wachhund\w*|bodyguard) (zu )?spielen\b",
        ),
        # threats: her name noted, the boss or the client told, the competitor, a deal lost:
        # "Ich notiere mir mal Ihren Namen", "ob Ihr Chef weiß, wie viele …", "ich sag meinem
        # Kunden dann einfach, …", "sonst gehen wir zur Konkurrenz", "wenn das Projekt platzt"
        (
            "surface",
            r"\b(notier\w*|merk\w*) (mir )?(mal|lieber) @you\w* namen\b|\b(ob|was) @you\w* (chef\w*|"
            r"vorgesetzt\w*|geschäftsführ\w*) (\w+ )?(weiß|wüsste|sagen würde|davon hält)\b|\bwird "
            r"sich (\w+ )?(sehr )?(genau )?merken\b|\bdann (schreib|ruf|wend)\w* ich (mich )?eben (direkt )?"
            r"(an |bei )?@you\w* (chef|vorgesetzt|geschäftsführ|geschäftsleitung)\w*|"
            r"\bblockieren (hier )?(gerade )?(ein|das|unser)\b|\bwenn das (\w+ )?platzt\b|\b(gehen|"
            r"wechseln|wandern) (wir |ich )?(\w+ )?zur konkurrenz\b|\b(wen|wem) ich (nachher |später |"
            r"dann )?(erwähnen|nennen) (muss|werde)\b",
        ),
        (
            "surface",
            r"\b(sag|sage) (meine[mr]|unsere[mr]) (kunde|kundin|kunden|chef|chefin)\w* (dann )?"
            r"(einfach|halt|eben)\b|\b@you\w* (chef|chefin|geschäftsführ\w*) freut sich (bestimmt|"
            r"sicher)\b|\bwie man (hier|bei @you) behandelt wird\b|\b(erwähne|sage|erzähle) (\w+ ){0,3}"
            r"(bei )?@you\w* (geschäftsleitung|chef\w*|vorgesetzt\w*)\b|\bwie (hilfsbereit|freundlich|"
            r"kompetent) man hier\b",
        ),
        # escalation and talking down said calmly: "Sonst melde ich mich direkt bei der
        # Geschäftsleitung", "wie bei Ihnen mit Anrufern umgegangen wird", "unangenehmer für Sie
        # als für mich", "überlassen Sie das den Erwachsenen" (training set 21)
        (
            "surface",
            r"\bsonst (melde|wende|beschwere) ich mich\b|\bwie (hier|bei @you) mit (anrufern|"
            r"kunden|anrufenden|leuten) umgegangen wird\b|\bunangenehm\w* für @you\b|\bden "
            r"erwachsenen\b|\b(ist das|sind @you) @you\w* erste[rn]? (woche|tag|arbeitstag)\b",
        ),
        # impatience and mock patience: "ich warte ja eh schon die ganze Zeit", "Tage? Wochen?",
        # "ich hab ja sonst nichts zu tun", "Schlafen Sie?", "Hallo??"
        (
            "surface",
            r"\bich warte ja (eh |eh schon |schon )?(die ganze zeit|ewig|seit)\b|\btage\? wochen\?|"
            r"\b(als hätte|hab|habe) ich (ja )?(sonst )?nichts (anderes |besseres )?zu tun\b|\bich "
            r"(hab|habe) ja (sonst |eh )?nichts (anderes |besseres )?zu tun\b|\bwenn @you (sich )?heute "
            r"noch\b[^.!?]{0,30}\bentscheiden\b|\bschlafen @you\b|\b(sind|bist) @you eingeschlafen\b|"
            r"\bhallo\s*\?\s*\?|\bnur (\w+ )?minuten in der warteschleife\b|\bbin ich ja mal "
            r"gespannt\b|(^|[.!?] )zum (zweiten|dritten|vierten|x-ten) mal[.!]|\b(ist|war) (halt|eben) "
            r"(leider )?nicht genug\b|\b(in mein|ins) protokoll,? dass\b|\b@you\w* (chef|chefin|"
            r"geschäftsführ\w*) (liest|hört) das\b|\b(haben|hatten) wir (heute )?(einen )?"
            r"schlechten tag\b",
        ),
        # sarcastic praise passed on, "even you", her opinion to keep, mock grandeur (blind set 23):
        # "Ich werde Herrn Berger gern erzählen, wie hilfreich sein Empfang ist", "selbst Sie
        # bekommen es hin", "Ihre persönliche Meinung … für sich zu behalten", "Gnädigste"
        (
            "surface",
            r"\b(erzähl|sag|bericht|ausricht|weitergeb)\w*\b[^.!?]{0,40}\bwie (hilfreich|hilfsbereit|"
            r"freundlich|kompetent|zuvorkommend|reizend|entgegenkommend) (sein\w*|@you\w*|der|die|das) "
            r"(empfang|sekretariat|vorzimmer|zentrale|telefonzentrale|team|rezeption)\b|\b(selbst|"
            r"sogar) @you (bekommen|kriegen|schaffen|können)\b|\bmeinung\b[^.!?]{0,40}\bfür sich (zu )?"
            r"behalten\b|\bgnädigste\b|\btun \S+ (ned|net|nicht) so wichtig\b|"
            # her name noted "für später" (the rude model lost it after retraining on blind set 32)
            r"(^|[.!?] )für später[.!]|"
            # (blind set 24) "Ich warte. Noch.", "Telefonieren ist nicht jedermanns Stärke"
            r"(^|[.!?] )(immer )?noch[.!]|\bnicht jedermanns (stärke|sache|ding)\b|"
            # (blind set 29) "Ich warte. Immer noch.", "spreche lieber mit jemandem, der sich auskennt"
            r"\blieber (mit )?jemand\w*,? (der|die) (sich (hier )?auskennt|ahnung hat)\b",
        ),
        # talking down to her pace and her job, a countdown (blind set 27): "ganz langsam, damit
        # Sie mitkommen", "jemand, der mehr kann als Nachrichten aufschreiben", "beschäftigt mit
        # Kaffeekochen", "Ich zähle bis drei"
        (
            "surface",
            r"\bdamit @you (\w+ ){0,2}(mitkommen|hinterherkommen|folgen können)\b|\bmehr (kann|"
            r"drauf hat|zu sagen hat) als (nur )?(nachrichten|notizen|anrufe|telefonate|kaffee)\b|"
            r"\b(mit|beim) kaffee ?kochen\b|\bich zähle bis (drei|fünf|zehn|\d+)\b|"
            # (blind set 31) "ganz langsam, damit Sie es diesmal auch verstehen"
            r"\bganz langsam,? damit\b|\bdamit @you es (\w+ ){0,2}diesmal\b|"
            # (blind set 30) "spreche gern etwas langsamer, damit Sie mitschreiben können" (slower
            # than before: she was too slow; "ich buchstabiere langsam, damit …" is a courtesy)
            r"\blangsamer,? damit @you (\w+ ){0,2}(mitkommen|mitschreiben|folgen|verstehen)\b|"
            # and the twin of "the person who matters": "mit der Person, die hier zählt"
            r"\b(mit )?(der|einer) person,? die (hier |wirklich |tatsächlich )*(was )?zählt\b",
        ),
        # (blind set 31, and the twins of its English lines) a refusal noted for the boss, someone
        # who knows what the word means, a threat made unpleasant, a simple decision, three
        # questions for one call: "Sie dürfen sich gern notieren, dass Sie mich abgewiesen haben",
        # "bis Sie jemanden gefunden haben, der weiß, was eine Weiterbildung ist", "wird das für
        # Sie unangenehmer als für mich"
        (
            "surface",
            r"\bdass @you mich (\w+ )?(abgewiesen|abgewimmelt|abgewürgt|nicht durchgestellt|nicht "
            r"verbunden)\b|\bjemand\w*\b[^.!?]{0,30}\b(der|die) (weiß|versteht|kapiert),? was (ein|eine|der|"
            r"die|das) \w+ ist\b|\bfür @you unangenehm\w*\b|\bjemand\w*,? (der|die) eine (einfache|simple) "
            r"entscheidung (treffen|fällen) kann\b|\b(drei|vier|fünf|\d+) fragen (braucht|brauchen|"
            r"dauert),? (um|bis)\b",
        ),
        # thanks for nothing, someone who does the job, mock delight (blind set 28): Swiss "Merci
        # vielmal für nüt", "öpper, wo sini Arbet macht", "Entzückend, diese vielen Fragen."
        (
            "surface",
            r"\b(danke|merci|dankeschön)\b[^.!?]{0,15}\bfür (nichts|nix|nüt)\b|\b(jemand|jemanden|öpper|"
            r"einer|eine),? (der|die|wo) (seine[nm]?|ihre[nm]?|sini|sin|iri) (arbeit|job|arbet) "
            r"(macht|tut|erledigt)\b|^\W*(entzückend|reizend|goldig|allerliebst)[,.!]",
        ),
    ),
}

EN: dict[str, tuple[Cue, ...]] = {
    "scorn": _cues(
        # threats, sarcasm and talking down, each with the context that makes it one: "ten
        # seconds, then I hang up", "your attitude", "slowly this time", "like I'm five" (not "it
        # only takes 30 seconds", "I'll spell it really slowly")
        (
            "surface",
            r"\b(ten|five|three|\d+) seconds,? (then|or)\b|\b(or|then) i('ll| will)? hang up\b|"
            r"\bmake sure your (boss|manager)\b[^.!?]{0,30}\bknows\b|\byour (attitude|tone)\b|"
            r"\braise my voice\b",
        ),
        (
            "surface",
            r"\bslowly this time\b|\blike i'?m (five|\d+|a child|an idiot|stupid)\b|\bat least "
            r"(you )?(get )?paid\b|\bin a (properly|well)[- ]run\b|\btry to (\w+ ){0,3}(correctly|"
            r"right|properly) this time\b|\byou say that to (everyone|everybody)\b",
        ),
        (
            "surface",
            r"\blet me worry about\b|\bsomeone'?s in a mood\b|\btry being (nice|polite|helpful)\b|"
            r"\bnone of yours\b|\bit'?s not your (call|decision) whether\b|\bpay you (well|enough)\b"
            r"|\b(ever|actually) (do|does) any (actual |real )?work\b",
        ),
        # veiled threats about the boss, sarcastic praise and patience, idle breaks, pet names
        (
            "surface",
            r"\b(to|went to) (your|a) competitor\b|\bwill be wondering why\b|\bhow (his|her|your) "
            r"(front desk|reception|receptionist) (treats|handles|deals)\b|\bmore upstairs\b|\bor "
            r"should i wait (while|until) you\b|\bmust be nice\b|\bgetting paid to\b|^\W*funny "
            r"how\b|\bhow your (manager|boss) would feel\b|\btime for (\w+ ){0,2}coffee breaks\b|"
            r"\*sigh\*|\bthe (second|third|fourth|umpteenth) time i('ve| have)? (told|explained|"
            r"said|spelled|spelt|asked|repeated)\b|(^|[.!?] )truly[.!]|\b(five|ten|fifteen|twenty|"
            r"\d+) minutes on hold\b|\bwhat a (fantastic|great|wonderful|brilliant|splendid|"
            r"stellar) job (his|her|your) (front desk|reception)\b|(^|, )(honey|sweetie|sweetheart|"
            r"darling|babe)\b|\b(sweetie|sweetheart|darling|babe)\s*[,.!?]|, honey[,.!?]",
        ),
        # sarcastic thanks and praise, mock deference: "thanks so much for keeping me on hold",
        # "a glowing review … Not.", "Let me guess … How original", "an adult I can talk to"
        (
            "surface",
            r"\bthanks? (you )?(so much |ever so much )?for (keeping|leaving|putting) me on hold\b|"
            r"\bbless you for trying\b|\bglowing review\b|(^|[.!?] )not[.!]|\bthat explains a "
            r"lot\b|\blet me guess\b|\bhow original\b|\b(most exciting|best|"
            r"highlight of|favourite|favorite) part of your (day|job)\b|\bthanks? (you )?for the "
            r"(lecture|lesson|sermon)\b|\bmost important person in\b|\b(are|were|is) (usually |"
            r"normally |much |a lot |far )*more helpful\b|\bsupposed to believe\b|\b(surely )?even "
            r"you can\b|\bact(ing)? so important\b",
        ),
        (
            "surface",
            r"\b(is there|speak to|talk to|get me) an adult\b|\banyone (there )?who (actually )?knows anything\b|\breading "
            r"(off|from) a script\b|\b(play|playing) (the )?(bouncer|gatekeeper|guard dog)\b|"
            r"\bget back to your (filing|nails|coffee|tea|knitting|typing|magazine|crossword|"
            r"gossip|little)\b|"
            r"\bwhat (are|do) you (even )?(there|paid|get paid) for\b|\bwithout the (third degree|"
            r"interrogation)\b|\bdon'?t need the (third degree|interrogation)\b|^\W*seriously\?",
        ),
        # threats: her name noted, the boss or the client told, a complaint: "I'm noting your
        # name", "I wonder whether your director knows", "I'll just let my client know your
        # company isn't interested", "it'd be a shame if this ended up as a formal complaint"
        (
            "surface",
            r"\bmention how (helpful|kind|friendly) you'?ve been\b|\bi'?m noting (down )?(the time and )?"
            r"your name\b|\bmention your name to your "
            r"(manager|boss|director)\b|\b(who|whom) to mention when\b|\bmissed out (\w+ )?(just |only )?because\b|"
            r"\bnot (for|something for|a matter for) (the )?(front desk|reception|switchboard|"
            r"secretary|secretaries)\b|\b(in case|if|when) (mr \w+|ms \w+|your boss|he|she) "
            r"(\w+ )?asks? (\w+ )?why (he|she) (missed|lost|never)\b|\b(wonder|wondering) (whether|if) your (\w+ )?"
            r"(boss|director|manager|md|ceo)\b|\b(fascinated|interested|thrilled) to (learn|hear|"
            r"know) how\b|\bbe a shame if\b|\bformal complaint\b|\bi'?d expect (a little|a bit|some) "
            r"more\b|\bjust saying\b",
        ),
        (
            "surface",
            r"\bi'?ll (just )?(let|tell) my (client|boss|manager)\w* (know )?(that )?your (company|"
            r"firm|practice)\b|\byour (boss|manager|director) will (understand|be (thrilled|"
            r"delighted|pleased))\b|\bhow i('ve| have)? been treated\b|\bsurprised they (trust|let) "
            r"you\b",
        ),
        # escalation and talking down said calmly: "I'll be speaking to your boss about the way
        # you handle calls", "I'll go straight to your MD", "or I go over your head", "let him
        # know how his calls get handled", "Is this your first week?", "anyone there who can think
        # for themselves" (training set 21)
        (
            "surface",
            r"\b(i'?ll|i will|i'?m going to|or i) (just )?(be )?(go|going|speak|speaking|talk|"
            r"talking|mention|mentioning|take|taking|raise|raising)\b[^.!?]{0,25}\b(to|with) your "
            r"(boss|manager|md|ceo|director|supervisor|superior|head office|management)\b(?![^.!?]*"
            r"\binstead\b)|\b(over|above) your head\b|\bknow (how|what) (his|her|their) (calls|"
            r"callers|front desk|reception|switchboard) (get|gets|are|is)\b|\bis (this|it) your "
            r"first (week|day)\b|\b(anyone|someone|somebody) (there )?who can (actually )?think\b|"
            r"\b(absolutely |just )?no help (whatsoever|at all)\b",
        ),
        # impatience and talking down: "how hard is it", "Slowly.", "Are you deaf?", "Got that?",
        # "Third time lucky?", "Hello?? Did you fall asleep on me?", "Per my last sentence"
        (
            "surface",
            r"\bhow hard (is it|can it be)\b|\bsay (this|it) slowly\b|\b(say|explain|repeat) it "
            r"(slower|more slowly)\b|\beasier for you to (follow|understand)\b|(^|[.!?] )(nice and "
            r")?slowly[.!]|\bare you deaf\b|\b(write it down|get it right|listen properly|pay "
            r"attention) this time\b|\bcapisce\?|\bthe one thing i('ve| have)? "
            r"asked\b|\b(if you|could you|can you) (could )?(possibly )?manage to\b|\btoo much to "
            r"ask\b|\b(said|told you|asked) (this |it |that )?(twice|three "
            r"times|several times)\b|\b(as )?per my last\b",
        ),
        (
            "surface",
            r"\bwander(ed)? off\b|\binto the void\b|\bdidn'?t call to chat\b|\bit'?s not like (i( "
            r"have| haven'?t|'ve got|'ve been| have been| had)|some of us|we|people)\b|\bknow how to make (a person|"
            r"someone|people|me|one|a girl|a guy) feel\b|\b(fall|fallen|fell) asleep\b|"
            r"\bare you asleep\b|\bhello\s*\?\s*\?|\bi'?m being (really |very )?patient\b|\bmeet me "
            r"halfway\b|\b(only|just) been on hold for\b|\bof course there'?s an? (policy|"
            r"rule|procedure|form|process)\b|(^|[.!?] )can'?t wait[.!]|"
            r"\bblack hole\b|\brecording this call\b|\bsmaller words\b|\bdidn'?t ask for your "
            r"(opinion|input)\b|\bneeded an appointment to\b|\bbad day,? are we\b|\bare we having "
            r"a bad day\b|\bjust wow\b|\byou people\b",
        ),
        # sarcastic comparisons, mock endearment, a wait that threatens, her opinion to keep (blind
        # set 23): "almost as useful as the hold music", "How adorable.", "I'll wait. For now."
        (
            "surface",
            r"\b(almost|nearly|about|just) as (useful|helpful) as\b|\bas (useful|helpful) as (a|an|"
            r"the) (hold music|chocolate teapot|brick wall|answering machine)\b|\bhow (adorable|cute|"
            r"precious|quaint)\s*[.!]|(^|[.!?] )for (now|later)[.!]|\bkeep your (\w+ )?(opinions?|comments|"
            r"thoughts) to yourself\b|(^|[.!?] )just curious[.!?]|\bhow long does it (usually |normally )?"
            r"take you to\b",
        ),
        # talking down to her pace and her job, a countdown (blind set 27, German lines; written
        # anew): "slowly, so you can keep up", "someone who does more than take messages", "busy
        # making coffee", "I'll count to three"
        (
            "surface",
            r"\bso (that )?you can keep up\b|\bsomeone who (can do|does) more than (just )?(take|"
            r"taking|pass|passing) (on )?(messages|notes)\b|\b(busy|between) (making|brewing) "
            r"(the )?(coffee|tea)\b|\bi'?(ll| will|m going to) count to (three|five|ten|\d+)\b|"
            # (blind set 30) "if you've quite finished, I'll speak to the person who matters"; and
            # the twin of "langsamer, damit Sie mitschreiben können"
            r"\bif you'?ve quite finished\b|"
            # (blind set 31, and the twins of its German lines) "someone who can make a simple
            # decision", "it takes three questions to transfer one call", "note that you turned me
            # away", "someone who knows what a pension scheme is", "more unpleasant for you"
            # (blind set 32) "stop screening and actually put me through", "your opinion on … is
            # really what matters"; and the twin of "ganz langsam, damit Sie es diesmal verstehen"
            r"\bstop screening\b|\bactually put me through\b|\byour opinion\b[^.!?]{0,60}\bwhat "
            r"matters\b|\bslowly,? so (that )?you (\w+ )?(get|understand) it this time\b|"
            r"\b(someone|anyone|somebody|anybody) (there )?who can (make|take) a (simple|basic) decision\b|\bit takes (\w+ ){0,2}"
            r"(questions|people|attempts|tries) to (transfer|put|connect)\b|\bthat you (turned me away|"
            r"refused to put me through)\b|\bsomeone who (knows|understands) what an? (\w+ ){1,2}is\b|"
            r"\b(more )?unpleasant for you\b|\b(speak|talk) to (the|a|someone|somebody) (person )?who "
            r"(actually |really )?matters\b|\bslower,? so (that )?you can (keep up|follow|get it|"
            r"write it)\b",
        ),
        # thanks for nothing, someone who does the job, mock delight (blind set 28, German lines;
        # written anew): "Thanks a million for nothing", "anyone there who does their job",
        # "Delightful, all these questions."
        (
            "surface",
            r"\bthanks?\b[^.!?]{0,15}\bfor nothing\b|\b(anyone|someone|somebody|anybody) (there )?who "
            r"(actually )?(does|can do) (their|his|her) job\b|^\W*(delightful|charming|precious|"
            r"lovely)[,.!] (all )?(these|those|this|such)\b",
        ),
        # disbelief at a no, the blame named (blind set 29): "Did you just tell me no?", "who kept
        # him from a great opportunity"
        (
            "surface",
            r"\bdid you (just )?(tell|say) (me )?no\b|\bwho (kept|stopped|blocked) (him|her) from\b",
        ),
    ),
}
