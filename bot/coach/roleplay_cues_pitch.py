"""Positive evidence of an honest first contact that the listed cues of roleplay_cues_<lang>.py
miss (bot/coach/roleplay_cues.py adds these to them): the call named as what it is ("ein
Verkaufsanruf", "an introductory call"), and a product or service named as the reason
("eine Zeiterfassungs-App", "a seminar on pricing"). A line that also makes a false claim or is
rude is still not honest (bot/coach/roleplay.py)."""

from __future__ import annotations

from bot.coach.roleplay_cue_form import Cue
from bot.coach.roleplay_cue_form import cues as _cues

DE: dict[str, tuple[Cue, ...]] = {
    "admits_first": _cues(
        ("surface", r"\b(verkaufs|werbe|akquise|kalt|erst|vertriebs|info)anruf\w*\b"),
    ),
    "first_contact": _cues(
        (
            "surface",
            r"\b(ein|eine|einen|unser\w*) [\w-]*(app|software|lösung|tool|training|schulung|seminar|"
            r"workshop|programm|plattform|dienstleistung)\b",
        ),
        (
            "surface",
            r"\bob\b[^.!?]{0,40}\b(ein thema|interessant|interesse|in frage|passen würde|sinnvoll)\b"
            r"|\b(unsere firma|wir) (macht|machen|bietet|bieten)\b",
        ),
        ("surface", r"\bwir haben (eine|ein|einen) [\w-]+ (für|zur|zum|gegen)\b"),
        # "Es geht um Zeiterfassung.": a named subject, not "um etwas" or "um ihn"
        (
            "surface",
            r"\bes geht um (?!(etwas|was|ihn|@you|das|es|nichts|eine sache|ein thema|eine "
            r"angelegenheit|geld)\b)[\w-]{4,}",
        ),
        # "mit Herrn Berger gern über eine betriebliche Altersvorsorge sprechen": a named subject
        (
            "surface",
            r"\büber (?!(etwas|was|ihn|@you|das|es|dies\w*|nichts|eine sache|ein thema|eine "
            r"angelegenheit|geld|ein projekt|eine kooperation|eine zusammenarbeit|die sache|"
            r"unser\w*|sein\w*)\b)[^.!?]{4,60}\b(sprechen|reden|unterhalten|austauschen)\b",
        ),
    ),
    # "Ich bin von Hanse Versicherungsmakler" (not "von Ihrem IT-Dienstleister": a claim)
    "identity": _cues(
        ("surface", r"\bich bin (von|vom|bei) (?!(@you|ihm|ihn|sein\w*)\b)\w+"),
    ),
}

EN: dict[str, tuple[Cue, ...]] = {
    "admits_first": _cues(
        ("surface", r"\b(sales|cold|first|introductory|prospecting|marketing) call\b"),
    ),
    "first_contact": _cues(
        (
            "surface",
            r"\b(a|an|our|my client'?s|their) ([\w-]+ ){0,2}(app|software|solution|tool|training|"
            r"seminar|workshop|platform|programme|service)\b",
        ),
        ("surface", r"\bwe (have|'ve got) an? [\w-]+ (\w+ )?(for|to)\b"),
        (
            "surface",
            r"\b(it'?s|it is) about (?!(time|him|her|it|this|that|something|a matter|a thing|"
            r"business|money)\b)[\w-]{4,}",
        ),
        # "speak to Mr Berger about a workplace pension scheme": a named subject
        (
            "surface",
            r"\b(speak|talk|chat|have a word)\w* (to|with) [^.!?]{0,40}\babout (?!(the|something|"
            r"it|this|that|him|her|his|a matter|a thing|business|money|an? (business |personal |"
            r"private )?(partnership|collaboration|project|opportunity|matter|issue|thing))\b)"
            r"[\w-]{2,}",
        ),
    ),
    # "I'm from Harbour Insurance Brokers" (not "from your IT provider": a claim)
    "identity": _cues(
        (
            "surface",
            r"\b(i'?m|i am|we'?re|we are) from (?!(your|his|her|the same|here|there|around|"
            r"nearby)\b)[a-z]",
        ),
    ),
}
