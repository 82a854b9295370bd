"""The volunteer's documents on their own page (portal/): the "documents" section, the PDF download and asking
for a document (art. 44: a certificate of the work done, an opinion, the agreement's terms in writing).

Registered into the portal's sections from this app's AppConfig.ready(): the portal imports nothing of ours.
Only the signed-in person's own documents and requests are listed or served (holders.py refuses anyone else's).
"""

from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy
from django.views.decorators.http import require_http_methods

from portal import sections as portal_sections
from portal.responses import HttpResponseSeeOther, volunteer_required
from registry.join import ratelimit

from . import document_requests
from .forms import DocumentRequestForm
from .holders import documents_for, pdf_for
from .models import IssuedDocument

SECTION_NAME = "documents"


def section_context(request, volunteer):
    return {
        "documents": list(documents_for(volunteer)),
        "requests": list(document_requests.for_volunteer(volunteer)),
        "request_form": DocumentRequestForm(volunteer=volunteer),
    }


def register():
    portal_sections.register(
        portal_sections.PortalSection(
            SECTION_NAME, "paperwork/portal/documents_section.html", order=40, context=section_context
        )
    )


@volunteer_required
def download(request, session, document_id):
    try:
        name, pdf = pdf_for(session.volunteer, document_id)
    except IssuedDocument.DoesNotExist:
        raise Http404 from None
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


SECTION_ANCHOR = "portal-documents"
# The answer is shown in the section the page comes back to, not at the top of the page (portal/sections.py).
IN_SECTION = portal_sections.message_tag(SECTION_ANCHOR)


def home_url():
    return reverse("portal:home") + "#" + SECTION_ANCHOR


@require_http_methods(["GET", "HEAD", "POST"])
@volunteer_required
def request_document(request, session):
    """The form (also on the home page's section); a POST stores the request once and goes back to the page."""
    volunteer = session.volunteer
    form = DocumentRequestForm(request.POST if request.method == "POST" else None, volunteer=volunteer)
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            stored, already = document_requests.ask(volunteer, form.kinds(), form.cleaned_data["language"])
        except document_requests.TooManyRequests:
            form.add_error(None, _("You have asked for many documents today. Please try again tomorrow."))
            context = {"volunteer": volunteer, "form": form}
            response = render(request, "paperwork/portal/request.html", context, status=429)
            window = ratelimit.parse_rate(settings.PAPERWORK_REQUEST_RATE)[1]
            response["Retry-After"] = str(ratelimit.seconds_left(window))
            return response
        if stored:
            messages.success(
                request,
                _("Thank you. A coordinator will prepare the document; we will e-mail you when it is ready."),
                extra_tags=IN_SECTION,
            )
        for waiting in already:
            messages.info(
                request,
                _(
                    "A request for this document is already waiting for a coordinator, so it was not sent again: "
                    "%(document)s."
                )
                % {"document": waiting.get_kind_display()},
                extra_tags=IN_SECTION,
            )
        return HttpResponseSeeOther(home_url())
    if form.errors:
        status = 400
    return render(request, "paperwork/portal/request.html", {"volunteer": volunteer, "form": form}, status=status)


app_name = "portal_documents"
urlpatterns = [
    path(pgettext_lazy("portal URL", "documents/<int:document_id>/"), download, name="download"),
    path(pgettext_lazy("portal URL", "documents/request/"), request_document, name="request"),
]
