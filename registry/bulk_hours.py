"""One form for an event's hours: the same date, area, organisation and note for many volunteers, hours per person.

The whole form is validated before anything is stored, the records are written in one transaction, and a
token issued with the empty form makes a second submission of the same form store nothing more (the
database refuses a second record for the same token and volunteer).
"""

import uuid
from decimal import Decimal

from django import forms
from django.db import IntegrityError, transaction
from django.shortcuts import redirect
from django.template.defaultfilters import floatformat
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import FormView
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale

from .models import Area, Organisation, ServiceRecord, Volunteer

PERMISSION = "registry.add_servicerecord"
MIN_HOURS, MAX_HOURS = Decimal("0.01"), Decimal("24")
HOURS_FIELD = "hours_{pk}"


def volunteer_defaults(volunteer, area=None, organisation=None):
    """Area and organisation for a service record, taken from the volunteer's record where left empty.

    The organisation is the volunteer's host organisation; the area only when the person has exactly one
    area of interest (with several, guessing would be wrong more often than right).
    """
    if organisation is None:
        organisation = volunteer.organisation
    if area is None:
        areas = list(volunteer.areas.all()[:2])
        if len(areas) == 1:
            area = areas[0]
    return area, organisation


def candidates(area=None, organisation=None):
    """Active volunteers, optionally those interested in an area (any translation) or hosted by an organisation."""
    volunteers = Volunteer.objects.not_anonymised().active().select_related("organisation")
    if area is not None:
        volunteers = volunteers.filter(areas__translation_key=area.translation_key)
    if organisation is not None:
        volunteers = volunteers.filter(organisation=organisation)
    return volunteers.distinct().order_by("last_name", "first_name", "pk")


def hours_in_range(value):
    return value is not None and MIN_HOURS <= value <= MAX_HOURS


class PickVolunteersForm(forms.Form):
    """The filter above the list: which active volunteers to show."""

    # "All" rather than Django's "---------", as in the registry's list filters.
    area = forms.ModelChoiceField(label=_("Area"), queryset=Area.objects.none(), required=False, empty_label=_("All"))
    organisation = forms.ModelChoiceField(
        label=_("Organisation"), queryset=Organisation.objects.order_by("name"), required=False, empty_label=_("All")
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["area"].queryset = Area.objects.filter(locale=Locale.get_default()).order_by("name")


class EventHoursForm(forms.Form):
    """The event's details, the volunteers chosen and the hours of each; valid only as a whole."""

    date = forms.DateField(label=_("Date"))
    area = forms.ModelChoiceField(
        label=_("Area"),
        queryset=Area.objects.none(),
        required=False,
        empty_label=_("Not chosen"),
        help_text=_("Left empty: each volunteer's own area, when they have exactly one."),
    )
    organisation = forms.ModelChoiceField(
        label=_("Organisation"),
        queryset=Organisation.objects.order_by("name"),
        required=False,
        empty_label=_("Not chosen"),
        help_text=_("Left empty: each volunteer's host organisation."),
    )
    note = forms.CharField(label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 2}))
    default_hours = forms.DecimalField(
        label=_("Hours for everyone"),
        max_digits=4,
        decimal_places=2,
        required=False,
        help_text=_("Used for each chosen volunteer whose own hours are left empty."),
    )
    volunteers = forms.ModelMultipleChoiceField(
        label=_("Volunteers"),
        queryset=Volunteer.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one volunteer.")},
    )
    token = forms.UUIDField(widget=forms.HiddenInput)

    def __init__(self, *args, people, **kwargs):
        super().__init__(*args, **kwargs)
        self.people = list(people)
        self.fields["area"].queryset = Area.objects.filter(locale=Locale.get_default()).order_by("name")
        self.fields["volunteers"].queryset = Volunteer.objects.filter(pk__in=[person.pk for person in self.people])
        for person in self.people:
            self.fields[HOURS_FIELD.format(pk=person.pk)] = forms.DecimalField(
                label=_("Hours of %(volunteer)s") % {"volunteer": person},
                max_digits=4,
                decimal_places=2,
                required=False,
            )

    def rows(self):
        """One row per person shown, for the template's table: the volunteer, ticked or not, the hours field."""
        chosen = {str(value) for value in (self["volunteers"].value() or [])}
        return [
            {"volunteer": person, "checked": str(person.pk) in chosen, "hours": self[HOURS_FIELD.format(pk=person.pk)]}
            for person in self.people
        ]

    def clean_date(self):
        date = self.cleaned_data["date"]
        if date > timezone.localdate():
            raise forms.ValidationError(_("Hours cannot be logged for a day that has not come yet."), code="future")
        return date

    def clean_default_hours(self):
        hours = self.cleaned_data.get("default_hours")
        if hours is not None and not hours_in_range(hours):
            raise forms.ValidationError(_("Hours must be more than 0 and at most 24."), code="hours_range")
        return hours

    def clean(self):
        cleaned_data = super().clean()
        default = cleaned_data.get("default_hours")
        self.entries = []
        for volunteer in cleaned_data.get("volunteers") or []:
            name = HOURS_FIELD.format(pk=volunteer.pk)
            hours = cleaned_data.get(name)
            if hours is None and name in self.errors:
                continue  # not a number: the field already says so
            hours = default if hours is None else hours
            if hours is None:
                self.add_error(name, _("Give the hours of this volunteer, or the hours for everyone."))
            elif not hours_in_range(hours):
                self.add_error(name, _("Hours must be more than 0 and at most 24."))
            else:
                self.entries.append((volunteer, hours))
        return cleaned_data

    def save(self):
        """All the records, or none; returns them, or None when this form's token was already used."""
        data = self.cleaned_data
        token = data["token"]
        if ServiceRecord.objects.filter(batch=token).exists():
            return None
        records = []
        for volunteer, hours in self.entries:
            area, organisation = volunteer_defaults(volunteer, data.get("area"), data.get("organisation"))
            records.append(
                ServiceRecord(
                    volunteer=volunteer,
                    date=data["date"],
                    area=area,
                    organisation=organisation,
                    hours=hours,
                    note=data.get("note", ""),
                    batch=token,
                )
            )
        try:
            with transaction.atomic():
                return ServiceRecord.objects.bulk_create(records)
        except IntegrityError:
            # The same form submitted twice at the same moment: the other submission stored it.
            if ServiceRecord.objects.filter(batch=token).exists():
                return None
            raise


class LogEventHoursView(WagtailAdminTemplateMixin, FormView):
    """GET: pick volunteers (filtered by area or organisation) and enter hours; POST: store them all or none."""

    template_name = "registry/admin/log_event_hours.html"
    page_title = _("Log hours for an event")
    header_icon = "time"
    form_class = EventHoursForm

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            from .gdpr.views import permission_denied

            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        # Wagtail's header shows the last item as the page's title: "Start" alone without these.
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse("wagtailsnippets_registry_servicerecord:list"),
                "label": ServiceRecord._meta.verbose_name_plural.capitalize(),
            },
            {"url": "", "label": self.get_page_title()},
        ]

    @cached_property
    def picker(self):
        return PickVolunteersForm(self.request.GET or None)

    def people(self):
        picked = self.picker.cleaned_data if self.picker.is_bound and self.picker.is_valid() else {}
        return candidates(picked.get("area"), picked.get("organisation"))

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["people"] = self.people()
        return kwargs

    def get_initial(self):
        picked = self.picker.cleaned_data if self.picker.is_bound and self.picker.is_valid() else {}
        return {
            "date": timezone.localdate(),
            "token": uuid.uuid4(),
            "area": picked.get("area"),
            "organisation": picked.get("organisation"),
        }

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["picker"] = self.picker
        context["action_url"] = self.request.get_full_path()
        return context

    def form_valid(self, form):
        records = form.save()
        if records is None:
            messages.warning(self.request, _("These hours were already saved; nothing was stored twice."))
        else:
            total = sum(record.hours for record in records)
            messages.success(
                self.request,
                ngettext(
                    "Saved %(hours)s hours for %(count)d volunteer.",
                    "Saved %(hours)s hours for %(count)d volunteers.",
                    len(records),
                )
                % {"hours": floatformat(total, "-2"), "count": len(records)},
            )
        return redirect(reverse("wagtailsnippets_registry_servicerecord:list"))


@hooks.register("register_admin_urls")
def register_bulk_hours_url():
    return [path("registry/service-records/log-event-hours/", LogEventHoursView.as_view(), name="registry_log_hours")]


class PermissionMenuItem(MenuItem):
    """A menu item shown only to users holding one permission."""

    def __init__(self, *args, permission, **kwargs):
        self.permission = permission
        super().__init__(*args, **kwargs)

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


@hooks.register("register_registry_menu_item")
def register_bulk_hours_menu_item():
    return PermissionMenuItem(
        _("Log hours for an event"),
        reverse("registry_log_hours"),
        icon_name="time",
        order=450,
        permission=PERMISSION,
    )
