"""A new translation starts as a draft: nothing public shows it until a translator publishes it."""

import datetime

from wagtail_localize.models import Translation
from wagtail_localize.operations import translate_object

from news.models import NewsPage
from tests.site_tree import SiteTreeTestCase, add_article


class NewTranslationTests(SiteTreeTestCase):
    def translate_to_english(self, page):
        translate_object(page, [self.tree.en])
        return NewsPage.objects.get(translation_key=page.translation_key, locale=self.tree.en)

    def setUp(self):
        super().setUp()
        self.source = add_article(self.tree, datetime.date(2026, 5, 4), title="Festyn bezpieczeństwa w Łodzi")
        self.translation = self.translate_to_english(self.source)

    def test_translating_a_live_page_makes_a_draft(self):
        self.assertTrue(self.source.live)
        self.assertFalse(self.translation.live)

    def test_the_draft_translation_is_not_served_listed_fed_mapped_or_found(self):
        self.assertEqual(self.client.get(f"/en/news/{self.translation.slug}/").status_code, 404)
        title = self.translation.title
        for url in ("/en/news/", "/en/news/feed/", "/sitemap.xml", "/en/search/?q=Festyn", "/en/"):
            response = self.client.get(url)
            self.assertEqual(response.status_code, 200, url)
            self.assertNotIn(title, response.content.decode(), url)

    def test_the_translation_goes_public_when_a_translator_publishes_it(self):
        self.translation.save_revision().publish()
        self.assertIn("Festyn", self.html("/en/news/"))


class TranslatedSlugTests(SiteTreeTestCase):
    def test_a_translated_slug_with_polish_letters_is_transliterated(self):
        source = add_article(self.tree, datetime.date(2026, 5, 4), title="Festyn", slug="festyn")
        translate_object(source, [self.tree.en])
        translation = Translation.objects.get(source__object_id=source.translation_key, target_locale=self.tree.en)
        slug_string = translation.source.stringsegment_set.get(context__path="slug")
        slug_string.string.translations.create(
            locale=self.tree.en, context=slug_string.context, data="Festyn-w-Łodzi-Żółć"
        )
        translation.save_target(publish=False)
        page = NewsPage.objects.get(translation_key=source.translation_key, locale=self.tree.en)
        self.assertEqual(page.slug, "festyn-w-lodzi-zolc")
