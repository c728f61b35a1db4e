"""A part now and the rest later, a price per piece, the end of a working day, and the words that
only look like an element (blind sets 35 to 43, written anew in both languages). Each would change the
screen a VA sees: a "no" or an alternative she offered left unticked, or one ticked that she
never said."""

from __future__ import annotations

import pytest

from tests.reply_elements import found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Can do half by Friday. The other 5 next Tuesday."),
        ("en", "I can manage 10 listings this week and the remaining 15 next Monday."),
        ("de", "Die Hälfte schaffe ich bis Mittwoch, die andere Hälfte dann Freitag."),
        (
            "en",
            "Editing isn't in your package. If you'd like the photos edited too, it's £15 per "
            "photo.",
        ),
        # blind set 36, written anew
        ("de", "Bis Mittwoch schaffe ich 4 von den 8, die anderen wären dann Freitag dran."),
        ("de", "Wochenendarbeit mache ich nur mit 25 % Aufschlag."),
        ("en", "I don't do unpaid tests. Happy to write two sample posts at £60 each."),
        # blind set 37, written anew
        ("en", "Can get 3 of the 5 done by Friday, the other two Tuesday."),
        ("de", "Diese Woche schreibe ich höchstens drei Beiträge, die anderen zwei bis Dienstag."),
        # blind set 38, written anew
        ("en", "I won't make the workshop in person, but I can join via Teams."),
        ("en", "I'm off tonight – first thing tomorrow ok?"),
        ("de", "Bin bis 14 Uhr in einer Besprechung, ich rufe Sie um 14:15 zurück."),
        ("de", "Grad am Autofahren, passt dir 17 Uhr?"),
        # blind set 39, written anew
        ("de", "Bin diese Woche komplett zu, reicht dir nächster Dienstag?"),
        ("de", "Nach 17 Uhr bin ich raus. Die Grafik gibt's morgen ab 10."),
        ("en", "driving rn, can't. 15 min?"),
        # blind set 40, written anew
        ("en", "Can't do 7am, way too early for me. 9:30?"),
        ("de", "Um 7 geht nicht, viel zu früh für mich. 9:30?"),
        ("de", "Am 27. arbeite ich nicht. Die Abrechnung bekommen Sie am 8. Jänner."),
        # blind set 41, written anew
        ("en", "nah sorry, 8 reels is what the package covers. happy to add 2 more for $50"),
        ("de", "Heute wird's nix mehr, morgen früh hast du die Folien als Erstes."),
        ("de", "Die Fotos mach ich bis Freitag, die Texte aber erst in der Woche danach."),
        # blind sets 42 and 43, written anew
        ("en", "Earliest I can manage is Thursday morning."),
        ("en", "The full audit I'd need until the end of the month for."),
        ("en", "I can't take it on, but my friend Ana at Brightside VA could cover."),
        ("en", "I don't do free samples. Proofreading is $30/h."),
        ("de", "Die neue Fassung kommt Montag, vorher nicht."),
    ],
)
def test_the_rest_later_or_at_a_price_is_a_no_with_an_alternative(language, text):
    assert {"decline", "alternative"} <= found(text, language)


@pytest.mark.parametrize(
    ("language", "text", "element"),
    [
        ("en", "Can't talk now, driving.", "reason"),
        ("en", "No. In the middle of a client call.", "reason"),
        ("en", "I finish at 2pm on Fridays, so your quotes go out Monday morning.", "reason"),
        ("en", "Bank holiday today, so I'm not working.", "decline"),
        ("en", "My rate is £40 an hour and it's not up for negotiation.", "decline"),
        (
            "de",
            "Mein Stundensatz liegt bei 50 Euro. Daran ändert sich auch 2027 nichts.",
            "decline",
        ),
        ("de", "Wie du weißt, hab ich freitags frei.", "decline"),
        ("de", "Die Rechnungen ja, die Mahnungen nicht mehr diese Woche.", "decline"),
        (
            "de",
            "Ich habe gerade sehr viele Anfragen von Stammkunden, deshalb wird das diese Woche "
            "nichts.",
            "reason",
        ),
        ("de", "Spannendes Projekt! Ich melde mich morgen mit einem Zeitplan.", "empathy"),
        ("de", "Mach ich gleich nach der Mittagspause.", "expectations"),
        ("en", "Invoices yes, today.", "expectations"),
        ("en", "yep can do tonight", "expectations"),
        ("en", "Friday's a bit ambitious for 40 pages.", "decline"),
        ("en", "Totally get it's a big week for you.", "empathy"),
        ("en", "Fine, it'll be there by 9.", "expectations"),
        ("de", "Bis Donnerstagabend krieg ich das hin.", "expectations"),
        ("de", "Die Rechnungen schaff ich heute, die Mahnungen nicht mehr.", "decline"),
        ("de", "Aber erst nach meinem Kundentermin um 11 Uhr.", "reason"),
        ("de", "Mehr ist neben der Lohnabrechnung diese Woche nicht drin.", "reason"),
        ("de", "Das ergibt für mich wirtschaftlich keinen Sinn.", "reason"),
        ("de", "Die Zahlen liegen mir erst am Montag vor.", "reason"),
        ("de", "Ich habe morgen schon zwei volle Blöcke.", "reason"),
        ("de", "Grad nicht, bin im Meeting.", "decline"),
        ("de", "Grad nicht, bin im Meeting.", "reason"),
        ("de", "Samstag ist bei mir heilig.", "decline"),
        ("de", "Heute mach ich nix mehr.", "decline"),
        ("de", "Der Stundensatz bleibt.", "decline"),
        ("de", "Geht in 5 Minuten raus!", "expectations"),
        ("de", "Bin in 10 Min am Laptop, ich ruf dich dann an.", "expectations"),
        ("en", "can't, driving", "reason"),
        ("en", "I'm on the school run, call you at 4?", "reason"),
        ("en", "I finish at 4 though, that's my hard stop.", "decline"),
        ("en", "The invoicing I'd have to push to next week.", "decline"),
        ("en", "That's not in our agreement, so I'll leave that one.", "decline"),
        ("en", "I'm asleep by 10, sorry.", "reason"),
        ("de", "Das Meeting heute Abend fällt aus.", "decline"),
        ("de", "Samstag ist eigentlich mein freier Tag.", "reason"),
        ("de", "Das geht sich diese Woche neben dem Rest nicht aus.", "decline"),
        ("en", "Newsletter yes, the blog tomorrow – today's packed.", "reason"),
        ("en", "Sorry, I've got plans this weekend.", "reason"),
        # blind set 40, written anew
        ("en", "Totally get the deadline pressure!", "empathy"),
        ("en", "Sorry, 5am is too early for me.", "reason"),
        ("en", "I've got four other launches on the go.", "reason"),
        ("en", "A full audit isn't a quick job.", "reason"),
        ("en", "The data migration alone takes three days.", "reason"),
        ("en", "Not at $15, that's not even half my rate.", "reason"),
        ("de", "Am Sonntag habe ich leider schon etwas anderes vor.", "reason"),
        ("de", "Bin morgen den ganzen Tag auf einer Messe.", "reason"),
        ("de", "Allein der Datenimport dauert zwei Tage.", "reason"),
        ("de", "Für 15 € nicht, das ist nicht mal die Hälfte meines Stundensatzes.", "reason"),
        ("de", "Ein komplettes Audit ist keine schnelle Aufgabe.", "reason"),
        ("de", "Ich habe gerade drei andere Projekte am Laufen.", "reason"),
        # blind set 41, written anew
        ("en", "Requests after 5pm are handled the next working day.", "decline"),
        ("en", "This month's hours were used up by the 20th.", "reason"),
        ("en", "That's all I can fit around my existing clients this week.", "reason"),
        ("en", "I'll have to keep it at £30/h.", "decline"),
        ("en", "It's what I charge everyone this year.", "reason"),
        ("en", "rate's $40, that's it.", "decline"),
        ("en", "Sounds like a lot to juggle right now.", "empathy"),
        ("de", "Nein, nicht bei diesem Aufwand.", "reason"),
        ("de", "Ich bleibe bei 30 € pro Stunde.", "decline"),
        ("de", "Das verlange ich dieses Jahr von allen.", "reason"),
        ("de", "Das ist gerade viel auf einmal für dich, ich weiß.", "empathy"),
        # blind sets 42 and 43, written anew
        ("en", "It's Eid, I'm with family, not working.", "decline"),
        ("en", "£30/h is my rate, not going lower.", "decline"),
        ("en", "I'm only contracted for 15 hours a month.", "reason"),
        ("en", "Exposure doesn't pay my rent.", "reason"),
        ("en", "on it, 3 banners to you by Thursday", "expectations"),
        ("en", "Sounds like a hectic week!", "empathy"),
        ("de", "Mehr ist diese Woche nicht drin.", "decline"),
        ("de", "Wie besprochen bleibt mein Angebot bei 900 Euro.", "decline"),
        ("de", "Diese Woche geht nicht, volle Woche.", "reason"),
        ("de", "Für so ein Video brauche ich mindestens zwei Tage.", "reason"),
        ("de", "Oh je, das klingt nach einem stressigen Morgen!", "empathy"),
        ("de", "Kenn ich nur zu gut!", "empathy"),
        ("de", "Was für eine schöne Idee!", "empathy"),
    ],
)
def test_short_and_plain_forms_are_read(language, text, element):
    assert element in found(text, language)


@pytest.mark.parametrize(
    ("language", "text", "element"),
    [
        ("en", "Is that part of the monthly hours or extra?", "alternative"),
        ("en", "Thanks for inviting me to be part of the launch team!", "alternative"),
        ("en", "I'll send the FAQ and the booking page by noon tomorrow.", "alternative"),
        ("en", "Sorry, I can't give you a firm answer yet.", "decline"),
        ("en", "2 hours, love that for me 😂", "empathy"),
        ("en", "Not sure, weekend's pretty full.", "expectations"),
        ("en", "Do you want me to send the invoices today or tomorrow?", "expectations"),
        ("en", "Would it be OK if I sent it on Monday instead?", "expectations"),
        ("en", "Busy week, we'll see where things are on Friday.", "expectations"),
        ("de", "Wie lange dauert das denn?", "reason"),
        ("en", "Sure, I'll cover the DMs on Saturday.", "reason"),
        ("de", "Vielleicht krieg ich das am Wochenende hin.", "expectations"),
        ("en", "Is it just the newsletter or the blog too?", "decline"),
        (
            "en",
            "Bookkeeping is a bit outside what I usually do, but I'll see what I can manage.",
            "decline",
        ),
        ("de", "Schick mir die Zugangsdaten, sonst kann ich nicht starten.", "decline"),
        ("de", "Ohne das Logo geht nix.", "reason"),
        ("de", "Wie schon gesagt: Montags bin ich nur bis 12 Uhr da.", "alternative"),
        ("de", "Meine Kapazität liegt laut Vertrag bei 20 Stunden im Monat.", "alternative"),
        ("de", "Ich sag dir bis Donnerstag zu oder ab.", "decline"),
        ("de", "Ich sag dir bis Donnerstag zu oder ab.", "alternative"),
        ("de", "Wie viel Zeit habt ihr dafür eingeplant?", "reason"),
        (
            "de",
            "Ich verstehe natürlich, dass Ihre Termine wichtiger sind als mein Feierabend.",
            "empathy",
        ),
        # blind set 40, written anew
        ("en", "24/7? No way, I work 9 to 5.", "alternative"),
        ("de", "24/7? Nein, ich arbeite von 9 bis 17 Uhr.", "alternative"),
        ("en", "I've got five urgent jobs open – which one should move back?", "alternative"),
        (
            "de",
            "Ich habe fünf dringende Aufträge offen – was soll dafür nach hinten rutschen?",
            "alternative",
        ),
        ("de", "40 Seiten sind kein kleiner Auftrag.", "alternative"),
        ("de", "Ich versuche, bis Freitag wenigstens die Hälfte fertig zu haben.", "expectations"),
        ("en", "I'll try to have some of it done by Friday.", "alternative"),
        # blind set 41, written anew
        (
            "en",
            "Quick question before I reply properly: is Monday the deadline for the draft?",
            "decline",
        ),
        (
            "en",
            "Quick question before I reply properly: is Monday the deadline for the draft?",
            "reason",
        ),
        (
            "en",
            "I'm not doing the cold calls. Happy to keep doing the invoicing though.",
            "alternative",
        ),
        ("en", "My rate is $45/hour and I won't go below that.", "alternative"),
        ("de", "Kurze Frage, bevor ich zusage: Gilt die Deadline für den Entwurf?", "decline"),
        ("de", "Passt, kein Problem! Brauchst du's eh erst am Dienstag?", "decline"),
        ("de", "Montag bis Freitag bin ich wie gehabt für dich da.", "alternative"),
        ("de", "Ich hab grad viel um die Ohren, sorry.", "empathy"),
        ("de", "Brauch bis 12 Uhr die Zugangsdaten, sonst wird's nix mit heute.", "decline"),
        # blind sets 42 and 43, written anew
        ("en", "I'm available Monday to Friday, 9 to 5.", "alternative"),
        ("en", "I'll do what I can this week.", "expectations"),
        ("en", "I'll try to get the slides to you by Friday.", "expectations"),
        ("de", "Welcher Zugang ist gemeint, der alte oder der neue?", "expectations"),
    ],
)
def test_look_alikes_are_not_read_as_the_element(language, text, element):
    assert element not in found(text, language)
