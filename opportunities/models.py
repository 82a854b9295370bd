"""Opportunities (duties and events, published as pages) and their shifts, sign-ups and trainings.

Pages are translated; a shift belongs to the opportunity whatever the language (its dates, place and capacity
are the same in both), so shifts hang off the source-language page and translations find them through the
shared translation key (`Shift.objects.for_opportunity`). Shifts and sign-ups are registry data: personal,
behind the registry's permissions, never on public pages beyond counts.
"""

import calendar
import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import F, Q
from django.http import Http404
from django.utils import timezone, translation
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import BaseStreamBlock
from core.private_sections import PrivateSectionsAwareMixin, public
from core.slugs import TransliteratedSlugMixin
from core.translation import PAGE_TRANSLATABLE_FIELDS

from . import requirements
from .freshness import FreshAvailabilityMixin

OPPORTUNITIES_PER_PAGE = 12
# Shifts listed on an opportunity's page; the rest are one click away in the calendar feed.
SHIFTS_SHOWN = 30
# How the calendar routes are spelt in each language (both spellings answer in both languages).
CALENDAR_SLUGS = {"pl": "kalendarz", "en": "calendar"}


def in_locale(objects, model, locale_id):
    """Each translatable object in the given locale where it has a translation, else itself (one query)."""
    objects = list(objects)
    keys = {obj.translation_key for obj in objects}
    found = {obj.translation_key: obj for obj in model.objects.filter(translation_key__in=keys, locale_id=locale_id)}
    return [found.get(obj.translation_key, obj) for obj in objects]


def calendar_slug():
    """In the language being shown (a page is served in its own), without reading the page's locale."""
    return CALENDAR_SLUGS.get((translation.get_language() or "en").split("-")[0], CALENDAR_SLUGS["en"])


class Training(TranslatableMixin, models.Model):
    """A training an opportunity may require (first aid, water rescue basics…); translated."""

    name = models.CharField(_("name"), max_length=150)
    valid_for_months = models.PositiveSmallIntegerField(
        _("valid for (months)"), null=True, blank=True, help_text=_("Empty: the training does not expire.")
    )

    panels = [FieldPanel("name"), FieldPanel("valid_for_months")]
    translatable_fields = [TranslatableField("name"), SynchronizedField("valid_for_months")]

    def __str__(self):
        return self.name

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("training")
        verbose_name_plural = _("trainings")
        ordering = ["name"]


class CompletedTraining(models.Model):
    """A training a volunteer completed: registry data, kept by coordinators."""

    volunteer = models.ForeignKey(
        "registry.Volunteer", verbose_name=_("volunteer"), on_delete=models.CASCADE, related_name="trainings"
    )
    training = models.ForeignKey(Training, verbose_name=_("training"), on_delete=models.PROTECT, related_name="+")
    completed_on = models.DateField(_("completed on"))

    def valid_on(self, day):
        """Whether this training counts on `day` (completed by then and not expired)."""
        if self.completed_on > day:
            return False
        months = self.training.valid_for_months
        if not months:
            return True
        year, month = divmod(self.completed_on.month - 1 + months, 12)
        expiry_year, expiry_month = self.completed_on.year + year, month + 1
        # The same day-of-month months later, or the month's last day when that month is shorter.
        last_day = calendar.monthrange(expiry_year, expiry_month)[1]
        expires = datetime.date(expiry_year, expiry_month, min(self.completed_on.day, last_day))
        return day < expires

    def __str__(self):
        return f"{self.training} ({self.completed_on:%d.%m.%Y})"

    class Meta:
        verbose_name = _("completed training")
        verbose_name_plural = _("completed trainings")
        ordering = ["-completed_on"]


class OpportunityIndexPage(
    FreshAvailabilityMixin, TransliteratedSlugMixin, PrivateSectionsAwareMixin, RoutablePageMixin, Page
):
    """The public listing of opportunities (filters, calendar feed)."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [TranslatableField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["opportunities.OpportunityPage"]
    max_count_per_parent = 1

    def get_opportunities(self):
        return public(OpportunityPage.objects.live()).descendant_of(self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.listing(request))
        return context

    def listing(self, request):
        """The filter form and the requested page of opportunities, with free places counted now."""
        from .filters import OpportunityFilterSet
        from .listing import listed_opportunities

        now = timezone.now()
        opportunities = with_listing_renditions(listed_opportunities(self.get_opportunities(), now))
        filterset = OpportunityFilterSet(request.GET or None, queryset=opportunities, index=self, now=now)
        page = Paginator(filterset.qs, OPPORTUNITIES_PER_PAGE).get_page(request.GET.get("page"))
        return {
            "filterset": filterset,
            "opportunities": page,
            "active_filters": [
                {"name": name, "label": label, "value": value, "clear_url": query_without(request, name)}
                for name, label, value in filterset.active_filters()
            ],
            "rejected_filters": filterset.rejected_filters(),
            "clear_all_url": self.get_url(request),
            "calendar_url": self.calendar_url(request),
        }

    def calendar_url(self, request=None):
        return self.get_url(request) + self.reverse_subpage(f"calendar_{calendar_slug()}")

    # Wagtail serves only addresses of plain path segments ending in "/": no ".ics" suffix, the content type
    # tells calendar apps what it is.
    @path("kalendarz/", name="calendar_kalendarz")
    @path("calendar/", name="calendar_calendar")
    def calendar(self, request):
        """The upcoming shifts of this listing's opportunities, in its language (cancelled ones marked)."""
        from .calendar import feed_response

        pages = {page.translation_key: page for page in self.get_opportunities()}
        shifts = Shift.objects.filter(
            opportunity__translation_key__in=list(pages), starts_at__gte=timezone.now() - CALENDAR_PAST
        ).order_by("starts_at", "pk")[:CALENDAR_MAX_SHIFTS]
        return feed_response(self, [(shift, pages[shift.translation_key]) for shift in with_keys(shifts)])

    class Meta:
        verbose_name = _("opportunities index")
        verbose_name_plural = _("opportunities indexes")


def with_listing_renditions(queryset):
    from core.images import LISTING_SPEC, with_renditions

    return with_renditions(queryset, "image", LISTING_SPEC)


def with_keys(shifts):
    """The shifts, each with the translation key of its opportunity (read in the same query)."""
    return shifts.annotate(translation_key=models.F("opportunity__translation_key"))


def query_without(request, name):
    """The current query string minus one filter (and the page, which no longer applies)."""
    query = request.GET.copy()
    for key in (name, "page"):
        query.pop(key, None)
    return f"?{query.urlencode()}" if query else "?"


# The feed keeps shifts of the last month (calendars then keep them) and at most this many.
CALENDAR_PAST = datetime.timedelta(days=31)
CALENDAR_MAX_SHIFTS = 2000


class OpportunityPage(
    FreshAvailabilityMixin, TransliteratedSlugMixin, PrivateSectionsAwareMixin, RoutablePageMixin, Page
):
    """One duty or event volunteers can sign up for, with its requirements; its shifts are kept in the registry."""

    lead = models.TextField(_("lead"), help_text=_("One or two sentences shown in listings and at the top."))
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    area = models.ForeignKey(
        "registry.Area",
        verbose_name=_("programme area"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    organisation = models.ForeignKey(
        "registry.Organisation",
        verbose_name=_("host organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    place = models.CharField(_("place"), max_length=255, help_text=_("Address where volunteers meet."))
    map_url = models.URLField(_("map link"), blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contact = models.CharField(
        _("contact"),
        max_length=255,
        blank=True,
        help_text=_("A public contact for questions: an office, a shared address or phone — not a private one."),
    )
    minimum_age = models.PositiveSmallIntegerField(
        _("minimum age"), null=True, blank=True, help_text=_("Age on the day of the shift. Empty: no limit.")
    )
    requires_vetting = models.BooleanField(_("valid vetting required"), default=False)
    works_with_minors = models.BooleanField(
        _("works with minors"),
        default=False,
        help_text=_("Needs a valid child-protection check on the day of the shift."),
    )
    trainings = ParentalManyToManyField(Training, verbose_name=_("required trainings"), blank=True)
    cancel_cutoff_hours = models.PositiveSmallIntegerField(
        _("cancelling possible until (hours before the start)"), default=24
    )

    content_panels = Page.content_panels + [
        FieldPanel("lead"),
        FieldPanel("image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("area"),
                FieldPanel("organisation"),
                FieldPanel("place"),
                FieldPanel("map_url"),
                FieldPanel("contact"),
            ],
            heading=_("Where and who"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("minimum_age"),
                FieldPanel("requires_vetting"),
                FieldPanel("works_with_minors"),
                FieldPanel("trainings"),
                FieldPanel("cancel_cutoff_hours"),
            ],
            heading=_("Requirements"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
        # Found by the town or street too ("Kielce", "nad zalewem").
        index.SearchField("place"),
    ]
    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("lead"),
        TranslatableField("body"),
        TranslatableField("place"),
        TranslatableField("contact"),
        SynchronizedField("area"),
        SynchronizedField("organisation"),
        SynchronizedField("map_url"),
        SynchronizedField("image"),
        SynchronizedField("minimum_age"),
        SynchronizedField("requires_vetting"),
        SynchronizedField("works_with_minors"),
        SynchronizedField("trainings"),
        SynchronizedField("cancel_cutoff_hours"),
    ]
    parent_page_types = ["opportunities.OpportunityIndexPage"]
    subpage_types = []
    # Joined when the page is routed (core/routing.py): the header shows the image, the page the area.
    serve_select_related = ["image", "area", "organisation"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Lazy: shown inside a fragment cached until the content changes. The shifts are not: their free
        # places change with every sign-up, so they are read on every render (one query).
        context.update(
            area_in_language=SimpleLazyObject(self.area_in_language),
            requirements=SimpleLazyObject(self.requirements),
            index_page=SimpleLazyObject(self.get_parent),
            shifts=SimpleLazyObject(self.upcoming_shifts),
        )
        return context

    def upcoming_shifts(self):
        """The next shifts, cancelled ones included (shown as cancelled), each knowing its free places."""
        shifts = Shift.objects.for_opportunity(self).filter(ends_at__gte=timezone.now()).order_by("starts_at", "pk")
        return list(shifts[:SHIFTS_SHOWN])

    def area_in_language(self):
        if self.area is None:
            return None
        return in_locale([self.area], self.area.__class__, self.locale_id)[0]

    def trainings_in_language(self):
        return sorted(in_locale(self.trainings.all(), Training, self.locale_id), key=lambda item: item.name.casefold())

    def requirements(self):
        """What a volunteer must meet, in words, in the page's language; empty when anyone may sign up."""
        with translation.override(self.locale.language_code):
            items = []
            if self.minimum_age:
                items.append(
                    translation.ngettext(
                        "You must be at least %(age)s year old on the day of the shift.",
                        "You must be at least %(age)s years old on the day of the shift.",
                        self.minimum_age,
                    )
                    % {"age": self.minimum_age}
                )
            if self.requires_vetting:
                items.append(_("A valid certificate of no criminal record (vetting) on the day of the shift."))
            if self.works_with_minors:
                items.append(_("This work is with children or teenagers: a valid child-protection check is required."))
            for training in self.trainings_in_language():
                items.append(_("Completed training: %(name)s.") % {"name": training.name})
            # Other apps' requirements (e.g. paperwork: the area's health-and-safety information).
            items.extend(requirements.descriptions(self))
            return [str(item) for item in items]

    def shift_calendar_url(self, shift, request=None):
        name = f"shift_calendar_{calendar_slug()}"
        return self.get_url(request) + self.reverse_subpage(name, args=[shift.pk])

    @path("kalendarz/<int:shift_id>/", name="shift_calendar_kalendarz")
    @path("calendar/<int:shift_id>/", name="shift_calendar_calendar")
    def shift_calendar(self, request, shift_id):
        """One shift as an .ics file ("add to calendar")."""
        from .calendar import single_shift_response

        if not self.live:
            raise Http404
        shift = Shift.objects.for_opportunity(self).filter(pk=shift_id).first()
        if shift is None:
            raise Http404
        return single_shift_response(self, shift)

    class Meta:
        verbose_name = _("opportunity")
        verbose_name_plural = _("opportunities")


class ShiftQuerySet(models.QuerySet):
    def for_opportunity(self, page):
        """The shifts of an opportunity, seen from any of its translations."""
        return self.filter(opportunity__translation_key=page.translation_key)

    def upcoming(self, now=None):
        return self.filter(cancelled_at__isnull=True, starts_at__gte=now or timezone.now())

    def with_free_places(self):
        return self.filter(places_taken__lt=F("capacity"))


class Shift(models.Model):
    """A stretch of time on an opportunity with a number of places. Registry data."""

    opportunity = models.ForeignKey(
        OpportunityPage, verbose_name=_("opportunity"), on_delete=models.CASCADE, related_name="shifts"
    )
    starts_at = models.DateTimeField(_("starts"), db_index=True)
    ends_at = models.DateTimeField(_("ends"))
    place = models.CharField(
        _("place, if different"), max_length=255, blank=True, help_text=_("Empty: the opportunity's place.")
    )
    capacity = models.PositiveSmallIntegerField(_("places"))
    # Kept by the sign-up code in the same statement that confirms or frees a place: the check constraint
    # below makes the database refuse an over-full shift whatever arrives at the same moment.
    places_taken = models.PositiveSmallIntegerField(_("places taken"), default=0, editable=False)
    notes = models.TextField(_("notes for volunteers"), blank=True)
    series = models.UUIDField(_("created together as"), null=True, blank=True, editable=False, db_index=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True, editable=False)
    cancel_reason = models.TextField(_("reason for cancelling"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = ShiftQuerySet.as_manager()

    def clean(self):
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("A shift must end after it starts.")})
        if self.capacity is not None and self.capacity < 1:
            raise ValidationError({"capacity": _("A shift needs at least one place.")})

    @property
    def free_places(self):
        return max(0, self.capacity - self.places_taken)

    @property
    def duration_hours(self):
        return round((self.ends_at - self.starts_at).total_seconds() / 3600, 2)

    def __str__(self):
        start = timezone.localtime(self.starts_at)
        return f"{self.opportunity.title} — {start:%d.%m.%Y %H:%M}"

    class Meta:
        verbose_name = _("shift")
        verbose_name_plural = _("shifts")
        ordering = ["starts_at"]
        constraints = [
            models.CheckConstraint(condition=Q(ends_at__gt=F("starts_at")), name="shift_ends_after_start"),
            models.CheckConstraint(condition=Q(capacity__gte=1), name="shift_has_a_place"),
            models.CheckConstraint(condition=Q(places_taken__lte=F("capacity")), name="shift_never_over_full"),
        ]


class Signup(models.Model):
    """A volunteer on a shift: confirmed, on the waiting list, or cancelled; then attended or not. Registry data."""

    class State(models.TextChoices):
        CONFIRMED = "confirmed", _("confirmed")
        WAITING = "waiting", _("waiting list")
        CANCELLED = "cancelled", _("cancelled")

    class Attendance(models.TextChoices):
        UNKNOWN = "", _("not recorded")
        PRESENT = "present", _("present")
        ABSENT = "absent", _("absent")

    shift = models.ForeignKey(Shift, verbose_name=_("shift"), on_delete=models.CASCADE, related_name="signups")
    volunteer = models.ForeignKey(
        "registry.Volunteer", verbose_name=_("volunteer"), on_delete=models.CASCADE, related_name="signups"
    )
    state = models.CharField(_("state"), max_length=20, choices=State.choices, db_index=True)
    created_at = models.DateTimeField(_("signed up"), default=timezone.now, db_index=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    promoted_at = models.DateTimeField(_("moved from the waiting list"), null=True, blank=True)
    attendance = models.CharField(_("attendance"), max_length=10, choices=Attendance.choices, blank=True)
    checked_in_at = models.DateTimeField(_("checked in"), null=True, blank=True)
    hours = models.DecimalField(
        _("hours"),
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Empty: the shift's length."),
    )
    # Set once attendance has been counted: a second count finds it and makes no second record.
    service_record = models.OneToOneField(
        "registry.ServiceRecord",
        verbose_name=_("service record"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="signup",
    )
    signed_up_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("signed up by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Empty: the volunteer signed up on their own page."),
    )

    def __str__(self):
        # No name: strings of registry objects reach admin logs and messages.
        return f"{self.shift} — {self.get_state_display()}"

    class Meta:
        verbose_name = _("sign-up")
        verbose_name_plural = _("sign-ups")
        ordering = ["created_at", "pk"]
        constraints = [
            # One live place per person per shift; a cancelled sign-up does not block signing up again.
            models.UniqueConstraint(
                fields=["shift", "volunteer"], condition=~Q(state="cancelled"), name="one_live_signup_per_shift"
            ),
        ]
        indexes = [models.Index(fields=["shift", "state", "created_at"], name="signup_waiting_order")]
