"""The search index: one document per live page, and its terms (folded lemmas) with their weights.

Kept in ordinary tables rather than a database's own full-text engine so that SQLite (development)
and PostgreSQL (production) find exactly the same pages for the same query.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchDocument(models.Model):
    """What a visitor can find of one live page: its texts as shown, its language and date."""

    page = models.OneToOneField("wagtailcore.Page", on_delete=models.CASCADE, primary_key=True, related_name="+")
    language = models.CharField(_("language"), max_length=8, db_index=True)
    title = models.TextField(_("title"))
    lead = models.TextField(_("lead"), blank=True)
    body = models.TextField(_("body"), blank=True)
    # Newer first among equally good matches (a news article's own date, else its first publication).
    date = models.DateField(_("date"), null=True, blank=True)

    def __str__(self):
        return self.title

    class Meta:
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")


class SearchTerm(models.Model):
    """One folded lemma of one document, weighted by where it occurs (title above lead above body).

    A word's exact form as written (lower case, diacritics kept) is a term too, marked "=" (analysis.exact_form),
    weighted by the fields it occurs in: ranking looks up whether a page has the very form typed in the index
    rather than in the pages' stored text.
    """

    document = models.ForeignKey(SearchDocument, on_delete=models.CASCADE, related_name="terms")
    language = models.CharField(max_length=8)
    term = models.CharField(max_length=64)
    weight = models.FloatField()
    # The document's date, copied into each of its postings: ranking reads it from the covering index.
    date = models.DateField(null=True)

    def __str__(self):
        return self.term

    class Meta:
        indexes = [
            # On PostgreSQL the index also carries the page, weight and date, so ranking reads the index alone
            # (an index-only scan: p95 484 → 253 ms on 20,000 pages in bench/search_speed.py).
            models.Index(
                fields=["language", "term"], include=["document_id", "weight", "date"], name="sitesearch_term_covering"
            )
        ]


class SearchWord(models.Model):
    """A word form seen in the site's text: maps a folded spelling to its lemmas, and feeds suggestions."""

    language = models.CharField(max_length=8)
    folded = models.CharField(max_length=64)
    shown = models.CharField(max_length=64)
    lemmas = models.CharField(max_length=255)

    def __str__(self):
        return self.shown

    class Meta:
        constraints = [models.UniqueConstraint(fields=["language", "folded"], name="sitesearch_word_unique")]


class SearchFrequency(models.Model):
    """How many documents of a language have a term; the empty term counts all the language's documents.

    Kept by indexing (added to and taken from as pages are indexed and removed, recounted by a rebuild), so
    that how rare a query's words are costs one indexed look-up rather than a count over their postings.
    """

    language = models.CharField(max_length=8)
    term = models.CharField(max_length=64, blank=True)
    documents = models.IntegerField()

    def __str__(self):
        return f"{self.term}: {self.documents}"

    class Meta:
        constraints = [models.UniqueConstraint(fields=["language", "term"], name="sitesearch_frequency_unique")]
