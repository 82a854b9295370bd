"""The stored frequencies (how many pages of a language have each term) follow every change of the live pages."""

import datetime
from collections import Counter

from wagtail.models import Locale

from sitesearch import engine
from sitesearch.indexing import rebuild
from sitesearch.models import SearchDocument, SearchFrequency, SearchTerm
from tests.site_tree import SiteTreeTestCase, add_article, translate


def stored():
    return {
        (language, term): documents
        for language, term, documents in SearchFrequency.objects.values_list("language", "term", "documents")
        if documents
    }


def counted_afresh():
    counts = Counter(SearchTerm.objects.values_list("language", "term"))
    counts.update((language, "") for language in SearchDocument.objects.values_list("language", flat=True))
    return dict(counts)


class FrequencyTests(SiteTreeTestCase):
    def assertFrequenciesRight(self):
        self.assertEqual(stored(), counted_afresh())

    def pages_with(self, term, language="pl"):
        return stored().get((language, term), 0)

    def test_the_site_tree_published_page_by_page_is_counted_right(self):
        self.assertFrequenciesRight()
        self.assertEqual(self.pages_with(""), SearchDocument.objects.filter(language="pl").count())

    def test_a_published_page_counts_its_terms_once_each(self):
        before = self.pages_with("zolw")
        add_article(self.tree, datetime.date(2020, 5, 1), title="Żółw i żółwie", lead="Żółwia widziano w stawie.")
        self.assertEqual(self.pages_with("zolw"), before + 1)
        self.assertEqual(self.pages_with("=żółw"), 1)  # the exact form, in the title only
        self.assertFrequenciesRight()

    def test_an_edited_page_moves_its_counts_from_old_words_to_new(self):
        page = add_article(self.tree, datetime.date(2020, 5, 1), title="Żółw w stawie", lead="Opowieść.")
        turtles, hedgehogs = self.pages_with("zolw"), self.pages_with("jez")
        page.title = "Jeż w ogrodzie"
        page.lead = "Opowieść o jeżu."
        page.body = []
        page.save_revision().publish()
        self.assertEqual(self.pages_with("zolw"), turtles - 1)
        self.assertEqual(self.pages_with("jez"), hedgehogs + 1)
        self.assertFrequenciesRight()

    def test_a_draft_changes_nothing(self):
        page = add_article(self.tree, datetime.date(2020, 5, 1), title="Żółw w stawie", lead="Opowieść.")
        before = stored()
        page.title = "Jeż w ogrodzie"
        page.save_revision()
        self.assertEqual(stored(), before)

    def test_an_unpublished_page_is_counted_out(self):
        page = add_article(self.tree, datetime.date(2020, 5, 1), title="Żółw w stawie", lead="Opowieść.")
        documents, turtles = self.pages_with(""), self.pages_with("zolw")
        page.unpublish()
        self.assertEqual(self.pages_with(""), documents - 1)
        self.assertEqual(self.pages_with("zolw"), turtles - 1)
        self.assertFrequenciesRight()

    def test_a_deleted_page_and_its_subpages_are_counted_out(self):
        add_article(self.tree, datetime.date(2020, 5, 1), title="Żółw w stawie", lead="Opowieść.")
        index = self.tree.news_index
        gone = index.get_descendants(inclusive=True).live().count()
        documents = self.pages_with("")
        index.delete()
        self.assertEqual(self.pages_with(""), documents - gone)
        self.assertEqual(self.pages_with("zolw"), 0)
        self.assertFrequenciesRight()

    def test_a_translation_is_counted_in_its_own_language(self):
        page = add_article(self.tree, datetime.date(2020, 5, 1), title="Żółw w stawie", lead="Opowieść.")
        polish, english = self.pages_with(""), self.pages_with("", "en")
        translate(page, Locale.objects.get(language_code="en"), title="A turtle in a pond", lead="A story.")
        self.assertEqual(self.pages_with("", "en"), english + 1)
        self.assertEqual(self.pages_with(""), polish)
        self.assertEqual(self.pages_with("turtl", "en"), 1)
        self.assertFrequenciesRight()

    def test_a_rebuild_counts_the_same_as_page_by_page(self):
        add_article(self.tree, datetime.date(2020, 5, 1), title="Żółw w stawie", lead="Opowieść.")
        before = stored()
        hits = [(hit.page_id, round(hit.score, 6)) for hit in engine.search("żółw w stawie", "pl")]
        rebuild()
        self.assertEqual(stored(), before)
        self.assertEqual([(hit.page_id, round(hit.score, 6)) for hit in engine.search("żółw w stawie", "pl")], hits)
