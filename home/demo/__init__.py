"""The demo's site pages and logins; the machinery every app's demo shares is in core/demo/."""
