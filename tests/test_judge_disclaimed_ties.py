"""A caller who takes a tie back in so many words is candid, not lying (blind set 30, written
anew): "we don't know each other" takes back a friendship or an earlier talk read elsewhere in
the answer, "nobody sent me" a referral and a mutual acquaintance. A family she does not take
back is still a lie, and a claim stated without a disclaimer stays one."""

from __future__ import annotations

import pytest

from bot.coach.roleplay import judge


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Guten Tag, Miriam Seidl. Ich habe letzte Woche auf der Messe an Ihrem Stand nach "
            "Herrn Berger gefragt, er war nicht da. Wir kennen uns also nicht, ich würde mich gern "
            "vorstellen.",
            "de",
        ),
        (
            "Hallo, Timo Brandt. Meine Schwägerin arbeitet bei Ihnen im Lager, aber Herrn Berger "
            "kenne ich nicht – es geht um Arbeitsschutzschulungen.",
            "de",
        ),
        (
            "Grüß Gott, Eva Lang. Herr Berger und ich haben einen gemeinsamen Bekannten, der hat "
            "mich aber nicht geschickt, ich melde mich aus eigener Initiative.",
            "de",
        ),
        (
            "Hi, Dan Fowler from Brightside Signs. My neighbour does your deliveries, but Mr "
            "Berger doesn't know me at all. I'd like to talk about shop signage.",
            "en",
        ),
        (
            "Hello, Ruth Okafor. A mutual friend mentioned your firm over dinner, but nobody "
            "referred me and Mr Berger has never heard of me; I'm calling about payroll.",
            "en",
        ),
        ("Good morning, I know Mr Berger's name from your website, so I'm asking for him.", "en"),
        # blind set 31, written anew: the go-between does not know him and sent nobody; no talk
        # yet; the VA's own client asked for the calls
        (
            "Hallo, Ida Roth. Eine Freundin von mir arbeitet bei Ihrem Nachbarn, aber sie kennt "
            "Herrn Berger nicht und hat mich auch nicht geschickt.",
            "de",
        ),
        (
            "Guten Tag, wir planen Firmenfeiern, telefoniert haben wir aber bisher noch nicht "
            "miteinander.",
            "de",
        ),
        (
            "Hello, I'm ringing for Amy Cole at Cole Interiors. She's asked me to arrange a few "
            "introductions with local firms; Mr Berger doesn't know her yet.",
            "en",
        ),
        (
            "Hi, Sam Reid. Mr Berger and I share a mutual contact, Ben Ito, but Ben didn't refer "
            "me; I'm calling about office plants.",
            "en",
        ),
        # blind set 32, written anew: nobody knows of the call; a public directory
        (
            "Servus, wir haben einen gemeinsamen Bekannten, aber der weiß gar nicht, dass ich "
            "anrufe, ich melde mich auf eigene Faust.",
            "de",
        ),
        (
            "Hello, I found your number in the business directory. Is Mr Berger the right person "
            "for office catering?",
            "en",
        ),
    ],
)
def test_a_tie_taken_back_in_so_many_words_is_honest(text, language):
    judgement = judge(text, language)
    assert judgement.honest and not judgement.lie, judgement.flags()


@pytest.mark.parametrize(
    ("text", "language", "family"),
    [
        (
            "Wir kennen uns nicht persönlich, aber Frau Kühn von der IHK hat mich an Herrn Berger "
            "verwiesen.",
            "de",
            "referral",
        ),
        (
            "Mr Berger doesn't know me yet, but his accountant asked me to give him a ring.",
            "en",
            "asked_to_call",
        ),
    ],
)
def test_a_family_that_is_not_taken_back_is_still_a_lie(text, language, family):
    judgement = judge(text, language)
    assert judgement.lie and judgement.claim == family, judgement.flags()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ich rufe wegen der Wartung an, die wir für Ihre Firma machen.", "de"),
        ("Hi, it's about the cleaning contract we run for your offices.", "en"),
        ("I'm ringing about the meeting we pencilled in for this morning.", "en"),
        ("It's more a private call, if you don't mind keeping it between her and me.", "en"),
        ("Ich rufe wie gewünscht zurück, es geht um Ihre Anfrage.", "de"),
        ("Ich hätte eine Frage zu Herrn Bergers Bestellung von gestern.", "de"),
        ("Quick question about Mr Berger's order from Monday, please.", "en"),
        ("Sagen Sie ihm, sein alter Golfpartner aus Linz ist dran und stellt gern was vor.", "de"),
        ("Auf Wunsch von Herrn Berger rufe ich an und schicke keine Unterlagen per Post.", "de"),
        ("Heute melde ich mich ganz privat, er kennt den Hintergrund.", "de"),
        ("Please tell him his old sailing buddy from Cork would like a quick word.", "en"),
    ],
)
def test_work_done_for_the_firm_an_appointment_or_a_private_call_is_a_lie(text, language):
    judgement = judge(text, language)
    assert judgement.lie, judgement.flags()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ich rede noch etwas langsamer, damit Sie folgen können: Berger. Heute noch.", "de"),
        ("Well, if you've quite finished, put me through to the person who matters.", "en"),
        ("Notieren Sie sich ruhig, dass Sie mich abgewimmelt haben.", "de"),
        ("Das wird für Sie unangenehmer als für mich, glauben Sie mir.", "de"),
        ("Is there anyone there who can make a simple decision?", "en"),
        ("Does it always take four questions to put one call through?", "en"),
        ("Ich sage es Ihnen ganz langsam, damit Sie es diesmal verstehen.", "de"),
        ("If you'd stop screening and actually put me through, that would be lovely.", "en"),
        ("With respect, your opinion on who he talks to isn't what matters here.", "en"),
    ],
)
def test_talking_down_to_her_pace_her_rank_or_her_job_is_rude(text, language):
    judgement = judge(text, language)
    assert judgement.rude, judgement.flags()
