"""A small public site with an opportunities listing in Polish and English, and helpers to add shifts
(the public pages' tests; the fixtures are in conftest.py)."""

import datetime
from dataclasses import dataclass, field

from django.utils import timezone
from wagtail.models import Locale, Site

from opportunities.models import OpportunityIndexPage, OpportunityPage, Shift, Training
from registry.models import Area, Organisation
from tests.site_tree import publish, translate


def add_child(parent, page):
    parent.add_child(instance=page)
    return publish(page)


@dataclass
class OpportunityTree:
    pl: Locale
    en: Locale
    home: object
    home_en: object
    index: OpportunityIndexPage
    index_en: OpportunityIndexPage
    water: Area
    water_en: Area
    seniors: Area
    police: Organisation
    ngo: Organisation
    first_aid: Training
    first_aid_en: Training
    opportunities: list = field(default_factory=list)


def in_days(days, hour=10, minutes=0):
    """An aware moment `days` from today at the given Warsaw hour."""
    day = timezone.localdate() + datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime(day.year, day.month, day.day, hour, minutes))


def add_shift(page, days=7, hour=10, hours=3, capacity=5, taken=0, **extra):
    starts = in_days(days, hour)
    return Shift.objects.create(
        opportunity=page,
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=hours),
        capacity=capacity,
        places_taken=taken,
        **extra,
    )


def add_opportunity(tree, title, *, area=None, organisation=None, index=None, **extra):
    values = {
        "lead": f"{title}: krótki opis zadania.",
        "place": "Zalew Kielecki, ul. Szkolna 30, Kielce",
        "body": [{"type": "paragraph", "value": f"<p>{title} – szczegóły.</p>"}],
        **extra,
    }
    page = add_child(index or tree.index, OpportunityPage(title=title, area=area, organisation=organisation, **values))
    tree.opportunities.append(page)
    return page


def build_opportunity_tree():
    pl = Locale.objects.get(language_code="pl")
    en = Locale.objects.get(language_code="en")
    home = publish(Site.objects.get(is_default_site=True).root_page.specific)
    home_en = translate(home, en, title="Civic Volunteering", slug="home-en")
    index = add_child(home, OpportunityIndexPage(title="Wolontariat", slug="wolontariat", intro="Zadania dla Ciebie."))
    index_en = translate(index, en, title="Opportunities", slug="opportunities", intro="Tasks for you.")
    water = Area.objects.create(name="Bezpieczeństwo nad wodą", slug="bezpieczna-woda", locale=pl)
    water_en = water.copy_for_translation(en)
    water_en.name = "Water safety"
    water_en.save()
    seniors = Area.objects.create(name="Seniorzy", slug="seniorzy", locale=pl)
    police = Organisation.objects.create(name="Komenda Miejska Policji w Kielcach", kind=Organisation.Kind.POLICE)
    ngo = Organisation.objects.create(name="Stowarzyszenie Sąsiedzka Pomoc", kind=Organisation.Kind.NGO)
    first_aid = Training.objects.create(name="Pierwsza pomoc", locale=pl, valid_for_months=24)
    first_aid_en = first_aid.copy_for_translation(en)
    first_aid_en.name = "First aid"
    first_aid_en.save()
    return OpportunityTree(
        pl=pl,
        en=en,
        home=home,
        home_en=home_en,
        index=index,
        index_en=index_en,
        water=water,
        water_en=water_en,
        seniors=seniors,
        police=police,
        ngo=ngo,
        first_aid=first_aid,
        first_aid_en=first_aid_en,
    )
