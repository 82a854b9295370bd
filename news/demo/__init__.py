"""The demo's news: categories (the programme areas), the news index and the articles, in both languages."""

from wagtail.models import Locale

from core.demo.programme import AREAS
from news.models import NewsCategory, NewsIndexPage, NewsPage, NewsPageRelatedPartner

from . import content


def load_categories(loader):
    """{slug: category} in Polish, each translated into English through wagtail-localize."""
    default = Locale.get_default()
    categories = {}
    for slug, name, _description in AREAS:
        category = NewsCategory.objects.filter(locale=default, slug=slug).first()
        changed = False
        if category is None:
            category = NewsCategory.objects.create(locale=default, slug=slug, name=name.pl)
            changed = True
        elif category.name != name.pl:
            category.name = name.pl
            category.save()
            changed = True
        loader.translated(category, {"name": name}, changed)
        categories[slug] = category
    return categories


def load_news(loader, home, categories, partners):
    """{key: article} ("conference", "gala-2015"…); `partners` are the partner pages by key the articles name."""
    pictures = loader.pictures(content.PICTURES)
    index, changed = loader.upsert(NewsIndexPage, home, content.NEWS_INDEX)
    loader.translated(index, content.NEWS_INDEX, changed)
    articles = {}
    for key, date, picture_key, category_slugs, tags, partner_keys, spec in content.NEWS:
        spec = dict(spec)
        if callable(spec["body"]):
            spec["body"] = spec["body"](pictures[picture_key].pk)
        relations = article_relations(
            [categories[slug] for slug in category_slugs], tags, [partners[key] for key in partner_keys]
        )
        page, changed = loader.upsert(NewsPage, index, spec, relations, date=date, listing_image=pictures[picture_key])
        loader.translated(page, spec, changed)
        articles[key] = page
    return articles


def article_relations(categories, tags, partners):
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
