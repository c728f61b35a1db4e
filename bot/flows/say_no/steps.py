"""The say-no coach's steps as data: what each asks, its buttons, what typed text it takes.

Which step follows an answer is decided in bot/coach/say_no_steps.py; the readers here turn an
answer that needs the database or the calendar (a client button, a typed date) into one the
coach can use."""

from __future__ import annotations

from datetime import date

from telegram import Update

from bot.coach.dates import asked_dates, country_of, parse_date, suggested_dates
from bot.coach.given import Given
from bot.coach.profile import InvalidAnswer, parse_client_name
from bot.coach.say_no import MAX_TYPED, NoAnswers, classify_request, fitting_alternatives
from bot.coach.say_no_steps import CHANGEABLE
from bot.coach.say_no_steps import Step as S
from bot.coach.say_no_wording import contact_columns, questions_for
from bot.context import CoachContext
from bot.db import repo
from bot.i18n import N_, in_every_language
from bot.ui.callbacks import InvalidCallback
from bot.ui.common import chunk
from bot.ui.flow import Asked, Invalid, Rows, Step, fixed, labelled, skip
from bot.ui.invalid import explain_invalid
from bot.ui.registers import registers
from bot.ui.users import load_profile, today_for

REASON_LABELS = {
    "workload": N_("Too much work"),
    "skills": N_("Outside my skills"),
    "deadline": N_("Deadline too tight"),
    "fit": N_("Not my kind of project"),
    "rate": N_("Rate too low"),
    "hours": N_("Outside my working hours"),
    "other": N_("Other reason"),
}
ALTERNATIVE_LABELS = {
    "later": N_("A later date"),
    "smaller": N_("A smaller scope"),
    "referral": N_("A referral"),
    "format": N_("Another format"),
    "waitlist": N_("A waiting list"),
    "price": N_("A different price"),
    "own": N_("My own idea"),
    "none": N_("No alternative"),
}
CHANGE_LABELS = {
    S.EMPATHY: N_("Opener"),
    S.REASON: N_("Reason"),
    S.EXPECT: N_("What they can count on"),
    S.NEEDS: N_("What I need"),
    S.ALTERNATIVE: N_("Alternative"),
    S.CHANNEL: N_("Email or chat"),
}
assert tuple(CHANGE_LABELS) == CHANGEABLE
ACCEPTANCE_CHANGES = (S.EMPATHY, S.CHANNEL)
YES_NO = {"yes": "1", "no": "0"}  # typed meaning -> button value
SKIP = {"skip": "skip"}


def date_choices(today: date, country: str = "DE", request: str = "", language: str = "de"):
    """Later dates to offer: working days in the user's country, never the day the client
    asked for (bot/coach/dates.py)."""
    return suggested_dates(today, country, asked_dates(request, language, today))


# --- buttons --------------------------------------------------------------------------------------
def client_buttons(asked: Asked) -> Rows:
    clients = [(c.name, str(c.id)) for c in asked.extra["clients"][:12]]
    return [
        *chunk(clients, 2),
        labelled(asked, (N_("Someone else"), "new"), (N_("No name"), "none")),
    ]


def yes_no(asked: Asked) -> Rows:
    return [labelled(asked, (N_("Yes"), "1"), (N_("No"), "0"))]


def reasons(asked: Asked) -> Rows:
    return chunk(labelled(asked, *((label, key) for key, label in REASON_LABELS.items())), 2)


def alternatives(asked: Asked) -> Rows:
    keys = [*fitting_alternatives(asked.answers.reason), "own", "none"]
    return chunk(labelled(asked, *((ALTERNATIVE_LABELS[key], key) for key in keys)), 2)


def dates(asked: Asked) -> Rows:
    tr = asked.context.tr
    return [[(tr.format_date(day), day.isoformat()) for day in asked.extra["dates"]], *skip(asked)]


def questions_of(asked: Asked) -> list[str]:
    """The clarifying questions on screen: those the request does not answer already."""
    answers = asked.answers
    register = answers.register if answers.register in ("sie", "du") else "sie"
    phrases = asked.context.tr.data("say_no")
    return questions_for(answers.category, register, answers.request, phrases)


def changes(asked: Asked) -> Rows:
    """What can be changed: an acceptance has only its opener and its channel."""
    offered = ACCEPTANCE_CHANGES if asked.answers.terms else CHANGEABLE
    steps = ((CHANGE_LABELS[step], str(int(step))) for step in offered)
    return [*chunk(labelled(asked, *steps), 2), labelled(asked, (N_("Back to the draft"), "back"))]


# --- what some questions need, and answers that need more than the answers --------------------------
async def clients_of(update: Update, context: CoachContext, answers: NoAnswers) -> dict:
    async with context.database.sessions() as session:
        return {"clients": await repo.list_clients(session, update.effective_user.id)}


async def dates_from(update: Update, context: CoachContext, answers: NoAnswers) -> dict:
    user, today = await load_profile(update, context)
    country = country_of(user.timezone, context.language)
    return {"dates": date_choices(today, country, answers.request, context.language)}


async def add_client(update: Update, context: CoachContext, answers: NoAnswers) -> None:
    """A new name given in the coach joins the client list, so next time it is one tap."""
    async with context.database.sessions.begin() as session:
        client = await repo.add_client(
            session, update.effective_user.id, answers.client_name, answers.register
        )
    answers.client_id = client.id


async def read_register(update: Update, context: CoachContext, answers, given: Given) -> Given:
    """Sie or du for the new client, who then joins the list."""
    answers.register = given.value
    await add_client(update, context, answers)
    return given


async def read_request(update: Update, context: CoachContext, answers, given: Given) -> Given:
    return Given(
        value=classify_request(given.text or "", in_every_language("say_no", "cues")),
        text=given.text,
    )


async def read_client(update: Update, context: CoachContext, answers, given: Given) -> Given:
    """A client's button: that client's name and register go into the answers."""
    if given.value in ("new", "none"):
        return given
    async with context.database.sessions() as session:
        client = (
            await repo.get_client(session, update.effective_user.id, int(given.value))
            if (given.value or "").isdigit()
            else None
        )
    if client is None:
        raise Invalid(context.tr.gettext("That client is no longer in your list."))
    answers.client_id, answers.client_name, answers.register = (
        client.id,
        client.name,
        client.register,
    )
    answers.contact = contact_columns(client)
    return given


async def read_new_client(update: Update, context: CoachContext, answers, given: Given) -> Given:
    """A typed name; one already in the list is that client."""
    try:
        name = parse_client_name(given.text or "", [])
    except InvalidAnswer as invalid:
        raise Invalid(explain_invalid(context.tr, invalid)) from None
    async with context.database.sessions() as session:
        existing = await repo.list_clients(session, update.effective_user.id)
    match = next((c for c in existing if c.name.casefold() == name.casefold()), None)
    if match is None:
        answers.client_id, answers.client_name = None, name
        return Given(text=name)  # joins the list once the register is known
    answers.client_id, answers.client_name, answers.register = match.id, match.name, match.register
    answers.contact = contact_columns(match)
    return Given(value="known")


async def read_date(update: Update, context: CoachContext, answers, given: Given) -> Given:
    """A date button (an ISO date), a typed date, or Skip."""
    if given.value == "skip":
        return given
    if given.value is not None:
        try:
            return Given(value=date.fromisoformat(given.value).isoformat())
        except ValueError:
            raise InvalidCallback("not a date") from None
    parsed = parse_date(given.text or "", context.language, await today_for(update, context))
    if parsed is None:
        raise Invalid(
            context.tr.gettext(
                "I could not read that as a date in the future. Try for example “15.1.” or “next Friday”."
            )
        )
    return Given(value=parsed.isoformat())


def steps(draft_screen, question_screen, check_edited) -> dict[S, Step]:
    """Every step of the coach; the draft and the question to ask first show themselves."""
    register = registers  # German "Sie"/"du", English formal/casual (bot/ui/registers.py)
    return {
        S.REQUEST: Step("say_no/request", text=6000, read=read_request),
        S.CLIENT: Step("say_no/client", client_buttons, prepare=clients_of, read=read_client),
        S.NEW_CLIENT: Step("say_no/new_client", text=MAX_TYPED, read=read_new_client),
        S.NEW_REGISTER: Step(
            "say_no/new_register",
            register,
            typed={"sie": "sie", "du": "du"},
            values=frozenset({"sie", "du"}),
            read=read_register,
        ),
        S.CHANNEL: Step(
            "say_no/channel",
            fixed(((N_("Email"), "email"), (N_("Chat message"), "chat"))),
            values=frozenset({"email", "chat"}),
        ),
        S.RATE_CHECK: Step(
            "say_no/rate_check",
            fixed(
                ((N_("Yes, it covers everything"), "yes"),),
                ((N_("No"), "no"), (N_("Not sure"), "unsure")),
            ),
            values=frozenset({"yes", "no", "unsure"}),
        ),
        S.CHECK_WANT: Step("say_no/check_want", yes_no, typed=YES_NO, values=frozenset({"1", "0"})),
        S.CHECK_TIME: Step("say_no/check_time", yes_no, typed=YES_NO, values=frozenset({"1", "0"})),
        S.CHECK_ENERGY: Step(
            "say_no/check_energy", yes_no, typed=YES_NO, values=frozenset({"1", "0"})
        ),
        S.ALL_YES: Step(
            "say_no/all_yes",
            fixed(
                ((N_("Draft an acceptance with clear terms"), "accept"),),
                ((N_("I still want to say no"), "no"),),
            ),
            values=frozenset({"accept", "no"}),
        ),
        S.TERMS: Step("say_no/terms", text=MAX_TYPED),
        S.EMPATHY: Step(
            "say_no/empathy",
            lambda asked: [
                [(str(n), str(n - 1)) for n in (1, 2, 3)],
                labelled(asked, (N_("Write my own"), "own")),
            ],
            values=frozenset({"0", "1", "2", "own"}),
        ),
        S.EMPATHY_OWN: Step("say_no/empathy_own", text=MAX_TYPED),
        S.CLARIFY: Step(
            "say_no/clarify",
            lambda asked: (
                [
                    [(asked.context.tr.label("Ask question {n} first", n=n), str(n - 1))]
                    for n in range(1, len(questions_of(asked)) + 1)
                ]
                + [labelled(asked, (N_("I know enough, continue"), "skip"))]
            ),
            typed=SKIP,
            values=frozenset({"0", "1", "2", "skip"}),
        ),
        S.REASON: Step("say_no/reason", reasons, values=frozenset(REASON_LABELS)),
        S.REASON_OWN: Step("say_no/reason_own", text=MAX_TYPED),
        S.EXPECT: Step("say_no/expect", skip, typed=SKIP, text=MAX_TYPED, values=frozenset(SKIP)),
        S.NEEDS: Step("say_no/needs", skip, typed=SKIP, text=MAX_TYPED, values=frozenset(SKIP)),
        S.ALTERNATIVE: Step(
            "say_no/alternative", alternatives, values=frozenset(ALTERNATIVE_LABELS)
        ),
        S.ALT_TEXT: Step(
            "say_no/alt_text", skip, typed=SKIP, text=MAX_TYPED, values=frozenset(SKIP)
        ),
        S.ALT_DATE: Step(
            "say_no/alt_date", dates, typed=SKIP, text=MAX_TYPED, prepare=dates_from, read=read_date
        ),
        S.ALT_GENDER: Step(
            "say_no/alt_gender",
            fixed(
                ((N_("Colleague (female)"), "f"), (N_("Colleague (male)"), "m")),
                ((N_("Just the name"), "n"),),
            ),
            values=frozenset({"f", "m", "n"}),
        ),
        S.DRAFT: Step(screen=draft_screen, on_text=check_edited, final=True),
        S.CHANGE: Step(
            "say_no/change",
            changes,
            values=frozenset({*(str(int(step)) for step in CHANGEABLE), "back"}),
        ),
        S.QUESTION: Step(screen=question_screen, final=True),
    }
