"""Coordinators keep the register of data-subject requests (the groups themselves: home/migrations/0008_groups_and_permissions.py)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CODENAMES = [f"{action}_datasubjectrequest" for action in ("add", "change", "delete", "view", "export")]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("registry")
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
            *Permission.objects.filter(content_type__app_label="registry", codename__in=CODENAMES)
        )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    for group in Group.objects.filter(name="Coordinators"):
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="registry", codename__in=CODENAMES)
        )


class Migration(migrations.Migration):
    dependencies = [("registry", "0007_datasubjectrequest_and_preferred_language")]

    operations = [migrations.RunPython(grant, revoke)]
