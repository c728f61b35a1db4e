"""The practice judge's cues for English answers (bot/coach/roleplay_cues.py explains the form)."""

from __future__ import annotations

from bot.coach.roleplay_cue_form import Cue
from bot.coach.roleplay_cue_form import cues as _cues

CUES: dict[str, tuple[Cue, ...]] = {
    "evasive": _cues(
        ("surface", r"\b(rather|prefer to) (discuss|talk)\b"),
        ("surface", r"\b(business|personal|private) matter\b"),
        ("surface", r"\b(complicated|too long to explain)\b"),
        ("surface", r"\b(it'?s|it is) (important|urgent)\b"),
        ("surface", r"^(it'?s|it is) about an? (partnership|collaboration|project|matter)\b"),
        ("surface", r"\babout a referral\b"),
        ("surface", r"\bnone of your business\b"),
        ("surface", r"\bspeak to the (boss|manager|owner)\b"),
        ("surface", r"\bdecision maker\b"),
        ("surface", r"\bwouldn'?t understand\b"),
        ("surface", r"\bonly need (five|two|5|2) minutes\b"),
        ("surface", r"\b(it'?s|it is) (personal|private)\b"),
        ("surface", r"\bjust tell (him|her)\b"),
        ("surface", r"\bknows exactly what\b"),
        ("surface", r"\bdon'?t have time for your\b"),
        ("surface", r"\bwhoever is in charge\b"),
        ("surface", r"\b(confidential|between us)\b"),
        ("surface", r"\brather (explain|tell|say)\b"),
        ("surface", r"\bsort (something|it|this) out\b"),
        (
            "surface",
            r"\bis the (owner|boss|manager|director|ceo) (around|in|there|available)\b",
        ),
    ),
    "put_through": _cues(
        ("surface", r"\b(put me through|connect me|transfer me|forward me)\b"),
    ),
    "rude": _cues(
        ("surface", r"\bnone of your business\b"),
        ("surface", r"\bdon'?t have time for your\b"),
        ("surface", r"\bi want to speak\b"),
        ("surface", r"\b(come on|such a fuss|oh please)\b"),
        ("surface", r"\bwouldn'?t understand\b"),
        ("surface", r"\bnot too much to ask\b"),
        ("surface", r"\bare you the decision maker\b"),
        # (not "at whatever time suits him", blind set 38)
        (
            "surface",
            r"\b(whatever(?! (time|day|date|slot|hour|suits|works|is (best|easiest|convenient|good)|"
            r"would (suit|work)))|just put me through to whoever)\b",
        ),
        ("surface", r"\b(all (the|these) questions|interrogation)\b"),
        ("surface", r"\b(just|only) (the|a) (secretary|receptionist|assistant|operator)\b"),
        # "you at reception won't follow the technical details anyway" (twin of blind set 40), "You
        # probably wouldn't follow the details" (blind set 43)
        (
            "surface",
            r"\byou\b[^.!?]{0,40}\b(won'?t|wouldn'?t|can'?t|couldn'?t|don'?t) (follow|understand|"
            r"grasp|get|judge) ([\w-]+ ){0,4}(anyway|anyhow|in any case)\b|\byou (probably |likely )?"
            r"(won'?t|wouldn'?t) (follow|understand|grasp|get) the (\w+ )?(details|specifics|technical)\b",
        ),
        # a name noted for later blame: "I'll just mention your name to Mr Berger when I do reach
        # him", "I'll make a note of your name, just in case this comes up later" (blind sets 42
        # and 43); "are you always this helpful?" (twin of blind set 42)
        (
            "surface",
            r"\bmention your name\b|\b(make a note|take a note|note down|write down) (of )?your "
            r"name\b[^.!?]{0,12}\bin case\b|\bare you always (this|so) (helpful|friendly|obliging|"
            r"accommodating)\b",
        ),
    ),
    # pressure and condescension that are not in the list above
    "rude_pressure": _cues(
        (
            "surface",
            r"\bspell it out\b|\bnot (discussing|talking about) (this|that|it) with (reception|you|the switchboard)\b",
        ),
        (
            "surface",
            r"\bnot just anybody\b|\bget rid of me\b|\bhad enough\b|\bfor crying out loud\b",
        ),
        (
            "surface",
            r"\b(haven'?t|have not|don'?t have) got all day\b|\bwhat you'?re (there|here) for\b",
        ),
        (
            "surface",
            r"\bi want the (boss|manager|owner)\b|\bgreat, another\b|\bknows? it all\b|\bknow-it-all\b",
        ),
        (
            "surface",
            r"\bi'?m not talking to you\b|\bnosy\b|\b(ridiculous|outrageous|unbelievable|pathetic)\b",
        ),
        ("surface", r"\b(give|get) me\b[^.!?]{0,30}\b(now|right now)\b"),
        (
            "surface",
            r"\b(twenty|20) questions\b|\bhow many times\b|\bfob\w* (me )?off\b|\bfobbed\b",
        ),
        ("surface", r"\bare you the (boss|owner|manager|decision maker)\b|\bholding me up\b"),
        ("surface", r"\b(transfer|connect|put) me( through)?,? (now|right now|immediately)\b"),
        ("surface", r"\bcomplain\b|\bfor me to decide\b|\bnot (for )?you to decide\b"),
        ("surface", r"\bcan you (actually|even)\b|\b(grilling|interrogating|quizzing) me\b"),
        (
            "surface",
            r"\bwhat'?s the (problem|big deal|holdup|hold-up)\b|\bwast\w* (my|each other'?s) time\b",
        ),
        # "you're not the person I need, are you?", "a bit above your pay grade", "I'll keep
        # ringing until he picks up" (blind set 33 and its twins)
        (
            "surface",
            r"\bnot the (person|one) i need\b|\b(above|beyond) your pay ?grade\b|"
            r"\bkeep (ringing|calling|phoning) (\w+ )?until\b",
        ),
        ("surface", r"\bcome off it\b|\bdrama\b|\bpalaver\b|\bfor (heaven|god|pete)'?s sake\b"),
        (
            "surface",
            r"\bdo your job\b|\bnot that (hard|difficult)\b|\bonly the (secretary|receptionist)\b",
        ),
        ("surface", r"\band i mean now\b|\bstop (asking|grilling|making)\b"),
    ),
    "pushy": _cues(
        ("surface", r"\bjust (put me through|connect me|transfer me|forward me)\b"),
        ("surface", r"\b(put me through|connect me|transfer me) (now|right now|immediately)\b"),
    ),
    "polite": _cues(
        ("surface", r"\b(good (morning|afternoon|evening)|morning|hello|hi)\b"),
        ("surface", r"\b(please|thanks?|thank you)\b"),
        ("surface", r"\b(have a (nice|good|great) day|sorry to bother)\b"),
        (
            "surface",
            r"\b(i appreciate|may i ask|fair question|good question|that's kind|sorry for the interruption)\b",
        ),
    ),
    "asks_contact": _cues(
        (
            "surface",
            r"\bwho\b[^.!?]{0,40}\b(in charge|responsible|looks after|handles|takes care|organi[sz]es|right person|should i)\b",
        ),
        ("surface", r"\bwho (am i|i'?m) speaking\b|\bwho should i address\b"),
        ("surface", r"\byour name\b"),
        (
            "surface",
            r"\bwhen (is|would|will|can|could)\b[^.!?]{0,40}\b(best|suit|good|reach|free)\b",
        ),
        ("surface", r"\b(best|good|better) time to (reach|catch|call|ring|try)\b"),
        ("surface", r"\bright person\b[^.!?]*\?"),
        ("surface", r"\bwho should i\b"),
        ("surface", r"\bwho\b[^.!?]{0,60}\?"),
        ("surface", r"\b(wonder|wondered|ask|know),? who\b"),
        ("surface", r"\bwhen (is|would|will|does) (he|she|they|mr|ms|mrs)\b[^.!]*\?"),
        ("surface", r"\bright contact\b"),
    ),
    "identity": _cues(
        # "I work for Halcyon Web Design"
        ("surface", r"\bi work (for|at) (a|an|the|[a-z]+)\b"),
        # "I'm a VA for a wedding planner"
        ("surface", r"\b(va|virtual assistant|assistant|pa) (for|to) (a|an|the|mr|ms|mrs|dr)\b"),
        ("surface", r"(?<!'s )(?<!is )(?<!very )(?<!so )(?<!too )\b\w+ here (from|at|with|for)\b"),
        (
            "surface",
            r"^\W*(for|on behalf of) (the )?(?!(heaven|god|goodness|pete|crying|christ)\b)\w+",
        ),
        ("surface", r"\b(i'?m|this is) \w+( \w+)? (from|at|with)\b"),
        ("surface", r"\bbooking (\w+ ){0,2}for\b|\b(provider|maker|developer)s? of\b"),
        ("surface", r"\b(assistant|consultant|manager) (at|for|with) \w+"),
        (
            "surface",
            r"\b(for|on behalf of) (an?|my|our) (\w+ ){0,2}(agency|company|firm|client|consultant|trainer|maker|manufacturer|business)\b",
        ),
        ("surface", r"\b(calling|phoning|ringing) (on behalf of|for|from)\b"),
        ("surface", r"\bon behalf of\b"),
        ("surface", r"\b(i'?m|i am) with [a-z]"),
        ("surface", r"\bthis is \w+ from\b"),
        ("surface", r"\bi work (with|for) an? \w+"),
        (
            "surface",
            r"\b(our|my) client\b|\b(prospecting|sales|outreach|bookings) for (an?|the|my)\b",
        ),
        ("surface", r"\bi (support|assist|represent) [a-z]"),
        ("surface", r"\b(i'?m|i am) (\w+ ){0,2}\w+'s (assistant|pa|colleague)\b"),
    ),
    "offer": _cues(
        (
            "surface",
            r"\bwe (help|offer|run|build|print|support|develop|advise|organi[sz]e|plan|sell|make|install|train|provide|deliver|design)\b",
        ),
        ("surface", r"\bintroduce our\b"),
        ("surface", r"\b(whether|if) [^.!?]{0,50}\b(interest|open to)\b"),
        # the twin of blind set 34's "eine Kooperation vorschlagen"
        (
            "surface",
            r"\b(propose|suggest|offer|pitch) (a|an|our) (\w+ )?(partnership|collaboration|"
            r"cooperation|idea|joint)\b",
        ),
    ),
    "topic": _cues(
        ("surface", r"\b(it'?s|it is) about ((?:[^\s.!?,;]+ ){1,}[^\s.!?,;]+)"),
    ),
    "vague_topic": _cues(
        (
            "surface",
            r"\babout an? (business |personal )?(partnership|collaboration|matter|project|thing)\b",
        ),
    ),
    # an honest first contact says so ("this is a cold call", "he doesn't know us yet"), or
    # says plainly why it calls and what it offers
    "first_contact": _cues(
        ("surface", r"\bbecause i'?m (ringing|calling|phoning|contacting)\b"),
        ("surface", r"\b(calling|ringing|phoning)\b[^.!?]{0,50}\babout\b"),
        (
            "surface",
            r"\bwe have an? (\w+ )?(app|software|solution|product|training|system|tool|programme|service)\b",
        ),
        ("surface", r"\bto (introduce|find out|ask|offer|present|show)\b"),
        ("surface", r"\bwe'?ve (built|developed|created|designed|launched)\b"),
        (
            "surface",
            r"\bwe'?re an? (\w+ ){0,2}(start-?up|company|agency|firm|business|team|provider)\b",
        ),
        ("surface", r"\b(calling|ringing|phoning|getting in touch|in touch) (because|about)\b"),
        (
            "surface",
            r"\b(like|love|want|wanted|hoping) to (\w+ ){0,2}(introduce|show|demo|present)\b",
        ),
        ("surface", r"\b(interested|interest you|of interest)\b|\bbusiness offer\b"),
        (
            "surface",
            r"\bour (\w+ ){0,2}(app|software|tool|product|training|service|system|solution)\b",
        ),
        ("surface", r"\bwe (make|take|train|set up|sell|offer|do)\b|\bwe set (\w+ ){0,2}up\b"),
        (
            "surface",
            r"\bintroducing\b|\btell (him|her|you|mr \w+|ms \w+|dr \w+) about (our|my|a|an)\b",
        ),
        (
            "surface",
            r"\b(she|he|they|my client|our client) (runs|offers|sells|provides|makes|builds|develops|trains)\b",
        ),
    ),
    # which kind of question a contact question is, and whether an answer stays on the call
    "asks_who": _cues(
        (
            "surface",
            r"\bwho\b(?! am i| i'?m speaking)|\bright (person|contact)\b|\bin charge\b|\bresponsible\b",
        ),
    ),
    "asks_name": _cues(
        ("surface", r"\byour name\b|\bwho (am i|i'?m) speaking\b"),
    ),
    # spelling a name letter by letter ("S-I-O-B-H-A-N")
    "spells": _cues(("surface", r"\b([^\W\d_]-){3,}[^\W\d_]\b")),
    "asks_when": _cues(
        ("surface", r"\bwhen\b|\bbest time\b"),
    ),
    "acknowledges": _cues(
        (
            "surface",
            r"\b(ok|okay|alright|all right|right|fine|sure|understood|i see|no problem|of course|hold|wait|later|tomorrow|message|email|address|call back|try again|shame|anyway|yes|no|great|perfect)\b",
        ),
    ),
    "affirms": _cues(
        (
            "surface",
            r"^\W*(yes|yeah|yep|sure|of course|certainly|indeed|absolutely|it is|it has)\b(?![^.!?]*\b(not|no)\b|[^.!?]*n't\b)",
        )
    ),
    # says plainly that this is a first contact: candour, but not yet why the call is made
    "admits_first": _cues(
        # "let him know that Lena from Becker Design called": a message about her own call
        (
            "surface",
            r"\b(know|tell (him|her)) (that )?[a-z]+ from (?!your\b|his\b|her\b|the\b)\w+( \w+)? (called|rang|phoned)\b",
        ),
        # "I tried your sales line first but it went to voicemail"
        (
            "surface",
            r"\bi (tried|rang|called) (\w+ ){0,4}(but|and) (it|the line|they|nobody|no one) (went|was|were|didn'?t)\b",
        ),
        # "no one picked up", "my second try, I haven't spoken to anyone yet"
        ("surface", r"\b(no one|nobody|no-one) (picked up|answered)\b|\bthe line was busy\b"),
        (
            "surface",
            r"\bhaven'?t (actually )?spoken to anyone\b|\bmy (second|third) (try|attempt|go)\b",
        ),
        # found him on LinkedIn (not "she messaged me on LinkedIn asking me to call")
        (
            "surface",
            r"^(?!.*\b(messaged|wrote to|asked|asking|invited|contacted|told) (me|us)\b).*\b(on|"
            r"via|through) (linkedin|google|instagram)\b",
        ),
        ("surface", r"\b(first contact|unsolicited call|doesn'?t know us yet)\b"),
        ("surface", r"\b(cold call|sales call)\b"),
        (
            "surface",
            r"\b(first (call|contact|time)|cold call|sales call|enquiry|inquiry|never spoken)\b",
        ),
    ),
}
