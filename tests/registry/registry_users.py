"""Users for permission-boundary tests: one per group of the data migration, and a view-only one."""

from django.contrib.auth.models import Group, Permission, User


def user_in_group(group_name, username=None):
    user = User.objects.create_user(username or group_name.lower(), password="not-used-in-tests-1")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def view_only_user(username="viewer"):
    """Admin access and registry.view_volunteer, nothing else."""
    user = User.objects.create_user(username, password="not-used-in-tests-1")
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        Permission.objects.get(content_type__app_label="registry", codename="view_volunteer"),
    )
    return user
