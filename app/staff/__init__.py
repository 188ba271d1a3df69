"""Staff: accounts, tokens, roles and the audit log."""
