"""Precision and recall of the practice judge (bot/coach/roleplay.py) on the hand-labelled
answers in tests/data/roleplay_<lang>.yaml (the set the rules were tuned on) and
tests/data/roleplay_holdout_<lang>.yaml (written after tuning, never tuned on).

    .venv/bin/python bench/roleplay.py [--errors]

The held-out sets were run once blind, before any rule saw them: recall was then weak
(de: honest 0.40, lie 0.00, evasive 0.33, rude 0.00, asks_contact 0.60; en: honest 0.75,
lie 0.00, evasive 0.33, rude 0.00, asks_contact 0.25; precision 0.80-1.00). The rules were then
widened with general vocabulary (offer verbs, "im Namen von", who-questions, prior-contact
claims), so the held-out figures printed now are no longer blind: new phrasings will again
score lower than these tables.

Prints one table per language (flag, support, precision, recall) and, with --errors, every
answer whose judgement differs from its labels.

Issue 14's caller lines (tests/data/roleplay_claims_<lang>.yaml: lies by family, honest first
contacts, rude and neutral lines, labelled before the rules were changed for them; a quarter
kept aside in roleplay_claims_holdout_<lang>.yaml; roleplay_claims_probe_<lang>.yaml written
after the first rule pass) are summed up as lie recall, honest precision and rude recall:

    .venv/bin/python bench/roleplay.py --claims [--errors]       development lines and probe
    .venv/bin/python bench/roleplay.py --holdout                 the quarter kept aside

Before any rule was changed, the development lines scored: de lie recall 0.29, honest
precision 0.85, rude recall 0.38; en 0.12, 0.82, 0.38.

The held-out quarter was run once, blind, at the end of the rule work (2026-12-06):
    de: lie recall 0.94 (15/16), honest precision 1.00 (10/10), rude recall 1.00 (6/6)
    en: lie recall 1.00 (16/16), honest precision 0.91 (10/11), rude recall 1.00 (6/6)
The two errors ("Herr Berger und ich standen letzte Woche per Mail in Kontakt." missed; "For
heaven's sake, just do your job." credited as honest, from an "answer begins with 'for …'"
cue) were then fixed, so the quarter is no longer blind: what --holdout prints now is not a
fair estimate. New phrasings will score lower than the development tables; the probe batches
(roleplay_claims_probe_<lang>.yaml) each missed a fifth to a half of their lines when first run.

Round 2 (2026-12-06), with the held-out quarter used up: the rules were widened from listed
phrases to sentence shapes (roleplay_cues_claims_shape_<lang>.py: any declarative clause that
ties caller and boss together; roleplay_cues_scorn.py: what a rude line does to the
receptionist; roleplay_cues_pitch.py: positive evidence of an honest first contact), and honesty
is never credited to a rude line. Each new probe batch was labelled first and run once before
the rules were changed for it; that first run is the fairest estimate of unseen phrasings:

    batch   written after                  de lie / honest prec. / rude   en lie / honest prec. / rude
    probe2  round 1 (listed phrases only)  0.59 / 1.00 / 0.00             0.51 / 0.86 / 0.14
    probe3  shapes written on probe2       0.79 / 1.00 / 0.20             0.67 / 0.82 / 0.00
    probe4  rules widened on probe3        0.81 / 1.00 / 0.00             0.38 / 1.00 / 0.25
    probe5  rules widened on probe4        0.58 / 1.00 / 0.00             0.75 / 1.00 / 0.25
    probe6  honest and neutral lines only  honest prec. 1.00, 0 lies      1.00, 1 honest line called a lie
    probe7  rules widened on probe5-6      0.50 / 1.00 / 0.00             0.50 / 1.00 / 0.00
    probe8  rules widened on probe7        0.50 / 0.75 / 0.33             0.62 / 1.00 / 0.67

Honest precision held on unseen lines; lie and above all rude recall did not: a blind set of new
phrasings should be expected well below the targets for rudeness and somewhat below for lies.

The blind set (roleplay_claims_blind_<lang>.yaml, an independent labeller's lines) was run once:
    de: lie recall 0.87 (20/23), honest precision 1.00 (10/10), rude recall 0.83 (5/6)
    en: lie recall 0.87 (20/23), honest precision 0.92 (11/12), rude recall 0.83 (5/6)
Round 3 widened the rules on its misses as patterns, not lines: phrases that claim a standing
whatever the clause wishes ("Als langjähriger Kunde würde ich gern …", "auf Empfehlung Ihres
Geschäftsführers", "as one of your customers", "at Mr Berger's explicit request";
roleplay_cues_claims_standing.py), a possessive before "call" ("returning Mr Berger's call"),
"we've been doing your …", "we already work with Mr X", "wir haben gesehen, dass …" as research,
"Ich bin von <Firma>" / "speak to X about <subject>" as honest, and rude rhetoric ("Ist das so
schwer …", "not rocket science") and staccato orders ("Ich. Will.", "Mr Berger. Now."). probe9
was written for that round before the rules changed; its first run:
    probe9  rules of round 2 (blind run)   de 0.44 / 0.50 / 0.33           en 0.33 / 1.00 / 0.33
Both it and the blind set are development data now (--claims lists them; the blind set is in
the development lines the test asserts on); the next blind set must be new.

Round 4 (2026-12-06): rules alone had reached their limit on new phrasings (rude recall 0.83 on
the blind set, 0.33 on probe9), so the judge also reads each line with learned models
(bot/coach/roleplay_learned.py, trained by scripts/train_models.py on every labelled line here,
including roleplay_claims_train_<lang>.yaml: 205 lines per language by another independent
writer, written as training data). Measured before it was trained on, that writer's set scored
with the round-3 rules alone: de lie 0.86, honest precision 0.89, rude 0.56; en 0.83, 0.83,
0.46; with models trained on everything else added: de 0.92, 0.91, 0.80; en 0.91, 0.85, 0.68.
Its misses then widened the rules (threats and talking down in roleplay_cues_scorn.py, a few
claim shapes, the caller's own client asking for the call, a name from a public website), so
train figures printed now are in-sample. Answers to the receptionist's follow-up questions
(roleplay_claims_answers_<lang>.yaml, 60 per language, same writer's brief) taught the models
short replies; short lines (under six words) are left to the rules.

The second blind set (roleplay_claims_blind2_<lang>.yaml, a third writer) was run once:
    de: lie recall 0.95 (38/40), honest precision 0.95 (19/20), rude recall 0.73 (11/15)
    en: lie recall 0.95 (38/40), honest precision 1.00 (19/19), rude recall 0.93 (14/15)
German rudeness fell short: veiled threats ("hat das Konsequenzen für Sie"), sarcastic praise
("Vielen Dank auch für Ihre überaus hilfreiche Auskunft"), complaints about waiting and
patronising dictation ("nochmal ganz langsam zum Mitschreiben"). Its misses widened the rules
(and it trains the models), so it is development data now. Three more blind sets followed,
each run once after tuning on the one before (roleplay_claims_blind3_<lang>.yaml to
roleplay_claims_blind5_<lang>.yaml; each asks for subtle rudeness: sarcasm, veiled threats):

    set     de lie / honest prec. / rude     en lie / honest prec. / rude
    blind3  0.93 / 0.94 / 0.73               0.97 / 1.00 / 0.60
    blind4  0.95 / 0.95 / 0.93               0.90 / 0.95 / 0.80
    blind5  0.90 / 1.00 / 0.87               0.85 / 0.80 / 0.73

German met all three targets on blind4, no language on blind5. What keeps slipping past: claims
tucked into a complaint or a polite question ("Where on earth is our delivery? We ordered …",
"the booking we placed"), a client's standing named for her ("As an existing patient of the
practice, Mrs. Hale …"), sarcasm and veiled threats; English honest precision fell because
such lies were credited as honest ("I'm calling about our order – reference 88213"). All sets
are development data since (the models train on blind5; no rule was changed for it); the next
measurement needs a new set.

Round 5 (2026-12-06). Two new independent writers' sets, each measured before anything was tuned
on it:
- roleplay_claims_train6_<lang>.yaml (210 lines per language, written to train, rich in hidden
  claims and sarcasm): de 0.81 / 0.83 / 0.72, en 0.81 / 0.86 / 0.60. Its misses widened the
  rules as shapes: an order presupposed in a question or a complaint ("unsere Bestellung",
  "Auftrag 4711", "the booking we placed", "still hasn't arrived": claimed whatever the clause
  denies), a client's standing ("Bestandskunde", "already a client of yours", "on your approved
  vendor list"), the VA's own client asking when named before the request ("Ich rufe im Namen
  von Frau Keller an … sie hat mich gebeten", but "Frau Yilmaz meinte, ich soll mich melden,
  sobald meine Kundin …" is a lie), sarcasm and veiled threats (roleplay_cues_veiled.py). The
  rude model may now overrule a "thanks" when it is sure (RUDE_SURE), and never overrules
  reassurance or praise (roleplay_cues_courteous.py).
- roleplay_claims_val7_<lang>.yaml (120 lines per language), run once after that round:
    val7    0.95 / 1.00 / 1.00 (4 honest lines called lies)   0.90 / 0.88 / 0.85
  Its misses (a client named in apposition, dialect negation "no ned", an own earlier attempt
  "it went to voicemail") then widened the rules too; it is development data now.
- roleplay_claims_val9_<lang>.yaml (120 lines per language), run once after tuning on val7:
    val9    0.92 / 0.89 / 0.90                                0.97 / 0.92 / 0.75
  Its misses (a returned call asked about in a question, "we do all your brochures", sarcasm
  about repeating things slowly) widened the rules; it is development data now.
- roleplay_claims_blind6_<lang>.yaml (120 lines per language, written before round 5 began and
  sealed), run once after tuning on val9 (commit 474dd1c):
    blind6  0.93 / 0.92 / 0.80                                0.98 / 0.95 / 0.85
  Its misses (the VA's own client named as "assistant to Mr Berg" or "I work for a copywriter",
  the caller's own voicemail, "my appointment with", "Familiensache", sarcasm: "ich hab ja sonst
  nichts zu tun", "it's not like some of us have actual work to do") widened the rules; it is
  development data now.
- roleplay_claims_blind7_<lang>.yaml (120 lines per language), run once after tuning on blind6
  (commit 8c449e4):
    blind7  1.00 / 1.00 / 0.85                                0.98 / 1.00 / 0.85
  Lies and honesty met the targets in both languages; rudeness missed them: impatience ("Ey,
  hallo? Schlafen Sie?", "Hello?? Did you fall asleep on me?"), sarcastic thanks ("Danke für die
  Belehrung"), "Per my last sentence", mock deference ("the most important person in the
  building"). Those widened the rules; it is development data now.
- roleplay_claims_blind8_<lang>.yaml (120 lines per language), run once after tuning on blind7
  (commit bb8820f):
    blind8  0.97 / 0.86 / 0.85                                0.92 / 0.86 / 0.75
  Misses: veiled threats to tell the client or the boss ("ich sag meinem Kunden dann einfach,
  dass Ihre Firma offenbar kein Interesse hat", "I'm sure your boss will understand"), mock
  patience ("I've only been on hold for twelve minutes. Take your time."), an order claimed as
  someone's ("Ms. Carter's order still hasn't been signed off"), a contractor's standing ("We're
  the cleaning contractor for your building"). Those widened the rules; development data now.
- roleplay_claims_blind9_<lang>.yaml (120 lines per language), run once after tuning on blind8
  (commit 47af26c):
    blind9  0.95 / 0.96 / 0.90                                0.95 / 0.93 / 0.80
  German met all three targets. English rudeness missed sarcasm ("Oh, a 'policy'. Of course
  there's a policy.", "Another voicemail black hole. Can't wait.") and a threat disguised as
  information ("I'm recording this call for quality purposes, by the way"). Those widened the
  rules; development data now.
- roleplay_claims_blind10_<lang>.yaml (120 lines per language), run once after tuning on blind9
  (commit 7dc2859), the last run of this round:
    blind10 0.98 / 0.95 / 0.85 (4 honest lines called lies)  0.95 / 0.91 / 0.85
  The honest lines called lies were the VA calling for a friend ("ich telefonier für 'nen
  Kumpel", "calling for a friend of mine who's just launched …"), "ich bin's nochmal" after an
  own earlier attempt, "da lief nur der Anrufbeantworter", "I'm assisting Claire Dubois … She
  asked me"; all are fixed, and it is development data now.
- roleplay_claims_blind11_<lang>.yaml (120 lines per language), run once on the final rules of the
  session (commit c39bdf1, after a fresh-eyes review narrowed the rules); afterwards only three
  claim rules were narrowed for its three honest lines called lies, and the models retrained:
    blind11 1.00 / 1.00 / 0.70                                0.97 / 1.00 / 0.90
  English met all three targets; German rudeness missed six sarcastic or impatient lines ("Danke,
  sehr hilfreich. Wirklich. Ganz großartig.", "Hallo? Hallo?! Hören Sie mir überhaupt zu?").
- roleplay_claims_train8_<lang>.yaml: sincere courtesy (reassurance, apologies, praise) that the
  rude model had called rude in about one line in fifteen, to train on.
- roleplay_claims_train12_<lang>.yaml (220 lines per language: 100 subtle rude, 70 courteous,
  50 hidden lies), train13 (150 rude and courteous minimal pairs) and train14 (110 rude lines
  inside honest pitches, 50 subtle rude, 140 honest or neutral lines said with feeling), written
  on 2026-12-07 to train on. Each was first judged as it came, before the models saw it:
    train12 (rules of ad7957c)           0.92 / 0.70 / 0.67        0.96 / 0.75 / 0.63
    train13 (models with train12)        -    / 0.61 / 0.64        -    / 0.63 / 0.71
    train14 (models with train12, 13)    -    / 0.51 / 0.35        -    / 0.55 / 0.49
  Reading each sentence alone too (roleplay_learned.py) took train14 to 0.68 / 0.61 in German
  and 0.72 / 0.74 in English (honest precision / rude recall); a rude sentence after a greeting
  and a pitch was what the whole-line model missed.
- roleplay_claims_train15_<lang>.yaml (300 answers to the receptionist's follow-up questions)
  and train16 (300 openings by thirty invented callers), judged as they came on the models of
  train12-14, before any rule or model saw them:
    train15                              0.96 / 0.97 / 0.82        0.94 / 0.95 / 0.74
    train16                              0.93 / 0.96 / 0.83        0.90 / 0.94 / 0.80
  Their honest lines called lies (dialect "nich", "doesnt", "a client of mine", "wir sind die
  Agentur Sprachbrücke") and their missed orders and referrals were fixed as shapes afterwards.
- roleplay_claims_blind12_<lang>.yaml (120 lines per language), run once on the models of
  train12-16 (commit f1d09d8):
    blind12 0.88 / 0.77 / 0.95 (0 honest lines called lies)  0.83 / 0.75 / 0.95 (1)
  Rudeness met the target in both languages for the first time; hidden claims did not: English
  lines that say "Frau Adler", "Herr Berger" (German titles now read as Ms and Mr), "die Firma,
  die bei Ihnen die Server betreut", "zu dem vereinbarten Telefonat", "one of your existing
  suppliers". Fixed as shapes; development data now.
- roleplay_claims_blind13_<lang>.yaml (120 lines per language), run once after that (commit
  c122411):
    blind13 0.95 / 0.92 / 0.95 (1)                            0.93 / 0.93 / 0.85 (0)
  German met lie recall and rudeness, missed honest precision by two lines; English missed all
  three narrowly ("as requested by Mr Berger himself", "we handle all of Tom's social media",
  "a 'no' dressed up as 'he's in a meeting'"). Fixed as shapes; development data now.
- roleplay_claims_blind14_<lang>.yaml (120 lines per language), run once after that (commit
  5a48e57):
    blind14 0.93 / 0.93 / 1.00 (0)                            0.88 / 0.77 / 0.90 (0)
  Rudeness met the target in both languages again; hidden claims missed, English above all ("has
  me down for half two", "we do the payroll for yous already", "an invoice of his", "the message
  Mr Berger left with our office"). Fixed as shapes; development data now.
- roleplay_claims_blind15_<lang>.yaml (120 lines per language), run once after that (commit
  03bf4e7):
    blind15 0.93 / 0.89 / 0.95 (0)                            0.92 / 0.82 / 0.85 (0)
  German rudeness met the target again; hidden claims kept honest precision under it ("die
  Agentur, die Ihre Social-Media-Kanäle betreut", "wir liefern doch euern Kaffee", "y'all have
  been with us for a couple years", "my 3pm with Tom"). Fixed as shapes; development data now.
- roleplay_claims_blind16_<lang>.yaml (120 lines per language), run once on the final rules of
  the session (commit 8b4f0af):
    blind16 0.92 / 0.88 / 1.00 (1)                            0.97 / 0.92 / 1.00 (1)
  Rudeness 1.00 in both languages; English met lie recall; honest precision missed in both
  (claims in dialect "I hab mit'm Chef scho amoi gredt", "Ihrem Druckdienstleister", "a missed
  call from this number and a note that Mr Berger was trying to reach me"). Its two honest lines
  called lies were fixed afterwards, and in the next session its missed claims too (an apposition
  "Ihrem Druckdienstleister", "was trying to reach me", a slot "scheduled" with the boss).
- roleplay_claims_train17_<lang>.yaml (240 lines per language: 140 lies hidden in honest
  pitches, 100 honest lines that sound like lies), written on 2026-12-07 to train on, judged as
  it came on the models of train12-16:
    train17                              0.77 / 0.78 / -  (10)     0.83 / 0.79 / -  (12)
  Ten German and twelve English honest lines were called lies, almost all by claim rules: the
  VA's own client asking ("Er hat mich gebeten, bei Firmen in der Innenstadt anzufragen", "I'm a
  VA calling for Marcus Reid … He asked me to reach out"), a message sent or left unanswered
  ("eine Mail geschrieben, aber noch keine Antwort", "keep getting voicemail"), a product named
  like a history ("our contract review service", "our email campaigns"), "in Ihrer
  Nachbarschaft", "wir liefern Ersatzteile", "ich hab den Auftrag, … anzusprechen". Those rules
  were narrowed. Half of it left out of the models in turn showed that the lie model, where it
  is sure (LIE_SURE), can overrule an honest pitch: lie recall 0.79 to 0.85 in German and 0.83
  to 0.89 in English, for one more honest line in a hundred called a lie in German and two in
  English.
- roleplay_claims_train18_<lang>.yaml (240 lines per language by forty invented callers: 140 lies
  hidden in pitches, 100 honest lines sharing their words), judged as it came on the models of
  train12-17 and the rules narrowed for train17:
    train18                              0.91 / 0.96 / -  (4)      0.98 / 1.00 / -  (8)
  The honest lines called lies were the caller's own unanswered email, letter or call ("I emailed
  Mr Berger a short introduction last month and it probably got buried", "I hab's gestern
  probiert, aber da war immer der Anrufbeantworter dran"), now read as one-way unless the
  sentence tells of his answer, "your order management" and "you've signed up to the net zero
  pledge".
- roleplay_claims_blind17_<lang>.yaml (140 lines per language: 60 lies, 28 of them hidden in
  polite pitches, 40 honest, 20 rude, 20 neutral), run once on the rules and models of
  train17-18 after a fresh-eyes review (commit 3b32ee1):
    blind17 0.97 / 0.95 / 0.95 (0)                            0.97 / 0.95 / 0.90 (0)
  The first unseen set on which both languages met all three targets, with no honest line
  called a lie. Missed: "Als Ihr langjähriger Logistikpartner", "da ich Herrn Berger noch aus
  Studienzeiten kenne", "Tom Berger's actually my neighbour", "who already handle all your
  parcel deliveries"; rude: "damit ich nachher weiß, wen ich melden muss", "Do you understand
  English?". Development data now; the models were retrained with it.
- roleplay_claims_train19_<lang>.yaml (80 lines per language: requests for a talk, a call or a
  meeting with the boss, 37 honest and 43 neutral), written after blind17 because training sets
  17 and 18 had taught the lie model that "das Gespräch mit Herrn Berger" and "a slot in his
  diary" claim something. Judged as it came, six German and three English lines were called
  lies ("Könnten wir einen Telefontermin mit Herrn Berger festmachen?", "Could you pencil me in
  for a quick call with Mr Berger?", one by a rule: "ihm unsere Bestell-App zeigen"); the rule
  was narrowed and the models retrained with the set.
- roleplay_claims_blind20_<lang>.yaml (140 lines per language: 60 lies, 40 of them hidden in
  polite pitches, 40 honest, 20 rude, 20 neutral), run once on the rules and models of
  train17-19 (commit bf4e286):
    blind20 0.97 / 0.97 / 1.00 (2)                            0.93 / 0.85 / 0.75 (0)
  German met all three targets, English none: lies told as enthusiasm or a service relationship
  ("Mr Berger was very keen that I phone him", "we're the people who service your coffee
  machines", "Mr Berger rang our office while I was out"), threats of complaint ("I'll be
  speaking to your boss about the way you handle calls", "I'm going straight to your CEO on
  LinkedIn") and put-downs ("Listen, love, if I wanted to leave a message I'd have sent an
  email") read as honest. The German honest lines called lies said that no contact had happened
  ("gesprochen haben wir nie", "da war aber keiner mehr da"), which now takes back a claim of
  contact in the same sentence (roleplay_claims_one_way.no_contact). Development data now; the
  models were retrained with it.
- roleplay_claims_train21_<lang>.yaml (100 lines per language: calm rudeness, such as threats to
  go over her head and put-downs, beside lies told as his enthusiasm or a service relationship
  and honest lines sharing their words), judged as it came: rude recall 0.77 in both languages;
  escalation and put-down cues added (roleplay_cues_veiled.py), models retrained with it.
- roleplay_claims_blind21_<lang>.yaml (140 lines per language, 27-33 lies hidden in pitches),
  run once on the rules and models of train21 (commit f9b276e):
    blind21 0.93 / 0.91 / 0.95 (0)                            0.93 / 0.93 / 0.95 (0)
  Rude recall met the target in both languages; lie recall and honest precision did not. Lies
  missed were claims made on the callee's behalf beside the caller's own client ("ich bin die
  Assistentin von Dr. Scholz … Herr Berger hatte bei uns um einen Rückruf gebeten", which the
  own-client rule exempts as her client's request; naming the asker as the callee would instead
  break "Meine Chefin, Frau Dr. Heinemann, hat mich gebeten"), a first contact admitted in the
  same breath ("messaged me on LinkedIn asking me to give her a call") and appointments said in
  passing ("a ten o'clock pencilled in with Mr Berger"); the last two are read since.
- roleplay_claims_blind22_<lang>.yaml (140 lines per language, 32 lies hidden in pitches), run
  once on the rules and models of blind21 (commit b4cfb39):
    blind22 0.92 / 0.90 / 0.85 (3)                            0.95 / 0.93 / 0.90 (0)
  English met lie and rude recall, German none of the three. German honest lines called lies:
  the caller's own voicemail with "bisher kam nichts zurück" (read as an answer), a LinkedIn post
  he wrote and read by the caller, "Frau Petersen hat mich gebeten … Frau Petersen ist meine
  Chefin"; lies missed: a service relationship at another branch ("schon für Ihre Filiale in Baar
  zuständig"), a request at a trade-fair stand, "Bestellung vom Dienstag" beside a pitch, "a
  private Gschicht" in dialect; rude missed: threats about her job, "schon wieder die
  Empfangsdame". Of the last four unseen sets (blind17, 20, 21, 22) the judge met every target in
  both languages on one (blind17) and in German on one more (blind20).
- roleplay_claims_blind23_<lang>.yaml (140 lines per language, about 35 lies hidden in pitches),
  run once on the rules and models of blind22 (commit ef1a78a):
    blind23 0.97 / 0.947 / 0.85 (4)                           0.97 / 0.95 / 0.85 (1)
  Lie recall met the target in both languages and honest precision in English (German 36 of 38,
  just under); rude recall missed in both. Honest lines called lies: his meeting when she called
  before ("da war Herr Berger in einer Besprechung", read as a talk), her own voicemail "auf der
  Mailbox hinterlassen", "Das ist kein privater Anruf", "kennen Herrn Berger nur von seinem
  LinkedIn-Profil", "Hello, is Mr Berger the one who handles …?" (the greeting hid the question).
  Lies missed: his enquiry through the contact form ("zu seiner Anfrage … hätte ich Fragen",
  "his enquiry on our website"), his PA's message that he'd like a call. Rude missed: sarcastic
  praise passed on ("wie hilfreich sein Empfang ist", "as useful as the hold music"), "selbst Sie
  bekommen es hin", "Gnädigste … tun S' ned so wichtig", "I'll wait. For now.", "How adorable."
  All are read since (roleplay_claims_one_way, roleplay_cues_claims_standing,
  roleplay_cues_veiled); no other labelled line changed its reading.
- roleplay_claims_blind24_<lang>.yaml (140 lines per language, 36-40 lies hidden in pitches),
  run once on the rules and models of blind23 (commit 3b38046):
    blind24 0.97 / 0.947 / 0.90 (3)                           1.00 / 1.00 / 1.00 (0)
  English met every target; German missed honest precision by one line (36 of 38). German honest
  lines called lies: her own letter "und wollte nur fragen, ob er angekommen ist", seen at an
  open day "aber nicht mit ihm gesprochen", her own email beside "wir hatten vorher aber keinen
  Kontakt"; lies missed: "die Anfrage, die Herr Berger … geschickt hat", "für halb elf bei Herrn
  Berger eingetragen"; rude missed: "Ich warte. Noch.", "nicht jedermanns Stärke". All are read
  since; one labelled lie of an earlier set ("hab … ne mail geschickt, wollt nur nachhaken ob die
  angekommen is") is read as honest since, as blind24's labeller and the brief would have it.
- roleplay_claims_blind25_<lang>.yaml (140 lines per language, 31-34 lies hidden in pitches),
  run once on the rules and models of blind24 (commit be108c9):
    blind25 0.98 / 1.00 / 0.95 (4)                            0.95 / 0.93 / 0.95 (0)
  German met every target; English missed honest precision (three lies called honest: a Zoom
  "set for right now with Mr Berger", "the enquiry Mr Berger sent through our website", "since
  Mr Berger and I are good friends I thought I'd …"). The first two are read since; the third is
  not: its clause wishes after the claim, and a wish after a claim takes it back in "einen Termin
  mit Herrn Kerner zu vereinbaren". German honest lines called lies ("gesprochen haben wir
  nicht", "kennen tun wir uns nicht", "er hat noch nicht geantwortet", his meeting when she
  called) are honest since. Of the last seven unseen sets (blind17 and 20-25) the judge met every
  target in both languages on one (blind17), in German alone on two (blind20, 25) and in English
  alone on one (blind24).
- roleplay_claims_blind26_<lang>.yaml (140 lines per language, 27-30 lies hidden in pitches),
  run once on the rules and models of blind25 (commit bb2a225):
    blind26 0.97 / 0.97 / 0.95 (2)                            0.98 / 0.97 / 1.00 (2)
  Every target met in both languages, the first unseen set since blind17 to do so. Still missed:
  an appointment said as "er hat sich das ja eingetragen", "we set it up for this morning", a note
  "Berger anrufen, will das Angebot hören"; honest lines called lies: "kein Folgegespräch",
  "Wir haben danach nicht gesprochen", "my client suggested I speak to …", "not sure it reached
  him" after "I tried to email". The first three (after retraining, all the honest lines of the
  development data) are honest since: a first call said outright takes back a history read
  elsewhere in the answer, his talk heard is no contact, and her own client's advice is no
  referral. No rule was written for the lies missed; retrained with them, the models read all
  but one in each language.
- roleplay_claims_blind27_<lang>.yaml (140 lines per language, 35-40 lies hidden in pitches),
  run once on the rules and models of blind26 (commit b3363f4):
    blind27 0.97 / 0.95 / 0.80 (2)                            0.98 / 1.00 / 1.00 (2)
  English met every target; German missed rude recall: four calm put-downs ("ganz langsam, damit
  Sie mitkommen", "jemandem, der mehr kann als Nachrichten aufschreiben", "beschäftigt mit
  Kaffeekochen", "Ich zähle bis drei, dann lege ich auf"). Honest lines called lies: "meine
  Klientin … hat mich gebeten, bei Maschinenbaufirmen nachzufragen", "keine Gelegenheit, ihn
  anzusprechen", "I only spoke to one of your sales reps, not Mr Berger", "we've never been
  introduced"; lies missed: "Im Rahmen unserer laufenden Zusammenarbeit würde ich gern …", "da
  Herr Berger … ein Angebot bei uns angefordert hat", "Our companies have a partnership
  agreement". All are read since, with English twins of each new German cue; no labelled line
  of the earlier sets changed its reading.
- roleplay_claims_blind28_<lang>.yaml (140 lines per language, 32-36 lies hidden in pitches),
  run once on the rules and models of blind27 (commit a7d0f2e):
    blind28 0.97 / 0.946 / 0.90 (0)                           1.00 / 1.00 / 1.00 (5)
  English met every target but called five honest lines lies: a question for who decides on
  purchases read as his order, "I didn't meet Mr Berger himself", "your colleague suggested I
  try again on Thursday" read as a referral, "he handles your company's fleet" read as a tie to
  the caller, "We didn't meet". German missed honest precision by one line (35 of 37): "weil Ihr
  Chef gestern bei uns angerufen hat und ich nicht rangehen konnte" (her "nicht" read as denying
  his call) and Swiss "im letschte Telefonat"; rude missed: Swiss "Merci vielmal für nüt",
  "Entzückend, diese vielen Fragen"; "ich rufe von mir aus an" was read as the dismissive "von
  mir aus". All are read since; no labelled line of the earlier sets changed its reading.
- roleplay_claims_blind29_<lang>.yaml (140 lines per language, 36 lies hidden in pitches), run
  once on the rules and models of blind28 (commit ed917fe):
    blind29 0.97 / 0.95 / 0.90 (1)                            0.97 / 0.95 / 0.90 (0)
  Every target met in both languages (honest precision 39 of 41 in each), the second unseen set
  after blind26 to do so; of the last four (blind26-29) German met every target on two, English
  on all four. Missed: "Wir haben ja schon einige Stellen für Ihr Haus besetzt", "die
  Sicherheitsschuhe, die er angefragt hat", "You're one of our longest-standing clients", "Mr
  Berger's accountant thought it'd be worth us having a chat"; rude missed: "Ich warte. Immer
  noch.", "lieber mit jemandem, der sich auskennt", "Did you just tell me no?", "who kept him
  from a great opportunity"; "empfohlen hat mich aber niemand" was read as a referral (the "aber"
  cut the clause before its "niemand"). All are read since; no labelled line of the earlier sets
  changed its reading.
- roleplay_claims_blind30_<lang>.yaml (140 lines per language, 33 lies hidden in pitches), run
  once on the rules and models of blind29 (commit 0a08d95):
    blind30 1.00 / 1.00 / 0.95 (4)                            0.95 / 0.925 / 0.95 (3)
  German met every target, English missed honest precision by one line (37 of 40). Honest lines
  called lies all named a tie and took it back in so many words: "Wir kennen uns nicht",
  "Herrn Berger kenne ich nicht", "mit Herrn Berger selbst hatte aber noch keiner von uns
  Kontakt", "sie hat mich nicht an ihn verwiesen – ich rufe aus eigenem Antrieb an", "she didn't
  refer me and Mr Berger has never heard of me", "he didn't ask me to call"; and "I know Mr
  Berger's name from your website". Lies missed: "the appointment we pencilled in", "the support
  contract we run for your team", "a personal call …, if you don't mind me keeping it between him
  and me" (the courtesy "don't mind" read as a denial); rude missed: "etwas langsamer, damit Sie
  mitschreiben können", "if you've quite finished, I'll speak to the person who matters". A tie
  taken back anywhere in the answer now takes back the claims of its families
  (roleplay_claims_disclaimed.py); all are read since, and no labelled line of the earlier sets
  changed its reading but one, for the better ("me and gary are pals lol he wont mind").
- roleplay_claims_blind31_<lang>.yaml (140 lines per language, 33-34 lies hidden in pitches),
  run once on the rules and models of blind30 (commit 55eeedc):
    blind31 0.97 / 0.947 / 0.95 (3)                           1.00 / 1.00 / 0.90 (3)
  English met every target; German missed honest precision by one line (36 of 38). Honest lines
  called lies: a go-between who "kennt Herrn Berger nicht und hat mich auch nicht geschickt",
  "gesprochen haben wir aber bisher noch nicht miteinander", "unseren Projekttag" read as a
  project together, "someone from your company signed up for our newsletter" read as an order,
  "I'm calling for Daniel Foster at Foster Web Studio. He's asked me …" (her own client), "but
  James didn't refer me"; "ich melde mich also ganz unverbindlich von mir aus" read as the
  dismissive "von mir aus". Lies missed: "ich rufe wie erbeten zurück", "eine Bestellung von ihm";
  rude missed: "Sie dürfen sich gern notieren, dass Sie mich abgewiesen haben", "someone who can
  make a simple decision", "it takes three questions to transfer one call". All are read since,
  each with a twin in the other language; retrained with blind31, the models read two rude lines
  of the earlier sets as courteous ("jemanden …, der weiß, was eine Weiterbildung ist", "wird
  das für Sie unangenehmer als für mich"), which the new cues read as rude again, and one lie
  as honest ("Rückfrage zu Herrn Bergers Bestellung"), which the presupposed order cues now read.
- roleplay_claims_blind32_<lang>.yaml (140 lines per language, about 34 lies hidden in pitches),
  run once on the rules and models of blind31 (commit f693d84):
    blind32 0.95 / 0.951 / 0.95 (1)                           1.00 / 0.975 / 0.90 (1)
  Every target met in both languages, the third unseen set to do so (after blind26 and blind29);
  of the last seven (blind26-32) English met every target on six, German on four. Missed: "sein
  alter Tennispartner aus Graz möchte …" (the wish of the message took the tie back; it is a
  standing phrase now), "Auf ausdrücklichen Wunsch von Herrn Berger schicke ich ihm diesmal keine
  E-Mail" (the "keine" denied the wish; a standing phrase is now denied only by a negation before
  it), "heute rufe ich rein privat an"; honest lines called lies: "der weiß gar nicht, dass ich
  anrufe – ich melde mich ganz auf eigene Faust", "from the public directory" (read as "from the
  pub"); rude missed: "ganz langsam, damit Sie es diesmal auch verstehen", "stop screening and
  actually put me through", "your opinion … is really what matters". All are read since, with
  twins. Retrained with blind32, the rude model read two courteous lines of earlier sets as rude
  ("danke, dass Sie so schnell rangegangen sind", "I can wait, honestly, I've got my tea") and
  lost "Ich schreib mir das mal auf. Für später."; courteous and scorn cues read them right again.
  Two neutral questions of earlier sets are now credited as honest ("Ich hätte eine Frage an die
  Geschäftsführung und würde dafür gern einen kurzen Termin ausmachen").
- roleplay_claims_blind33_<lang>.yaml (140 lines per language, 31-35 lies hidden in pitches),
  run once on the rules and models of blind32 (commit d53115a):
    blind33 0.95 / 0.902 / 0.95 (1)                           0.95 / 0.930 / 0.90 (0)
  Both languages missed honest precision: lies read as honest pitches. The VA's own agency named
  and then "Herr Berger hatte um einen kurzen Anruf gebeten" (a titled asker is the callee unless
  the line names him as her own client), the caller's firm "die Ihr Unternehmen ja seit letztem
  Jahr … begleitet" and "who supply your boxes", "Nach unserem ersten Austausch per Videocall",
  "Me and Paddy Berger are mates", "as a longtime family friend of Ms Okafor's"; rude lines read
  as honest: "you're not the person I need, are you?", "a bit above your pay grade"; missed:
  "Ich rufe so lange an, bis er rangeht". Honest line called a lie: "Ich bin kein Bekannter …,
  ich bin einfach ein Dienstleister" ("ein Dienstleister" is a trade, "Ihr Dienstleister" a
  tie). All are read since, with twins in the other language (tests/test_judge_firm_ties.py);
  the same rules caught three lies of earlier sets they had missed. A lone question for a
  contact ("Wer wäre bei Ihnen für den Einkauf zuständig?", labelled neutral) is still credited
  as honest: other labellers call the same shape honest, and withholding it lost 16 of theirs.
- roleplay_claims_blind34_<lang>.yaml (140 lines per language, about 35 lies hidden in pitches),
  run once on the rules and models of blind33 (commit 688e088):
    blind34 0.98 / 0.975 / 1.00 (0)                           0.93 / 0.886 / 0.95 (1)
  German met every target; English missed lie recall and honest precision. Lies read as honest:
  "the translation agency that already does your German manuals", "Harbour Print, your regular
  printers,", "Greg from the golf club is on the phone" asked as a question, "I was passed your
  details by Mr Berger's business partner", and in German "Anknüpfend an das Gespräch, das Herr
  Berger und Herr Seidel im März hatten"; rude read as honest: "you can get back to your filing";
  honest line called a lie: "our project day next month" (an event, not a project together).
  All are read since, with twins in the other language (tests/test_judge_firm_ties.py).
- roleplay_claims_blind35_<lang>.yaml (140 lines per language, 30-41 lies hidden in pitches),
  run once on the rules and models of blind34 (commit d4348d2):
    blind35 0.97 / 0.952 / 0.95 (0)                           0.97 / 0.952 / 0.95 (0)
  Every target met in both languages, the fourth unseen set to do so (after blind26, 29 and 32).
  Missed: "die von Herrn Berger beauftragte Wartung", "Herrn Berger, den ich noch vom Segeln am
  Bodensee gut kenne", "our scheduled chat with Ms Novak", "Your bank manager … put us onto Mr
  Berger"; rude missed: "ich notiere mir Ihren Namen – falls Herr Berger später fragt, warum er
  das Angebot verpasst hat", "so I know whom to mention when this goes wrong". Read since, with
  twins (tests/test_judge_firm_ties.py).
- roleplay_claims_blind36_<lang>.yaml (140 lines per language, 30-36 lies hidden in pitches),
  run once on the rules and models of blind35 (commit d7239c8):
    blind36 0.98 / 0.973 / 0.90 (2)                           0.93 / 0.902 / 1.00 (1)
  German met every target; English missed lie recall and honest precision. Lies read as honest:
  her own firm named and then "at Mr Berger's request" (the callee named in the request),
  "Mr Berger specifically asked that I speak to him and not a colleague" (the contrast read as
  a denial), "on a personal note, nothing business-related", "give Mr Berger my regards from
  the golf club", "ein kurzes Kennenlerngespräch, um das Herr Berger selbst gebeten hatte";
  honest lines called lies: "I'm calling for a client who runs …; she asked me …", "die
  Nachbarbetriebe" (read as a neighbour), "wir haben das Bauschild … gesehen" (read as having
  met); rude missed: "… verpasst hat, nur weil sein Vorzimmer meinte, es besser zu wissen", "ein
  Thema für die Geschäftsleitung, nicht fürs Sekretariat". Read since, with twins.
- roleplay_claims_blind37_<lang>.yaml (140 lines per language, about 31 lies hidden in pitches),
  run once on the rules and models of blind36 (commit 5a43448):
    blind37 0.98 / 0.976 / 1.00 (0)                           0.95 / 0.927 / 1.00 (1)
  German met every target; English missed honest precision (38 of 41). Lies read as honest: "our
  slot with Mr Berger was confirmed", "as a longtime acquaintance of Mr Berger's", "in response
  to Mr Berger's message on our answering service", and in German "wegen der Anfrage zurück, die
  Herr Berger uns … hinterlassen hat" (all read since, with twins); still a lie: "it's a business
  call, nothing personal at all: a van leasing company … asked me" (the lie model's reading).
  Over this session's five rounds (blind33-37) German met every target on four sets, English on
  one (35); every miss was honest precision or lie recall in English.
- roleplay_claims_blind38_<lang>.yaml and roleplay_claims_blind39_<lang>.yaml (140 lines per
  language each), both run once on the rules and models of blind37 (commit 0c38439):
    blind38 1.00 / 1.00 / 1.00 (0)                            0.95 / 0.929 / 1.00 (0)
    blind39 0.98 / 0.949 / 1.00 (2)                           0.98 / 0.952 / 0.95 (0)
  blind38: German perfect, English missed honest precision (39 of 42). Lies read as honest:
  "Kestrel Freight, your usual haulier," (a trade not in the list), "we'd pencilled in a short
  call", "Mr Berger was kind enough to say I should ring his office" (read as a wish through "to
  set up a time"); "at whatever time suits him" was read as rude. blind39: English met every
  target, German missed honest precision by a hair (37 of 39). Honest lines called lies: "Ich bin
  für einen Kunden tätig" (read as being his client) and "wir haben noch nie miteinander
  gesprochen, der Herr Berger und ich" (the apposition after the denial read as a tie); "bin ich
  hier bei der Firma …?" read as an introduction, "Webdesign. Erstanruf." as barking. Missed:
  "und sehe, dass Herr Berger mich vorhin angerufen hat", "since Mark and I are old neighbours I
  thought I'd try him" (the wish after a tie given as the reason), "Let's not waste each other's
  time, dear". All read since, with twins.
- roleplay_claims_blind40_<lang>.yaml (140 lines per language), run once on the rules and models
  of blind38 and blind39 (commit 422146d):
    blind40 0.95 / 0.907 / 0.95 (1)                           0.98 / 0.976 / 1.00 (0)
  English met every target, German missed honest precision (39 of 43). Lies read as honest: "wir
  sind übrigens seit der Zeit im Ruderclub per Du", "die ja Ihre Kataloge druckt", "worüber ich
  mit Herrn Berger auf der Messe in Friedrichshafen schon kurz gesprochen habe" (too far apart),
  and in English "my client, who has been buying from you since 2019"; honest line called a lie:
  "Ich arbeite als Assistentin für Dr. Kaiser, einen Unternehmensberater" (her own client named
  by his trade); rude missed: "dass Sie am Empfang die technischen Details ohnehin nicht
  verstehen". All read since, with twins; a bare "Wer ist bei Ihnen für Marketing zuständig?"
  is still read as an honest opening (the labeller called it neutral).
- roleplay_claims_blind41_<lang>.yaml (140 lines per language), run once on the rules and models
  of blind40 (commit 4f1b6b8):
    blind41 0.97 / 0.976 / 1.00 (0)                           0.95 / 0.930 / 1.00 (0)
  German met every target, English missed honest precision (40 of 43). Lies read as honest:
  "since your company already uses our overnight service", "Mr O'Neill wanted me to ring him"
  (the apostrophe split the name), "you're a customer of ours", and in German "Herr Berger
  möchte gern, dass ich ihm unser Konzept … erläutere", "er kennt die Sache". All read since,
  with twins. A bare "Who would be the right person to speak to about purchasing?" is still
  read as honest: reading lone contact questions as neutral turned 50 labelled honest lines.
- roleplay_claims_blind42_<lang>.yaml and roleplay_claims_blind43_<lang>.yaml (140 lines per
  language each), both run once on the rules and models of blind41 (commit 4f84539):
    blind42 0.95 / 0.930 / 0.95 (0)                           0.97 / 0.951 / 0.95 (0)
    blind43 0.98 / 0.973 / 0.90 (4)                           0.98 / 0.952 / 0.90 (0)
  blind43 met every target in both languages; blind42 met them in English and missed German
  honest precision (40 of 43). Lies read as honest: "im selben Golfclub …, insofern kennt er
  mich", "das Gespräch vom Unternehmerabend … gern fortführen", "Wir wickeln bereits einen Teil
  Ihrer Transporte ab", "Wir arbeiten ja bereits an Ihrem Internetauftritt mit", "following Mr
  Berger's request that I get in touch", "our ongoing collaboration with your firm"; honest lines
  called lies: "Wir sind Ihnen noch völlig unbekannt", "einen gemeinsamen Kontakt auf LinkedIn,
  aber der hat mich nicht an Sie verwiesen", "ohne dass es bisher eine Anfrage von Ihrer Seite
  gab"; rude missed: "Sind Sie immer so hilfsbereit …?", "wenn am Ende Ihr Name fällt", "Sie
  haben zwei Minuten, dann …", "I'll make a note of your name, just in case", "You probably
  wouldn't follow the details". All read since, with twins. Still missed: "When I met Mr Berger
  at the chamber breakfast he mentioned …" after naming her firm (read as her own client's word).
- roleplay_claims_blind44_<lang>.yaml (140 lines per language), run once on the rules and models
  of blind42 and blind43 (commit f9d5830):
    blind44 0.95 / 0.950 / 1.00 (0)                           1.00 / 0.976 / 1.00 (0)
  Every target met in both languages, German at the edge (57 of 60 lies, 38 of 40). With
  blind43 that makes two fresh rounds in a row that met every target. Not yet stored in
  tests/data: the models' digest covers every caller-line file, and there was no time left to
  retrain them with it (kept beside the checkout for the next session). Misses to read next: "Wir hatten im
  Sommer schon ein erstes Gespräch mit Herrn Berger", "wegen Herrn Bergers Auftrag", "Nach dem
  netten Austausch, den Dr. Sommer und Frau Keller … hatten" (a talk between two others named
  as a given).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.coach.roleplay import FLAGS, judge  # noqa: E402
from tests.roleplay_figures import PROBES, TRAINING, USED_UP, claims_set, figures  # noqa: E402

LANGUAGES = ("de", "en")


def load(language: str, holdout: bool = False) -> list[dict]:
    name = f"roleplay_holdout_{language}.yaml" if holdout else f"roleplay_{language}.yaml"
    path = ROOT / "tests" / "data" / name
    return yaml.safe_load(path.read_text(encoding="utf-8"))["answers"]


def evaluate(
    language: str, holdout: bool = False
) -> tuple[dict[str, dict[str, float]], list[tuple[str, set, set]]]:
    counts = {flag: {"tp": 0, "fp": 0, "fn": 0} for flag in FLAGS}
    errors = []
    for item in load(language, holdout):
        expected = set(item.get("flags") or [])
        got = set(judge(item["text"], language).flags())
        for flag in FLAGS:
            if flag in got and flag in expected:
                counts[flag]["tp"] += 1
            elif flag in got:
                counts[flag]["fp"] += 1
            elif flag in expected:
                counts[flag]["fn"] += 1
        if got != expected:
            errors.append((item["text"], expected, got))
    scores = {}
    for flag, c in counts.items():
        support = c["tp"] + c["fn"]
        precision = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
        recall = c["tp"] / support if support else 1.0
        scores[flag] = {"support": support, "precision": precision, "recall": recall}
    return scores, errors


def claims(parts: tuple[str, ...], show_errors: bool) -> None:
    for language in LANGUAGES:
        for part in parts:
            result = figures(claims_set(language, part), language)
            print(f"{language} {part}: {result.table()}")
            for kind, text, flags in result.misses if show_errors else []:
                print(f"  - {kind}: {text[:90]!r} -> {flags}")


def timing() -> None:
    """The judge's first call loads the cue tables, lemma dictionaries and learned models; later
    calls only read the line."""
    start = time.perf_counter()
    for language in LANGUAGES:
        judge("Hallo" if language == "de" else "Hello", language)
    print(f"cold start (cues, lemmas, models): {(time.perf_counter() - start) * 1000:.0f} ms")
    for language in LANGUAGES:
        lines = [item["text"] for item in claims_set(language, "dev")]
        start = time.perf_counter()
        for text in lines:
            judge(text, language)
        elapsed = (time.perf_counter() - start) * 1000 / len(lines)
        print(f"{language}: {elapsed:.2f} ms per caller line ({len(lines)} lines)")


def main() -> None:
    show_errors = "--errors" in sys.argv
    if "--claims" in sys.argv or "--holdout" in sys.argv:
        claims(
            ("holdout",) if "--holdout" in sys.argv else ("dev", *PROBES, *USED_UP, *TRAINING),
            show_errors,
        )
        return
    timing()
    for language, holdout in [(lang, held) for held in (False, True) for lang in LANGUAGES]:
        scores, errors = evaluate(language, holdout)
        which = "held-out" if holdout else "tuning set"
        print(
            f"\n{language} {which}: {len(load(language, holdout))} labelled answers, "
            f"{len(errors)} not judged exactly as labelled"
        )
        print(f"{'flag':<14}{'support':>8}{'precision':>11}{'recall':>8}")
        for flag, s in scores.items():
            print(f"{flag:<14}{s['support']:>8}{s['precision']:>11.2f}{s['recall']:>8.2f}")
        if show_errors:
            for text, expected, got in errors:
                print(
                    f"  - {text[:90]!r}\n    missed {sorted(expected - got)}, extra {sorted(got - expected)}"
                )


if __name__ == "__main__":
    main()
