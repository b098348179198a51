package org.defensor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.defensor.communications.CommunicationData;
import org.defensor.communications.CommunicationType;
import org.defensor.communications.Communications;
import org.defensor.communications.Drafting;
import org.defensor.letters.LetterFormat;
import org.defensor.mandates.Mandates;
import org.defensor.shared.Clearance;
import org.defensor.shared.InvalidRecordException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "letter", description = "Letters to States: draft one from incidents, or render an existing communication.",
        subcommands = {LetterCommand.Draft.class, LetterCommand.Render.class})
class LetterCommand {

    /** The options every letter command shares: the format, where to write it, and whether it is the public version. */
    static class Output {
        @Option(names = "--format", required = true, description = "docx, pdf or html.")
        LetterFormat format;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE",
                description = "Write to FILE. Default: the reference in the current folder, e.g. AL-KAZ-5-2026.docx "
                        + "(AL-KAZ-5-2026-public.docx with --redacted)")
        Path output;

        @Option(names = "--redacted", description = "The public version: the names marked for redaction replaced by [REDACTED].")
        boolean redacted;

        /** Refuses, before anything is written, an output that is a folder or whose folder does not exist. */
        void check() {
            if (output != null && Files.isDirectory(output)) {
                throw new BadOptionException("--output", output + " is a folder: give a file name");
            }
            Path folder = output == null ? null : output.toAbsolutePath().getParent();
            if (folder != null && !Files.isDirectory(folder)) {
                throw new BadOptionException("--output", "the folder " + folder + " does not exist");
            }
        }

        Path write(Drafting drafting, CommunicationData c) {
            // "AL KAZ 5/2026" -> AL-KAZ-5-2026.docx
            Path file = output != null ? output
                    : Path.of(c.reference().replaceAll("[\\s/]+", "-") + (redacted ? "-public" : "") + "." + format.extension());
            try {
                Files.write(file, drafting.render(c.id(), format, redacted));
            } catch (IOException e) {
                throw new BadOptionException("--output", "cannot write " + file + " (" + e.getClass().getSimpleName() + ": "
                        + e.getMessage() + ")");
            }
            return file;
        }
    }

    @Command(name = "draft", description = "Draft a letter about incidents (the next free reference, facts, concerns and "
            + "questions worded from the templates) and write it.")
    static class Draft implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Mixin
        Output output;

        @Option(names = "--incidents", required = true, split = ",", paramLabel = "ID", description = "The incidents it is about.")
        List<String> incidents;

        @Option(names = "--persons", split = ",", paramLabel = "ID",
                description = "The persons it is about. Default: the victims of the incidents' acts.")
        List<String> persons;

        @Option(names = "--mandates", required = true, split = ",", paramLabel = "MANDATE",
                description = "The mandates sending it: id, short name (\"SR HRD\") or title.")
        List<String> mandates;

        @Option(names = "--questions", split = ",", paramLabel = "KEY",
                description = "Keys of the question bank, e.g. question.accountability. Default: question.comments, question.accountability")
        List<String> questions;

        @Option(names = "--type", defaultValue = "AL", description = "${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}")
        CommunicationType type;

        @Option(names = "--country", paramLabel = "ISO3", description = "The State written to. Default: the incidents' country.")
        String country;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            List<UUID> incidentIds = Ids.uuids("--incidents", "an incident", incidents);
            List<UUID> personIds = Ids.uuids("--persons", "a person", persons);
            output.check();
            try (Launcher.Running app = Launcher.start(data, false, Map.of())) {
                Drafting drafting = app.bean(Drafting.class);
                return Clearance.asSystem(() -> {
                    List<UUID> mandateIds = Ids.mandates("--mandates", app.bean(Mandates.class), mandates);
                    CommunicationData draft;
                    try {
                        draft = drafting.draft(new Drafting.DraftRequest(type, Ids.country("--country", country), mandateIds, incidentIds, personIds,
                                questions, null, null));
                    } catch (InvalidRecordException e) {
                        throw new BadOptionException(e.violations().stream().map(Draft::problem).toList());
                    }
                    spec.commandLine().getOut().println("Drafted " + draft.reference() + " (id " + draft.id() + ")");
                    Path file = output.write(drafting, draft);
                    spec.commandLine().getOut().println("Wrote " + file);
                    return 0;
                });
            }
        }

        /** A refused field of the draft request, named as the option that gave it. */
        private static String problem(InvalidRecordException.Violation v) {
            String field = v.field().replaceAll("[\\[.].*", "");
            String option = switch (field) {
                case "incidentIds" -> "--incidents";
                case "personIds", "redactPersonIds" -> "--persons";
                case "mandateIds" -> "--mandates";
                case "questionKeys" -> "--questions";
                case "country" -> "--country";
                case "type" -> "--type";
                default -> v.field();
            };
            String position = v.field().substring(field.length());
            return option + ": " + v.reason() + (position.isEmpty() ? "" : " (" + position + ")");
        }
    }

    @Command(name = "render", description = "Write the letter of an existing communication.")
    static class Render implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Mixin
        Output output;

        @Option(names = "--communication", required = true, paramLabel = "ID|REFERENCE",
                description = "The communication: its id or its reference, e.g. \"AL KAZ 4/2025\".")
        String communication;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            output.check();
            try (Launcher.Running app = Launcher.start(data, false, Map.of())) {
                return Clearance.asSystem(() -> {
                    CommunicationData c = Ids.communication("--communication", app.bean(Communications.class), communication);
                    Path file = output.write(app.bean(Drafting.class), c);
                    spec.commandLine().getOut().println("Wrote " + file + " (" + c.reference() + ")");
                    return 0;
                });
            }
        }
    }
}
