"""The article editor in Polish: named blocks, and categories of the article's own language as checkboxes."""

import re

from django.contrib.auth.models import User
from django.utils import translation

from core.blocks import BaseStreamBlock
from tests.site_tree import SiteTreeTestCase


def test_the_block_picker_names_every_block_in_polish():
    with translation.override("pl"):
        labels = {name: str(block.label) for name, block in BaseStreamBlock().child_blocks.items()}
    assert labels == {
        "paragraph": "Akapit",
        "heading": "Nagłówek",
        "image": "Obraz",
        "quote": "Cytat",
        "embed": "Osadzone multimedia",
        "source": "Odnośnik do źródła",
        "code": "Kod",
    }


class CategoryFieldTests(SiteTreeTestCase):
    def setUp(self):
        super().setUp()
        self.client.force_login(User.objects.create_superuser("redakcja", "r@example.org", "not-used-1"))

    def category_inputs(self, url):
        html = self.client.get(url).content.decode()
        return re.findall(r'<input type="(\w+)" name="categories" value="(\d+)"', html), html

    def test_a_new_english_article_offers_only_english_categories_as_checkboxes(self):
        inputs, html = self.category_inputs(f"/admin/pages/add/news/newspage/{self.tree.news_index_en.pk}/")
        self.assertEqual(inputs, [("checkbox", str(self.tree.category_en.pk))])
        self.assertNotIn("Profilaktyka", html)

    def test_a_polish_article_offers_only_polish_categories(self):
        article = self.tree.articles[0]
        inputs, _html = self.category_inputs(f"/admin/pages/{article.pk}/edit/")
        self.assertEqual(inputs, [("checkbox", str(self.tree.category.pk))])

    def test_a_translated_article_shows_its_synchronised_category_as_its_own_languages(self):
        english = self.tree.articles_en[0]  # synchronised from Polish: points at "Profilaktyka"
        html = self.client.get(f"/admin/pages/{english.pk}/edit/").content.decode()
        self.assertRegex(html, rf'name="categories" value="{self.tree.category_en.pk}"[^>]*checked')
