import datetime
from decimal import Decimal

from paperwork.flags import volunteers_without_agreement, volunteers_without_insurance
from paperwork.models import Agreement, InsurancePolicy
from registry.models import ServiceRecord
from tests.registry.factories import VolunteerFactory

FIRST_DAY = datetime.date(2026, 3, 1)


def serve(volunteer, day, organisation=None):
    ServiceRecord.objects.create(volunteer=volunteer, date=day, organisation=organisation, hours=Decimal("2"))


def test_the_agreement_flag_appears_on_the_31st_day_of_service(volunteer):
    serve(volunteer, FIRST_DAY)
    day_30 = FIRST_DAY + datetime.timedelta(days=29)
    assert volunteer not in volunteers_without_agreement(day_30)
    assert volunteer in volunteers_without_agreement(day_30 + datetime.timedelta(days=1))


def test_a_signed_agreement_in_force_clears_the_flag_and_an_unsigned_one_does_not(volunteer, organisation):
    serve(volunteer, FIRST_DAY)
    today = FIRST_DAY + datetime.timedelta(days=60)
    agreement = Agreement.objects.create(
        volunteer=volunteer,
        organisation=organisation,
        starts_on=FIRST_DAY,
        tasks="t",
        manner="m",
        termination_terms="r",
    )
    assert volunteer in volunteers_without_agreement(today)
    agreement.signed_on = FIRST_DAY
    agreement.signed_for_organisation_by = "Jan Nowak"
    agreement.save()
    assert volunteer not in volunteers_without_agreement(today)


def test_service_without_a_covering_policy_is_listed(volunteer, organisation):
    serve(volunteer, datetime.date(2026, 5, 10), organisation)
    other = VolunteerFactory()
    serve(other, datetime.date(2026, 5, 10), organisation)
    period = (datetime.date(2026, 5, 1), datetime.date(2026, 5, 31))
    assert set(volunteers_without_insurance(*period)) == {volunteer, other}
    policy = InsurancePolicy.objects.create(
        organisation=organisation,
        insurer="PZU",
        number="NNW-1",
        starts_on=datetime.date(2026, 5, 1),
        ends_on=datetime.date(2026, 5, 31),
        covers_everyone=False,
    )
    policy.volunteers.add(volunteer)
    assert set(volunteers_without_insurance(*period)) == {other}
    policy.covers_everyone = True
    policy.save()
    assert not volunteers_without_insurance(*period).exists()
