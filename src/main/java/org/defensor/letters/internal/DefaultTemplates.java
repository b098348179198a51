package org.defensor.letters.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.defensor.letters.TemplateData;
import org.defensor.letters.TemplateKind;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * At every start, adds the default templates of {@value #RESOURCE} that were never offered before:
 * a default new in this release appears, and no admin's edit or removal is undone.
 */
@Component
class DefaultTemplates implements ApplicationRunner {

    static final String RESOURCE = "/letters/templates.yaml";

    private final JpaLetterTemplates templates;

    DefaultTemplates(JpaLetterTemplates templates) {
        this.templates = templates;
    }

    @Override
    public void run(ApplicationArguments args) {
        // Audited as "system": nobody is signed in at start-up.
        templates.offerDefaults(load());
    }

    /** The defaults: wording first, then the question bank, each in the order of the file. */
    static List<TemplateData> load() {
        try (InputStream in = DefaultTemplates.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            Map<String, List<Map<String, String>>> file = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            List<TemplateData> defaults = new ArrayList<>();
            file.get("wording").forEach(t -> defaults.add(template(TemplateKind.WORDING, t)));
            file.get("questions").forEach(t -> defaults.add(template(TemplateKind.QUESTION, t)));
            return defaults;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static TemplateData template(TemplateKind kind, Map<String, String> fields) {
        return new TemplateData(fields.get("key"), kind, fields.get("label"), fields.get("text"), null);
    }
}
