"""What to say: one plain, typed document per answer, built once and drawn by every writer."""
