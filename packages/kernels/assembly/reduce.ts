// PLACEHOLDER: the reduce family.
