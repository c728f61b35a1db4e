"""/privacy, /export and /delete: what is kept, a copy of it, and erasing it."""
