// PLACEHOLDER: the optimizers family.
