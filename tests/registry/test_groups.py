"""The groups and permissions the data migration creates on a fresh database."""

import importlib

import pytest
from django.apps import apps
from django.apps import apps as global_apps
from django.contrib.auth.models import Group
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

from .registry_users import user_in_group

pytestmark = pytest.mark.django_db

REGISTRY_MODELS = [
    "volunteer",
    "organisation",
    "area",
    "servicerecord",
    "recognition",
    "datasubjectrequest",
    "hourreport",
]

COORDINATOR_PERMISSIONS = (
    {("wagtailadmin", "access_admin")}
    | {("registry", f"{action}_{model}") for model in REGISTRY_MODELS for action in ("add", "change", "delete", "view")}
    | {("registry", f"export_{model}") for model in REGISTRY_MODELS}
    | {
        ("registry", "view_statuschange"),
        ("registry", "export_personal_data"),
        ("registry", "anonymise_volunteer"),
        # Messages to volunteers (registry/messages/): send them, read the log of what was sent.
        ("registry", "message_volunteers"),
        ("registry", "view_messagelog"),
    }
    # The rotas (opportunities/migrations/0002): shifts, sign-ups and completed trainings; trainings to read.
    | {
        ("opportunities", f"{action}_{model}")
        for model in ("shift", "signup", "completedtraining")
        for action in ("add", "change", "delete", "view")
    }
    # The list of trainings opportunities require (opportunities/migrations/0003): kept by both groups.
    | {("opportunities", f"{action}_training") for action in ("add", "change", "delete", "view")}
    # The paperwork (paperwork/migrations/0002): every model of the app.
    | {
        ("paperwork", f"{action}_{model._meta.model_name}")
        for model in apps.get_app_config("paperwork").get_models()
        for action in ("add", "change", "delete", "view")
    }
)

COMMUNICATIONS_PERMISSIONS = {
    ("wagtailadmin", "access_admin"),
    ("wagtail_localize", "submit_translation"),
    ("news", "add_newscategory"),
    ("news", "change_newscategory"),
    ("news", "delete_newscategory"),
    ("news", "view_newscategory"),
    # The list of trainings opportunities require (opportunities/migrations/0003).
    *{("opportunities", f"{action}_training") for action in ("add", "change", "delete", "view")},
}


def group_permissions(name):
    return set(Group.objects.get(name=name).permissions.values_list("content_type__app_label", "codename"))


def test_coordinators_have_exactly_the_registry_permissions_and_admin_access():
    assert group_permissions("Coordinators") == COORDINATOR_PERMISSIONS


def test_coordinators_have_no_page_or_collection_permissions():
    group = Group.objects.get(name="Coordinators")
    assert not GroupPagePermission.objects.filter(group=group).exists()
    assert not GroupCollectionPermission.objects.filter(group=group).exists()


def test_communications_have_exactly_admin_access_translation_and_news_category_permissions():
    assert group_permissions("Communications") == COMMUNICATIONS_PERMISSIONS


def test_communications_have_no_registry_permission_at_all():
    user_permissions = Group.objects.get(name="Communications").permissions
    assert not user_permissions.filter(content_type__app_label="registry").exists()
    # Rotas and sign-ups are registry data too.
    assert not user_permissions.filter(
        content_type__app_label="opportunities", content_type__model__in=["shift", "signup", "completedtraining"]
    ).exists()


def test_communications_may_add_edit_publish_and_lock_pages_from_the_root():
    group = Group.objects.get(name="Communications")
    granted = set(GroupPagePermission.objects.filter(group=group).values_list("page_id", "permission__codename"))
    root = Page.get_first_root_node().pk
    assert granted == {
        (root, codename) for codename in ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
    }


def test_communications_manage_images_and_documents_in_the_root_collection():
    group = Group.objects.get(name="Communications")
    granted = set(
        GroupCollectionPermission.objects.filter(group=group).values_list(
            "collection_id", "permission__content_type__app_label", "permission__codename"
        )
    )
    root = Collection.get_first_root_node().pk
    expected = {(root, "wagtailimages", f"{action}_image") for action in ("add", "change", "choose", "delete")}
    expected |= {(root, "wagtaildocs", f"{action}_document") for action in ("add", "change", "choose", "delete")}
    assert granted == expected


def test_running_the_data_migration_again_adds_no_duplicates():
    migration = importlib.import_module("home.migrations.0008_groups_and_permissions")
    before = (
        Group.objects.count(),
        GroupPagePermission.objects.count(),
        GroupCollectionPermission.objects.count(),
        group_permissions("Coordinators"),
    )
    migration.create_groups(global_apps, None)
    after = (
        Group.objects.count(),
        GroupPagePermission.objects.count(),
        GroupCollectionPermission.objects.count(),
        group_permissions("Coordinators"),
    )
    assert after == before


def test_a_communications_user_can_reach_the_admin_but_not_the_registry():
    user = user_in_group("Communications")
    assert user.has_perm("wagtailadmin.access_admin")
    assert not any(perm.startswith("registry.") for perm in user.get_all_permissions())
