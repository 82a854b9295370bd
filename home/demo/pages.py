"""The demo's page tree in Polish, each page translated into English through wagtail-localize."""

from django.contrib.contenttypes.models import ContentType
from wagtail.fields import StreamField
from wagtail.models import Locale, Page

from home.models import AccessibilityStatementPage, PartnerIndexPage, PartnerPage, StandardPage, default_home
from news.models import NewsCategory, NewsIndexPage, NewsPage, NewsPageRelatedPartner
from registry.models import JoinPage, RecognitionIndexPage

from . import content
from .images import logo, picture, stored_image
from .localize import translate
from .text import polish


def _stream_data(field, value):
    """A StreamField value reduced to (block type, stored value) pairs, ignoring block ids."""
    value = field.stream_block.to_python(value) if not hasattr(value, "raw_data") else value
    return [(child.block_type, child.block.get_prep_value(child.value)) for child in value]


def _assign(page, values):
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


def content_type_of(model):
    return ContentType.objects.get_for_model(model)


class PageLoader:
    """Creates or updates the demo pages; counts what it made and changed in `stats`."""

    def __init__(self, user, stats):
        self.user = user
        self.stats = stats
        self.english = Locale.objects.get(language_code="en")
        self.images = {}
        self.partners = {}
        self.categories = {}

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
            changed = _assign(page, values)
        if relations is not None:
            changed |= relations(page)
        if changed:
            page = self.publish(page)
            self.stats["pages saved"] += 1
        return page, changed

    def translated(self, page, spec, changed):
        return translate(page, self.english, spec, source_changed=changed, user=self.user)

    def load(self):
        self.load_images()
        self.load_categories()
        home = self.load_home()
        self.load_standard_pages(home)
        self.load_partners(home)
        conference = self.load_news(home)
        self.load_registry_pages(home)
        return conference

    def load_images(self):
        for key, (pictogram, top, bottom) in content.PICTURES.items():
            image, created = stored_image(f"Demo: {key}", lambda p=pictogram, t=top, b=bottom: picture(p, t, b))
            self.images[key] = image
            self.stats["images created"] += created

    def load_categories(self):
        default = Locale.get_default()
        for slug, name, _description in content.AREAS:
            category = NewsCategory.objects.filter(locale=default, slug=slug).first()
            changed = False
            if category is None:
                category = NewsCategory.objects.create(locale=default, slug=slug, name=name.pl)
                changed = True
            elif category.name != name.pl:
                category.name = name.pl
                category.save()
                changed = True
            translate(category, self.english, {"name": name}, source_changed=changed, user=self.user)
            self.categories[slug] = category

    def load_home(self):
        home = default_home()
        values = polish({key: value for key, value in content.HOME.items() if key != "slug"})
        values["hero_image"] = self.images["hero"]
        changed = _assign(home, values)
        if changed:
            home = self.publish(home)
            self.stats["pages saved"] += 1
        self.translated(home, content.HOME, changed)
        return home

    def load_standard_pages(self, home):
        page, changed = self.upsert(StandardPage, home, content.ABOUT)
        self.translated(page, content.ABOUT, changed)
        self.replace_plain_statement(home, content.ACCESSIBILITY["slug"].pl)
        page, changed = self.upsert(AccessibilityStatementPage, home, content.ACCESSIBILITY)
        self.translated(page, content.ACCESSIBILITY, changed)

    def replace_plain_statement(self, home, slug):
        """Demos loaded before the statement had its own page type kept it as a plain page: remove that one."""
        old = (
            Page.objects.child_of(home)
            .filter(slug=slug)
            .exclude(content_type=content_type_of(AccessibilityStatementPage))
        )
        for page in old:
            for translation in page.get_translations():
                translation.delete()
            page.delete()
            self.stats["pages deleted"] += 1

    def load_partners(self, home):
        index, changed = self.upsert(PartnerIndexPage, home, content.PARTNER_INDEX)
        self.translated(index, content.PARTNER_INDEX, changed)
        for key, role, (initials, colour, shape), spec in content.PARTNERS:
            image, created = stored_image(
                f"Demo logo: {spec['title'].pl}", lambda i=initials, c=colour, s=shape: logo(i, c, s)
            )
            self.stats["images created"] += created
            page, changed = self.upsert(PartnerPage, index, spec, role=role, logo=image)
            self.translated(page, spec, changed)
            self.partners[key] = page

    def load_news(self, home):
        index, changed = self.upsert(NewsIndexPage, home, content.NEWS_INDEX)
        self.translated(index, content.NEWS_INDEX, changed)
        pages = {}
        for key, date, picture_key, categories, tags, partners, spec in content.NEWS:
            spec = dict(spec)
            if callable(spec["body"]):
                spec["body"] = spec["body"](self.images[picture_key].pk)
            relations = self.news_relations(
                [self.categories[slug] for slug in categories], tags, [self.partners[key] for key in partners]
            )
            page, changed = self.upsert(
                NewsPage, index, spec, relations, date=date, listing_image=self.images[picture_key]
            )
            self.translated(page, spec, changed)
            pages[key] = page
        return pages["conference"]

    @staticmethod
    def news_relations(categories, tags, partners):
        def apply(page):
            changed = False
            if {category.pk for category in page.categories.all()} != {category.pk for category in categories}:
                page.categories = categories
                changed = True
            if sorted(tag.name for tag in page.tags.all()) != sorted(tags):
                page.tags.set(tags)
                changed = True
            if [link.partner_id for link in page.related_partners.all()] != [partner.pk for partner in partners]:
                page.related_partners = [NewsPageRelatedPartner(partner=partner) for partner in partners]
                changed = True
            return changed

        return apply

    def load_registry_pages(self, home):
        for model, spec in ((JoinPage, content.JOIN), (RecognitionIndexPage, content.RECOGNITIONS)):
            page, changed = self.upsert(model, home, spec)
            self.translated(page, spec, changed)
