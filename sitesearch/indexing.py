"""Keeping the search index in step with the live pages.

What is indexed is what the public sees: a page's live version as stored (never a draft held in
memory), in the language of its locale. Private sections are filtered out when searching, so a view
restriction added or removed later needs no re-indexing.
"""

import math
import multiprocessing
import os
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor

from django.db import connection, connections, transaction
from django.utils.html import strip_tags
from wagtail.models import Locale, Page
from wagtail.search import index

from .analysis import exact_form, fold, is_stop_word, lemmas, words
from .models import SearchDocument, SearchFrequency, SearchTerm, SearchWord

# Fields shown as a page's summary rank between its title and its body.
SUMMARY_FIELDS = ("lead", "intro", "hero_text", "description")
FIELD_WEIGHTS = {"title": 8.0, "lead": 3.0, "body": 1.0}
MAX_TERM_LENGTH = 64


def _plain(value):
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "\n".join(_plain(item) for item in value)
    return " ".join(strip_tags(str(value)).split())


def page_texts(page):
    """(title, lead, body) of a specific page as plain text, from the fields it declares searchable."""
    lead, body = [], []
    for field in page.search_fields:
        if not isinstance(field, index.SearchField) or field.field_name == "title":
            continue
        text = _plain(field.get_value(page))
        if text:
            (lead if field.field_name in SUMMARY_FIELDS else body).append(text)
    return page.title, "\n".join(lead), "\n".join(body)


def page_date(page):
    value = getattr(page, "date", None) or page.first_published_at
    return value.date() if hasattr(value, "date") else value


def analyse_document(language, title, lead, body):
    """Term weights of a document and the word forms it contains: {term: weight}, {folded: (shown, lemmas)}.

    The terms are the words' lemmas, weighted by field and count, and their exact forms (analysis.exact_form),
    weighted by the fields they occur in: the exact-form bonus of engine.search.
    """
    counts = defaultdict(Counter)
    exact_fields = defaultdict(set)
    forms = {}
    for field, text in (("title", title), ("lead", lead), ("body", body)):
        for word in words(text):
            if is_stop_word(word, language):
                continue
            exact_fields[exact_form(word)].add(field)
            word_lemmas = lemmas(word, language)
            for lemma in word_lemmas:
                if len(lemma) <= MAX_TERM_LENGTH:
                    counts[lemma][field] += 1
            folded = fold(word)
            if len(folded) <= MAX_TERM_LENGTH and folded not in forms:
                forms[folded] = (word.lower()[:MAX_TERM_LENGTH], " ".join(sorted(word_lemmas))[:255])
    # Repeating a word helps less and less: a page is not ten times as relevant for saying it ten times.
    weights = {
        term: sum(FIELD_WEIGHTS[field] * (1 + math.log(count)) for field, count in by_field.items())
        for term, by_field in counts.items()
    }
    weights.update(
        (term, sum(FIELD_WEIGHTS[field] for field in fields))
        for term, fields in exact_fields.items()
        if len(term) <= MAX_TERM_LENGTH
    )
    return weights, forms


def index_page(page):
    """Index one page's live version (or drop it from the index when it is not live)."""
    stored = Page.objects.filter(pk=page.pk, live=True).specific().first()
    if stored is None:
        remove([page.pk])
        return
    index_pages([stored])


def index_pages(pages, replace=True):
    """Index live specific pages in bulk (the rebuild command and the per-page hook both come here).

    replace=False skips removing what was indexed before and counting frequencies (the rebuild, which starts
    from empty tables and counts them at the end).
    """
    pages = list(pages)
    languages = dict(Locale.objects.values_list("pk", "language_code"))
    documents, terms, seen_forms = [], [], {}
    for page in pages:
        language = languages[page.locale_id].split("-")[0]
        title, lead, body = page_texts(page)
        weights, forms = analyse_document(language, title, lead, body)
        date = page_date(page)
        documents.append(
            SearchDocument(page_id=page.pk, language=language, title=title, lead=lead, body=body, date=date)
        )
        terms.extend((page.pk, language, term, weight, date) for term, weight in weights.items())
        for folded, (shown, word_lemmas) in forms.items():
            seen_forms.setdefault((language, folded), (shown, word_lemmas))
    with transaction.atomic():
        if replace:
            remove([page.pk for page in pages])
        SearchDocument.objects.bulk_create(documents, batch_size=500)
        insert_terms(terms)
        if replace:
            added = Counter((language, term) for _page, language, term, _weight, _date in terms)
            added.update((document.language, "") for document in documents)
            count_frequencies(added)
        SearchWord.objects.bulk_create(
            [
                SearchWord(language=language, folded=folded, shown=shown, lemmas=word_lemmas)
                for (language, folded), (shown, word_lemmas) in seen_forms.items()
            ],
            batch_size=5000,
            ignore_conflicts=True,
        )


def remove(page_ids):
    """Drop pages from the index, and count their terms out of the frequencies.

    Plain SQL: the ORM's delete would load every term row first (other apps listen to deletions of any model),
    and index rows are not content: no signal needs to hear of them. RETURNING (PostgreSQL, SQLite ≥ 3.35)
    tells which rows this very statement deleted, so a page removed twice at once is counted out once.
    """
    placeholders = ", ".join(["%s"] * len(page_ids))
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            f"DELETE FROM {SearchTerm._meta.db_table} WHERE document_id IN ({placeholders})"  # noqa: S608
            " RETURNING language, term",
            page_ids,
        )
        gone = Counter(tuple(row) for row in cursor.fetchall())
        cursor.execute(
            f"DELETE FROM {SearchDocument._meta.db_table} WHERE page_id IN ({placeholders})"  # noqa: S608
            " RETURNING language",
            page_ids,
        )
        gone.update((language, "") for (language,) in cursor.fetchall())
        count_frequencies({key: -count for key, count in gone.items()})


def count_frequencies(changes):
    """Add {(language, term): documents} to the stored frequencies (negative to take away). Rows go in key order,
    so two pages indexed at once lock shared terms in the same order and neither waits for the other in turn."""
    table = SearchFrequency._meta.db_table
    rows = sorted((language, term, count) for (language, term), count in changes.items() if count)
    with connection.cursor() as cursor:
        for start in range(0, len(rows), 500):
            batch = rows[start : start + 500]
            values = ", ".join(["(%s, %s, %s)"] * len(batch))
            cursor.execute(
                f"INSERT INTO {table} (language, term, documents) VALUES {values}"  # noqa: S608  (our own table)
                f" ON CONFLICT (language, term) DO UPDATE SET documents = {table}.documents + excluded.documents",
                [value for row in batch for value in row],
            )


def count_all_frequencies():
    """Count every term's documents afresh, and each language's documents (the empty term)."""
    table = SearchFrequency._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {table}")  # noqa: S608
        cursor.execute(
            f"INSERT INTO {table} (language, term, documents)"  # noqa: S608
            f" SELECT language, term, COUNT(*) FROM {SearchTerm._meta.db_table} GROUP BY language, term"
        )
        cursor.execute(
            f"INSERT INTO {table} (language, term, documents)"  # noqa: S608
            f" SELECT language, '', COUNT(*) FROM {SearchDocument._meta.db_table} GROUP BY language"
        )


def insert_terms(rows):
    """Store (document_id, language, term, weight, date) rows: PostgreSQL's COPY where available (a rebuild writes
    millions), else one bulk insert."""
    if connection.vendor == "postgresql":
        table = SearchTerm._meta.db_table
        with (
            connection.cursor() as cursor,
            cursor.cursor.copy(
                f"COPY {table} (document_id, language, term, weight, date) FROM STDIN"  # noqa: S608  (our own table name)
            ) as copy,
        ):
            for row in rows:
                copy.write_row(row)
        return
    SearchTerm.objects.bulk_create(
        [SearchTerm(document_id=d, language=lang, term=t, weight=w, date=day) for d, lang, t, w, day in rows],
        batch_size=5000,
    )


def _index_batches(ids, batch_size, progress=None, done_before=0, total=None):
    for start in range(0, len(ids), batch_size):
        index_pages(Page.objects.filter(pk__in=ids[start : start + batch_size]).specific(), replace=False)
        if progress:
            progress(done_before + min(start + batch_size, len(ids)), total or len(ids))


def _index_share(ids, batch_size):
    """A worker process's share of a rebuild (forked: it opens its own database connection)."""
    _index_batches(ids, batch_size)
    connections.close_all()
    return len(ids)


def rebuild(batch_size=500, progress=None, workers=None):
    """Index every live page afresh; returns how many were indexed.

    On PostgreSQL the pages are shared out between worker processes (one per core by default): the analysis
    is Python-bound, and each process writes its own batches. SQLite allows one writer, so it uses one.
    """
    tables = ", ".join(model._meta.db_table for model in (SearchTerm, SearchDocument, SearchWord, SearchFrequency))
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql" and not connection.in_atomic_block:
            # Emptied at once, files and indexes too: rows deleted one by one would leave the tables and the
            # covering index twice their size until a vacuum, and the new rows slower to write among them.
            # (Not inside a transaction, such as a test's: its deferred constraint checks forbid a TRUNCATE.)
            cursor.execute(f"TRUNCATE {tables}")
        else:
            for table in tables.split(", "):
                cursor.execute(f"DELETE FROM {table}")  # noqa: S608
    ids = list(Page.objects.live().filter(depth__gt=1).values_list("pk", flat=True).order_by("pk"))
    if workers is None:
        workers = os.cpu_count() or 1
    if connection.vendor != "postgresql" or workers < 2 or len(ids) < 2 * batch_size or connection.in_atomic_block:
        _index_batches(ids, batch_size, progress)
        count_all_frequencies()
        return len(ids)
    shares = [ids[number::workers] for number in range(workers)]
    # Children must not share the parent's connection: close it, each process opens its own.
    connections.close_all()
    done = 0
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork")) as pool:
        for count in pool.map(_index_share, shares, [batch_size] * workers):
            done += count
            if progress:
                progress(done, len(ids))
    count_all_frequencies()
    # Fresh statistics, and the visibility map that lets queries read the covering index alone.
    with connection.cursor() as cursor:
        for model in (SearchTerm, SearchDocument, SearchFrequency, SearchWord):
            cursor.execute(f"VACUUM ANALYZE {model._meta.db_table}")  # noqa: S608
    return len(ids)
