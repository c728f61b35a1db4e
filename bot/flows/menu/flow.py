"""The main menu's own handlers: /menu, /help, /privacy, its buttons, /cancel outside a flow."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.context import CoachContext
from bot.ui.callbacks import Menu, pattern, unpack
from bot.ui.common import acknowledge, edit_or_send, send
from bot.ui.menu import main_menu_markup, show_main_menu


async def menu_command(update: Update, context: CoachContext) -> None:
    await show_main_menu(update, context)


async def help_command(update: Update, context: CoachContext) -> None:
    await acknowledge(update)
    await send(update, context, context.tr.render("menu/help"))


async def privacy_command(update: Update, context: CoachContext) -> None:
    await acknowledge(update)
    text = context.tr.render("menu/privacy", retention_days=context.settings.retention_days)
    await send(update, context, text)


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


def build_handlers() -> list:
    return [
        CommandHandler("menu", menu_command),
        CommandHandler("help", help_command),
        CommandHandler("privacy", privacy_command),
        CommandHandler("cancel", cancel_outside_flow),
        CallbackQueryHandler(menu_button, pattern=pattern(Menu)),
    ]
