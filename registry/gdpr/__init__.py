"""Data-subject rights on a volunteer record: export everything held on a person, and anonymise it."""
