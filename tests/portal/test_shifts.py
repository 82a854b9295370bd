"""The volunteer's shifts on their own page: the section, signing up, cancelling and the personal calendar."""

import datetime

import icalendar
import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from opportunities.models import Signup
from portal.calendar import feed
from tests.opportunities.builders import make_opportunity, make_shift

from .conftest import url


def in_days(days, hour=10):
    day = timezone.localdate() + datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime(day.year, day.month, day.day, hour))


def sign_up_url(shift, language="pl"):
    with translation.override(language):
        return reverse("portal_shifts:sign_up", args=[shift.pk])


def cancel_url(signup, language="pl"):
    with translation.override(language):
        return reverse("portal_shifts:cancel", args=[signup.pk])


@pytest.fixture
def shift(db):
    opportunity = make_opportunity(title="Patrol nad jeziorem", place="Plaża miejska", cancel_cutoff_hours=24)
    return make_shift(opportunity, starts_at=in_days(10), capacity=1)


def test_the_sign_up_address_is_translated(shift):
    assert sign_up_url(shift) == f"/pl/wolontariusz/dyzury/{shift.pk}/zapisz/"
    assert sign_up_url(shift, "en") == f"/en/volunteer/shifts/{shift.pk}/sign-up/"


def test_without_a_session_the_sign_up_page_asks_to_sign_in_and_comes_back(db, volunteer, shift):
    client = Client()
    response = client.get(sign_up_url(shift))

    assert response.status_code == 302
    assert response["Location"].startswith(url("sign_in") + "?next=")
    assert "no-store" in response["Cache-Control"]
    # The link e-mailed after asking from there brings the person back to the shift.
    from .conftest import ask_for_link, latest_link

    ask_for_link(client, volunteer.email, path=response["Location"])

    confirmed = client.post(latest_link(volunteer.email))
    assert confirmed.status_code == 303
    assert confirmed["Location"] == sign_up_url(shift)


def test_next_never_leads_off_the_site(db, volunteer, shift):
    client = Client()
    from .conftest import ask_for_link, latest_link

    ask_for_link(client, volunteer.email, path=url("sign_in") + "?next=//evil.example.org/x")

    assert "evil" not in latest_link(volunteer.email)
    response = client.post(latest_link(volunteer.email))
    assert response["Location"] == url("home")


def test_the_sign_up_page_shows_the_shift_and_a_confirm_button(signed_in, shift):
    response = signed_in.get(sign_up_url(shift))

    html = response.content.decode()
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert "Patrol nad jeziorem" in html and "Plaża miejska" in html
    assert 'method="post"' in html
    assert not Signup.objects.exists()


def test_confirming_gives_a_place(signed_in, volunteer, shift):
    response = signed_in.post(sign_up_url(shift), follow=True)

    signup = Signup.objects.get(volunteer=volunteer, shift=shift)
    assert signup.state == Signup.State.CONFIRMED
    html = response.content.decode()
    assert "Masz miejsce na dyżurze" in html
    assert "Patrol nad jeziorem" in html  # in the "Your shifts" section


def test_a_full_shift_puts_the_person_on_the_waiting_list_with_their_number(signed_in, volunteer, shift):
    from opportunities.signups import sign_up
    from tests.opportunities.builders import active_volunteer

    sign_up(active_volunteer(), shift)
    response = signed_in.post(sign_up_url(shift), follow=True)

    assert Signup.objects.get(volunteer=volunteer).state == Signup.State.WAITING
    html = response.content.decode()
    assert "Jesteś na liście rezerwowej na 1. miejscu" in html
    assert "Lista rezerwowa: jesteś na 1. miejscu" in html  # the "Your shifts" section


def test_a_refused_sign_up_says_why_and_changes_nothing(signed_in, volunteer, shift):
    shift.opportunity.minimum_age = 18
    shift.opportunity.save()
    volunteer.date_of_birth = timezone.localdate() - datetime.timedelta(days=365 * 15)
    volunteer.save()

    response = signed_in.post(sign_up_url(shift))

    assert response.status_code == 400
    assert "no-store" in response["Cache-Control"]
    assert not Signup.objects.exists()
    shift.refresh_from_db()
    assert shift.places_taken == 0


def test_the_volunteer_page_and_the_opportunity_page_describe_the_same_way_to_sign_up(client, signed_in, shift):
    home = signed_in.get(url("home", language="en")).content.decode()
    assert "sign up there" not in home
    assert "press “Sign up” by the date you want; you then confirm it on your volunteer page" in home
    opportunity = client.get(shift.opportunity.url).content.decode()
    with translation.override("pl"):
        from django.utils.translation import gettext

        hint = gettext(
            "Active volunteers of the programme press “Sign up” by a date below and confirm it on their volunteer "
            "page, after signing in with the link we e-mail to them. If something is unclear, write or call the "
            "contact given above: the coordinator can sign you up."
        )
    assert hint in opportunity
    assert f'href="{url("home")}"' in opportunity


def test_a_volunteer_not_yet_active_is_not_invited_to_sign_up_and_is_told_why(signed_in, volunteer, shift):
    from registry.models import Volunteer

    Volunteer.objects.filter(pk=volunteer.pk).update(status=Volunteer.Status.TRAINED)
    home = signed_in.get(url("home", language="en")).content.decode()
    assert "press “Sign up”" not in home
    assert "signing up opens once a coordinator confirms you as an active volunteer" in home
    page = signed_in.get(sign_up_url(shift, language="en")).content.decode()
    assert "Only active volunteers can sign up" in page
    assert "signing up opens once a coordinator confirms you as an active volunteer" in page
    assert "Confirm sign-up" not in page


def test_the_sign_up_page_says_cancelling_is_on_the_volunteer_page(signed_in, shift):
    html = signed_in.get(sign_up_url(shift, language="en")).content.decode()
    assert "cancel on this page" not in html
    assert "You can cancel a place on your volunteer page until" in html


def test_signing_up_twice_stores_one_sign_up(signed_in, volunteer, shift):
    signed_in.post(sign_up_url(shift))
    response = signed_in.post(sign_up_url(shift))

    assert response.status_code == 400
    assert Signup.objects.filter(volunteer=volunteer).count() == 1


def test_the_section_lists_the_shift_with_the_cut_off_and_a_cancel_button(signed_in, volunteer, shift):
    signed_in.post(sign_up_url(shift))
    signup = Signup.objects.get(volunteer=volunteer)

    html = signed_in.get(url("home")).content.decode()

    assert "Twoje dyżury" in html
    assert cancel_url(signup) in html
    cutoff = timezone.localtime(shift.starts_at - datetime.timedelta(hours=24))
    assert cutoff.strftime("%H:%M") in html
    assert shift.opportunity.url in html


def test_cancelling_frees_the_place(signed_in, volunteer, shift):
    signed_in.post(sign_up_url(shift))
    signup = Signup.objects.get(volunteer=volunteer)

    response = signed_in.post(cancel_url(signup), follow=True)

    signup.refresh_from_db()
    shift.refresh_from_db()
    assert signup.state == Signup.State.CANCELLED
    assert shift.places_taken == 0
    assert cancel_url(signup) not in response.content.decode()


def test_cancel_on_the_page_leads_to_a_confirmation_that_changes_nothing(signed_in, volunteer, shift):
    signed_in.post(sign_up_url(shift))
    signup = Signup.objects.get(volunteer=volunteer)
    address = cancel_url(signup, language="en")

    home = signed_in.get(url("home", language="en")).content.decode()
    assert f'href="{address}"' in home
    assert f'action="{address}"' not in home

    response = signed_in.get(address)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Patrol nad jeziorem" in html and "Plaża miejska" in html
    assert "Your place goes at once to the first person on the waiting list" in html
    assert f'method="post" action="{address}"' in html
    assert f'href="{url("home", language="en")}"' in html
    signup.refresh_from_db()
    assert signup.state == Signup.State.CONFIRMED


def test_someone_elses_sign_up_has_no_cancel_page(signed_in, other_volunteer, shift):
    from opportunities.signups import sign_up

    theirs = sign_up(other_volunteer, shift)
    assert signed_in.get(cancel_url(theirs)).status_code == 404
    assert signed_in.post(cancel_url(theirs)).status_code == 404


def test_a_cancelled_sign_up_has_nothing_left_to_confirm(signed_in, volunteer, shift):
    signed_in.post(sign_up_url(shift))
    signup = Signup.objects.get(volunteer=volunteer)
    signed_in.post(cancel_url(signup))
    response = signed_in.get(cancel_url(signup))
    assert response.status_code == 303 and response["Location"] == url("home")


def test_a_person_waiting_can_leave_the_list_after_the_cut_off(signed_in, volunteer, other_volunteer, db):
    from opportunities.signups import sign_up

    late = make_shift(
        make_opportunity(cancel_cutoff_hours=48), starts_at=timezone.now() + datetime.timedelta(hours=5), capacity=1
    )
    sign_up(other_volunteer, late)  # the only place
    signed_in.post(sign_up_url(late))
    signup = Signup.objects.get(volunteer=volunteer)
    assert signup.state == Signup.State.WAITING
    address = cancel_url(signup, language="en")

    home = signed_in.get(url("home", language="en")).content.decode()
    assert "Cancelling online closed" not in home
    assert "You can leave the waiting list here at any time." in home
    assert f'href="{address}"' in home
    page = signed_in.get(address).content.decode()
    assert "You leave the waiting list" in page and f'action="{address}"' in page

    response = signed_in.post(address, follow=True)
    signup.refresh_from_db()
    assert signup.state == Signup.State.CANCELLED
    assert "You have left the waiting list." in response.content.decode()


def test_after_the_cut_off_cancelling_is_refused_with_the_reason(signed_in, volunteer, db):
    late = make_shift(make_opportunity(cancel_cutoff_hours=48), starts_at=timezone.now() + datetime.timedelta(hours=5))
    signed_in.post(sign_up_url(late))
    signup = Signup.objects.get(volunteer=volunteer)

    home = signed_in.get(url("home")).content.decode()
    assert cancel_url(signup) not in home
    page = signed_in.get(cancel_url(signup, language="en"))
    assert page.status_code == 200
    assert "Cancelling online closed" in page.content.decode()
    assert f'action="{cancel_url(signup, language="en")}"' not in page.content.decode()
    response = signed_in.post(cancel_url(signup), follow=True)

    signup.refresh_from_db()
    assert signup.state == Signup.State.CONFIRMED
    assert "48" in response.content.decode()


def test_the_personal_calendar_has_the_confirmed_shifts_only(volunteer, other_volunteer, shift, db):
    from opportunities.signups import sign_up

    mine = sign_up(volunteer, shift)
    sign_up(other_volunteer, shift)  # waiting: someone else's, never in this calendar
    waiting_shift = make_shift(shift.opportunity, starts_at=in_days(20), capacity=1)
    sign_up(other_volunteer, waiting_shift)
    sign_up(volunteer, waiting_shift)  # waiting: not in the calendar

    events = icalendar.Calendar.from_ical(feed(volunteer)).walk("VEVENT")

    assert mine.state == Signup.State.CONFIRMED
    assert [str(event["uid"]) for event in events] == [f"shift-{shift.pk}@testserver"]
    event = events[0]
    assert event.decoded("dtstart") == shift.starts_at.astimezone(datetime.UTC)
    assert event.decoded("dtstart").tzinfo is not None and event.decoded("dtstart").utcoffset() == datetime.timedelta(0)
    assert str(event["summary"]) == "Patrol nad jeziorem"
    assert str(event["location"]) == "Plaża miejska"
    assert not icalendar.Calendar.from_ical(feed(other_volunteer)).walk("VEVENT") or all(
        str(e["uid"]) != str(event["uid"]) for e in icalendar.Calendar.from_ical(feed(other_volunteer)).walk("VEVENT")
    )


def test_the_uid_is_stable(volunteer, shift, db):
    from opportunities.signups import sign_up

    sign_up(volunteer, shift)
    first = icalendar.Calendar.from_ical(feed(volunteer)).walk("VEVENT")[0]["uid"]
    second = icalendar.Calendar.from_ical(feed(volunteer)).walk("VEVENT")[0]["uid"]
    assert first == second


def test_waiting_positions_come_from_the_one_listing_query(volunteer, shift, django_assert_num_queries):
    from opportunities.portal_shifts import upcoming_signups, waiting_position
    from opportunities.signups import sign_up
    from tests.opportunities.builders import active_volunteer

    second = make_shift(shift.opportunity, starts_at=in_days(12), capacity=1)
    sign_up(active_volunteer(), shift)  # the place
    sign_up(active_volunteer(), shift)  # first on the waiting list
    sign_up(volunteer, shift)  # second
    sign_up(active_volunteer(), second)  # the place
    sign_up(volunteer, second)  # first
    sign_up(active_volunteer(), second)  # after the volunteer: does not count
    with django_assert_num_queries(1):
        positions = [(signup.shift_id, signup.waiting_position) for signup in upcoming_signups(volunteer)]
    assert positions == [(shift.pk, 2), (second.pk, 1)]
    assert [waiting_position(signup) for signup in upcoming_signups(volunteer)] == [2, 1]
