// PLACEHOLDER: the layout family.
