from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RegistryConfig(AppConfig):
    """The volunteer registry: people, host organisations, hours and recognitions."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "registry"
    verbose_name = _("Registry")

    def ready(self):
        from . import signals

        signals.connect()
