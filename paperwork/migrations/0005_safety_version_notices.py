"""One e-mail per person and version of an area's safety information (paperwork/safety_recheck.py); coordinators
hold every permission on the new model, as 0002 gave on the rest of the app."""

import django.db.models.deletion
from django.db import migrations, models

from core.migration_permissions import grant_and_revoke

grant, revoke = grant_and_revoke(
    "paperwork",
    [
        "add_safetyversionnotice",
        "change_safetyversionnotice",
        "delete_safetyversionnotice",
        "view_safetyversionnotice",
    ],
)


class Migration(migrations.Migration):
    dependencies = [
        ("paperwork", "0004_coordinators_handle_document_requests"),
        ("registry", "0012_volunteer_guardian"),
        ("home", "0008_groups_and_permissions"),
    ]

    operations = [
        migrations.CreateModel(
            name="SafetyVersionNotice",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("created_at", models.DateTimeField(auto_now_add=True, verbose_name="created")),
                (
                    "information",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="paperwork.safetyinformation",
                        verbose_name="information",
                    ),
                ),
                (
                    "volunteer",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="registry.volunteer",
                        verbose_name="volunteer",
                    ),
                ),
            ],
            options={
                "verbose_name": "notice of new safety information",
                "verbose_name_plural": "notices of new safety information",
                "constraints": [
                    models.UniqueConstraint(fields=("volunteer", "information"), name="paperwork_safety_notice_once")
                ],
            },
        ),
        migrations.RunPython(grant, revoke),
    ]
