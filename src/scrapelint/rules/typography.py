"""Typography rules."""
