import type { Initializer } from "@neurite/core";

/** {class_name, config} as Keras and TF.js write initializers. */
export function serializeInitializer(init: Initializer): { class_name: string; config: Record<string, unknown> } {
  return { class_name: init.className, config: init.getConfig() };
}
