"""crosscheck: claim verification and cross-source consistency checking."""
