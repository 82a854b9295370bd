"""The footer's partner strips: on every page, in the visitor's language, linking to partner pages."""

import re

from tests.site_tree import SiteTreeTestCase


def strip(html, role):
    match = re.search(rf'<section class="partner-strip partner-strip--{role}".*?</section>', html, re.S)
    return match.group(0) if match else ""


class PartnerStripTests(SiteTreeTestCase):
    def test_every_page_shows_the_cooperating_partners_strip(self):
        for page in [self.tree.home, self.tree.about, self.tree.news_index, self.tree.articles[0], self.tree.police]:
            with self.subTest(page=page.title):
                self.assertIn(f'href="{self.tree.police.url}"', strip(self.html(page.url), "cooperating"))

    def test_supporters_have_their_own_strip(self):
        supporters = strip(self.html("/pl/"), "supporter")
        self.assertIn(f'href="{self.tree.sponsor.url}"', supporters)
        self.assertNotIn(self.tree.police.url, supporters)

    def test_english_pages_link_to_english_partner_pages(self):
        cooperating = strip(self.html("/en/"), "cooperating")
        self.assertIn(f'href="{self.tree.police_en.url}"', cooperating)
        self.assertNotIn(self.tree.police.url, cooperating)

    def test_strips_show_only_partners_in_the_current_language(self):
        self.assertNotIn(self.tree.sponsor.url, self.html("/en/"))

    def test_strip_logos_have_dimensions_and_alternative_text(self):
        cooperating = strip(self.html("/pl/"), "cooperating")
        self.assertRegex(
            cooperating, r'<img alt="Komenda Miejska Policji w Kielcach"[^>]* height="\d+"[^>]* width="\d+"'
        )

    def test_unpublished_partner_leaves_the_strip(self):
        self.tree.police.unpublish()
        self.assertNotIn(self.tree.police.url, self.html("/pl/"))

    def test_search_and_error_pages_show_the_strips_too(self):
        self.assertIn(self.tree.police.url, self.html("/pl/search/?q=x"))
        response = self.client.get("/pl/brak/")
        self.assertContains(response, self.tree.police.url, status_code=404)
