"""The demo sign-ups: a full shift with a waiting list, half-full ones, a past shift counted as hours; idempotent."""

import datetime

import pytest
from django.utils import timezone

from opportunities.demo_signups import load_signups
from opportunities.models import Shift, Signup
from registry.models import ServiceRecord

from .builders import active_volunteer, make_shift

pytestmark = pytest.mark.django_db


def test_demo_sign_ups_make_a_waiting_list_and_counted_hours_and_a_second_run_adds_nothing(opportunity):
    for _ in range(8):
        active_volunteer()
    now = timezone.now()
    soon = make_shift(opportunity, starts_at=now + datetime.timedelta(days=3), capacity=3)
    later = make_shift(opportunity, starts_at=now + datetime.timedelta(days=10), capacity=4)
    past = make_shift(opportunity, starts_at=now - datetime.timedelta(days=10), capacity=3)

    stats = load_signups(now=now)

    assert Signup.objects.filter(shift=soon, state="confirmed").count() == 3
    assert Signup.objects.filter(shift=soon, state="waiting").count() == 2
    assert Signup.objects.filter(shift=later, state="confirmed").count() == 2
    assert Signup.objects.filter(shift=past, attendance="present").count() == 2
    assert ServiceRecord.objects.count() == 2 == stats["service records from attendance"]
    assert Shift.objects.get(pk=past.pk).places_taken == 3

    before = Signup.objects.count()
    assert not load_signups(now=now)
    assert Signup.objects.count() == before and ServiceRecord.objects.count() == 2
