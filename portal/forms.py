"""The volunteer's forms: asking for a link, reporting hours, correcting contact details."""

from decimal import Decimal

from django import forms
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from phonenumber_field.formfields import PhoneNumberField
from wagtail.models import Locale

from registry.email_addresses import normalise_email
from registry.join.forms import (
    PHONE_MAX_LENGTH,
    PlainTextField,
    reject_control_characters,
    reject_control_characters_in_message,
    require_a_letter,
)
from registry.models import Area, HourReport, Organisation, Volunteer

NOTE_MAX_LENGTH = 1000


class ErrorSummaryMixin:
    """(field, label, error) for the error summary at the top (portal/errors.html), as the join form gives them.

    SUMMARY_LABELS names a field whose label does not read well before a colon (a question, a long sentence).
    """

    SUMMARY_LABELS = {}

    def error_summary(self):
        return [
            (field, self.SUMMARY_LABELS.get(field.name, field.label), error) for field in self for error in field.errors
        ]


class SignInForm(ErrorSummaryMixin, forms.Form):
    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,
        help_text=_("The address you gave when you applied."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": _("Enter your e-mail address."),
            "invalid": _("Enter an e-mail address like name@example.com."),
        },
    )


class HourReportForm(ErrorSummaryMixin, forms.ModelForm):
    """Hours for work not on a shift; validated here so a bad report shows an error and nothing is stored."""

    date = forms.DateField(
        label=_("Date"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"required": _("Enter the date."), "invalid": _("Enter a date, e.g. 2026-05-31.")},
    )
    hours = forms.DecimalField(
        label=_("Hours"),
        max_digits=4,
        decimal_places=2,
        help_text=_("More than 0 and at most 24, e.g. 2.5."),
        widget=forms.NumberInput(attrs={"step": "0.25", "min": "0.25", "max": "24", "inputmode": "decimal"}),
        error_messages={"required": _("Enter the hours."), "invalid": _("Enter a number of hours, e.g. 2.5.")},
    )
    note = forms.CharField(
        label=_("What you did"),
        required=False,
        max_length=NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        validators=[reject_control_characters_in_message],
    )

    class Meta:
        model = HourReport
        fields = ["date", "area", "organisation", "hours", "note"]
        labels = {"area": _("Area"), "organisation": _("Organisation")}

    def __init__(self, *args, volunteer, **kwargs):
        super().__init__(*args, **kwargs)
        self.volunteer = volunteer
        self.instance.volunteer = volunteer
        self.fields["area"].queryset = Area.objects.filter(locale=Locale.get_active()).order_by("name")
        self.fields["organisation"].queryset = Organisation.objects.order_by("name")
        for name in ("area", "organisation"):
            self.fields[name].required = False
            self.fields[name].empty_label = _("(not given)")

    def clean_date(self):
        day = self.cleaned_data["date"]
        if day > timezone.localdate():
            raise forms.ValidationError(_("The date cannot be in the future."))
        joined = timezone.localtime(self.volunteer.created_at).date() if self.volunteer.created_at else None
        if joined and day < joined:
            raise forms.ValidationError(
                _("The date cannot be before you joined the programme (%(day)s).")
                % {"day": formats.date_format(joined, "DATE_FORMAT")}
            )
        return day

    def clean_hours(self):
        hours = self.cleaned_data["hours"]
        if hours <= 0 or hours > Decimal("24"):
            raise forms.ValidationError(_("Hours must be more than 0 and at most 24."))
        return hours


class ContactForm(ErrorSummaryMixin, forms.ModelForm):
    """What a volunteer may correct themselves; everything else goes through the coordinators."""

    email = forms.EmailField(
        label=_("E-mail"),
        max_length=254,
        help_text=_("Your sign-in links will go to this address."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={"invalid": _("Enter an e-mail address like name@example.com.")},
    )
    phone = PhoneNumberField(
        label=_("Phone"),
        region="PL",
        max_length=PHONE_MAX_LENGTH,
        required=False,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
        error_messages={"invalid": _("Enter a valid phone number, e.g. 601 234 567 or +44 20 7946 0000.")},
    )
    city = PlainTextField(
        label=_("City or town"),
        max_length=100,
        required=False,
        validators=[reject_control_characters, require_a_letter],
        widget=forms.TextInput(attrs={"autocomplete": "address-level2"}),
    )

    class Meta:
        model = Volunteer
        # The e-mail address is not a model field here: it changes only from a link sent to it (email_change.py).
        fields = ["phone", "city", "availability"]
        labels = {"availability": _("When you can volunteer")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].initial = self.instance.email
        self.order_fields(["email", "phone", "city", "availability"])

    def clean_email(self):
        try:
            address = normalise_email(self.cleaned_data["email"])
        except forms.ValidationError as error:
            raise forms.ValidationError(error.messages) from None
        # Whether another record holds it is not said here (portal/email_change.py).
        return address

    def clean_phone(self):
        phone = self.cleaned_data.get("phone")
        return phone.as_e164 if phone else ""
