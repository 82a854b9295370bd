from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    """Site-wide page types: home, plain content pages, partners."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "home"
    verbose_name = _("Site pages")

    def ready(self):
        from django.contrib.auth import get_user_model
        from django.db.models.signals import post_save

        from . import admin_language

        post_save.connect(admin_language.default_admin_language, sender=get_user_model())
