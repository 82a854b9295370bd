"""Answering a query: which live public pages match, in what order, with which sentence to show.

Pages with every word of the query (any of its forms, diacritics optional) come first; when fewer than a
results page have them all, pages with most of them follow (a listing filtered by words shows only the first).
Score: the matched terms' weights (title above lead above body) times how rare the word is on the site, plus a
bonus when the page has the very form typed (an exact form above a lemma match, typed diacritics above their
absence). Among equals, newer first.
"""

import difflib
import math
import re
from dataclasses import dataclass

from django.db.models import Case, ExpressionWrapper, F, FloatField, Max, Q, Value, When
from django.db.models.functions import Coalesce, Length
from django.utils.html import escape
from django.utils.safestring import mark_safe

from .analysis import exact_form, fold, lemmas, query_words, words
from .models import SearchDocument, SearchFrequency, SearchTerm, SearchWord

EXACT_FORM_BONUS = 0.25  # of the score when every word occurs as typed in every field (title, lead, body)
SNIPPET_WORDS = 30
MAX_RESULTS = 1000  # nobody pages further; keeps the follow-up queries' id lists bounded
PARTIAL_MATCHES_BELOW = 10  # fewer pages than this with all the words: those with some of them follow


@dataclass
class QueryWord:
    typed: str
    terms: frozenset
    folded: str = ""

    def __post_init__(self):
        self.folded = fold(self.typed)


@dataclass
class Hit:
    page_id: int
    score: float
    date: object = None
    matched: int = 0  # how many of the query's words the page has


def analyse_query(query, language):
    """The query's words with every term each may match: its own lemmas and, for a spelling seen on the
    site ("zolwia" typed for "żółwia"), the lemmas of that spelling."""
    typed = query_words(query, language)
    seen = dict(
        SearchWord.objects.filter(language=language, folded__in=[fold(word) for word in typed]).values_list(
            "folded", "lemmas"
        )
    )
    result = []
    for word in typed:
        terms = set(lemmas(word, language)) | {fold(word)}
        terms.update(seen.get(fold(word), "").split())
        result.append(QueryWord(word, frozenset(terms)))
    return result


def search(query, language, page_ids=None, newest_first=False):
    """Hits for a query in one language, best first. page_ids limits the search to those pages (a listing)."""
    return search_words(analyse_query(query, language), language, page_ids, newest_first)


def search_words(query_words_, language, page_ids=None, newest_first=False):
    """Hits for a query already analysed (analyse_query), so the search page analyses it once for hits and snippets.

    The database scores: one look-up of the stored frequencies says how rare each word is, and one query groups
    the postings of the words' lemmas and exact forms by page and keeps the best MAX_RESULTS, with their dates.
    """
    if not query_words_:
        return []
    all_terms = set().union(*(word.terms for word in query_words_))
    frequency = dict(
        SearchFrequency.objects.filter(language=language, term__in=[*all_terms, ""]).values_list("term", "documents")
    )
    # How rare each query word is on the site (also when page_ids narrows the search): the pages with its most
    # frequent lemma. A word's lemmas are mostly found on the same pages, so this stands for the pages with any of
    # them without counting those (a scan of every posting of a common word); the quality bench ranks the same.
    pages = [max(frequency.get(term, 0) for term in word.terms) for word in query_words_]
    if not any(pages):
        return []
    total = max(frequency.get("", 0), 1)
    rarity = [math.log(1 + total / count) if count else 0.0 for count in pages]
    forms = [exact_form(word.typed) for word in query_words_]
    postings = SearchTerm.objects.filter(language=language, term__in=[*all_terms, *forms])
    if page_ids is not None:
        postings = postings.filter(document_id__in=page_ids)
    # Per page and query word the best weight of any of the word's lemmas (NULL: the page lacks the word), and
    # the weight of its exact form (the sum of the weights of the fields it occurs in, at most 8 + 3 + 1 = 12).
    best = {f"weight{index}": Max("weight", filter=Q(term__in=word.terms)) for index, word in enumerate(query_words_)}
    exact = {f"exact{index}": Max("weight", filter=Q(term=form)) for index, form in enumerate(forms)}
    score = sum(
        (Coalesce(F(f"weight{index}"), 0.0) * Value(rarity[index]) for index in range(len(query_words_))),
        Value(0.0),
    )
    bonus = sum((Coalesce(F(f"exact{index}"), 0.0) for index in range(len(forms))), Value(0.0))
    matched = sum(
        (Case(When(**{f"weight{index}__isnull": False}, then=1), default=0) for index in range(len(query_words_))),
        Value(0),
    )
    rows = list(
        postings.values("document_id")
        .annotate(**best, **exact)
        .annotate(
            score=ExpressionWrapper(score * (1 + bonus * (EXACT_FORM_BONUS / 12)), output_field=FloatField()),
            matched=matched,
            # Every posting carries its page's date: reading it here costs no join with the documents.
            date=Max("date"),
        )
        .order_by("-matched", "-score", F("date").desc(nulls_last=True), "document_id")
        .values_list("document_id", "score", "matched", "date")[:MAX_RESULTS]
    )
    if not rows:
        return []
    # Pages with every word first; with none having them all, those with most of them. Where fewer than a
    # results page have the most, pages with fewer of the words follow them (a visitor still sees what is near),
    # but never in a listing filtered by the words (newest_first), which shows only what matches them.
    most = rows[0][2]
    only_most = newest_first or most == 1 or sum(row[2] == most for row in rows) >= PARTIAL_MATCHES_BELOW
    hits = [
        Hit(document_id, score, date, count)
        for document_id, score, count, date in rows
        if count == most or not only_most
    ]
    # Scores equal but for the floating-point rounding of the databases are equal: newer first among them.
    # (The pages with more of the words stay first: sorted by the count of words, then the score.)
    hits.sort(
        key=lambda hit: (
            -hit.matched,
            -round(hit.score, 6),
            -(hit.date.toordinal() if hit.date else 0),
            hit.page_id,
        )
    )
    if newest_first:
        # The news listing: relevance in coarse bands, newer first within a band.
        hits.sort(key=lambda hit: (-round(math.log(1 + hit.score), 1), -(hit.date.toordinal() if hit.date else 0)))
    return hits


def snippet(document, query_words_, language):
    """The sentence of the lead or body (else the title) with most of the query's words, marked, as HTML."""
    best, best_count = None, 0
    for text in (document.lead, document.body, document.title):
        for sentence in re.split(r"(?<=[.!?…])\s+|\n+", text or ""):
            tokens = re.split(r"(\w+)", sentence)
            marks, found = [], set()
            for index in range(1, len(tokens), 2):
                for word in query_words_:
                    if fold(tokens[index]) in word.terms or lemmas(tokens[index], language) & word.terms:
                        marks.append(index)
                        found.add(word.typed)
                        break
            if len(found) > best_count:
                best, best_count = (tokens, marks), len(found)
                if best_count == len(query_words_):
                    return _highlight(*best)
    return _highlight(*best) if best else ""


def _highlight(tokens, marks):
    word_positions = [index for index in range(1, len(tokens), 2)]
    if len(word_positions) > SNIPPET_WORDS:
        first = word_positions.index(marks[0])
        start = max(0, min(first - SNIPPET_WORDS // 3, len(word_positions) - SNIPPET_WORDS))
        keep_from, keep_to = word_positions[start], word_positions[start + SNIPPET_WORDS - 1]
        prefix = "… " if start else ""
        suffix = " …" if start + SNIPPET_WORDS < len(word_positions) else ""
        tokens = tokens[keep_from : keep_to + 1]
        marks = [index - keep_from for index in marks if keep_from <= index <= keep_to]
    else:
        prefix = suffix = ""
    marked = set(marks)
    html = "".join(
        f"<mark>{escape(token)}</mark>" if index in marked else escape(token) for index, token in enumerate(tokens)
    )
    return mark_safe(escape(prefix) + html.strip() + escape(suffix))  # noqa: S308  (every part escaped above)


def suggestion(query, language):
    """A spelling from the site's own words close to what was typed, or "" when none is close enough."""
    corrected, changed = [], False
    for word in words(query):
        folded = fold(word)
        if SearchWord.objects.filter(language=language, folded=folded).exists() or len(folded) < 3:
            corrected.append(word)
            continue
        candidates = (
            SearchWord.objects.filter(language=language, folded__startswith=folded[0])
            .annotate(length=Length("folded"))
            .filter(length__range=(len(folded) - 2, len(folded) + 2))
            .values_list("folded", "shown")[:20000]
        )
        shown_by_folded = dict(candidates)
        close = difflib.get_close_matches(folded, list(shown_by_folded), n=1, cutoff=0.75)
        if close:
            corrected.append(shown_by_folded[close[0]])
            changed = True
        else:
            corrected.append(word)
    return " ".join(corrected) if changed else ""


@dataclass
class Result:
    page: object
    snippet: str


def results_for(hits, query_words_, language):
    """The pages of some hits (one results page), in order, each with its snippet (query_words_: analyse_query's)."""
    from wagtail.models import Page

    ids = [hit.page_id for hit in hits]
    # Live only: a page unpublished a moment ago is never shown, even before the index hears of it.
    pages = {page.pk: page for page in Page.objects.live().filter(pk__in=ids).specific()}
    documents = {document.page_id: document for document in SearchDocument.objects.filter(page_id__in=ids)}
    return [
        Result(pages[page_id], snippet(documents[page_id], query_words_, language))
        for page_id in ids
        if page_id in pages and page_id in documents
    ]
