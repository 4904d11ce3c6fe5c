"""Queries only: repositories add, read and delete through the session they are given; they never commit."""
