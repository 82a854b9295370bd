"""The agreement's admin form: areas offered once, in the default language (not "Czad" and "Carbon monoxide")."""

from django.db.models import Q
from wagtail.models import Locale

from registry.forms import RegistryAdminForm
from registry.models import Area


class AgreementAdminForm(RegistryAdminForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "areas" in self.fields:
            # The default language's version of each area, plus any other already linked (kept, not dropped).
            chosen = self.instance.areas.values("pk") if self.instance.pk else Area.objects.none()
            self.fields["areas"].queryset = Area.objects.filter(
                Q(locale=Locale.get_default()) | Q(pk__in=chosen)
            ).order_by("name")
