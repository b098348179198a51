package org.defensor.letters;

/**
 * One editable template. {@code text} is logic-less Mustache: {@code {{name}}} inserts a value,
 * {@code {{#list}}...{{/list}}} repeats for each item of a list (or shows when a value is present),
 * {@code {{^list}}...{{/list}}} shows when it is empty or absent.
 */
public record TemplateData(String key, TemplateKind kind, String label, String text, Long version) {}
