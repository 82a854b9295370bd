"""The "Registry" admin menu: one snippet viewset per registry model, grouped.

All are snippet viewsets so listings get Wagtail's bulk actions and Area gets wagtail-localize's translation.
None of the registry models uses RevisionMixin: revisions would keep copies of personal data.
"""

from django import forms
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import admin_wording
from .admin_display import DisplayColumn, VettingExpiryColumn
from .admin_views import (
    RecognitionIndexView,
    RegistryChooserViewSet,
    RegistryCreateView,
    RegistryDeleteView,
    RegistryEditView,
    RegistryHistoryView,
    RegistryIndexView,
    RegistryInspectView,
    ServiceRecordIndexView,
    VolunteerChooserViewSet,
    VolunteerEditView,
    VolunteerIndexView,
    VolunteerInspectView,
    VolunteerRecordPanel,
)
from .filters import (
    AreaFilterSet,
    OrganisationFilterSet,
    RecognitionFilterSet,
    ServiceRecordFilterSet,
    VolunteerFilterSet,
)
from .forms import RecognitionAdminForm, RegistryAdminForm, ServiceRecordAdminForm, VolunteerAdminForm
from .models import Area, Organisation, Recognition, ServiceRecord, Volunteer


def field_label(model, field_name):
    return capfirst(model._meta.get_field(field_name).verbose_name)


class RecipientColumn(Column):
    """The organisation's name, or "Volunteer #id": a recognition listing needs no personal data."""

    def get_value(self, instance):
        return instance.organisation or instance.volunteer


class RegistrySnippetViewSet(SnippetViewSet):
    """Settings shared by every registry listing; `wording` holds the model's phrases (admin_wording.py)."""

    wording = None
    index_view_class = RegistryIndexView
    add_view_class = RegistryCreateView
    edit_view_class = RegistryEditView
    delete_view_class = RegistryDeleteView
    history_view_class = RegistryHistoryView
    inspect_view_class = RegistryInspectView
    chooser_viewset_class = RegistryChooserViewSet
    inspect_view_enabled = True
    copy_view_enabled = False
    list_per_page = 50
    # Plain database lookups (icontains) for search: the registry is not in the site's search index.
    search_backend_name = None

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(wording=self.wording, **kwargs)

    def get_add_view_kwargs(self, **kwargs):
        return super().get_add_view_kwargs(wording=self.wording, **kwargs)

    def get_edit_view_kwargs(self, **kwargs):
        return super().get_edit_view_kwargs(wording=self.wording, **kwargs)

    def get_delete_view_kwargs(self, **kwargs):
        return super().get_delete_view_kwargs(wording=self.wording, **kwargs)

    def get_history_view_kwargs(self, **kwargs):
        return super().get_history_view_kwargs(wording=self.wording, **kwargs)

    def get_inspect_view_kwargs(self, **kwargs):
        return super().get_inspect_view_kwargs(wording=self.wording, **kwargs)

    @cached_property
    def chooser_viewset(self):
        if self.wording is None:  # a viewset without its own phrases keeps Wagtail's chooser texts
            return super().chooser_viewset
        return self.chooser_viewset_class(
            self.get_chooser_admin_url_namespace(),
            model=self.model,
            url_prefix=self.get_chooser_admin_base_path(),
            icon=self.icon,
            per_page=self.chooser_per_page,
            choose_one_text=self.wording.choose,
            choose_another_text=self.wording.choose_another,
            edit_item_text=self.wording.edit_chosen,
        )


class VolunteerViewSet(RegistrySnippetViewSet):
    model = Volunteer
    chooser_viewset_class = VolunteerChooserViewSet
    icon = "user"
    menu_label = _("Volunteers")
    url_prefix = "registry/volunteers"
    wording = admin_wording.VOLUNTEER_WORDING
    index_view_class = VolunteerIndexView
    inspect_view_class = VolunteerInspectView
    edit_view_class = VolunteerEditView
    filterset_class = VolunteerFilterSet
    ordering = ["-created_at"]
    search_fields = ["first_name", "last_name", "email", "phone", "city"]
    list_display = [
        "last_name",
        "first_name",
        "status",
        "organisation",
        "city",
        VettingExpiryColumn("vetting_expires_on", label=_("Vetting expires"), sort_key="vetting_expires_on"),
        DisplayColumn("created_at", label=_("Joined"), sort_key="created_at"),
    ]
    list_export = [
        "pk",
        "first_name",
        "last_name",
        "email",
        "phone",
        "city",
        "status",
        "organisation",
        "areas",
        "languages",
        "availability",
        "vetting_checked_on",
        "vetting_expires_on",
        "source",
        "created_at",
    ]
    export_headings = {
        "pk": _("ID"),
        "status": _("Status"),
        "organisation": _("Host organisation"),
        "areas": _("Areas of interest"),
        "availability": _("Availability"),
        "source": _("Source"),
        "created_at": _("Joined"),
    }
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("first_name"), FieldPanel("last_name")]),
                    FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
                    FieldRowPanel([FieldPanel("city"), FieldPanel("date_of_birth")]),
                ],
                heading=_("Person"),
            ),
            MultiFieldPanel(
                [FieldRowPanel([FieldPanel("guardian_name"), FieldPanel("guardian_contact")])],
                heading=_("Parent or guardian"),
                help_text=_(
                    "For a person under 18, as given when applying. Their written consent is recorded under "
                    "Paperwork → Guardians' consents."
                ),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("status"),
                    # The override of the status rules (registry/pipeline_forms.py), logged with who and why.
                    FieldRowPanel([FieldPanel("override_status_rules"), FieldPanel("override_reason")]),
                    FieldPanel("organisation"),
                    FieldPanel("areas", widget=forms.CheckboxSelectMultiple),
                    FieldPanel("languages"),
                    FieldPanel("availability"),
                    FieldPanel("message"),
                ],
                heading=_("Volunteering"),
            ),
            MultiFieldPanel(
                [FieldRowPanel([FieldPanel("vetting_checked_on"), FieldPanel("vetting_expires_on")])],
                heading=_("Vetting"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("consent_text_version"),
                    FieldPanel("consent_given_at"),
                    FieldPanel("consent_public_name"),
                    FieldPanel("unsubscribed_from_messages"),
                    FieldPanel("source"),
                ],
                heading=_("Consent and source"),
            ),
            FieldPanel("notes"),
            VolunteerRecordPanel(),
        ],
        base_form_class=VolunteerAdminForm,
    )


class OrganisationViewSet(RegistrySnippetViewSet):
    model = Organisation
    icon = "site"
    menu_label = _("Organisations")
    url_prefix = "registry/organisations"
    wording = admin_wording.ORGANISATION_WORDING
    filterset_class = OrganisationFilterSet
    ordering = ["name"]
    search_fields = ["name", "city", "website"]
    list_display = ["name", "kind", "city", "country", "website"]
    list_export = ["pk", "name", "kind", "city", "country", "website"]
    export_headings = {"pk": _("ID"), "kind": _("Kind")}
    edit_handler = ObjectList(
        [FieldPanel("name"), FieldPanel("kind"), FieldPanel("city"), FieldPanel("country"), FieldPanel("website")],
        base_form_class=RegistryAdminForm,
    )


class RecognitionViewSet(RegistrySnippetViewSet):
    model = Recognition
    icon = "success"
    menu_label = _("Recognitions")
    url_prefix = "registry/recognitions"
    wording = admin_wording.RECOGNITION_WORDING
    index_view_class = RecognitionIndexView
    filterset_class = RecognitionFilterSet
    ordering = ["-date", "-pk"]
    search_fields = ["title", "awarded_by", "description", "organisation__name"]
    list_display = [
        "title",
        "awarded_by",
        DisplayColumn("date", label=_("Date"), sort_key="date"),
        RecipientColumn("recipient", label=_("Given to")),
        DisplayColumn("is_public", label=field_label(Recognition, "is_public"), sort_key="is_public"),
    ]
    list_export = ["pk", "title", "awarded_by", "date", "volunteer_id", "organisation", "is_public", "description"]
    export_headings = {"pk": _("ID"), "volunteer_id": _("Volunteer ID"), "organisation": _("Organisation")}
    edit_handler = ObjectList(
        [
            FieldPanel("title"),
            FieldPanel("awarded_by"),
            FieldPanel("date"),
            MultiFieldPanel(
                [FieldPanel("volunteer"), FieldPanel("organisation")],
                heading=_("Given to"),
                help_text=_("Choose exactly one: a volunteer or an organisation."),
            ),
            FieldPanel("description"),
            MultiFieldPanel(
                [FieldPanel("title_en"), FieldPanel("awarded_by_en"), FieldPanel("description_en")],
                heading=_("For the English site"),
                help_text=_("Optional: where empty, the English site shows the Polish text."),
            ),
            FieldPanel("is_public"),
            FieldPanel("news_page"),
        ],
        base_form_class=RecognitionAdminForm,
    )


class ServiceRecordViewSet(RegistrySnippetViewSet):
    model = ServiceRecord
    icon = "time"
    menu_label = _("Service records")
    url_prefix = "registry/service-records"
    wording = admin_wording.SERVICE_RECORD_WORDING
    index_view_class = ServiceRecordIndexView
    filterset_class = ServiceRecordFilterSet
    ordering = ["-date", "-pk"]
    search_fields = ["volunteer__first_name", "volunteer__last_name", "note"]
    list_display = [
        DisplayColumn("date", label=_("Date"), sort_key="date"),
        Column("volunteer_name", label=_("Volunteer"), accessor="volunteer.full_name"),
        DisplayColumn("hours", label=field_label(ServiceRecord, "hours"), sort_key="hours"),
        "area",
        "organisation",
    ]
    list_export = ["pk", "date", "volunteer_id", "hours", "area", "organisation", "note"]
    export_headings = {"pk": _("ID"), "volunteer_id": _("Volunteer ID")}
    edit_handler = ObjectList(
        [
            FieldPanel("volunteer"),
            FieldPanel("date"),
            FieldPanel("hours"),
            FieldPanel("area"),
            FieldPanel("organisation"),
            FieldPanel("note"),
        ],
        base_form_class=ServiceRecordAdminForm,
    )


class AreaViewSet(RegistrySnippetViewSet):
    model = Area
    icon = "tag"
    menu_label = _("Areas")
    url_prefix = "registry/areas"
    wording = admin_wording.AREA_WORDING
    filterset_class = AreaFilterSet
    ordering = ["name"]
    search_fields = ["name", "slug", "description"]
    # Areas exist in each language: the column says which (English rows otherwise look like mistakes).
    list_display = ["name", "slug", DisplayColumn("locale", label=_("Language"), sort_key="locale")]
    list_export = ["pk", "name", "slug", "locale"]
    inspect_view_fields_exclude = ["translation_key"]
    export_headings = {"pk": _("ID")}


class RegistryViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Registry")
    menu_icon = "group"
    menu_order = 250
    # More entries (e.g. "Log hours for an event") register themselves with this hook.
    submenu_hook = "register_registry_menu_item"
    items = (VolunteerViewSet, OrganisationViewSet, RecognitionViewSet, ServiceRecordViewSet, AreaViewSet)
