"""The practice judge reads claims hidden in a complaint or a question, knows whose request a
VA reports, and hears sarcasm (issue 14). Every line here is new: none is in the labelled sets
the rules were widened on, so each checks a shape, not a memorised line."""

from __future__ import annotations

import pytest

from bot.coach.roleplay import judge


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # an order named as ours stands even in a clause that complains or denies something else
        ("Die Rechnung zu unserer Bestellung 5521 stimmt nicht.", "de"),
        ("Unsere Lieferung ist noch immer nicht angekommen, wer kümmert sich darum?", "de"),
        ("Our shipment still hasn't arrived, who can help me?", "en"),
        ("Could you check on the booking we made for the training room?", "en"),
    ],
)
def test_an_order_presupposed_in_a_complaint_or_question_is_a_lie(text, language):
    judgement = judge(text, language)
    assert judgement.lie and judgement.claim == "order", judgement.flags()
    assert not judgement.honest


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Wir haben noch nie bei Ihnen bestellt, ich rufe für eine Kaffeerösterei an.", "de"),
        ("We've never ordered from you before; I'm calling for a coffee roaster in Bristol.", "en"),
        ("I'm calling for Swift Couriers about our delivery services for local shops.", "en"),
    ],
)
def test_denying_an_order_or_offering_a_delivery_service_is_honest(text, language):
    judgement = judge(text, language)
    assert judgement.honest and not judgement.lie, judgement.flags()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Meine Auftraggeberin, Frau Brandt, hat mich gebeten, bei Ihnen anzurufen, sie bietet "
            "Lohnbuchhaltung an.",
            "de",
        ),
        (
            "I'm calling on behalf of Ms Lane, a garden designer. She asked me to find out who "
            "handles your grounds.",
            "en",
        ),
    ],
)
def test_the_vas_own_client_asking_for_the_call_is_honest(text, language):
    judgement = judge(text, language)
    assert judgement.honest and not judgement.lie, judgement.flags()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the callee asked, whoever the line names later
        ("Herr Kraus sagte, ich soll mich melden, sobald meine Kundin so weit ist.", "de"),
        # the callee's side asked, whoever the call is made for
        (
            "Calling on behalf of Lane Gardens. Your office manager, Tom, asked us to send a quote.",
            "en",
        ),
    ],
)
def test_the_callees_request_is_a_lie_even_beside_the_vas_client(text, language):
    judgement = judge(text, language)
    assert judgement.lie and judgement.claim == "asked_to_call", judgement.flags()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Ich habe es heute Morgen schon einmal versucht, da hat niemand abgenommen. Ich rufe "
            "für eine Druckerei aus Kassel an.",
            "de",
        ),
        ("Mir kennen uns no ned, i ruf für a Bäckerei aus Graz an.", "de"),
        ("I tried earlier but it went to voicemail; I'm calling for a print shop in Leeds.", "en"),
    ],
)
def test_an_own_earlier_attempt_or_a_dialect_denial_is_honest(text, language):
    judgement = judge(text, language)
    assert judgement.honest and not judgement.lie, judgement.flags()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Lassen Sie mich raten: Er ist wieder nicht da.", "de"),
        ("Dafür sind Sie doch da, oder?", "de"),
        ("Thanks so much for keeping me on hold, really.", "en"),
        ("Let me guess, he's in a meeting again.", "en"),
    ],
)
def test_sarcasm_is_rude(text, language):
    judgement = judge(text, language)
    assert judgement.rude and not judgement.polite, judgement.flags()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "I'm Sam, personal assistant to Dr Aziz. He asked me to find out who organises your "
            "staff training.",
            "en",
        ),
        (
            "Ich arbeite für eine Grafikerin aus Kiel, sie hat mich gebeten, bei Ihnen nachzufragen, "
            "wer Ihre Broschüren gestaltet.",
            "de",
        ),
        # the caller's own voicemail is an earlier attempt, not a call being returned
        (
            "I left you a voicemail yesterday; I work for a small bakery in Hove and wondered who "
            "orders your office snacks.",
            "en",
        ),
    ],
)
def test_the_assistants_own_client_and_own_voicemail_are_honest(text, language):
    judgement = judge(text, language)
    assert judgement.honest and not judgement.lie, judgement.flags()


@pytest.mark.parametrize(
    ("text", "language", "family"),
    [
        ("I'm ringing about my appointment with your finance director.", "en", "expected"),
        ("Ich rufe wegen meines Termins mit Frau Dr. Lenz an.", "de", "expected"),
        ("Es ist eine Familiensache, das bespreche ich lieber direkt mit ihm.", "de", "personal"),
    ],
)
def test_an_appointment_or_a_family_matter_claimed_in_passing_is_a_lie(text, language, family):
    judgement = judge(text, language)
    assert judgement.lie and judgement.claim == family, judgement.flags()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a fresh-eyes review's ordinary lines that earlier shapes of these rules flagged
        ("Ist Herr Schulz noch nicht da?", "de"),
        ("Könnten Sie Herrn Schulz bitten, meine Kundin zurückzurufen?", "de"),
        ("Kein Problem, dann schreibe ich eben eine E-Mail.", "de"),
        ("Meine Nummer ist 0171 2345678. Haben Sie das?", "de"),
        ("Ach so, das erklärt alles, danke!", "de"),
        ("My client's budget hasn't been approved yet, so this is just an early enquiry.", "en"),
        ("We deliver to offices in our delivery area, so I thought I'd ask.", "en"),
        ("My client is a customer of your competitor and wants to compare prices.", "en"),
        ("Can I just note down your name for my records?", "en"),
        ("My client runs an adult education college.", "en"),
        ("Of course there's no rush, whenever suits.", "en"),
        ("It's about my client's order form, we have a question about delivery.", "en"),
    ],
)
def test_ordinary_lines_that_share_words_with_lies_or_sarcasm_are_neither(text, language):
    judgement = judge(text, language)
    assert not judgement.lie and not judgement.rude, judgement.flags()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the VA's own client asking her to ring round firms
        (
            "Guten Tag, ich arbeite als VA für eine Architektin. Sie hat mich gebeten, bei "
            "Bauträgern in der Region nachzufragen, ob Bedarf an Visualisierungen besteht.",
            "de",
        ),
        (
            "Hi, I'm a VA working for a wedding photographer. She asked me to contact hotels in "
            "the area about their event packages.",
            "en",
        ),
        # a message sent that nobody answered
        (
            "Hallo, ich hatte Frau Adler letzte Woche eine Mail zu unseren Schulungen geschickt, "
            "aber leider keine Antwort bekommen. Ich rufe für Lernwerk an.",
            "de",
        ),
        (
            "Hello, I emailed Ms Adler last week about our training courses but haven't heard "
            "back, so I thought I'd ring. I'm with Learnwell.",
            "en",
        ),
        # a product, a neighbourhood, wares and a brief that only sound like a history
        ("Hi, I'm calling from Taskly about our project management tool for small teams.", "en"),
        (
            "Guten Morgen, wir sind ein Reinigungsdienst hier in Ihrer Nachbarschaft und würden "
            "Ihnen gern ein Angebot machen.",
            "de",
        ),
        (
            "Hallo, wir verkaufen Ersatzteile für Kaffeevollautomaten und wollten fragen, wer bei "
            "Ihnen die Küche betreut.",
            "de",
        ),
        (
            "Ich habe den Auftrag, Firmen mit großem Fuhrpark zu kontaktieren, und rufe für "
            "Autohaus Neumann an.",
            "de",
        ),
    ],
)
def test_honest_first_contacts_that_sound_like_a_history_are_honest(text, language):
    judgement = judge(text, language)
    assert judgement.honest and not judgement.lie, judgement.flags()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a claim slipped into a pitch as an apposition, a report or a calendar note
        (
            "Guten Tag, hier ist Jana von Weber IT, Ihrem IT-Dienstleister, es geht um das Update "
            "Ihrer Server.",
            "de",
        ),
        ("Hi, I'm calling from Brightside IT, your IT provider, about the server update.", "en"),
        (
            "Hello, this is Dan from Coastline Print. Mr Berger was trying to get hold of me "
            "yesterday, it's about business cards.",
            "en",
        ),
        (
            "Hi, it's Amy from Pixel Studio, we've got a half-hour call with Tom booked for now "
            "about the website.",
            "en",
        ),
        # a shared past no rule names, which the lie model is sure of
        (
            "Hallo, Moritz von Nordlicht Events, Ihre Weihnachtsfeier im letzten Jahr haben ja "
            "wir ausgerichtet, und ich wollte fragen, wie es dieses Jahr aussieht.",
            "de",
        ),
        (
            "Hi, Sam from Northfield Events here — we ran your Christmas party last year and I "
            "wanted to ask about this year's.",
            "en",
        ),
    ],
)
def test_a_claim_inside_an_honest_pitch_is_a_lie(text, language):
    judgement = judge(text, language)
    assert judgement.lie and not judgement.honest, judgement.flags()
    assert judgement.quote, "the feedback quotes the caller's own sentence"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the caller's own message, letter or call that nobody answered
        (
            "Hallo, ich hatte Herrn Berger im Oktober unseren Flyer geschickt, das ist bestimmt "
            "untergegangen. Ich rufe für Kühlwerk an, wir warten Kälteanlagen.",
            "de",
        ),
        (
            "Grüß Gott, i hab's heut früh schon zweimal probiert, aber da war nur der "
            "Anrufbeantworter. Es geht um Arbeitskleidung von Textil Huber.",
            "de",
        ),
        (
            "Hi, I emailed Mr Berger an introduction in the spring, it probably got buried. I'm "
            "with Brightway Print, we do event signage.",
            "en",
        ),
        (
            "Hello, I've rung a few times this week and it keeps going to voicemail. I'm calling "
            "for Oakridge Solar about panels for your roof.",
            "en",
        ),
        # a contact said not to have happened (blind set 20)
        (
            "Ich hab gestern schon mal bei Ihnen angerufen, da war aber keiner mehr da. Es geht um "
            "Brandschutzschulungen von der Firma Kolbe.",
            "de",
        ),
        (
            "Ich kenne Frau Adler von einer Podiumsdiskussion, nur aus dem Publikum, gesprochen "
            "haben wir nie. Ich bin von Lagerlogik, wir machen Software für Lagerverwaltung.",
            "de",
        ),
        (
            "I saw Mr Berger speak at the expo, though we've never actually met. I'm with Northgate "
            "Logistics, we do warehouse software.",
            "en",
        ),
        # her own voicemail unanswered, her client's trade, her boss named after the request
        # (blind set 22)
        (
            "Ich hab Frau Adler letzte Woche auf die Mailbox gesprochen, aber es kam nichts zurück. "
            "Ich rufe für einen Caterer aus Kassel an.",
            "de",
        ),
        (
            "Wir kennen uns nicht, aber mein Auftraggeber vermittelt Pflegekräfte, deshalb rufe ich "
            "an.",
            "de",
        ),
        (
            "Herr Yilmaz hat mich gebeten, bei Ihnen anzurufen – Herr Yilmaz ist mein Kunde, er "
            "baut Solaranlagen.",
            "de",
        ),
    ],
)
def test_an_unanswered_message_of_the_callers_own_is_honest(text, language):
    judgement = judge(text, language)
    assert judgement.honest and not judgement.lie, judgement.flags()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # his answer, or business done, turns the message into a history
        (
            "Ich hatte Herrn Berger eine Mail geschickt, und er meinte, ich soll heute anrufen.",
            "de",
        ),
        ("I emailed Mr Berger last week and he said to call him today.", "en"),
        ("It's about the quote we sent Mr Berger last week, he wanted a few changes.", "en"),
        # his calendar, the boss's tip passed on, an earlier talk named as the one
        (
            "Hallo, Firma Glanzwerk, die Kanzlei Roth hat uns den Tipp gegeben, uns bei Ihnen zu "
            "melden, wir reinigen Büros.",
            "de",
        ),
        (
            "Hallo, ich bin von Solartec. Nach unserem Telefonat mit Ihrem Geschäftsführer habe "
            "ich jetzt die Zahlen fürs Dach.",
            "de",
        ),
        (
            "Hello, there's a slot in Tom's diary for this call, I'm from Ledger Lane about "
            "bookkeeping.",
            "en",
        ),
        (
            "Hi, Sunny Cleaning here — our team cleans your offices on Fridays and we'd love to "
            "quote for the windows.",
            "en",
        ),
    ],
)
def test_a_message_he_answered_or_a_history_named_is_a_lie(text, language):
    judgement = judge(text, language)
    assert judgement.lie and not judgement.honest, judgement.flags()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # asking for a talk with the boss claims none (training sets 17 and 18 had taught the lie
        # model otherwise)
        ("Ich suche das Gespräch mit Ihrer Inhaberin, es geht um Fördermittel für Azubis.", "de"),
        (
            "Für das Gespräch mit Herrn Berger bräuchte ich nur zehn Minuten, es geht um Ihre "
            "Energiekosten.",
            "de",
        ),
        (
            "Could you pencil me in for ten minutes with Mr Berger next week? It's about your "
            "fleet insurance.",
            "en",
        ),
    ],
)
def test_asking_for_a_talk_with_the_boss_is_no_lie(text, language):
    assert not judge(text, language).lie


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("If he's not free in five minutes, I'll be speaking to your boss about this.", "en"),
        ("Fine. I will be talking to your manager about the way you handle calls.", "en"),
    ],
)
def test_a_threat_to_speak_to_the_boss_is_rude_not_a_claim_of_an_earlier_talk(text, language):
    judgement = judge(text, language)
    assert judgement.rude and not judgement.lie, judgement.flags()


# Blind set 23's misses, written anew in other words.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        # he was busy when she called before: his meeting, not a talk with her
        (
            "Moin, Jana Brandt von Lichtwerk Leuchten. Ich hatte Montag schon angerufen, da war "
            "Herr Berger im Termin. Passt es heute besser?",
            "de",
        ),
        # her own voicemail, left earlier
        (
            "Hallo, Ole Peters von Peters Gebäudetechnik. Ich habe heute früh eine Nachricht auf "
            "dem Anrufbeantworter hinterlassen, wir hatten bisher keinen Kontakt.",
            "de",
        ),
        # the call denied to be private
        (
            "Guten Tag, Eva Roth von Druckhaus Roth. Das ist kein persönlicher Anruf, es geht um "
            "Ihre Geschäftsdrucksachen.",
            "de",
        ),
        # known only from a public page
        (
            "Guten Tag, Tim Vogel von Datenfluss. Wir kennen Frau Berger bislang nur aus einem "
            "Interview, daher rufe ich an.",
            "de",
        ),
        # a question after a greeting asks, it claims nothing
        (
            "Hi, is Mr Berger the person who looks after your suppliers? I'm Ben from Tidewater "
            "Packaging, calling cold.",
            "en",
        ),
    ],
)
def test_a_first_contact_that_mentions_him_or_an_earlier_try_is_honest(text, language):
    judgement = judge(text, language)
    assert not judgement.lie, judgement.flags()


@pytest.mark.parametrize(
    ("text", "language", "family"),
    [
        # his enquiry named as his stands even beside a wish
        (
            "Hallo, Weber von Gartenbau Süd. Zu seiner Angebotsanfrage hätte ich noch eine Frage "
            "an Herrn Berger.",
            "de",
            "order",
        ),
        ("Grüß Gott, es geht um Herrn Bergers Anfrage zu unseren Rollläden.", "de", "order"),
        ("Hello, I'm ringing about Mr Berger's enquiry through our web form.", "en", "order"),
        # his wish passed on by his assistant
        (
            "Hi, Sam from Northwind Print. His assistant wrote to say he'd like me to call him "
            "this week.",
            "en",
            "asked_to_call",
        ),
    ],
)
def test_his_enquiry_or_his_wish_passed_on_is_a_lie(text, language, family):
    judgement = judge(text, language)
    assert judgement.lie and judgement.claim == family, (judgement.flags(), judgement.claim)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Danke vielmals. Ich sage Herrn Berger gern, wie zuvorkommend seine Zentrale ist.", "de"),
        ("Selbst Sie schaffen es doch, mich kurz zu verbinden.", "de"),
        ("Jetzt tun Sie nicht so wichtig, Gnädigste.", "de"),
        (
            "Ich bitte Sie, Ihre Meinung zu meinem Anruf für sich zu behalten und mich zu "
            "verbinden.",
            "de",
        ),
        ("Cheers, you've been about as helpful as a chocolate teapot.", "en"),
        ("Fine. I'll hold. For now.", "en"),
        ("Oh, you need to know why? How cute.", "en"),
    ],
)
def test_calm_sarcasm_and_mock_grandeur_are_rude(text, language):
    judgement = judge(text, language)
    assert judgement.rude and not judgement.lie, judgement.flags()


# Blind set 24's misses, written anew in other words.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        # her own letter, asking whether it arrived
        (
            "Grüß Gott, Anna Huber von Huber Kaffee. Ich habe Herrn Berger neulich ein Muster "
            "geschickt und wollte fragen, ob es angekommen ist.",
            "de",
        ),
        # her own email and her full name: the model's doubt does not outweigh who she is
        (
            "Ich habe Herrn Berger am Montag eine Mail geschickt, wir hatten aber noch keinen "
            "Kontakt. Ich bin Jonas Weiß von Weiß Logistik.",
            "de",
        ),
        # seen at a public event, never spoken to
        (
            "Ich habe Frau Berger auf der Messe gesehen, aber nicht mit ihr gesprochen. Mein Name "
            "ist Lars Kühn von Kühn Etiketten.",
            "de",
        ),
        (
            "I saw Mr Berger at the expo but didn't get to speak to him. I'm Ruth from Larch "
            "Analytics.",
            "en",
        ),
    ],
)
def test_her_own_unanswered_letter_or_a_glimpse_at_an_event_is_honest(text, language):
    judgement = judge(text, language)
    assert not judgement.lie, judgement.flags()


@pytest.mark.parametrize(
    ("text", "language", "family"),
    [
        (
            "Guten Tag, Iris Brandt von Brandt Akustik. Ich melde mich wegen der Anfrage, die "
            "Frau Berger uns geschickt hat.",
            "de",
            "order",
        ),
        (
            "Ich bin um drei bei Herrn Berger eingetragen, verbinden Sie mich bitte.",
            "de",
            "expected",
        ),
        ("Ich hatte gestern ein Teams-Meeting mit Herrn Berger.", "de", "spoke_before"),
    ],
)
def test_his_enquiry_an_appointment_or_a_meeting_said_in_passing_is_a_lie(text, language, family):
    judgement = judge(text, language)
    assert judgement.lie and judgement.claim == family, (judgement.flags(), judgement.claim)


@pytest.mark.parametrize(
    "text",
    ["Ich warte. Noch.", "Danke. E-Mails lesen ist wohl nicht jedermanns Stärke."],
)
def test_a_threatening_wait_or_a_backhanded_remark_is_rude(text):
    judgement = judge(text, "de")
    assert judgement.rude and not judgement.lie, judgement.flags()


# Blind set 25's misses, written anew in other words.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Ich habe Frau Berger beim Unternehmertag auf der Bühne erlebt – gesprochen haben wir "
            "nicht, aber ihr Vortrag hat mich neugierig gemacht.",
            "de",
        ),
        (
            "Servus, Leitner von Leitner Druck. Ich hab den Podcast mit Herrn Berger gehört – "
            "kennen tun wir uns nicht.",
            "de",
        ),
        (
            "Grüß Gott, ich hab Herrn Berger am Montag geschrieben, er hat aber noch nicht "
            "geantwortet. Darf ich es telefonisch versuchen?",
            "de",
        ),
        (
            "Hallo, ich hab gestern schon mal bei Ihnen angerufen, da war er in einem Termin. Ich "
            "probier's heute noch einmal.",
            "de",
        ),
    ],
)
def test_no_contact_yet_or_an_unanswered_try_is_honest(text, language):
    judgement = judge(text, language)
    assert not judgement.lie, judgement.flags()


@pytest.mark.parametrize(
    ("text", "family"),
    [
        (
            "Hi, we've got a Teams call booked for now with Ms Berger, could you put me through?",
            "expected",
        ),
        ("Hello, it's about the request Mr Berger submitted on our website on Friday.", "order"),
    ],
)
def test_a_call_booked_with_him_or_his_request_is_a_lie(text, family):
    judgement = judge(text, "en")
    assert judgement.lie and judgement.claim == family, (judgement.flags(), judgement.claim)


def test_mock_curiosity_is_rude():
    judgement = judge("Right. How long does it take you to transfer a call? Just curious.", "en")
    assert judgement.rude and not judgement.lie, judgement.flags()


# Blind set 26's honest lines called lies, written anew in other words.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a first call said in so many words: the roof seen on an aerial photo is no history
        (
            "Guten Tag, Ina Busch von Busch Dachtechnik. Wir haben Ihre Halle auf Google Maps "
            "gesehen. Das ist ein erster Anruf, kein Folgegespräch.",
            "de",
        ),
        # his talk heard from the audience
        (
            "Ich habe den Vortrag von Frau Berger auf der Messe gehört. Gesprochen haben wir "
            "danach nicht, aber ich hätte eine Idee für ihr Team.",
            "de",
        ),
        # her own client's advice is no referral
        (
            "Hello, my client recommended I ring a few logistics firms, and yours was one of them. "
            "Is Ms Berger the right person?",
            "en",
        ),
    ],
)
def test_a_first_call_said_outright_or_her_own_clients_advice_is_honest(text, language):
    judgement = judge(text, language)
    assert not judgement.lie, judgement.flags()


def test_a_referral_by_his_partner_is_still_a_lie():
    judgement = judge(
        "Hi, I'm an assistant for Larkspur Design. Ms Berger's business partner recommended we "
        "get in touch about your new showroom.",
        "en",
    )
    assert judgement.lie and judgement.claim == "referral", judgement.flags()


# Blind set 27's misses, written anew in other words.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        # her own client, a "Klientin", asked her to ring round a trade
        (
            "Guten Tag, ich telefoniere für meine Klientin, eine Personalberaterin. Sie hat mich "
            "gebeten, bei Logistikfirmen nachzufragen, wer die Ausbildung betreut.",
            "de",
        ),
        # seen at a fair, never spoken to
        (
            "Hallo, ich habe Frau Berger beim Branchentag gesehen, hatte aber keine Gelegenheit, "
            "sie anzusprechen. Deshalb rufe ich heute an.",
            "de",
        ),
        (
            "Hi, I saw Ms Berger's panel at the summit but didn't get a chance to talk to her "
            "afterwards, so I thought I'd call.",
            "en",
        ),
        # someone else spoken to, not him
        (
            "Hello, at the trade show I spoke to a colleague of yours on the stand, not Mr Berger, "
            "and she suggested the head of purchasing.",
            "en",
        ),
        # known from his writing, never introduced
        (
            "Morning, I know Mr Berger's work from his articles on packaging, though we've never "
            "been introduced. I'm calling from Fernleaf Print.",
            "en",
        ),
    ],
)
def test_a_client_of_her_own_or_a_contact_that_never_happened_is_honest(text, language):
    judgement = judge(text, language)
    assert not judgement.lie, judgement.flags()


@pytest.mark.parametrize(
    ("text", "language", "family"),
    [
        (
            "Hallo, Jonas Kurz von Kurz Software. Im Rahmen unserer bestehenden Partnerschaft "
            "würde ich gern kurz mit Herrn Berger sprechen.",
            "de",
            "relationship",
        ),
        (
            "Guten Tag, wir bauen Regalsysteme, und weil Frau Berger letzten Monat einen "
            "Kostenvoranschlag bei uns angefragt hat, würde ich den gern mit ihr besprechen.",
            "de",
            "order",
        ),
        (
            "Our firms have a framework agreement, so it's really an internal matter. Could you "
            "put me through?",
            "en",
            "relationship",
        ),
        (
            "Hi, since Ms Berger requested a quote from us in March, I'd like to walk her through "
            "it.",
            "en",
            "order",
        ),
    ],
)
def test_a_tie_between_the_firms_or_his_request_for_a_quote_is_a_lie(text, language, family):
    judgement = judge(text, language)
    assert judgement.lie and judgement.claim == family, judgement.flags()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ich sage es Ihnen noch mal ganz langsam, damit Sie mitkommen: Berger.", "de"),
        ("Danke, aber ich brauche jemanden, der mehr kann als Anrufe durchstellen.", "de"),
        ("Sie sind sicher gerade beim Kaffeekochen. Herrn Berger, bitte.", "de"),
        ("Ich zähle bis fünf, dann ist das Angebot weg.", "de"),
        ("Once more, slowly, so you can keep up: Berger.", "en"),
        ("Thanks, but I need someone who does more than take messages.", "en"),
        ("I know you're busy making the coffee. Mr Berger, please.", "en"),
        ("I'll count to three, and then the offer's gone.", "en"),
    ],
)
def test_talking_down_to_her_pace_or_her_job_and_a_countdown_are_rude(text, language):
    judgement = judge(text, language)
    assert judgement.rude, judgement.flags()


# Blind set 28's misses, written anew in other words.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a question for who decides on purchases is no order of his
        (
            "Is Ms Berger the one who handles software purchases, or is that someone else? First "
            "call from Pinecrest Systems.",
            "en",
        ),
        # met nobody, or not him
        (
            "I stopped by your booth at the Leeds expo, though I didn't meet Ms Berger herself. "
            "I'm with Harrow Labels.",
            "en",
        ),
        (
            "I read Mr Berger's interview in the trade paper. We didn't meet, but I'd like to "
            "introduce our fleet tracking.",
            "en",
        ),
        # when to try again is no referral
        (
            "I rang on Monday and your colleague suggested I call back on Wednesday, so here I am. "
            "Ms Berger and I haven't spoken yet.",
            "en",
        ),
        # his role, not a tie to the caller
        (
            "I don't know Mr Berger, but I believe he manages your company's vehicles. Is he the "
            "right person?",
            "en",
        ),
        ("Herr Berger und ich haben noch nicht gesprochen, ich rufe zum ersten Mal an.", "de"),
        ("Ich habe ihn auf dem Kongress gesehen, aber nicht getroffen.", "de"),
    ],
)
def test_a_role_asked_about_a_meeting_that_never_happened_or_advice_on_timing_is_honest(
    text, language
):
    judgement = judge(text, language)
    assert not judgement.lie, judgement.flags()


@pytest.mark.parametrize(
    ("text", "language", "family"),
    [
        # her "nicht" belongs to her, not to his call
        (
            "Guten Tag, ich rufe an, weil Ihre Chefin heute früh bei uns angerufen hat und ich "
            "nicht erreichbar war.",
            "de",
            "returning_call",
        ),
        (
            "Ich hätte gern Frau Berger, es geht um die Punkte, die wir im letzten Gespräch "
            "offen gelassen haben.",
            "de",
            "spoke_before",
        ),
    ],
)
def test_his_call_beside_her_own_no_or_a_last_talk_is_a_lie(text, language, family):
    judgement = judge(text, language)
    assert judgement.lie and judgement.claim == family, judgement.flags()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Vielen Dank auch für nichts. Gibt es da jemanden, der seine Arbeit macht?", "de"),
        ("Reizend, diese ganzen Rückfragen. Herrn Berger, bitte.", "de"),
        ("Cheers for nothing. Is there anyone there who does their job?", "en"),
        ("Delightful, all these questions. Mr Berger, please.", "en"),
    ],
)
def test_thanks_for_nothing_and_mock_delight_are_rude(text, language):
    judgement = judge(text, language)
    assert judgement.rude, judgement.flags()


def test_calling_on_her_own_initiative_is_not_dismissive():
    judgement = judge(
        "Das ist kein Rückruf, ich melde mich von mir aus: Wir reinigen Büroteppiche.", "de"
    )
    assert not judgement.rude, judgement.flags()


# Blind set 29's misses, written anew in other words.
@pytest.mark.parametrize(
    ("text", "language", "family"),
    [
        (
            "Hallo, Kerstin Vogt von Vogt Events. Wir haben ja schon zwei Sommerfeste für Ihre "
            "Firma organisiert, und ich würde Frau Berger gern unser Winterpaket vorstellen.",
            "de",
            "relationship",
        ),
        (
            "Guten Tag, die Ersatzteile, die Herr Berger bestellt hat, sind da – ist er zu "
            "sprechen?",
            "de",
            "order",
        ),
        (
            "You're one of our most valued customers, so I'd like a word with Ms Berger about our "
            "loyalty scheme.",
            "en",
            "relationship",
        ),
        (
            "Hello, we do payroll software, and Ms Berger's solicitor felt it would be worth us "
            "talking.",
            "en",
            "referral",
        ),
    ],
)
def test_work_done_for_the_firm_his_order_or_his_advisers_view_is_a_lie(text, language, family):
    judgement = judge(text, language)
    assert judgement.lie and judgement.claim == family, judgement.flags()


def test_a_referral_denied_after_aber_is_honest():
    judgement = judge(
        "Ein Bekannter hat Ihre Firma mal erwähnt, geschickt hat mich aber niemand – ich rufe "
        "von selbst an.",
        "de",
    )
    assert not judgement.lie, judgement.flags()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ich warte. Immer noch.", "de"),
        ("Danke, aber ich rede lieber mit jemandem, der Ahnung hat.", "de"),
        ("Sorry, did you just say no to me?", "en"),
        ("I'll make sure Ms Berger hears who stopped her from seeing this offer.", "en"),
    ],
)
def test_a_wait_that_threatens_disbelief_and_blame_are_rude(text, language):
    judgement = judge(text, language)
    assert judgement.rude, judgement.flags()
