// PLACEHOLDER: the elementwise family.
