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
        # what the receptionist is there for, noting her name, the boss who would like to know,
        # a project that fails because of her, mock patience: "dafür sind Sie ja da", "Ich
        # notiere mir mal Ihren Namen", "ob Ihr Chef weiß, wie viele …", "wird sich genau merken"
        (
            "surface",
            r"\b(dafür|wofür) (sind|sitzen|werden) @you (\w+ )?(ja |doch |dann |eigentlich )?(da|"
            r"bezahlt)\b|\bist @you das (eigentlich )?klar\b|\b(notier\w*|schreib\w*|merk\w*) "
            r"(\w+ ){0,2}@you\w* namen\b|\b(ob|was) @you\w* (chef\w*|vorgesetzt\w*|"
            r"geschäftsführ\w*) (\w+ )?(weiß|wüsste|sagen würde|davon hält)\b|\bwird sich (\w+ )?"
            r"(sehr )?(genau )?merken\b|\bganz wie @you meinen\b|\bdann (schreib|ruf|wend)\w* ich "
            r"(mich )?eben\b|\bich warte ja (eh |eh schon |schon )?(die ganze zeit|ewig|seit)\b|"
            r"\bblockieren (hier )?(gerade )?(ein|das|unser)\b|\bnicht mitdenken\b|\bzu viel "
            r"verlangt\b|\btage\? wochen\?|\bwenn das (\w+ )?platzt\b",
        ),
        # "das erklärt einiges", "Lassen Sie mich raten … Wie originell", "Ganz langsam.", "sonst
        # gehen wir zur Konkurrenz", "hier nicht die Türsteherin spielen", "Sind Sie taub?"
        (
            "surface",
            r"\bdas erklärt (einiges|alles|vieles)\b|\blassen @you mich raten\b|\bwie originell\b|"
            r"(^|[.!?] )ganz langsam[.!]|\b(gehen|wechseln|wandern) (wir |ich )?(\w+ )?zur "
            r"konkurrenz\b|\b(türsteher\w*|wachhund\w*|bodyguard) (zu )?spielen\b|\b(als hätte|hab|"
            r"habe) ich (ja )?(sonst )?nichts (anderes |besseres )?zu tun\b|\bsind @you taub\b|"
            r"\bhören @you schlecht\b|\b@you\b[^.!?]{0,30}\bdiesmal (bitte |auch )*richtig\b|"
            r"\b(haben @you das|kapiert|verstanden)\?|\bspannendste (teil|part) @you\w* (tages|jobs)\b|"
            r"\bauswendig gelernt\b|\b(rum)?zu?zick\w*\b|\bzickig\b|\bich (hab|habe) ja (sonst |eh )?"
            r"nichts (anderes |besseres )?zu tun\b|\b(wen|wem) ich (nachher |später |dann )?(erwähnen|"
            r"nennen)\b|\bwichtiger (sind|ist) als (ein|eine|der|die|das|mein|meine)\b|\bheute noch\b"
            r"[^.!?]{0,30}\bentscheiden\b|\bschlafen @you\b|\b(sind|bist) @you eingeschlafen\b|"
            r"\bhallo\s*\?\s*\?|\bdanke (auch )?für die (belehrung|nachhilfe|lektion|predigt)\b|"
            r"\bnennt man (dann )?wohl\b|\bwichtigste (person|frau|mann) (im|in|der)\b|\b(sag|sage) "
            r"(meine[mr]|unsere[mr]) (kunde|kundin|kunden|chef|chefin)\w* (dann )?(einfach|halt|eben)\b|"
            r"\b@you\w* (chef|chefin|geschäftsführ\w*) freut sich (bestimmt|sicher)\b|\bwie man (hier|bei "
            r"@you) behandelt wird\b|\b(etwas|ein bisschen|ein wenig) (professioneller|freundlicher|"
            r"kompetenter|hilfsbereiter)\b|\b(tun @you|nicht so) (nicht )?so wichtig\b|\bnur (\w+ )?"
            r"minuten in der warteschleife\b|^\W*ernsthaft\?",
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
            r"darling|babe)\b|\b(honey|sweetie|sweetheart|darling|babe)\s*[,.!?]",
        ),
        # sarcastic thanks and praise, mock patience, noting her name, the boss who would love
        # to know, what she is there for: "thanks so much for keeping me on hold", "an adult I
        # can talk to", "I'm noting your name", "I wonder whether your director knows"
        (
            "surface",
            r"\bthanks? (you )?(so much |ever so much )?for (keeping|leaving|putting) me on hold\b|"
            r"\b(is there )?an adult\b|\banyone (there )?who (actually )?knows anything\b|\bhow "
            r"hard (is it|can it be)\b|\bsay (this|it) slowly\b|\bwander(ed)? off\b|\breading "
            r"(off|from) a script\b|\binto the void\b|\bbless you for trying\b|\bdidn'?t call to "
            r"chat\b|(^|[.!?] )not[.!]|\bglowing review\b|\b(noting|note|jot|write|writing|"
            r"making a note of) (down )?(\w+ ){0,3}your name\b|\b(wonder|wondering) (whether|if) "
            r"your (\w+ )?(boss|director|manager|md|ceo)\b|\b(fascinated|interested|thrilled) to "
            r"(learn|hear|know) how\b|\bbe a shame if\b|\bformal complaint\b|\bwhat (are|do) you "
            r"(even )?(there|paid|get paid) for\b|\bi'?d expect (a little|a bit|some) more\b|"
            r"\bwithout the (third degree|interrogation)\b|\bdon'?t need the (third degree|"
            r"interrogation)\b",
        ),
        # "that explains a lot", "Let me guess … How original", "Slowly.", "decided to play
        # bouncer", "it's not like I have a day of calls", "Are you deaf?", "write it down this time"
        (
            "surface",
            r"\bthat explains (a lot|everything|it)\b|\blet me guess\b|\bhow original\b|"
            r"(^|[.!?] )(nice and )?slowly[.!]|\b(play|playing) (the )?(bouncer|gatekeeper|guard "
            r"dog)\b|\bit'?s not like i (have|haven'?t|'ve got|had)\b|\bare you deaf\b|"
            r"\b(write it down|get it right|listen properly|pay attention) this time\b|\bmention "
            r"your name\b|\b(got that|understood|capisce)\?|\b(most exciting|best|highlight of|"
            r"favourite|favorite) part of your (day|job)\b|\bthe one thing i('ve| have)? asked\b|"
            r"\b(if you|could you|can you) (could )?(possibly )?manage to\b|\btoo much to ask\b|\b(say|"
            r"explain|repeat) it (slower|more slowly)\b|\beasier for you to (follow|understand)\b|"
            r"\bwho to mention\b|\bjust saying\b|\b(are|were|is) (usually |normally |much |a lot |"
            r"far )*more helpful\b|\bsupposed to believe\b|\bit'?s not like (some of us|we|people)\b|"
            r"\b(surely )?even you can\b|\bthird time lucky\b|\b(said|told you|asked) (this |it |that )?"
            r"(twice|three times|several times)\b|\b(fall|fallen|fell) asleep\b|\bare you asleep\b|"
            r"\bhello\s*\?\s*\?|\bthanks? (you )?for the (lecture|lesson|sermon)\b|\b(as )?per my "
            r"last\b|\bmost important person in\b|\bi'?ll (just )?(let|tell) my (client|boss|manager)\w* "
            r"(know )?(that )?your (company|firm|practice)\b|\byour (boss|manager|director) will "
            r"(understand|be (thrilled|delighted|pleased))\b|\bhow i('ve| have)? been treated\b|"
            r"\bsurprised they (trust|let) you\b|^\W*seriously\?|\bi'?m being (really |very )?patient\b|"
            r"\bmeet me halfway\b|\b(only|just) been on hold for\b|\bact(ing)? so important\b",
        ),
    ),
}
