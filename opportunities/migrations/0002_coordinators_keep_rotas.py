"""Coordinators keep the rotas: shifts, sign-ups and completed trainings, and may see the list of trainings.

The groups themselves come from registry 0003; Communications get nothing here (rotas are registry data).
"""

from django.db import migrations

from core.migration_permissions import grant_and_revoke

CODENAMES = [
    f"{action}_{model}"
    for model in ("shift", "signup", "completedtraining")
    for action in ("add", "change", "delete", "view")
] + ["view_training"]


grant, revoke = grant_and_revoke('opportunities', CODENAMES)


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
