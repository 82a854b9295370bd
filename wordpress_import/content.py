"""Turning a WordPress post's HTML into the blocks of a news page body (core.blocks.BaseStreamBlock).

The post goes through what WordPress itself does when it shows a post (embeds, automatic
paragraphs, shortcodes), then its HTML tree is walked: text, bold, italic, links and lists become
paragraph blocks; headings, images, quotations and embeds their own blocks. Anything else keeps
its text at most; scripts, frames, forms, styles and event handlers never get through.
"""

import copy
import re
from dataclasses import dataclass, field
from html import escape, unescape
from urllib.parse import parse_qs, urljoin, urlsplit

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction
from django.conf import settings
from django.utils.translation import gettext as _
from wagtail.embeds.blocks import EmbedValue
from wagtail.embeds.finders import get_finders
from wagtail.models import Page
from wagtail.rich_text import RichText

from .autop import autop
from .richtext import (
    BOLD,
    ITALIC,
    clean_href,
    collapse_space,
    on_site,
    runs_to_html,
    runs_to_text,
    to_database_html,
)
from .shortcodes import CODE_SHORTCODES, replace_shortcodes

__all__ = ["Conversion", "ImageRef", "autop", "convert"]

# Dropped with everything inside them: active content, and media the blocks cannot show.
DROPPED_ELEMENTS = {
    "script", "style", "iframe", "object", "embed", "applet", "form", "noscript", "template", "svg", "math",
    "canvas", "audio", "video", "source", "track", "input", "select", "option", "textarea", "button", "link",
    "meta", "base", "head", "title", "frame", "frameset", "noframes", "map", "param", "dialog",
}  # fmt: skip
# Of those, the ones an editor may want to put back by hand.
REPORTED_ELEMENTS = {"iframe", "object", "embed", "applet", "audio", "video", "form"}
# Elements that end the paragraph before and after them.
BLOCK_ELEMENTS = {
    "p", "div", "section", "article", "aside", "header", "footer", "nav", "main", "address", "details", "summary",
    "dl", "dt", "dd", "hr", "center", "fieldset", "legend", "hgroup", "figcaption", "caption", "table", "thead",
    "tbody", "tfoot", "tr", "body", "html", "menu", "dir",
}  # fmt: skip
HEADING_SIZES = {"h1": "h2", "h2": "h2", "h3": "h3", "h4": "h3", "h5": "h3", "h6": "h3"}
FORMATTING = {"b": BOLD, "strong": BOLD, "i": ITALIC, "em": ITALIC}
MEDIA_SHORTCODES = {"audio", "video", "playlist"}
# The elements made here for shortcodes; the same names in a post are escaped before they're added.
CAPTION, GALLERY, EMBED = "wpimport-caption", "wpimport-gallery", "wpimport-embed"
OUR_ELEMENTS = re.compile(r"<(/?\s*wpimport-)", re.IGNORECASE)
ATTACHMENT_CLASS = re.compile(r"\bwp-image-(\d+)\b")
ATTACHMENT_ID = re.compile(r"attachment_(\d+)")
COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
EMBEDDABLE_URL = re.compile(r"https?://[^\s<>\"]+")
TAG = re.compile(r"<[^>]*>")
EDITOR_MARKUP = re.compile(r"<br\s*/?>|</?p(?:\s[^>]*)?>", re.IGNORECASE)  # in a code shortcode: the visual editor's
# WordPress's auto-embeds: a URL alone on its line, or alone in a paragraph.
URL_LINE = re.compile(r"^(\s*)(https?://[^\s<>\"]+)(\s*)$", re.MULTILINE)
URL_PARAGRAPH = re.compile(r"(<p(?: [^>]*)?>\s*)(https?://[^\s<>\"]+)(\s*</p>)", re.IGNORECASE)
LINE_BREAK_IN_TAG = "\x00wpimport-nl\x00"
# <pre> and <code> are set aside before shortcodes, embeds and paragraphs are made: nothing in them is
# interpreted. A <pre> waits as an empty <pre> (autop keeps those as they are), a <code> as a token.
VERBATIM = re.compile(r"<(pre|code)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
KEPT_PRE = re.compile(r'<pre data-wpimport-keep="(\d+)"></pre>|\x00wpimport-keep-(\d+)\x00')
CODE_LANGUAGE_IN_CLASS = re.compile(
    r"(?:^|\s)(?:lang(?:uage)?-|lang:|brush:\s*)([A-Za-z0-9_+#-]+)|(?:^|\s)(?:sh_|prettyprint\s+lang-)([a-z0-9]+)"
)
CODE_LANGUAGE = "data-wpimport-language"
# Limits of the blocks' fields (core.blocks).
HEADING_MAX, ALT_MAX, CAPTION_MAX, ATTRIBUTION_MAX, LANGUAGE_MAX, SOURCE_TITLE_MAX = 200, 250, 250, 200, 40, 200
WARNING_MAX = 300
TABLE_CELL_SEPARATOR = " | "
OLD_UPLOADS = "/wp-content/uploads/"
# Video providers, by host, with the frame origin their player needs: an embed block is made only for
# those whose origin the site's Content-Security-Policy lets in (settings.EMBED_FRAME_SOURCES).
EMBED_PROVIDERS = {
    "youtube.com": "https://www.youtube.com",
    "youtu.be": "https://www.youtube.com",
    "youtube-nocookie.com": "https://www.youtube-nocookie.com",
    "vimeo.com": "https://player.vimeo.com",
}
YOUTUBE_PLAYER = re.compile(r"^/embed/([\w-]{6,})")
VIMEO_PLAYER = re.compile(r"^/video/(\d+)")


@dataclass
class ImageRef:
    src: str  # the <img src> (may be an absolute URL of the old site, with a -300x200 size suffix)
    attachment_id: int | None  # from class="wp-image-123" or [caption id="attachment_123"], else None
    alt: str = ""
    caption: str = ""
    title: str = ""


@dataclass
class Conversion:
    blocks: list = field(default_factory=list)  # [(block_type, value), ...]: page.body = conversion.blocks
    warnings: list[str] = field(default_factory=list)  # translated, for the person running the import
    first_paragraph_text: str = ""  # plain text of the first paragraph (a lead when the excerpt is empty)
    images_without_alt: list[str] = field(default_factory=list)  # kept without a description: for editors
    old_site_links: list[str] = field(default_factory=list)  # links to old pages that were not imported


def convert(html, *, resolve_image=None, site_url="", page_for_link=None, base_url=""):
    """The blocks for a WordPress post's content, with warnings about what could not be carried over.

    `resolve_image(ref)` returns the Wagtail image for an ImageRef, or None (the image is then left
    out with a warning). A link to `site_url` (the old site) becomes a link to the page
    `page_for_link(url)` returns (a page ID: a post imported from there); without one it stays pointing
    at the old site and is listed in `old_site_links`. Relative links are read from `base_url`, the post's
    own old address, as a browser on the old site read them.
    """
    converter = _Converter(resolve_image, site_url, page_for_link, base_url or site_url)
    markup = converter.prepare(html or "")
    converter.walk(BeautifulSoup(markup, "html.parser"))
    return converter.finish()


def truncate(text, limit):
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def plain_text(node, line_break="\n"):
    """A node's text as it reads, with line breaks for <br> and blank lines between blocks."""
    parts = []
    for child in node.descendants:
        if isinstance(child, Tag):
            if child.name == "br":
                parts.append(line_break)
            elif child.name in BLOCK_ELEMENTS or child.name in HEADING_SIZES or child.name == "li":
                parts.append("\n\n")
        elif _is_text(child) and not any(parent.name in DROPPED_ELEMENTS for parent in child.parents):
            parts.append(collapse_space(str(child)))
    lines = [re.sub(" {2,}", " ", line).strip() for line in "".join(parts).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _text_without(node, names):
    clone = copy.copy(node)
    for element in clone.find_all(names):
        element.decompose()
    return plain_text(clone, " ")


def _is_text(node):
    return isinstance(node, NavigableString) and not isinstance(
        node, Comment | Declaration | Doctype | ProcessingInstruction
    )


def code_language(node):
    """The language a code block names: our shortcode's attribute, or the highlighters' classes and attributes."""
    for element in [node, *node.find_all(["code", "pre"])]:
        if element.get(CODE_LANGUAGE):
            return element[CODE_LANGUAGE][:LANGUAGE_MAX]
        for attribute in ("data-language", "data-lang"):
            if element.get(attribute, "").strip():
                return element[attribute].strip()[:LANGUAGE_MAX]
        found = CODE_LANGUAGE_IN_CLASS.search(" ".join(element.get_attribute_list("class", [])))
        if found:
            return (found.group(1) or found.group(2)).lower()[:LANGUAGE_MAX]
    return ""


def _is_embeddable(url):
    """Whether the site shows `url` as an embed: a provider it allows, and a finder that knows the address."""
    host = (urlsplit(url).hostname or "").lower()
    host = re.sub(r"^(www|m|player)\.", "", host)
    origin = EMBED_PROVIDERS.get(host)
    if origin is None or origin not in getattr(settings, "EMBED_FRAME_SOURCES", []):
        return False
    # Only whether a provider is known: nothing is fetched while importing.
    return any(finder.accept(url) for finder in get_finders())


def video_page(src):
    """The video's own page for a YouTube or Vimeo player <iframe>, which is what an embed block takes."""
    src = src.strip()
    parts = urlsplit("https:" + src if src.startswith("//") else src)
    host = (parts.hostname or "").lower().removeprefix("www.")
    if host in ("youtube.com", "youtube-nocookie.com") and YOUTUBE_PLAYER.match(parts.path):
        video = YOUTUBE_PLAYER.match(parts.path).group(1)
        start = parse_qs(parts.query).get("start", [""])[0]
        return f"https://www.youtube.com/watch?v={video}" + (f"&t={start}" if start.isdigit() else "")
    if host == "player.vimeo.com" and VIMEO_PLAYER.match(parts.path):
        return f"https://vimeo.com/{VIMEO_PLAYER.match(parts.path).group(1)}"
    return None


class _Converter:
    def __init__(self, resolve_image, site_url, page_for_link=None, base_url=""):
        self.resolve_image = resolve_image
        self.site_url = site_url
        self.base_url = base_url
        self.page_for_link = page_for_link
        self.conversion = Conversion()
        self.pieces = []  # the <p> and lists of the paragraph block being written
        self.runs = []  # text of the paragraph or list item being written
        self.lists = []  # open lists, outermost first; nested ones are flattened into the outermost
        self.items = []  # finished items of the list being written
        self.verbatim = []  # the <pre>, <code> and code shortcodes set aside while the text is prepared
        # (caption, attachment id, caption element) for the one image of a [caption] or <figure>
        self.pending_caption = None

    # Preparing the text as WordPress would show it

    def prepare(self, html):
        text = html.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
        text = COMMENT.sub("", text)
        text = OUR_ELEMENTS.sub(r"&lt;\1", text)
        text = VERBATIM.sub(lambda match: self.set_aside(match.group(0), match.group(1).lower() == "pre"), text)
        text = replace_shortcodes(text, self.shortcode_markup)
        text = self.auto_embed(text)
        text = autop(text)
        return KEPT_PRE.sub(lambda match: self.verbatim[int(match.group(1) or match.group(2))], text)

    def set_aside(self, markup, block):
        self.verbatim.append(markup)
        number = len(self.verbatim) - 1
        return f'<pre data-wpimport-keep="{number}"></pre>' if block else f"\x00wpimport-keep-{number}\x00"

    def code_shortcode(self, shortcode):
        attributes = shortcode.attributes
        language = attributes.get("language") or attributes.get("lang") or attributes.get("brush")
        language = language or CODE_SHORTCODES[shortcode.name]
        code = shortcode.content
        if EDITOR_MARKUP.search(code):
            # Written in the visual editor: its line breaks and paragraphs are tags, and < > & " are entities.
            code = re.sub(r"<br\s*/?>\n?", "\n", code, flags=re.IGNORECASE)
            code = re.sub(r"</p>\s*<p(?:\s[^>]*)?>", "\n\n", code, flags=re.IGNORECASE)
            code = unescape(TAG.sub("", code)).strip("\n")
        elif "<" not in code:  # written in the visual editor, which stores < > & as entities
            code = unescape(code)
        return self.set_aside(f'<pre {CODE_LANGUAGE}="{escape(language)}">{escape(code)}</pre>', True)

    def shortcode_markup(self, shortcode):
        """Markup for a known shortcode (shortcodes.KNOWN_SHORTCODES); other bracketed text is never passed here."""
        name, attributes = shortcode.name, shortcode.attributes
        if name in CODE_SHORTCODES:
            # Without a closing tag it is not code but text that happens to look like a shortcode.
            return self.code_shortcode(shortcode) if shortcode.content is not None else shortcode.text
        if name in ("caption", "wp_caption"):
            inner = replace_shortcodes(shortcode.content or "", self.shortcode_markup).replace("\n", " ")
            attachment = ATTACHMENT_ID.search(attributes.get("id", ""))
            return (
                f'<{CAPTION} data-attachment="{attachment.group(1) if attachment else ""}"'
                f' data-caption="{escape(attributes.get("caption", ""))}">{inner}</{CAPTION}>'
            )
        if name == "gallery":
            ids = attributes.get("ids") or attributes.get("include") or ""
            if not re.search(r"\d", ids):
                self.warn(_("A gallery without a list of images was left out."))
                return ""
            return f'<{GALLERY} data-ids="{escape(ids)}"></{GALLERY}>'
        if name == "embed":
            return self.embed_markup(shortcode.content or "")
        if name in MEDIA_SHORTCODES:
            source = next((value for key, value in attributes.items() if EMBEDDABLE_URL.match(str(value))), "")
            self.warn(_("Media left out: [%(name)s] %(source)s") % {"name": name, "source": source})
            return ""
        raise ValueError(name)  # a name in KNOWN_SHORTCODES without a branch here

    def embed_markup(self, url):
        url = unescape(url.strip())  # WordPress stores & as &amp; in the post's HTML
        if not EMBEDDABLE_URL.fullmatch(url):
            self.warn(_("Embed left out: %(url)s") % {"url": url})
            return ""
        if _is_embeddable(url):
            return f'<{EMBED} data-url="{escape(url)}"></{EMBED}>'
        # WordPress links a URL it cannot embed.
        return f'<a href="{escape(url)}">{escape(url)}</a>'

    def auto_embed(self, text):
        if not re.search(r"(^|\s|>)https?://", text, re.IGNORECASE):
            return text
        # Line breaks inside tags don't put a URL on a line of its own.
        text = TAG.sub(lambda match: match.group(0).replace("\n", LINE_BREAK_IN_TAG), text)
        embed = self.embed_markup
        text = URL_LINE.sub(lambda match: match.group(1) + embed(match.group(2)) + match.group(3), text)
        text = URL_PARAGRAPH.sub(lambda match: match.group(1) + embed(match.group(2)) + match.group(3), text)
        return text.replace(LINE_BREAK_IN_TAG, "\n")

    # Walking the tree

    def walk(self, node, marks=()):
        for child in list(node.children):
            self.visit(child, marks)

    def visit(self, node, marks):
        if _is_text(node):
            self.text(str(node), marks)
            return
        if not isinstance(node, Tag):
            return
        name = node.name
        if name == "iframe" and video_page(node.get("src", "")) and _is_embeddable(video_page(node.get("src", ""))):
            self.add_block("embed", EmbedValue(video_page(node["src"])))
        elif name in DROPPED_ELEMENTS:
            if name in REPORTED_ELEMENTS:
                source = node.get("src") or node.get("data") or node.get("action") or ""
                self.warn(_("Embedded content left out: <%(tag)s> %(source)s") % {"tag": name, "source": source})
        elif name == "br":
            self.runs.append(("br", "", marks))
        elif name == "img":
            self.image(node)
        elif name in FORMATTING:
            mark = FORMATTING[name]
            self.walk(node, marks if mark in marks else (*marks, mark))
        elif name == "a":
            self.link(node, marks)
        elif name in HEADING_SIZES:
            self.heading(node, marks)
        elif name == "blockquote":
            self.quote(node)
        elif name in ("ul", "ol"):
            self.visit_list(node, marks)
        elif name == "li":
            self.visit_list_item(node, marks)
        elif name == "pre" or (name == "code" and "\n" in node.get_text()):
            self.code(node)
        elif name in ("td", "th"):
            self.table_cell(node, marks)
        elif name == "figure":
            self.figure(node, marks)
        elif name == CAPTION:
            self.caption_shortcode(node, marks)
        elif name == GALLERY:
            self.gallery(node)
        elif name == EMBED:
            self.add_block("embed", EmbedValue(node.get("data-url", "")))
        elif name in BLOCK_ELEMENTS:
            self.end_paragraph()
            self.walk(node, marks)
            self.end_paragraph()
        else:  # an unknown or unsupported inline element: its text stays
            self.walk(node, marks)

    def text(self, text, marks):
        self.runs.append(("text", collapse_space(text), marks))

    def link(self, node, marks):
        mark = self.link_mark(node.get("href", ""))
        if mark and not any(existing[0] == "a" for existing in marks):
            marks = (*marks, mark)
        if node.has_attr("download") or "button" in " ".join(node.get_attribute_list("class", [])):
            # A button (the file block's "Download") stood apart by the theme's CSS: a space keeps the words apart.
            self.runs.append(("text", " ", ()))
        self.walk(node, marks)

    def link_mark(self, href):
        """("a", address) or ("a", address, page ID) for a link of the post; None when it cannot be kept."""
        href = clean_href(href)
        if href and self.base_url and not urlsplit(href).scheme and not href.startswith("/"):
            href = urljoin(self.base_url, href)  # "../other-post/" meant the old site, not this one
        mark = ("a", href) if href else None
        old = on_site(href, self.site_url) if href and self.site_url else None
        if old is not None:
            page_id = self.page_for_link(old) if self.page_for_link else None
            if page_id is True:  # imported, but its page is made later in the run: linked then
                mark = ("a", old)
            elif page_id:
                mark = ("a", old, page_id)  # a link to the page the post became
            elif OLD_UPLOADS in urlsplit(old).path:
                # A document (PDF, DOCX…) of the old site: this site does not have it.
                self.warn(_("Link to a file of the old site, to upload here by hand: %(path)s") % {"path": old})
                mark = ("a", old)
            elif old not in self.conversion.old_site_links:
                self.conversion.old_site_links.append(old)
                mark = ("a", old)
            else:
                mark = ("a", old)
        return mark

    def heading(self, node, marks):
        text = collapse_space(plain_text(node, " ")).strip()
        if len(text) > HEADING_MAX:  # too long for a heading: keep it as a bold paragraph
            self.end_paragraph()
            self.walk(node, (*marks, BOLD) if BOLD not in marks else marks)
            self.end_paragraph()
        elif text:
            self.add_block("heading", {"text": text, "size": HEADING_SIZES[node.name]})
        self.media_inside(node)

    def quote(self, node):
        links = [(plain_text(link, " "), self.link_mark(link["href"])) for link in node.find_all("a", href=True)]
        attribution = ", ".join(plain_text(cite, " ") for cite in node.find_all("cite"))
        for cite in node.find_all("cite"):
            cite.decompose()
        text = plain_text(node)
        if text:
            attribution = truncate(attribution.strip(" \n—–-"), ATTRIBUTION_MAX)
            self.add_block("quote", {"text": text, "attribution": attribution})
        # The quote block holds plain text: its links follow it as source links.
        for title, mark in links:
            if title and mark and urlsplit(mark[1]).scheme in ("http", "https"):
                page = Page.objects.filter(pk=mark[2]).first() if len(mark) == 3 else None
                target = {"page": page} if page else {"url": mark[1]}
                self.add_block("source", {"title": truncate(title, SOURCE_TITLE_MAX), **target})
        self.media_inside(node)

    def media_inside(self, node):
        """Images and embeds inside an element whose text became a heading or quotation."""
        for child in node.find_all(["img", GALLERY, EMBED]):
            self.visit(child, ())

    def code(self, node):
        """<pre>, a multi-line <code> or a code shortcode: a code block, every character and space as written."""
        parts = []
        for child in node.descendants:
            if isinstance(child, Tag) and child.name == "br":
                parts.append("\n")
            elif _is_text(child) and not any(parent.name in DROPPED_ELEMENTS for parent in child.parents):
                parts.append(str(child))
        # A browser drops the line break right after <pre>; trailing blank lines show nothing.
        code = "".join(parts).replace("\r", "").removeprefix("\n").rstrip()
        if code.strip():
            self.add_block("code", {"language": code_language(node), "code": code})

    def table_cell(self, node, marks):
        """A row reads as one line, its cells separated; empty cells are skipped."""
        if not node.get_text(strip=True) and not node.find(["img", CAPTION, GALLERY, EMBED]):
            return
        if any(cell.get_text(strip=True) for cell in node.find_previous_siblings(["td", "th"])):
            self.runs.append(("text", TABLE_CELL_SEPARATOR, ()))
        self.walk(node, marks)

    # Lists: items are collected as HTML; a list inside a list adds its items to the outer one

    def visit_list(self, node, marks):
        if self.lists:
            self.end_item()
        else:
            self.end_paragraph()
        self.lists.append(node.name)
        self.walk(node, marks)
        self.end_item()
        self.lists.pop()
        if not self.lists:
            self.close_list(node.name)

    def visit_list_item(self, node, marks):
        if not self.lists:  # an <li> outside a list reads as a paragraph
            self.end_paragraph()
            self.walk(node, marks)
            self.end_paragraph()
            return
        self.end_item()
        self.walk(node, marks)
        self.end_item()

    def end_item(self):
        html = runs_to_html(self.runs)
        if html:
            self.items.append(html)
        self.runs = []

    def close_list(self, tag):
        if self.items:
            self.pieces.append(f"<{tag}>" + "".join(f"<li>{item}</li>" for item in self.items) + f"</{tag}>")
        self.items = []

    # Images

    def captioned(self, node, caption, attachment_id, marks, caption_element=None):
        """A <figure> or [caption]: its one image gets the caption; otherwise the caption stays as text."""
        images = node.find_all("img")
        if len(images) != 1:
            self.end_paragraph()
            self.walk(node, marks)
            self.end_paragraph()
            return
        self.pending_caption = (collapse_space(caption).strip(), attachment_id, caption_element)
        self.visit(images[0], marks)
        self.pending_caption = None

    def figure(self, node, marks):
        figcaption = node.find("figcaption")
        if _text_without(node, ["img", "figcaption"]):  # more than a captioned image, e.g. a table
            self.end_paragraph()
            self.walk(node, marks)
            self.end_paragraph()
            return
        self.captioned(node, plain_text(figcaption, " ") if figcaption else "", None, marks, figcaption)

    def caption_shortcode(self, node, marks):
        attachment = node.get("data-attachment")
        # The old caption="…" attribute may hold HTML: only its text counts.
        caption_attribute = plain_text(BeautifulSoup(node.get("data-caption") or "", "html.parser"), " ")
        caption = caption_attribute or _text_without(node, ["img"])
        if caption_attribute:
            element = BeautifulSoup(node.get("data-caption"), "html.parser")
        else:
            element = copy.copy(node)
            for image in element.find_all("img"):
                image.decompose()
            for emptied in element.find_all("a"):  # the link that wrapped the image
                if not emptied.get_text(strip=True):
                    emptied.decompose()
        self.captioned(node, caption, int(attachment) if attachment else None, marks, element)

    def image(self, node):
        classes = " ".join(node.get_attribute_list("class", []))
        alt = collapse_space(node.get("alt", "")).strip()
        if "wp-smiley" in classes or "emoji" in classes.split():  # an emoji WordPress drew as an image
            self.runs.append(("text", alt, ()))
            return
        caption, caption_attachment, caption_element = self.pending_caption or ("", None, None)
        self.pending_caption = None
        attachment = ATTACHMENT_CLASS.search(classes)
        ref = ImageRef(
            src=(node.get("src") or "").strip(),
            attachment_id=int(attachment.group(1)) if attachment else caption_attachment,
            alt=alt,
            caption=caption,
            title=collapse_space(node.get("title", "")).strip(),
        )
        self.add_image(ref, caption_element)

    def gallery(self, node):
        for number in re.findall(r"\d+", node.get("data-ids", "")):
            self.add_image(ImageRef(src="", attachment_id=int(number)))

    def add_image(self, ref, caption_element=None):
        if not ref.src and ref.attachment_id is None:
            self.warn(_("An image without an address was left out."))
            return
        image = self.resolve_image(ref) if self.resolve_image else None
        if image is None:
            where = ref.src or _("attachment %(id)s") % {"id": ref.attachment_id}
            self.warn(_("Image not found: %(source)s") % {"source": where})
            if ref.caption:  # the caption is the post's text: it stays where the image was, links and all
                self.caption_paragraph(ref.caption, caption_element)
            return
        # No alt is a decorative image, not one to describe with its file name or caption: an editor decides.
        if not ref.alt:
            where = ref.src or _("attachment %(id)s") % {"id": ref.attachment_id}
            if where not in self.conversion.images_without_alt:
                self.conversion.images_without_alt.append(where)
        # The block's caption is short plain text: a caption with links, or longer, follows the image whole.
        linked = caption_element is not None and any(
            clean_href(link["href"]) for link in caption_element.find_all("a", href=True)
        )
        apart = linked or len(ref.caption) > CAPTION_MAX
        caption = "" if apart else ref.caption
        self.add_block("image", {"image": image, "alt_text": truncate(ref.alt, ALT_MAX), "caption": caption})
        if apart:
            self.caption_paragraph(ref.caption, caption_element)

    def caption_paragraph(self, caption, caption_element):
        self.end_paragraph()
        if caption_element is not None:
            self.walk(caption_element, ())
        else:
            self.runs.append(("text", caption, ()))
        self.end_paragraph()

    # Blocks

    def end_paragraph(self):
        if self.lists:  # paragraphs inside a list item become line breaks
            shown = [run for run in self.runs if run[0] == "br" or run[1].strip(" ")]
            if shown and shown[-1][0] != "br":
                self.runs.append(("br", "", ()))
            return
        html = runs_to_html(self.runs)
        if html:
            self.pieces.append(f"<p>{html}</p>")
            if not self.conversion.first_paragraph_text:
                self.conversion.first_paragraph_text = runs_to_text(self.runs)
        self.runs = []

    def flush_paragraphs(self):
        if self.lists:
            self.end_item()
            self.close_list(self.lists[0])
        else:
            self.end_paragraph()
        if self.pieces:
            html = to_database_html("".join(self.pieces))
            self.conversion.blocks.append(("paragraph", RichText(html)))
        self.pieces = []

    def add_block(self, block_type, value):
        self.flush_paragraphs()
        self.conversion.blocks.append((block_type, value))

    def warn(self, message):
        message = truncate(message, WARNING_MAX)  # a data: URI can be megabytes long
        if message not in self.conversion.warnings:
            self.conversion.warnings.append(message)

    def finish(self):
        self.lists = []
        self.flush_paragraphs()
        return self.conversion
