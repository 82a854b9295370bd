"""A coordinator checks people in on a phone (375 px) and turns their attendance into hours."""

import datetime
import re

import pytest
from django.contrib.auth.models import Group, User
from django.utils import timezone
from playwright.sync_api import expect

from opportunities.models import Shift, Signup
from opportunities.signups import sign_up
from tests.opportunities.builders import active_volunteer, make_opportunity, make_shift

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PASSWORD = "a-long-coordinator-passphrase"


@pytest.fixture
def coordinator():
    user = User.objects.create_user("rota-coordinator", "rota@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name="Coordinators"))
    return user


@pytest.fixture
def shift_under_way():
    """Two people confirmed on a shift that started an hour ago and lasts three hours."""
    now = timezone.now()
    shift = make_shift(make_opportunity(), starts_at=now + datetime.timedelta(days=1), hours=3, capacity=2)
    for last_name in ("Obecna", "Spozniona"):
        sign_up(active_volunteer(last_name=last_name), shift, now=now)
    Shift.objects.filter(pk=shift.pk).update(
        starts_at=now - datetime.timedelta(hours=1), ends_at=now + datetime.timedelta(hours=2)
    )
    return shift


def test_check_in_on_a_phone_then_count_hours(mobile_page, coordinator, shift_under_way):
    page = mobile_page
    page.goto("/admin/login/")
    page.locator("[name='username']").fill(coordinator.username)
    page.locator("[name='password']").fill(PASSWORD)
    page.locator("form [type='submit']").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))

    page.goto(f"/admin/registry/shifts/rota/{shift_under_way.pk}/check-in/")
    present = page.locator("li", has_text="Obecna").locator("button[value='present']")
    box = present.bounding_box()
    assert box["height"] >= 44 and box["width"] >= 100, box
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    present.click()
    expect(page.locator("li", has_text="Obecna").locator("button[aria-pressed='true']")).to_have_count(1)
    page.locator("li", has_text="Spozniona").locator("button[value='absent']").click()
    expect(page.locator("li", has_text="Spozniona").locator("button[aria-pressed='true']")).to_have_count(1)

    page.locator("main a[href$='/count-hours/']").click()
    page.locator("main form button[type='submit']").click()
    expect(page).to_have_url(re.compile(rf"/rota/{shift_under_way.pk}/$"))
    counted = Signup.objects.filter(shift=shift_under_way, service_record__isnull=False)
    assert [signup.volunteer.last_name for signup in counted] == ["Obecna"]
    assert counted.get().service_record.hours == 3
