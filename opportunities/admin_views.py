"""The coordinators' rota in the admin: shifts listing and forms, and per shift the rota, check-in, hours,
messages, cancelling, CSV and a printable page. Registry data: every view checks the opportunities permissions.
"""

import csv
import io

import django_filters
from django import forms
from django.conf import settings
from django.contrib import messages
from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import TemplateView
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from registry.admin_views import CSV_BYTE_ORDER_MARK, CSV_DELIMITER, CountedPaginator, ascii_slug, neutralise_formula
from registry.admin_wording import format_count
from registry.audit import log_export
from registry.gdpr.views import permission_denied
from registry.models import ServiceRecord

from . import admin_forms, attendance, requirements, signups
from . import messages as shift_messages
from .models import Shift, Signup

VIEW_ROTA = "opportunities.view_signup"
CHANGE_ROTA = "opportunities.change_signup"
CANCEL_SHIFT = "opportunities.change_shift"
# Translators: the first word of a rota's file name (lower case; Polish letters are transliterated).
ROTA_FILE_WORD = gettext_lazy("rota")


def rota_url(name, shift):
    return reverse(f"shifts:{name}", args=[shift.pk])


class ShiftFilterSet(WagtailFilterSet):
    opportunity = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Opportunity"), queryset=lambda request: admin_forms.source_opportunities()
    )
    date_from = django_filters.DateFilter(
        label=gettext_lazy("From"),
        field_name="starts_at",
        lookup_expr="date__gte",
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    date_to = django_filters.DateFilter(
        label=gettext_lazy("To"),
        field_name="starts_at",
        lookup_expr="date__lte",
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    free_places = django_filters.BooleanFilter(label=gettext_lazy("Free places"), method="filter_free_places")
    cancelled = django_filters.BooleanFilter(
        label=gettext_lazy("Cancelled"), field_name="cancelled_at", lookup_expr="isnull", exclude=True
    )

    class Meta:
        model = Shift
        fields = []

    def filter_free_places(self, queryset, name, value):
        if value is None:
            return queryset
        free = queryset.with_free_places().filter(cancelled_at__isnull=True)
        return free if value else queryset.exclude(pk__in=free.values("pk"))


def shift_count(count):
    """ "5 dyżurów": Wagtail would join the number and the plural name ("5 dyżury")."""
    return ngettext("%(count)s shift", "%(count)s shifts", count) % {"count": format_count(count)}


class ShiftIndexView(generic.IndexView):
    """Shifts soonest first; a row's title opens its rota (editing is in the row's menu)."""

    paginator_class = CountedPaginator

    def get_paginator(self, queryset, per_page, orphans=0, allow_empty_first_page=True, **kwargs):
        return super().get_paginator(
            queryset,
            per_page,
            orphans=orphans,
            allow_empty_first_page=allow_empty_first_page,
            count_label=shift_count,
            **kwargs,
        )

    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("opportunity")
            .annotate(waiting=Count("signups", filter=Q(signups__state=Signup.State.WAITING)))
        )

    def get_edit_url(self, instance):
        return rota_url("rota", instance)


class ShiftCreateView(generic.CreateView):
    def save_instance(self):
        shifts = self.form.save_series(self.request.user)
        self.created_count = len(shifts)
        return shifts[0]

    def get_success_message(self, instance=None):
        count = getattr(self, "created_count", 1)
        return ngettext("%(count)d shift created.", "%(count)d shifts created.", count) % {"count": count}

    def get_success_url(self):
        return reverse("shifts:index")


class ShiftEditView(generic.EditView):
    def save_instance(self):
        shift = super().save_instance()
        # More places: the waiting list moves up before anyone new can take them.
        signups.fill_free_places(shift)
        return shift


class ShiftDeleteView(generic.DeleteView):
    """Only a shift nobody signed up for can be deleted: the others are cancelled, so the rota, the people told
    and the hours counted from it stay on record."""

    def form_valid(self, form):
        if Signup.objects.filter(shift=self.object).exists():
            messages.error(
                self.request,
                _("People have signed up for this shift, so it cannot be deleted. Cancel it instead."),
            )
            return redirect(rota_url("cancel", self.object))
        return super().form_valid(form)


class ShiftViewMixin(WagtailAdminTemplateMixin):
    """Loads the shift from the URL and refuses users without the permission the view needs."""

    permission_required = VIEW_ROTA
    post_permission_required = CHANGE_ROTA
    header_icon = "date"

    def dispatch(self, request, pk, *args, **kwargs):
        needed = self.post_permission_required if request.method == "POST" else self.permission_required
        if not request.user.has_perm(needed):
            return permission_denied(request)
        self.shift = get_object_or_404(Shift.objects.select_related("opportunity"), pk=pk)
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.shift)

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {"url": reverse("shifts:index"), "label": _("Shifts")},
            {"url": rota_url("rota", self.shift), "label": str(self.shift)},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["shift"] = self.shift
        context["urls"] = {
            name: rota_url(name, self.shift)
            for name in ("rota", "check_in", "count_hours", "message", "cancel", "rota_csv", "rota_print", "edit")
        }
        context["can_change"] = self.request.user.has_perm(CHANGE_ROTA)
        return context

    def back_to(self, name="rota"):
        return redirect(rota_url(name, self.shift))

    def refused(self, error):
        messages.error(self.request, error.message)


def check_in_qr_svg(shift):
    """An SVG QR code of the shift's check-in address, for the printed rota: scanned on the day with a phone."""
    import qrcode
    import qrcode.image.svg

    url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + rota_url("check_in", shift)
    image = qrcode.make(url, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    return mark_safe(image.to_string(encoding="unicode"))  # noqa: S308 - generated by qrcode, no user text


def rota_groups(shift):
    """Confirmed, waiting and cancelled sign-ups with their people, in sign-up order."""
    everyone = list(Signup.objects.filter(shift=shift).select_related("volunteer").order_by("created_at", "pk"))
    return {state: [signup for signup in everyone if signup.state == state] for state in Signup.State.values}


def service_record_edit_url(record_id, user):
    """Where a counted sign-up's hours are corrected (the service record in the registry), if the user may."""
    viewset = getattr(ServiceRecord, "snippet_viewset", None)
    if viewset is None or not user.has_perm("registry.change_servicerecord"):
        return ""
    try:
        return reverse(viewset.get_url_name("edit"), args=[record_id])
    except NoReverseMatch:
        return ""


class RotaView(ShiftViewMixin, TemplateView):
    """Who is coming, waiting or cancelled; add someone (through the same rules as everyone) or remove them."""

    template_name = "opportunities/admin/rota.html"

    def get_page_title(self):
        return _("Rota")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        groups = rota_groups(self.shift)
        live = [*groups[Signup.State.CONFIRMED], *groups[Signup.State.WAITING]]
        # Rules written after people signed up (e.g. a new version of the area's safety information): each person
        # still owing something is marked in words, for the coordinator to chase up; nobody is taken off.
        owed = requirements.owed(self.shift, [signup.volunteer_id for signup in live])
        for signup in live:
            signup.owed = owed.get(signup.volunteer_id, [])
        for signup in groups[Signup.State.CONFIRMED]:
            if signup.service_record_id is not None:
                # Counted: no "remove" (refused anyway), a way to the record that holds the hours instead.
                signup.correction_url = service_record_edit_url(signup.service_record_id, self.request.user)
        context.update(
            confirmed=groups[Signup.State.CONFIRMED],
            waiting=groups[Signup.State.WAITING],
            cancelled=groups[Signup.State.CANCELLED],
            add_form=kwargs.get("add_form") or admin_forms.AddVolunteerForm(),
            shift_started=self.shift.starts_at <= timezone.now(),
            hours_counted=any(signup.service_record_id for group in groups.values() for signup in group),
            owing=sum(1 for signup in groups[Signup.State.CONFIRMED] if signup.owed),
        )
        return context

    def post(self, request, *args, **kwargs):
        if "remove" in request.POST:
            return self.remove(request.POST["remove"])
        form = admin_forms.AddVolunteerForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(add_form=form))
        try:
            signup = signups.sign_up(form.cleaned_data["volunteer"], self.shift, by=request.user)
        except signups.SignupRefused as error:
            self.refused(error)
            return self.render_to_response(self.get_context_data(add_form=form))
        if signup.state == Signup.State.CONFIRMED:
            messages.success(request, _("Signed up: the person has a place on this shift."))
        else:
            messages.warning(request, _("The shift is full: the person is on the waiting list."))
        return self.back_to()

    def remove(self, signup_id):
        signup = Signup.objects.filter(shift=self.shift, pk=signup_id if str(signup_id).isdigit() else 0).first()
        if signup is None:
            messages.error(self.request, _("That sign-up is not on this shift."))
            return self.back_to()
        try:
            signups.cancel(signup, by=self.request.user)
        except signups.SignupRefused as error:
            self.refused(error)
        else:
            messages.success(self.request, _("The sign-up was cancelled and the person was told."))
        return self.back_to()


class CheckInView(ShiftViewMixin, TemplateView):
    """On the day, from a phone: one big present/absent pair per confirmed person, one POST each."""

    template_name = "opportunities/admin/check_in.html"
    permission_required = CHANGE_ROTA

    def get_page_title(self):
        return _("Check-in")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        confirmed = rota_groups(self.shift)[Signup.State.CONFIRMED]
        context["confirmed"] = confirmed
        context["present_count"] = sum(1 for signup in confirmed if signup.attendance == Signup.Attendance.PRESENT)
        return context

    def post(self, request, *args, **kwargs):
        signup_id, mark = request.POST.get("signup", ""), request.POST.get("attendance", "")
        signup = Signup.objects.filter(shift=self.shift, pk=signup_id if signup_id.isdigit() else 0).first()
        if signup is None or mark not in (Signup.Attendance.PRESENT, Signup.Attendance.ABSENT):
            messages.error(request, _("Nothing was recorded: choose a person and present or absent."))
            return self.back_to("check_in")
        try:
            attendance.record_attendance(signup, present=mark == Signup.Attendance.PRESENT)
        except signups.SignupRefused as error:
            self.refused(error)
        return redirect(f"{rota_url('check_in', self.shift)}#signup-{signup.pk}")


class CountHoursView(ShiftViewMixin, TemplateView):
    """Turn attendance into service records: shows what will be counted, then counts it once."""

    template_name = "opportunities/admin/count_hours.html"
    permission_required = CHANGE_ROTA

    def get_page_title(self):
        return _("Count attendance as hours")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        present = Signup.objects.filter(
            shift=self.shift, state=Signup.State.CONFIRMED, attendance=Signup.Attendance.PRESENT
        ).select_related("volunteer", "shift")
        context["to_count"] = [
            (signup, attendance.hours_for(signup)) for signup in present if signup.service_record_id is None
        ]
        context["counted"] = [signup for signup in present if signup.service_record_id is not None]
        return context

    def post(self, request, *args, **kwargs):
        try:
            records = attendance.count_hours(self.shift, by=request.user)
        except signups.SignupRefused as error:
            self.refused(error)
            return self.back_to("count_hours")
        if records:
            messages.success(
                request,
                ngettext("%(count)d service record created.", "%(count)d service records created.", len(records))
                % {"count": len(records)},
            )
        else:
            messages.info(request, _("Nothing new to count: every present person's hours are already recorded."))
        return self.back_to()


class MessageView(ShiftViewMixin, TemplateView):
    """Write to the people on the shift: preview first (with how many will get it), then send through the queue."""

    template_name = "opportunities/admin/message.html"
    permission_required = CHANGE_ROTA

    def get_page_title(self):
        return _("Message the people on this shift")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = kwargs.get("form") or admin_forms.MessageForm(initial=admin_forms.MessageForm.initial_data())
        context["form"] = form
        include_waiting = form.is_bound and form.is_valid() and form.cleaned_data["include_waiting"]
        context["recipient_count"] = shift_messages.recipients(self.shift, include_waiting).count()
        context["preview"] = kwargs.get("preview", False)
        return context

    def post(self, request, *args, **kwargs):
        form = admin_forms.MessageForm(request.POST)
        if not form.is_valid() or "send" not in request.POST:
            return self.render_to_response(self.get_context_data(form=form, preview=form.is_valid()))
        data = form.cleaned_data
        sent = shift_messages.message_shift(
            self.shift,
            data["token"],
            data["subject"],
            data["text"],
            by=request.user,
            include_waiting=data["include_waiting"],
        )
        if sent is None:
            messages.warning(request, _("This message was already sent; nobody got it twice."))
        else:
            messages.success(
                request,
                ngettext(
                    "The message is on its way to %(count)d person.",
                    "The message is on its way to %(count)d people.",
                    sent,
                )
                % {"count": sent},
            )
        return self.back_to()


class CancelShiftView(ShiftViewMixin, TemplateView):
    template_name = "opportunities/admin/cancel_shift.html"
    permission_required = CANCEL_SHIFT
    post_permission_required = CANCEL_SHIFT

    def get_page_title(self):
        return _("Cancel the shift")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = kwargs.get("form") or admin_forms.CancelShiftForm()
        context["people"] = Signup.objects.filter(shift=self.shift, state__in=signups.LIVE_STATES).count()
        context["counted_refusal"] = signups.COUNTED_SHIFT_STAYS if signups.has_counted_hours(self.shift) else ""
        return context

    def post(self, request, *args, **kwargs):
        form = admin_forms.CancelShiftForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        try:
            told = signups.cancel_shift(self.shift, form.cleaned_data["reason"], by=request.user)
        except signups.SignupRefused as error:
            self.refused(error)
            return self.back_to()
        messages.success(
            request,
            ngettext(
                "The shift was cancelled; %(count)d person is being told.",
                "The shift was cancelled; %(count)d people are being told.",
                told,
            )
            % {"count": told},
        )
        return self.back_to()


class RotaExportMixin(ShiftViewMixin):
    permission_required = CHANGE_ROTA

    def file_stem(self):
        """grafik-patrol-nad-jeziorem-2026-07-04: the rota's name in the user's language, ASCII, and the day."""
        start = timezone.localtime(self.shift.starts_at)
        return f"{ascii_slug(ROTA_FILE_WORD)}-{ascii_slug(self.shift.opportunity.title)[:60]}-{start:%Y-%m-%d}"

    def rows(self):
        groups = rota_groups(self.shift)
        return [*groups[Signup.State.CONFIRMED], *groups[Signup.State.WAITING]]


class RotaCSVView(RotaExportMixin, TemplateView):
    """The rota as CSV for Excel set to Polish (byte-order mark and semicolons, as the registry's exports)."""

    def get(self, request, *args, **kwargs):
        rows = self.rows()
        output = io.StringIO()
        output.write(CSV_BYTE_ORDER_MARK)
        writer = csv.writer(output, delimiter=CSV_DELIMITER)
        writer.writerow(
            [_("State"), _("Last name"), _("First name"), _("Phone"), _("Email"), _("Attendance"), _("Hours")]
        )
        for signup in rows:
            volunteer = signup.volunteer
            values = [
                signup.get_state_display(),
                volunteer.last_name,
                volunteer.first_name,
                volunteer.phone,
                volunteer.email,
                signup.get_attendance_display() if signup.attendance else "",
                str(attendance.hours_for(signup)).replace(".", ",") if signup.state == Signup.State.CONFIRMED else "",
            ]
            writer.writerow([neutralise_formula(str(value)) for value in values])
        log_export(Signup, request.user, "csv", rows=len(rows), filter_keys=["shift"], searched=False)
        response = HttpResponse(output.getvalue(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self.file_stem()}.csv"'
        response["Cache-Control"] = "no-store"
        return response


class RotaPrintView(RotaExportMixin, TemplateView):
    """A page for printing (its own print stylesheet); ?format=pdf gives the same page as a PDF (WeasyPrint)."""

    template_name = "opportunities/admin/rota_print.html"

    def get(self, request, *args, **kwargs):
        context = {
            "shift": self.shift,
            "rows": self.rows(),
            "printed_at": timezone.localtime(),
            "check_in_qr": check_in_qr_svg(self.shift),
        }
        html = render_to_string(self.template_name, context, request=request)
        if request.GET.get("format") != "pdf":
            response = HttpResponse(html)
        else:
            from weasyprint import HTML

            response = HttpResponse(HTML(string=html).write_pdf(), content_type="application/pdf")
            response["Content-Disposition"] = f'attachment; filename="{self.file_stem()}.pdf"'
            log_export(Signup, request.user, "pdf", rows=len(context["rows"]), filter_keys=["shift"], searched=False)
        response["Cache-Control"] = "no-store"
        return response
