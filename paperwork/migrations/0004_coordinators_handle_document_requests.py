"""Coordinators handle volunteers' document requests: every permission on the new model, as 0002 gave on the rest."""

from django.db import migrations

from core.migration_permissions import grant_and_revoke

grant, revoke = grant_and_revoke(
    "paperwork", ["add_documentrequest", "change_documentrequest", "delete_documentrequest", "view_documentrequest"]
)


class Migration(migrations.Migration):
    dependencies = [("paperwork", "0003_document_requests"), ("home", "0008_groups_and_permissions")]

    operations = [migrations.RunPython(grant, revoke)]
