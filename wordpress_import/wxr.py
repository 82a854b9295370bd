"""Reading a WordPress export (WXR 1.0, 1.1 and 1.2) into plain data, before anything is changed.

The whole file is parsed up front, with defusedxml: entity declarations (billion laughs) and
external entities are refused rather than expanded. Authors, comments and e-mail addresses are
never read: they are personal data this site does not take over.
"""

import codecs
import datetime
import html
import re
import xml.etree.ElementTree as ET  # noqa: S405 - only for the ParseError class; parsing goes through defusedxml
from dataclasses import dataclass, field
from urllib.parse import unquote

import defusedxml
import defusedxml.ElementTree
from django.utils.html import strip_tags
from django.utils.text import slugify
from django.utils.translation import gettext as _

CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"
WP_NS = re.compile(r"^https?://wordpress\.org/export/(1\.\d+)/$")
EXCERPT_NS = re.compile(r"^https?://wordpress\.org/export/1\.\d+/excerpt/$")
NO_DATE = "0000-00-00 00:00:00"
RAW_TEXT_ELEMENT = re.compile(r"<(script|style)\b.*?(?:</\1\s*>|\Z)", re.IGNORECASE | re.DOTALL)
XML_DECLARATION_ENCODING = re.compile(rb"""^(?:\xef\xbb\xbf)?<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")


class WXRError(Exception):
    """The file cannot be imported; the message says why, in the user's language."""


@dataclass(frozen=True)
class Term:
    slug: str
    name: str


@dataclass
class Item:
    wp_id: int
    post_type: str
    status: str
    title: str
    link: str
    slug: str
    content: str
    excerpt: str
    post_date: datetime.datetime | None
    post_date_gmt: datetime.datetime | None
    modified_gmt: datetime.datetime | None
    has_password: bool
    parent_id: int
    menu_order: int
    categories: list[Term] = field(default_factory=list)
    tags: list[Term] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    attachment_url: str = ""

    @property
    def thumbnail_id(self):
        value = self.meta.get("_thumbnail_id", "")
        return int(value) if value.isdigit() else None


@dataclass
class Export:
    version: str
    title: str
    link: str
    language: str
    base_site_url: str
    base_blog_url: str
    categories: dict[str, str]
    tags: dict[str, str]
    items: list[Item]

    @property
    def source(self):
        """Which WordPress site this came from: the key, with the post ID, of everything imported."""
        return self.site_url.lower().rstrip("/")[:255]

    @property
    def site_url(self):
        """The blog's own address (a WordPress.com export gives "wordpress.com" as the site)."""
        return (self.base_blog_url or self.base_site_url or self.link).strip()

    @property
    def attachments(self):
        return [item for item in self.items if item.post_type == "attachment"]


def parse(path):
    """The export at `path`, or WXRError when it is broken, unsafe or not a WordPress export."""
    check_declared_encoding(path)
    try:
        tree = defusedxml.ElementTree.parse(path, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except ET.ParseError as error:
        line, column = error.position
        raise WXRError(
            _(
                "The file is not well-formed XML (broken or cut short): "
                "the parser stopped at line %(line)s, column %(column)s."
            )
            % {"line": line, "column": column + 1}
        ) from None
    except defusedxml.DefusedXmlException:
        raise WXRError(_("The file declares XML entities, which are refused for safety.")) from None
    except OSError as error:
        raise WXRError(_("The file cannot be read: %(error)s") % {"error": error.strerror or error}) from None
    return read_export(tree.getroot())


def check_declared_encoding(path):
    """Refuses UTF-8 text declared as another encoding, which would otherwise be read as garbled text.

    WordPress writes the site's "blog_charset" in the declaration; an old site set to ISO-8859-2 while
    its database held UTF-8 exports UTF-8 labelled ISO-8859-2. Text really in such an encoding is
    almost never valid UTF-8, so valid UTF-8 beyond ASCII means the label is wrong.
    """
    try:
        with open(path, "rb") as file:
            declared = XML_DECLARATION_ENCODING.match(file.read(200))
            if declared is None:
                return
            encoding = declared.group(1).decode("ascii")
            try:
                if codecs.lookup(encoding).name in ("utf-8", "ascii"):
                    return
            except LookupError:
                return  # the parser reports an encoding it does not know
            file.seek(0)
            data = file.read()
    except OSError:
        return  # the parser reports it
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return
    if data.isascii():
        return
    raise WXRError(
        _(
            "The file says its text is in the %(encoding)s encoding, but it is in UTF-8, so Polish letters "
            'would come out garbled. Change encoding="%(encoding)s" to encoding="UTF-8" on its first '
            "line and run the import again."
        )
        % {"encoding": encoding}
    )


def read_export(root):
    channel = root.find("channel")
    namespaces = {tag_namespace(element.tag) for element in root.iter() if isinstance(element.tag, str)}
    wp_ns = next((ns for ns in namespaces if WP_NS.match(ns)), None)
    if root.tag != "rss" or channel is None or wp_ns is None:
        raise WXRError(_("The file is XML but not a WordPress export (WXR): no RSS channel with WordPress data."))
    reader = Reader(wp_ns, next((ns for ns in namespaces if EXCERPT_NS.match(ns)), ""))
    return Export(
        version=reader.text(channel, "wxr_version") or WP_NS.match(wp_ns).group(1),
        title=plain_text(text_of(channel.find("title"))),
        link=text_of(channel.find("link")),
        language=text_of(channel.find("language")),
        base_site_url=reader.text(channel, "base_site_url"),
        base_blog_url=reader.text(channel, "base_blog_url"),
        categories={
            decode_slug(reader.text(element, "category_nicename")): plain_text(reader.text(element, "cat_name"))
            for element in channel.findall(reader.wp("category"))
        },
        tags={
            decode_slug(reader.text(element, "tag_slug")): plain_text(reader.text(element, "tag_name"))
            for element in channel.findall(reader.wp("tag"))
        },
        items=[reader.item(element) for element in channel.findall("item")],
    )


class Reader:
    def __init__(self, wp_ns, excerpt_ns):
        self.wp_ns = wp_ns
        self.excerpt_ns = excerpt_ns

    def wp(self, name):
        return f"{{{self.wp_ns}}}{name}"

    def text(self, element, name):
        return text_of(element.find(self.wp(name)))

    def item(self, element):
        wp_id = self.text(element, "post_id")
        if not wp_id.isdigit():
            raise WXRError(_("An item has no valid post ID (wp:post_id): %(value)r.") % {"value": wp_id[:40]})
        terms = {"category": [], "post_tag": []}
        for category in element.findall("category"):
            domain = category.get("domain")
            if domain in terms and category.get("nicename"):
                terms[domain].append(Term(decode_slug(category.get("nicename")), plain_text(text_of(category))))
        meta = {}
        for postmeta in element.findall(self.wp("postmeta")):
            meta[self.text(postmeta, "meta_key")] = self.text(postmeta, "meta_value")
        excerpt = element.find(f"{{{self.excerpt_ns}}}encoded") if self.excerpt_ns else None
        return Item(
            wp_id=int(wp_id),
            post_type=self.text(element, "post_type"),
            status=self.text(element, "status"),
            title=plain_text(text_of(element.find("title"))),
            link=text_of(element.find("link")),
            slug=decode_slug(self.text(element, "post_name")),
            content=raw_text_of(element.find(f"{{{CONTENT_NS}}}encoded")),
            excerpt=raw_text_of(excerpt),
            post_date=parse_date(self.text(element, "post_date")),
            post_date_gmt=parse_date(self.text(element, "post_date_gmt"), utc=True),
            modified_gmt=parse_date(self.text(element, "post_modified_gmt"), utc=True),
            has_password=bool(self.text(element, "post_password")),
            parent_id=int_or_zero(self.text(element, "post_parent")),
            menu_order=int_or_zero(self.text(element, "menu_order")),
            categories=unique(terms["category"]),
            tags=unique(terms["post_tag"]),
            meta=meta,
            attachment_url=self.text(element, "attachment_url"),
        )


def tag_namespace(tag):
    return tag[1:].split("}", 1)[0] if tag.startswith("{") else ""


def text_of(element):
    return (element.text or "").strip() if element is not None else ""


def raw_text_of(element):
    """Post content keeps its own line breaks: blank lines make WordPress's paragraphs."""
    return (element.text or "") if element is not None else ""


def plain_text(value):
    """Titles, term names and excerpts: WordPress stores them with HTML entities, sometimes with markup."""
    # strip_tags keeps the text inside tags: a script's or a style's would read as words.
    return " ".join(html.unescape(strip_tags(RAW_TEXT_ELEMENT.sub(" ", value))).split())


def decode_slug(value):
    """WordPress keeps non-ASCII slugs percent-encoded (`podsumowuj%c4%85ca`)."""
    return slugify(unquote(value.strip()), allow_unicode=True)


def parse_date(value, utc=False):
    if not value or value == NO_DATE:
        return None
    try:
        moment = datetime.datetime.strptime(value, "%Y-%m-%d %H:%M:%S")
    except ValueError:
        return None
    return moment.replace(tzinfo=datetime.UTC) if utc else moment


def int_or_zero(value):
    return int(value) if value.isdigit() else 0


def unique(terms):
    seen = {}
    for term in terms:
        seen.setdefault(term.slug, term)
    return list(seen.values())
