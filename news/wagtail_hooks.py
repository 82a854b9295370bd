"""Admin set-up for news: the category vocabulary editors translate through wagtail-localize."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import NewsCategory


class NewsCategoryViewSet(SnippetViewSet):
    model = NewsCategory
    icon = "tag"
    menu_label = _("News categories")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "slug", "locale"]
    search_fields = ["name", "slug"]
    ordering = ["name"]


register_snippet(NewsCategoryViewSet)
