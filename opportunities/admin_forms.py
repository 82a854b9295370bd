"""Forms of the coordinators' rota: shifts (one-off or repeating), cancelling, adding people, messages."""

import uuid

from django import forms
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.widgets import AdminDateInput, AdminDateTimeInput, AdminTimeInput
from wagtail.models import Locale

from registry.models import Volunteer

from . import audit
from .models import OpportunityPage, Shift
from .series import MAX_SHIFTS, occurrences

WEEKDAYS = [
    (0, _("Monday")),
    (1, _("Tuesday")),
    (2, _("Wednesday")),
    (3, _("Thursday")),
    (4, _("Friday")),
    (5, _("Saturday")),
    (6, _("Sunday")),
]
MAX_REPEAT_DAYS = 366


def source_opportunities():
    """Shifts hang off the default language's page; its translations find them through the translation key."""
    return OpportunityPage.objects.filter(locale=Locale.get_default()).order_by("title")


class OpportunityChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.title


class ShiftSeriesForm(WagtailAdminModelForm):
    """A new shift, or a series of them on chosen weekdays until a date, created together with one series id."""

    opportunity = OpportunityChoiceField(label=_("Opportunity"), queryset=OpportunityPage.objects.none())
    day = forms.DateField(label=_("Date (the first one, if repeating)"), widget=AdminDateInput)
    start_time = forms.TimeField(label=_("Starts at"), widget=AdminTimeInput)
    end_time = forms.TimeField(
        label=_("Ends at"), widget=AdminTimeInput, help_text=_("A time before the start means the next day.")
    )
    repeat_on = forms.TypedMultipleChoiceField(
        label=_("Repeat every week on"),
        choices=WEEKDAYS,
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    repeat_until = forms.DateField(label=_("Repeat until (inclusive)"), required=False, widget=AdminDateInput)

    class Meta:
        model = Shift
        fields = ["opportunity", "place", "capacity", "notes"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["opportunity"].queryset = source_opportunities()
        self.fields["capacity"].min_value = 1
        self.order_fields(
            ["opportunity", "day", "start_time", "end_time", "repeat_on", "repeat_until", "capacity", "place", "notes"]
        )

    def clean(self):
        data = super().clean()
        repeat_on, until, day = data.get("repeat_on"), data.get("repeat_until"), data.get("day")
        if bool(repeat_on) != bool(until):
            raise forms.ValidationError(_("To repeat a shift, choose the weekdays and the last date."))
        if day and until:
            if until < day:
                self.add_error("repeat_until", _("The last date cannot be before the first one."))
            elif (until - day).days > MAX_REPEAT_DAYS:
                self.add_error("repeat_until", _("Shifts can be repeated for at most a year at a time."))
        if day and data.get("start_time") and data.get("end_time") and not self.errors:
            self.shift_times = occurrences(day, data["start_time"], data["end_time"], repeat_on or (), until)
            if not self.shift_times:
                raise forms.ValidationError(_("None of the chosen weekdays falls between the two dates."))
            if len(self.shift_times) > MAX_SHIFTS:
                raise forms.ValidationError(
                    _("That would be %(count)d shifts; at most %(max)d can be created at once.")
                    % {"count": len(self.shift_times), "max": MAX_SHIFTS}
                )
        return data

    def save_series(self, user):
        """Create every shift in one transaction; returns them (the first is the form's instance)."""
        series = uuid.uuid4() if len(self.shift_times) > 1 else None
        template = self.instance
        with transaction.atomic():
            shifts = [
                Shift.objects.create(
                    opportunity=self.cleaned_data["opportunity"],
                    starts_at=starts_at,
                    ends_at=ends_at,
                    place=template.place,
                    capacity=template.capacity,
                    notes=template.notes,
                    series=series,
                )
                for starts_at, ends_at in self.shift_times
            ]
            audit.log_series(shifts[0], user, shifts=len(shifts))
        self.instance = shifts[0]
        return shifts


class ShiftEditForm(WagtailAdminModelForm):
    """One shift's times, place, places and notes; fewer places than people confirmed is refused."""

    class Meta:
        model = Shift
        fields = ["starts_at", "ends_at", "place", "capacity", "notes"]
        widgets = {"starts_at": AdminDateTimeInput, "ends_at": AdminDateTimeInput}

    def clean_capacity(self):
        capacity = self.cleaned_data["capacity"]
        if capacity is not None and capacity < self.instance.places_taken:
            raise forms.ValidationError(
                ngettext(
                    "%(count)d person is already confirmed: lower the places only after cancelling sign-ups.",
                    "%(count)d people are already confirmed: lower the places only after cancelling sign-ups.",
                    self.instance.places_taken,
                )
                % {"count": self.instance.places_taken}
            )
        return capacity


class CancelShiftForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        help_text=_("Sent to everyone signed up or waiting."),
    )


class AddVolunteerForm(forms.Form):
    volunteer = forms.ModelChoiceField(label=_("Volunteer"), queryset=Volunteer.objects.none())

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["volunteer"]
        field.queryset = Volunteer.objects.active().not_anonymised()
        # The registry's own chooser (searches by name, guarded by registry permissions).
        field.widget = Volunteer.snippet_viewset.chooser_viewset.widget_class()


class MessageForm(forms.Form):
    token = forms.UUIDField(widget=forms.HiddenInput)
    subject = forms.CharField(label=_("Subject"), max_length=150)
    text = forms.CharField(label=_("Message"), widget=forms.Textarea(attrs={"rows": 8}), max_length=5000)
    include_waiting = forms.BooleanField(label=_("Also write to the people on the waiting list"), required=False)

    @staticmethod
    def initial_data():
        return {"token": uuid.uuid4()}
