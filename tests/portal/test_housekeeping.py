"""Expired sign-in links and ended sessions are deleted by the nightly clean-up; live ones stay."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from portal.models import SignInLink, VolunteerSession

pytestmark = pytest.mark.django_db


def test_the_purge_keeps_what_can_still_be_used(volunteer):
    now = timezone.now()
    old = now - datetime.timedelta(days=3)
    SignInLink.objects.create(volunteer=volunteer, token_hash="a" * 64, expires_at=old)
    live_link = SignInLink.objects.create(volunteer=volunteer, token_hash="b" * 64, expires_at=now)
    VolunteerSession.objects.create(volunteer=volunteer, token_hash="c" * 64, last_seen_at=now, ended_at=old)
    live = VolunteerSession.objects.create(volunteer=volunteer, token_hash="d" * 64, last_seen_at=now)
    call_command("portal_purge", verbosity=0)
    assert list(SignInLink.objects.all()) == [live_link]
    assert list(VolunteerSession.objects.all()) == [live]
