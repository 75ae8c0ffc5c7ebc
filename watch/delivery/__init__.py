"""Alerts -> messages, exactly once: the outbox, the digest and its formats, and the channels."""
