// PLACEHOLDER: the dense family.
