"""The training list editors keep (translated through wagtail-localize, like news categories)."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Training


class TrainingViewSet(SnippetViewSet):
    model = Training
    icon = "tick-inverse"
    menu_label = _("Trainings")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["name", "valid_for_months", "locale"]
    search_fields = ["name"]
    ordering = ["name"]
