"""Shared page cache: anonymous public pages served from Redis, invalidated on every app server at once."""
