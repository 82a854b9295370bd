"""Wagtail admin set-up of the paperwork: log actions, admin views and the "Paperwork" menu, buttons on
volunteers, the dashboard panel, volunteers' document requests, the registry's hooks (status rule for minors,
anonymisation) and the demo loader's hook. The registry names these hooks and never imports this app; the
personal-data export's sections are registered in apps.py (registry/gdpr/sections.py)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet

from registry.models import Volunteer

from . import admin_views, audit, bulk_admin, dashboard, demo, gdpr, minors_admin, register, request_admin, rules
from .models import VolunteerSafetyAcknowledgement
from .viewsets import PaperworkViewSetGroup

register_snippet(PaperworkViewSetGroup)

hooks.register("register_log_actions", audit.register_actions)
hooks.register("construct_homepage_panels", dashboard.add_paperwork_panel)
hooks.register("registry_status_rules", rules.minors_need_guardian_consent)
hooks.register("registry_anonymise_volunteer", gdpr.anonymise)
# `manage.py load_demo`: the areas' safety information and the demo volunteers' acknowledgements, before sign-ups.
hooks.register(demo.DEMO_HOOK, demo.load_demo_safety)


@hooks.register("register_admin_urls")
def register_paperwork_urls():
    # Under registry/: the security tests' access matrix and personal-data sweep find them there.
    return [
        path(
            "registry/volunteers/<int:pk>/documents/",
            admin_views.VolunteerDocumentsView.as_view(),
            name="paperwork_volunteer_documents",
        ),
        path("registry/documents/<int:pk>/pdf/", admin_views.document_pdf, name="paperwork_document_pdf"),
        path("registry/documents/", register.DocumentRegisterView.as_view(), name="paperwork_register"),
        path(
            "registry/documents/results/",
            register.DocumentRegisterView.as_view(results_only=True),
            name="paperwork_register_results",
        ),
        path(
            "registry/documents/<int:pk>/revoke/",
            admin_views.RevokeDocumentView.as_view(),
            name="paperwork_document_revoke",
        ),
        path(
            "registry/documents/certificates-for-year/",
            bulk_admin.CertificatesForYearView.as_view(),
            name="paperwork_certificates_for_year",
        ),
        path(
            "registry/document-requests/",
            request_admin.DocumentRequestsView.as_view(),
            name="paperwork_document_requests",
        ),
        path(
            "registry/document-requests/results/",
            request_admin.DocumentRequestsView.as_view(results_only=True),
            name="paperwork_document_requests_results",
        ),
        path(
            "registry/document-requests/<int:pk>/",
            request_admin.HandleRequestView.as_view(),
            name="paperwork_document_request",
        ),
    ]


@hooks.register("register_paperwork_menu_item")
def register_menu_item():
    return register.RegisterMenuItem(
        _("Register of issued documents"), reverse("paperwork_register"), icon_name="list-ul", order=10
    )


@hooks.register("register_paperwork_menu_item")
def requests_menu_item():
    return request_admin.RequestsMenuItem(
        _("Document requests"), request_admin.listing_url(), icon_name="mail", order=15
    )


def documents_button(user, volunteer, priority=35):
    if not admin_views.allowed(user, admin_views.VIEW_PERMISSIONS):
        return []
    url = reverse("paperwork_volunteer_documents", args=[volunteer.pk])
    return [Button(_("Documents (certificate, opinion, agreement)"), url=url, icon_name="doc-full", priority=priority)]


def safety_acknowledgements_button(user, volunteer, priority=36):
    """The person's health-and-safety acknowledgements: the acknowledgements' listing filtered to them."""
    if not user.has_perm("paperwork.view_volunteersafetyacknowledgement"):
        return []
    url = reverse(VolunteerSafetyAcknowledgement.snippet_viewset.get_url_name("list"))
    return [
        Button(_("Safety acknowledgements"), url=f"{url}?volunteer={volunteer.pk}", icon_name="tick", priority=priority)
    ]


@hooks.register("registry_volunteer_buttons")
def volunteer_header_buttons(user, volunteer):
    return (
        documents_button(user, volunteer)
        + minors_admin.record_consent_button(user, volunteer)
        + safety_acknowledgements_button(user, volunteer)
    )


@hooks.register("register_snippet_listing_buttons")
def volunteer_listing_buttons(instance, user, next_url=None):
    if not isinstance(instance, Volunteer):
        return []
    return documents_button(user, instance) + safety_acknowledgements_button(user, instance)
