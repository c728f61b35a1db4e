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
        # the twin of blind set 35's "den ich noch vom Segeln gut kenne"
        ("surface", r"\b(whom|who) i (\w+ ){0,5}know (well|personally|from)\b"),
        # "me and Bobby Ray go fishin' together"
        ("surface", r"\bme and \w+( \w+)? (\w+ ){0,2}together\b"),
        # "I know Steve personally"
        ("surface", r"\bi know (him|her|\w+) personally\b"),
        ("surface", r"(?<!i )\bknows? (what it'?s about|who i am)\b|\bit'?s me\b(?!,? again\b)"),
        (
            "surface",
            r"\b(neighbou?rs?|cousins?|relatives?|(?<!-)related|brother|sister|uncle|aunt|nephew|niece|in-laws?|godfather|godson|flatmates?|classmates?|old colleagues?|former colleagues?)\b"
            # "my nephew's company", "a former colleague who runs a startup": the caller's own
            r"(?!'s\b| who (runs|owns|has|set up|started|founded)\b)",
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
            r"\b(old|good|close) (friends?|mates?|acquaintances?)\b|(?<!for a )(?<!for my )\bfriends? of\b(?! mine who)",
        ),
        (
            "surface",
            r"\b(we|i) know (each other|him|her)\b|\bknows? (me|us)\b|\bknown (each other|him|her)\b",
        ),
        (
            "surface",
            r"\bgo (way )?back\b|\bwe'?re (\w+ )?(friends|mates)\b|"
            # "Me and Paddy Berger are mates" (blind set 33), "Tom and I are old pals"
            r"\b(me and \w+( \w+)?|\w+ and (i|me)) (are|were) (\w+ )?(friends|mates|pals|buddies)\b",
        ),
        (
            "surface",
            r"\bfrom (the )?(golf|tennis|pub(?!lic)|club|gym|school|uni|university|football|sailing)\w*\b",
        ),
        ("surface", r"\bat (university|uni|school|college) (together|with)\b"),
        ("surface", r"\btell (him|her) it'?s (?!about\b)[a-z]+\b"),
        ("surface", r"\b(he|she)'?ll know\b|\b(he|she) will know\b"),
        ("surface", r"\b(glad|happy|pleased|delighted) to hear from me\b"),
    ),
    # "He asked me to call", "he said I should ring", "at his request"
    "asked_to_call": _cues(
        # "Your CFO asked for this call himself"
        ("surface", r"\basked for (this|the|a) call\b"),
        # "Ms. Taylor said on LinkedIn to just give her a call"
        (
            "surface",
            r"\bsaid\b[^.!?]{0,25}\bto (just )?(give (him|her) a (call|ring|bell)|call|ring|phone)\b",
        ),
        # "Jason said it was fine to call him whenever"
        (
            "surface",
            r"\bsaid (it was|it's|it is) (fine|ok|okay|alright) (for me )?to (call|ring|phone)\b",
        ),
        # "Karen Doyle told me to ring her directly", "Jim said just call the main line", "your
        # practice manager, Helen, asked me", "your head of facilities asked us to get in touch"
        ("surface", r"\btold (me|us) to (ring|call|phone|contact|get in touch)\b"),
        ("surface", r"\bsaid,? (just |to )(give (him|her) a )?(call|ring|phone)\b"),
        (
            "surface",
            r"\byour ([\w,]+ ){1,3}(asked|told|wanted|invited|requested|instructed) (me|us) to\b",
        ),
        # "his accountant asked me to give him a ring" (not "he's renovating his practice and
        # asked me to …", the VA's own client)
        (
            "surface",
            r"\b(his|her) (\w+ )?(accountant|adviser|advisor|assistant|secretary|colleague|wife|"
            r"husband|partner|pa|deputy|solicitor|lawyer|bookkeeper|banker|broker|consultant|coach) "
            r"(asked|told|wanted|invited|requested|instructed) (me|us) to\b",
        ),
        # "he said to ring him on this number"
        (
            "surface",
            r"\b(he|she|mr \w+|ms \w+|mrs \w+|dr \w+) said (to|i should|i could|we should) (ring|call|phone|contact|get in touch)\b|"
            # "Mr Berger was kind enough to say I should ring his office" (blind set 38)
            r"\b(he|she|mr \w+|ms \w+|mrs \w+|dr \w+) ([\w']+ ){0,4}(say|said|tell me|told me|"
            r"suggest|suggested|mention|mentioned) (that )?(i|we) (should|could|might|can|ought to) "
            r"(ring|call|phone|contact|get in touch|reach out)\b",
        ),
        (
            "surface",
            rf"\b{_BOSS} (has |had )?(\w+ ){{0,2}}(wanted|wants|hoped|asked|needs) to hear from (me|us)\b",
        ),
        (
            "surface",
            r"\bi'?m supposed to (call|ring|phone|speak to|talk to) (him|her|mr|ms|mrs|dr)\b|\b(he|she) said "
            r"so\b|\b(he|she) said (i|we|to)\b",
        ),
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
            r"\b(he|she) said (i|we) (should|could|can|ought|must)\b|(?<!colleague )(?<!receptionist )(?<!someone )(?<!somebody )(?<!you )\bsaid (just )?to (just )?(call|ring|phone|chase|get|follow|mention|try)\b",
        ),
        # "Tom said just to give him a buzz whenever"
        (
            "surface",
            r"\bsaid (just )?to (just )?give (him|her|them) a (buzz|ring|call|bell|shout|tinkle)\b",
        ),
        # "He left word that I should phone him"
        ("surface", r"\bleft (word|a message|instructions?|a note) (that|for) (i|me|us|we)\b"),
    ),
    # "We spoke last week", "our conversation on Tuesday", "I'm following up on our chat"
    "spoke_before": _cues(
        # "the man in sales I spoke to earlier", "I explained all this last week"
        (
            "surface",
            r"\b(who|whom|that) i (\w+ )?(spoke|talked|chatted) (to|with) (earlier|yesterday|last|this morning|before)\b",
        ),
        ("surface", r"\b(explained|told you) (\w+ ){0,3}(last week|yesterday|already|before)\b"),
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
            r"\bour (last |recent )?(conversation|call|chat|meeting|talk|discussion|emails?)\b"
            # (not a product: "our email campaigns", "our call tracking")
            r"(?! (campaigns?|marketing|newsletters?|service|tool|platform|software|automation|"
            r"templates?|tracking|centre|center|recording|handling|answering|coaching|training)\b)",
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
        # "I'm calling in response to Mr Berger's message on our answering service" (blind set 37)
        (
            "surface",
            r"\bin (response|reply) to (mr|ms|mrs|dr) \w+'s (\w+ )?(message|voicemail|"
            r"email|call|enquiry|request)\b",
        ),
        # "responding to the message Mr Berger left with our office"
        (
            "surface",
            r"\b(message|voicemail) (that )?(mr \w+|ms \w+|mrs \w+|dr \w+|he|she|your \w+) left\b",
        ),
        # "to return Mr. Walsh's call", "I got her message and I'm calling her back"
        ("surface", r"\breturn (mr \w+'s|ms \w+'s|mrs \w+'s|dr \w+'s|his|her|\w+'s) call\b"),
        ("surface", r"\b(got|received|saw) (his|her) (message|voicemail|email)\b"),
        ("surface", r"\bcalling (him|her) back\b"),
        # "got a message to call Liam back", "he's the one who called me", "left a message on my phone"
        (
            "surface",
            r"\b(got|had|received|have) (a|his|her|your) (message|voicemail|note) to (call|ring|phone)\b",
        ),
        (
            "surface",
            r"\b(he|she|\w+)('s| is| was) the one who (called|rang|phoned|contacted|emailed)\b",
        ),
        (
            "surface",
            r"(?<!\bi )(?<!\bwe )(?<!\bi've )(?<!\bwe've )\bleft (me |us )?a (message|voicemail)\b",
        ),
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
        # (not the caller's own attempt: "it went to voicemail")
        (
            "surface",
            r"(?<!went to )(?<!straight to )(?<!got )(?<!got the )(?<!getting the )(?<!getting )(?<!get the )(?<!i left a )(?<!i left you a )(?<!another )"
            r"(?<!i've left a )(?<!going to )(?<!goes to )(?<!go to )\b(voicemail|voice mail|"
            r"answerphone)\b|\bmissed call\b",
        ),
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
        # "in the context of our ongoing collaboration with your firm" (blind set 42), "we already
        # help with your website" (twin of blind set 43)
        (
            "surface",
            r"\bour (ongoing|existing|current|continued|long-standing|longstanding) (collaboration|"
            r"partnership|work|relationship|cooperation|contract) with (you|your)\b|\bwe (already|"
            r"currently) (help|work|handle|run|manage|do) [^.!?,]{0,20}\byour\b",
        ),
        # "you're a customer of ours", "since your company already uses our overnight service"
        # (blind set 41)
        (
            "surface",
            r"\b(you'?re|you are|your (company|firm|team|business) is) (a |an |one of )?(\w+ )?"
            r"(customers?|clients?|partners?|accounts?) of (ours|us)\b|\b(you'?re|you are) one of "
            r"our (\w+ )?(customers|clients|partners|accounts)\b|\b(you|your (company|firm|team|"
            r"business|office|staff)) ((already|still|currently|regularly) )?(use|uses|buy|buys|"
            r"order|orders|rely on|relies on) (our|from us)\b",
        ),
        # "the support contract we run for your team", "the payroll we do for your company"
        # (blind set 30)
        (
            "surface",
            r"\b(the|our) (\w+ ){0,2}(contract|account|service|support|payroll|maintenance|cleaning|"
            r"deliveries|delivery|servicing) (that )?we (run|do|handle|provide|manage|supply|"
            r"look after) (for|to) (your|you|his|her)\b",
        ),
        # "I'm with Boxwell, your packaging supplier"
        (
            "surface",
            r"\b(with|from) \w+( \w+)?,? your (\w+ )?(suppliers?|vendors?|contractors?|providers?|agency|printers?|accountants?|cleaners|caterers?)\b",
        ),
        # "We're the cleaning contractor for your building"
        (
            "surface",
            r"\b(we'?re|we are|i'?m|i am) (the|your) (\w+ ){0,2}(contractors?|suppliers?|providers?|agency|vendors?|cleaners?|caterers?|printers?|accountants?|landlords?) (for|to|of) (your|the)\b",
        ),
        # "we do all your brochures"
        (
            "surface",
            r"\bwe (do|print|handle|make|supply|design|run|manage|host) (all |most |some )?(of )?your\b",
        ),
        # "we already do all the social posts for your hotel group", "we're on your approved vendor list"
        (
            "surface",
            r"\bwe (already|currently) (\w+ ){0,2}(do|handle|manage|run|supply|look after|take care of|provide|service|print)\b"
            # (other customers: "we already supply a few bakeries around Leeds", "we currently
            # look after several firms in your area")
            r"(?! (a few|a couple of|several|many|lots of|loads of|dozens of|hundreds of|some|other|"
            r"\d+|two|three|four|five|ten|twenty|fifty) (other )?(\w+ )?(companies|businesses|firms|"
            r"bakeries|practices|shops|stores|offices|clients|customers|hotels|restaurants|schools|"
            r"agencies|brands|teams)\b)",
        ),
        (
            "surface",
            r"\bon your (\w+ ){0,2}(vendor|supplier|approved|preferred|contractor)s? (list|panel|roster|register)\b",
        ),
        (
            "surface",
            # (not his role: "I understand he handles your company's fleet", blind set 28)
            r"(?<!\bwho )(?<!\bwho's )(?<!\bwhoever )(?<!\bwhoever's )(?<!\bhe )(?<!\bshe )"
            r"\b(services|maintains|supplies|looks? after|handles|insures|cleans|hosts|runs|manages) "
            r"your\b",
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
        (
            "surface",
            r"\bour (contract|project|agreement|account|partnership|collaboration)\b"
            # (not a product: "our contract review service", "our project management tool")
            r"(?! (review|reviews|management|drafting|templates?|software|service|services|tool|"
            r"tools|platform|law|lawyers|manager|managers|planning|programme|program|day|days|week|"
            r"weeks|event|events)\b)",
        ),
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
        # "our slot with Mr Berger was confirmed for half past two" (blind set 37)
        (
            "surface",
            r"\b(our|my|the) (\w+ )?(slot|appointment|meeting|call) with (him|her|mr|ms|mrs|dr)\b"
            r"[^.!?]{0,20}\b(confirmed|booked|scheduled|arranged)\b",
        ),
        # "I'm calling for our scheduled chat with Ms Novak" (blind set 35)
        (
            "surface",
            r"\b(our|my|the) (scheduled|planned|arranged|booked|agreed) (\w+ )?(chat|call|meeting|"
            r"catch-up|appointment|session) with\b",
        ),
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
            r"\b(scheduled|booked|arranged|agreed) (a |an |our )?(call|meeting|appointment|time)\b|"
            # "we'd pencilled in a short call for this afternoon" (blind set 38)
            r"\b(pencill?ed|scheduled|booked|blocked|put) in (a |an |our )?(\w+ ){0,2}(call|chat|"
            r"meeting|appointment|slot|catch-up)\b",
        ),
        # "We've a ten-minute slot with Mrs Adler scheduled for now", "I have a call with your MD
        # booked in at ten", "we've got a meeting pencilled in with Tom"
        (
            "surface",
            r"\b(we'?ve|we have|i'?ve|i have)( got)? an? ([\w-]+ ){0,3}(slot|call|meeting|appointment)\b"
            r"[^.!?]{0,40}\b(scheduled|booked|arranged|planned|pencill?ed)\b",
        ),
        # "I've got a ten o'clock pencilled in with Mr Berger"
        (
            "surface",
            r"\b(we'?ve|we have|i'?ve|i have)( got)? an? ([\w-]+ o'?clock|[\d:.]+ ?(am|pm)?)\b"
            r"[^.!?]{0,30}\b(scheduled|booked|arranged|planned|pencill?ed)\b",
        ),
        (
            "surface",
            r"\b(appointment|meeting|call) with (him|her|mr|ms|mrs|dr)\b|\bi'?ve got an? (\w+ )?(appointment|meeting)\b",
        ),
        ("surface", r"\b(it'?s|is|was|were|been|all|that'?s) (\w+ )?(arranged|agreed|set up)\b"),
        (
            "surface",
            # "a note on Mr Berger's calendar for this call", "it's in Tom's diary" (not "a busy
            # time in everyone's diary")
            r"\b(on|in) (his|her|(mr|ms|mrs|dr) \w+'s|(?!(everyone|anyone|someone|everybody|"
            r"anybody|somebody|today|tomorrow|one|people|the|this|next|last)'s)[a-z]+'s) (list|"
            r"calendar|diary|schedule|agenda)\b|\bwaiting (for|on) (me|my|us|our)\b",
        ),
        ("surface", r"\b(he|she) ([\w']+ )?knows? (all )?about (it|this|me|us|the call)\b"),
        # "the appointment we pencilled in", "the call he booked for today" (blind set 30)
        (
            "surface",
            r"\b(the|our|that) (\w+ )?(appointment|meeting|call|slot|catch-up|session) (that )?(we|he|"
            r"she) (\w+ )?(pencill?ed|booked|scheduled|arranged|agreed|set up|put in)\b",
        ),
        # "our catch-up with your marketing lead", "my meeting with Mr Berger"
        (
            "surface",
            r"\b(our|my) (\w+ )?(catch-up|catch up|check-in|meeting|appointment|call|session) "
            r"with (your|him|her|mr|ms|mrs|dr)\b",
        ),
    ),
    # "It's personal", "a private matter", "between him and me"
    "personal": _cues(
        # "today I'm calling Mr Berger on a personal note, nothing business-related" (blind set 36)
        (
            "surface",
            r"\bon a (personal|private) (note|matter|basis)\b|\bnothing (business|work)[- ]related\b",
        ),
        # "it's about his daughter"
        (
            "surface",
            r"\b(it'?s|it is|this is) (about|regarding) (his|her) (daughter|son|wife|husband|family|father|mother|health|kids|children)\b",
        ),
        ("surface", r"\b(it'?s|it is|that'?s|is) (\w+ ){0,2}(personal|private)\b"),
        (
            "surface",
            r"\b(personal|private|family) (matter|business|reasons?|issue|thing|affair)\b(?! (that|which|who|in|from|called|making|selling|based)\b)|\bsomething (personal|private)\b",
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
        # "Your bank manager at Westpac put us onto Mr Berger" (blind set 35)
        ("surface", r"\bput (us|me) (onto|on to) (him|her|mr|ms|mrs|dr|your)\b"),
        # "One of your long-time suppliers told us to ask for your head of sales"
        (
            "surface",
            r"\bone of your ([\w-]+ ){0,2}(suppliers|customers|clients|partners) (told|said|recommended|suggested|mentioned|gave)\b",
        ),
        # "our accountant said you're looking for a new bookkeeper"
        (
            "surface",
            r"\bsaid (that )?(you'?re|youre|you are|you were) (looking|searching|interested|hiring)\b",
        ),
        # "a mutual contact", "said you'd be the right person", "suggested this call"
        ("surface", r"\bmutual (contact|friend|acquaintance|connection)\b"),
        (
            "surface",
            r"\b(said|told me|mentioned) (that )?you'?d be the (right|best) (person|one)\b",
        ),
        ("surface", r"\bsuggested (this|the|that|a) call\b"),
        ("surface", r"\bsent me (his|her|your) way\b|\bsent me (to|over)\b|\buse (his|her) name\b"),
        ("surface", r"\b(got|have|had) (his|her) (number|details|name|email) from\b"),
        (
            "surface",
            r"\b(referred|recommended) (me|us|by|that|i|we)\b|\b(recommended|referred) me\b",
        ),
        # (not when to try again: "your colleague suggested I try again on Thursday", blind set 28)
        (
            "surface",
            rf"\b{_THIRD} (\w+ )?(recommended|suggested|referred|told|advised)\b(?! (i |me |we )?(to )?"
            r"(try|call|ring|phone) (again|back)\b)",
        ),
        ("surface", r"\bon (the )?(recommendation|advice|suggestion) of\b|\bput me (on)?to\b"),
        ("surface", r"\bpassed (me )?(on )?(his|her) (name|details|number)\b"),
        # "I was passed your details by Mr Berger's business partner" (blind set 34), not by her
        # own client
        (
            "surface",
            r"\b(was|were|got|been) (passed|given|sent|forwarded) (your|his|her) (\w+ )?(details|"
            r"number|name|contact)\b(?! by (my|our) (client|boss|manager|employer))",
        ),
        # "Holzer Joinery spoke really highly of you", "gave me your MD's name"
        ("surface", r"\b(spoke|speaks|spoken|talked|talks) (\w+ )?highly of\b"),
        ("surface", r"\bgave me (your|his|her) (\w+'s )?(name|number|details|contact)\b"),
    ),
    # "It's about his order from last week", "he's already accepted our quote"
    "order": _cues(
        # the twin of blind set 35's "die von Herrn Berger beauftragte Wartung": "the air-con
        # service Mr Berger booked"
        (
            "surface",
            r"\b(the|your) (\w+ ){0,3}(service|maintenance|repair|delivery|installation|audit|work|"
            r"job|order) (that )?(mr|ms|mrs|dr) \w+ (booked|ordered|commissioned|requested)\b",
        ),
        # the twin of blind set 31's "eine Bestellung von ihm": "an order from him"
        (
            "surface",
            r"\b(an|the) (order|purchase) from (him|her|mr \w+|ms \w+|mrs \w+)\b",
        ),
        # "the 50 licences your IT team ordered"
        (
            "surface",
            r"\byour (\w+ ){0,2}(team|department|office|staff|people|colleagues?|practice|school) (\w+ )?(ordered|bought|purchased|booked|signed up for)\b",
        ),
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
            r"repair|renewal|booking|subscription|warranty claim|return)\b(?! (form|area|policy|process|terms|"
            r"page|system|tool|options?|service|management|handling|processing|tracking|software|"
            r"platform|workflow|team|desk|department|volumes?|data|fulfil\w*|pipeline)\b)",
        ),
        (
            "surface",
            r"\b(he|she|you|mr \w+|ms \w+|dr \w+|your (\w+ )?(boss|manager|company|firm|practice|"
            r"director|md|ceo|owner))\b"
            r"[^.!?,;]{0,30}\b(ordered|purchased|bought|accepted|signed|placed)\b"
            # (not a public pledge: "you've signed up to the net zero pledge")
            r"(?! up (to|for) (the|a|an|our) (\w+ ){0,3}(pledge|charter|scheme|initiative|campaign|challenge|"
            r"network|newsletter))",
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
    (
        "surface",
        # (not the courtesy "if you don't mind", nor a contrast: "asked that I speak to him and not
        # a colleague", blind set 36)
        r"(?<!\band )\bnot\b(?! mind\b)|\b(no|never|nothing|nobody|neither)\b(?! mind\b)|n't\b(?! mind\b)|"
        r"\b(doesnt|dont|didnt|isnt|wasnt|hasnt|havent|hadnt|wont|cant|wouldnt|aint)\b(?! mind\b)|"
        r"\b(the |my |our )?first time\b",
    )
)[0][1]
# A clause with one of these only wishes or asks ("I'd like to book a call", "whether …").
# "we'd" before a past participle is "we had" ("we'd agreed"), which claims.
WISH = _cues(
    (
        "surface",
        r"\b(would|(i|we)'?d(?! (\w+ed|been|spoken|met|had|done|got|sent|seen|told)\b)|could|"
        # ("Mr Berger was trying to reach me" reports his attempt, it wishes nothing)
        r"whether|if(?! you (don't|do not|dont) mind\b)|like to|love to|hope to|hoping|want to|wanting to|looking to|"
        r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bhe's )(?<!\bshe's )trying to|"
        r"possible to|"
        # a meeting still to be had: "asked me to request an introductory meeting with Mr Berger"
        r"to (request|arrange|book|schedule|set up|ask for))\b",
    )
)[0][1]
