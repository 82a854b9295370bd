"""Giving groups an app's permissions from a data migration (several apps' migrations share this)."""

from django.contrib.auth.management import create_permissions


def ensure_permissions(apps, *app_labels):
    """Create the permission rows of the apps now: post_migrate would make them only after every migration."""
    for label in app_labels:
        app_config = apps.get_app_config(label)
        # create_permissions() skips app configs without models_module, which migration states lack.
        models_module = getattr(app_config, "models_module", None)
        app_config.models_module = models_module or True
        try:
            create_permissions(app_config, apps=apps, verbosity=0)
        finally:
            app_config.models_module = models_module


def app_permissions(apps, app_label, codenames=None):
    Permission = apps.get_model("auth.Permission")
    permissions = Permission.objects.filter(content_type__app_label=app_label)
    return permissions if codenames is None else permissions.filter(codename__in=codenames)


def grant_and_revoke(app_label, codenames=None, groups=("Coordinators",)):
    """RunPython's two functions: give `groups` (those that exist) the app's permissions (all, or `codenames`),
    and take them back. Idempotent both ways."""

    def grant(apps, schema_editor):
        ensure_permissions(apps, app_label)
        permissions = list(app_permissions(apps, app_label, codenames))
        for group in apps.get_model("auth.Group").objects.filter(name__in=groups):
            group.permissions.add(*permissions)

    def revoke(apps, schema_editor):
        permissions = list(app_permissions(apps, app_label, codenames))
        for group in apps.get_model("auth.Group").objects.filter(name__in=groups):
            group.permissions.remove(*permissions)

    return grant, revoke
