"""Coordinators keep the paperwork: every permission on the app's models (the groups come from home 0008)."""

from django.db import migrations

from core.migration_permissions import grant_and_revoke


grant, revoke = grant_and_revoke('paperwork', None)


class Migration(migrations.Migration):
    # The groups exist from home 0008 on (a fresh database creates them there).
    dependencies = [("paperwork", "0001_initial"), ("home", "0008_groups_and_permissions")]

    operations = [migrations.RunPython(grant, revoke)]
