"""Background work through the outbox: alerts, idle conversations, retention."""
