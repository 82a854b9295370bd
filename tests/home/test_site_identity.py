"""What a browser tab shows: the title without the site name twice, and the site's icon."""

import re

from tests.site_tree import SiteTreeTestCase


def title_of(html):
    return re.search(r"<title>(.*?)</title>", html, re.S).group(1).strip()


class TitleTests(SiteTreeTestCase):
    def test_the_home_page_title_names_the_site_once(self):
        self.assertEqual(title_of(self.html("/pl/")), "Wolontariat Obywatelski")
        self.assertEqual(title_of(self.html("/en/")), "Civic Volunteering")

    def test_other_pages_are_titled_with_the_page_then_the_site(self):
        self.assertEqual(title_of(self.html(self.tree.about.url)), "O programie · Wolontariat Obywatelski")
        self.assertEqual(title_of(self.html(self.tree.about_en.url)), "About the programme · Civic Volunteering")


class FaviconTests(SiteTreeTestCase):
    def test_favicon_ico_answers_with_an_icon(self):
        response = self.client.get("/favicon.ico")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "image/x-icon")
        self.assertEqual(b"".join(response.streaming_content)[:4], b"\x00\x00\x01\x00")

    def test_every_page_links_its_icon(self):
        for url in ("/pl/", self.tree.about_en.url, "/pl/search/"):
            html = self.html(url)
            icon = re.search(r'<link rel="icon" href="([^"]+)"', html)
            self.assertIsNotNone(icon, url)
            self.assertTrue(icon.group(1).endswith("/favicon.ico"), url)


class LanguageSwitcherTests(SiteTreeTestCase):
    def test_language_names_start_with_a_capital(self):
        html = self.html("/en/")
        self.assertIn('hreflang="pl">Polski</a>', html)
        self.assertNotIn(">polski<", html)
