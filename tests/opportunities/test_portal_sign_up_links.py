"""The public opportunity page links each open shift to its sign-up on the volunteer's page, and stays public:
the same for everyone, signed in or not, with nothing about any volunteer in it."""

import pytest
from django.test import Client
from django.utils import timezone

from opportunities.models import Signup
from tests.portal.conftest import sign_in
from tests.registry.factories import VolunteerFactory

from .builders import active_volunteer
from .public_tree import add_shift

pytestmark = pytest.mark.django_db


def test_each_open_shift_links_to_its_sign_up_in_the_pages_language(client, lake_patrol):
    page, page_en = lake_patrol
    open_shift = add_shift(page, days=5)
    cancelled = add_shift(page, days=6, cancelled_at=timezone.now())

    polish = client.get(page.url).content.decode()
    english = client.get(page_en.url).content.decode()

    assert f"/pl/wolontariusz/dyzury/{open_shift.pk}/zapisz/" in polish
    assert f"/en/volunteer/shifts/{open_shift.pk}/sign-up/" in english
    assert f"/dyzury/{cancelled.pk}/zapisz/" not in polish


def test_a_signed_in_volunteer_gets_the_same_public_page(lake_patrol):
    page, _page_en = lake_patrol
    shift = add_shift(page, days=5)
    volunteer = active_volunteer(first_name="Qxshiftfirst", last_name="Qxshiftlast", email="qx.shift@example.org")
    other = VolunteerFactory(status=volunteer.status, first_name="Qxother")
    Signup.objects.create(shift=shift, volunteer=other, state=Signup.State.CONFIRMED)
    anonymous = Client().get(page.url)
    signed_in = sign_in(Client(), volunteer).get(page.url)

    html = signed_in.content.decode()
    assert "Qxshift" not in html and "Qxother" not in html and "qx.shift" not in html
    assert html == anonymous.content.decode()
    # The same bytes, yet a signed-in view is never stored by a shared cache (core/cache/middleware.py).
    assert "private" in signed_in.get("Cache-Control", "")
    assert "private" not in anonymous.get("Cache-Control", "")


def test_a_sign_up_link_names_its_date_once_and_the_date_beside_it_is_not_read_twice(client, lake_patrol):
    import re

    from django.template.defaultfilters import date as date_filter
    from django.utils import translation

    _page, page_en = lake_patrol
    shift = add_shift(page_en, days=5)
    with translation.override("en"):
        start = timezone.localtime(shift.starts_at)
        when = f"{date_filter(start, 'j E Y')}, {date_filter(start, 'H:i')}"
    html = client.get(page_en.url).content.decode()
    link = re.search(
        rf'<a class="button" href="/en/volunteer/shifts/{shift.pk}/sign-up/"[^>]*>(.*?)</a>(.*?)</li>', html
    )
    assert link is not None
    assert link[1] == f'Sign up<span class="visually-hidden"> – {when}</span>'
    assert link[2].strip() == f'<span aria-hidden="true">{when}</span>'
