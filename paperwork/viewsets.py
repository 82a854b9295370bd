"""The "Paperwork" admin menu: agreements and their templates, safety information and acknowledgements,
insurance policies, guardians' consents and child-protection checks. Snippet viewsets with the registry's
whole Polish phrases (registry/admin_wording.py) and views (no revisions: these are personal records)."""

import django_filters
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from registry.admin_wording import RegistryWording, format_count
from registry.filters import areas_in_default_locale, filter_by_area
from registry.viewsets import RegistrySnippetViewSet

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


def wording(add, new, delete_question, choose, choose_another, edit_chosen, count):
    return RegistryWording(add, new, delete_question, choose, choose_another, edit_chosen, count)


class AgreementViewSet(RegistrySnippetViewSet):
    model = Agreement
    icon = "doc-full"
    menu_label = _("Agreements")
    url_prefix = "paperwork/agreements"
    wording = wording(
        _("Add agreement"),
        _("New agreement"),
        _("Are you sure you want to delete this agreement?"),
        _("Choose an agreement"),
        _("Choose another agreement"),
        _("Edit this agreement"),
        lambda n: ngettext("%(count)s agreement", "%(count)s agreements", n) % {"count": format_count(n)},
    )
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
    wording = wording(
        _("Add agreement template"),
        _("New agreement template"),
        _("Are you sure you want to delete this agreement template?"),
        _("Choose an agreement template"),
        _("Choose another agreement template"),
        _("Edit this agreement template"),
        lambda n: (
            ngettext("%(count)s agreement template", "%(count)s agreement templates", n) % {"count": format_count(n)}
        ),
    )
    list_display = ["name", "language", "is_default", "updated_at"]


class SafetyInformationViewSet(RegistrySnippetViewSet):
    model = SafetyInformation
    icon = "warning"
    menu_label = _("Health and safety")
    url_prefix = "paperwork/safety"
    wording = wording(
        _("Add a version of safety information"),
        _("New version of safety information"),
        _("Are you sure you want to delete this version?"),
        _("Choose safety information"),
        _("Choose other safety information"),
        _("Edit this safety information"),
        lambda n: ngettext("%(count)s version", "%(count)s versions", n) % {"count": format_count(n)},
    )
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
    wording = wording(
        _("Add acknowledgement"),
        _("New acknowledgement"),
        _("Are you sure you want to delete this acknowledgement?"),
        _("Choose an acknowledgement"),
        _("Choose another acknowledgement"),
        _("Edit this acknowledgement"),
        lambda n: ngettext("%(count)s acknowledgement", "%(count)s acknowledgements", n) % {"count": format_count(n)},
    )
    list_display = ["__str__", "volunteer", "information", "acknowledged_on"]
    filterset_class = AcknowledgementFilterSet
    search_fields = ["volunteer__first_name", "volunteer__last_name"]


class InsurancePolicyViewSet(RegistrySnippetViewSet):
    model = InsurancePolicy
    icon = "lock"
    menu_label = _("Insurance policies")
    url_prefix = "paperwork/insurance"
    wording = wording(
        _("Add insurance policy"),
        _("New insurance policy"),
        _("Are you sure you want to delete this insurance policy?"),
        _("Choose an insurance policy"),
        _("Choose another insurance policy"),
        _("Edit this insurance policy"),
        lambda n: (
            ngettext("%(count)s insurance policy", "%(count)s insurance policies", n) % {"count": format_count(n)}
        ),
    )
    list_display = ["insurer", "number", "organisation", "starts_on", "ends_on", "covers_everyone"]


class GuardianConsentViewSet(RegistrySnippetViewSet):
    model = GuardianConsent
    icon = "user"
    menu_label = _("Guardians' consents")
    url_prefix = "paperwork/guardian-consents"
    wording = wording(
        _("Add guardian's consent"),
        _("New guardian's consent"),
        _("Are you sure you want to delete this consent?"),
        _("Choose a consent"),
        _("Choose another consent"),
        _("Edit this consent"),
        lambda n: ngettext("%(count)s consent", "%(count)s consents", n) % {"count": format_count(n)},
    )
    # `?volunteer=<id>` fills in the volunteer and the guardian their application named.
    add_view_class = GuardianConsentCreateView
    list_display = ["__str__", "volunteer", "given_on"]
    form_fields = ["volunteer", "guardian_name", "guardian_contact", "given_on", "document"]


class SafeguardingCheckViewSet(RegistrySnippetViewSet):
    model = SafeguardingCheck
    icon = "lock"
    menu_label = _("Child-protection checks")
    url_prefix = "paperwork/child-protection-checks"
    wording = wording(
        _("Add child-protection check"),
        _("New child-protection check"),
        _("Are you sure you want to delete this check?"),
        _("Choose a check"),
        _("Choose another check"),
        _("Edit this check"),
        lambda n: ngettext("%(count)s check", "%(count)s checks", n) % {"count": format_count(n)},
    )
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
