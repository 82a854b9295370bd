import datetime
from collections import Counter

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import GroupPagePermission

from opportunities.demo import PAST_WEEKS, load_demo_opportunities, weekly_starts
from opportunities.models import OpportunityIndexPage, OpportunityPage, Shift

pytestmark = pytest.mark.django_db


@pytest.fixture
def loaded(tree, admin_user):
    areas = {"bezpieczna-woda": tree.water, "seniorzy": tree.seniors}
    organisations = {tree.police.name: tree.police}
    stats = Counter()
    shifts = load_demo_opportunities(tree.home, admin_user, stats, areas, organisations)
    return tree, admin_user, areas, organisations, stats, shifts


def test_the_demo_publishes_each_opportunity_in_both_languages(loaded):
    tree, *_rest = loaded

    polish = OpportunityPage.objects.live().filter(locale=tree.pl).exclude(pk__in=[p.pk for p in tree.opportunities])
    english = OpportunityPage.objects.live().filter(locale=tree.en)

    assert polish.count() == 4
    assert english.count() == 4
    assert OpportunityIndexPage.objects.get(locale=tree.en, slug="opportunities").live


def test_the_demo_plans_weekly_shifts_in_the_coming_weeks(loaded):
    *_rest, shifts = loaded

    assert set(shifts) == {"water", "co", "seniors", "schools"}
    water = shifts["water"]
    # Two weeks already served (attendance to count) and six to come.
    assert len(water) == PAST_WEEKS + 6
    today = timezone.localdate()
    assert sum(shift.starts_at.date() <= today for shift in water) == PAST_WEEKS
    days = [shift.starts_at.date() for shift in water]
    # Weekly in Warsaw time (a change to or from summer time moves the UTC hour, never the day).
    assert all((later - earlier).days == 7 for earlier, later in zip(days, days[1:], strict=False))


def test_running_the_demo_again_changes_nothing(loaded):
    tree, admin_user, areas, organisations, _stats, _shifts = loaded
    pages, shifts = OpportunityPage.objects.count(), Shift.objects.count()

    stats = Counter()
    load_demo_opportunities(tree.home, admin_user, stats, areas, organisations)

    assert (OpportunityPage.objects.count(), Shift.objects.count()) == (pages, shifts)
    assert not stats["pages created"] and not stats["shifts created"] and not stats["pages saved"]


def test_coordinators_may_edit_the_demos_opportunities(loaded):
    index = OpportunityIndexPage.objects.get(slug="wolontariat", locale__language_code="pl")

    assert GroupPagePermission.objects.filter(group=Group.objects.get(name="Coordinators"), page=index).exists()


def test_weekly_starts_run_from_two_weeks_back_to_the_coming_weeks_on_the_weekday():
    starts = weekly_starts(5, 10, 3, today=datetime.date(2026, 11, 28))  # a Saturday

    assert [start.date() for start in starts] == [
        datetime.date(2026, 11, 21),
        datetime.date(2026, 11, 28),
        datetime.date(2026, 12, 5),
        datetime.date(2026, 12, 12),
        datetime.date(2026, 12, 19),
    ]
    assert starts[0].hour == 10
