"""The rota marks, in words, each person on the shift who has not confirmed the version of the area's safety
information in force on the shift's day (written after they signed up); nobody is taken off."""

import datetime
import re

import pytest
from django.utils import timezone

from opportunities.models import Signup
from opportunities.signups import sign_up
from paperwork.models import SafetyInformation
from paperwork.requirements import acknowledge_information
from tests.registry.registry_users import user_in_group

from .builders import active_volunteer, make_shift

pytestmark = pytest.mark.django_db

# The admin speaks Polish (the coordinators' language here): the mark and the note above the table.
MARK = "Do uzupełnienia:"
NOTE = "do uzupełnienia przed"


@pytest.fixture
def coordinator_client(client, db):
    client.force_login(user_in_group("Coordinators"))
    return client


@pytest.fixture
def shift(opportunity):
    start = timezone.localtime() + datetime.timedelta(days=20)
    return make_shift(opportunity, starts_at=start.replace(hour=9, minute=0, second=0, microsecond=0), capacity=2)


def rows(html):
    """{last name: the table row's text} of the rota's tables."""
    found = {}
    for row in re.findall(r"<tr>(.*?)</tr>", html, flags=re.S):
        text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", row)).strip()
        if text:
            found[text.split(" ", 1)[0]] = text
    return found


def rota(client, shift):
    response = client.get(f"/admin/registry/shifts/rota/{shift.pk}/")
    assert response.status_code == 200
    return response.content.decode()


def test_people_coming_without_the_new_version_confirmed_are_marked_in_words(coordinator_client, shift, area):
    # Everyone confirmed version 1 (the autouse fixture); version 2 comes into force before the shift.
    read, unread = active_volunteer(last_name="Przeczytana"), active_volunteer(last_name="Nieprzeczytana")
    waiting = active_volunteer(last_name="Rezerwowa")
    for volunteer in (read, unread, waiting):
        sign_up(volunteer, shift)
    assert rows(rota(coordinator_client, shift))["Przeczytana"].count(MARK) == 0

    newer = SafetyInformation.objects.create(
        area=area, version=2, in_force_from=timezone.localdate() + datetime.timedelta(days=5), text_pl="<p>Nowa</p>"
    )
    acknowledge_information(read, newer)
    html = rota(coordinator_client, shift)
    people = rows(html)

    assert MARK not in people["Przeczytana"]
    assert f"{MARK} brak potwierdzenia informacji BHP (wersja 2)" in people["Nieprzeczytana"]
    assert MARK in people["Rezerwowa"]  # the waiting list moves up without a new check
    assert "1 osoba zapisana na dyżur ma jeszcze coś do uzupełnienia przed dyżurem" in html
    assert Signup.objects.filter(state=Signup.State.CONFIRMED).count() == 2


def test_a_version_from_after_the_shift_marks_nobody(coordinator_client, shift, area):
    sign_up(active_volunteer(last_name="Spokojna"), shift)
    SafetyInformation.objects.create(
        area=area, version=2, in_force_from=timezone.localdate() + datetime.timedelta(days=30), text_pl="<p>Nowa</p>"
    )

    html = rota(coordinator_client, shift)

    assert MARK not in html and NOTE not in html
