"""The sign-up engine: places, the waiting list, cancelling, and who may sign up on the shift's date."""

import datetime

import pytest
from django.utils import translation

from opportunities import requirements
from opportunities.models import CompletedTraining, Shift, Signup, Training
from opportunities.signups import SignupRefused, cancel, cancel_shift, fill_free_places, sign_up
from outbox.models import Email
from tests.registry.registry_users import user_in_group

from .builders import NOW, active_volunteer, local, make_shift

pytestmark = pytest.mark.django_db


def refusal(volunteer, shift, **kwargs):
    """The refusal, worded in English (the tests read its words; the Polish is checked in the catalogue)."""
    with translation.override("en"), pytest.raises(SignupRefused) as caught:
        sign_up(volunteer, shift, now=NOW, **kwargs)
    return caught.value


def test_sign_up_takes_a_free_place_and_counts_it(shift):
    signup = sign_up(active_volunteer(), shift, now=NOW)
    assert signup.state == Signup.State.CONFIRMED
    shift.refresh_from_db()
    assert shift.places_taken == 1


def test_a_full_shift_puts_the_next_person_on_the_waiting_list(opportunity):
    shift = make_shift(opportunity, capacity=2)
    states = [sign_up(active_volunteer(), shift, now=NOW).state for _ in range(4)]
    assert states == ["confirmed", "confirmed", "waiting", "waiting"]
    shift.refresh_from_db()
    assert shift.places_taken == 2


def test_a_coordinator_signing_someone_up_is_recorded(shift):
    coordinator = user_in_group("Coordinators")
    signup = sign_up(active_volunteer(), shift, by=coordinator, now=NOW)
    assert signup.signed_up_by == coordinator


def test_cancelling_a_place_promotes_the_first_person_waiting_and_tells_them_once(opportunity):
    shift = make_shift(opportunity, capacity=1)
    first = sign_up(active_volunteer(), shift, now=NOW)
    waiting_first = sign_up(active_volunteer(email="pierwsza@example.org"), shift, now=NOW)
    waiting_second = sign_up(active_volunteer(), shift, now=NOW + datetime.timedelta(seconds=1))
    cancel(first, now=NOW)
    waiting_first.refresh_from_db()
    waiting_second.refresh_from_db()
    shift.refresh_from_db()
    assert waiting_first.state == Signup.State.CONFIRMED and waiting_first.promoted_at == NOW
    assert waiting_second.state == Signup.State.WAITING
    assert shift.places_taken == 1
    emails = Email.objects.filter(kind="opportunities.promoted")
    assert [email.to for email in emails] == ["pierwsza@example.org"]
    # Telling them again (a retried transaction, a second call) sends nothing more.
    from opportunities.notifications import tell_promoted

    tell_promoted(waiting_first)
    assert Email.objects.filter(kind="opportunities.promoted").count() == 1


def test_cancelling_a_waiting_place_changes_no_count(opportunity):
    shift = make_shift(opportunity, capacity=1)
    sign_up(active_volunteer(), shift, now=NOW)
    waiting = sign_up(active_volunteer(), shift, now=NOW)
    cancel(waiting, now=NOW)
    shift.refresh_from_db()
    assert shift.places_taken == 1
    assert not Email.objects.filter(kind="opportunities.promoted").exists()


def test_a_cancelled_sign_up_cannot_be_cancelled_again(shift):
    signup = cancel(sign_up(active_volunteer(), shift, now=NOW), now=NOW)
    with pytest.raises(SignupRefused):
        cancel(signup, now=NOW)
    shift.refresh_from_db()
    assert shift.places_taken == 0


def test_volunteers_cannot_cancel_after_the_cut_off_but_coordinators_can(opportunity):
    opportunity.cancel_cutoff_hours = 24
    opportunity.save()
    shift = make_shift(opportunity, starts_at=local(2026, 7, 4, 9))
    signup = sign_up(active_volunteer(), shift, now=NOW)
    just_before = local(2026, 7, 3, 8, 59)
    at_cutoff = local(2026, 7, 3, 9, 0)
    with pytest.raises(SignupRefused) as caught:
        cancel(signup, now=at_cutoff)
    assert caught.value.code == "cutoff" and "24" in caught.value.message
    cancel(signup, by=user_in_group("Coordinators"), now=at_cutoff)
    assert Email.objects.filter(kind="opportunities.removed").count() == 1
    other = sign_up(active_volunteer(), shift, now=NOW)
    assert cancel(other, now=just_before).state == Signup.State.CANCELLED


def test_a_person_waiting_may_leave_the_waiting_list_after_the_cut_off(opportunity):
    opportunity.cancel_cutoff_hours = 24
    opportunity.save()
    shift = make_shift(opportunity, starts_at=local(2026, 7, 4, 9), capacity=1)
    placed = sign_up(active_volunteer(), shift, now=NOW)
    waiting = sign_up(active_volunteer(), shift, now=NOW)
    assert waiting.state == Signup.State.WAITING
    after_cutoff = local(2026, 7, 4, 8, 0)

    assert cancel(waiting, now=after_cutoff).state == Signup.State.CANCELLED
    with pytest.raises(SignupRefused):
        cancel(placed, now=after_cutoff)
    shift.refresh_from_db()
    assert shift.places_taken == 1


def test_someone_can_sign_up_again_after_cancelling(shift):
    volunteer = active_volunteer()
    cancel(sign_up(volunteer, shift, now=NOW), now=NOW)
    assert sign_up(volunteer, shift, now=NOW).state == Signup.State.CONFIRMED


def test_a_second_sign_up_for_the_same_shift_is_refused(shift):
    volunteer = active_volunteer()
    sign_up(volunteer, shift, now=NOW)
    assert refusal(volunteer, shift).code == "duplicate"
    assert Signup.objects.filter(volunteer=volunteer).count() == 1


def test_only_active_volunteers_may_sign_up(shift):
    from tests.registry.factories import VolunteerFactory

    assert "active" in refusal(VolunteerFactory(), shift).message
    assert not Signup.objects.exists()


@pytest.mark.parametrize(
    "born, allowed",
    [
        (datetime.date(2008, 7, 4), True),  # 18th birthday on the shift's date
        (datetime.date(2008, 7, 5), False),  # 18 the day after
        (datetime.date(2008, 7, 3), True),
    ],
)
def test_minimum_age_is_the_age_on_the_shifts_date(opportunity, born, allowed):
    opportunity.minimum_age = 18
    opportunity.save()
    shift = make_shift(opportunity, starts_at=local(2026, 7, 4, 9))
    volunteer = active_volunteer(date_of_birth=born)
    if allowed:
        assert sign_up(volunteer, shift, now=NOW).state == Signup.State.CONFIRMED
    else:
        assert refusal(volunteer, shift).code == "requirements"


def test_a_shift_starting_late_evening_uses_the_local_date_for_age(opportunity):
    """23:30 in Warsaw on 3 July is 21:30 UTC on 3 July; 00:30 on 4 July is still 3 July in UTC."""
    opportunity.minimum_age = 18
    opportunity.save()
    shift = make_shift(opportunity, starts_at=local(2026, 7, 4, 0, 30), hours=2)
    assert sign_up(active_volunteer(date_of_birth=datetime.date(2008, 7, 4)), shift, now=NOW).state == "confirmed"


def test_minimum_age_without_a_date_of_birth_is_refused(opportunity):
    opportunity.minimum_age = 16
    opportunity.save()
    assert "date of birth" in refusal(active_volunteer(date_of_birth=None), make_shift(opportunity)).message


@pytest.mark.parametrize(
    "expires, allowed",
    [
        (datetime.date(2026, 7, 3), False),  # expired the day before the shift
        (datetime.date(2026, 7, 4), True),  # valid through the shift's day
        (datetime.date(2026, 7, 5), True),
        (None, False),
    ],
)
def test_vetting_must_be_valid_on_the_shifts_date(opportunity, expires, allowed):
    opportunity.requires_vetting = True
    opportunity.save()
    shift = make_shift(opportunity, starts_at=local(2026, 7, 4, 9))
    volunteer = active_volunteer(vetting_expires_on=expires)
    if allowed:
        assert sign_up(volunteer, shift, now=NOW).state == Signup.State.CONFIRMED
    else:
        assert "vetting" in refusal(volunteer, shift).message


def test_required_trainings_must_be_valid_on_the_shifts_date(opportunity):
    first_aid = Training.objects.create(name="Pierwsza pomoc", valid_for_months=12)
    opportunity.trainings.add(first_aid)
    opportunity.save()
    shift = make_shift(opportunity, starts_at=local(2026, 7, 4, 9))
    untrained = active_volunteer()
    assert "Pierwsza pomoc" in refusal(untrained, shift).message
    expired = active_volunteer()
    CompletedTraining.objects.create(volunteer=expired, training=first_aid, completed_on=datetime.date(2025, 7, 4))
    assert refusal(expired, shift).code == "requirements"
    trained = active_volunteer()
    CompletedTraining.objects.create(volunteer=trained, training=first_aid, completed_on=datetime.date(2025, 7, 5))
    assert sign_up(trained, shift, now=NOW).state == Signup.State.CONFIRMED


def test_work_with_minors_is_refused_until_a_safeguarding_check_is_provided(opportunity):
    opportunity.works_with_minors = True
    opportunity.save()
    shift = make_shift(opportunity)
    volunteer = active_volunteer()
    assert "minors" in refusal(volunteer, shift).message
    previous = dict(requirements.checks())["safeguarding"]
    requirements.register("safeguarding", lambda volunteer, shift, day: None)
    try:
        assert sign_up(volunteer, shift, now=NOW).state == Signup.State.CONFIRMED
    finally:
        requirements.register("safeguarding", previous)


def test_every_unmet_requirement_is_given(opportunity):
    opportunity.minimum_age = 18
    opportunity.requires_vetting = True
    opportunity.save()
    error = refusal(active_volunteer(date_of_birth=datetime.date(2015, 1, 1)), make_shift(opportunity))
    assert len(error.reasons) == 2


def test_overlapping_shifts_of_one_person_are_refused_but_back_to_back_ones_are_not(opportunity):
    volunteer = active_volunteer()
    morning = make_shift(opportunity, starts_at=local(2026, 7, 4, 9), hours=4)
    sign_up(volunteer, morning, now=NOW)
    overlapping = make_shift(opportunity, starts_at=local(2026, 7, 4, 12), hours=4)
    assert refusal(volunteer, overlapping).code == "overlap"
    afternoon = make_shift(opportunity, starts_at=local(2026, 7, 4, 13), hours=4)
    assert sign_up(volunteer, afternoon, now=NOW).state == Signup.State.CONFIRMED


def test_a_started_or_cancelled_shift_takes_no_sign_ups(opportunity):
    started = make_shift(opportunity, starts_at=NOW - datetime.timedelta(minutes=1))
    assert refusal(active_volunteer(), started).code == "shift_started"
    cancelled = make_shift(opportunity)
    cancel_shift(cancelled, "Burza", by=None, now=NOW)
    assert refusal(active_volunteer(), cancelled).code == "shift_cancelled"


def test_cancelling_a_shift_tells_everyone_signed_up_or_waiting(opportunity):
    shift = make_shift(opportunity, capacity=1)
    people = [sign_up(active_volunteer(), shift, now=NOW) for _ in range(3)]
    told = cancel_shift(shift, "Zapowiadana burza", by=user_in_group("Coordinators"), now=NOW)
    assert told == 3
    shift.refresh_from_db()
    assert shift.cancelled_at == NOW and shift.places_taken == 0
    assert {signup.state for signup in Signup.objects.filter(pk__in=[p.pk for p in people])} == {"cancelled"}
    emails = Email.objects.filter(kind="opportunities.shift-cancelled")
    assert emails.count() == 3 and all("Zapowiadana burza" in email.body_text for email in emails)
    with pytest.raises(SignupRefused):
        cancel_shift(shift, "Znowu", by=None, now=NOW)
    assert Email.objects.filter(kind="opportunities.shift-cancelled").count() == 3


def test_raising_the_capacity_moves_the_waiting_list_up_first(opportunity):
    shift = make_shift(opportunity, capacity=1)
    sign_up(active_volunteer(), shift, now=NOW)
    waiting = sign_up(active_volunteer(), shift, now=NOW)
    Shift.objects.filter(pk=shift.pk).update(capacity=2)
    assert fill_free_places(shift, now=NOW) == [waiting]
    assert sign_up(active_volunteer(), shift, now=NOW).state == Signup.State.WAITING


def test_the_database_refuses_an_over_full_shift(shift):
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        Shift.objects.filter(pk=shift.pk).update(places_taken=shift.capacity + 1)
