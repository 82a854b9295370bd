"""A small public site in Polish and English, built for the home and news tests with the test factories.

Every test that needs pages makes them with the factories (tests/<app>/factories.py); this module only
composes them into one two-language tree and publishes each page through a revision, as an editor would.
"""

import atexit
import datetime
import shutil
import tempfile
from dataclasses import dataclass, field

from django.core.cache import cache
from django.test import override_settings
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage, PartnerIndexPage, PartnerPage, StandardPage, default_home
from news.models import NewsCategory, NewsIndexPage, NewsPageRelatedPartner
from registry.models.pages import JoinPage, RecognitionIndexPage
from tests.home.factories import ImageFactory, PartnerIndexPageFactory, PartnerPageFactory, StandardPageFactory
from tests.news.factories import NewsCategoryFactory, NewsIndexPageFactory, NewsPageFactory
from tests.registry.factories import JoinPageFactory, RecognitionIndexPageFactory

# One media folder for the whole run: the tree is built once per test class, before per-test
# fixtures run, and its image files must still be there when a later test makes renditions.
TEST_MEDIA_ROOT = tempfile.mkdtemp(prefix="public-site-media-")
atexit.register(shutil.rmtree, TEST_MEDIA_ROOT, ignore_errors=True)


@dataclass
class SiteTree:
    pl: Locale
    en: Locale
    home: HomePage
    home_en: HomePage
    about: StandardPage
    about_en: StandardPage
    news_index: NewsIndexPage
    news_index_en: NewsIndexPage
    partners: PartnerIndexPage
    partners_en: PartnerIndexPage
    police: PartnerPage
    police_en: PartnerPage
    sponsor: PartnerPage
    join: JoinPage
    join_en: JoinPage
    recognitions: RecognitionIndexPage
    category: NewsCategory
    category_en: NewsCategory
    image: object
    articles: list = field(default_factory=list)
    articles_en: list = field(default_factory=list)


def make_image(title="Zdjęcie"):
    return ImageFactory(title=title, file=get_test_image_file())


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page.specific


def published(factory, parent, **fields):
    """A page made by the factory under `parent`, then published through a revision."""
    return publish(factory(parent=parent, **fields))


def translate(page, locale, **changes):
    """A published translation of the page, as wagtail-localize's "translate" would make it."""
    copy = page.copy_for_translation(locale)
    for name, value in changes.items():
        setattr(copy, name, value)
    copy.save()
    return publish(copy)


def add_article(tree, day, title="Wiadomość", index=None, locale="pl", image=True, **extra):
    index = index or (tree.news_index if locale == "pl" else tree.news_index_en)
    fields = {
        # No slug: the page makes a unique one from the title, as in the editor (two articles may share a title).
        "slug": "",
        "lead": f"{title}: krótko o tym, co się wydarzyło.",
        "body": [{"type": "paragraph", "value": f"<p>{title} – treść.</p>"}],
        **extra,
    }
    return published(
        NewsPageFactory, index, title=title, date=day, listing_image=tree.image if image else None, **fields
    )


def build_site_tree():
    pl = Locale.objects.get(language_code="pl")
    en = Locale.objects.get(language_code="en")
    home = default_home()
    home.hero_title = "Wolontariat Obywatelski"
    home = publish(home)
    home_en = translate(home, en, title="Civic Volunteering", hero_title="Civic Volunteering")
    image = make_image()

    # Fields the factories would fill are given explicitly: the tests read these very texts.
    about = published(
        StandardPageFactory,
        home,
        title="O programie",
        slug="o-programie",
        intro="Kim jesteśmy.",
        body=[],
        show_in_menus=True,
    )
    about_en = translate(about, en, title="About the programme", slug="about")
    news_index = published(
        NewsIndexPageFactory, home, title="Aktualności", slug="aktualnosci", intro="", show_in_menus=True
    )
    news_index_en = translate(news_index, en, title="News", slug="news")
    partners = published(
        PartnerIndexPageFactory, home, title="Partnerzy", slug="partnerzy", intro="", show_in_menus=True
    )
    partners_en = translate(partners, en, title="Partners", slug="partners")
    police = published(
        PartnerPageFactory,
        partners,
        title="Komenda Miejska Policji w Kielcach",
        slug="kmp-kielce",
        role=PartnerPage.Role.COOPERATING,
        logo=image,
        website="https://kielce.policja.gov.pl/",
        description="",
    )
    police_en = translate(police, en, title="Kielce City Police Headquarters", slug="kielce-police")
    sponsor = published(
        PartnerPageFactory,
        partners,
        title="Fundacja Wspierająca",
        slug="fundacja",
        role=PartnerPage.Role.SUPPORTER,
        logo=image,
        website="",
        description="",
    )
    join = published(JoinPageFactory, home, title="Dołącz", slug="dolacz", intro="", consent_text="<p>Zgoda</p>")
    join_en = translate(join, en, title="Join us", slug="join")
    recognitions = published(RecognitionIndexPageFactory, home, title="Wyróżnienia", slug="wyroznienia", intro="")

    category = NewsCategoryFactory(name="Profilaktyka", slug="profilaktyka", locale=pl)
    category_en = category.copy_for_translation(en)
    category_en.name = "Prevention"
    category_en.save()

    tree = SiteTree(
        pl=pl,
        en=en,
        home=home,
        home_en=home_en,
        about=about,
        about_en=about_en,
        news_index=news_index,
        news_index_en=news_index_en,
        partners=partners,
        partners_en=partners_en,
        police=police,
        police_en=police_en,
        sponsor=sponsor,
        join=join,
        join_en=join_en,
        recognitions=recognitions,
        category=category,
        category_en=category_en,
        image=image,
    )
    conference = add_article(tree, datetime.date(2016, 6, 28), title="Konferencja w Warszawie")
    conference.categories = [category]
    conference.tags.add("konferencja")
    conference.related_partners.add(NewsPageRelatedPartner(partner=police))
    conference = publish(conference)
    tree.articles.append(conference)
    tree.articles.append(add_article(tree, datetime.date(2025, 7, 1), title="Bezpieczne wakacje nad wodą"))
    tree.articles_en.append(
        translate(conference, en, title="Conference in Warsaw", slug="conference", lead="A report.")
    )
    return tree


@override_settings(MEDIA_ROOT=TEST_MEDIA_ROOT)
class SiteTreeTestCase(WagtailPageTestCase):
    """Builds the two-language tree once per class; each test runs in its own rolled-back transaction."""

    @classmethod
    def setUpTestData(cls):
        cache.clear()
        cls.tree = build_site_tree()

    def setUp(self):
        # Wagtail caches site root paths and renditions; a previous class's tree must not leak in.
        cache.clear()

    def html(self, url, **extra):
        response = self.client.get(url, **extra)
        self.assertEqual(response.status_code, 200, url)
        return response.content.decode()
