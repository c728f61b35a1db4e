"""The main menu and the command menus every flow shows or returns to: the command list, the
main menu's buttons, and what /cancel of a flow shows."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegram import BotCommand, BotCommandScopeChat, Update
from telegram.error import TelegramError
from telegram.ext import Application, ConversationHandler

from bot.context import CoachContext
from bot.i18n import LANGUAGES, N_, translator
from bot.ui.callbacks import Menu
from bot.ui.common import keyboard, leave_flow, send

# Commands in menu order; flows of later issues add theirs here when they exist.
COMMANDS = (
    ("start", N_("Start or open the main menu")),
    ("no", N_("Say no to a client, kindly and clearly")),
    ("replies", N_("Reply templates: find, fill, copy")),
    ("mytemplates", N_("Your own reply templates")),
    ("check", N_("Check a reply you wrote")),
    ("drafts", N_("Your last reply drafts")),
    ("checkin", N_("Today's check-in: hours, energy, stress")),
    ("log", N_("Log hours for any day: /log 3.5 Acme yesterday")),
    ("week", N_("Your week: chart and summary")),
    ("month", N_("Your month: chart and summary")),
    ("selfcheck", N_("Burnout self-check (2 minutes)")),
    ("practice", N_("Practise a call with a receptionist")),
    ("playbook", N_("Write a client's call playbook")),
    ("call", N_("The card to read before a call")),
    ("calllog", N_("Log a call in a few taps")),
    ("calls", N_("This week's calls, every no a step")),
    ("pause", N_("Pause check-ins for a holiday")),
    ("resume", N_("Start check-ins again")),
    ("help", N_("What the coach can do")),
    ("settings", N_("Name, language, time zone, check-in, hours")),
    ("clients", N_("Add, rename or remove clients")),
    ("privacy", N_("What is stored and why")),
    ("export", N_("Download everything I keep about you")),
    ("delete", N_("Delete everything I keep about you")),
    ("cancel", N_("Leave the current step")),
)
# Commands the bot answers: another one (a typo) pauses no flow, it only gets "unknown command".
KNOWN_COMMANDS = frozenset(command for command, _ in COMMANDS) | {"menu"}


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


# Main-menu rows: (label, target flow). Flows of later capabilities add their row here.
MAIN_MENU = [
    [(N_("Say no to a request"), "no"), (N_("Check my reply"), "check")],
    [(N_("Reply templates"), "replies"), (N_("My drafts"), "drafts")],
    [(N_("Call playbook"), "playbook"), (N_("Practise a call"), "practice")],
    [(N_("Settings"), "settings"), (N_("Clients"), "clients")],
    [(N_("Help"), "help"), (N_("Privacy"), "privacy")],
]


def main_menu_labels(language: str) -> list[str]:
    tr = translator(language)
    return [tr.label(label) for row in MAIN_MENU for label, _ in row]


def main_menu_markup(context: CoachContext):
    tr = context.tr
    return keyboard(
        *[[(tr.label(label), Menu(target=target)) for label, target in row] for row in MAIN_MENU]
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


def cancel_to_menu(flow: str) -> Callable[[Update, CoachContext], Awaitable[int]]:
    """The /cancel of a flow that simply stops: leave it, say so, show the main menu."""

    async def cancel(update: Update, context: CoachContext) -> int:
        leave_flow(context, flow)
        await after_cancel(update, context)
        return ConversationHandler.END

    return cancel


async def cancelled_to_menu(update: Update, context: CoachContext, answers: object) -> None:
    """A flow's `cancelled` (bot/ui/flow.py) when stopping it needs nothing but the main menu."""
    await after_cancel(update, context)


async def after_cancel(
    update: Update, context: CoachContext, onboarding: bool = False, say_no: bool = False
) -> None:
    if onboarding:
        message = N_(
            "Setup stopped. I use the defaults for the rest; /settings changes anything at any time."
        )
    elif say_no:
        message = N_("Paused. Your answers are saved: /no picks this reply up again.")
    else:
        message = N_("Done, I left that step. Nothing you saved is lost.")
    await send(update, context, context.tr.gettext(message), main_menu_markup(context))
