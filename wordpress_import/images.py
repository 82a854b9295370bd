"""Turning the images a WordPress post uses into Wagtail images, each file once.

An image is found through the export's attachments (by attachment ID, or by address with or
without WordPress's `-300x200` size suffix), then read from a local copy of wp-content/uploads
or fetched from the old site. Each becomes one Wagtail image, remembered by its original
address so later runs reuse it. One that cannot be had is reported and the import goes on.
"""

import io
import posixpath
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import PIL.Image
from django.conf import settings
from django.core.files.images import ImageFile
from django.utils.translation import gettext as _
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtail.utils.file import hash_filelike

from .fetch import FetchFailed, fetch
from .models import ImportedImage

SIZE_SUFFIX = re.compile(r"-\d+x\d+(?=\.[A-Za-z0-9]+$)")
UPLOADS_MARKER = "/wp-content/uploads/"
FETCH_TIMEOUT_SECONDS = 10
# Pillow's format names for the extensions the site accepts (WAGTAILIMAGES_EXTENSIONS).
FORMAT_EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "GIF": "gif", "WEBP": "webp"}


class Unavailable(Exception):
    """Why one image cannot be had (a translated reason)."""


@dataclass
class Missing:
    url: str
    reason: str


def url_path(url):
    return unquote(urlsplit(url.strip()).path)


def site_hosts(export, extra_hosts=()):
    """The hosts images may come from: the export's own site (with and without www.) and those given by the user.

    Not the hosts in attachment addresses: those are the export's word, and an export can name any host.
    """
    hosts = set()
    for url in (export.base_site_url, export.base_blog_url, export.link, *extra_hosts):
        url = url.strip()
        host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower()
        if host:
            hosts |= {host, host.removeprefix("www."), "www." + host.removeprefix("www.")}
    return hosts


def without_size_suffix(url):
    parts = urlsplit(url.strip())
    return parts._replace(path=SIZE_SUFFIX.sub("", parts.path)).geturl()


class ImageResolver:
    """Called by the converter for each image in a post: a Wagtail image, or None (and a report)."""

    def __init__(self, export, *, uploads_dir=None, fetch=True, dry_run=False, fetch_hosts=()):
        self.attachments_by_id = {}
        for item in export.attachments:  # an ID given twice: the first one counts, as for posts
            if item.attachment_url:
                self.attachments_by_id.setdefault(item.wp_id, item)
        self.attachments_by_path = {}
        for item in self.attachments_by_id.values():
            self.attachments_by_path.setdefault(url_path(item.attachment_url), item)
        self.site_hosts = site_hosts(export, fetch_hosts)
        self.site_url = export.site_url
        self.uploads_dir = Path(uploads_dir).resolve() if uploads_dir else None
        self.fetch = fetch
        self.dry_run = dry_run
        self.max_bytes = getattr(settings, "WAGTAILIMAGES_MAX_UPLOAD_SIZE", 10 * 1024 * 1024)
        self.max_pixels = getattr(settings, "WAGTAILIMAGES_MAX_IMAGE_PIXELS", 128_000_000)
        self.found = {}  # source address -> image (or, in a dry run, what would be done)
        self.failed = {}  # source address -> reason, so a missing image is tried once per run
        self.imported = []  # source addresses of the images made in this run
        self.planned = {}  # dry run: source address -> "uploads" / "fetch" / "existing"
        self.stored_files = []  # written in this run: deleted if the run is rolled back
        self.post_missing = []  # the current post's missing images, read by the importer

    def begin_post(self):
        self.post_missing = []

    def __call__(self, ref):
        return self.resolve(ref.src, attachment_id=ref.attachment_id, title=ref.title or ref.alt)

    def resolve_attachment(self, wp_id):
        """The featured image of a post (postmeta `_thumbnail_id`)."""
        attachment = self.attachments_by_id.get(wp_id)
        if attachment is None:
            self.report(f"#{wp_id}", _("attachment %(id)s is not in the export") % {"id": wp_id})
            return None
        return self.resolve(attachment.attachment_url, attachment_id=wp_id)

    def resolve(self, src, *, attachment_id=None, title=""):
        attachment = self.find_attachment(src, attachment_id)
        candidates = self.candidates(src, attachment)
        if not candidates:
            if src.strip():
                self.report(src, _("not an image of the old site"))
            else:
                self.report(f"#{attachment_id}", _("attachment %(id)s is not in the export") % {"id": attachment_id})
            return None
        reason = ""
        for url in candidates:
            if url in self.found:
                return None if self.dry_run else self.found[url]
            if url in self.failed:
                reason = self.failed[url]
                continue
            try:
                image = self.obtain(url, attachment, title)
            except Unavailable as error:
                self.failed[url] = reason = str(error)
                continue
            self.found[url] = image
            return image
        self.report(candidates[0], reason)
        return None

    def find_attachment(self, src, attachment_id):
        if attachment_id in self.attachments_by_id:
            return self.attachments_by_id[attachment_id]
        path = url_path(src)
        return self.attachments_by_path.get(path) or self.attachments_by_path.get(SIZE_SUFFIX.sub("", path))

    def candidates(self, src, attachment):
        """Addresses to try, the original size first: a post often shows a resized copy."""
        if attachment is not None:
            return [attachment.attachment_url.strip()]
        src = src.strip()
        if not src:
            return []
        if not urlsplit(src).scheme and self.site_url:
            src = urljoin(self.site_url.rstrip("/") + "/", src)  # `/wp-content/uploads/…` on the old site
        if urlsplit(src).hostname not in self.site_hosts:
            return []
        return list(dict.fromkeys([without_size_suffix(src), src]))

    def report(self, url, reason):
        if all(missing.url != url for missing in self.post_missing):
            self.post_missing.append(Missing(url=url, reason=reason))

    def obtain(self, url, attachment, title):
        if len(url) > ImportedImage._meta.get_field("source_url").max_length:
            raise Unavailable(_("address too long"))
        known = ImportedImage.objects.filter(source_url=url).select_related("image").first()
        if known is not None:
            self.planned[url] = "existing"
            return known.image
        local = self.local_file(url, attachment)
        if self.dry_run:
            if local is None and not self.fetch:
                raise Unavailable(self.unavailable_reason())
            self.planned[url] = "uploads" if local else "fetch"
            return None
        if local is not None:
            data = self.read_local(local)
        elif self.fetch:
            data = self.download(url)
        else:
            raise Unavailable(self.unavailable_reason())
        return self.store(url, data, attachment.title if attachment is not None and attachment.title else title)

    def unavailable_reason(self):
        if self.uploads_dir:
            return _("not in the uploads folder, and fetching is off")
        return _("no uploads folder given, and fetching is off")

    def local_file(self, url, attachment):
        """The file in the local copy of wp-content/uploads, if it is there."""
        if self.uploads_dir is None:
            return None
        relative = ""
        if attachment is not None and url == attachment.attachment_url.strip():
            relative = attachment.meta.get("_wp_attached_file", "")
        if not relative:
            path = url_path(url)
            if UPLOADS_MARKER not in path:
                return None
            relative = path.split(UPLOADS_MARKER, 1)[1]
        candidate = (self.uploads_dir / posixpath.normpath(relative.lstrip("/"))).resolve()
        # A path in the export must not lead outside the folder given (`../../etc/passwd`).
        if not candidate.is_relative_to(self.uploads_dir) or not candidate.is_file():
            return None
        return candidate

    def read_local(self, path):
        if path.stat().st_size > self.max_bytes:
            raise Unavailable(self.too_large())
        return path.read_bytes()

    def download(self, url):
        try:
            return fetch(url, allowed_hosts=self.site_hosts, max_bytes=self.max_bytes, timeout=FETCH_TIMEOUT_SECONDS)
        except FetchFailed:
            # The same words for every failure: which one it was could tell what listens where.
            raise Unavailable(_("could not fetch")) from None

    def too_large(self):
        return _("larger than the upload limit of %(megabytes)s MB") % {"megabytes": self.max_bytes // (1024 * 1024)}

    def check_image(self, data):
        """The file's extension, after making sure it really is an image the site accepts."""
        try:
            with PIL.Image.open(io.BytesIO(data)) as picture:
                extension = FORMAT_EXTENSIONS.get(picture.format)
                width, height = picture.size
                picture.verify()
        except (PIL.Image.DecompressionBombError, PIL.UnidentifiedImageError, OSError, SyntaxError, ValueError):
            raise Unavailable(_("not a readable image")) from None
        allowed = getattr(settings, "WAGTAILIMAGES_EXTENSIONS", list(FORMAT_EXTENSIONS.values()))
        if extension is None or extension not in allowed:
            raise Unavailable(_("an image format the site does not accept"))
        if width * height > self.max_pixels:
            raise Unavailable(_("too many pixels"))
        return extension

    def store(self, url, data, title):
        extension = self.check_image(data)
        name = posixpath.basename(url_path(url)) or f"wordpress-image.{extension}"
        stem, _dot, given_extension = name.rpartition(".")
        if not stem or given_extension.lower() not in (extension, "jpeg" if extension == "jpg" else extension):
            name = f"{stem or name}.{extension}"
        image = get_image_model()(
            title=(title or stem or name)[:255],
            file=ImageFile(io.BytesIO(data), name=name),
            collection=Collection.get_first_root_node(),
        )
        # What Wagtail's upload form records (size and hash, for duplicate detection), through public API.
        image.file_size, image.file_hash = len(data), hash_filelike(io.BytesIO(data))
        image.save()
        self.stored_files.append((image.file.storage, image.file.name))
        ImportedImage.objects.create(source_url=url, image=image)
        self.imported.append(url)
        return image

    def discard_files(self):
        """After a failed run: the files written for images whose rows were rolled back."""
        for storage, name in self.stored_files:
            storage.delete(name)
        self.stored_files = []
