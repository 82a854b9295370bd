"""The demo's health and safety: each area's information in Polish and English, the demo's sign-ups made by people
who acknowledged it, and a volunteer added afterwards refused until they acknowledge."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test.utils import override_settings
from django.utils import timezone, translation

from opportunities.models import Shift, Signup
from opportunities.requirements import shift_day
from opportunities.signups import SignupRefused, sign_up
from paperwork.demo import INFORMATION
from paperwork.models import SafetyInformation
from paperwork.requirements import acknowledge_safety, safety_acknowledged
from registry.models import Area
from tests.opportunities.builders import active_volunteer

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("demo-media")),
        transaction.atomic(),
    ):
        call_command("load_demo", stdout=StringIO())
        yield
        transaction.set_rollback(True)


def test_every_demo_area_has_its_information_in_both_languages(demo):
    for area in Area.objects.filter(locale__language_code="pl"):
        current = SafetyInformation.objects.filter(area=area).order_by("-version").first()
        assert current is not None, area.slug
        assert area.slug in INFORMATION
        assert current.text_pl.startswith("<p><b>Zagrożenia:</b>") and current.text_en.startswith("<p><b>Risks:</b>")


def test_the_demos_sign_ups_are_by_people_who_read_the_areas_information(demo):
    upcoming = Signup.objects.filter(shift__starts_at__gt=timezone.now()).select_related("shift__opportunity__area")
    assert upcoming.exists()
    for signup in upcoming:
        assert safety_acknowledged(signup.volunteer, signup.shift.opportunity.area, shift_day(signup.shift))


def test_a_volunteer_added_later_is_refused_until_they_acknowledge(demo):
    shift = (
        Shift.objects.filter(starts_at__gt=timezone.now() + datetime.timedelta(days=2), cancelled_at__isnull=True)
        .exclude(opportunity__area=None)
        .filter(opportunity__minimum_age=None, opportunity__requires_vetting=False, opportunity__trainings=None)
        .filter(opportunity__works_with_minors=False)
        .select_related("opportunity__area")
        .first()
    )
    assert shift is not None
    newcomer = active_volunteer(date_of_birth=datetime.date(1990, 1, 1))

    with translation.override("en"), pytest.raises(SignupRefused) as refused:
        sign_up(newcomer, shift)
    assert "health and safety information" in refused.value.message

    acknowledge_safety(newcomer, shift.opportunity.area)
    assert sign_up(newcomer, shift).state in (Signup.State.CONFIRMED, Signup.State.WAITING)


def test_the_demo_has_a_default_agreement_template_per_language_that_issues(demo):
    from django.contrib.auth import get_user_model

    from paperwork import issuing
    from paperwork.models import Agreement, AgreementTemplate
    from paperwork.placeholders import unknown_placeholders
    from registry.models import Organisation

    templates = {template.language: template for template in AgreementTemplate.objects.filter(is_default=True)}
    assert set(templates) == {"pl", "en"}
    assert not any(unknown_placeholders(template.body) for template in templates.values())
    volunteer = active_volunteer()
    agreement = Agreement.objects.create(
        volunteer=volunteer,
        organisation=Organisation.objects.first(),
        starts_on=datetime.date(2026, 12, 1),
        tasks="Patrole nad jeziorem",
        manner="W weekendy",
        termination_terms="Za tygodniowym wypowiedzeniem",
    )
    coordinator = get_user_model().objects.filter(groups__name="Coordinators").first()
    for language, words in (("pl", "§ 3. Bezpieczeństwo i ubezpieczenie"), ("en", "§ 3. Safety and insurance")):
        document = issuing.issue_agreement(agreement, coordinator, language=language)
        assert words in str(document.content)
        assert "Patrole nad jeziorem" in str(document.content)
