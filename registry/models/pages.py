"""Public pages that read from or write to the registry."""

__all__ = []
