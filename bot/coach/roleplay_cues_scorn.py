"""Rudeness recognised by what the caller does to the receptionist, not by a listed phrase
(bot/coach/roleplay.py adds these to the cues of roleplay_cues_<lang>.py):

- "scorn": belittles her role ("nur die Empfangsdame", "not explaining myself to a
  receptionist"), her wits ("schwer von Begriff", "deliberately slow"), or her questions
  ("Ersparen Sie mir Ihre Fragen", "spare me the questions"); waves her off ("halblang",
  "give it a rest", "keine Lust auf …"); hurries her ("zackig", "make it snappy"); or asks
  what is so hard about her job;
- "command": a bare order to connect ("verbinden Sie mich", "put me through") in a sentence
  with no "bitte"/"please" (the judge also checks that it is not a question).
"""

from __future__ import annotations

from bot.coach.roleplay_cue_form import Cue
from bot.coach.roleplay_cue_form import cues as _cues

_ROLE_DE = r"(empfang\w*|sekretär\w*|telefonist\w*|\w*zentrale|vorzimmer\w*|pförtner\w*)"
_ROLE_EN = r"(receptionist|secretary|switchboard|front desk|gatekeeper|operator|reception)"
# Two one-word sentences in a row ("Ich. Will.", "Put. Me.") bark an order, unless they are
# the calm words of a reply ("Okay. Danke.", "Right. Thanks.").
_STACCATO = r"(^|[.!?:] )(?!{calm}\b)[\w@]+[.!] (?!{calm}\b)[\w@]+[.!]"
_CALM_DE = (
    r"(ok|okay|ja|nein|danke|gut|super|prima|tschüss|hallo|genau|klar|bitte|verstanden|"
    r"schade|moment|stimmt|gerne|gern|richtig|perfekt|wunderbar|einverstanden|ah|oh|aha|ach|"
    r"achso|hm+|mhm|na|verstehe|schön|toll|wiederhören|sekunde|momentchen|tja|ähm?|äh|"
    # a first call owned up to in one word is candour: "Webdesign. Erstanruf." (blind set 39)
    r"erstanruf|erstkontakt|kaltakquise|kaltanruf|akquise)"
)
_CALM_EN = (
    r"(ok|okay|yes|no|thanks|right|fine|great|bye|sure|hello|hi|sorry|please|perfect|"
    r"understood|cheers|alright|lovely|brilliant|goodbye|noted|absolutely|wonderful|ah|oh|aha|"
    r"hm+|mhm|really|excellent|good|cool|indeed|exactly|correct|certainly|um|uh|erm|well|"
    r"cold-call|sales)"
)

DE: dict[str, tuple[Cue, ...]] = {
    "scorn": _cues(
        (
            "surface",
            # (not "möchte ich das nicht über die Zentrale klären", blind set 42)
            rf"\b(nicht|doch|nur|bloß|keine)\b[^.!?,;–]{{0,40}}(?<!über )\b(der|die|dem|den) {_ROLE_DE}",
        ),
        (
            "surface",
            r"\b(schwer von begriff|begriffsstutzig|taub|dumm|unfähig|inkompetent|ahnungslos|"
            r"kapier\w*|halblang|spielchen|keine lust|quatsch|unsinn|blödsinn|zackig|dalli|"
            r"beeilung|herrgott|verdammt\w*|mensch nochmal)\b",
        ),
        # "Ihre Fragen" and "Sie fragen" are one string here: only the first after a preposition
        (
            "surface",
            r"\b(mit|von|wegen|lauter|all|schluss mit) @you (\w+ )?fragen\b|\bersparen @you mir\b"
            r"|\bgenug gefragt\b",
        ),
        ("surface", r"\bgeht @you\b[^.!?]{0,25}\bnichts an\b"),
        # waves her off, belittles her job, sneers at how she works
        ("surface", r"\bspar\w* @you sich\b|\bvergessen @you('s| es)\b"),
        (
            "surface",
            r"\b@you\b[^.!?]{0,30}\bnur\b[^.!?]{0,30}\b(anrufe|telefon|annehmen|abnehmen|"
            r"weiterleiten|durchstellen|verbinden|abwimmeln)\b",
        ),
        # sarcasm: "Danke für nichts", "Schon mal was von Kundenservice gehört?"
        (
            "surface",
            r"\bnicht den ganzen tag\b|\b(also|na) los\b|\blos jetzt\b|\b@you (sind|bist) (hier )?"
            r"(nicht|nur) (die|der) (chef\w*|entscheider\w*|inhaber\w*)\b|"
            r"\bdanke für nichts\b|\bschon mal (was|etwas) von (\w+ )?(kundenservice|service|"
            r"höflichkeit|freundlichkeit|kundenfreundlichkeit|manieren)\b|\bd(u|ü)mm\w*\b",
        ),
        (
            "surface",
            r"\bjemand(en)?\b[^.!?]{0,30}\b((der|die) (etwas|was) zu sagen hat|ahnung|kompetent\w*|"
            r"befugt)\b",
        ),
        ("surface", r"\boder (wie|was)\s*\?|\b(geht|wird) (das|es) heute noch\b"),
        ("surface", r"(?<!ja )\b(nicht|kaum) @you (problem|sache|angelegenheit|aufgabe|bier)\b"),
        (
            "surface",
            r"^\W*(boah|pff+|tss+|mann,|menno)\b|\bbesseres zu tun\b|\bmit @you (zu )?"
            r"(diskutieren|streiten)\b",
        ),
        (
            "surface",
            r"\b(machen|tun|mach) [^.!?]{0,25}\bwas ich (@you )?(sag|sage|will|verlange)\b",
        ),
        (
            "surface",
            r"\b(sind|bist) @you (\w+ ){0,3}(so )?(kompliziert|schwierig|anstrengend|stur|langsam|"
            r"begriffsstutzig|unfreundlich)\b",
        ),
        (
            "surface",
            r"\b@you (sind|bist) (\w+ ){0,2}(anstrengend|nervig|unmöglich|stur|unfreundlich|frech|"
            r"lästig|penetrant|umständlich|langsam|unverschämt)\b",
        ),
        (
            "surface",
            r"\bhör\w* (@you )?(mal |jetzt |gut )*zu\b|\bich will (\w+ ){0,2}(herrn? \w+|frau \w+|ihn)\b"
            r"|\bnicht @you\s*[.!]|\b(aber|und zwar) (schnell|flott|zügig|fix|dalli)\b",
        ),
        (
            "surface",
            r"\b(das letzte|eine zumutung|zumutung|frechheit|unhöflich|schande|peinlich|"
            r"skandal\w*)\b|\bwie @you mit (\w+ )?(anrufern|kunden|leuten|menschen) umgeh\w*",
        ),
        ("surface", r"\bwas ist (denn |daran |da )*so (schwer|schwierig|kompliziert)\b"),
        ("surface", r"\bmuss ich (@you )?(das|es) (\w+ ){0,2}(buchstabieren|aufmalen|vorbeten)\b"),
        # "Ist das so schwer zu verstehen?", "Das kann doch nicht so schwer sein"
        (
            "surface",
            r"\b(ist|war) (das|es) (\w+ ){0,2}so (schwer|schwierig|kompliziert)\b|\bdoch (nicht|kaum) "
            r"so (schwer|schwierig|kompliziert)\b|\bso schwer zu (verstehen|"
            r"begreifen|kapieren)\b|\bkein\w* (hexenwerk|raketenwissenschaft)\b",
        ),
        # staccato: "Ich. Will. Herrn Berger. Sprechen.", "Herrn Berger. Jetzt."
        ("surface", _STACCATO.format(calm=_CALM_DE)),
        (
            "surface",
            r"\b(herrn? \w+|frau \w+|ihn|den chef\w*|die chefin)[.!] (jetzt|sofort|aber zackig|"
            r"und zwar (jetzt|sofort))\s*[.!]",
        ),
    ),
    "command": _cues(
        (
            "surface",
            r"(^|[,.;!:] |\b(und|jetzt|dann|endlich|einfach|also) )((verbinde|verbind|leite)\w* "
            r"(@you )?(mich|uns)\b|stell\w* (@you )?(mich|uns) (\w+ ){0,4}durch\b)",
        ),
        ("surface", r"(^|[.;!:] )(verbinden|durchstellen|weiterleiten)\b"),
        ("surface", r"(^|[,.;!:] )(hören @you auf|hör auf|lassen @you das|lass das)\b"),
        (
            "surface",
            r"(^|[,.;!:] |\b(und|jetzt|dann|endlich|einfach) )(hol\w*|geb\w*|gib) (@you )?(mir )?"
            r"(ihn|herrn \w+|frau \w+|(den|die|@you) (chef\w*|inhaber\w*|geschäftsführ\w*))\b",
        ),
    ),
    "courtesy": _cues(("surface", r"\b(bitte|danke|freundlich|wären @you so|würden @you)\b")),
}

EN: dict[str, tuple[Cue, ...]] = {
    "scorn": _cues(
        (
            "surface",
            rf"\b(not|n't|just|only|mere|a)\b[^.!?]{{0,30}}\b(a|the|to the|to a) {_ROLE_EN}\b",
        ),
        (
            "surface",
            r"\b(deliberately|being) (slow|difficult|obtuse|awkward)\b|\b(stupid|thick|dense|"
            r"clueless|incompetent|useless|idiot\w*|moron\w*)\b",
        ),
        (
            "surface",
            r"\b(give it a rest|can'?t be bothered|explaining myself|snappy|chop[- ]chop|"
            r"hurry up|get a move on|pronto|nonsense|rubbish)\b",
        ),
        ("surface", r"\b(your|these|the|all the|so many|with the|enough) questions\b"),
        ("surface", r"\bnone of your (business|concern|affair)\b|\bnot your (concern|business)\b"),
        ("surface", r"\bwhat'?s so (hard|difficult|complicated)\b"),
        # waves her off, belittles her job, sneers at how she works
        ("surface", r"\bsave it\b|\bspare me\b|\bforget it\b"),
        ("surface", r"\byou('re| are)\b[^.!?]{0,20}\b(only|just) (here |there )?to\b"),
        (
            "surface",
            r"\byou'?re (not|only) the (boss|one who decides|decision maker|owner)\b|"
            r"\bthanks for nothing\b|\bever heard of (\w+ )?(customer service|service|manners|"
            r"courtesy|politeness)\b|\b(playing |play )?dumb\b",
        ),
        (
            "surface",
            r"\b(anyone|anybody|someone|somebody)\b[^.!?]{0,30}\b(actually|competent|with (any )?"
            r"authority|who knows what)\b",
        ),
        (
            "surface",
            r"^\W*(ugh|urgh|pff+|tsk|jeez|geez)\b(?!,? (sorry|this line|the line|my (headset|line|phone|connection)))|\bbetter things to do\b|\b(argue|argu\w+|"
            r"bicker\w*) with you\b",
        ),
        ("surface", r"\b(just )?do (what|as) i('m)? (say|tell|telling|told|want|asked|ask)\b"),
        (
            "surface",
            r"\bare you (\w+ ){0,2}(this|so|that) (difficult|slow|awkward|unhelpful|annoying|stubborn|"
            r"complicated|obstructive)\b",
        ),
        ("surface", r"\bor what\s*\?|\b(happening|going to happen) today\b"),
        ("surface", r"\b(hardly|not) your (problem|concern|business|affair|place)\b"),
        (
            "surface",
            r"\byou'?re (\w+ ){0,2}(hard work|annoying|impossible|unhelpful|stubborn|a pain|"
            r"a nightmare|tiresome|exhausting|obstructive)\b",
        ),
        (
            "surface",
            r"\b(now )?listen here\b|\blook here\b|\bi want (him|her|mr \w+|ms \w+|dr \w+|the (boss|"
            r"manager|owner))\b|,? not you\s*[.!]|(?<!i'll )(?<!i will )(?<!i'll try to )\b(be|make it) quick( about it)?\b",
        ),
        (
            "surface",
            r"\b(disgrace\w*|appalling|shocking|unacceptable|shameful|a joke|pathetic)\b"
            r"|\bthe way you (treat|talk|deal|speak)\b",
        ),
        # "It's not rocket science", "How hard can it be?", "Is that so difficult to understand?"
        (
            "surface",
            r"\b(rocket science|brain surgery)\b|\bhow (hard|difficult|complicated) can (it|that|"
            r"this) (\w+ )?be\b|\b(is|was) (that|it|this) (\w+ ){0,2}(so|that) (hard|difficult|"
            r"complicated)\b|\b(so|that) (hard|difficult) to (understand|grasp|follow)\b|\bnot "
            r"exactly (hard|difficult|complicated)\b",
        ),
        # staccato: "Put. Me. Through.", "I need Mr Berger. Now."
        ("surface", _STACCATO.format(calm=_CALM_EN)),
        (
            "surface",
            r"\b((mr|ms|mrs|dr) \w+|him|her|the (boss|manager|owner))[.!] (now|right now|"
            r"immediately|at once)\s*[.!]",
        ),
    ),
    "command": _cues(
        (
            "surface",
            r"(^|[,.;!:] |\band |\bnow |\bthen |\bjust |\bso )(put me through|connect me|transfer me|"
            r"forward (me|the call)|get me)\b",
        ),
        (
            "surface",
            r"(^|[,.;!:] |\band |\bnow |\bthen |\bjust )(get|put|fetch|give me) (him|her|mr \w+|"
            r"ms \w+|dr \w+|(your|the) (\w+ )?(boss|manager|owner|director))\b",
        ),
        ("surface", r"(^|[,.;!:] |\bjust |\bnow )(stop|quit) \w+ing\b"),
    ),
    "courtesy": _cues(("surface", r"\b(please|thanks?|thank you|kindly|would you mind)\b")),
}
