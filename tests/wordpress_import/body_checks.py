"""Checks on converted page bodies shared by the converter's tests: only allowed markup, safe links."""

import re

from bs4 import BeautifulSoup, Comment

# What the paragraph block's features (bold, italic, link, lists) produce in Wagtail's stored format.
RICH_TEXT_TAGS = {"p", "b", "i", "a", "ul", "ol", "li", "br"}
SAFE_HREF = re.compile(r"(https?:|mailto:|/|\?|[^:#]*$)", re.IGNORECASE)
ACTIVE_CONTENT = re.compile(
    r"<\s*(script|iframe|object|embed|svg|math|style|form|frame|applet|base|link|meta)\b"
    r"|\son[a-z]+\s*="
    r"|\sstyle\s*="
    r"|=\s*[\"']?\s*(javascript|vbscript|data):",
    re.IGNORECASE,
)


def assert_allowed_rich_text(html):
    soup = BeautifulSoup(html, "html.parser")
    assert not soup.find_all(string=lambda text: isinstance(text, Comment)), html
    for tag in soup.find_all(True):
        assert tag.name in RICH_TEXT_TAGS, html
        assert set(tag.attrs) <= ({"href"} if tag.name == "a" else set()), html
        if tag.name == "a":
            assert SAFE_HREF.match(tag["href"]), html


def assert_no_active_content(html):
    match = ACTIVE_CONTENT.search(html)
    assert match is None, html[max(0, match.start() - 80) : match.end() + 80]


def assert_safe_body(blocks):
    """Paragraphs hold only allowed markup; nothing anywhere in the stored values could run or restyle."""
    for block_type, value in blocks:
        if block_type == "paragraph":
            assert_allowed_rich_text(value.source)
            assert_no_active_content(value.source)
        elif block_type == "image":
            assert isinstance(value["alt_text"], str)  # empty: decorative, listed for editors in the report
