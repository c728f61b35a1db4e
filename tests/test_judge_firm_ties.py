"""Ties a caller's firm claims with the callee, and the look-alikes that claim none (blind sets 33
to 43, written anew in both languages): a firm "who supply your boxes" or "die Ihr Unternehmen seit
letztem Jahr begleitet" already serves him; the boss named as the one who asked is a lie even
when the VA has named the agency she works for, but not when he is her own client; "ein
Dienstleister" is a trade, "Ihr Dienstleister" a tie. A practising VA sees each of these in the
feedback: a lie let through, or an honest opening marked as one."""

from __future__ import annotations

import pytest

from bot.coach.roleplay import judge

LIES = [
    (
        "Hallo, ich arbeite als virtuelle Assistentin für die Agentur Nordwind. Herr Berger hat "
        "mich gebeten, ihn diese Woche wegen der Broschüre anzurufen.",
        "de",
    ),
    (
        "Hi, I'm a virtual assistant for Pixelhaus Studio. Mr Berger asked me to give him a ring "
        "about the new website this week.",
        "en",
    ),
    ("Guten Tag, wir sind Ihr Dienstleister für die Gebäudereinigung in Halle 3.", "de"),
    (
        "Grüß Gott, ich rufe für Kartonwerk Huber an, die Ihre Versandkartons liefert, wegen der "
        "Preise fürs nächste Jahr.",
        "de",
    ),
    (
        "Guten Tag, ich melde mich für die Kanzlei Roth, die Sie ja seit zwei Jahren in "
        "Steuerfragen berät.",
        "de",
    ),
    (
        "Hello, I'm ringing for Brightline Print, who print your brochures, about next year's run.",
        "en",
    ),
    ("Hi, I'm with Clearview IT, who've been supporting your team since spring.", "en"),
    (
        "Guten Morgen, nach unserem kurzen Telefonat letzte Woche wollte ich Herrn Berger die "
        "Unterlagen nachreichen.",
        "de",
    ),
    ("Tom Berger and I are old mates, just tell him it's Gavin.", "en"),
    ("Guten Tag, als Freund der Familie wollte ich Herrn Berger kurz sprechen.", "de"),
    ("Hello, I'm a family friend of Mr Berger's, could I have a quick word?", "en"),
    # blind set 34, written anew
    (
        "Hi, I got passed his details by Mr Berger's accountant, who said he'd want to hear this.",
        "en",
    ),
    (
        "Ihre Nummer habe ich von Herrn Bergers Geschäftspartner bekommen, er meinte, das könnte "
        "ihn interessieren.",
        "de",
    ),
    (
        "Hello, I'm calling for Lingua Plus, the agency that already translates your catalogues.",
        "en",
    ),
    (
        "Guten Tag, ich rufe für das Übersetzungsbüro Klar an, das bereits Ihre Handbücher übersetzt.",
        "de",
    ),
    ("Morning, it's Coastline Couriers, your usual couriers, about a new overnight service.", "en"),
    (
        "Grüß Gott, hier ist die Druckerei Mayr, Ihre Stammdruckerei, wegen eines neuen Angebots.",
        "de",
    ),
    ("Would you let Mr Berger know that Pete from the tennis club is on the line?", "en"),
    ("Könnten Sie Herrn Berger sagen, dass der Thomas vom Golfclub dran ist?", "de"),
    (
        "Good morning, I'm Dr Seidel's assistant. Following up on the conversation Mr Berger and "
        "Dr Seidel had in March, I'd like to arrange a follow-up meeting.",
        "en",
    ),
    (
        "Guten Tag, ich bin die Assistentin von Frau Kern. Anknüpfend an das Telefonat von Frau "
        "Kern mit Herrn Berger würde ich gern einen Termin abstimmen.",
        "de",
    ),
    # blind set 35, written anew
    ("Hello, it's about the boiler service Mr Berger booked for next week.", "en"),
    ("Guten Tag, es geht um die von Herrn Berger bestellte Wartung der Heizung.", "de"),
    ("Guten Tag, ich rufe für unser vereinbartes Gespräch mit Frau Novak an.", "de"),
    ("Hi, I'm calling for my scheduled call with Mr Berger about payroll.", "en"),
    ("I'd like a word with Mr Berger, whom I know well from sailing.", "en"),
    ("Ich möchte Herrn Berger sprechen, den ich vom Tennis gut kenne.", "de"),
    ("Your accountant put us onto Mr Berger, so I thought I'd ring.", "en"),
    ("Ihr Steuerberater hat uns auf Herrn Berger gebracht.", "de"),
    # blind set 36, written anew
    (
        "Hello, I'm an assistant for Brightline Consulting, and at Mr Berger's request I'm "
        "sending over the figures.",
        "en",
    ),
    ("Es geht um das Angebot, um das Herr Berger selbst gebeten hatte.", "de"),
    ("Hi, I'm calling Mr Berger on a personal note today, nothing business-related.", "en"),
    ("Please give Mr Berger my regards from the tennis club.", "en"),
    ("Richten Sie Herrn Berger schöne Grüße von mir aus.", "de"),
    ("Mr Berger asked that I speak to him and not a colleague.", "en"),
    ("I'm calling for a client of mine. Ms Novak left word that I should ring her today.", "en"),
    ("Ich rufe für einen Kunden an. Ich kenne Herrn Berger persönlich und hätte eine Frage.", "de"),
    # blind set 37, written anew
    ("Hi, our call with Mr Berger was booked for ten, so I'm ringing on time.", "en"),
    ("Hello, as an old acquaintance of Mr Berger's I wanted to share a short proposal.", "en"),
    ("Hi, I'm calling in reply to Ms Novak's voicemail from yesterday.", "en"),
    (
        "Guten Tag, ich rufe wegen der Nachricht zurück, die Frau Novak mir gestern geschickt hat.",
        "de",
    ),
    # blind sets 42 and 43, written anew
    ("Hallo, wir sind im selben Tennisclub, insofern kennt er mich.", "de"),
    ("Ich möchte das Gespräch von der Messe mit Herrn Berger gern fortführen.", "de"),
    ("Guten Tag, wir übernehmen bereits einen Teil Ihrer Lohnabrechnung.", "de"),
    ("Hi, I'm with a CRM firm; following Ms Novak's request that I call, here I am.", "en"),
    (
        "Hello, in the context of our ongoing partnership with your firm, I'd like a quick call.",
        "en",
    ),
    # blind set 41, written anew
    ("Hi, since your firm already uses our courier service, I'd like to offer an upgrade.", "en"),
    ("Guten Tag, da Ihre Firma ja schon unseren Kurierdienst nutzt, hätte ich ein Angebot.", "de"),
    ("Hello, you're a client of ours, so I'd like to talk about the renewal.", "en"),
    (
        "Hi, I'm calling for a cleaning firm. Mr O'Brien wanted me to ring him about the quote.",
        "en",
    ),
    ("Guten Tag, Herr Berger möchte gern, dass ich ihm unser Angebot kurz erkläre.", "de"),
    ("Good morning, Mr Berger would like me to walk him through our offer.", "en"),
    ("Ich hab Herrn Berger schon alles per Mail geschickt, er kennt die Sache.", "de"),
    # blind set 40, written anew
    (
        "Hallo, ich würde Herrn Berger gern sprechen – wir sind übrigens seit dem Studium per Du.",
        "de",
    ),
    ("Hi, this is Sam from Kraus & Sons, who of course print your brochures.", "en"),
    ("Guten Tag, ich rufe für Kraus & Söhne an, die ja Ihre Broschüren druckt.", "de"),
    ("Hi, I'm calling for my client, who has been ordering from you since 2020.", "en"),
    ("Grüß Gott, ich rufe für meinen Kunden an, der seit 2020 bei Ihnen bestellt.", "de"),
    (
        "Es geht um die Schulung, worüber ich mit Herrn Berger auf der Messe in Friedrichshafen "
        "schon kurz gesprochen habe.",
        "de",
    ),
    # blind sets 38 and 39, written anew
    ("Good morning, this is Tom from Northline Logistics, your usual carriers, about rates.", "en"),
    (
        "Guten Morgen, Tom von Nordlinie Logistik, Ihrem langjährigen Spediteur, wegen der Preise.",
        "de",
    ),
    ("Hi, this is Jo; we'd pencilled in a quick chat for eleven, so here I am.", "en"),
    ("Hallo, hier ist Jo; wir hatten für elf Uhr ein kurzes Gespräch eingeplant.", "de"),
    ("Hello, I work for a print shop; Ms Novak was good enough to say I should call today.", "en"),
    ("Guten Tag, Herr Berger war so nett zu sagen, ich solle mich heute bei ihm melden.", "de"),
    ("Hello, since Ms Novak and I are old school friends I thought I'd try her directly.", "en"),
    (
        "Hallo, da Frau Novak und ich alte Schulfreundinnen sind, dachte ich, ich probier's direkt.",
        "de",
    ),
    ("Hi, I'm back from a meeting and I see that Mr Berger rang me this morning.", "en"),
    (
        "Hallo, ich komme aus einem Termin und sehe, dass Herr Berger mich heute früh angerufen hat.",
        "de",
    ),
]

NOT_LIES = [
    (
        "Guten Tag, ich bin die Assistentin von Frau Dr. Lange. Frau Lange hat mich gebeten, "
        "einen ersten Termin bei Herrn Berger anzufragen.",
        "de",
    ),
    (
        "Good morning, I'm Mr Falk's assistant at Falk Consulting. Mr Falk asked me to request "
        "an introductory meeting with Mr Berger.",
        "en",
    ),
    (
        "Guten Tag, wir sind ein kleiner Dienstleister aus Linz und würden uns gern vorstellen.",
        "de",
    ),
    (
        "Hallo, ich rufe für Kartonwerk Huber an, eine Firma, die Ihre Versandkartons liefern "
        "könnte. Wer ist dafür zuständig?",
        "de",
    ),
    ("Guten Tag, das wäre unser erstes Gespräch, ich stelle mich kurz vor.", "de"),
    (
        "Hello, I'm calling about our open day next month, an event my client runs for local "
        "firms, and I'd like to invite Mr Berger.",
        "en",
    ),
    ("Hi, I'd like to propose a partnership to Mr Berger.", "en"),
    ("Ich wollte Herrn Berger eine Kooperation vorschlagen.", "de"),
    ("Hi, I was given your number by my client, who runs a bakery in town.", "en"),
    ("Ich würde gern Herrn Berger sprechen, den ich leider noch nicht persönlich kenne.", "de"),
    ("Guten Tag, wir laden die Nachbarbetriebe zu unserem Tag der offenen Tür ein.", "de"),
    (
        "Wir haben das Bauschild vor Ihrem Gebäude gesehen und würden Ihnen gern ein Angebot "
        "für die Einbauten machen.",
        "de",
    ),
    (
        "I'm calling for a client who runs a bakery; she asked me to find out who buys your "
        "coffee.",
        "en",
    ),
    # blind sets 38 and 39, written anew
    ("Guten Tag, ich bin für eine Kundin tätig, die Drucker an Büros verleast.", "de"),
    ("Hallo, Herr Berger und ich haben noch nie gesprochen, das sage ich gleich dazu.", "de"),
    ("Hallo, wir haben noch nie miteinander telefoniert, Frau Novak und ich.", "de"),
    ("Hello, Ms Novak and I have never spoken, I should say that up front.", "en"),
    # blind set 43, written anew
    ("Guten Tag, wir sind Ihnen noch völlig unbekannt, deshalb stelle ich uns kurz vor.", "de"),
    ("Wir haben einen gemeinsamen Kontakt, aber der hat mich nicht an Sie verwiesen.", "de"),
    ("Wir möchten uns vorstellen, ohne dass es bisher eine Anfrage von Ihrer Seite gab.", "de"),
    ("Ich war auf Ihrer Messe, habe mit Herrn Berger dort aber nicht gesprochen.", "de"),
    # blind set 40, written anew
    (
        "Guten Tag, ich arbeite für Frau Dr. Roth, eine Steuerberaterin, und sie möchte Herrn "
        "Berger zu einem Infoabend einladen.",
        "de",
    ),
    (
        "Good morning, I work for Dr Roth, a tax adviser, and she'd like to invite Mr Berger to "
        "an information evening.",
        "en",
    ),
]

RUDE = [
    # blind sets 42 and 43, written anew
    ("Sind Sie immer so hilfsbereit?", "de"),
    ("Lovely. Are you always this helpful?", "en"),
    ("Es wäre schade, wenn später Ihr Name fällt.", "de"),
    ("I'll make a note of your name, in case this comes up later.", "en"),
    ("Sie haben fünf Minuten, dann will ich ihn sprechen.", "de"),
    ("You probably wouldn't follow the technical details.", "en"),
    # blind set 40, written anew
    ("Ich nehme an, dass Sie am Empfang die Details ohnehin nicht verstehen.", "de"),
    ("I assume you at the front desk won't follow the details anyway.", "en"),
    # blind set 39, written anew
    ("Let's not waste each other's time, dear; just put me through.", "en"),
    (
        "Wir wollen doch beide keine Zeit verschwenden, meine Liebe, stellen Sie einfach durch.",
        "de",
    ),
    ("Ich rufe so lange an, bis Herr Berger rangeht.", "de"),
    ("Sie sind nicht die Person, die ich brauche, oder?", "de"),
    ("Das ist wohl etwas über Ihrer Gehaltsstufe, verbinden Sie mich bitte.", "de"),
    ("I'll keep calling until someone puts me through.", "en"),
    ("Honestly, you're not the person I need.", "en"),
    ("Thanks, but that's above your pay grade.", "en"),
    ("Pop me through, love, and you can get back to your nails.", "en"),
    ("Verbinden Sie mich einfach, dann können Sie sich wieder Ihrer Ablage widmen.", "de"),
    ("Fine, I'll wait, in case Mr Berger asks later why he missed the offer.", "en"),
    ("Gut, ich warte – falls Herr Berger später fragt, warum er das verpasst hat.", "de"),
    ("Give me your name, so I know whom to mention when this goes wrong.", "en"),
    ("Nennen Sie mir Ihren Namen, damit ich weiß, wen ich nennen kann.", "de"),
    ("I'd hate for Mr Berger to have missed out just because his front desk knew better.", "en"),
    ("Schade, wenn er das verpasst hat, nur weil Sie es besser wissen wollten.", "de"),
    ("You seem lovely, but this is a matter for the director, not for the front desk.", "en"),
    ("Das ist ein Thema für die Geschäftsleitung, nicht für den Empfang.", "de"),
]


@pytest.mark.parametrize(("text", "language"), LIES)
def test_a_tie_claimed_for_the_firm_or_the_caller_is_a_lie(text, language):
    assert judge(text, language).lie


@pytest.mark.parametrize(("text", "language"), NOT_LIES)
def test_her_own_client_asking_a_trade_or_a_first_talk_is_no_lie(text, language):
    assert not judge(text, language).lie


@pytest.mark.parametrize(("text", "language"), RUDE)
def test_pressure_and_talking_down_are_rude(text, language):
    assert judge(text, language).rude


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # blind sets 38 and 39, written anew
        ("Hi, I'd like a short call with Mr Berger at whatever time suits him.", "en"),
        ("Guten Tag. Webdesign. Erstanruf. Hätte er kurz Zeit?", "de"),
        # blind set 42, written anew
        ("Es ist etwas Privates, deshalb möchte ich das nicht über die Zentrale klären.", "de"),
        # blind set 40, written anew
        (
            "Guten Tag, Herr Berger hat mir seine Durchwahl nicht gegeben, nur gesagt, ich soll "
            "über die Zentrale anrufen.",
            "de",
        ),
    ],
)
def test_plain_wording_is_not_read_as_rude(text, language):
    assert not judge(text, language).rude


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Grüß Gott, bin ich hier bei der Firma Berger Metallbau?", "de"),
        ("Guten Tag, sind wir hier bei der Zentrale von Berger & Söhne?", "de"),
    ],
)
def test_asking_whether_she_reached_the_right_firm_is_no_introduction_yet(text, language):
    # the coach would otherwise praise an honest pitch the caller has not made (blind set 39)
    assert "honest" not in judge(text, language).flags()


def test_an_irish_surname_is_read_as_one_name():
    # "O'Neill" was split at its apostrophe, so the boss's request went unread (blind set 41)
    assert judge("Ms O'Neill asked me to call her back this morning.", "en").claim == (
        judge("Ms Neill asked me to call her back this morning.", "en").claim
    )
    assert judge("Ms O'Neill asked me to call her back this morning.", "en").lie
