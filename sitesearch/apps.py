from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SiteSearchConfig(AppConfig):
    """The public site's search: Polish and English word forms, diacritics optional (see README "Search")."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "sitesearch"
    verbose_name = _("Site search")

    def ready(self):
        from . import signals  # noqa: F401  (connects the indexing signal handlers)
