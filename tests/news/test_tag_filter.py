"""The tag filter: articles link their tags to the listing, which accepts the tag as shown."""

import datetime
import re
from urllib.parse import parse_qs, urlsplit

from tests.site_tree import SiteTreeTestCase, add_article, publish


class TagFilterTests(SiteTreeTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        article = add_article(cls.tree, datetime.date(2025, 9, 1), title="Gala w Kielcach")
        article.tags.add("Kielce")
        cls.kielce = publish(article)

    def test_the_tag_as_shown_finds_its_articles_in_any_letter_case(self):
        for value in ("Kielce", "kielce", "KIELCE", " Kielce "):
            html = self.html(f"/pl/aktualnosci/?tag={value}")
            self.assertIn("Gala w Kielcach", html, value)
            self.assertNotIn("Konferencja w Warszawie", html, value)

    def test_the_tags_slug_still_works(self):
        self.assertIn("Konferencja w Warszawie", self.html("/pl/aktualnosci/?tag=konferencja"))

    def test_an_articles_tags_link_to_the_listing_filtered_by_them(self):
        html = self.html(self.kielce.url)
        self.assertIn('href="/pl/aktualnosci/?tag=Kielce">Kielce</a>', html)


class LanguageSwitchTests(SiteTreeTestCase):
    def english_link(self, url):
        html = self.html(url)
        links = re.findall(r'<a class="language-switcher__link" href="([^"]+)"', html)
        return links[0].replace("&amp;", "&")

    def test_switching_language_keeps_the_filters_that_exist_there(self):
        link = self.english_link("/pl/aktualnosci/?year=2016&category=profilaktyka&tag=konferencja&page=1")
        parts = urlsplit(link)
        self.assertEqual(parts.path, "/en/news/")
        expected = {"year": ["2016"], "category": ["profilaktyka"], "tag": ["konferencja"]}
        self.assertEqual(parse_qs(parts.query), expected)

    def test_switching_language_drops_the_filters_that_do_not_exist_there(self):
        # No English article from 2025 and none tagged "nieznany".
        self.assertEqual(self.english_link("/pl/aktualnosci/?year=2025&tag=nieznany"), "/en/news/")
