"""False claims in English caller answers, by family (bot/coach/roleplay_claims.py explains how
a claim is read). Patterns run over one normalised sentence: lower-case words, apostrophes
straightened."""

from __future__ import annotations

from bot.coach.roleplay_cue_form import cues as _cues

_BOSS = r"(he|she|him|her|mr \w+|ms \w+|mrs \w+|dr \w+|your (\w+ )?(boss|manager|director|owner|md|ceo))"
_THIRD = r"([a-z]+'s \w+|your \w+( in \w+)?|[a-z]+ [a-z]+ (from|at) [a-z ]+|mr \w+|ms \w+|mrs \w+|dr \w+)"

CLAIMS = {
    # "We know each other from golf", "an old friend", "tell him it's Jonas, he'll know"
    "friendship": _cues(
        ("surface", r"(?<!i )\bknows? (what it'?s about|who i am)\b|\bit'?s me\b"),
        (
            "surface",
            r"\b(neighbou?rs?|cousins?|relatives?|related|brother|sister|uncle|aunt|nephew|niece|in-laws?|godfather|godson|flatmates?|classmates?|old colleagues?|former colleagues?)\b",
        ),
        ("surface", r"\b(i'?m|i am|we'?re|we are|been) (his|her|your) \w+"),
        ("surface", r"\b(studied|trained|grew up|went to school|played|served) together\b"),
        (
            "surface",
            r"(?<!my )(?<!our )(?<!a )\b(?!my\b|our\b)[a-z]+ and i (are|were|go|have|know|met|studied)\b",
        ),
        ("surface", r"\brecogni[sz]e (me|my)\b|\bknows? my (voice|name)\b"),
        (
            "surface",
            r"\b(old|good|close) (friends?|mates?|acquaintances?)\b|\bfriends? of\b",
        ),
        (
            "surface",
            r"\b(we|i) know (each other|him|her)\b|\bknows? (me|us)\b|\bknown (each other|him|her)\b",
        ),
        ("surface", r"\bgo (way )?back\b|\bwe'?re (\w+ )?(friends|mates)\b"),
        (
            "surface",
            r"\bfrom (the )?(golf|tennis|pub|club|gym|school|uni|university|football|sailing)\w*\b",
        ),
        ("surface", r"\bat (university|uni|school|college) (together|with)\b"),
        ("surface", r"\btell (him|her) it'?s (?!about\b)[a-z]+\b"),
        ("surface", r"\b(he|she)'?ll know\b|\b(he|she) will know\b"),
        ("surface", r"\b(glad|happy|pleased|delighted) to hear from me\b"),
    ),
    # "He asked me to call", "he said I should ring", "at his request"
    "asked_to_call": _cues(
        (
            "surface",
            rf"\b{_BOSS} (has |had )?(\w+ ){{0,2}}(wanted|wants|hoped|asked|needs) to hear from (me|us)\b",
        ),
        ("surface", r"\bi'?m supposed to\b|\b(he|she) said so\b|\b(he|she) said (i|we|to)\b"),
        ("surface", rf"\b(message|email|call|note|letter|invitation|request) from {_BOSS}"),
        (
            "surface",
            rf"\b{_BOSS} (\w+ ){{0,2}}(asked|told|wanted|requested|invited|instructed|needs?) (me|us)\b",
        ),
        (
            "surface",
            rf"\b{_BOSS} (\w+ ){{0,2}}(asked|requested) (for )?(a|my|our) (call|callback|ring)\b",
        ),
        (
            "surface",
            r"\b(at|on) ((dr|mr|ms|mrs)\.? )?(his|her|[a-z]+'s) (request|suggestion|invitation|instruction)\b",
        ),
        (
            "surface",
            r"\b(he|she) said (i|we) (should|could|can|ought|must)\b|\bsaid to (just )?(call|ring|phone|chase|get|follow|mention|try)\b",
        ),
        # "He left word that I should phone him"
        ("surface", r"\bleft (word|a message|instructions?|a note) (that|for) (i|me|us|we)\b"),
    ),
    # "We spoke last week", "our conversation on Tuesday", "I'm following up on our chat"
    "spoke_before": _cues(
        ("surface", r"\bheard of (us|me)\b"),
        ("surface", rf"\b{_BOSS} (gave|sent|showed|handed|promised|offered) (me|us)\b"),
        (
            "surface",
            rf"\b{_BOSS} (has |had )?(\w+ ){{0,2}}(asked|told|wanted|invited|emailed|messaged|rang|called|phoned|contacted|tried|looked|seen|saw|reviewed|read)\b[^.!?]{{0,30}}\b(me|us|our)\b",
        ),
        (
            "surface",
            r"\bwhat we (\w+ ){0,2}(discussed|went over|talked about|agreed|arranged|said)\b|\bwe went over\b",
        ),
        ("surface", r"\bas (agreed|discussed|arranged|promised)\b"),
        (
            "surface",
            r"\b(i|we) (was|were) (at|in) (his|her|your)\b|\bvisited (him|her|you|your|his)\b",
        ),
        ("surface", r"\bto do with each other\b|\bdealt with (each other|you|him|her)\b"),
        ("surface", r"\bwe (spoke|talked|met|chatted|emailed|discussed|caught up|corresponded)\b"),
        (
            "surface",
            r"\bwe'?ve (\w+ ){0,2}(spoken|talked|met|chatted|emailed|discussed|been in touch)\b",
        ),
        (
            "surface",
            r"\b(i|we) (had|have had) (a|an) (\w+ )?(chat|call|conversation|meeting|talk|word)\b",
        ),
        (
            "surface",
            r"\bour (last |recent )?(conversation|call|chat|meeting|talk|discussion|emails?)\b",
        ),
        (
            "surface",
            r"\b(already )?discussed\b|\bemailing\b|\b(been|were|was) in (touch|contact)\b",
        ),
        (
            "surface",
            r"\bfollow(ing)? up on (that|our|his|her|the (call|conversation|chat|meeting))\b",
        ),
        ("surface", r"\bchase (him|her) up\b|\b(had|have had|been in) (\w+ )?(contact|touch)\b"),
        ("surface", rf"\b(sent|emailed|mailed|posted|forwarded) {_BOSS}\b"),
        (
            "surface",
            r"\b(it'?s|is) about (monday|tuesday|wednesday|thursday|friday|last week|yesterday)\b",
        ),
    ),
    # "I'm returning his call", "he left me a voicemail", "a missed call from this number"
    "returning_call": _cues(
        (
            "surface",
            r"\breturn(ing|ed)? (his|her|a|the|your|(mr|ms|mrs|dr) \w+'s|your \w+'s|[a-z]+'s) "
            r"(\w+ )?call\b|\bcall(ing)? (him|her) back\b|\b(i'?m|i am|just) (calling|ringing|"
            r"phoning) (\w+ )?back\b",
        ),
        # "about Mr Berger's call this morning", "the call from earlier" (not "it's his call": his
        # decision)
        (
            "surface",
            r"\b(about|regarding|following|after|answering) ((mr|ms|mrs|dr) \w+'s|your \w+'s|his|"
            r"her) (missed )?(call|voicemail)\b|\b((mr|ms|mrs|dr) \w+'s|your \w+'s|his|her) "
            r"(missed )?call (from|this|earlier|yesterday|last)\b|\bthe call (from )?(earlier|"
            r"this morning|yesterday)\b",
        ),
        (
            "surface",
            r"\b(a|the|his|her) call ?back\b(?![\w-]*\s?(service|system|feature|function|tool|app))|\bringing (him |her )?back\b|\bget(ting)? back to (him|her)\b",
        ),
        ("surface", r"\b(voicemail|voice mail|answerphone)\b|\bmissed call\b"),
        (
            "surface",
            r"\b(responding|replying) to (his|her)\b|\b(his|her) (message|email|voicemail)\b",
        ),
        (
            "surface",
            rf"\b{_BOSS} (rang|called|phoned|emailed|messaged|tried|tried to (reach|call|ring)) (me|us)\b",
        ),
    ),
    # "We already work together", "we're your supplier", "our existing contract"
    "relationship": _cues(
        (
            "surface",
            r"\b(services|maintains|supplies|looks? after|handles|insures|cleans|hosts|runs|manages) your\b",
        ),
        ("surface", r"\b(i'?m|we'?re|i am|we are) from (your|his|her)\b"),
        (
            "surface",
            r"\b(work|working|worked) (together|with (you|your|him|her|(mr|ms|mrs|dr) \w+))\b",
        ),
        # "we've been doing your company's payroll for years"
        (
            "surface",
            r"\bwe(?:'ve| have)? (?:been |already |always )*(?:do|doing|done|handl\w+|run|running|"
            r"manag\w+|look\w* after|suppl\w+|servic\w+|maintain\w*|clean\w*|insur\w+|host\w*|"
            r"print\w*|audit\w*) (your|his|her|(mr|ms|mrs|dr) \w+'s)\b",
        ),
        # "My client has been doing your company's payroll for five years"
        (
            "surface",
            r"\b(has|have|'s|'ve) been (doing|handling|running|managing|supplying|servicing|"
            r"cleaning|printing|hosting|insuring) (your|his|her)\b",
        ),
        (
            "surface",
            r"\b(calling|ringing|phoning|here) from your (\w+ ){0,2}(contractors?|suppliers?|"
            r"providers?|agency|accountants?|bank|insurers?|brokers?|cleaners?|printers?|"
            r"partners?|vendors?|auditors?|solicitors?|lawyers?|landlord)\b",
        ),
        (
            "surface",
            r"\b(we'?re|we are|i'?m|i am) (one of )?(your |his |her |the )(\w+ ){0,2}(suppliers?|customers?|clients?|partners?|provider|vendor)\b(?!,| (that|who|which)\b)",
        ),
        (
            "surface",
            r"\b(partners|partnered) with\b|\b(existing|ongoing|current) (\w+ )?(contract|project|account|order|agreement|partnership|work)\b",
        ),
        ("surface", r"\bour (contract|project|agreement|account|partnership|collaboration)\b"),
        # "My client's been a loyal customer of yours since 2019"
        (
            "surface",
            r"\b(been|is|are|'s|'re) an? (loyal|long-standing|longstanding|regular|existing|long-time|"
            r"longtime) (customer|client|supplier|partner|patient|guest|member)s?\b",
        ),
        ("surface", r"\bwe (look after|handle|supply|service|maintain|manage|do) (your|his|her)\b"),
        # "the agency that built your online shop", "the VA who does the bookkeeping for your firm"
        (
            "surface",
            r"\b(agency|company|firm|team|people|ones?|assistant|va) (that|who|which) (built|designed|"
            r"set up|made|runs?|manages?|maintains?|hosts?|does|did|handles?|prepares?|looks after)"
            r"\b[^.!?,]{0,40}\b(your|his|her)\b",
        ),
        (
            "surface",
            r"\b(already|long-standing|longstanding)\b[^.!?]{0,20}\b(customers?|clients?|suppliers?|partners?)\b",
        ),
    ),
    # "He's expecting my call", "he knows I'm calling", "we're booked in for eleven"
    "expected": _cues(
        (
            "surface",
            r"\b(he|she) (was going to|promised to|said (he|she)'?d) (let (me|us) know|get back|call|ring)\b",
        ),
        ("surface", r"\bwe'?re (meeting|speaking|talking|seeing each other)\b"),
        ("surface", r"\bwe have an? (\w+ ){0,2}(slot|appointment|meeting|call) (at|for|on)\b"),
        ("surface", r"\bexpect\w*\b[^.!?]{0,15}\b(me|my call|us|our call|this call|the call)\b"),
        (
            "surface",
            r"\bknows (that )?(i'?m|i am|we'?re|we are|i'?d|i'?ll|i would be) (\w+ )?(calling|ringing|phoning|call|ring)\b",
        ),
        (
            "surface",
            r"\bbooked in\b|\b(call|meeting|appointment|slot) (\w+ )?(scheduled|booked|arranged|planned)\b",
        ),
        (
            "surface",
            r"\b(scheduled|booked|arranged|agreed) (a |an |our )?(call|meeting|appointment|time)\b",
        ),
        (
            "surface",
            r"\b(appointment|meeting|call) with (him|her|mr|ms|mrs|dr)\b|\bi'?ve got an? (\w+ )?(appointment|meeting)\b",
        ),
        ("surface", r"\b(it'?s|is|was|were|been|all|that'?s) (\w+ )?(arranged|agreed|set up)\b"),
        (
            "surface",
            r"\b(on|in) (his|her) (list|calendar|diary|schedule)\b|\bwaiting (for|on) (me|my|us|our)\b",
        ),
        ("surface", r"\b(he|she) ([\w']+ )?knows? (all )?about (it|this|me|us|the call)\b"),
        # "our catch-up with your marketing lead", "my meeting with Mr Berger"
        (
            "surface",
            r"\b(our|my) (\w+ )?(catch-up|catch up|check-in|meeting|appointment|call|session) "
            r"with (your|him|her|mr|ms|mrs|dr)\b",
        ),
    ),
    # "It's personal", "a private matter", "between him and me"
    "personal": _cues(
        ("surface", r"\b(it'?s|it is|that'?s|is) (\w+ ){0,2}(personal|private)\b"),
        (
            "surface",
            r"\b(personal|private|family) (matter|business|reasons?|issue|thing|affair)\b|\bsomething (personal|private)\b",
        ),
        ("surface", r"\bof a (personal|private) nature\b|\bbetween (him|her) and (me|i)\b"),
        (
            "surface",
            r"\b(one|matter|call|thing)('s| is) (\w+ ){0,2}(personal|private)\b|\b(personal|private) "
            r"(for|to) (him|her|mr|ms|mrs|dr)\b",
        ),
    ),
    # "I was referred by …", "your accountant suggested I get in touch"
    "referral": _cues(
        ("surface", r"\bsent me (his|her|your) way\b|\bsent me (to|over)\b|\buse (his|her) name\b"),
        ("surface", r"\b(got|have|had) (his|her) (number|details|name|email) from\b"),
        (
            "surface",
            r"\b(referred|recommended) (me|us|by|that|i|we)\b|\b(recommended|referred) me\b",
        ),
        ("surface", rf"\b{_THIRD} (\w+ )?(recommended|suggested|referred|told|advised)\b"),
        ("surface", r"\bon (the )?(recommendation|advice|suggestion) of\b|\bput me (on)?to\b"),
        ("surface", r"\bpassed (me )?(on )?(his|her) (name|details|number)\b"),
        # "Holzer Joinery spoke really highly of you", "gave me your MD's name"
        ("surface", r"\b(spoke|speaks|spoken|talked|talks) (\w+ )?highly of\b"),
        ("surface", r"\bgave me (your|his|her) (\w+'s )?(name|number|details|contact)\b"),
    ),
    # "It's about his order from last week", "he's already accepted our quote"
    "order": _cues(
        (
            "surface",
            r"\b(goods|parcel|package|shipment|delivery) for (him|her|mr \w+|ms \w+|dr \w+)\b|\bdelivery address\b",
        ),
        (
            "surface",
            r"\b(outstanding|open|unpaid|last|latest|recent|current) (order|invoice|delivery|bill|payment)\b",
        ),
        (
            "surface",
            rf"\b{_BOSS} (has |had )?(\w+ ){{0,2}}(trialled|trialed|tried|tested|used|bought|ordered|installed)\b[^.!?]{{0,30}}\b(our|us|my)\b",
        ),
        (
            "surface",
            r"\b(his|her|your|\w+'s) (order|delivery|invoice|shipment|purchase|complaint|refund|"
            r"repair|renewal|booking|subscription|warranty claim|return)\b",
        ),
        (
            "surface",
            r"\b(he|she|you|mr \w+|ms \w+|dr \w+|your (\w+ )?(boss|manager|company|firm|practice|"
            r"director|md|ceo|owner))\b"
            r"[^.!?,;]{0,30}\b(ordered|purchased|bought|accepted|signed|placed)\b",
        ),
        ("surface", r"\b(was|were|been|being) (ordered|purchased|bought|signed)\b"),
        (
            "surface",
            r"\b(saw|seen|watched|tried) (our|the) (demo|presentation|offer|quote|trial)\b",
        ),
        ("surface", r"\bget back to (me|us)\b"),
        # "the catering order your office put in"
        (
            "surface",
            r"\border (that )?(your|he|she|mr \w+|ms \w+|dr \w+) (\w+ )?(put in|placed|made|sent)\b",
        ),
    ),
}

# A clause with one of these denies the claim it names ("he doesn't know us yet").
NEGATION = _cues(
    ("surface", r"\b(not|no|never|nothing|nobody|neither)\b|n't\b|\bthe first time\b")
)[0][1]
# A clause with one of these only wishes or asks ("I'd like to book a call", "whether …").
# "we'd" before a past participle is "we had" ("we'd agreed"), which claims.
WISH = _cues(
    (
        "surface",
        r"\b(would|(i|we)'?d(?! (\w+ed|been|spoken|met|had|done|got|sent|seen|told)\b)|could|"
        r"whether|if|like to|love to|hope to|hoping|want to|wanting to|looking to|trying to|"
        r"possible to)\b",
    )
)[0][1]
