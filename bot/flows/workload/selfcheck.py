"""/selfcheck and the two-weekly burnout self-check (CBI work- and client-related subscales).

    /selfcheck or scheduled invitation ─▶ Start ─▶ item 1 … 13 (one button each) ─▶ result + trend
                                                                               (+ help pointer if high)

Stateless: each button carries (check, item, value); the row's answers say which item is next, so
an old or repeated button is recognised and answered with the current item.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.coach import burnout
from bot.db import repo_checkins
from bot.flows.workload import care
from bot.flows.workload.codecs import SelfCheckAnswer
from bot.i18n import Translator, translator
from bot.jobs.scheduler import Due, KindSpec, Recipient, clock_of, follow_self_checks
from bot.ui.callbacks import pattern, unpack
from bot.ui.common import acknowledge, edit_or_send, keyboard, mark_asking, send
from bot.ui.users import load_profile

SELFCHECK_GRACE = timedelta(hours=24)


def invitation(tr: Translator):
    return tr.render("selfcheck/intro", credit=tr.data("cbi")["credit"]), keyboard(
        [(tr.label("Start the self-check"), SelfCheckAnswer(check=0, item=0, value=0))]
    )


def item_screen(tr: Translator, check_id: int, index: int):
    data = tr.data("cbi")
    _subscale, scale, _reversed = burnout.ITEMS[index]
    labels = data["scales"][scale]  # from 4 (always / very high degree) down to 0
    text = tr.render(
        "selfcheck/item", number=index + 1, count=len(burnout.ITEMS), question=data["items"][index]
    )
    buttons = [
        [(label, SelfCheckAnswer(check=check_id, item=index, value=4 - position))]
        for position, label in enumerate(labels)
    ]
    return text, keyboard(*buttons)


async def selfcheck_command(update: Update, context) -> None:
    text, markup = invitation(context.tr)
    await send(update, context, text, markup)
    mark_asking()  # its buttons are the open question


@dataclass
class Recorded:
    """What an answer button did to the stored self-check; the reply is sent from it afterwards
    (no message goes out while the session holds the database connection)."""

    kind: str  # "next" (ask item `item`), "expired", "out_of_step" (ask `item` again), "done"
    check_id: int = 0
    item: int = 0
    result: burnout.Result | None = None
    history: list = field(default_factory=list)


async def record_answer(
    session: AsyncSession, choice: SelfCheckAnswer, user_id: int, now: datetime
) -> Recorded:
    if choice.check == 0:
        check = await repo_checkins.start_self_check(session, user_id, now)
        return Recorded("next", check.id, 0)
    check = await repo_checkins.get_self_check(session, user_id, choice.check)
    if check is None or check.completed_at is not None or not 0 <= choice.value <= 4:
        return Recorded("expired")
    answers = list(check.answers or [])
    if choice.item != len(answers):
        return Recorded("out_of_step", check.id, len(answers))
    answers.append(choice.value)
    check.answers = answers
    if len(answers) < len(burnout.ITEMS):
        return Recorded("next", check.id, len(answers))
    result = burnout.score(answers)
    check.work_score, check.client_score, check.completed_at = result.work, result.client, now
    history = [
        c
        for c in await repo_checkins.completed_self_checks(session, user_id, 5)
        if c.id != check.id
    ]
    return Recorded("done", check.id, result=result, history=history)


async def answer_button(update: Update, context) -> None:
    choice = unpack(update.callback_query.data)
    assert isinstance(choice, SelfCheckAnswer)
    tr = context.tr
    user, today = await load_profile(update, context)
    now = clock_of(context.application)()
    async with context.database.sessions.begin() as session:
        recorded = await record_answer(session, choice, user.id, now)
    if recorded.kind in ("expired", "out_of_step"):
        await acknowledge(update, tr.label("This button has expired."))
        if recorded.kind == "out_of_step":
            await send(update, context, *item_screen(tr, recorded.check_id, recorded.item))
            mark_asking()
        return
    await acknowledge(update)
    if recorded.kind == "next":
        await edit_or_send(update, context, *item_screen(tr, recorded.check_id, recorded.item))
        mark_asking()
        return
    result = result_text(tr, recorded.result, recorded.history)
    if recorded.result.highest < burnout.HIGH:
        await edit_or_send(update, context, result)
        return
    # Care before the numbers (DOMAIN.md §9): the graduated card first, the scores after it.
    async with context.database.sessions.begin() as session:
        client = await care.heaviest_client(session, user.id, today)
    await edit_or_send(update, context, *care.high_score_card(tr, user.timezone, client))
    await send(update, context, result)


def result_text(tr: Translator, result: burnout.Result, history: list) -> str:
    previous = history[0] if history else None
    return tr.render(
        "selfcheck/result",
        work=tr.number(result.work),
        client=tr.number(result.client),
        work_level=burnout.level(result.work),
        client_level=burnout.level(result.client),
        work_trend=burnout.trend(result.work, previous.work_score if previous else None),
        client_trend=burnout.trend(result.client, previous.client_score if previous else None),
        earlier=[
            (tr.number(c.work_score), tr.number(c.client_score)) for c in reversed(history[:3])
        ],
        high=result.highest >= burnout.HIGH,
        credit=tr.data("cbi")["credit"],
    )


async def send_invitation(application, row: Due, person: Recipient, now: datetime) -> str:
    text, markup = invitation(translator(person.user.language))
    await application.bot.send_message(chat_id=person.user.chat_id, text=text, reply_markup=markup)
    return "sent"


def scheduled_kinds() -> dict[str, KindSpec]:
    """The self-check invitation, for the scheduler (registered by setup.py)."""
    return {
        "selfcheck": KindSpec(
            send=send_invitation, grace=SELFCHECK_GRACE, follow=follow_self_checks
        )
    }


def build_handlers() -> list:
    return [
        CommandHandler("selfcheck", selfcheck_command),
        CallbackQueryHandler(answer_button, pattern=pattern(SelfCheckAnswer)),
    ]
