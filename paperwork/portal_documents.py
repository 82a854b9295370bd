"""The volunteer's documents on their own page (portal/): the "documents" section and the PDF download.

Registered into the portal's sections from this app's AppConfig.ready(): the portal imports nothing of ours.
Only the signed-in person's own documents are listed or served (holders.py refuses anyone else's).
"""

from django.http import Http404, HttpResponse
from django.urls import path
from django.utils.translation import pgettext_lazy

from portal import sections as portal_sections
from portal.responses import volunteer_required

from .holders import documents_for, pdf_for
from .models import IssuedDocument

SECTION_NAME = "documents"


def section_context(request, volunteer):
    return {"documents": list(documents_for(volunteer))}


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


app_name = "portal_documents"
urlpatterns = [
    path(pgettext_lazy("portal URL", "documents/<int:document_id>/"), download, name="download"),
]
