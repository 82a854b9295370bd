"""PDFs of issued documents, made by WeasyPrint from Django templates (templates/paperwork/pdf/).

Tagged PDF/UA-1 (WeasyPrint's `pdf_variant="pdf/ua-1"`: structure tags, language, title), DejaVu fonts
embedded (they carry every Polish letter; found through fontconfig, see paperwork.css), and a QR code that
opens the public verification page, with the code printed beside it for anyone typing it in.
"""

import base64
import datetime
import io
from decimal import Decimal

import qrcode
import qrcode.image.svg
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from weasyprint import HTML
from weasyprint.text.fonts import FontConfiguration

from .numbering import format_code

PDF_VARIANT = "pdf/ua-1"
TEMPLATES = {
    "certificate": "paperwork/pdf/certificate.html",
    "opinion": "paperwork/pdf/opinion.html",
    "agreement": "paperwork/pdf/agreement.html",
}
# One font configuration per process: building it scans the system's fonts.
FONT_CONFIG = FontConfiguration()


def verification_url(document):
    """The absolute address of the document's verification page, in the document's language."""
    with translation.override(document.language):
        path = reverse("paperwork_verify_code", kwargs={"code": document.verification_code})
    base = settings.PAPERWORK_VERIFY_BASE_URL or settings.WAGTAILADMIN_BASE_URL
    return base.rstrip("/") + path


def qr_data_uri(text):
    """An SVG QR code of `text` as a data: URI, so the template can give it alt text as an <img>."""
    image = qrcode.make(text, image_factory=qrcode.image.svg.SvgPathImage, box_size=10, border=2)
    buffer = io.BytesIO()
    image.save(buffer)
    return "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def as_date(value):
    return datetime.date.fromisoformat(value) if value else None


def document_context(document):
    data = dict(document.content)
    url = verification_url(document)
    return {
        "document": document,
        "content": data,
        "period_start": as_date(data.get("period_start")),
        "period_end": as_date(data.get("period_end")),
        "total_hours": Decimal(data.get("total_hours") or "0"),
        "issued_on": document.issued_at.date() if document.issued_at else None,
        "verification_url": url,
        "verification_code": format_code(document.verification_code),
        "qr_code": qr_data_uri(url),
    }


def render_html(document):
    with translation.override(document.language):
        return render_to_string(TEMPLATES[document.kind], document_context(document))


def render_pdf(document):
    """The document's PDF as bytes, in its own language."""
    html = render_html(document)
    return HTML(string=html, base_url=str(settings.BASE_DIR)).write_pdf(
        pdf_variant=PDF_VARIANT, font_config=FONT_CONFIG, uncompressed_pdf=False
    )


def file_name(document):
    with translation.override(document.language):
        from django.utils.translation import gettext

        stem = {
            "certificate": gettext("certificate"),
            "opinion": gettext("opinion"),
            "agreement": gettext("agreement"),
        }[document.kind]
    return f"{stem}-{document.serial}-{document.year}.pdf"
