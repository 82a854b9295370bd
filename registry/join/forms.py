"""The join form: what an applicant types, checked before anything is stored."""

import re
import unicodedata

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from phonenumber_field.formfields import PhoneNumberField
from phonenumber_field.phonenumber import to_python as parse_phone_number
from wagtail.models import Locale

from registry.email_addresses import normalise_email
from registry.models import Area, Volunteer

__all__ = ["JoinForm"]

MAX_AGE = 120
MESSAGE_MAX_LENGTH = 2000
PHONE_MAX_LENGTH = 32
NAME_MAX_LENGTH = 60
# A parent or guardian's first and last name in one field.
GUARDIAN_NAME_MAX_LENGTH = 120
GUARDIAN_CONTACT_MAX_LENGTH = 254
# Under this age a person needs a parent or guardian's written consent to volunteer (paperwork records it).
ADULT_AGE = 18
# Besides letters, a name may hold spaces, hyphens (ASCII and U+2010) and apostrophes (ASCII and U+2019).
NAME_PUNCTUATION = frozenset(" -\u2010'\u2019")

# Right-to-left/left-to-right overrides and isolates (the "Trojan Source" characters) and marks.
BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Newlines and tabs are fine inside a free-text message, never inside a name.
MESSAGE_WHITESPACE = frozenset("\n\r\t")


def _forbidden_character(value, allowed=frozenset()):
    for char in value:
        if char in allowed:
            continue
        if char in BIDI_CONTROLS or unicodedata.category(char) in {"Cc", "Cs", "Co", "Cn", "Zl", "Zp"}:
            return True
    return False


def reject_control_characters(value):
    if _forbidden_character(value):
        raise ValidationError(
            _("Remove the invisible or control characters from this field."), code="control_characters"
        )


def reject_control_characters_in_message(value):
    if _forbidden_character(value, allowed=MESSAGE_WHITESPACE):
        raise ValidationError(
            _("Remove the invisible or control characters from your message."), code="control_characters"
        )


def validate_name(value):
    """Letters of any script (with their combining marks), spaces, hyphens and apostrophes; a letter at each end.

    Names are quoted to coordinators and must not carry links or markup into anything the programme sends.
    """
    if not value:
        return
    allowed = all(unicodedata.category(char)[0] in "LM" or char in NAME_PUNCTUATION for char in value)
    ends_with_letters = unicodedata.category(value[0])[0] == "L" and unicodedata.category(value[-1])[0] in "LM"
    if not allowed or not ends_with_letters:
        raise ValidationError(_("Use only letters, spaces, hyphens and apostrophes."), code="name_characters")


def require_a_letter(value):
    if value and not any(unicodedata.category(char).startswith("L") for char in value):
        raise ValidationError(_("Enter this using letters."), code="no_letters")


class PlainTextField(forms.CharField):
    """Text stored exactly as a person means it: trimmed, Unix line ends, one Unicode form (NFC)."""

    def to_python(self, value):
        value = super().to_python(value)
        if not value:
            return value
        return unicodedata.normalize("NFC", value.replace("\r\n", "\n").replace("\r", "\n"))


class NameField(PlainTextField):
    """A first or last name: like PlainTextField, with runs of spaces made one."""

    def to_python(self, value):
        value = super().to_python(value)
        return re.sub(" {2,}", " ", value) if value else value

    def __init__(self, max_length=NAME_MAX_LENGTH, **kwargs):
        super().__init__(max_length=max_length, validators=[reject_control_characters, validate_name], **kwargs)


def age_on(born, today):
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def minors_admitted():
    """Whether the programme takes applications from people under 18 (REGISTRY_MIN_AGE below 18)."""
    return settings.REGISTRY_MIN_AGE < ADULT_AGE


GUARDIAN_FIELDS = ("guardian_name", "guardian_contact")
GUARDIAN_NAME_REQUIRED = _(
    "Enter the first and last name of your parent or guardian: people under 18 need their written consent to volunteer."
)
GUARDIAN_CONTACT_REQUIRED = _(
    "Enter an e-mail address or a phone number of your parent or guardian, so that we can ask for their consent."
)
GUARDIAN_CONTACT_INVALID = _("Enter an e-mail address like name@example.com or a phone number, e.g. 601 234 567.")


class JoinForm(forms.ModelForm):
    """A Volunteer application. Duplicates are decided by the database, never here (see applications.py)."""

    first_name = NameField(
        label=_("First name"),
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
    )
    last_name = NameField(
        label=_("Last name"),
        widget=forms.TextInput(attrs={"autocomplete": "family-name"}),
    )
    email = forms.EmailField(
        label=_("Email"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={"invalid": _("Enter an email address like name@example.com.")},
    )
    phone = PhoneNumberField(
        label=_("Phone"),
        region="PL",
        max_length=PHONE_MAX_LENGTH,
        required=False,
        help_text=_("A Polish number, or any number with its country code, e.g. +44 20 7946 0000."),
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
        error_messages={"invalid": _("Enter a valid phone number, e.g. 601 234 567 or +44 20 7946 0000.")},
    )
    city = PlainTextField(
        label=_("City or town"),
        max_length=100,
        validators=[reject_control_characters, require_a_letter],
        widget=forms.TextInput(attrs={"autocomplete": "address-level2"}),
    )
    date_of_birth = forms.DateField(
        label=_("Date of birth"),
        widget=forms.DateInput(format="%Y-%m-%d", attrs={"type": "date", "autocomplete": "bday"}),
        error_messages={"invalid": _("Enter a date, e.g. 1990-05-31.")},
    )
    areas = forms.ModelMultipleChoiceField(
        label=_("Areas you are interested in"),
        queryset=Area.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    availability = forms.ChoiceField(
        label=_("When are you available?"),
        choices=[("", _("Choose…"))] + list(Volunteer.Availability.choices),
        required=False,
    )
    message = PlainTextField(
        label=_("Anything you would like to tell us?"),
        max_length=MESSAGE_MAX_LENGTH,
        required=False,
        validators=[reject_control_characters_in_message],
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    # Shown and required only for an applicant under 18, and only when the programme admits minors (__init__).
    guardian_name = NameField(
        label=_("First and last name of your parent or guardian"),
        max_length=GUARDIAN_NAME_MAX_LENGTH,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "aria-required": "true"}),
    )
    guardian_contact = PlainTextField(
        label=_("Their e-mail address or phone number"),
        max_length=GUARDIAN_CONTACT_MAX_LENGTH,
        required=False,
        validators=[reject_control_characters],
        widget=forms.TextInput(attrs={"autocomplete": "off", "aria-required": "true"}),
    )
    consent_processing = forms.BooleanField(
        label=_("I agree to the processing of my personal data as described above."),
        error_messages={"required": _("We can only accept your application with this consent.")},
    )
    consent_public_name = forms.BooleanField(
        label=_(
            "I agree to my first and last name being shown on the programme's website (e.g. with recognitions). "
            "This consent is voluntary."
        ),
        required=False,
    )

    # Short names for the error summary, where a field's own label (a question, a sentence) would run into
    # the colon before the error ("…tell us?: …").
    SUMMARY_LABELS = {
        "areas": _("Areas of interest"),
        "availability": _("Availability"),
        "message": _("Message"),
        "guardian_name": _("Parent or guardian"),
        "guardian_contact": _("Parent or guardian's contact"),
        "consent_processing": _("Consent to the processing of personal data"),
        "consent_public_name": _("Consent to showing your name"),
    }

    class Meta:
        model = Volunteer
        fields = [
            "first_name",
            "last_name",
            "email",
            "phone",
            "city",
            "date_of_birth",
            "areas",
            "availability",
            "message",
            "guardian_name",
            "guardian_contact",
            "consent_public_name",
        ]

    def __init__(self, *args, locale=None, **kwargs):
        super().__init__(*args, **kwargs)
        # Visitors choose among the areas written in their own language.
        self.fields["areas"].queryset = Area.objects.filter(locale=locale or Locale.get_active()).order_by("name")
        # Set by clean(): the date of birth makes the applicant a minor, so the guardian's fields are asked for.
        self.guardian_needed = False
        if minors_admitted():
            self.fields["date_of_birth"].help_text = _(
                "If you are under 18, we will also ask for the name and contact of your parent or guardian."
            )
        else:
            # Only adults apply: the guardian's fields never show and nothing of them is stored.
            for name in GUARDIAN_FIELDS:
                del self.fields[name]

    @property
    def asks_for_guardian(self):
        return "guardian_name" in self.fields

    @property
    def shows_guardian_fields(self):
        """Whether the page shows the guardian's fields as it is sent (with JavaScript, the date decides too)."""
        if not self.asks_for_guardian or not self.is_bound:
            return False
        typed = any(self.data.get(name, "").strip() for name in GUARDIAN_FIELDS)
        return self.guardian_needed or typed or any(self.has_error(name) for name in GUARDIAN_FIELDS)

    def clean_email(self):
        # One spelling per mailbox before the database's one-live-record-per-address constraint compares it.
        return normalise_email(self.cleaned_data["email"])

    def clean_phone(self):
        phone = self.cleaned_data.get("phone")
        return phone.as_e164 if phone else ""

    def clean_date_of_birth(self):
        born = self.cleaned_data["date_of_birth"]
        today = timezone.localdate()
        if born > today:
            raise ValidationError(_("The date of birth cannot be in the future."), code="future")
        age = age_on(born, today)
        if age > MAX_AGE:
            raise ValidationError(_("Check the year of your date of birth."), code="too_old")
        if age < settings.REGISTRY_MIN_AGE:
            minimum = settings.REGISTRY_MIN_AGE
            raise ValidationError(
                ngettext(
                    "We accept people who are at least %(age)s year old.",
                    "We accept people who are at least %(age)s years old.",
                    minimum,
                )
                % {"age": minimum},
                code="too_young",
            )
        return born

    def clean_guardian_contact(self):
        """An e-mail address (stored in one spelling) or a phone number (stored as +48601234567)."""
        contact = self.cleaned_data.get("guardian_contact", "")
        if not contact:
            return contact
        if "@" in contact:
            try:
                validate_email(contact)
                return normalise_email(contact)
            except ValidationError:
                raise ValidationError(GUARDIAN_CONTACT_INVALID, code="guardian_contact") from None
        number = parse_phone_number(contact, region="PL")
        if number is None or not number.is_valid():
            raise ValidationError(GUARDIAN_CONTACT_INVALID, code="guardian_contact")
        return number.as_e164

    def clean(self):
        cleaned_data = super().clean()
        if not self.asks_for_guardian:
            return cleaned_data
        born = cleaned_data.get("date_of_birth")
        self.guardian_needed = born is not None and age_on(born, timezone.localdate()) < ADULT_AGE
        if not self.guardian_needed:
            # An adult's record holds no guardian, whatever was typed before the date was corrected.
            for name in GUARDIAN_FIELDS:
                cleaned_data[name] = ""
                if born is not None:
                    self.errors.pop(name, None)
            return cleaned_data
        required = {"guardian_name": GUARDIAN_NAME_REQUIRED, "guardian_contact": GUARDIAN_CONTACT_REQUIRED}
        for name, message in required.items():
            if not cleaned_data.get(name) and not self.has_error(name):
                self.add_error(name, ValidationError(message, code="guardian_required"))
        return cleaned_data

    def error_summary(self):
        """(field, short label, error) for each field error, in the form's order, for the summary at the top."""
        return [
            (field, self.SUMMARY_LABELS.get(field.name, field.label), error) for field in self for error in field.errors
        ]

    def validate_unique(self):
        """Skip the model's unique-email check: it would tell a visitor whether an address is on record.

        The database constraint still decides, at insert time (applications.record_application).
        """
