"""Main menu, /help, /privacy, /menu, /cancel outside a flow, and the per-language command menus."""

from __future__ import annotations

from telegram import BotCommand, BotCommandScopeChat, Update
from telegram.error import TelegramError
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from bot.callbacks import Menu, pattern, unpack
from bot.context import CoachContext
from bot.flows.common import acknowledge, edit_or_send, keyboard, send
from bot.i18n import LANGUAGES, N_, translator

# Commands in menu order; flows of later issues add theirs here when they exist.
COMMANDS = (
    ("start", N_("Start or open the main menu")),
    ("help", N_("What the coach can do")),
    ("settings", N_("Name, language, time zone, check-in, hours")),
    ("clients", N_("Add, rename or remove clients")),
    ("privacy", N_("What is stored and why")),
    ("cancel", N_("Leave the current step")),
)


def bot_commands(language: str) -> list[BotCommand]:
    tr = translator(language)
    return [BotCommand(command, tr.label(description)) for command, description in COMMANDS]


async def set_default_commands(application: Application) -> None:
    """Command menus per language: German for German-speaking clients, English otherwise."""
    await application.bot.set_my_commands(bot_commands("en"))
    for language in LANGUAGES:
        await application.bot.set_my_commands(bot_commands(language), language_code=language)


async def set_chat_commands(update: Update, context: CoachContext) -> None:
    """After a language change, this chat's command menu follows the chosen language."""
    try:
        await context.bot.set_my_commands(
            bot_commands(context.language), scope=BotCommandScopeChat(update.effective_chat.id)
        )
    except TelegramError:
        pass  # the menu is a convenience; the language change itself is already stored


def main_menu_markup(context: CoachContext):  # noqa: ANN201
    tr = context.tr
    return keyboard(
        [
            (tr.label("Settings"), Menu(target="settings")),
            (tr.label("Clients"), Menu(target="clients")),
        ],
        [(tr.label("Help"), Menu(target="help")), (tr.label("Privacy"), Menu(target="privacy"))],
    )


async def show_main_menu(
    update: Update,
    context: CoachContext,
    welcome_back: bool = False,
    name: str | None = None,
) -> None:
    text = context.tr.render(
        "menu/main",
        first_name=name or update.effective_user.first_name,
        welcome_back=welcome_back,
    )
    await send(update, context, text, main_menu_markup(context))


async def menu_command(update: Update, context: CoachContext) -> None:
    await show_main_menu(update, context)


async def help_command(update: Update, context: CoachContext) -> None:
    await acknowledge(update)
    await send(update, context, context.tr.render("menu/help"))


async def privacy_command(update: Update, context: CoachContext) -> None:
    await acknowledge(update)
    await send(update, context, context.tr.render("menu/privacy"))


async def menu_button(update: Update, context: CoachContext) -> None:
    target = unpack(update.callback_query.data)
    assert isinstance(target, Menu)
    if target.target == "help":
        await help_command(update, context)
    elif target.target == "privacy":
        await privacy_command(update, context)
    else:
        await acknowledge(update, context.tr.label("This button has expired."))
        await edit_or_send(
            update,
            context,
            context.tr.render(
                "menu/main",
                first_name=update.effective_user.first_name,
                welcome_back=False,
            ),
            main_menu_markup(context),
        )


async def cancel_outside_flow(update: Update, context: CoachContext) -> None:
    await send(update, context, context.tr.gettext("Nothing to cancel. /menu shows what I can do."))


async def after_cancel(update: Update, context: CoachContext, onboarding: bool = False) -> None:
    message = (
        N_(
            "Setup stopped. I use the defaults for the rest; /settings changes anything at any time."
        )
        if onboarding
        else N_("Done, I left that step. Nothing you saved is lost.")
    )
    await send(update, context, context.tr.gettext(message), main_menu_markup(context))


def build_handlers() -> list:
    return [
        CommandHandler("menu", menu_command),
        CommandHandler("help", help_command),
        CommandHandler("privacy", privacy_command),
        CommandHandler("cancel", cancel_outside_flow),
        CallbackQueryHandler(menu_button, pattern=pattern(Menu)),
    ]
