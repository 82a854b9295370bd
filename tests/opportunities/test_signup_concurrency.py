"""Many sign-ups and cancellations at the same moment on PostgreSQL: the database keeps the count exact."""

import threading

import pytest
from django.db import connection, connections

from opportunities.models import Shift, Signup
from opportunities.signups import SignupRefused, cancel, sign_up
from outbox.models import Email

from .builders import NOW, active_volunteer, make_opportunity, make_shift

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="needs PostgreSQL: SQLite serialises writers, so it cannot show a race",
    ),
    # serialized_rollback: the migrations' site and locales are back for later tests after the flush.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def run_together(functions):
    """Start every function at once, each in its own thread with its own connection; return errors."""
    start = threading.Barrier(len(functions))
    errors = []

    def run(function):
        try:
            start.wait()
            function()
        except Exception as error:  # collected and asserted on below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(function,)) for function in functions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def test_twenty_people_for_five_places_at_once_give_exactly_five_confirmed():
    shift = make_shift(make_opportunity(), capacity=5)
    people = [active_volunteer() for _ in range(20)]
    errors = run_together([lambda volunteer=volunteer: sign_up(volunteer, shift, now=NOW) for volunteer in people])
    assert errors == []
    shift.refresh_from_db()
    assert shift.places_taken == 5
    assert Signup.objects.filter(shift=shift, state="confirmed").count() == 5
    assert Signup.objects.filter(shift=shift, state="waiting").count() == 15


def test_the_same_person_twice_at_once_gets_one_sign_up():
    shift = make_shift(make_opportunity(), capacity=5)
    volunteer = active_volunteer()
    errors = run_together([lambda: sign_up(volunteer, shift, now=NOW) for _ in range(6)])
    assert len(errors) == 5 and all(isinstance(error, SignupRefused) for error in errors)
    assert Signup.objects.filter(shift=shift).count() == 1
    assert Shift.objects.get(pk=shift.pk).places_taken == 1


def test_cancellations_and_sign_ups_at_once_never_overfill_and_each_promotion_is_told_once():
    shift = make_shift(make_opportunity(), capacity=3)
    confirmed = [sign_up(active_volunteer(), shift, now=NOW) for _ in range(3)]
    for _ in range(3):
        sign_up(active_volunteer(), shift, now=NOW)
    newcomers = [active_volunteer() for _ in range(4)]
    work = [lambda signup=signup: cancel(signup, now=NOW) for signup in confirmed]
    work += [lambda volunteer=volunteer: sign_up(volunteer, shift, now=NOW) for volunteer in newcomers]
    errors = run_together(work)
    assert errors == []
    shift.refresh_from_db()
    live_confirmed = Signup.objects.filter(shift=shift, state="confirmed").count()
    assert shift.places_taken == live_confirmed == 3
    # A freed place goes to the people already waiting, in the same transaction: no newcomer jumps the queue.
    assert set(Signup.objects.filter(volunteer__in=newcomers).values_list("state", flat=True)) == {"waiting"}
    assert (
        Email.objects.filter(kind="opportunities.promoted").count()
        == Signup.objects.filter(shift=shift, promoted_at__isnull=False).count()
    )
