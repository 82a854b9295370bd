"""Factories for the registry (test-only).

Everything they invent is fictitious: example.org addresses and made-up names.
"""

import datetime
from decimal import Decimal

import factory
from django.utils import timezone
from django.utils.text import slugify
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from registry.models import Area, JoinPage, Organisation, Recognition, RecognitionIndexPage, ServiceRecord, Volunteer
from tests.home.factories import SitePageFactory


class AreaFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Obszar {n}")
    slug = factory.LazyAttribute(lambda area: slugify(area.name))
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Area


class OrganisationFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Komisariat Policji nr {n}")
    kind = Organisation.Kind.POLICE
    city = "Kielce"
    country = "PL"
    website = factory.Sequence(lambda n: f"https://komisariat{n}.example.org/")

    class Meta:
        model = Organisation


class VolunteerFactory(DjangoModelFactory):
    first_name = factory.Faker("first_name", locale="pl_PL")
    last_name = factory.Faker("last_name", locale="pl_PL")
    email = factory.Sequence(lambda n: f"wolontariusz{n}@example.org")
    phone = factory.Sequence(lambda n: f"+48600{n % 1_000_000:06d}")
    city = "Kielce"
    date_of_birth = datetime.date(1990, 5, 17)
    status = Volunteer.Status.APPLIED
    source = Volunteer.Source.JOIN_FORM
    consent_text_version = "1"
    consent_given_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Volunteer
        skip_postgeneration_save = True

    @factory.post_generation
    def areas(self, create, extracted, **kwargs):
        if create and extracted:
            self.areas.set(extracted)


class ServiceRecordFactory(DjangoModelFactory):
    volunteer = factory.SubFactory(VolunteerFactory, status=Volunteer.Status.ACTIVE)
    date = factory.LazyFunction(timezone.localdate)
    area = factory.SubFactory(AreaFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    hours = Decimal("3.00")

    class Meta:
        model = ServiceRecord


class RecognitionFactory(DjangoModelFactory):
    """An award to an organisation unless given a `volunteer=` (then pass `organisation=None`)."""

    title = factory.Sequence(lambda n: f"Wyróżnienie {n}")
    awarded_by = "Gala Wolontariatu"
    date = datetime.date(2015, 12, 5)
    organisation = factory.SubFactory(OrganisationFactory)
    volunteer = None
    is_public = True

    class Meta:
        model = Recognition


#: A complete (fictitious) information clause: a join page cannot be published without one.
PRIVACY_NOTICE = {
    "privacy_summary": "<p>Administratorem Twoich danych jest Przykładowa Komenda (dane przykładowe).</p>",
    "privacy_controller": "<p>Przykładowa Komenda, ul. Przykładowa 1, 00-001 Przykładowo, rodo@example.org.</p>",
    "privacy_dpo": "<p>Inspektor ochrony danych: iod@example.org.</p>",
    "privacy_purposes": "<p>Rozpatrzenie zgłoszenia, na podstawie zgody (art. 6 ust. 1 lit. a RODO).</p>",
    "privacy_recipients": "<p>Dostawcy usług IT działający na nasze zlecenie.</p>",
    "privacy_retention": "<p>Do wycofania zgody, najdłużej rok od odrzucenia zgłoszenia.</p>",
    "privacy_rights": "<p>Dostęp, sprostowanie, usunięcie, ograniczenie, sprzeciw, przenoszenie, wycofanie zgody.</p>",
    "privacy_complaint": "<p>Skarga do Prezesa Urzędu Ochrony Danych Osobowych.</p>",
    "privacy_requirement": "<p>Podanie danych jest dobrowolne, ale bez nich nie rozpatrzymy zgłoszenia.</p>",
}


class JoinPageFactory(SitePageFactory):
    title = factory.Sequence(lambda n: f"Dołącz {n}")
    intro = "<p>Zostań wolontariuszem.</p>"
    consent_text = "<p>Zgadzam się na przetwarzanie moich danych osobowych.</p>"
    consent_version = "1"
    privacy_summary = PRIVACY_NOTICE["privacy_summary"]
    privacy_controller = PRIVACY_NOTICE["privacy_controller"]
    privacy_dpo = PRIVACY_NOTICE["privacy_dpo"]
    privacy_purposes = PRIVACY_NOTICE["privacy_purposes"]
    privacy_recipients = PRIVACY_NOTICE["privacy_recipients"]
    privacy_retention = PRIVACY_NOTICE["privacy_retention"]
    privacy_rights = PRIVACY_NOTICE["privacy_rights"]
    privacy_complaint = PRIVACY_NOTICE["privacy_complaint"]
    privacy_requirement = PRIVACY_NOTICE["privacy_requirement"]

    class Meta:
        model = JoinPage


class RecognitionIndexPageFactory(SitePageFactory):
    title = factory.Sequence(lambda n: f"Wyróżnienia {n}")
    intro = "<p>Wyróżnienia dla wolontariuszy i instytucji.</p>"

    class Meta:
        model = RecognitionIndexPage
