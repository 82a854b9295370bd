"""Users and records for the registry admin tests; permissions are granted directly, not via the group migration."""

import pytest
from django.contrib.auth.models import Permission, User
from wagtail.users.models import UserProfile

from tests.registry.factories import OrganisationFactory, VolunteerFactory

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


@pytest.fixture(name="coordinator")
def coordinator_fixture(db):
    return make_admin_user("coordinator", coordinator_codenames())


@pytest.fixture(name="viewer")
def viewer_fixture(db):
    """May list and inspect every registry model, may not export."""
    return make_admin_user("viewer", [f"view_{model}" for model in REGISTRY_MODELS])


@pytest.fixture(name="communications")
def communications_fixture(db):
    """Admin access but no registry permission at all."""
    return make_admin_user("communications", [])


@pytest.fixture(name="coordinator_client")
def coordinator_client_fixture(client, coordinator):
    client.force_login(coordinator)
    return client


@pytest.fixture(name="volunteer")
def volunteer_fixture(db):
    return VolunteerFactory(first_name="Zofia", last_name="Wrzosek", email="zofia.wrzosek@example.org", city="Kielce")


@pytest.fixture(name="organisation")
def organisation_fixture(db):
    return OrganisationFactory(name="Komenda Miejska Policji w Kielcach")
