"""Wagtail admin set-up of the registry: one "Registry" menu, log actions, bulk actions, dashboard panel."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from . import audit, dashboard, pipeline
from .bulk_actions import ChangeStatusBulkAction, RegistryDeleteBulkAction
from .viewsets import RegistryViewSetGroup

register_snippet(RegistryViewSetGroup)

hooks.register("register_log_actions", audit.register_actions)
hooks.register("register_log_actions", pipeline.register_log_actions)
hooks.register("register_bulk_action", ChangeStatusBulkAction)
# After Wagtail's own snippet delete action (order 0), so this one is the registry models' "delete".
hooks.register("register_bulk_action", RegistryDeleteBulkAction, order=1)
hooks.register("construct_homepage_panels", dashboard.add_registry_panel)

# GDPR views (personal-data export, anonymise) live in registry/gdpr/ and register their own hooks and URLs.
# Keep this import: the "Export personal data" and "Anonymise" buttons on a volunteer link to those URLs.
# bulk_hours: its URL and menu item; hour_reports: hours volunteers report on their own page (portal/).
from . import bulk_hours, hour_reports  # noqa: E402, F401
from .gdpr import hooks as gdpr_hooks  # noqa: E402, F401
from .messages import hooks as message_hooks  # noqa: E402, F401  (compose view, log, menu item)
