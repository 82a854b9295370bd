"""The Shifts listing in the Registry menu, with the rota views of each shift under the same URL prefix."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.viewsets.model import ModelViewSet

from registry.admin_display import DisplayColumn

from . import admin_forms, admin_views
from .models import Shift


class PlacesColumn(Column):
    """ "2 / 5" and the waiting list, if any."""

    def get_value(self, instance):
        value = f"{instance.places_taken} / {instance.capacity}"
        waiting = getattr(instance, "waiting", 0)
        if waiting:
            value += " " + _("(+%(count)d waiting)") % {"count": waiting}
        return value


class StateColumn(Column):
    def get_value(self, instance):
        if instance.cancelled_at:
            return _("Cancelled")
        return _("Full") if not instance.free_places else _("Open")


class ShiftViewSet(ModelViewSet):
    model = Shift
    name = "shifts"
    icon = "date"
    menu_label = _("Shifts")
    url_prefix = "registry/shifts"
    add_to_admin_menu = False
    copy_view_enabled = False
    inspect_view_enabled = False
    index_view_class = admin_views.ShiftIndexView
    add_view_class = admin_views.ShiftCreateView
    edit_view_class = admin_views.ShiftEditView
    delete_view_class = admin_views.ShiftDeleteView
    filterset_class = admin_views.ShiftFilterSet
    ordering = ["starts_at", "pk"]
    list_per_page = 50
    list_display = [
        # Each row opens the shift's rota (who is coming, check-in, hours); editing is one click further.
        TitleColumn("opportunity", label=_("Opportunity"), accessor="opportunity.title", url_name="shifts:rota"),
        DisplayColumn("starts_at", label=_("Starts"), sort_key="starts_at"),
        DisplayColumn("ends_at", label=_("Ends")),
        PlacesColumn("places", label=_("Places taken")),
        StateColumn("state", label=_("State")),
    ]

    def get_form_class(self, for_update=False):
        return admin_forms.ShiftEditForm if for_update else admin_forms.ShiftSeriesForm

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("rota/<int:pk>/", admin_views.RotaView.as_view(), name="rota"),
            path("rota/<int:pk>/check-in/", admin_views.CheckInView.as_view(), name="check_in"),
            path("rota/<int:pk>/count-hours/", admin_views.CountHoursView.as_view(), name="count_hours"),
            path("rota/<int:pk>/message/", admin_views.MessageView.as_view(), name="message"),
            path("rota/<int:pk>/csv/", admin_views.RotaCSVView.as_view(), name="rota_csv"),
            path("rota/<int:pk>/print/", admin_views.RotaPrintView.as_view(), name="rota_print"),
            path("cancel/<int:pk>/", admin_views.CancelShiftView.as_view(), name="cancel"),
        ]


shift_viewset = ShiftViewSet()
