"""Page routing with memoised lookups (core/routing.py, the site root's route()) answers as Wagtail's own
walk does, and a change shows at once although routes and private sections are kept in each worker's memory."""

import datetime
from unittest import mock

from django.test import override_settings
from django.utils import translation
from wagtail.models import PageViewRestriction

from core.cache import memo
from tests.home.factories import StandardPageFactory
from tests.site_tree import SiteTreeTestCase, add_article, publish, published


@override_settings(PAGE_CACHE_SECONDS=0)
class RoutingTests(SiteTreeTestCase):
    def test_pages_and_a_routable_pages_own_route_are_found(self):
        self.assertContains(self.client.get(self.tree.articles[0].url), self.tree.articles[0].title)
        self.assertEqual(
            self.client.get(self.tree.news_index.url + "feed/")["Content-Type"].split(";")[0], "application/rss+xml"
        )
        self.assertEqual(self.client.get(self.tree.news_index.url + "no-such-article/").status_code, 404)
        self.assertEqual(self.client.get(self.tree.articles[0].url + "no-such-child/").status_code, 404)

    def test_a_routable_pages_route_comes_before_a_child_page_of_the_same_name(self):
        # Wagtail's RoutablePageMixin.route tries its own routes first.
        add_article(self.tree, datetime.date(2024, 5, 1), "Kanał", slug="feed")
        response = self.client.get(self.tree.news_index.url + "feed/")
        self.assertEqual(response["Content-Type"].split(";")[0], "application/rss+xml")

    def test_a_newly_published_page_is_found_at_once(self):
        url = self.tree.about.url + "nowa/"
        self.assertEqual(self.client.get(url).status_code, 404)
        published(StandardPageFactory, self.tree.about, title="Nowa strona", slug="nowa")
        self.assertContains(self.client.get(url), "Nowa strona")

    def test_an_unpublished_page_is_gone_at_once(self):
        article = self.tree.articles[0]
        self.assertEqual(self.client.get(article.url).status_code, 200)
        article.unpublish()
        self.assertEqual(self.client.get(article.url).status_code, 404)

    def test_a_renamed_page_moves_to_its_new_address_at_once(self):
        article = self.tree.articles[0]
        old_url = article.url
        self.client.get(old_url)
        article.slug = "nowy-adres"
        publish(article)
        self.assertEqual(self.client.get(old_url).status_code, 404)
        self.assertEqual(self.client.get(article.url).status_code, 200)

    def test_a_section_made_private_is_private_at_once_and_leaves_the_listings(self):
        article = self.tree.articles[0]
        self.assertContains(self.client.get(self.tree.news_index.url), article.title)
        PageViewRestriction.objects.create(page=article, restriction_type=PageViewRestriction.LOGIN)
        self.assertEqual(self.client.get(article.url).status_code, 302)
        self.assertNotContains(self.client.get(self.tree.news_index.url), article.title)

    def test_english_addresses_route_within_the_english_tree(self):
        self.assertContains(self.client.get(self.tree.news_index_en.url), self.tree.news_index_en.title)
        self.assertEqual(self.client.get("/en/aktualnosci/").status_code, 404)


class MemoTests(SiteTreeTestCase):
    def test_values_are_recomputed_when_the_generation_changes(self):
        calls = []
        memo.memoised("probe", lambda: calls.append(1))
        memo.memoised("probe", lambda: calls.append(1))
        self.assertEqual(len(calls), 1)
        published(StandardPageFactory, self.tree.about, title="Zmiana", slug="zmiana")
        memo.memoised("probe", lambda: calls.append(1))
        self.assertEqual(len(calls), 2)

    def test_nothing_is_kept_when_the_cache_does_not_answer(self):
        calls = []
        with mock.patch("core.cache.generation.current", return_value=None):
            memo.memoised("probe", lambda: calls.append(1))
            memo.memoised("probe", lambda: calls.append(1))
        self.assertEqual(len(calls), 2)


@override_settings(PAGE_CACHE_SECONDS=0)
class StoredPageTests(SiteTreeTestCase):
    def route(self, path):
        from django.test import RequestFactory
        from wagtail.models import Page

        request = RequestFactory().get(path)
        with translation.override("pl"):
            return Page.route_for_request(request, path.removeprefix("/pl"))

    def test_each_request_gets_its_own_copy_of_the_page(self):
        article = self.tree.articles[0]
        first, second = self.route(article.url).page, self.route(article.url).page
        self.assertEqual((first.pk, second.pk), (article.pk, article.pk))
        self.assertIsNot(first, second)
        first.title = "Zmienione w jednym żądaniu"
        self.assertEqual(self.route(article.url).page.title, article.title)

    def test_a_republished_page_is_served_with_its_new_content_at_once(self):
        article = self.tree.articles[0]
        self.assertContains(self.client.get(article.url), article.title)
        article.title = "Nowy tytuł artykułu"
        publish(article)
        self.assertContains(self.client.get(article.url), "Nowy tytuł artykułu")
