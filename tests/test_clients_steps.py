"""The client list's path (bot/coach/clients_steps.py), without Telegram or a database."""

from __future__ import annotations

from bot.coach.clients_steps import MENUS, ClientsAnswers, Step, Tap, advance
from bot.coach.given import Given


def at(step: Step, **fields: object) -> ClientsAnswers:
    return ClientsAnswers(step=int(step), **fields)


def test_an_english_name_waits_for_formal_or_casual_then_the_contact_person():
    answers = at(Step.ADD_NAME)
    assert advance(answers, Step.ADD_NAME, Given(text="Acme"), "en") == Step.ADD_REGISTER
    assert advance(answers, Step.ADD_REGISTER, Given(value="du"), "en") == Step.CONTACT
    assert answers.changes == {"add": ("Acme", "du")} and answers.said == "added"


def test_a_german_name_waits_for_sie_or_du_then_the_contact_person():
    answers = at(Step.ADD_NAME)
    assert advance(answers, Step.ADD_NAME, Given(text="Kanzlei Roth"), "de") == Step.ADD_REGISTER
    assert answers.pending_client == "Kanzlei Roth" and answers.changes == {}
    assert advance(answers, Step.ADD_REGISTER, Given(value="du"), "de") == Step.CONTACT
    assert answers.changes == {"add": ("Kanzlei Roth", "du")} and answers.pending_client is None


ANNA = {"title": "Dr.", "first": "Anna", "last": "Hoffmann", "address": ""}


def test_a_new_sie_client_s_contact_is_followed_by_the_form_of_address_then_the_list():
    answers = at(Step.CONTACT, client_id=3, register="sie", adding=True)
    assert advance(answers, Step.CONTACT, Given(value=ANNA), "de") == Step.ADDRESS
    assert answers.changes == {"contact": ANNA}
    answers.changes = {}
    assert advance(answers, Step.ADDRESS, Given(value="frau"), "de") == Step.LIST
    assert answers.changes == {"address": "frau"} and not answers.adding


def test_no_form_of_address_for_du_english_or_one_typed_with_frau():
    for register, language, address in (("du", "de", ""), ("sie", "en", ""), ("sie", "de", "frau")):
        answers = at(Step.CONTACT, client_id=3, register=register, adding=True)
        given = Given(value={**ANNA, "address": address})
        assert advance(answers, Step.CONTACT, given, language) == Step.LIST


def test_skipping_the_contact_person_keeps_the_client_without_one():
    answers = at(Step.CONTACT, client_id=3, register="sie", adding=True)
    assert advance(answers, Step.CONTACT, Given(value="skip"), "de") == Step.LIST
    assert answers.changes == {}


def test_the_contact_person_is_changed_and_removed_from_the_card():
    answers = at(Step.CARD, client_id=3)
    assert advance(answers, Step.CARD, Given(value=Tap("contact", 3))) == Step.CONTACT
    assert advance(answers, Step.CONTACT, Given(value=ANNA), "en") == Step.CARD
    assert answers.changes == {"contact": ANNA} and answers.said == "saved"
    answers.changes = {}
    assert advance(answers, Step.CARD, Given(value=Tap("drop-contact", 3))) == Step.CARD
    assert answers.changes == {"contact": None}
    assert advance(answers, Step.CARD, Given(value=Tap("address", 3))) == Step.ADDRESS


def test_the_name_waiting_for_sie_or_du_is_kept_with_the_step():
    """What the flow data keeps between updates is enough to ask for "Sie" or "du" again."""
    answers = at(Step.ADD_NAME)
    advance(answers, Step.ADD_NAME, Given(text="Kanzlei Roth"), "de")
    assert (Step(answers.step), answers.pending_client) == (Step.ADD_NAME, "Kanzlei Roth")
    assert Step.ADD_REGISTER not in MENUS and Step.ADD_NAME not in MENUS  # paused, not done


def test_skip_while_adding_goes_back_to_the_list_adding_nothing():
    answers = at(Step.ADD_NAME)
    assert advance(answers, Step.ADD_NAME, Given(value="skip"), "de") == Step.LIST
    assert answers.changes == {}


def test_a_new_name_is_saved_and_the_card_comes_back():
    answers = at(Step.RENAME, client_id=7)
    assert advance(answers, Step.RENAME, Given(text="Roth & Partner")) == Step.CARD
    assert answers.changes == {"rename": "Roth & Partner"} and answers.said == "saved"


def test_skip_while_renaming_keeps_the_name():
    answers = at(Step.RENAME, client_id=7)
    assert advance(answers, Step.RENAME, Given(value="skip")) == Step.CARD
    assert answers.changes == {}


def test_done_at_the_list_closes_it():
    assert advance(at(Step.LIST), Step.LIST, Given(value="skip")) == Step.CLOSED
    assert advance(at(Step.CARD), Step.CARD, Given(value=Tap("done"))) == Step.CLOSED


def test_a_client_button_opens_its_card_wherever_the_list_stood():
    answers = at(Step.ADD_REGISTER, pending_client="Half typed")
    assert advance(answers, Step.ADD_REGISTER, Given(value=Tap("open", 3))) == Step.CARD
    assert answers.client_id == 3 and answers.pending_client is None


def test_remove_asks_first_and_yes_removes():
    answers = at(Step.CARD, client_id=3)
    assert advance(answers, Step.CARD, Given(value=Tap("remove", 3))) == Step.CONFIRM_REMOVE
    assert answers.changes == {}
    assert advance(answers, Step.CONFIRM_REMOVE, Given(value="yes")) == Step.LIST
    assert answers.changes == {"remove": True} and answers.said == "removed"


def test_no_to_remove_keeps_the_client_and_shows_its_card():
    answers = at(Step.CONFIRM_REMOVE, client_id=3)
    assert advance(answers, Step.CONFIRM_REMOVE, Given(value="no")) == Step.CARD
    assert answers.changes == {}


def test_switching_sie_and_du_stays_on_the_card_saying_saved():
    answers = at(Step.CARD, client_id=3)
    assert advance(answers, Step.CARD, Given(value=Tap("register", 3))) == Step.CARD
    assert answers.changes == {"switch": True} and answers.said == "saved"


def test_a_client_that_is_gone_shows_the_list_saying_so():
    answers = at(Step.RENAME, client_id=3)
    assert advance(answers, Step.RENAME, Given(value=Tap("gone"))) == Step.LIST
    assert answers.said == "gone" and answers.changes == {}


def test_a_full_list_takes_no_new_client():
    answers = at(Step.LIST)
    assert advance(answers, Step.LIST, Given(value=Tap("full"))) == Step.LIST
    assert answers.said == "full"
    assert advance(at(Step.LIST), Step.LIST, Given(value=Tap("add"))) == Step.ADD_NAME


def test_paging_shows_that_page_of_the_list():
    answers = at(Step.CARD, client_id=3)
    assert advance(answers, Step.CARD, Given(value=Tap("page", page=2))) == Step.LIST
    assert answers.page == 2
