"""Sarcasm, resignation and pulling rank that hide behind ordinary words (bot/coach/roleplay_cues.py
adds these to the "scorn" cues). Training set 12 and blind sets 13-15 showed what the n-gram
model cannot learn from single words: "I'll just wait by the phone then, shall I?", "thank you
for absolutely nothing", "Sie sind ja heute wieder eine echte Hilfe", "Ihr lernt das auswendig,
oder?". Each pattern carries the turn that makes the words rude (a mocking tag question, "ja …
wieder", "for nothing"), so the sincere "Ich warte gern", "Danke, Sie waren eine echte Hilfe" or
"I'll hold, thanks" stay polite.
"""

from __future__ import annotations

from bot.coach.roleplay_cue_form import Cue
from bot.coach.roleplay_cue_form import cues as _cues

DE: dict[str, tuple[Cue, ...]] = {
    "scorn": _cues(
        # ironic thanks and praise: "Vielen herzlichen Dank für gar nichts", "Sie sind ja heute
        # wieder eine echte Hilfe", "War mir eine Ehre", "Sehr originell", "Der Klassiker"
        (
            "surface",
            r"\bdank\w* (\w+ ){0,2}für (gar |rein gar |absolut |überhaupt )?nichts\b|\b@you sind "
            r"ja (heute |mal )?(wieder|mal wieder|echt|wirklich) (\w+ )?(eine |ein )?(echte|große|"
            r"riesige|tolle|super) hilfe\b|\bwar mir (eine|ne) ehre\b|\b(sehr|echt|wirklich|total) "
            r"originell\b|(^|[.!?] )der klassiker\b",
        ),
        # a script recited: "Ihr lernt das auswendig, oder?", "das Standardsprüchlein",
        # "die berühmte 'Rückrufbitte'"
        (
            "surface",
            r"\b(lern\w*|gelernt) (\w+ ){0,2}auswendig\b|\bauswendig gelernt\b|\bsprüchlein\b|"
            r"\bstandard(spruch|satz|antwort|floskel)\w*\b|\b(die|der|das) berühmte\w* '",
        ),
        # resignation as a reproach: "hab ja den ganzen Tag Zeit", "Sie kennen das Spiel ja",
        # "Ihr 'gleich' ist echt dehnbar", "dauert das bei Ihnen immer so lang?", "seit einer
        # Minute mit mir selbst", "oder haben Sie mich einfach geparkt?"
        (
            "surface",
            r"\bja (\w+ ){0,2}den ganzen tag zeit\b|\bkennen das spiel\b|\bdehnbar\b|"
            r"\b(dauert|braucht) (\w+ ){0,4}immer so lang|\bmit mir selbst\b|\b(mich|uns) (einfach "
            r")?geparkt\b|\bist (da )?(überhaupt|eigentlich) (noch )?(jemand|wer)\b",
        ),
        # talking down: "für Sie heute alles ein bisschen viel", "Sind Sie neu?", "Sie müssen mir
        # nicht erklären, was …", "ziemlich unprofessionell", "jemanden, der tatsächlich etwas
        # entscheiden kann"
        (
            "surface",
            r"\bfür @you (heute )?(alles )?(ein bisschen|ein wenig|etwas|zu) viel\b|\bsind @you "
            r"(hier )?neu\b|\bmüssen mir nicht erklären\b|\b(ziemlich|sehr|echt|total|reichlich) "
            r"unprofessionell\b|\b(jemand\w*|wer),? (der|die) (\w+ )?(tatsächlich|wirklich) (etwas|"
            r"was) (zu )?(entscheid|sag|bewirk)\w*",
        ),
        # threats: "dass es an Ihnen lag", "an Ihrer Stelle gut überlegen", "in die Google-
        # Bewertung", "Ich frag nicht, ich sag's Ihnen", "sonst ist das Angebot weg", "Ich will
        # jetzt eine Antwort", "ein gutes Angebot abwürgen", "wer ihm die Chance vermasselt hat"
        (
            "surface",
            r"\b(lag|liegt) (es |das )?an @you\b|\ban @you\w* stelle\b[^.!?]{0,40}\b(überlegen|"
            r"riskieren|aufpassen|vorsichtig)\b|\b(google|online)-?bewertung\b|\b(schreib|hinterlass)\w* "
            r"(\w+ ){0,4}bewertung\b|\bich frag\w* nicht,? ich sag\w*\b|\bsonst (ist|sind|wäre) "
            r"[^.!?]{0,30}\b(weg|vorbei|gestrichen|hinfällig|futsch)\b|\bich will (jetzt|sofort|"
            r"endlich) (eine |ne )?antwort\b|\babwürg\w*|\bvermasselt\b",
        ),
        # an eye-roll, a bare "Jetzt." as an order, "ein bisschen mehr Mühe wäre schon nett"
        (
            "surface",
            r"🙄|😒|(^|[.!?] )(jetzt|sofort)[.!]+\s*$|\bein bisschen mehr (mühe|einsatz|engagement|"
            r"freundlichkeit)\b",
        ),
    ),
}

EN: dict[str, tuple[Cue, ...]] = {
    "scorn": _cues(
        # ironic thanks and praise: "thank you for absolutely nothing", "silly me, expecting a
        # straight answer", "Gosh, what a surprise, voicemail.", "don't strain yourself", "very
        # well rehearsed", "Did you practise it in the mirror?"
        (
            "surface",
            r"\bthanks? (you )?(so much |very much )?for (absolutely |precisely |exactly )?nothing\b|"
            r"\bsilly me\b|\bwhat a (surprise|shock)\b|\bdon'?t strain yourself\b|\b(well|nicely) "
            r"rehearsed\b|\bin the mirror\b|\blittle speech\b|\bthe famous '",
        ),
        # resignation as a reproach: "I'll just wait by the phone then, shall I?", "twiddling my
        # thumbs", "till the cows come home", "watch my afternoon disappear", "It's not as if I've
        # got anything else on", "I did say …, didn't I?"
        (
            "surface",
            r"\bi'?ll just [^.!?]{3,60}, (shall|will|should) i\b|\btwiddl\w* my thumbs\b|\btill "
            r"the cows come home\b|\bwatch my (\w+ )?(day|morning|afternoon|evening|life) "
            r"(disappear|slip|go|drain)\b|\bit'?s not as (if|though) (i|i'?ve|i have|i had)\b|\bi "
            r"did say\b[^.!?]*\bdidn'?t i\b|\btalking to myself\b",
        ),
        # talking down: "better than you do", "you'd know what …, would you?", "quicker on the
        # uptake", "making this so difficult", "someone who can actually decide", "pretty
        # unprofessional", "the least you could do"
        (
            "surface",
            r"\bbetter than you (do|ever will|could)\b|\byou'?d know\b[^.!?]{0,60}, would you\b|"
            r"\b(quick|quicker|slow) on the uptake\b|\byou'?re making (this|it) (so |this |that )?"
            r"(difficult|hard|complicated)\b|\b(someone|anyone|somebody|anybody) (there )?who "
            r"can actually\b|\b(pretty|very|rather|really|quite|so) unprofessional\b|\bthe least "
            r"you (could|can) do\b|\bare you new\b|(^|[.!?] )not happening\b",
        ),
        # threats and orders: "I'm not asking, I'm telling you", "I want it now", "quick as you
        # can", "I record all my calls", "a review", "if I spoke to your manager", "hand him the
        # phone", "Got that?"
        (
            "surface",
            r"\bi'?m not asking,? i'?m telling\b|\bi want it (now|today|right now)\b|\bquick as "
            r"you can\b|\brecord (all |every )?(my|these|this|our) (\w+ )?calls?\b|\b(leave|write|"
            r"post)\w* (a |an |my )?(\w+ )?review\b|\bif i (spoke|speak|talked|talk) to your "
            r"(manager|supervisor|boss)\b|\bhand (him|her) the phone\b|(^|[.!?] )got that\?|"
            r"\bif i were you,? i'?d (think|be careful|reconsider)\b",
        ),
        # an eye-roll, a bare "Now." as an order, "Don't 'may I ask' me", "a 'no' dressed up as",
        # "your best isn't quite enough"
        (
            "surface",
            r"🙄|😒|(^|[.!?] )now[.!]+\s*$|\bdon'?t '[^']{3,60}' me\b|\bdressed up as\b|"
            r"\byour (very )?best (isn'?t|is not|wasn'?t|was not)\b|\ba (little|bit) more (effort|"
            r"enthusiasm)\b|\bdo they teach you\b|\byour little (rules?|script|speech|list)\b|"
            r"\bsome of us have (actual|real) (work|jobs?)\b",
        ),
    ),
}
