"""Text analysis shared by indexing and querying: the same words give the same terms on both sides.

A word becomes its dictionary forms (lemmas), folded to plain ASCII so that diacritics are optional:
Polish through Morfeusz 2 (the SGJP dictionary of the Polish Academy of Sciences, BSD licence: every
form of "Kielce", "wolontariusz", "policja", "Łódź" maps to its lemma), English through the Snowball
stemmer. Words the dictionary does not know are kept as written (folded).
"""

import re
import unicodedata
from functools import lru_cache

import morfeusz2
import snowballstemmer

WORD_RE = re.compile(r"\w+", re.UNICODE)

# Ł/ł have no Unicode decomposition, so NFKD alone would keep them.
_FOLD_TABLE = str.maketrans({"ł": "l", "Ł": "L", "ß": "ss", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O"})

# Words too common to tell pages apart; a query made only of them still searches for them.
STOP_WORDS = {
    "pl": set(
        "a aby albo ale bo by być czy dla do i ich jak jako jest lub ma na nad nie o od oraz po pod przez przy "
        "się są także ten to tu w we z za ze że".split()
    ),
    "en": set(
        "a an and are as at be by for from has have in is it its of on or that the this to was were with".split()
    ),
}


@lru_cache(maxsize=200_000)
def fold(text):
    """Lower case without diacritics: "Łódź" → "lodz", "ŻÓŁW" → "zolw"."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD_TABLE))
    return "".join(char for char in decomposed if not unicodedata.combining(char)).lower()


def words(text):
    """The words of a text, as written."""
    return WORD_RE.findall(text or "")


@lru_cache(maxsize=1)
def _morfeusz():
    return morfeusz2.Morfeusz(generate=False, expand_tags=False)


_english = snowballstemmer.stemmer("english")


@lru_cache(maxsize=200_000)
def lemmas(word, language):
    """The folded dictionary forms of one word in a language (one or more: Polish forms are ambiguous)."""
    lowered = word.lower()
    if language == "pl":
        found = set()
        # Proper names are known capitalised only ("Kielcach" → Kielce, "kielcach" → kielec): ask both ways,
        # so a query typed in lower case finds the place.
        for spelling in {lowered, lowered.capitalize()}:
            for _start, _end, (_form, lemma, tag, _names, _labels) in _morfeusz().analyse(spelling):
                if tag != "ign":  # "ign": unknown to the dictionary, the word itself is kept below
                    found.add(fold(lemma.split(":", 1)[0]))
        return frozenset(found or {fold(lowered)})
    if language == "en":
        return frozenset({_english.stemWord(fold(lowered))})
    return frozenset({fold(lowered)})


def exact_form(word):
    """The index term of a word as written: lower case, diacritics kept, marked "=" (no lemma has it)."""
    return "=" + word.lower()


def is_stop_word(word, language):
    return word.lower() in STOP_WORDS.get(language, ())


def query_words(query, language):
    """The words of a query that are searched for: stop words dropped unless nothing else is left."""
    found = list(dict.fromkeys(word.lower() for word in words(query)))
    meaningful = [word for word in found if not is_stop_word(word, language)]
    return meaningful or found
