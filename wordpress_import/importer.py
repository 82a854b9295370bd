"""The import itself: WordPress posts (and optionally pages) into the site's news and standard pages.

Everything goes through Wagtail's own revision and publishing, so the page cache, search index
and logs react as they do to an editor's change. The whole run is one transaction; running it
again with the same file changes nothing (each item's fingerprint is remembered).
"""

import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from bs4 import BeautifulSoup
from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Locale, Page
from wagtail.rich_text import RichText

from core.slugs import ascii_slugify
from home.models import HomePage, StandardPage
from news.models import NewsCategory, NewsIndexPage, NewsPage

from . import content, wxr
from .addresses import is_served
from .images import ImageResolver
from .models import ImportedPost

# Bumped when the importer starts making pages differently, so the next run updates them all.
FORMAT_VERSION = 3  # 2: code blocks, literal brackets, empty alt kept, links to new pages, video frames; 3: links kept
LEAD_LENGTH = 300
SLUG_LENGTH = 240  # leaves room for a "-2" suffix within the 255 characters of a slug
DRAFT_STATUSES = {"draft", "pending", "private", "future"}
IGNORED_STATUSES = {"trash", "auto-draft", "inherit"}


class ImportRefused(Exception):
    """The import cannot start (no place to put the pages, an unknown language...)."""


class ImportFailed(Exception):
    """An item could not be imported: the whole run was rolled back."""


@dataclass
class Options:
    locale: str | None = None
    parent: str | None = None
    pages: bool = False
    pages_parent: str | None = None
    skip_drafts: bool = False
    uploads: str | None = None
    fetch: bool = True
    fetch_hosts: tuple = ()  # hosts besides the export's own site that images may be fetched from
    dry_run: bool = False
    progress_every: int = 100


@dataclass
class Summary:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    recreated: int = 0
    drafts: int = 0
    skipped: Counter = field(default_factory=Counter)
    categories_created: int = 0
    redirects_created: int = 0
    redirects_updated: int = 0
    redirects_skipped: dict = field(default_factory=dict)  # old address the site serves itself -> post
    images_imported: list = field(default_factory=list)
    images_missing: dict = field(default_factory=dict)  # address -> (reason, IDs of the posts using it)
    images_planned: dict = field(default_factory=dict)  # dry run: address -> how it would be had
    images_without_alt: dict = field(default_factory=dict)  # address -> posts showing it without a description
    old_site_links: dict = field(default_factory=dict)  # link to an old page not imported -> posts linking to it
    warnings: list = field(default_factory=list)


class Reporter:
    """Where messages go; the command gives one that writes to its stdout and stderr."""

    def action(self, message):
        """One line per item: shown in a dry run or with more verbosity."""

    def warning(self, message):
        """Something the user should look at; the import goes on."""

    def progress(self, done, total):
        """A sign of life on large exports."""


class Importer:
    def __init__(self, export, options=None, reporter=None):
        self.export = export
        self.options = options or Options()
        self.reporter = reporter or Reporter()
        self.summary = Summary()
        self.resolver = ImageResolver(
            export,
            uploads_dir=self.options.uploads,
            fetch=self.options.fetch,
            dry_run=self.options.dry_run,
            fetch_hosts=self.options.fetch_hosts,
        )
        self.categories = {}
        self.told_about_placement = False
        self.link_targets = {}  # old address (normalised) -> ID of the post imported from it
        self.linking_later = set()  # posts linking to a post whose page is made later in the run
        self.current_item = None

    # The run

    def run(self):
        self.locale = self.choose_locale()
        self.news_parent = self.choose_news_parent()
        self.pages_parent = self.choose_pages_parent() if self.options.pages else None
        items = self.ordered_items()
        for item in items:
            if item.status == "publish" and not item.has_password and (item.post_type == "post" or self.options.pages):
                for path in old_paths(item, self.export.site_url):
                    self.link_targets.setdefault(path, item.wp_id)
        if self.options.dry_run:
            self.import_items(items)
            return self.finish()
        try:
            with transaction.atomic():
                self.import_items(items)
                self.link_to_later_pages(items)
        except BaseException:
            # The rows are rolled back; the files written for them would be left behind.
            self.resolver.discard_files()
            raise
        return self.finish()

    def import_items(self, items):
        total = len(items)
        for done, item in enumerate(items, start=1):
            try:
                self.import_item(item)
            except Exception as error:
                raise ImportFailed(
                    _("Stopped at %(post)s (%(error)s). Nothing was changed.")
                    % {"post": describe(item), "error": f"{type(error).__name__}: {error}"}
                ) from error
            if self.options.progress_every and (done % self.options.progress_every == 0 or done == total):
                self.reporter.progress(done, total)

    def page_for_link(self, url):
        """For the converter: the page made from the old post at `url`; True if it is made later in this run."""
        wp_id = self.link_targets.get(Redirect.normalise_path(url))
        if wp_id is None:
            return None
        record = ImportedPost.objects.filter(source=self.export.source, wp_id=wp_id, page__isnull=False).first()
        if record is not None:
            return record.page_id
        if self.current_item is not None:
            self.linking_later.add(self.current_item.wp_id)
        return True

    def link_to_later_pages(self, items):
        """Posts linking to posts imported after them: their links now point at the new pages."""
        for item in items:
            if item.wp_id not in self.linking_later:
                continue
            record = ImportedPost.objects.filter(source=self.export.source, wp_id=item.wp_id).first()
            if record is None or record.page_id is None:
                continue
            page = record.page.specific
            page.body = self.page_fields(item, quiet=True)[0]["body"]
            revision = page.save_revision()
            if page.live:
                revision.publish()
                self.set_publication_dates(page, item)

    def finish(self):
        summary = self.summary
        summary.images_imported = list(self.resolver.imported)
        summary.images_planned = dict(self.resolver.planned)
        return summary

    def ordered_items(self):
        """Attachments are only looked up; pages come after their parent pages; an ID given twice, the first one.

        A hand-made or merged export may hold two items with one wp:post_id. Both can't be the same page,
        and taking the last would flip the page between them on every run: the first one wins, in the dry
        run, the import and every run after.
        """
        items, seen = [], {}
        for item in self.export.items:
            if item.post_type == "attachment":
                continue
            if item.wp_id in seen:
                self.warn(
                    _("The post ID %(id)s is in the file more than once: %(post)s was left out, %(first)s imported.")
                    % {"id": item.wp_id, "post": describe(item), "first": describe(seen[item.wp_id])}
                )
                continue
            seen[item.wp_id] = item
            items.append(item)
        by_id = {item.wp_id: item for item in items if item.post_type == "page"}

        def depth(item):
            seen, level = set(), 0
            while item.post_type == "page" and item.parent_id in by_id and item.wp_id not in seen:
                seen.add(item.wp_id)
                item, level = by_id[item.parent_id], level + 1
            return level

        return sorted(items, key=lambda item: (item.post_type == "page", depth(item)))

    # Where pages go

    def choose_locale(self):
        codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
        if self.options.locale:
            if self.options.locale not in codes:
                raise ImportRefused(
                    _("Unknown language %(code)s: choose one of %(codes)s.")
                    % {"code": self.options.locale, "codes": ", ".join(codes)}
                )
            code = self.options.locale
        else:
            code = language_of(self.export.language, codes)
            if code is None:
                code = settings.LANGUAGE_CODE
                if self.export.language:
                    self.warn(
                        _("The export's language %(language)s is not one of the site's: importing into %(code)s.")
                        % {"language": self.export.language, "code": code}
                    )
        locale = Locale.objects.filter(language_code=code).first()
        if locale is None:
            raise ImportRefused(_("The site has no %(code)s locale.") % {"code": code})
        return locale

    def choose_news_parent(self):
        if self.options.parent:
            parent = find_page(self.options.parent)
            if not NewsPage.can_create_at(parent):
                raise ImportRefused(
                    _("News pages cannot be added under “%(title)s”: choose a news index.") % {"title": parent.title}
                )
            return parent
        parent = NewsIndexPage.objects.filter(locale=self.locale).order_by("-live", "path").first()
        if parent is None:
            raise ImportRefused(
                _("There is no news index in %(language)s: create one, or choose the parent with --parent.")
                % {"language": self.locale.get_display_name()}
            )
        return parent

    def choose_pages_parent(self):
        if self.options.pages_parent:
            parent = find_page(self.options.pages_parent)
            if not StandardPage.can_create_at(parent):
                raise ImportRefused(_("Standard pages cannot be added under “%(title)s”.") % {"title": parent.title})
            return parent
        home = HomePage.objects.filter(locale=self.news_parent.locale).order_by("path").first()
        if home is None:
            raise ImportRefused(_("There is no home page to put the pages under: choose one with --pages-parent."))
        return home

    # One item

    def import_item(self, item):
        kind = self.classify(item)
        if kind is None:
            return
        record = ImportedPost.objects.filter(source=self.export.source, wp_id=item.wp_id).first()
        page = record.page.specific if record is not None and record.page_id else None
        fingerprint = self.fingerprint(item)
        label = describe(item)
        if page is not None and item.post_type == "post" and not self.told_about_placement:
            self.tell_if_placed_elsewhere(page, label)
        fields = None
        if page is not None and record.fingerprint == fingerprint:
            if record.missing_images:
                # Unchanged, but its missing images are tried again: if they are still missing, nothing to do.
                fields, missing = self.page_fields(item)
            if not record.missing_images or missing == record.missing_images:
                self.summary.unchanged += 1
                self.reporter.action(_("unchanged: %(post)s") % {"post": label})
                return
        if self.options.dry_run:
            self.plan(item, record, page, computed=fields is not None)
            return
        if fields is None:
            fields, missing = self.page_fields(item)
        publish = kind == "publish"
        if page is None:
            page = self.create_page(item, fields, publish)
            if record is not None:
                self.summary.recreated += 1
                self.reporter.action(_("recreated (its page had been deleted): %(post)s") % {"post": label})
            else:
                self.summary.created += 1
                self.reporter.action(_("created: %(post)s") % {"post": label})
        else:
            self.update_page(page, item, fields, publish)
            self.summary.updated += 1
            self.reporter.action(_("updated: %(post)s") % {"post": label})
        if publish:
            self.set_publication_dates(page, item)
            self.ensure_redirects(page, item)
        else:
            self.summary.drafts += 1
            self.remove_redirects(page, item)
        ImportedPost.objects.update_or_create(
            source=self.export.source,
            wp_id=item.wp_id,
            defaults={
                "post_type": item.post_type,
                "page": page,
                "fingerprint": fingerprint,
                "missing_images": missing,
            },
        )

    def tell_if_placed_elsewhere(self, page, label):
        """A post imported earlier is not moved: a run meant to put the posts elsewhere must say so (once)."""
        if page.path.startswith(self.news_parent.path) and page.depth == self.news_parent.depth + 1:
            return
        self.told_about_placement = True
        self.warn(
            _(
                "Posts imported earlier stay where they are, e.g. %(post)s at %(url)s: --parent and --locale only "
                "place new posts. Move those pages, or delete them and run the import again."
            )
            % {"post": label, "url": page.get_url() or page.url_path}
        )

    def classify(self, item):
        """Whether the item is published ("publish") or a draft ("draft"); None when skipped (and counted)."""
        if item.post_type not in ("post", "page"):
            self.skip(item, _("type %(type)s") % {"type": item.post_type or "?"})
            return None
        if item.post_type == "page" and not self.options.pages:
            self.skip(item, _("page (import pages with --pages)"))
            return None
        if item.status in IGNORED_STATUSES or (item.status != "publish" and item.status not in DRAFT_STATUSES):
            self.skip(item, _("status %(status)s") % {"status": item.status or "?"})
            return None
        if item.status == "publish" and not item.has_password:
            return "publish"
        if self.options.skip_drafts:
            self.skip(item, _("not published (--skip-drafts)"))
            return None
        if item.has_password:
            self.warn(_("%(post)s is password-protected: imported as a draft.") % {"post": describe(item)})
        return "draft"

    def skip(self, item, reason):
        self.summary.skipped[reason] += 1
        self.reporter.action(_("skipped, %(reason)s: %(post)s") % {"reason": reason, "post": describe(item)})

    def fingerprint(self, item):
        attachment = self.resolver.attachments_by_id.get(item.thumbnail_id)
        data = {
            "format": FORMAT_VERSION,
            "type": item.post_type,
            "status": item.status,
            "password": item.has_password,
            "title": item.title,
            "slug": item.slug,
            "content": item.content,
            "excerpt": item.excerpt,
            "date": str(item.post_date),
            "date_gmt": str(item.post_date_gmt),
            "modified_gmt": str(item.modified_gmt),
            "parent": item.parent_id,
            "categories": [(term.slug, self.category_name(term)) for term in item.categories],
            "tags": [term.name for term in item.tags],
            "thumbnail": attachment.attachment_url if attachment else None,
        }
        return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()

    def plan(self, item, record, page, computed):
        """A dry run: say what would happen, and look at the images without fetching them."""
        label = describe(item)
        if page is None and record is not None:
            self.summary.recreated += 1
            self.reporter.action(_("would recreate (its page had been deleted): %(post)s") % {"post": label})
        elif page is None:
            self.summary.created += 1
            self.reporter.action(_("would create: %(post)s") % {"post": label})
        else:
            self.summary.updated += 1
            self.reporter.action(_("would update: %(post)s") % {"post": label})
        if not computed:
            self.page_fields(item)
        for term in item.categories if item.post_type == "post" else []:
            if not NewsCategory.objects.filter(locale=self.locale_of_new(item), slug=term.slug[:100]).exists():
                self.categories.setdefault(term.slug, None)
        self.summary.categories_created = len(self.categories)
        if item.status == "publish" and not item.has_password:
            self.summary.redirects_created += len(
                [path for path in self.redirect_paths(item) if not Redirect.objects.filter(old_path=path).exists()]
            )
        else:
            self.summary.drafts += 1

    def locale_of_new(self, item):
        return self.news_parent.locale if item.post_type == "post" else self.pages_parent.locale

    # Page content

    def page_fields(self, item, quiet=False):
        """The page's fields from the item, and the images that could not be had (reported unless `quiet`)."""
        self.resolver.begin_post()
        self.current_item = item
        conversion = content.convert(
            item.content,
            resolve_image=self.resolver,
            site_url=self.export.site_url,
            base_url=item.link,
            page_for_link=self.page_for_link,
        )
        self.current_item = None
        if not quiet:
            self.report_conversion(item, conversion)
        title = item.title or _("WordPress post %(id)s") % {"id": item.wp_id}
        fields = {"title": title[:255], "body": conversion.blocks}
        excerpt = plain_text(item.excerpt)
        if item.post_type == "post":
            lead = shorten(excerpt or conversion.first_paragraph_text or title, LEAD_LENGTH)
            if not excerpt:
                # The page shows the lead above the body: a paragraph used whole as the lead is not repeated.
                fields["body"] = without_opening_paragraph(conversion.blocks, lead)
            fields.update(
                date=self.local_date(item),
                lead=lead,
                listing_image=self.resolver.resolve_attachment(item.thumbnail_id) if item.thumbnail_id else None,
                categories=list(item.categories),
                tags=[term.name[:100] for term in item.tags if term.name],
            )
        else:
            fields["intro"] = excerpt
        for missing in self.resolver.post_missing if not quiet else []:
            self.summary.images_missing.setdefault(missing.url, (missing.reason, []))[1].append(item.wp_id)
        return fields, sorted(missing.url for missing in self.resolver.post_missing)

    def report_conversion(self, item, conversion):
        for warning in conversion.warnings:
            self.warn(f"{describe(item)}: {warning}")
        for found, listed in (
            (conversion.images_without_alt, self.summary.images_without_alt),
            (conversion.old_site_links, self.summary.old_site_links),
        ):
            for address in found:
                posts = listed.setdefault(address, [])
                if describe(item) not in posts:
                    posts.append(describe(item))

    @staticmethod
    def local_date(item):
        if item.post_date is not None:
            return item.post_date.date()
        if item.post_date_gmt is not None:
            return timezone.localdate(item.post_date_gmt)
        return timezone.localdate()

    def apply(self, page, fields):
        for name, value in fields.items():
            if name == "categories":
                page.categories = [self.category(term, page.locale) for term in value]
            elif name == "tags":
                page.tags.set(value)
            else:
                setattr(page, name, value)

    def create_page(self, item, fields, publish):
        parent = self.news_parent if item.post_type == "post" else self.parent_for_page(item)
        page_class = NewsPage if item.post_type == "post" else StandardPage
        base_slug = ascii_slugify(item.slug or fields["title"]) or f"wordpress-{item.wp_id}"
        page = page_class(slug=unique_slug(base_slug, parent), locale=parent.locale, live=False)
        self.apply(page, fields)
        parent.add_child(instance=page)
        revision = page.save_revision()
        if publish:
            revision.publish()
        return page

    def update_page(self, page, item, fields, publish):
        self.apply(page, fields)
        if item.slug:
            page.slug = unique_slug(ascii_slugify(item.slug) or page.slug, page.get_parent(), page)
        revision = page.save_revision()
        if publish:
            revision.publish()
        elif page.live:
            # No longer public on the old site: not public here either.
            page.unpublish()

    def parent_for_page(self, item):
        """A WordPress child page goes under the page made from its parent, when there is one."""
        if item.parent_id:
            record = ImportedPost.objects.filter(source=self.export.source, wp_id=item.parent_id).first()
            if record is not None and record.page_id:
                parent = record.page.specific
                if StandardPage.can_create_at(parent):
                    return parent
        return self.pages_parent

    def set_publication_dates(self, page, item):
        """The post's own dates, not the moment of the import: listings and "published" reflect them."""
        first = item.post_date_gmt or (timezone.make_aware(item.post_date) if item.post_date else None)
        if first is None:
            return
        last = max(item.modified_gmt or first, first)
        Page.objects.filter(pk=page.pk).update(first_published_at=first, last_published_at=last)
        page.first_published_at, page.last_published_at = first, last

    # Categories and redirects

    def category_name(self, term):
        return (self.export.categories.get(term.slug) or term.name or term.slug)[:100]

    def category(self, term, locale):
        slug = term.slug[:100]
        key = (locale.pk, slug)
        if key not in self.categories:
            category = NewsCategory.objects.filter(locale=locale, slug=slug).first()
            if category is None:
                category = NewsCategory.objects.create(locale=locale, slug=slug, name=self.category_name(term))
                self.summary.categories_created += 1
            self.categories[key] = category
        return self.categories[key]

    def redirect_paths(self, item, new_path=None):
        """The old addresses to redirect, without those the site serves itself (which are reported)."""
        site = self.news_parent.get_site()
        paths = []
        for path in old_paths(item, self.export.site_url):
            if path == new_path:
                continue
            if is_served(path, site):
                self.summary.redirects_skipped[path] = describe(item)
                continue
            paths.append(path)
        return paths

    def ensure_redirects(self, page, item):
        site = page.get_site()
        new_path = Redirect.normalise_path(page.get_url() or "")
        for path in self.redirect_paths(item, new_path):
            redirect = Redirect.objects.filter(old_path=path, site=site).first()
            if redirect is None:
                Redirect.objects.create(old_path=path, site=site, redirect_page=page, is_permanent=True)
                self.summary.redirects_created += 1
            elif redirect.redirect_page_id != page.pk:
                if redirect.redirect_page_id is not None or redirect.redirect_link:
                    # An editor's redirect, or another site's post with the same address: theirs stays.
                    self.warn(_("%(path)s already redirects elsewhere; that redirect was kept.") % {"path": path})
                    continue
                redirect.redirect_page, redirect.is_permanent = page, True
                redirect.save()
                self.summary.redirects_updated += 1

    def remove_redirects(self, page, item):
        Redirect.objects.filter(redirect_page=page, old_path__in=old_paths(item, self.export.site_url)).delete()

    def warn(self, message):
        self.summary.warnings.append(message)
        self.reporter.warning(message)


def language_of(language, codes):
    """The site's language for an export's `<language>` (`pl-PL` → `pl`), or None."""
    language = language.strip().lower().replace("_", "-")
    if language in codes:
        return language
    primary = language.split("-")[0]
    return primary if primary in codes else None


def find_page(value):
    """A page by ID or by its address on the site (`/pl/aktualnosci/`)."""
    value = value.strip()
    if value.isdigit():
        page = Page.objects.filter(pk=int(value)).first()
    else:
        path = "/" + urlsplit(value).path.strip("/") + "/"
        slug = path.rstrip("/").rsplit("/", 1)[-1]
        # A home page's address is its language prefix (/pl/), not its slug: the site roots are looked at too.
        roots = Q(depth=2)
        candidates = Page.objects.filter(Q(slug=slug, depth__gt=1) | roots if slug else roots)
        page = next((page for page in candidates if page_path(page) == path.replace("//", "/")), None)
    if page is None:
        raise ImportRefused(_("No page %(value)s on this site.") % {"value": value})
    return page.specific


def page_path(page):
    parts = page.get_url_parts()
    return parts[2] if parts else None


def old_paths(item, site_url):
    """The addresses the post had on the old site: its permalink and WordPress's `?p=` form."""
    paths = []
    # "//greek/x" is "/greek/x" to WordPress, and a host to Wagtail's redirect lookup: the single-slash form.
    link = urlsplit(item.link)._replace(scheme="", netloc="")
    link = link._replace(path=re.sub(r"/{2,}", "/", link.path))
    if link.path.strip("/") or link.query:
        paths.append(Redirect.normalise_path(link.geturl()))
    # A blog in a folder (example.org/blog/) answers `?p=` there.
    home = urlsplit(site_url).path.rstrip("/")
    paths.append(Redirect.normalise_path(f"{home}/?p={item.wp_id}"))
    if item.post_type == "page":
        paths.append(Redirect.normalise_path(f"{home}/?page_id={item.wp_id}"))
    return [path for path in dict.fromkeys(paths) if len(path) <= 255]


def slug_is_free(slug, parent, page=None):
    """Whether no other child of parent has this slug (what Wagtail checks before saving a page)."""
    siblings = parent.get_children()
    if page is not None and page.pk:
        siblings = siblings.not_page(page)
    return not siblings.filter(slug=slug).exists()


def unique_slug(base, parent, page=None):
    base = base[:SLUG_LENGTH].strip("-") or "wordpress"
    candidate, suffix = base, 1
    while not slug_is_free(candidate, parent, page):
        suffix += 1
        candidate = f"{base}-{suffix}"
    return candidate


def plain_text(value):
    return wxr.plain_text(value or "")


def without_opening_paragraph(blocks, text):
    """The blocks minus the body's first paragraph when its plain text is exactly `text`."""
    if not blocks or blocks[0][0] != "paragraph":
        return blocks
    soup = BeautifulSoup(blocks[0][1].source, "html.parser")
    first = soup.find(True)
    if first is None or first.name != "p" or " ".join(first.get_text(" ").split()) != text:
        return blocks
    if first.find("a"):  # the lead is plain text: its links would be lost
        return blocks
    first.decompose()
    rest = str(soup).strip()
    return ([("paragraph", RichText(rest))] if rest else []) + list(blocks[1:])


def shorten(text, limit):
    """At a word boundary, with an ellipsis when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit + 1].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(" ,;:.–-") + "…"


def describe(item):
    return _("%(type)s #%(id)s “%(title)s”") % {
        "type": item.post_type,
        "id": item.wp_id,
        "title": (item.title or "")[:80],
    }
