"""The "Paperwork" admin menu: agreements and their templates, safety information and acknowledgements,
insurance policies, guardians' consents and child-protection checks. Snippet viewsets with whole Polish phrases
per model (admin_wording.py, as registry/admin_wording.py) and the registry's views (no revisions: these are
personal records)."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from registry.filters import areas_in_default_locale, filter_by_area
from registry.viewsets import RegistrySnippetViewSet

from . import admin_wording
from .minors_admin import AgreementCreateView, AgreementEditView, GuardianConsentCreateView
from .models import (
    Agreement,
    AgreementTemplate,
    GuardianConsent,
    InsurancePolicy,
    SafeguardingCheck,
    SafetyInformation,
    VolunteerSafetyAcknowledgement,
)


class AgreementViewSet(RegistrySnippetViewSet):
    model = Agreement
    icon = "doc-full"
    menu_label = _("Agreements")
    url_prefix = "paperwork/agreements"
    wording = admin_wording.AGREEMENT_WORDING
    # A minor with no guardian's consent on record: saved with a warning (paperwork/minors_admin.py).
    add_view_class = AgreementCreateView
    edit_view_class = AgreementEditView
    list_display = ["__str__", "volunteer", "organisation", "starts_on", "ends_on", "signed_on"]
    ordering = ["-starts_on", "-pk"]
    list_filter = ["organisation", "signed_on"]


class AgreementTemplateViewSet(RegistrySnippetViewSet):
    model = AgreementTemplate
    icon = "doc-empty"
    menu_label = _("Agreement templates")
    url_prefix = "paperwork/agreement-templates"
    wording = admin_wording.AGREEMENT_TEMPLATE_WORDING
    list_display = ["name", "language", "is_default", "updated_at"]


class SafetyInformationViewSet(RegistrySnippetViewSet):
    model = SafetyInformation
    icon = "warning"
    menu_label = _("Health and safety")
    url_prefix = "paperwork/safety"
    wording = admin_wording.SAFETY_INFORMATION_WORDING
    list_display = ["area", "version", "in_force_from"]


class AcknowledgementFilterSet(WagtailFilterSet):
    """One person's acknowledgements (the volunteer's "Safety acknowledgements" button links here with
    ?volunteer=<id>), an area's in any language, a period."""

    volunteer = django_filters.NumberFilter(label=_("Volunteer ID"), field_name="volunteer_id")
    area = django_filters.ModelChoiceFilter(
        label=_("Area"), queryset=areas_in_default_locale, method="filter_area", empty_label=_("All")
    )
    acknowledged_on = django_filters.DateFromToRangeFilter(
        label=_("Acknowledged between"), widget=DateRangePickerWidget
    )

    def filter_area(self, queryset, name, value):
        return filter_by_area(queryset, "information__area", value)

    class Meta:
        model = VolunteerSafetyAcknowledgement
        fields = ["volunteer", "area", "acknowledged_on"]


class AcknowledgementViewSet(RegistrySnippetViewSet):
    model = VolunteerSafetyAcknowledgement
    icon = "tick"
    menu_label = _("Safety acknowledgements")
    url_prefix = "paperwork/safety-acknowledgements"
    wording = admin_wording.ACKNOWLEDGEMENT_WORDING
    list_display = ["__str__", "volunteer", "information", "acknowledged_on"]
    filterset_class = AcknowledgementFilterSet
    search_fields = ["volunteer__first_name", "volunteer__last_name"]


class InsurancePolicyViewSet(RegistrySnippetViewSet):
    model = InsurancePolicy
    icon = "lock"
    menu_label = _("Insurance policies")
    url_prefix = "paperwork/insurance"
    wording = admin_wording.INSURANCE_POLICY_WORDING
    list_display = ["insurer", "number", "organisation", "starts_on", "ends_on", "covers_everyone"]


class GuardianConsentViewSet(RegistrySnippetViewSet):
    model = GuardianConsent
    icon = "user"
    menu_label = _("Guardians' consents")
    url_prefix = "paperwork/guardian-consents"
    wording = admin_wording.GUARDIAN_CONSENT_WORDING
    # `?volunteer=<id>` fills in the volunteer and the guardian their application named.
    add_view_class = GuardianConsentCreateView
    list_display = ["__str__", "volunteer", "given_on"]
    form_fields = ["volunteer", "guardian_name", "guardian_contact", "given_on", "document"]


class SafeguardingCheckViewSet(RegistrySnippetViewSet):
    model = SafeguardingCheck
    icon = "lock"
    menu_label = _("Child-protection checks")
    url_prefix = "paperwork/child-protection-checks"
    wording = admin_wording.SAFEGUARDING_CHECK_WORDING
    list_display = ["__str__", "volunteer", "checked_on", "outcome", "evidence", "valid_until"]
    form_fields = ["volunteer", "checked_on", "outcome", "evidence", "valid_until"]


class PaperworkViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Paperwork")
    menu_icon = "doc-full-inverse"
    menu_order = 251
    # The register of documents adds itself with this hook (wagtail_hooks.py).
    submenu_hook = "register_paperwork_menu_item"
    items = (
        AgreementViewSet,
        AgreementTemplateViewSet,
        SafetyInformationViewSet,
        AcknowledgementViewSet,
        InsurancePolicyViewSet,
        GuardianConsentViewSet,
        SafeguardingCheckViewSet,
    )
