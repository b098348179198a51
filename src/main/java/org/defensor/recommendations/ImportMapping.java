package org.defensor.recommendations;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How a CSV file's columns map to a recommendation's fields, read from a YAML mapping file:
 * <pre>
 * columns:            # field: column header in the file
 *   identifier: Recommendation number
 *   text: Recommendation
 *   recommendingStates: Recommending State
 *   position: Response
 * values:             # field: the same value for every row (used when the field has no column)
 *   mechanism: UPR
 *   stateUnderReview: KAZ
 *   document: A/HRC/58/17
 * positions:          # how the file writes a position: the position it means
 *   Supported: SUPPORTED
 *   Noted: NOTED
 * separator: ";"      # between the values of a list in one cell (States, themes, groups, provisions)
 * </pre>
 * A field with neither column nor value is left as it is on a recommendation already stored.
 */
public record ImportMapping(Map<String, String> columns, Map<String, String> values, Map<String, String> positions, String separator) {

    /** The fields a mapping may name. */
    public static final Set<String> FIELDS = Set.of("mechanism", "document", "identifier", "text", "date", "cycle", "recommendingStates",
            "stateUnderReview", "position", "positionDate", "themes", "affectedGroups", "rights", "provisions", "followUpDeadline",
            "confidentiality");

    public ImportMapping {
        columns = Map.copyOf(columns == null ? Map.of() : columns);
        values = Map.copyOf(values == null ? Map.of() : values);
        Map<String, String> byText = new LinkedHashMap<>();
        (positions == null ? Map.<String, String>of() : positions).forEach((k, v) -> byText.put(k.strip().toLowerCase(Locale.ROOT), v));
        positions = Map.copyOf(byText);
        separator = separator == null || separator.isEmpty() ? ";" : separator;
    }

    /** Reads a mapping file; {@link IllegalArgumentException} naming each problem when it is not one. */
    @SuppressWarnings("unchecked")
    public static ImportMapping read(InputStream in, String name) throws IOException {
        Object loaded;
        try {
            loaded = new org.yaml.snakeyaml.Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(new org.yaml.snakeyaml.LoaderOptions()))
                    .load(in);
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            throw new IllegalArgumentException(name + ": not a YAML mapping file: " + e.getMessage());
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(name + ": a mapping file holds 'columns', 'values', 'positions' and 'separator'");
        }
        List<String> problems = new ArrayList<>();
        Map<String, String> columns = strings(map.get("columns"), name + ": columns", problems);
        Map<String, String> values = strings(map.get("values"), name + ": values", problems);
        Map<String, String> positions = strings(map.get("positions"), name + ": positions", problems);
        for (String field : union(columns.keySet(), values.keySet())) {
            if (!FIELDS.contains(field)) {
                problems.add(name + ": '" + field + "' is not a field of a recommendation (" + String.join(", ", FIELDS.stream().sorted().toList()) + ")");
            }
        }
        for (var p : positions.entrySet()) {
            try {
                Position.valueOf(p.getValue().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(name + ": positions: '" + p.getValue() + "' is not a position (" + List.of(Position.values()) + ")");
            }
        }
        if (!columns.containsKey("identifier")) {
            problems.add(name + ": columns: 'identifier' is required: the column that numbers each recommendation");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        Object separator = map.get("separator");
        return new ImportMapping(columns, values, positions, separator == null ? null : separator.toString());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static Map<String, String> strings(Object section, String where, List<String> problems) {
        if (section == null) {
            return Map.of();
        }
        if (!(section instanceof Map<?, ?> map)) {
            problems.add(where + ": must be a mapping of names to values");
            return Map.of();
        }
        Map<String, String> result = new LinkedHashMap<>();
        map.forEach((k, v) -> result.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
        return result;
    }
}
