"""/mytemplates' steps as data: a template's text, and its name.

Which step follows an answer is decided in bot/coach/mytemplates_steps.py; the readers here
check a text (bot/coach/own_format.py: a malformed one is refused with the position of the
problem, and nothing in it is ever run as code) and write the template, so a refused answer is
asked again with why.
"""

from __future__ import annotations

from telegram import Update

from bot.coach.given import Given
from bot.coach.mytemplates_steps import OwnAnswers
from bot.coach.mytemplates_steps import Step as S
from bot.coach.own_format import TemplateFormatError, clean_name, parse
from bot.context import CoachContext
from bot.db import repo_templates
from bot.flows.replies.mytemplates_save import format_error
from bot.ui.flow import Invalid, Step

TYPED_MAX = 4096  # Telegram's longest message: a text's own limit is told by format_error


async def text_help(update: Update, context: CoachContext, answers: OwnAnswers) -> dict:
    """What the text's question shows: how fields are written, and an example."""
    tr = context.tr
    return {
        "name": answers.name,
        "help": tr.gettext(
            "Write the reply as you would send it. Put a field in curly braces where something changes each time, for example {{task}} or {{day}}. I fill in these myself: {{salutation}} (the greeting for your contact person, such as “Dear Dr Shah,”), {{contact_first}} and {{contact_last}} (their first and last name), {{client}} (the client’s name), {{client_first}} (their first name) and {{me}} (your name). I ask for the rest whenever you use the template. Field names use lower-case letters a–z, digits and _, without spaces."
        ),
        "example": tr.gettext(
            "Hi {{client_first}}, thanks for your message! I’ll send you {{task}} by {{day}}. Best, {{me}}"
        ),
    }


async def name_shown(update: Update, context: CoachContext, answers: OwnAnswers) -> dict:
    """The name being replaced, when renaming."""
    return {"current": answers.name if answers.mode == "rename" else None}


async def read_text(
    update: Update, context: CoachContext, answers: OwnAnswers, given: Given
) -> Given:
    """A template's text: a malformed one is refused; an edited one is saved at once."""
    text = given.text or ""
    try:
        parse(text)
    except TemplateFormatError as error:
        raise Invalid(format_error(context, error)) from None
    if answers.mode == "edit":
        async with context.database.sessions.begin() as session:
            template = await repo_templates.get_template(
                session, update.effective_user.id, answers.template_id
            )
            if template is not None:
                await repo_templates.update_template(session, template, source=text)
    return Given(text=text)


async def read_name(
    update: Update, context: CoachContext, answers: OwnAnswers, given: Given
) -> Given:
    """A name: one already taken is refused; the new template is written, or renamed. What the
    path is told: the name, and the template's id."""
    name = clean_name(given.text or "")
    if not name:
        raise Invalid()  # nothing left of it: the question again
    try:
        async with context.database.sessions.begin() as session:
            template_id = await write_name(session, update.effective_user.id, answers, name)
    except repo_templates.DuplicateName:
        raise Invalid(
            context.tr.gettext(
                "You already have a template called “{name}”. Please choose another name.",
                name=name,
            )
        ) from None
    return Given(value=template_id, text=name)


async def write_name(session, user_id: int, answers: OwnAnswers, name: str) -> int:
    if answers.mode != "rename":
        template = await repo_templates.add_template(session, user_id, name, answers.source or "")
        return template.id
    template = await repo_templates.get_template(session, user_id, answers.template_id)
    if template is not None:
        await repo_templates.update_template(session, template, name=name)
    return answers.template_id


def steps(saved) -> dict[S, Step]:
    """The text, the name, and the template shown again once it is saved."""
    return {
        S.TEXT: Step("mytemplates/ask_text", text=TYPED_MAX, prepare=text_help, read=read_text),
        S.NAME: Step("mytemplates/ask_name", text=TYPED_MAX, prepare=name_shown, read=read_name),
        S.SAVED: Step(screen=saved, final=True),
    }
