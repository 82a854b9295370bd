from wagtail import hooks

from . import audit, email_change

hooks.register("register_log_actions", audit.register_actions)
hooks.register("registry_anonymise_volunteer", email_change.forget)
