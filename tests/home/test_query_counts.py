"""The home page, news index and news page cost the same number of queries however many articles exist."""

import datetime

from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from core.cache import generation
from news.models import NewsPageRelatedPartner
from tests.home.factories import StandardPageFactory
from tests.site_tree import SiteTreeTestCase, add_article, publish, published


class QueryCountTests(SiteTreeTestCase):
    def count_queries(self, url):
        self.client.get(url)  # first view makes renditions and fills caches
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        return len(queries)

    def add_articles(self, count):
        for number in range(count):
            article = add_article(
                self.tree, datetime.date(2024, 1, 1) + datetime.timedelta(days=number), f"Nowa {number}"
            )
            article.categories = [self.tree.category]
            article.tags.add(f"tag-{number}", "wolontariat")
            article.related_partners.add(NewsPageRelatedPartner(partner=self.tree.police))
            publish(article)

    def assert_counts_do_not_grow_with_the_number_of_articles(self, count, urls):
        before = {name: count(url) for name, url in urls.items()}
        self.add_articles(50)
        after = {name: count(url) for name, url in urls.items()}
        for name in urls:
            with self.subTest(page=name):
                self.assertEqual(before[name], after[name])

    def test_query_counts_do_not_grow_with_the_number_of_articles(self):
        urls = {
            "home page": "/pl/",
            "news index": self.tree.news_index.url,
            "filtered news index, page 2": f"{self.tree.news_index.url}?category=profilaktyka&page=2",
            "news page": self.tree.articles[0].url,
        }
        self.assert_counts_do_not_grow_with_the_number_of_articles(self.count_queries, urls)

    def test_the_first_request_after_a_change_costs_the_same_however_many_articles_exist(self):
        # Every edit bumps the cache generation: routes, pages and fragments are rebuilt once per worker.
        urls = {"home page": "/pl/", "news index": self.tree.news_index.url, "news page": self.tree.articles[0].url}
        self.assert_counts_do_not_grow_with_the_number_of_articles(self.count_queries_after_a_change, urls)

    def count_queries_after_a_change(self, url):
        self.client.get(url)
        generation.bump()
        with CaptureQueriesContext(connection) as queries:
            self.assertEqual(self.client.get(url).status_code, 200)
        return len(queries)

    def test_the_news_index_really_lists_the_added_articles(self):
        self.add_articles(12)
        html = self.html(self.tree.news_index.url)
        self.assertEqual(html.count('class="news-card"'), 10)


# Per uncached page, once the worker has served it: Wagtail's serve view costs three queries, all through its
# public API (the site for the host, the active locale, the site root as its page type; one more outside the
# default language: the root's translation). Below the root nothing: where the address leads, the page itself
# and the private sections are memoised per content generation (core/routing.py, the root's route()), and
# everything else comes from fragments cached until the site changes: the header, meta tags, breadcrumbs and
# footer, the article, the partner listing, the home page's hero, latest news and links, the news index per
# query string and the join form's empty fields (its tokens are made per request). The home page's figures
# come from the shared cache (registry/stats.py).
WAGTAIL_SERVE_QUERIES = 3
QUERY_BOUNDS = {
    name: WAGTAIL_SERVE_QUERIES for name in ("home page", "news index", "news page", "partners index", "join page")
}


@override_settings(PAGE_CACHE_SECONDS=0)
class UncachedQueryBoundTests(QueryCountTests):
    def bounded_urls(self):
        return {
            "home page": "/pl/",
            "news index": self.tree.news_index.url,
            "news page": self.tree.articles[0].url,
            "partners index": self.tree.partners.url,
            "join page": self.tree.join.url,
        }

    def test_uncached_pages_stay_within_their_query_bounds(self):
        for name, url in self.bounded_urls().items():
            with self.subTest(page=name):
                self.assertLessEqual(self.count_queries(url), QUERY_BOUNDS[name])

    def test_uncached_pages_in_english_cost_no_more(self):
        # One more than in Polish: Wagtail looks up the site root's English translation.
        english = {"home page": "/en/", "news index": self.tree.news_index_en.url, "join page": self.tree.join_en.url}
        for name, url in english.items():
            with self.subTest(page=name):
                self.assertLessEqual(self.count_queries(url), QUERY_BOUNDS[name] + 1)


@override_settings(PAGE_CACHE_SECONDS=0)
class CachedFragmentTests(SiteTreeTestCase):
    def test_a_newly_published_menu_page_shows_in_the_cached_header_at_once(self):
        self.html("/pl/")
        published(StandardPageFactory, self.tree.home, title="Nowa sekcja menu", slug="nowa-sekcja", show_in_menus=True)
        self.assertIn("Nowa sekcja menu", self.html("/pl/"))

    def test_the_cached_language_switcher_links_to_the_current_pages_translation(self):
        self.html(self.tree.news_index.url)
        self.assertIn(f'href="{self.tree.news_index_en.url}"', self.html(self.tree.news_index.url))
        self.assertIn(f'href="{self.tree.partners_en.url}"', self.html(self.tree.partners.url))

    def test_each_language_gets_its_own_cached_header(self):
        self.html("/pl/")
        self.assertIn("About the programme", self.html("/en/"))


class SearchPageQueryTests(SiteTreeTestCase):
    def test_a_search_reads_the_header_menu_and_meta_tags_from_fragments_kept_for_every_search(self):
        from django.urls import reverse
        from django.utils import translation

        with translation.override("pl"):
            url = reverse("search")
        self.client.get(url, {"q": "Kielce"}, HTTP_COOKIE="sessionid=none")  # built, as with a session
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(url, {"q": "wolontariusz"}, HTTP_COOKIE="sessionid=none")

        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        self.assertIn('class="main-nav"', html)
        self.assertIn('type="application/rss+xml"', html)
        statements = " ".join(query["sql"] for query in queries.captured_queries)
        self.assertNotIn("news_newsindexpage", statements)  # the feed link in the meta tags
        self.assertNotIn('AND "wagtailcore_page"."show_in_menus")', statements)  # the menu's pages
