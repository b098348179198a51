package org.defensor.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import org.defensor.DefensorApplication;
import org.defensor.encryption.PrivateFiles;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application on a data folder. Only one process may have a data folder open: the
 * server and a command line tool never write the same files at once.
 */
final class Launcher {

    private Launcher() {}

    /** A started application and the lock on its data folder, released when closed. */
    record Running(ConfigurableApplicationContext context, FileLock lock, Path dataDir) implements AutoCloseable {
        <T> T bean(Class<T> type) {
            return context.getBean(type);
        }

        @Override
        public void close() {
            context.close();
            // Files a library made while running (database, logs) with the process's default permissions.
            PrivateFiles.restrictTree(dataDir);
            try {
                lock.release();
                lock.channel().close();
            } catch (IOException ignored) {
                // the process is ending; the lock goes with it
            }
        }
    }

    /** Starts on the data folder and with the master key the options name. */
    static Running start(DataOptions data, boolean web, Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(properties);
        if (data.keyFile() != null) {
            all.put("defensor.key-file", data.keyFile().toAbsolutePath().normalize().toString());
        }
        return start(data.dataDir, web, all);
    }

    static Running start(Path dataDir, boolean web, Map<String, Object> properties) {
        FileLock lock = lock(dataDir);
        // Passed as command-line arguments: they take precedence over application.properties.
        Map<String, Object> all = new HashMap<>(properties);
        all.put("defensor.data-dir", dataDir.toAbsolutePath().normalize().toString());
        SpringApplication app = new SpringApplication(DefensorApplication.class);
        app.setWebApplicationType(web ? WebApplicationType.SERVLET : WebApplicationType.NONE);
        if (!web) {
            app.setLogStartupInfo(false);
            all.putIfAbsent("defensor.log-target", "System.err");
            all.putIfAbsent("logging.level.root", "WARN");
        }
        String[] args = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        try {
            ConfigurableApplicationContext context = app.run(args);
            // The files the database made on a first start, with the process's default permissions.
            PrivateFiles.restrictTree(dataDir);
            return new Running(context, lock, dataDir);
        } catch (RuntimeException e) {
            release(lock);
            throw e;
        }
    }

    /** Holds the data folder without starting the application (to change its keys). */
    static AutoCloseable holdOnly(Path dataDir) {
        FileLock lock = lock(dataDir);
        return () -> release(lock);
    }

    private static FileLock lock(Path dataDir) {
        try {
            PrivateFiles.folder(dataDir);
            FileChannel channel = FileChannel.open(dataDir.resolve("defensor.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new DataInUseException(dataDir);
            }
            return lock;
        } catch (IOException e) {
            throw new IllegalStateException("cannot open the data folder " + dataDir + ": " + e.getMessage(), e);
        }
    }

    private static void release(FileLock lock) {
        try {
            lock.release();
            lock.channel().close();
        } catch (IOException ignored) {
            // nothing more to do
        }
    }

    /** Another Defensor process (usually a running server) has the data folder open. */
    static class DataInUseException extends RuntimeException {
        DataInUseException(Path dataDir) {
            super("The data folder " + dataDir.toAbsolutePath().normalize() + " is in use by another Defensor process "
                    + "(a running server?). Stop it first, or do this through the server's REST API "
                    + "(GET /api/v1/dataset to export, POST /api/v1/dataset to import).");
        }
    }
}
