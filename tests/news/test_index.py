"""The news index: newest first, paginated, filtered by year, category and tag; bad values never break it."""

import datetime
import re

from tests.site_tree import SiteTreeTestCase, add_article


def listed_titles(html):
    return re.findall(r'class="news-card__link" href="[^"]+">([^<]+)</a>', html)


class NewsIndexTests(SiteTreeTestCase):
    def test_news_is_listed_newest_first(self):
        titles = listed_titles(self.html(self.tree.news_index.url))
        self.assertEqual(titles, [self.tree.articles[1].title, self.tree.articles[0].title])

    def test_index_lists_only_articles_in_its_language(self):
        titles = listed_titles(self.html(self.tree.news_index_en.url))
        self.assertEqual(titles, [self.tree.articles_en[0].title])

    def test_filter_by_year(self):
        titles = listed_titles(self.html(f"{self.tree.news_index.url}?year=2016"))
        self.assertEqual(titles, [self.tree.articles[0].title])

    def test_filter_by_category_slug(self):
        titles = listed_titles(self.html(f"{self.tree.news_index.url}?category=profilaktyka"))
        self.assertEqual(titles, [self.tree.articles[0].title])

    def test_category_filter_matches_articles_tagged_with_the_category_in_another_language(self):
        article = add_article(self.tree, datetime.date(2026, 1, 5), "Czad w domu")
        article.categories = [self.tree.category_en]
        article.save_revision().publish()
        titles = listed_titles(self.html(f"{self.tree.news_index.url}?category=profilaktyka"))
        self.assertEqual(titles, ["Czad w domu", self.tree.articles[0].title])

    def test_category_choices_use_the_visitors_language(self):
        html = self.html(self.tree.news_index_en.url)
        self.assertIn('<option value="profilaktyka">Prevention</option>', html)

    def test_filter_by_tag(self):
        titles = listed_titles(self.html(f"{self.tree.news_index.url}?tag=konferencja"))
        self.assertEqual(titles, [self.tree.articles[0].title])

    def test_unknown_tag_says_nothing_was_found(self):
        html = self.html(f"{self.tree.news_index.url}?tag=nie-ma-takiego")
        self.assertEqual(listed_titles(html), [])
        self.assertIn('class="news-index__empty"', html)

    def test_invalid_filter_values_are_ignored_and_reported(self):
        for query in ["year=abc", "year=99999999999999", "category=nieznana", "year=-1&category=%00"]:
            with self.subTest(query=query):
                html = self.html(f"{self.tree.news_index.url}?{query}")
                self.assertEqual(len(listed_titles(html)), 2)
                self.assertIn("news-index__notice--ignored", html)

    def test_overlong_tag_is_ignored(self):
        html = self.html(f"{self.tree.news_index.url}?tag={'x' * 500}")
        self.assertEqual(len(listed_titles(html)), 2)

    def test_active_filters_are_shown_with_links_to_clear_them(self):
        html = self.html(f"{self.tree.news_index.url}?year=2016&tag=konferencja")
        self.assertIn('class="active-filters"', html)
        self.assertIn('class="active-filters__clear" href="?tag=konferencja"', html)
        self.assertIn('class="active-filters__clear" href="?year=2016"', html)
        self.assertIn(f'class="active-filters__clear-all" href="{self.tree.news_index.url}"', html)

    def test_each_active_filter_reads_as_a_sentence(self):
        html = self.html(f"{self.tree.news_index.url}?year=2016&category=profilaktyka")
        self.assertIn("Aktualności z roku <strong>2016</strong>", html)
        self.assertIn("Aktualności z kategorii <strong>„Profilaktyka”</strong>", html)
        self.assertNotIn("filtrowane według", html)
        self.assertNotIn("Rok: <strong>", html)
        english = self.html(f"{self.tree.news_index_en.url}?category=profilaktyka")
        self.assertIn("News in the category <strong>“Prevention”</strong>", english)


class NewsPaginationTests(SiteTreeTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        for number in range(23):
            add_article(cls.tree, datetime.date(2020, 1, 1) + datetime.timedelta(days=number), f"Dyżur {number}")

    def test_index_shows_ten_articles_a_page(self):
        html = self.html(self.tree.news_index.url)
        self.assertEqual(len(listed_titles(html)), 10)
        self.assertIn('rel="next" href="?page=2"', html)

    def test_last_page_holds_the_rest(self):
        self.assertEqual(len(listed_titles(self.html(f"{self.tree.news_index.url}?page=3"))), 5)

    def test_non_numeric_page_shows_the_first_page(self):
        for value in ["abc", "", "1.5", "%00", "-"]:
            with self.subTest(page=value):
                titles = listed_titles(self.html(f"{self.tree.news_index.url}?page={value}"))
                self.assertEqual(titles[0], self.tree.articles[1].title)

    def test_too_high_or_negative_page_shows_the_last_page(self):
        for value in ["4", "999999999999999999999", "-3", "0"]:
            with self.subTest(page=value):
                self.assertEqual(len(listed_titles(self.html(f"{self.tree.news_index.url}?page={value}"))), 5)

    def test_pagination_keeps_the_filters(self):
        html = self.html(f"{self.tree.news_index.url}?year=2020")
        self.assertIn('href="?year=2020&amp;page=2"', html)
