"""The CallbackContext every handler gets: the database, settings and the user's language."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from telegram import Update
from telegram.ext import Application, CallbackContext, ExtBot

from bot.i18n import Translator, pick_language, translator

if TYPE_CHECKING:
    from bot.config import Settings
    from bot.db.session import Database

LANGUAGE_KEY = "lang"


class CoachContext(CallbackContext[ExtBot, dict, dict, dict]):
    _telegram_language: str | None = None

    @classmethod
    def from_update(cls, update: object, application: Application) -> CoachContext:
        context = super().from_update(update, application)
        if isinstance(update, Update) and update.effective_user:
            context._telegram_language = update.effective_user.language_code
        return context

    @property
    def database(self) -> Database:
        return self.application.database  # type: ignore[attr-defined]

    @property
    def settings(self) -> Settings:
        return self.application.settings  # type: ignore[attr-defined]

    @property
    def language(self) -> str:
        stored = self.user_data.get(LANGUAGE_KEY) if self.user_data is not None else None
        return pick_language(stored, self._telegram_language)

    def set_language(self, language: str) -> None:
        if self.user_data is not None:
            self.user_data[LANGUAGE_KEY] = language

    @property
    def tr(self) -> Translator:
        return translator(self.language)

    def scratch(self, flow: str) -> dict[str, Any]:
        """This flow's unfinished answers, kept in persisted user_data until the flow ends."""
        assert self.user_data is not None
        return self.user_data.setdefault(flow, {})
