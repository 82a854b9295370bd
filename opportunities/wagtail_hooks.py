"""Wagtail admin set-up of the rotas: "Shifts" in the Registry menu, their views and log actions."""

from wagtail import hooks

from . import audit
from .viewsets import shift_viewset

hooks.register("register_log_actions", audit.register_actions)


@hooks.register("register_admin_viewset")
def register_shift_viewset():
    return shift_viewset


@hooks.register("register_registry_menu_item")
def register_shifts_menu_item():
    # In the registry's own menu (registry/viewsets.py collects these through its submenu hook).
    return shift_viewset.get_menu_item(order=350)
