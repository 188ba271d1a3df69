"""Anonymity and privacy: keyed lookups, receipts, encryption at rest, log scrubbing."""
