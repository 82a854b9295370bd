"""Coordinators keep the register of data-subject requests (the groups themselves: home/migrations/0008_groups_and_permissions.py)."""

from django.db import migrations

from core.migration_permissions import grant_and_revoke

CODENAMES = [f"{action}_datasubjectrequest" for action in ("add", "change", "delete", "view", "export")]


grant, revoke = grant_and_revoke('registry', CODENAMES)


class Migration(migrations.Migration):
    dependencies = [("registry", "0007_datasubjectrequest_and_preferred_language")]

    operations = [migrations.RunPython(grant, revoke)]
