"""The groups get their permissions from the migrations themselves, on a fresh database."""

import pytest
from django.contrib.auth.models import Group

pytestmark = pytest.mark.django_db

# One codename from each migration that grants through core.migration_permissions.
GRANTED_BY_MIGRATIONS = {
    "registry.view_datasubjectrequest",  # registry 0008
    "registry.message_volunteers",  # registry 0010
    "registry.export_hourreport",  # registry 0011
    "opportunities.change_signup",  # opportunities 0002
    "opportunities.view_training",  # opportunities 0003
    "paperwork.add_issueddocument",  # paperwork 0002: every permission of the app
}


def test_coordinators_hold_the_permissions_their_migrations_grant():
    coordinators = Group.objects.get(name="Coordinators")
    held = {
        f"{app}.{codename}"
        for app, codename in coordinators.permissions.values_list("content_type__app_label", "codename")
    }
    assert GRANTED_BY_MIGRATIONS <= held


def test_communications_get_no_registry_data():
    communications = Group.objects.get(name="Communications")
    held = set(communications.permissions.values_list("content_type__app_label", flat=True))
    assert not held & {"registry", "paperwork"}
