"""Encoding rules."""
