"""Language-level text analysis (language identification)."""
