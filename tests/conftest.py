"""Fixtures every test directory may use: a temporary media folder, an empty cache, admin users by role."""

import datetime

import pytest
from django.contrib.auth.models import Permission, User
from wagtail.users.models import UserProfile


@pytest.fixture(autouse=True)
def _media_storage(settings, tmp_path):
    """Uploaded files go to a temporary folder, never the developer's media/."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache, so no page cached by another test is served."""
    from django.core.cache import caches

    from core.cache import memo

    def clear():
        for cache in caches.all():  # the page cache, fragments, rate-limit counters
            cache.clear()
        memo.clear()  # what each worker memoises per generation (routes, sites) goes with the cache

    clear()
    yield
    clear()


# Admin users by role, with permissions granted directly (not through the groups migration).
REGISTRY_MODELS = ["volunteer", "organisation", "recognition", "servicerecord", "area", "datasubjectrequest"]


def make_admin_user(username, codenames):
    """A Wagtail admin user holding exactly the given registry permission codenames."""
    user = User.objects.create_user(username, password="not-used-in-tests-1")
    permissions = [Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")]
    permissions += Permission.objects.filter(content_type__app_label="registry", codename__in=codenames)
    user.user_permissions.add(*permissions)
    # English admin, so tests can read column headings and messages as written in the code.
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


def coordinator_codenames():
    codenames = ["export_personal_data", "anonymise_volunteer"]
    for model in REGISTRY_MODELS:
        codenames += [f"{action}_{model}" for action in ("add", "change", "delete", "view", "export")]
    return codenames


@pytest.fixture
def coordinator(db):
    return make_admin_user("coordinator", coordinator_codenames())


@pytest.fixture
def viewer(db):
    """May list and inspect every registry model, may not export."""
    return make_admin_user("viewer", [f"view_{model}" for model in REGISTRY_MODELS])


@pytest.fixture
def communications(db):
    """Admin access but no registry permission at all."""
    return make_admin_user("communications", [])


@pytest.fixture
def coordinator_client(client, coordinator):
    client.force_login(coordinator)
    return client


# Health and safety (art. 45): signing up needs the area's information acknowledged (paperwork/shift_requirements.py).
SAFETY_READ_ON = datetime.date(2000, 1, 1)


@pytest.fixture
def safety_information_read():
    """Every area created during the test gets health-and-safety information in force since 2000, and every
    volunteer created has acknowledged every area's information on that day: for tests of something other than
    the acknowledgement (it is written as real rows, the rule stays on; tests/paperwork/test_safety_sign_up.py
    tests the rule itself without this fixture). Works through post_save, so it needs nothing at set-up."""
    from django.db.models.signals import post_save

    from paperwork.models import SafetyInformation, VolunteerSafetyAcknowledgement
    from registry.models import Area, Volunteer

    def acknowledge(volunteers, informations):
        VolunteerSafetyAcknowledgement.objects.bulk_create(
            [
                VolunteerSafetyAcknowledgement(
                    volunteer=volunteer, information=information, acknowledged_on=SAFETY_READ_ON
                )
                for volunteer in volunteers
                for information in informations
            ],
            ignore_conflicts=True,
        )

    def area_created(sender, instance, created, raw=False, **kwargs):
        if (
            not created
            or raw
            or SafetyInformation.objects.filter(area__translation_key=instance.translation_key).exists()
        ):
            return
        information = SafetyInformation.objects.create(
            area=instance, version=1, in_force_from=SAFETY_READ_ON, text_pl="<p>Zasady BHP.</p>", text_en=""
        )
        acknowledge(Volunteer.objects.all(), [information])

    def volunteer_created(sender, instance, created, raw=False, **kwargs):
        if created and not raw:
            acknowledge([instance], SafetyInformation.objects.all())

    post_save.connect(area_created, sender=Area, dispatch_uid="tests.safety_information_read.area")
    post_save.connect(volunteer_created, sender=Volunteer, dispatch_uid="tests.safety_information_read.volunteer")
    yield
    post_save.disconnect(sender=Area, dispatch_uid="tests.safety_information_read.area")
    post_save.disconnect(sender=Volunteer, dispatch_uid="tests.safety_information_read.volunteer")
