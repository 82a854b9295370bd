"""Editors preview opportunity pages and the listing in the admin (the shifts and the calendar links included)."""

from unittest import mock

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, streamfield

from opportunities.models import OpportunityPage

from .public_tree import add_opportunity, add_shift, build_opportunity_tree


# Wagtail's helper logs in with the first configured backend; the test settings put django-axes first.
@mock.patch("wagtail.test.utils.page_tests.AUTH_BACKEND", "django.contrib.auth.backends.ModelBackend")
class PreviewTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_opportunity_tree()
        cls.page = add_opportunity(cls.tree, "Patrole nad jeziorem", area=cls.tree.water)
        add_shift(cls.page, capacity=3, taken=1)

    def test_the_listing_can_be_previewed(self):
        self.assertPageIsPreviewable(self.tree.index)

    def test_an_opportunity_with_shifts_can_be_previewed(self):
        post_data = {
            "title": self.page.title,
            "slug": self.page.slug,
            "lead": self.page.lead,
            "place": self.page.place,
            "body": streamfield([]),
            "cancel_cutoff_hours": "24",
        }
        self.assertPageIsPreviewable(self.page, post_data=nested_form_data(post_data))

    def test_an_opportunity_can_be_created_under_the_listing_only(self):
        self.assertAllowedParentPageTypes(OpportunityPage, {self.tree.index.__class__})
