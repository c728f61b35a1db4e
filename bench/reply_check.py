"""Reply check: precision, recall and F1 per element and language against the hand-labelled
replies in tests/data/replies_<lang>.yaml, negative-phrase detection, and the time to check a
300-word email.

    .venv/bin/python bench/reply_check.py              # all replies, then per split
    .venv/bin/python bench/reply_check.py --errors dev # list what the checker gets wrong

Negative phrases are scored by overlap: a found phrase is right when it overlaps a labelled one;
a labelled phrase is found when any found phrase overlaps it.

Splits: "dev" is tests/data/replies_<lang>.yaml, the replies the lexicon is tuned on. "holdout"
is tests/data/replies_holdout_<lang>.yaml: a quarter of all labelled replies, drawn with a fixed
seed from those written for issue 14 before any rule changed for it. Nobody looks at its errors
while tuning; it is printed only with --holdout, and run once when a round of work is done. All
replies were written by people who also wrote the lexicon, so even the holdout is friendlier than
real users' replies.

    .venv/bin/python bench/reply_check.py --holdout    # the once-per-round figures

After round 1's single holdout run, the holdout became development data (round 2 tunes on it);
the next blind measurement is a fresh set written by someone else. "probe" is
tests/data/replies_probe_<lang>.yaml: varied phrasings the round-2 tuner wrote while tuning, to
check that rules generalise beyond the labelled sets; friendlier still, so it never counts in
"all".

    .venv/bin/python bench/reply_check.py --holdout --probe
    .venv/bin/python bench/reply_check.py --errors probe

"blind" is tests/data/replies_blind_<lang>.yaml: 52 replies per language written and labelled by
someone who saw neither the rules nor the other sets, run once blind (issue 14) and development
data since; it counts in "all". The next blind measurement needs a new set.

    .venv/bin/python bench/reply_check.py --blind
    .venv/bin/python bench/reply_check.py --errors blind

"train" is tests/data/replies_train_<lang>.yaml: 110 replies per language by another independent
writer, written as material to tune on (2026-12-06). Run before any rule saw it, the checker
scored F1 de: empathy 0.97, decline 0.92, reason 0.88, expectations 0.93, alternative 0.82;
en: 0.97, 0.91, 0.81, 0.92, 0.85 (recall the weakness: states as reasons, limits as declines,
referrals and counter-offers as alternatives). The lexicon was then widened on its misses as
word families and shapes, so it counts in "all" like the rest.

Blind sets 2 and 3 (replies_blind2_<lang>.yaml, replies_blind3_<lang>.yaml, further writers, 60
replies per language each) were each run once, then tuned on and counted in "all":
    blind2  de: empathy 1.00, decline 0.92, reason 0.85, expectations 0.94, alternative 0.85
            en: empathy 0.98, decline 0.91, reason 0.83, expectations 0.94, alternative 0.91
    blind3  de: empathy 1.00, decline 0.90, reason 0.84, expectations 0.81, alternative 0.85
            en: empathy 0.98, decline 0.94, reason 0.83, expectations 0.89, alternative 0.90
Each round lifted its own set to 0.98-1.00 and the next unseen set stayed in the 0.8s for
reason and alternative: a lexicon learns the phrasings it has seen. Sets 4 and 5 were run the
same way:
    blind4  de: empathy 1.00, decline 0.94, reason 0.93, expectations 0.95, alternative 0.92
            en: empathy 1.00, decline 0.94, reason 0.85, expectations 0.93, alternative 0.91
    blind5  de: empathy 1.00, decline 0.90, reason 0.96, expectations 0.93, alternative 0.84
            en: empathy 1.00, decline 0.98, reason 0.96, expectations 0.98, alternative 0.91
Each language met the target of 0.90 for every element on one of the two sets, neither on
both: the weakest element moves from set to set (English reason, then German alternatives said
as a later date or a partial yes). Both count in "all" since (no cue was changed for blind5);
the next measurement needs a new set.

Round 5 (2026-12-06): "train6" (100 replies per language, written to tune on; before tuning, the
weakest were de reason 0.90, en alternative 0.89), then four sets each run once before the
lexicon saw it and tuned on afterwards:
    val7    de: empathy 1.00, decline 0.94, reason 0.94, expectations 0.95, alternative 0.88
            en: empathy 0.96, decline 0.98, reason 0.90, expectations 0.96, alternative 0.92
    blind6  de: empathy 0.97, decline 0.95, reason 0.87, expectations 0.91, alternative 0.92
            en: empathy 1.00, decline 1.00, reason 0.90, expectations 0.95, alternative 0.89
    blind7  de: empathy 0.96, decline 0.97, reason 0.97, expectations 0.89, alternative 0.96
            en: empathy 0.94, decline 0.98, reason 0.91, expectations 0.93, alternative 0.87
    blind9  de: empathy 0.94, decline 0.97, reason 0.84, expectations 0.99, alternative 0.93
            en: empathy 1.00, decline 0.96, reason 0.92, expectations 0.94, alternative 0.91
    blind11 de: empathy 0.99, decline 0.97, reason 0.91, expectations 0.96, alternative 0.89
            en: empathy 0.95, decline 0.97, reason 0.91, expectations 0.94, alternative 0.898
(80 replies per language each; blind11 was the last, not tuned on). English met every target on
blind9 and missed only alternative on blind11 by one reply; German missed one element on each
set, a different one each time. All count in "all" now.

Round 6 (2026-12-07): "train12" (100 replies per language, rich in alternatives, reasons and
expectations in unusual shapes and their near-misses), run once before tuning:
    train12 de: empathy 0.96, decline 0.93, reason 0.92, expectations 0.89, alternative 0.89
            en: empathy 0.96, decline 0.95, reason 0.87, expectations 0.83, alternative 0.93
then tuned on (every element of both languages at least 0.99 on it afterwards, no element of
any other split worse). That fit did not carry over: blind12, run once afterwards (commit
f1d09d8), scored
    blind12 de: empathy 0.99, decline 0.91, reason 0.90, expectations 0.93, alternative 0.81
            en: empathy 1.00, decline 0.97, reason 0.84, expectations 0.93, alternative 0.86
It was tuned on next, with general shapes only (each new cue names two other wordings it
catches), and counts in "all" now. blind13, run once after that (commit c122411):
    blind13 de: empathy 0.99, decline 0.96, reason 0.90, expectations 0.93, alternative 0.90
            en: empathy 0.98, decline 0.95, reason 0.86, expectations 0.92, alternative 0.91
German met every target; English missed reason. Tuned on the same way; counts in "all" now.
blind14, run once after that (commit 5a48e57):
    blind14 de: empathy 1.00, decline 0.97, reason 0.97, expectations 0.97, alternative 0.88
            en: empathy 1.00, decline 0.95, reason 0.83, expectations 0.81, alternative 0.91
Tuned on the same way; counts in "all" now. blind15, run once after that (commit 03bf4e7):
    blind15 de: empathy 0.98, decline 0.97, reason 0.94, expectations 0.97, alternative 0.97
            en: empathy 0.93, decline 0.98, reason 0.92, expectations 0.86, alternative 0.96
German met every target (as on blind13); English missed expectations. In the next session its
English misses were tuned on the same way: any deed the VA names with "I'll" and a time ("I'll
post the reel at noon", "From Monday I'll triage your inbox"), but not a stay, a hedge or a pause
("I'll be away", "I'll try", "I'll pause any further work"); leaving ("I'm off to Mexico"), a
standing absence ("offline at weekends"), a retreat or a course, skills ("not something I'm
trained in"), a full diary or roster ("doesn't fit my hours"). Over every tuned set English
expectations went from 659 to 664 found (16 wrongly both times), reasons from 931 to 939 (14).
German alternatives likewise: a later day offered short ("Nächste Woche Dienstag?", "kommende
Woche gerne"), another price ("Für 32 € bin ich dabei"), a discount on a condition ("bekommst du
5 %"), a referral ("die macht das super", "finden Sie vereidigte Übersetzerinnen"): 791 to 795
found, 21 wrongly both times.
blind17, run once after that (commit 3b32ee1):
    blind17 de: empathy 0.99, decline 0.96, reason 0.91, expectations 0.97, alternative 0.91
            en: empathy 0.92, decline 0.93, reason 0.84, expectations 0.94, alternative 0.86
German met every target (the third set of five); English missed reason and alternative. Its
English misses were tuned on the same way (family events, "evenings are kid time", "meant to be
off", unpaid invoices, feeling unwell, someone else's trade, "not set up for", a standing "I
don't do free …"; a price for the lot, "billed separately", "ring me at 8:30 tomorrow", "could
it wait till Monday?", "your best bet is …"): over every tuned set with blind17, English reasons
982 to 993 found (17 wrongly both times), alternatives 834 to 841 (28), declines 1142 to 1144.
blind18, run once after that (commit e61c5fb):
    blind18 de: empathy 0.98, decline 0.96, reason 0.94, expectations 0.96, alternative 0.897
            en: empathy 0.99, decline 0.94, reason 0.88, expectations 0.92, alternative 0.89
German missed alternative by a hair, English reason and alternative. Tuned on its reasons the
same way (money owed first, hours at the desk, "not your dogsitter", working remotely, "the
middle of my night"; „nur vormittags erreichbar“, „Rechnung überfällig“, „keine Grafikerin“,
„zwei Wochen in Kroatien“, „Schulniveau“): over every tuned set with blind18, German reasons
1040 to 1046 found (16 wrongly both times), English 1037 to 1049 (17).
blind19, run once after that (commit 4d13b3e), not tuned on:
    blind19 de: empathy 0.97, decline 0.96, reason 0.83, expectations 0.96, alternative 0.91
            en: empathy 0.97, decline 0.95, reason 0.84, expectations 0.90, alternative 0.86
Reason is the element the rules do not carry to a new writer: each set brings reasons worded in
ways no earlier set had ("ich muss selbst meine Miete zahlen", "meine Oma ist gestorben", "das
wäre strafbar", "9am London is 7pm here in Brisbane, after I've knocked off"). Shapes tuned on
one set lifted the next by little.
Round 9 (2026-12-07): a reason is also read from where it stands (bot/coach/tone_reason_shape.py:
the clause beside a no that states something and is nothing else), chosen on blind19 (reason
0.84 to 0.91 in both languages). blind20, run once after that (commit b84c104):
    blind20 de: empathy 1.00, decline 0.91, reason 0.90, expectations 0.90, alternative 0.87
            en: empathy 0.97, decline 0.94, reason 0.91, expectations 0.93, alternative 0.91
English met every target, the first unseen set on which it did; German missed alternative.
Without the shape, reason on blind20 would have been 0.82 (de) and 0.88 (en). blind21, run once
after two German alternative cues from blind20 (commit 9c626e9):
    blind21 de: empathy 0.97, decline 0.97, reason 0.88, expectations 0.92, alternative 0.91
            en: empathy 0.97, decline 0.93, reason 0.85, expectations 0.95, alternative 0.88
(without the shape: reason 0.86 and 0.76). Its reasons missed stand mostly before the no ("18 Uhr
New York ist bei mir Mitternacht – da bin ich raus", "I'm in Leeds and the shop's in Truro, so the
stocktake in person is out for me") or beside a no the check did not see.
Round 10 (2026-12-07): a learned clause model for the reason (bot/coach/tone_reason_model.py),
chosen leaving each of blind17-21 out in turn (reason F1 up 0.01-0.05 on every one). blind22, run
once after that (commit f9b276e):
    blind22 de: empathy 0.97, decline 0.89, reason 0.835, expectations 0.84, alternative 0.86
            en: empathy 0.99, decline 0.95, reason 0.95, expectations 0.89, alternative 0.91
Rules alone would have read reason at 0.79 (de) and 0.95 (en). The German writer's replies were
the hardest yet for every element but empathy: declines said as "zu knapp" or a bare counter-time,
expectations as "ist in Ihrem Postfach", and a yes that names a circumstance ("bin zwar auf
Fortbildung, aber das passt trotzdem"), which the check reads as a reason and the labeller did not.
Round 11 (2026-12-07): learned clause models for the alternative and expectations too
(bot/coach/tone_learned.py, chosen leaving each of blind18-22 out in turn). blind23, run once
after that (commit 3ddb4e7):
    blind23 de: empathy 0.985, decline 0.943, reason 0.904, expectations 0.929, alternative 0.900
            en: empathy 1.00, decline 0.937, reason 0.876, expectations 0.923, alternative 0.943
German met every target (alternative exactly on it), English missed reason. The rules alone would
have read de 0.985/0.943/0.880/0.914/0.887 and en 1.00/0.917/0.843/0.909/0.941.
blind24, run once on the same check (commit ef1a78a):
    blind24 de: empathy 0.973, decline 0.913, reason 0.917, expectations 0.909, alternative 0.869
            en: empathy 0.970, decline 0.918, reason 0.914, expectations 0.925, alternative 0.907
English met every target, German missed alternative: a later time said after a bare no ("Sonntag
nicht. Montag 10 Uhr liegt sie in deinem Postfach."). Of the labelled replies in which the check
found a no and a promise but no alternative, the labellers counted one in 3 of 39 (de) and 7 of
50 (en), so no rule reads a promise after a no as an alternative. The rules alone would have
read de 0.973/0.919/0.902/0.854/0.851 and en 0.970/0.933/0.900/0.956/0.917.
Round 12 (2026-12-07): cues from blind24's misses ("Sonntag nicht.", "tonight's a no", "spoken
for", "Rate's the rate", "würde ich nur noch …"), models retrained with blind24. blind25, run
once after that (commit 3b38046):
    blind25 de: empathy 0.919, decline 0.943, reason 0.912, expectations 0.945, alternative 0.942
            en: empathy 0.970, decline 0.909, reason 0.873, expectations 0.897, alternative 0.849
Then contractions typed without the apostrophe, "could do … ?" with the subject dropped, the
client's own firm as no referral, and the learned expectations model kept off the clause the rules
read as the reason; models retrained with blind25. blind26, run once after that (commit be108c9):
    blind26 de: empathy 0.986, decline 0.932, reason 0.909, expectations 0.951, alternative 0.909
            en: empathy 0.973, decline 0.943, reason 0.862, expectations 0.918, alternative 0.851
German met every target on blind23, 25 and 26; English on blind20 and 24. English misses reasons
said without a reason word or beside no explicit no ("Can't do Sunday mate, footy with the
kids"), offers of less worded freely, and a yes with a surcharge ("weekend hours are billed at
1.5 times my rate") read as a reason and an alternative, which four replies of blind24-26 have.
The rules alone would have read blind26 de 0.986/0.914/0.889/0.950/0.875 and en
0.973/0.934/0.835/0.902/0.828. blind27, run once after one more exclusion ("I refer to your email
of 3 November") and models retrained with blind26 (commit bb2a225):
    blind27 de: empathy 0.986, decline 0.959, reason 0.954, expectations 0.957, alternative 0.933
            en: empathy 0.901, decline 0.927, reason 0.893, expectations 0.933, alternative 0.868
German met every target on four of the last five unseen sets (blind23, 25, 26, 27), English on
one of them (blind24); English reason and alternative stay below 0.90. The rules alone would
have read blind27 de 0.986/0.950/0.953/0.944/0.933 and en 0.901/0.924/0.868/0.943/0.863.

Round 13 (2026-12-07): a plain yes without a no (tone.yaml `agrees`) offers nothing instead and
declines nothing ("Yes, I can work this Saturday. Weekend hours are billed at 1.5x"); models
retrained with blind27. blind28, run once after that (commit fe852f5):
    blind28 de: empathy 0.972, decline 0.932, reason 0.944, expectations 0.941, alternative 0.917
            en: empathy 0.958, decline 0.935, reason 0.930, expectations 0.920, alternative 0.893
German met every target; English every one but the alternative (0.893). Without the yes reading
(b3363f4) English would have read decline 0.928 and alternative 0.885; with the rules alone, de
0.972/0.931/0.935/0.902/0.903 and en 0.958/0.909/0.909/0.930/0.857. English alternatives missed:
a later time after a reason ("Sundays are my off day but Monday first thing it's yours!"), a
workaround ("I'll have everything queued by 9pm so it goes out automatically"), less offered
freely ("Happy to trim the scope to fit the budget"); read wrongly: delivery dates in replies that
say yes beside a no the rules misread ("while you are away", "without it, I cannot begin").
The learned models' thresholds were then chosen again, leaving each of blind23-27 out in turn
(tone_learned.py), and a plain yes needs no reason; models retrained with blind28. blind29, run
once after that (commit 613f201):
    blind29 de: empathy 0.930, decline 0.959, reason 0.926, expectations 0.943, alternative 0.898
            en: empathy 0.935, decline 0.968, reason 0.937, expectations 0.882, alternative 0.904
English met its alternative target for the second time in six sets, and missed expectations:
times inside a counter-offer asked as a question ("I can draft replies for you — want me to start
tomorrow?") that this labeller read as an alternative only, where the guide and earlier
labellers count a time in the indicative as expectations too (dropping every time in a question
lost 31 labelled expectations and fixed 11, so it was not kept). German missed the alternative
by one reply: a named helper ("Frau Dr. Meier … hilft Ihnen da sicher weiter"), Swiss
"offerieren", a later time after a no ("Montag in der Früh als Erstes, versprochen"). The rules
alone would have read de 0.930/0.941/0.891/0.941/0.875 and en 0.935/0.959/0.906/0.901/0.882.
After those cues, "happy to keep" no longer offering anything after a no, and a surcharge read as
a reason or an alternative only beside a no; models retrained with blind29. blind30, run once
after that (commit a7d0f2e):
    blind30 de: empathy 0.960, decline 0.926, reason 0.938, expectations 0.943, alternative 0.900
            en: empathy 0.944, decline 0.949, reason 0.917, expectations 0.978, alternative 0.913
Every target met in both languages, the first unseen set to do so (German alternative exactly
0.900: 45 found, 5 wrongly, 5 missed). The rules alone would have read de
0.960/0.926/0.929/0.943/0.900 and en 0.944/0.931/0.916/0.966/0.902. blind31, run once after
models retrained with blind30 (commit ed917fe):
    blind31 de: empathy 0.958, decline 0.915, reason 0.897, expectations 0.905, alternative 0.838
            en: empathy 0.974, decline 0.967, reason 0.912, expectations 0.907, alternative 0.863
blind30's pass did not hold: the alternative fell short in both languages, mostly by reading one
too many (times that only say when the client gets what was agreed, "kriegst du bis Mittwoch",
"will be in your inbox Monday morning"), and German reason by a reply. The rules alone would have
read de 0.958/0.906/0.868/0.891/0.820 and en 0.974/0.959/0.916/0.907/0.848. Of the last four
unseen sets (blind28-31) German met every target on two (blind28, 30), English on one (blind30).
After the yes verdict (a plain yes is scored on empathy and expectations) and models retrained
with blind31, blind32 ran once (commit 0a08d95):
    blind32 de: empathy 1.000, decline 0.990, reason 0.957, expectations 0.987, alternative 0.973
            en: empathy 0.984, decline 0.950, reason 0.979, expectations 0.973, alternative 0.925
Every target met in both languages, the second unseen set to do so. Misses: a formal no the
decline cues did not know ("I shall not be able to", "will not be ready before Thursday"),
Australian "No dramas" and "Ah no, sorry to hear that" read as a no, the agreed work beside a no
read as an offer ("Invoices I'll do tomorrow morning", "die Teilnehmerliste schicke ich Ihnen bis
3. Februar"). The rules alone would have read de 1.000/0.990/0.935/0.959/0.959 and en
0.984/0.929/0.957/0.959/0.892. After it, the alternatives read one too many were cut on all the
labelled replies: agreed or routine work in the sentence ("as usual", "on track", "wie gewohnt",
"Alles, was bis 17 Uhr eingeht, …") keeps a time and an offer word from reading as a new date
(a together rule's unless_sentence); the work refused is no other format ("I don't do legal
docs", "die Telefonate übernehme ich nicht"); a trade counts as a referral only with who or where
("a bookkeeper I trust", "at Ledgerline Bookkeeping"), a package only as one offered. "Yep, on
it" alone is no expectation (labellers count it only beside a time). Over every labelled reply
(2,762 per language), with the models retrained: German alternative found wrongly 80 -> 61,
English 104 -> 85, English expectations found wrongly 74 -> 66, at a cost of 4 German
alternatives missed; 72 findings fixed and 17 broken in all. blind33, run once after that
(commit 55eeedc):
    blind33 de: empathy 1.000, decline 0.991, reason 0.981, expectations 0.986, alternative 0.921
            en: empathy 0.974, decline 0.945, reason 0.953, expectations 0.988, alternative 0.889
German met every target; English missed the alternative (40 found, 6 wrongly, 4 missed): a rush
job refused, time booked off, "something … that's a better fit", "or instead of them?" asked
about the request, and an agreed delivery beside a no read as offers; "I'll do them for
Tuesday, as usual" (the "as usual" rule), "unless it's paid at my overtime rate" and "It'll get
done Monday" after "I'm not a 24/7 help desk" missed. The rules alone would have read de
1.000/0.991/0.981/0.958/0.889 and en 0.974/0.936/0.962/0.988/0.876. Of the last six unseen sets
(blind28-33) German met every target on four (28, 30, 32, 33), English on two (30, 32).
After cues for its misses (a rush job or time booked off is no offer, "or instead of them?"
asks, "unless it's paid at my overtime rate" offers, "I'm not a 24/7 help desk" declines, "am
Sonntag arbeite ich nicht" is a reason) and models retrained with blind33, blind34 ran once
(commit f693d84):
    blind34 de: empathy 0.903, decline 0.991, reason 0.936, expectations 0.987, alternative 0.938
            en: empathy 0.972, decline 0.982, reason 0.919, expectations 0.976, alternative 0.911
Every target met in both languages, the third unseen set to do so (after blind30 and blind32).
Misses: the hour as the reason ("It's 10pm on a Saturday"), "on top of the Harrods launch", "I'm
off", "Happy to format and track them though", a price echoed and refused ("Zum halben Preis die
doppelte Menge – das mache ich auf keinen Fall"); read since. German empathy (28 of 32, 2 read
wrongly) is the nearest to the line: sarcasm without thanks ("Super, dass ich das Freitag um fünf
erfahre 🙄"). The rules alone would have read de 0.903/0.990/0.913/0.987/0.950 and en
0.972/0.982/0.907/0.988/0.868.
After cues for those misses and models retrained with blind34, blind35 ran once (commit d53115a):
    blind35 de: empathy 0.960, decline 0.931, reason 0.945, expectations 0.985, alternative 0.928
            en: empathy 0.985, decline 0.913, reason 0.929, expectations 0.962, alternative 0.889
German met every target; English missed the alternative again (36 found, 3 wrongly, 6 missed): a
part now and the rest later ("Can do half by Friday – 6 lessons. Other 6 next Wednesday"), a
price per piece ("it's £18 per image"), "$60 flat" after "design work is extra though", and a
later date after an unread reason ("I finish at 3pm on Fridays", "public holiday tomorrow so I'm
not working") were missed; "to be part of the festival" and "the booking page text and FAQ"
read as offers. Read since: the rest at a later date declines and offers, a format is an offer
only after a no or a reason, "part of" after "be" or "is" is belonging, "Can't talk now,
driving", "in the middle of something", "not up for negotiation", "Daran ändert sich nichts",
"die andere Hälfte dann Dienstag", "hab ich samstags frei", "Spannendes Projekt!", and sarcasm
that ranks the client's evenings above "meine Freizeit". Of the last seven unseen sets
(blind29-35) German met every target on five, English on three (30, 32, 34).
After those cues and models retrained with blind35, blind36 ran once (commit 688e088):
    blind36 de: empathy 1.000, decline 0.933, reason 0.968, expectations 0.964, alternative 0.902
            en: empathy 0.982, decline 0.941, reason 0.938, expectations 0.902, alternative 0.921
Every target met in both languages, the fourth unseen set to do so (after blind30, 32 and 34);
German alternative (37 of 44, 1 read wrongly) and English expectations (37 of 40, 5 read
wrongly) were the nearest to the line. Misses read since: "die anderen wären dann Montag dran",
"nur mit 50 % Aufschlag", "Mails schaff ich heute, die Website nicht mehr", "Bis morgen Abend
krieg ich das hin", "tomorrow's a bit ambitious", "2 articles at $80 each", "Totally get it's
urgent", "it'll be there by 8", "I need at least a week"; no longer read as promises: "Do you
want me to reply to them today?", "Would it be OK if I got it to you on Thursday instead?",
"We'll see where I'm at on Thursday". Left: Swiss German chat ("jetzt grad nöd, bin am
Zmittag"), sarcasm that still delivers ("ich arbeite ja auch gern nachts 🙄 Die Preisliste kommt
morgen um 11"), a bare "Passt es dir um 16 Uhr?" as a counter-offer.
After those cues and models retrained with blind36, blind37 ran once (commit d4348d2):
    blind37 de: empathy 0.983, decline 0.933, reason 0.884, expectations 0.935, alternative 0.918
            en: empathy 0.982, decline 0.961, reason 0.900, expectations 0.925, alternative 0.901
English met every target (reason and alternative at the line); German missed the reason (42 of
48 found, 5 read wrongly): an own appointment ("erst nach meinem Kundencall um 14 Uhr"), "mehr
ist neben der Buchhaltung … nicht drin", "Das ergibt rechnerisch keinen Sinn", "Die Daten liegen
mir erst am 28. vor", "schon zwei volle Blöcke" missed; the particle "denn" in a question, "als
Paket" in an offer, and two questions the reason model read as reasons. Read since, with short
chat forms ("Grad nicht, bin im Termin", "Geht in 10 Min raus", "maximal zwei Protokolle", "ist
bei mir heilig", "Der Stundensatz … bleibt") and in English "can't, driving", "on the school run",
"2 of the 3 done by Monday", "my hard stop"; "I'll cover DMs" is no reason.
After those cues and models retrained with blind37, blind38 ran once (commit d7239c8):
    blind38 de: empathy 1.000, decline 0.914, reason 0.893, expectations 0.933, alternative 0.833
            en: empathy 0.958, decline 0.909, reason 0.955, expectations 0.940, alternative 0.899
Both languages missed: German reason and alternative, English alternative by one reply. German
misses: a call-back after "bin im Call bis 15 Uhr" or "in einer Besprechung", "Passt dir 16
Uhr?" after "Grad am Autofahren", "Morgen ab 9 Uhr habe ich Zeit" after "fällt also aus";
conditions read as refusals ("sonst kann ich nicht starten", "Ohne die geht nix"). English:
"I can join via Zoom" after "I won't be attending in person", "first thing tomorrow ok?" after
"I'm off tonight", "I'd have to push to next week", "so I'll leave that one"; "a bit outside
what I usually do" before a hedge read as a no (the third blind set to label it none), "Is it
just the online bookings …?" read as a limit. Read since. Left: sarcasm that still says what
comes instead ("Klar, um 23 Uhr sitz ich eh noch … 🙄 Änderungen mach ich morgen ab 9").
After those cues and models retrained with blind38, blind39 ran once (commit 5a43448):
    blind39 de: empathy 0.982, decline 0.971, reason 0.977, expectations 0.941, alternative 0.883
            en: empathy 0.943, decline 0.957, reason 0.947, expectations 0.925, alternative 0.913
English met every target; German missed the alternative (34 of 37 found, 6 read wrongly: a
question back "in einer Stunde?", "schriftlich", a standing rule "Freitags bin ich nur bis 13
Uhr da" and the contract's hours read as offers). Stored as used up and the models retrained
with it; its misses are not yet read by the rules. Over this session's five rounds (blind35-39)
English met every target on three sets (36, 37, 39; 35 and 38 missed the alternative by one
reply each), German on two (35, 36); the alternative is the element that misses most.
After those models retrained with blind39, blind40 ran once (commit 0c38439):
    blind40 de: empathy 0.983, decline 1.000, reason 0.941, expectations 0.959, alternative 0.921
            en: empathy 0.931, decline 0.942, reason 0.950, expectations 0.972, alternative 0.927
Both languages met every target. Misses read since: "7. Jänner" (the Austrian month ended the
sentence at "7."), "8:30?" after a no, "too early for me", "other urgent ones on the go", "isn't
a small job", "the interface alone needs …", "nicht mal die Hälfte von meinem Satz", "schon was
anderes vor", "den ganzen Tag beim Zahnarzt", "Totally get the launch pressure"; not offers:
"which should move back …?", "kein kleiner Auftrag", "Ich versuche es, bis Freitag … fertig zu
haben".
After those cues and models retrained with blind40, blind41 ran once (commit 422146d):
    blind41 de: empathy 1.000, decline 0.973, reason 0.970, expectations 0.988, alternative 0.927
            en: empathy 0.980, decline 0.928, reason 0.907, expectations 0.930, alternative 0.845
German met every target; English missed the alternative (30 of 34 found, 7 read wrongly). Read
since: "nah sorry", "12 posts is what the package covers", "handled the next working day",
"this week's hours were used up", "Anything new will start on Monday", "I'll have to keep it at
£28/h", "rate's $40, that's it", "a lot to juggle", "Heute Abend wird's nix", "erst in der
Woche danach", "bei dem Aufwand"; not offers or refusals: a question before the answer ("Quick
one before I reply properly – is …?"), "Happy to keep doing the scheduling", the standing rate
("My rate is $45/hour"), "Brauchst du's eh erst am Montag?", "wie gehabt für dich da", "sonst
wird's nix". Left: sarcastic yeses that still say when ("sure, it's not like I have a life 🙂
I'll look at it in the morning"), a quote offered after a no ("I'll quote for it by Friday").
After those cues and models retrained with blind41, blind42 and blind43 both ran once (commit
4f1b6b8):
    blind42 de: empathy 0.966, decline 0.964, reason 0.966, expectations 0.959, alternative 0.940
            en: empathy 0.939, decline 0.950, reason 0.920, expectations 0.937, alternative 0.935
    blind43 de: empathy 0.902, decline 0.929, reason 0.966, expectations 0.963, alternative 0.944
            en: empathy 0.981, decline 0.938, reason 0.948, expectations 0.940, alternative 0.889
blind42 met every target in both languages; blind43 met them in German and missed the English
alternative by one reply (32 of 39 found). Read since: "Earliest I can do is tomorrow
morning", "I'd need until the end of next week", "my pal Kirsty … could cover", "Editing is
$45/h" after a no, "not going lower", "only contracted for", "with family, not working", "to
you by Wed", "vorher nicht", "mehr ist diese Woche nicht frei", "bleibt mein Angebot bei …",
"Volle Woche", "das klingt nach einem chaotischen Tag", "Kenn ich nur zu gut"; not promises:
"I'll do what I can", "I'll try to get … to you by Friday", "I'm available Monday to Friday",
"Welcher Zugang …?". "Monday 8am I'm all yours" stays unread as a promise: two earlier
labellers called it none.
After those cues and models retrained with blind42 and blind43, blind44 and blind45 both ran
once (commit 4f84539; blind45 on the same lexicon and models, only the judge had changed):
    blind44 de: empathy 0.983, decline 0.942, reason 0.952, expectations 0.988, alternative 0.927
            en: empathy 0.982, decline 0.937, reason 0.953, expectations 0.911, alternative 0.905
    blind45 de: empathy 1.000, decline 0.950, reason 0.957, expectations 0.968, alternative 0.925
            en: empathy 1.000, decline 0.971, reason 0.939, expectations 0.933, alternative 0.938
Both met every target in both languages: the first two fresh rounds in a row to do so. Stored
as used up and the models retrained with them afterwards; their misses are not yet read by the
rules (English: "For the record" read as an offer, "could you tell me" as a promise; German:
"Soll ich …?" and a time asked back read as offers).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.coach.tone import check_reply  # noqa: E402
from bot.coach.tone_lexicon import ELEMENTS  # noqa: E402

DATA = ROOT / "tests" / "data"
LANGUAGES = ("de", "en")
SPLITS = (
    "all",
    "dev",
    "holdout",
    "blind",
    "probe",
    "train",
    "blind2",
    "blind3",
    "blind4",
    "blind5",
    "train6",
    "val7",
    "blind6",
    "blind7",
    "blind9",
    "blind11",
    "train12",
    "blind12",
    "blind13",
    "blind14",
    "blind15",
    "blind17",
    "blind18",
    "blind19",
    "blind20",
    "blind21",
    "blind22",
    "blind23",
    "blind24",
    "blind25",
    "blind26",
    "blind27",
    "blind28",
    "blind29",
    "blind30",
    "blind31",
    "blind32",
    "blind33",
    "blind34",
    "blind35",
    "blind36",
    "blind37",
    "blind38",
    "blind39",
    "blind40",
    "blind41",
    "blind42",
    "blind43",
    "blind44",
    "blind45",
)
# the labelled sets that make up "all" (the probe lines were written by the tuner)
TUNED = tuple(split for split in SPLITS if split not in ("all", "probe"))


def file_name(split: str, language: str) -> str:
    return f"replies_{language}.yaml" if split == "dev" else f"replies_{split}_{language}.yaml"


def load_replies(language: str, split: str = "all") -> list[dict]:
    """The labelled replies of one split (see SPLITS) or of every set in TUNED ("all"; the probe
    lines were written by the tuner and stay apart)."""
    replies = []
    for name in TUNED if split == "all" else (split,):
        with (DATA / file_name(name, language)).open(encoding="utf-8") as handle:
            replies.extend(yaml.safe_load(handle))
    return replies


def labelled_spans(reply: dict) -> list[tuple[int, int]]:
    spans = []
    for phrase in reply["negative"]:
        start = reply["text"].find(phrase)
        while start >= 0:
            spans.append((start, start + len(phrase)))
            start = reply["text"].find(phrase, start + 1)
    return spans


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def evaluate(language: str, split: str = "all") -> tuple[dict[str, Counts], list[str]]:
    """Counts per element and for "negative", plus a line per mistake."""
    counts = {name: Counts() for name in (*ELEMENTS, "negative")}
    errors = []
    for reply in load_replies(language, split):
        result = check_reply(reply["text"], language)
        for name in ELEMENTS:
            expected, found = reply["elements"][name], result.elements[name].found
            c = counts[name]
            if expected and found:
                c.tp += 1
            elif found:
                c.fp += 1
                evidence = "; ".join(span.text for span in result.elements[name].evidence)
                errors.append(f"{reply['id']} {name}: found, label says no ({evidence})")
            elif expected:
                c.fn += 1
                errors.append(f"{reply['id']} {name}: missed")
        gold = labelled_spans(reply)
        found_spans = [(p.start, p.end, p.text) for p in result.negative_phrases]
        for start, end, text in found_spans:
            if any(start < g_end and g_start < end for g_start, g_end in gold):
                counts["negative"].tp += 1
            else:
                counts["negative"].fp += 1
                errors.append(f"{reply['id']} negative: flagged {text!r}")
        for g_start, g_end in gold:
            if not any(start < g_end and g_start < end for start, end, _ in found_spans):
                counts["negative"].fn += 1
                errors.append(f"{reply['id']} negative: missed {reply['text'][g_start:g_end]!r}")
    return counts, errors


def email_of(words: int, language: str) -> str:
    """A realistic email of about `words` words, built from the labelled replies."""
    replies = sorted(load_replies(language, "dev"), key=lambda r: -len(r["text"]))
    parts, total = [], 0
    for reply in replies:
        parts.append(reply["text"])
        total += len(reply["text"].split())
        if total >= words:
            break
    return " ".join(" ".join(parts).split(" ")[:words])


def timing(language: str, words: int = 300, runs: int = 2000) -> dict[str, float]:
    """Wall-clock and CPU time of one check (ms). CPU time (time.thread_time) is what the check
    costs; wall time also counts whatever else the machine is doing."""
    text = email_of(words, language)
    check_reply(text, language)  # warm: lexicon compiled, lemmas cached
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.thread_time()
        check_reply(text, language)
        cpu.append((time.thread_time() - start_cpu) * 1000)
        wall.append((time.perf_counter() - start) * 1000)
    wall.sort()
    cpu.sort()
    p99 = max(0, int(runs * 0.99) - 1)
    return {
        "words": len(text.split()),
        "median_ms": statistics.median(wall),
        "p99_ms": wall[p99],
        "cpu_median_ms": statistics.median(cpu),
        "cpu_p99_ms": cpu[p99],
    }


def print_table(split: str) -> None:
    print(f"\n== {split} ==")
    print(f"{'lang':<5}{'element':<14}{'P':>6}{'R':>6}{'F1':>6}   tp fp fn")
    for language in LANGUAGES:
        counts, _ = evaluate(language, split)
        replies = len(load_replies(language, split))
        for name, c in counts.items():
            print(
                f"{language:<5}{name:<14}{c.precision:6.2f}{c.recall:6.2f}{c.f1:6.2f}   {c.tp:2} {c.fp:2} {c.fn:2}"
            )
        print(f"{'':<5}({replies} replies)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--errors", choices=SPLITS, help="list mistakes on one split")
    for split in SPLITS[2:]:  # holdout once per round; the others as wanted
        parser.add_argument(
            f"--{split}", action="store_true", help=f"also print the {split} figures"
        )
    parser.add_argument("--runs", type=int, default=2000)
    args = parser.parse_args(argv)
    if args.errors:
        for language in LANGUAGES:
            for line in evaluate(language, args.errors)[1]:
                print(line)
        return 0
    start = time.perf_counter()
    check_reply("Danke für Ihre Nachricht.", "de")
    check_reply("Thanks for your message.", "en")
    print(
        f"cold start (lexicons, lemma dictionaries): {(time.perf_counter() - start) * 1000:.0f} ms"
    )
    splits = ["all", "dev"] + [split for split in SPLITS[2:] if getattr(args, split)]
    for split in splits:
        print_table(split)
    print("\n== time per check (warm) ==")
    for language in LANGUAGES:
        t = timing(language, runs=args.runs)
        print(
            f"{language}: {t['words']}-word email, {args.runs} runs: "
            f"wall median {t['median_ms']:.2f} ms, p99 {t['p99_ms']:.2f} ms; "
            f"CPU median {t['cpu_median_ms']:.2f} ms, p99 {t['cpu_p99_ms']:.2f} ms"
        )
    long_text = email_of(300, "de") * 14
    start = time.perf_counter()
    check_reply(long_text, "de")
    print(
        f"de: {len(long_text.split())}-word email: {(time.perf_counter() - start) * 1000:.1f} ms (first run)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
