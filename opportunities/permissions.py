"""Who may edit opportunity pages: communications staff everywhere (their permissions sit on the root page),
coordinators on each opportunities index and what is under it.

Wagtail keeps page permissions on tree nodes, and an index is created by editors (or the demo) after the
groups exist: so each new index, in any language, gives the "Coordinators" group its page permissions
when it is created (the data migration does the same for indexes that already exist).
"""

from django.contrib.auth.models import Group, Permission
from django.db.models.signals import post_save
from wagtail.models import GroupPagePermission

COORDINATORS = "Coordinators"
COORDINATOR_PAGE_CODENAMES = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
DISPATCH_UID = "opportunities-coordinator-page-permissions"


def grant_coordinators(page):
    group = Group.objects.filter(name=COORDINATORS).first()
    if group is None:
        return
    for permission in Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=COORDINATOR_PAGE_CODENAMES
    ):
        GroupPagePermission.objects.get_or_create(group=group, page_id=page.pk, permission=permission)


def on_index_saved(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        grant_coordinators(instance)


def connect():
    from .models import OpportunityIndexPage

    post_save.connect(on_index_saved, sender=OpportunityIndexPage, dispatch_uid=DISPATCH_UID)
