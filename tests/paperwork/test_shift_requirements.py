"""Signing up for work with minors needs a cleared child-protection check valid on the shift's day."""

import datetime

import pytest
from django.utils import translation

from opportunities.models import Signup
from opportunities.signups import SignupRefused, sign_up
from paperwork.models import SafeguardingCheck
from tests.opportunities.builders import NOW, active_volunteer, local, make_opportunity, make_shift

pytestmark = pytest.mark.django_db


@pytest.fixture
def shift():
    opportunity = make_opportunity(works_with_minors=True)
    return make_shift(opportunity, starts_at=local(2026, 7, 4, 9))


def check(volunteer, checked_on, outcome=SafeguardingCheck.Outcome.CLEARED, valid_until=None):
    return SafeguardingCheck.objects.create(
        volunteer=volunteer,
        checked_on=checked_on,
        outcome=outcome,
        evidence=SafeguardingCheck.Evidence.CRIMINAL_RECORD,
        valid_until=valid_until,
    )


def refused(volunteer, shift):
    with translation.override("en"), pytest.raises(SignupRefused) as caught:
        sign_up(volunteer, shift, now=NOW)
    return caught.value.message


def test_without_a_check_work_with_minors_is_refused(shift):
    assert "child-protection check" in refused(active_volunteer(), shift)
    assert not Signup.objects.exists()


def test_a_check_that_did_not_clear_or_ran_out_before_the_day_is_refused(shift):
    not_cleared = active_volunteer()
    check(not_cleared, datetime.date(2026, 5, 1), outcome=SafeguardingCheck.Outcome.NOT_CLEARED)
    expired = active_volunteer()
    check(expired, datetime.date(2025, 5, 1), valid_until=datetime.date(2026, 7, 3))
    assert "child-protection check" in refused(not_cleared, shift)
    assert "child-protection check" in refused(expired, shift)


def test_a_cleared_check_valid_on_the_day_lets_the_person_sign_up(shift):
    volunteer = active_volunteer()
    check(volunteer, datetime.date(2025, 5, 1), valid_until=datetime.date(2026, 7, 4))
    assert sign_up(volunteer, shift, now=NOW).state == Signup.State.CONFIRMED
