"""The RSS feed per language, at <news index>/feed/, advertised in every page's <head>."""

import xml.etree.ElementTree as ET

from tests.site_tree import SiteTreeTestCase


class NewsFeedTests(SiteTreeTestCase):
    def feed(self, index):
        response = self.client.get(f"{index.url}feed/")
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response["Content-Type"].startswith("application/rss+xml"))
        return ET.fromstring(response.content).find("channel")  # noqa: S314 - our own output

    def test_polish_feed_lists_polish_articles_newest_first(self):
        channel = self.feed(self.tree.news_index)
        titles = [item.findtext("title") for item in channel.findall("item")]
        self.assertEqual(titles, [self.tree.articles[1].title, self.tree.articles[0].title])
        self.assertEqual(channel.findtext("language"), "pl")

    def test_english_feed_lists_english_articles(self):
        channel = self.feed(self.tree.news_index_en)
        self.assertEqual([item.findtext("title") for item in channel.findall("item")], [self.tree.articles_en[0].title])
        self.assertEqual(channel.findtext("language"), "en")

    def test_feed_items_link_to_the_articles_with_their_leads(self):
        item = self.feed(self.tree.news_index_en).find("item")
        self.assertEqual(item.findtext("link"), f"http://testserver{self.tree.articles_en[0].url}")
        self.assertEqual(item.findtext("description"), "A report.")
        self.assertIn("28 Jun 2016", item.findtext("pubDate"))

    def test_unpublished_articles_stay_out_of_the_feed(self):
        self.tree.articles[1].unpublish()
        titles = [item.findtext("title") for item in self.feed(self.tree.news_index).findall("item")]
        self.assertNotIn(self.tree.articles[1].title, titles)

    def test_every_page_advertises_the_feed_of_its_language(self):
        for page, index in [(self.tree.about, self.tree.news_index), (self.tree.home_en, self.tree.news_index_en)]:
            with self.subTest(page=page.title):
                self.assertIn(
                    '<link rel="alternate" type="application/rss+xml" title="', self.html(page.url).split("</head>")[0]
                )
                self.assertIn(f'href="{index.url}feed/"', self.html(page.url).split("</head>")[0])
