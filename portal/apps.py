from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Volunteer's page")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import default_sections

        default_sections.register_all()
