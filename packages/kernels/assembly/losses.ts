// PLACEHOLDER: the losses family.
