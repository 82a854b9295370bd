from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SecurityConfig(AppConfig):
    """Login lockout page, two-step verification views and the CSP middleware (see SECURITY.md)."""

    name = "security"
    verbose_name = _("Security")
