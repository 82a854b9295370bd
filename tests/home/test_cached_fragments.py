"""Parts of the home page and the news index kept as fragments still change at once with the content."""

import datetime

from django.test import RequestFactory, override_settings

from tests.site_tree import SiteTreeTestCase, add_article, publish


@override_settings(PAGE_CACHE_SECONDS=0)
class FragmentFreshnessTests(SiteTreeTestCase):
    def newest_article(self, title):
        newest = max(article.date for article in self.tree.articles)
        article = add_article(self.tree, newest + datetime.timedelta(days=1), title)
        article.categories = [self.tree.category]
        return publish(article)

    def test_a_published_article_shows_at_once_on_the_home_page_and_the_news_index(self):
        for url in ("/pl/", self.tree.news_index.url):
            self.assertNotIn("Świeża wiadomość", self.html(url))
        self.newest_article("Świeża wiadomość")
        for url in ("/pl/", self.tree.news_index.url):
            with self.subTest(url=url):
                self.assertIn("Świeża wiadomość", self.html(url))

    def test_an_unpublished_article_leaves_the_home_page_and_the_news_index_at_once(self):
        article = self.newest_article("Wiadomość do wycofania")
        for url in ("/pl/", self.tree.news_index.url):
            self.assertIn("Wiadomość do wycofania", self.html(url))
        article.unpublish()
        for url in ("/pl/", self.tree.news_index.url):
            with self.subTest(url=url):
                self.assertNotIn("Wiadomość do wycofania", self.html(url))

    def test_a_republished_home_page_shows_its_new_hero_at_once(self):
        self.html("/pl/")
        home = self.tree.home
        home.hero_title = "Nowy tytuł strony głównej"
        publish(home)
        self.assertIn("Nowy tytuł strony głównej", self.html("/pl/"))

    def test_each_page_and_filter_of_the_news_index_is_kept_apart(self):
        for number in range(12):
            add_article(self.tree, datetime.date(2020, 1, 1) + datetime.timedelta(days=number), f"Stara {number:02}")
        url = self.tree.news_index.url
        first, second = self.html(url), self.html(f"{url}?page=2")
        self.assertNotEqual(first, second)
        self.assertIn("Stara 00", second)
        self.assertNotIn("Stara 00", first)
        filtered = self.html(f"{url}?category={self.tree.category.slug}")
        self.assertIn('class="active-filters"', filtered)
        self.assertNotIn('class="active-filters"', self.html(url))

    def test_the_home_page_figures_are_not_kept_with_the_fragments(self):
        # The figures have their own cache with a time limit (registry/stats.py); the fragments must not freeze them.
        from unittest import mock

        self.html("/pl/")
        figures = {"active_volunteers": 98765, "hours_this_year": 0, "host_organisations": 0}
        with mock.patch("registry.stats.public_figures", return_value=figures):
            self.assertIn("98\xa0765", self.html("/pl/"))

    def test_a_preview_shows_the_draft_not_the_live_pages_fragments(self):
        # Wagtail previews on the site's own host: the live page is read there first, filling its fragments.
        host = self.tree.home.get_site().hostname
        self.html("/pl/", HTTP_HOST=host)
        home = self.tree.home
        home.hero_title = "Szkic tytułu"
        response = home.make_preview_request(RequestFactory().get("/pl/"))
        self.assertIn("Szkic tytułu", response.content.decode())
        live = self.html("/pl/", HTTP_HOST=host)
        self.assertNotIn("Szkic tytułu", live)
        self.assertIn("Wolontariat Obywatelski", live)
