"""Admin URLs and audit-log actions for the GDPR tools; imported by registry/wagtail_hooks.py."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from . import requests, views
from .anonymise import ANONYMISE_ACTION

register_snippet(requests.DataSubjectRequestViewSet)
hooks.register("construct_homepage_panels", requests.add_data_requests_panel)


@hooks.register("register_admin_urls")
def register_gdpr_urls():
    return [
        path(
            "registry/volunteers/<int:pk>/personal-data/",
            views.personal_data_export,
            name="registry_volunteer_personal_data",
        ),
        path(
            "registry/volunteers/<int:pk>/anonymise/",
            views.AnonymiseView.as_view(),
            name="registry_volunteer_anonymise",
        ),
        path(
            "registry/volunteers/<int:pk>/personal-data/copy/",
            requests.personal_data_copy,
            name="registry_volunteer_personal_data_copy",
        ),
    ]


@hooks.register("register_log_actions")
def register_gdpr_log_actions(actions):
    actions.register_action(
        views.PERSONAL_DATA_EXPORT_ACTION,
        pgettext_lazy("log action", "Personal data export"),
        _("Personal data exported"),
    )
    actions.register_action(ANONYMISE_ACTION, pgettext_lazy("log action", "Anonymisation"), _("Anonymised"))
    actions.register_action(
        requests.ANSWERED_ACTION, pgettext_lazy("log action", "Request answered"), _("Request answered")
    )
