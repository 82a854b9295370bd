"""Factories for news pages and categories (test-only)."""

import datetime

import factory
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from core.slugs import ascii_slugify
from news.models import NewsCategory, NewsIndexPage, NewsPage
from tests.home.factories import SitePageFactory


class NewsCategoryFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Kategoria {n}")
    slug = factory.LazyAttribute(lambda category: ascii_slugify(category.name))
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = NewsCategory


class NewsIndexPageFactory(SitePageFactory):
    title = factory.Sequence(lambda n: f"Aktualności {n}")
    intro = "Co słychać w programie."

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(SitePageFactory):
    parent = factory.SubFactory(NewsIndexPageFactory)
    title = factory.Sequence(lambda n: f"Wiadomość {n}")
    # Each new article a day older than the one before, so listings have a stable order.
    date = factory.Sequence(lambda n: datetime.date(2026, 6, 1) - datetime.timedelta(days=n))
    lead = "Wolontariusze pomagali mieszkańcom Kielc."
    body = factory.LazyFunction(lambda: [{"type": "paragraph", "value": "<p>Treść wiadomości.</p>"}])

    class Meta:
        model = NewsPage
        skip_postgeneration_save = True

    @factory.post_generation
    def categories(self, create, extracted, **kwargs):
        if create and extracted:
            self.categories = extracted
            self.save()

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if create and extracted:
            self.tags.set(extracted)
            self.save()
