"""A news page shows its date, lead, body, categories, tags and partners in the visitor's language."""

from django.urls import reverse
from wagtail.snippets.models import get_snippet_models

from news.models import NewsCategory
from tests.site_tree import SiteTreeTestCase


class NewsPageTests(SiteTreeTestCase):
    def test_news_page_shows_date_lead_and_body(self):
        html = self.html(self.tree.articles[0].url)
        self.assertIn('<time class="article__date" datetime="2016-06-28">', html)
        self.assertIn(self.tree.articles[0].lead, html)
        self.assertIn("Konferencja w Warszawie – treść.", html)

    def test_english_page_names_the_category_in_english(self):
        html = self.html(self.tree.articles_en[0].url)
        self.assertIn(f'href="{self.tree.news_index_en.url}?category=profilaktyka">Prevention</a>', html)

    def test_tags_link_to_the_filtered_index(self):
        html = self.html(self.tree.articles[0].url)
        self.assertIn(f'href="{self.tree.news_index.url}?tag=konferencja">konferencja</a>', html)

    def test_related_partner_is_linked_in_the_visitors_language(self):
        html = self.html(self.tree.articles_en[0].url)
        self.assertIn(f'href="{self.tree.police_en.url}"', html.split('class="article__partners"')[1])

    def test_related_partner_without_a_translation_links_to_the_original(self):
        self.tree.police_en.unpublish()
        html = self.html(self.tree.articles_en[0].url)
        self.assertIn(f'href="{self.tree.police.url}"', html.split('class="article__partners"')[1])


class NewsCategorySnippetTests(SiteTreeTestCase):
    def test_news_category_is_a_snippet(self):
        self.assertIn(NewsCategory, get_snippet_models())

    def test_editors_can_list_categories_in_the_admin(self):
        self.client.force_login(self.create_superuser("editor"), "django.contrib.auth.backends.ModelBackend")
        response = self.client.get(reverse("wagtailsnippets_news_newscategory:list"))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Profilaktyka")

    def test_category_translations_share_one_translation_key(self):
        self.assertEqual(self.tree.category.translation_key, self.tree.category_en.translation_key)
        self.assertEqual(self.tree.category.get_translation(self.tree.en), self.tree.category_en)
