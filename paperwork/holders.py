"""What the volunteer's own page (portal) calls: the person's documents and each one's PDF.

documents_for(volunteer)              their documents, newest first (revoked and replaced ones included,
                                      marked by `state`, so the person sees what happened)
pdf_for(volunteer, document_id)       (file name, PDF bytes) of one of *their* documents;
                                      IssuedDocument.DoesNotExist for anyone else's
"""

from .models import IssuedDocument
from .pdf import file_name, render_pdf


def documents_for(volunteer):
    return IssuedDocument.objects.filter(holder=volunteer).select_related("replaced_by").order_by("-issued_at", "-pk")


def pdf_for(volunteer, document_id):
    document = IssuedDocument.objects.get(pk=document_id, holder=volunteer)
    return file_name(document), render_pdf(document)
