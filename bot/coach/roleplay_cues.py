"""The cues the practice judge looks for, per language (see bot/coach/roleplay.py).

German patterns run over two normalised strings of the answer: `surface` (lower-cased words) and
`lemmas` (simplemma lemmas). In both, every form of "you" (Sie, Ihnen, Ihr…, du, dich, dir,
dein…, euch, euer…) is written `@you`, so one pattern covers an answer in "Sie" and in "du":
"stellen Sie mich durch" and "stell mich durch" both reach the lemmas "stellen … durch".
Each entry is (which string, regex).
"""

from __future__ import annotations

from bot.coach import (
    roleplay_cues_courteous,
    roleplay_cues_de,
    roleplay_cues_en,
    roleplay_cues_pitch,
    roleplay_cues_sarcasm,
    roleplay_cues_scorn,
    roleplay_cues_veiled,
)
from bot.coach.roleplay_cue_form import Cue

YOU = {
    "de": frozenset(
        "s sie ihnen ihr ihre ihren ihrem ihrer ihres du dich dir dein deine deinen deinem deiner "
        "deines euch euer eure euren eurem eurer eures euern".split()
    ),
    "en": frozenset(),  # English has one "you": nothing to fold
}


def _merged(*parts: dict[str, tuple[Cue, ...]]) -> dict[str, tuple[Cue, ...]]:
    """One cue table from several modules; a name found in more than one gets all their cues."""
    table: dict[str, tuple[Cue, ...]] = {}
    for part in parts:
        for name, cues in part.items():
            table[name] = table.get(name, ()) + cues
    return table


CUES: dict[str, dict[str, tuple[Cue, ...]]] = {
    "de": _merged(
        roleplay_cues_de.CUES,
        roleplay_cues_scorn.DE,
        roleplay_cues_veiled.DE,
        roleplay_cues_sarcasm.DE,
        roleplay_cues_pitch.DE,
        roleplay_cues_courteous.DE,
    ),
    "en": _merged(
        roleplay_cues_en.CUES,
        roleplay_cues_scorn.EN,
        roleplay_cues_veiled.EN,
        roleplay_cues_sarcasm.EN,
        roleplay_cues_pitch.EN,
        roleplay_cues_courteous.EN,
    ),
}
