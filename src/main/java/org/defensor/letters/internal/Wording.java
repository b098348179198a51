package org.defensor.letters.internal;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Admin-edited template text: logic-less Mustache, so that editing wording can never run code. The
 * output is plain text (the renderers escape it), so nothing is HTML-escaped here.
 */
final class Wording {

    // A missing or null value prints as nothing, and "" counts as absent in {{#place}}...{{/place}}.
    private static final Mustache.Compiler COMPILER = Mustache.compiler()
            .escapeHTML(false).defaultValue("").emptyStringIsFalse(true);

    /** What every template may use besides its values: the position in a list and the current item. */
    private static final Set<String> SPECIAL = Set.of("-first", "-last", "-index", "this", ".");

    private static final Pattern EMPTY_TAG = Pattern.compile("\\{\\{[^\\p{L}\\p{N}}]*}}");

    private Wording() {}

    static String fill(String text, Map<String, ?> values) {
        return COMPILER.compile(text).execute(values);
    }

    /**
     * Why the text cannot be a template receiving {@code names}: a syntax error (with its line), a
     * tag left open, or a name the template does not receive (which would print nothing). Empty
     * when the text is fine.
     */
    static List<String> problems(String text, Set<String> names) {
        Template template;
        try {
            template = COMPILER.compile(text);
        } catch (MustacheException e) {
            return List.of("is not a valid template: " + e.getMessage());
        } catch (RuntimeException e) {
            // The parser fails without a message on a tag without a name, such as "{{ }}".
            Matcher empty = EMPTY_TAG.matcher(text);
            return List.of("has an empty or malformed tag" + (empty.find() ? line(text, empty.start()) : ""));
        }
        List<String> problems = new ArrayList<>();
        Set<String> unknown = new TreeSet<>();
        template.visit(new Mustache.Visitor() {
            @Override
            public void visitText(String segment) {
                // An unclosed tag ("{{name" or "{{name}") is kept as text: it would print as typed.
                int open = segment.indexOf("{{");
                if (open >= 0) {
                    String tag = segment.substring(open).lines().findFirst().orElse("{{");
                    problems.add("has a tag that is not closed: '" + tag + "'" + line(text, text.indexOf(tag)));
                }
            }

            @Override
            public void visitVariable(String name) {
                check(name);
            }

            @Override
            public boolean visitInclude(String name) {
                problems.add("includes another template ({{> " + name + "}}), which letters do not support");
                return false;
            }

            @Override
            public boolean visitParent(String name) {
                problems.add("extends another template ({{< " + name + "}}), which letters do not support");
                return false;
            }

            @Override
            public boolean visitSection(String name) {
                check(name);
                return true;
            }

            @Override
            public boolean visitInvertedSection(String name) {
                check(name);
                return true;
            }

            private void check(String name) {
                if (!names.contains(name) && !SPECIAL.contains(name)) {
                    unknown.add(name);
                }
            }
        });
        if (!unknown.isEmpty()) {
            problems.add("uses " + String.join(", ", unknown.stream().map(n -> "{{" + n + "}}").toList())
                    + ", which this template does not receive; it receives "
                    + (names.isEmpty() ? "no values" : String.join(", ", new TreeSet<>(names))));
        }
        return problems;
    }

    /** " on line N" for a position in the text, or nothing when it is not known. */
    private static String line(String text, int position) {
        return position < 0 ? "" : " on line " + (1 + text.substring(0, position).chars().filter(c -> c == '\n').count());
    }
}
