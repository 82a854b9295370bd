"""Coordinators keep the paperwork: every permission on the app's models (the groups come from home 0008)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


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
        coordinators.permissions.add(*Permission.objects.filter(content_type__app_label="paperwork"))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    for group in Group.objects.filter(name="Coordinators"):
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="paperwork"))


class Migration(migrations.Migration):
    # The groups exist from home 0008 on (a fresh database creates them there).
    dependencies = [("paperwork", "0001_initial"), ("home", "0008_groups_and_permissions")]

    operations = [migrations.RunPython(grant, revoke)]
