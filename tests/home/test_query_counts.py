"""The home page, news index and news page cost the same number of queries however many articles exist."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext

from news.models import NewsPageRelatedPartner
from tests.site_tree import SiteTreeTestCase, add_article, publish


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

    def test_query_counts_do_not_grow_with_the_number_of_articles(self):
        urls = {
            "home page": "/pl/",
            "news index": self.tree.news_index.url,
            "filtered news index, page 2": f"{self.tree.news_index.url}?category=profilaktyka&page=2",
            "news page": self.tree.articles[0].url,
        }
        before = {name: self.count_queries(url) for name, url in urls.items()}
        self.add_articles(50)
        after = {name: self.count_queries(url) for name, url in urls.items()}
        for name in urls:
            with self.subTest(page=name):
                self.assertEqual(before[name], after[name])

    def test_the_news_index_really_lists_the_added_articles(self):
        self.add_articles(12)
        html = self.html(self.tree.news_index.url)
        self.assertEqual(html.count('class="news-card"'), 10)
