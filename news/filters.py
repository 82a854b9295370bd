"""The news index filters: year, category and tag, read from the query string.

Values the form does not accept are dropped by django-filter (the rest still apply) and
reported to the visitor, so a hand-edited or stale address never causes an error.
"""

import django_filters
from django.db.models import Case, Q, When
from django.utils import translation
from django.utils.translation import gettext_lazy as _

import sitesearch.engine as sitesearch
from core.cache import memo

from .models import NewsCategory, NewsPage


def category_choices(locale_id):
    """One choice per category, named in the given locale where a translation exists.

    Slugs are synchronised across languages, so the slug identifies a category in every locale.
    """

    def compute():
        names = {}
        for category in NewsCategory.objects.order_by("name"):
            if category.slug not in names or category.locale_id == locale_id:
                names[category.slug] = category.name
        return sorted(names.items(), key=lambda item: item[1].casefold())

    # Memoised until the content changes (a category's save bumps the cache generation).
    return list(memo.memoised(("news-categories", locale_id), compute))


def articles_with_tag(queryset, value):
    """Articles tagged with the value as shown (the tag's name, any letter case) or as its slug."""
    value = value.strip()
    return queryset.filter(Q(tags__name__iexact=value) | Q(tags__slug__iexact=value)).distinct()


class NewsFilterSet(django_filters.FilterSet):
    year = django_filters.ChoiceFilter(
        label=_("Year"), field_name="date", lookup_expr="year", empty_label=_("All years")
    )
    category = django_filters.ChoiceFilter(
        label=_("Category"), method="filter_category", empty_label=_("All categories")
    )
    # What an article shows (the tag's name, any letter case) or what older links carry (its slug).
    tag = django_filters.CharFilter(label=_("Tag"), method="filter_tag", max_length=100)
    q = django_filters.CharFilter(label=_("Words"), method="filter_words", max_length=200)

    def __init__(self, *args, years=(), locale_id=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["year"].extra["choices"] = [(str(year), str(year)) for year in years]
        self.filters["category"].extra["choices"] = category_choices(locale_id)

    def filter_category(self, queryset, name, value):
        # Articles may point at the category in any language: match all its translations.
        keys = NewsCategory.objects.filter(slug=value).values("translation_key")
        return queryset.filter(categories__translation_key__in=keys).distinct()

    def filter_tag(self, queryset, name, value):
        return articles_with_tag(queryset, value)

    def filter_words(self, queryset, name, value):
        # The site search's analysis (any form of each word, diacritics optional), newer first among equals.
        language = translation.get_language()
        ids = [hit.page_id for hit in sitesearch.search(value, language, newest_first=True)]
        order = Case(*(When(pk=page_id, then=position) for position, page_id in enumerate(ids)), default=len(ids))
        return queryset.filter(pk__in=ids).order_by(order, "-date", "-pk")

    def active_filters(self):
        """The filters that were applied, as (name, label, shown value) for the "clear" links."""
        if not self.is_bound or not hasattr(self.form, "cleaned_data"):
            return []
        applied = []
        for name, value in self.form.cleaned_data.items():
            if value in (None, ""):
                continue
            field = self.form.fields[name]
            shown = dict(getattr(field, "choices", ())).get(str(value), value)
            applied.append((name, field.label, shown))
        return applied

    def rejected_filters(self):
        """Labels of the filters whose values were not understood and so were ignored."""
        return [self.form.fields[name].label for name in self.form.errors]

    class Meta:
        model = NewsPage
        fields = []
