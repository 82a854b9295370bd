"""Coordinators handle volunteers' document requests: every permission on the new model, as 0002 gave on the rest."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODEL = "documentrequest"


def grant(apps, schema_editor):
    app_config = apps.get_app_config("paperwork")
    # create_permissions() skips app configs without models_module, which migration states lack.
    models_module = getattr(app_config, "models_module", None)
    app_config.models_module = models_module or True
    try:
        create_permissions(app_config, apps=apps, verbosity=0)
    finally:
        app_config.models_module = models_module
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    coordinators = Group.objects.filter(name="Coordinators").first()
    if coordinators is not None:
        coordinators.permissions.add(
            *Permission.objects.filter(content_type__app_label="paperwork", content_type__model=MODEL)
        )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    for group in Group.objects.filter(name="Coordinators"):
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="paperwork", content_type__model=MODEL)
        )


class Migration(migrations.Migration):
    dependencies = [("paperwork", "0003_document_requests"), ("home", "0008_groups_and_permissions")]

    operations = [migrations.RunPython(grant, revoke)]
