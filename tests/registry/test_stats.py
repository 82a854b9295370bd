"""The home page's figures: aggregates of the registry, cached, and refreshed when the registry changes."""

import datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from registry.models import Volunteer
from registry.stats import public_figures
from tests.registry.factories import OrganisationFactory, ServiceRecordFactory, VolunteerFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def registry(django_capture_on_commit_callbacks):
    """Three active volunteers (one anonymised), two host organisations, hours this year and last."""
    this_year = timezone.localdate().year
    kielce, busko = OrganisationFactory(), OrganisationFactory()
    OrganisationFactory()  # hosts no one
    with django_capture_on_commit_callbacks(execute=True):
        first = VolunteerFactory(status=Volunteer.Status.ACTIVE, organisation=kielce)
        VolunteerFactory(status=Volunteer.Status.ACTIVE, organisation=busko)
        VolunteerFactory(status=Volunteer.Status.ACTIVE, anonymised_at=timezone.now())
        VolunteerFactory(status=Volunteer.Status.APPLIED)
        ServiceRecordFactory(volunteer=first, date=datetime.date(this_year, 1, 2), hours=Decimal("2.50"))
        ServiceRecordFactory(volunteer=first, date=datetime.date(this_year, 1, 3), hours=Decimal("4.00"))
        ServiceRecordFactory(volunteer=first, date=datetime.date(this_year - 1, 12, 31), hours=Decimal("8.00"))
    return first


def test_figures_match_the_registry(registry):
    assert public_figures() == {"active_volunteers": 2, "hours_this_year": Decimal("6.50"), "host_organisations": 2}


def test_figures_on_an_empty_registry_are_zero():
    assert public_figures() == {"active_volunteers": 0, "hours_this_year": 0, "host_organisations": 0}


def test_cached_figures_cost_no_queries(registry, django_assert_num_queries):
    public_figures()
    with django_assert_num_queries(0):
        public_figures()


def test_new_hours_show_after_the_commit(registry, django_capture_on_commit_callbacks):
    public_figures()
    with django_capture_on_commit_callbacks(execute=True):
        ServiceRecordFactory(volunteer=registry, date=timezone.localdate(), hours=Decimal("1.50"))
    assert public_figures()["hours_this_year"] == Decimal("8.00")


def test_a_status_change_shows_after_the_commit(registry, django_capture_on_commit_callbacks):
    public_figures()
    with django_capture_on_commit_callbacks(execute=True):
        registry.status = Volunteer.Status.INACTIVE
        registry.save()
    assert public_figures()["active_volunteers"] == 1


def test_a_deleted_organisation_shows_after_the_commit(registry, django_capture_on_commit_callbacks):
    public_figures()
    with django_capture_on_commit_callbacks(execute=True):
        registry.organisation.delete()
    assert public_figures()["host_organisations"] == 1


def test_nothing_is_dropped_before_the_commit(registry, django_capture_on_commit_callbacks):
    public_figures()
    with django_capture_on_commit_callbacks(execute=False):
        ServiceRecordFactory(volunteer=registry, date=timezone.localdate(), hours=Decimal("1.50"))
    assert public_figures()["hours_this_year"] == Decimal("6.50")
