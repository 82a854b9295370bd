"""Polish and English: the root redirect, the language switcher and 404 pages in the visitor's language."""

import re
from unittest import mock

from django.template.loader import render_to_string
from django.test import TestCase
from django.utils import translation

from tests.site_tree import SiteTreeTestCase


def switcher_target(html, language):
    match = re.search(rf'<a class="language-switcher__link" href="([^"]+)" lang="{language}"', html)
    return match.group(1) if match else None


class RootRedirectTests(TestCase):
    def test_root_sends_an_english_browser_to_english(self):
        response = self.client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
        self.assertRedirects(response, "/en/", fetch_redirect_response=False)

    def test_root_sends_a_polish_browser_to_polish(self):
        response = self.client.get("/", HTTP_ACCEPT_LANGUAGE="pl-PL,pl;q=0.9,en;q=0.5")
        self.assertRedirects(response, "/pl/", fetch_redirect_response=False)

    def test_root_falls_back_to_polish_for_other_languages(self):
        response = self.client.get("/", HTTP_ACCEPT_LANGUAGE="de-DE,de;q=0.9")
        self.assertRedirects(response, "/pl/", fetch_redirect_response=False)

    def test_root_falls_back_to_polish_without_a_preference(self):
        self.assertRedirects(self.client.get("/"), "/pl/", fetch_redirect_response=False)

    def test_root_survives_a_garbled_accept_language_header(self):
        response = self.client.get("/", HTTP_ACCEPT_LANGUAGE=";;q=abc,*,,==")
        self.assertRedirects(response, "/pl/", fetch_redirect_response=False)


class LanguageSwitcherTests(SiteTreeTestCase):
    def test_switcher_leads_to_the_same_page_in_english(self):
        self.assertEqual(switcher_target(self.html(self.tree.about.url), "en"), self.tree.about_en.url)

    def test_switcher_leads_back_to_the_same_page_in_polish(self):
        self.assertEqual(switcher_target(self.html(self.tree.articles_en[0].url), "pl"), self.tree.articles[0].url)

    def test_switcher_falls_back_to_the_other_home_page_without_a_translation(self):
        self.assertEqual(switcher_target(self.html(self.tree.sponsor.url), "en"), self.tree.home_en.url)

    def test_switcher_ignores_an_unpublished_translation(self):
        self.tree.about_en.unpublish()
        self.assertEqual(switcher_target(self.html(self.tree.about.url), "en"), self.tree.home_en.url)

    def test_switcher_on_search_keeps_the_query(self):
        self.assertEqual(switcher_target(self.html("/pl/search/?q=policja"), "en"), "/en/search/?q=policja")

    def test_switcher_on_a_missing_page_leads_to_the_other_home(self):
        response = self.client.get("/pl/nie-ma-takiej-strony/")
        self.assertEqual(switcher_target(response.content.decode(), "en"), self.tree.home_en.url)


class NotFoundTests(SiteTreeTestCase):
    def test_unknown_polish_address_gets_a_polish_404(self):
        response = self.client.get("/pl/nie-ma-takiej-strony/")
        self.assertEqual(response.status_code, 404)
        self.assertContains(response, '<html lang="pl">', status_code=404)
        self.assertIn("errors/404.html", [template.name for template in response.templates])

    def test_unknown_english_address_gets_an_english_404(self):
        response = self.client.get("/en/no-such-page/")
        self.assertContains(response, '<html lang="en">', status_code=404)
        self.assertContains(response, "Page not found", status_code=404)

    def test_404_page_keeps_the_site_navigation(self):
        response = self.client.get("/en/no-such-page/")
        self.assertContains(response, f'href="{self.tree.about_en.url}"', status_code=404)


class ServerErrorPageTests(SiteTreeTestCase):
    def fail_to_serve(self, page):
        self.client.raise_request_exception = False
        with (
            mock.patch.object(type(page), "serve", side_effect=RuntimeError("boom")),
            self.assertLogs("django.request", level="ERROR"),
        ):
            return self.client.get(page.url)

    def test_500_page_is_in_english_under_the_english_prefix(self):
        response = self.fail_to_serve(self.tree.about_en)
        self.assertEqual(response.status_code, 500)
        self.assertIn('<html lang="en">', response.content.decode())
        self.assertIn("Something went wrong", response.content.decode())

    def test_500_page_is_in_polish_under_the_polish_prefix(self):
        response = self.fail_to_serve(self.tree.about)
        self.assertEqual(response.status_code, 500)
        self.assertIn('<html lang="pl">', response.content.decode())

    def test_500_template_renders_without_the_database_or_a_request(self):
        with translation.override("en"), self.assertNumQueries(0):
            html = render_to_string("errors/500.html")
        self.assertIn('<html lang="en">', html)
