"""Admin forms: issue a document for a volunteer, revoke one."""

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

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
