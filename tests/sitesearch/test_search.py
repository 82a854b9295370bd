"""Search through the page a visitor uses: word forms, diacritics, ranking, snippets, suggestions."""

import datetime
import re

from django.urls import reverse
from django.utils import translation
from wagtail.models import PageViewRestriction

from sitesearch import engine
from sitesearch.models import SearchDocument
from tests.site_tree import SiteTreeTestCase, add_article


def result_titles(html):
    return re.findall(r'class="search-results__link" href="[^"]+">([^<]+)</a>', html)


class SearchTests(SiteTreeTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        tree = cls.tree
        cls.report = add_article(
            tree,
            datetime.date(2016, 6, 29),
            title="Konferencja zamknęła projekt",
            lead="Spotkanie podsumowało dwa lata pracy.",
            body=[
                {"type": "paragraph", "value": "<p>Gala odbyła się w stolicy. Wyróżniono komendę w Kielcach.</p>"},
                {"type": "paragraph", "value": "<p>Mówiono o pracy wolontariuszy w policji i w Łodzi.</p>"},
            ],
        )
        cls.turtle = add_article(tree, datetime.date(2020, 5, 1), title="Żółw w stawie", lead="Opowieść.")
        cls.in_title = add_article(tree, datetime.date(2010, 1, 1), title="Wolontariusze w szkołach", lead="Krótko.")

    def search(self, query, language="pl"):
        with translation.override(language):
            url = reverse("search")
        return self.html(f"{url}?q={query}")

    def test_an_inflected_place_name_in_the_body_is_found_by_its_base_form(self):
        self.assertIn(self.report.title, result_titles(self.search("Kielce")))

    def test_a_base_form_finds_the_genitive_plural(self):
        self.assertIn(self.report.title, result_titles(self.search("wolontariusz")))

    def test_pages_with_every_word_of_the_query_come_first(self):
        titles = result_titles(self.search("policja Łódź"))
        self.assertEqual(titles[0], self.report.title)

    def test_with_few_pages_having_every_word_those_with_some_of_them_follow(self):
        titles = result_titles(self.search("policja Łódź wolontariusz żółw"))
        self.assertEqual(titles[0], self.report.title)  # three of the four words
        self.assertIn(self.turtle.title, titles)  # one of them each
        self.assertIn(self.in_title.title, titles)

    def test_a_listing_filtered_by_words_shows_only_pages_with_all_of_them(self):
        hits = engine.search("policja Łódź wolontariusz żółw", "pl", newest_first=True)
        self.assertEqual([hit.page_id for hit in hits], [self.report.pk])

    def test_with_no_page_having_every_word_those_with_most_of_them_are_shown(self):
        titles = result_titles(self.search("żółw Łódź"))
        self.assertEqual(sorted(titles), sorted([self.report.title, self.turtle.title]))

    def test_diacritics_are_optional(self):
        self.assertIn(self.turtle.title, result_titles(self.search("zolw")))
        self.assertIn(self.report.title, result_titles(self.search("lodz")))

    def test_an_unaccented_inflected_form_seen_on_the_site_finds_every_form(self):
        add_article(self.tree, datetime.date(2021, 1, 1), title="Ratowanie żółwia", lead="Krótko.")
        titles = result_titles(self.search("zolwia"))
        self.assertIn(self.turtle.title, titles)

    def test_a_title_match_ranks_above_a_body_match(self):
        titles = result_titles(self.search("wolontariusz"))
        self.assertLess(titles.index(self.in_title.title), titles.index(self.report.title))

    def test_the_result_shows_the_matching_sentence_with_the_words_marked(self):
        html = self.search("Kielce")
        self.assertIn("Wyróżniono komendę w <mark>Kielcach</mark>.", html)

    def test_the_snippet_prefers_the_sentence_with_most_query_words(self):
        html = self.search("policja Łódź")
        self.assertIn("w <mark>policji</mark> i w <mark>Łodzi</mark>", html)

    def test_markup_in_page_text_is_escaped_in_snippets(self):
        add_article(self.tree, datetime.date(2022, 1, 1), title="Kod", lead="Znak <script>alert(1)</script> czad.")
        html = self.search("czad")
        self.assertNotIn("<script>alert(1)", html)

    def test_drafts_and_private_pages_are_not_found(self):
        draft = self.tree.news_index.add_child(
            instance=type(self.report)(
                title="Szkic o czadzie", date=datetime.date(2024, 1, 1), lead="Czad.", live=False
            )
        )
        self.assertFalse(SearchDocument.objects.filter(page_id=draft.pk).exists())
        PageViewRestriction.objects.create(page=self.turtle, restriction_type=PageViewRestriction.LOGIN)
        self.assertNotIn(self.turtle.title, result_titles(self.search("żółw")))

    def test_an_unpublished_page_leaves_the_index(self):
        self.turtle.unpublish()
        self.assertEqual(result_titles(self.search("żółw")), [])

    def test_a_page_taken_offline_behind_the_index_s_back_is_not_shown(self):
        # A bulk update sends no signal: the index still holds the page, the results must not show it.
        type(self.turtle).objects.filter(pk=self.turtle.pk).update(live=False)
        self.assertTrue(SearchDocument.objects.filter(page_id=self.turtle.pk).exists())
        self.assertNotIn(self.turtle.title, result_titles(self.search("żółw")))

    def test_a_published_change_is_found_at_once(self):
        self.turtle.title = "Jeż w ogrodzie"
        self.turtle.save_revision().publish()
        self.assertEqual(result_titles(self.search("jeża")), ["Jeż w ogrodzie"])

    def test_a_draft_change_is_not_searchable_until_published(self):
        self.turtle.title = "Jeż w ogrodzie"
        self.turtle.save_revision()
        self.assertEqual(result_titles(self.search("jeż")), [])
        self.assertEqual(result_titles(self.search("żółw")), ["Żółw w stawie"])

    def test_english_pages_are_searched_in_english_with_their_forms(self):
        titles = result_titles(self.search("conferences", language="en"))
        self.assertEqual(titles, [self.tree.articles_en[0].title])

    def test_each_language_finds_only_its_own_pages(self):
        self.assertNotIn(self.tree.articles_en[0].title, result_titles(self.search("Warsaw")))

    def test_nothing_found_suggests_a_word_of_the_site(self):
        html = self.search("konferencia")
        self.assertIn("search-page__suggestion", html)
        self.assertRegex(html, r'href="\?q=konferencj[a-z]*"')

    def test_no_suggestion_when_nothing_is_close(self):
        self.assertNotIn("search-page__suggestion", self.search("xyzzyq"))


class RankingTests(SiteTreeTestCase):
    def test_an_exact_form_ranks_above_another_form_of_the_same_word(self):
        other = add_article(self.tree, datetime.date(2020, 1, 1), title="Kielcach", lead="x")
        exact = add_article(self.tree, datetime.date(2019, 1, 1), title="Kielce", lead="x")
        hits = engine.search("Kielce", "pl")
        ids = [hit.page_id for hit in hits]
        self.assertLess(ids.index(exact.pk), ids.index(other.pk))

    def test_typed_diacritics_are_preferred(self):
        plain = add_article(self.tree, datetime.date(2021, 1, 1), title="Lodz", lead="x")
        accented = add_article(self.tree, datetime.date(2020, 1, 1), title="Łódź", lead="x")
        ids = [hit.page_id for hit in engine.search("Łódź", "pl")]
        self.assertLess(ids.index(accented.pk), ids.index(plain.pk))

    def test_newer_first_among_equal_matches(self):
        older = add_article(self.tree, datetime.date(2018, 1, 1), title="Czad", lead="x")
        newer = add_article(self.tree, datetime.date(2023, 1, 1), title="Czad", lead="x")
        ids = [hit.page_id for hit in engine.search("czad", "pl")]
        self.assertLess(ids.index(newer.pk), ids.index(older.pk))


class NewsListingWordsTests(SiteTreeTestCase):
    def test_the_news_listing_word_filter_uses_the_same_search(self):
        add_article(self.tree, datetime.date(2024, 3, 1), title="Seniorzy w klubie", lead="Spotkanie.")
        html = self.html(f"{self.tree.news_index.url}?q=senior")
        titles = re.findall(r'class="news-card__link" href="[^"]+">([^<]+)</a>', html)
        self.assertEqual(titles, ["Seniorzy w klubie"])
