"""Writing imported text as the paragraph block's rich text: bold, italic, links, lists and line breaks only.

Text is gathered as runs, each with the formatting ("marks") around it, so that markup that was
badly nested or cut in two by an image in the old post still comes out well formed.
"""

import re
from functools import cache
from html import escape
from urllib.parse import urljoin, urlsplit

from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter

BOLD = ("b",)
ITALIC = ("i",)
LINK_SCHEMES = {"http", "https", "mailto"}
HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
# What browsers ignore when reading a URL's scheme, so "java\tscript:" is still caught.
IGNORED_IN_SCHEME = re.compile(r"[\x00-\x20\x7f-\xa0\ufffd]+")
CONTROL = re.compile(r"[\x00-\x1f\x7f]+")
SCHEME = re.compile(r"([a-z][a-z0-9+.-]*):", re.IGNORECASE)


def _comparable_host(netloc):
    host = netloc.lower().rsplit("@", 1)[-1]
    host = re.sub(r":(80|443)$", "", host)
    return host.removeprefix("www.")


def clean_href(href, site_url=""):
    """A safe link target, or None: http(s), mailto and relative links only; the old site's made site-relative."""
    compact = IGNORED_IN_SCHEME.sub("", href or "")
    if not compact or compact.startswith("#"):  # anchors in the old page don't exist in the new one
        return None
    scheme = SCHEME.match(compact)
    if scheme and scheme.group(1).lower() not in LINK_SCHEMES:
        return None
    href = CONTROL.sub("", href).strip().replace(" ", "%20")
    if href.startswith("//"):
        href = "https:" + href
    return _site_relative(href, site_url) if site_url else href


def on_site(href, site_url):
    """The absolute address of `href` when it is on the old site (`site_url`, with or without www.), else None."""
    if href.startswith("/") and not href.startswith("//"):
        href = urljoin(site_url, href)
    link, site = urlsplit(href), urlsplit(site_url)
    if link.scheme.lower() not in ("http", "https") or _comparable_host(link.netloc) != _comparable_host(site.netloc):
        return None
    path = link.path or "/"
    if not path.startswith(site.path.rstrip("/") + "/") and path != site.path.rstrip("/"):
        return None
    return href


def _site_relative(href, site_url):
    link, site = urlsplit(href), urlsplit(site_url)
    if link.scheme.lower() not in ("http", "https") or _comparable_host(link.netloc) != _comparable_host(site.netloc):
        return href
    path = link.path or "/"
    if not path.startswith(site.path.rstrip("/") + "/") and path != site.path.rstrip("/"):
        return href
    return path + (f"?{link.query}" if link.query else "") + (f"#{link.fragment}" if link.fragment else "")


def collapse_space(text):
    return HTML_SPACE.sub(" ", text)


def _trimmed(runs):
    """Runs without the spaces and line breaks a browser would not show: at the ends, around <br>, doubled."""
    trimmed = []
    for run in runs:
        if run[0] == "br":
            while trimmed and trimmed[-1][0] == "text" and not trimmed[-1][1].rstrip(" "):
                trimmed.pop()
            if trimmed and trimmed[-1][0] == "text":
                trimmed[-1] = ("text", trimmed[-1][1].rstrip(" "), trimmed[-1][2])
            if trimmed:
                trimmed.append(run)
            continue
        text = run[1]
        if not trimmed or trimmed[-1][0] == "br" or trimmed[-1][1].endswith(" "):
            text = text.lstrip(" ")
        if text:
            trimmed.append(("text", text, run[2]))
    while trimmed and (trimmed[-1][0] == "br" or not trimmed[-1][1].rstrip(" ")):
        trimmed.pop()
    if trimmed:
        trimmed[-1] = ("text", trimmed[-1][1].rstrip(" "), trimmed[-1][2])
    return trimmed


def _open(mark):
    if mark[0] == "a" and len(mark) == 3:  # a link to a page of this site, in the editor's format
        return f'<a data-linktype="page" data-id="{int(mark[2])}" href="{escape(mark[1])}">'
    return f'<a href="{escape(mark[1])}">' if mark[0] == "a" else f"<{mark[0]}>"


def runs_to_html(runs):
    """Inline HTML for runs of ("text", text, marks) and ("br", "", marks); "" when nothing would show."""
    runs = _trimmed(runs)
    if not any(run[0] == "text" and run[1].strip() for run in runs):
        return ""
    html, open_marks = [], ()
    for kind, text, marks in runs:
        shared = 0
        while shared < min(len(open_marks), len(marks)) and open_marks[shared] == marks[shared]:
            shared += 1
        html.extend(f"</{mark[0]}>" for mark in reversed(open_marks[shared:]))
        html.extend(_open(mark) for mark in marks[shared:])
        open_marks = marks
        html.append("<br/>" if kind == "br" else escape(text, quote=False))
    html.extend(f"</{mark[0]}>" for mark in reversed(open_marks))
    return "".join(html)


def runs_to_text(runs):
    return collapse_space("".join(run[1] if run[0] == "text" else " " for run in runs)).strip()


@cache
def _converter():
    from core.blocks import BaseStreamBlock

    return EditorHTMLConverter(features=BaseStreamBlock().child_blocks["paragraph"].features)


def to_database_html(html):
    """Passes the HTML through Wagtail's own rich-text whitelist for the paragraph block's features."""
    return _converter().to_database_format(html)
