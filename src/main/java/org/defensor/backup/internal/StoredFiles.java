package org.defensor.backup.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.defensor.backup.BackupException;

/**
 * The files stored under the data folder's {@code documents/}, in a backup: each regular file by its
 * path relative to the data folder ({@code documents/...}, "/"-separated), in path order, with its
 * bytes. A restore writes them to a staging folder while the database is restored and swaps it in
 * after the commit.
 */
final class StoredFiles {

    static final String FOLDER = "documents";

    private final Path dataDir;

    StoredFiles(Path dataDir) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
    }

    /** Writes the {@code files} field; returns how many files. */
    int write(JsonGenerator out) throws IOException {
        out.writeArrayFieldStart("files");
        Path root = dataDir.resolve(FOLDER);
        List<Path> paths;
        if (Files.isDirectory(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                paths = walk.filter(Files::isRegularFile).sorted(Comparator.comparing(this::name)).toList();
            }
        } else {
            paths = List.of();
        }
        for (Path path : paths) {
            out.writeStartObject();
            out.writeStringField("path", name(path));
            out.writeFieldName("data");
            long size = Files.size(path);
            try (InputStream in = Files.newInputStream(path)) {
                out.writeBinary(in, Math.toIntExact(size));
            }
            out.writeEndObject();
        }
        out.writeEndArray();
        return paths.size();
    }

    private String name(Path path) {
        return String.join("/", dataDir.relativize(path).toString().split(java.util.regex.Pattern.quote(
                FileSystems.getDefault().getSeparator())));
    }

    Staging staging() {
        return new Staging(dataDir.resolve(FOLDER + ".restoring"));
    }

    /** Where a restore writes the backup's files until the database is committed. */
    final class Staging {
        private final Path folder;

        private Staging(Path folder) {
            this.folder = folder;
        }

        /** Reads the {@code files} array (its field name already read) into the staging folder. */
        int read(JsonParser in) throws IOException {
            discard();
            createPrivateDirectories(folder);
            JdbcBackups.expect(in, JsonToken.START_ARRAY);
            int count = 0;
            while (in.nextToken() == JsonToken.START_OBJECT) {
                String name = JdbcBackups.stringField(in, "path");
                Path target = folder.resolve(relative(name)).normalize();
                if (!target.startsWith(folder)) {
                    throw new BackupException("the backup has a file outside " + FOLDER + "/: " + name);
                }
                createPrivateDirectories(target.getParent());
                JdbcBackups.expectField(in, "data");
                in.nextToken();
                try (OutputStream out = Files.newOutputStream(target)) {
                    in.readBinaryValue(out);
                }
                restrict(target, "rw-------");
                JdbcBackups.expect(in, JsonToken.END_OBJECT);
                count++;
            }
            return count;
        }

        private static String relative(String name) {
            if (!name.startsWith(FOLDER + "/") || name.contains("\\")) {
                throw new BackupException("the backup has a file outside " + FOLDER + "/: " + name);
            }
            return name.substring(FOLDER.length() + 1);
        }

        /** Replaces the stored files with the staged ones. */
        void swapIn() {
            try {
                if (!Files.isDirectory(folder)) {
                    return;
                }
                Path current = dataDir.resolve(FOLDER);
                Path replaced = dataDir.resolve(FOLDER + ".replaced");
                deleteTree(replaced);
                if (Files.exists(current)) {
                    Files.move(current, replaced, StandardCopyOption.ATOMIC_MOVE);
                }
                Files.move(folder, current, StandardCopyOption.ATOMIC_MOVE);
                deleteTree(replaced);
            } catch (IOException e) {
                throw new UncheckedIOException("the database was restored but its stored files could not be put in place ("
                        + e.getMessage() + "); they are in " + folder, e);
            }
        }

        void discard() {
            try {
                deleteTree(folder);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void createPrivateDirectories(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            restrict(folder, "rwx------");
        }
    }

    private static void restrict(Path path, String permissions) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }
}
