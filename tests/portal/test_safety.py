"""Health and safety on the volunteer's own page: each relevant area's information in the person's language, an
"I have read and understood" button recording the version and the day once, a new version asking again, and the
way from a refused sign-up to the information and back. Only the signed-in person's own acknowledgements."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Locale, ModelLogEntry

from opportunities.models import Signup
from paperwork.audit import SAFETY_ACKNOWLEDGED
from paperwork.models import SafetyInformation, VolunteerSafetyAcknowledgement
from tests.opportunities.builders import make_opportunity, make_shift
from tests.registry.factories import AreaFactory

from .conftest import url

pytestmark = pytest.mark.django_db


def safety_url(language="pl", **query):
    with translation.override(language):
        address = reverse("portal_safety:page")
    if query:
        from urllib.parse import urlencode

        address += "?" + urlencode(query)
    return address


def sign_up_url(shift, language="pl"):
    with translation.override(language):
        return reverse("portal_shifts:sign_up", args=[shift.pk])


def days_from_today(days):
    return timezone.localdate() + datetime.timedelta(days=days)


@pytest.fixture
def water(db):
    area = AreaFactory(name="Bezpieczeństwo nad wodą", slug="woda")
    english = Locale.objects.get(language_code="en")
    translated = area.copy_for_translation(english)
    translated.name = "Water safety"
    translated.save()
    return area


@pytest.fixture
def water_information(water):
    return SafetyInformation.objects.create(
        area=water,
        version=1,
        in_force_from=days_from_today(-100),
        text_pl="<p>Nie wchodź do wody, by ratować.</p>",
        text_en="<p>Never go into the water to rescue anyone.</p>",
    )


@pytest.fixture
def water_shift(water):
    """A shift in ten days on a water-safety opportunity: the area counts as one the person may meet."""
    day = days_from_today(10)
    starts_at = timezone.make_aware(datetime.datetime(day.year, day.month, day.day, 9))
    return make_shift(make_opportunity(area=water), starts_at=starts_at, capacity=2)


def confirm(client, information, **extra):
    return client.post(safety_url(), {"information": information.pk, **extra})


def test_the_home_page_lists_the_areas_information_still_to_read(signed_in, water_information, water_shift):
    html = signed_in.get(url("home")).content.decode()

    assert 'id="portal-safety"' in html
    assert "Bezpieczeństwo nad wodą" in html
    assert safety_url() in html


def test_the_page_shows_the_text_in_the_persons_language_with_its_version(signed_in, water_information, water_shift):
    polish = signed_in.get(safety_url()).content.decode()
    english = signed_in.get(safety_url("en")).content.decode()

    assert "Nie wchodź do wody, by ratować." in polish and "Bezpieczeństwo nad wodą" in polish
    assert "Never go into the water to rescue anyone." in english and "Water safety" in english
    assert "Version 1, in force from" in english
    assert 'name="information"' in english and 'name="csrfmiddlewaretoken"' in english


def test_without_an_english_text_the_polish_one_is_shown(signed_in, water_information, water_shift):
    SafetyInformation.objects.filter(pk=water_information.pk).update(text_en="")
    assert "Nie wchodź do wody, by ratować." in signed_in.get(safety_url("en")).content.decode()


def test_confirming_records_the_version_and_the_day_once_and_logs_it(
    signed_in, volunteer, water_information, water_shift
):
    first = confirm(signed_in, water_information)
    second = confirm(signed_in, water_information)

    assert first.status_code == second.status_code == 303
    acknowledgement = VolunteerSafetyAcknowledgement.objects.get()
    assert acknowledgement.volunteer == volunteer and acknowledgement.information == water_information
    assert acknowledgement.acknowledged_on == timezone.localdate()
    entries = ModelLogEntry.objects.filter(action=SAFETY_ACKNOWLEDGED, object_id=str(volunteer.pk))
    assert entries.count() == 1
    assert entries.get().data == {"information": water_information.pk, "version": 1}
    assert entries.get().user is None

    page = signed_in.get(safety_url("en")).content.decode()
    assert f"Confirmed on {timezone.localdate():%-d}" in page
    assert 'name="information"' not in page


def test_a_new_version_in_force_asks_again(signed_in, volunteer, water, water_information, water_shift):
    confirm(signed_in, water_information)
    SafetyInformation.objects.create(
        area=water, version=2, in_force_from=timezone.localdate(), text_pl="<p>Nowe: burza kończy dyżur.</p>"
    )

    page = signed_in.get(safety_url("en")).content.decode()

    assert "Nowe: burza kończy dyżur." in page and "Version 2" in page
    assert "You confirmed version 1 on" in page
    assert page.count('name="information"') == 1
    # The superseded version cannot be confirmed any more; nothing is recorded for it.
    VolunteerSafetyAcknowledgement.objects.all().delete()
    response = confirm(signed_in, water_information)
    assert response.status_code == 303
    assert not VolunteerSafetyAcknowledgement.objects.exists()


def test_a_version_coming_into_force_later_can_be_confirmed_ahead(signed_in, volunteer, water, water_information):
    upcoming = SafetyInformation.objects.create(
        area=water, version=2, in_force_from=days_from_today(5), text_pl="<p>Od przyszłego tygodnia.</p>"
    )
    day = days_from_today(10)
    shift = make_shift(
        make_opportunity(area=water), starts_at=timezone.make_aware(datetime.datetime(day.year, day.month, day.day, 9))
    )
    confirm(signed_in, water_information)
    assert signed_in.post(sign_up_url(shift)).status_code == 400  # version 2 will be in force on the day

    page = signed_in.get(safety_url()).content.decode()
    assert "Od przyszłego tygodnia." in page
    confirm(signed_in, upcoming)

    assert signed_in.post(sign_up_url(shift)).status_code == 303
    assert Signup.objects.get(volunteer=volunteer).state == Signup.State.CONFIRMED


def test_from_a_refused_sign_up_to_the_information_and_back(signed_in, volunteer, water_information, water_shift):
    refused = signed_in.get(sign_up_url(water_shift, "en")).content.decode()
    assert "You cannot sign up for this shift" in refused
    link = safety_url("en", area=water_information.area.pk, next=sign_up_url(water_shift, "en"))
    assert link.replace("&", "&amp;") in refused

    page = signed_in.get(link).content.decode()
    assert f'value="{sign_up_url(water_shift, "en")}"' in page  # the form carries the way back

    response = confirm(signed_in, water_information, next=sign_up_url(water_shift, "en"))
    assert response.status_code == 303 and response["Location"] == sign_up_url(water_shift, "en")

    assert signed_in.post(sign_up_url(water_shift)).status_code == 303
    assert Signup.objects.filter(volunteer=volunteer).exists()


def test_the_way_back_never_leads_off_the_site(signed_in, water_information, water_shift):
    response = confirm(signed_in, water_information, next="//evil.example.org/")
    assert response.status_code == 303 and "evil" not in response["Location"]


def test_an_area_asked_for_is_shown_even_when_nothing_else_concerns_it(signed_in, water_information):
    page = signed_in.get(safety_url(area=water_information.area.pk)).content.decode()
    assert "Nie wchodź do wody, by ratować." in page
    assert "Nie wchodź do wody" not in signed_in.get(safety_url()).content.decode()


def test_another_persons_session_records_only_its_own_acknowledgement(
    volunteer, other_volunteer, water_information, water_shift
):
    from .conftest import sign_in

    other = sign_in(Client(), other_volunteer)
    confirm(other, water_information, volunteer=volunteer.pk, volunteer_id=volunteer.pk)

    assert list(VolunteerSafetyAcknowledgement.objects.values_list("volunteer", flat=True)) == [other_volunteer.pk]
    assert not ModelLogEntry.objects.filter(action=SAFETY_ACKNOWLEDGED, object_id=str(volunteer.pk)).exists()


def test_without_a_session_nothing_is_shown_or_recorded(volunteer, water_information, water_shift):
    client = Client()

    page = client.get(safety_url())
    posted = confirm(client, water_information)

    assert page.status_code == 302 and page["Location"].startswith(url("sign_in"))
    assert "Nie wchodź do wody" not in page.content.decode()
    assert posted.status_code == 302
    assert not VolunteerSafetyAcknowledgement.objects.exists()


def test_confirming_needs_the_csrf_token(volunteer, water_information, water_shift):
    from .conftest import sign_in

    client = sign_in(Client(), volunteer)
    client.handler.enforce_csrf_checks = True  # as a browser's cross-site post would be checked

    assert confirm(client, water_information).status_code == 403
    assert not VolunteerSafetyAcknowledgement.objects.exists()


def test_an_unknown_version_is_not_found(signed_in, water_information):
    assert signed_in.post(safety_url(), {"information": "999999"}).status_code == 404
    assert signed_in.post(safety_url(), {"information": "x"}).status_code == 404
    assert not VolunteerSafetyAcknowledgement.objects.exists()


def test_a_new_version_after_signing_up_is_shown_by_the_shift_until_confirmed(
    signed_in, volunteer, water, water_information, water_shift
):
    confirm(signed_in, water_information)
    assert signed_in.post(sign_up_url(water_shift)).status_code == 303
    home = url("home", language="en")
    assert "portal-shifts__owed" not in signed_in.get(home).content.decode()

    newer = SafetyInformation.objects.create(
        area=water, version=2, in_force_from=days_from_today(5), text_pl="<p>Nowe: burza kończy dyżur.</p>"
    )
    page = signed_in.get(home).content.decode()

    assert page.count('class="portal-shifts__owed"') == 1
    assert "Before this shift:" in page and "Water safety" in page and "(version 2)" in page
    link = safety_url("en", area=water.pk, next=home) + f"#safety-{water.translation_key}"
    assert link.replace("&", "&amp;") in page
    # The place stays: the person is told, not taken off.
    assert Signup.objects.get(volunteer=volunteer).state == Signup.State.CONFIRMED

    response = confirm(signed_in, newer, next=home)
    assert response.status_code == 303 and response["Location"] == home
    assert "portal-shifts__owed" not in signed_in.get(home).content.decode()


def test_a_new_version_from_after_the_shift_is_not_shown_by_it(signed_in, water, water_information, water_shift):
    confirm(signed_in, water_information)
    assert signed_in.post(sign_up_url(water_shift)).status_code == 303
    SafetyInformation.objects.create(
        area=water, version=2, in_force_from=days_from_today(20), text_pl="<p>Później.</p>"
    )

    assert "portal-shifts__owed" not in signed_in.get(url("home", language="en")).content.decode()


def areas_with_information(volunteer, count):
    """`count` areas of the person's own, each with a superseded version they confirmed, the version in force and
    one coming into force later: every kind of row area_rows builds."""
    for number in range(count):
        area = AreaFactory(name=f"Obszar {number}", slug=f"obszar-{number}")
        volunteer.areas.add(area)
        old, current = (
            SafetyInformation.objects.create(
                area=area, version=version, in_force_from=days_from_today(offset), text_pl=f"<p>Wersja {version}</p>"
            )
            for version, offset in ((1, -100), (2, -10))
        )
        SafetyInformation.objects.create(area=area, version=3, in_force_from=days_from_today(5), text_pl="<p>3</p>")
        VolunteerSafetyAcknowledgement.objects.create(volunteer=volunteer, information=old)
        VolunteerSafetyAcknowledgement.objects.create(volunteer=volunteer, information=current)


@pytest.mark.parametrize("count", [1, 3])
def test_the_safety_rows_take_the_same_queries_whatever_the_number_of_areas(
    volunteer, count, django_assert_num_queries
):
    from paperwork.portal_safety import area_rows

    areas_with_information(volunteer, count)

    # relevant_areas(): the areas' keys, then the areas themselves; then every version, then every acknowledgement.
    with django_assert_num_queries(4):
        rows = area_rows(volunteer)
        # What the page reads of each row is already there: no query per area while rendering either.
        shown = [
            (
                row["area"].name,
                [(entry["information"].version, entry["acknowledgement"] is not None) for entry in row["versions"]],
                row["earlier"].information.version if row["earlier"] else None,
                row["to_read"],
            )
            for row in rows
        ]

    assert shown == [(f"Obszar {number}", [(2, True), (3, False)], 1, 1) for number in range(count)]


def test_the_rows_offer_what_a_single_area_would_offer(volunteer):
    """The versions on the page are those safety_versions_to_read offers for confirmation, area by area."""
    from paperwork.portal_safety import area_rows
    from paperwork.requirements import safety_versions_to_read

    areas_with_information(volunteer, 2)

    for row in area_rows(volunteer):
        assert [entry["information"] for entry in row["versions"]] == safety_versions_to_read(row["area"])
