"""The questions asked of the data: lookup, language, structures, compare, search, validate, classification."""
