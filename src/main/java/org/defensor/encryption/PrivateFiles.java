package org.defensor.encryption;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Files only their owner can read: folders 0700, files 0600. Where the file system has no POSIX
 * permissions (Windows), the folder's inherited access control applies instead.
 */
public final class PrivateFiles {

    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {}

    /** Creates {@code folder} (and missing parents) and makes it 0700. */
    public static Path folder(Path folder) {
        try {
            Files.createDirectories(folder);
            restrict(folder, FOLDER);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * Makes {@code folder} and everything under it private (0700 folders, 0600 files): for files that
     * a library created with the process's default permissions, and folders made by earlier versions.
     */
    public static void restrictTree(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.forEach(p -> restrict(p, Files.isDirectory(p) ? FOLDER : FILE));
        } catch (IOException | UncheckedIOException e) {
            // A file removed while walking (the database's temporary files) needs no permissions.
        }
    }

    /** A new or replaced file, 0600 from its creation on. */
    public static OutputStream newOutputStream(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.deleteIfExists(file);
            if (supportsPosix(parent)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
            } else {
                Files.createFile(file);
            }
            return Files.newOutputStream(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (FileAlreadyExistsException e) {
            throw new UncheckedIOException("another process is writing " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes {@code content} to {@code file} through a private temporary file swapped in at once. */
    public static void writeAtomically(Path file, byte[] content) {
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        try (OutputStream out = newOutputStream(temporary)) {
            out.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace " + file + ": " + e.getMessage(), e);
        }
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) {
        try {
            if (supportsPosix(path) && !Files.isSymbolicLink(path)) {
                Files.setPosixFilePermissions(path, permissions);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make " + path + " private: " + e.getMessage(), e);
        }
    }

    private static boolean supportsPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
