"""Wagtail admin set-up of the rotas: shifts in the Registry menu, their log actions, the rota views."""

from wagtail import hooks

from . import audit

hooks.register("register_log_actions", audit.register_actions)
