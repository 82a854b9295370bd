"""A copy of the hottest pages in each worker's memory, served only while it belongs to the shared generation.

The generation still comes from the shared cache on every request (middleware.lookup checks it), so
a change is seen at once on every server; only the page's bytes are spared the trip from Redis.
"""

import threading
import time
from collections import OrderedDict


class LocalPages:
    def __init__(self, max_entries):
        self.max_entries = max_entries
        self.entries = OrderedDict()
        self.lock = threading.Lock()

    def fresh(self, key):
        """The entry kept under key if it has not expired, whatever its generation (the caller checks it)."""
        with self.lock:
            found = self.entries.get(key)
            if found is None:
                return None
            expires, entry = found
            if expires < time.monotonic():
                del self.entries[key]
                return None
            self.entries.move_to_end(key)
            return entry

    def put(self, key, entry, seconds):
        if self.max_entries <= 0:
            return
        with self.lock:
            self.entries[key] = (time.monotonic() + seconds, entry)
            self.entries.move_to_end(key)
            while len(self.entries) > self.max_entries:
                self.entries.popitem(last=False)
