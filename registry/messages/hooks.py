"""Admin URLs and the menu entry of messages to volunteers; imported by registry/wagtail_hooks.py."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from registry.bulk_hours import PermissionMenuItem

from . import views


@hooks.register("register_admin_urls")
def register_message_urls():
    return [
        path("registry/messages/", views.MessageLogView.as_view(), name="registry_messages_log"),
        path("registry/messages/new/", views.ComposeMessageView.as_view(), name="registry_messages_compose"),
    ]


@hooks.register("register_registry_menu_item")
def register_messages_menu_item():
    return PermissionMenuItem(
        _("Messages to volunteers"),
        reverse("registry_messages_log"),
        icon_name="mail",
        order=650,
        permission=views.LOG_PERMISSION,
    )
