// PLACEHOLDER: the activations family.
