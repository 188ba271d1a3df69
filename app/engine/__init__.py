"""Conversation flows as data: schema, loading and validation, and a pure step function."""
