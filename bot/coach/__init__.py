"""Pure coaching logic: no telegram, no database. Plain inputs, plain outputs."""
