"""Admin forms of the registry: clear, translated errors before the database constraints would refuse a row."""

from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db.models import BLANK_CHOICE_DASH, Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.models import Locale

from .bulk_hours import volunteer_defaults
from .email_addresses import normalise_email
from .models import Area, Volunteer
from .pipeline_forms import StatusRulesFormMixin

MAX_HOURS = Decimal("24")
RANGE_VALIDATORS = (MinValueValidator, MaxValueValidator)


class RegistryAdminForm(WagtailAdminModelForm):
    """Select boxes offer "Not chosen" ("Nie wybrano") rather than Django's "---------"."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        dash = BLANK_CHOICE_DASH[0][1]
        for field in self.fields.values():
            if isinstance(field, forms.ChoiceField) and not isinstance(field, forms.ModelChoiceField):
                field.choices = [
                    (value, _("Not chosen") if value == "" and label == dash else label)
                    for value, label in field.choices
                ]


class VolunteerAdminForm(StatusRulesFormMixin, RegistryAdminForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "areas" in self.fields:
            # One checkbox per area: the default language's version, plus any other already linked.
            chosen = self.instance.areas.values("pk") if self.instance.pk else Area.objects.none()
            self.fields["areas"].queryset = Area.objects.filter(
                Q(locale=Locale.get_default()) | Q(pk__in=chosen)
            ).order_by("name")

    def clean_email(self):
        email = self.cleaned_data.get("email", "")
        if email:
            email = normalise_email(email)
        others = Volunteer.objects.not_anonymised().filter(email__iexact=email)
        if self.instance.pk:
            others = others.exclude(pk=self.instance.pk)
        if email and others.exists():
            raise ValidationError(
                _("A volunteer with this email address is already on record (letter case does not matter)."),
                code="duplicate_email",
            )
        return email

    def clean(self):
        cleaned_data = super().clean()
        checked, expires = cleaned_data.get("vetting_checked_on"), cleaned_data.get("vetting_expires_on")
        if checked and expires and expires < checked:
            self.add_error(
                "vetting_expires_on",
                ValidationError(_("The expiry date cannot be before the date vetting was checked."), code="vetting"),
            )
        return cleaned_data


class ServiceRecordAdminForm(RegistryAdminForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "hours" in self.fields:
            # One message for the whole range instead of Django's two generic min/max messages.
            field = self.fields["hours"]
            field.validators = [v for v in field.validators if not isinstance(v, RANGE_VALIDATORS)]

    def clean_hours(self):
        hours = self.cleaned_data.get("hours")
        if hours is not None and not (0 < hours <= MAX_HOURS):
            raise ValidationError(_("Hours must be more than 0 and at most 24."), code="hours_range")
        return hours

    def clean(self):
        cleaned_data = super().clean()
        volunteer = cleaned_data.get("volunteer")
        if volunteer is not None and {"area", "organisation"} <= set(self.fields):
            # Left empty: taken from the volunteer's record (host organisation; their only area of interest).
            cleaned_data["area"], cleaned_data["organisation"] = volunteer_defaults(
                volunteer, cleaned_data.get("area"), cleaned_data.get("organisation")
            )
        return cleaned_data


class RecognitionAdminForm(RegistryAdminForm):
    def clean(self):
        cleaned_data = super().clean()
        has_volunteer = bool(cleaned_data.get("volunteer"))
        has_organisation = bool(cleaned_data.get("organisation"))
        if has_volunteer == has_organisation and not self.has_error("volunteer"):
            message = (
                _("Choose either a volunteer or an organisation, not both.")
                if has_volunteer
                else _("Choose the volunteer or the organisation that received this recognition.")
            )
            # Attached to the fields so Django skips the matching database constraint (no duplicate message).
            self.add_error("volunteer", ValidationError(message, code="recipient"))
            self.add_error("organisation", ValidationError(message, code="recipient"))
        return cleaned_data
