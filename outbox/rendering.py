"""Turning an e-mail's plain text into its HTML part, and the sender's name in the recipient's language.

Each e-mail is written once, as a plain-text template; the HTML part is made from that text (paragraphs,
"– " lists, links) inside the site's look, so the two parts never say different things.
"""

import re
from email.utils import formataddr, parseaddr

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.html import urlize
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

LIST_MARKS = ("– ", "- ")
# A paragraph ends at a blank line, also one holding spaces.
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def normalise_line_ends(text):
    """CRLF (what a browser posts from a textarea) and CR become LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def sender(language=None):
    """DEFAULT_FROM_EMAIL's address under the programme's name in the given language."""
    address = parseaddr(settings.DEFAULT_FROM_EMAIL)[1]
    with translation.override(language or settings.LANGUAGE_CODE):
        name = gettext("Civic Volunteering")
    return formataddr((name, address))


def _block_html(block):
    lines = [line for line in block.splitlines() if line.strip()]
    if lines and all(line.startswith(LIST_MARKS) for line in lines):
        items = "".join(f"<li>{urlize(line[2:], autoescape=True)}</li>" for line in lines)
        return f'<ul style="margin:0 0 16px;padding-left:20px">{items}</ul>'
    text = "<br>".join(urlize(line, autoescape=True) for line in lines)
    return f'<p style="margin:0 0 16px">{text}</p>'


def text_to_html(text, subject, language=None):
    """The HTML part: the text's paragraphs and lists, escaped, inside templates/outbox/email.html."""
    blocks = [block for block in PARAGRAPH_BREAK.split(normalise_line_ends(text).strip()) if block.strip()]
    content = mark_safe("".join(_block_html(block) for block in blocks))  # noqa: S308 - every piece escaped above
    with translation.override(language or settings.LANGUAGE_CODE):
        return render_to_string("outbox/email.html", {"subject": subject, "content": content, "language": language})
