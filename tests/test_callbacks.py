"""Callback codecs: what is packed comes back unchanged, fits Telegram's 64 bytes, and anything
else is refused instead of reaching a handler."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.flows.profile.codecs import ClientAction, ProfileChoice
from bot.ui.callbacks import _REGISTRY, InvalidCallback, pattern, unpack

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
    assert type(value) in _REGISTRY.values()
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
    for cls in _REGISTRY.values():
        assert dataclasses.is_dataclass(cls) and cls.__dataclass_params__.frozen
