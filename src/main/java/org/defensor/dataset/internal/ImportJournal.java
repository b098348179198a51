package org.defensor.dataset.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The write-ahead journal of imports: before an import's transaction, a file
 * {@code <data folder>/journal/import-<uuid>.json} lists the id and kind of every record it will create
 * (and of the incidents' acts, proceedings and decisions), written and forced to disk with its folder.
 * After the commit (made durable) it is renamed {@code import-<uuid>.committed.json}, and deleted once the
 * index is rebuilt. A journal still named {@code import-<uuid>.json} at the next start is an import that
 * did not commit: {@link RollBackUnfinishedImports} deletes what it lists. The process writing a journal
 * holds a lock on it, so that a start never takes a running import's journal for a dead one.
 * The journal holds ids only: no name, no text.
 */
@Component
class ImportJournal {

    private static final Logger log = LoggerFactory.getLogger(ImportJournal.class);

    static final String FOLDER = "journal";
    private static final String PREFIX = "import-";
    private static final String PENDING = ".json";
    private static final String COMMITTED = ".committed.json";
    private static final String WRITING = ".json.tmp";

    /** One record the import creates: its kind (its table) and id. */
    record Entry(String kind, UUID id) {}

    /** What a journal file holds. */
    record Contents(int format, UUID importId, Instant started, List<Entry> records, List<Entry> parts) {}

    /**
     * Journals open in this JVM. A start in the same JVM (another application context) must not even open
     * them: closing any channel on a file drops this process's locks on it (POSIX record locks).
     */
    private static final java.util.Set<UUID> OPEN_HERE = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final Path folder;
    private final ObjectMapper json;

    ImportJournal(@Value("${defensor.data-dir}") Path dataDir, ObjectMapper json) {
        this.folder = dataDir.toAbsolutePath().normalize().resolve(FOLDER);
        this.json = json;
    }

    Path folder() {
        return folder;
    }

    /** The journal of a running import, locked by this process until closed. */
    final class Open implements AutoCloseable {
        final UUID importId;
        private Path path;
        private final FileChannel channel;
        private final FileLock lock;

        private Open(UUID importId, Path path, FileChannel channel, FileLock lock) {
            this.importId = importId;
            this.path = path;
            this.channel = channel;
            this.lock = lock;
        }

        String name() {
            return path.getFileName().toString();
        }

        /** The import committed durably: from now on a start keeps it. */
        void committed() throws IOException {
            Path done = folder.resolve(PREFIX + importId + COMMITTED);
            move(path, done);
            path = done;
            syncFolder();
        }

        /**
         * Deletes the journal (the import is complete, or rolled back by its own transaction) and releases it. A
         * journal that cannot be deleted is left for the next start, which deletes a committed one and finds
         * nothing to undo for an import whose transaction rolled back.
         */
        @Override
        public void close() {
            try {
                Files.deleteIfExists(path);
                syncFolder();
            } catch (IOException e) {
                log.warn("The import journal {} could not be deleted; the next start will: {}", name(), e.toString());
            } finally {
                release(lock, channel);
                OPEN_HERE.remove(importId);
            }
        }
    }

    /** Writes and forces the journal of an import about to begin. */
    Open begin(List<Entry> records, List<Entry> parts) throws IOException {
        org.defensor.encryption.PrivateFiles.folder(folder);
        UUID importId = UUID.randomUUID();
        OPEN_HERE.add(importId);
        Path writing = folder.resolve(PREFIX + importId + WRITING);
        FileChannel channel = FileChannel.open(writing, java.util.Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                java.nio.file.attribute.PosixFilePermissions.asFileAttribute(org.defensor.encryption.PrivateFiles.FILE));
        FileLock lock = null;
        try {
            lock = channel.lock();
            byte[] bytes = json.writeValueAsBytes(new Contents(1, importId, Instant.now(), records, parts));
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
            // Complete or absent under its final name: a crash while writing leaves only the .tmp, which is no import.
            Path pending = folder.resolve(PREFIX + importId + PENDING);
            move(writing, pending);
            syncFolder();
            return new Open(importId, pending, channel, lock);
        } catch (IOException | RuntimeException e) {
            release(lock, channel);
            OPEN_HERE.remove(importId);
            Files.deleteIfExists(writing);
            throw e;
        }
    }

    /** A journal file found at start, locked by this process while it is handled. */
    final class Found implements AutoCloseable {
        final Path path;
        private final FileChannel channel;
        private final FileLock lock;

        private Found(Path path, FileChannel channel, FileLock lock) {
            this.path = path;
            this.channel = channel;
            this.lock = lock;
        }

        String name() {
            String file = path.getFileName().toString();
            return file.substring(0, file.indexOf('.'));
        }

        /** An import that did not commit (the others committed, or never began their transaction). */
        boolean unfinished() {
            String file = path.getFileName().toString();
            return file.endsWith(PENDING) && !file.endsWith(COMMITTED);
        }

        Contents read() throws IOException {
            return json.readValue(Files.readAllBytes(path), Contents.class);
        }

        void delete() throws IOException {
            Files.deleteIfExists(path);
            syncFolder();
        }

        @Override
        public void close() {
            release(lock, channel);
        }
    }

    /** The journals no running process holds, oldest first. */
    List<Found> left() throws IOException {
        List<Found> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().startsWith(PREFIX)).sorted(this::byAge).toList();
        }
        for (Path file : files) {
            if (OPEN_HERE.stream().anyMatch(id -> file.getFileName().toString().startsWith(PREFIX + id))) {
                continue;
            }
            FileChannel channel;
            try {
                channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            } catch (NoSuchFileException gone) {
                continue;
            }
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException heldHere) {
                lock = null;
            }
            if (lock == null) {
                // An import running in this process or another one: its journal is its own.
                channel.close();
                continue;
            }
            found.add(new Found(file, channel, lock));
        }
        return found;
    }

    private int byAge(Path a, Path b) {
        try {
            return Files.getLastModifiedTime(a).compareTo(Files.getLastModifiedTime(b));
        } catch (IOException e) {
            return a.compareTo(b);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Forces the folder's entries (a new, renamed or deleted journal) to disk; not possible on every system. */
    private void syncFolder() throws IOException {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException notOnThisSystem) {
            // Windows cannot open a folder as a channel; its rename is durable with the file's metadata.
            if (!System.getProperty("os.name", "").toLowerCase().contains("win")) {
                throw notOnThisSystem instanceof IOException io ? io : new IOException(notOnThisSystem);
            }
        }
    }

    private static void release(FileLock lock, FileChannel channel) {
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
            channel.close();
        } catch (IOException ignored) {
            // closing the channel releases the lock anyway
        }
    }
}
