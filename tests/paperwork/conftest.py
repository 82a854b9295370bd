import datetime
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from registry.models import ServiceRecord
from tests.registry.factories import AreaFactory, OrganisationFactory, VolunteerFactory


@pytest.fixture
def coordinator(db):
    user = get_user_model().objects.create_user(
        "koordynatorka", "koordynatorka@example.org", "a long passphrase 42", first_name="Zofia", last_name="Żak"
    )
    user.groups.add(Group.objects.get(name="Coordinators"))
    return user


@pytest.fixture
def organisation(db):
    return OrganisationFactory(name="Komenda Miejska Policji w Kielcach")


@pytest.fixture
def area(db):
    return AreaFactory(name="Bezpieczeństwo nad wodą", slug="woda")


@pytest.fixture
def volunteer(db, organisation):
    return VolunteerFactory(
        first_name="Łucja", last_name="Gąsiorowska-Źdźbło", organisation=organisation, preferred_language="pl"
    )


@pytest.fixture
def served(volunteer, area, organisation):
    """Two days of approved service in May 2026."""
    for day, hours in ((1, "4.5"), (20, "3")):
        ServiceRecord.objects.create(
            volunteer=volunteer,
            date=datetime.date(2026, 5, day),
            area=area,
            organisation=organisation,
            hours=Decimal(hours),
        )
    return volunteer
