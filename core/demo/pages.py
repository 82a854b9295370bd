"""Creating or updating one demo page, in Polish, and its English translation through wagtail-localize."""

from wagtail.fields import StreamField
from wagtail.models import Locale, Page

from .images import picture, stored_image
from .localize import translate
from .text import polish


def _stream_data(field, value):
    """A StreamField value reduced to (block type, stored value) pairs, ignoring block ids."""
    value = field.stream_block.to_python(value) if not hasattr(value, "raw_data") else value
    return [(child.block_type, child.block.get_prep_value(child.value)) for child in value]


def assign(page, values):
    """Set each field whose value differs from the demo's; True if any did."""
    changed = False
    for name, value in values.items():
        field = page._meta.get_field(name)
        if isinstance(field, StreamField):
            differs = _stream_data(field, getattr(page, name)) != _stream_data(field, value)
        elif field.many_to_one:
            differs = getattr(page, field.attname) != (value.pk if value else None)
        else:
            differs = getattr(page, name) != value
        if differs:
            setattr(page, name, value)
            changed = True
    return changed


class PageLoader:
    """Creates or updates demo pages as `user`; counts what it made and changed in `stats` (a Counter)."""

    def __init__(self, user, stats):
        self.user = user
        self.stats = stats
        self.english = Locale.objects.get(language_code="en")

    def publish(self, page):
        page.save_revision(user=self.user, log_action=True).publish(user=self.user)
        return type(page).objects.get(pk=page.pk)

    def upsert(self, model, parent, spec, relations=None, **extra):
        """The child of `parent` with the spec's Polish slug, created or brought up to date."""
        values = polish({key: value for key, value in spec.items() if key != "slug"}) | extra
        slug = spec["slug"].pl
        existing = Page.objects.child_of(parent).filter(slug=slug).first()
        if existing is None:
            page = parent.add_child(instance=model(slug=slug, **values))
            changed = True
            self.stats["pages created"] += 1
        else:
            page = existing.specific
            changed = assign(page, values)
        if relations is not None:
            changed |= relations(page)
        if changed:
            page = self.publish(page)
            self.stats["pages saved"] += 1
        return page, changed

    def update(self, page, spec, **extra):
        """An existing page (the site's home page) brought up to date with the spec."""
        values = polish({key: value for key, value in spec.items() if key != "slug"}) | extra
        changed = assign(page, values)
        if changed:
            page = self.publish(page)
            self.stats["pages saved"] += 1
        return page, changed

    def translated(self, page, spec, changed):
        return translate(page, self.english, spec, source_changed=changed, user=self.user)

    def image(self, title, draw):
        """The stored demo image with this title (see images.stored_image), counted when it is new."""
        image, created = stored_image(title, draw)
        self.stats["images created"] += created
        return image

    def pictures(self, specs):
        """{key: image} for {key: (pictogram, top colour, bottom colour)}: the wide listing and hero pictures."""
        return {
            key: self.image(f"Demo: {key}", lambda p=pictogram, t=top, b=bottom: picture(p, t, b))
            for key, (pictogram, top, bottom) in specs.items()
        }
