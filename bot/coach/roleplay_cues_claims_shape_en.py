"""False claims in English answers recognised by the shape of the sentence (the reasoning is in
bot/coach/roleplay_cues_claims_shape_de.py)."""

from __future__ import annotations

from bot.coach.roleplay_cue_form import cues as _cues

_B_EN = (
    r"(he|she|him|her|mr \w+|ms \w+|mrs \w+|dr \w+|"
    r"(your|the) (\w+ )?(boss|manager|director|owner|md|ceo))"
)
_ASKED_EN = (
    r"(asked|told|wanted|wants|requested|invited|instructed|mentioned|said|suggested|insisted|"
    r"needs?|promised|offered|hoped|saying|asking|telling|tell|ask|say|want|mention)"
)


CLAIMS = {
    "friendship": _cues(
        (
            "surface",
            r"\btell (him|her) (that )?([\w']+ ){1,4}(is|'s) (calling|on the line|on the phone|here)\b"
            r"|\b(school|uni|university|childhood|best) (friend|mate|pal)s?\b",
        ),
        ("surface", rf"\b{_B_EN} and i\b|\bme and {_B_EN}\b"),
        (
            "surface",
            r"\bwe\b(?! work)[^.!?,;]{0,25}(?<!putting )(?<!put )(?<!pulling )(?<!getting )"
            r"\btogether\b|\beach other\b",
        ),
        (
            "surface",
            rf"\bi know {_B_EN}\b(?! (is|has|'s|must|will|won't|doesn't|isn't|might|may|can|could|would)\b)"
            # (not "I know Mr Berger's busy", "I know Tom's probably in meetings")
            r"(?!'s (busy|swamped|slammed|snowed|away|out|off|probably|likely|very|really|not|got a "
            r"lot|a busy|in meetings|in a meeting)\b)"
            # (nor "I know Mr Berger's name from your website": his name, not him)
            r"(?!'s (name|number|email|e-mail|title|role|work)\b)",
        ),
        (
            "surface",
            r"(?<!alright, )(?<!cheers )(?<!cheers, )(?<!thanks )(?<!thanks, )\b(pals?|buddies|buddy|chums?)\b(?!'s)|\bway back\b",
        ),
        (
            "surface",
            r"\btell (him|her) (that )?\w+ (is|'s) (calling|on the line|on the phone|here)\b",
        ),
    ),
    "asked_to_call": _cues(
        # "the head of marketing asked me to phone"
        (
            "surface",
            r"\bthe (head|director|manager|ceo|md|owner) of \w+ (\w+ ){0,2}(asked|told|wanted|invited|requested) (me|us)\b",
        ),
        # "following up as requested by Mr Berger"
        ("surface", r"\b(as )?requested by (him|her|mr \w+|ms \w+|mrs \w+|dr \w+|your)\b"),
        # "was kind enough to request that I telephone him"
        ("surface", r"\brequest(ed)? that i (call|ring|phone|telephone|contact|get in touch)\b"),
        (
            "surface",
            r"\b(at|on) (\w+ ){0,2}\w+'s? (request|suggestion|invitation|instruction|behest)\b"
            r"(?! of (a|my|our) (client|customer)s?\b)"
            # "at the request of a client firm" is the caller's own client
            r"|\bat the (request|suggestion|invitation) of\b(?! (a|my|our) (client|customer)s?\b)",
        ),
        (
            "surface",
            r"\b(i|we) (was|were|'ve been|have been|had been|am|'m) ((asked|told|invited|instructed)\b|"
            r"(meant|supposed|expected) to\b)",
        ),
        ("surface", r"\b(message|voicemail) on my (machine|phone|mobile|answerphone)\b"),
        (
            "surface",
            rf"\b{_B_EN}('s| is| was) (\w+ )?(keen|eager|anxious|desperate|happy|glad) (for|to)\b"
            r"[^.!?;]{0,20}\b(me|us|hear)\b",
        ),
        (
            "surface",
            rf"\b{_B_EN}('[ds])? (has |had )?(\w+ ){{0,2}}{_ASKED_EN}\b[^.!?;]{{0,30}}\b(i|me|we|us)\b",
        ),
    ),
    "spoke_before": _cues(
        (
            "surface",
            rf"\b{_B_EN}('[ds])? (has |had )?(\w+ )?(\w+ed|rang|sent|gave|left|told|met|saw|wrote|"
            r"got|took|showed) (to )?(me|us)\b",
        ),
        (
            "surface",
            rf"\b(i|we)('ve| have| had|'d)? (\w+ )?(emailed|e-mailed|mailed|messaged|called|rang|"
            rf"phoned|met|visited|wrote to|spoke to|spoke with|talked to|sent|texted|contacted) "
            rf"{_B_EN}\b(?!')",
        ),
        (
            "surface",
            r"\bwe('ve| have| had|'d)? ([\w']+ ){0,2}(spoke|spoken|talked|met|chatted|emailed|"
            r"discussed|caught up|corresponded|exchanged|connected|messaged|texted|got to know)\b",
        ),
        (
            "surface",
            # (not a threat to speak to him later: "I'll be speaking to your boss about this")
            rf"\b(i|we)\b[^.!?,;]{{0,25}}(?<!will be )(?<!'ll be )(?<!going to be )(?<!shall be )"
            rf"\b(talking|speaking|chatting|dealing|working|corresponding|"
            rf"talked|spoke|spoken|chatted|met|been) (to|with) {_B_EN}\b",
        ),
        (
            "surface",
            rf"\b(i|we)('ve| have| had|'d)? (already )?((?!(need|feed|proceed|exceed|asked|wanted|hoped|intended|planned|wondered|decided|liked|loved)\b)\w+ed|sent|showed|gave|"
            r"took|brought|wrote)"
            rf"\b[^.!?,;]{{0,30}}\b(to|with|for) {_B_EN}\b(?!')",
        ),
        ("surface", r"\bback and forth\b"),
        (
            "surface",
            rf"\b{_B_EN}('s| has| had)? (already )?(\w+ed|saw|seen|sat through|read|went through|got|"
            r"took|heard)\b[^.!?,;]{0,20}\b(our|my) \w+",
        ),
        (
            "surface",
            r"\b(yesterday|last \w+|monday|tuesday|wednesday|thursday|friday)'s (order|delivery|"
            r"invoice|call|meeting|conversation|email|chat)\b",
        ),
        (
            "surface",
            r"\bwe('ve| have| had)? (already )?(sent|exchanged|swapped|traded) (\w+ ){0,3}(emails|"
            r"messages|mails|notes)\b",
        ),
        ("surface", r"\b(the|a|this is|as a) follow-?up\b|\bfollowing up on\b"),
        (
            "surface",
            r"\bas (we|he|she|mr \w+|ms \w+|dr \w+) (\w+ )?(discussed|agreed|arranged|said|"
            r"mentioned|promised|requested|asked)\b",
        ),
    ),
    "expected": _cues(
        # "calling for my 3pm with Tom"
        ("surface", r"\bmy (\w+ ){0,2}(o'clock|\d+(:\d\d)?( ?[ap]m)?) with [a-z]+\b"),
        # "Mr Berger has me down for half two", "a demo scheduled with Mr Berger"
        ("surface", r"\bhas (me|us) (down|booked|pencilled|penciled|scheduled|in)\b"),
        (
            "surface",
            r"\b(demo|call|meeting|appointment|session|presentation) (booked|scheduled|set up|arranged|planned) (with|for) (him|her|mr|ms|mrs|dr|your)\b",
        ),
        # "for my ten o'clock with Mr Berger", "he did set aside a few minutes for me"
        (
            "surface",
            r"\bmy (\w+ ){0,2}(o'clock|\d+(:\d\d)?( ?[ap]m)?) with (mr|ms|mrs|dr|him|her)\b",
        ),
        (
            "surface",
            r"\b(set aside|blocked out|blocked|pencilled in|penciled in|booked) (\w+ ){0,3}for (me|us)\b",
        ),
        # "the half ten phone appointment I have with Mr Berger", "running late for my call with Ms Adler"
        ("surface", r"\b(appointment|call|meeting) (i|we) have with\b"),
        ("surface", r"\b(my|our) (\w+ )?(call|meeting|appointment) with (mr|ms|mrs|dr) \w+\b"),
        ("surface", r"\b(appointment|meeting|call|slot|session) with (me|us)\b"),
        (
            "surface",
            r"\b(counting on|relying on|looking forward to|waiting to hear|expecting to hear)\b"
            r"[^.!?]{0,20}\b(me|us|my|our)\b",
        ),
        ("surface", rf"\b{_B_EN}\b[^.!?;]{{0,40}}\b(free|time|room) for (me|us)\b"),
        (
            "surface",
            r"\b(pencil\w*|slotted|fitted|put|booked|scheduled|blocked)\b[^.!?,;]{0,15}"
            r"\b(me|us)\b[^.!?,;]{0,15}\b(in|for)\b|\b(in|on) (his|her) (diary|calendar)\b",
        ),
        ("surface", r"\bwe('d| had) (\w+ )?(agreed|arranged|planned|said)\b"),
        (
            "surface",
            r"\b(told|tell|said|say|mention\w*|know\w*)\b[^.!?;]{0,20}\b(i|we)('d| would| will|'ll|'m|'re) "
            r"be (calling|ringing|phoning|in touch)\b",
        ),
        (
            "surface",
            r"\b(meeting|call|appointment|date|slot)('s| is| was) (all )?(set|fixed|booked|confirmed)\b",
        ),
    ),
    "relationship": _cues(
        # "one of your regular stationery suppliers", "y'all have been with us for a couple years"
        (
            "surface",
            r"\byour (existing|current|regular|usual|longstanding|long-standing) (\w+ )?(suppliers?|vendors?|providers?|partners?|contractors?)\b",
        ),
        ("surface", r"\b(you|y'all|you guys|yous|your \w+)('ve| have)? been with us\b"),
        # "we do the payroll for yous already"
        ("surface", r"\bwe (do|handle|run|manage) (the|your) \w+ for (you|yous|your \w+)\b"),
        # "we handle all of Tom's social media"
        (
            "surface",
            r"\bwe (handle|manage|run|look after|take care of|do) (all of |all )?(\w+'s|your|his|her) \w+",
        ),
        # "one of your existing suppliers", "your company's been a customer of ours for ages"
        (
            "surface",
            r"\byour (existing|current|regular|usual|longstanding|long-standing) (suppliers?|vendors?|providers?|partners?|contractors?)\b",
        ),
        (
            "surface",
            r"\b(your \w+('s| has| is)|you('ve| have)?) (been )?(a |one of )?(customers?|clients?) of (ours|mine)\b",
        ),
        (
            "surface",
            r"\b(we'?re|we are|i'?m|i am) (the|your|his|her) ([\w-]+ )?(provider|supplier|agency|"
            r"accountants?|printers?|partners?|consultants?|advisers?|bank|insurers?|lawyers?|"
            r"cleaners?)\b(?!\s*,| (that|who|which|behind|from)\b)",
        ),
        (
            "surface",
            # "a client of mine" is the caller's own client, which she may name
            r"\b(clients?|customers?) of (yours|his|hers)\b|\b(partners?|suppliers?) of (ours|mine|yours|"
            r"his|hers)\b",
        ),
        (
            "surface",
            r"\bwe('ve| have| had)? (\w+ )?(supplied|serviced|maintained|looked after|handled|insured|"
            r"cleaned|printed for|delivered to|worked for|done work for|supply|service|maintain)\b "
            r"(you|him|her|mr \w+|(your|the) (joinery|practice|firm|company|business|surgery|workshop|"
            r"office))\b(?=[^.!?;]*\b(for (years|ages|a while|some time|a long time|decades)|since|"
            r"already)\b)",
        ),
        (
            "surface",
            r"\b(we|i)('ve| have|'re| are|'m| am| were| was)( been)? (\w+ )?(in charge of|responsible "
            r"for|looking after|taking care of)\b[^.!?,;]{0,30}\b(your|his|her)\b",
        ),
        (
            "surface",
            r"\b(i'?m|i am|we'?re|we are) (\w+ )?(mr|ms|mrs|dr) \w+'s (?!assistant|pa\b|colleague|"
            r"secretary|associate|representative)\w+",
        ),
        ("surface", r"\b(you'?ve|you have|he'?s|he has|she'?s|she has) been with (us|me)\b"),
        (
            "surface",
            r"(?<!\bhe)(?<!\bshe)(?<!\bhe )(?<!\bshe )\b(is|are|was|were|has been|have been|'s been|'ve been|'s|"
            r"'re) (?!(\w+ )?(by|for|to|from|with|about|regarding|calling) )(\w+ ){0,2}(our|my) "
            r"(\w+ )?(customers?|clients?|suppliers?|partners?|accountants?|agency)\b",
        ),
        (
            "surface",
            r"\b(we|i) (\w+ )?(take care of|look after|handle|do|run|manage|supply|service|maintain|"
            r"provide|host|clean|insure|print|deliver|process) (your|his|her)\b"
            r"(?=[^.!?;]*\b(already|remember|still|as you know|as usual|for years|since)\b)",
        ),
        ("surface", r"\b(you'?re|you are|is|are) (\w+ ){0,2}one of our (clients|customers)\b"),
        (
            "surface",
            r"\b(doing|done|did|do)\b[^.!?,;]{0,20}\b(work|jobs?) for (you|him|her|mr \w+|ms \w+|"
            r"dr \w+|your)\b",
        ),
        (
            "surface",
            r"\b(we'?re|we are|we'?ve been|we have been|i'?ve been|i have been) (\w+ ){0,2}"
            r"(doing|working|handling|providing|running|managing)\b[^.!?,;]{0,30}"
            r"\bfor (you|him|her|mr|ms|dr|your)\b",
        ),
    ),
    "personal": _cues(
        # "Personal call for Tom, please."
        ("surface", r"^\W*(a )?(personal|private) (call|matter)\b"),
        # "Personal, sorry.", "I'm calling privately"
        ("surface", r"^\W*(personal|private)\b\W*(,|\.|!|$)"),
        ("surface", r"\bcalling (privately|in a private capacity|on a personal matter)\b"),
        ("surface", r"\b(private|personal) (thing|affair|concern)s?\b"),
    ),
    "returning_call": _cues(
        ("surface", r"\b(tried|trying) to (get hold of|reach|call|ring|contact|phone) (me|us)\b"),
    ),
    "referral": _cues(
        # "your own sales director said Mr Berger would want to hear about this"
        (
            "surface",
            r"\byour (own )?(\w+ ){0,2}(director|manager|colleague|ceo|md|boss|head of \w+) (said|told me|mentioned|suggested)\b"
            # (not timing advice: "your colleague said to try after lunch", "suggested I try again on
            # Thursday")
            r"(?! (i |me |we )?(to )?(try|call|ring|phone) (again |back )?(after|later|tomorrow|this|in|"
            r"at|around|before|on|next)\b)",
        ),
        # "got your number from Claire Donnelly at Brightwater", "said Mr Berger was the man to speak to", "that I should mention his name"
        (
            "surface",
            r"\bgot (your|this|his|her) (number|details|contact|name|email) from (mr \w+|ms \w+|mrs \w+|dr \w+|[a-z]+ [a-z]+ (at|from|in))\b",
        ),
        (
            "surface",
            r"\bsaid (that )?(\w+ )?\w+ (is|was) the (person|man|woman|one|fella|guy|chap|lady) to (talk|speak|call|ring)\b",
        ),
        ("surface", r"\b(should|could|to) mention (his|her|their) name\b"),
        # "Jess said Tom's the person to talk to", "said I absolutely had to talk to Mr Berger", "flagged Mr Berger as someone"
        (
            "surface",
            r"\bsaid (that )?((\w+ )?\w+'s|he's|she's|\w+ is|he is|she is) the (person|man|woman|one|fella|guy|chap|lady) to (talk|speak|call|ring)\b",
        ),
        (
            "surface",
            r"(?<!client )(?<!clients )(?<!boss )(?<!manager )\bsaid (that )?i (\w+ )?(had|have|ought|should|must|needed|need) to (talk|speak|call|ring|connect|reach)\b",
        ),
        ("surface", r"\bflagged (\w+ ){1,3}as (someone|the person|the one)\b"),
        (
            "surface",
            r"\b(coming|come|came) (via|through)\b|\bmade the introduction\b|\b(made|set up) the "
            r"(contact|connection)\b",
        ),
        (
            "surface",
            r"\b(number|line|details|name|email|contact)\b[^.!?,;]{0,30}\b(from|via|through) "
            r"(his|her|mr \w+|ms \w+|dr \w+|(a|an|the|your) (\w+ )?(friend|colleague|partner|"
            r"acquaintance|contact|neighbou?r|client|customer|adviser|advisor|accountant))\b",
        ),
        ("surface", r"\b(pointed|directed|steered|passed|referred) (me|us)\b"),
        ("surface", r"\bput (me |us )?in touch\b|\bintroduced (me|us) to\b"),
        ("surface", r"\b(brought|put) us together\b|\b(introduced|connected) us\b"),
        (
            "surface",
            rf"\b(promised|assured|guaranteed|told|said)\b[^.!?;]{{0,15}}\b{_B_EN} (would|will|'d|'ll|is "
            r"going to) (speak|talk|see|meet|call|take|be)\b",
        ),
        (
            "surface",
            r"\bsends? (his|her|their|you) (\w+ )?(regards|best|love|greetings)\b|\bsays? (hello|hi)\b",
        ),
        (
            "surface",
            r"\b(insisted|suggested|said|advised|recommended|thought|reckoned|urged|told me)\b"
            r"[^.!?;]{0,20}\b(i|me|we|us) (should |must |ought to |could )?(speak|talk|call|ring|"
            r"phone|contact|get in touch|reach out|give)\b(?! (again|back)\b)",
        ),
    ),
    "order": _cues(
        # "the order Tom placed with us", "the delivery of Mr Berger's new desks"
        (
            "surface",
            r"\bthe (order|booking|purchase) (\w+ ){1,2}(placed|made|put through|submitted) (with|through) us\b",
        ),
        ("surface", r"\b(delivery|shipment|installation) of (mr|ms|mrs|dr) \w+'s\b"),
        # "about the delivery of his office chairs", "the shipment that's due to him", "the order Mr Berger put through"
        (
            "surface",
            r"\b(about|regarding|re) the (delivery|shipment|order|invoice|booking|consignment)\b[^.!?]{0,40}\b(his|him|her|mr \w+|ms \w+|mrs \w+|dr \w+)\b",
        ),
        (
            "surface",
            r"\bthe (order|booking|purchase) (mr \w+|ms \w+|mrs \w+|dr \w+|he|she) (put through|placed|made|submitted)\b",
        ),
        (
            "surface",
            rf"\b{_B_EN}('[ds])? (has |had )?(\w+ ){{0,2}}(requested|asked for|ordered|bought|"
            r"booked|signed|commissioned|approved)\b",
        ),
        (
            "surface",
            # (not his role: "Is Mr Berger the person who decides on IT purchases?", blind set 28)
            rf"\b{_B_EN}\b(?:(?!\b(who|whoever|responsible|charge|decides?|handles?)\b)[^.!?;])"
            r"{0,30}\b(sign|order|buy|purchase|commission)(ed|ing|s)?\b",
        ),
        (
            "surface",
            r"\b(his|her) (sign-?off|approval|signature|go-ahead|order|booking)\b",
        ),
    ),
}
