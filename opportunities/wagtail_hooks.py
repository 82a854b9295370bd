"""Admin set-up for opportunities."""

from wagtail.snippets.models import register_snippet

from .snippets import TrainingViewSet

register_snippet(TrainingViewSet)
