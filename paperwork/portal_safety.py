"""Health and safety on the volunteer's own page (art. 45): the "safety" section and the page where the person reads
each relevant area's information and confirms it (/pl/wolontariusz/bhp/, /en/volunteer/safety/).

Registered into the portal's sections from this app's AppConfig.ready(): the portal imports nothing of ours.
Only the signed-in person's own acknowledgements are read or written; a confirmation records the very version
shown (its id is posted), with today's date, once (a second click or a resent form records nothing more).
"""

from urllib.parse import urlencode

from django.contrib import messages
from django.db import transaction
from django.db.models import F, Q
from django.http import Http404
from django.shortcuts import render
from django.urls import path, reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy
from django.views.decorators.http import require_http_methods

from opportunities.models import Shift, Signup
from portal import sections as portal_sections
from portal.audit import log_by_volunteer
from portal.responses import HttpResponseSeeOther, safe_next, volunteer_required
from registry.models import Area, Volunteer

from .audit import SAFETY_ACKNOWLEDGED
from .models import SafetyInformation, VolunteerSafetyAcknowledgement
from .requirements import acknowledge_information, safety_versions_by_area, safety_versions_to_read

SECTION_NAME = "safety"


def requested_area(value):
    """The area asked for in the address (?area=<id>, from a refused sign-up), or None."""
    value = str(value or "")
    if not value.isdigit() or len(value) > 12:
        return None
    return Area.objects.filter(pk=int(value)).first()


def relevant_areas(volunteer, requested=None, now=None):
    """The areas the person may meet: their own, those of opportunities with shifts still to come, those of their
    own upcoming sign-ups, and the one asked for. One per area in any language, named in the active language."""
    now = now or timezone.now()
    open_shifts = Shift.objects.filter(starts_at__gt=now, cancelled_at__isnull=True, opportunity__live=True)
    own_signups = Signup.objects.filter(
        volunteer=volunteer, state__in=(Signup.State.CONFIRMED, Signup.State.WAITING), shift__starts_at__gt=now
    )
    found = Area.objects.filter(
        Q(pk__in=volunteer.areas.values("pk"))
        | Q(pk__in=open_shifts.values("opportunity__area"))
        | Q(pk__in=own_signups.values("shift__opportunity__area"))
    )
    keys = set(found.values_list("translation_key", flat=True))
    if requested is not None:
        keys.add(requested.translation_key)
    language = translation.get_language()
    by_key = {}
    for area in Area.objects.filter(translation_key__in=keys).select_related("locale").order_by("pk"):
        if area.translation_key not in by_key or area.locale.language_code == language:
            by_key[area.translation_key] = area
    areas = sorted(by_key.values(), key=lambda area: area.name.lower())
    if requested is not None:
        areas.sort(key=lambda area: area.translation_key != requested.translation_key)
    return areas


def area_rows(volunteer, requested=None, today=None):
    """Per relevant area: the versions to read (current and later ones), each with the person's acknowledgement
    or None; the person's latest acknowledgement of an older version; areas with nothing written are left out,
    except the one asked for (it says the information is not published yet).

    Two queries after relevant_areas() whatever the number of areas: every version to read, then every one of
    the person's acknowledgements in those areas."""
    today = today or timezone.localdate()
    language = translation.get_language()
    areas = relevant_areas(volunteer, requested)
    keys = [area.translation_key for area in areas]
    versions_by_key = safety_versions_by_area(keys, today)
    acknowledgements_by_key = {}
    if versions_by_key:
        acknowledgements = (
            VolunteerSafetyAcknowledgement.objects.filter(
                volunteer=volunteer, information__area__translation_key__in=list(versions_by_key)
            )
            .annotate(area_key=F("information__area__translation_key"))
            .select_related("information")
            .order_by("-information__version", "-pk")
        )
        for acknowledgement in acknowledgements:
            acknowledgements_by_key.setdefault(acknowledgement.area_key, []).append(acknowledgement)
    rows = []
    for area in areas:
        versions = versions_by_key.get(area.translation_key, [])
        is_requested = requested is not None and area.translation_key == requested.translation_key
        if not versions and not is_requested:
            continue
        shown = {information.pk for information in versions}
        own = acknowledgements_by_key.get(area.translation_key, [])
        acknowledged = {ack.information_id: ack for ack in own if ack.information_id in shown}
        entries = [
            {
                "information": information,
                "text": information.text(language),
                "in_force": information.in_force_from <= today,
                "acknowledgement": acknowledged.get(information.pk),
            }
            for information in versions
        ]
        # The newest version first: the first acknowledgement of a version no longer offered is the latest one.
        earlier = next((ack for ack in own if ack.information_id not in shown), None)
        rows.append(
            {
                "area": area,
                "anchor": f"safety-{area.translation_key}",
                "requested": is_requested,
                "versions": entries,
                "earlier": earlier,
                "to_read": sum(1 for entry in entries if entry["acknowledgement"] is None),
            }
        )
    return rows


def page_url(area=None, next_path=None):
    address = reverse("portal_safety:page")
    query = {key: value for key, value in (("area", area.pk if area else None), ("next", next_path)) if value}
    return f"{address}?{urlencode(query)}" if query else address


def section_context(request, volunteer):
    rows = area_rows(volunteer)
    return {"rows": rows, "to_read": sum(1 for row in rows if row["to_read"]), "page_url": page_url()}


def register():
    portal_sections.register(
        portal_sections.PortalSection(
            SECTION_NAME, "paperwork/portal/safety_section.html", order=25, context=section_context
        )
    )


@require_http_methods(["GET", "HEAD", "POST"])
@volunteer_required
def safety_page(request, session):
    volunteer = session.volunteer
    if request.method == "POST":
        return acknowledge(request, volunteer)
    requested = requested_area(request.GET.get("area"))
    context = {
        "volunteer": volunteer,
        "rows": area_rows(volunteer, requested),
        "next": safe_next(request, request.GET.get("next")),
    }
    return render(request, "paperwork/portal/safety.html", context)


def acknowledge(request, volunteer):
    value = request.POST.get("information", "")
    information = None
    if value.isdigit() and len(value) <= 12:
        information = SafetyInformation.objects.select_related("area").filter(pk=int(value)).first()
    if information is None:
        raise Http404
    next_path = safe_next(request, request.POST.get("next"))
    today = timezone.localdate()
    area = information.area
    offered = safety_versions_to_read(area, today)
    if information not in offered:
        messages.error(request, _("A newer version of this information is in force. Please read it and confirm it."))
        return HttpResponseSeeOther(page_url(area, next_path))
    with transaction.atomic():
        # Locked, so a double click or a resent form records one acknowledgement and one log entry.
        Volunteer.objects.select_for_update().filter(pk=volunteer.pk).first()
        _acknowledgement, created = acknowledge_information(volunteer, information, today)
        if created:
            log_by_volunteer(volunteer, SAFETY_ACKNOWLEDGED, information=information.pk, version=information.version)
    messages.success(
        request,
        _("Thank you. Your confirmation of version %(version)s of the information for “%(area)s” is recorded.")
        % {"version": information.version, "area": area.localized.name},
    )
    unread = VolunteerSafetyAcknowledgement.objects.filter(volunteer=volunteer, information__in=offered).count() < len(
        offered
    )
    if next_path and not unread:
        return HttpResponseSeeOther(next_path)
    return HttpResponseSeeOther(page_url(area, next_path))


app_name = "portal_safety"
urlpatterns = [
    path(pgettext_lazy("portal URL", "safety/"), safety_page, name="page"),
]
