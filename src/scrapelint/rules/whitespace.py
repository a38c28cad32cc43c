"""Whitespace rules."""
