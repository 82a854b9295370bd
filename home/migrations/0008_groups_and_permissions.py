"""Groups "Communications" and "Coordinators" with their permissions, so a fresh database has them.

The site's roles span the page apps (pages, news categories, the registry), so they live with the site's top app,
home, which depends on the others. (First shipped as registry/migrations/0003_groups_and_permissions; databases
that ran that one run this one too, which only adds what is missing.)

Communications publish pages, images, documents, news categories and translations, and get nothing of the
registry. Coordinators get the whole registry and its exports. Idempotent: re-running adds what is missing.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ADMIN_ACCESS = ("wagtailadmin", "admin", "access_admin")

# Page permissions (Wagtail's PAGE_PERMISSION_TYPES, suffixed with the page model name), on the root page
# so that every language's tree is covered.
COMMUNICATIONS_PAGE_CODENAMES = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
# Image and document permissions, on the root collection.
COMMUNICATIONS_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "image", codename) for codename in ["add_image", "change_image", "choose_image", "delete_image"]
] + [
    ("wagtaildocs", "document", codename)
    for codename in ["add_document", "change_document", "choose_document", "delete_document"]
]
COMMUNICATIONS_PERMISSIONS = [
    ADMIN_ACCESS,
    ("wagtail_localize", "translation", "submit_translation"),
] + [("news", "newscategory", f"{action}_newscategory") for action in ["add", "change", "delete", "view"]]

REGISTRY_MODELS = ["volunteer", "organisation", "area", "servicerecord", "recognition"]
COORDINATORS_PERMISSIONS = (
    [ADMIN_ACCESS]
    + [
        ("registry", model, f"{action}_{model}")
        for model in REGISTRY_MODELS
        for action in ["add", "change", "delete", "view"]
    ]
    + [("registry", "statuschange", "view_statuschange")]
    + [
        ("registry", "volunteer", codename)
        for codename in ["export_volunteer", "export_personal_data", "anonymise_volunteer"]
    ]
    + [("registry", model, f"export_{model}") for model in ["organisation", "area", "servicerecord", "recognition"]]
    # The register of data-subject requests (also granted by registry 0008 where the group already existed).
    + [
        ("registry", "datasubjectrequest", f"{action}_datasubjectrequest")
        for action in ["add", "change", "delete", "view", "export"]
    ]
)


def ensure_permissions_exist(apps):
    """Django creates permissions only after all migrations ran (post_migrate); we need them now."""
    for app_label in ["wagtailcore", "wagtailimages", "wagtaildocs", "news", "registry"]:
        app_config = apps.get_app_config(app_label)
        # create_permissions() skips app configs without models_module, which migration states lack.
        models_module = getattr(app_config, "models_module", None)
        app_config.models_module = models_module or True
        try:
            create_permissions(app_config, apps=apps, verbosity=0)
        finally:
            app_config.models_module = models_module


def get_permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    return Permission.objects.get(content_type=content_type, codename=codename)


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Page = apps.get_model("wagtailcore.Page")
    Collection = apps.get_model("wagtailcore.Collection")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")

    ensure_permissions_exist(apps)

    communications, _ = Group.objects.get_or_create(name="Communications")
    communications.permissions.add(*(get_permission(apps, *spec) for spec in COMMUNICATIONS_PERMISSIONS))
    root_page = Page.objects.get(depth=1)
    for codename in COMMUNICATIONS_PAGE_CODENAMES:
        GroupPagePermission.objects.get_or_create(
            group=communications, page=root_page, permission=get_permission(apps, "wagtailcore", "page", codename)
        )
    root_collection = Collection.objects.get(depth=1)
    for spec in COMMUNICATIONS_COLLECTION_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=communications, collection=root_collection, permission=get_permission(apps, *spec)
        )

    coordinators, _ = Group.objects.get_or_create(name="Coordinators")
    coordinators.permissions.add(*(get_permission(apps, *spec) for spec in COORDINATORS_PERMISSIONS))


def remove_groups(apps, schema_editor):
    # Page and collection permissions go with the groups (on_delete=CASCADE).
    apps.get_model("auth.Group").objects.filter(name__in=["Communications", "Coordinators"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0007_blocks_after_merge"),
        ("registry", "0009_merge_join_form_and_registry_work"),
        ("news", "0005_blocks_after_merge"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
