"""Command menus per language, help and privacy."""

from __future__ import annotations

from telegram.ext import CommandHandler, ConversationHandler

from bot.i18n import translator


async def test_command_menus_are_set_per_language(bot):
    calls = [call for call in bot.api.calls if call.method == "setMyCommands"]
    by_language = {call.params.get("language_code"): call.params["commands"] for call in calls}
    assert set(by_language) == {None, "de", "en"}
    german = {command["command"]: command["description"] for command in by_language["de"]}
    english = {command["command"]: command["description"] for command in by_language["en"]}
    assert set(german) == set(english)
    assert {"start", "help", "settings", "clients", "privacy", "cancel", "no"} <= set(german)
    assert german["settings"] != english["settings"]
    assert german["settings"] == translator("de").label(
        "Name, language, time zone, check-in, hours"
    )


def handled_commands(app) -> set[str]:
    """Every command some handler answers, including a conversation's entry points."""
    found: set[str] = set()
    pending = [handler for group in app.handlers.values() for handler in group]
    while pending:
        handler = pending.pop()
        if isinstance(handler, ConversationHandler):
            pending += handler.entry_points + handler.fallbacks
            pending += [h for steps in handler.states.values() for h in steps]
        elif isinstance(handler, CommandHandler):
            found |= set(handler.commands)
    return found


async def test_help_lists_every_command_and_cites_sources(bot, chat, language):
    await chat.send("/help")
    commands = handled_commands(bot.app) - {"start", "help"}
    assert {"no", "check", "drafts", "export", "delete"} <= commands
    missing = sorted(c for c in commands if f"/{c}" not in chat.last_text)
    assert not missing, f"/help does not mention {missing}"
    assert "Pega" in chat.last_text  # the WHO/ILO source behind the weekly-hours advice


async def test_privacy_explains_what_is_stored(chat, language):
    await chat.send("/privacy")
    assert {"de": "Was ich speichere", "en": "What I store"}[language] in chat.last_text
    assert {"de": "Standort", "en": "location"}[language] in chat.last_text


async def test_main_menu_buttons_open_help_and_privacy(chat, language):
    tr = translator(language)
    await chat.send("/menu")
    await chat.press(tr.label("Help"))
    assert "/clients" in chat.last_text
    await chat.send("/menu")
    await chat.press(tr.label("Privacy"))
    assert {"de": "Was ich speichere", "en": "What I store"}[language] in chat.last_text


async def test_language_change_in_settings_switches_texts_and_chat_menu(bot):
    chat = bot.chat(language_code="en")
    await chat.send("/settings")
    await chat.press("Language")
    await chat.press("Deutsch")
    assert "Deine Einstellungen" in chat.last_text
    scoped = [c for c in chat.new_calls("setMyCommands") if "scope" in c.params]
    assert scoped and scoped[-1].params["scope"]["chat_id"] == chat.user["id"]
    await chat.send("/help")
    assert "Was VA Coach für dich tut" in chat.last_text


async def test_every_command_in_the_menu_is_understood(bot):
    menu = {
        c["command"]
        for c in next(x for x in bot.api.calls if x.method == "setMyCommands").params["commands"]
    }
    for command in sorted(menu):
        chat = bot.chat(language_code="en")
        await chat.send(f"/{command}")
        assert "do not know that command" not in chat.last_text, command
