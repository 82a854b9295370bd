"""Signing up needs the area's health-and-safety information acknowledged (art. 45): the version in force on the
shift's day, acknowledged on or before that day; refused otherwise, for volunteers and coordinators alike."""

import datetime
from urllib.parse import parse_qs, urlsplit

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from opportunities.models import Signup
from opportunities.signups import SignupRefused, sign_up
from paperwork.models import SafetyInformation, VolunteerSafetyAcknowledgement
from paperwork.requirements import acknowledge_safety
from tests.opportunities.builders import NOW, active_volunteer, local, make_opportunity, make_shift
from tests.registry.factories import AreaFactory
from tests.registry.registry_users import user_in_group

pytestmark = pytest.mark.django_db

SHIFT_DAY = datetime.date(2026, 7, 4)


@pytest.fixture
def area():
    return AreaFactory(name="Bezpieczeństwo nad wodą", slug="woda")


@pytest.fixture
def shift(area):
    return make_shift(make_opportunity(area=area), starts_at=local(2026, 7, 4, 9))


def information(area, version=1, in_force_from=datetime.date(2026, 1, 1)):
    return SafetyInformation.objects.create(
        area=area, version=version, in_force_from=in_force_from, text_pl=f"<p>Wersja {version}</p>"
    )


def acknowledged(volunteer, information, on):
    return VolunteerSafetyAcknowledgement.objects.create(
        volunteer=volunteer, information=information, acknowledged_on=on
    )


def refusal(volunteer, shift, **kwargs):
    with translation.override("en"), pytest.raises(SignupRefused) as caught:
        sign_up(volunteer, shift, now=NOW, **kwargs)
    return caught.value


def test_without_an_acknowledgement_sign_up_is_refused_and_after_it_allowed(area, shift):
    volunteer = active_volunteer()
    information(area)

    refused = refusal(volunteer, shift)
    assert refused.code == "requirements"
    assert "health and safety information" in refused.message and "Bezpieczeństwo nad wodą" in refused.message
    assert not Signup.objects.exists()

    acknowledge_safety(volunteer, area, datetime.date(2026, 6, 1))
    assert sign_up(volunteer, shift, now=NOW).state == Signup.State.CONFIRMED


def test_the_refusal_links_to_the_volunteers_safety_page_and_back_to_the_shift(area, shift):
    information(area)
    refused = refusal(active_volunteer(), shift)

    [reason] = [reason for reason in refused.reasons if getattr(reason, "link", "")]
    with translation.override("en"):
        address = urlsplit(reason.link)
        assert address.path == reverse("portal_safety:page")
        assert parse_qs(address.query) == {
            "area": [str(area.pk)],
            "next": [reverse("portal_shifts:sign_up", args=[shift.pk])],
        }
    assert address.fragment == f"safety-{area.translation_key}"
    assert reason.link_text


def test_an_area_without_information_refuses_everyone_and_says_it_is_not_published(shift):
    refused = refusal(active_volunteer(), shift)
    assert "has not been published yet" in refused.message


def test_an_opportunity_without_an_area_has_nothing_to_acknowledge():
    shift = make_shift(make_opportunity(area=None), starts_at=local(2026, 7, 4, 9))
    assert sign_up(active_volunteer(), shift, now=NOW).state == Signup.State.CONFIRMED


def test_a_new_version_in_force_on_the_shifts_day_asks_again(area, shift):
    volunteer = active_volunteer()
    acknowledged(volunteer, information(area), datetime.date(2026, 2, 1))
    information(area, version=2, in_force_from=SHIFT_DAY)

    assert "health and safety information" in refusal(volunteer, shift).message

    # A version coming into force only after the shift does not concern it.
    later_shift = make_shift(shift.opportunity, starts_at=local(2026, 7, 3, 9))
    assert sign_up(volunteer, later_shift, now=NOW).state == Signup.State.CONFIRMED


def test_acknowledging_a_version_ahead_of_its_day_counts_once_it_is_in_force(area, shift):
    volunteer = active_volunteer()
    acknowledged(volunteer, information(area), datetime.date(2026, 2, 1))
    upcoming = information(area, version=2, in_force_from=datetime.date(2026, 7, 1))
    acknowledged(volunteer, upcoming, datetime.date(2026, 6, 1))

    assert sign_up(volunteer, shift, now=NOW).state == Signup.State.CONFIRMED


@pytest.mark.parametrize(
    ("acknowledged_on", "allowed"),
    [
        (SHIFT_DAY - datetime.timedelta(days=1), True),
        (SHIFT_DAY, True),
        (SHIFT_DAY + datetime.timedelta(days=1), False),
    ],
)
def test_an_acknowledgement_counts_up_to_the_shifts_day(area, shift, acknowledged_on, allowed):
    volunteer = active_volunteer()
    acknowledged(volunteer, information(area), acknowledged_on)
    if allowed:
        assert sign_up(volunteer, shift, now=NOW).state == Signup.State.CONFIRMED
    else:
        assert "health and safety information" in refusal(volunteer, shift).message


def test_the_shifts_day_is_its_local_date(area):
    """A shift at 00:30 on 5 July in Warsaw is 22:30 UTC on 4 July: its day is 5 July, so an acknowledgement of
    5 July counts for it, not for the shift at 23:30 on 4 July."""
    volunteer = active_volunteer()
    acknowledged(volunteer, information(area), datetime.date(2026, 7, 5))
    after_midnight = make_shift(make_opportunity(area=area), starts_at=local(2026, 7, 5, 0, 30))
    before_midnight = make_shift(after_midnight.opportunity, starts_at=local(2026, 7, 4, 23, 30), hours=0.5)

    assert "health and safety information" in refusal(volunteer, before_midnight).message
    assert sign_up(volunteer, after_midnight, now=NOW).state == Signup.State.CONFIRMED


def test_coordinators_signing_someone_up_are_held_to_it(area, shift):
    volunteer = active_volunteer()
    information(area)
    coordinator = user_in_group("Coordinators")

    assert "health and safety information" in refusal(volunteer, shift, by=coordinator).message

    acknowledge_safety(volunteer, area, datetime.date(2026, 6, 1))
    assert sign_up(volunteer, shift, by=coordinator, now=NOW).signed_up_by == coordinator


def test_the_rota_refuses_with_the_reason_in_words(client, area):
    volunteer = active_volunteer()
    information(area)
    starts_at = timezone.localtime(timezone.now() + datetime.timedelta(days=30)).replace(hour=9, minute=0)
    shift = make_shift(make_opportunity(area=area), starts_at=starts_at)
    client.force_login(user_in_group("Coordinators"))

    response = client.post(f"/admin/registry/shifts/rota/{shift.pk}/", {"volunteer": volunteer.pk}, follow=True)

    assert response.status_code == 200
    assert not Signup.objects.exists()
    messages = [str(message) for message in response.context["messages"]]
    assert any("Bezpieczeństwo nad wodą" in message for message in messages), messages
