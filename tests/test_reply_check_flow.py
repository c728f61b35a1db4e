"""/check in Telegram, and the check offered when the VA edits a draft."""

from __future__ import annotations

from bot.i18n import translator
from tests.journeys import onboarded, through_listening, to_alternative

HARSH = {
    "de": "Hallo Herr Krause, das geht nicht. Leider unmöglich, sorry, sorry, sorry.",
    "en": "Hi Tom, that's impossible. Not my job, sorry, sorry, sorry.",
}
GOOD = {
    "de": "Danke für Ihre Anfrage! Diese Woche kann ich das leider nicht übernehmen, weil mein Kalender voll ist. "
    "Den Bericht bekommen Sie wie geplant am Freitag. Gern übernehme ich das Projekt ab dem 3. März.",
    "en": "Thanks for thinking of me! I can't take this on this week because my schedule is full. "
    "You'll get the report as planned on Friday. I'd be happy to start the project on 3 March instead.",
}


async def test_check_finds_elements_and_hard_wording(bot, chat, language):
    tr = translator(language)
    await chat.send("/check")
    await chat.send(HARSH[language])
    harsh = chat.last_text
    await chat.press(tr.label("Check another reply"))
    await chat.send(GOOD[language])
    good = chat.last_text
    score = lambda text: int(text.split(":")[1].split("/")[0])  # noqa: E731
    assert score(good) > score(harsh)
    rephrase = harsh.split({"de": "Besser formulieren", "en": "Wording to rephrase"}[language])[1]
    assert {"de": "unmöglich", "en": "impossible"}[language] in rephrase and "→" in rephrase
    assert {"de": "Besser formulieren", "en": "Wording to rephrase"}[language] not in good
    assert harsh.count("▫️") > good.count("▫️")
    await chat.press(tr.label("Done"))
    await chat.send("hello")  # the check has ended: free text goes to the menu
    assert tr.label("Check my reply") in chat.button_labels


async def test_a_reply_in_a_third_language_is_named_as_such(chat, language):
    await chat.send("/check")
    await chat.send(
        "Bonjour Madame, malheureusement je ne peux pas accepter ce projet cette semaine."
    )
    assert {"de": "weder deutsch noch englisch", "en": "doesn’t look German or English"}[
        language
    ] in chat.last_text


async def test_an_empty_paste_and_only_emoji(chat, language):
    await chat.send("/check")
    await chat.send("🙂🙂🙂")
    assert {"de": "Füge den Text", "en": "Paste the text"}[language] in chat.last_text
    await chat.send_photo(caption=HARSH[language])  # a screenshot with the reply as caption
    assert "/100" in chat.last_text


async def test_editing_a_draft_offers_the_check(bot, language):
    tr = translator(language)
    chat = bot.chat(language_code=language)
    await onboarded(chat, language)
    await through_listening(chat, language, tr.label("No name"), "chat")
    await to_alternative(chat, language, "Too much work")
    await chat.press(tr.label("A waiting list"))
    await chat.press(tr.label("Skip"))
    await chat.send(GOOD[language])  # the VA's own edited version
    assert "/100" in chat.last_text


async def test_the_next_text_is_checked_too_until_done_in_words(bot, chat, language):
    tr = translator(language)
    await chat.send("/check")
    await chat.send(HARSH[language])
    await chat.send(GOOD[language])  # no button needed for the next one
    assert "/100" in chat.last_text
    stored = str(bot.app.user_data[chat.user["id"]])
    assert GOOD[language][:20] not in stored and HARSH[language][:20] not in stored
    await chat.send("/week")  # a result is done with: nothing to continue afterwards
    assert tr.label("Continue the reply check") not in chat.button_labels
    await chat.send("/check")
    await chat.send(GOOD[language])
    await chat.send({"de": "fertig", "en": "done"}[language])  # as the Done button
    assert {"de": "Viel Erfolg", "en": "Good luck"}[language] in chat.last_text
    await chat.send("hello")
    assert tr.label("Check my reply") in chat.button_labels


async def test_the_result_quotes_the_phrase_that_carries_each_element(chat, language):
    reply = {
        "de": "Diese Woche ist Land unter – geht auch nächsten Mittwoch? Wie Sie sicher wissen, "
        "arbeite ich am Wochenende grundsätzlich nicht.",
        "en": "This week is chaos on my end – could we look at next Wednesday instead? "
        "As per my previous email, I don't work weekends.",
    }[language]
    await chat.send("/check")
    await chat.send(reply)
    result = chat.last_text
    shown = {
        "de": ("„Diese Woche ist Land unter“", "„geht auch nächsten Mittwoch“"),
        "en": ("“This week is chaos on my end”", "“could we look at next Wednesday instead”"),
    }[language]
    assert all(phrase in result for phrase in shown), result
    flagged = {"de": "„Wie Sie sicher wissen“ →", "en": "“As per my previous email” →"}[language]
    assert flagged in result
    # The one change asks for what is missing (expectations), not for the decline it has.
    advice = {"de": "bis wann von dir bekommt", "en": "will get from you and by when"}[language]
    asks_for_decline = {"de": "Sag klar, was du nicht", "en": "Say clearly what you won"}[language]
    assert advice in result and asks_for_decline not in result


YES = {
    "de": "Danke für Ihre Nachricht! Ja, das übernehme ich gern. Die Liste haben Sie am Montag "
    "um neun. Für den Sonntag berechne ich wie vereinbart 50 % Zuschlag.",
    "en": "Thanks for thinking of me! Yes, I can cover the stand on Sunday. You'll have the "
    "rota by Friday. Sunday hours are billed at double time, as in our contract.",
}


async def test_a_reply_that_says_yes_is_not_asked_for_a_no(chat, language):
    await chat.send("/check")
    await chat.send(YES[language])
    shown = chat.last_text
    assert {"de": "Diese Antwort sagt Ja", "en": "This reply says yes"}[language] in shown
    assert "100/100" in shown
    assert "▫️" not in shown  # no decline, reason or alternative listed as missing
    assert {"de": "Falls du eine Grenze ziehen wolltest", "en": "If you meant to set a limit"}[
        language
    ] in shown
