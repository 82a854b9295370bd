from wagtail import hooks

from . import audit

hooks.register("register_log_actions", audit.register_actions)
