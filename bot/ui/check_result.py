"""A reply checked for the five elements of a positive no, shown with its score and the one change
that helps most: the answer of /check, and of a draft's "Check this reply" in any feature."""

from __future__ import annotations

from telegram import Update

from bot.coach.tone import ELEMENTS, check_reply
from bot.coach.tone_lexicon import lexicon
from bot.coach.tone_score import YES_ELEMENTS
from bot.context import CoachContext
from bot.db.unit import in_thread
from bot.i18n import N_
from bot.ui.callbacks import CheckAction
from bot.ui.common import keyboard, send

MAX_CHECK = 30_000  # about 4,000 words; longer pastes are checked up to here, and told so
# The checker is fast (a 300-word email in 3 to 5 ms of CPU), but a 4,000-word paste takes about
# 130 ms and should not hold up other chats: above this size it runs in a worker thread.
THREAD_ABOVE = 3_000
ELEMENT_LABELS = {
    "empathy": N_("Acknowledgement or empathy"),
    "decline": N_("A clear decline or limit"),
    "reason": N_("A reason"),
    "expectations": N_("Expectations: what and when"),
    "alternative": N_("An alternative"),
}


async def send_check(update: Update, context: CoachContext, text: str) -> None:
    """Check `text` and answer with the result; used by /check and after an edited draft."""
    tr = context.tr
    if not text:
        await send(
            update, context, tr.gettext("That message was empty. Please paste the reply you wrote.")
        )
        return
    cut = len(text) > MAX_CHECK
    text = text[:MAX_CHECK]
    if len(text) > THREAD_ABOVE:
        result = await in_thread(check_reply, text, context.language)
    else:
        result = check_reply(text, context.language)
    advice = lexicon(context.language).fixes
    await send(
        update,
        context,
        tr.render(
            "check/result",
            result=result,
            # a yes is shown only what a yes needs; the template says why the rest is not asked for
            elements=[
                (tr.label(ELEMENT_LABELS[name]), result.elements[name])
                for name in (YES_ELEMENTS if result.agrees else ELEMENTS)
            ],
            fix=advice.get(result.advice_key, ""),
            cut=cut,
        ),
        keyboard(
            [
                (tr.label("Check another reply"), CheckAction(action="again")),
                (tr.label("Done"), CheckAction(action="done")),
            ]
        ),
    )
