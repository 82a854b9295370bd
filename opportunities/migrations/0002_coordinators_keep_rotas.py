"""Coordinators keep the rotas: shifts, sign-ups and completed trainings, and may see the list of trainings.

The groups themselves come from registry 0003; Communications get nothing here (rotas are registry data).
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CODENAMES = [
    f"{action}_{model}"
    for model in ("shift", "signup", "completedtraining")
    for action in ("add", "change", "delete", "view")
] + ["view_training"]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("opportunities")
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
            *Permission.objects.filter(content_type__app_label="opportunities", codename__in=CODENAMES)
        )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    for group in Group.objects.filter(name="Coordinators"):
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="opportunities", codename__in=CODENAMES)
        )


class Migration(migrations.Migration):
    dependencies = [
        # The groups exist from here on (a fresh database creates them there).
        ("home", "0008_groups_and_permissions"),
        ("opportunities", "0001_initial"),
        ("registry", "0008_coordinators_answer_data_requests"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
