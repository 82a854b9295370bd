"""Factories for the site-wide pages and images (test-only: factory-boy is a development requirement)."""

import datetime

import factory
import wagtail_factories
from wagtail.models import Collection

from core.slugs import ascii_slugify
from home.models import AccessibilityStatementPage, PartnerIndexPage, PartnerPage, StandardPage, default_home


class ImageFactory(wagtail_factories.ImageFactory):
    """A small generated image in the root collection (the stock factory would add a second root)."""

    title = factory.Sequence(lambda n: f"Obraz {n}")
    collection = factory.LazyFunction(Collection.get_first_root_node)
    file = factory.django.ImageField(width=320, height=180, color="#1f5f8b")


class SitePageFactory(wagtail_factories.PageFactory):
    """A page under the default home page unless given a `parent=`, with a unique slug."""

    parent = factory.LazyFunction(default_home)
    slug = factory.LazyAttribute(lambda page: ascii_slugify(page.title))

    class Meta:
        abstract = True


class StandardPageFactory(SitePageFactory):
    title = factory.Sequence(lambda n: f"Strona {n}")
    intro = "Krótki wstęp do strony."
    body = factory.LazyFunction(lambda: [{"type": "paragraph", "value": "<p>Treść strony.</p>"}])

    class Meta:
        model = StandardPage


class PartnerIndexPageFactory(SitePageFactory):
    title = factory.Sequence(lambda n: f"Partnerzy {n}")
    intro = "Instytucje, z którymi współpracujemy, i ci, którzy nas wspierają."

    class Meta:
        model = PartnerIndexPage


class PartnerPageFactory(SitePageFactory):
    parent = factory.SubFactory(PartnerIndexPageFactory)
    title = factory.Sequence(lambda n: f"Partner {n}")
    role = PartnerPage.Role.COOPERATING
    logo = factory.SubFactory(ImageFactory)
    website = factory.Sequence(lambda n: f"https://partner{n}.example.org/")
    description = "<p>Partner programu wolontariatu.</p>"

    class Meta:
        model = PartnerPage


class AccessibilityStatementPageFactory(SitePageFactory):
    title = "Deklaracja dostępności"
    entity_name = "Komenda Miejska Policji w Kielcach"
    website_name = "Wolontariat Obywatelski"
    published_on = datetime.date(2016, 6, 1)
    updated_on = datetime.date(2026, 11, 1)
    status = AccessibilityStatementPage.Status.COMPLIANT
    prepared_on = datetime.date(2026, 3, 20)
    contact_person = "Anna Nowak"
    contact_email = "dostepnosc@example.org"
    contact_phone = "+48 41 349 20 00"
    procedure = "<p>Każdy ma prawo wystąpić z żądaniem zapewnienia dostępności cyfrowej.</p>"
    architecture = "<p>Wejście do budynku jest dostępne dla osób na wózkach.</p>"
    mobile_apps = "<p>Program nie udostępnia aplikacji mobilnych.</p>"

    class Meta:
        model = AccessibilityStatementPage
