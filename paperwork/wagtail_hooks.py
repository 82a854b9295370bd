"""Wagtail admin set-up of the paperwork: log actions, the registry's status rule for minors, admin views,
buttons on volunteers, the dashboard panel and the GDPR contributions. The registry asks for these through
hooks it names; it never imports this app."""

from wagtail import hooks

from . import audit

hooks.register("register_log_actions", audit.register_actions)
