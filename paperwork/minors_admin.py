"""Minors in the paperwork admin: an agreement with a minor missing the guardian's consent is saved with a warning,
and a guardian's consent is recorded with the who and contact the application gave (prefilled).

The consent itself is never taken from the join form: a coordinator records the signed document (who, contact,
date, the scan). Under 13 the agreement itself refuses to save without the guardian (Agreement.clean).
"""

from django.urls import NoReverseMatch, reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail.admin import messages
from wagtail.admin.widgets import Button

from registry.admin_views import RegistryCreateView, RegistryEditView
from registry.models import Volunteer

from .models import GuardianConsent
from .requirements import is_minor

ADD_CONSENT_PERMISSION = "paperwork.add_guardianconsent"
MISSING_CONSENT_WARNING = _(
    "The volunteer is under 18 on the agreement's first day and no parent or guardian's written consent is on "
    "record. Record it before they start: without it they cannot be made active."
)


def consent_on_record(volunteer):
    return GuardianConsent.objects.filter(volunteer=volunteer).exists()


def missing_consent(volunteer, on_date):
    """A minor on the day (under the registry's own clock when no day is given) with no guardian's consent."""
    return is_minor(volunteer, on_date) and not consent_on_record(volunteer)


def add_consent_url(volunteer):
    """The "add guardian's consent" form for this volunteer (prefilled from the application), or None."""
    viewset = getattr(GuardianConsent, "snippet_viewset", None)
    try:
        path = reverse(viewset.get_url_name("add"))
    except (AttributeError, NoReverseMatch):
        return None
    return f"{path}?{urlencode({'volunteer': volunteer.pk})}"


def add_consent_buttons(user, volunteer):
    url = add_consent_url(volunteer) if user.has_perm(ADD_CONSENT_PERMISSION) else None
    return [messages.button(url, _("Record the guardian's consent"))] if url else []


class AgreementMinorsMixin:
    """After saving, warn when the volunteer is a minor on the agreement's first day with no consent on record."""

    def save_instance(self):
        agreement = super().save_instance()
        if missing_consent(agreement.volunteer, agreement.starts_on):
            messages.warning(
                self.request,
                MISSING_CONSENT_WARNING,
                buttons=add_consent_buttons(self.request.user, agreement.volunteer),
            )
        return agreement


class AgreementCreateView(AgreementMinorsMixin, RegistryCreateView):
    pass


class AgreementEditView(AgreementMinorsMixin, RegistryEditView):
    pass


class GuardianConsentCreateView(RegistryCreateView):
    """`?volunteer=<id>` chooses the volunteer and fills in the parent or guardian the application named."""

    def get_initial_form_instance(self):
        instance = super().get_initial_form_instance()
        volunteer_id = self.request.GET.get("volunteer", "")
        if not volunteer_id.isdigit():
            return instance
        volunteer = Volunteer.objects.not_anonymised().filter(pk=volunteer_id).first()
        if volunteer is None:
            return instance
        instance = instance or GuardianConsent()
        instance.volunteer = volunteer
        instance.guardian_name = volunteer.guardian_name
        instance.guardian_contact = volunteer.guardian_contact
        return instance


def record_consent_button(user, volunteer, priority=36):
    """On a minor's record with no consent yet: a button to record it (the coordinator has the signed form)."""
    if not user.has_perm(ADD_CONSENT_PERMISSION) or not missing_consent(volunteer, None):
        return []
    url = add_consent_url(volunteer)
    if url is None:
        return []
    return [Button(_("Record the guardian's consent"), url=url, icon_name="user", priority=priority)]
