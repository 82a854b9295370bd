"""Communications staff and coordinators edit opportunity pages and keep the training list.

Communications already hold page permissions on the root page (registry 0003). Coordinators get them on
each opportunities index that exists (new ones get them when created, opportunities/permissions.py), and
both groups get the training snippet's permissions. Idempotent.
"""

from django.db import migrations

from core.migration_permissions import ensure_permissions

TRAINING_CODENAMES = [f"{action}_training" for action in ("add", "change", "delete", "view")]
PAGE_CODENAMES = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]


def grant(apps, schema_editor):
    ensure_permissions(apps, "opportunities", "wagtailcore")
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    OpportunityIndexPage = apps.get_model("opportunities.OpportunityIndexPage")
    training = Permission.objects.filter(content_type__app_label="opportunities", codename__in=TRAINING_CODENAMES)
    for group in Group.objects.filter(name__in=["Communications", "Coordinators"]):
        group.permissions.add(*training)
    coordinators = Group.objects.filter(name="Coordinators").first()
    if coordinators is None:
        return
    page_permissions = list(Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=PAGE_CODENAMES))
    for index in OpportunityIndexPage.objects.all():
        for permission in page_permissions:
            GroupPagePermission.objects.get_or_create(group=coordinators, page_id=index.pk, permission=permission)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    OpportunityIndexPage = apps.get_model("opportunities.OpportunityIndexPage")
    training = Permission.objects.filter(content_type__app_label="opportunities", codename__in=TRAINING_CODENAMES)
    for group in Group.objects.filter(name__in=["Communications", "Coordinators"]):
        group.permissions.remove(*training)
    GroupPagePermission.objects.filter(
        group__name="Coordinators", page_id__in=OpportunityIndexPage.objects.values("pk")
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("opportunities", "0002_coordinators_keep_rotas"),
        # The groups exist from here on (a fresh database creates them there).
        ("home", "0008_groups_and_permissions"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
