"""sitemap.xml, robots.txt and search: what crawlers and searchers get."""

import xml.etree.ElementTree as ET

from django.db import connection
from wagtail.models import Page

from tests.site_tree import SiteTreeTestCase, add_article

NAMESPACES = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


class SitemapTests(SiteTreeTestCase):
    def sitemap(self, **extra):
        response = self.client.get("/sitemap.xml", **extra)
        self.assertEqual(response.status_code, 200)
        root = ET.fromstring(response.content)  # noqa: S314 - our own output, not untrusted input
        return {
            url.findtext("s:loc", namespaces=NAMESPACES): {
                link.get("hreflang"): link.get("href") for link in url.findall("x:link", NAMESPACES)
            }
            for url in root.findall("s:url", NAMESPACES)
        }

    def test_sitemap_lists_every_live_page_in_both_languages(self):
        expected = {f"http://testserver{page.url}" for page in Page.objects.live().filter(depth__gte=2).specific()}
        self.assertEqual(set(self.sitemap()), expected)
        self.assertIn(f"http://testserver{self.tree.about_en.url}", expected)

    def test_sitemap_links_translations_with_hreflang(self):
        alternates = self.sitemap()[f"http://testserver{self.tree.about.url}"]
        self.assertEqual(alternates["pl"], f"http://testserver{self.tree.about.url}")
        self.assertEqual(alternates["en"], f"http://testserver{self.tree.about_en.url}")
        self.assertEqual(alternates["x-default"], f"http://testserver{self.tree.about.url}")

    def test_sitemap_gives_untranslated_pages_no_alternates(self):
        self.assertEqual(self.sitemap()[f"http://testserver{self.tree.sponsor.url}"], {})

    def test_sitemap_leaves_out_unpublished_pages(self):
        self.tree.about_en.unpublish()
        self.assertNotIn(f"http://testserver{self.tree.about_en.url}", self.sitemap())

    def test_sitemap_addresses_follow_the_requested_host(self):
        locations = self.sitemap(HTTP_HOST="wolontariat.example.org")
        self.assertIn("http://wolontariat.example.org/en/", locations)
        self.assertTrue(all(location.startswith("http://wolontariat.example.org/") for location in locations))


class RobotsTests(SiteTreeTestCase):
    def test_robots_txt_points_at_the_sitemap_and_keeps_crawlers_out_of_the_admin(self):
        response = self.client.get("/robots.txt")
        self.assertEqual(response["Content-Type"], "text/plain; charset=utf-8")
        lines = response.content.decode().splitlines()
        self.assertIn("Disallow: /admin/", lines)
        self.assertIn("Sitemap: http://testserver/sitemap.xml", lines)


class SearchTests(SiteTreeTestCase):
    def test_search_finds_news_in_the_current_language(self):
        html = self.html("/pl/search/?q=Warszawie")
        self.assertIn(f'href="{self.tree.articles[0].url}"', html)

    def test_search_leaves_out_other_languages(self):
        html = self.html("/en/search/?q=Warszawie")
        self.assertNotIn(f'href="{self.tree.articles[0].url}"', html)

    def test_search_finds_content_pages(self):
        self.assertIn(f'href="{self.tree.about.url}"', self.html("/pl/search/?q=programie"))

    def test_search_without_a_query_shows_only_the_form(self):
        html = self.html("/pl/search/")
        self.assertIn('class="search-form"', html)
        self.assertNotIn('class="search-results"', html)

    def test_search_says_when_nothing_is_found(self):
        self.assertIn("search-page__empty", self.html("/en/search/?q=zzzxqy"))

    def test_search_survives_any_input(self):
        for query in ['"', "AND OR NOT", "*", "(", "a" * 5000, "NEAR(", "'; DROP TABLE x; --", "%00", "ż\u200b\ufffd"]:
            with self.subTest(query=query[:20]):
                self.assertEqual(self.client.get("/pl/search/", {"q": query}).status_code, 200)

    def test_search_survives_bad_page_numbers(self):
        for number in ["abc", "-1", "0", "999999", "1e9"]:
            with self.subTest(page=number):
                self.html(f"/pl/search/?q=Warszawie&page={number}")

    def test_search_paginates(self):
        for number in range(12):
            add_article(self.tree, self.tree.articles[1].date, title=f"Patrol rowerowy {number}", image=False)
        first = self.html("/pl/search/?q=rowerowy")
        second = self.html("/pl/search/?q=rowerowy&page=2")
        self.assertEqual(first.count('class="search-results__item"'), 10)
        self.assertEqual(second.count('class="search-results__item"'), 2)

    def test_search_ignores_polish_diacritics_on_postgresql(self):
        # home/migrations/0003: the "simple_unaccent" configuration folds accents both in the index and the query.
        if connection.vendor != "postgresql":
            self.skipTest("accent folding is PostgreSQL's unaccent; SQLite's tokenizer differs")
        article = add_article(self.tree, self.tree.articles[1].date, title="Żółw z Łodzi", image=False)
        for query in ("zolw lodzi", "Żółw", "ZOLW"):
            with self.subTest(query=query):
                self.assertIn(f'href="{article.url}"', self.html(f"/pl/search/?q={query}"))
        self.assertNotIn(f'href="{article.url}"', self.html("/pl/search/?q=zolwie"))
