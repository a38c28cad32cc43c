"""Markup rules."""
