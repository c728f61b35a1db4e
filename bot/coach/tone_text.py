"""Text handling for the reply check: tokens with character offsets, cached lemmas, the reply's
language and, for German, its register (Sie or du).

Tokens keep their offsets into the original text so every finding can point at the words that
showed it. Each token carries a small set of forms (lower-cased surface, simplemma lemma of the
token and of its lower-cased form); the patterns in tone_patterns.py match against those forms,
so "schlage", "schlägst" and "vorschlagen" all meet the lemma "schlagen"/"vorschlagen" without
listing word forms by hand. Lemmas are cached per (token, language): a 300-word email costs a few
hundred dictionary look-ups the first time and set look-ups after that.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import simplemma

SUPPORTED = ("de", "en")
OTHER = "other"
DEFAULT = "en"

_ABBREVIATIONS = (
    r"(?:Dr|Mr|Mrs|Ms|Prof|Hr|Fr|bzw|ca|inkl|evtl|ggf|usw|etc|vs|Nr|St|z\.\s?B|u\.\s?a|d\.\s?h)\."
)
# ("Jänner" and "Feber" are Austrian)
_MONTHS = r"(?:jan|jän|feb|mär|mar|apr|mai|jun|jul|aug|sep|okt|nov|dez|des\b)"
TOKEN = re.compile(
    rf"""
    (?P<abbr>(?<!\w){_ABBREVIATIONS})
  | (?P<num>\d{{1,2}}\.\d{{1,2}}\.(?:\d{{2,4}})?       # 12.3. / 12.03.2025
      | \d{{1,2}}\.(?=\s*{_MONTHS})                   # 5. März
      | \d{{1,2}}\.(?=[ \t]+(?-i:[a-zäöüß]))               # ab dem 14. könnte ich (no full stop)
      | \d+(?:[.,:]\d+)*)                             # 40, 7:30, 1.000,50
  | (?P<word>[^\W_]+(?:['’\-][^\W_]+)*(?:[:*_/]in(?:nen)?\b)?)   # Kund:innen, can't, E-Mail
  | (?P<newline>\n)
  | (?P<other>[^\w\s])
    """,
    re.VERBOSE | re.IGNORECASE,
)
# Symbols that sit inside a clause ("50 %", "$40/hour"); every other symbol or emoji ends a clause.
INLINE = frozenset("%€$£/&+-@#*°'’")
SENTENCE_END = frozenset(".!?;\n…")


@dataclass(slots=True)
class Token:
    text: str
    start: int
    end: int
    low: str  # lower-cased surface, typographic apostrophe normalised
    forms: frozenset[str]
    is_num: bool
    clause_break: bool  # punctuation, emoji or a line break: gaps in patterns stop here
    sentence_break: bool
    clause: int = 0  # index of the clause the token belongs to
    sentence: int = 0


def is_word(token: Token) -> bool:
    """A word or a number, not punctuation, an emoji or a line break."""
    return token.text[:1].isalnum()


def clause_indices(tokens: list[Token]) -> dict[int, list[int]]:
    """The indices of each clause's tokens, clauses in reading order."""
    grouped: dict[int, list[int]] = {}
    for index, token in enumerate(tokens):
        grouped.setdefault(token.clause, []).append(index)
    return grouped


def _is_symbol(char: str) -> bool:
    return unicodedata.category(char)[0] in "SP"


# Object pronouns keep their surface: simplemma makes "me" "I", and "drop me a message" is not
# "I ... message" (a commitment).
_OBJECT_PRONOUNS = frozenset("me us him them".split())
# Typed on a phone without the apostrophe ("video editing isnt something i do", "im strictly
# admin"): read as the contraction too. ("cant", "wont", "id" and "ill" are words of their own.)
_UNAPOSTROPHED = {
    word.replace("'", ""): word
    for word in (
        "isn't aren't wasn't weren't don't doesn't didn't haven't hasn't hadn't wouldn't "
        "shouldn't i'm i've"
    ).split()
}


@lru_cache(maxsize=65536)
def word_forms(surface: str, language: str) -> frozenset[str]:
    """Lower-cased surface plus lemmas; contractions keep their surface only ("won't" is not
    "will": simplemma would drop the negation), and so do English object pronouns."""
    low = surface.lower().replace("’", "'")
    if language not in SUPPORTED or "n't" in low or not surface[:1].isalpha():
        return frozenset((low,))
    if language == "en" and low in _OBJECT_PRONOUNS:
        return frozenset((low,))
    if language == "en" and low in _UNAPOSTROPHED:
        return frozenset((low, _UNAPOSTROPHED[low]))
    forms = {low}
    for variant in (surface, low) if surface != low else (surface,):
        try:
            forms.add(simplemma.lemmatize(variant, lang=language).lower())
        except (ValueError, KeyError):  # pragma: no cover - simplemma rejects odd input
            pass
    return frozenset(forms)


def _continues(text: str, position: int) -> bool:
    """True when the next line goes on in lower case, as in a hard-wrapped email."""
    following = text[position : position + 40].lstrip(" \t")
    return following[:1].islower()


# Words after which a capitalised word is a name ("Frau Klein", "Hi Rachel"): names match no
# cue, so "Klein" is not "klein" (smaller scope) and "Mr. Young" is not "young".
TITLES = frozenset(
    "frau herr herrn fr. hr. dr. prof. mr. mrs. ms. dear liebe lieber hallo hi hey moin servus "
    "hello morning guten sehr geehrte geehrter".split()
)


def tokenize(text: str, language: str) -> list[Token]:
    tokens: list[Token] = []
    clause = sentence = 0
    name_slots = 0
    for match in TOKEN.finditer(text):
        kind = match.lastgroup
        surface = match.group()
        if kind in ("word", "abbr"):
            low = surface.lower().replace("’", "'")
            token = Token(
                surface, match.start(), match.end(), low, frozenset(), False, False, False
            )
            if low in TITLES:
                token.forms = word_forms(surface, language)
                name_slots = 2
            elif name_slots and surface[:1].isupper():
                token.forms = frozenset((f"@{low}",))
                name_slots -= 1
            else:
                token.forms = word_forms(surface, language)
                name_slots = 0
        elif kind == "num":
            name_slots = 0
            low = surface.lower()
            token = Token(
                surface, match.start(), match.end(), low, frozenset((low,)), True, False, False
            )
        elif kind == "newline" and _continues(text, match.end()):
            continue  # a hard-wrapped line: the sentence goes on
        else:
            name_slots = 0
            inline = surface in INLINE or (kind == "other" and not _is_symbol(surface))
            ends_sentence = surface in SENTENCE_END or (
                kind == "other" and not inline and unicodedata.category(surface)[0] == "S"
            )
            token = Token(
                surface,
                match.start(),
                match.end(),
                surface,
                frozenset((surface,)),
                False,
                not inline,
                ends_sentence,
            )
        token.clause, token.sentence = clause, sentence
        tokens.append(token)
        if token.clause_break:
            clause += 1
        if token.sentence_break:
            sentence += 1
    return tokens


# Function words per language, to tell German and English from each other and from a third
# language. Not user-visible, so they live here rather than in content/.
_STOPWORDS = {
    "de": "der die das und ist nicht ich sie es ein eine einen zu mit für auf sind bin bis dass wir ihr "
    "ihnen du dich dir dein deine mein meine den dem des im am vom zum zur auch aber noch schon leider "
    "gern gerne bitte danke vielen grüße hallo sehr kann können werde wird wäre würde habe hast hat mir "
    "mich uns euch was wie wenn weil oder nur diese dieser heute morgen woche liebe lieber geht mache "
    "schaffe kein keine",
    "en": "the and to of a you your i is are am be for with on in it that this my me we not can can't "
    "will i'll i'm i'd just but so if by at thanks thank hi hello please sorry would could have has do "
    "don't from as our about what when won't unfortunately tomorrow week today best regards",
    "fr": "le la les et je vous tu ne pas un une des du pour avec est sont suis mais merci bonjour oui non "
    "que qui ce cette mon ma mes votre vos ton ta au aux sur dans plus très bien semaine demain peux "
    "pouvons malheureusement cordialement",
    "es": "el los las y que un una es son estoy no sí para con por pero gracias hola mi mis tu tus su sus "
    "este esta semana mañana puedo puede lo le se muy también cuando porque saludos lamentablemente",
    "it": "il gli e che di un una è sono non per con ma grazie ciao mio mia tuo tua suo questa questo "
    "settimana domani posso può anche molto quando perché purtroppo saluti",
    "nl": "het een en is zijn ik je jij u niet met voor op maar bedankt dank hallo mijn uw jouw deze dit "
    "morgen kunnen ook heel wanneer omdat wij helaas groeten",
    "pt": "o os as e que em um uma é são não para com mas obrigado obrigada olá meu minha seu sua esta "
    "este semana amanhã posso pode também muito quando porque você infelizmente",
}
STOPWORDS = {language: frozenset(words.split()) for language, words in _STOPWORDS.items()}
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def detect_language(text: str, hint: str | None = None) -> str:
    """ "de", "en" or "other". A given language (de/en) wins unless the text clearly reads as
    another language (at least three function words of it, twice as many as of the hint)."""
    counts = dict.fromkeys(STOPWORDS, 0)
    for word in _WORD.findall(text[:20000]):
        low = word.lower().replace("’", "'")
        for language, words in STOPWORDS.items():
            if low in words:
                counts[language] += 1
    best = max(counts, key=lambda language: (counts[language], language in SUPPORTED))
    hint = hint if hint in SUPPORTED else None
    if hint:
        if best != hint and counts[best] >= 3 and counts[best] >= 2 * counts[hint]:
            return best if best in SUPPORTED else OTHER
        return hint
    if counts[best] == 0:
        return DEFAULT
    if best not in SUPPORTED and counts[best] < 2:
        return max(SUPPORTED, key=lambda language: counts[language])
    return best if best in SUPPORTED else OTHER


_DU = frozenset(
    "du dich dir dein deine deinen deinem deiner deines euch euer eure euren eurem eurer".split()
)
_SIE = frozenset(("Sie", "Ihnen", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres"))


def detect_register(tokens: list[Token]) -> str:
    """ "du" or "sie" for a German reply (capitalised Sie-forms that do not open a sentence count
    as formal); "sie" when nothing shows."""
    du = sie = 0
    opens_sentence = True
    for token in tokens:
        if token.clause_break:
            opens_sentence = opens_sentence or token.sentence_break
            continue
        if token.low in _DU:
            du += 1
        elif token.text in _SIE and (not opens_sentence or token.text == "Ihnen"):
            sie += 1
        opens_sentence = False
    return "du" if du > sie else "sie"
