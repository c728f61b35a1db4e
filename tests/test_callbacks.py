"""Callback codecs: what is packed comes back unchanged, fits Telegram's 64 bytes, and anything
else is refused instead of reaching a handler."""

from __future__ import annotations

import dataclasses
from typing import ClassVar

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.flows.profile.codecs import ClientAction, ProfileChoice
from bot.offline.telegram_offline import OfflineBotAPI
from bot.runtime.app import build_application
from bot.ui.callbacks import (
    CallbackData,
    InvalidCallback,
    pattern,
    register_codecs,
    registered_codecs,
    unpack,
)
from tests.conftest import make_settings, sqlite_url


@pytest.fixture(scope="module", autouse=True)
def every_feature(tmp_path_factory):
    """Each feature registers its buttons as the application is built (its setup.py)."""
    directory = tmp_path_factory.mktemp("codecs")
    build_application(make_settings(sqlite_url(directory), directory), request=OfflineBotAPI())


SAFE_TEXT = st.text(
    alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_./+-", max_size=30
)


@given(step=st.integers(min_value=0, max_value=999), value=SAFE_TEXT)
def test_round_trip(step, value):
    data = ProfileChoice(step=step, value=value)
    packed = data.pack()
    assert len(packed.encode()) <= 64
    assert unpack(packed) == data


@given(st.text(max_size=80))
def test_random_data_never_crashes(raw):
    try:
        value = unpack(raw)
    except InvalidCallback:
        return
    assert type(value) in registered_codecs()
    assert value.pack() == raw  # only data this bot could have produced is accepted


def test_values_that_could_smuggle_fields_are_refused_when_packing():
    with pytest.raises(ValueError):
        ProfileChoice(step=1, value="a:b").pack()
    with pytest.raises(ValueError):
        ProfileChoice(step=1, value="x" * 70).pack()


def test_prefix_patterns_do_not_overlap():
    assert pattern(ProfileChoice).match("pf:1:x")
    assert not pattern(ProfileChoice).match("pf.skip:1")
    assert not pattern(ClientAction).match("cl.open:3")


def test_every_codec_is_a_frozen_dataclass():
    assert len(registered_codecs()) > 30  # every feature's buttons, and the shared ones
    for cls in registered_codecs():
        assert dataclasses.is_dataclass(cls) and cls.__dataclass_params__.frozen


def test_two_features_cannot_claim_one_prefix():
    @dataclasses.dataclass(frozen=True)
    class Impostor(CallbackData):
        prefix: ClassVar[str] = ProfileChoice.prefix
        value: str

    with pytest.raises(TypeError):
        register_codecs(Impostor)
    assert type(unpack(ProfileChoice(step=1, value="x").pack())) is ProfileChoice
