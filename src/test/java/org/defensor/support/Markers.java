package org.defensor.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Numbered marker strings ({@code QXC0001XQ}) put in front of every prose value of a record's JSON, so
 * that a test can look for them wherever the record's text could leak: responses, files, the index.
 */
public final class Markers {

    /** Values that are not prose: ids, links, addresses, codes, dates, numbers. */
    private static final Pattern NOT_PROSE = Pattern.compile("[a-z]+/\\S+|https?:.*|\\S+@\\S+|\\S*:\\S*|[^a-z]*");

    private int count;

    /** The next marker with this prefix (the prefix says the level: QXC confidential, QXR restricted). */
    public String next(String prefix) {
        return prefix + String.format("%04d", ++count) + "XQ";
    }

    /** How many markers were handed out. */
    public int count() {
        return count;
    }

    /**
     * Makes the demo dataset's records confidential in turn: of every three sources, organisations,
     * persons and incidents, one CONFIDENTIAL, one RESTRICTED, one as it is (public incidents then name
     * confidential victims and perpetrators), with a marker in each prose field of the first two; each
     * person gets a CONFIDENTIAL contact detail and, unless CONFIDENTIAL itself, a RESTRICTED address.
     *
     * @return the names of the persons made CONFIDENTIAL and RESTRICTED, by level
     */
    public java.util.Map<String, java.util.List<String>> levelDemoData(ObjectNode dataset) {
        java.util.Map<String, java.util.List<String>> names = new java.util.LinkedHashMap<>();
        for (String kind : java.util.List.of("sources", "organisations", "persons", "incidents")) {
            ArrayNode records = (ArrayNode) dataset.get(kind);
            for (int i = 0; i < records.size(); i++) {
                ObjectNode record = (ObjectNode) records.get(i);
                if (kind.equals("persons")) {
                    // Personal details above the person's own level, whatever that is.
                    ArrayNode details = record.putArray("details");
                    details.addObject().put("kind", "CONTACT").put("value", next("QXC") + " +7 701 555 01 01");
                    if (i % 3 != 0) {
                        details.addObject().put("kind", "ADDRESS").put("value", next("QXR") + " Almaty")
                                .put("confidentiality", "RESTRICTED");
                    }
                }
                if (i % 3 == 2) {
                    continue;
                }
                String level = i % 3 == 0 ? "CONFIDENTIAL" : "RESTRICTED";
                if (kind.equals("persons") && record.hasNonNull("name")) {
                    names.computeIfAbsent(level, l -> new java.util.ArrayList<>()).add(record.get("name").asText());
                }
                record.put("confidentiality", level);
                mark(record, level.equals("CONFIDENTIAL") ? "QXC" : "QXR");
            }
        }
        return names;
    }

    /** Puts a marker in front of every prose value in the record and everything it holds. */
    public void mark(JsonNode node, String prefix) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = field.getValue();
                if (value.isTextual() && !field.getKey().equals("id") && !NOT_PROSE.matcher(value.asText()).matches()) {
                    field.setValue(new TextNode(next(prefix) + " " + value.asText()));
                } else {
                    mark(value, prefix);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode value = array.get(i);
                if (value.isTextual() && !NOT_PROSE.matcher(value.asText()).matches()) {
                    array.set(i, new TextNode(next(prefix) + " " + value.asText()));
                } else {
                    mark(value, prefix);
                }
            }
        }
    }
}
