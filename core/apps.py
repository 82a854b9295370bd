from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """What every page app shares (README "Where things are"); imports no feature app."""

    name = "core"
    verbose_name = _("Site core")

    def ready(self):
        from django.db.models.signals import pre_save
        from wagtail_localize.models import StringTranslation

        from . import slugs
        from .cache import signals

        signals.connect()
        slugs.register()
        pre_save.connect(slugs.transliterate_translated_slug, sender=StringTranslation)
