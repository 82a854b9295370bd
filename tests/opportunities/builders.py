"""Builders of opportunities, shifts and active volunteers, shared by the opportunities and security tests."""

import datetime

from django.utils import timezone

from home.models import default_home
from opportunities.models import OpportunityIndexPage, OpportunityPage, Shift
from registry.models import Volunteer
from tests.registry.factories import VolunteerFactory

# Fixed "now" for tests that need one: a Monday noon in Warsaw, weeks before the shifts below.
NOW = timezone.make_aware(datetime.datetime(2026, 6, 1, 12, 0))


def local(year, month, day, hour=0, minute=0):
    return timezone.make_aware(datetime.datetime(year, month, day, hour, minute))


def make_index():
    existing = OpportunityIndexPage.objects.first()
    if existing:
        return existing
    index = OpportunityIndexPage(title="Wolontariat", slug="wolontariat")
    default_home().add_child(instance=index)
    return index


def make_opportunity(**fields):
    index = make_index()
    fields.setdefault("title", f"Patrol nad jeziorem {OpportunityPage.objects.count() + 1}")
    fields.setdefault("slug", f"patrol-{OpportunityPage.objects.count() + 1}")
    fields.setdefault("lead", "Patrol w sezonie kąpielowym.")
    fields.setdefault("place", "Plaża miejska, Kielce")
    page = OpportunityPage(**fields)
    index.add_child(instance=page)
    return page


def make_shift(opportunity=None, starts_at=None, hours=4, capacity=3, **fields):
    opportunity = opportunity or make_opportunity()
    starts_at = starts_at or local(2026, 7, 4, 9)
    return Shift.objects.create(
        opportunity=opportunity,
        starts_at=starts_at,
        ends_at=starts_at + datetime.timedelta(hours=hours),
        capacity=capacity,
        **fields,
    )


def active_volunteer(**fields):
    fields.setdefault("status", Volunteer.Status.ACTIVE)
    return VolunteerFactory(**fields)
