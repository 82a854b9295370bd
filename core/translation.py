"""What every page hands to wagtail-localize, so page models list only their own fields."""

from wagtail_localize.fields import TranslatableField

#: Every page translates its title, slug and search-engine fields; subclasses add the rest.
PAGE_TRANSLATABLE_FIELDS = [
    TranslatableField("title"),
    TranslatableField("slug"),
    TranslatableField("seo_title"),
    TranslatableField("search_description"),
]
