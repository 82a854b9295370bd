"""Wagtail admin set-up: "Shifts" (the rotas) in the Registry menu with their views and log actions; trainings."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from . import audit, signups
from .snippets import TrainingViewSet
from .viewsets import shift_viewset

hooks.register("register_log_actions", audit.register_actions)
register_snippet(TrainingViewSet)
# An anonymised person will not come: the registry's anonymisation hook frees their future places.
hooks.register("registry_anonymise_volunteer", signups.free_places_of_anonymised)


@hooks.register("register_admin_viewset")
def register_shift_viewset():
    return shift_viewset


@hooks.register("register_registry_menu_item")
def register_shifts_menu_item():
    # In the registry's own menu (registry/viewsets.py collects these through its submenu hook).
    return shift_viewset.get_menu_item(order=350)
