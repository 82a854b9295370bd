from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    """Site-wide page types: home, plain content pages, partners."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "home"
    verbose_name = _("Site pages")
