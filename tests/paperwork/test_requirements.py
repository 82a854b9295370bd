import datetime

import pytest

from paperwork import requirements
from paperwork.models import GuardianConsent, SafeguardingCheck, SafetyInformation
from registry.models import Volunteer
from registry.pipeline import TransitionRefused, change_status
from tests.registry.factories import AreaFactory, VolunteerFactory

DAY = datetime.date(2026, 6, 1)


def test_safety_needs_the_current_version_acknowledged_on_or_before_the_day(volunteer, area):
    assert not requirements.safety_acknowledged(volunteer, area, DAY)  # nothing written yet: not acknowledged
    SafetyInformation.objects.create(area=area, version=1, in_force_from=datetime.date(2026, 1, 1), text_pl="<p>v1</p>")
    requirements.acknowledge_safety(volunteer, area, datetime.date(2026, 2, 1))
    assert requirements.safety_acknowledged(volunteer, area, DAY)
    assert not requirements.safety_acknowledged(volunteer, area, datetime.date(2026, 1, 15))
    SafetyInformation.objects.create(area=area, version=2, in_force_from=datetime.date(2026, 5, 1), text_pl="<p>v2</p>")
    assert not requirements.safety_acknowledged(volunteer, area, DAY)
    assert requirements.safety_acknowledged(volunteer, area, datetime.date(2026, 4, 30))


def test_safety_information_on_an_area_counts_for_its_translation(volunteer, area):
    from wagtail.models import Locale

    english = Locale.objects.get_or_create(language_code="en")[0]
    translated = AreaFactory(name="Water safety", slug="woda", locale=english, translation_key=area.translation_key)
    SafetyInformation.objects.create(area=area, version=1, in_force_from=datetime.date(2026, 1, 1), text_pl="<p>v1</p>")
    requirements.acknowledge_safety(volunteer, translated, datetime.date(2026, 2, 1))
    assert requirements.safety_acknowledged(volunteer, area, DAY)


def test_safeguarding_needs_a_cleared_check_still_valid(volunteer, coordinator):
    assert not requirements.safeguarding_valid(volunteer, DAY)
    SafeguardingCheck.objects.create(
        volunteer=volunteer,
        checked_on=datetime.date(2026, 1, 10),
        outcome=SafeguardingCheck.Outcome.CLEARED,
        evidence=SafeguardingCheck.Evidence.SEX_OFFENDERS_REGISTER,
        valid_until=datetime.date(2026, 12, 31),
        checked_by=coordinator,
    )
    assert requirements.safeguarding_valid(volunteer, DAY)
    assert not requirements.safeguarding_valid(volunteer, datetime.date(2027, 1, 1))
    SafeguardingCheck.objects.create(
        volunteer=volunteer,
        checked_on=datetime.date(2026, 3, 1),
        outcome=SafeguardingCheck.Outcome.NOT_CLEARED,
        evidence=SafeguardingCheck.Evidence.CRIMINAL_RECORD,
    )
    assert not requirements.safeguarding_valid(volunteer, DAY)


def test_the_check_stores_no_field_for_a_records_content():
    names = {field.name for field in SafeguardingCheck._meta.get_fields()}
    assert names <= {"id", "volunteer", "checked_on", "outcome", "evidence", "valid_until", "checked_by", "created_at"}


@pytest.fixture
def minor(db):
    today = datetime.date.today()
    return VolunteerFactory(
        status=Volunteer.Status.TRAINED,
        date_of_birth=today.replace(year=today.year - 16),
        vetting_checked_on=today,
        vetting_expires_on=today + datetime.timedelta(days=365),
    )


def test_a_minor_cannot_be_made_active_without_a_guardians_consent(minor):
    with pytest.raises(TransitionRefused) as refused:
        change_status(minor, Volunteer.Status.ACTIVE)
    assert [problem.code for problem in refused.value.problems] == ["guardian_consent_missing"]
    minor.refresh_from_db()
    assert minor.status == Volunteer.Status.TRAINED


def test_a_minor_with_a_guardians_consent_can_be_made_active(minor):
    GuardianConsent.objects.create(
        volunteer=minor, guardian_name="Anna Rodzic", guardian_contact="+48600000000", given_on=datetime.date.today()
    )
    assert change_status(minor, Volunteer.Status.ACTIVE)


def test_an_adult_needs_no_consent(db):
    today = datetime.date.today()
    adult = VolunteerFactory(
        status=Volunteer.Status.TRAINED, vetting_checked_on=today, vetting_expires_on=today + datetime.timedelta(days=9)
    )
    assert change_status(adult, Volunteer.Status.ACTIVE)


def test_age_counts_whole_years_up_to_the_birthday():
    born = datetime.date(2010, 6, 2)
    assert requirements.age_on(born, datetime.date(2028, 6, 1)) == 17
    assert requirements.age_on(born, datetime.date(2028, 6, 2)) == 18
