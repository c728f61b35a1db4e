"""The reply templates' paths, without Telegram: which question follows which answer in /replies
(bot/coach/replies_steps.py) and when writing an own template (bot/coach/mytemplates_steps.py)."""

from __future__ import annotations

import pytest

from bot.coach import mytemplates_steps as own
from bot.coach.given import Given
from bot.coach.own_format import MAX_FILLED
from bot.coach.replies_steps import FillAnswers, Step, advance

PICKED_WITH_CLIENTS = Given(value=True)  # a template picked by a VA with clients
PICKED_WITHOUT_CLIENTS = Given(value=False)


def library(ref: str) -> FillAnswers:
    return FillAnswers(kind="lib", ref=ref, sender="Sam")


def own_template(source: str) -> FillAnswers:
    return FillAnswers(kind="own", ref="7", name="Mine", source=source, sender="Sam")


def with_client(answers: FillAnswers, name: str = "Tom Baker", register: str = "du") -> None:
    """What the client's button put into the answers (read before the path, it needs the DB)."""
    answers.client_id, answers.client, answers.register = 3, name, register


# --- /replies: the client, Sie or du, email or chat -------------------------------------------------
def test_a_va_with_clients_is_asked_who_a_built_in_reply_is_for():
    assert advance(library("push_deadline"), Step.BROWSE, PICKED_WITH_CLIENTS) == Step.CLIENT


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_reply_without_a_client_asks_sie_or_du_or_in_english_formal_or_casual(language):
    answers = library("push_deadline")
    assert advance(answers, Step.BROWSE, PICKED_WITHOUT_CLIENTS, language) == Step.REGISTER
    assert advance(answers, Step.REGISTER, Given(value="du"), language) == Step.SHAPE
    assert answers.register == "du"


def test_no_name_in_german_still_asks_sie_or_du():
    answers = library("push_deadline")
    assert advance(answers, Step.CLIENT, Given(value="none"), "de") == Step.REGISTER


def test_a_clients_register_answers_sie_or_du():
    answers = library("push_deadline")
    with_client(answers, register="du")
    assert advance(answers, Step.CLIENT, Given(value="3"), "de") == Step.SHAPE
    assert answers.register == "du"


# --- /replies: the fields -------------------------------------------------------------------------
def test_each_field_is_asked_in_order_and_after_the_last_comes_the_reply():
    answers = library("push_deadline")  # task, then date
    answers.register = "sie"
    assert advance(answers, Step.SHAPE, Given(value="email")) == Step.FIELD_1
    assert advance(answers, Step.FIELD_1, Given(text="the newsletter")) == Step.FIELD_2
    assert advance(answers, Step.FIELD_2, Given(text="2026-03-16")) == Step.REPLY
    assert answers.as_reply() == {
        "kind": "lib",
        "ref": "push_deadline",
        "fields": {"task": "the newsletter", "date": "2026-03-16"},
        "register": "sie",
        "shape": "email",
    }


def test_a_skipped_field_is_left_out_and_the_next_one_follows():
    answers = library("asap")
    answers.shape = "chat"
    assert advance(answers, Step.FIELD_1, Given(value="skip")) == Step.FIELD_2
    assert answers.fields == {} and answers.asked == ["task"]


def test_a_german_referral_also_asks_whether_the_colleague_is_a_woman_or_a_man():
    for language, following in (("en", Step.REPLY), ("de", Step.FIELD_3)):
        answers = library("referral")  # the task, the colleague, (in German) their gender
        answers.shape, answers.asked = "chat", ["task"]
        assert advance(answers, Step.FIELD_2, Given(text="Lea Roth"), language) == following


def test_an_own_template_without_the_clients_name_does_not_ask_for_the_client():
    answers = own_template("I will send you {task} by {day}. {me}")
    assert advance(answers, Step.BROWSE, PICKED_WITH_CLIENTS) == Step.FIELD_1


def test_an_own_template_with_the_clients_name_asks_for_the_client_then_only_the_rest():
    answers = own_template("Hi {client_first}, {task} by {day}. Best, {me}")
    assert advance(answers, Step.BROWSE, PICKED_WITH_CLIENTS) == Step.CLIENT
    with_client(answers)
    assert advance(answers, Step.CLIENT, Given(value="3")) == Step.FIELD_1
    assert advance(answers, Step.FIELD_1, Given(text="the slides")) == Step.FIELD_2
    assert advance(answers, Step.FIELD_2, Given(text="Friday")) == Step.REPLY
    assert answers.fields == {"task": "the slides", "day": "Friday"}  # never {me}, {client}


def test_without_a_client_an_own_template_asks_for_the_clients_name_like_any_field():
    answers = own_template("Hi {client}, see you. {me}")
    assert advance(answers, Step.BROWSE, PICKED_WITHOUT_CLIENTS) == Step.FIELD_1
    assert advance(answers, Step.FIELD_1, Given(text="Team")) == Step.REPLY


def test_an_own_template_without_fields_is_the_reply_at_once():
    assert advance(own_template("Thanks, noted!"), Step.BROWSE, PICKED_WITHOUT_CLIENTS) == (
        Step.REPLY
    )


def test_an_own_template_too_long_even_with_the_shortest_answers_is_refused_before_any_field():
    answers = own_template("{me}" * 456 + "{task}")  # 456 × "Annabelle" and one character
    answers.sender = "Annabelle"
    assert 456 * len("Annabelle") + 1 > MAX_FILLED
    assert advance(answers, Step.BROWSE, PICKED_WITHOUT_CLIENTS) == Step.TOO_LONG


def test_an_own_template_that_just_fits_is_filled():
    answers = own_template("{me}" * 455 + "{task}")
    answers.sender = "Annabelle"
    assert 455 * len("Annabelle") + 1 == MAX_FILLED
    assert advance(answers, Step.BROWSE, PICKED_WITHOUT_CLIENTS) == Step.FIELD_1


# --- /mytemplates ----------------------------------------------------------------------------------
def test_a_new_template_asks_for_its_text_then_its_name_then_shows_it_saved():
    answers = own.OwnAnswers(mode="new")
    assert own.first_step("new") == own.Step.TEXT
    assert own.advance(answers, own.Step.TEXT, Given(text="Hi {client}")) == own.Step.NAME
    assert own.advance(answers, own.Step.NAME, Given(value=12, text="Hello")) == own.Step.SAVED
    assert (answers.source, answers.name, answers.template_id) == ("Hi {client}", "Hello", 12)


def test_an_edited_text_is_saved_without_asking_for_a_name():
    answers = own.OwnAnswers(mode="edit", template_id=5, name="Hello")
    assert own.first_step("edit") == own.Step.TEXT
    assert own.advance(answers, own.Step.TEXT, Given(text="Hi {who}")) == own.Step.SAVED
    assert answers.template_id == 5


def test_renaming_asks_only_for_the_name():
    answers = own.OwnAnswers(mode="rename", template_id=5, name="Hello")
    assert own.first_step("rename") == own.Step.NAME
    assert own.advance(answers, own.Step.NAME, Given(value=5, text="Hi")) == own.Step.SAVED
    assert (answers.name, answers.template_id) == ("Hi", 5)
