"""Admin forms: issue a document for a volunteer, revoke one, answer a volunteer's request, issue a year's
certificates in bulk."""

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from portal.forms import ErrorSummaryMixin

from .document_requests import MAX_REASON_LENGTH as MAX_DECLINE_LENGTH
from .issuing import MAX_REASON_LENGTH
from .models import Agreement, IssuedDocument


def coordinators():
    """People who may sign: staff in the Coordinators group, and superusers."""
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(Q(groups__name="Coordinators") | Q(is_superuser=True))
        .distinct()
        .order_by("last_name", "first_name", "username")
    )


class SignatoryField(forms.ModelChoiceField):
    def label_from_instance(self, user):
        return user.get_full_name() or user.get_username()


class IssueDocumentForm(forms.Form):
    kind = forms.ChoiceField(label=_("Document"), choices=IssuedDocument.Kind.choices)
    language = forms.ChoiceField(
        label=_("Language"),
        choices=settings.LANGUAGES,
        help_text=_("Set to the volunteer's preferred language; change it only if they ask."),
    )
    signatory = SignatoryField(label=_("Signed by"), queryset=coordinators(), help_text=_("A named coordinator."))
    period_start = forms.DateField(label=_("Service from"), required=False, help_text=_("Empty: from the first day."))
    period_end = forms.DateField(label=_("Service to"), required=False, help_text=_("Empty: up to today."))
    scope_note = forms.CharField(
        label=_("Tasks performed (optional)"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )
    assessment = forms.CharField(
        label=_("Assessment (for an opinion)"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    agreement = forms.ModelChoiceField(
        label=_("Agreement (for an agreement)"), queryset=Agreement.objects.none(), required=False
    )

    def __init__(self, *args, volunteer, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["signatory"].queryset = coordinators()
        self.fields["agreement"].queryset = Agreement.objects.filter(volunteer=volunteer).select_related("organisation")
        self.initial.setdefault("language", volunteer.preferred_language or settings.LANGUAGE_CODE)
        self.initial.setdefault("signatory", user.pk)

    def clean(self):
        cleaned_data = super().clean()
        kind = cleaned_data.get("kind")
        start, end = cleaned_data.get("period_start"), cleaned_data.get("period_end")
        if start and end and end < start:
            self.add_error("period_end", _("The end of the period cannot come before its start."))
        if kind == IssuedDocument.Kind.OPINION and not (cleaned_data.get("assessment") or "").strip():
            self.add_error("assessment", _("Write the assessment."))
        if kind == IssuedDocument.Kind.AGREEMENT and not cleaned_data.get("agreement"):
            self.add_error("agreement", _("Choose the agreement to print."))
        return cleaned_data


class RevokeDocumentForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for revoking"),
        max_length=MAX_REASON_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Kept in the register for coordinators; the public page says only that it was revoked."),
    )


# Answering a volunteer's request (request_admin.py)

FIELDS_BY_REQUEST = {
    "certificate": ("period_start", "period_end", "scope_note"),
    "opinion": ("assessment",),
    "agreement": ("agreement",),
}


class RequestIssueForm(IssueDocumentForm):
    """The issuing form for one request: the kind is the request's, the language the one asked for."""

    def __init__(self, *args, document_request, user, **kwargs):
        super().__init__(*args, volunteer=document_request.volunteer, user=user, **kwargs)
        self.kind = document_request.kind
        keep = {"language", "signatory", *FIELDS_BY_REQUEST[self.kind]}
        for name in list(self.fields):
            if name not in keep:
                del self.fields[name]
        self.initial["language"] = document_request.language
        if "agreement" in self.fields:
            self.fields["agreement"].required = True
            self.fields["agreement"].label = _("Agreement")
        if "assessment" in self.fields:
            self.fields["assessment"].required = True
            self.fields["assessment"].label = _("Assessment")

    def clean(self):
        self.cleaned_data["kind"] = self.kind
        return super().clean()


class DeclineRequestForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for declining"),
        max_length=MAX_DECLINE_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("The volunteer reads it on their page. Do not name other people."),
    )


class CertificatesForYearForm(forms.Form):
    """Bulk issuing: the year, and who signs (a named coordinator)."""

    year = forms.TypedChoiceField(label=_("Year of service"), coerce=int)
    signatory = SignatoryField(label=_("Signed by"), queryset=coordinators(), help_text=_("A named coordinator."))

    def __init__(self, *args, years, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = [(year, str(year)) for year in years]
        self.fields["signatory"].queryset = coordinators()
        self.initial.setdefault("signatory", user.pk)


# The volunteer's own page (portal_documents.py)

WHAT_TO_KINDS = {
    "certificate": ["certificate"],
    "certificate_opinion": ["certificate", "opinion"],
    "agreement": ["agreement"],
}


class DocumentRequestForm(ErrorSummaryMixin, forms.Form):
    """What a volunteer may ask for (art. 44): a certificate, with an opinion if they wish, or the agreement's
    terms in writing; in either language (their preferred one first)."""

    # The question reads badly before the summary's colon ("Which document do you need?: Choose the document.").
    SUMMARY_LABELS = {"what": _("Document")}

    what = forms.ChoiceField(
        label=_("Which document do you need?"),
        choices=[
            ("certificate", _("A certificate of the work done")),
            ("certificate_opinion", _("A certificate and an opinion on the work done")),
            ("agreement", _("The terms of the agreement in writing")),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose the document."), "invalid_choice": _("Choose the document.")},
    )
    language = forms.ChoiceField(
        label=_("Language of the document"),
        choices=settings.LANGUAGES,
        error_messages={"invalid_choice": _("Choose the language.")},
    )

    def __init__(self, *args, volunteer, **kwargs):
        super().__init__(*args, **kwargs)
        languages = {code for code, _name in settings.LANGUAGES}
        preferred = volunteer.preferred_language if volunteer.preferred_language in languages else None
        self.initial.setdefault("language", preferred or settings.LANGUAGE_CODE)
        # Both forms on one page (the home page's section and the request page) keep their ids apart.
        self.auto_id = "document-request-%s"

    def kinds(self):
        return WHAT_TO_KINDS[self.cleaned_data["what"]]
