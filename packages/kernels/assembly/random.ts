// PLACEHOLDER: the random family.
